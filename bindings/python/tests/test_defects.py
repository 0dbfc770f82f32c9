# SPDX-License-Identifier: MIT
"""Issue 11: inputs that used to give a wrong verdict give the right one through Python too."""

import json

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


def test_bare_percentage_rate_is_an_error():
    # social_recognition_rate = 80 used to be read as 80 (>= 0.85: met) and the county passed.
    facts = json.loads(FACTS.read_text(encoding="utf-8"))
    facts["620302"]["social_recognition_rate"] = 80
    with pytest.raises(yjjh.YjjhError) as e:
        yjjh.evaluate(COMPLIANT, facts=facts)
    assert "620302.social_recognition_rate: 80 is out of the range" in str(e.value)
    facts["620302"]["social_recognition_rate"] = "80%"  # a percentage with % is a rate of 0.8: S1 fails
    r = yjjh.evaluate(COMPLIANT, facts=facts)
    assert r.verdict == "fail" and list(r.reasons.code) == ["S1"]


def test_bare_percentage_rate_in_a_file_is_a_data_error(tmp_path):
    path = tmp_path / "f.json"
    path.write_text('{"620302": {"social_recognition_rate": 80}}', encoding="utf-8")
    with pytest.raises(yjjh.DataError) as e:
        yjjh.evaluate(COMPLIANT, facts=path)
    assert "620302.social_recognition_rate: 80 is out of range" in str(e.value)


def test_2012_county_with_nothing_in_scope_is_incomplete():
    r = yjjh.evaluate(DATA / "private_only_2012.csv", profile="national-2012-basic")
    assert r.verdict == "incomplete"
    assert list(r.reasons.code) == ["no_schools_in_scope"]


def test_nul_in_a_path_or_code_is_rejected(tmp_path):
    # A NUL used to cut the text on the C side: "valid.csv\0evil" opened valid.csv, a county "350502\0evil" was
    # stored as "350502".
    with pytest.raises(ValueError, match="null character"):
        yjjh.evaluate(str(COMPLIANT) + "\0evil", facts=FACTS)
    with pytest.raises(ValueError, match="null character"):
        yjjh.read_facts(str(FACTS) + "\0.json")
    with pytest.raises(ValueError, match="null character"):
        yjjh.evaluate(COMPLIANT, profile=str(REPO / "profiles" / "gansu-jinchang.json") + "\0.json")
    from yjjh import core
    with pytest.raises(ValueError, match="null character"):
        core.facts_set(core.facts_new(), "350502\0evil", "layout_reasonable", 1.0)


def test_profile_json_with_nul_or_invalid_utf8_is_rejected(tmp_path):
    for name, data in [("nul.json", b'{"name": "x", "extends": "national-2017\\u0000/etc/passwd"}'),
                       ("gbk.json", b'{"name": "\xd6\xd0\xce\xc4", "extends": "national-2017"}')]:
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(yjjh.DataError) as e:
            yjjh.evaluate(COMPLIANT, profile=path)
        assert "not valid JSON" in str(e.value)


def _de_locale(tmp_path):
    """Switch this process to de_DE.UTF-8 (decimal comma), generating the locale with localedef if needed;
    returns the previous LC_ALL setting, or None when no de_DE locale can be had."""
    import locale
    import os
    import shutil
    import subprocess
    previous = locale.setlocale(locale.LC_ALL)
    try:
        locale.setlocale(locale.LC_ALL, "de_DE.UTF-8")
        return previous
    except locale.Error:
        pass
    localedef = shutil.which("localedef")
    if not localedef:
        return None
    subprocess.run([localedef, "-i", "de_DE", "-f", "UTF-8", str(tmp_path / "de_DE.UTF-8")], capture_output=True)
    os.environ["LOCPATH"] = str(tmp_path)  # glibc reads it at setlocale() time
    try:
        locale.setlocale(locale.LC_ALL, "de_DE.UTF-8")
        return previous
    except locale.Error:
        return None


def test_output_and_input_do_not_depend_on_the_locale(tmp_path):
    import locale
    import os
    profile = tmp_path / "p.json"
    profile.write_text('{"name": "loc", "extends": "national-2017", "standards": {"cv_max": {"primary": 0.45}}}')
    facts = {"620302": {"social_recognition_rate": 0.915, "training_360h_rate": "97.5%"}}

    def render():
        r = yjjh.evaluate(COMPLIANT, facts=facts, profile=profile)
        return r.to_json(), r.to_csv(), yjjh.read_facts(FACTS)

    c_json, c_csv, c_facts = render()
    previous = _de_locale(tmp_path)
    if previous is None:
        pytest.skip("no de_DE.UTF-8 locale and no localedef")
    try:
        assert locale.localeconv()["decimal_point"] == ","
        de_json, de_csv, de_facts = render()
    finally:
        locale.setlocale(locale.LC_ALL, previous)
        os.environ.pop("LOCPATH", None)
    assert de_json == c_json
    assert de_csv == c_csv
    assert de_facts == c_facts
    json.loads(de_json)  # strict JSON: no "5,05"


def test_device_and_fifo_inputs_are_refused_not_read(tmp_path):
    import os
    fifo = tmp_path / "f.fifo"
    os.mkfifo(fifo)
    for path in ("/dev/zero", fifo):  # reading either never ends
        with pytest.raises(yjjh.YjjhIOError):
            yjjh.evaluate(path)
        with pytest.raises(yjjh.YjjhIOError):
            yjjh.read_facts(path)
