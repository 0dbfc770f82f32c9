#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Layering check of lib/ (lib/README.md): every private include names its layer ("input/cell_value.h"), a file
includes only headers of its own layer or of layers below it, and no chain of includes comes back to its start.

Usage: check_layers.py LIB_DIR. Prints each violation and exits 1 if there is one."""
import os
import re
import sys

LAYERS = ["common", "input", "profile", "rules", "evaluate", "equity", "plan", "report"]
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def main(lib):
    problems = []
    graph = {}
    for layer in sorted(os.listdir(lib)):
        folder = os.path.join(lib, layer)
        if not os.path.isdir(folder):
            continue
        if layer not in LAYERS:
            problems.append(f"lib/{layer}/: not a layer of lib/README.md ({', '.join(LAYERS)})")
            continue
        for name in sorted(os.listdir(folder)):
            if not name.endswith((".c", ".h", ".def")):
                continue
            rel = f"{layer}/{name}"
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                text = f.read()
            deps = graph.setdefault(rel, [])
            for inc in INCLUDE.findall(text):
                if inc.startswith("yjjh/"):
                    continue  # public headers are below every layer
                parts = inc.split("/")
                if len(parts) != 2 or parts[0] not in LAYERS:
                    problems.append(f"lib/{rel}: #include \"{inc}\" does not name a layer")
                    continue
                if LAYERS.index(parts[0]) > LAYERS.index(layer):
                    problems.append(f"lib/{rel}: includes {inc} from the higher layer {parts[0]}")
                deps.append(inc)
    # include cycles (depth-first search over the file graph)
    state = {}

    def visit(node, stack):
        state[node] = 1
        stack.append(node)
        for dep in graph.get(node, []):
            if state.get(dep) == 1:
                cycle = stack[stack.index(dep):] + [dep]
                problems.append("include cycle: " + " -> ".join(cycle))
            elif dep not in state:
                visit(dep, stack)
        stack.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node, [])
    for p in problems:
        print(p)
    return 1 if problems else 0


def self_test():
    """The check must find an upward include, an unlayered include and a cycle in a made-up tree."""
    import contextlib
    import io
    import tempfile
    files = {
        "common/a.h": '#include "input/b.h"\n',            # upward: common must not need input
        "input/b.h": '#include "input/c.h"\n',
        "input/c.h": '#include "input/b.h"\n#include "b.h"\n',  # cycle b -> c -> b; "b.h" names no layer
        "rules/ok.c": '#include "common/d.h"\n#include "yjjh/yjjh.h"\n',
        "common/d.h": "",
    }
    with tempfile.TemporaryDirectory() as tmp:
        for rel, text in files.items():
            os.makedirs(os.path.join(tmp, os.path.dirname(rel)), exist_ok=True)
            with open(os.path.join(tmp, rel), "w", encoding="utf-8") as f:
                f.write(text)
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            rc = main(tmp)
    found = out.getvalue()
    expected = ["lib/common/a.h: includes input/b.h from the higher layer input",
                'lib/input/c.h: #include "b.h" does not name a layer',
                "include cycle: input/b.h -> input/c.h -> input/b.h"]
    missing = [e for e in expected if e not in found]
    if rc != 1 or missing or "ok.c" in found:
        print("self-test failed; output was:\n" + found + "missing: " + repr(missing))
        return 1
    return 0


if __name__ == "__main__":
    if sys.argv[1:] == ["--self-test"]:
        sys.exit(self_test())
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "lib")))
