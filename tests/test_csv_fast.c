/* SPDX-License-Identifier: MIT */
/* The fast CSV path of the schools reader: the scanner (yjjh__csv_scan) against libcsv's records
 * (yjjh__csv_parse) on random texts, hand-made records with known cells, and whole tables read the fast way
 * against the full way (yjjh__schools_read_buffer_mode): the same status, diagnostics, notes, lines and cells. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "yjjh_test.h"
#include "input/csv_records.h"
#include "input/schools_internal.h"
#include "input/text_decode.h"

/* ---- records ------------------------------------------------------------------------------------------ */

typedef struct recs {
    char text[16384]; /* every record as "line|f1|f2|...\n", fields escaped: | as \p, newline as \n */
    size_t len;
    size_t n;
} recs;

static void put(recs *r, const char *s)
{
    size_t n = strlen(s);
    if (r->len + n < sizeof r->text) {
        memcpy(r->text + r->len, s, n);
        r->len += n;
        r->text[r->len] = '\0';
    }
}

static yjjh_status collect(void *ctx, const yjjh__csv_record *rec)
{
    recs *r = ctx;
    char num[32];
    snprintf(num, sizeof num, "%zu", rec->line);
    put(r, num);
    for (size_t i = 0; i < rec->n; i++) {
        put(r, "|");
        if (rec->lens)
            assert_int_equal(rec->lens[i], strlen(rec->fields[i]));
        for (const char *p = rec->fields[i]; *p; p++) {
            char one[2] = {*p, 0};
            put(r, *p == '|' ? "\\p" : *p == '\n' ? "\\n" : *p == '\r' ? "\\r" : one);
        }
    }
    put(r, "\n");
    r->n++;
    return YJJH_OK;
}

/* Both ways over text: the scanner gives libcsv's records whenever it does not hand over (YJJH__CSV_SLOW), and
 * it hands over whenever libcsv finds a syntax error. Returns 1 when the scanner took the text. */
static int same_records(const char *text, size_t len)
{
    recs *a = calloc(1, sizeof *a), *b = calloc(1, sizeof *b);
    yjjh__csv_error err;
    yjjh_status sa, sb;
    int took;
    assert_non_null(a);
    assert_non_null(b);
    sa = yjjh__csv_parse(text, len, collect, a, &err);
    sb = yjjh__csv_scan(text, len, collect, b);
    assert_true(sb == YJJH_OK || sb == YJJH__CSV_SLOW);
    if (sa != YJJH_OK)
        assert_int_equal(sb, YJJH__CSV_SLOW);
    took = sb == YJJH_OK;
    if (took) {
        if (strcmp(a->text, b->text) != 0)
            fail_msg("records differ for [%.*s]:\nlibcsv:\n%s\nscan:\n%s", (int)len, text, a->text, b->text);
    }
    free(a);
    free(b);
    return took;
}

static uint64_t rnd_state = 0x9E3779B97F4A7C15u;
static unsigned rnd(unsigned n)
{
    rnd_state = rnd_state * 6364136223846793005u + 1442695040888963407u;
    return (unsigned)((rnd_state >> 33) % n);
}

static void test_scan_random(void **state)
{
    static const char *const pieces[] = {"a",  "bc", " ",  "\t", ",", "\"",  "\"\"", "\r",  "\n", "\r\n",
                                         "12", ".5", "合", "计", "é", "x y", ",,",   "\" ", " \""};
    size_t took = 0;
    (void)state;
    for (int t = 0; t < 60000; t++) {
        char text[128];
        size_t len = 0, k = 1 + rnd(24);
        for (size_t i = 0; i < k; i++) {
            const char *p = pieces[rnd(sizeof pieces / sizeof pieces[0])];
            size_t n = strlen(p);
            if (len + n >= sizeof text)
                break;
            memcpy(text + len, p, n);
            len += n;
        }
        took += (size_t)same_records(text, len);
    }
    print_message("scanner took %zu of 60000\n", took);
    assert_true(took > 10000); /* the scanner takes most texts */
}

static void expect(const char *text, const char *want)
{
    recs *r = calloc(1, sizeof *r);
    assert_non_null(r);
    assert_int_equal(yjjh__csv_scan(text, strlen(text), collect, r), YJJH_OK);
    assert_string_equal(r->text, want);
    free(r);
    assert_int_equal(same_records(text, strlen(text)), 1);
}

static void test_scan_known(void **state)
{
    (void)state;
    expect("a,b\r\nc,d\r\n", "1|a|b\n2|c|d\n");
    expect("a,b\rc,d", "1|a|b\n2|c|d\n");
    expect("\n\n  \t\r\n x , y ,\n", "4|x|y|\n");
    expect("\"multi\nline\",2\nnext,3\n", "1|multi\\nline|2\n3|next|3\n");
    expect("\"cr\r\nlf\",\"q\"\"q\"\nz\n", "1|cr\\r\\nlf|q\"q\n3|z\n");
    expect("\"a\rb\" , \"\" \n", "1|a\\rb|\n");
    expect("\"lone\r\"\r\"x\"", "1|lone\\r\n3|x\n");
    expect("学校,合计\n", "1|学校|合计\n");
    expect(",", "1||\n");
    expect("a|b", "1|a\\pb\n");
}

/* Unquoted fields of every length around the scanner's eight-byte steps and its 256-byte runs, ending in each
 * stop byte, with spaces before the stop and at the end of the text. */
static void test_scan_lengths(void **state)
{
    static const char *const ends[] = {",", "\n", "\r\n", "\r", "  ,", " \t\n", ""};
    static char text[2048];
    (void)state;
    for (size_t n = 0; n < 600; n += (n < 40 || (n > 240 && n < 280) || n > 500) ? 1 : 7) {
        for (size_t e = 0; e < sizeof ends / sizeof ends[0]; e++) {
            size_t len = 0;
            for (size_t i = 0; i < n; i++)
                text[len++] = (char)('a' + (i * 7) % 26);
            memcpy(text + len, ends[e], strlen(ends[e]));
            len += strlen(ends[e]);
            memcpy(text + len, "z,1\n", 4);
            len += 4;
            assert_int_equal(same_records(text, len), 1);
            assert_int_equal(same_records(text, len - 4 - strlen(ends[e])), 1);
        }
    }
}

static void test_scan_hands_over(void **state)
{
    recs *r = calloc(1, sizeof *r);
    static const char *const bad[] = {"a\"b,c\n", "\"open\nnever closed", "\"a\" x,b\n", "ok\nx\"\n"};
    (void)state;
    assert_non_null(r);
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        assert_int_equal(yjjh__csv_scan(bad[i], strlen(bad[i]), collect, r), YJJH__CSV_SLOW);
    free(r);
}

/* ---- UTF-8 validation ----------------------------------------------------------------------------------- */

/* The validation by code point (as the reader did before its table of second-byte ranges): the reference. */
static int utf8_by_code_point(const unsigned char *s, size_t n, size_t *bad)
{
    size_t i = 0;
    while (i < n) {
        unsigned char c = s[i];
        size_t need;
        uint32_t cp, min;
        if (c < 0x80) {
            i++;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            need = 1;
            cp = c & 0x1Fu;
            min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            need = 2;
            cp = c & 0x0Fu;
            min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            need = 3;
            cp = c & 0x07u;
            min = 0x10000;
        } else {
            *bad = i;
            return 0;
        }
        if (n - i <= need) {
            *bad = i;
            return 0;
        }
        for (size_t k = 1; k <= need; k++) {
            if ((s[i + k] & 0xC0u) != 0x80u) {
                *bad = i;
                return 0;
            }
            cp = (cp << 6) | (s[i + k] & 0x3Fu);
        }
        if (cp < min || cp > 0x10FFFFu || (cp >= 0xD800u && cp <= 0xDFFFu)) {
            *bad = i;
            return 0;
        }
        i += need + 1;
    }
    return 1;
}

static void test_utf8_valid(void **state)
{
    static const unsigned char bytes[] = {'a',  '\n', 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0,
                                          0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0,
                                          0xF1, 0xF3, 0xF4, 0xF5, 0xFF, 0xE5, 0xAD, 0xA6};
    unsigned char s[40];
    (void)state;
    for (int t = 0; t < 400000; t++) {
        size_t n = rnd(sizeof s + 1), bad_a = 12345, bad_b = 12345;
        int a, b;
        for (size_t i = 0; i < n; i++)
            s[i] = rnd(3) == 0 ? (unsigned char)('a' + rnd(26)) : bytes[rnd(sizeof bytes)];
        a = utf8_by_code_point(s, n, &bad_a);
        b = yjjh__utf8_valid((const char *)s, n, &bad_b);
        assert_int_equal(a, b);
        if (!a)
            assert_int_equal(bad_a, bad_b);
    }
    /* every sequence of up to four bytes from the edges of the ranges */
    for (size_t i = 0; i < sizeof bytes; i++)
        for (size_t j = 0; j < sizeof bytes; j++)
            for (size_t k = 0; k < sizeof bytes; k++)
                for (size_t l = 0; l < sizeof bytes; l++) {
                    size_t bad_a = 0, bad_b = 0;
                    s[0] = bytes[i];
                    s[1] = bytes[j];
                    s[2] = bytes[k];
                    s[3] = bytes[l];
                    for (size_t n = 1; n <= 4; n++) {
                        int a = utf8_by_code_point(s, n, &bad_a), b = yjjh__utf8_valid((const char *)s, n, &bad_b);
                        assert_int_equal(a, b);
                        if (!a)
                            assert_int_equal(bad_a, bad_b);
                    }
                }
}

/* ---- tables: the fast way against the full way ---------------------------------------------------------- */

typedef struct grow_text {
    char *p;
    size_t len, cap;
} grow_text;

static void add(grow_text *g, const char *s)
{
    size_t n = strlen(s);
    if (g->len + n + 1 > g->cap) {
        g->cap = (g->len + n + 1) * 2;
        g->p = realloc(g->p, g->cap);
        assert_non_null(g->p);
    }
    memcpy(g->p + g->len, s, n + 1);
    g->len += n;
}

static char *diag_text(yjjh_diag *d)
{
    grow_text g = {0};
    add(&g, "");
    for (size_t i = 0; i < yjjh_diag_count(d); i++) {
        yjjh_diag_entry e = YJJH_DIAG_ENTRY_INIT;
        char code[32];
        assert_ok(yjjh_diag_get(&e, d, i));
        snprintf(code, sizeof code, "[%d] ", (int)e.code);
        add(&g, code);
        add(&g, e.message);
        add(&g, "\n");
    }
    return g.p;
}

/* The table both ways, compared cell by cell. Returns the row count of the fast way's table (0 without one). */
static size_t same_table_map(const char *csv, size_t len, size_t header_row, const char *map)
{
    yjjh_read_options o = YJJH_READ_OPTIONS_INIT;
    yjjh_schools *a = NULL, *b = NULL;
    yjjh_diag *da = NULL, *db = NULL;
    yjjh_status sa, sb;
    char *ta, *tb;
    size_t rows;
    o.header_row = header_row;
    if (map) {
        o.columns = map;
        o.columns_len = strlen(map);
    }
    assert_ok(yjjh_diag_new(&da));
    assert_ok(yjjh_diag_new(&db));
    sa = yjjh__schools_read_buffer_mode(&a, csv, len, "t.csv", &o, da, 0);
    sb = yjjh__schools_read_buffer_mode(&b, csv, len, "t.csv", &o, db, 1);
    ta = diag_text(da);
    tb = diag_text(db);
    if (sa != sb || strcmp(ta, tb) != 0)
        fail_msg("status %d / %d, diag:\n%s\n---\n%s\n--- for:\n%.*s", (int)sa, (int)sb, ta, tb, (int)len, csv);
    free(ta);
    free(tb);
    assert_true((a == NULL) == (b == NULL));
    rows = b ? yjjh_schools_row_count(b) : 0;
    if (a) {
        assert_int_equal(yjjh_schools_row_count(a), rows);
        assert_int_equal(yjjh_schools_note_count(a), yjjh_schools_note_count(b));
        for (size_t i = 0; i < yjjh_schools_note_count(a); i++) {
            const char *na, *nb;
            assert_ok(yjjh_schools_note_get(&na, a, i));
            assert_ok(yjjh_schools_note_get(&nb, b, i));
            assert_string_equal(na, nb);
        }
        for (size_t r = 0; r < rows; r++)
            assert_int_equal(yjjh__schools_line(a, r), yjjh__schools_line(b, r));
        for (size_t i = 0; i < yjjh_column_count(); i++) {
            yjjh_column col;
            assert_ok(yjjh_column_get(&col, i));
            assert_int_equal(yjjh_schools_has_column(a, col), yjjh_schools_has_column(b, col));
            if (!yjjh_schools_has_column(a, col))
                continue;
            assert_string_equal(yjjh__schools_header(a, col), yjjh__schools_header(b, col));
            for (size_t r = 0; r < rows; r++) {
                if (yjjh_column_is_text(col)) {
                    const char *x = yjjh__schools_texts(a, col)[r], *y = yjjh__schools_texts(b, col)[r];
                    assert_true((x == NULL) == (y == NULL));
                    if (x)
                        assert_string_equal(x, y);
                } else {
                    double x = yjjh__cell(a, col, r), y = yjjh__cell(b, col, r);
                    assert_true(isnan(x) == isnan(y));
                    if (!isnan(x))
                        assert_memory_equal(&x, &y, sizeof x);
                }
            }
        }
    }
    yjjh_schools_free(a);
    yjjh_schools_free(b);
    yjjh_diag_free(da);
    yjjh_diag_free(db);
    return rows;
}

static size_t same_table(const char *csv, size_t len, size_t header_row)
{
    return same_table_map(csv, len, header_row, NULL);
}

static const char *const number_cells[] = {"306",
                                           "2736.5",
                                           "0",
                                           "007",
                                           "1,234",
                                           " 12 ",
                                           "",
                                           "-",
                                           "NA",
                                           "无",
                                           "1e3",
                                           "-5",
                                           ".5",
                                           "5.",
                                           "０１",
                                           "12a",
                                           "9e999",
                                           "1.5%",
                                           "123456789012345",
                                           "1234567890123456",
                                           "0.000001",
                                           "\"4,5\"",
                                           "\" 7 \"",
                                           "3\t"};
static const char *const text_cells[] = {"K1",       " 学校 ", "",         "NA",    "\"a,b\"",
                                         "\"x\ny\"", "合计",   "全县合计", "小 计", "p\"\"q"};

static void random_table(grow_text *g, size_t n_rows, int title, int two_row)
{
    if (title)
        add(g, "某县学校情况表,,,\n\n");
    if (two_row)
        add(g, "school_id,county_code,primary,\n,,students,primary_classes\n");
    else
        add(g, rnd(2)
                   ? "school_id,county_code,primary_students,primary_classes,小学专任教师数,building_area（万平方米）\n"
                   : "school_id,county_name,school_type,primary_students,mystery,primary_classes\n");
    for (size_t r = 0; r < n_rows; r++) {
        size_t nf = 6 + (rnd(40) == 0 ? 1 : 0) - (rnd(30) == 0 ? 2 : 0);
        if (rnd(50) == 0) {
            add(g, rnd(2) ? "\n" : ",,,\n");
            continue;
        }
        for (size_t j = 0; j < nf; j++) {
            if (j)
                add(g, ",");
            if (j < 3 && rnd(3) != 0) {
                char id[32];
                snprintf(id, sizeof id, "S%zu", r);
                add(g, j == 0 ? id : text_cells[rnd(sizeof text_cells / sizeof text_cells[0])]);
            } else if (rnd(6) == 0) {
                add(g, number_cells[rnd(sizeof number_cells / sizeof number_cells[0])]);
            } else {
                char v[32];
                snprintf(v, sizeof v, rnd(2) ? "%u" : "%u.%u", rnd(5000), rnd(100));
                add(g, v);
            }
        }
        add(g, rnd(4) == 0 ? "\r\n" : "\n");
    }
}

static void test_tables_random(void **state)
{
    size_t fast_rows = 0;
    (void)state;
    for (int t = 0; t < 400; t++) {
        grow_text g = {0};
        add(&g, "");
        random_table(&g, t % 3 == 0 ? 300 : 1 + rnd(12), rnd(4) == 0, rnd(6) == 0);
        fast_rows += same_table(g.p, g.len, 0);
        free(g.p);
    }
    assert_true(fast_rows > 0);
}

/* Only plain cells: the fast way reads the whole table (no problem sends it to the full way). */
static void test_tables_clean(void **state)
{
    (void)state;
    for (int t = 0; t < 50; t++) {
        grow_text g = {0};
        size_t n = 1 + rnd(700);
        add(&g, "school_id,school_name,county_code,primary_students,primary_classes\n");
        for (size_t r = 0; r < n; r++) {
            char line[160];
            snprintf(line, sizeof line, "S%zu,\"学校 %zu\",%u,%u,%u.%u%s", r, r, 100 + rnd(3), rnd(3000), rnd(60),
                     rnd(10), rnd(3) == 0 ? "\r\n" : "\n");
            add(&g, line);
            if (rnd(100) == 0)
                add(&g, "合计,,,9999,99\n");
        }
        assert_true(same_table(g.p, g.len, 0) > 0);
        free(g.p);
    }
}

/* Tables read with a --columns mapping: renames and computed columns, with and without problems. */
static void test_tables_mapping(void **state)
{
    static const char *const maps[] = {
        "{\"columns\": {\"school_id\": \"编号\", \"county_code\": \"区划\", \"primary_students\": {\"from\": "
        "[\"学生A\", \"学生B\"], \"minus\": \"减项\", \"scale\": 2}}}",
        "{\"columns\": {\"school_id\": \"编号\", \"county_code\": \"区划\", \"primary_classes\": \"学生A\"}}",
        "{\"columns\": {\"school_id\": \"编号\", \"county_code\": \"区划\", \"primary_students\": {\"from\": "
        "\"不存在\"}}}",
        "{\"columns\": {\"school_id\": \"编号\", \"county_code\": \"区划\", \"primary_classes\": {\"from\": "
        "\"学生A\", \"scale\": 0.5}}}",
        "{\"columns\": {\"school_id\": \"编号\", \"county_code\": \"区划\", \"school_name\": {\"from\": \"减项\"}}}",
    };
    static const char *const cells[] = {"12", "3.5", "", "-", "1,200", "x", " 7 "};
    size_t fast_rows = 0;
    (void)state;
    for (int t = 0; t < 200; t++) {
        grow_text g = {0};
        size_t n = 1 + rnd(300);
        int clean = t % 2 == 0;
        add(&g, rnd(3) == 0 ? "编号,区划,学生A,学生B,减项,primary_classes\n" : "编号,区划,学生A,学生B,减项,备注\n");
        for (size_t r = 0; r < n; r++) {
            char line[160];
            snprintf(line, sizeof line, "S%zu,%u,%s,%s,%s,%u\n", r, rnd(3), clean ? "5" : cells[rnd(7)],
                     clean ? "6.5" : cells[rnd(7)], clean ? (rnd(5) ? "1" : "") : cells[rnd(7)], rnd(9));
            add(&g, line);
        }
        fast_rows += same_table_map(g.p, g.len, 0, maps[rnd(sizeof maps / sizeof maps[0])]);
        free(g.p);
    }
    assert_true(fast_rows > 0);
}

/* Long rows first, then many short ones: the room the fast way makes from the first rows is too small and grows
 * (and too large the other way round). */
static void test_tables_growth(void **state)
{
    (void)state;
    for (int order = 0; order < 2; order++) {
        grow_text g = {0};
        add(&g, "school_id,school_name,county_code,primary_students\n");
        for (size_t part = 0; part < 2; part++) {
            int long_rows = (part == 0) == (order == 0);
            for (size_t r = 0; r < (long_rows ? 300u : 6000u); r++) {
                char line[400];
                if (long_rows)
                    snprintf(line, sizeof line, "S%zu,\"%0200zu\",%zu,%zu\n", r, r, 100 + r % 7, r % 3000);
                else
                    snprintf(line, sizeof line, "%zu,,1,%zu\n", r, r % 9);
                add(&g, line);
            }
        }
        assert_int_equal(same_table(g.p, g.len, 0), 6300);
        free(g.p);
    }
}

/* Layouts found on the first rows or only further down: title rows, comment rows, blank rows and --header-row
 * beyond the rows the fast way keeps at first. */
static void test_tables_layouts(void **state)
{
    static const size_t leading[] = {0, 1, 2, 99, 100, 101, 125, 126, 127, 128, 129, 200, 300};
    (void)state;
    for (size_t i = 0; i < sizeof leading / sizeof leading[0]; i++) {
        for (int kind = 0; kind < 4; kind++) {
            grow_text g = {0};
            add(&g, "");
            for (size_t r = 0; r < leading[i]; r++)
                add(&g, kind == 0 ? "# a comment\n" : kind == 1 ? ",,\n" : kind == 2 ? "title,x\n" : "  \n");
            add(&g, "school_id,county_code,primary_students,primary_classes\n");
            for (size_t r = 0; r < 40; r++)
                add(&g, "K,1,200,5\n");
            same_table(g.p, g.len, 0);
            same_table(g.p, g.len, leading[i] + 1);
            same_table(g.p, g.len, leading[i] + 2);
            free(g.p);
        }
    }
    { /* a long run of header-like rows: the title walk goes past the first rows kept */
        grow_text g = {0};
        add(&g, "");
        for (size_t r = 0; r < 300; r++)
            add(&g, "school_id,county_code,primary_students\n");
        add(&g, "K,1,2\n");
        same_table(g.p, g.len, 0);
        free(g.p);
    }
}

static void test_tables_files(void **state)
{
    static const char *const files[] = {
        YJJH_EXAMPLES_DATA_DIR "/jinchuan.csv", YJJH_EXAMPLES_DATA_DIR "/jinchuan_zh_gb18030.csv",
        YJJH_EXAMPLES_DATA_DIR "/two_counties.csv", YJJH_TEST_DATA_DIR "/golden/worked_example.csv"};
    (void)state;
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        FILE *f = fopen(files[i], "rb");
        char *buf;
        long n;
        if (!f)
            continue;
        assert_int_equal(fseek(f, 0, SEEK_END), 0);
        n = ftell(f);
        rewind(f);
        buf = malloc((size_t)n + 1);
        assert_non_null(buf);
        assert_int_equal(fread(buf, 1, (size_t)n, f), (size_t)n);
        fclose(f);
        assert_true(same_table(buf, (size_t)n, 0) > 0);
        free(buf);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_scan_random),    cmocka_unit_test(test_scan_known),
        cmocka_unit_test(test_scan_lengths),   cmocka_unit_test(test_scan_hands_over),
        cmocka_unit_test(test_utf8_valid),     cmocka_unit_test(test_tables_random),
        cmocka_unit_test(test_tables_clean),   cmocka_unit_test(test_tables_growth),
        cmocka_unit_test(test_tables_mapping), cmocka_unit_test(test_tables_layouts),
        cmocka_unit_test(test_tables_files),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
