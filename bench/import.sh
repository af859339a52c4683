#!/usr/bin/env bash
# bench/import.sh: import of a generated JSON Lines file of 1,000,000 mentions into H2, the
# product's pipeline against a floor (a plain batched JDBC insert of the same lines), each in a JVM
# of its own capped at -Xmx512m, rounds interleaved. See docs/BENCHMARKS.md.
#
#   usage: bench/import.sh [--lines N] [--rounds R] [--variants plain,webcare] [--work DIR]
#                          [--product] [--keep]
#
# Build first: (cd /work/main && mvn -B -q install -DskipTests), or at least the modules
# bundles/webcare.store, bundles/webcare.source.file and bench. The generated file
# (about 450 MB for a million lines) is kept in the work folder (default bench/target/import) and
# reused by later runs; the databases are deleted after each run (--keep keeps those of --product).
# The jars are copied to the work folder first, so a build meanwhile cannot change what runs.
# --product also times the real command, ./webcare --headless import FILE, through the built
# distribution (product/target/webcare), once with ./webcare's default JVM options plus -Xmx512m
# and once with -Xmx512m alone.
# Prints a Markdown report on stdout; progress goes to stderr.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
lines=1000000
rounds=3
variants="plain,webcare"
work="$root/bench/target/import"
product=0
keep=0
while [ $# -gt 0 ]; do
  case "$1" in
    --lines) lines="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    --variants) variants="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --product) product=1; shift ;;
    --keep) keep=1; shift ;;
    -h|--help) sed -n '2,/^set /{/^#/p}' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "import.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
done

say() { echo "import bench: $*" >&2; }

jar="$root/bench/target/webcare.bench.jar"
if [ ! -f "$jar" ]; then
  say "missing $jar; build first: (cd $root && mvn -B -q install -DskipTests)"
  exit 1
fi
mkdir -p "$work"
classpath_file="$work/classpath"
if ! mvn -B -q -o -f "$root/bench/pom.xml" dependency:build-classpath -Dmdep.outputFile="$classpath_file" >&2; then
  say "cannot list the class path of bench/ (offline); build first: (cd $root && mvn -B -q install -DskipTests)"
  exit 1
fi
# Run from copies: a build elsewhere that installs a jar anew while a run reads it would break it.
rm -rf "$work/lib" && mkdir -p "$work/lib"
classpath=""
IFS=':' read -r -a entries <<< "$jar:$(cat "$classpath_file")"
for entry in "${entries[@]}"; do
  copy="$work/lib/$(basename "$entry")"
  cp "$entry" "$copy"
  classpath="${classpath:+$classpath:}$copy"
done

say "machine before the run: $(uptime | sed 's/^ *//')"
say "busiest processes: $(top -b -n 1 | sed -n '8,10p' | awk '{printf "%s %s%% (%s); ", $12, $9, $1}')"

java -cp "$classpath" webcare.bench.imports.ImportBench run --lines "$lines" --rounds "$rounds" \
  --variants "$variants" --work "$work"

if [ "$product" = 1 ]; then
  dist="$root/product/target/webcare"
  if [ ! -f "$dist/lib/webcare.launcher.jar" ]; then
    say "no built product in $dist; skipping --product"
  else
    file="$work/mentions-$lines.jsonl"
    echo
    echo "The real command, \`./webcare --headless import $(basename "$file")\`, once per option set (the launcher"
    echo "run directly: no rebuild check, no AppCDS archive); seconds from process start to exit:"
    echo
    for opts in "-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmn16m -Xmx512m" "-Xmx512m"; do
      home="$(mktemp -d)"
      start=$EPOCHREALTIME
      set +e
      # shellcheck disable=SC2086 # the options are words
      WEBCARE_HOME="$home" java $opts \
        -cp "$dist/lib/webcare.launcher.jar:$dist/lib/org.apache.felix.framework.jar:$dist/lib/webcare.launch.api.jar" \
        webcare.launcher.Main --headless import "$file" > "$work/product.out" 2> "$work/product.err"
      status=$?
      set -e
      end=$EPOCHREALTIME
      seconds=$(echo "$end - $start" | bc -l)
      say "product ($opts): exit $status, $(tail -n 1 "$work/product.out")"
      printf -- "- \`%s\`: exit %d, %.1f s, %.0f mentions/s; %s\n" "$opts" "$status" "$seconds" \
        "$(echo "$lines / $seconds" | bc -l)" "$(tail -n 1 "$work/product.out")"
      if [ "$keep" = 0 ]; then rm -rf "$home"; fi
    done
  fi
fi
