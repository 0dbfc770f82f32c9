#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Bad-input matrix of the yjjh CLI (issue 7): run every case of cases.tsv against the built CLI.

For each case: the exit status and a stderr fragment must be as listed, nothing may crash (no signal, no
sanitizer or valgrind report), and
  - a failing `evaluate` is run again with `-o` naming an existing file, which must stay byte-for-byte untouched,
    with no temporary file left behind (cli.md: "-o is written atomically: a failed run never leaves a partial
    file");
  - a succeeding `evaluate` must print JSON that parses strictly (no NaN/Infinity tokens), and `-o` to a new
    file must write the same document.

Usage: run_bad_input.py [-k SUBSTRING] [-v]     environment: YJJH_CLI (path of the yjjh binary), optional
YJJH_CLI_WRAPPER (a command put in front of it, e.g. "valgrind -q --error-exitcode=99")
"""
import argparse
import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")
SOURCE_DIR = os.path.abspath(os.path.join(HERE, "..", ".."))
CLI = os.path.abspath(os.environ.get("YJJH_CLI", os.path.join(SOURCE_DIR, "build", "tools", "yjjh")))
WRAPPER = shlex.split(os.environ.get("YJJH_CLI_WRAPPER", ""))
MIN_CASES = 40

HEADER = ("school_id,school_name,county_code,school_type,primary_students,primary_teachers_above_degree,"
          "primary_backbone_teachers,primary_pe_art_teachers,teaching_area,sports_area,equipment_value,"
          "multimedia_rooms")
ROW_A = "A,Alpha,350502,primary,1000,50,20,10,5000,8000,2500000,25"
ROW_B = "B,Beta,350502,primary,500,25,10,5,2000,4000,1250000,13"
TEN_MB = 10 * 1024 * 1024

# Reports that mean the tool itself is broken, whatever its exit status.
CRASH_MARKERS = ("Sanitizer", "runtime error:", "==ERROR", "Invalid read", "Invalid write",
                 "definitely lost", "Conditional jump", "Segmentation fault", "core dumped")


def xlsx(sheet_xml, shared=None, extra=None, drop=(), workbook=None):
    """A minimal .xlsx workbook (zip of the XML parts our reader needs) with one sheet."""
    import io
    import zipfile
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    parts = {
        "xl/workbook.xml": workbook or ('<workbook %s %s><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/>'
                                        '</sheets></workbook>' % (ns, rel)),
        "xl/_rels/workbook.xml.rels": ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                                       'relationships"><Relationship Id="rId1" Target="worksheets/sheet1.xml"/>'
                                       '</Relationships>'),
        "xl/worksheets/sheet1.xml": sheet_xml,
    }
    if shared is not None:
        parts["xl/sharedStrings.xml"] = "<sst %s>%s</sst>" % (ns, "".join("<si><t>%s</t></si>" % t for t in shared))
    parts.update(extra or {})
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in parts.items():
            if name not in drop:
                z.writestr(name, content)
    return out.getvalue()


def xlsx_rows(rows):
    """Sheet XML of rows of values (str: inline strings, numbers as numbers)."""
    def cell(v):
        if isinstance(v, str):
            return '<c t="inlineStr"><is><t>%s</t></is></c>' % v
        return "<c><v>%r</v></c>" % v
    return ('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s'
            '</sheetData></worksheet>' % "".join("<row>%s</row>" % "".join(cell(v) for v in r) for r in rows))


def xlsx_files():
    """Workbooks, good and hostile."""
    import io
    import zipfile
    good_rows = [HEADER.split(","), ROW_A.split(","), ROW_B.split(",")]
    good_rows = [[int(x) if x.isdigit() else x for x in r] for r in good_rows]
    good = xlsx(xlsx_rows(good_rows))
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        with z.open("xl/workbook.xml", "w") as f:
            f.write(b'<workbook><sheets><sheet name="S" sheetId="1"/></sheets></workbook>')
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
            f.write(b"<worksheet><sheetData><row>")
            for _ in range(260):
                f.write(b" " * (1 << 20))
            f.write(b"</row></sheetData></worksheet>")
    many = io.BytesIO()
    with zipfile.ZipFile(many, "w") as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
        for i in range(10001):
            z.writestr("x/%d" % i, "")
    return {
        "gen_good.xlsx": good,
        "gen_truncated.xlsx": good[:len(good) // 2],
        "gen_missing_part.xlsx": xlsx(xlsx_rows(good_rows), drop=("xl/worksheets/sheet1.xml",)),
        "gen_bad_xml.xlsx": xlsx("<worksheet><sheetData><row><c><v>1</v></row>"),
        "gen_doctype.xlsx": xlsx('<!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'
                                 "<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>&b;</t></is></c></row>"
                                 "</sheetData></worksheet>"),
        "gen_zip_bomb.xlsx": bomb.getvalue(),
        "gen_many_entries.xlsx": many.getvalue(),
        "gen_oversize_cell.xlsx": xlsx(xlsx_rows([["school_id"], ["x" * 100000]])),
        "gen_beyond_xfd.xlsx": xlsx('<worksheet><sheetData><row r="1"><c r="XFE1" t="inlineStr"><is><t>a</t></is>'
                                    "</c></row></sheetData></worksheet>"),
        "gen_bad_shared_index.xlsx": xlsx('<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>7</v></c></row>'
                                          "</sheetData></worksheet>", shared=["school_id"]),
        "gen_huge_row_number.xlsx": xlsx('<worksheet><sheetData><row r="99999999"><c t="inlineStr"><is><t>a</t>'
                                         "</is></c></row></sheetData></worksheet>"),
        "gen_old.xls": b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + b"\0" * 1024,
        "gen_sheet.ods": xlsx("", drop=("xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml"),
                              extra={"mimetype": "application/vnd.oasis.opendocument.spreadsheet",
                                     "content.xml": "<office:document-content/>"}),
    }


def generated_files():
    """The large or repetitive inputs, made at test time (not committed): name -> bytes."""
    head = (HEADER + "\n" + ROW_A + "\n").encode()
    files = {
        # a 10 MB school name (valid: text columns have no size limit), a 10 MB number, a 10 MB open quote
        "gen_10mb_name.csv": head + b"C," + b"x" * TEN_MB + b",350502,primary,250,13,5,3,1500,2000,625000,7\n",
        "gen_10mb_number.csv": head + b"C,G,350502,primary," + b"9" * TEN_MB + b",13,5,3,1500,2000,625000,7\n",
        "gen_10mb_unterminated.csv": head + b'C,"' + b"y" * TEN_MB + b"\n",
        # a quoted school name spanning 200,000 physical lines
        "gen_200k_line_field.csv": head + b'C,"' + b"line\n" * 200000
                                   + b'",350502,primary,250,13,5,3,1500,2000,625000,7\n',
        # 100,000 unknown columns (kept and ignored), and a row with 100,000 fields too many
        "gen_100k_columns.csv": "\n".join([
            HEADER + "".join(f",extra_{i}" for i in range(100000)),
            ROW_A + ",1" * 100000, ROW_B + ",2" * 100000]).encode() + b"\n",
        "gen_100k_fields_row.csv": head + (ROW_B + "," * 100000 + "\n").encode(),
        # 20,000 valid schools in 40 counties
        "gen_20k_rows.csv": (HEADER + "\n" + "".join(
            f"S{i},School {i},{350500 + i % 40},primary,{100 + i % 900},{5 + i % 50},{1 + i % 20},{1 + i % 10},"
            f"{500 + i % 4000},{800 + i % 7000},{250000 + i},{1 + i % 25}\n" for i in range(20000))).encode(),
        # 300 rows with a bad number: the first 100 problems are listed, then a note
        "gen_many_errors.csv": (HEADER + "\n" + "".join(
            f"S{i},G,350502,primary,x,13,5,3,1500,2000,625000,7\n" for i in range(300))).encode(),
        # JSON nested 100,000 deep (a recursive parser without a depth limit overflows its stack)
        "gen_deep_profile.json": b'{"name": "deep", "extends": "national-2017", "standards": '
                                 + b"[" * 100000 + b"]" * 100000 + b"}",
        "gen_deep_facts.json": b'{"350502": ' + b"[" * 100000 + b"]" * 100000 + b"}",
        **xlsx_files(),
    }
    return files


def parse_cases(path):
    cases = []
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 4:
                raise SystemExit(f"{path}:{lineno}: expected 4 tab-separated columns, got {len(parts)}")
            cid, code, fragment, args = parts
            cases.append({"id": cid, "exit": int(code), "fragment": None if fragment == "-" else fragment,
                          "args": shlex.split(args), "line": lineno})
    ids = [c["id"] for c in cases]
    dup = {i for i in ids if ids.count(i) > 1}
    if dup:
        raise SystemExit(f"{path}: duplicate case ids {sorted(dup)}")
    return cases


def run_cli(args, cwd, stdin_path=None):
    stdin = open(os.path.join(cwd, stdin_path), "rb") if stdin_path else subprocess.DEVNULL
    try:
        return subprocess.run(WRAPPER + [CLI] + args, cwd=cwd, stdin=stdin, capture_output=True, timeout=600)
    finally:
        if stdin_path:
            stdin.close()


def strict_json(data):
    def reject(token):
        raise ValueError(f"non-standard JSON token {token}")
    return json.loads(data.decode("utf-8"), parse_constant=reject)


def listing(d):
    return sorted(os.listdir(d))


def check_case(case, work):
    """Run one case; returns a list of failure messages (empty when it passed)."""
    failures = []
    args = [a for a in case["args"] if not a.startswith("<")]
    stdin = next((a[1:] for a in case["args"] if a.startswith("<")), None)

    def check_run(r, what):
        err = r.stderr.decode("utf-8", "replace")
        if r.returncode < 0:
            failures.append(f"{what}: killed by signal {-r.returncode}")
        for marker in CRASH_MARKERS:
            if marker in err:
                failures.append(f"{what}: stderr reports {marker!r}:\n{err[-3000:]}")
                break
        if r.returncode != case["exit"]:
            failures.append(f"{what}: exit status {r.returncode}, expected {case['exit']}; stderr:\n{err[-2000:]}")
        if case["fragment"] is not None and case["fragment"] not in err:
            failures.append(f"{what}: stderr lacks {case['fragment']!r}; it is:\n{err[-2000:]}")
        return err

    before = listing(work)
    r = run_cli(args, work, stdin)
    check_run(r, "run")
    if case["exit"] != 0 and r.stdout:
        failures.append(f"run: failed but wrote {len(r.stdout)} bytes on stdout")
    if case["exit"] == 0 and args[0] == "evaluate" and r.returncode == 0:
        try:
            doc = strict_json(r.stdout)
            if not doc.get("counties"):
                failures.append("run: JSON output has no counties")
        except ValueError as e:
            failures.append(f"run: stdout is not strict JSON: {e}")
    if listing(work) != before:
        failures.append(f"run: files appeared or vanished: {sorted(set(listing(work)) ^ set(before))}")

    if args[0] == "evaluate" and "-o" not in args:
        out = os.path.join(work, "existing_output.json")
        if case["exit"] != 0:
            sentinel = b'{"previous": "result, must survive a failed run"}\n'
            with open(out, "wb") as f:
                f.write(sentinel)
            before = listing(work)
            r = run_cli(args + ["-o", "existing_output.json"], work, stdin)
            check_run(r, "run with -o existing file")
            with open(out, "rb") as f:
                if f.read() != sentinel:
                    failures.append("run with -o: the existing output file was changed by a failed run")
            if listing(work) != before:
                failures.append("run with -o: a failed run left files behind: "
                                f"{sorted(set(listing(work)) ^ set(before))}")
            os.unlink(out)
        else:
            r = run_cli(args + ["-o", "new_output.json"], work, stdin)
            check_run(r, "run with -o new file")
            try:
                with open(os.path.join(work, "new_output.json"), "rb") as f:
                    if r.returncode == 0 and strict_json(f.read()) != strict_json(run_cli(args, work, stdin).stdout):
                        failures.append("run with -o: the file differs from standard output")
            except (OSError, ValueError) as e:
                failures.append(f"run with -o: no valid output file: {e}")
            if os.path.exists(os.path.join(work, "new_output.json")):
                os.unlink(os.path.join(work, "new_output.json"))
    return failures


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-k", help="run only cases whose id contains this")
    ap.add_argument("-v", action="store_true", help="print every case")
    opts = ap.parse_args()
    if not os.access(CLI, os.X_OK):
        print(f"yjjh CLI not found at {CLI} (set YJJH_CLI)", file=sys.stderr)
        return 1
    cases = parse_cases(os.path.join(HERE, "cases.tsv"))
    if len(cases) < MIN_CASES:
        print(f"cases.tsv lists {len(cases)} cases, fewer than {MIN_CASES}", file=sys.stderr)
        return 1
    if opts.k:
        cases = [c for c in cases if opts.k in c["id"]]
    passed = failed = 0
    with tempfile.TemporaryDirectory(prefix="yjjh-bad-input-") as tmp:
        work = os.path.join(tmp, "work")
        shutil.copytree(FILES, work)
        os.mkdir(os.path.join(work, "subdir"))
        for name, data in generated_files().items():
            with open(os.path.join(work, name), "wb") as f:
                f.write(data)
        for case in cases:
            failures = check_case(case, work)
            if failures:
                failed += 1
                print(f"FAIL {case['id']} (cases.tsv:{case['line']}): yjjh {' '.join(case['args'])}")
                for msg in failures:
                    print("    " + msg.replace("\n", "\n    "))
            else:
                passed += 1
                if opts.v:
                    print(f"ok   {case['id']}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
