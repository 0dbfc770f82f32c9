/* SPDX-License-Identifier: MIT */
/* `yjjh equity`: equity measures of every county × stage × indicator (docs/equity.md), their decomposition by a
 * column (--by), the level × balance quadrant, a bootstrap interval of the CV and the schools that drive the CV. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "common/buf.h"
#include "common/number_format.h"

const char cli_help_equity[] =
    "Usage: yjjh equity SCHOOLS.csv [options]\n"
    "\n"
    "Equity measures of every county, stage and indicator (students-weighted, population form; docs/equity.md):\n"
    "CV (差异系数), CV², Gini, Theil T, Theil L, Atkinson(0.5), Atkinson(1), McLoone, Verstegen, range,\n"
    "restricted range P95-P5, federal range ratio, max/min; a 95% bootstrap interval of the CV (1000 replicates\n"
    "over schools, seed 1); the level x balance quadrant; the schools that contribute most to the CV; and with\n"
    "--by the exact between/within decomposition of CV², Theil T and Theil L by that column.\n"
    "\n"
    "Options:\n"
    "  --by COLUMN           group the schools by a column of SCHOOLS (e.g. location, school_type, township)\n"
    "  --profile NAME|FILE   built-in profile (default national-2017) or a profile JSON file\n"
    "  --facts FILE          county facts (only needed for a profile that requires them)\n"
    "  --format FMT          json, csv (long: one measure per row) or text; default as for evaluate\n"
    "  -o, --output OUT      write to OUT atomically instead of standard output\n"
    "  --encoding E          input encoding: auto (default), utf-8, gb18030, gbk\n"
    "  --errors text|json    json: the problems as one JSON document on standard error\n"
    "  --threads N           evaluate on at most N threads (default 0: automatic; 1: one thread)\n"
    "  -h, --help            this help\n";

#define N_TOP 3
#define BOOT_REPLICATES 1000
#define BOOT_SEED 1ul

typedef struct measure_def {
    const char *name;  /* key in the outputs */
    const char *label; /* text report */
    yjjh_equity_measure m;
    double param;
} measure_def;

static const measure_def measures[] = {
    {"cv", "CV", YJJH_EQUITY_CV, 0.0},
    {"cv2", "CV²", YJJH_EQUITY_CV2, 0.0},
    {"gini", "Gini", YJJH_EQUITY_GINI, 0.0},
    {"theil_t", "Theil T", YJJH_EQUITY_THEIL_T, 0.0},
    {"theil_l", "Theil L", YJJH_EQUITY_THEIL_L, 0.0},
    {"atkinson_0.5", "Atkinson(0.5)", YJJH_EQUITY_ATKINSON, 0.5},
    {"atkinson_1", "Atkinson(1)", YJJH_EQUITY_ATKINSON, 1.0},
    {"mcloone", "McLoone", YJJH_EQUITY_MCLOONE, 0.0},
    {"verstegen", "Verstegen", YJJH_EQUITY_VERSTEGEN, 0.0},
    {"range", "range", YJJH_EQUITY_RANGE, 0.0},
    {"restricted_range", "P95-P5", YJJH_EQUITY_RESTRICTED_RANGE, 0.0},
    {"federal_range_ratio", "federal range ratio", YJJH_EQUITY_FEDERAL_RANGE_RATIO, 0.0},
    {"max_min_ratio", "max/min", YJJH_EQUITY_MAX_MIN_RATIO, 0.0},
};
#define N_MEASURES (sizeof measures / sizeof measures[0])

static const struct {
    const char *name, *label;
    yjjh_equity_measure m;
} decomps[] = {{"cv2", "CV²", YJJH_EQUITY_CV2},
               {"theil_t", "Theil T", YJJH_EQUITY_THEIL_T},
               {"theil_l", "Theil L", YJJH_EQUITY_THEIL_L}};
#define N_DECOMPS 3

/* One county × stage × indicator. */
typedef struct cell {
    const char *county_code, *county_name, *stage, *indicator;
    yjjh_indicator_result ir;
    size_t n;
    double students;
    double *x, *w;
    size_t *code, *part; /* group code, part index of each school */
    char **labels;       /* distinct group labels, n_labels of them */
    size_t n_labels;
    double value[N_MEASURES];
    yjjh_status st[N_MEASURES];
    yjjh_equity_interval ci;
    yjjh_status ci_st;
    yjjh_equity_decomposition dec[N_DECOMPS];
    yjjh_equity_group *groups[N_DECOMPS];
    yjjh_status dec_st[N_DECOMPS];
    double mean;
    size_t top[N_TOP];
    double top_share[N_TOP];
    size_t n_top;
} cell;

typedef struct ctx {
    const yjjh_result *r;
    const yjjh_schools *s;
    const char *by;
    yjjh_column by_col;
    int by_text;
    const char **ids, **names;
    double *row;
    cli_format format;
    yjjh__buf out;
    int first_county, first_stage, first_ind;
} ctx;

static void num(yjjh__buf *b, double v)
{
    char t[YJJH__NUMBER_BUF];
    if (!isfinite(v)) {
        yjjh__buf_puts(b, "null");
        return;
    }
    yjjh__format_double(t, sizeof t, v);
    yjjh__buf_puts(b, t);
}

static void num_csv(yjjh__buf *b, double v)
{
    if (isfinite(v))
        num(b, v);
}

static void fixed(yjjh__buf *b, double v, int decimals)
{
    char t[64];
    if (!isfinite(v)) {
        yjjh__buf_puts(b, "—");
        return;
    }
    yjjh__format_fixed(t, sizeof t, v, decimals);
    yjjh__buf_puts(b, t);
}

static void gtext(yjjh__buf *b, double v)
{
    char t[YJJH__NUMBER_BUF];
    if (!isfinite(v)) {
        yjjh__buf_puts(b, "—");
        return;
    }
    yjjh__format_g(t, sizeof t, v, 4);
    yjjh__buf_puts(b, t);
}

/* CSV field (quoted when needed). */
static const char *quadrant(const yjjh_indicator_result *ir, double *level, double *balance)
{
    *level = ir->standard > 0.0 ? ir->county_value / ir->standard : NAN;
    *balance = ir->cv_max > 0.0 && ir->cv_defined ? ir->cv / ir->cv_max : NAN;
    if (isnan(*level) || isnan(*balance))
        return NULL;
    if (*level >= 1.0)
        return *balance <= 1.0 ? "high_level_balanced" : "high_level_unbalanced";
    return *balance <= 1.0 ? "low_level_balanced" : "low_level_unbalanced";
}

static const char *quadrant_zh(const char *q)
{
    if (!q)
        return "—";
    if (!strcmp(q, "high_level_balanced"))
        return "高水平·均衡";
    if (!strcmp(q, "high_level_unbalanced"))
        return "高水平·不均衡";
    if (!strcmp(q, "low_level_balanced"))
        return "低水平·均衡";
    return "低水平·不均衡";
}

static const char *status_key(yjjh_status st)
{
    switch (st) {
    case YJJH_E_ZERO_MEAN: return "zero_mean";
    case YJJH_E_NOT_POSITIVE: return "zero_value";
    case YJJH_E_OVERFLOW: return "overflow";
    case YJJH_E_NOT_APPLICABLE: return "not_applicable";
    default: return "error";
    }
}

/* ---- JSON ---- */

static void json_cell(ctx *c, const cell *e)
{
    yjjh__buf *b = &c->out;
    double level, balance;
    const char *q = quadrant(&e->ir, &level, &balance);
    if (!c->first_ind)
        yjjh__buf_puts(b, ",");
    c->first_ind = 0;
    yjjh__buf_puts(b, "\n        {\"indicator\": ");
    cli_json_string(b, e->indicator);
    yjjh__buf_printf(b, ", \"schools\": %zu, \"students\": ", e->n);
    num(b, e->students);
    yjjh__buf_puts(b, ", \"mean\": ");
    num(b, e->mean);
    yjjh__buf_puts(b, ", \"standard\": ");
    num(b, e->ir.standard);
    yjjh__buf_puts(b, ", \"cv_max\": ");
    num(b, e->ir.cv_max);
    yjjh__buf_puts(b, ",\n         \"measures\": {");
    for (size_t j = 0; j < N_MEASURES; j++) {
        yjjh__buf_printf(b, "%s\"%s\": ", j ? ", " : "", measures[j].name);
        if (e->st[j] == YJJH_OK)
            num(b, e->value[j]);
        else
            yjjh__buf_puts(b, "null");
    }
    yjjh__buf_puts(b, "},\n         \"undefined\": {");
    int first = 1;
    for (size_t j = 0; j < N_MEASURES; j++) {
        if (e->st[j] == YJJH_OK)
            continue;
        yjjh__buf_printf(b, "%s\"%s\": \"%s\"", first ? "" : ", ", measures[j].name, status_key(e->st[j]));
        first = 0;
    }
    yjjh__buf_puts(b, "},\n         \"cv_interval\": ");
    if (e->ci_st == YJJH_OK) {
        yjjh__buf_printf(b, "{\"level\": 0.95, \"replicates\": %d, \"seed\": %lu, \"valid\": %zu, \"se\": ",
                         BOOT_REPLICATES, BOOT_SEED, e->ci.n_valid);
        num(b, e->ci.se);
        yjjh__buf_puts(b, ", \"percentile\": [");
        num(b, e->ci.pct_low);
        yjjh__buf_puts(b, ", ");
        num(b, e->ci.pct_high);
        yjjh__buf_puts(b, "], \"bca\": [");
        num(b, e->ci.bca_low);
        yjjh__buf_puts(b, ", ");
        num(b, e->ci.bca_high);
        yjjh__buf_puts(b, "]}");
    } else {
        yjjh__buf_puts(b, "null");
    }
    yjjh__buf_puts(b, ",\n         \"quadrant\": ");
    if (q) {
        yjjh__buf_printf(b, "{\"name\": \"%s\", \"level\": ", q);
        num(b, level);
        yjjh__buf_puts(b, ", \"balance\": ");
        num(b, balance);
        yjjh__buf_puts(b, "}");
    } else {
        yjjh__buf_puts(b, "null");
    }
    yjjh__buf_puts(b, ",\n         \"decompositions\": ");
    if (!c->by) {
        yjjh__buf_puts(b, "null");
    } else {
        yjjh__buf_puts(b, "{");
        for (size_t d = 0; d < N_DECOMPS; d++) {
            yjjh__buf_printf(b, "%s\n           \"%s\": ", d ? "," : "", decomps[d].name);
            if (e->dec_st[d] != YJJH_OK) {
                yjjh__buf_puts(b, "null");
                continue;
            }
            yjjh__buf_puts(b, "{\"total\": ");
            num(b, e->dec[d].total);
            yjjh__buf_puts(b, ", \"between\": ");
            num(b, e->dec[d].between);
            yjjh__buf_puts(b, ", \"within\": ");
            num(b, e->dec[d].within);
            yjjh__buf_puts(b, ", \"groups\": [");
            for (size_t g = 0; g < e->n_labels; g++) {
                const yjjh_equity_group *gr = &e->groups[d][g];
                yjjh__buf_puts(b, g ? ", {\"group\": " : "{\"group\": ");
                cli_json_string(b, e->labels[g]);
                yjjh__buf_printf(b, ", \"schools\": %zu, \"students\": ", gr->n);
                num(b, gr->weight);
                yjjh__buf_puts(b, ", \"weight_share\": ");
                num(b, gr->weight_share);
                yjjh__buf_puts(b, ", \"mean\": ");
                num(b, gr->mean);
                yjjh__buf_puts(b, ", \"index\": ");
                num(b, gr->index);
                yjjh__buf_puts(b, ", \"within_term\": ");
                num(b, gr->within_term);
                yjjh__buf_puts(b, ", \"between_term\": ");
                num(b, gr->between_term);
                yjjh__buf_puts(b, "}");
            }
            yjjh__buf_puts(b, "]}");
        }
        yjjh__buf_puts(b, "}");
    }
    yjjh__buf_puts(b, ",\n         \"top_contributions\": [");
    for (size_t t = 0; t < e->n_top; t++) {
        size_t i = e->top[t];
        yjjh__buf_puts(b, t ? ", {\"school_id\": " : "{\"school_id\": ");
        cli_json_string(b, c->ids[e->part[i]] ? c->ids[e->part[i]] : "");
        yjjh__buf_puts(b, ", \"school_name\": ");
        cli_json_string(b, c->names[e->part[i]] ? c->names[e->part[i]] : "");
        yjjh__buf_puts(b, ", \"value\": ");
        num(b, e->x[i]);
        yjjh__buf_puts(b, ", \"students\": ");
        num(b, e->w[i]);
        yjjh__buf_puts(b, ", \"variance_share\": ");
        num(b, e->top_share[t]);
        yjjh__buf_printf(b, ", \"direction\": \"%s\"}", e->x[i] >= e->mean ? "above" : "below");
    }
    yjjh__buf_puts(b, "]}");
}

/* ---- CSV (long) ---- */

static void csv_row(ctx *c, const cell *e, const char *section, const char *group, const char *name, double v)
{
    yjjh__buf *b = &c->out;
    yjjh__buf_put_csv_field(b, e->county_code);
    yjjh__buf_putc(b, ',');
    yjjh__buf_put_csv_field(b, e->stage);
    yjjh__buf_putc(b, ',');
    yjjh__buf_put_csv_field(b, e->indicator);
    yjjh__buf_putc(b, ',');
    yjjh__buf_puts(b, section);
    yjjh__buf_putc(b, ',');
    yjjh__buf_put_csv_field(b, group);
    yjjh__buf_putc(b, ',');
    yjjh__buf_puts(b, name);
    yjjh__buf_putc(b, ',');
    num_csv(b, v);
    yjjh__buf_putc(b, '\n');
}

static void csv_cell(ctx *c, const cell *e)
{
    double level, balance;
    (void)quadrant(&e->ir, &level, &balance);
    csv_row(c, e, "summary", "", "schools", (double)e->n);
    csv_row(c, e, "summary", "", "students", e->students);
    csv_row(c, e, "summary", "", "mean", e->mean);
    csv_row(c, e, "summary", "", "level", level);
    csv_row(c, e, "summary", "", "balance", balance);
    for (size_t j = 0; j < N_MEASURES; j++)
        csv_row(c, e, "measure", "", measures[j].name, e->st[j] == YJJH_OK ? e->value[j] : NAN);
    if (e->ci_st == YJJH_OK) {
        csv_row(c, e, "cv_interval", "", "percentile_low", e->ci.pct_low);
        csv_row(c, e, "cv_interval", "", "percentile_high", e->ci.pct_high);
        csv_row(c, e, "cv_interval", "", "bca_low", e->ci.bca_low);
        csv_row(c, e, "cv_interval", "", "bca_high", e->ci.bca_high);
    }
    if (c->by) {
        for (size_t d = 0; d < N_DECOMPS; d++) {
            char key[64];
            if (e->dec_st[d] != YJJH_OK)
                continue;
            snprintf(key, sizeof key, "%s_total", decomps[d].name);
            csv_row(c, e, "decomposition", "", key, e->dec[d].total);
            snprintf(key, sizeof key, "%s_between", decomps[d].name);
            csv_row(c, e, "decomposition", "", key, e->dec[d].between);
            snprintf(key, sizeof key, "%s_within", decomps[d].name);
            csv_row(c, e, "decomposition", "", key, e->dec[d].within);
            for (size_t g = 0; g < e->n_labels; g++) {
                snprintf(key, sizeof key, "%s_index", decomps[d].name);
                csv_row(c, e, "group", e->labels[g], key, e->groups[d][g].index);
                snprintf(key, sizeof key, "%s_within_term", decomps[d].name);
                csv_row(c, e, "group", e->labels[g], key, e->groups[d][g].within_term);
                snprintf(key, sizeof key, "%s_between_term", decomps[d].name);
                csv_row(c, e, "group", e->labels[g], key, e->groups[d][g].between_term);
                if (d == 0) {
                    csv_row(c, e, "group", e->labels[g], "students", e->groups[d][g].weight);
                    csv_row(c, e, "group", e->labels[g], "mean", e->groups[d][g].mean);
                }
            }
        }
    }
    for (size_t t = 0; t < e->n_top; t++) {
        const char *id = c->ids[e->part[e->top[t]]];
        csv_row(c, e, "contribution", id ? id : "", "variance_share", e->top_share[t]);
    }
}

/* ---- text ---- */

static void text_cell(ctx *c, const cell *e)
{
    yjjh__buf *b = &c->out;
    double level, balance;
    const char *q = quadrant(&e->ir, &level, &balance);
    yjjh__buf_printf(b, "\n  %s  %zu 所学校 schools, ", e->indicator, e->n);
    fixed(b, e->students, 0);
    yjjh__buf_puts(b, " 名学生 students, 均值 mean ");
    gtext(b, e->mean);
    yjjh__buf_puts(b, "\n   ");
    for (size_t j = 0; j < N_MEASURES; j++) {
        yjjh__buf_printf(b, " %s ", measures[j].label);
        if (e->st[j] == YJJH_OK)
            gtext(b, e->value[j]);
        else
            yjjh__buf_printf(b, "— (%s)", status_key(e->st[j]));
        if (j == 6)
            yjjh__buf_puts(b, "\n   ");
    }
    yjjh__buf_puts(b, "\n    CV 95% 区间 interval (bootstrap over schools, B = 1000): ");
    if (e->ci_st == YJJH_OK) {
        yjjh__buf_puts(b, "percentile [");
        fixed(b, e->ci.pct_low, 4);
        yjjh__buf_puts(b, ", ");
        fixed(b, e->ci.pct_high, 4);
        yjjh__buf_puts(b, "], BCa [");
        fixed(b, e->ci.bca_low, 4);
        yjjh__buf_puts(b, ", ");
        fixed(b, e->ci.bca_high, 4);
        yjjh__buf_puts(b, "]");
    } else {
        yjjh__buf_puts(b, "—");
    }
    yjjh__buf_puts(b, "\n    水平×均衡 level × balance: 县均值/标准 ");
    fixed(b, level, 3);
    yjjh__buf_puts(b, ", CV/限值 ");
    fixed(b, balance, 3);
    yjjh__buf_printf(b, " → %s\n", quadrant_zh(q));
    if (c->by) {
        yjjh__buf_printf(b, "    按 %s 分解 decomposition by %s:\n", c->by, c->by);
        yjjh__buf_puts(b, "      measure     total      between    within     between%\n");
        for (size_t d = 0; d < N_DECOMPS; d++) {
            yjjh__buf_puts(b, "      ");
            cli_buf_pad(b, decomps[d].label, 8);
            if (e->dec_st[d] != YJJH_OK) {
                yjjh__buf_printf(b, "— (%s)\n", status_key(e->dec_st[d]));
                continue;
            }
            const double v[3] = {e->dec[d].total, e->dec[d].between, e->dec[d].within};
            for (int k = 0; k < 3; k++) {
                yjjh__buf_puts(b, "  ");
                char t[64];
                yjjh__format_fixed(t, sizeof t, v[k], 6);
                cli_buf_pad(b, t, 9);
            }
            yjjh__buf_puts(b, "  ");
            fixed(b, e->dec[d].total > 0.0 ? 100.0 * e->dec[d].between / e->dec[d].total : NAN, 1);
            yjjh__buf_puts(b, "%\n");
        }
        yjjh__buf_puts(b,
                       "      组 group        schools  students  share    mean        CV²       Theil T   Theil L\n");
        for (size_t g = 0; g < e->n_labels; g++) {
            const yjjh_equity_group *g0 = &e->groups[0][g];
            char t[64];
            yjjh__buf_puts(b, "      ");
            cli_buf_pad(b, e->labels[g], 16);
            snprintf(t, sizeof t, "%zu", g0->n);
            cli_buf_pad(b, t, 9);
            yjjh__format_fixed(t, sizeof t, g0->weight, 0);
            cli_buf_pad(b, t, 10);
            yjjh__format_fixed(t, sizeof t, g0->weight_share, 3);
            cli_buf_pad(b, t, 9);
            yjjh__format_g(t, sizeof t, g0->mean, 5);
            cli_buf_pad(b, t, 12);
            for (size_t d = 0; d < N_DECOMPS; d++) {
                if (e->dec_st[d] == YJJH_OK && isfinite(e->groups[d][g].index))
                    yjjh__format_fixed(t, sizeof t, e->groups[d][g].index, 6);
                else
                    snprintf(t, sizeof t, "—");
                cli_buf_pad(b, t, 10);
            }
            yjjh__buf_puts(b, "\n");
        }
    }
    if (e->n_top > 0) {
        yjjh__buf_puts(b, "    拉大差异系数的学校 schools driving the CV (share of the weighted variance):\n");
        for (size_t t = 0; t < e->n_top; t++) {
            size_t i = e->top[t], p = e->part[i];
            yjjh__buf_printf(b, "      %zu. ", t + 1);
            yjjh__buf_puts(b, c->names[p] && *c->names[p] ? c->names[p] : (c->ids[p] ? c->ids[p] : ""));
            yjjh__buf_puts(b, "  ");
            fixed(b, 100.0 * e->top_share[t], 1);
            yjjh__buf_puts(b, "%  ");
            yjjh__buf_puts(b, e->x[i] >= e->mean ? "高于均值 above" : "低于均值 below");
            yjjh__buf_puts(b, " the mean (value ");
            gtext(b, e->x[i]);
            yjjh__buf_puts(b, ", students ");
            fixed(b, e->w[i], 0);
            yjjh__buf_puts(b, ")\n");
        }
    }
}

/* ---- computation ---- */

static const char *label_of(ctx *c, size_t part, char *tmp, size_t tmpn)
{
    size_t row = (size_t)c->row[part];
    if (c->by_text) {
        const char *t = NULL;
        if (yjjh_schools_get_text(&t, c->s, row, c->by_col) != YJJH_OK || !t || !*t)
            return "(missing)";
        return t;
    }
    double v = NAN;
    if (yjjh_schools_get_number(&v, c->s, row, c->by_col) != YJJH_OK || isnan(v))
        return "(missing)";
    yjjh__format_double(tmp, tmpn, v);
    return tmp;
}

/* Fill e from its schools (x, w, part set) and write it. Returns 0 or YJJH_E_NOMEM. */
static yjjh_status compute_cell(ctx *c, cell *e)
{
    for (size_t j = 0; j < N_MEASURES; j++)
        e->st[j] = yjjh_equity_measure_compute(&e->value[j], e->x, e->n, e->w, e->n, measures[j].m, measures[j].param);
    e->mean = NAN;
    if (yjjh_stats_weighted_mean(&e->mean, e->x, e->n, e->w, e->n) != YJJH_OK)
        e->mean = NAN;
    e->ci = (yjjh_equity_interval)YJJH_EQUITY_INTERVAL_INIT;
    e->ci_st = yjjh_equity_bootstrap(&e->ci, NULL, e->x, e->n, e->w, e->n, YJJH_EQUITY_CV, 0.0, BOOT_REPLICATES, 0.95,
                                     BOOT_SEED);
    if (e->ci_st == YJJH_E_NOMEM)
        return YJJH_E_NOMEM;
    if (c->by) {
        /* labels → codes */
        char tmp[YJJH__NUMBER_BUF];
        e->n_labels = 0;
        for (size_t i = 0; i < e->n; i++) {
            const char *l = label_of(c, e->part[i], tmp, sizeof tmp);
            size_t g = 0;
            while (g < e->n_labels && strcmp(e->labels[g], l) != 0)
                g++;
            if (g == e->n_labels) {
                char *copy = malloc(strlen(l) + 1);
                if (!copy)
                    return YJJH_E_NOMEM;
                strcpy(copy, l);
                e->labels[e->n_labels++] = copy;
            }
            e->code[i] = g;
        }
        for (size_t d = 0; d < N_DECOMPS; d++) {
            e->groups[d] = calloc(e->n_labels ? e->n_labels : 1, sizeof *e->groups[d]);
            if (!e->groups[d])
                return YJJH_E_NOMEM;
            e->dec[d] = (yjjh_equity_decomposition)YJJH_EQUITY_DECOMPOSITION_INIT;
            e->dec_st[d] = yjjh_equity_decompose(&e->dec[d], e->groups[d], e->n_labels, e->x, e->n, e->code, e->n, e->w,
                                                 e->n, decomps[d].m, 0.0);
            if (e->dec_st[d] == YJJH_E_NOMEM)
                return YJJH_E_NOMEM;
        }
    }
    /* the largest contributions to the variance */
    e->n_top = 0;
    double *contrib = malloc(e->n * sizeof *contrib);
    if (!contrib)
        return YJJH_E_NOMEM;
    if (yjjh_equity_contributions(contrib, e->x, e->n, e->w, e->n) == YJJH_OK) {
        double total = 0.0;
        for (size_t i = 0; i < e->n; i++)
            total += contrib[i];
        if (total > 0.0) {
            for (size_t t = 0; t < N_TOP && t < e->n; t++) {
                size_t best = (size_t)-1;
                for (size_t i = 0; i < e->n; i++) {
                    int taken = 0;
                    for (size_t u = 0; u < t; u++)
                        taken |= e->top[u] == i;
                    if (!taken && (best == (size_t)-1 || contrib[i] > contrib[best]))
                        best = i;
                }
                e->top[t] = best;
                e->top_share[t] = contrib[best] / total;
                e->n_top++;
            }
        }
    }
    free(contrib);
    return YJJH_OK;
}

static void free_cell_groups(cell *e)
{
    for (size_t g = 0; g < e->n_labels; g++)
        free(e->labels[g]);
    e->n_labels = 0;
    for (size_t d = 0; d < N_DECOMPS; d++) {
        free(e->groups[d]);
        e->groups[d] = NULL;
    }
}

static yjjh_status run(ctx *c, const yjjh_profile *p)
{
    const yjjh_result *r = c->r;
    size_t np = yjjh_result_part_count(r), nk = yjjh_profile_indicator_count(p);
    yjjh_status st = YJJH_OK;
    double *county = malloc((np ? np : 1) * sizeof(double) * 5);
    c->ids = malloc((np ? np : 1) * sizeof *c->ids);
    c->names = malloc((np ? np : 1) * sizeof *c->names);
    cell e;
    memset(&e, 0, sizeof e);
    e.x = malloc((np ? np : 1) * sizeof(double));
    e.w = malloc((np ? np : 1) * sizeof(double));
    e.code = malloc((np ? np : 1) * sizeof(size_t));
    e.part = malloc((np ? np : 1) * sizeof(size_t));
    e.labels = malloc((np ? np : 1) * sizeof(char *));
    if (!county || !c->ids || !c->names || !e.x || !e.w || !e.code || !e.part || !e.labels) {
        st = YJJH_E_NOMEM;
        goto done;
    }
    double *stage = county + np, *scope = stage + np, *value = scope + np;
    c->row = value + np;
    if ((st = yjjh_result_part_column(county, np, r, YJJH_PART_COUNTY, 0)) != YJJH_OK ||
        (st = yjjh_result_part_column(stage, np, r, YJJH_PART_STAGE, 0)) != YJJH_OK ||
        (st = yjjh_result_part_column(scope, np, r, YJJH_PART_IN_SCOPE, 0)) != YJJH_OK ||
        (st = yjjh_result_part_column(c->row, np, r, YJJH_PART_ROW, 0)) != YJJH_OK ||
        (st = yjjh_result_part_texts(c->ids, np, r, YJJH_PART_TEXT_SCHOOL_ID)) != YJJH_OK ||
        (st = yjjh_result_part_texts(c->names, np, r, YJJH_PART_TEXT_SCHOOL_NAME)) != YJJH_OK)
        goto done;
    double *students = malloc((np ? np : 1) * sizeof(double));
    if (!students) {
        st = YJJH_E_NOMEM;
        goto done;
    }
    if ((st = yjjh_result_part_column(students, np, r, YJJH_PART_STUDENTS, 0)) != YJJH_OK) {
        free(students);
        goto done;
    }

    yjjh__buf *b = &c->out;
    if (c->format == CLI_FORMAT_JSON) {
        yjjh__buf_puts(b, "{\"schema_version\": \"" YJJH_JSON_SCHEMA_VERSION "\", \"profile\": ");
        cli_json_string(b, yjjh_result_profile_name(r));
        yjjh__buf_puts(b, ", \"by\": ");
        if (c->by)
            cli_json_string(b, c->by);
        else
            yjjh__buf_puts(b, "null");
        yjjh__buf_puts(b, ", \"weights\": \"students\", \"counties\": [");
    } else if (c->format == CLI_FORMAT_CSV) {
        yjjh__buf_puts(b, "county_code,stage,indicator,section,group,name,value\n");
    } else {
        yjjh__buf_puts(b, "教育均衡测度 equity measures (按学生数加权 students-weighted, population form)\n");
    }
    c->first_county = 1;
    for (size_t ci = 0; ci < yjjh_result_county_count(r) && st == YJJH_OK; ci++) {
        yjjh_county_summary cs = YJJH_COUNTY_SUMMARY_INIT;
        if ((st = yjjh_result_county_get(&cs, r, ci)) != YJJH_OK)
            break;
        if (c->format == CLI_FORMAT_JSON) {
            yjjh__buf_puts(b, c->first_county ? "\n  {\"county_code\": " : ",\n  {\"county_code\": ");
            cli_json_string(b, cs.county_code);
            yjjh__buf_puts(b, ", \"county_name\": ");
            cli_json_string(b, cs.county_name);
            yjjh__buf_puts(b, ", \"stages\": [");
        } else if (c->format == CLI_FORMAT_TEXT) {
            yjjh__buf_printf(b, "\n%s (%s)\n", cs.county_name, cs.county_code);
        }
        c->first_county = 0;
        c->first_stage = 1;
        static const yjjh_stage stages[2] = {YJJH_STAGE_PRIMARY, YJJH_STAGE_JUNIOR};
        for (int si = 0; si < 2 && st == YJJH_OK; si++) {
            yjjh_stage_summary ss = YJJH_STAGE_SUMMARY_INIT;
            if (yjjh_result_stage_get(&ss, r, ci, stages[si]) != YJJH_OK)
                continue;
            if (c->format == CLI_FORMAT_JSON) {
                yjjh__buf_printf(b, "%s\n      {\"stage\": \"%s\", \"indicators\": [", c->first_stage ? "" : ",",
                                 yjjh_stage_name(stages[si]));
            } else if (c->format == CLI_FORMAT_TEXT) {
                yjjh__buf_printf(b, "\n %s %s\n", yjjh_stage_name_zh(stages[si]), yjjh_stage_name(stages[si]));
            }
            c->first_stage = 0;
            c->first_ind = 1;
            for (size_t k = 0; k < nk && st == YJJH_OK; k++) {
                e.ir = (yjjh_indicator_result)YJJH_INDICATOR_RESULT_INIT;
                if (yjjh_result_indicator_get(&e.ir, r, ci, stages[si], k) != YJJH_OK)
                    continue;
                if ((st = yjjh_result_part_column(value, np, r, YJJH_PART_VALUE, k)) != YJJH_OK)
                    break;
                e.county_code = cs.county_code;
                e.county_name = cs.county_name;
                e.stage = yjjh_stage_name(stages[si]);
                e.indicator = e.ir.code;
                e.n = 0;
                e.students = 0.0;
                for (size_t i = 0; i < np; i++) {
                    if ((size_t)county[i] != ci || (int)stage[i] != (int)stages[si] || scope[i] != 1.0 ||
                        isnan(value[i]))
                        continue;
                    e.x[e.n] = value[i];
                    e.w[e.n] = students[i];
                    e.part[e.n] = i;
                    e.students += students[i];
                    e.n++;
                }
                if (e.n == 0)
                    continue;
                st = compute_cell(c, &e);
                if (st == YJJH_OK) {
                    if (c->format == CLI_FORMAT_JSON)
                        json_cell(c, &e);
                    else if (c->format == CLI_FORMAT_CSV)
                        csv_cell(c, &e);
                    else
                        text_cell(c, &e);
                }
                free_cell_groups(&e);
            }
            if (c->format == CLI_FORMAT_JSON)
                yjjh__buf_puts(b, "]}");
        }
        if (c->format == CLI_FORMAT_JSON)
            yjjh__buf_puts(b, "]}");
    }
    if (c->format == CLI_FORMAT_JSON)
        yjjh__buf_puts(b, "\n]}\n");
    free(students);
done:
    free_cell_groups(&e);
    free(e.x);
    free(e.w);
    free(e.code);
    free(e.part);
    free(e.labels);
    free(county);
    free(c->ids);
    free(c->names);
    if (st == YJJH_OK && yjjh__buf_oom(&c->out))
        st = YJJH_E_NOMEM;
    return st;
}

int cli_cmd_equity(const cli_options *o)
{
    yjjh_profile *p = NULL;
    yjjh_schools *s = NULL;
    yjjh_facts *f = NULL;
    yjjh_result *r = NULL;
    yjjh_diag *diag = NULL;
    ctx c;
    memset(&c, 0, sizeof c);
    c.format = cli_output_format(o);
    c.by = o->by;
    int code = CLI_EXIT_OK;

    if (o->by) {
        double scale = 1.0;
        if (yjjh_column_from_header(&c.by_col, &scale, o->by) != YJJH_OK) {
            cli_report(YJJH_PROBLEM_MISSING_COLUMN, NULL, "--by: unknown column '%s' (see docs/data-format.md)", o->by);
            return CLI_EXIT_USAGE;
        }
        c.by_text = yjjh_column_is_text(c.by_col);
    }
    code = cli_load_inputs(o, &p, &s, &f);
    if (code == CLI_EXIT_OK && o->by && !yjjh_schools_has_column(s, c.by_col)) {
        cli_report(YJJH_PROBLEM_MISSING_COLUMN, cli_schools_name(o), "--by: the file has no column '%s'", o->by);
        code = CLI_EXIT_DATAERR;
    }
    if (code == CLI_EXIT_OK && yjjh_diag_new(&diag) != YJJH_OK)
        code = CLI_EXIT_INTERNAL;
    if (code == CLI_EXIT_OK) {
        yjjh_evaluate_options eo = YJJH_EVALUATE_OPTIONS_INIT;
        yjjh_status st;
        eo.threads = (size_t)o->threads;
        st = yjjh_schools_evaluate_ex(&r, s, f, p, &eo, diag);
        if (st != YJJH_OK)
            code = cli_computation_failed(st, diag, "evaluation");
    }
    if (code == CLI_EXIT_OK) {
        c.r = r;
        c.s = s;
        yjjh_status st = run(&c, p);
        if (st != YJJH_OK) {
            cli_report(YJJH_PROBLEM_INTERNAL, NULL, "cannot compute the equity measures: %s", yjjh_strerror(st));
            code = CLI_EXIT_INTERNAL;
        } else {
            char *text = yjjh__buf_detach(&c.out);
            code = cli_emit(o, text);
            free(text);
        }
    }
    yjjh__buf_free(&c.out);
    yjjh_result_free(r);
    yjjh_diag_free(diag);
    yjjh_facts_free(f);
    yjjh_schools_free(s);
    yjjh_profile_free(p);
    return code;
}
