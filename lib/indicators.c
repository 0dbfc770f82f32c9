/* Indicator formulas, the catalogue accessors and the 一贯制/完全中学 facility split (indicators.md §2, §2.1, §8). */
#include <math.h>
#include <string.h>
#include "profile.h"

size_t yjjh_indicator_catalog_count(void) { return yjjh__indicator_catalog_size; }

const yjjh_indicator_def *yjjh__indicator_find(const char *code)
{
    if (!code) return NULL;
    for (size_t i = 0; i < yjjh__indicator_catalog_size; i++)
        if (strcmp(yjjh__indicator_catalog[i].code, code) == 0) return &yjjh__indicator_catalog[i];
    return NULL;
}

yjjh_status yjjh__indicator_info_fill(yjjh_indicator_info *out, const yjjh_indicator_def *d)
{
    if (out->version != YJJH_INDICATOR_INFO_VERSION) return YJJH_E_STRUCT_VERSION;
    out->code = d->code;
    out->name_zh = d->name_zh;
    out->name_en = d->name_en;
    out->unit = d->unit;
    out->numerator = d->numerator;
    out->formula = (int)d->formula;
    out->is_facility = d->is_facility;
    return YJJH_OK;
}

yjjh_status yjjh_indicator_catalog_get(yjjh_indicator_info *out, size_t i)
{
    if (!out) return YJJH_E_NULL_ARG;
    if (out->version != YJJH_INDICATOR_INFO_VERSION) return YJJH_E_STRUCT_VERSION;
    if (i >= yjjh__indicator_catalog_size) return YJJH_E_OUT_OF_RANGE;
    return yjjh__indicator_info_fill(out, &yjjh__indicator_catalog[i]);
}

yjjh_status yjjh_indicator_lookup(yjjh_indicator_info *out, const char *code)
{
    if (!out || !code) return YJJH_E_NULL_ARG;
    if (out->version != YJJH_INDICATOR_INFO_VERSION) return YJJH_E_STRUCT_VERSION;
    const yjjh_indicator_def *d = yjjh__indicator_find(code);
    if (!d) return YJJH_E_UNKNOWN_CODE;
    return yjjh__indicator_info_fill(out, d);
}

/* Checks shared by the two formulas. */
static yjjh_status check_amount(double amount, double students)
{
    if (!isfinite(amount) || !isfinite(students)) return YJJH_E_NOT_FINITE;
    if (amount < 0.0) return YJJH_E_NEGATIVE;
    if (!(students > 0.0)) return YJJH_E_ZERO_STUDENTS;
    return YJJH_OK;
}

yjjh_status yjjh_indicator_per100(double *out, double count, double students)
{
    if (!out) return YJJH_E_NULL_ARG;
    yjjh_status s = check_amount(count, students);
    if (s != YJJH_OK) return s;
    double v = count * 100.0 / students; /* multiply before dividing */
    if (!isfinite(v)) v = count / students * 100.0; /* only for counts near the double range */
    if (!isfinite(v)) return YJJH_E_OVERFLOW;
    *out = v;
    return YJJH_OK;
}

yjjh_status yjjh_indicator_per_student(double *out, double amount, double students)
{
    if (!out) return YJJH_E_NULL_ARG;
    yjjh_status s = check_amount(amount, students);
    if (s != YJJH_OK) return s;
    double v = amount / students;
    if (!isfinite(v)) return YJJH_E_OVERFLOW;
    *out = v;
    return YJJH_OK;
}

yjjh_status yjjh_indicator_compute(double *out, const char *code, double amount, double students)
{
    if (!out || !code) return YJJH_E_NULL_ARG;
    const yjjh_indicator_def *d = yjjh__indicator_find(code);
    if (!d) return YJJH_E_UNKNOWN_CODE;
    return d->formula == YJJH_FORMULA_PER_100_STUDENTS ? yjjh_indicator_per100(out, amount, students)
                                                      : yjjh_indicator_per_student(out, amount, students);
}

yjjh_status yjjh_facility_split(double *out_amounts, double *out_per_student, double total, const double *students,
                                const double *weights)
{
    static const double default_weights[3] = {1.0, 1.1, 1.32};
    if (!students || (!out_amounts && !out_per_student)) return YJJH_E_NULL_ARG;
    const double *w = weights ? weights : default_weights;
    if (!isfinite(total)) return YJJH_E_NOT_FINITE;
    for (int s = 0; s < 3; s++) {
        if (!isfinite(students[s]) || !isfinite(w[s])) return YJJH_E_NOT_FINITE;
    }
    if (total < 0.0) return YJJH_E_NEGATIVE;
    for (int s = 0; s < 3; s++) {
        if (students[s] < 0.0) return YJJH_E_NEGATIVE;
        if (!(w[s] > 0.0)) return YJJH_E_BAD_WEIGHT;
    }
    double d = w[0] * students[0] + w[1] * students[1] + w[2] * students[2];
    if (!(d > 0.0)) return YJJH_E_ZERO_STUDENTS;
    if (!isfinite(d)) return YJJH_E_OVERFLOW;
    double amt[3], per[3];
    for (int s = 0; s < 3; s++) {
        if (students[s] > 0.0) {
            per[s] = total * w[s] / d;
            amt[s] = total * (w[s] * students[s]) / d;
            /* very large totals: divide first rather than overflow */
            if (!isfinite(amt[s])) amt[s] = total / d * (w[s] * students[s]);
            if (!isfinite(per[s])) per[s] = total / d * w[s];
            if (!isfinite(amt[s]) || !isfinite(per[s])) return YJJH_E_OVERFLOW;
        } else {
            per[s] = amt[s] = 0.0;
        }
    }
    for (int s = 0; s < 3; s++) {
        if (out_amounts) out_amounts[s] = amt[s];
        if (out_per_student) out_per_student[s] = per[s];
    }
    return YJJH_OK;
}

const char *yjjh_stage_name(yjjh_stage stage)
{
    switch (stage) {
    case YJJH_STAGE_PRIMARY: return "primary";
    case YJJH_STAGE_JUNIOR: return "junior";
    case YJJH_STAGE_SENIOR: return "senior";
    case YJJH_STAGE_NONE: break;
    }
    return "none";
}

const char *yjjh_stage_name_zh(yjjh_stage stage)
{
    switch (stage) {
    case YJJH_STAGE_PRIMARY: return "小学";
    case YJJH_STAGE_JUNIOR: return "初中";
    case YJJH_STAGE_SENIOR: return "高中";
    case YJJH_STAGE_NONE: break;
    }
    return "";
}
