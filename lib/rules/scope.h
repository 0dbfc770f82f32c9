/* SPDX-License-Identifier: MIT */
/* Private: the scope rules of indicators.md §1 — which school parts are evaluated, and teaching points merged
 * into their 中心校 (teaching_points = merge). Never installed. */
#ifndef YJJH_LIB_SCOPE_H
#define YJJH_LIB_SCOPE_H

#include <stddef.h>
#include "yjjh/yjjh.h"
#include "profile/profile.h"
#include "input/schools_internal.h"

/* What validation learned about one row (used by the evaluator so nothing is parsed twice). */
typedef struct yjjh__row_info {
    yjjh__school_type type;
    int is_private;
    long parent;        /* merge mode: row of the 中心校 this teaching point is merged into; else -1 */
    double students[3]; /* own enrolment primary/junior/senior (missing = 0) */
    double merged[3];   /* enrolment after teaching points were merged in (= students otherwise) */
} yjjh__row_info;

/* Whether teaching points are merged into their 中心校 under this profile. */
int yjjh__merge_mode(const yjjh_profile *p);

/* Whether row `parent` can take a merged teaching point: a school with a primary stage, not a teaching point. */
int yjjh__merge_target_ok(const yjjh__row_info *parent);

/* Merge teaching point row tp into row parent (merge mode; yjjh__merge_target_ok(&rows[parent])): records the
 * parent and adds the teaching point's primary students to the parent's merged enrolment. */
void yjjh__merge_students(yjjh__row_info *rows, size_t tp, size_t parent);

/* Scope of one school part (indicators.md §1): the first applicable reason of special, private, teaching_point,
 * no_students, or YJJH_EXCLUDED_NONE. Uses ri->merged for the enrolment and ri->students for teaching points. */
static inline yjjh_exclusion yjjh__part_scope(const yjjh_profile *p, const yjjh__row_info *ri, yjjh_stage stage)
{
    int si = yjjh__stage_index(stage);
    if (ri->type == YJJH__T_SPECIAL)
        return YJJH_EXCLUDED_SPECIAL;
    if (ri->is_private && yjjh__p(p, P_INCLUDE_PRIVATE) == 0)
        return YJJH_EXCLUDED_PRIVATE;
    if (ri->type == YJJH__T_TEACHING_POINT) {
        int mode = (int)yjjh__p(p, P_TEACHING_POINTS);
        if (p->scheme == YJJH_SCHEME_BASIC_2012 || mode == YJJH_TP_EXCLUDE || mode == YJJH_TP_MERGE ||
            ri->students[0] < yjjh__p(p, P_TEACHING_POINT_MIN_STUDENTS))
            return YJJH_EXCLUDED_TEACHING_POINT;
    }
    if (si < 0 || !(ri->merged[si] > 0))
        return YJJH_EXCLUDED_NO_STUDENTS;
    return YJJH_EXCLUDED_NONE;
}

/* What the teaching points merged into one 中心校 add to its numerators (merge mode only). */
typedef struct yjjh__merge_add {
    double teacher[YJJH__NUM_COUNT];   /* primary teacher counts */
    double stage_fac[YJJH__NUM_COUNT]; /* added to the parent's primary_* facility */
    double total_fac[YJJH__NUM_COUNT]; /* added to the parent's school-total facility */
} yjjh__merge_add;

/* The merge records of a table: add_of[row] indexes adds for a 中心校 that received teaching points, else -1. */
typedef struct yjjh__merges {
    yjjh__merge_add *adds;
    long *add_of;
} yjjh__merges;

/* Build the merge records from rows (after validation) following the reference rules of §1: a teaching
 * point's primary_* value, else its school-total value, goes to the parent's primary_* facility when the
 * parent gives one (or no total), else to the parent's total. Returns YJJH_OK or YJJH_E_NOMEM; free with
 * yjjh__merges_free() in both cases. */
yjjh_status yjjh__merges_build(yjjh__merges *m, const yjjh_schools *t, const yjjh__row_info *rows, size_t n);

/* What row receives from merged teaching points, or NULL (none, or no merge records). */
const yjjh__merge_add *yjjh__merge_of(const yjjh__merges *m, size_t row);

void yjjh__merges_free(yjjh__merges *m);

#endif
