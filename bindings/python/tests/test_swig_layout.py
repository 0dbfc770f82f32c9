# SPDX-License-Identifier: MIT
"""The SWIG interface keeps its rules (HACKING.md "Wrap a function in the Python binding"):

- typemaps in swig/*.i are defined on placeholder names (IN_DOUBLES, OUT_COLUMN, ...), on the conventional
  `out` outputs, or on types alone, never on an ordinary parameter name that a future function could reuse;
- every %apply in bindings/swig/yjjh.i (shared with Java) is %clear-ed again after the header it serves, so it reaches no other header.
"""

import pathlib
import re

SWIG = pathlib.Path(__file__).resolve().parents[1]
CONVENTIONAL = {"out", "out_col"}  # outputs first and named `out` (the calling convention of every function)


def statements(text, keyword):
    """Each `keyword ... ;` statement, or `keyword ... {` up to the brace that ends its line (a code block), of a
    SWIG file, joined onto one line."""
    out = []
    for m in re.finditer(r"^" + re.escape(keyword) + r"\b(.*?)(?:\{[ \t]*\n|;|\"\")", text, re.S | re.M):
        out.append(" ".join(m.group(1).split()))
    return out


def names_in(signature):
    """Parameter names of a typemap signature (local variable groups, which have initialisers, left out)."""
    signature = re.sub(r"\([^()]*=[^()]*\)", "", signature)
    names = re.findall(r"\*\s*([A-Za-z_]\w*)", signature) + re.findall(r"\bsize_t\s+([A-Za-z_]\w*)", signature)
    return [n for n in names if n != "const"]  # `char *const *NAME`


def test_typemaps_use_placeholder_names():
    bad = []
    for path in sorted((SWIG / "swig").glob("*.i")):
        for sig in statements(path.read_text(encoding="utf-8"), "%typemap"):
            kind, _, rest = sig.partition(")")
            if kind.startswith("(out") and rest.strip().startswith("yjjh_status"):
                continue  # status typemaps: by return type, or by function name
            for name in names_in(rest):
                if not (name.isupper() or name in CONVENTIONAL or name.startswith("tmp")):
                    bad.append("%s: %%typemap%s" % (path.name, sig))
    assert bad == []


def test_every_apply_is_cleared_after_its_header():
    text = (SWIG.parent / "swig" / "yjjh.i").read_text(encoding="utf-8")  # shared with the Java binding
    active = set()
    headers_seen = 0
    for m in re.finditer(r"^%(apply|clear|include)\b([^;\n]*(?:;|\n))", text, re.M):
        kind, body = m.group(1), m.group(2)
        if kind == "include":
            headers_seen += "yjjh/" in body
            continue
        start = m.start()
        stmt = " ".join(text[start:text.index(";", start)].split())
        if kind == "apply":
            targets = re.findall(r"\([^()]*\)|[\w ]+\*\s*\w+", stmt.split("{", 1)[1])
            active |= {" ".join(t.split()) for t in targets}
        else:
            cleared = {" ".join(t.split()) for t in re.findall(r"\([^()]*\)|[\w ]+\*\s*\w+", stmt[len("%clear"):])}
            assert cleared <= active, cleared - active
            active -= cleared
    assert headers_seen >= 10
    assert active == set(), "applied but never cleared: %s" % sorted(active)
