#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# One style (.clang-format): every C source and header (and Java file) of the repository is formatted as
# clang-format would.
# usage: check_format.sh SOURCE_DIR     (fix with: clang-format -i FILE)
set -euo pipefail
cd "$1"
command -v clang-format >/dev/null || { echo "check_format.sh: clang-format not found (Debian package clang-format)" >&2; exit 1; }
mapfile -t files < <(find include lib tools tests examples bench -name '*.[ch]' -not -path 'tests/data/*' -not -path '*/node_modules/*' | sort)
clang-format --dry-run --Werror "${files[@]}"
echo "${#files[@]} C files formatted as .clang-format says"
# Java (the Language: Java section of .clang-format): the bindings and the example.
mapfile -t jfiles < <(find bindings examples -name '*.java' | sort)
if [ "${#jfiles[@]}" -gt 0 ]; then
  clang-format --dry-run --Werror "${jfiles[@]}"
  echo "${#jfiles[@]} Java files formatted as .clang-format says"
fi
