#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Every source file of the repository (C, headers, X-macro tables, SWIG, Python, Java, shell, CMake) carries the SPDX
licence line within its first lines. Usage: check_spdx.py SOURCE_DIR."""
import os
import sys

TAG = "SPDX-License-" + "Identifier: MIT"  # in two parts, so that this file does not pass on the literal
SOURCE_SUFFIXES = (".c", ".h", ".h.in", ".def", ".i", ".py", ".sh", ".cmake", ".cmake.in", ".pc.in", ".java", ".toml")
SOURCE_NAMES = ("CMakeLists.txt",)
SKIP_DIRS = {".git", "__pycache__", "data", "corpus", ".hypothesis", "node_modules"}


def scan(root):
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
    return missing


def self_test():
    """The check must flag a C file and a CMakeLists.txt without the line and pass a file that has it."""
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        files = {"a.c": "int a;\n", "CMakeLists.txt": "project(x)\n", "ok.h": "/* " + TAG + " */\n",
                 "notes.txt": "not a source\n"}
        for name, text in files.items():
            with open(os.path.join(tmp, name), "w", encoding="utf-8") as f:
                f.write(text)
        return 0 if scan(tmp) == ["CMakeLists.txt", "a.c"] else 1


def main(root):
    missing = scan(root)
    for m in missing:
        print(f"{m}: no '{TAG}' line at the top")
    return 1 if missing else 0


if __name__ == "__main__":
    if sys.argv[1:] == ["--self-test"]:
        sys.exit(self_test())
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..")))
