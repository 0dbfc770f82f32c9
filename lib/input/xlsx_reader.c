/* SPDX-License-Identifier: MIT */
/* One sheet of an .xlsx workbook as records: libzip opens the archive, expat reads the XML parts
 * (xl/workbook.xml, its relationships, xl/sharedStrings.xml, the worksheet); this file only turns sheet cells
 * into rows of text. Every part is streamed through a size cap, so a zip bomb stops at the limit. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <expat.h>
#include <zip.h>

#include "common/array.h"
#include "common/buf.h"
#include "common/text.h"
#include "input/xlsx_reader.h"

#define OLE2_MAGIC "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"

yjjh__book_kind yjjh__book_sniff(const char *data, size_t len)
{
    if (len >= 8 && memcmp(data, OLE2_MAGIC, 8) == 0)
        return YJJH__BOOK_XLS;
    if (len >= 4 && memcmp(data, "PK", 2) == 0 &&
        ((data[2] == '\x03' && data[3] == '\x04') || (data[2] == '\x05' && data[3] == '\x06')))
        return YJJH__BOOK_XLSX;
    return YJJH__BOOK_TEXT;
}

void yjjh__xlsx_column_name(char buf[8], size_t col)
{
    char rev[8];
    size_t n = 0, o = 0;
    col++;
    while (col > 0 && n < 7) {
        rev[n++] = (char)('A' + (col - 1) % 26);
        col = (col - 1) / 26;
    }
    while (n)
        buf[o++] = rev[--n];
    buf[o] = '\0';
}

/* ---- the parse state ------------------------------------------------------------------------------ */

typedef struct cell {
    size_t col;
    char *text;
} cell;

typedef struct srow {
    size_t num; /* 1-based sheet row */
    cell *cells;
    size_t n, cap;
    char **dense; /* after densify: n_dense texts ("" for empty) */
    size_t n_dense;
} srow;

typedef struct merge {
    size_t r0, c0, r1, c1; /* 1-based rows, 0-based columns, inclusive */
} merge;

typedef struct sheet_ref {
    char *name;
    char *rid;
} sheet_ref;

typedef struct rel {
    char *id;
    char *target;
} rel;

enum part { PART_WORKBOOK, PART_RELS, PART_SST, PART_SHEET };

typedef struct xctx {
    XML_Parser xp;
    enum part part;
    const char *part_name;
    yjjh__xlsx_error *err;
    yjjh_status status; /* first failure */
    /* workbook and relationships */
    sheet_ref *sheets;
    size_t n_sheets, cap_sheets;
    rel *rels;
    size_t n_rels, cap_rels;
    /* shared strings */
    char **sst;
    size_t n_sst, cap_sst;
    int in_si, in_t, in_rph, in_v, in_is;
    yjjh__buf text; /* the text being collected (a shared string, a cell value) */
    /* sheet */
    srow *rows;
    size_t n_rows, cap_rows;
    srow cur;
    int in_row, in_cell, in_sheetdata;
    size_t next_row, next_col, cell_col;
    char cell_type[16];
    merge *merges;
    size_t n_merges, cap_merges;
} xctx;

static void fail_code(xctx *c, yjjh_problem_code code, yjjh_status st, const char *fmt, ...) YJJH__PRINTF(4, 5);
static void fail_code(xctx *c, yjjh_problem_code code, yjjh_status st, const char *fmt, ...)
{
    va_list ap;
    if (c->status != YJJH_OK)
        return;
    c->status = st;
    c->err->code = code;
    if (st != YJJH_E_NOMEM) {
        va_start(ap, fmt);
        vsnprintf(c->err->message, sizeof c->err->message, fmt, ap);
        va_end(ap);
    }
    if (c->xp)
        XML_StopParser(c->xp, XML_FALSE);
}

/* A damaged workbook (the default), a limit exceeded, or out of memory. */
#define fail(c, st, ...) fail_code((c), YJJH_PROBLEM_UNREADABLE_WORKBOOK, (st), __VA_ARGS__)
#define limit(c, ...) fail_code((c), YJJH_PROBLEM_WORKBOOK_LIMIT, YJJH_E_INVALID_DATA, __VA_ARGS__)

static void nomem(xctx *c) { fail(c, YJJH_E_NOMEM, "%s", "out of memory"); }

/* The local part of an XML name ("x:row" → "row"). */
static const char *local(const char *name)
{
    const char *p = strrchr(name, ':');
    return p ? p + 1 : name;
}

static const char *attr(const char **atts, const char *name)
{
    for (size_t i = 0; atts[i]; i += 2)
        if (strcmp(local(atts[i]), name) == 0)
            return atts[i + 1];
    return NULL;
}

/* The r:id attribute of <sheet> (a prefixed "id", not the plain sheetId). */
static const char *rid_attr(const char **atts)
{
    for (size_t i = 0; atts[i]; i += 2)
        if (strchr(atts[i], ':') && strcmp(local(atts[i]), "id") == 0)
            return atts[i + 1];
    return NULL;
}

/* "D14" → column 3, row 14; either may be absent (0 returned for that part: row 0, col (size_t)-1). */
static int parse_ref(const char *s, size_t *col, size_t *row)
{
    size_t c = 0, r = 0, nl = 0, nd = 0;
    while (*s >= 'A' && *s <= 'Z' && nl < 4) {
        c = c * 26 + (size_t)(*s - 'A' + 1);
        s++;
        nl++;
    }
    while (*s == '$')
        s++;
    while (*s >= '0' && *s <= '9' && nd < 8) {
        r = r * 10 + (size_t)(*s - '0');
        s++;
        nd++;
    }
    if (*s != '\0' || (nl == 0 && nd == 0))
        return 0;
    *col = nl ? c - 1 : (size_t)-1;
    *row = r;
    return 1;
}

static void add_text(xctx *c, const char *s, int len)
{
    if (c->text.len + (size_t)len > YJJH__XLSX_MAX_CELL) {
        if (c->part == PART_SST)
            limit(c, "shared string %zu is longer than %zu bytes (the limit of a cell)", c->n_sst + 1,
                  (size_t)YJJH__XLSX_MAX_CELL);
        else {
            char cn[8];
            yjjh__xlsx_column_name(cn, c->cell_col);
            limit(c, "cell %s%zu is longer than %zu bytes (the limit of a cell)", cn, c->cur.num,
                  (size_t)YJJH__XLSX_MAX_CELL);
        }
        return;
    }
    yjjh__buf_put(&c->text, s, (size_t)len);
}

static char *take_text(xctx *c)
{
    char *s;
    if (yjjh__buf_oom(&c->text)) {
        nomem(c);
        return NULL;
    }
    s = yjjh__buf_detach(&c->text);
    if (!s)
        nomem(c);
    return s;
}

static void on_chars(void *ud, const XML_Char *s, int len)
{
    xctx *c = ud;
    if (c->status != YJJH_OK || c->in_rph)
        return;
    if ((c->part == PART_SST && c->in_si && c->in_t) ||
        (c->part == PART_SHEET && c->in_cell && (c->in_v || (c->in_is && c->in_t))))
        add_text(c, s, len);
}

static void start_workbook(xctx *c, const char *name, const char **atts)
{
    if (c->part == PART_WORKBOOK && strcmp(name, "sheet") == 0) {
        const char *nm = attr(atts, "name"), *rid = rid_attr(atts);
        sheet_ref *sr;
        if (yjjh__grow((void **)&c->sheets, &c->cap_sheets, c->n_sheets + 1, sizeof *c->sheets) != YJJH_OK) {
            nomem(c);
            return;
        }
        sr = &c->sheets[c->n_sheets];
        sr->name = yjjh__strdup(nm ? nm : "");
        sr->rid = rid ? yjjh__strdup(rid) : NULL;
        if (!sr->name || (rid && !sr->rid)) {
            free(sr->name);
            free(sr->rid);
            {
                nomem(c);
                return;
            }
        }
        c->n_sheets++;
    } else if (c->part == PART_RELS && strcmp(name, "Relationship") == 0) {
        const char *id = attr(atts, "Id"), *target = attr(atts, "Target");
        rel *r;
        if (!id || !target)
            return;
        if (yjjh__grow((void **)&c->rels, &c->cap_rels, c->n_rels + 1, sizeof *c->rels) != YJJH_OK) {
            nomem(c);
            return;
        }
        r = &c->rels[c->n_rels];
        r->id = yjjh__strdup(id);
        r->target = yjjh__strdup(target);
        if (!r->id || !r->target) {
            free(r->id);
            free(r->target);
            {
                nomem(c);
                return;
            }
        }
        c->n_rels++;
    }
}

static void free_row(srow *r);

static void start_sheet(xctx *c, const char *name, const char **atts)
{
    if (strcmp(name, "sheetData") == 0) {
        c->in_sheetdata = 1;
    } else if (strcmp(name, "row") == 0 && c->in_sheetdata) {
        const char *r = attr(atts, "r");
        size_t num = c->next_row;
        if (r) {
            char *end;
            unsigned long v = strtoul(r, &end, 10);
            if (*end != '\0' || v == 0) {
                fail(c, YJJH_E_INVALID_DATA, "row number \"%.20s\" is not valid", r);
                return;
            }
            num = v > YJJH__XLSX_MAX_ROWS ? YJJH__XLSX_MAX_ROWS + 1 : (size_t)v;
        }
        if (num > YJJH__XLSX_MAX_ROWS) {
            limit(c, "the sheet has more than %u rows", YJJH__XLSX_MAX_ROWS);
            return;
        }
        free_row(&c->cur); /* a <row> nested in an unclosed one (well-formed XML, not a sheet) */
        memset(&c->cur, 0, sizeof c->cur);
        c->cur.num = num;
        c->in_row = 1;
        c->next_row = num + 1;
        c->next_col = 0;
    } else if (strcmp(name, "c") == 0 && c->in_row) {
        const char *r = attr(atts, "r"), *t = attr(atts, "t");
        size_t col = c->next_col, row = 0;
        if (r) {
            if (!parse_ref(r, &col, &row) || col == (size_t)-1) {
                fail(c, YJJH_E_INVALID_DATA, "cell reference \"%.20s\" is not valid", r);
                return;
            }
        }
        if (col >= YJJH__XLSX_MAX_COLUMNS) {
            limit(c, "cell %.20s is beyond column XFD", r ? r : "?");
            return;
        }
        c->cell_col = col;
        c->next_col = col + 1;
        snprintf(c->cell_type, sizeof c->cell_type, "%s", t ? t : "n");
        c->in_cell = 1;
        yjjh__buf_free(&c->text);
    } else if (c->in_cell && strcmp(name, "v") == 0) {
        c->in_v = 1;
    } else if (c->in_cell && strcmp(name, "is") == 0) {
        c->in_is = 1;
    } else if (c->in_cell && c->in_is && strcmp(name, "t") == 0) {
        c->in_t = 1;
    } else if (c->in_cell && strcmp(name, "rPh") == 0) {
        c->in_rph = 1;
    } else if (strcmp(name, "mergeCell") == 0) {
        const char *ref = attr(atts, "ref");
        char a[32], b[32];
        const char *colon;
        merge m;
        if (!ref || !(colon = strchr(ref, ':')) || (size_t)(colon - ref) >= sizeof a || strlen(colon + 1) >= sizeof b)
            return;
        memcpy(a, ref, (size_t)(colon - ref));
        a[colon - ref] = '\0';
        strcpy(b, colon + 1);
        if (!parse_ref(a, &m.c0, &m.r0) || !parse_ref(b, &m.c1, &m.r1) || m.c0 == (size_t)-1 || m.c1 == (size_t)-1 ||
            m.r0 == 0 || m.r1 == 0 || m.r1 < m.r0 || m.c1 < m.c0) {
            fail(c, YJJH_E_INVALID_DATA, "merged range \"%.40s\" is not valid", ref);
            return;
        }
        if (yjjh__grow((void **)&c->merges, &c->cap_merges, c->n_merges + 1, sizeof *c->merges) != YJJH_OK) {
            nomem(c);
            return;
        }
        c->merges[c->n_merges++] = m;
    }
}

static void end_cell(xctx *c)
{
    char *text = take_text(c);
    const char *t = c->cell_type;
    cell *ce;
    if (!text)
        return;
    if (strcmp(t, "s") == 0) {
        char *end;
        size_t n = strlen(text);
        const char *v = yjjh__trim(text, &n);
        unsigned long ix = strtoul(v, &end, 10);
        if (n == 0 || end != v + n || ix >= c->n_sst) {
            char cn[8];
            yjjh__xlsx_column_name(cn, c->cell_col);
            fail(c, YJJH_E_INVALID_DATA, "cell %s%zu refers to shared string \"%.20s\", which does not exist", cn,
                 c->cur.num, v);
            free(text);
            return;
        }
        free(text);
        if (!(text = yjjh__strdup(c->sst[ix]))) {
            nomem(c);
            return;
        }
    } else if (strcmp(t, "b") == 0) {
        size_t n = strlen(text);
        const char *v = yjjh__trim(text, &n);
        const char *w = (n == 1 && v[0] == '1') ? "true" : (n == 1 && v[0] == '0') ? "false" : NULL;
        if (w) {
            free(text);
            if (!(text = yjjh__strdup(w))) {
                nomem(c);
                return;
            }
        }
    }
    if (text[0] == '\0') {
        free(text);
        return;
    }
    if (yjjh__grow((void **)&c->cur.cells, &c->cur.cap, c->cur.n + 1, sizeof *c->cur.cells) != YJJH_OK) {
        free(text);
        {
            nomem(c);
            return;
        }
    }
    ce = &c->cur.cells[c->cur.n++];
    ce->col = c->cell_col;
    ce->text = text;
}

static void free_row(srow *r)
{
    for (size_t i = 0; i < r->n; i++)
        free(r->cells[i].text);
    free(r->cells);
    for (size_t i = 0; i < r->n_dense; i++)
        free(r->dense[i]);
    free(r->dense);
    memset(r, 0, sizeof *r);
}

static void end_row(xctx *c)
{
    c->in_row = 0;
    if (c->cur.n == 0) {
        free_row(&c->cur);
        return;
    }
    if (yjjh__grow((void **)&c->rows, &c->cap_rows, c->n_rows + 1, sizeof *c->rows) != YJJH_OK) {
        free_row(&c->cur);
        {
            nomem(c);
            return;
        }
    }
    c->rows[c->n_rows++] = c->cur;
    memset(&c->cur, 0, sizeof c->cur);
}

static void on_start(void *ud, const XML_Char *qname, const XML_Char **atts)
{
    xctx *c = ud;
    const char *name = local(qname);
    if (c->status != YJJH_OK)
        return;
    switch (c->part) {
    case PART_WORKBOOK:
    case PART_RELS: start_workbook(c, name, atts); break;
    case PART_SST:
        if (strcmp(name, "si") == 0) {
            c->in_si = 1;
            yjjh__buf_free(&c->text);
        } else if (strcmp(name, "rPh") == 0) {
            c->in_rph = 1;
        } else if (strcmp(name, "t") == 0) {
            c->in_t = 1;
        }
        break;
    case PART_SHEET: start_sheet(c, name, atts); break;
    }
}

static void on_end(void *ud, const XML_Char *qname)
{
    xctx *c = ud;
    const char *name = local(qname);
    if (c->status != YJJH_OK)
        return;
    if (strcmp(name, "rPh") == 0) {
        c->in_rph = 0;
        return;
    }
    if (c->part == PART_SST) {
        if (strcmp(name, "t") == 0) {
            c->in_t = 0;
        } else if (strcmp(name, "si") == 0) {
            char *s = take_text(c);
            c->in_si = 0;
            if (!s)
                return;
            if (yjjh__grow((void **)&c->sst, &c->cap_sst, c->n_sst + 1, sizeof *c->sst) != YJJH_OK) {
                free(s);
                {
                    nomem(c);
                    return;
                }
            }
            c->sst[c->n_sst++] = s;
        }
    } else if (c->part == PART_SHEET) {
        if (strcmp(name, "v") == 0)
            c->in_v = 0;
        else if (strcmp(name, "t") == 0)
            c->in_t = 0;
        else if (strcmp(name, "is") == 0)
            c->in_is = 0;
        else if (strcmp(name, "c") == 0 && c->in_cell) {
            c->in_cell = c->in_v = c->in_is = c->in_t = 0;
            end_cell(c);
        } else if (strcmp(name, "row") == 0 && c->in_row)
            end_row(c);
        else if (strcmp(name, "sheetData") == 0)
            c->in_sheetdata = 0;
    }
}

/* A DOCTYPE (and with it every entity declaration) is refused: Office never writes one. */
static void on_doctype(void *ud, const XML_Char *name, const XML_Char *sysid, const XML_Char *pubid, int internal)
{
    xctx *c = ud;
    (void)name;
    (void)sysid;
    (void)pubid;
    (void)internal;
    fail(c, YJJH_E_INVALID_DATA, "%s has a DOCTYPE declaration (not an Office part)", c->part_name);
}

/* ---- zip parts ------------------------------------------------------------------------------------- */

/* Stream the zip entry name through expat as part. required: a missing entry is an error. Returns 1 when the
 * entry was found and parsed, 0 when it is absent (and not required) or on error (c->status set). */
static int parse_part(xctx *c, zip_t *z, const char *name, enum part part, int required)
{
    zip_int64_t ix = zip_name_locate(z, name, ZIP_FL_NOCASE);
    zip_stat_t zs;
    zip_file_t *f;
    char chunk[65536];
    size_t total = 0;
    int ok = 1;

    if (ix < 0) {
        if (required)
            fail(c, YJJH_E_INVALID_DATA, "the workbook has no %s", name);
        return 0;
    }
    zip_stat_init(&zs);
    if (zip_stat_index(z, (zip_uint64_t)ix, 0, &zs) != 0) {
        fail(c, YJJH_E_INVALID_DATA, "%s cannot be read (the file is damaged)", name);
        return 0;
    }
    if ((zs.valid & ZIP_STAT_SIZE) && zs.size > YJJH__XLSX_MAX_PART) {
        limit(c, "%s is %llu bytes uncompressed, above the limit of %zu", name, (unsigned long long)zs.size,
              YJJH__XLSX_MAX_PART);
        return 0;
    }
    if (!(f = zip_fopen_index(z, (zip_uint64_t)ix, 0))) {
        fail(c, YJJH_E_INVALID_DATA, "%s cannot be read (the file is damaged or encrypted)", name);
        return 0;
    }
    c->xp = XML_ParserCreate("UTF-8");
    if (!c->xp) {
        zip_fclose(f);
        nomem(c);
        return 0;
    }
    c->part = part;
    c->part_name = name;
    XML_SetUserData(c->xp, c);
    XML_SetElementHandler(c->xp, on_start, on_end);
    XML_SetCharacterDataHandler(c->xp, on_chars);
    XML_SetStartDoctypeDeclHandler(c->xp, on_doctype);
    for (;;) {
        zip_int64_t got = zip_fread(f, chunk, sizeof chunk);
        if (got < 0) {
            fail(c, YJJH_E_INVALID_DATA, "%s cannot be read (the file is damaged or truncated)", name);
            ok = 0;
            break;
        }
        total += (size_t)got;
        if (total > YJJH__XLSX_MAX_PART) {
            limit(c, "%s is more than %zu bytes uncompressed (a zip bomb?)", name, YJJH__XLSX_MAX_PART);
            ok = 0;
            break;
        }
        if (XML_Parse(c->xp, chunk, (int)got, got == 0) == XML_STATUS_ERROR) {
            if (c->status == YJJH_OK)
                fail(c, YJJH_E_INVALID_DATA, "%s is not well-formed XML (line %lu: %s)", name,
                     (unsigned long)XML_GetCurrentLineNumber(c->xp), XML_ErrorString(XML_GetErrorCode(c->xp)));
            ok = 0;
            break;
        }
        if (c->status != YJJH_OK) {
            ok = 0;
            break;
        }
        if (got == 0)
            break;
    }
    zip_fclose(f);
    XML_ParserFree(c->xp);
    c->xp = NULL;
    yjjh__buf_free(&c->text);
    c->in_si = c->in_t = c->in_rph = c->in_v = c->in_is = 0;
    return ok && c->status == YJJH_OK;
}

static void free_ctx(xctx *c)
{
    for (size_t i = 0; i < c->n_sheets; i++) {
        free(c->sheets[i].name);
        free(c->sheets[i].rid);
    }
    free(c->sheets);
    for (size_t i = 0; i < c->n_rels; i++) {
        free(c->rels[i].id);
        free(c->rels[i].target);
    }
    free(c->rels);
    for (size_t i = 0; i < c->n_sst; i++)
        free(c->sst[i]);
    free(c->sst);
    for (size_t i = 0; i < c->n_rows; i++)
        free_row(&c->rows[i]);
    free(c->rows);
    free_row(&c->cur);
    free(c->merges);
    yjjh__buf_free(&c->text);
}

/* The zip path of the worksheet of sheet k: its relationship target, else the usual name. */
static char *sheet_path(const xctx *c, size_t k)
{
    const char *rid = c->sheets[k].rid;
    for (size_t i = 0; rid && i < c->n_rels; i++) {
        if (strcmp(c->rels[i].id, rid) == 0) {
            const char *t = c->rels[i].target;
            if (t[0] == '/')
                return yjjh__strdup(t + 1);
            return yjjh__strprintf("xl/%s", t);
        }
    }
    return yjjh__strprintf("xl/worksheets/sheet%zu.xml", k + 1);
}

static int row_cmp(const void *a, const void *b)
{
    const srow *x = a, *y = b;
    return x->num < y->num ? -1 : x->num > y->num;
}

/* Rows as dense text arrays from column A, within the slot limit. */
static void densify(xctx *c)
{
    size_t slots = 0, visits = 0; /* cells of the rows; cells the merged ranges visit (time, not memory) */
    if (c->n_rows > 1)
        qsort(c->rows, c->n_rows, sizeof *c->rows, row_cmp);
    for (size_t i = 0; i < c->n_rows && c->status == YJJH_OK; i++) {
        srow *r = &c->rows[i];
        size_t width = 0;
        if (i > 0 && r->num == c->rows[i - 1].num) {
            fail(c, YJJH_E_INVALID_DATA, "row %zu appears twice in the sheet", r->num);
            return;
        }
        for (size_t k = 0; k < r->n; k++)
            if (r->cells[k].col + 1 > width)
                width = r->cells[k].col + 1;
        slots += width;
        if (slots > YJJH__XLSX_MAX_SLOTS) {
            limit(c, "the sheet has more than %zu cells", YJJH__XLSX_MAX_SLOTS);
            return;
        }
        if (!(r->dense = calloc(width, sizeof *r->dense))) {
            nomem(c);
            return;
        }
        r->n_dense = width;
        for (size_t k = 0; k < r->n; k++) {
            free(r->dense[r->cells[k].col]); /* a cell written twice: the later one */
            r->dense[r->cells[k].col] = r->cells[k].text;
            r->cells[k].text = NULL;
        }
        r->n = 0;
    }
    /* merged ranges: the top-left text into every empty cell of the range, in the rows the sheet has */
    for (size_t m = 0; m < c->n_merges && c->status == YJJH_OK; m++) {
        const merge *g = &c->merges[m];
        const char *text = NULL;
        srow key;
        srow *first;
        key.num = g->r0;
        first = bsearch(&key, c->rows, c->n_rows, sizeof *c->rows, row_cmp);
        if (first && g->c0 < first->n_dense)
            text = first->dense[g->c0];
        if (!text || !*text)
            continue;
        for (size_t i = (size_t)(first - c->rows); i < c->n_rows && c->rows[i].num <= g->r1; i++) {
            srow *r = &c->rows[i];
            if (g->c1 + 1 > r->n_dense) {
                char **d;
                slots += g->c1 + 1 - r->n_dense;
                if (slots > YJJH__XLSX_MAX_SLOTS) {
                    limit(c, "the sheet has more than %zu cells", YJJH__XLSX_MAX_SLOTS);
                    return;
                }
                if (!(d = realloc(r->dense, (g->c1 + 1) * sizeof *d))) {
                    nomem(c);
                    return;
                }
                memset(d + r->n_dense, 0, (g->c1 + 1 - r->n_dense) * sizeof *d);
                r->dense = d;
                r->n_dense = g->c1 + 1;
            }
            visits += g->c1 - g->c0 + 1;
            if (visits > 4 * YJJH__XLSX_MAX_SLOTS) {
                limit(c, "the merged ranges cover more than %zu cells", 4 * YJJH__XLSX_MAX_SLOTS);
                return;
            }
            for (size_t col = g->c0; col <= g->c1; col++) {
                if (r->dense[col] && r->dense[col][0])
                    continue;
                free(r->dense[col]);
                if (!(r->dense[col] = yjjh__strdup(text))) {
                    nomem(c);
                    return;
                }
            }
        }
    }
}

/* Hand the rows to fn as records (empty cells as ""). */
static yjjh_status emit(xctx *c, yjjh__csv_record_fn fn, void *ctx)
{
    for (size_t i = 0; i < c->n_rows; i++) {
        srow *r = &c->rows[i];
        yjjh__csv_record rec;
        yjjh_status st;
        for (size_t k = 0; k < r->n_dense; k++)
            if (!r->dense[k] && !(r->dense[k] = yjjh__strdup("")))
                return YJJH_E_NOMEM;
        rec.fields = r->dense;
        rec.n = r->n_dense;
        rec.line = r->num;
        rec.block = NULL; /* every field its own allocation */
        rec.lens = NULL;
        st = fn(ctx, &rec);
        for (size_t k = 0; k < r->n_dense; k++) { /* fields the callback took over are NULL */
            free(r->dense[k]);
            r->dense[k] = NULL;
        }
        if (st != YJJH_OK)
            return st;
    }
    return YJJH_OK;
}

yjjh_status yjjh__xlsx_parse(const char *data, size_t len, const char *sheet, char **sheet_out, yjjh__csv_record_fn fn,
                             void *ctx, yjjh__xlsx_error *err)
{
    xctx c;
    zip_error_t ze;
    zip_source_t *src;
    zip_t *z;
    zip_int64_t entries;
    size_t k = 0;
    char *path = NULL;
    yjjh_status st;

    memset(&c, 0, sizeof c);
    c.err = err;
    c.status = YJJH_OK;
    c.next_row = 1;
    err->message[0] = '\0';
    err->code = YJJH_PROBLEM_UNREADABLE_WORKBOOK;
    *sheet_out = NULL;

    zip_error_init(&ze);
    if (!(src = zip_source_buffer_create(data, len, 0, &ze))) {
        zip_error_fini(&ze);
        return YJJH_E_NOMEM;
    }
    if (!(z = zip_open_from_source(src, ZIP_RDONLY, &ze))) {
        int code = zip_error_code_zip(&ze);
        zip_source_free(src);
        zip_error_fini(&ze);
        if (code == ZIP_ER_MEMORY)
            return YJJH_E_NOMEM;
        err->code = YJJH_PROBLEM_UNREADABLE_WORKBOOK;
        snprintf(err->message, sizeof err->message, "%s",
                 "the file is a damaged or truncated zip archive (an .xlsx workbook is a zip archive: save it "
                 "again from Excel, as .xlsx or CSV)");
        return YJJH_E_INVALID_DATA;
    }
    zip_error_fini(&ze);
    entries = zip_get_num_entries(z, 0);
    if (entries < 0 || (zip_uint64_t)entries > YJJH__XLSX_MAX_ENTRIES) {
        limit(&c, "the zip archive has %lld entries, more than a workbook (limit %u)", (long long)entries,
              YJJH__XLSX_MAX_ENTRIES);
        goto done;
    }
    if (zip_name_locate(z, "xl/workbook.xml", ZIP_FL_NOCASE) < 0) {
        if (zip_name_locate(z, "content.xml", 0) >= 0 || zip_name_locate(z, "mimetype", 0) >= 0)
            fail_code(&c, YJJH_PROBLEM_UNSUPPORTED_FORMAT, YJJH_E_INVALID_DATA, "%s",
                      "an OpenDocument (.ods) spreadsheet is not read: save it as .xlsx or CSV");
        else
            fail_code(&c, YJJH_PROBLEM_UNSUPPORTED_FORMAT, YJJH_E_INVALID_DATA, "%s",
                      "a zip archive without xl/workbook.xml is not an .xlsx workbook: save the data as .xlsx or CSV");
        goto done;
    }
    if (!parse_part(&c, z, "xl/workbook.xml", PART_WORKBOOK, 1))
        goto done;
    if (c.n_sheets == 0) {
        fail(&c, YJJH_E_INVALID_DATA, "%s", "the workbook has no sheet");
        goto done;
    }
    if (sheet && *sheet) {
        for (k = 0; k < c.n_sheets && strcmp(c.sheets[k].name, sheet) != 0; k++)
            ;
        if (k == c.n_sheets)
            for (k = 0; k < c.n_sheets && yjjh__ascii_icmp(c.sheets[k].name, sheet) != 0; k++)
                ;
        if (k == c.n_sheets) {
            yjjh__buf b = YJJH__BUF_INIT;
            for (size_t i = 0; i < c.n_sheets && i < 20; i++)
                yjjh__buf_printf(&b, "%s%s", i ? ", " : "", c.sheets[i].name);
            fail_code(&c, YJJH_PROBLEM_UNKNOWN_SHEET, YJJH_E_INVALID_DATA,
                      "the workbook has no sheet \"%.60s\" (its sheets: %.200s)", sheet,
                      yjjh__buf_oom(&b) || !b.ptr ? "" : b.ptr);
            yjjh__buf_free(&b);
            goto done;
        }
    }
    if (!parse_part(&c, z, "xl/_rels/workbook.xml.rels", PART_RELS, 0) && c.status != YJJH_OK)
        goto done;
    if (!parse_part(&c, z, "xl/sharedStrings.xml", PART_SST, 0) && c.status != YJJH_OK)
        goto done;
    if (!(path = sheet_path(&c, k))) {
        nomem(&c);
        goto done;
    }
    if (zip_name_locate(z, path, ZIP_FL_NOCASE) < 0) {
        fail(&c, YJJH_E_INVALID_DATA, "sheet \"%.60s\" is missing from the workbook (no %.100s)", c.sheets[k].name,
             path);
        goto done;
    }
    if (!parse_part(&c, z, path, PART_SHEET, 1))
        goto done;
    densify(&c);
    if (c.status == YJJH_OK && !(*sheet_out = yjjh__strdup(c.sheets[k].name)))
        nomem(&c);
done:
    zip_discard(z);
    free(path);
    st = c.status;
    if (st == YJJH_OK) {
        st = emit(&c, fn, ctx);
    }
    if (st != YJJH_OK) {
        free(*sheet_out);
        *sheet_out = NULL;
    }
    free_ctx(&c);
    return st;
}
