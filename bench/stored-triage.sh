#!/usr/bin/env bash
# bench/stored-triage.sh: triage of stored mentions (analysis, rules, store) on one triage thread,
# the background triage's own code path, per second of CPU and of wall time, with a phase split.
#   1. a generated JSON Lines file of N mentions (the import bench's generator; reused if present)
#   2. a fresh H2 database in DIR/home, the file imported by the product's import (ImportBench pipeline)
#   3. StoredTriageBench: BackgroundTriage and TriageBatches built by hand from the product's
#      components triage everything stored, timed; then a fingerprint of what they wrote
#
#   usage: bench/stored-triage.sh [--count N] [--real-texts DATA] [--work DIR] [--no-phases]
#                                 [--profile FILE] [--cpus LIST] [--java-options "OPTIONS"]
#   --count N       mentions (default 200000; 1000000 takes about five times as long)
#   --real-texts DATA  the texts replaced by real posts from the JSON Lines files under DATA (e.g.
#                   ../shared/data): the generator's few words flatter the word index (RealTexts)
#   --no-phases     the services unwrapped: no phase split, and no cost of watching them
#   --profile FILE  async-profiler (CPU, itimer) over the triage JVM, collapsed stacks into FILE
#   --cpus LIST     pin the triage JVM with taskset (e.g. 0 for one core); default: not pinned
#   --java-options "OPTIONS"  JVM options for the triage step instead of none (to compare, e.g.
#                   the window's "-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmn16m")
#
# JVM options of the triage step: none but the class path, as ./webcare runs the bulk commands
# (import, triage, inbox): the JVM's own collector and compilers and its default heap.
# Build first: (cd "$root" && mvn -B -q -o install -DskipTests). Runs this checkout's own jars
# (bundles/*/target), never the local repository's, which another checkout's build may have
# replaced. Prints Markdown on stdout; progress on stderr.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
count=200000
work="$root/bench/target/stored-triage"
options=()
profile=""
cpus=""
data=""
java_options=()
while [ $# -gt 0 ]; do
  case "$1" in
    --count) count="$2"; shift 2 ;;
    --real-texts) data="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --no-phases) options+=(--no-phases); shift ;;
    --profile) profile="$2"; shift 2 ;;
    --cpus) cpus="$2"; shift 2 ;;
    --java-options) read -r -a java_options <<< "$2"; shift 2 ;;
    -h|--help) sed -n '2,/^set /{/^#/p}' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "stored triage bench: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
done
say() { echo "stored triage bench: $*" >&2; }

jar="$root/bench/target/webcare.bench.jar"
[ -f "$jar" ] || { say "missing $jar; build first: (cd $root && mvn -B -q -o install -DskipTests)"; exit 1; }
mkdir -p "$work"
mvn -B -q -o -f "$root/bench/pom.xml" dependency:build-classpath -Dmdep.outputFile="$work/classpath" >&2
# Each webcare jar of the local repository replaced by this checkout's build of it (tests jars too).
classpath="$jar"
for entry in $(tr ':' '\n' < "$work/classpath"); do
  name="$(basename "$entry")"
  if [[ "$entry" == */repository/webcare/* ]]; then
    artifact="${name%%-[0-9]*}"
    own="$root/bundles/$artifact/target/$name"
    [ -f "$own" ] || { say "missing $own: build this checkout first"; exit 1; }
    entry="$own"
  fi
  classpath="$classpath:$entry"
done

file="$work/mentions-$count.jsonl"
if [ ! -f "$file" ]; then
  say "generating $count mentions"
  java -Xmx512m -cp "$classpath" webcare.bench.imports.ImportBench generate "$file" "$count" >&2
fi
if [ -n "$data" ]; then
  real="$work/mentions-$count-real.jsonl"
  [ -f "$real" ] || java -cp "$classpath" webcare.bench.triage.RealTexts "$file" "$data" "$real"
  file="$real"
fi
home="$work/home"
rm -rf "$home" && mkdir -p "$home"
say "importing $file"
java -cp "$classpath" webcare.bench.imports.ImportBench pipeline "$file" "$home" >&2

agent=()
if [ -n "$profile" ]; then
  library=/tmp/ap/linux-x64/libasyncProfiler.so
  if [ ! -f "$library" ]; then
    mkdir -p /tmp/ap && (cd /tmp/ap && unzip -qo ~/.m2/repository/tools/profiler/async-profiler/3.0/async-profiler-3.0-linux-x64.jar)
  fi
  agent=("-agentpath:$library=start,event=itimer,threads,file=$profile,collapsed")
fi
pin=()
[ -z "$cpus" ] || pin=(taskset -c "$cpus")

say "machine: $(nproc) CPUs, $(uptime | sed 's/^ *//')"
echo "## Stored triage of $count mentions$([ -z "$data" ] || echo " with real texts") ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) CPUs$([ -z "$cpus" ] || echo ", pinned to CPU $cpus"), load before $(cut -d' ' -f1-3 /proc/loadavg))"
echo
"${pin[@]}" java "${java_options[@]}" "${agent[@]}" -cp "$classpath" webcare.bench.triage.StoredTriageBench "$home" "${options[@]}"
echo
echo "Load after: $(cut -d' ' -f1-3 /proc/loadavg)"
say "machine after: $(uptime | sed 's/^ *//')"
