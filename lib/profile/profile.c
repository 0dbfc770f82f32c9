/* SPDX-License-Identifier: MIT */
/* The profile object and its standards table (indicators.md §8): accessors, standards lookup, the minimum and
 * maximum comparisons. Built-in profiles are in registry.c, loading (built-ins and files) in profile_load.c. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "profile/profile.h"

void yjjh_profile_free(yjjh_profile *profile) { free(profile); }

const char *yjjh_profile_name(const yjjh_profile *profile) { return profile ? profile->name : ""; }

const char *yjjh_profile_title(const yjjh_profile *profile) { return profile ? profile->title : ""; }

yjjh_scheme yjjh_profile_scheme(const yjjh_profile *profile) { return profile ? profile->scheme : YJJH_SCHEME_NONE; }

const char *yjjh_scheme_name(yjjh_scheme scheme)
{
    switch (scheme) {
    case YJJH_SCHEME_QUALITY_2017: return "quality_2017";
    case YJJH_SCHEME_BASIC_2012: return "basic_2012";
    default: return "none";
    }
}

const char *yjjh_standard_kind_name(yjjh_standard_kind kind)
{
    switch (kind) {
    case YJJH_STANDARD_KIND_MINIMUM: return "minimum";
    case YJJH_STANDARD_KIND_MAXIMUM: return "maximum";
    case YJJH_STANDARD_KIND_PARAMETER: return "parameter";
    case YJJH_STANDARD_KIND_SWITCH: return "switch";
    default: return "unknown";
    }
}

/* The kind text of params.def as the public enum. */
static yjjh_standard_kind kind_of(const char *text)
{
    if (strcmp(text, "maximum") == 0)
        return YJJH_STANDARD_KIND_MAXIMUM;
    if (strcmp(text, "parameter") == 0)
        return YJJH_STANDARD_KIND_PARAMETER;
    if (strcmp(text, "switch") == 0)
        return YJJH_STANDARD_KIND_SWITCH;
    return YJJH_STANDARD_KIND_MINIMUM;
}

size_t yjjh_profile_indicator_count(const yjjh_profile *profile) { return profile ? profile->n_indicators : 0; }

yjjh_status yjjh_profile_indicator_get(yjjh_indicator_info *out, const yjjh_profile *profile, size_t k)
{
    if (!out || !profile)
        return YJJH_E_NULL_ARG;
    if (out->version != YJJH_INDICATOR_INFO_VERSION)
        return YJJH_E_STRUCT_VERSION;
    if (k >= profile->n_indicators)
        return YJJH_E_OUT_OF_RANGE;
    yjjh__indicator_info_fill(out, profile->indicators[k]);
    return YJJH_OK;
}

/* Whether a parameter is the per-school minimum of a catalogue indicator (R1–R7, indicators.def). */
static int is_school_minimum(yjjh_param_id id)
{
    for (size_t i = 0; i < yjjh__indicator_catalog_size; i++)
        if (yjjh__indicator_catalog[i].min_param[0] == id || yjjh__indicator_catalog[i].min_param[1] == id)
            return 1;
    return 0;
}

int yjjh__param_applies(const yjjh_profile *p, yjjh_param_id id)
{
    if ((unsigned)id >= (unsigned)YJJH_PARAM_COUNT)
        return 0;
    if (is_school_minimum(id))
        return p->scheme == YJJH_SCHEME_QUALITY_2017;
    if (id == P_CV_MAX_PRIMARY || id == P_CV_MAX_JUNIOR)
        return p->scheme == YJJH_SCHEME_QUALITY_2017;
    if (id == P_COMPOSITE_CV_MAX_PRIMARY || id == P_COMPOSITE_CV_MAX_JUNIOR)
        return p->scheme == YJJH_SCHEME_BASIC_2012;
    return 1;
}

yjjh_status yjjh_standard_lookup(double *out, const yjjh_profile *profile, const char *key, yjjh_stage stage)
{
    if (!out || !profile || !key)
        return YJJH_E_NULL_ARG;
    int known = 0, applies = 0;
    for (int i = 0; i < YJJH_PARAM_COUNT; i++) {
        if (strcmp(yjjh__params[i].key, key) != 0)
            continue;
        known = 1;
        if (!yjjh__param_applies(profile, (yjjh_param_id)i))
            continue;
        applies = 1;
        if (yjjh__params[i].stage == stage) {
            *out = profile->v[i];
            return YJJH_OK;
        }
    }
    if (!known)
        return YJJH_E_UNKNOWN_CODE;
    if (!applies)
        return YJJH_E_NOT_APPLICABLE;
    return YJJH_E_BAD_STAGE;
}

size_t yjjh_standard_count(const yjjh_profile *profile)
{
    size_t n = 0;
    if (!profile)
        return 0;
    for (int i = 0; i < YJJH_PARAM_COUNT; i++)
        n += (size_t)yjjh__param_applies(profile, (yjjh_param_id)i);
    return n;
}

yjjh_status yjjh_standard_get(yjjh_standard *out, const yjjh_profile *profile, size_t i)
{
    if (!out || !profile)
        return YJJH_E_NULL_ARG;
    if (out->version != YJJH_STANDARD_VERSION)
        return YJJH_E_STRUCT_VERSION;
    for (int id = 0; id < YJJH_PARAM_COUNT; id++) {
        if (!yjjh__param_applies(profile, (yjjh_param_id)id))
            continue;
        if (i-- == 0) {
            const yjjh_param_info *pi = &yjjh__params[id];
            out->key = pi->key;
            out->stage = pi->stage;
            out->value = profile->v[id];
            out->unit = pi->unit;
            out->name_zh = pi->name_zh;
            out->name_en = pi->name_en;
            out->kind = kind_of(pi->kind);
            return YJJH_OK;
        }
    }
    return YJJH_E_OUT_OF_RANGE;
}

int yjjh_standard_meets_min(double v, double t)
{
    if (isnan(v) || isnan(t))
        return 0;
    return v >= t - YJJH_TOLERANCE * fabs(t);
}

int yjjh_standard_within_max(double v, double t)
{
    if (isnan(v) || isnan(t))
        return 0;
    return v <= t + YJJH_TOLERANCE * fabs(t);
}

double yjjh__indicator_min(const yjjh_profile *p, size_t k, yjjh_stage s)
{
    yjjh_param_id id;
    if (!p || k >= p->n_indicators || p->scheme != YJJH_SCHEME_QUALITY_2017)
        return NAN;
    if (s != YJJH_STAGE_PRIMARY && s != YJJH_STAGE_JUNIOR)
        return NAN;
    id = p->indicators[k]->min_param[s == YJJH_STAGE_JUNIOR];
    return id == P_NONE ? NAN : p->v[id];
}
