/* SPDX-License-Identifier: MIT */
/* The layout of a table as Excel users save it (data-format.md "Table layout as Excel users save it"). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "yjjh/yjjh_schools.h"
#include "common/text.h"
#include "input/table_layout.h"

/* The trimmed text of cell j of row r ("" when the row is short), as start and length. */
static const char *cell_at(const yjjh__raw_row *r, size_t j, size_t *len)
{
    const char *s = j < r->n && r->cells[j] ? r->cells[j] : "";
    *len = strlen(s);
    return yjjh__trim(s, len);
}

/* A comment row: its first non-empty cell starts with '#' (the explanation rows of `yjjh template`). */
static int row_comment(const yjjh__raw_row *r)
{
    for (size_t j = 0; j < r->n; j++) {
        size_t n;
        const char *t = cell_at(r, j, &n);
        if (n > 0)
            return t[0] == '#';
    }
    return 0;
}

static int row_blank(const yjjh__raw_row *r)
{
    for (size_t j = 0; j < r->n; j++)
        if (r->cells[j] && !yjjh__text_blank(r->cells[j]))
            return 0;
    return 1;
}

int yjjh__is_total_label(const char *s)
{
    char buf[64];
    size_t n = 0;
    if (!s)
        return 0;
    /* every total label ends in 计 (after the spaces dropped below): most cells are told apart here */
    n = strlen(s);
    while (n > 0) {
        if (s[n - 1] == ' ' || s[n - 1] == '\t')
            n--;
        else if (n >= 3 && (unsigned char)s[n - 3] == 0xE3 && (unsigned char)s[n - 2] == 0x80 &&
                 (unsigned char)s[n - 1] == 0x80)
            n -= 3;
        else
            break;
    }
    if (n < 3 || (unsigned char)s[n - 3] != 0xE8 || (unsigned char)s[n - 2] != 0xAE || (unsigned char)s[n - 1] != 0xA1)
        return 0;
    n = 0;
    /* drop spaces inside ("总 计", "合　计") */
    for (const char *p = s; *p; p++) {
        if (*p == ' ' || *p == '\t')
            continue;
        if ((unsigned char)p[0] == 0xE3 && (unsigned char)p[1] == 0x80 && (unsigned char)p[2] == 0x80) {
            p += 2;
            continue;
        }
        if (n + 1 >= sizeof buf)
            return 0;
        buf[n++] = *p;
    }
    buf[n] = '\0';
    if (strcmp(buf, "\xE5\xB0\x8F\xE8\xAE\xA1" /* 小计 */) == 0)
        return 1;
    return n >= 6 && (strcmp(buf + n - 6, "\xE5\x90\x88\xE8\xAE\xA1" /* 合计 */) == 0 ||
                      strcmp(buf + n - 6, "\xE6\x80\xBB\xE8\xAE\xA1" /* 总计 */) == 0);
}

/* Concatenation a + b (malloc'ed). */
static char *concat(const char *a, size_t na, const char *b, size_t nb)
{
    char *s = malloc(na + nb + 1);
    if (!s)
        return NULL;
    memcpy(s, a, na);
    memcpy(s + na, b, nb);
    s[na + nb] = '\0';
    return s;
}

/* The name of one column of a two-row header from its upper part u and lower part l (data-format.md: the order
 * that gives a known name; one part alone when the other is empty or the same). */
static char *combine(const char *u, size_t nu, const char *l, size_t nl, int strict, yjjh__header_fn known, void *kctx)
{
    char *a, *b;
    if (nl == 0 || (nu == nl && memcmp(u, l, nu) == 0))
        return yjjh__strndup(u, nu);
    if (nu == 0)
        return yjjh__strndup(l, nl);
    if (!(a = concat(u, nu, l, nl)))
        return NULL;
    if (known(kctx, a))
        return a;
    if (!(b = concat(l, nl, u, nu))) {
        free(a);
        return NULL;
    }
    if (known(kctx, b)) {
        free(a);
        return b;
    }
    free(b);
    if (strict) { /* scoring: a part alone does not count when the other part differs */
        free(a);
        return yjjh__strndup("", 0);
    }
    {
        char *up = yjjh__strndup(u, nu), *lo;
        if (!up) {
            free(a);
            return NULL;
        }
        if (known(kctx, up)) {
            free(a);
            return up;
        }
        free(up);
        if (!(lo = yjjh__strndup(l, nl))) {
            free(a);
            return NULL;
        }
        if (known(kctx, lo)) {
            free(a);
            return lo;
        }
        free(lo);
    }
    return a;
}

static void free_names(char **names, size_t n)
{
    if (!names)
        return;
    for (size_t j = 0; j < n; j++)
        free(names[j]);
    free(names);
}

/* Header names of row r alone (two = NULL) or of rows r and r + 1 combined; *n_out the width. NULL when out of
 * memory. In CSV a group text stands over its first column only: an empty upper cell takes the group to its
 * left while the lower cells continue it (the xlsx reader has already copied merged texts). */
static char **header_names(const yjjh__raw_row *one, const yjjh__raw_row *two, int strict, size_t *n_out,
                           yjjh__header_fn known, void *kctx)
{
    size_t n = one->n, glen = 0;
    const char *group = NULL;
    char **names;
    if (two && two->n > n)
        n = two->n;
    names = calloc(n ? n : 1, sizeof *names);
    if (!names)
        return NULL;
    for (size_t j = 0; j < n; j++) {
        size_t nu, nl = 0;
        const char *u = cell_at(one, j, &nu), *l = two ? cell_at(two, j, &nl) : "";
        if (two) {
            if (nu > 0 && nl > 0) {
                group = u;
                glen = nu;
            } else if (nu > 0) {
                group = NULL;
            } else if (nl > 0 && group) {
                u = group;
                nu = glen;
            }
        }
        names[j] = combine(u, nu, l, nl, strict, known, kctx);
        if (!names[j]) {
            free_names(names, j);
            return NULL;
        }
    }
    *n_out = n;
    return names;
}

static size_t count_known(char **names, size_t n, yjjh__header_fn known, void *kctx)
{
    size_t k = 0;
    for (size_t j = 0; j < n; j++)
        if (names[j][0] && known(kctx, names[j]))
            k++;
    return k;
}

/* Score of the header candidates at row r: *one known names of row r, *two of rows r, r+1 combined (0 when r+1
 * does not exist or is blank), counting only the names made by joining the two parts or from one part alone when
 * the other is empty or the same: a data row under a header never adds a name. Returns 0 when out of memory. */
static int score(const yjjh__raw_row *rows, size_t n, size_t r, size_t *one, size_t *two, yjjh__header_fn known,
                 void *kctx)
{
    size_t w;
    char **names = header_names(&rows[r], NULL, 0, &w, known, kctx);
    if (!names)
        return 0;
    *one = count_known(names, w, known, kctx);
    free_names(names, w);
    *two = 0;
    if (r + 1 < n && !row_blank(&rows[r + 1])) {
        if (!(names = header_names(&rows[r], &rows[r + 1], 1, &w, known, kctx)))
            return 0;
        *two = count_known(names, w, known, kctx);
        free_names(names, w);
    }
    return 1;
}

/* The column id a header names (> 0), else 0. */
static int column_of(yjjh__header_fn known, void *kctx, const char *name)
{
    int k = name[0] ? known(kctx, name) : 0;
    return k > 0 ? k : 0;
}

yjjh_status yjjh__layout_find(yjjh__layout *out, const yjjh__raw_row *rows, size_t n, size_t header_line,
                              yjjh__header_fn known, void *kctx, char msg[200])
{
    size_t h = n, one = 0, two = 0, reach;
    memset(out, 0, sizeof *out);
    msg[0] = '\0';
    if (header_line > 0) {
        for (h = 0; h < n && rows[h].line != header_line; h++)
            ;
        if (h == n || row_blank(&rows[h])) {
            snprintf(msg, 200, "--header-row %zu: the table has no row %zu with text", header_line, header_line);
            return YJJH_E_INVALID_DATA;
        }
        if (!score(rows, n, h, &one, &two, known, kctx))
            return YJJH_E_NOMEM;
    } else {
        for (size_t r = 0; r < n && r < YJJH__LAYOUT_SEARCH_ROWS; r++) {
            if (row_blank(&rows[r]) || row_comment(&rows[r]))
                continue;
            if (!score(rows, n, r, &one, &two, known, kctx))
                return YJJH_E_NOMEM;
            if (one >= 3 || two >= 3) {
                /* a title row over the header scores by the header's names alone: the next row is the header
                 * (the upper row of a two-row one) while it names at least as many columns */
                size_t best = one > two ? one : two;
                h = r;
                while (h + 1 < n && !row_blank(&rows[h + 1])) {
                    size_t o2, t2;
                    if (!score(rows, n, h + 1, &o2, &t2, known, kctx))
                        return YJJH_E_NOMEM;
                    if ((o2 > t2 ? o2 : t2) < best)
                        break;
                    best = o2 > t2 ? o2 : t2;
                    one = o2;
                    two = t2;
                    h++;
                }
                break;
            }
        }
        if (h == n) { /* no row names three known columns: the first row with text is the header */
            for (h = 0; h < n && (row_blank(&rows[h]) || row_comment(&rows[h])); h++)
                ;
            if (h == n)
                return YJJH_E_EMPTY;
            if (!score(rows, n, h, &one, &two, known, kctx))
                return YJJH_E_NOMEM;
        }
    }
    /* the rows looked at: the header and the two below it (score() and the title-row walk look one row past the
     * header's), and with no header named by three known columns every row the search went over */
    reach = h + 3;
    if (header_line == 0 && one < 3 && two < 3 && reach < YJJH__LAYOUT_SEARCH_ROWS + 1)
        reach = YJJH__LAYOUT_SEARCH_ROWS + 1;
    out->header = h;
    out->header_rows = two > one ? 2 : 1;
    out->reach = reach;
    out->role = calloc(n ? n : 1, sizeof *out->role);
    out->names = header_names(&rows[h], out->header_rows == 2 ? &rows[h + 1] : NULL, 0, &out->n_names, known, kctx);
    if (!out->role || !out->names) {
        yjjh__layout_free(out);
        return YJJH_E_NOMEM;
    }
    while (out->n_names > 0 && out->names[out->n_names - 1][0] == '\0') { /* trailing empty columns */
        free(out->names[out->n_names - 1]);
        out->n_names--;
    }
    for (size_t j = 0; j < out->n_names; j++) {
        int col = column_of(known, kctx, out->names[j]);
        if ((col == YJJH_COL_SCHOOL_ID || col == YJJH_COL_SCHOOL_NAME || col == YJJH_COL_COUNTY_CODE ||
             col == YJJH_COL_COUNTY_NAME) &&
            out->n_id < 4)
            out->idcols[out->n_id++] = j;
    }
    for (size_t r = 0; r < n; r++) {
        if (r < h)
            out->role[r] = YJJH__ROW_ABOVE;
        else if (r < h + out->header_rows)
            out->role[r] = YJJH__ROW_HEADER;
        else
            out->role[r] = yjjh__layout_row_role(out, &rows[r]);
    }
    return YJJH_OK;
}

yjjh__row_role yjjh__layout_row_role(const yjjh__layout *l, const yjjh__raw_row *row)
{
    int total = 0;
    if (row_blank(row))
        return YJJH__ROW_BLANK;
    for (size_t j = 0; j < row->n && !total; j++) {
        if (row->cells[j] && !yjjh__text_blank(row->cells[j])) {
            total = yjjh__is_total_label(row->cells[j]);
            break;
        }
    }
    for (size_t k = 0; k < l->n_id && !total; k++)
        total = l->idcols[k] < row->n && yjjh__is_total_label(row->cells[l->idcols[k]]);
    return total ? YJJH__ROW_TOTAL : YJJH__ROW_DATA;
}

void yjjh__layout_free(yjjh__layout *l)
{
    free_names(l->names, l->n_names);
    free(l->role);
    memset(l, 0, sizeof *l);
}
