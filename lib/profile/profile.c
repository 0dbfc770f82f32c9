/* Built-in profiles and their standards tables (indicators.md §8).
 *
 * A profile is a heap copy of static data: the two C built-ins "national-2017" (all defaults of params.def)
 * and "national-2012-basic", followed by the data profiles of profiles/NAME.json compiled into the library
 * (builtin_profiles.h; loaded through yjjh_profile_load_json(), profile_load.c). No mutable global state. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cjson/cJSON.h>
#include "profile/profile.h"
#include "profile/builtin_profiles.h"
#include "yjjh/yjjh_profile.h"

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

/* Index of the catalogue entry with this code (the catalogue is static data, so this cannot fail for the
 * codes used below). */
static const yjjh_indicator_def *def(const char *code) { return yjjh__indicator_find(code); }

yjjh_status yjjh__profile_init_builtin(yjjh_profile *p, const char *name)
{
    static const char *const codes_2017[] = {"R1", "R2", "R3", "R4", "R5", "R6", "R7"};
    static const char *const codes_2012[] = {"B1", "B2", "B3", "B4", "B5", "B6", "B7", "B8"};
    const char *const *codes;
    size_t n;
    yjjh_profile tmp;
    memset(&tmp, 0, sizeof tmp);
    for (int i = 0; i < YJJH_PARAM_COUNT; i++) tmp.v[i] = yjjh__params[i].national_2017;

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
    for (size_t k = 0; k < n; k++) {
        tmp.indicators[k] = def(codes[k]);
        if (!tmp.indicators[k]) return YJJH_E_INTERNAL;
    }
    *p = tmp;
    return YJJH_OK;
}

static int is_c_builtin(const char *name)
{
    for (size_t i = 0; i < N_C_BUILTINS; i++)
        if (strcmp(builtin_names[i], name) == 0) return 1;
    return 0;
}

static long embedded_find(const char *name)
{
    for (size_t i = 0; i < yjjh__embedded_profile_count; i++)
        if (strcmp(yjjh__embedded_profiles[i].name, name) == 0) return (long)i;
    return -1;
}

/* The "extends" chain of embedded profile i must end in a C built-in within 8 steps: the loader resolves a
 * parent through yjjh_profile_builtin(), so a cycle among embedded profiles would otherwise never end. */
static yjjh_status embedded_chain_ok(long i)
{
    for (int depth = 0; depth < 8; depth++) {
        const yjjh__embedded_profile *e = &yjjh__embedded_profiles[i];
        cJSON *root = cJSON_ParseWithLength(e->json, e->len);
        if (!root) return YJJH_E_INTERNAL; /* also NOMEM: cJSON does not tell */
        const cJSON *ext = cJSON_GetObjectItemCaseSensitive(root, "extends");
        long next = -1;
        int ends = 1;
        if (cJSON_IsString(ext)) {
            if (is_c_builtin(ext->valuestring)) {
                ends = 1;
            } else {
                next = embedded_find(ext->valuestring);
                ends = next < 0; /* not embedded: the loader reports it */
            }
        }
        cJSON_Delete(root);
        if (ends) return YJJH_OK;
        i = next;
    }
    return YJJH_E_INTERNAL;
}

yjjh_status yjjh_profile_builtin(yjjh_profile **out, const char *name)
{
    if (!out) return YJJH_E_NULL_ARG;
    *out = NULL;
    if (!name) return YJJH_E_NULL_ARG;
    if (is_c_builtin(name)) {
        yjjh_profile *p = malloc(sizeof *p);
        if (!p) return YJJH_E_NOMEM;
        yjjh_status s = yjjh__profile_init_builtin(p, name);
        if (s != YJJH_OK) {
            free(p);
            return s;
        }
        *out = p;
        return YJJH_OK;
    }
    long i = embedded_find(name);
    if (i < 0) return YJJH_E_UNKNOWN_PROFILE;
    yjjh_status s = embedded_chain_ok(i);
    if (s != YJJH_OK) return s;
    s = yjjh_profile_load_json(out, yjjh__embedded_profiles[i].json, yjjh__embedded_profiles[i].len, name, NULL);
    if (s != YJJH_OK && s != YJJH_E_NOMEM) s = YJJH_E_INTERNAL; /* a compiled-in profile must be valid */
    return s;
}

void yjjh_profile_free(yjjh_profile *profile) { free(profile); }

const char *yjjh_profile_name(const yjjh_profile *profile) { return profile ? profile->name : ""; }

const char *yjjh_profile_title(const yjjh_profile *profile) { return profile ? profile->title : ""; }

yjjh_scheme yjjh_profile_scheme(const yjjh_profile *profile)
{
    return profile ? profile->scheme : YJJH_SCHEME_NONE;
}

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
    if (strcmp(text, "maximum") == 0) return YJJH_STANDARD_KIND_MAXIMUM;
    if (strcmp(text, "parameter") == 0) return YJJH_STANDARD_KIND_PARAMETER;
    if (strcmp(text, "switch") == 0) return YJJH_STANDARD_KIND_SWITCH;
    return YJJH_STANDARD_KIND_MINIMUM;
}

size_t yjjh_profile_indicator_count(const yjjh_profile *profile) { return profile ? profile->n_indicators : 0; }

yjjh_status yjjh_profile_indicator_get(yjjh_indicator_info *out, const yjjh_profile *profile, size_t k)
{
    if (!out || !profile) return YJJH_E_NULL_ARG;
    if (out->version != YJJH_INDICATOR_INFO_VERSION) return YJJH_E_STRUCT_VERSION;
    if (k >= profile->n_indicators) return YJJH_E_OUT_OF_RANGE;
    return yjjh__indicator_info_fill(out, profile->indicators[k]);
}

int yjjh__param_applies(const yjjh_profile *p, yjjh_param_id id)
{
    if ((unsigned)id >= (unsigned)YJJH_PARAM_COUNT) return 0;
    if (id >= P_R1_PRIMARY && id <= P_R7_JUNIOR) return p->scheme == YJJH_SCHEME_QUALITY_2017;
    if (id == P_CV_MAX_PRIMARY || id == P_CV_MAX_JUNIOR) return p->scheme == YJJH_SCHEME_QUALITY_2017;
    if (id == P_COMPOSITE_CV_MAX_PRIMARY || id == P_COMPOSITE_CV_MAX_JUNIOR) return p->scheme == YJJH_SCHEME_BASIC_2012;
    return 1;
}

yjjh_status yjjh_standard_lookup(double *out, const yjjh_profile *profile, const char *key, yjjh_stage stage)
{
    if (!out || !profile || !key) return YJJH_E_NULL_ARG;
    int known = 0, applies = 0;
    for (int i = 0; i < YJJH_PARAM_COUNT; i++) {
        if (strcmp(yjjh__params[i].key, key) != 0) continue;
        known = 1;
        if (!yjjh__param_applies(profile, (yjjh_param_id)i)) continue;
        applies = 1;
        if (yjjh__params[i].stage == stage) {
            *out = profile->v[i];
            return YJJH_OK;
        }
    }
    if (!known) return YJJH_E_UNKNOWN_CODE;
    if (!applies) return YJJH_E_NOT_APPLICABLE;
    return YJJH_E_BAD_STAGE;
}

size_t yjjh_standard_count(const yjjh_profile *profile)
{
    size_t n = 0;
    if (!profile) return 0;
    for (int i = 0; i < YJJH_PARAM_COUNT; i++) n += (size_t)yjjh__param_applies(profile, (yjjh_param_id)i);
    return n;
}

yjjh_status yjjh_standard_get(yjjh_standard *out, const yjjh_profile *profile, size_t i)
{
    if (!out || !profile) return YJJH_E_NULL_ARG;
    if (out->version != YJJH_STANDARD_VERSION) return YJJH_E_STRUCT_VERSION;
    for (int id = 0; id < YJJH_PARAM_COUNT; id++) {
        if (!yjjh__param_applies(profile, (yjjh_param_id)id)) continue;
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
    if (isnan(v) || isnan(t)) return 0;
    return v >= t - YJJH_TOLERANCE * fabs(t);
}

int yjjh_standard_within_max(double v, double t)
{
    if (isnan(v) || isnan(t)) return 0;
    return v <= t + YJJH_TOLERANCE * fabs(t);
}

double yjjh__indicator_min(const yjjh_profile *p, size_t k, yjjh_stage s)
{
    /* the per-school minimums of R1–R7, (primary, junior) */
    static const yjjh_param_id rmin[7][2] = {
        {P_R1_PRIMARY, P_R1_JUNIOR}, {P_R2_PRIMARY, P_R2_JUNIOR}, {P_R3_PRIMARY, P_R3_JUNIOR},
        {P_R4_PRIMARY, P_R4_JUNIOR}, {P_R5_PRIMARY, P_R5_JUNIOR}, {P_R6_PRIMARY, P_R6_JUNIOR},
        {P_R7_PRIMARY, P_R7_JUNIOR},
    };
    if (!p || k >= p->n_indicators || p->scheme != YJJH_SCHEME_QUALITY_2017) return NAN;
    if (s != YJJH_STAGE_PRIMARY && s != YJJH_STAGE_JUNIOR) return NAN;
    const char *code = p->indicators[k]->code;
    if (code[0] != 'R' || code[1] < '1' || code[1] > '7' || code[2] != '\0') return NAN;
    return p->v[rmin[code[1] - '1'][s == YJJH_STAGE_JUNIOR]];
}
