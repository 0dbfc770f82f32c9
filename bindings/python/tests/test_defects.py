# SPDX-License-Identifier: MIT
"""Issue 11: inputs that used to give a wrong verdict give the right one through Python too."""

import pytest

import yjjh

from conftest import REPO

DATA = REPO / "tests" / "data" / "verdict"
COMPLIANT = DATA / "jinchuan_compliant.csv"
FACTS = DATA / "facts_complete.json"


def test_compliant_county_passes_as_given():
    assert yjjh.evaluate(COMPLIANT, facts=FACTS).verdict == "pass"


def test_empty_enrolment_is_an_error_not_zero(tmp_path):
    # A primary school with its enrolment and stage teacher cells blank used to drop out as no_students and the
    # county passed; an empty enrolment of a single-stage school is an error (data-format.md).
    lines = COMPLIANT.read_text(encoding="utf-8").splitlines()
    header = lines[0].split(",")
    row = lines[2].split(",")
    for i, name in enumerate(header):
        if name == "primary_students" or (name.startswith("primary_") and name.endswith("teachers")) or \
                name in ("primary_classes", "primary_max_class_size"):
            row[i] = ""
    lines[2] = ",".join(row)
    path = tmp_path / "blank.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(yjjh.DataError) as e:
        yjjh.evaluate(path, facts=FACTS)
    assert "blank.csv:3: column primary_students: primary enrolment is missing" in str(e.value)
