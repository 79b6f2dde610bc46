#!/usr/bin/env bash
# The Windows and macOS builds, proven on Linux with Debian packages alone:
# lints (and so type-checks) AV Switch for Windows and for macOS, builds the
# Windows executable and runs the Windows checks under Wine, then installs,
# runs, upgrades and uninstalls it with its installer, in fresh Wine
# prefixes under Xvfb. Installs the packages it needs when they are missing
# (as root, like CI).
#
#   scripts/cross-check.sh
#
# Builds go to ${CARGO_TARGET_DIR_CROSS:-$HOME/.cache/avswitch-cross-target},
# never to the folder `cargo test` uses. It leaves there
#   x86_64-pc-windows-gnu/wine/avswitch.exe    the Windows executable
#   x86_64-pc-windows-gnu/wine/*-setup.exe     its installer
#   wine-checks/window.png                     the window under Wine
#   wine-checks/installer-{en,id,es}.png       the installer's first page
#   wine-checks/*.json, *.md                   what each Windows check printed
set -euo pipefail
trap 'echo "FAILED at line $LINENO: $BASH_COMMAND" >&2' ERR
cd "$(dirname "$0")/.."

source scripts/windows-build-env.sh
ensure_packages rustc-web cargo-web rust-web-src rust-web-clippy gcc-mingw-w64-x86-64 wine64 \
    xvfb x11-utils xdotool imagemagick jq nsis fonts-wine

# ── Building ────────────────────────────────────────────────────────────────

step() { printf '\n== %s (%s)\n' "$1" "$(date +%T)"; }

for target in x86_64-pc-windows-gnu aarch64-apple-darwin; do
    step "clippy for $target"
    cargo clippy --locked "$BUILD_STD" --target "$target" -- -D warnings
done

# The "wine" profile (Cargo.toml) builds quickly: this executable only runs
# the checks below. mingw-w64 links it.
step "building avswitch.exe"
cargo build --locked "$BUILD_STD" --target x86_64-pc-windows-gnu --profile wine --bin avswitch
EXE="$CARGO_TARGET_DIR/x86_64-pc-windows-gnu/wine/avswitch.exe"

# ── Running under Wine ──────────────────────────────────────────────────────

WINE=/usr/lib/wine/wine64
WINESERVER=/usr/lib/wine/wineserver
OUT="$CARGO_TARGET_DIR/wine-checks"
WORK=$(mktemp -d)
XVFB_PID=""
cleanup() {
    if [ -n "${WINEPREFIX:-}" ]; then "$WINESERVER" -k 2>/dev/null || true; fi
    if [ -n "$XVFB_PID" ]; then kill "$XVFB_PID" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT
rm -rf "$OUT" && mkdir -p "$OUT" "$WORK/bin"
cp "$EXE" "$WORK/bin/"

# Wine 8 has no bcryptprimitives.dll, where Rust's standard library takes
# its random numbers; Windows 10 and later have it. A stand-in beside the
# executable (found first, as Windows looks beside a program first) fills
# the gap for these checks only.
x86_64-w64-mingw32-gcc -shared -O2 -s -o "$WORK/bin/bcryptprimitives.dll" \
    scripts/wine/bcryptprimitives.c -ladvapi32
# Two helpers for setting up the checks below: a program that only waits
# (run as avp.exe) and one that puts a certificate into a root store.
x86_64-w64-mingw32-gcc -O2 -s -o "$WORK/bin/avp.exe" scripts/wine/sleeper.c
x86_64-w64-mingw32-gcc -O2 -s -o "$WORK/bin/addroot.exe" scripts/wine/addroot.c -lcrypt32
# Security Center for Wine, which has none (see its step below).
x86_64-w64-mingw32-gcc -shared -O2 -s -o "$WORK/bin/security_center.dll" \
    scripts/wine/security_center.c -loleaut32 -luuid

# No Mono or Gecko install prompts, and no debug chatter mixed into output.
export WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="

# Xvfb on a free display, for the window and for Wine's own start-up.
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$WORK/display" 2>"$WORK/xvfb.log" &
XVFB_PID=$!
for _ in $(seq 50); do [ -s "$WORK/display" ] && break; sleep 0.2; done
export DISPLAY=":$(head -n1 "$WORK/display")"

fail() {
    echo "FAILED: $*" >&2
    exit 1
}

# A fresh Windows for each check; the previous one's programs are ended
# and its files removed (a prefix takes about 700 MB).
fresh_prefix() {
    if [ -n "${WINEPREFIX:-}" ]; then
        "$WINESERVER" -k 2>/dev/null || true
        "$WINESERVER" -w 2>/dev/null || true
        rm -rf "$WINEPREFIX"
    fi
    export WINEPREFIX="$WORK/prefix-$1"
    # Debian's 64-bit-only Wine lacks the 32-bit rundll32 that setup also
    # tries, which may fail its exit status though the prefix is ready:
    # judge by the programs the checks use.
    "$WINE" wineboot -i >"$WORK/wineboot.log" 2>&1 || true
    [ -f "$WINEPREFIX/drive_c/windows/system32/reg.exe" ] ||
        fail "Wine could not set up a fresh prefix: $(tail -n 5 "$WORK/wineboot.log")"
}

reg_add() { "$WINE" reg add "$@" /f >/dev/null; }

# Uninstall entry: key name, display name, publisher.
add_program() {
    local key="HKLM\\Software\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\$1"
    reg_add "$key" /v DisplayName /t REG_SZ /d "$2"
    reg_add "$key" /v Publisher /t REG_SZ /d "$3"
}

avswitch() { "$WINE" "$WORK/bin/avswitch.exe" "$@"; }

# `check` exits with what it found (docs/command-line.md, "Exit statuses"): 0, 3, 4 or 5
# mean it ran; anything else is a failure.
checked() {
    local status=0
    "$@" || status=$?
    case $status in 0 | 3 | 4 | 5) return 0 ;; *) return "$status" ;; esac
}

# `check --json` into $OUT/$1.json, recorded into $OUT/$1.recording; $1
# names the check. Every question goes to Windows' APIs, so no recording
# lists a program run.
check_json() {
    rm -rf "$OUT/$1.recording"
    checked avswitch check --json --lang en --record "$("$WINE" winepath -w "$OUT/$1.recording")" \
        >"$OUT/$1.json" || fail "$1: check --json failed"
    jq -e . "$OUT/$1.json" >/dev/null || fail "$1: check --json is not JSON"
    jq -e '.version == 2 and (.commands // [] | length == 0)' "$OUT/$1.recording/index.json" \
        >/dev/null || fail "$1: a program was run: $(jq -c .commands "$OUT/$1.recording/index.json")"
}

# Keeps a recording in the project ($1 into $2), for `cargo test` to replay.
# Wine's root store also holds the certificates of the computer it runs on:
# only Kaspersky's are kept, the ones the check is about.
keep_recording() {
    rm -rf "$2"
    cp -r "$1" "$2"
    jq --indent 2 '.certificates.answer |= map(select(.subject | test("Kaspersky")))' \
        "$1/index.json" >"$2/index.json"
    echo "Recorded again: $2"
}

# Asserts a jq expression on $OUT/$1.json.
expect() {
    jq -e "$2" "$OUT/$1.json" >/dev/null || fail "$1: expected $2 in $OUT/$1.json"
}

step "Wine: Kaspersky Standard, updated, in the 32-bit uninstall key"
fresh_prefix kaspersky
add_program '{675A6D5C-B2B6-4DD6-9D7B-2AB1A5E8A5DF}' "Kaspersky Standard" "Kaspersky"
# 0x66f8a3b0 is 2024-09-29 00:47:44 UTC, as Kaspersky writes it: seconds.
reg_add 'HKLM\Software\WOW6432Node\KasperskyLab\protected\AVP21.16\Data' \
    /v LastSuccessfulUpdate /t REG_DWORD /d 0x66f8a3b0
# The home location, which suggests the answer to "where do you use this
# computer"; Wine starts with US, so another region shows it is read.
reg_add 'HKCU\Control Panel\International\Geo' /v Name /t REG_SZ /d ID
check_json kaspersky
expect kaspersky '.os == "windows"'
expect kaspersky '[.findings[] | select(.id == "kaspersky" and .affected)] | length == 1'
expect kaspersky '.findings[] | select(.id == "kaspersky") | .signatures.last_update == "2024-09-29T00:47:44Z"'
expect kaspersky '.findings[] | select(.id == "kaspersky") | .signatures.status == "out_of_date"'
expect kaspersky '[.findings[].evidence[].detail] | any(contains("Kaspersky Standard"))'
expect kaspersky '.region_setting == "ID"'
avswitch export --format md --lang en --region us >"$OUT/kaspersky.md" || fail "export --format md failed"
grep -q 'Uninstall Kaspersky from this computer' "$OUT/kaspersky.md" ||
    fail "the export has no Windows removal item"
grep -q 'Settings > Apps > Installed apps' "$OUT/kaspersky.md" ||
    fail "the export has no Windows removal steps"
grep -q '(<ms-settings:appsfeatures>)' "$OUT/kaspersky.md" ||
    fail "the export does not link Installed apps"

step "Wine: Kaspersky Password Manager and UltraAV"
fresh_prefix companions
add_program 'Kaspersky Password Manager' "Kaspersky Password Manager" "Kaspersky"
add_program 'UltraAV' "UltraAV" "Pango Group"
check_json companions
expect companions '[.findings[] | select(.id == "kaspersky-password-manager" and .kind == "password_manager" and .affected)] | length == 1'
expect companions '[.findings[] | select(.id == "ultraav" and .auto_replacement and (.affected | not))] | length == 1'
expect companions '[.findings[] | select(.id == "kaspersky")] | length == 0'

# Wine's reg.exe, like Windows', prints in the console's code page: these
# names came through it as "?????" and stray bytes.
step "Wine: names in Cyrillic, Chinese and accented letters arrive whole"
fresh_prefix scripts
NAMES=(
    "Агент администрирования Kaspersky Security Center"
    'АО "Лаборатория Касперского"'
    "卡巴斯基安全软件 Kaspersky Plus"
    "卡巴斯基实验室"
    "Kaspersky Protección Total — Edición Familiar"
    "Kaspersky Lab España"
)
add_program 'KSC Agent' "${NAMES[0]}" "${NAMES[1]}"
add_program 'KIS China' "${NAMES[2]}" "${NAMES[3]}"
add_program 'KTS Spain' "${NAMES[4]}" "${NAMES[5]}"
check_json scripts
for name in "${NAMES[@]}"; do
    jq -e --arg name "$name" '[.findings[].evidence[].detail] | any(contains($name))' \
        "$OUT/scripts.json" >/dev/null || fail "scripts: \"$name\" did not arrive whole"
done

step "Wine: a clean Windows"
fresh_prefix clean
check_json clean
expect clean '.findings == []'
# Wine has no Security Center (its class is not registered): a check that
# could not run, with its reason, never "nothing installed". The process
# snapshot and the certificate stores answer, as on Windows.
expect clean '.probe_errors | any(.probe == "Windows Security Center" and (.reason | contains("not available")))'
expect clean '[.probe_errors[].probe] | index("Running programs") | not'
expect clean '[.probe_errors[].probe] | index("Trusted certificates") | not'
expect clean '.summary.details | any(contains("Some checks could not run"))'
expect clean '.summary.headline | test("No Kaspersky program") | not'
echo "The check took $(jq .elapsed_ms "$OUT/clean.json") ms"

# Security Center through its real COM path. Wine has no WSCProductList, so
# a stand-in (scripts/wine/security_center.c) is registered for it, answering
# from a file of products with the states real machines show; the real
# executable asks it as it asks Windows. Only a real Windows proves that
# Security Center itself answers this way.
step "Wine: Security Center's list, through its COM path"
fresh_prefix security-center
scripts/wine/register-security-center.sh "$("$WINE" winepath -w "$WORK/bin/security_center.dll")"
TAB=$'\t'
# $1 names the check; the products, a line each, on standard input.
security_center() {
    cat >"$WORK/$1.products"
    AVSWITCH_WSC_PRODUCTS="$WORK/$1.products" check_json "$1"
    printf '  %-14s %s\n' "$1:" "$(jq -c '{verdict: .verdict.protection,
        found: [.findings[] | "\(.name): \(.state), \(.signatures.status)"],
        could_not: [.probe_errors[] | "\(.probe): \(.reason)"], ms: .elapsed_ms}' "$OUT/$1.json")"
}
STAMP="Thu, 23 May 2024 12:29:05 GMT"
security_center wsc-empty </dev/null
expect wsc-empty '.findings == [] and .probe_errors == [] and .verdict.protection == "nothing"'
# Kaspersky installed; Security Center's word on its state decides.
add_program '{675A6D5C-B2B6-4DD6-9D7B-2AB1A5E8A5DF}' "Kaspersky Standard" "Kaspersky"
for state in on off snoozed expired; do
    security_center "wsc-$state" <<<"Kaspersky Standard$TAB$state${TAB}uptodate$TAB$STAMP$TAB"
    expect "wsc-$state" ".findings[] | select(.id == \"kaspersky\") | .state == \"$state\" and .decided_by == \"registration\""
    expect "wsc-$state" '.probe_errors == []'
done
expect wsc-on '.verdict.protection == "protected" and .verdict.by == "kaspersky"'
expect wsc-expired '.verdict.protection == "nothing"'
expect wsc-expired '.summary.headline | contains("Nothing is protecting this computer")'
security_center wsc-two <<PRODUCTS
Kaspersky Standard${TAB}expired${TAB}outofdate$TAB$STAMP$TAB%ProgramFiles%\\Kaspersky Lab\\avp.exe
Windows Defender${TAB}on${TAB}uptodate$TAB$STAMP${TAB}windowsdefender://
PRODUCTS
expect wsc-two '.findings[] | select(.id == "kaspersky") | .state == "expired" and .signatures.status == "out_of_date"'
expect wsc-two '.verdict.protection == "protected" and .verdict.by == "microsoft-defender"'
# A product Windows lists without a name, and one it fails to give: each is
# skipped by its place in the list, and the others are kept.
security_center wsc-skipped <<PRODUCTS
!item-fails 2
Kaspersky Standard${TAB}off${TAB}outofdate$TAB$STAMP$TAB
${TAB}on${TAB}uptodate$TAB$TAB
Avast Antivirus${TAB}on${TAB}uptodate$TAB$STAMP$TAB
Windows Defender${TAB}snoozed${TAB}uptodate$TAB$STAMP$TAB
PRODUCTS
expect wsc-skipped '[.findings[] | "\(.id) \(.state)"] == ["kaspersky off", "microsoft-defender snoozed"]'
expect wsc-skipped '.probe_errors | any(.probe == "Windows Security Center" and (.reason | contains("2 entries")))'
expect wsc-skipped '.verdict.protection == "unknown"'
security_center wsc-fails <<<'!initialize-fails'
expect wsc-fails '.verdict.protection == "unknown"'
expect wsc-fails '.probe_errors | any(.probe == "Windows Security Center")'
# A Security Center that never answers: the check gives up on it after 20
# seconds and reports the rest.
security_center wsc-hangs <<<'!hang'
expect wsc-hangs '.probe_errors | any(.probe == "Windows Security Center")'
expect wsc-hangs '.elapsed_ms >= 20000 and .elapsed_ms < 40000'
expect wsc-hangs '[.probe_errors[].probe] | index("Running programs") | not'
# Recorded for `cargo test`, which replays it (tests/machines.rs).
if [ -n "${UPDATE_MACHINES:-}" ]; then
    keep_recording "$OUT/wsc-skipped.recording" tests/machines/windows-wine-security-center
fi

# Kaspersky as its parts show it: a root certificate in the machine's store
# (made here with openssl, subject as Kaspersky writes it), its service and
# its driver named in Cyrillic and Chinese, and a program running as avp.exe.
step "Wine: Kaspersky's certificate, service, driver and running program"
fresh_prefix parts
openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -outform DER \
    -subj "/CN=Kaspersky Anti-Virus Personal Root Certificate/O=AO Kaspersky Lab" \
    -keyout "$WORK/kaspersky.key" -out "$WORK/kaspersky.der" 2>/dev/null
"$WINE" "$WORK/bin/addroot.exe" "$("$WINE" winepath -w "$WORK/kaspersky.der")" machine ||
    fail "the certificate could not be put into the machine's root store"
SERVICES='HKLM\SYSTEM\CurrentControlSet\Services'
reg_add "$SERVICES\AVP21.16" /v DisplayName /t REG_SZ /d "Служба Kaspersky Anti-Virus 卡巴斯基"
reg_add "$SERVICES\AVP21.16" /v ImagePath /t REG_EXPAND_SZ \
    /d '"C:\Program Files (x86)\Kaspersky Lab\Kaspersky 21.16\avp.exe" -r'
reg_add "$SERVICES\AVP21.16" /v Type /t REG_DWORD /d 16
reg_add "$SERVICES\klif" /v DisplayName /t REG_SZ /d "Фильтр Kaspersky 卡巴斯基 klif"
reg_add "$SERVICES\klif" /v ImagePath /t REG_EXPAND_SZ /d 'system32\DRIVERS\klif.sys'
reg_add "$SERVICES\klif" /v Type /t REG_DWORD /d 2
"$WINE" "$WORK/bin/avp.exe" &
AVP_PID=$!
# The program is listed once Wine has started it.
for _ in $(seq 50); do
    check_json running
    jq -e '[.findings[].evidence[].detail] | any(. == "avp.exe is running")' \
        "$OUT/running.json" >/dev/null && break
    sleep 0.2
done
expect running '.findings[] | select(.id == "kaspersky") | .state == "on"'
expect running '[.findings[].evidence[].detail] | any(. == "avp.exe is running")'
expect running '[.findings[].evidence[].detail] | any(contains("CN=Kaspersky Anti-Virus Personal Root Certificate") and contains("O=AO Kaspersky Lab") and contains("in the LocalMachine\\Root store"))'
expect running '[.findings[].evidence[].detail] | any(contains("Service AVP21.16 (\"Служба Kaspersky Anti-Virus 卡巴斯基\")"))'
expect running '[.findings[].evidence[].detail] | any(contains("Driver klif (\"Фильтр Kaspersky 卡巴斯基 klif\")"))'
kill "$AVP_PID" 2>/dev/null || true
wait "$AVP_PID" 2>/dev/null || true
"$WINESERVER" -w 2>/dev/null || true
# Once it has ended, the same parts are what Kaspersky left behind.
check_json ended
expect ended '[.findings[] | select(.id == "kaspersky")] | length == 0'
expect ended '.leftovers | any(.kind == "certificate" and (.detail | contains("CN=Kaspersky Anti-Virus Personal Root Certificate")))'
expect ended '.leftovers | any(.kind == "service" and (.detail | contains("Service AVP21.16 (\"Служба Kaspersky Anti-Virus 卡巴斯基\")")))'
expect ended '.leftovers | any(.kind == "service" and (.detail | contains("Driver klif (\"Фильтр Kaspersky 卡巴斯基 klif\")")) and (.detail | contains("gone")))'

# The same Windows check, recorded: `cargo test` replays the recording kept
# in tests/machines/windows-wine on any system (tests/machines.rs). Record it
# again after changing a Windows probe: UPDATE_MACHINES=1 scripts/cross-check.sh
step "Wine: a check recorded for replay"
fresh_prefix recorded
add_program '{675A6D5C-B2B6-4DD6-9D7B-2AB1A5E8A5DF}' "Kaspersky Standard" "Kaspersky"
reg_add 'HKLM\Software\WOW6432Node\KasperskyLab\protected\AVP21.16\Data' \
    /v LastSuccessfulUpdate /t REG_DWORD /d 0x66f8a3b0
reg_add 'HKCU\Control Panel\International\Geo' /v Name /t REG_SZ /d ID
add_program 'KSC Agent' "${NAMES[0]}" "${NAMES[1]}"
add_program 'KIS China' "${NAMES[2]}" "${NAMES[3]}"
# The program sees Linux folders through Wine's drive Z:.
check_json recorded
for name in "Kaspersky Standard" "${NAMES[@]:0:4}"; do
    jq -e --arg name "$name" '[.. | strings] | any(. == $name)' "$OUT/recorded.recording/index.json" \
        >/dev/null || fail "the recording lacks \"$name\""
done
if [ -n "${UPDATE_MACHINES:-}" ]; then
    keep_recording "$OUT/recorded.recording" tests/machines/windows-wine
fi

step "Wine: the window"
fresh_prefix window
# Wine logs every program started (trace+process), to show below that the
# window opens a link without a shell.
WINEDEBUG=-all,trace+process avswitch >"$WORK/window.log" 2>&1 &
title=""
for _ in $(seq 120); do
    if xwininfo -root -tree | grep -q '"AV Switch"'; then
        title="AV Switch"
        break
    fi
    sleep 0.5
done
[ -n "$title" ] || fail "no window titled AV Switch appeared; $(cat "$WORK/window.log")"
sleep 5 # the first frames
import -window root "$OUT/window.png"
# A drawn window has text and controls: far more than a few flat colours.
colours=$(convert "$OUT/window.png" -format '%k' info:)
[ "$colours" -gt 50 ] || fail "the screenshot looks empty ($colours colours)"
# A click on the Welcome page's "Federal Register" source link. The window
# asks Windows to open it (ShellExecuteW), which starts the system's handler
# for web addresses (Wine's winebrowser); no PowerShell, cmd or Explorer is
# started for it.
window_id=$(xdotool search --name '^AV Switch$' | head -n1)
before=$(wc -l <"$WORK/window.log")
xdotool mousemove --window "$window_id" 675 290 click 1
started() {
    tail -n +"$((before + 1))" "$WORK/window.log" | grep -o 'CreateProcessInternalW app .*' || true
}
for _ in $(seq 40); do started | grep -q winebrowser && break; sleep 0.25; done
echo "Started by the window for the link:"
started | sed 's/^/  /'
started | grep -q 'winebrowser.exe.*federalregister.gov' ||
    fail "the source link was not opened by the system's handler"
if started | grep -Eiq 'powershell|cmd\.exe|explorer\.exe'; then
    fail "the window started a shell to open a link"
fi
echo "Screenshot of the window under Wine: $OUT/window.png"
# Ends the window and every Wine program of this prefix.
"$WINESERVER" -k 2>/dev/null || true

# "Open Windows Security" on the checklist, reached with the keyboard alone
# from saved progress (Defender chosen, in the U.S.): Alt+→ to the checklist,
# then Tab down from its title.
# The window asks Windows to open ms-settings:windowsdefender; Wine has no
# Settings app, so nothing opens, the window says so in words, and neither
# here is any shell started.
mkdir -p "$WORK/window-data"
echo '{"version": 2, "step": "check", "choice": {"kind": "built_in"}, "answers": {"region": "united_states"}}' \
    >"$WORK/window-data/progress.json"
AVSWITCH_DATA_DIR="$("$WINE" winepath -w "$WORK/window-data")" WINEDEBUG=-all,trace+process \
    avswitch >"$WORK/window-settings.log" 2>&1 &
for _ in $(seq 120); do xdotool search --name '^AV Switch$' >/dev/null 2>&1 && break; sleep 0.5; done
sleep 5 # the check, which the Check step starts
window_id=$(xdotool search --name '^AV Switch$' | head -n1)
xdotool windowfocus "$window_id"
for _ in 1 2 3; do xdotool key --window "$window_id" alt+Right; sleep 1; done
# From the title, Tab and Enter on each control in turn until the window
# asks Windows for the page: the finish-by answers and the first card's box
# and "How to do it" come first, and pressing them changes nothing outside.
before=$(wc -l <"$WORK/window-settings.log")
asked() { tail -n +"$((before + 1))" "$WORK/window-settings.log" | grep -q 'ms-settings:windowsdefender'; }
for _ in $(seq 20); do
    xdotool key --window "$window_id" Tab
    sleep 0.3
    xdotool key --window "$window_id" Return
    sleep 0.7
    asked && break
done
sleep 2
import -window root "$OUT/window-settings.png"
opened=$(tail -n +"$((before + 1))" "$WORK/window-settings.log" | grep -o 'CreateProcessInternalW app .*' || true)
echo "Started by the window for Open Windows Security:"
printf '%s\n' "$opened" | sed 's/^/  /'
printf '%s\n' "$opened" | grep -q 'ms-settings:windowsdefender' ||
    fail "Open Windows Security was not asked of Windows"
if printf '%s\n' "$opened" | grep -Eiq 'powershell|cmd\.exe|explorer\.exe'; then
    fail "the window started a shell to open a Settings page"
fi
echo "The window's answer: $OUT/window-settings.png"
"$WINESERVER" -k 2>/dev/null || true

# ── The installer under Wine ────────────────────────────────────────────────
# The installer that ships is built by scripts/package-windows.sh from
# packaging/windows/avswitch.nsi; here the same script and the same .nsi wrap
# the quick executable. In one fresh prefix: the first page in each language,
# an older version installed, upgraded, run, installed again and uninstalled,
# silently. Every path checked is printed.

INSTALL_KEY='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\AV Switch'
MACHINE_KEYS=('HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall'
    'HKLM\Software\WOW6432Node\Microsoft\Windows\CurrentVersion\Uninstall')

# A path on the prefix's drive C:, as Linux sees it.
unix_path() {
    local rest=${1#[Cc]:\\}
    printf '%s/drive_c/%s' "$WINEPREFIX" "${rest//\\//}"
}

# Asserts that a Windows path is "present" or "absent", and prints it.
expect_path() {
    local found=absent
    if [ -e "$(unix_path "$2")" ]; then found=present; fi
    [ "$found" = "$1" ] || fail "expected $1: $2 ($(unix_path "$2"))"
    printf '  %-8s %s\n' "$1" "$2"
}

# A value of AV Switch's uninstall entry; nothing when there is none.
entry_value() {
    { "$WINE" reg query "$INSTALL_KEY" /v "$1" 2>/dev/null || true; } | tr -d '\r' |
        sed -n "s/^    $1    REG_[A-Z_]*    //p"
}

# Wine's reg.exe once answered nothing for a value that was there, on a busy
# machine: an answer is asked for up to three times before it counts as
# wrong. The registry does not change in between, so a wrong one stays wrong.
expect_answer() {
    local got
    for _ in 1 2 3; do
        got=$("${@:3}")
        [ "$got" = "$2" ] && return 0
        sleep 1
    done
    fail "$1 is $(printf '%q' "$got"), not $(printf '%q' "$2")"
}

expect_entry_value() {
    expect_answer "$INSTALL_KEY: $1" "$2" entry_value "$1"
    printf '  %-8s %s = %s\n' value "$1" "$2"
}

# How many uninstall entries under the key $1 are named AV Switch.
entries_named_av_switch() {
    { "$WINE" reg query "$1" /s 2>/dev/null || true; } | tr -d '\r' |
        { grep -c '^    DisplayName    REG_SZ    AV Switch$' || true; }
}

# AV Switch $1 installed: its files, its shortcut, its one uninstall entry,
# and nothing for the whole machine.
expect_installed() {
    local file lnk size_kib
    for file in "" '\avswitch.exe' '\avswitch.ico' '\uninstall.exe'; do
        expect_path present "$PROGRAM_DIR$file"
    done
    expect_path present "$SHORTCUT"
    lnk=$(unix_path "$SHORTCUT")
    strings -a "$lnk" | grep -xF "$PROGRAM_DIR\\avswitch.exe" >/dev/null ||
        fail "the shortcut does not start $PROGRAM_DIR\\avswitch.exe"
    strings -a -el "$lnk" | grep -F "$PROGRAM_DIR\\avswitch.ico" >/dev/null ||
        fail "the shortcut does not show $PROGRAM_DIR\\avswitch.ico"
    printf '  %-8s %s\n' starts "$PROGRAM_DIR\\avswitch.exe, with avswitch.ico"
    expect_answer "the number of uninstall entries named AV Switch for this user" 1 \
        entries_named_av_switch 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall'
    printf '  %-8s %s (the only one named AV Switch)\n' present "$INSTALL_KEY"
    expect_entry_value DisplayName "AV Switch"
    expect_entry_value DisplayVersion "$1"
    expect_entry_value Publisher "AV Switch contributors"
    expect_entry_value DisplayIcon "$PROGRAM_DIR\\avswitch.ico"
    expect_entry_value InstallLocation "$PROGRAM_DIR"
    expect_entry_value UninstallString "\"$PROGRAM_DIR\\uninstall.exe\""
    expect_entry_value QuietUninstallString "\"$PROGRAM_DIR\\uninstall.exe\" /S"
    # The folder's size in KiB, as Settings > Apps shows it.
    for _ in 1 2 3; do
        size_kib=$(($(entry_value EstimatedSize) + 0))
        [ "$size_kib" -gt 0 ] && break
        sleep 1
    done
    [ "$size_kib" -gt 0 ] && [ "$size_kib" -le "$(du -sk "$(unix_path "$PROGRAM_DIR")" | cut -f1)" ] ||
        fail "EstimatedSize is $size_kib KiB for $(du -sh "$(unix_path "$PROGRAM_DIR")")"
    printf '  %-8s %s = %s KiB\n' value EstimatedSize "$size_kib"
    for key in "${MACHINE_KEYS[@]}"; do
        [ "$(entries_named_av_switch "$key")" = 0 ] || fail "an entry for the whole machine in $key"
        printf '  %-8s %s: no entry named AV Switch\n' absent "$key"
    done
    expect_path absent 'C:\Program Files\AV Switch'
    expect_path absent 'C:\Program Files (x86)\AV Switch'
}

# Opens the installer with Windows speaking the locale $1, waits for its
# first page, titled $2, and keeps a picture of that window as $OUT/$3.
installer_first_page() {
    local line="" geometry colours
    LANG=$1 LC_ALL=$1 "$WINE" explorer /desktop=installer,800x520 "$INSTALLER" \
        >"$WORK/installer-page.log" 2>&1 &
    # Up to a minute: Wine starts slowly on a busy machine.
    for _ in $(seq 120); do
        line=$(xwininfo -root -tree | grep -m 1 -F "\"$2\": (" || true)
        [ -n "$line" ] && break
        sleep 0.5
    done
    [ -n "$line" ] || fail "no installer window titled \"$2\" in $1; $(cat "$WORK/installer-page.log")"
    sleep 2 # the page drawn
    geometry=$(grep -m 1 -oE '[0-9]+x[0-9]+\+[0-9]+\+[0-9]+' <<<"$line")
    import -window root "$WORK/screen.png"
    convert "$WORK/screen.png" -crop "$geometry" +repage -strip "$OUT/$3"
    colours=$(convert "$OUT/$3" -format '%k' info:)
    [ "$colours" -gt 50 ] || fail "the installer's first page looks empty ($colours colours)"
    "$WINESERVER" -k
    "$WINESERVER" -w
    printf '  %-8s "%s" in %s: %s\n' seen "$2" "$1" "$OUT/$3"
}

step "Wine: the installer, built as for a release around the quick executable"
INSTALLER_START=$(date +%s)
scripts/package-windows.sh --profile wine
VERSION=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)
INSTALLER="$(dirname "$EXE")/avswitch_${VERSION}_x64-setup.exe"
[ -f "$INSTALLER" ] || fail "no installer at $INSTALLER"
# Windows asks no administrator password for a program whose manifest asks
# to run as the person who started it (Wine never asks).
strings -a "$INSTALLER" | grep -F 'requestedExecutionLevel level="asInvoker"' >/dev/null ||
    fail "the installer's manifest does not ask to run as the person who started it"
printf '  %-8s %s\n' built "$INSTALLER, run as the person who starts it"
# A small stand-in for the program keeps these two quick: version 0.0.0,
# to upgrade from, and the 32-bit installer the official NSIS for Windows
# builds from the same script (Wine here runs only 64-bit programs).
makensis -V2 -WX -DVERSION=0.0.0 "-DEXE=$WORK/bin/bcryptprimitives.dll" \
    "-DOUTFILE=$WORK/setup-0.0.0.exe" packaging/windows/avswitch.nsi
makensis -V2 -WX "-DVERSION=$VERSION" -DTARGET=x86-unicode "-DEXE=$WORK/bin/bcryptprimitives.dll" \
    "-DOUTFILE=$WORK/setup-x86.exe" packaging/windows/avswitch.nsi

# Wine would also put the Start menu entry in this Linux account's menus.
export WINEDLLOVERRIDES="$WINEDLLOVERRIDES;winemenubuilder.exe=d"

step "Wine: the installer's first page speaks the system's language"
fresh_prefix installer
# Wine's own Tahoma and Marlett (fonts-wine) lay the pages out as on Windows.
cp /usr/share/wine/fonts/*.ttf "$WINEPREFIX/drive_c/windows/Fonts/"
# Spanish as spoken in Mexico: any Spanish gets the installer's Spanish.
installer_first_page en_US.UTF-8 "AV Switch Setup" installer-en.png
installer_first_page id_ID.UTF-8 "Instalasi Program AV Switch" installer-id.png
installer_first_page es_MX.UTF-8 "Instalación de AV Switch" installer-es.png
# The pictures in docs/building.md; take them again after changing the installer's
# first page: UPDATE_SCREENSHOTS=1 scripts/cross-check.sh
if [ -n "${UPDATE_SCREENSHOTS:-}" ]; then
    for lang in en id es; do
        # Fewer than 300 colours: 256, undithered, look the same and weigh half.
        convert "$OUT/installer-$lang.png" +dither -colors 256 -define png:compression-level=9 \
            "PNG8:docs/installer-$lang.png"
    done
    echo "Pictures taken again: docs/installer-{en,id,es}.png"
fi

step "Wine: version 0.0.0 installed silently, for this user only"
"$WINE" "$WORK/setup-0.0.0.exe" /S || fail "the silent install of 0.0.0 failed"
PROGRAM_DIR="$("$WINE" cmd /c echo '%LOCALAPPDATA%' | tr -d '\r')\\Programs\\AV Switch"
ROAMING=$("$WINE" cmd /c echo '%APPDATA%' | tr -d '\r')
SHORTCUT="$ROAMING\\Microsoft\\Windows\\Start Menu\\Programs\\AV Switch.lnk"
PROGRESS="$ROAMING\\AV Switch\\data\\progress.json"
expect_installed 0.0.0

step "Wine: version $VERSION installed over it, silently"
"$WINE" "$INSTALLER" /S || fail "the silent upgrade failed"
expect_installed "$VERSION"
cmp -s "$EXE" "$(unix_path "$PROGRAM_DIR\\avswitch.exe")" || fail "avswitch.exe was not replaced"
printf '  %-8s %s\n' replaced "$PROGRAM_DIR\\avswitch.exe"
strings -a "$(unix_path "$PROGRAM_DIR\\uninstall.exe")" |
    grep -F 'requestedExecutionLevel level="asInvoker"' >/dev/null ||
    fail "the uninstaller's manifest does not ask to run as the person who started it"

step "Wine: the installed AV Switch checks this computer and not itself"
# For these checks only, never installed (see above).
cp "$WORK/bin/bcryptprimitives.dll" "$(unix_path "$PROGRAM_DIR")/"
checked "$WINE" "$PROGRAM_DIR\\avswitch.exe" check --json --lang en \
    --record "$("$WINE" winepath -w "$OUT/installed-recording")" >"$OUT/installed.json" ||
    fail "the installed avswitch.exe check --json failed"
expect installed '.os == "windows"'
# It read its own entry, and did not report it.
jq -e '[.. | strings] | any(endswith("\\Uninstall\\AV Switch")) and any(. == "AV Switch contributors")' \
    "$OUT/installed-recording/index.json" >/dev/null || fail "the check did not read $INSTALL_KEY"
expect installed '[.findings[] | .. | strings | select(contains("AV Switch"))] == []'
printf '  %-8s %s, no finding: %s\n' read "$INSTALL_KEY" "$OUT/installed.json"

step "Wine: the installed AV Switch opens from its Start menu shortcut, and is not replaced while open"
"$WINE" start /unix "$(unix_path "$SHORTCUT")" >"$WORK/installed-window.log" 2>&1
title=""
for _ in $(seq 120); do
    if xwininfo -root -tree | grep -F '"AV Switch"' >/dev/null; then
        title="AV Switch"
        break
    fi
    sleep 0.5
done
[ -n "$title" ] || fail "no window titled AV Switch from $SHORTCUT; $(cat "$WORK/installed-window.log")"
sleep 5 # the first frames
import -window root "$OUT/installed-window.png"
colours=$(convert "$OUT/installed-window.png" -format '%k' info:)
[ "$colours" -gt 50 ] || fail "the installed window looks empty ($colours colours)"
printf '  %-8s "AV Switch", from %s: %s\n' seen "$SHORTCUT" "$OUT/installed-window.png"
# While it is open its file cannot be replaced: a silent install stops
# (exit status 2) and changes nothing.
if "$WINE" "$INSTALLER" /S; then status=0; else status=$?; fi
[ "$status" = 2 ] || fail "a silent install while AV Switch was open ended with $status, not 2"
cmp -s "$EXE" "$(unix_path "$PROGRAM_DIR\\avswitch.exe")" || fail "avswitch.exe changed while open"
printf '  %-8s a silent install while AV Switch is open (exit status 2)\n' stopped
"$WINESERVER" -k
"$WINESERVER" -w

step "Wine: installing again keeps one entry and the person's progress"
mkdir -p "$(unix_path "$ROAMING\\AV Switch\\data")"
printf '{"planted": "by scripts/cross-check.sh"}\n' >"$WORK/progress.json"
cp "$WORK/progress.json" "$(unix_path "$PROGRESS")"
"$WINE" "$INSTALLER" /S || fail "installing again failed"
expect_installed "$VERSION"
cmp -s "$WORK/progress.json" "$(unix_path "$PROGRESS")" || fail "installing again changed $PROGRESS"
printf '  %-8s %s, unchanged\n' kept "$PROGRESS"

step "Wine: a silent uninstall leaves only the person's progress"
rm "$(unix_path "$PROGRAM_DIR")/bcryptprimitives.dll"
"$WINE" "$PROGRAM_DIR\\uninstall.exe" /S || fail "the silent uninstall failed"
# The uninstaller finishes from a copy of itself in %TEMP%; then Wine
# writes the registry to $WINEPREFIX/*.reg.
"$WINESERVER" -w
for file in '\avswitch.exe' '\avswitch.ico' '\uninstall.exe' ""; do
    expect_path absent "$PROGRAM_DIR$file"
done
expect_path absent "$SHORTCUT"
[ -z "$(entry_value DisplayName)" ] || fail "$INSTALL_KEY is still there"
printf '  %-8s %s\n' absent "$INSTALL_KEY"
expect_path present "$PROGRESS"
cmp -s "$WORK/progress.json" "$(unix_path "$PROGRESS")" || fail "the uninstall changed $PROGRESS"
printf '  %-8s %s, unchanged\n' kept "$PROGRESS"
# Nothing else of AV Switch in the files or the registry.
leftovers=$(find "$WINEPREFIX/drive_c" \( -iname '*avswitch*' -o -iname '*AV Switch*' \) -print)
[ "$leftovers" = "$(unix_path "$ROAMING\\AV Switch")" ] || fail "left behind: $leftovers"
! grep -l 'AV Switch' "$WINEPREFIX"/*.reg || fail "the registry still names AV Switch"
printf '  %-8s %s\n' clean "$WINEPREFIX/drive_c: only $ROAMING\\AV Switch; $WINEPREFIX/*.reg: no AV Switch"
echo "The installer under Wine took $(($(date +%s) - INSTALLER_START)) s"

step "all Windows and macOS checks passed"
echo "Windows executable: $EXE"
