# Sourced by the scripts that build avswitch.exe on Debian: installs what is
# missing and sets up the build.
#
# Debian's rustc-web is a current Rust (newer than Debian's own rustc) that
# ships no standard library for other systems, but its source (rust-web-src):
# -Zbuild-std compiles that for any target. RUSTC_BOOTSTRAP lets this stable
# compiler take the -Z flag. /usr/bin comes first so that Debian's cargo,
# rustc and clippy are used, never a rustup toolchain without the source.
# mingw-w64 links. Builds go to ${CARGO_TARGET_DIR_CROSS:-$HOME/.cache/avswitch-cross-target}.

# Installs the Debian packages named that are not installed yet (as root,
# like CI).
ensure_packages() {
    local missing=() package
    for package in "$@"; do
        dpkg-query -W -f '${Status}' "$package" 2>/dev/null | grep -q 'ok installed' ||
            missing+=("$package")
    done
    if [ "${#missing[@]}" -gt 0 ]; then
        echo "Installing ${missing[*]}"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
}

export PATH="/usr/bin:$PATH"
export RUSTC=/usr/bin/rustc RUSTDOC=/usr/bin/rustdoc RUSTC_BOOTSTRAP=1
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR_CROSS:-$HOME/.cache/avswitch-cross-target}"
export CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER=x86_64-w64-mingw32-gcc
export CARGO_TERM_COLOR=never
BUILD_STD=-Zbuild-std=std,panic_unwind
