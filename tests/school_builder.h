/* SPDX-License-Identifier: MIT */
/* Test helper: build a school table from a compact array of rows (NaN = missing cell, NULL = missing text).
 * Used by test_evaluate.c, test_result_json.c, test_threads.c. */
#ifndef YJJH_TEST_SCHOOL_BUILDER_H
#define YJJH_TEST_SCHOOL_BUILDER_H

#include <math.h>
#include <stddef.h>
#include <yjjh/yjjh.h>

#define M NAN /* missing */

typedef struct tschool {
    const char *id, *name, *type, *own, *county, *parent;
    double p, j, s;                    /* primary / junior / senior students */
    double t1p, t2p, t3p;              /* primary R1-R3 teacher counts */
    double t1j, t2j, t3j;              /* junior R1-R3 teacher counts */
    double area, sports, equip, rooms; /* school totals (R4-R7) */
} tschool;

/* Returns NULL on failure. Text columns school_id, school_name, school_type, ownership, county_code, parent_id;
 * number columns as in tschool. */
static inline yjjh_schools *tbuild(const tschool *rows, size_t n)
{
    static const yjjh_column ncols[] = {YJJH_COL_PRIMARY_STUDENTS,
                                        YJJH_COL_JUNIOR_STUDENTS,
                                        YJJH_COL_SENIOR_STUDENTS,
                                        YJJH_COL_PRIMARY_TEACHERS_ABOVE_DEGREE,
                                        YJJH_COL_PRIMARY_BACKBONE_TEACHERS,
                                        YJJH_COL_PRIMARY_PE_ART_TEACHERS,
                                        YJJH_COL_JUNIOR_TEACHERS_ABOVE_DEGREE,
                                        YJJH_COL_JUNIOR_BACKBONE_TEACHERS,
                                        YJJH_COL_JUNIOR_PE_ART_TEACHERS,
                                        YJJH_COL_TEACHING_AREA,
                                        YJJH_COL_SPORTS_AREA,
                                        YJJH_COL_EQUIPMENT_VALUE,
                                        YJJH_COL_MULTIMEDIA_ROOMS};
    yjjh_schools *t = NULL;
    if (yjjh_schools_new(&t, n) != YJJH_OK)
        return NULL;
    for (size_t r = 0; r < n; r++) {
        const tschool *s = &rows[r];
        const double v[] = {s->p,   s->j,   s->s,    s->t1p,    s->t2p,   s->t3p,  s->t1j,
                            s->t2j, s->t3j, s->area, s->sports, s->equip, s->rooms};
        if (yjjh_schools_set_text(t, r, YJJH_COL_SCHOOL_ID, s->id) != YJJH_OK ||
            yjjh_schools_set_text(t, r, YJJH_COL_SCHOOL_NAME, s->name) != YJJH_OK ||
            yjjh_schools_set_text(t, r, YJJH_COL_SCHOOL_TYPE, s->type) != YJJH_OK ||
            yjjh_schools_set_text(t, r, YJJH_COL_OWNERSHIP, s->own) != YJJH_OK ||
            yjjh_schools_set_text(t, r, YJJH_COL_COUNTY_CODE, s->county) != YJJH_OK ||
            yjjh_schools_set_text(t, r, YJJH_COL_PARENT_ID, s->parent) != YJJH_OK) {
            yjjh_schools_free(t);
            return NULL;
        }
        for (size_t c = 0; c < sizeof ncols / sizeof ncols[0]; c++) {
            if (yjjh_schools_set_number(t, r, ncols[c], v[c]) != YJJH_OK) {
                yjjh_schools_free(t);
                return NULL;
            }
        }
    }
    return t;
}

/* The §9 worked example: three primary schools where only R4 differs (all other indicators equal and met:
 * R1 6, R2 2, R3 1.2, R5 8, R6 2400, R7 2.4). */
#define SCHOOL_A                                                                                                       \
  {                                                                                                                    \
    "A", "甲小学", "primary", "public", "350502", NULL, 1000, M, M, 60, 20, 12, M, M, M, 5000, 8000, 2400000, 24       \
  }
#define SCHOOL_B                                                                                                       \
  {                                                                                                                    \
    "B", "乙小学", "primary", "public", "350502", NULL, 500, M, M, 30, 10, 6, M, M, M, 2000, 4000, 1200000, 12         \
  }
#define SCHOOL_C                                                                                                       \
  {                                                                                                                    \
    "C", "丙小学", "primary", "public", "350502", NULL, 250, M, M, 15, 5, 3, M, M, M, 1500, 2000, 600000, 6            \
  }

#endif
