/* yjjh_result_to_csv(): one row per school part (cli.md --format csv), RFC 4180 quoting, full precision. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/number_format.h"
#include "evaluate/evaluate_internal.h"

typedef struct sbuf {
    char *p;
    size_t len, cap;
    int fail;
} sbuf;

static void put(sbuf *b, const char *s, size_t n)
{
    if (b->fail)
        return;
    if (b->len + n + 1 > b->cap) {
        size_t ncap = b->cap ? b->cap : 4096;
        char *np;
        while (b->len + n + 1 > ncap)
            ncap *= 2;
        if (!(np = realloc(b->p, ncap))) {
            b->fail = 1;
            return;
        }
        b->p = np;
        b->cap = ncap;
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = '\0';
}

static void puts_(sbuf *b, const char *s) { put(b, s, strlen(s)); }

/* A text field, quoted when it holds a comma, quote, CR or LF (or leading/trailing spaces). */
static void put_field(sbuf *b, const char *s)
{
    size_t n = strlen(s);
    if (strpbrk(s, ",\"\r\n") == NULL && !(n > 0 && (s[0] == ' ' || s[n - 1] == ' '))) {
        put(b, s, n);
        return;
    }
    put(b, "\"", 1);
    for (const char *q = s; *q; q++) {
        if (*q == '"')
            put(b, "\"\"", 2);
        else
            put(b, q, 1);
    }
    put(b, "\"", 1);
}

/* A number (shortest exact round trip), empty when NaN. */
static void put_num(sbuf *b, double v)
{
    char buf[40];
    if (!isfinite(v))
        return;
    yjjh__format_double(buf, sizeof buf, v == 0.0 ? 0.0 : v);
    puts_(b, buf);
}

yjjh_status yjjh_result_to_csv(char **out, const yjjh_result *result)
{
    sbuf b = {NULL, 0, 0, 0};
    if (!out)
        return YJJH_E_NULL_ARG;
    *out = NULL;
    if (!result)
        return YJJH_E_NULL_ARG;

    puts_(&b, "county_code,school_id,school_name,stage,in_scope,excluded_reason,students");
    for (size_t k = 0; k < result->n_indicators; k++) {
        const char *code = result->indicators[k]->code;
        puts_(&b, ",");
        puts_(&b, code);
        puts_(&b, "_value");
        if (result->has_rule) {
            puts_(&b, ",");
            puts_(&b, code);
            puts_(&b, "_met,");
            puts_(&b, code);
            puts_(&b, "_shortfall");
        }
    }
    if (result->has_rule)
        puts_(&b, ",met_count,passed");
    puts_(&b, "\r\n");

    for (size_t i = 0; i < result->n_parts && !b.fail; i++) {
        const yjjh__part *pt = &result->parts[i];
        int rule = pt->in_scope && result->has_rule;
        put_field(&b, result->counties[pt->county].code);
        puts_(&b, ",");
        put_field(&b, pt->school_id);
        puts_(&b, ",");
        put_field(&b, pt->school_name);
        puts_(&b, ",");
        if (pt->stage != YJJH_STAGE_NONE)
            puts_(&b, yjjh_stage_name(pt->stage));
        puts_(&b, pt->in_scope ? ",true," : ",false,");
        puts_(&b, pt->in_scope ? "" : yjjh_exclusion_name(pt->excluded));
        puts_(&b, ",");
        put_num(&b, pt->students);
        for (size_t k = 0; k < result->n_indicators; k++) {
            puts_(&b, ",");
            if (pt->in_scope)
                put_num(&b, pt->rule.value[k]);
            if (result->has_rule) {
                puts_(&b, ",");
                if (rule)
                    puts_(&b, pt->rule.met[k] ? "true" : "false");
                puts_(&b, ",");
                if (rule)
                    put_num(&b, pt->rule.shortfall[k]);
            }
        }
        if (result->has_rule) {
            puts_(&b, ",");
            if (rule)
                put_num(&b, (double)pt->rule.met_count);
            puts_(&b, ",");
            if (rule)
                puts_(&b, pt->rule.passed ? "true" : "false");
        }
        puts_(&b, "\r\n");
    }
    if (b.fail) {
        free(b.p);
        return YJJH_E_NOMEM;
    }
    *out = b.p;
    return YJJH_OK;
}
