#!/usr/bin/env bash
# bench/plan.sh: a plan of 500 people, 60 roles, 2,000 tasks and 40 scenarios opened (read from H2
# and parsed), checked and exported to PDF by the product's own components; cold in new JVMs with
# ./webcare's options, and warm. See docs/BENCHMARKS.md.
#
#   usage: bench/plan.sh [--cold N] [--warm N] [--work DIR]
#
# Build first: (cd /work/main && mvn -B -q install -DskipTests). Prints a Markdown table on stdout.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$root/bench/target/plan"
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  if [ "${args[$i]}" = "--work" ]; then work="${args[$((i + 1))]}"; fi
done
jar="$root/bench/target/webcare.bench.jar"
[ -f "$jar" ] || { echo "plan bench: missing $jar; build first: (cd $root && mvn -B -q install -DskipTests)" >&2; exit 1; }
rm -rf "$work" && mkdir -p "$work"
mvn -B -q -o -f "$root/bench/pom.xml" dependency:build-classpath -Dmdep.outputFile="$work/classpath" >&2
echo "plan bench: machine before the run: $(uptime | sed 's/^ *//')" >&2
java -cp "$jar:$(cat "$work/classpath")" webcare.bench.plan.PlanBench run --work "$work" "$@"
