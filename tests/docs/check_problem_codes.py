#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The problem codes of include/yjjh/yjjh_diag.h, lib/common/diag.c and the table of docs/cli.md agree.

Usage: check_problem_codes.py ROOT | --self-test
"""
import re
import sys
from pathlib import Path


def header_codes(text):
    """[(enum item, value, name from the comment)] of enum yjjh_problem_code."""
    body = re.search(r"typedef enum yjjh_problem_code \{(.*?)\} yjjh_problem_code;", text, re.S).group(1)
    return [(m[0], int(m[1]), m[2]) for m in
            re.findall(r"(YJJH_PROBLEM_\w+) = (\d+),?\s*/\*\*< `([a-z_]+)`", body)]


def source_names(text):
    return dict(re.findall(r"\[(YJJH_PROBLEM_\w+)\] = \"([a-z_]+)\"", text))


def doc_codes(text):
    sect = text.split("## Problem codes", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"^\| `([a-z_]+)` \|", sect, re.M)


def check(header, source, doc):
    errors = []
    codes = header_codes(header)
    if not codes:
        return ["no codes found in the header"]
    values = [v for _, v, _ in codes]
    if values != list(range(len(values))):
        errors.append(f"header values are not 0..{len(values) - 1} in order: {values}")
    names = source_names(source)
    for item, _, name in codes:
        if names.get(item) != name:
            errors.append(f"{item}: header says {name!r}, diag.c says {names.get(item)!r}")
    if set(names) - {c[0] for c in codes}:
        errors.append(f"diag.c names unknown items {sorted(set(names) - {c[0] for c in codes})}")
    documented = doc_codes(doc)
    if documented != [n for _, _, n in codes]:
        errors.append(f"docs/cli.md table {documented} != header {[n for _, _, n in codes]}")
    return errors


def self_test():
    h = "typedef enum yjjh_problem_code {\n YJJH_PROBLEM_A = 0, /**< `a`: x */\n YJJH_PROBLEM_B = 1 /**< `b`: y */\n} yjjh_problem_code;"
    s = '[YJJH_PROBLEM_A] = "a", [YJJH_PROBLEM_B] = "b",'
    d = "## Problem codes\n\n| code |\n|---|\n| `a` | x |\n| `b` | y |\n\n## Next\n| `c` |"
    assert check(h, s, d) == [], check(h, s, d)
    assert check(h, s.replace('"b"', '"bb"'), d)
    assert check(h, s, d.replace("| `b` | y |\n", ""))
    assert check(h.replace("= 1", "= 2"), s, d)
    print("self-test ok")


def main():
    if sys.argv[1:] == ["--self-test"]:
        self_test()
        return 0
    root = Path(sys.argv[1])
    errors = check((root / "include/yjjh/yjjh_diag.h").read_text(encoding="utf-8"),
                   (root / "lib/common/diag.c").read_text(encoding="utf-8"),
                   (root / "docs/cli.md").read_text(encoding="utf-8"))
    for e in errors:
        print(e, file=sys.stderr)
    if not errors:
        print(f"{len(header_codes((root / 'include/yjjh/yjjh_diag.h').read_text(encoding='utf-8')))} problem codes agree")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
