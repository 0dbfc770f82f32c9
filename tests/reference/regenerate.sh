#!/bin/sh
# SPDX-License-Identifier: MIT
# Regenerate (or, with --check, verify) the reference outputs derived from the example data.
#   tests/reference/regenerate.sh          rewrite the files
#   tests/reference/regenerate.sh --check  exit 1 if any committed file differs from a fresh run
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
py=${PYTHON:-/usr/bin/python3}
ref="$root/tests/reference/ref_evaluate.py"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$py" "$ref" --self-test
"$py" "$root/tests/reference/to_chinese_csv.py" "$root/examples/data/jinchuan.csv" "$tmp/jinchuan_zh_gb18030.csv"
"$py" "$ref" "$root/examples/data/jinchuan.csv" -o "$tmp/jinchuan.expected.json"
"$py" "$ref" "$root/examples/data/two_counties.csv" -o "$tmp/two_counties.expected.json"
"$py" "$ref" "$root/tests/data/golden/worked_example.csv" -o "$tmp/worked_example.expected.json"
# the Chinese GB18030 file must give exactly the same result as the English one
"$py" "$ref" "$tmp/jinchuan_zh_gb18030.csv" -o "$tmp/zh.json"
cmp "$tmp/jinchuan.expected.json" "$tmp/zh.json"

status=0
for f in jinchuan.expected.json two_counties.expected.json worked_example.expected.json; do
  if [ "${1:-}" = "--check" ]; then
    cmp -s "$tmp/$f" "$root/tests/data/golden/$f" || { echo "out of date: tests/data/golden/$f"; status=1; }
  else
    cp "$tmp/$f" "$root/tests/data/golden/$f"
  fi
done
if [ "${1:-}" = "--check" ]; then
  cmp -s "$tmp/jinchuan_zh_gb18030.csv" "$root/examples/data/jinchuan_zh_gb18030.csv" \
    || { echo "out of date: examples/data/jinchuan_zh_gb18030.csv"; status=1; }
else
  cp "$tmp/jinchuan_zh_gb18030.csv" "$root/examples/data/jinchuan_zh_gb18030.csv"
fi
[ $status -eq 0 ] && echo "reference outputs ok"
exit $status
