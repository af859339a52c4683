#!/usr/bin/env bash
# bench/triage.sh: the triage engine alone (webcare.triage), one thread, over precomputed analyses:
# mentions per second with a memory context (as `triage --input` runs it) and with none (the rules
# alone). See docs/BENCHMARKS.md.
#
#   usage: bench/triage.sh [--count N] [--rounds R]
#
# Build first: (cd /work/main && mvn -B -q install -DskipTests). Prints a Markdown table on stdout.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$root/bench/target/triage"
jar="$root/bench/target/webcare.bench.jar"
[ -f "$jar" ] || { echo "triage bench: missing $jar; build first: (cd $root && mvn -B -q install -DskipTests)" >&2; exit 1; }
mkdir -p "$work"
mvn -B -q -o -f "$root/bench/pom.xml" dependency:build-classpath -Dmdep.outputFile="$work/classpath" >&2
echo "triage bench: machine before the run: $(uptime | sed 's/^ *//')" >&2
# one core: the engine's target is per core; the JIT and GC get no second one either
exec taskset -c 0 java -XX:+UseSerialGC -Xms1g -Xmx1g -cp "$jar:$(cat "$work/classpath")" \
  webcare.bench.triage.TriageBench "$@"
