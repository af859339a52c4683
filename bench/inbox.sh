#!/usr/bin/env bash
# bench/inbox.sh: the inbox over a million stored mentions, through the built product.
#   1. a generated JSON Lines file of N mentions (the import bench's generator; reused if present)
#   2. ./webcare --headless import FILE                       (timed)
#   3. ./webcare --headless inbox --limit 1 with nothing to triage, then after the import: the
#      difference is the background triage of all N stored mentions (analysis + rules + store),
#      one thread, the product's default JVM options
#   4. the inbox queries over the result, each filter's first page and count (InboxQueryBench)
#
#   usage: bench/inbox.sh [--lines N] [--runs R] [--work DIR] [--queries-only]
#   --queries-only: step 4 alone, over the database a previous run left in DIR (after a change
#   to the queries: no new import and triage)
#
# Build first: (cd /work/main && mvn -B -q install -DskipTests). Prints Markdown on stdout;
# progress on stderr. See docs/BENCHMARKS.md.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
lines=1000000
runs=20
work="$root/bench/target/inbox"
queries_only=false
while [ $# -gt 0 ]; do
  case "$1" in
    --lines) lines="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --queries-only) queries_only=true; shift ;;
    -h|--help) sed -n '2,/^set /{/^#/p}' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "inbox bench: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
done
say() { echo "inbox bench: $*" >&2; }

jar="$root/bench/target/webcare.bench.jar"
dist="$root/product/target/webcare"
for needed in "$jar" "$dist/lib/webcare.launcher.jar"; do
  [ -f "$needed" ] || { say "missing $needed; build first: (cd $root && mvn -B -q install -DskipTests)"; exit 1; }
done
mkdir -p "$work"
classpath_file="$work/classpath"
mvn -B -q -o -f "$root/bench/pom.xml" dependency:build-classpath -Dmdep.outputFile="$classpath_file" >&2
# The product's own webcare.* jars instead of the local repository's, which a build of another
# checkout may have replaced: the queries must run the code that wrote the database, and only its
# migrations (the store finds them by name on the whole class path, so the local repository's jars
# must not be on it at all; their test-jars stay). WEBCARE_BENCH_JARS=DIR names another build's jars.
own=""
for bundle in "${WEBCARE_BENCH_JARS:-$dist/bundles}"/webcare.*.jar; do own="$own:$bundle"; done
others="$(tr ':' '\n' < "$classpath_file" | grep -Ev '/webcare\.[^/]*-SNAPSHOT\.jar$' | paste -sd: -)"
# the launch API is no bundle: it is on the launcher's class path, in lib/
classpath="$jar$own:$dist/lib/webcare.launch.api.jar:$others"
home="$work/home"
if $queries_only; then
  [ -d "$home/data" ] || { say "no database in $home: run without --queries-only first"; exit 1; }
  say "machine: $(nproc) CPUs, $(uptime | sed 's/^ *//')"
  echo "## Inbox queries ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg))"
  echo
  exec java -cp "$classpath" webcare.bench.inbox.InboxQueryBench "$home" "$runs"
fi

file="$work/mentions-$lines.jsonl"
if [ ! -f "$file" ]; then
  say "generating $lines mentions"
  java -Xmx512m -cp "$classpath" webcare.bench.imports.ImportBench generate "$file" "$lines" >&2
fi
rm -rf "$home" && mkdir -p "$home"
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }

say "machine: $(nproc) CPUs, $(uptime | sed 's/^ *//')"
# warm-up: the first headless run after a build records ./webcare's AppCDS archive
WEBCARE_HOME="$home" "$root/webcare" --headless version >/dev/null
start=$(date +%s%N); WEBCARE_HOME="$home" "$root/webcare" --headless inbox --limit 1 >/dev/null; empty=$(ms "$start")
say "inbox with nothing stored: $empty ms"
start=$(date +%s%N); WEBCARE_HOME="$home" "$root/webcare" --headless import "$file" >&2 || true; import=$(ms "$start")
say "import: $import ms"
start=$(date +%s%N); WEBCARE_HOME="$home" "$root/webcare" --headless inbox --limit 1 >/dev/null; triage=$(ms "$start")
say "inbox triaging everything: $triage ms"
triage_only=$(( triage - empty ))
[ "$triage_only" -gt 0 ] || triage_only=1
[ "$import" -gt 0 ] || import=1
import_rate=$(( lines * 1000 / import ))
triage_rate=$(( lines * 1000 / triage_only ))

echo "## Inbox over $lines mentions ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg))"
echo
echo "| Step | ms | per second |"
echo "|---|---:|---:|"
echo "| import (./webcare --headless import) | $import | $import_rate mentions |"
echo "| inbox with nothing to triage (start-up, query, exit) | $empty | |"
echo "| inbox after the import: triage of every stored mention + the same | $triage | |"
echo "| triage alone (the difference) | $triage_only | $triage_rate mentions |"
echo
java -cp "$classpath" webcare.bench.inbox.InboxQueryBench "$home" "$runs"
