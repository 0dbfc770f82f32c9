#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Seeded generator of a realistic national schools CSV and county facts file.

    bench/gen_national.py OUTDIR [--scale 1|4|16|FLOAT] [--seed N]

writes OUTDIR/national_<scale>x.csv (schools, English headers, the columns of examples/data/jinchuan.csv) and
OUTDIR/national_<scale>x_facts.csv (one row per county). Scale 1 is the national design point: ≈210,000 schools
in ≈2,900 counties, ≈38 MB. Scale k has k times the counties (same distribution), so time and memory can be
checked for linear growth. The same seed and scale always give the same bytes.

What makes it realistic: school sizes from a handful of students (teaching points, village schools) to 5,000
(large urban schools); every school type with shares close to the national statistics (primary 55 %, teaching
points 15 % each with a `parent_id` naming a primary school of its county, junior 15 %, 九年一贯制 9 %, complete
secondary 3 %, twelve-year 1 %, special 1 %), 8 % private schools, resource levels drawn around the national-2017
standards so that ≈40 % of the school parts fail the school rule. Written by the benchmarks into the build
directory; never commit the output.
"""

import argparse
import os
import sys

import numpy as np

HEADER = ("county_code,county_name,school_id,school_name,school_type,ownership,location,parent_id,"
          "primary_students,junior_students,senior_students,primary_classes,junior_classes,"
          "primary_max_class_size,junior_max_class_size,primary_fulltime_teachers,junior_fulltime_teachers,"
          "primary_teachers_above_degree,junior_teachers_above_degree,primary_backbone_teachers,"
          "junior_backbone_teachers,primary_pe_art_teachers,junior_pe_art_teachers,primary_mid_title_teachers,"
          "junior_mid_title_teachers,certified_teachers,teaching_area,sports_area,equipment_value,"
          "multimedia_rooms,computers,books,music_rooms,music_room_min_area,art_rooms,art_room_min_area,"
          "training_funds,public_funds")

TYPES = ["primary", "teaching_point", "junior", "nine_year", "complete_secondary", "twelve_year", "special"]
SHARES = [0.55, 0.15, 0.15, 0.09, 0.03, 0.01, 0.02]

# national-2017 minimums (primary, junior) of R1..R7: per-100 for R1-R3 and R7, per student for R4-R6
STD = {"R1": (4.2, 5.3), "R2": (1.0, 1.0), "R3": (0.9, 0.9), "R4": (4.5, 5.8), "R5": (7.5, 10.2),
       "R6": (2000.0, 2500.0), "R7": (2.3, 2.4)}

FACTS_HEADER = ("county_code,evaluation_year,basic_balance_year,layout_reasonable,standards_enforced,"
                "small_school_funding,special_ed_funds_per_student,teacher_salary,civil_servant_salary,"
                "training_360h_rate,staffing_coordinated,rotation_rate,rotation_backbone_share,certified_rate,"
                "nearby_enrolment_primary,nearby_enrolment_junior,quota_allocation_rate,left_behind_care,"
                "migrant_public_rate,junior_retention_rate,disabled_enrolment_rate,school_charters_it,"
                "training_funds_share,teacher_it_use,moral_education_good,curriculum_complete,no_excess_burden,"
                "monitoring_level,monitoring_school_gap,social_recognition_rate,veto_exam_admission,"
                "veto_school_choice,veto_key_schools,veto_key_classes,veto_major_incident,basic_cv_primary_3y,"
                "basic_cv_junior_3y")


def generate(scale: float, seed: int):
    rng = np.random.default_rng(seed)
    n_counties = int(round(2900 * scale))
    # schools per county: 20..250, mean ≈ 72 (210,000 / 2,900)
    per = np.clip(rng.lognormal(np.log(62), 0.55, n_counties), 12, 400).astype(np.int64)
    per = np.maximum(1, np.round(per * (210000 * scale / per.sum()))).astype(np.int64)
    n = int(per.sum())
    county = np.repeat(np.arange(n_counties), per)
    # a county-level quality factor: some counties are rich, some are poor
    cq = rng.normal(0.0, 0.12, n_counties)[county]
    kind = rng.choice(len(TYPES), size=n, p=SHARES)
    private = (rng.random(n) < 0.08) & (kind != 1) & (kind != 6)
    location = rng.choice(3, size=n, p=[0.3, 0.3, 0.4])
    has_p = np.isin(kind, [0, 1, 3, 5])
    has_j = np.isin(kind, [2, 3, 4, 5])
    has_s = np.isin(kind, [4, 5])
    size = np.clip(rng.lognormal(np.log(520), 0.85, n), 8, 5000)
    size = np.where(kind == 1, np.clip(rng.lognormal(np.log(45), 0.7, n), 3, 160), size)
    size = np.where(kind == 6, np.clip(rng.lognormal(np.log(90), 0.5, n), 10, 400), size)
    ps = np.where(has_p, np.floor(size * np.where(has_j, 0.62, 1.0)), 0)
    js = np.where(has_j, np.floor(size * np.where(has_p, 0.38, np.where(has_s, 0.5, 1.0))), 0)
    ss = np.where(has_s, np.floor(size * 0.5), 0)
    # a 九年一贯制 school without junior intake this year now and then
    no_j = (kind == 3) & (rng.random(n) < 0.03)
    js = np.where(no_j, 0, js)
    ps = np.maximum(ps, np.where(has_p & (kind != 1), 1, ps))
    js = np.where(has_j & ~no_j, np.maximum(js, 1), js)
    special_students = np.where(kind == 6, np.floor(size), 0)
    pclasses = np.where(ps > 0, np.ceil(ps / 42), 0)
    jclasses = np.where(js > 0, np.ceil(js / 46), 0)
    pmax = np.where(ps > 0, np.minimum(np.maximum(np.floor(ps / np.maximum(pclasses, 1)) + rng.integers(0, 8, n),
                                                  1), 70), 0)
    jmax = np.where(js > 0, np.minimum(np.maximum(np.floor(js / np.maximum(jclasses, 1)) + rng.integers(0, 8, n),
                                                  1), 75), 0)

    def level(k):
        # the ratio of a school's resource to the standard: around 1.3, some far below
        return np.exp(rng.normal(0.27, 0.24, n) + cq)

    def count(stage_students, std, k):
        return np.where(stage_students > 0, np.floor(stage_students * std * level(k) / 100.0 + 0.5), 0)

    pt = np.where(ps > 0, np.ceil(ps / 17), 0)
    jt = np.where(js > 0, np.ceil(js / 12.5), 0)
    pdeg = np.minimum(count(ps, STD["R1"][0], 1), pt)
    jdeg = np.minimum(count(js, STD["R1"][1], 1), jt)
    pbb = count(ps, STD["R2"][0], 2)
    jbb = count(js, STD["R2"][1], 2)
    ppe = count(ps, STD["R3"][0], 3)
    jpe = count(js, STD["R3"][1], 3)
    pmid = np.floor(pt * 0.55)
    jmid = np.floor(jt * 0.6)
    total = ps + js
    # facilities per school (shared between stages): weighted like the standards of the stages the school serves
    mix = np.where(total > 0, ps / np.maximum(total, 1), 1.0)

    def facility(r, decimals):
        stdv = STD[r][0] * mix + STD[r][1] * (1 - mix)
        base = (total + ss * 1.2 + special_students) * stdv * level(r)
        if r == "R7":
            base = base / 100.0
        return np.round(base, decimals)

    tarea = facility("R4", 1)
    sarea = facility("R5", 0)
    equip = facility("R6", 0)
    mm = np.maximum(facility("R7", 0), np.where(total > 0, 1, 0))
    computers = np.floor((total + ss) * 0.12)
    books = np.floor((total + ss) * 32)
    cls = pclasses + jclasses
    music = np.ceil(np.maximum(cls, 1) / 12) + (rng.random(n) < 0.15) * -1
    art = np.ceil(np.maximum(cls, 1) / 12)
    music_area = rng.choice([88, 96, 100, 108, 120], size=n, p=[0.05, 0.35, 0.3, 0.2, 0.1])
    art_area = rng.choice([84, 90, 96, 100], size=n, p=[0.05, 0.45, 0.3, 0.2])
    certified = np.maximum(pt + jt - (rng.random(n) < 0.03), 0)
    training = np.floor((pt + jt) * 880)
    public = np.floor((total + special_students) * 850)

    # teaching points: parent_id = a primary, public school of the same county (the one before it, else none)
    is_host = (kind == 0) & ~private
    host_idx = np.where(is_host, np.arange(n), -1)
    last_host = np.maximum.accumulate(np.where(host_idx >= 0, host_idx, -1))
    county_start = np.repeat(np.cumsum(per) - per, per)
    parent = np.where((kind == 1) & (last_host >= county_start), last_host, -1)

    return dict(n=n, n_counties=n_counties, county=county, kind=kind, private=private, location=location,
                ps=ps, js=js, ss=ss, sp=special_students, pclasses=pclasses, jclasses=jclasses, pmax=pmax,
                jmax=jmax, pt=pt, jt=jt, pdeg=pdeg, jdeg=jdeg, pbb=pbb, jbb=jbb, ppe=ppe, jpe=jpe, pmid=pmid,
                jmid=jmid, certified=certified, tarea=tarea, sarea=sarea, equip=equip, mm=mm,
                computers=computers, books=books, music=music, music_area=music_area, art=art, art_area=art_area,
                training=training, public=public, parent=parent)


def num(a):
    """Whole numbers without '.0', other values with the shortest text numpy gives."""
    out = a.astype(np.int64).astype(str)
    frac = a != np.floor(a)
    if frac.any():
        out = out.astype(object)
        out[frac] = np.char.mod("%.1f", a[frac])
    return out.astype(object)


def blank_unless(cond, text):
    return np.where(cond, text, "").astype(object)


def write(outdir: str, scale: float, seed: int):
    g = generate(scale, seed)
    n = g["n"]
    tag = ("%g" % scale).replace(".", "_")
    path = os.path.join(outdir, "national_%sx.csv" % tag)
    facts_path = os.path.join(outdir, "national_%sx_facts.csv" % tag)
    codes = np.array(["%06d" % (110000 + c * 7) for c in range(g["n_counties"])], dtype=object)
    cnames = np.array(["第%d县" % c for c in range(g["n_counties"])], dtype=object)
    ids = np.char.add("S", np.char.zfill(np.arange(n).astype(str), 8)).astype(object)
    kind = g["kind"]
    tnames = {0: "小学", 1: "教学点", 2: "初级中学", 3: "九年一贯制学校", 4: "完全中学", 5: "十二年一贯制学校", 6: "特殊教育学校"}
    names = np.char.add(np.char.add(cnames[g["county"]].astype(str), np.arange(n).astype(str)),
                        np.array([tnames[k] for k in range(7)])[kind]).astype(object)
    types = np.array(TYPES, dtype=object)[kind]
    own = np.where(g["private"], "private", "public").astype(object)
    loc = np.array(["urban", "town", "rural"], dtype=object)[g["location"]]
    parent = np.where(g["parent"] >= 0, ids[np.maximum(g["parent"], 0)], "").astype(object)
    ps, js, ss = g["ps"], g["js"], g["ss"]
    has_p = ps > 0
    has_j = js > 0
    # the enrolment of a stage the school type serves is always given (0 when empty this year)
    serves_p = np.isin(kind, [0, 1, 3, 5])
    serves_j = np.isin(kind, [2, 3, 4, 5])
    sp_students = np.where(kind == 6, g["sp"], 0)
    cols = [codes[g["county"]], cnames[g["county"]], ids, names, types, own, loc, parent,
            blank_unless(serves_p | (kind == 6), num(np.where(kind == 6, sp_students, ps))),
            blank_unless(serves_j, num(js)), blank_unless(ss > 0, num(ss)),
            blank_unless(has_p, num(g["pclasses"])), blank_unless(has_j, num(g["jclasses"])),
            blank_unless(has_p, num(g["pmax"])), blank_unless(has_j, num(g["jmax"])),
            blank_unless(has_p, num(g["pt"])), blank_unless(has_j, num(g["jt"])),
            blank_unless(has_p, num(g["pdeg"])), blank_unless(has_j, num(g["jdeg"])),
            blank_unless(has_p, num(g["pbb"])), blank_unless(has_j, num(g["jbb"])),
            blank_unless(has_p, num(g["ppe"])), blank_unless(has_j, num(g["jpe"])),
            blank_unless(has_p, num(g["pmid"])), blank_unless(has_j, num(g["jmid"])),
            num(g["certified"]), num(g["tarea"]), num(g["sarea"]), num(g["equip"]), num(g["mm"]),
            num(g["computers"]), num(g["books"]), num(g["music"]), num(g["music_area"]), num(g["art"]),
            num(g["art_area"]), num(g["training"]), num(g["public"])]
    # special schools: only the identity, enrolment and the facility columns
    lines = cols[0]
    for c in cols[1:]:
        lines = lines + "," + c
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(HEADER + "\n")
        f.write("\n".join(lines.tolist()))
        f.write("\n")
    frng = np.random.default_rng(seed + 1)
    with open(facts_path, "w", encoding="utf-8", newline="\n") as f:
        f.write(FACTS_HEADER + "\n")
        for c in range(g["n_counties"]):
            rot = "%.2f" % (0.08 + 0.1 * frng.random())
            f.write("%s,2026,2020,true,true,true,7500,98600,96200,1.0,true,%s,0.26,1.0,1.0,0.97,0.62,true,0.93,"
                    "0.985,0.97,true,0.058,true,true,true,true,4,0.11,0.91,false,false,false,false,false,0.38,"
                    "0.31\n" % (codes[c], rot))
    return path, facts_path, n, g["n_counties"]


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir")
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--seed", type=int, default=20261201)
    a = ap.parse_args(argv)
    os.makedirs(a.outdir, exist_ok=True)
    path, facts, n, nc = write(a.outdir, a.scale, a.seed)
    print("%s: %d schools in %d counties, %.1f MB; facts %s" % (path, n, nc, os.path.getsize(path) / 1e6, facts))


if __name__ == "__main__":
    main(sys.argv[1:])
