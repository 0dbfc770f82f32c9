# SPDX-License-Identifier: MIT
"""One cell reader: a number cell is accepted or rejected, with the same value and the same message, whether it
comes from a CSV file (the C reader, the yjjh CLI), a DataFrame or the C cell API (yjjh_schools_set_cells).

Expected accept/reject and values come from data-format.md, not from running the code: "Numbers" allows
surrounding spaces and thousands separators; "number cells" says only ASCII digits are numbers and a value that
overflows to infinity or underflows to zero is an error.
"""

import csv
import io
import os
import subprocess

import numpy as np
import pytest

import yjjh
from yjjh import core

from conftest import EXAMPLES_DATA

JINCHUAN = EXAMPLES_DATA / "jinchuan.csv"

CASES = [
    ("１７６０", None),     # full-width digits
    ("١٢٣", None),          # Arabic-Indic digits
    ("1e400", None),        # overflows to infinity
    ("5e-400", None),       # underflows to zero
    (" 5 ", 5.0),           # surrounding spaces
    ("1,234", 1234.0),      # thousands separator
]
IDS = ["fullwidth", "arabic_indic", "1e400", "5e-400", "spaces", "thousands"]


def with_cell(cell):
    """jinchuan.csv with the teaching_area cell of its first school replaced (quoted, as Excel writes it)."""
    rows = list(csv.reader(io.StringIO(JINCHUAN.read_text(encoding="utf-8"))))
    rows[1][rows[0].index("teaching_area")] = cell
    out = io.StringIO()
    csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\n").writerows(rows)
    return out.getvalue()


def message(cell, source):
    return '%s2: column teaching_area: "%s" is not a number' % (source, cell.strip())


@pytest.mark.parametrize("cell,expected", CASES, ids=IDS)
def test_csv_reader(cell, expected):
    text = with_cell(cell)
    if expected is None:
        with pytest.raises(yjjh.DataError) as e:
            core.schools_read_buffer(text, "s.csv", None)
        assert len(e.value.diagnostics) == 1 and e.value.diagnostics[0].startswith(message(cell, "s.csv:"))
    else:
        table = core.schools_read_buffer(text, "s.csv", None)
        got = np.frombuffer(core.schools_get_numbers(core.schools_row_count(table), table, core.COL_TEACHING_AREA))
        assert got[0] == expected


@pytest.mark.parametrize("cell,expected", CASES, ids=IDS)
def test_dataframe(cell, expected):
    frame = yjjh.read_schools(JINCHUAN)
    frame["teaching_area"] = frame["teaching_area"].astype(object)
    frame.loc[0, "teaching_area"] = cell
    if expected is None:
        with pytest.raises(yjjh.DataError) as e:
            yjjh.evaluate(frame)
        # a frame's problems name the row by its index label (issue 15), not the line of a CSV file
        assert len(e.value.diagnostics) == 1 and e.value.diagnostics[0].startswith(
            'row 0: column teaching_area: "%s" is not a number' % cell.strip())
        assert (e.value.problems[0].row, e.value.problems[0].line) == (0, None)
    else:
        from yjjh._frame import schools_table

        table = schools_table(frame)
        got = np.frombuffer(core.schools_get_numbers(core.schools_row_count(table), table, core.COL_TEACHING_AREA))
        assert got[0] == expected
        assert yjjh.evaluate(frame).to_json() == yjjh.evaluate(text_file(cell)).to_json()


def text_file(cell, _cache={}):
    """A file of with_cell(cell) (kept for the session)."""
    import tempfile

    if cell not in _cache:
        fd, path = tempfile.mkstemp(suffix=".csv")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(with_cell(cell))
        _cache[cell] = path
    return _cache[cell]


@pytest.mark.parametrize("cell,expected", CASES, ids=IDS)
def test_c_cell_api(cell, expected):
    table = core.schools_new(2)
    core.schools_set_source(table, "s.csv", None)
    if expected is None:
        with pytest.raises(yjjh.DataError) as e:
            core.schools_set_cells(table, core.COL_TEACHING_AREA, [cell, "7"], 1.0)
        assert e.value.diagnostics == [e.value.diagnostics[0]] and \
            e.value.diagnostics[0].startswith(message(cell, "s.csv:"))
        assert e.value.diagnostic_lines == [2]
    else:
        core.schools_set_cells(table, core.COL_TEACHING_AREA, [cell, "7"], 1.0)
        got = np.frombuffer(core.schools_get_numbers(2, table, core.COL_TEACHING_AREA))
        assert got[0] == expected and got[1] == 7.0


@pytest.mark.parametrize("cell,expected", CASES, ids=IDS)
def test_cli(cell, expected):
    cli = os.environ.get("YJJH_CLI")
    if not cli:
        pytest.skip("YJJH_CLI not set (the yjjh tool is not built)")
    env = {k: v for k, v in os.environ.items() if k != "LD_PRELOAD"}
    path = text_file(cell)
    run = subprocess.run([cli, "evaluate", path, "--format", "json"], capture_output=True, env=env)
    if expected is None:
        assert run.returncode == 65  # cli.md: invalid input data
        assert message(cell, os.path.basename(path) + ":") in run.stderr.decode("utf-8")
    else:
        assert run.returncode in (0, 1), run.stderr  # a verdict either way
        assert run.stdout.decode("utf-8").strip() == yjjh.evaluate(path).to_json().strip()


def test_numeric_dataframe_columns_follow_the_same_rules():
    """A float column cannot hold 1e400 or 5e-400 (they are inf and 0.0 as Python floats); inf is rejected like
    the CSV cell "inf", and a value that the header's unit scale makes overflow is "too large" like in CSV."""
    frame = yjjh.read_schools(JINCHUAN)
    frame.loc[0, "teaching_area"] = float("inf")
    with pytest.raises(yjjh.DataError) as e:
        yjjh.evaluate(frame)
    assert e.value.diagnostics == ['row 0: column teaching_area: "inf" is not a number']
    frame = yjjh.read_schools(JINCHUAN).rename(columns={"equipment_value": "equipment_value(万元)"})
    frame.loc[3, "equipment_value(万元)"] = 9e307
    with pytest.raises(yjjh.DataError) as e:
        yjjh.evaluate(frame)
    assert e.value.diagnostics == ['row 3: column equipment_value(万元): "9e+307" is too large']


def test_problems_in_line_order_across_columns():
    """As the CSV reader lists them: by line, then in column order."""
    frame = yjjh.read_schools(JINCHUAN)
    for name in ("teaching_area", "sports_area"):
        frame[name] = frame[name].astype(object)
    frame.loc[4, "teaching_area"] = "x"
    frame.loc[2, "sports_area"] = "y"
    frame.loc[4, "sports_area"] = "z"
    with pytest.raises(yjjh.DataError) as e:
        yjjh.evaluate(frame)
    assert e.value.diagnostics == ['row 2: column sports_area: "y" is not a number',
                                   'row 4: column teaching_area: "x" is not a number',
                                   'row 4: column sports_area: "z" is not a number']


def test_text_cells_trimmed_and_missing_as_in_csv(tmp_path):
    """data-format.md: cells are trimmed; -, NA, N/A, 无 are missing. A frame with such text cells gives the
    result of the CSV file with the same cells."""
    rows = list(csv.reader(io.StringIO(JINCHUAN.read_text(encoding="utf-8"))))
    header = rows[0]
    rows[1][header.index("school_type")] = "  primary\u3000"
    rows[2][header.index("school_name")] = "无"
    rows[3][header.index("ownership")] = " public "
    path = tmp_path / "s.csv"
    with open(path, "w", encoding="utf-8", newline="") as f:
        csv.writer(f, quoting=csv.QUOTE_ALL, lineterminator="\n").writerows(rows)
    import pandas as pd

    frame = pd.read_csv(path, dtype=str, keep_default_na=False)  # the cells exactly as written
    from yjjh._frame import schools_table

    table = schools_table(frame)
    n = core.schools_row_count(table)
    assert core.schools_get_texts(n, table, core.COL_SCHOOL_TYPE)[0] == "primary"
    assert core.schools_get_texts(n, table, core.COL_SCHOOL_NAME)[1] is None
    assert core.schools_get_texts(n, table, core.COL_OWNERSHIP)[2] == "public"
    assert yjjh.evaluate(frame).to_json() == yjjh.evaluate(path).to_json()


FACT_CASES = [  # data-format.md §3 and "number cells"
    ("95%", 0.95), (" 95 % ", 0.95), ("95％", 0.95), ("是", 1.0), ("否", 0.0), ("无", None),
    ("１７６０", "bad"), ("١٢٣", "bad"), ("1e400", "bad"), ("5e-400", "bad"), ("1e2%", "bad"), ("many", "bad"),
]


@pytest.mark.parametrize("text,expected", FACT_CASES)
def test_fact_values_in_a_dict_read_as_in_a_facts_file(text, expected, tmp_path):
    from yjjh._frame import facts_handle

    path = tmp_path / "facts.csv"
    path.write_text('county_code,training_360h_rate\n620302,"%s"\n' % text, encoding="utf-8")
    facts = {"620302": {"training_360h_rate": text}}
    if expected == "bad":
        with pytest.raises(yjjh.DataError):
            facts_handle(facts)
        with pytest.raises(yjjh.DataError):
            yjjh.read_facts(path)
    else:
        got = core.facts_to_dict(facts_handle(facts)).get("620302", {}).get("training_360h_rate")
        assert got == expected
        assert yjjh.read_facts(path).get("620302", {}).get("training_360h_rate") == expected
