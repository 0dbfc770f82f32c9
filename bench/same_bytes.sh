#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Byte-identity check of a fast path: run the same `yjjh evaluate` commands with two builds and compare every
# output byte for byte (JSON, CSV, text; the example data, the golden inputs and a generated national file).
#   bench/same_bytes.sh OLD_YJJH NEW_YJJH [NATIONAL.csv NATIONAL_facts.csv]
# OLD_YJJH may need LD_LIBRARY_PATH pointing at its libyjjh (set OLD_LD_LIBRARY_PATH).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
old="$1" new="$2"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
runs=(
    "examples/data/jinchuan.csv --facts examples/data/jinchuan_facts.csv"
    "examples/data/jinchuan.csv --facts examples/data/jinchuan_facts_failing.json"
    "examples/data/jinchuan_zh_gb18030.csv --facts examples/data/jinchuan_facts.json"
    "examples/data/two_counties.csv --profile tests/data/profiles/city_child.json --year 2025"
    "examples/data/jinchuan.csv --profile national-2012-basic"
    "tests/data/golden/worked_example.csv"
)
[[ $# -ge 4 ]] && runs+=("$3 --facts $4")
n=0 bad=0
for r in "${runs[@]}"; do
    for f in json csv text; do
        # shellcheck disable=SC2086
        (cd "$ROOT" && LD_LIBRARY_PATH="${OLD_LD_LIBRARY_PATH:-}" "$old" evaluate $r --format "$f") > "$out/a" 2>&1 || true
        # shellcheck disable=SC2086
        (cd "$ROOT" && "$new" evaluate $r --format "$f") > "$out/b" 2>&1 || true
        n=$((n + 1))
        if ! cmp -s "$out/a" "$out/b"; then
            echo "DIFFERENT: yjjh evaluate $r --format $f" >&2
            bad=$((bad + 1))
        fi
    done
done
echo "same_bytes: $((n - bad)) of $n outputs identical"
((bad == 0))
