#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Compare the exported symbols of libyjjh.so with the committed list (HACKING.md "Change the public API", PROJ style).
# usage: check_symbols.sh LIBYJJH_SO SYMBOLS_FILE   (set UPDATE=1 to rewrite the list)
set -euo pipefail
actual="$(nm -D --defined-only "$1" | awk '{print $3}' | LC_ALL=C sort)"
if [[ "${UPDATE:-0}" == 1 ]]; then printf '%s\n' "$actual" > "$2"; echo "updated $2"; exit 0; fi
if ! diff -u "$2" <(printf '%s\n' "$actual"); then
    echo "exported symbols differ from $2: update it (UPDATE=1 $0 $*) only with an intended API change" >&2
    exit 1
fi
echo "$(wc -l < "$2") exported symbols, all as committed"
