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
    double national_2017;   /* default of the national-2017 profile */
    const char *unit;
    const char *kind;
    const char *name_zh;
    const char *name_en;
    double lo, hi;          /* allowed range (profile validation) */
} yjjh_param_info;

/** The parameter table (params.def), YJJH_PARAM_COUNT entries. Defined in standards_table.c. */
extern const yjjh_param_info yjjh__params[YJJH_PARAM_COUNT];

/* The evaluation scheme of a profile is the public yjjh_scheme (yjjh/yjjh_profile.h). */

/** Values of P_TEACHING_POINTS. */
enum { YJJH_TP_MIN_STUDENTS = 0, YJJH_TP_EXCLUDE = 1, YJJH_TP_MERGE = 2 };
/** Values of P_CV_WEIGHTING. */
enum { YJJH_CVW_STUDENTS = 0, YJJH_CVW_UNWEIGHTED = 1 };

/** Internal numerator fields of indicators (what an indicator divides by enrolment). */
typedef enum yjjh_numerator {
    YJJH_NUM_TEACHERS_ABOVE_DEGREE = 0,  /* per stage */
    YJJH_NUM_BACKBONE_TEACHERS,          /* per stage */
    YJJH_NUM_PE_ART_TEACHERS,            /* per stage */
    YJJH_NUM_FULLTIME_TEACHERS,          /* per stage */
    YJJH_NUM_MID_TITLE_TEACHERS,         /* per stage */
    YJJH_NUM_TEACHING_AREA,              /* facility */
    YJJH_NUM_SPORTS_AREA,                /* facility */
    YJJH_NUM_EQUIPMENT_VALUE,            /* facility */
    YJJH_NUM_MULTIMEDIA_ROOMS,           /* facility */
    YJJH_NUM_COMPUTERS,                  /* facility */
    YJJH_NUM_BOOKS                       /* facility */
} yjjh_numerator;

/** Static definition of a catalogue indicator. */
typedef struct yjjh_indicator_def {
    const char *code;
    const char *name_zh;
    const char *name_en;
    const char *unit;
    const char *numerator;     /* input field name, e.g. "teaching_area" */
    yjjh_formula formula;
    int is_facility;
    yjjh_numerator num;
    int whole_units;           /* shortfall rounded up to whole teachers/rooms */
    const char *shortfall_unit_zh; /* "名", "m²", "元", "间" … */
} yjjh_indicator_def;

/** The catalogue: R1–R7 then B1–B8. Defined in indicator_catalog.c. */
extern const yjjh_indicator_def yjjh__indicator_catalog[];
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

/** Fill *p (caller's memory) with the C built-in profile `name` ("national-2017", "national-2012-basic").
 *  Data profiles embedded from profiles/NAME.json are not handled here (see yjjh_profile_builtin()).
 *  Returns YJJH_OK or YJJH_E_UNKNOWN_PROFILE (p untouched). No NULL checks. Defined in profile.c. */
yjjh_status yjjh__profile_init_builtin(yjjh_profile *p, const char *name);

/** Catalogue entry of an indicator code ("R4", "B5"), or NULL (also for code NULL). Defined in indicators.c. */
const yjjh_indicator_def *yjjh__indicator_find(const char *code);

/** Fill a caller's yjjh_indicator_info from a catalogue entry; YJJH_E_STRUCT_VERSION when out->version is not
 *  YJJH_INDICATOR_INFO_VERSION. out and d must not be NULL. Defined in indicators.c. */
yjjh_status yjjh__indicator_info_fill(yjjh_indicator_info *out, const yjjh_indicator_def *d);

#endif
