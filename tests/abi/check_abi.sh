#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# ABI gate (issue 7): compare the ABI of libyjjh.so (built with -g) with the committed abidw baseline.
# Removed or changed functions, variables and public types fail; added symbols are fine (abidiff --no-added-syms).
# usage: check_abi.sh LIBYJJH_SO BASELINE_ABI HEADERS_DIR    (UPDATE=1 rewrites the baseline: only for an intended
#        ABI change, together with a SOVERSION bump when something was removed or changed; see README "Versioning")
set -euo pipefail
lib="$1" baseline="$2" headers="$3"
for tool in abidw abidiff; do
    command -v "$tool" >/dev/null || { echo "check_abi.sh: $tool not found (Debian package abigail-tools)" >&2; exit 1; }
done
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
# Only the types reachable from the public headers; no paths, so the dump does not depend on the build tree.
abidw --headers-dir "$headers" --drop-private-types --no-corpus-path --no-comp-dir-path --no-show-locs \
      --type-id-style hash --out-file "$tmp/current.abi" "$lib"
if [[ "${UPDATE:-0}" == 1 ]]; then
    cp "$tmp/current.abi" "$baseline"
    echo "updated $baseline"
    exit 0
fi
[[ -f "$baseline" ]] || { echo "check_abi.sh: no baseline $baseline (create it with UPDATE=1 $0 $*)" >&2; exit 1; }
set +e
abidiff --no-added-syms "$baseline" "$tmp/current.abi" > "$tmp/report.txt" 2>&1
rc=$?
set -e
if ((rc != 0)); then
    cat "$tmp/report.txt"
    # abidiff status bits: 1 error, 2 usage, 4 ABI change, 8 incompatible change
    echo "check_abi.sh: the ABI of $lib differs from $baseline (abidiff status $rc)." >&2
    echo "If the change is intended: UPDATE=1 $0 $* (and bump SOVERSION when anything was removed or changed)." >&2
    exit 1
fi
echo "ABI of $(basename "$lib") compatible with $(basename "$baseline") ($(grep -c '<elf-symbol ' "$baseline") symbols in the baseline)"
