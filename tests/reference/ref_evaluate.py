#!/usr/bin/python3
# -*- coding: utf-8 -*-
# SPDX-License-Identifier: MIT
"""Independent exact reference evaluator for libyjjh (profile ``national-2017``, resource part).

Derived only from docs/indicators.md (§1 scope, §2 indicators, §2.1 facility split,
§3 school rule, §4 coefficient of variation), data-format.md (columns, units) and cli.md (JSON
shape).  It imports nothing from the project and uses no third-party package: every indicator,
county value, ratio and shortfall is an exact ``fractions.Fraction``; the CV is the square root of
an exact rational, taken with ``decimal`` at 40 significant digits.  Only when the JSON is written
are the exact numbers rounded to the nearest double (``float(Fraction)``, ``float(Decimal)``).

Usage::

    /usr/bin/python3 tests/reference/ref_evaluate.py SCHOOLS.csv [-o OUT.json]
        [--include-private] [--teaching-points min_students|exclude|merge]
        [--teaching-point-min-students 50] [--cv-weighting students|unweighted]
    /usr/bin/python3 tests/reference/ref_evaluate.py --self-test

What is *not* covered: county items (G/Q/S), vetoes, eligibility and the verdict; the
``national-2012-basic`` profile.  See tests/reference/README.md.
"""

import argparse
import csv
import io
import json
import math
import sys
from decimal import Decimal, getcontext
from fractions import Fraction

# --------------------------------------------------------------------------------------------
# Profile national-2017 (indicators.md §2, §3, §4) -- written out from the spec, not from code.
# --------------------------------------------------------------------------------------------
STAGES = ("primary", "junior")
CODES = ("R1", "R2", "R3", "R4", "R5", "R6", "R7")

# code -> (kind, field); kind "per100" = count * 100 / P, "per_student" = amount / P
INDICATORS = {
    "R1": ("per100", "teachers_above_degree"),
    "R2": ("per100", "backbone_teachers"),
    "R3": ("per100", "pe_art_teachers"),
    "R4": ("per_student", "teaching_area"),
    "R5": ("per_student", "sports_area"),
    "R6": ("per_student", "equipment_value"),
    "R7": ("per100", "multimedia_rooms"),
}
TEACHER_FIELDS = ("teachers_above_degree", "backbone_teachers", "pe_art_teachers")   # per stage
FACILITY_FIELDS = ("teaching_area", "sports_area", "equipment_value", "multimedia_rooms",
                   "computers", "books")                                            # split §2.1

STANDARD = {
    "primary": {"R1": "4.2", "R2": "1.0", "R3": "0.9", "R4": "4.5", "R5": "7.5", "R6": "2000",
                "R7": "2.3"},
    "junior": {"R1": "5.3", "R2": "1.0", "R3": "0.9", "R4": "5.8", "R5": "10.2", "R6": "2500",
               "R7": "2.4"},
}
CV_MAX = {"primary": "0.50", "junior": "0.45"}
SCHOOL_MIN_MET = 6
SCHOOL_FLOOR_RATIO = Fraction(85, 100)
REL_TOL = Fraction(1, 10 ** 9)
WEIGHTS = {"primary": Fraction(1), "junior": Fraction(11, 10), "senior": Fraction(33, 25)}

# stages each school type serves (indicators.md §1); senior only apportions facilities
TYPE_STAGES = {
    "primary": ("primary",),
    "junior": ("junior",),
    "nine_year": ("primary", "junior"),
    "complete_secondary": ("junior", "senior"),
    "twelve_year": ("primary", "junior", "senior"),
    "teaching_point": ("primary",),
    "special": (),
}
TYPE_ALIASES = {"小学": "primary", "初中": "junior", "独立初中": "junior",
                "九年一贯制学校": "nine_year", "九年一贯制": "nine_year",
                "完全中学": "complete_secondary", "十二年一贯制学校": "twelve_year",
                "十二年一贯制": "twelve_year", "教学点": "teaching_point",
                "特殊教育学校": "special"}
OWNERSHIP_ALIASES = {"public": "public", "公办": "public", "private": "private", "民办": "private"}

# --------------------------------------------------------------------------------------------
# Header aliases (data-format.md §1-2)
# --------------------------------------------------------------------------------------------
ZH_STAGE = {"primary": "小学", "junior": "初中"}
ALIASES = {
    "学校标识码": "school_id", "学校名称": "school_name", "县区代码": "county_code",
    "县区名称": "county_name", "学校类型": "school_type", "办学性质": "ownership",
    "城乡分类": "location", "所属中心校": "parent_id", "高中在校生数": "senior_students",
    "持证专任教师数": "certified_teachers", "教学及辅助用房面积": "teaching_area",
    "体育运动场馆面积": "sports_area", "教学仪器设备值": "equipment_value",
    "网络多媒体教室数": "multimedia_rooms", "计算机台数": "computers", "图书册数": "books",
    "音乐专用教室数": "music_rooms", "最小音乐教室面积": "music_room_min_area",
    "美术专用教室数": "art_rooms", "最小美术教室面积": "art_room_min_area",
    "教师培训经费": "training_funds", "公用经费": "public_funds",
}
_STAGE_ZH_FIELDS = {
    "students": "在校生数", "classes": "班数", "max_class_size": "最大班额",
    "fulltime_teachers": "专任教师数", "teachers_above_degree": "高于规定学历教师数",
    "backbone_teachers": "县级及以上骨干教师数", "pe_art_teachers": "体育艺术专任教师数",
    "mid_title_teachers": "中级及以上职称教师数",
}
for _st, _zh in ZH_STAGE.items():
    for _f, _fz in _STAGE_ZH_FIELDS.items():
        ALIASES[_zh + _fz] = "%s_%s" % (_st, _f)
    for _f in FACILITY_FIELDS:
        _fz = [k for k, v in ALIASES.items() if v == _f][0]
        ALIASES[_zh + _fz] = "%s_%s" % (_st, _f)

UNIT_SUFFIXES = {"(万元)": Fraction(10000), "(元)": Fraction(1), "(m²)": Fraction(1),
                 "(m2)": Fraction(1), "(平方米)": Fraction(1)}
MISSING = {"", "-", "na", "n/a", "无"}


class InputError(Exception):
    pass


def canonical_header(h):
    """-> (canonical name, unit factor)."""
    k = h.strip().replace("（", "(").replace("）", ")").lower()
    factor = Fraction(1)
    for suf, f in UNIT_SUFFIXES.items():
        if k.endswith(suf):
            k = k[: -len(suf)].strip()
            factor = f
            break
    return ALIASES.get(k, k), factor


def parse_number(text, factor, where):
    t = text.strip()
    if t.lower() in MISSING:
        return None
    t = t.replace(",", "")
    try:
        v = Fraction(t)   # exact decimal
    except (ValueError, ZeroDivisionError):
        raise InputError("%s: %r is not a number" % (where, text))
    return v * factor


TEXT_COLUMNS = {"school_id", "school_name", "county_code", "county_name", "school_type",
                "ownership", "location", "parent_id"}


def read_schools(path):
    raw = sys.stdin.buffer.read() if path == "-" else open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
        if text.startswith("\ufeff"):
            text = text[1:]
    except UnicodeDecodeError:
        text = raw.decode("gb18030")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows:
        raise InputError("%s: empty file" % path)
    header = [canonical_header(h) for h in rows[0]]
    schools = []
    seen = set()
    for lineno, r in enumerate(rows[1:], start=2):
        if not any(c.strip() for c in r):
            continue
        if len(r) > len(header):
            raise InputError("%s:%d: more fields than the header" % (path, lineno))
        rec = {"_line": lineno}
        for (name, factor), cell in zip(header, r):
            if name in TEXT_COLUMNS:
                rec[name] = cell.strip() or None
            else:
                rec[name] = parse_number(cell, factor, "%s:%d: column %s" % (path, lineno, name))
        sid = rec.get("school_id")
        if not sid:
            raise InputError("%s:%d: school_id missing" % (path, lineno))
        if sid in seen:
            raise InputError("%s:%d: duplicate school_id %s" % (path, lineno, sid))
        seen.add(sid)
        t = rec.get("school_type")
        t = TYPE_ALIASES.get(t, t)
        if t not in TYPE_STAGES:
            raise InputError("%s:%d: unknown school_type %r" % (path, lineno, t))
        rec["school_type"] = t
        o = rec.get("ownership") or "public"
        if o not in OWNERSHIP_ALIASES:
            raise InputError("%s:%d: unknown ownership %r" % (path, lineno, o))
        rec["ownership"] = OWNERSHIP_ALIASES[o]
        for k, v in rec.items():
            if isinstance(v, Fraction) and v < 0:
                raise InputError("%s:%d: negative value in %s" % (path, lineno, k))
        schools.append(rec)
    return schools


# --------------------------------------------------------------------------------------------
# Evaluation
# --------------------------------------------------------------------------------------------
def students_of(rec, stage):
    v = rec.get(stage + "_students")
    if v is None:
        return 0
    if v.denominator != 1:
        raise InputError("line %d: %s_students is not an integer" % (rec["_line"], stage))
    return int(v)


def stage_amount(rec, stage, field, served):
    """Exact amount of a resource attributed to one stage of a school (§2.1)."""
    if field in TEACHER_FIELDS:
        v = rec.get("%s_%s" % (stage, field))
        if v is None:
            raise InputError("line %d (%s): %s_%s missing" % (rec["_line"], rec["school_id"], stage,
                                                             field))
        return v
    per_stage = rec.get("%s_%s" % (stage, field))
    if per_stage is not None:
        return per_stage
    total = rec.get(field)
    if total is None:
        raise InputError("line %d (%s): %s missing" % (rec["_line"], rec["school_id"], field))
    d = sum(WEIGHTS[s] * students_of(rec, s) for s in served)
    return total * WEIGHTS[stage] * students_of(rec, stage) / d


def meets_min(v, t):
    return v >= t - REL_TOL * t


def ceil_fraction(x):
    return -((-x.numerator) // x.denominator)


def sqrt_exact(x):
    """Square root of a non-negative Fraction as a 40-significant-digit Decimal."""
    getcontext().prec = 40
    if x == 0:
        return Decimal(0)
    return (Decimal(x.numerator) / Decimal(x.denominator)).sqrt()


def population_cv(values, weights):
    """Exact weighted population CV (§4): returns Decimal, or None when the mean is zero."""
    w = sum(weights)
    mean = sum(p * x for p, x in zip(weights, values)) / w
    if mean == 0:
        return None, mean
    var = sum(p * (x - mean) ** 2 for p, x in zip(weights, values)) / w
    return sqrt_exact(var / (mean * mean)), mean


def merge_teaching_points(schools):
    """teaching_points = "merge": add each teaching point's counts to its parent (§1)."""
    by_id = {s["school_id"]: s for s in schools}
    merged = {}
    for s in schools:
        if s["school_type"] != "teaching_point":
            continue
        parent = by_id.get(s.get("parent_id"))
        if parent is None:
            raise InputError("line %d: parent_id %r not in the file" % (s["_line"], s.get("parent_id")))
        if id(parent) not in merged:
            merged[id(parent)] = dict(parent)
        p = merged[id(parent)]
        for f in ("students",) + TEACHER_FIELDS + ("fulltime_teachers", "mid_title_teachers", "classes"):
            k = "primary_" + f
            if s.get(k) is not None:
                p[k] = (p.get(k) or 0) + s[k]
        for f in FACILITY_FIELDS:
            amount = s.get("primary_" + f)
            if amount is None:
                amount = s.get(f)
            if amount is None:
                continue
            if p.get("primary_" + f) is not None:
                p["primary_" + f] += amount
            elif p.get(f) is not None:
                # the parent's total grows and is split over its (grown) enrolment as usual
                p[f] += amount
            else:
                p["primary_" + f] = amount
    out = []
    for s in schools:
        out.append(merged.get(id(s), s))
    return out


def evaluate(schools, include_private=False, teaching_points="min_students", tp_min=50,
             cv_weighting="students"):
    if teaching_points == "merge":
        schools = merge_teaching_points(schools)
    counties = []
    by_code = {}
    for rec in schools:
        code = rec.get("county_code")
        if code not in by_code:
            by_code[code] = {"county_code": code, "county_name": rec.get("county_name"), "rows": []}
            counties.append(by_code[code])
        by_code[code]["rows"].append(rec)

    result = {"generator": "tests/reference/ref_evaluate.py", "schema_version": "1.0", "profile": "national-2017",
              "counties": []}
    for c in counties:
        parts = []
        for rec in c["rows"]:
            t = rec["school_type"]
            served = TYPE_STAGES[t]
            if t == "special":
                total = sum(students_of(rec, s) for s in ("primary", "junior"))
                parts.append({"school_id": rec["school_id"], "stage": None, "in_scope": False,
                              "excluded_reason": "special", "students": total})
                continue
            for stage in (s for s in served if s in STAGES):
                P = students_of(rec, stage)
                reason = None
                if rec["ownership"] == "private" and not include_private:
                    reason = "private"
                elif t == "teaching_point" and (teaching_points in ("exclude", "merge")
                                                or P < tp_min):
                    reason = "teaching_point"
                elif P == 0:
                    reason = "no_students"
                part = {"school_id": rec["school_id"], "stage": stage, "in_scope": reason is None,
                        "excluded_reason": reason, "students": P}
                if reason is None:
                    part.update(school_part(rec, stage, served, P))
                parts.append(part)
        stages = {}
        for stage in STAGES:
            sp = [p for p in parts if p["stage"] == stage and p["in_scope"]]
            if not sp:
                continue
            ind = {}
            for code in CODES:
                xs = [p["_exact"][code] for p in sp]
                ws = [p["students"] for p in sp] if cv_weighting == "students" else [1] * len(sp)
                cv, _ = population_cv(xs, ws)
                county_value = sum(p["students"] * p["_exact"][code] for p in sp) / sum(
                    p["students"] for p in sp)
                cvmax = Fraction(CV_MAX[stage])
                ind[code] = {
                    "standard": float(Fraction(STANDARD[stage][code])),
                    "county_value": float(county_value),
                    "cv": None if cv is None else float(cv),
                    "cv_max": float(cvmax),
                    "cv_met": cv is not None and Fraction(cv) <= cvmax * (1 + REL_TOL),
                    "schools_meeting": sum(1 for p in sp if p["met"][code]),
                }
            stages[stage] = {
                "students": sum(p["students"] for p in sp),
                "schools_in_scope": len(sp),
                "schools_passing": sum(1 for p in sp if p["passed"]),
                "indicators": ind,
            }
        for p in parts:
            p.pop("_exact", None)
        result["counties"].append({"county_code": c["county_code"], "county_name": c["county_name"],
                                   "stages": stages, "schools": parts})
    return result


def school_part(rec, stage, served, P):
    values, met, ratios, shortfalls, exact = {}, {}, {}, {}, {}
    floor_ok = True
    for code in CODES:
        kind, field = INDICATORS[code]
        amount = stage_amount(rec, stage, field, served)
        v = amount * 100 / P if kind == "per100" else amount / P
        t = Fraction(STANDARD[stage][code])
        exact[code] = v
        values[code] = float(v)
        met[code] = meets_min(v, t)
        ratios[code] = float(v / t)
        if not meets_min(v, SCHOOL_FLOOR_RATIO * t):
            floor_ok = False
        if not met[code]:
            if kind == "per100":
                shortfalls[code] = float(ceil_fraction(t * P / 100 - amount))
            else:
                shortfalls[code] = float(t * P - amount)
    met_count = sum(met.values())
    return {"values": values, "met": met, "ratios": ratios, "met_count": met_count,
            "passed": met_count >= SCHOOL_MIN_MET and floor_ok, "shortfalls": shortfalls,
            "_exact": exact}


# --------------------------------------------------------------------------------------------
# Self-test against the worked examples of indicators.md §9 (hand-checked numbers)
# --------------------------------------------------------------------------------------------
def self_test():
    # §9: three primary schools, R4
    xs = [Fraction(5000, 1000), Fraction(2000, 500), Fraction(1500, 250)]
    ps = [1000, 500, 250]
    cv, mean = population_cv(xs, ps)
    assert mean == Fraction(34, 7), mean
    ss = sum(p * (x - mean) ** 2 for p, x in zip(ps, xs))
    assert ss == Fraction(5000, 7), ss
    q = Decimal("1e-15")
    assert sqrt_exact(ss / 1750).quantize(q) == Decimal("0.638876564999940"), sqrt_exact(ss / 1750)
    assert cv.quantize(q) == Decimal("0.131533410441164"), cv
    # school B: 4.0 < 4.5, ratio 0.888.. >= 0.85, shortfall 4.5*500 - 2000 = 250 m²
    b = {"_line": 0, "school_id": "B", "primary_students": Fraction(500),
         "primary_teachers_above_degree": Fraction(30), "primary_backbone_teachers": Fraction(6),
         "primary_pe_art_teachers": Fraction(5), "teaching_area": Fraction(2000),
         "sports_area": Fraction(5000), "equipment_value": Fraction(1200000),
         "multimedia_rooms": Fraction(15)}
    part = school_part(b, "primary", ("primary",), 500)
    assert part["met"]["R4"] is False and part["met_count"] == 6 and part["passed"], part
    assert part["shortfalls"] == {"R4": 250.0}, part["shortfalls"]
    # §2: 9 * 100 / 1000 is exactly 0.9 and meets the R3 standard 0.9
    assert Fraction(9) * 100 / 1000 == Fraction(9, 10) and meets_min(Fraction(9, 10), Fraction("0.9"))
    # per-100 shortfall rounds up to whole teachers: 1.0 * 250 / 100 - 1 = 1.5 -> 2
    assert ceil_fraction(Fraction(1) * 250 / 100 - 1) == 2
    # §9 split example: nine-year school, 166 primary + 210 junior, 23226 books in total
    rec = {"_line": 0, "school_id": "S", "primary_students": Fraction(166),
           "junior_students": Fraction(210), "books": Fraction(23226)}
    served = TYPE_STAGES["nine_year"]
    prim = stage_amount(rec, "primary", "books", served)
    jun = stage_amount(rec, "junior", "books", served)
    assert prim == Fraction(23226 * 166, 397) and jun == Fraction(23226 * 231, 397)
    assert prim + jun == 23226
    assert abs(float(prim) - 9711.63) < 0.005 and abs(float(jun) - 13514.37) < 0.005
    assert round(float(prim / 166), 3) == 58.504 and round(float(jun / 210), 3) == 64.354
    # complete secondary: junior weight 1.1, senior 1.32 (1.1 * 1.2)
    assert WEIGHTS["senior"] == WEIGHTS["junior"] * Fraction(6, 5)
    # CV invariances: n = 1 -> 0; zero mean -> undefined
    assert population_cv([Fraction(3)], [10])[0] == 0
    assert population_cv([Fraction(0), Fraction(0)], [1, 2])[0] is None
    # header parsing: 万元 suffix and full-width brackets
    assert canonical_header("教学仪器设备值（万元）") == ("equipment_value", Fraction(10000))
    assert canonical_header(" Primary_Students ") == ("primary_students", Fraction(1))
    assert canonical_header("小学教学及辅助用房面积(平方米)") == ("primary_teaching_area", Fraction(1))
    print("self-test passed: CV(R4, §9) = %s, split 58.504../64.354.. ok" % cv)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("schools", nargs="?")
    ap.add_argument("-o", "--output")
    ap.add_argument("--include-private", action="store_true")
    ap.add_argument("--teaching-points", choices=("min_students", "exclude", "merge"),
                    default="min_students")
    ap.add_argument("--teaching-point-min-students", type=int, default=50)
    ap.add_argument("--cv-weighting", choices=("students", "unweighted"), default="students")
    ap.add_argument("--self-test", action="store_true")
    a = ap.parse_args(argv)
    if a.self_test:
        self_test()
        return 0
    if not a.schools:
        ap.error("SCHOOLS.csv required")
    try:
        res = evaluate(read_schools(a.schools), a.include_private, a.teaching_points,
                       a.teaching_point_min_students, a.cv_weighting)
    except InputError as e:
        print("ref_evaluate: %s" % e, file=sys.stderr)
        return 65
    text = json.dumps(res, ensure_ascii=False, indent=1) + "\n"
    if a.output:
        with open(a.output, "w", encoding="utf-8") as f:
            f.write(text)
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
