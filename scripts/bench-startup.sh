#!/usr/bin/env bash
# Startup time, peak memory, idle CPU and binary size of AV Switch, in English
# and in Chinese (which reads the system's Chinese font before its first
# frame), side by side with a minimal eframe window built the same way
# (window-tests/examples/minimal.rs).
# Each figure is the median of several runs; the ratio holds on a noisy machine.
#
#   scripts/bench-startup.sh            # 5 runs, 10 s of idle CPU each
#   RUNS=9 IDLE_SECONDS=20 scripts/bench-startup.sh
#
# Linux only. Without a display it re-runs itself under xvfb-run
# (Debian/Ubuntu: apt-get install xvfb).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$@"
fi

RUNS=${RUNS:-5}
IDLE_SECONDS=${IDLE_SECONDS:-10}
TICKS=$(getconf CLK_TCK)

cargo build --release --quiet --bin avswitch
cargo build --release --quiet -p avswitch-window-tests --example minimal
APP=target/release/avswitch
MINIMAL=target/release/examples/minimal

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# One run in the system language $2: prints "first_frame_ms peak_rss_kib idle_cpu_percent".
run_once() {
    local bin=$1 locale=$2 log data start pid first now ticks0 ticks1 rss
    log=$(mktemp)
    data=$(mktemp -d)
    start=$(date +%s%N)
    LC_ALL="$locale" LANG="$locale" AVSWITCH_REPORT_FIRST_FRAME=1 AVSWITCH_DATA_DIR="$data" "$bin" 2>"$log" &
    pid=$!
    first=""
    for _ in $(seq 1 6000); do
        if grep -q "first frame" "$log"; then first=$(( ($(date +%s%N) - start) / 1000000 )); break; fi
        sleep 0.005
    done
    if [ -z "$first" ]; then
        echo "no first frame from $bin:" >&2; cat "$log" >&2; kill "$pid" 2>/dev/null; exit 1
    fi
    sleep 2 # let start-up work finish before measuring idle
    ticks0=$(awk '{ print $14 + $15 }' "/proc/$pid/stat")
    sleep "$IDLE_SECONDS"
    ticks1=$(awk '{ print $14 + $15 }' "/proc/$pid/stat")
    rss=$(awk '/^VmHWM:/ { print $2 }' "/proc/$pid/status")
    kill "$pid"; wait "$pid" 2>/dev/null || true
    rm -rf "$log" "$data"
    now=$(awk -v t="$(( ticks1 - ticks0 ))" -v hz="$TICKS" -v s="$IDLE_SECONDS" 'BEGIN { printf "%.2f", 100 * t / hz / s }')
    echo "$first $rss $now"
}

measure() {
    local bin=$1 locale=${2:-en_US.UTF-8} runs
    runs=$(for _ in $(seq 1 "$RUNS"); do run_once "$bin" "$locale"; done)
    echo "$(echo "$runs" | awk '{ print $1 }' | median) $(echo "$runs" | awk '{ print $2 }' | median) $(echo "$runs" | awk '{ print $3 }' | median)"
}

read -r app_first app_rss app_cpu <<<"$(measure "$APP")"
read -r zh_first zh_rss zh_cpu <<<"$(measure "$APP" zh_CN.UTF-8)"
read -r min_first min_rss min_cpu <<<"$(measure "$MINIMAL")"
app_size=$(stat -c %s "$APP")
min_size=$(stat -c %s "$MINIMAL")

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2fx", a / b; else print "-" }'; }
mib() { awk -v k="$1" 'BEGIN { printf "%.1f MiB", k / 1024 }'; }

echo
echo "Median of $RUNS runs; idle CPU over $IDLE_SECONDS s with the window open and untouched."
printf "%-26s %14s %14s %14s %12s\n" "" "AV Switch" "in Chinese" "minimal" "ratio"
printf "%-26s %11s ms %11s ms %11s ms %12s\n" "start to first frame" "$app_first" "$zh_first" "$min_first" "$(ratio "$app_first" "$min_first")"
printf "%-26s %14s %14s %14s %12s\n" "peak memory (RSS)" "$(mib "$app_rss")" "$(mib "$zh_rss")" "$(mib "$min_rss")" "+$(mib $(( app_rss - min_rss )))"
printf "%-26s %12s %% %12s %% %12s %% %12s\n" "idle CPU" "$app_cpu" "$zh_cpu" "$min_cpu" ""
printf "%-26s %14s %14s %14s %12s\n" "stripped binary" "$(mib $(( app_size / 1024 )))" "" "$(mib $(( min_size / 1024 )))" "$(ratio "$app_size" "$min_size")"
