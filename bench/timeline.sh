#!/usr/bin/env bash
# bench/timeline.sh: how fast the Incidents view opens and pans the timeline of an incident with many
# linked messages (200,000 by default): the view's own reading over a real H2 file, timed. The file is
# made once in --work (default bench/target/timeline) and reused. See docs/BENCHMARKS.md.
#
#   usage: bench/timeline.sh [--linked N] [--rounds R] [--work DIR]
#
# Build first: (cd /work/main && mvn -B -q install -DskipTests). Prints a Markdown table on stdout.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$root/bench/target/timeline"
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  [ "${args[$i]}" = "--work" ] && work="${args[$((i + 1))]}"
done
jar="$root/bench/target/webcare.bench.jar"
[ -f "$jar" ] || { echo "timeline bench: missing $jar; build first: (cd $root && mvn -B -q install -DskipTests)" >&2; exit 1; }
mkdir -p "$work"
mvn -B -q -o -f "$root/bench/pom.xml" dependency:build-classpath -Dmdep.outputFile="$root/bench/target/timeline.classpath" >&2
echo "timeline bench: machine before the run: $(uptime | sed 's/^ *//')" >&2
exec java -cp "$jar:$(cat "$root/bench/target/timeline.classpath")" webcare.bench.timeline.TimelineBench --work "$work" "$@"
