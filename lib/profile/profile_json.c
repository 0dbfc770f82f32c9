/* SPDX-License-Identifier: MIT */
/* The profile (merged standards table) as JSON: `yjjh standards --format json`. */
#include <stdlib.h>
#include <string.h>
#include <cjson/cJSON.h>
#include "profile/profile.h"

static const char *stage_or_null(yjjh_stage s) { return s == YJJH_STAGE_NONE ? NULL : yjjh_stage_name(s); }

yjjh_status yjjh_profile_to_json(char **out, const yjjh_profile *profile)
{
    cJSON *root, *inds, *stds;
    char *text;
    int ok = 1;
    if (!out)
        return YJJH_E_NULL_ARG;
    *out = NULL;
    if (!profile)
        return YJJH_E_NULL_ARG;
    root = cJSON_CreateObject();
    if (!root)
        return YJJH_E_NOMEM;
    ok &= cJSON_AddStringToObject(root, "schema_version", YJJH_JSON_SCHEMA_VERSION) != NULL;
    ok &= cJSON_AddStringToObject(root, "yjjh_version", yjjh_version_string()) != NULL;
    ok &= cJSON_AddStringToObject(root, "profile", profile->name) != NULL;
    ok &= cJSON_AddStringToObject(root, "title", profile->title) != NULL;
    ok &= cJSON_AddStringToObject(root, "scheme", yjjh_scheme_name(profile->scheme)) != NULL;
    ok &= cJSON_AddBoolToObject(root, "school_rule", profile->scheme == YJJH_SCHEME_QUALITY_2017) != NULL;
    ok &= cJSON_AddBoolToObject(root, "composite_cv", profile->scheme == YJJH_SCHEME_BASIC_2012) != NULL;
    inds = cJSON_AddArrayToObject(root, "indicators");
    stds = cJSON_AddArrayToObject(root, "standards");
    ok &= inds != NULL && stds != NULL;
    for (size_t k = 0; ok && k < yjjh_profile_indicator_count(profile); k++) {
        yjjh_indicator_info info = YJJH_INDICATOR_INFO_INIT;
        cJSON *o = cJSON_CreateObject();
        ok &= o != NULL && cJSON_AddItemToArray(inds, o);
        if (!ok || yjjh_profile_indicator_get(&info, profile, k) != YJJH_OK) {
            ok = 0;
            break;
        }
        ok &= cJSON_AddStringToObject(o, "code", info.code) != NULL;
        ok &= cJSON_AddStringToObject(o, "name_zh", info.name_zh) != NULL;
        ok &= cJSON_AddStringToObject(o, "name_en", info.name_en) != NULL;
        ok &= cJSON_AddStringToObject(o, "unit", info.unit) != NULL;
        ok &= cJSON_AddStringToObject(o, "numerator", info.numerator) != NULL;
    }
    for (size_t i = 0; ok && i < yjjh_standard_count(profile); i++) {
        yjjh_standard st = YJJH_STANDARD_INIT;
        cJSON *o = cJSON_CreateObject();
        const char *stage;
        ok &= o != NULL && cJSON_AddItemToArray(stds, o);
        if (!ok || yjjh_standard_get(&st, profile, i) != YJJH_OK) {
            ok = 0;
            break;
        }
        stage = stage_or_null(st.stage);
        ok &= cJSON_AddStringToObject(o, "key", st.key) != NULL;
        ok &= (stage ? cJSON_AddStringToObject(o, "stage", stage) : cJSON_AddNullToObject(o, "stage")) != NULL;
        ok &= cJSON_AddNumberToObject(o, "value", st.value) != NULL;
        ok &= cJSON_AddStringToObject(o, "unit", st.unit) != NULL;
        ok &= cJSON_AddStringToObject(o, "kind", yjjh_standard_kind_name(st.kind)) != NULL;
        ok &= cJSON_AddStringToObject(o, "name_zh", st.name_zh) != NULL;
        ok &= cJSON_AddStringToObject(o, "name_en", st.name_en) != NULL;
    }
    text = ok ? cJSON_PrintUnformatted(root) : NULL;
    cJSON_Delete(root);
    if (!text)
        return YJJH_E_NOMEM;
    /* hand out memory from our own allocator (yjjh_free), whatever hooks cJSON was given */
    {
        size_t len = strlen(text) + 1;
        char *copy = malloc(len);
        if (copy)
            memcpy(copy, text, len);
        cJSON_free(text);
        if (!copy)
            return YJJH_E_NOMEM;
        *out = copy;
    }
    return YJJH_OK;
}
