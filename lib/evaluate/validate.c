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
#include "common/parallel.h"
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
        int stage; /* 0: a "primary_…" column, 1: a "junior_…" column, -1 neither (stage_has_other_cells()) */
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
        c->num[c->n_num].stage = strncmp(yjjh_column_name(col), "primary_", 8) == 0  ? 0
                                 : strncmp(yjjh_column_name(col), "junior_", 7) == 0 ? 1
                                                                                     : -1;
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
    for (size_t i = 0; i < c->n_num; i++) {
        if (c->num[i].col == student_cols[s] || c->num[i].stage != s)
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

/* ---- the fast path ---------------------------------------------------------------------------------
 * check_row() is the one definition of what is reported, and in what order. On valid data almost every row
 * passes it silently, so the rows are first screened by a cheap test that is true for every row check_row() may
 * report something about (and, conservatively, for a few it will not): screen_rows() (codes, number cells) before
 * the teaching points are merged, screen_scope() (enrolment, teaching points, needed values) after. Only the rows it
 * marks go through check_row(), still in row order, so the diagnostics are exactly those of check_row() on every row.
 * The screens read the table and write only their own rows' entries: they run on row ranges on several threads. */

/* The distinct texts of a coded column met so far in a range of rows, with their codes: a text is parsed once per
 * distinct text, not once per row (the texts are compared whole, so the code is the parser's). */
#define MEMO_SIZE 16
typedef struct memo {
    size_t n, last;
    const char *text[MEMO_SIZE];
    int code[MEMO_SIZE];
} memo;

static int parse_type(const char *s) { return (int)yjjh__school_type_parse(s); }

/* strcmp(a, b) == 0 for the short texts of coded columns, without a call. */
static inline int same_text(const char *a, const char *b)
{
    for (; *a == *b; a++, b++)
        if (!*a)
            return 1;
    return 0;
}

static int memo_code(memo *m, const char *s, int (*parse)(const char *))
{
    int code;
    if (!s)
        return parse(s);
    if (m->n && same_text(m->text[m->last], s))
        return m->code[m->last];
    for (size_t i = 0; i < m->n; i++)
        if (i != m->last && same_text(m->text[i], s)) {
            m->last = i;
            return m->code[i];
        }
    code = parse(s);
    if (m->n < MEMO_SIZE) {
        m->text[m->n] = s;
        m->code[m->n] = code;
        m->last = m->n++;
    }
    return code;
}

/* 1 when a number cell fails check_numbers(), else 0: it passes when missing or 0 <= x <= 1e15 (whole for a count).
 * Without branches or calls (missing cells come at random), so the loops over a column vectorise: a value in range
 * is below 2^52, where adding 2^52 rounds it to the nearest integer and subtracting it again is exact, so the
 * round trip keeps x exactly when x is whole (x == floor(x)). The rounding mode is the default one: the library
 * never changes it. */
static inline int number_bad(double x, int integer)
{
    const double two52 = 4503599627370496.0;
    int missing = x != x;
    int in_range = (x >= 0) & (x <= YJJH__MAX_PLAUSIBLE);
    int whole = ((x + two52) - two52) == x;
    return !(missing | (in_range & ((!integer) | whole)));
}

/* Whether any cell of v[begin, end) fails check_numbers(). */
static int column_bad(const double *v, size_t begin, size_t end, int integer)
{
    int bad = 0;
    if (integer) {
        for (size_t r = begin; r < end; r++)
            bad |= number_bad(v[r], 1);
    } else {
        for (size_t r = begin; r < end; r++)
            bad |= number_bad(v[r], 0);
    }
    return bad;
}

enum { MARK_CHECK = 1, MARK_BLANK_ID = 2 };

/* What the screens read, looked up once. */
typedef struct screen {
    const vctx *c;
    const yjjh_profile *p;
    yjjh__row_info *rows;
    unsigned char *mark; /* MARK_CHECK: check_row() must see the row; MARK_BLANK_ID: its school_id is blank */
    const id_index *ids;
    size_t *id_hash; /* the strmap hash of each row's school_id (not blank) */
    const char *const *types, *const *own, *const *loc;
    const double *students[3];
    const double *teachers[2][YJJH__NUM_COUNT]; /* the teacher counts of numerators.def set in the table */
    size_t n_teachers[2];
    /* check_needed(): per stage, the stage and total column of each indicator (NULL: not in the table, read as
     * missing cells, so an indicator without either column marks every row in scope) */
    const double *need_stage[2][YJJH__MAX_INDICATORS], *need_total[2][YJJH__MAX_INDICATORS];
    int merge;
    unsigned char serves[YJJH__T_SPECIAL + 1][3]; /* yjjh__type_serves() of each known type and stage */
} screen;

static double at(const double *v, size_t row) { return v ? v[row] : NAN; }

/* The codes, enrolment and row info of rows [begin, end), the hashes of their ids, and a mark on every row with a
 * bad code or number cell. */
static void screen_rows(void *ctx, size_t begin, size_t end, size_t chunk)
{
    screen *sc = ctx;
    const vctx *c = sc->c;
    memo mt = {0, 0, {NULL}, {0}}, mo = {0, 0, {NULL}, {0}}, ml = {0, 0, {NULL}, {0}};
    (void)chunk;
    for (size_t r = begin; r < end; r++) {
        yjjh__row_info *ri = &sc->rows[r];
        int own = sc->own ? memo_code(&mo, sc->own[r], yjjh__ownership_parse) : 0;
        unsigned char m = 0;
        ri->type = sc->types ? (yjjh__school_type)memo_code(&mt, sc->types[r], parse_type) : YJJH__T_UNKNOWN;
        ri->is_private = own == 1;
        ri->parent = -1;
        for (int s = 0; s < 3; s++)
            ri->merged[s] = ri->students[s] = count_or_zero(at(sc->students[s], r));
        if ((sc->types && ri->type == YJJH__T_UNKNOWN) || own < 0 ||
            (sc->loc && memo_code(&ml, sc->loc[r], yjjh__location_parse) < 0))
            m = MARK_CHECK;
        if (sc->ids->ids) {
            if (yjjh__text_blank(sc->ids->ids[r]))
                m = MARK_CHECK | MARK_BLANK_ID;
            else
                sc->id_hash[r] = yjjh__strmap_hash(&sc->ids->map, sc->ids->ids[r]);
        }
        sc->mark[r] = m;
    }
    /* check_numbers(), column by column */
    for (size_t i = 0; i < c->n_num; i++) {
        const double *v = c->num[i].v;
        if (column_bad(v, begin, end, c->num[i].integer)) /* rare: then mark the rows */
            for (size_t r = begin; r < end; r++)
                if (number_bad(v[r], c->num[i].integer))
                    sc->mark[r] |= MARK_CHECK;
    }
}

/* Whether check_row() may report about the enrolment of a row of known type (check_enrolment(), students of a stage
 * the type does not serve, teachers without students). */
static int enrolment_suspect(const screen *sc, const yjjh__row_info *ri, size_t r)
{
    const unsigned char *serves = sc->serves[ri->type];
    for (int s = 0; s < 3; s++) {
        int missing = isnan(at(sc->students[s], r));
        if (ri->type != YJJH__T_SPECIAL && ((s < 2 && serves[s] && missing) || (ri->students[s] > 0 && !serves[s])))
            return 1;
        if (s < 2 && !(ri->students[s] > 0) && !(missing && serves[s]))
            for (size_t k = 0; k < sc->n_teachers[s]; k++) {
                double x = sc->teachers[s][k][r];
                if (isfinite(x) && x > 0)
                    return 1;
            }
    }
    return 0;
}

/* After the merge: a mark on every unmarked row for which check_row() reports about its enrolment, a teaching
 * point that was not merged or a value check_needed() misses. */
static void screen_scope(void *ctx, size_t begin, size_t end, size_t chunk)
{
    screen *sc = ctx;
    static const yjjh_stage stages[2] = {YJJH_STAGE_PRIMARY, YJJH_STAGE_JUNIOR};
    (void)chunk;
    for (size_t r = begin; r < end; r++) {
        const yjjh__row_info *ri = &sc->rows[r];
        if ((sc->mark[r] & MARK_CHECK) || ri->type == YJJH__T_UNKNOWN)
            continue;
        if (enrolment_suspect(sc, ri, r) || (sc->merge && ri->type == YJJH__T_TEACHING_POINT && ri->parent < 0)) {
            sc->mark[r] |= MARK_CHECK;
            continue;
        }
        for (int s = 0; s < 2 && !(sc->mark[r] & MARK_CHECK); s++) {
            if (!sc->serves[ri->type][s] || yjjh__part_scope(sc->p, ri, stages[s]) != YJJH_EXCLUDED_NONE)
                continue;
            for (size_t k = 0; k < sc->p->n_indicators; k++)
                if (isnan(at(sc->need_stage[s][k], r)) && isnan(at(sc->need_total[s][k], r))) {
                    sc->mark[r] |= MARK_CHECK;
                    break;
                }
        }
    }
}

static void screen_init(screen *sc, const vctx *c, const yjjh_profile *p, yjjh__row_info *rows, unsigned char *mark,
                        const id_index *ids, size_t *id_hash)
{
    static const yjjh_stage stages[2] = {YJJH_STAGE_PRIMARY, YJJH_STAGE_JUNIOR};
    const yjjh_schools *t = c->t;
    memset(sc, 0, sizeof *sc);
    sc->c = c;
    sc->p = p;
    sc->rows = rows;
    sc->mark = mark;
    sc->ids = ids;
    sc->id_hash = id_hash;
    sc->types = yjjh__schools_texts(t, YJJH_COL_SCHOOL_TYPE);
    sc->own = yjjh__schools_texts(t, YJJH_COL_OWNERSHIP);
    sc->loc = yjjh__schools_texts(t, YJJH_COL_LOCATION);
    sc->merge = yjjh__merge_mode(p);
    for (int ty = 0; ty <= YJJH__T_SPECIAL; ty++) {
        sc->serves[ty][0] = (unsigned char)yjjh__type_serves((yjjh__school_type)ty, YJJH_STAGE_PRIMARY);
        sc->serves[ty][1] = (unsigned char)yjjh__type_serves((yjjh__school_type)ty, YJJH_STAGE_JUNIOR);
        sc->serves[ty][2] = (unsigned char)yjjh__type_serves((yjjh__school_type)ty, YJJH_STAGE_SENIOR);
    }
    for (int s = 0; s < 3; s++)
        sc->students[s] = yjjh__schools_numbers(t, student_cols[s]);
    for (int s = 0; s < 2; s++) {
        for (int k = 0; k < YJJH__NUM_COUNT; k++) {
            const double *v = yjjh__schools_numbers(t, yjjh__numerators[k].stage[s]);
            if (!yjjh__numerators[k].total && v)
                sc->teachers[s][sc->n_teachers[s]++] = v;
        }
        for (size_t k = 0; k < p->n_indicators; k++) {
            const yjjh_indicator_def *d = p->indicators[k];
            yjjh_column tc = d->is_facility ? yjjh__numerator_column(d->num, YJJH_STAGE_NONE) : (yjjh_column)0;
            sc->need_stage[s][k] = yjjh__schools_numbers(t, yjjh__numerator_column(d->num, stages[s]));
            sc->need_total[s][k] = tc ? yjjh__schools_numbers(t, tc) : NULL;
        }
    }
}

/* Rows worth a thread of their own in the screens. */
#define SCREEN_MIN_ROWS 16384
/* How many ids ahead the id loop asks for a slot of the map. */
#define ID_PREFETCH 16

/* The validation; check_all: every row goes through check_row(), as without the screens. */
static yjjh_status validate(yjjh__row_info **rows_out, const yjjh_schools *t, const yjjh_profile *p, yjjh_diag *diag,
                            size_t threads, int check_all)
{
    vctx c;
    screen sc;
    size_t n, chunks;
    yjjh__row_info *rows = NULL;
    long *dup_of = NULL;
    size_t *id_hash = NULL;
    unsigned char *mark = NULL;
    id_index ids = {YJJH__STRMAP_INIT, NULL};
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
    mark = malloc(n);
    ids.ids = yjjh__schools_texts(t, YJJH_COL_SCHOOL_ID);
    if (ids.ids)
        id_hash = malloc(n * sizeof *id_hash);
    if (!rows || !dup_of || !mark || (ids.ids && (!id_hash || yjjh__strmap_reserve(&ids.map, n) != YJJH_OK))) {
        status = YJJH_E_NOMEM;
        goto done;
    }
    screen_init(&sc, &c, p, rows, mark, &ids, id_hash);
    chunks = yjjh__parallel_chunks(n, threads, SCREEN_MIN_ROWS);

    /* pass 1: types, ownership, enrolment (and the screen of every row), then the ids */
    if (!ids.ids)
        report(&c, YJJH_PROBLEM_MISSING_COLUMN, -1, 0, "column school_id (学校标识码) is missing");
    if (!sc.types)
        report(&c, YJJH_PROBLEM_MISSING_COLUMN, -1, 0, "column school_type (学校类型) is missing");
    yjjh__parallel_for(n, chunks, screen_rows, &sc);
    for (size_t r = 0; r < n; r++) {
        size_t first;
        int found;
        dup_of[r] = -1;
        if (!ids.ids)
            continue;
        if (r + ID_PREFETCH < n && !(mark[r + ID_PREFETCH] & MARK_BLANK_ID))
            yjjh__strmap_prefetch(&ids.map, id_hash[r + ID_PREFETCH]);
        if (mark[r] & MARK_BLANK_ID)
            continue;
        if (yjjh__strmap_put_hashed(&ids.map, ids.ids[r], id_hash[r], r, &first, &found) != YJJH_OK) {
            status = YJJH_E_NOMEM;
            goto done;
        }
        if (found) {
            dup_of[r] = (long)first;
            mark[r] |= MARK_CHECK;
        }
    }
    /* pass 1b: teaching points merged into their 中心校 */
    if (sc.merge && ids.ids) {
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
    yjjh__parallel_for(n, chunks, screen_scope, &sc);
    for (size_t r = 0; r < n; r++)
        if (check_all || (mark[r] & MARK_CHECK))
            check_row(&c, p, rows, dup_of, &ids, r);

    if (c.nomem)
        status = YJJH_E_NOMEM;
    else if (c.errors)
        status = YJJH_E_INVALID_DATA;
done:
    free(dup_of);
    free(id_hash);
    free(mark);
    yjjh__strmap_free(&ids.map);
    if (status == YJJH_OK && rows_out)
        *rows_out = rows;
    else
        free(rows);
    return status;
}

yjjh_status yjjh__validate_ex(yjjh__row_info **rows_out, const yjjh_schools *t, const yjjh_profile *p, yjjh_diag *diag,
                              size_t threads)
{
    return validate(rows_out, t, p, diag, threads, 0);
}

yjjh_status yjjh__validate_unscreened(yjjh__row_info **rows_out, const yjjh_schools *t, const yjjh_profile *p,
                                      yjjh_diag *diag)
{
    return validate(rows_out, t, p, diag, 1, 1);
}

yjjh_status yjjh__validate(yjjh__row_info **rows_out, const yjjh_schools *t, const yjjh_profile *p, yjjh_diag *diag)
{
    return yjjh__validate_ex(rows_out, t, p, diag, 1);
}

yjjh_status yjjh_schools_validate(const yjjh_schools *schools, const yjjh_profile *profile, yjjh_diag *diag)
{
    return yjjh__validate(NULL, schools, profile, diag);
}
