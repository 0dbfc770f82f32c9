/* SPDX-License-Identifier: MIT */
/* Private: a streaming JSON writer into a yjjh__buf (no document tree). Never installed.
 *
 *     yjjh__jw w;
 *     yjjh__jw_init(&w, &buf, 1);          // 1: cJSON_Print's layout (tabs, "key":<TAB>value), 0: compact
 *     yjjh__jw_obj_open(&w);
 *     yjjh__jw_key(&w, "n");  yjjh__jw_num(&w, 3);
 *     yjjh__jw_key(&w, "xs"); yjjh__jw_arr_open(&w); yjjh__jw_str(&w, "a"); yjjh__jw_arr_close(&w);
 *     yjjh__jw_obj_close(&w);
 *
 * The pretty layout is byte for byte the one cJSON_Print() wrote before 0.3 (libyjjh's JSON documents have kept
 * it): an object opens with "{\n", each member on its own line indented by one tab per level, a tab after the
 * colon; array elements are separated by ", " on one line; an empty object is "{\n<indent>}", an empty array
 * "[]". Strings are escaped as cJSON does (\" \\ \b \f \n \r \t, other control characters \u00XX, everything
 * else as is). Numbers are the shortest round-trip text (common/number_format.h), NaN and infinities null.
 * Out of memory is the buffer's sticky flag; nesting deeper than YJJH__JW_MAX_DEPTH sets it too.
 *
 * Every token is one reservation and direct stores into the buffer (no strlen of constant keys, no
 * intermediate copies). A writer's state is plain data: a copy of it with another buffer continues the document
 * in that buffer (the parallel writers format each chunk of counties from a copy, then join the buffers). */
#ifndef YJJH_LIB_JSON_WRITER_H
#define YJJH_LIB_JSON_WRITER_H

#include "common/buf.h"

#define YJJH__JW_MAX_DEPTH 32

typedef struct yjjh__jw {
    yjjh__buf *b;
    int pretty;
    int depth;                                  /* open containers */
    unsigned char is_array[YJJH__JW_MAX_DEPTH]; /* of each open container */
    unsigned char empty[YJJH__JW_MAX_DEPTH];    /* nothing written into it yet */
} yjjh__jw;

void yjjh__jw_init(yjjh__jw *w, yjjh__buf *b, int pretty);
void yjjh__jw_obj_open(yjjh__jw *w);
void yjjh__jw_obj_close(yjjh__jw *w);
void yjjh__jw_arr_open(yjjh__jw *w);
void yjjh__jw_arr_close(yjjh__jw *w);
/* The key of the next member of the open object. */
void yjjh__jw_key(yjjh__jw *w, const char *key);
/* A key of len bytes that needs no escaping (no control character, quote or backslash: our own codes), written
 * without scanning it. */
void yjjh__jw_key_n(yjjh__jw *w, const char *key, size_t len);
/* yjjh__jw_key_n() of a string literal. */
#define YJJH__JW_KEY(w, lit) yjjh__jw_key_n((w), "" lit, sizeof(lit) - 1)
void yjjh__jw_str(yjjh__jw *w, const char *s);
/* A string, or null when s is NULL or empty. */
void yjjh__jw_str_or_null(yjjh__jw *w, const char *s);
void yjjh__jw_num(yjjh__jw *w, double v);
/* A count: the text of yjjh__jw_num((double)v). */
void yjjh__jw_uint(yjjh__jw *w, unsigned long long v);
void yjjh__jw_bool(yjjh__jw *w, int b);
void yjjh__jw_null(yjjh__jw *w);

#endif
