/* SPDX-License-Identifier: MIT */
/* yjjh_schools_validate(): every error of data-format.md "Errors" for a school table, in one pass. */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "evaluate/validate.h"
#include "common/diag_report.h"
#include "common/num_text.h"
#include "common/strmap.h"

typedef struct vctx {
    const yjjh_schools *t;
    yjjh_diag *diag;
    size_t errors;
    int nomem;
    unsigned char absent_reported[YJJH__N_COLUMNS];
    /* the number columns that are set, looked up once (check_numbers runs for every row) */
    struct {
        yjjh_column col;
        const double *v;
        int integer;
    } num[YJJH__N_COLUMNS];
    size_t n_num;
} vctx;

/* Count and report one problem at a row (row < 0: about the table) and column (0: none). */
static void report(vctx *c, yjjh_problem_code code, long row, yjjh_column col, const char *fmt, ...) YJJH__PRINTF(5, 6);
static void report(vctx *c, yjjh_problem_code code, long row, yjjh_column col, const char *fmt, ...)
{
    va_list ap;
    c->errors++;
    if (c->nomem)
        return;
    va_start(ap, fmt);
    if (yjjh__schools_vreport(c->diag, code, c->t, row, col, fmt, ap) == YJJH_E_NOMEM)
        c->nomem = 1;
    va_end(ap);
}

/* numbers in messages: printf's "%.15g" in the "C" locale */
#define g15(v) yjjh__num_g((v), 15)

/* ---- school ids ---------------------------------------------------------------------------------- */

/* school_id -> row (common/strmap.h); the keys are the table's own id texts. */
typedef struct id_index {
    yjjh__strmap map;
    const char *const *ids;
} id_index;

/* Row holding id, or -1. */
static long id_find(const id_index *x, const char *id)
{
    size_t row;
    return yjjh__strmap_get(&x->map, id, &row) ? (long)row : -1;
}

/* ---- the checks ------------------------------------------------------------------------------------ */

static const yjjh_column student_cols[3] = {YJJH_COL_PRIMARY_STUDENTS, YJJH_COL_JUNIOR_STUDENTS,
                                            YJJH_COL_SENIOR_STUDENTS};
static const char *const type_names[] = {"primary",     "junior",         "nine_year", "complete_secondary",
                                         "twelve_year", "teaching_point", "special"};

/* A usable count: finite and >= 0, else 0 (problems are reported separately). */
static double count_or_zero(double v) { return (isfinite(v) && v > 0) ? v : 0.0; }

/* No school count, area or amount comes near this; larger values are data errors, and every product and sum of
 * the evaluation stays far from overflow (1e15 × 100 × 1e6 schools < 1e24). */
#define YJJH__MAX_PLAUSIBLE 1e15

static void find_number_columns(vctx *c)
{
    c->n_num = 0;
    for (size_t i = 0; i < yjjh_column_count(); i++) {
        yjjh_column col;
        const double *v;
        if (yjjh_column_get(&col, i) != YJJH_OK || yjjh_column_is_text(col))
            continue;
        if (!(v = yjjh__schools_numbers(c->t, col)))
            continue;
        c->num[c->n_num].col = col;
        c->num[c->n_num].v = v;
        c->num[c->n_num].integer = yjjh_column_is_integer(col);
        c->n_num++;
    }
}

static void check_numbers(vctx *c, size_t row)
{
    for (size_t i = 0; i < c->n_num; i++) {
        double x = c->num[i].v[row];
        if (isnan(x) || (x >= 0 && x <= YJJH__MAX_PLAUSIBLE && (!c->num[i].integer || x == floor(x))))
            continue;
        if (isinf(x))
            report(c, YJJH_PROBLEM_NOT_FINITE, (long)row, c->num[i].col, "%s is not a finite number",
                   x > 0 ? "inf" : "-inf");
        else if (x < 0)
            report(c, YJJH_PROBLEM_NEGATIVE_VALUE, (long)row, c->num[i].col, "negative value %s", g15(x).s);
        else if (x > YJJH__MAX_PLAUSIBLE)
            report(c, YJJH_PROBLEM_TOO_LARGE, (long)row, c->num[i].col, "%s is implausibly large (above 1e15)",
                   g15(x).s);
        else
            report(c, YJJH_PROBLEM_NOT_INTEGER, (long)row, c->num[i].col, "%s is not a whole number", g15(x).s);
    }
}

static void check_needed(vctx *c, const yjjh_profile *p, const yjjh__row_info *ri, size_t row)
{
    static const yjjh_stage stages[2] = {YJJH_STAGE_PRIMARY, YJJH_STAGE_JUNIOR};
    for (int s = 0; s < 2; s++) {
        if (!yjjh__type_serves(ri->type, stages[s]) || yjjh__part_scope(p, ri, stages[s]) != YJJH_EXCLUDED_NONE)
            continue;
        for (size_t k = 0; k < p->n_indicators; k++) {
            const yjjh_indicator_def *d = p->indicators[k];
            yjjh_column sc = yjjh__numerator_column(d->num, stages[s]);
            yjjh_column tc = d->is_facility ? yjjh__numerator_column(d->num, YJJH_STAGE_NONE) : (yjjh_column)0;
            int has_sc = yjjh__schools_numbers(c->t, sc) != NULL;
            int has_tc = tc && yjjh__schools_numbers(c->t, tc) != NULL;
            if (!has_sc && !has_tc) {
                yjjh_column shown = tc ? tc : sc;
                int ix = yjjh__column_index(shown);
                if (!c->absent_reported[ix]) {
                    c->absent_reported[ix] = 1;
                    if (tc)
                        report(c, YJJH_PROBLEM_MISSING_COLUMN, -1, 0, "column %s (or %s) is missing: needed for %s %s",
                               yjjh_column_name(tc), yjjh_column_name(sc), d->code, d->name_zh);
                    else
                        report(c, YJJH_PROBLEM_MISSING_COLUMN, -1, 0, "column %s is missing: needed for %s %s",
                               yjjh_column_name(sc), d->code, d->name_zh);
                }
                continue;
            }
            if (!isnan(yjjh__cell(c->t, sc, row)) || (tc && !isnan(yjjh__cell(c->t, tc, row))))
                continue;
            report(c, YJJH_PROBLEM_MISSING_VALUE, (long)row, has_tc ? tc : sc,
                   "missing value needed for %s %s of the %s part (in scope)", d->code, d->name_zh,
                   yjjh_stage_name(stages[s]));
        }
    }
}

/* Whether any per-stage cell of stage s (0 primary, 1 junior) other than its enrolment holds a number: the
 * columns named "primary_…" / "junior_…" (teachers, classes, per-stage facilities). */
static int stage_has_other_cells(const vctx *c, int s, size_t row)
{
    const char *prefix = s == 0 ? "primary_" : "junior_";
    size_t plen = strlen(prefix);
    for (size_t i = 0; i < c->n_num; i++) {
        yjjh_column col = c->num[i].col;
        if (col == student_cols[s] || strncmp(yjjh_column_name(col), prefix, plen) != 0)
            continue;
        if (!isnan(c->num[i].v[row]))
            return 1;
    }
    return 0;
}

/* An empty enrolment cell is missing, never zero (data-format.md "Missing values and number cells"): for a
 * single-stage type (primary, junior, teaching point) it is an error; for a multi-stage type it is an error when
 * another cell of that stage has a number or when no stage of the school has students, else that stage simply has
 * no students. A missing enrolment column is reported once, about the table. */
static void check_enrolment(vctx *c, const yjjh__row_info *ri, size_t row)
{
    static const yjjh_stage st[2] = {YJJH_STAGE_PRIMARY, YJJH_STAGE_JUNIOR};
    int single = ri->type == YJJH__T_PRIMARY || ri->type == YJJH__T_JUNIOR || ri->type == YJJH__T_TEACHING_POINT;
    int any_students = 0;
    if (ri->type == YJJH__T_UNKNOWN || ri->type == YJJH__T_SPECIAL)
        return;
    for (int s = 0; s < 3; s++)
        if (ri->students[s] > 0 && (s == 2 ? yjjh__type_serves(ri->type, YJJH_STAGE_SENIOR) : 1))
            any_students = 1;
    for (int s = 0; s < 2; s++) {
        if (!yjjh__type_serves(ri->type, st[s]) || !isnan(yjjh__cell(c->t, student_cols[s], row)))
            continue;
        if (!single && any_students && !stage_has_other_cells(c, s, row))
            continue; /* a stage without students this year */
        if (!yjjh__schools_numbers(c->t, student_cols[s])) {
            int ix = yjjh__column_index(student_cols[s]);
            if (!c->absent_reported[ix]) {
                c->absent_reported[ix] = 1;
                report(c, YJJH_PROBLEM_MISSING_COLUMN, -1, 0,
                       "column %s (%s) is missing: needed for the enrolment of %s schools",
                       yjjh_column_name(student_cols[s]), yjjh_column_name_zh(student_cols[s]), type_names[ri->type]);
            }
            continue;
        }
        if (single)
            report(c, YJJH_PROBLEM_MISSING_VALUE, (long)row, student_cols[s],
                   "%s enrolment is missing (write 0 for a %s school without students)", yjjh_stage_name(st[s]),
                   type_names[ri->type]);
        else if (!any_students)
            report(c, YJJH_PROBLEM_MISSING_VALUE, (long)row, student_cols[s],
                   "%s enrolment is missing and no stage of this %s school has students (write 0 where a stage "
                   "has none)",
                   yjjh_stage_name(st[s]), type_names[ri->type]);
        else
            report(c, YJJH_PROBLEM_MISSING_VALUE, (long)row, student_cols[s],
                   "%s enrolment is missing but other %s cells of the school have numbers (write 0 for a stage "
                   "without students)",
                   yjjh_stage_name(st[s]), yjjh_stage_name(st[s]));
    }
}

static void check_row(vctx *c, const yjjh_profile *p, const yjjh__row_info *rows, const long *dup_of,
                      const id_index *ids, size_t row)
{
    const yjjh__row_info *ri = &rows[row];
    const char *const *types = yjjh__schools_texts(c->t, YJJH_COL_SCHOOL_TYPE);
    const char *const *own = yjjh__schools_texts(c->t, YJJH_COL_OWNERSHIP);
    const char *const *loc = yjjh__schools_texts(c->t, YJJH_COL_LOCATION);
    const char *const *idtext = ids->ids;

    if (idtext) {
        if (yjjh__text_blank(idtext[row]))
            report(c, YJJH_PROBLEM_MISSING_VALUE, (long)row, YJJH_COL_SCHOOL_ID, "school_id is missing");
        else if (dup_of[row] >= 0)
            report(c, YJJH_PROBLEM_DUPLICATE_ID, (long)row, YJJH_COL_SCHOOL_ID,
                   "duplicate school_id \"%s\" (first on line %zu)", idtext[row],
                   yjjh__schools_line(c->t, (size_t)dup_of[row]));
    }
    if (types) {
        if (yjjh__text_blank(types[row]))
            report(c, YJJH_PROBLEM_MISSING_VALUE, (long)row, YJJH_COL_SCHOOL_TYPE, "school_type is missing");
        else if (ri->type == YJJH__T_UNKNOWN)
            report(c, YJJH_PROBLEM_UNKNOWN_SCHOOL_TYPE, (long)row, YJJH_COL_SCHOOL_TYPE,
                   "unknown school_type \"%s\" (expected primary, junior, nine_year, complete_secondary, "
                   "twelve_year, teaching_point, special or 小学, 初中, 九年一贯制学校, 完全中学, 十二年一贯制学校, "
                   "教学点, 特殊教育学校)",
                   types[row]);
    }
    if (own && yjjh__ownership_parse(own[row]) < 0)
        report(c, YJJH_PROBLEM_UNKNOWN_OWNERSHIP, (long)row, YJJH_COL_OWNERSHIP,
               "unknown ownership \"%s\" (expected public/公办 or private/民办)", own[row]);
    if (loc && yjjh__location_parse(loc[row]) < 0)
        report(c, YJJH_PROBLEM_UNKNOWN_LOCATION, (long)row, YJJH_COL_LOCATION,
               "unknown location \"%s\" (expected urban/城区, town/镇区 or rural/乡村)", loc[row]);

    check_numbers(c, row);

    if (ri->type == YJJH__T_UNKNOWN)
        return;
    check_enrolment(c, ri, row);
    /* students in a stage the school type does not serve (special schools may have any) */
    if (ri->type != YJJH__T_SPECIAL) {
        static const yjjh_stage st[3] = {YJJH_STAGE_PRIMARY, YJJH_STAGE_JUNIOR, YJJH_STAGE_SENIOR};
        for (int s = 0; s < 3; s++)
            if (ri->students[s] > 0 && !yjjh__type_serves(ri->type, st[s]))
                report(c, YJJH_PROBLEM_STAGE_NOT_SERVED, (long)row, student_cols[s],
                       "%s %s students, but a %s school has no %s stage", g15(ri->students[s]).s,
                       yjjh_stage_name(st[s]), type_names[ri->type], yjjh_stage_name(st[s]));
    }
    /* teachers in a stage without students: the first teacher count of numerators.def that is set */
    for (int s = 0; s < 2; s++) {
        if (ri->students[s] > 0 || (isnan(yjjh__cell(c->t, student_cols[s], row)) &&
                                    yjjh__type_serves(ri->type, s == 0 ? YJJH_STAGE_PRIMARY : YJJH_STAGE_JUNIOR)))
            continue; /* a missing enrolment of a served stage is reported by check_enrolment() */
        for (int k = 0; k < YJJH__NUM_COUNT; k++) {
            yjjh_column col = yjjh__numerators[k].stage[s];
            double x;
            if (yjjh__numerators[k].total) /* a facility, not a teacher count */
                continue;
            x = yjjh__cell(c->t, col, row);
            if (isfinite(x) && x > 0 && !yjjh__schools_numbers(c->t, student_cols[s])) {
                /* the whole column is absent: one message, not one per row */
                int ix = yjjh__column_index(student_cols[s]);
                if (!c->absent_reported[ix]) {
                    c->absent_reported[ix] = 1;
                    report(c, YJJH_PROBLEM_MISSING_COLUMN, -1, 0,
                           "column %s (%s) is missing, but the table has %s teachers",
                           yjjh_column_name(student_cols[s]), yjjh_column_name_zh(student_cols[s]),
                           yjjh_stage_name(s == 0 ? YJJH_STAGE_PRIMARY : YJJH_STAGE_JUNIOR));
                }
                break;
            }
            if (isfinite(x) && x > 0) {
                report(c, YJJH_PROBLEM_TEACHERS_WITHOUT_STUDENTS, (long)row, col, "%s teachers but no %s students",
                       g15(x).s, yjjh_stage_name(s == 0 ? YJJH_STAGE_PRIMARY : YJJH_STAGE_JUNIOR));
                break;
            }
        }
    }
    /* teaching point merged into its 中心校 */
    if (yjjh__merge_mode(p) && ri->type == YJJH__T_TEACHING_POINT) {
        const char *const *par = yjjh__schools_texts(c->t, YJJH_COL_PARENT_ID);
        const char *pid = par ? par[row] : NULL;
        if (yjjh__text_blank(pid)) {
            report(c, YJJH_PROBLEM_MISSING_PARENT, (long)row, YJJH_COL_PARENT_ID,
                   "teaching point without parent_id (needed to merge it)");
        } else if (ri->parent < 0) {
            long pr = idtext ? id_find(ids, pid) : -1;
            if (pr < 0)
                report(c, YJJH_PROBLEM_UNKNOWN_PARENT, (long)row, YJJH_COL_PARENT_ID,
                       "parent_id \"%s\" is not a school_id in the table", pid);
            else
                report(c, YJJH_PROBLEM_INVALID_PARENT, (long)row, YJJH_COL_PARENT_ID,
                       "parent_id \"%s\" is not a school with a primary stage (a teaching point merges into one)", pid);
        }
    }
    check_needed(c, p, ri, row);
}

yjjh_status yjjh__validate(yjjh__row_info **rows_out, const yjjh_schools *t, const yjjh_profile *p, yjjh_diag *diag)
{
    vctx c;
    size_t n;
    yjjh__row_info *rows = NULL;
    long *dup_of = NULL;
    id_index ids = {YJJH__STRMAP_INIT, NULL};
    const char *const *types, *const *own;
    yjjh_status status = YJJH_OK;

    if (rows_out)
        *rows_out = NULL;
    if (!t || !p)
        return YJJH_E_NULL_ARG;
    n = yjjh_schools_row_count(t);
    if (n == 0)
        return YJJH_E_EMPTY;
    memset(&c, 0, sizeof c);
    c.t = t;
    find_number_columns(&c);
    c.diag = diag;

    rows = malloc(n * sizeof *rows);
    dup_of = malloc(n * sizeof *dup_of);
    ids.ids = yjjh__schools_texts(t, YJJH_COL_SCHOOL_ID);
    if (!rows || !dup_of || (ids.ids && yjjh__strmap_reserve(&ids.map, n) != YJJH_OK)) {
        status = YJJH_E_NOMEM;
        goto done;
    }

    /* pass 1: ids, types, ownership, enrolment */
    types = yjjh__schools_texts(t, YJJH_COL_SCHOOL_TYPE);
    own = yjjh__schools_texts(t, YJJH_COL_OWNERSHIP);
    if (!ids.ids)
        report(&c, YJJH_PROBLEM_MISSING_COLUMN, -1, 0, "column school_id (学校标识码) is missing");
    if (!types)
        report(&c, YJJH_PROBLEM_MISSING_COLUMN, -1, 0, "column school_type (学校类型) is missing");
    for (size_t r = 0; r < n; r++) {
        yjjh__row_info *ri = &rows[r];
        dup_of[r] = -1;
        if (ids.ids && !yjjh__text_blank(ids.ids[r])) {
            size_t first;
            int found;
            if (yjjh__strmap_put(&ids.map, ids.ids[r], r, &first, &found) != YJJH_OK) {
                status = YJJH_E_NOMEM;
                goto done;
            }
            dup_of[r] = found ? (long)first : -1;
        }
        ri->type = types ? yjjh__school_type_parse(types[r]) : YJJH__T_UNKNOWN;
        ri->is_private = own ? yjjh__ownership_parse(own[r]) == 1 : 0;
        ri->parent = -1;
        for (int s = 0; s < 3; s++)
            ri->merged[s] = ri->students[s] = count_or_zero(yjjh__cell(t, student_cols[s], r));
    }
    /* pass 1b: teaching points merged into their 中心校 */
    if (yjjh__merge_mode(p) && ids.ids) {
        const char *const *par = yjjh__schools_texts(t, YJJH_COL_PARENT_ID);
        for (size_t r = 0; r < n && par; r++) {
            long pr;
            if (rows[r].type != YJJH__T_TEACHING_POINT || yjjh__text_blank(par[r]))
                continue;
            pr = id_find(&ids, par[r]);
            if (pr >= 0 && yjjh__merge_target_ok(&rows[pr]))
                yjjh__merge_students(rows, r, (size_t)pr);
        }
    }
    /* pass 2: every check, in row order */
    for (size_t r = 0; r < n; r++)
        check_row(&c, p, rows, dup_of, &ids, r);

    if (c.nomem)
        status = YJJH_E_NOMEM;
    else if (c.errors)
        status = YJJH_E_INVALID_DATA;
done:
    free(dup_of);
    yjjh__strmap_free(&ids.map);
    if (status == YJJH_OK && rows_out)
        *rows_out = rows;
    else
        free(rows);
    return status;
}

yjjh_status yjjh_schools_validate(const yjjh_schools *schools, const yjjh_profile *profile, yjjh_diag *diag)
{
    return yjjh__validate(NULL, schools, profile, diag);
}
