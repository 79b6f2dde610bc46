#!/usr/bin/env bash
# The Windows installer, built on Linux with Debian 12 packages alone and no
# download but the crates: builds avswitch.exe with mingw-w64, then the
# installer from packaging/windows/avswitch.nsi with makensis, and prints
# where both are. Installs the packages it needs when they are missing (as
# root, like CI).
#
#   scripts/package-windows.sh [--profile PROFILE]
#
# PROFILE is a Cargo profile: release (the default) builds what ships;
# scripts/cross-check.sh passes its quick "wine" profile to prove the
# installer under Wine. The version comes from Cargo.toml.
#
# Builds go to ${CARGO_TARGET_DIR_CROSS:-$HOME/.cache/avswitch-cross-target},
# as scripts/cross-check.sh's do. The installer is written to
#   target/packaging/avswitch_<version>_x64-setup.exe        (release)
#   <build folder>/x86_64-pc-windows-gnu/<profile>/avswitch_<version>_x64-setup.exe
set -euo pipefail
trap 'echo "FAILED at line $LINENO: $BASH_COMMAND" >&2' ERR
cd "$(dirname "$0")/.."

profile=release
while [ $# -gt 0 ]; do
    case "$1" in
    --profile)
        profile=${2:?--profile needs a Cargo profile}
        shift 2
        ;;
    *)
        echo "usage: scripts/package-windows.sh [--profile PROFILE]" >&2
        exit 2
        ;;
    esac
done

source scripts/windows-build-env.sh
# ca-certificates: cargo fetches the crates over HTTPS.
ensure_packages rustc-web cargo-web rust-web-src gcc-mingw-w64-x86-64 nsis ca-certificates

cargo build --locked "$BUILD_STD" --target x86_64-pc-windows-gnu \
    --profile "$profile" --bin avswitch
exe="$CARGO_TARGET_DIR/x86_64-pc-windows-gnu/$profile/avswitch.exe"

version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)
if [ "$profile" = release ]; then
    out_dir=target/packaging
else
    out_dir=$(dirname "$exe")
fi
mkdir -p "$out_dir"
installer="$(cd "$out_dir" && pwd)/avswitch_${version}_x64-setup.exe"
# -V2: warnings and errors only; a warning fails the build (-WX).
makensis -V2 -WX "-DVERSION=$version" "-DEXE=$exe" "-DOUTFILE=$installer" \
    packaging/windows/avswitch.nsi

echo "Windows executable: $exe ($(du -h "$exe" | cut -f1))"
echo "Windows installer:  $installer ($(du -h "$installer" | cut -f1))"
