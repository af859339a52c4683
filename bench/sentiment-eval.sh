#!/usr/bin/env bash
# bench/sentiment-eval.sh: accuracy and macro-F1 of the shipped sentiment analysis (majority class,
# lexicon only, model only, the shipped combination) on the English tweet dev set and the Dutch
# review sentences, language-detection hit rates, and throughput of language + sentiment on one
# thread. Prints Markdown. See docs/SENTIMENT.md.
#
#   usage: bench/sentiment-eval.sh [DATA] [--seconds N] [--rounds N]
#
# DATA defaults to ../shared/data next to the repository. Builds webcare.analysis and tools first
# (offline Maven).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="$root/../shared/data"
if [ $# -gt 0 ] && [ "${1#--}" = "$1" ]; then data="$1"; shift; fi
cd "$root"
mvn -B -q -o install -pl tools -am -DskipTests >&2
classpath_file="$root/tools/target/classpath"
mvn -B -q -o -f tools/pom.xml dependency:build-classpath -Dmdep.outputFile="$classpath_file" >&2
echo "sentiment eval: $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(java -version 2>&1 | head -1)" >&2
echo "sentiment eval: machine before the run: $(uptime | sed 's/^ *//')" >&2
java -Xmx512m -cp "$root/tools/target/classes:$(cat "$classpath_file")" webcare.tools.sentiment.EvaluateSentiment \
  --data "$data" "$@"
