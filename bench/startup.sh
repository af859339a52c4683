#!/usr/bin/env bash
# bench/startup.sh: start-up time to PNG and idle resident memory, the product against the floor
# (bench/target/floor: Felix + SCR + ConfigAdmin + File Install + H2 + SWT and one component), both
# measured in the same run on one Xvfb server that this script starts and stops.
#
#   usage: bench/startup.sh [-n RUNS] [-w WARMUPS] [--rss-runs N] [--settle SECONDS] [--no-cds]
#                           [--no-phases] [--no-quiet-wait] [--in-place] [--keep] [--max-minutes M]
#
# Build first: (cd /work/main && mvn -B -q install -DskipTests). The product is started the way a
# user starts it, through the webcare script (WEBCARE_HOME set to a scratch home, WEBCARE_JAVA_OPTS
# for the CDS variants); the floor with the same JVM options as ./webcare uses by default. Both
# run from a copy of the built distribution, the floor and the webcare script (with the source
# tree its staleness check walks), so that a rebuild elsewhere meanwhile cannot change what is
# measured; --in-place runs ./webcare where it is instead (a run in which it rebuilds is repeated).
# Runs are interleaved (product, floor, product CDS, floor CDS, ...) so drift in machine load hits
# all alike; each measured run first waits (at most 10 s) for idle CPUs, and a run during which
# other processes used more than 15 % of a CPU is counted as disturbed.
# Prints a Markdown report on stdout; progress goes to stderr. See docs/BENCHMARKS.md.
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dist="$root/product/target/webcare"
floor="$root/bench/target/floor"

runs=10
warmups=2
rss_runs=""
settle=3
cds=1
phases=1
quiet_wait=1
keep=0
in_place=0
max_minutes=30
while [ $# -gt 0 ]; do
  case "$1" in
    -n) runs="$2"; shift 2 ;;
    -w) warmups="$2"; shift 2 ;;
    --rss-runs) rss_runs="$2"; shift 2 ;;
    --settle) settle="$2"; shift 2 ;;
    --no-cds) cds=0; shift ;;
    --no-phases) phases=0; shift ;;
    --no-quiet-wait) quiet_wait=0; shift ;;
    --keep) keep=1; shift ;;
    --in-place) in_place=1; shift ;;
    --max-minutes) max_minutes="$2"; shift 2 ;;
    -h|--help) sed -n '2,/^set /{/^#/p}' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "startup.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
done
rss_runs="${rss_runs:-$runs}"

say() { echo "bench: $*" >&2; }

for needed in "$dist/lib/webcare.launcher.jar" "$floor/lib/webcare.bench.jar" "$floor/floor.bundles"; do
  if [ ! -f "$needed" ]; then
    say "missing $needed; build first: (cd $root && mvn -B -q install -DskipTests)"
    exit 1
  fi
done
command -v Xvfb >/dev/null || { say "Xvfb is needed: sudo apt-get install xvfb"; exit 1; }
[ -x /usr/bin/time ] || { say "/usr/bin/time is needed: sudo apt-get install time"; exit 1; }

# The JVM options ./webcare uses when WEBCARE_JAVA_OPTS is not set, less the AppCDS archive it
# records and reuses by itself; the floor runs with the same ones.
java_opts="$(sed -n 's/.*java_opts="\(-XX:+UseSerialGC[^"]*\)".*/\1/p' "$root/webcare" | head -1)"
java_opts="${java_opts:--XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmn16m -Xshare:auto}"
swt_opts="-Dorg.eclipse.swt.internal.SessionManagerDBus.disable=true"
# The GTK setting ./webcare exports for the window (no OpenGL); the floor runs with the same.
gdk_gl="$(sed -n 's/.*export GDK_GL="\${GDK_GL:-\([a-z-]*\)}".*/\1/p' "$root/webcare" | head -1)"
[ -n "$gdk_gl" ] && export GDK_GL="${GDK_GL:-$gdk_gl}"

scratch="$(mktemp -d "${TMPDIR:-/tmp}/webcare-bench.XXXXXX")"
xvfb_pid=""
child_pid=""
watchdog_pid=""
cleanup() {
  [ -n "$child_pid" ] && kill -KILL "$child_pid" 2>/dev/null
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null && wait "$xvfb_pid" 2>/dev/null
  [ -n "$watchdog_pid" ] && kill "$watchdog_pid" 2>/dev/null
  if [ "$keep" = 1 ]; then say "kept $scratch"; else rm -rf "$scratch"; fi
}
trap cleanup EXIT
trap 'say "stopped (time limit or signal)"; exit 124' TERM INT
# Whatever happens, the whole bench ends after --max-minutes.
bench_pid=$$
( trap 'kill "$nap" 2>/dev/null; exit 0' TERM
  sleep $((max_minutes * 60)) & nap=$!
  wait "$nap" && kill -TERM "$bench_pid" 2>/dev/null ) &
watchdog_pid=$!

# ---- one Xvfb for everything ---------------------------------------------------------------
Xvfb -displayfd 3 -screen 0 1280x900x24 -nolisten tcp 3>"$scratch/display" 2>"$scratch/xvfb.log" &
xvfb_pid=$!
for _ in $(seq 100); do [ -s "$scratch/display" ] && break; sleep 0.1; done
[ -s "$scratch/display" ] || { say "Xvfb did not start: $(tail -3 "$scratch/xvfb.log")"; exit 1; }
export DISPLAY=":$(head -1 "$scratch/display")"
unset WAYLAND_DISPLAY
say "Xvfb on $DISPLAY (pid $xvfb_pid), scratch $scratch"

# ---- what is measured: a copy, unless --in-place ----------------------------------------------
built="$(date -u -r "$dist/lib/webcare.launcher.jar" '+%Y-%m-%d %H:%M UTC')"
if [ "$in_place" = 0 ]; then
  snap="$scratch/root"
  mkdir -p "$snap/product/target" "$snap/bench/target"
  # The sources only so that the webcare script's staleness check walks the same tree; they get
  # the copy's time, and the launcher jar a later one, so the copy never rebuilds.
  tar -C "$root" --exclude=target --exclude=.git -cf - webcare pom.xml bundles features product/src |
    tar -C "$snap" -xmf -
  cp -r "$dist" "$snap/product/target/webcare"
  cp -r "$floor" "$snap/bench/target/floor"
  touch "$snap/product/target/webcare/lib/webcare.launcher.jar"
  webcare="$snap/webcare"
  floor="$snap/bench/target/floor"
else
  webcare="$root/webcare"
fi
floor_cp="$floor/lib/org.apache.felix.framework.jar:$floor/lib/webcare.bench.jar"

# ---- helpers ----------------------------------------------------------------------------------
now_us() { echo "${EPOCHREALTIME/./}"; }

# Percentage of both CPUs busy over 0.3 s, from /proc/stat.
cpu_busy() {
  local a1 a2 a3 a4 a5 a6 a7 a8 b1 b2 b3 b4 b5 b6 b7 b8
  read -r _ a1 a2 a3 a4 a5 a6 a7 a8 _ < /proc/stat
  sleep 0.3
  read -r _ b1 b2 b3 b4 b5 b6 b7 b8 _ < /proc/stat
  local total=$(( (b1+b2+b3+b4+b5+b6+b7+b8) - (a1+a2+a3+a4+a5+a6+a7+a8) ))
  local idle=$(( (b4+b5) - (a4+a5) ))
  [ "$total" -gt 0 ] || { echo 0; return; }
  echo $(( 100 * (total - idle) / total ))
}

# Busy CPU ticks (1/100 s) of the whole machine, and of the Xvfb server (which draws for us).
busy_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9; exit }' /proc/stat; }
xvfb_ticks() { awk '{ print $14 + $15 }' "/proc/$xvfb_pid/stat" 2>/dev/null || echo 0; }

# Before a measured run: wait (at most 10 s) until something else stops using the CPUs. After
# three waits in a row that time out, the machine is busy for good: stop waiting, but count it.
noisy_runs=0
gate_timeouts=0
quiet() {
  [ "$quiet_wait" = 1 ] || return 0
  local deadline=$((SECONDS + 10)) busy
  while :; do
    busy=$(cpu_busy)
    [ "$busy" -lt 15 ] && { gate_timeouts=0; return 0; }
    if [ $SECONDS -ge $deadline ]; then
      noisy_runs=$((noisy_runs + 1))
      gate_timeouts=$((gate_timeouts + 1))
      if [ $gate_timeouts -ge 3 ]; then
        say "CPUs stay busy (${busy}% before a run); no more waiting for quiet, see 'noisy runs' in the report"
        quiet_wait=0
      fi
      return 0
    fi
  done
}

# run_png VARIANT OUT.png: starts one process and prints "EXIT_MS PNG_MS OTHERS": ms from process
# start to its exit (status 0, PNG present), ms from process start to the PNG's last write (its
# modification time), and the share of one CPU (%) that processes other than it and Xvfb used
# meanwhile; or "fail" / "rebuilt". VARIANT: product | floor, optionally -cds / -train.
run_png() {
  local variant="$1" png="$2" opts="$java_opts" err="$scratch/$1.err" start end rc b0 b1 x0 x1 ours
  rm -f "$png"
  case "$variant" in
    # -Xshare:on last: a run whose archive cannot be used fails instead of silently running without.
    *-cds) opts="-XX:SharedArchiveFile=$scratch/${variant%-cds}.jsa $java_opts -Xshare:on" ;;
    *-train) opts="-XX:ArchiveClassesAtExit=$scratch/${variant%-train}.jsa $java_opts" ;;
  esac
  b0=$(busy_ticks); x0=$(xvfb_ticks)
  start=$(now_us)
  case "$variant" in
    product-cds|product-train)
      # as a user runs it: ./webcare records its archive on the first run and maps it afterwards
      env -u WEBCARE_JAVA_OPTS WEBCARE_HOME="$scratch/product-home" \
        /usr/bin/time -f '%U %S' -o "$scratch/cpu" timeout -k 5 60 "$webcare" --screenshot "$png" \
        >"$scratch/$variant.out" 2>"$err" ;;
    product*)
      WEBCARE_HOME="$scratch/product-home" WEBCARE_JAVA_OPTS="$opts" \
        /usr/bin/time -f '%U %S' -o "$scratch/cpu" timeout -k 5 60 "$webcare" --screenshot "$png" \
        >"$scratch/$variant.out" 2>"$err" ;;
    floor*)
      /usr/bin/time -f '%U %S' -o "$scratch/cpu" timeout -k 5 60 java $opts $swt_opts -cp "$floor_cp" \
        webcare.bench.FloorLauncher --home "$scratch/floor-home" --screenshot "$png" >"$scratch/$variant.out" 2>"$err" ;;
  esac
  rc=$?
  end=$(now_us)
  b1=$(busy_ticks); x1=$(xvfb_ticks)
  ours=$(awk 'END { printf "%d", ($1 + $2) * 100 }' "$scratch/cpu" 2>/dev/null)
  if grep -q 'webcare: building' "$err"; then
    echo rebuilt
  elif [ $rc -eq 0 ] && [ -s "$png" ]; then
    local wall=$(( (end - start) / 1000 )) other=$(( (b1 - b0) - (x1 - x0) - ${ours:-0} ))
    local written=$(stat -c '%.6Y' "$png" | tr -d .)
    # ticks are 10 ms: % of one CPU = ticks * 10 * 100 / ms
    echo "$wall $(( (written - start) / 1000 )) $(( other * 1000 / (wall + 1) ))"
  else
    say "$variant failed (exit $rc): $(grep -v '\[cds\]' "$err" | tail -3 | tr '\n' ' ')"
    echo fail
  fi
}

declare -A times png_times disturbed
measure() { # VARIANT: one measured run, repeated once if ./webcare rebuilt the product first
  local variant="$1" t written others
  quiet
  read -r t written others <<<"$(run_png "$variant" "$scratch/$variant.png")"
  if [ "$t" = rebuilt ]; then
    say "./webcare rebuilt the product (sources changed meanwhile); run repeated"
    quiet
    read -r t written others <<<"$(run_png "$variant" "$scratch/$variant.png")"
  fi
  times[$variant]+="$t "
  png_times[$variant]+="${written:-fail} "
  if [ -n "${others:-}" ] && [ "$others" -gt 15 ]; then
    disturbed[$variant]=$(( ${disturbed[$variant]:-0} + 1 ))
    say "  ($variant run disturbed: other processes used ${others}% of a CPU meanwhile)"
  fi
}

# median min max n of the numbers given (non-numbers are skipped)
stats() {
  printf '%s\n' "$@" | grep -E '^[0-9]+(\.[0-9]+)?$' | sort -n | awk '
    { v[NR] = $1 }
    END {
      if (NR == 0) { print "- - - 0"; exit }
      m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
      printf "%g %g %g %d\n", m, v[1], v[NR], NR
    }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "-" || b == "-" || b == 0) print "-"; else printf "%.2f", a / b }'; }
fails() { printf '%s\n' "$@" | grep -c -v -E '^[0-9]+$'; }

# ---- warm-ups: fill the page cache, create both homes, framework caches and databases ---------
variants="product floor"
say "warm-up: $warmups run(s) each of: $variants"
for _ in $(seq "$warmups"); do
  for v in $variants; do
    t=$(run_png "$v" "$scratch/warm.png")
    [ "$t" = rebuilt ] && t=$(run_png "$v" "$scratch/warm.png")
    say "  warm-up $v: ${t%% *} ms"
  done
done
if [ "$cds" = 1 ]; then
  for v in product floor; do
    t=$(run_png "$v-train" "$scratch/warm.png"); t="${t%% *}"
    archive="$scratch/$v.jsa"
    [ "$v" = product ] && archive="$(dirname "$webcare")/product/target/webcare/cds/webcare-ui.jsa"
    if [ -s "$archive" ]; then
      say "  CDS archive for $v: $(du -h "$archive" | cut -f1) (training run $t ms)"
    else
      say "  no CDS archive for $v; CDS variants left out"
      cds=0
    fi
  done
fi
if [ "$cds" = 1 ]; then
  variants="product floor product-cds floor-cds"
  for _ in $(seq "$warmups"); do
    for v in product-cds floor-cds; do t=$(run_png "$v" "$scratch/warm.png"); say "  warm-up $v: ${t%% *} ms"; done
  done
fi

# ---- start-up to PNG -------------------------------------------------------------------------
say "measuring $runs run(s) each of: $variants"
for i in $(seq "$runs"); do
  for v in $variants; do measure "$v"; done
  say "  run $i (PNG/exit ms): $(for v in $variants; do
    printf '%s=%s/%s ' "$v" "$(echo ${png_times[$v]} | awk '{print $NF}')" "$(echo ${times[$v]} | awk '{print $NF}')"; done)"
done

# Context: what ./webcare does before java starts (java replaced by a stub that exits at once),
# and a bare JVM start and exit with the same options.
mkdir -p "$scratch/stub"
printf '#!/bin/sh\nexit 0\n' > "$scratch/stub/java"
chmod +x "$scratch/stub/java"
script_times=()
jvm_times=()
for _ in $(seq "$runs"); do
  start=$(now_us)
  WEBCARE_HOME="$scratch/product-home" PATH="$scratch/stub:$PATH" timeout 30 "$webcare" --screenshot "$scratch/none.png" >/dev/null 2>&1
  script_times+=($(( ($(now_us) - start) / 1000 )))
  start=$(now_us)
  timeout 30 java $java_opts -version >/dev/null 2>&1
  jvm_times+=($(( ($(now_us) - start) / 1000 )))
done

# ---- idle resident memory ------------------------------------------------------------------
# rss VARIANT: starts the window mode, waits until it is ready (product: "Database ... open" in a
# new line of the log; floor: "floor: ready" on stdout), waits --settle seconds more, reads
# /proc/PID/status, stops the process. Prints "VmRSS RssAnon RssFile ready_ms" in KiB / ms.
rss() {
  local variant="$1" log ready=0 before start values
  start=$(now_us)
  case "$variant" in
    product)
      log="$scratch/product-home/logs/webcare.0.log"
      before=$(grep -c 'Database .* open' "$log" 2>/dev/null || echo 0)
      env -u WEBCARE_JAVA_OPTS WEBCARE_HOME="$scratch/product-home" \
        "$webcare" >"$scratch/rss.out" 2>"$scratch/rss.err" &
      child_pid=$! ;;
    floor)
      java $java_opts $swt_opts -cp "$floor_cp" webcare.bench.FloorLauncher --home "$scratch/floor-home" --stay \
        >"$scratch/rss.out" 2>"$scratch/rss.err" &
      child_pid=$! ;;
  esac
  for _ in $(seq 300); do   # at most 30 s
    kill -0 "$child_pid" 2>/dev/null || break
    case "$variant" in
      product) [ "$(grep -c 'Database .* open' "$log" 2>/dev/null || echo 0)" -gt "$before" ] && ready=1 ;;
      floor) grep -q 'floor: ready' "$scratch/rss.out" && ready=1 ;;
    esac
    [ $ready = 1 ] && break
    sleep 0.1
  done
  local ready_ms=$(( ($(now_us) - start) / 1000 ))
  if [ $ready = 1 ] && sleep "$settle" && [ -r "/proc/$child_pid/status" ]; then
    values=$(awk '/^VmRSS:/ { r = $2 } /^RssAnon:/ { a = $2 } /^RssFile:/ { f = $2 } END { print r, a, f }' \
      "/proc/$child_pid/status")
    echo "$values $ready_ms"
  else
    say "$variant did not become ready: $(tail -3 "$scratch/rss.err" | tr '\n' ' ')"
    echo "fail fail fail fail"
  fi
  kill -TERM "$child_pid" 2>/dev/null
  for _ in $(seq 100); do kill -0 "$child_pid" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$child_pid" 2>/dev/null
  wait "$child_pid" 2>/dev/null
  child_pid=""
}
declare -A rss_total rss_anon rss_file rss_ready
say "idle memory: $rss_runs run(s) each, $settle s after ready"
for i in $(seq "$rss_runs"); do
  for v in product floor; do
    quiet
    rss "$v" >"$scratch/rss.result"
    read -r total anon file ready_ms <"$scratch/rss.result"
    rss_total[$v]+="$total "; rss_anon[$v]+="$anon "; rss_file[$v]+="$file "; rss_ready[$v]+="$ready_ms "
  done
  say "  run $i: VmRSS KiB product $(echo ${rss_total[product]} | awk '{print $NF}'), floor $(echo ${rss_total[floor]} | awk '{print $NF}')"
done

# ---- phases: one run each with -Xlog:class+load, first-load times of landmark classes --------
phase_report() {
  local variant="$1" logf="$scratch/$1.classes"
  rm -f "$logf"
  case "$variant" in
    product)
      WEBCARE_HOME="$scratch/product-home" WEBCARE_JAVA_OPTS="$java_opts -Xlog:class+load:file=$logf:uptime" \
        timeout -k 5 60 "$webcare" --screenshot "$scratch/phase.png" >/dev/null 2>&1 ;;
    floor)
      timeout -k 5 60 java $java_opts -Xlog:class+load:file="$logf":uptime $swt_opts -cp "$floor_cp" \
        webcare.bench.FloorLauncher --home "$scratch/floor-home" --screenshot "$scratch/phase.png" >/dev/null 2>&1 ;;
  esac
}
first_ms() { # LOG CLASS...: JVM uptime in ms when the first of the classes was loaded
  local logf="$1"; shift
  local c
  for c in "$@"; do
    grep -m1 -F "] $c source:" "$logf" 2>/dev/null
  done | sed -E 's/^\[([0-9.]+)s\].*/\1/' | sort -n | head -1 | awk '{ if ($1 != "") printf "%d", $1 * 1000; else print "-" }'
}
class_counts() { # LOG: total cds jdk classpath bundles generated
  awk '
    / source: shared objects file/ { cds++; next }
    / source: jrt:\// { jdk++; next }
    / source: file:.*\/lib\// { cp++; next }
    / source: file:.*\/bundles\// { b++; next }
    { gen++ }
    END { printf "%d %d %d %d %d %d\n", NR, cds, jdk, cp, b, gen }' "$1"
}

# ---- report ------------------------------------------------------------------------------------
cpu_model="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
mem_total="$(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
java_version="$(java -version 2>&1 | head -2 | tail -1)"
commit="$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')"
dirty="$(git -C "$root" status --porcelain 2>/dev/null | grep -v -c -E '^.. (bench/|docs/BENCHMARKS.md)')"

echo "## Start-up and idle memory: product vs floor"
echo
echo "- when: $(date -u '+%Y-%m-%d %H:%M UTC'); product built $built from commit $commit ($dirty changed files outside bench/ and docs/BENCHMARKS.md)"
echo "- what: $( [ "$in_place" = 1 ] && echo "\`./webcare\` in place" || echo "a copy of the built distribution, the floor and the webcare script (see --in-place)")"
echo "- machine: $(nproc) CPUs, $cpu_model, $mem_total RAM, $(uname -sr)"
echo "- java: $java_version; options (./webcare default, floor the same): \`$java_opts\`"
echo "- display: Xvfb 1280x900x24, no window manager, GDK_GL=${GDK_GL:-unset}; runs: $warmups warm-up(s), then $runs interleaved measured run(s) per variant"
echo "- other load: $noisy_runs run(s) started with the CPUs still busy after 10 s of waiting; 'Disturbed' counts runs during which other processes used > 15 % of a CPU; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| Start-up (ms from process start) | Runs | PNG written: median | min | max | Exited 0: median | min | max | Failed | Disturbed |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
declare -A med mins
startup_row() { # LABEL VARIANT
  local pm pmin pmax pn em emin emax en
  read -r pm pmin pmax pn <<<"$(stats ${png_times[$2]})"
  read -r em emin emax en <<<"$(stats ${times[$2]})"
  med[$2]="$pm $em"; mins[$2]="$pmin $emin"
  echo "| $1 | $en | $pm | $pmin | $pmax | $em | $emin | $emax | $(fails ${times[$2]}) | ${disturbed[$2]:-0} |"
}
ratio_row() { # LABEL A B: A over B, medians and minimums, to PNG and to exit
  local a_png a_exit b_png b_exit a_png_min a_exit_min b_png_min b_exit_min
  read -r a_png a_exit <<<"${med[$2]}"; read -r b_png b_exit <<<"${med[$3]}"
  read -r a_png_min a_exit_min <<<"${mins[$2]}"; read -r b_png_min b_exit_min <<<"${mins[$3]}"
  echo "| **$1** | | **$(ratio "$a_png" "$b_png")** | $(ratio "$a_png_min" "$b_png_min") | |" \
    "**$(ratio "$a_exit" "$b_exit")** | $(ratio "$a_exit_min" "$b_exit_min") | | | |"
}
startup_row "product without AppCDS (\`WEBCARE_JAVA_OPTS\` = the same flags)" product
startup_row "floor \`FloorLauncher --screenshot\`" floor
ratio_row "ratio product / floor" product floor
if [ "$cds" = 1 ]; then
  startup_row "product as \`./webcare --screenshot\` runs it by default (its own AppCDS archive)" product-cds
  startup_row "floor with an AppCDS archive" floor-cds
  ratio_row "ratio product / floor, both with AppCDS" product-cds floor-cds
fi
read -r sm smin smax sn <<<"$(stats "${script_times[@]}")"
read -r jm jmin jmax jn <<<"$(stats "${jvm_times[@]}")"
echo "| context: \`./webcare\` until it runs java (java stubbed) | $sn | | | | $sm | $smin | $smax | | |"
echo "| context: \`java -version\` with the same options | $jn | | | | $jm | $jmin | $jmax | | |"
echo

to_mib() { printf '%s\n' "$@" | awk '/^[0-9]+$/ { printf "%.1f ", $1 / 1024; next } { printf "%s ", $1 }'; }
read -r rpm rpmin rpmax rpn <<<"$(stats $(to_mib ${rss_total[product]}))"
read -r rfm rfmin rfmax rfn <<<"$(stats $(to_mib ${rss_total[floor]}))"
read -r apm _ _ _ <<<"$(stats $(to_mib ${rss_anon[product]}))"
read -r afm _ _ _ <<<"$(stats $(to_mib ${rss_anon[floor]}))"
read -r fpm _ _ _ <<<"$(stats $(to_mib ${rss_file[product]}))"
read -r ffm _ _ _ <<<"$(stats $(to_mib ${rss_file[floor]}))"
read -r ypm _ _ _ <<<"$(stats ${rss_ready[product]})"
read -r yfm _ _ _ <<<"$(stats ${rss_ready[floor]})"
echo "| Idle resident memory, VmRSS ${settle} s after ready | Runs | Median MiB | Min MiB | Max MiB | of which anon / file MiB (median) | Ready after ms (median) |"
echo "|---|---:|---:|---:|---:|---:|---:|"
echo "| product \`./webcare\` (window) | $rpn | $rpm | $rpmin | $rpmax | $apm / $fpm | $ypm |"
echo "| floor \`FloorLauncher --stay\` | $rfn | $rfm | $rfmin | $rfmax | $afm / $ffm | $yfm |"
echo "| **ratio product / floor** | | **$(ratio "$rpm" "$rfm")** | $(ratio "$rpmin" "$rfmin") | | | |"
echo

read -r pm _ <<<"${med[product]}"
[ "$cds" = 1 ] && read -r cm _ <<<"${med[product-cds]}"
verdict() { awk -v v="$1" -v limit="$2" 'BEGIN { if (v == "-") print "no result"; else if (v + 0 <= limit + 0) print "met"; else print "MISSED" }'; }
echo "Targets, on the product's medians:"
echo
[ "$cds" = 1 ] && echo "- process start to PNG written ≤ 1000 ms, as \`./webcare\` runs by default: **$(verdict "$cm" 1000)** ($cm ms; to exit ${med[product-cds]#* } ms)"
echo "- the same without AppCDS: **$(verdict "$pm" 1000)** ($pm ms; to exit ${med[product]#* } ms)"
rss_mb=$(awk -v m="$rpm" 'BEGIN { if (m == "-") print "-"; else printf "%.0f", m * 1048576 / 1e6 }')
echo "- idle VmRSS ≤ 200 MB: **$(verdict "$rss_mb" 200)** if MB means 10^6 bytes ($rss_mb MB); **$(verdict "$rpm" 200)** if it means MiB ($rpm MiB)"
echo

if [ "$phases" = 1 ]; then
  say "phases: one run each with -Xlog:class+load"
  quiet; phase_report product
  quiet; phase_report floor
  p="$scratch/product.classes"; f="$scratch/floor.classes"
  if [ -s "$p" ] && [ -s "$f" ]; then
    echo "| Phase (one run each with \`-Xlog:class+load\`; JVM uptime in ms when the class was first loaded) | product | floor |"
    echo "|---|---:|---:|"
    row() { echo "| $1 | $(first_ms "$p" $2) | $(first_ms "$f" $3) |"; }
    row "launcher main class" webcare.launcher.Main webcare.bench.FloorLauncher
    row "Felix framework (\`Felix\`)" org.apache.felix.framework.Felix org.apache.felix.framework.Felix
    row "SCR active (\`scr.impl.Activator\`)" org.apache.felix.scr.impl.Activator org.apache.felix.scr.impl.Activator
    row "window component (\`WorkbenchWindow\` / \`FloorWindow\`)" webcare.ui.workbench.swt.WorkbenchWindow webcare.bench.floor.FloorWindow
    row "SWT \`Display\`" org.eclipse.swt.widgets.Display org.eclipse.swt.widgets.Display
    row "H2 engine (\`MVStore\`)" org.h2.mvstore.MVStore org.h2.mvstore.MVStore
    row "PNG writing (\`ImageLoader\`)" org.eclipse.swt.graphics.ImageLoader org.eclipse.swt.graphics.ImageLoader
    echo "| last class loaded (about the exit) | $(tail -1 "$p" | sed -E 's/^\[([0-9.]+)s\].*/\1/' | awk '{printf "%d", $1*1000}') | $(tail -1 "$f" | sed -E 's/^\[([0-9.]+)s\].*/\1/' | awk '{printf "%d", $1*1000}') |"
    read -r pt pc pj pl pb pg <<<"$(class_counts "$p")"
    read -r ft fc fj fl fb fg <<<"$(class_counts "$f")"
    echo "| classes loaded: total | $pt | $ft |"
    echo "| … from the JDK's CDS archive / JDK modules outside it | $pc / $pj | $fc / $fj |"
    echo "| … from lib/ (launcher, framework) / bundles/ / generated (lambdas, proxies) | $pl / $pb / $pg | $fl / $fb / $fg |"
    echo
    echo "Classes per bundle jar, product (floor): $(
      for logf in "$p"; do
        sed -nE 's/.* source: file:.*\/bundles\/([^/]+)\.jar$/\1/p' "$logf" | sort | uniq -c | sort -rn | head -8 |
          while read -r n jar; do
            fcount=$(grep -c -F "/bundles/$jar.jar" "$f")
            printf '%s %s (%s), ' "$jar" "$n" "$fcount"
          done
      done | sed 's/, $//')."
    echo
  else
    say "phase runs left no class logs"
  fi
fi

echo "Raw start-up times in ms, run by run:"
echo
for v in $variants; do echo "- $v, PNG written: ${png_times[$v]}; exited: ${times[$v]}"; done
echo "- idle VmRSS KiB, product: ${rss_total[product]}; floor: ${rss_total[floor]}"
