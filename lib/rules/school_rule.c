/* SPDX-License-Identifier: MIT */
/* The school rule (每所学校达标, indicators.md §3): at least school_min_met of the indicators meet their
 * standard and every one is at least school_floor_ratio of it; shortfalls in natural units. */
#include <math.h>
#include "profile/profile.h"
#include "rules/school_rule.h"
#include "rules/formulas.h"

/* Shortfall of one indicator, as school_rule.h defines it: 0 when amount already meets `standard`. */
static double shortfall(const yjjh_indicator_def *d, double standard, double students, double amount)
{
    if (!(standard > 0.0))
        return 0.0;
    double required = yjjh__indicator_amount(d->formula, standard, students);
    if (yjjh_standard_meets_min(amount, required))
        return 0.0;
    double x = required - amount;
    if (d->whole_units) {
        /* rounding noise of `required` (e.g. 4.2 × 1000 / 100) must not add a whole teacher */
        x = ceil(x - YJJH_TOLERANCE * required);
        if (x < 1.0)
            x = 1.0;
    }
    return x;
}

void yjjh__rule_indicator_fill(yjjh_rule_indicator *out, const yjjh__rule_result *r, size_t k)
{
    out->value = r->value[k];
    out->standard = r->standard[k];
    out->ratio = r->ratio[k];
    out->met = r->met[k];
    out->above_floor = r->above_floor[k];
    out->shortfall = r->shortfall[k];
}

/* The threshold of yjjh_standard_meets_min(v, t): v meets t exactly when v >= min_threshold(t) (t not NaN). */
static double min_threshold(double t) { return t - YJJH_TOLERANCE * fabs(t); }

void yjjh__rule_plan_init(yjjh__rule_plan *pl, const yjjh_profile *p)
{
    static const yjjh_stage stages[2] = {YJJH_STAGE_PRIMARY, YJJH_STAGE_JUNIOR};
    const double floor_ratio = yjjh__p(p, P_SCHOOL_FLOOR_RATIO);
    pl->n = p->n_indicators;
    pl->min_met = yjjh__p(p, P_SCHOOL_MIN_MET);
    for (size_t k = 0; k < pl->n; k++) {
        pl->ind[k] = p->indicators[k];
        for (int s = 0; s < 2; s++) {
            double t = yjjh__indicator_min(p, k, stages[s]);
            pl->standard[s][k] = t;
            pl->met_at[s][k] = min_threshold(t);
            pl->floor_at[s][k] = min_threshold(floor_ratio * t);
        }
    }
}

void yjjh__school_rule_apply_plan(yjjh__rule_result *r, const yjjh__rule_plan *pl, int si, double students,
                                  const double *amounts)
{
    const size_t n = pl->n;
    unsigned int met_count = 0;
    int all_above = 1;
    r->n_indicators = n;
    for (size_t k = 0; k < YJJH__MAX_INDICATORS; k++) {
        if (k >= n) {
            r->value[k] = r->standard[k] = r->ratio[k] = r->shortfall[k] = 0.0;
            r->met[k] = r->above_floor[k] = 0;
            continue;
        }
        const yjjh_indicator_def *d = pl->ind[k];
        double v = yjjh__indicator_value(d->formula, amounts[k], students);
        double t = pl->standard[si][k];
        r->value[k] = v;
        r->standard[k] = t;
        if (isnan(t)) {
            r->ratio[k] = NAN;
            r->met[k] = 1;
            r->above_floor[k] = 1;
            r->shortfall[k] = 0.0;
        } else {
            /* yjjh_standard_meets_min(v, t) and (v, floor_ratio * t): 0 for a NaN v, as >= is */
            r->ratio[k] = t > 0.0 ? v / t : NAN;
            r->met[k] = v >= pl->met_at[si][k];
            r->above_floor[k] = v >= pl->floor_at[si][k];
            r->shortfall[k] = r->met[k] ? 0.0 : shortfall(d, t, students, amounts[k]);
        }
        met_count += (unsigned int)r->met[k];
        all_above &= r->above_floor[k];
    }
    r->met_count = met_count;
    r->passed = (double)met_count >= pl->min_met && all_above;
}

void yjjh__school_rule_apply(yjjh__rule_result *r, const yjjh_profile *p, yjjh_stage stage, double students,
                             const double *amounts)
{
    yjjh__rule_plan pl;
    yjjh__rule_plan_init(&pl, p);
    yjjh__school_rule_apply_plan(r, &pl, stage == YJJH_STAGE_JUNIOR, students, amounts);
}

yjjh_status yjjh_school_rule_apply(yjjh_rule_result *out, yjjh_rule_indicator *out_indicators, size_t n_out,
                                   const yjjh_profile *profile, yjjh_stage stage, double students,
                                   const double *amounts, size_t n_amounts)
{
    if (!out || !profile || !amounts || (n_out > 0 && !out_indicators))
        return YJJH_E_NULL_ARG;
    if (out->version != YJJH_RULE_RESULT_VERSION)
        return YJJH_E_STRUCT_VERSION;
    for (size_t k = 0; k < n_out; k++)
        if (out_indicators[k].version != YJJH_RULE_INDICATOR_VERSION)
            return YJJH_E_STRUCT_VERSION;
    if (yjjh_profile_scheme(profile) != YJJH_SCHEME_QUALITY_2017)
        return YJJH_E_NOT_APPLICABLE;
    if (stage != YJJH_STAGE_PRIMARY && stage != YJJH_STAGE_JUNIOR)
        return YJJH_E_BAD_STAGE;
    if (n_amounts != profile->n_indicators || (n_out != 0 && n_out != n_amounts))
        return YJJH_E_LENGTH_MISMATCH;
    if (!isfinite(students))
        return YJJH_E_NOT_FINITE;
    if (!(students > 0.0))
        return YJJH_E_ZERO_STUDENTS;
    for (size_t k = 0; k < n_amounts; k++)
        if (!isfinite(amounts[k]))
            return YJJH_E_NOT_FINITE;
    for (size_t k = 0; k < n_amounts; k++)
        if (amounts[k] < 0.0)
            return YJJH_E_NEGATIVE;
    yjjh__rule_result r;
    yjjh__school_rule_apply(&r, profile, stage, students, amounts);
    for (size_t k = 0; k < n_amounts; k++)
        if (!isfinite(r.value[k]))
            return YJJH_E_OVERFLOW;
    out->n_indicators = r.n_indicators;
    out->met_count = r.met_count;
    out->passed = r.passed;
    for (size_t k = 0; k < n_out; k++)
        yjjh__rule_indicator_fill(&out_indicators[k], &r, k);
    return YJJH_OK;
}
