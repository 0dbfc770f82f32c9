/* SPDX-License-Identifier: MIT */
/* The two indicator formulas: per 100 students and per student (indicators.md §2). */
#include <math.h>
#include "profile/profile.h"
#include "rules/formulas.h"

double yjjh__indicator_amount(yjjh_formula f, double per, double students)
{
    return f == YJJH_FORMULA_PER_100_STUDENTS ? per * students / 100.0 : per * students;
}

/* Checks shared by the two formulas. */
static yjjh_status check_amount(double amount, double students)
{
    if (!isfinite(amount) || !isfinite(students))
        return YJJH_E_NOT_FINITE;
    if (amount < 0.0)
        return YJJH_E_NEGATIVE;
    if (!(students > 0.0))
        return YJJH_E_ZERO_STUDENTS;
    return YJJH_OK;
}

static yjjh_status checked_value(double *out, yjjh_formula f, double amount, double students)
{
    if (!out)
        return YJJH_E_NULL_ARG;
    yjjh_status s = check_amount(amount, students);
    if (s != YJJH_OK)
        return s;
    double v = yjjh__indicator_value(f, amount, students);
    if (!isfinite(v))
        return YJJH_E_OVERFLOW;
    *out = v;
    return YJJH_OK;
}

yjjh_status yjjh_indicator_per100(double *out, double count, double students)
{
    return checked_value(out, YJJH_FORMULA_PER_100_STUDENTS, count, students);
}

yjjh_status yjjh_indicator_per_student(double *out, double amount, double students)
{
    return checked_value(out, YJJH_FORMULA_PER_STUDENT, amount, students);
}

yjjh_status yjjh_indicator_compute(double *out, const char *code, double amount, double students)
{
    if (!out || !code)
        return YJJH_E_NULL_ARG;
    const yjjh_indicator_def *d = yjjh__indicator_find(code);
    if (!d)
        return YJJH_E_UNKNOWN_CODE;
    return checked_value(out, d->formula, amount, students);
}
