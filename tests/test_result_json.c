/* SPDX-License-Identifier: MIT */
/* JSON (cli.md shape) and CSV output of a result, parsed back and checked against hand-computed values.
 *
 * The JSON is parsed with cJSON loaded at run time (dlopen): the test executables are not linked with cJSON
 * (tests/CMakeLists.txt links only yjjh, which links cJSON privately). */
#include <dlfcn.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <cjson/cJSON.h>

#include "yjjh_test.h"
#include "school_builder.h"

static struct {
    void *lib;
    cJSON *(*parse)(const char *);
    void (*del)(cJSON *);
    cJSON *(*get)(const cJSON *, const char *);
    cJSON *(*at)(const cJSON *, int);
    int (*size)(const cJSON *);
} cj;

static int load_cjson(void **state)
{
    (void)state;
    cj.lib = dlopen("libcjson.so.1", RTLD_NOW | RTLD_LOCAL);
    if (!cj.lib)
        return -1;
    *(void **)&cj.parse = dlsym(cj.lib, "cJSON_Parse");
    *(void **)&cj.del = dlsym(cj.lib, "cJSON_Delete");
    *(void **)&cj.get = dlsym(cj.lib, "cJSON_GetObjectItemCaseSensitive");
    *(void **)&cj.at = dlsym(cj.lib, "cJSON_GetArrayItem");
    *(void **)&cj.size = dlsym(cj.lib, "cJSON_GetArraySize");
    return (cj.parse && cj.del && cj.get && cj.at && cj.size) ? 0 : -1;
}

/* cJSON allocations not yet freed, counted by the hooks of test_buffers_are_ours. */
static long cjson_outstanding, cjson_allocations;

static void *counting_malloc(size_t n)
{
    cjson_outstanding++;
    cjson_allocations++;
    return malloc(n);
}

static void counting_free(void *ptr)
{
    if (ptr)
        cjson_outstanding--;
    free(ptr);
}

static int unload_cjson(void **state)
{
    (void)state;
    if (cj.lib)
        dlclose(cj.lib);
    return 0;
}

/* Member path "a.b.c" of an object; fails the test when absent. */
static const cJSON *path(const cJSON *o, const char *p)
{
    char key[64];
    while (*p) {
        size_t n = strcspn(p, ".");
        assert_true(n < sizeof key);
        memcpy(key, p, n);
        key[n] = '\0';
        o = cj.get(o, key);
        if (!o)
            fail_msg("JSON member \"%s\" missing", key);
        p += n + (p[n] == '.');
    }
    return o;
}

static int has(const cJSON *o, const char *key) { return cj.get(o, key) != NULL; }

static double num(const cJSON *o, const char *p)
{
    const cJSON *x = path(o, p);
    if ((x->type & 0xFF) != cJSON_Number)
        fail_msg("%s is not a number", p);
    return x->valuedouble;
}

static const char *str(const cJSON *o, const char *p)
{
    const cJSON *x = path(o, p);
    if ((x->type & 0xFF) != cJSON_String)
        fail_msg("%s is not a string", p);
    return x->valuestring;
}

static int is_null(const cJSON *o, const char *p) { return (path(o, p)->type & 0xFF) == cJSON_NULL; }

static int boolean(const cJSON *o, const char *p)
{
    int t = path(o, p)->type & 0xFF;
    if (t != cJSON_True && t != cJSON_False)
        fail_msg("%s is not a boolean", p);
    return t == cJSON_True;
}

static yjjh_result *evaluate(const tschool *rows, size_t n, const char *profile, yjjh_profile **pp)
{
    yjjh_schools *t = tbuild(rows, n);
    yjjh_result *r = NULL;
    assert_non_null(t);
    assert_ok(yjjh_profile_builtin(pp, profile));
    assert_ok(yjjh_schools_evaluate(&r, t, NULL, *pp, NULL));
    yjjh_schools_free(t);
    return r;
}

static void test_worked_example_json(void **state)
{
    (void)state;
    const tschool rows[] = {SCHOOL_A, SCHOOL_B, SCHOOL_C};
    yjjh_profile *p = NULL;
    yjjh_result *r = evaluate(rows, 3, "national-2017", &p);
    char *text = NULL;
    cJSON *root;
    const cJSON *c0, *b, *r4;
    yjjh_indicator_result ir;
    yjjh_part_result pr;
    yjjh_rule_indicator ri = YJJH_RULE_INDICATOR_INIT;

    assert_ok(yjjh_result_to_json(&text, r));
    root = cj.parse(text);
    assert_non_null(root);
    assert_string_equal(str(root, "yjjh_version"), yjjh_version_string());
    assert_string_equal(str(root, "profile"), "national-2017");
    assert_int_equal(cj.size(path(root, "counties")), 1);
    c0 = cj.at(path(root, "counties"), 0);
    assert_string_equal(str(c0, "county_code"), "350502");
    assert_true(is_null(c0, "county_name"));
    assert_string_equal(str(c0, "verdict"), "incomplete");
    /* without county facts: 31 items, only G4 assessed (largest school 1000 students ≤ 2000), 30 reasons */
    assert_int_equal(cj.size(path(c0, "reasons")), 30);
    assert_int_equal(cj.size(path(c0, "items")), 31);
    assert_string_equal(str(c0, "items.G4.status"), "met");
    assert_close(num(c0, "items.G4.value"), 1000, 0, 0);
    assert_close(num(c0, "items.G4.required"), 2000, 0, 0);
    assert_string_equal(str(c0, "items.G1.status"), "not_assessed");
    assert_false(has(path(c0, "stages"), "junior"));
    assert_close(num(c0, "stages.primary.students"), 1750, 0, 0);
    assert_close(num(c0, "stages.primary.schools_in_scope"), 3, 0, 0);
    assert_close(num(c0, "stages.primary.schools_passing"), 3, 0, 0);
    r4 = path(c0, "stages.primary.indicators.R4");
    assert_int_equal(cj.size(path(c0, "stages.primary.indicators")), 7);
    assert_close(num(r4, "standard"), 4.5, 0, 0);
    assert_true(num(r4, "county_value") == 34.0 / 7.0);
    assert_close(num(r4, "cv"), sqrt((5000.0 / 7.0) / 1750.0) / (34.0 / 7.0), 1e-13, 0);
    ir.version = YJJH_INDICATOR_RESULT_VERSION;
    assert_ok(yjjh_result_indicator_get(&ir, r, 0, YJJH_STAGE_PRIMARY, 3));
    assert_true(num(r4, "cv") == ir.cv); /* full precision: reads back as the same double */
    assert_close(num(r4, "cv_max"), 0.5, 0, 0);
    assert_true(boolean(r4, "cv_met"));
    assert_close(num(r4, "schools_meeting"), 2, 0, 0);

    assert_int_equal(cj.size(path(c0, "schools")), 3);
    b = cj.at(path(c0, "schools"), 1);
    assert_string_equal(str(b, "school_id"), "B");
    assert_string_equal(str(b, "school_name"), "乙小学");
    assert_string_equal(str(b, "stage"), "primary");
    assert_true(boolean(b, "in_scope"));
    assert_true(is_null(b, "excluded_reason"));
    assert_close(num(b, "students"), 500, 0, 0);
    assert_true(num(b, "values.R4") == 4.0);
    assert_true(num(b, "values.R3") == 1.2);
    assert_false(boolean(b, "met.R4"));
    assert_true(boolean(b, "met.R1"));
    pr.version = YJJH_PART_RESULT_VERSION;
    assert_ok(yjjh_result_part_get(&pr, r, 1));
    assert_int_equal(pr.rule.met_count, 6);
    assert_ok(yjjh_result_part_indicator_get(&ri, r, 1, 3));
    assert_true(num(b, "ratios.R4") == ri.ratio);
    assert_close(num(b, "ratios.R4"), 8.0 / 9.0, 1e-15, 0);
    assert_close(num(b, "met_count"), 6, 0, 0);
    assert_true(boolean(b, "passed"));
    assert_int_equal(cj.size(path(b, "shortfalls")), 1);
    assert_close(num(b, "shortfalls.R4"), 250, 1e-12, 0);
    /* integers print as integers */
    assert_non_null(strstr(text, "\"students\":\t1750,"));
    assert_non_null(strstr(text, "\"students\":\t500,"));
    assert_non_null(strstr(text, "\"R4\":\t4,"));
    cj.del(root);
    yjjh_free(text);
    yjjh_result_free(r);
    yjjh_profile_free(p);
}

/* Every number reads back exactly; out-of-scope parts; undefined CV as null; no NaN anywhere. */
static void test_precision_scope_null(void **state)
{
    (void)state;
    tschool rows[] = {SCHOOL_A,
                      SCHOOL_B,
                      SCHOOL_C,
                      {"SP", "特校", "special", "public", "350502", NULL, 30, 10, M, M, M, M, M, M, M, M, M, M, M},
                      {"PV", "民办", "primary", "private", "350502", NULL, 70, M, M, M, M, M, M, M, M, M, M, M, M}};
    yjjh_profile *p = NULL;
    yjjh_result *r;
    char *text = NULL;
    cJSON *root;
    const cJSON *c0, *schools;
    rows[0].area = 5123.456789; /* awkward values: 17 significant digits needed */
    rows[1].t1p = 31;
    rows[2].t2p = 7;
    rows[0].rooms = rows[1].rooms = rows[2].rooms = 0; /* R7 total zero: CV undefined */
    r = evaluate(rows, 5, "national-2017", &p);
    assert_ok(yjjh_result_to_json(&text, r));
    assert_null(strstr(text, "nan"));
    assert_null(strstr(text, "NaN"));
    assert_null(strstr(text, "inf"));
    root = cj.parse(text);
    assert_non_null(root);
    c0 = cj.at(path(root, "counties"), 0);
    assert_string_equal(str(c0, "verdict"), "fail");
    assert_true(is_null(c0, "stages.primary.indicators.R7.cv"));
    assert_false(boolean(c0, "stages.primary.indicators.R7.cv_met"));
    schools = path(c0, "schools");
    assert_int_equal(cj.size(schools), 5);
    for (size_t i = 0; i < 3; i++) {
        yjjh_part_result pr;
        const cJSON *s = cj.at(schools, (int)i);
        static const char *codes[] = {"R1", "R2", "R3", "R4", "R5", "R6", "R7"};
        pr.version = YJJH_PART_RESULT_VERSION;
        assert_ok(yjjh_result_part_get(&pr, r, i));
        for (size_t k = 0; k < 7; k++) {
            char key[16];
            yjjh_rule_indicator ri = YJJH_RULE_INDICATOR_INIT;
            assert_ok(yjjh_result_part_indicator_get(&ri, r, i, k));
            snprintf(key, sizeof key, "values.%s", codes[k]);
            if (num(s, key) != ri.value)
                fail_msg("school %zu %s: %.17g read back as %.17g", i, codes[k], ri.value, num(s, key));
            snprintf(key, sizeof key, "ratios.%s", codes[k]);
            assert_true(num(s, key) == ri.ratio);
        }
    }
    for (size_t k = 0; k < 7; k++) {
        yjjh_indicator_result ir;
        const cJSON *ind = cj.at(path(c0, "stages.primary.indicators"), (int)k);
        ir.version = YJJH_INDICATOR_RESULT_VERSION;
        assert_ok(yjjh_result_indicator_get(&ir, r, 0, YJJH_STAGE_PRIMARY, k));
        assert_true(num(ind, "county_value") == ir.county_value);
        if (ir.cv_defined)
            assert_true(num(ind, "cv") == ir.cv);
    }
    {
        const cJSON *sp = cj.at(schools, 3), *pv = cj.at(schools, 4), *rs = cj.at(path(c0, "reasons"), 0);
        assert_true(is_null(sp, "stage"));
        assert_false(boolean(sp, "in_scope"));
        assert_string_equal(str(sp, "excluded_reason"), "special");
        assert_close(num(sp, "students"), 40, 0, 0);
        assert_false(has(sp, "values"));
        assert_false(has(sp, "passed"));
        assert_string_equal(str(pv, "excluded_reason"), "private");
        assert_string_equal(str(pv, "stage"), "primary");
        assert_string_equal(str(rs, "code"), "R7");
        assert_string_equal(str(rs, "stage"), "primary");
        assert_string_equal(str(rs, "message"),
                            "R7 每百名学生拥有网络多媒体教室数 差异系数 undefined (county total is zero)");
        assert_false(has(rs, "value"));
        assert_false(has(rs, "school_id"));
        assert_close(num(rs, "required"), 0.5, 0, 0);
    }
    cj.del(root);
    yjjh_free(text);
    yjjh_result_free(r);
    yjjh_profile_free(p);
}

/* 2012 profile: composite CV keys; no standard / cv_max / cv_met / met / passed. */
static void test_basic_2012_json(void **state)
{
    (void)state;
    const tschool rows[] = {
        {"X", "X小学", "primary", "public", "620302", NULL, 100, M, M, 5, M, M, M, M, M, 1000, 1600, 400000, M},
        {"Y", "Y小学", "primary", "public", "620302", NULL, 300, M, M, 15, M, M, M, M, M, 1500, 2400, 600000, M},
    };
    const double computers[] = {20, 30}, books[] = {3000, 9000}, fulltime[] = {6, 18}, mid[] = {3, 9};
    yjjh_schools *t = tbuild(rows, 2);
    yjjh_profile *p = NULL;
    yjjh_result *r = NULL;
    char *text = NULL;
    cJSON *root;
    const cJSON *st, *x;
    assert_ok(yjjh_schools_set_numbers(t, YJJH_COL_COMPUTERS, computers, 2));
    assert_ok(yjjh_schools_set_numbers(t, YJJH_COL_BOOKS, books, 2));
    assert_ok(yjjh_schools_set_numbers(t, YJJH_COL_PRIMARY_FULLTIME_TEACHERS, fulltime, 2));
    assert_ok(yjjh_schools_set_numbers(t, YJJH_COL_PRIMARY_MID_TITLE_TEACHERS, mid, 2));
    assert_ok(yjjh_profile_builtin(&p, "national-2012-basic"));
    assert_ok(yjjh_schools_evaluate(&r, t, NULL, p, NULL));
    assert_ok(yjjh_result_to_json(&text, r));
    root = cj.parse(text);
    assert_non_null(root);
    assert_string_equal(str(root, "profile"), "national-2012-basic");
    st = path(cj.at(path(root, "counties"), 0), "stages.primary");
    assert_close(num(st, "composite_cv"), sqrt(3.0) / 10.0, 1e-13, 0); /* see test_evaluate.c */
    assert_close(num(st, "composite_cv_max"), 0.65, 0, 0);
    assert_true(boolean(st, "composite_cv_met"));
    assert_false(has(st, "schools_passing"));
    assert_int_equal(cj.size(path(st, "indicators")), 8);
    assert_close(num(st, "indicators.B1.cv"), sqrt(3.0) / 5.0, 1e-13, 0);
    assert_close(num(st, "indicators.B1.county_value"), 2500.0 / 400.0, 1e-15, 0);
    assert_false(has(path(st, "indicators.B1"), "standard"));
    assert_false(has(path(st, "indicators.B1"), "cv_max"));
    assert_false(has(path(st, "indicators.B1"), "cv_met"));
    x = cj.at(path(cj.at(path(root, "counties"), 0), "schools"), 0);
    assert_close(num(x, "values.B4"), 20, 0, 0);
    assert_false(has(x, "met"));
    assert_false(has(x, "met_count"));
    assert_false(has(x, "passed"));
    assert_false(has(x, "shortfalls"));
    cj.del(root);
    yjjh_free(text);
    yjjh_result_free(r);
    yjjh_profile_free(p);
    yjjh_schools_free(t);
}

static void test_csv(void **state)
{
    (void)state;
    tschool rows[] = {SCHOOL_A,
                      SCHOOL_B,
                      {"SP", "特校", "special", "public", "350502", NULL, 30, 10, M, M, M, M, M, M, M, M, M, M, M}};
    yjjh_profile *p = NULL;
    yjjh_result *r;
    char *text = NULL;
    const char *header = "county_code,school_id,school_name,stage,in_scope,excluded_reason,students,"
                         "R1_value,R1_met,R1_shortfall,R2_value,R2_met,R2_shortfall,R3_value,R3_met,R3_shortfall,"
                         "R4_value,R4_met,R4_shortfall,R5_value,R5_met,R5_shortfall,R6_value,R6_met,R6_shortfall,"
                         "R7_value,R7_met,R7_shortfall,met_count,passed\r\n";
    rows[0].name = "甲 \"一\", 小学";
    r = evaluate(rows, 3, "national-2017", &p);
    assert_ok(yjjh_result_to_csv(&text, r));
    assert_memory_equal(text, header, strlen(header));
    assert_non_null(strstr(text, "\r\n350502,A,\"甲 \"\"一\"\", 小学\",primary,true,,1000,6,true,0,"));
    assert_non_null(strstr(text, "\r\n350502,B,乙小学,primary,true,,500,6,true,0,2,true,0,1.2,true,0,4,false,250,"
                                 "8,true,0,2400,true,0,2.4,true,0,6,true\r\n"));
    assert_non_null(strstr(text, "\r\n350502,SP,特校,,false,special,40,,,,,,,,,,,,,,,,,,,,,,,\r\n"));
    yjjh_free(text);
    assert_status(yjjh_result_to_csv(NULL, r), YJJH_E_NULL_ARG);
    assert_status(yjjh_result_to_csv(&text, NULL), YJJH_E_NULL_ARG);
    assert_null(text);
    assert_status(yjjh_result_to_json(&text, NULL), YJJH_E_NULL_ARG);
    assert_status(yjjh_result_to_json(NULL, r), YJJH_E_NULL_ARG);
    yjjh_result_free(r);
    yjjh_profile_free(p);
}

/* Text handed to the caller is from our allocator (freed with yjjh_free), never cJSON's buffer: with counting
 * hooks in cJSON, nothing cJSON allocated is left once the call returns. */
static void test_buffers_are_ours(void **state)
{
    void (*init_hooks)(cJSON_Hooks *);
    cJSON_Hooks hooks = {counting_malloc, counting_free};
    yjjh_profile *p = NULL;
    yjjh_schools *t = NULL;
    yjjh_result *r = NULL;
    char *text = NULL;
    (void)state;
    *(void **)&init_hooks = dlsym(cj.lib, "cJSON_InitHooks");
    assert_non_null(init_hooks);
    assert_ok(yjjh_profile_builtin(&p, "national-2017"));
    assert_ok(yjjh_schools_read_file(&t, YJJH_EXAMPLES_DATA_DIR "/jinchuan.csv", NULL, NULL));
    assert_ok(yjjh_schools_evaluate(&r, t, NULL, p, NULL));
    init_hooks(&hooks);
    cjson_outstanding = cjson_allocations = 0;
    assert_ok(yjjh_profile_to_json(&text, p));
    assert_true(cjson_allocations > 0); /* the hooks are in effect */
    assert_int_equal(cjson_outstanding, 0);
    assert_true(text[0] == '{');
    yjjh_free(text);
    cjson_allocations = 0;
    assert_ok(yjjh_result_to_json(&text, r));
    assert_int_equal(cjson_allocations, 0); /* 0.3: written by our streaming writer, cJSON is not involved */
    assert_int_equal(cjson_outstanding, 0);
    yjjh_free(text);
    init_hooks(NULL);
    yjjh_result_free(r);
    yjjh_schools_free(t);
    yjjh_profile_free(p);
}

/* A growing copy of what a streaming writer hands over; fail_after > 0: the call that fails. */
typedef struct collect {
    char *p;
    size_t len, calls;
    size_t fail_at;
} collect;

static int collect_fn(void *ctx, const char *data, size_t len)
{
    collect *c = ctx;
    char *q;
    c->calls++;
    if (c->fail_at && c->calls == c->fail_at)
        return 1;
    assert_true(len > 0);
    q = realloc(c->p, c->len + len + 1);
    assert_non_null(q);
    memcpy(q + c->len, data, len);
    c->p = q;
    c->len += len;
    c->p[c->len] = '\0';
    return 0;
}

/* The pretty text without the layout: drop tab, newline and the space after a comma outside strings (an
 * independent transformation of the documented layout). */
static char *strip_layout(const char *s)
{
    char *out = malloc(strlen(s) + 1), *o = out;
    int in_str = 0;
    assert_non_null(out);
    for (const char *p = s; *p; p++) {
        if (in_str) {
            *o++ = *p;
            if (*p == '\\' && p[1])
                *o++ = *++p;
            else if (*p == '"')
                in_str = 0;
            continue;
        }
        if (*p == '"')
            in_str = 1;
        if (*p == '\t' || *p == '\n' || (*p == ' ' && p > s && p[-1] == ','))
            continue;
        *o++ = *p;
    }
    *o = '\0';
    return out;
}

/* Streaming writers: the same bytes as the text functions, in several pieces for a large result; compact JSON is
 * the same document without layout; a failing write function stops them with YJJH_E_IO_WRITE. */
static void test_streaming_writers(void **state)
{
    enum { N = 3000 };
    tschool *rows = calloc(N, sizeof *rows);
    char(*ids)[16] = calloc(N, sizeof *ids), (*counties)[16] = calloc(N, sizeof *counties);
    const tschool a = SCHOOL_A, b = SCHOOL_B;
    yjjh_profile *p = NULL;
    yjjh_result *r;
    char *text = NULL, *stripped;
    collect c = {0};
    cJSON *root;
    (void)state;
    assert_true(rows && ids && counties);
    for (int i = 0; i < N; i++) {
        rows[i] = i % 3 ? a : b;
        snprintf(ids[i], sizeof ids[i], "S%05d", i);
        snprintf(counties[i], sizeof counties[i], "%06d", 350000 + i % 40);
        rows[i].id = ids[i];
        rows[i].county = counties[i];
        rows[i].p += i % 97; /* values that need 17 digits */
        rows[i].name = i == 7 ? "tab\there \"quoted\" \\ \x01" : rows[i].name;
    }
    r = evaluate(rows, N, "national-2017", &p);

    assert_ok(yjjh_result_to_json(&text, r));
    assert_ok(yjjh_result_write_json_ex(r, 0, 1, collect_fn, &c));
    assert_true(c.calls > 2); /* several pieces */
    assert_int_equal(c.len, strlen(text));
    assert_memory_equal(c.p, text, c.len);
    assert_non_null(strstr(text, "\"tab\\there \\\"quoted\\\" \\\\ \\u0001\""));

    free(c.p);
    memset(&c, 0, sizeof c);
    assert_ok(yjjh_result_write_json(r, YJJH_JSON_COMPACT, collect_fn, &c));
    stripped = strip_layout(text);
    assert_string_equal(c.p, stripped);
    assert_null(strchr(c.p, '\n'));
    root = cj.parse(c.p);
    assert_non_null(root);
    assert_int_equal(cj.size(path(root, "counties")), 40);
    cj.del(root);
    free(stripped);
    yjjh_free(text);

    free(c.p);
    memset(&c, 0, sizeof c);
    assert_ok(yjjh_result_to_csv(&text, r));
    assert_ok(yjjh_result_write_csv(r, collect_fn, &c));
    assert_true(c.calls > 2);
    assert_int_equal(c.len, strlen(text));
    assert_memory_equal(c.p, text, c.len);
    yjjh_free(text);

    free(c.p);
    memset(&c, 0, sizeof c);
    c.fail_at = 2;
    assert_status(yjjh_result_write_json_ex(r, 0, 1, collect_fn, &c), YJJH_E_IO_WRITE);
    assert_int_equal(c.calls, 2); /* stopped at the failure */
    c.calls = 0;
    assert_status(yjjh_result_write_csv_ex(r, 1, collect_fn, &c), YJJH_E_IO_WRITE);
    assert_int_equal(c.calls, 2);
    assert_status(yjjh_result_write_json(NULL, 0, collect_fn, &c), YJJH_E_NULL_ARG);
    assert_status(yjjh_result_write_json_ex(r, 0, 2, NULL, &c), YJJH_E_NULL_ARG);
    assert_status(yjjh_result_write_json(r, 2, collect_fn, &c), YJJH_E_OUT_OF_RANGE);
    assert_status(yjjh_result_write_csv_ex(NULL, 2, collect_fn, &c), YJJH_E_NULL_ARG);
    assert_status(yjjh_result_write_csv(r, NULL, &c), YJJH_E_NULL_ARG);
    free(c.p);
    yjjh_result_free(r);
    yjjh_profile_free(p);
    free(rows);
    free(ids);
    free(counties);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_worked_example_json), cmocka_unit_test(test_precision_scope_null),
        cmocka_unit_test(test_basic_2012_json),     cmocka_unit_test(test_csv),
        cmocka_unit_test(test_buffers_are_ours),    cmocka_unit_test(test_streaming_writers),
    };
    return cmocka_run_group_tests(tests, load_cjson, unload_cjson);
}
