#!/usr/bin/env bash
# bench/detect-eval.sh: the crisis detector of webcare.incident side by side with a fixed threshold
# and the last hour against the 12 before, on the same streams: false alarms per 30 days of
# generated ordinary traffic, the delay after the onset of injected crises, and the CrisisLexT26
# events of ../shared/data on an ordinary background when it is there. See docs/DETECTION.md and
# docs/BENCHMARKS.md.
#
#   usage: bench/detect-eval.sh [--shared-data DIR]
#
# Build first: (cd /work/main && mvn -B -q install -DskipTests). Prints Markdown on stdout.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$root/bench/target/detect"
shared="$root/../shared/data"
while [ $# -gt 0 ]; do
  case "$1" in
    --shared-data) shared="$2"; shift 2 ;;
    *) echo "detect eval: unknown option $1; usage: bench/detect-eval.sh [--shared-data DIR]" >&2; exit 2 ;;
  esac
done
mkdir -p "$work"
mvn -B -q -o -f "$root/bench/pom.xml" dependency:build-classpath -Dmdep.outputFile="$work/classpath" >&2
echo "detect eval: $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(java -version 2>&1 | head -1)" >&2
echo "detect eval: machine before the run: $(uptime | sed 's/^ *//')" >&2
# one core: the runs are many and short; the machine is shared
exec taskset -c 0 java -XX:+UseSerialGC -Xmx1g -Dwebcare.shared.data="$shared" -cp "$(cat "$work/classpath")" \
  webcare.incident.evaluation.DetectionEvaluation
