/* SPDX-License-Identifier: MIT */
/* Private: a --columns mapping (docs/data-format.md "Column mappings"): an office's own headers mapped to our
 * columns, with the simple arithmetic statistics sheets need (a sum or difference of headers, times a scale). */
#ifndef YJJH_LIB_COLUMN_MAP_H
#define YJJH_LIB_COLUMN_MAP_H

#include <stddef.h>
#include "yjjh/yjjh_diag.h"
#include "yjjh/yjjh_schools.h"

typedef struct yjjh__map_entry {
    yjjh_column col;
    char **plus; /* headers added (at least one) */
    size_t n_plus;
    char **minus; /* headers subtracted */
    size_t n_minus;
    double scale;
    char *label; /* the expression as text, for messages ("教学及辅助用房 - 室内体育用房") */
} yjjh__map_entry;

typedef struct yjjh__column_map {
    yjjh__map_entry *entries;
    size_t n;
} yjjh__column_map;

/* Parse a mapping document (UTF-8 JSON, len bytes): {"columns": {"<our column, English or Chinese>": "<header>"
 * | {"from": "<header>" | [...], "minus": "<header>" | [...], "scale": <number>}}, "comment": "..."}. Problems
 * go to diag as `source: …`. Returns YJJH_OK, YJJH_E_INVALID_DATA or YJJH_E_NOMEM. */
yjjh_status yjjh__column_map_parse(yjjh__column_map *out, const char *json, size_t len, const char *source,
                                   yjjh_diag *diag);

void yjjh__column_map_free(yjjh__column_map *m);

/* 1 when a trimmed header equals the header text h of a mapping (ASCII case and surrounding spaces ignored). */
int yjjh__map_header_eq(const char *header, const char *h);

/* The entry that uses header as a source (NULL when none). */
const yjjh__map_entry *yjjh__column_map_find(const yjjh__column_map *m, const char *header);

/* 1 when an entry is a plain rename (one header, nothing subtracted, scale 1). */
int yjjh__map_entry_plain(const yjjh__map_entry *e);

#endif
