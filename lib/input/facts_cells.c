/* SPDX-License-Identifier: MIT */
/* yjjh_fact_value_parse(): a fact value given as text, read exactly as the facts CSV/JSON reader reads its cells
 * (input/cell_value.c), so that facts given by a binding (a dict of strings) follow the same rules. */
#include <math.h>
#include <string.h>

#include "yjjh/yjjh_facts.h"
#include "input/cell_value.h"

yjjh_status yjjh_fact_value_parse(double *out, const char *text)
{
    double v = NAN;
    if (!out || !text)
        return YJJH_E_NULL_ARG;
    switch (yjjh__parse_fact_value(&v, text, strlen(text))) {
    case YJJH__CELL_VALUE: *out = v; return YJJH_OK;
    case YJJH__CELL_MISSING: *out = NAN; return YJJH_OK;
    default: return YJJH_E_INVALID_FACTS;
    }
}
