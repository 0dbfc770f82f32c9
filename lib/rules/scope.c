/* SPDX-License-Identifier: MIT */
/* The scope rules of indicators.md §1: which school parts are evaluated (special schools, private schools,
 * teaching points, stages without students) and the merge of teaching points into their 中心校
 * (teaching_points = merge): enrolment at validation, numerators at evaluation. */
#include <math.h>
#include <stdlib.h>
#include "rules/scope.h"

int yjjh__merge_mode(const yjjh_profile *p)
{
    return p->scheme == YJJH_SCHEME_QUALITY_2017 && (int)yjjh__p(p, P_TEACHING_POINTS) == YJJH_TP_MERGE;
}

int yjjh__merge_target_ok(const yjjh__row_info *parent)
{
    return parent->type != YJJH__T_TEACHING_POINT && yjjh__type_serves(parent->type, YJJH_STAGE_PRIMARY);
}

void yjjh__merge_students(yjjh__row_info *rows, size_t tp, size_t parent)
{
    rows[tp].parent = (long)parent;
    rows[parent].merged[0] += rows[tp].students[0];
}

yjjh_status yjjh__merges_build(yjjh__merges *m, const yjjh_schools *t, const yjjh__row_info *rows, size_t n)
{
    size_t n_adds = 0;
    m->adds = NULL;
    m->add_of = malloc((n ? n : 1) * sizeof *m->add_of);
    if (!m->add_of)
        return YJJH_E_NOMEM;
    for (size_t r = 0; r < n; r++)
        m->add_of[r] = -1;
    for (size_t r = 0; r < n; r++)
        if (rows[r].parent >= 0 && m->add_of[rows[r].parent] < 0)
            m->add_of[rows[r].parent] = (long)n_adds++;
    if (n_adds == 0)
        return YJJH_OK;
    m->adds = calloc(n_adds, sizeof *m->adds);
    if (!m->adds)
        return YJJH_E_NOMEM;
    for (size_t r = 0; r < n; r++) {
        size_t pr;
        yjjh__merge_add *a;
        if (rows[r].parent < 0)
            continue;
        pr = (size_t)rows[r].parent;
        a = &m->adds[m->add_of[pr]];
        for (int num = 0; num < YJJH__NUM_COUNT; num++) {
            yjjh_column pc = yjjh__numerator_column((yjjh_numerator)num, YJJH_STAGE_PRIMARY);
            yjjh_column tc = yjjh__numerator_column((yjjh_numerator)num, YJJH_STAGE_NONE);
            double v = yjjh__cell(t, pc, r);
            if (!tc) {
                if (!isnan(v))
                    a->teacher[num] += v;
                continue;
            }
            if (isnan(v))
                v = yjjh__cell(t, tc, r);
            if (isnan(v))
                continue;
            if (!isnan(yjjh__cell(t, pc, pr)) || isnan(yjjh__cell(t, tc, pr)))
                a->stage_fac[num] += v;
            else
                a->total_fac[num] += v;
        }
    }
    return YJJH_OK;
}

const yjjh__merge_add *yjjh__merge_of(const yjjh__merges *m, size_t row)
{
    return (m->add_of && m->add_of[row] >= 0) ? &m->adds[m->add_of[row]] : NULL;
}

void yjjh__merges_free(yjjh__merges *m)
{
    free(m->adds);
    free(m->add_of);
    m->adds = NULL;
    m->add_of = NULL;
}
