#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Generate the fictional example data of the planning examples (run once; the outputs are committed):

- city_30.csv: 30 counties of a fictional city (620401..620430), 6-12 schools each, seeded, most of them close
  to the national-2017 standards and some failing the school rule or a CV;
- trend/jinchuan_2022.csv, jinchuan_2023.csv, jinchuan_2024.csv: jinchuan.csv over three years, the sports ground
  of 金川区 school 08 growing each year (11800, 13200, 14650 m²) so that the primary R5 CV rises towards its
  0.50 limit and the linear trend crosses it by 2026;
- trend/facts_2022.csv .. facts_2024.csv: education_budget and budget_per_student per year; budget_per_student
  falls in 2023 (两个只增不减 not met that year).
Usage: python3 examples/data/generate_plan_examples.py (from the repository root).
"""
import csv
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))

COLUMNS = ("county_code,county_name,school_id,school_name,school_type,ownership,location,primary_students,"
           "junior_students,primary_teachers_above_degree,junior_teachers_above_degree,primary_backbone_teachers,"
           "junior_backbone_teachers,primary_pe_art_teachers,junior_pe_art_teachers,teaching_area,sports_area,"
           "equipment_value,multimedia_rooms").split(",")


def city():
    rng = random.Random(20261201)
    rows = []
    for c in range(30):
        code = str(620401 + c)
        name = "示例市第%d县" % (c + 1)
        quality = rng.choice([1.0, 1.0, 1.1, 0.95, 0.9])  # how close to the standards the county is
        for s in range(rng.randint(6, 12)):
            kind = rng.choices(["primary", "junior", "nine_year"], [0.6, 0.3, 0.1])[0]
            p = rng.randint(150, 1800) if kind != "junior" else 0
            j = rng.randint(150, 1400) if kind != "primary" else 0
            d = p + 1.1 * j

            def f():
                u = rng.random()
                if u < 0.04:
                    return rng.uniform(0.5, 0.8) * quality
                if u < 0.07:
                    return rng.uniform(2.0, 3.0)
                return rng.uniform(0.95, 1.35) * quality

            row = {
                "county_code": code, "county_name": name, "school_id": "%s%03d" % (code, s + 1),
                "school_name": "%s%s%d" % (name, {"primary": "小学", "junior": "中学", "nine_year": "学校"}[kind],
                                           s + 1),
                "school_type": kind, "ownership": "public", "location": rng.choice(["urban", "town", "rural"]),
                "primary_students": p if p else "", "junior_students": j if j else "",
                "primary_teachers_above_degree": round(0.042 * p * f()) if p else "",
                "junior_teachers_above_degree": round(0.053 * j * f()) if j else "",
                "primary_backbone_teachers": round(0.010 * p * f()) if p else "",
                "junior_backbone_teachers": round(0.010 * j * f()) if j else "",
                "primary_pe_art_teachers": round(0.009 * p * f()) if p else "",
                "junior_pe_art_teachers": round(0.009 * j * f()) if j else "",
                "teaching_area": round(5.0 * d * f()),
                "sports_area": round(8.8 * d * f()),
                "equipment_value": round(2300 * d * f()),
                "multimedia_rooms": round(0.025 * d * f()),
            }
            rows.append(row)
    with open(os.path.join(HERE, "city_30.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


def trend():
    with open(os.path.join(HERE, "jinchuan.csv"), newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        header = reader.fieldnames
        base = list(reader)
    for year, sports in ((2022, 11800), (2023, 13200), (2024, 14650)):
        with open(os.path.join(HERE, "trend", "jinchuan_%d.csv" % year), "w", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(fh, header, lineterminator="\n")
            w.writeheader()
            for r in base:
                r = dict(r)
                if r["school_id"] == "2162030208":
                    r["sports_area"] = str(sports)
                w.writerow(r)
    for year, budget, per_student in ((2022, 412000000, 18900), (2023, 425000000, 18650), (2024, 441000000, 19400)):
        with open(os.path.join(HERE, "trend", "facts_%d.csv" % year), "w", newline="", encoding="utf-8") as fh:
            fh.write("county_code,evaluation_year,education_budget,budget_per_student\n")
            fh.write("620302,%d,%d,%d\n" % (year, budget, per_student))


if __name__ == "__main__":
    city()
    trend()
