#!/usr/bin/env bash
# The Windows check timed under Wine, side by side: `avswitch.exe check
# --json` built from an earlier revision (the one to compare with) and from
# this tree, run alternately on the same Wine prefix with the wineserver
# kept warm, RUNS times each, beside a program that only walks the ROOT
# certificate stores (scripts/wine/rootstores.c), the floor Wine sets.
# Prints every run's `elapsed_ms` (the check's own time), the medians and
# their ratio.
#
#   scripts/bench-windows-check.sh BASE_REVISION [RUNS]
#
# Needs what scripts/cross-check.sh installs; builds go to the same folder.
set -euo pipefail
cd "$(dirname "$0")/.."
BASE=${1:?usage: scripts/bench-windows-check.sh BASE_REVISION [RUNS]}
RUNS=${2:-7}

source scripts/windows-build-env.sh
WINE=/usr/lib/wine/wine64
WINESERVER=/usr/lib/wine/wineserver
WORK=$(mktemp -d)
cleanup() {
    "$WINESERVER" -k 2>/dev/null || true
    git worktree remove --force "$WORK/base" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

build() { # $1: source folder, $2: where to put the executable
    (cd "$1" && cargo build --locked "$BUILD_STD" \
        --target x86_64-pc-windows-gnu --profile wine --bin avswitch)
    cp "$CARGO_TARGET_DIR/x86_64-pc-windows-gnu/wine/avswitch.exe" "$2"
}
mkdir -p "$WORK/bin"
git worktree add --detach "$WORK/base" "$BASE" >/dev/null
build "$WORK/base" "$WORK/bin/base.exe"
build . "$WORK/bin/this.exe"
x86_64-w64-mingw32-gcc -shared -O2 -s -o "$WORK/bin/bcryptprimitives.dll" \
    scripts/wine/bcryptprimitives.c -ladvapi32
x86_64-w64-mingw32-gcc -O2 -s -o "$WORK/bin/rootstores.exe" scripts/wine/rootstores.c -lcrypt32

export WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" WINEPREFIX="$WORK/prefix"
Xvfb -displayfd 3 -screen 0 1024x768x24 -nolisten tcp 3>"$WORK/display" 2>/dev/null &
XVFB_PID=$!
trap 'kill $XVFB_PID 2>/dev/null || true; cleanup' EXIT
for _ in $(seq 50); do [ -s "$WORK/display" ] && break; sleep 0.2; done
export DISPLAY=":$(head -n1 "$WORK/display")"
# A wineserver that stays up between runs (the warm case), started before
# anything else can start one that ends with its last program.
mkdir -p "$WINEPREFIX"
"$WINESERVER" -p
"$WINE" wineboot -i >/dev/null 2>&1 || true
# The machine of the first Wine check: Kaspersky Standard and its update.
"$WINE" reg add 'HKLM\Software\WOW6432Node\Microsoft\Windows\CurrentVersion\Uninstall\{675A6D5C-B2B6-4DD6-9D7B-2AB1A5E8A5DF}' \
    /v DisplayName /t REG_SZ /d "Kaspersky Standard" /f >/dev/null
"$WINE" reg add 'HKLM\Software\WOW6432Node\KasperskyLab\protected\AVP21.16\Data' \
    /v LastSuccessfulUpdate /t REG_DWORD /d 0x66f8a3b0 /f >/dev/null

# Each run's report is kept, for the time per probe below.
elapsed() {
    # `check` exits with what it found (0, 3, 4 or 5); its report is what counts.
    "$WINE" "$WORK/bin/$1.exe" check --json --lang en >"$WORK/$1.json" || [ $? -ne 1 ]
    jq .elapsed_ms "$WORK/$1.json"
}
# One run of each first, so both start from the same warm caches.
elapsed base >/dev/null
elapsed this >/dev/null
base=() this=() floor=()
for run in $(seq "$RUNS"); do
    base+=("$(elapsed base)")
    this+=("$(elapsed this)")
    floor+=("$("$WINE" "$WORK/bin/rootstores.exe" 2>/dev/null | tr -d '\r')")
    jq -c '.probe_ms // {}' "$WORK/this.json" >>"$WORK/probes"
    echo "run $run: $BASE ${base[-1]} ms, this tree ${this[-1]} ms, root stores alone ${floor[-1]} ms"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
m_base=$(median "${base[@]}")
m_this=$(median "${this[@]}")
m_floor=$(median "${floor[@]}")
echo "median elapsed_ms over $RUNS runs: $BASE $m_base ms, this tree $m_this ms, root stores alone $m_floor ms"
awk -v a="$m_base" -v b="$m_this" 'BEGIN { if (b > 0) printf "this tree is %.1fx faster\n", a / b }'
# Where the time goes in this tree: each probe's median (probes run side by
# side, so the check takes about as long as its slowest probe).
echo "median per probe, this tree:"
jq -s -r 'map(to_entries) | flatten | group_by(.key)[]
    | [.[0].key, (map(.value) | sort | .[length / 2 | floor])] | "  \(.[0]) \(.[1]) ms"' \
    "$WORK/probes"
