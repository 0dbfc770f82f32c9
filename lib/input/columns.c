/* SPDX-License-Identifier: MIT */
/* The column catalogue (data-format.md §1–2), generated from columns.def: ids, English names, Chinese aliases,
 * header matching. */
#include <string.h>

#include "yjjh/yjjh_schools.h"
#include "common/text.h"
#include "input/schools_internal.h"

enum { KIND_NUMBER = 0, KIND_TEXT = 1, KIND_INTEGER = 2 };

typedef struct column_def {
    yjjh_column id;
    const char *en;
    const char *zh;
    int kind;
} column_def;

/* columns.def pins the values of the public enum: a line whose id differs from yjjh_schools.h, or names no
 * member of the enum, does not compile. */
#define X(name, id, en, zh, kind)                                                                                      \
  _Static_assert(YJJH_COL_##name == (id), "columns.def: YJJH_COL_" #name " is not " #id " in yjjh_schools.h");
#include "input/columns.def"
#undef X

/* Every member of the public enum is in columns.def: with -Wswitch (in -Wall, an error under YJJH_WERROR) a
 * member missing here is reported, as the switch has no default. The check happens at compile time, so the
 * function is never called: id_to_index1 below answers the same question at run time without a switch on the
 * hot path of every column lookup. */
__attribute__((unused)) static int listed(yjjh_column col)
{
    switch (col) {
#define X(name, id, en, zh, kind) case YJJH_COL_##name:
#include "input/columns.def"
#undef X
        return 1;
    }
    return 0;
}

/* Catalogue positions: POS_SCHOOL_ID = 0, … (YJJH__N_COLUMNS, schools_internal.h, counts the same lines) */
enum {
#define X(name, id, en, zh, kind) POS_##name,
#include "input/columns.def"
#undef X
};

static const column_def columns[YJJH__N_COLUMNS] = {
#define X(name, id, en, zh, kind) [POS_##name] = {YJJH_COL_##name, en, zh, KIND_##kind},
#include "input/columns.def"
#undef X
};

/* Column id -> catalogue index + 1 (0 = unknown), a direct lookup: ids are small. */
#define MAX_ID 127
#define X(name, id, en, zh, kind) _Static_assert((id) > 0 && (id) <= MAX_ID, "column ids index id_to_index1");
#include "input/columns.def"
#undef X
static const unsigned char id_to_index1[MAX_ID + 1] = {
#define X(name, id, en, zh, kind) [YJJH_COL_##name] = POS_##name + 1,
#include "input/columns.def"
#undef X
};

int yjjh__column_index(yjjh_column col)
{
    int id = (int)col;
    if (id < 0 || id > MAX_ID || id_to_index1[id] == 0)
        return -1;
    return (int)id_to_index1[id] - 1;
}

size_t yjjh_column_count(void) { return YJJH__N_COLUMNS; }

yjjh_status yjjh_column_get(yjjh_column *out, size_t i)
{
    if (!out)
        return YJJH_E_NULL_ARG;
    if (i >= YJJH__N_COLUMNS)
        return YJJH_E_OUT_OF_RANGE;
    *out = columns[i].id;
    return YJJH_OK;
}

const char *yjjh_column_name(yjjh_column col)
{
    int i = yjjh__column_index(col);
    return i < 0 ? "" : columns[i].en;
}

const char *yjjh_column_name_zh(yjjh_column col)
{
    int i = yjjh__column_index(col);
    return i < 0 ? "" : columns[i].zh;
}

int yjjh_column_is_text(yjjh_column col)
{
    int i = yjjh__column_index(col);
    return i >= 0 && columns[i].kind == KIND_TEXT;
}

int yjjh_column_is_integer(yjjh_column col)
{
    int i = yjjh__column_index(col);
    return i >= 0 && columns[i].kind == KIND_INTEGER;
}

/* ---- header matching ---------------------------------------------------------------------------- */

#define HEADER_MAX 256

/* Trim [*b, *e) with the one space set (common/text.h). */
static void trim(const char **b, const char **e)
{
    size_t n = (size_t)(*e - *b);
    *b = yjjh__trim(*b, &n);
    *e = *b + n;
}

/* Normalise: trimmed, ASCII lower case, full-width （） as (). Returns 0 when too long. */
static int normalise(char *buf, const char *header)
{
    const char *b = header, *e = header + strlen(header);
    size_t n = 0;
    trim(&b, &e);
    while (b < e) {
        char c;
        if (e - b >= 3 && memcmp(b, "\xEF\xBC\x88", 3) == 0) {
            c = '(';
            b += 3;
        } else if (e - b >= 3 && memcmp(b, "\xEF\xBC\x89", 3) == 0) {
            c = ')';
            b += 3;
        } else {
            unsigned char u = (unsigned char)*b++;
            c = (char)((u >= 'A' && u <= 'Z') ? u - 'A' + 'a' : u);
        }
        if (n + 1 >= HEADER_MAX)
            return 0;
        buf[n++] = c;
    }
    buf[n] = '\0';
    return 1;
}

static const struct unit_suffix {
    const char *suffix;
    double scale;
} unit_suffixes[] = {
    {"(万元)", 10000.0}, {"(元)", 1.0}, {"(m²)", 1.0}, {"(m2)", 1.0}, {"(平方米)", 1.0},
};

/* Cut a unit suffix of unit_suffixes (and the spaces before it) off the normalised header in buf; *scale (when
 * not NULL) gets its factor. Returns whether there was one. */
static int strip_unit_suffix(char *buf, double *scale)
{
    for (size_t k = 0; k < sizeof unit_suffixes / sizeof unit_suffixes[0]; k++) {
        size_t ls = strlen(unit_suffixes[k].suffix), lb = strlen(buf);
        if (lb > ls && memcmp(buf + lb - ls, unit_suffixes[k].suffix, ls) == 0) {
            const char *b = buf, *e = buf + lb - ls;
            size_t len;
            trim(&b, &e);
            len = (size_t)(e - b);
            /* moved down by hand (b >= buf): valgrind takes a fortified memmove() for __memcpy_chk and reports
             * the overlap */
            for (size_t j = 0; j < len && b != buf; j++)
                buf[j] = b[j];
            buf[len] = '\0';
            if (scale)
                *scale = unit_suffixes[k].scale;
            return 1;
        }
    }
    return 0;
}

yjjh_status yjjh_column_from_header(yjjh_column *out_col, double *out_scale, const char *header)
{
    char buf[HEADER_MAX];
    double scale = 1.0;
    int has_suffix = 0;
    if (!out_col || !header)
        return YJJH_E_NULL_ARG;
    if (!normalise(buf, header))
        return YJJH_E_UNKNOWN_COLUMN;
    has_suffix = strip_unit_suffix(buf, &scale);
    for (size_t i = 0; i < YJJH__N_COLUMNS; i++) {
        if (strcmp(buf, columns[i].en) == 0 || strcmp(buf, columns[i].zh) == 0) {
            if (has_suffix && columns[i].kind == KIND_TEXT)
                return YJJH_E_UNKNOWN_COLUMN;
            *out_col = columns[i].id;
            if (out_scale)
                *out_scale = scale;
            return YJJH_OK;
        }
    }
    return YJJH_E_UNKNOWN_COLUMN;
}

/* ---- did you mean ---------------------------------------------------------------------------------- */

#define NAME_MAX_CHARS 64

/* UTF-8 text as code points (malformed bytes as themselves); returns the count, at most max. */
static size_t code_points(unsigned long *out, size_t max, const char *s)
{
    size_t n = 0;
    const unsigned char *p = (const unsigned char *)s;
    while (*p && n < max) {
        unsigned long c = *p;
        int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
        p++;
        for (int k = 0; k < extra && (*p & 0xC0u) == 0x80u; k++, p++)
            c = (c << 6) | (*p & 0x3Fu);
        out[n++] = c;
    }
    return n;
}

/* Levenshtein distance of a[0..na) and b[0..nb) (both ≤ NAME_MAX_CHARS). */
static size_t edit_distance(const unsigned long *a, size_t na, const unsigned long *b, size_t nb)
{
    size_t prev[NAME_MAX_CHARS + 1], cur[NAME_MAX_CHARS + 1];
    for (size_t j = 0; j <= nb; j++)
        prev[j] = j;
    for (size_t i = 1; i <= na; i++) {
        cur[0] = i;
        for (size_t j = 1; j <= nb; j++) {
            size_t d = prev[j - 1] + (a[i - 1] != b[j - 1]);
            if (prev[j] + 1 < d)
                d = prev[j] + 1;
            if (cur[j - 1] + 1 < d)
                d = cur[j - 1] + 1;
            cur[j] = d;
        }
        memcpy(prev, cur, (nb + 1) * sizeof *prev);
    }
    return prev[nb];
}

yjjh_status yjjh_column_closest(yjjh_column *out, const char *header)
{
    char buf[HEADER_MAX];
    unsigned long h[NAME_MAX_CHARS], c[NAME_MAX_CHARS];
    size_t nh, best = (size_t)-1;
    int best_i = -1;
    if (!out || !header)
        return YJJH_E_NULL_ARG;
    if (!normalise(buf, header))
        return YJJH_E_NOT_FOUND;
    (void)strip_unit_suffix(buf, NULL);
    nh = code_points(h, NAME_MAX_CHARS, buf);
    if (nh == 0)
        return YJJH_E_NOT_FOUND;
    for (size_t i = 0; i < YJJH__N_COLUMNS; i++) {
        for (int z = 0; z < 2; z++) {
            size_t nc = code_points(c, NAME_MAX_CHARS, z ? columns[i].zh : columns[i].en);
            size_t d = edit_distance(h, nh, c, nc), limit = nc / 3 > 1 ? nc / 3 : 1;
            if (d <= limit && d < best) {
                best = d;
                best_i = (int)i;
            }
        }
    }
    if (best_i < 0)
        return YJJH_E_NOT_FOUND;
    *out = columns[best_i].id;
    return YJJH_OK;
}
