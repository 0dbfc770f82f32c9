#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""A clone must be complete: no file of the repository may point outside it (at the contract folder beside the
checkout that the project was started from). Usage: check_self_contained.py SOURCE_DIR [--self-test]."""
import os
import re
import sys
import tempfile

# a path that leaves the repository towards the sibling contract folder (its name, then spec/ or design/)
# spelled in parts so that this file does not match itself
SHARED = "sha" + "red"
OUTSIDE = re.compile(r"\.\./" + SHARED + r"\b|\b" + SHARED + r"/(spec|design)/")
SKIP_DIRS = {".git", "__pycache__", "node_modules"}


def scan(root):
    hits = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith("build"))
        for name in sorted(files):
            path = os.path.join(folder, name)
            try:
                with open(path, encoding="utf-8", errors="replace") as f:
                    for n, line in enumerate(f, 1):
                        if OUTSIDE.search(line):
                            hits.append(f"{os.path.relpath(path, root)}:{n}: {line.strip()[:100]}")
            except OSError as e:
                hits.append(f"{os.path.relpath(path, root)}: cannot read ({e})")
    return hits


def self_test():
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(tmp, "ok.md"), "w") as f:
            f.write("see docs/cli.md\n")
        with open(os.path.join(tmp, "bad.c"), "w") as f:
            f.write("/* see ../" + SHARED + "/spec/cli.md */\n")
        hits = scan(tmp)
    return 0 if len(hits) == 1 and hits[0].startswith("bad.c:1:") else 1


if __name__ == "__main__":
    if "--self-test" in sys.argv:
        sys.exit(self_test())
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..")
    hits = scan(root)
    for h in hits:
        print(h)
    sys.exit(1 if hits else 0)
