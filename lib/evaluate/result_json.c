/* SPDX-License-Identifier: MIT */
/* yjjh_result_to_json() and yjjh_result_write_json(): the JSON document of cli.md, full-precision numbers, NaN as
 * null, written by the streaming writer of common/json_writer.h (no document tree), county by county. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "common/json_writer.h"
#include "common/number_format.h"
#include "common/text.h"
#include "evaluate/evaluate_internal.h"

#include "common/chunked_write.h"

/* School parts one thread formats per round (about 1 KB of pretty JSON each: 1 MB per round), and the fewest parts
 * worth a second thread when the thread count is automatic. */
#define ROUND_PARTS 1024
#define MIN_PARTS_PER_THREAD 20000

/* A member's key as written after an earlier member: ",\n", the indent and "\"key\":\t" (pretty) or ",\"key\":"
 * (compact); the first member of an object skips the first sep bytes. */
typedef struct key_token {
    char s[40];
    size_t len;
} key_token;

/* The keys of a school part, in the order of part_json(). */
enum {
    K_ID,
    K_NAME,
    K_STAGE,
    K_IN_SCOPE,
    K_EXCLUDED,
    K_STUDENTS,
    K_VALUES,
    K_MET,
    K_RATIOS,
    K_MET_COUNT,
    K_PASSED,
    K_SHORTFALLS,
    K_PART_KEYS
};
static const char *const part_keys[K_PART_KEYS] = {"school_id",       "school_name", "stage",  "in_scope",
                                                   "excluded_reason", "students",    "values", "met",
                                                   "ratios",          "met_count",   "passed", "shortfalls"};

/* School parts are objects at this depth (root object, counties array, county object, schools array, part). */
#define PART_DEPTH 5

typedef struct json_ctx {
    const yjjh_result *r;
    const size_t *start, *order; /* the parts of each county (yjjh__result_part_index) */
    size_t code_len[YJJH__MAX_INDICATORS];
    yjjh__jw at_counties; /* the writer's state inside the "counties" array, before the first county */
    int pretty;
    size_t sep;                               /* bytes of ",\n" (pretty) or "," (compact) */
    key_token part_key[K_PART_KEYS];          /* members of a part (depth PART_DEPTH) */
    key_token code_key[YJJH__MAX_INDICATORS]; /* members of its values, met, ratios, shortfalls */
    size_t max_part_bytes;                    /* bound of a part's text without its two strings */
} json_ctx;

static void make_key(key_token *t, int pretty, int depth, const char *key)
{
    size_t n = 0, len = strlen(key);
    t->s[n++] = ',';
    if (pretty) {
        t->s[n++] = '\n';
        for (int i = 0; i < depth; i++)
            t->s[n++] = '\t';
    }
    t->s[n++] = '"';
    memcpy(t->s + n, key, len);
    n += len;
    t->s[n++] = '"';
    t->s[n++] = ':';
    if (pretty)
        t->s[n++] = '\t';
    t->len = n;
}

static void make_part_keys(json_ctx *x)
{
    x->sep = x->pretty ? 2 : 1;
    for (int k = 0; k < K_PART_KEYS; k++)
        make_key(&x->part_key[k], x->pretty, PART_DEPTH, part_keys[k]);
    for (size_t k = 0; k < x->r->n_indicators; k++)
        make_key(&x->code_key[k], x->pretty, PART_DEPTH + 1, x->r->indicators[k]->code);
    /* keys and punctuation, 4 numbers (or true/false) per indicator, the fixed members, with room to spare */
    x->max_part_bytes = 1024 + x->r->n_indicators * 4 * (sizeof x->code_key[0].s + YJJH__NUMBER_BUF + 8);
}

static void stage_json(yjjh__jw *w, const yjjh_result *r, const size_t *code_len, const yjjh__stage_result *sr,
                       const char *name)
{
    yjjh__jw_key(w, name);
    yjjh__jw_obj_open(w);
    YJJH__JW_KEY(w, "students");
    yjjh__jw_num(w, sr->students);
    YJJH__JW_KEY(w, "schools_in_scope");
    yjjh__jw_uint(w, sr->schools_in_scope);
    if (r->has_rule) {
        YJJH__JW_KEY(w, "schools_passing");
        yjjh__jw_uint(w, sr->schools_passing);
    }
    if (r->composite) {
        YJJH__JW_KEY(w, "composite_cv");
        yjjh__jw_num(w, sr->composite_defined ? sr->composite_cv : NAN);
        YJJH__JW_KEY(w, "composite_cv_max");
        yjjh__jw_num(w, sr->composite_cv_max);
        YJJH__JW_KEY(w, "composite_cv_met");
        yjjh__jw_bool(w, sr->composite_cv_met);
    }
    YJJH__JW_KEY(w, "indicators");
    yjjh__jw_obj_open(w);
    for (size_t k = 0; k < r->n_indicators; k++) {
        const yjjh_indicator_result *ir = &sr->ind[k];
        yjjh__jw_key_n(w, r->indicators[k]->code, code_len[k]);
        yjjh__jw_obj_open(w);
        if (r->has_rule) {
            YJJH__JW_KEY(w, "standard");
            yjjh__jw_num(w, ir->standard);
        }
        YJJH__JW_KEY(w, "county_value");
        yjjh__jw_num(w, ir->county_value);
        YJJH__JW_KEY(w, "cv");
        yjjh__jw_num(w, ir->cv_defined ? ir->cv : NAN);
        if (r->has_rule) {
            YJJH__JW_KEY(w, "cv_max");
            yjjh__jw_num(w, ir->cv_max);
            YJJH__JW_KEY(w, "cv_met");
            yjjh__jw_bool(w, ir->cv_met);
            YJJH__JW_KEY(w, "schools_meeting");
            yjjh__jw_uint(w, ir->schools_meeting);
        }
        yjjh__jw_obj_close(w);
    }
    yjjh__jw_obj_close(w);
    yjjh__jw_obj_close(w);
}

static void part_json(yjjh__jw *w, const yjjh_result *r, const size_t *code_len, const yjjh__part *pt)
{
    yjjh__jw_obj_open(w);
    YJJH__JW_KEY(w, "school_id");
    yjjh__jw_str(w, pt->school_id);
    YJJH__JW_KEY(w, "school_name");
    yjjh__jw_str(w, pt->school_name);
    YJJH__JW_KEY(w, "stage");
    if (pt->stage == YJJH_STAGE_NONE)
        yjjh__jw_null(w);
    else
        yjjh__jw_str(w, yjjh_stage_name(pt->stage));
    YJJH__JW_KEY(w, "in_scope");
    yjjh__jw_bool(w, pt->in_scope);
    YJJH__JW_KEY(w, "excluded_reason");
    yjjh__jw_str_or_null(w, pt->in_scope ? "" : yjjh_exclusion_name(pt->excluded));
    YJJH__JW_KEY(w, "students");
    yjjh__jw_num(w, pt->students);
    if (pt->in_scope) {
        YJJH__JW_KEY(w, "values");
        yjjh__jw_obj_open(w);
        for (size_t k = 0; k < r->n_indicators; k++) {
            yjjh__jw_key_n(w, r->indicators[k]->code, code_len[k]);
            yjjh__jw_num(w, pt->rule.value[k]);
        }
        yjjh__jw_obj_close(w);
    }
    if (pt->in_scope && r->has_rule) {
        YJJH__JW_KEY(w, "met");
        yjjh__jw_obj_open(w);
        for (size_t k = 0; k < r->n_indicators; k++) {
            yjjh__jw_key_n(w, r->indicators[k]->code, code_len[k]);
            yjjh__jw_bool(w, pt->rule.met[k]);
        }
        yjjh__jw_obj_close(w);
        YJJH__JW_KEY(w, "ratios");
        yjjh__jw_obj_open(w);
        for (size_t k = 0; k < r->n_indicators; k++) {
            yjjh__jw_key_n(w, r->indicators[k]->code, code_len[k]);
            yjjh__jw_num(w, pt->rule.ratio[k]);
        }
        yjjh__jw_obj_close(w);
        YJJH__JW_KEY(w, "met_count");
        yjjh__jw_uint(w, pt->rule.met_count);
        YJJH__JW_KEY(w, "passed");
        yjjh__jw_bool(w, pt->rule.passed);
        YJJH__JW_KEY(w, "shortfalls");
        yjjh__jw_obj_open(w);
        for (size_t k = 0; k < r->n_indicators; k++)
            if (!pt->rule.met[k]) {
                yjjh__jw_key_n(w, r->indicators[k]->code, code_len[k]);
                yjjh__jw_num(w, pt->rule.shortfall[k]);
            }
        yjjh__jw_obj_close(w);
    }
    yjjh__jw_obj_close(w);
}

/* ---- a school part written in one reservation (the bulk of the document) ---- */

static char *fast_key(char *p, const key_token *t, int first, size_t sep)
{
    size_t skip = first ? sep : 0;
    memcpy(p, t->s + skip, t->len - skip);
    return p + t->len - skip;
}

static char *fast_num(char *p, double v)
{
    if (!isfinite(v)) {
        memcpy(p, "null", 4);
        return p + 4;
    }
    return p + yjjh__format_double_len(p, YJJH__NUMBER_BUF, v);
}

static char *fast_bool(char *p, int b)
{
    if (b) {
        memcpy(p, "true", 4);
        return p + 4;
    }
    memcpy(p, "false", 5);
    return p + 5;
}

static char *fast_str(char *p, const char *s, size_t len)
{
    *p++ = '"';
    memcpy(p, s, len);
    p += len;
    *p++ = '"';
    return p;
}

/* "{" of an object inside the part (its members at PART_DEPTH + 1). */
static char *fast_open(char *p, int pretty)
{
    *p++ = '{';
    if (pretty)
        *p++ = '\n';
    return p;
}

/* "}" of an object at depth d (pretty: a newline when not empty, the indent of depth d - 1). */
static char *fast_close(char *p, int pretty, int d, int empty)
{
    if (pretty) {
        if (!empty)
            *p++ = '\n';
        for (int i = 0; i < d - 1; i++)
            *p++ = '\t';
    }
    *p++ = '}';
    return p;
}

/* Length of s when it needs no JSON escape, else (size_t)-1. */
static size_t clean_len(const char *s)
{
    const unsigned char *q = (const unsigned char *)s;
    while (*q >= 0x20 && *q != '"' && *q != '\\')
        q++;
    return *q ? (size_t)-1 : (size_t)(q - (const unsigned char *)s);
}

/* part_json() of a part in the schools array (w at depth PART_DEPTH - 1) with the precomputed tokens; returns 0
 * without writing when a string needs escapes (part_json() then writes it). The bytes are part_json()'s. */
static int part_json_fast(yjjh__jw *w, const json_ctx *x, const yjjh__part *pt)
{
    const yjjh_result *r = x->r;
    const int pretty = x->pretty, rule = pt->in_scope && r->has_rule;
    const size_t n = r->n_indicators, sep = x->sep;
    size_t id_len, name_len, stage_len = 0, excl_len = 0;
    const char *stage = pt->stage == YJJH_STAGE_NONE ? NULL : yjjh_stage_name(pt->stage);
    const char *excl = pt->in_scope ? NULL : yjjh_exclusion_name(pt->excluded);
    char *p, *start;
    yjjh__buf *b = w->b;
    /* anything unusual (a NULL text, a stage without a name) is part_json()'s */
    if (!pt->school_id || !pt->school_name || (pt->stage != YJJH_STAGE_NONE && !stage))
        return 0;
    id_len = clean_len(pt->school_id);
    name_len = clean_len(pt->school_name);
    if (w->depth != PART_DEPTH - 1 || !w->is_array[w->depth - 1] || id_len == (size_t)-1 || name_len == (size_t)-1)
        return 0;
    if (stage && (stage_len = clean_len(stage)) == (size_t)-1)
        return 0;
    if (excl && *excl && (excl_len = clean_len(excl)) == (size_t)-1)
        return 0;
    if (b->oom)
        return 1;
    if (x->max_part_bytes + id_len + name_len >= b->cap - b->len &&
        !yjjh__buf_reserve(b, x->max_part_bytes + id_len + name_len))
        return 1;
    start = p = b->ptr + b->len;
    if (!w->empty[w->depth - 1]) {
        *p++ = ',';
        if (pretty)
            *p++ = ' ';
    }
    w->empty[w->depth - 1] = 0;
    p = fast_open(p, pretty);
    p = fast_key(p, &x->part_key[K_ID], 1, sep);
    p = fast_str(p, pt->school_id, id_len);
    p = fast_key(p, &x->part_key[K_NAME], 0, sep);
    p = fast_str(p, pt->school_name, name_len);
    p = fast_key(p, &x->part_key[K_STAGE], 0, sep);
    if (stage) {
        p = fast_str(p, stage, stage_len);
    } else {
        memcpy(p, "null", 4);
        p += 4;
    }
    p = fast_key(p, &x->part_key[K_IN_SCOPE], 0, sep);
    p = fast_bool(p, pt->in_scope);
    p = fast_key(p, &x->part_key[K_EXCLUDED], 0, sep);
    if (excl && *excl) {
        p = fast_str(p, excl, excl_len);
    } else {
        memcpy(p, "null", 4);
        p += 4;
    }
    p = fast_key(p, &x->part_key[K_STUDENTS], 0, sep);
    p = fast_num(p, pt->students);
    if (pt->in_scope) {
        p = fast_key(p, &x->part_key[K_VALUES], 0, sep);
        p = fast_open(p, pretty);
        for (size_t k = 0; k < n; k++) {
            p = fast_key(p, &x->code_key[k], k == 0, sep);
            p = fast_num(p, pt->rule.value[k]);
        }
        p = fast_close(p, pretty, PART_DEPTH + 1, n == 0);
    }
    if (rule) {
        int empty = 1;
        p = fast_key(p, &x->part_key[K_MET], 0, sep);
        p = fast_open(p, pretty);
        for (size_t k = 0; k < n; k++) {
            p = fast_key(p, &x->code_key[k], k == 0, sep);
            p = fast_bool(p, pt->rule.met[k]);
        }
        p = fast_close(p, pretty, PART_DEPTH + 1, n == 0);
        p = fast_key(p, &x->part_key[K_RATIOS], 0, sep);
        p = fast_open(p, pretty);
        for (size_t k = 0; k < n; k++) {
            p = fast_key(p, &x->code_key[k], k == 0, sep);
            p = fast_num(p, pt->rule.ratio[k]);
        }
        p = fast_close(p, pretty, PART_DEPTH + 1, n == 0);
        p = fast_key(p, &x->part_key[K_MET_COUNT], 0, sep);
        p = fast_num(p, (double)pt->rule.met_count);
        p = fast_key(p, &x->part_key[K_PASSED], 0, sep);
        p = fast_bool(p, pt->rule.passed);
        p = fast_key(p, &x->part_key[K_SHORTFALLS], 0, sep);
        p = fast_open(p, pretty);
        for (size_t k = 0; k < n; k++)
            if (!pt->rule.met[k]) {
                p = fast_key(p, &x->code_key[k], empty, sep);
                p = fast_num(p, pt->rule.shortfall[k]);
                empty = 0;
            }
        p = fast_close(p, pretty, PART_DEPTH + 1, empty);
    }
    p = fast_close(p, pretty, PART_DEPTH, 0);
    *p = '\0';
    b->len += (size_t)(p - start);
    return 1;
}

static void county_json(yjjh__jw *w, yjjh__buf *scratch, const json_ctx *x, size_t c)
{
    const yjjh_result *result = x->r;
    const yjjh__county *cy = &result->counties[c];
    yjjh__jw_obj_open(w);
    YJJH__JW_KEY(w, "county_code");
    yjjh__jw_str_or_null(w, cy->code);
    YJJH__JW_KEY(w, "county_name");
    yjjh__jw_str_or_null(w, cy->name);
    YJJH__JW_KEY(w, "verdict");
    yjjh__jw_str(w, yjjh_verdict_name(cy->verdict));
    YJJH__JW_KEY(w, "reasons");
    yjjh__jw_arr_open(w);
    for (size_t q = 0; q < cy->n_reasons; q++) {
        const yjjh__reason *rs = &cy->reasons[q];
        yjjh__jw_obj_open(w);
        YJJH__JW_KEY(w, "code");
        yjjh__jw_str(w, rs->code);
        YJJH__JW_KEY(w, "stage");
        if (rs->stage == YJJH_STAGE_NONE)
            yjjh__jw_null(w);
        else
            yjjh__jw_str(w, yjjh_stage_name(rs->stage));
        YJJH__JW_KEY(w, "message");
        scratch->len = 0; /* formatted here, not kept in the result */
        yjjh__reason_message_put(scratch, result, rs);
        if (yjjh__buf_oom(scratch))
            w->b->oom = 1;
        yjjh__jw_str(w, yjjh__buf_cstr(scratch));
        if (rs->school_id && rs->school_id[0]) {
            YJJH__JW_KEY(w, "school_id");
            yjjh__jw_str(w, rs->school_id);
        }
        if (!isnan(rs->value)) {
            YJJH__JW_KEY(w, "value");
            yjjh__jw_num(w, rs->value);
        }
        if (!isnan(rs->required)) {
            YJJH__JW_KEY(w, "required");
            yjjh__jw_num(w, rs->required);
        }
        yjjh__jw_obj_close(w);
    }
    yjjh__jw_arr_close(w);
    YJJH__JW_KEY(w, "stages");
    yjjh__jw_obj_open(w);
    if (cy->stage[0].present)
        stage_json(w, result, x->code_len, &cy->stage[0], "primary");
    if (cy->stage[1].present)
        stage_json(w, result, x->code_len, &cy->stage[1], "junior");
    yjjh__jw_obj_close(w);
    YJJH__JW_KEY(w, "schools");
    yjjh__jw_arr_open(w);
    for (size_t q = x->start[c]; q < x->start[c + 1]; q++) {
        const yjjh__part *pt = &result->parts[x->order[q]];
        if (!part_json_fast(w, x, pt))
            part_json(w, result, x->code_len, pt);
    }
    yjjh__jw_arr_close(w);
    YJJH__JW_KEY(w, "items");
    yjjh__jw_obj_open(w);
    for (size_t q = 0; q < cy->items.n; q++) {
        const yjjh__item *it = &cy->items.items[q];
        yjjh__jw_key(w, it->code);
        yjjh__jw_obj_open(w);
        YJJH__JW_KEY(w, "status");
        yjjh__jw_str(w, yjjh_item_status_name(it->status));
        if (!isnan(it->value)) {
            YJJH__JW_KEY(w, "value");
            yjjh__jw_num(w, it->value);
        }
        if (!isnan(it->required)) {
            YJJH__JW_KEY(w, "required");
            yjjh__jw_num(w, it->required);
        }
        if (it->message && it->message[0]) {
            YJJH__JW_KEY(w, "message");
            yjjh__jw_str(w, it->message);
        }
        yjjh__jw_obj_close(w);
    }
    yjjh__jw_obj_close(w);
    yjjh__jw_obj_close(w);
}

/* chunked_write: counties [begin, end) continue the "counties" array from a copy of the writer's state */
static void counties_json(void *ctx, yjjh__buf *out, yjjh__buf *scratch, size_t begin, size_t end)
{
    const json_ctx *x = ctx;
    yjjh__jw w = x->at_counties;
    w.b = out;
    if (begin > 0)
        w.empty[w.depth - 1] = 0; /* a county before this one: the separator */
    for (size_t c = begin; c < end && !yjjh__buf_oom(out); c++)
        county_json(&w, scratch, x, c);
}

/* The document: into b alone when write is NULL (on the calling thread), else through write, the counties
 * formatted on up to threads threads (chunked_write.h). */
static yjjh_status write_json(yjjh__buf *b, const yjjh_result *result, int pretty, size_t threads, yjjh_write_fn write,
                              void *ctx)
{
    json_ctx x;
    yjjh__jw w;
    size_t *start = NULL, *order = NULL;
    yjjh_status st = YJJH_OK;

    if (yjjh__result_part_index(result, &start, &order) != YJJH_OK)
        return YJJH_E_NOMEM;
    x.r = result;
    x.start = start;
    x.order = order;
    for (size_t k = 0; k < result->n_indicators; k++)
        x.code_len[k] = strlen(result->indicators[k]->code); /* catalogue codes: nothing to escape */
    x.pretty = pretty;
    make_part_keys(&x);
    yjjh__jw_init(&w, b, pretty);
    yjjh__jw_obj_open(&w);
    YJJH__JW_KEY(&w, "schema_version");
    yjjh__jw_str(&w, YJJH_JSON_SCHEMA_VERSION);
    YJJH__JW_KEY(&w, "yjjh_version");
    yjjh__jw_str(&w, yjjh_version_string());
    YJJH__JW_KEY(&w, "profile");
    yjjh__jw_str(&w, result->profile_name);
    YJJH__JW_KEY(&w, "counties");
    yjjh__jw_arr_open(&w);
    x.at_counties = w;
    if (!write) {
        yjjh__buf scratch = YJJH__BUF_INIT;
        counties_json(&x, b, &scratch, 0, result->n_counties);
        if (yjjh__buf_oom(&scratch))
            b->oom = 1;
        yjjh__buf_free(&scratch);
    } else if (!yjjh__buf_oom(b)) {
        yjjh__chunked job;
        if (b->len > 0 && write(ctx, b->ptr, b->len) != 0)
            st = YJJH_E_IO_WRITE;
        b->len = 0;
        job.n = result->n_counties;
        job.weight = yjjh__county_weight;
        job.weight_ctx = x.start;
        job.round_weight = ROUND_PARTS;
        job.min_weight = MIN_PARTS_PER_THREAD;
        job.threads = threads;
        job.fmt = counties_json;
        job.ctx = &x;
        if (st == YJJH_OK)
            st = yjjh__chunked_write(&job, write, ctx);
    }
    /* the document's end, from the state after the last county */
    w.empty[w.depth - 1] = result->n_counties == 0;
    yjjh__jw_arr_close(&w);
    yjjh__jw_obj_close(&w);
    free(start);
    free(order);
    if (st == YJJH_OK && yjjh__buf_oom(b))
        st = YJJH_E_NOMEM;
    if (st == YJJH_OK && write && b->len > 0) {
        if (write(ctx, b->ptr, b->len) != 0)
            st = YJJH_E_IO_WRITE;
        b->len = 0;
    }
    return st;
}

yjjh_status yjjh_result_to_json(char **out, const yjjh_result *result)
{
    yjjh__buf b = YJJH__BUF_INIT;
    yjjh_status st;
    if (!out)
        return YJJH_E_NULL_ARG;
    *out = NULL;
    if (!result)
        return YJJH_E_NULL_ARG;
    st = write_json(&b, result, 1, 1, NULL, NULL);
    if (st != YJJH_OK) {
        yjjh__buf_free(&b);
        return st;
    }
    *out = yjjh__buf_detach(&b);
    return *out ? YJJH_OK : YJJH_E_NOMEM;
}

yjjh_status yjjh_result_write_json_ex(const yjjh_result *result, unsigned int flags, size_t threads,
                                      yjjh_write_fn write, void *ctx)
{
    yjjh__buf b = YJJH__BUF_INIT;
    yjjh_status st;
    if (!result || !write)
        return YJJH_E_NULL_ARG;
    if (flags & ~(unsigned int)YJJH_JSON_COMPACT)
        return YJJH_E_OUT_OF_RANGE;
    st = write_json(&b, result, !(flags & YJJH_JSON_COMPACT), threads, write, ctx);
    yjjh__buf_free(&b);
    return st;
}

yjjh_status yjjh_result_write_json(const yjjh_result *result, unsigned int flags, yjjh_write_fn write, void *ctx)
{
    return yjjh_result_write_json_ex(result, flags, 0, write, ctx);
}
