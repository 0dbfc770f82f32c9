#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Write the seed corpus of fuzz_evaluate (tests/fuzz/corpus/evaluate/): small valid and invalid tables in the
byte layout that fuzz_evaluate.c reads (keep num_cols below in the order of its num_cols[])."""
import os
import struct

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "corpus", "evaluate")

# fuzz_evaluate.c num_cols[], as (name, value for a school of p primary and j junior students)
num_cols = [
    ("primary_students", lambda p, j: p), ("junior_students", lambda p, j: j), ("senior_students", lambda p, j: 0),
    ("primary_teachers_above_degree", lambda p, j: p * 55 // 1000),
    ("primary_backbone_teachers", lambda p, j: p * 15 // 1000),
    ("primary_pe_art_teachers", lambda p, j: p * 12 // 1000),
    ("junior_teachers_above_degree", lambda p, j: j * 60 // 1000),
    ("junior_backbone_teachers", lambda p, j: j * 20 // 1000),
    ("junior_pe_art_teachers", lambda p, j: j * 14 // 1000),
    ("teaching_area", lambda p, j: (p + j) * 5), ("sports_area", lambda p, j: (p + j) * 9),
    ("equipment_value", lambda p, j: (p + j) * 30), ("multimedia_rooms", lambda p, j: (p + j) * 3 // 100),
    ("primary_teaching_area", lambda p, j: 0), ("junior_sports_area", lambda p, j: 0),
    ("primary_classes", lambda p, j: p // 45), ("primary_max_class_size", lambda p, j: 45 if p else 0),
    ("music_rooms", lambda p, j: 2), ("art_rooms", lambda p, j: 2), ("music_room_min_area", lambda p, j: 96),
    ("art_room_min_area", lambda p, j: 90), ("computers", lambda p, j: (p + j) // 10),
    ("books", lambda p, j: (p + j) * 30), ("primary_fulltime_teachers", lambda p, j: p // 18),
    ("primary_mid_title_teachers", lambda p, j: p // 40), ("junior_mid_title_teachers", lambda p, j: j // 30),
    ("junior_classes", lambda p, j: j // 50), ("junior_fulltime_teachers", lambda p, j: j // 12),
    ("certified_teachers", lambda p, j: p // 18 + j // 12), ("training_funds", lambda p, j: 5000),
    ("public_funds", lambda p, j: 60000),
]


def type_byte(t, owner=0, county=0, parent=0, dup=0):
    """The row byte b with b % 9 == t that matches most of the other wishes (they share bits)."""
    want = {"owner": owner, "county": county, "parent": parent, "dup": dup}
    best = None
    for b in range(256):
        if b % 9 != t:
            continue
        got = {"owner": (b >> 4) % 4, "county": (b >> 2) % 3, "parent": b & 1, "dup": b >> 7}
        score = sum(got[k] == v for k, v in want.items())
        if best is None or score > best[0]:
            best = (score, b)
    return best[1]


def row_u16(tb, p, j=0):
    return bytes([tb]) + b"".join(struct.pack("<H", min(f(p, j), 65535)) for _, f in num_cols)


def row_f64(tb, values):
    return bytes([tb]) + b"".join(struct.pack("<d", v) for v in values)


# type index: 0 primary, 1 junior, 2 nine_year, 3 complete_secondary, 4 twelve_year, 5 teaching_point, 6 special
seeds = {
    "three_primary_2017": bytes([2, 2]) + row_u16(type_byte(0), 1000) + row_u16(type_byte(0), 500)
    + row_u16(type_byte(0), 250),
    "three_primary_2012": bytes([2, 3]) + row_u16(type_byte(0), 1000) + row_u16(type_byte(0), 500)
    + row_u16(type_byte(0), 250),
    "nine_year_two_counties": bytes([3, 2]) + row_u16(type_byte(2), 600, 400)
    + row_u16(type_byte(1, county=1), 0, 800) + row_u16(type_byte(0, county=1), 300)
    + row_u16(type_byte(5, parent=1), 20),
    "private_special_teaching_point": bytes([3, 2]) + row_u16(type_byte(0, owner=2), 100)
    + row_u16(type_byte(6), 50) + row_u16(type_byte(5, parent=1), 10) + row_u16(type_byte(3), 0, 300),
    "doubles_valid": bytes([1, 0]) + row_f64(type_byte(0), [float(f(800, 0)) for _, f in num_cols])
    + row_f64(type_byte(0), [float(f(300, 0)) for _, f in num_cols]),
    "doubles_nan_inf_negative": bytes([0, 0]) + row_f64(type_byte(0), [float("nan"), -0.0, float("inf"), -5.0,
                                                                       1e308, 5e-324, 0.5]),
}

if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for name in os.listdir(OUT):
        os.unlink(os.path.join(OUT, name))
    for name, data in seeds.items():
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(data)
    print(f"wrote {len(seeds)} seeds to {OUT}")
