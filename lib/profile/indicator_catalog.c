/* The indicator catalogue (indicators.md §2 and §8), generated from indicators.def: R1–R7 (national-2017) then
 * B1–B8 (national-2012-basic). */
#include <string.h>
#include "profile/profile.h"

#define PER100 YJJH_FORMULA_PER_100_STUDENTS
#define PERSTU YJJH_FORMULA_PER_STUDENT

/* the strings, once (profile.h declares them for the standards table) */
#define X(code, zh, en, unit, field, num, formula, fac, whole, short_unit, min_p, min_j) \
    const char yjjh__ind_zh_##code[] = zh, yjjh__ind_en_##code[] = en, yjjh__ind_unit_##code[] = unit;
#include "profile/indicators.def"
#undef X

const yjjh_indicator_def yjjh__indicator_catalog[YJJH__IND_COUNT] = {
#define X(code, zh, en, unit, field, num, formula, fac, whole, short_unit, min_p, min_j)                          \
    [YJJH__IND_##code] = {#code,  yjjh__ind_zh_##code, yjjh__ind_en_##code, yjjh__ind_unit_##code, field, formula, \
                          fac,    num,                 whole,               short_unit,            {min_p, min_j}},
#include "profile/indicators.def"
#undef X
};

const size_t yjjh__indicator_catalog_size = YJJH__IND_COUNT;

/* ---- numerators ---- */

yjjh_column yjjh__numerator_column(yjjh_numerator num, yjjh_stage stage)
{
    static const yjjh_column map[][3] = {
        /* school total, primary, junior */
        [YJJH_NUM_TEACHERS_ABOVE_DEGREE] = {0, YJJH_COL_PRIMARY_TEACHERS_ABOVE_DEGREE,
                                            YJJH_COL_JUNIOR_TEACHERS_ABOVE_DEGREE},
        [YJJH_NUM_BACKBONE_TEACHERS] = {0, YJJH_COL_PRIMARY_BACKBONE_TEACHERS, YJJH_COL_JUNIOR_BACKBONE_TEACHERS},
        [YJJH_NUM_PE_ART_TEACHERS] = {0, YJJH_COL_PRIMARY_PE_ART_TEACHERS, YJJH_COL_JUNIOR_PE_ART_TEACHERS},
        [YJJH_NUM_FULLTIME_TEACHERS] = {0, YJJH_COL_PRIMARY_FULLTIME_TEACHERS, YJJH_COL_JUNIOR_FULLTIME_TEACHERS},
        [YJJH_NUM_MID_TITLE_TEACHERS] = {0, YJJH_COL_PRIMARY_MID_TITLE_TEACHERS,
                                         YJJH_COL_JUNIOR_MID_TITLE_TEACHERS},
        [YJJH_NUM_TEACHING_AREA] = {YJJH_COL_TEACHING_AREA, YJJH_COL_PRIMARY_TEACHING_AREA,
                                    YJJH_COL_JUNIOR_TEACHING_AREA},
        [YJJH_NUM_SPORTS_AREA] = {YJJH_COL_SPORTS_AREA, YJJH_COL_PRIMARY_SPORTS_AREA, YJJH_COL_JUNIOR_SPORTS_AREA},
        [YJJH_NUM_EQUIPMENT_VALUE] = {YJJH_COL_EQUIPMENT_VALUE, YJJH_COL_PRIMARY_EQUIPMENT_VALUE,
                                      YJJH_COL_JUNIOR_EQUIPMENT_VALUE},
        [YJJH_NUM_MULTIMEDIA_ROOMS] = {YJJH_COL_MULTIMEDIA_ROOMS, YJJH_COL_PRIMARY_MULTIMEDIA_ROOMS,
                                       YJJH_COL_JUNIOR_MULTIMEDIA_ROOMS},
        [YJJH_NUM_COMPUTERS] = {YJJH_COL_COMPUTERS, YJJH_COL_PRIMARY_COMPUTERS, YJJH_COL_JUNIOR_COMPUTERS},
        [YJJH_NUM_BOOKS] = {YJJH_COL_BOOKS, YJJH_COL_PRIMARY_BOOKS, YJJH_COL_JUNIOR_BOOKS},
    };
    size_t i = (size_t)num;
    if (i >= sizeof map / sizeof map[0])
        return (yjjh_column)0;
    return map[i][stage == YJJH_STAGE_PRIMARY ? 1 : stage == YJJH_STAGE_JUNIOR ? 2 : 0];
}

/* ---- catalogue accessors ---- */

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
    out->formula = d->formula;
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
