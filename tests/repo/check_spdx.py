#!/usr/bin/env python3
"""Every source file of the repository (C, headers, X-macro tables, SWIG, Python, shell, CMake) carries the SPDX
licence line within its first lines. Usage: check_spdx.py SOURCE_DIR."""
import os
import sys

TAG = "SPDX-License-Identifier: MIT"
SOURCE_SUFFIXES = (".c", ".h", ".h.in", ".def", ".i", ".py", ".sh", ".cmake", ".cmake.in", ".pc.in")
SOURCE_NAMES = ("CMakeLists.txt",)
SKIP_DIRS = {".git", "__pycache__", "data", "corpus", ".hypothesis"}


def main(root):
    missing = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith("build"))
        for name in sorted(files):
            if not (name.endswith(SOURCE_SUFFIXES) or name in SOURCE_NAMES):
                continue
            path = os.path.join(folder, name)
            with open(path, encoding="utf-8", errors="replace") as f:
                head = f.read(400)
            if TAG not in head:
                missing.append(os.path.relpath(path, root))
    for m in missing:
        print(f"{m}: no '{TAG}' line at the top")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..")))
