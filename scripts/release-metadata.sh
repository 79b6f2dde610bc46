#!/usr/bin/env bash
# Writes the files that name a release of AV Switch, from templates in
# packaging/:
#   target/packaging/<id>.metainfo.xml   AppStream metainfo (packaged by `cargo deb`)
#   target/packaging/Packager.toml       cargo-packager configuration
#
#   scripts/release-metadata.sh OWNER/REPOSITORY [REF]
#
# The application id, home page and screenshot address come from the public
# GitHub repository the release is published from (REF defaults to the tag
# v<version>), so no address is made up here. The version comes from
# Cargo.toml and the release date is today (UTC).
set -euo pipefail
cd "$(dirname "$0")/.."

repository=${1:?usage: scripts/release-metadata.sh OWNER/REPOSITORY [REF]}
owner=${repository%%/*}
name=${repository#*/}
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)
ref=${2:-v$version}
# Reverse-DNS ids, as AppStream and macOS want them: io.github.OWNER.NAME,
# lower case, without "-".
lower() { tr '[:upper:]-' '[:lower:]_' <<<"$1"; }
developer="io.github.$(lower "$owner")"
id="$developer.$(lower "$name")"
homepage="https://github.com/$repository"

mkdir -p target/packaging
rm -f target/packaging/*.metainfo.xml
metainfo="target/packaging/$id.metainfo.xml"
sed -e "s|@ID@|$id|g" \
    -e "s|@DEVELOPER_ID@|$developer|g" \
    -e "s|@HOMEPAGE@|$homepage|g" \
    -e "s|@SCREENSHOT@|https://raw.githubusercontent.com/$repository/$ref/docs/deadlines.png|g" \
    -e "s|@VERSION@|$version|g" \
    -e "s|@DATE@|$(date -u +%F)|g" \
    packaging/linux/avswitch.metainfo.xml.in >"$metainfo"
# cargo-packager wants native paths: D:/a/... rather than /d/a/... on Windows.
root=$(pwd -W 2>/dev/null || pwd)
sed -e "s|@ROOT@|$root|g" \
    -e "s|@ID@|$id|g" \
    -e "s|@HOMEPAGE@|$homepage|g" \
    -e "s|@VERSION@|$version|g" \
    packaging/Packager.toml.in >target/packaging/Packager.toml

if command -v appstreamcli >/dev/null; then
    # --no-net: the screenshot's address exists once the tag is pushed.
    appstreamcli validate --no-net "$metainfo"
else
    echo "appstreamcli not found (Debian/Ubuntu: apt install appstream); metainfo not validated" >&2
fi
echo "$metainfo"
echo target/packaging/Packager.toml
