/* SPDX-License-Identifier: MIT */
/* The parameter / standards table of profiles, generated from params.def (X-macro). */
#include "profile/profile.h"

/* R1–R7 take their names and units from the indicator catalogue (indicators.def) */
#define IND_ZH(code) yjjh__ind_zh_##code
#define IND_EN(code) yjjh__ind_en_##code
#define IND_UNIT(code) yjjh__ind_unit_##code

const yjjh_param_info yjjh__params[YJJH_PARAM_COUNT] = {
#define X(id, key, stage, dflt, unit, kind, zh, en, lo, hi) [id] = {key, stage, dflt, unit, kind, zh, en, lo, hi},
#include "profile/params.def"
#undef X
};
