/* SPDX-License-Identifier: MIT */
/* Tests of yjjh_schools_set_cells() (yjjh_schools.h): cells given as text are read exactly as the schools CSV
 * reader reads them. Expected accept/reject and values come from data-format.md ("Numbers": surrounding spaces
 * and thousands separators allowed; "number cells": only ASCII digits, a value that overflows to infinity or
 * underflows to zero is an error), not from running the code. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yjjh/yjjh.h>

#include "yjjh_test.h"

typedef struct cell_case {
    const char *text; /* the cell */
    int ok;           /* accepted by the spec */
    double value;     /* its value when accepted */
} cell_case;

/* data-format.md: １７６０ (full-width) and ١٢٣ (Arabic-Indic) are not ASCII digits; 1e400 overflows; 5e-400
 * underflows to zero; " 5 " has surrounding spaces (5); "1,234" has a thousands separator (1234). */
static const cell_case cases[] = {
    {"\xEF\xBC\x91\xEF\xBC\x97\xEF\xBC\x96\xEF\xBC\x90", 0, 0.0}, /* １７６０ */
    {"\xD9\xA1\xD9\xA2\xD9\xA3", 0, 0.0},                         /* ١٢٣ */
    {"1e400", 0, 0.0},
    {"5e-400", 0, 0.0},
    {" 5 ", 1, 5.0},
    {"1,234", 1, 1234.0},
};
#define N_CASES (sizeof cases / sizeof cases[0])

static yjjh_diag *new_diag(void)
{
    yjjh_diag *d = NULL;
    assert_ok(yjjh_diag_new(&d));
    return d;
}

static double num(const yjjh_schools *t, size_t row, yjjh_column col)
{
    double v = -1.0;
    assert_ok(yjjh_schools_get_number(&v, t, row, col));
    return v;
}

/* One cell through the CSV reader: status, value, and the message when rejected. */
static yjjh_status via_csv(const char *cell, double *value, char *msg, size_t msg_size)
{
    char csv[256];
    yjjh_schools *t = NULL;
    yjjh_diag *d = new_diag();
    yjjh_status st;
    snprintf(csv, sizeof csv, "school_id,teaching_area\n1,\"%s\"\n", cell);
    st = yjjh_schools_read_buffer(&t, csv, strlen(csv), "s.csv", "utf-8", d);
    msg[0] = '\0';
    if (st == YJJH_OK)
        *value = num(t, 0, YJJH_COL_TEACHING_AREA);
    else if (yjjh_diag_count(d) == 1)
        snprintf(msg, msg_size, "%s", diag_entry(d, 0).message);
    yjjh_schools_free(t);
    yjjh_diag_free(d);
    return st;
}

/* One cell through yjjh_schools_set_cells() on a table whose source is named like the CSV file. */
static yjjh_status via_cells(const char *cell, double *value, char *msg, size_t msg_size)
{
    yjjh_schools *t = NULL;
    yjjh_diag *d = new_diag();
    yjjh_status st;
    assert_ok(yjjh_schools_new(&t, 1));
    assert_ok(yjjh_schools_set_source(t, "s.csv", NULL, 0));
    st = yjjh_schools_set_cells(t, YJJH_COL_TEACHING_AREA, &cell, 1, 1.0, d);
    msg[0] = '\0';
    if (st == YJJH_OK)
        *value = num(t, 0, YJJH_COL_TEACHING_AREA);
    else if (yjjh_diag_count(d) == 1)
        snprintf(msg, msg_size, "%s", diag_entry(d, 0).message);
    yjjh_schools_free(t);
    yjjh_diag_free(d);
    return st;
}

static void test_cells_accept_and_reject_as_the_spec_says(void **state)
{
    (void)state;
    for (size_t i = 0; i < N_CASES; i++) {
        double v_csv = NAN, v_cells = NAN;
        char m_csv[300], m_cells[300];
        yjjh_status s_csv = via_csv(cases[i].text, &v_csv, m_csv, sizeof m_csv);
        yjjh_status s_cells = via_cells(cases[i].text, &v_cells, m_cells, sizeof m_cells);
        yjjh_status expected = cases[i].ok ? YJJH_OK : YJJH_E_INVALID_DATA;
        if (s_csv != expected || s_cells != expected)
            fail_msg("cell \"%s\": CSV status %d, cell API status %d, expected %d", cases[i].text, (int)s_csv,
                     (int)s_cells, (int)expected);
        if (cases[i].ok) {
            assert_true(v_csv == cases[i].value);
            assert_true(v_cells == cases[i].value);
        } else {
            /* the message names the file, line 2 (header = line 1), the column and the cell */
            char prefix[200];
            snprintf(prefix, sizeof prefix, "s.csv:2: column teaching_area: \"%s\" is not a number", cases[i].text);
            if (strncmp(m_csv, prefix, strlen(prefix)) != 0)
                fail_msg("CSV message \"%s\" does not start with \"%s\"", m_csv, prefix);
            assert_string_equal(m_cells, m_csv);
        }
    }
}

static void test_foreign_digits_get_a_hint(void **state)
{
    double v;
    char msg[300];
    (void)state;
    assert_status(via_cells("\xEF\xBC\x92\xEF\xBC\x95\xEF\xBC\x90", &v, msg, sizeof msg), YJJH_E_INVALID_DATA);
    assert_string_equal(msg, "s.csv:2: column teaching_area: \"\xEF\xBC\x92\xEF\xBC\x95\xEF\xBC\x90\" is not a number "
                             "(write the digits as ASCII 0-9)");
    assert_status(via_cells("12a", &v, msg, sizeof msg), YJJH_E_INVALID_DATA);
    assert_string_equal(msg, "s.csv:2: column teaching_area: \"12a\" is not a number");
}

static void test_all_bad_cells_reported_and_column_unchanged(void **state)
{
    const char *first[] = {"1", "2", "3", "4"};
    const char *cells[] = {"x", "-", "1e400", " 7 "};
    yjjh_schools *t = NULL;
    yjjh_diag *d = new_diag();
    (void)state;
    assert_ok(yjjh_schools_new(&t, 4));
    assert_ok(yjjh_schools_set_header_name(t, YJJH_COL_BOOKS, "图书册数"));
    assert_ok(yjjh_schools_set_cells(t, YJJH_COL_BOOKS, first, 4, 1.0, d));
    assert_status(yjjh_schools_set_cells(t, YJJH_COL_BOOKS, cells, 4, 1.0, d), YJJH_E_INVALID_DATA);
    assert_int_equal(yjjh_diag_count(d), 2);
    /* no source name: rows are reported as line row + 2 */
    assert_string_equal(diag_entry(d, 0).message, "line 2: column 图书册数: \"x\" is not a number");
    assert_int_equal(diag_entry(d, 1).line, 4);
    assert_string_equal(diag_entry(d, 1).column, "图书册数");
    for (size_t r = 0; r < 4; r++) /* the column keeps the values of the first call */
        assert_true(num(t, r, YJJH_COL_BOOKS) == (double)(r + 1));
    yjjh_schools_free(t);
    yjjh_diag_free(d);
}

static void test_missing_scale_and_physical_lines(void **state)
{
    const char *cells[] = {NULL, "", "无", "1.5", "9e307"};
    const size_t lines[] = {3, 4, 6, 7, 9};
    yjjh_schools *t = NULL;
    yjjh_diag *d = new_diag();
    (void)state;
    assert_ok(yjjh_schools_new(&t, 5));
    assert_ok(yjjh_schools_set_source(t, "b.csv", lines, 5));
    /* 万元: × 10000; 9e307 × 10000 overflows: "too large", on the physical line of row 4 */
    assert_status(yjjh_schools_set_cells(t, YJJH_COL_EQUIPMENT_VALUE, cells, 5, 10000.0, d), YJJH_E_INVALID_DATA);
    assert_int_equal(yjjh_diag_count(d), 1);
    assert_string_equal(diag_entry(d, 0).message, "b.csv:9: column equipment_value: \"9e307\" is too large");
    cells[4] = "2";
    assert_ok(yjjh_schools_set_cells(t, YJJH_COL_EQUIPMENT_VALUE, cells, 5, 10000.0, NULL));
    assert_true(isnan(num(t, 0, YJJH_COL_EQUIPMENT_VALUE)));
    assert_true(isnan(num(t, 1, YJJH_COL_EQUIPMENT_VALUE)));
    assert_true(isnan(num(t, 2, YJJH_COL_EQUIPMENT_VALUE)));
    assert_true(num(t, 3, YJJH_COL_EQUIPMENT_VALUE) == 15000.0);
    assert_true(num(t, 4, YJJH_COL_EQUIPMENT_VALUE) == 20000.0);
    yjjh_schools_free(t);
    yjjh_diag_free(d);
}

static void test_text_cells_trimmed_like_csv(void **state)
{
    const char *cells[] = {" A1 ", "B2", "NA", NULL,
                           "\xE3\x80\x80"
                           "C3"}; /* U+3000 before C3 */
    const char *s = NULL;
    yjjh_schools *t = NULL;
    (void)state;
    assert_ok(yjjh_schools_new(&t, 5));
    assert_ok(yjjh_schools_set_cells(t, YJJH_COL_SCHOOL_ID, cells, 5, 1.0, NULL));
    assert_ok(yjjh_schools_get_text(&s, t, 0, YJJH_COL_SCHOOL_ID));
    assert_string_equal(s, "A1");
    assert_ok(yjjh_schools_get_text(&s, t, 1, YJJH_COL_SCHOOL_ID));
    assert_string_equal(s, "B2");
    assert_ok(yjjh_schools_get_text(&s, t, 2, YJJH_COL_SCHOOL_ID));
    assert_null(s);
    assert_ok(yjjh_schools_get_text(&s, t, 3, YJJH_COL_SCHOOL_ID));
    assert_null(s);
    assert_ok(yjjh_schools_get_text(&s, t, 4, YJJH_COL_SCHOOL_ID));
    assert_string_equal(s, "C3");
    yjjh_schools_free(t);
}

static void test_get_texts(void **state)
{
    const char *in[] = {"A", NULL, "C"};
    const char *out[3] = {"x", "x", "x"};
    yjjh_schools *t = NULL;
    (void)state;
    assert_ok(yjjh_schools_new(&t, 3));
    assert_status(yjjh_schools_get_texts(out, 3, t, YJJH_COL_SCHOOL_ID), YJJH_E_NOT_FOUND);
    assert_ok(yjjh_schools_set_texts(t, YJJH_COL_SCHOOL_ID, in, 3));
    assert_ok(yjjh_schools_get_texts(out, 3, t, YJJH_COL_SCHOOL_ID));
    assert_string_equal(out[0], "A");
    assert_null(out[1]);
    assert_string_equal(out[2], "C");
    assert_status(yjjh_schools_get_texts(out, 2, t, YJJH_COL_SCHOOL_ID), YJJH_E_LENGTH_MISMATCH);
    assert_status(yjjh_schools_get_texts(out, 3, t, YJJH_COL_BOOKS), YJJH_E_COLUMN_KIND);
    assert_status(yjjh_schools_get_texts(out, 3, t, (yjjh_column)999), YJJH_E_UNKNOWN_COLUMN);
    assert_status(yjjh_schools_get_texts(NULL, 3, t, YJJH_COL_SCHOOL_ID), YJJH_E_NULL_ARG);
    assert_status(yjjh_schools_get_texts(out, 3, NULL, YJJH_COL_SCHOOL_ID), YJJH_E_NULL_ARG);
    yjjh_schools_free(t);
}

static void test_argument_errors(void **state)
{
    const char *cells[] = {"1", "2"};
    yjjh_schools *t = NULL;
    (void)state;
    assert_ok(yjjh_schools_new(&t, 2));
    assert_status(yjjh_schools_set_cells(NULL, YJJH_COL_BOOKS, cells, 2, 1.0, NULL), YJJH_E_NULL_ARG);
    assert_status(yjjh_schools_set_cells(t, YJJH_COL_BOOKS, NULL, 2, 1.0, NULL), YJJH_E_NULL_ARG);
    assert_status(yjjh_schools_set_cells(t, (yjjh_column)999, cells, 2, 1.0, NULL), YJJH_E_UNKNOWN_COLUMN);
    assert_status(yjjh_schools_set_cells(t, YJJH_COL_BOOKS, cells, 1, 1.0, NULL), YJJH_E_LENGTH_MISMATCH);
    assert_status(yjjh_schools_set_cells(t, YJJH_COL_BOOKS, cells, 2, 0.0, NULL), YJJH_E_OUT_OF_RANGE);
    assert_status(yjjh_schools_set_cells(t, YJJH_COL_BOOKS, cells, 2, NAN, NULL), YJJH_E_OUT_OF_RANGE);
    assert_int_equal(yjjh_schools_has_column(t, YJJH_COL_BOOKS), 0);
    yjjh_schools_free(t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cells_accept_and_reject_as_the_spec_says),
        cmocka_unit_test(test_foreign_digits_get_a_hint),
        cmocka_unit_test(test_all_bad_cells_reported_and_column_unchanged),
        cmocka_unit_test(test_missing_scale_and_physical_lines),
        cmocka_unit_test(test_text_cells_trimmed_like_csv),
        cmocka_unit_test(test_get_texts),
        cmocka_unit_test(test_argument_errors),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
