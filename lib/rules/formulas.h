/* SPDX-License-Identifier: MIT */
/* Private: the indicator formulas (indicators.md §2). Never installed. */
#ifndef YJJH_LIB_FORMULAS_H
#define YJJH_LIB_FORMULAS_H

#include <math.h>
#include "yjjh/yjjh.h"

/* Value of an indicator with formula f from its numerator and the enrolment: amount × 100 / students
 * (multiplied before dividing; divided first only when the product would overflow) or amount / students.
 * No argument checks: students > 0 gives a finite result unless the quotient itself overflows. This is the
 * one place a formula is dispatched: the evaluator, the school rule and the public formula functions use it. */
static inline double yjjh__indicator_value(yjjh_formula f, double amount, double students)
{
    double v;
    if (f != YJJH_FORMULA_PER_100_STUDENTS)
        return amount / students;
    v = amount * 100.0 / students; /* multiply before dividing */
    if (!isfinite(v))
        v = amount / students * 100.0; /* only for amounts near the double range */
    return v;
}

/* The numerator amount a value `per` of formula f stands for at `students` students (the inverse of
 * yjjh__indicator_value()): per × students / 100 or per × students. */
double yjjh__indicator_amount(yjjh_formula f, double per, double students);

#endif
