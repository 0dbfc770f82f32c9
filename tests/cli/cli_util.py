# SPDX-License-Identifier: MIT
"""Helpers of the CLI tests: where the yjjh binary and the data are, running it, writing input files."""
import os
import subprocess

SOURCE_DIR = os.environ.get("YJJH_SOURCE_DIR",
                            os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..")))
CLI = os.environ.get("YJJH_CLI", os.path.join(SOURCE_DIR, "build", "tools", "yjjh"))
EXAMPLES = os.path.join(SOURCE_DIR, "examples", "data")
GOLDEN = os.path.join(SOURCE_DIR, "tests", "data", "golden")


def run(*args, stdin=None, cwd=None):
    """Run yjjh with args; returns CompletedProcess with text stdout/stderr (UTF-8)."""
    return subprocess.run([CLI, *map(str, args)], input=stdin, capture_output=True, cwd=cwd,
                          timeout=120)


def text(b):
    return b.decode("utf-8")


def write(path, content, encoding="utf-8"):
    """Write content (str or bytes) to path and return the path as str."""
    data = content if isinstance(content, bytes) else content.encode(encoding)
    with open(path, "wb") as f:
        f.write(data)
    return str(path)


# A small valid schools file: 3 primary schools of one county, English headers, the §9 worked example for R4
# plus values that meet every other standard.
HEADER = ("school_id,school_name,county_code,school_type,primary_students,primary_teachers_above_degree,"
          "primary_backbone_teachers,primary_pe_art_teachers,teaching_area,sports_area,equipment_value,"
          "multimedia_rooms")
ROWS = [
    "A,Alpha,350502,primary,1000,50,20,10,5000,8000,2500000,25",
    "B,Beta,350502,primary,500,25,10,5,2000,4000,1250000,13",
    "C,Gamma,350502,primary,250,13,5,3,1500,2000,625000,7",
]


def small_csv(rows=None, header=HEADER):
    return "\n".join([header] + (ROWS if rows is None else rows)) + "\n"
