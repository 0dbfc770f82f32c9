/* The parameter / standards table of profiles, generated from params.def (X-macro). */
#include "profile/profile.h"

const yjjh_param_info yjjh__params[YJJH_PARAM_COUNT] = {
#define X(id, key, stage, dflt, unit, kind, zh, en, lo, hi) [id] = {key, stage, dflt, unit, kind, zh, en, lo, hi},
#include "profile/params.def"
#undef X
};
