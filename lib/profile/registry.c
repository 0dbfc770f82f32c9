/* SPDX-License-Identifier: MIT */
/* The registry of built-in profiles (indicators.md §8): the two C built-ins "national-2017" (all defaults of
 * params.def) and "national-2012-basic", followed by the data profiles of profiles/NAME.json compiled into the
 * library (builtin_profiles.h). Static data only: no mutable global state. */
#include <stdio.h>
#include <string.h>
#include "profile/registry.h"
#include "profile/builtin_profiles.h"

#define N_C_BUILTINS 2

static const char *const builtin_names[N_C_BUILTINS] = {"national-2017", "national-2012-basic"};

size_t yjjh_profile_builtin_count(void) { return N_C_BUILTINS + yjjh__embedded_profile_count; }

yjjh_status yjjh_profile_builtin_get(const char **out, size_t i)
{
    if (!out)
        return YJJH_E_NULL_ARG;
    if (i < N_C_BUILTINS) {
        *out = builtin_names[i];
        return YJJH_OK;
    }
    i -= N_C_BUILTINS;
    if (i >= yjjh__embedded_profile_count)
        return YJJH_E_OUT_OF_RANGE;
    *out = yjjh__embedded_profiles[i].name;
    return YJJH_OK;
}

int yjjh__registry_is_c_builtin(const char *name)
{
    for (size_t i = 0; i < N_C_BUILTINS; i++)
        if (strcmp(builtin_names[i], name) == 0)
            return 1;
    return 0;
}

int yjjh__registry_embedded(const char *name, const char **json, size_t *len)
{
    for (size_t i = 0; i < yjjh__embedded_profile_count; i++) {
        if (strcmp(yjjh__embedded_profiles[i].name, name) == 0) {
            *json = yjjh__embedded_profiles[i].json;
            *len = yjjh__embedded_profiles[i].len;
            return 1;
        }
    }
    return 0;
}

yjjh_status yjjh__registry_init_c_builtin(yjjh_profile *p, const char *name)
{
    static const yjjh__indicator_index codes_2017[] = {YJJH__IND_R1, YJJH__IND_R2, YJJH__IND_R3, YJJH__IND_R4,
                                                       YJJH__IND_R5, YJJH__IND_R6, YJJH__IND_R7};
    static const yjjh__indicator_index codes_2012[] = {YJJH__IND_B1, YJJH__IND_B2, YJJH__IND_B3, YJJH__IND_B4,
                                                       YJJH__IND_B5, YJJH__IND_B6, YJJH__IND_B7, YJJH__IND_B8};
    const yjjh__indicator_index *codes;
    size_t n;
    yjjh_profile tmp;
    memset(&tmp, 0, sizeof tmp);
    for (int i = 0; i < YJJH_PARAM_COUNT; i++)
        tmp.v[i] = yjjh__params[i].national_2017;

    if (strcmp(name, "national-2017") == 0) {
        snprintf(tmp.title, sizeof tmp.title, "%s", "县域义务教育优质均衡发展督导评估 (2017)");
        tmp.scheme = YJJH_SCHEME_QUALITY_2017;
        codes = codes_2017;
        n = sizeof codes_2017 / sizeof codes_2017[0];
    } else if (strcmp(name, "national-2012-basic") == 0) {
        snprintf(tmp.title, sizeof tmp.title, "%s", "县域义务教育基本均衡发展督导评估 (2012)");
        tmp.scheme = YJJH_SCHEME_BASIC_2012;
        codes = codes_2012;
        n = sizeof codes_2012 / sizeof codes_2012[0];
        tmp.v[P_COMPOSITE_CV_MAX_PRIMARY] = 0.65;
        tmp.v[P_COMPOSITE_CV_MAX_JUNIOR] = 0.55;
        tmp.v[P_TEACHING_POINTS] = YJJH_TP_EXCLUDE; /* teaching points are always left out (§8) */
    } else {
        return YJJH_E_UNKNOWN_PROFILE;
    }
    snprintf(tmp.name, sizeof tmp.name, "%s", name);
    tmp.n_indicators = n;
    for (size_t k = 0; k < n; k++)
        tmp.indicators[k] = &yjjh__indicator_catalog[codes[k]];
    *p = tmp;
    return YJJH_OK;
}
