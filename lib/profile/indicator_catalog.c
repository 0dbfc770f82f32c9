/* SPDX-License-Identifier: MIT */
/* The indicator catalogue (indicators.md §2 and §8), generated from indicators.def: R1–R7 (national-2017) then
 * B1–B8 (national-2012-basic). */
#include <string.h>
#include "profile/profile.h"

#define PER100 YJJH_FORMULA_PER_100_STUDENTS
#define PERSTU YJJH_FORMULA_PER_STUDENT

/* the numerators (their fields as named strings, for the catalogue below too) */
#define X(name, field, total, primary, junior) static const char num_field_##name[] = field;
#include "profile/numerators.def"
#undef X

const yjjh__numerator_def yjjh__numerators[YJJH__NUM_COUNT] = {
#define X(name, field, total, primary, junior)                                                                         \
  [YJJH_NUM_##name] = {num_field_##name, (yjjh_column)(total), {primary, junior}},
#include "profile/numerators.def"
#undef X
};

/* the strings, once (profile.h declares them for the standards table) */
#define X(code, zh, en, unit, num, formula, whole, short_unit, min_p, min_j)                                           \
  const char yjjh__ind_zh_##code[] = zh, yjjh__ind_en_##code[] = en, yjjh__ind_unit_##code[] = unit;
#include "profile/indicators.def"
#undef X

const yjjh_indicator_def yjjh__indicator_catalog[YJJH__IND_COUNT] = {
#define X(code, zh, en, unit, num, formula, whole, short_unit, min_p, min_j)                                           \
  [YJJH__IND_##code] = {#code,                                                                                         \
                        yjjh__ind_zh_##code,                                                                           \
                        yjjh__ind_en_##code,                                                                           \
                        yjjh__ind_unit_##code,                                                                         \
                        num_field_##num,                                                                               \
                        formula,                                                                                       \
                        YJJH__NUM_FACILITY_##num,                                                                      \
                        YJJH_NUM_##num,                                                                                \
                        whole,                                                                                         \
                        short_unit,                                                                                    \
                        {min_p, min_j}},
#include "profile/indicators.def"
#undef X
};

const size_t yjjh__indicator_catalog_size = YJJH__IND_COUNT;

/* ---- numerators ---- */

yjjh_column yjjh__numerator_column(yjjh_numerator num, yjjh_stage stage)
{
    if ((unsigned)num >= (unsigned)YJJH__NUM_COUNT)
        return (yjjh_column)0;
    if (stage == YJJH_STAGE_PRIMARY)
        return yjjh__numerators[num].stage[0];
    if (stage == YJJH_STAGE_JUNIOR)
        return yjjh__numerators[num].stage[1];
    return yjjh__numerators[num].total;
}

/* ---- catalogue accessors ---- */

size_t yjjh_indicator_catalog_count(void) { return yjjh__indicator_catalog_size; }

const yjjh_indicator_def *yjjh__indicator_find(const char *code)
{
    if (!code)
        return NULL;
    for (size_t i = 0; i < yjjh__indicator_catalog_size; i++)
        if (strcmp(yjjh__indicator_catalog[i].code, code) == 0)
            return &yjjh__indicator_catalog[i];
    return NULL;
}

void yjjh__indicator_info_fill(yjjh_indicator_info *out, const yjjh_indicator_def *d)
{
    out->code = d->code;
    out->name_zh = d->name_zh;
    out->name_en = d->name_en;
    out->unit = d->unit;
    out->numerator = d->numerator;
    out->formula = d->formula;
    out->is_facility = d->is_facility;
}

yjjh_status yjjh_indicator_catalog_get(yjjh_indicator_info *out, size_t i)
{
    if (!out)
        return YJJH_E_NULL_ARG;
    if (out->version != YJJH_INDICATOR_INFO_VERSION)
        return YJJH_E_STRUCT_VERSION;
    if (i >= yjjh__indicator_catalog_size)
        return YJJH_E_OUT_OF_RANGE;
    yjjh__indicator_info_fill(out, &yjjh__indicator_catalog[i]);
    return YJJH_OK;
}

yjjh_status yjjh_indicator_lookup(yjjh_indicator_info *out, const char *code)
{
    if (!out || !code)
        return YJJH_E_NULL_ARG;
    if (out->version != YJJH_INDICATOR_INFO_VERSION)
        return YJJH_E_STRUCT_VERSION;
    const yjjh_indicator_def *d = yjjh__indicator_find(code);
    if (!d)
        return YJJH_E_UNKNOWN_CODE;
    yjjh__indicator_info_fill(out, d);
    return YJJH_OK;
}
