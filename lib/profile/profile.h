/* SPDX-License-Identifier: MIT */
/* Private: the profile object and its parameters. Never installed. */
#ifndef YJJH_LIB_PROFILE_H
#define YJJH_LIB_PROFILE_H

#include "yjjh/yjjh.h"

/** Largest number of indicators of any profile (national-2012-basic: 8). */
#define YJJH__MAX_INDICATORS 8

/** Parameter ids, in standards-table order (see params.def). */
typedef enum yjjh_param_id {
#define X(id, key, stage, dflt, unit, kind, zh, en, lo, hi) id,
#include "profile/params.def"
#undef X
    YJJH_PARAM_COUNT
} yjjh_param_id;

/** Static description of one parameter (params.def). */
typedef struct yjjh_param_info {
    const char *key;
    yjjh_stage stage;
    double national_2017; /* default of the national-2017 profile */
    const char *unit;
    const char *kind;
    const char *name_zh;
    const char *name_en;
    double lo, hi; /* allowed range (profile validation) */
} yjjh_param_info;

/** The parameter table (params.def), YJJH_PARAM_COUNT entries. Defined in standards_table.c. */
extern const yjjh_param_info yjjh__params[YJJH_PARAM_COUNT];

/* The evaluation scheme of a profile is the public yjjh_scheme (yjjh/yjjh_profile.h). */

/** Values of P_TEACHING_POINTS. */
enum { YJJH_TP_MIN_STUDENTS = 0, YJJH_TP_EXCLUDE = 1, YJJH_TP_MERGE = 2 };
/** Values of P_CV_WEIGHTING. */
enum { YJJH_CVW_STUDENTS = 0, YJJH_CVW_UNWEIGHTED = 1 };

/** The numerators of indicators (numerators.def): YJJH_NUM_FULLTIME_TEACHERS …, then YJJH__NUM_COUNT. */
typedef enum yjjh_numerator {
#define X(name, field, total, primary, junior) YJJH_NUM_##name,
#include "profile/numerators.def"
#undef X
    YJJH__NUM_COUNT
} yjjh_numerator;

/** Whether each numerator is a facility (split by §2.1), as constants: YJJH__NUM_FACILITY_BOOKS = 1, … */
enum {
#define X(name, field, total, primary, junior) YJJH__NUM_FACILITY_##name = (total) != 0,
#include "profile/numerators.def"
#undef X
};

/** One line of numerators.def. */
typedef struct yjjh__numerator_def {
    const char *field;    /* input field, e.g. "teaching_area" */
    yjjh_column total;    /* school-total column; 0 for teacher counts (per stage only) */
    yjjh_column stage[2]; /* primary, junior column */
} yjjh__numerator_def;

/** The numerator table, YJJH__NUM_COUNT entries. Defined in indicator_catalog.c. */
extern const yjjh__numerator_def yjjh__numerators[YJJH__NUM_COUNT];

/** "No parameter": the minimum of an indicator without one (indicators.def). */
#define P_NONE YJJH_PARAM_COUNT

/** Indices of the catalogue (indicators.def): YJJH__IND_R1 … YJJH__IND_B8, then YJJH__IND_COUNT. */
typedef enum yjjh__indicator_index {
#define X(code, zh, en, unit, num, formula, whole, short_unit, min_p, min_j) YJJH__IND_##code,
#include "profile/indicators.def"
#undef X
    YJJH__IND_COUNT
} yjjh__indicator_index;

/* The names and units of indicators.def, one static string each, shared by the catalogue and the standards
 * table (params.def refers to them as IND_ZH(code), IND_EN(code), IND_UNIT(code)). Defined in
 * indicator_catalog.c. */
#define X(code, zh, en, unit, num, formula, whole, short_unit, min_p, min_j)                                           \
  extern const char yjjh__ind_zh_##code[], yjjh__ind_en_##code[], yjjh__ind_unit_##code[];
#include "profile/indicators.def"
#undef X

/** Static definition of a catalogue indicator (one line of indicators.def). */
typedef struct yjjh_indicator_def {
    const char *code;
    const char *name_zh;
    const char *name_en;
    const char *unit;
    const char *numerator; /* input field name, e.g. "teaching_area" (numerators.def) */
    yjjh_formula formula;
    int is_facility; /* the numerator is a facility, split by §2.1 (numerators.def) */
    yjjh_numerator num;
    int whole_units;               /* shortfall rounded up to whole teachers/rooms */
    const char *shortfall_unit_zh; /* "名", "m²", "元", "间" … */
    yjjh_param_id min_param[2];    /* per-school minimum, primary and junior; P_NONE when there is none */
} yjjh_indicator_def;

/** The catalogue: R1–R7 then B1–B8, YJJH__IND_COUNT entries. Defined in indicator_catalog.c. */
extern const yjjh_indicator_def yjjh__indicator_catalog[YJJH__IND_COUNT];
extern const size_t yjjh__indicator_catalog_size;

struct yjjh_profile {
    char name[64];
    char title[256];
    yjjh_scheme scheme;
    size_t n_indicators;
    const yjjh_indicator_def *indicators[YJJH__MAX_INDICATORS];
    double v[YJJH_PARAM_COUNT];
};

/** Value of a parameter. */
static inline double yjjh__p(const yjjh_profile *p, yjjh_param_id id) { return p->v[id]; }

/** Index 0/1/2 for primary/junior/senior; -1 otherwise. */
static inline int yjjh__stage_index(yjjh_stage s)
{
    return (s == YJJH_STAGE_PRIMARY) ? 0 : (s == YJJH_STAGE_JUNIOR) ? 1 : (s == YJJH_STAGE_SENIOR) ? 2 : -1;
}

/** Minimum of indicator k (profile order) for stage s (primary/junior); NaN when the profile has none. */
double yjjh__indicator_min(const yjjh_profile *p, size_t k, yjjh_stage s);

/** Whether a parameter applies to the profile's scheme (e.g. R1–R7 only to quality_2017). */
int yjjh__param_applies(const yjjh_profile *p, yjjh_param_id id);

/** The input column holding numerator `num` for a stage (per-stage teacher or facility column), or the
 *  school-total facility column when stage is YJJH_STAGE_NONE (0 for teacher numerators). Defined in
 *  indicator_catalog.c. */
yjjh_column yjjh__numerator_column(yjjh_numerator num, yjjh_stage stage);

/** Catalogue entry of an indicator code ("R4", "B5"), or NULL (also for code NULL). Defined in indicator_catalog.c. */
const yjjh_indicator_def *yjjh__indicator_find(const char *code);

/** Fill a caller's yjjh_indicator_info from a catalogue entry, keeping out->version (the public callers have
 *  checked it). out and d must not be NULL. Defined in indicator_catalog.c. */
void yjjh__indicator_info_fill(yjjh_indicator_info *out, const yjjh_indicator_def *d);

#endif
