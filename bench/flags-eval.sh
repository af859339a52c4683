#!/usr/bin/env bash
# bench/flags-eval.sh: the flag detectors of webcare.analysis.flags measured — private data per
# type on the bundle's annotated set (exact spans), abuse and threats on HateCheck-NL (per
# functionality) and the OffensEval English tweets when ../shared/data is there, and throughput
# of all three detectors on one thread. See docs/FLAGS.md.
#
#   usage: bench/flags-eval.sh [--shared-data DIR]
#
# Build first: (cd /work/main && mvn -B -q install -DskipTests). Prints Markdown on stdout.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$root/bench/target/flags"
shared="$root/../shared/data"
while [ $# -gt 0 ]; do
  case "$1" in
    --shared-data) shared="$2"; shift 2 ;;
    *) echo "flags bench: unknown option $1; usage: bench/flags-eval.sh [--shared-data DIR]" >&2; exit 2 ;;
  esac
done
mkdir -p "$work"
mvn -B -q -o -f "$root/bench/pom.xml" dependency:build-classpath -Dmdep.outputFile="$work/classpath" >&2
echo "flags bench: machine before the run: $(uptime | sed 's/^ *//')" >&2
# one core for the measured thread: the JIT and GC get the rest
java -XX:+UseSerialGC -Dwebcare.shared.data="$shared" -cp "$(cat "$work/classpath")" \
  webcare.analysis.flags.evaluation.FlagsEvaluation
