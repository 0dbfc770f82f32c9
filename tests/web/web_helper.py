#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Helper of the browser test (web_test.mjs), with openpyxl from Debian.

  web_helper.py xlsx SRC.csv OUT.xlsx [CELL=VALUE]   the CSV as a workbook (sheet 学校数据, a title row above the
                                                     header as Excel users save it), one cell optionally replaced
  web_helper.py check-xlsx REPORT.xlsx RESULT.json   the workbook downloaded from the page against the JSON:
                                                     verdicts, every CV, every school value (prints "ok")
"""
import csv
import json
import math
import sys

import openpyxl


TEXT_COLUMNS = {"county_code", "county_name", "school_id", "school_name", "school_type", "ownership", "location",
                "parent_id"}


def make_xlsx(src, out, edits):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "学校数据"
    ws.append(["金川区义务教育学校基本情况表"])  # a title row: the reader finds the header below it
    with open(src, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    header = rows[0]
    ws.append(header)
    for row in rows[1:]:
        cells = []
        for name, v in zip(header, row):
            if v == "":
                cells.append(None)
            elif name in TEXT_COLUMNS:
                cells.append(v)  # ids stay text, as a county office keeps them
            else:
                cells.append(float(v) if "." in v else int(v))
        ws.append(cells)
    for e in edits:
        ref, value = e.split("=", 1)
        ws[ref] = value
    wb.save(out)


def close(a, b):
    return a is None and b is None or (a is not None and b is not None and math.isclose(a, b, rel_tol=1e-12,
                                                                                       abs_tol=1e-12))


def check_xlsx(path, result):
    with open(result, encoding="utf-8") as f:
        doc = json.load(f)
    wb = openpyxl.load_workbook(path)
    names = wb.sheetnames
    assert len(names) == 4, names
    verdict_ws, schools_ws, cv_ws = wb[names[0]], wb[names[1]], wb[names[2]]

    # every number of the CV sheet equals the JSON: find each county x stage x indicator CV among the cells
    cv_numbers = [c for row in cv_ws.iter_rows(values_only=True) for c in row if isinstance(c, (int, float))]
    want = []
    for county in doc["counties"]:
        for stage in county["stages"].values():
            for ind in stage["indicators"].values():
                if ind.get("cv") is not None:
                    want.append(ind["cv"])
    for v in want:
        assert any(close(v, n) for n in cv_numbers), f"CV {v} not in the {names[2]} sheet"

    # every school part's indicator values are in the schools sheet, in the row of its school id
    rows = list(schools_ws.iter_rows(values_only=True))
    n_checked = 0
    for county in doc["counties"]:
        for s in county["schools"]:
            mine = [r for r in rows if any(str(c) == s["school_id"] for c in r if c is not None)]
            assert mine, f"school {s['school_id']} not in the {names[1]} sheet"
            numbers = [c for r in mine for c in r if isinstance(c, (int, float))]
            for v in s.get("values", {}).values():
                if v is not None:
                    assert any(close(v, n) for n in numbers), f"{s['school_id']}: value {v} not in its rows"
                    n_checked += 1
    # the verdict sheet names each county's verdict
    text = " ".join(str(c) for row in verdict_ws.iter_rows(values_only=True) for c in row if c is not None)
    for county in doc["counties"]:
        assert county["county_code"] in text or county["county_name"] in text, "county missing in the verdicts"
    assert n_checked > 0
    print(f"ok: {len(want)} CVs and {n_checked} school values agree with the JSON")


def main(argv):
    if len(argv) >= 3 and argv[0] == "xlsx":
        make_xlsx(argv[1], argv[2], argv[3:])
        return 0
    if len(argv) == 3 and argv[0] == "check-xlsx":
        check_xlsx(argv[1], argv[2])
        return 0
    print(__doc__, file=sys.stderr)
    return 64


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
