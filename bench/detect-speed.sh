#!/usr/bin/env bash
# bench/detect-speed.sh: mentions per second through one crisis detector (webcare.incident) on one
# thread, in a replay of a generated stream made before timing (with conversations and a crisis):
# per second of the process's CPU time and of the wall clock, after two warm-up rounds. Target:
# 100,000 a second. See docs/BENCHMARKS.md.
#
#   usage: bench/detect-speed.sh [PER_DAY [DAYS [ROUNDS]]]     (default 50000 21 5)
#
# Build first: (cd /work/main && mvn -B -q install -DskipTests). Prints Markdown on stdout.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$root/bench/target/detect"
mkdir -p "$work"
mvn -B -q -o -f "$root/bench/pom.xml" dependency:build-classpath -Dmdep.outputFile="$work/classpath" >&2
echo "detect speed: $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(java -version 2>&1 | head -1)" >&2
echo "detect speed: machine before the run: $(uptime | sed 's/^ *//')" >&2
# one core: the target is per core; the JIT and GC get no second one either
exec taskset -c 0 java -XX:+UseSerialGC -Xms1g -Xmx1g -cp "$(cat "$work/classpath")" \
  webcare.incident.evaluation.DetectionSpeed "$@"
