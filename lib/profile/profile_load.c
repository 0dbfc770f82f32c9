/* SPDX-License-Identifier: MIT */
/* Profiles as data: JSON profile files with "extends" inheritance and validation (indicators.md §8), and the
 * built-in profiles of the registry (registry.c) as profile objects: a C built-in is copied, an embedded
 * profiles/NAME.json is loaded like a file. */
#define _POSIX_C_SOURCE 200809L
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "profile/profile.h"
#include "profile/registry.h"
#include "input/json_doc.h"
#include "input/cell_value.h"
#include "common/diag_report.h"
#include "common/file_util.h"
#include "common/num_text.h"
#include "common/text.h"

#define MAX_EXTENDS_DEPTH 8

typedef struct load_ctx {
    const char *source; /* name for messages */
    yjjh_diag *diag;
    int errors;
    int nomem;
    int depth;         /* files of the "extends" chain above this one */
    int builtin_depth; /* embedded built-in profiles of the chain above this one */
} load_ctx;

/* Count and report one problem of the profile (line 0: no line). */
static void report(load_ctx *c, yjjh_problem_code code, size_t line, const char *fmt, ...) YJJH__PRINTF(4, 5);
static void report(load_ctx *c, yjjh_problem_code code, size_t line, const char *fmt, ...)
{
    va_list ap;
    c->errors++;
    va_start(ap, fmt);
    if (yjjh__diag_vreportf(c->diag, code, c->source, line, NULL, fmt, ap) == YJJH_E_NOMEM)
        c->nomem = 1;
    va_end(ap);
}

/* Switch values given as names. Returns 1 and sets *v when the name is known for this key. */
static int switch_from_name(const char *key, const char *name, double *v)
{
    static const struct {
        const char *key, *name;
        double value;
    } names[] = {
        {"teaching_points", "min_students", YJJH_TP_MIN_STUDENTS},
        {"teaching_points", "exclude", YJJH_TP_EXCLUDE},
        {"teaching_points", "merge", YJJH_TP_MERGE},
        {"cv_weighting", "students", YJJH_CVW_STUDENTS},
        {"cv_weighting", "unweighted", YJJH_CVW_UNWEIGHTED},
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        if (strcmp(names[i].key, key) == 0 && strcmp(names[i].name, name) == 0) {
            *v = names[i].value;
            return 1;
        }
    }
    return 0;
}

static int must_be_integer(yjjh_param_id id)
{
    return strcmp(yjjh__params[id].kind, "switch") == 0 || id == P_SCHOOL_MIN_MET || id == P_MONITORING_LEVEL;
}

/* Set one parameter from a JSON value, reporting problems under `path`. */
static void set_param(load_ctx *c, yjjh_profile *p, yjjh_param_id id, const json_t *item, const char *path)
{
    double v;
    const yjjh_param_info *info = &yjjh__params[id];
    if (json_is_number(item)) {
        v = json_number_value(item);
    } else if (json_is_boolean(item) && strcmp(info->kind, "switch") == 0 && info->hi == 1) {
        v = json_is_true(item) ? 1.0 : 0.0;
    } else if (json_is_string(item) && switch_from_name(info->key, json_string_value(item), &v)) {
        /* named switch value */
    } else {
        report(c, YJJH_PROBLEM_WRONG_TYPE, 0, "%s: expected %s", path,
               strcmp(info->kind, "switch") == 0 ? "a number or a switch name" : "a number");
        return;
    }
    if (!isfinite(v) || v < info->lo || v > info->hi) {
        report(c, YJJH_PROBLEM_OUT_OF_RANGE, 0, "%s: %s is out of range [%s, %s]", path, yjjh__num_g(v, 17).s,
               yjjh__num_g(info->lo, 6).s, yjjh__num_g(info->hi, 6).s);
        return;
    }
    if (must_be_integer(id) && v != floor(v)) {
        report(c, YJJH_PROBLEM_NOT_INTEGER, 0, "%s: %s must be a whole number", path, yjjh__num_g(v, 17).s);
        return;
    }
    p->v[id] = v;
}

static int find_param(const char *key, yjjh_stage stage, yjjh_param_id *out)
{
    for (int i = 0; i < YJJH_PARAM_COUNT; i++) {
        if (strcmp(yjjh__params[i].key, key) == 0 && yjjh__params[i].stage == stage) {
            *out = (yjjh_param_id)i;
            return 1;
        }
    }
    return 0;
}

/* Duplicate keys are rejected by the parser (yjjh__json_parse()). */
static void apply_standards(load_ctx *c, yjjh_profile *p, json_t *std)
{
    char path[256];
    const char *key;
    json_t *it;
    if (!json_is_object(std)) {
        report(c, YJJH_PROBLEM_WRONG_TYPE, 0, "standards: expected an object");
        return;
    }
    json_object_foreach(std, key, it)
    {
        yjjh_param_id id;
        int staged = 0, unstaged = 0, applies = 0;
        const char *sname;
        json_t *st;
        snprintf(path, sizeof path, "standards.%s", key);
        for (int i = 0; i < YJJH_PARAM_COUNT; i++) {
            if (strcmp(yjjh__params[i].key, key) != 0)
                continue;
            if (yjjh__params[i].stage == YJJH_STAGE_NONE)
                unstaged = 1;
            else
                staged = 1;
            if (yjjh__param_applies(p, (yjjh_param_id)i))
                applies = 1;
        }
        if (!staged && !unstaged) {
            report(c, YJJH_PROBLEM_UNKNOWN_KEY, 0, "%s: unknown key", path);
            continue;
        }
        if (!applies) {
            report(c, YJJH_PROBLEM_NOT_APPLICABLE, 0, "%s: does not apply to a profile of this scheme", path);
            continue;
        }
        if (unstaged) {
            if (find_param(key, YJJH_STAGE_NONE, &id))
                set_param(c, p, id, it, path);
            continue;
        }
        if (!json_is_object(it)) {
            report(c, YJJH_PROBLEM_WRONG_TYPE, 0, "%s: expected an object with per-stage values (primary, junior, …)",
                   path);
            continue;
        }
        json_object_foreach(it, sname, st)
        {
            yjjh_stage s = YJJH_STAGE_NONE;
            char spath[300];
            snprintf(spath, sizeof spath, "%s.%s", path, sname);
            if (strcmp(sname, "primary") == 0)
                s = YJJH_STAGE_PRIMARY;
            else if (strcmp(sname, "junior") == 0)
                s = YJJH_STAGE_JUNIOR;
            else if (strcmp(sname, "senior") == 0)
                s = YJJH_STAGE_SENIOR;
            if (s == YJJH_STAGE_NONE || !find_param(key, s, &id)) {
                report(c, YJJH_PROBLEM_UNKNOWN_STAGE, 0, "%s: unknown stage (this key has:%s%s%s)", spath,
                       find_param(key, YJJH_STAGE_PRIMARY, &id) ? " primary" : "",
                       find_param(key, YJJH_STAGE_JUNIOR, &id) ? " junior" : "",
                       find_param(key, YJJH_STAGE_SENIOR, &id) ? " senior" : "");
                continue;
            }
            set_param(c, p, id, st, spath);
        }
    }
}

/* Copy the basename of path without ".json" into dst. */
static void name_from_path(char *dst, size_t cap, const char *path)
{
    const char *b = strrchr(path, '/');
    size_t n;
    b = b ? b + 1 : path;
    n = strlen(b);
    if (n > 5 && strcmp(b + n - 5, ".json") == 0)
        n -= 5;
    if (n >= cap)
        n = cap - 1;
    memcpy(dst, b, n);
    dst[n] = '\0';
}

static yjjh_status load_json(yjjh_profile **out, const char *json, size_t len, const char *source, yjjh_diag *diag,
                             int depth, int builtin_depth);

/* A built-in profile of the registry, the builtin_depth-th embedded profile of an "extends" chain:
 * YJJH_E_UNKNOWN_PROFILE when there is none of that name; YJJH_E_INTERNAL when an embedded profile does not load
 * (a compiled-in profile must be valid, and a chain of embedded profiles must end within MAX_EXTENDS_DEPTH, so
 * that a cycle among them ends). An embedded profile starts a chain of files of its own (depth 0). */
static yjjh_status load_builtin(yjjh_profile **out, const char *name, int builtin_depth)
{
    const char *json;
    size_t len;
    yjjh_status s;
    *out = NULL;
    if (yjjh__registry_is_c_builtin(name)) {
        yjjh_profile *p = malloc(sizeof *p);
        if (!p)
            return YJJH_E_NOMEM;
        s = yjjh__registry_init_c_builtin(p, name);
        if (s != YJJH_OK) {
            free(p);
            return s;
        }
        *out = p;
        return YJJH_OK;
    }
    if (!yjjh__registry_embedded(name, &json, &len))
        return YJJH_E_UNKNOWN_PROFILE;
    if (builtin_depth > MAX_EXTENDS_DEPTH)
        return YJJH_E_INTERNAL;
    s = load_json(out, json, len, name, NULL, 0, builtin_depth);
    if (s != YJJH_OK && s != YJJH_E_NOMEM)
        s = YJJH_E_INTERNAL;
    return s;
}

/* Resolve "extends": a built-in name, else a file relative to the extending file. */
static yjjh_status load_parent(yjjh_profile **out, load_ctx *c, const char *ext)
{
    yjjh_status s = load_builtin(out, ext, c->builtin_depth + 1);
    int depth = c->depth;
    char *path = NULL, *text = NULL;
    size_t tlen = 0;
    if (s != YJJH_E_UNKNOWN_PROFILE)
        return s;
    if (depth >= MAX_EXTENDS_DEPTH) {
        report(c, YJJH_PROBLEM_EXTENDS_TOO_DEEP, 0, "extends: chain of more than %d profiles (a cycle?)",
               MAX_EXTENDS_DEPTH);
        return YJJH_E_INVALID_PROFILE;
    }
    /* a file named in the data is only ever one in the profile's own directory: no absolute path, no directory
     * part, no ".." (docs/indicators.md §8); so no "../../etc/passwd" or "/proc/self/environ" is opened, and no
     * key or value of a file elsewhere reaches a message. A device or FIFO there is refused by the reader. */
    if (strchr(ext, '/') || strchr(ext, '\\') || strcmp(ext, ".") == 0 || strcmp(ext, "..") == 0) {
        char ex[64];
        yjjh__quote_excerpt(ex, 40, ext, strlen(ext));
        report(c, YJJH_PROBLEM_CANNOT_OPEN, 0,
               "extends: \"%s\" is not allowed: name a built-in profile or a file in the profile's own directory "
               "(no '/', no '..')",
               ex);
        return YJJH_E_INVALID_PROFILE;
    }
    if (strchr(c->source, '/'))
        path = yjjh__strprintf("%.*s%s", (int)(strrchr(c->source, '/') - c->source + 1), c->source, ext);
    else
        path = yjjh__strdup(ext);
    if (!path)
        return YJJH_E_NOMEM;
    s = yjjh__read_file(&text, &tlen, path);
    if (s == YJJH_E_IO_OPEN) {
        report(c, YJJH_PROBLEM_UNKNOWN_PROFILE, 0, "extends: \"%s\" is neither a built-in profile nor a readable file",
               ext);
        free(path);
        return YJJH_E_UNKNOWN_PROFILE;
    }
    if (s == YJJH_OK)
        s = load_json(out, text, tlen, path, c->diag, depth + 1, c->builtin_depth);
    free(text);
    free(path);
    return s;
}

static yjjh_status load_json(yjjh_profile **out, const char *json, size_t len, const char *source, yjjh_diag *diag,
                             int depth, int builtin_depth)
{
    load_ctx c = {source, diag, 0, 0, depth, builtin_depth};
    char msg[YJJH__JSON_MSG_SIZE];
    size_t line = 0, dup = 0;
    json_t *root = yjjh__json_parse(json, len, msg, &line, &dup);
    yjjh_profile *p = NULL;
    const json_t *ext, *name, *title;
    const char *key;
    json_t *it;
    yjjh_status s;

    *out = NULL;
    if (!root) {
        report(&c, dup ? YJJH_PROBLEM_DUPLICATE_KEY : YJJH_PROBLEM_JSON_SYNTAX, line, "not valid JSON: %s", msg);
        return c.nomem ? YJJH_E_NOMEM : YJJH_E_INVALID_PROFILE;
    }
    if (!json_is_object(root)) {
        report(&c, YJJH_PROBLEM_WRONG_TYPE, 0, "a profile must be a JSON object");
        json_decref(root);
        return YJJH_E_INVALID_PROFILE;
    }
    json_object_foreach(root, key, it)
    {
        if (strcmp(key, "name") && strcmp(key, "title") && strcmp(key, "extends") && strcmp(key, "standards") &&
            strcmp(key, "description"))
            report(&c, YJJH_PROBLEM_UNKNOWN_KEY, 0,
                   "%s: unknown key (allowed: name, title, description, extends, standards)", key);
    }
    ext = json_object_get(root, "extends");
    if (!json_is_string(ext) || json_string_value(ext)[0] == '\0') {
        report(&c, YJJH_PROBLEM_MISSING_KEY, 0, "extends: required, the name of a built-in profile or a profile file");
        json_decref(root);
        return c.nomem ? YJJH_E_NOMEM : YJJH_E_INVALID_PROFILE;
    }
    s = load_parent(&p, &c, json_string_value(ext));
    if (s != YJJH_OK) {
        if (s == YJJH_E_UNKNOWN_PROFILE && c.errors == 0)
            report(&c, YJJH_PROBLEM_UNKNOWN_PROFILE, 0, "extends: unknown profile \"%s\"", json_string_value(ext));
        json_decref(root);
        return c.nomem ? YJJH_E_NOMEM : s;
    }
    json_object_foreach(root, key, it)
    {
        if (strcmp(key, "name") == 0 || strcmp(key, "title") == 0 || strcmp(key, "description") == 0) {
            if (!json_is_string(it))
                report(&c, YJJH_PROBLEM_WRONG_TYPE, 0, "%s: expected a string", key);
            else if (strcmp(key, "name") == 0 &&
                     (json_string_length(it) == 0 || json_string_length(it) >= sizeof p->name))
                report(&c, YJJH_PROBLEM_TOO_LONG, 0, "name: must be 1 to %zu bytes", sizeof p->name - 1);
            else if (strcmp(key, "title") == 0 && json_string_length(it) >= sizeof p->title)
                report(&c, YJJH_PROBLEM_TOO_LONG, 0, "title: longer than %zu bytes", sizeof p->title - 1);
        }
    }
    if (c.errors == 0) {
        name = json_object_get(root, "name");
        title = json_object_get(root, "title");
        if (json_is_string(name))
            snprintf(p->name, sizeof p->name, "%s", json_string_value(name));
        else
            name_from_path(p->name, sizeof p->name, source);
        if (json_is_string(title))
            snprintf(p->title, sizeof p->title, "%s", json_string_value(title));
    }
    it = json_object_get(root, "standards");
    if (it)
        apply_standards(&c, p, it);
    if (c.errors == 0 && p->v[P_SCHOOL_MIN_MET] > (double)p->n_indicators)
        report(&c, YJJH_PROBLEM_OUT_OF_RANGE, 0,
               "standards.school_min_met: %s is more than the %zu indicators of the profile",
               yjjh__num_g(p->v[P_SCHOOL_MIN_MET], 6).s, p->n_indicators);
    json_decref(root);
    if (c.errors) {
        yjjh_profile_free(p);
        return c.nomem ? YJJH_E_NOMEM : YJJH_E_INVALID_PROFILE;
    }
    *out = p;
    return YJJH_OK;
}

yjjh_status yjjh_profile_load_json(yjjh_profile **out, const char *json, size_t len, const char *source_name,
                                   yjjh_diag *diag)
{
    if (!out)
        return YJJH_E_NULL_ARG;
    *out = NULL;
    if (!json)
        return YJJH_E_NULL_ARG;
    return load_json(out, json, len, source_name ? source_name : "<profile>", diag, 0, 0);
}

yjjh_status yjjh_profile_load_file(yjjh_profile **out, const char *path, yjjh_diag *diag)
{
    char *text = NULL;
    size_t len = 0;
    yjjh_status s;
    if (!out)
        return YJJH_E_NULL_ARG;
    *out = NULL;
    if (!path)
        return YJJH_E_NULL_ARG;
    s = yjjh__read_file(&text, &len, path);
    if (s == YJJH_OK)
        s = load_json(out, text, len, path, diag, 0, 0);
    free(text);
    return s;
}

yjjh_status yjjh_profile_builtin(yjjh_profile **out, const char *name)
{
    if (!out)
        return YJJH_E_NULL_ARG;
    *out = NULL;
    if (!name)
        return YJJH_E_NULL_ARG;
    return load_builtin(out, name, 0);
}
