#!/usr/bin/env bash
# Registers the stand-in Security Center (security_center.c) in the current
# Wine prefix, as Windows registers wscapi.dll's WSCProductList class:
#
#   scripts/wine/register-security-center.sh 'C:\path\to\security_center.dll'
#
# The path is a Windows one (`winepath -w` gives it). ThreadingModel Both
# lets the check's multithreaded apartment load the DLL in place; without
# it COM would need a proxy for IWSCProductList, which nothing provides.
# /reg:64: the check is a 64-bit program and reads the 64-bit view.
set -euo pipefail
WINE=${WINE:-/usr/lib/wine/wine64}
[ $# -eq 1 ] || { echo "usage: $0 'C:\\path\\to\\security_center.dll'" >&2; exit 2; }
key='HKLM\Software\Classes\CLSID\{17072F7B-9ABE-4A74-A261-1EB76B55107A}'
"$WINE" reg add "$key" /ve /d WSCProductList /reg:64 /f >/dev/null
"$WINE" reg add "$key\\InprocServer32" /ve /d "$1" /reg:64 /f >/dev/null
"$WINE" reg add "$key\\InprocServer32" /v ThreadingModel /d Both /reg:64 /f >/dev/null
