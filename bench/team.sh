#!/usr/bin/env bash
# bench/team.sh: team mode, PostgreSQL beside the embedded H2 file, in one run on the same data.
#   1. a PostgreSQL server of its own: the Debian server binaries (/usr/lib/postgresql/N/bin, the
#      newest installed; --pg-bin DIR for others), a new cluster in a mktemp -d folder, TCP on
#      127.0.0.1 and a private port only (no Unix socket), password (SCRAM) authentication, the
#      server's default settings: fsync, synchronous_commit and full_page_writes on. Stopped and
#      deleted at the end.
#   2. a generated JSON Lines file of N mentions (the import bench's generator; reused if present)
#   3. per engine, through the built product, with a WEBCARE_HOME each (the PostgreSQL one with
#      etc/webcare.store.cfg: url, user, passwordFile): ./webcare --headless inbox --limit 1 on
#      nothing (start-up, schema), ./webcare --headless import FILE (timed), then
#      ./webcare --headless inbox --limit 1 again, which triages everything stored (timed)
#   4. the inbox queries of bench/inbox.sh (InboxQueryBench's filters: first page and count),
#      engines interleaved per filter, median and p90 side by side (TeamBench queries)
#   5. AGENTS simulated agents at once on each engine's triaged inbox, SECONDS each: claim,
#      release, status, override on the same HOT items, then the database checked for lost or
#      doubled updates (TeamBench agents; exit 3 on FAIL)
#
#   usage: bench/team.sh [--lines N] [--runs R] [--agents A] [--seconds S] [--hot H] [--port P]
#                        [--pg-bin DIR] [--work DIR] [--keep]
#   --lines N    mentions (default 100000)
#   --runs R     timed runs per filter and engine (default 20)
#   --agents A   simulated agents (default 5); --seconds S their working time (default 30);
#   --hot H      the items they share (default 200: the first open ones by priority)
#   --port P     the server's port (default: a free one from 55432 up)
#   --keep       keep the homes and the server's data folder (the server is stopped all the same)
#
# Build first: (cd "$root" && mvn -B -q -o install -DskipTests). Runs this checkout's product
# (product/target/webcare) and its bundles' jars. Prints Markdown on stdout; progress on stderr.
# See docs/BENCHMARKS.md, "Team mode: PostgreSQL beside H2".
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
lines=100000
runs=20
agents=5
seconds=30
hot=200
port=""
pgbin=""
work="$root/bench/target/team"
keep=false
while [ $# -gt 0 ]; do
  case "$1" in
    --lines) lines="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --agents) agents="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    --hot) hot="$2"; shift 2 ;;
    --port) port="$2"; shift 2 ;;
    --pg-bin) pgbin="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --keep) keep=true; shift ;;
    -h|--help) sed -n '2,/^set /{/^#/p}' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "team bench: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
done
say() { echo "team bench: $*" >&2; }
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }

jar="$root/bench/target/webcare.bench.jar"
dist="$root/product/target/webcare"
for needed in "$jar" "$dist/lib/webcare.launcher.jar"; do
  [ -f "$needed" ] || { say "missing $needed; build first: (cd $root && mvn -B -q -o install -DskipTests)"; exit 1; }
done
if [ -z "$pgbin" ]; then
  pgbin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
fi
[ -x "$pgbin/initdb" ] && [ -x "$pgbin/pg_ctl" ] || { say "no PostgreSQL server binaries in '$pgbin' (apt-get install postgresql, or --pg-bin DIR)"; exit 1; }
command -v psql >/dev/null || { say "psql is needed (apt-get install postgresql-client)"; exit 1; }

mkdir -p "$work"
mvn -B -q -o -f "$root/bench/pom.xml" dependency:build-classpath -Dmdep.outputFile="$work/classpath" >&2
# the product's own webcare.* jars, never the local repository's (as bench/inbox.sh)
own=""
for bundle in "$dist"/bundles/webcare.*.jar; do own="$own:$bundle"; done
others="$(tr ':' '\n' < "$work/classpath" | grep -Ev '/webcare\.[^/]*-SNAPSHOT\.jar$' | paste -sd: -)"
classpath="$jar$own:$dist/lib/webcare.launch.api.jar:$others"

# ---- 1. the server ------------------------------------------------------------------------
if [ -z "$port" ]; then
  port=55432
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
fi
pgroot="$(mktemp -d /tmp/webcare-team-pg.XXXXXX)"
password="bench-$(od -An -N8 -tx8 /dev/urandom | tr -d ' ')"
printf '%s\n' "$password" > "$pgroot/pwfile"
as_pg=()
if [ "$(id -u)" = 0 ]; then
  # initdb and the server refuse to run as root
  chown -R postgres "$pgroot"
  as_pg=(runuser -u postgres --)
fi
stop_server() {
  "${as_pg[@]}" "$pgbin/pg_ctl" -D "$pgroot/data" -m fast -w stop >/dev/null 2>&1 || true
  if $keep; then say "kept $pgroot and $work/h2, $work/pg"; else rm -rf "$pgroot"; fi
}
trap stop_server EXIT
say "PostgreSQL: initdb in $pgroot ($pgbin)"
"${as_pg[@]}" "$pgbin/initdb" -D "$pgroot/data" -U postgres --pwfile="$pgroot/pwfile" -E UTF8 --locale=C.UTF-8 \
  --auth-local=scram-sha-256 --auth-host=scram-sha-256 >"$work/initdb.log" 2>&1 \
  || { cat "$work/initdb.log" >&2; exit 1; }
"${as_pg[@]}" "$pgbin/pg_ctl" -D "$pgroot/data" -l "$pgroot/server.log" -w -t 60 \
  -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=" start >&2
export PGPASSWORD="$password"
sql() { psql -X -q -At -h 127.0.0.1 -p "$port" -U postgres -d "${2:-postgres}" -v ON_ERROR_STOP=1 -c "$1"; }
sql "CREATE USER webcare PASSWORD '$password'"
sql "CREATE DATABASE webcare OWNER webcare"
pg_version="$(sql 'SHOW server_version')"
settings="$(sql "SELECT string_agg(name || ' = ' || setting || COALESCE(' ' || unit, ''), ', ' ORDER BY name) FROM pg_settings
  WHERE name IN ('fsync','synchronous_commit','full_page_writes','wal_level','shared_buffers','work_mem',
                 'effective_cache_size','max_wal_size','checkpoint_timeout','max_connections','default_transaction_isolation',
                 'random_page_cost','jit','max_parallel_workers_per_gather')")"
say "PostgreSQL $pg_version on 127.0.0.1:$port"

# ---- 2. the data --------------------------------------------------------------------------
file="$work/mentions-$lines.jsonl"
if [ ! -f "$file" ]; then
  say "generating $lines mentions"
  java -Xmx512m -cp "$classpath" webcare.bench.imports.ImportBench generate "$file" "$lines" >&2
fi

# ---- 3. import and triage through the product ----------------------------------------------
h2="$work/h2"
pg="$work/pg"
rm -rf "$h2" "$pg" && mkdir -p "$h2" "$pg/etc"
printf '%s\n' "$password" > "$pg/etc/store.password"
chmod 600 "$pg/etc/store.password"
cat > "$pg/etc/webcare.store.cfg" <<EOF
url = jdbc:postgresql://127.0.0.1:$port/webcare
user = webcare
passwordFile = store.password
EOF
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
started_utc="$(date -u +%Y-%m-%dT%H:%MZ)"
say "machine: $(nproc) CPUs, $(uptime | sed 's/^ *//')"
WEBCARE_HOME="$h2" "$root/webcare" --headless version >/dev/null # records ./webcare's AppCDS archive
declare -A empty import triage rate_import rate_triage
for engine in h2 pg; do
  home="$h2"; [ "$engine" = pg ] && home="$pg"
  start=$(date +%s%N); WEBCARE_HOME="$home" "$root/webcare" --headless inbox --limit 1 >/dev/null; empty[$engine]=$(ms "$start")
  say "$engine: inbox with nothing stored (start-up, schema): ${empty[$engine]} ms"
  start=$(date +%s%N); WEBCARE_HOME="$home" "$root/webcare" --headless import "$file" >"$work/import-$engine.out"; import[$engine]=$(ms "$start")
  say "$engine: import: ${import[$engine]} ms: $(tail -n 1 "$work/import-$engine.out")"
  start=$(date +%s%N); WEBCARE_HOME="$home" "$root/webcare" --headless inbox --limit 1 >/dev/null; triaged=$(ms "$start")
  triage[$engine]=$(( triaged - ${empty[$engine]} ))
  say "$engine: inbox triaging everything: $triaged ms"
  rate_import[$engine]=$(( lines * 1000 / (import[$engine] > 0 ? import[$engine] : 1) ))
  rate_triage[$engine]=$(( lines * 1000 / (triage[$engine] > 0 ? triage[$engine] : 1) ))
done
pg_size="$(sql "SELECT pg_size_pretty(pg_database_size('webcare'))")"
h2_size="$(du -h "$h2/data/webcare.mv.db" | cut -f1)"

echo "## Team mode: PostgreSQL beside H2, $lines mentions (from $started_utc, $(nproc) CPUs, load at the start $load_before)"
echo
echo "PostgreSQL $pg_version on 127.0.0.1 (TCP, SCRAM), its own cluster; settings: $settings."
echo "Java $(java -version 2>&1 | head -n 1 | sed 's/.*"\(.*\)".*/\1/'); the product's ./webcare with its default options."
echo
echo "| Step (./webcare --headless …) | H2 ms | PostgreSQL ms | H2 per second | PostgreSQL per second |"
echo "|---|---:|---:|---:|---:|"
echo "| inbox --limit 1 on nothing (start-up, schema, exit) | ${empty[h2]} | ${empty[pg]} | | |"
echo "| import FILE (whole command) | ${import[h2]} | ${import[pg]} | ${rate_import[h2]} mentions | ${rate_import[pg]} mentions |"
echo "| triage of everything stored (inbox --limit 1 after the import, less the empty run) | ${triage[h2]} | ${triage[pg]} | ${rate_triage[h2]} mentions | ${rate_triage[pg]} mentions |"
echo
echo "Import said: H2 \`$(tail -n 1 "$work/import-h2.out")\`; PostgreSQL \`$(tail -n 1 "$work/import-pg.out")\`."
echo "Size after triage: H2 file $h2_size, PostgreSQL database $pg_size."
echo

# ---- 4. the inbox queries -------------------------------------------------------------------
say "inbox queries, $runs runs each, engines interleaved"
echo "### Inbox queries (ms; first = first run on a freshly opened store, then 2 warm-ups and $runs timed runs)"
echo
java -cp "$classpath" webcare.bench.team.TeamBench queries "$runs" "H2=$h2" "PostgreSQL=$pg"
echo

# ---- 5. agents ------------------------------------------------------------------------------
status=0
seed=$(date +%s)
for engine in pg h2; do
  home="$h2"; name=H2; [ "$engine" = pg ] && { home="$pg"; name=PostgreSQL; }
  say "$agents agents on $name for $seconds s"
  echo "### $agents agents at once on $name"
  echo
  java -cp "$classpath" webcare.bench.team.TeamBench agents "$home" "$agents" "$seconds" "$hot" "$seed" || status=$?
  echo
done
echo "Load after: $(cut -d' ' -f1-3 /proc/loadavg)"
say "machine after: $(uptime | sed 's/^ *//')"
exit $status
