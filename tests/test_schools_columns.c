/* SPDX-License-Identifier: MIT */
/* Tests of yjjh_schools_set_cells_packed() (yjjh_schools.h): the cells of yjjh_schools_set_cells() packed one
 * after the other in one buffer give the same column, the same problems and the same statuses. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <yjjh/yjjh.h>

#include "yjjh_test.h"

/* Pack n cells (NULL = missing) into buf (each NUL-terminated) with their offsets; returns the size used. */
static size_t pack(char *buf, size_t *offsets, const char *const *cells, size_t n)
{
    size_t len = 0;
    for (size_t r = 0; r < n; r++) {
        if (!cells[r]) {
            offsets[r] = YJJH_CELL_MISSING;
            continue;
        }
        offsets[r] = len;
        memcpy(buf + len, cells[r], strlen(cells[r]) + 1);
        len += strlen(cells[r]) + 1;
    }
    return len;
}

static yjjh_diag *new_diag(void)
{
    yjjh_diag *d = NULL;
    assert_ok(yjjh_diag_new(&d));
    return d;
}

static void test_text_cells_as_set_cells(void **state)
{
    /* trimmed like CSV cells: spaces and U+3000 cut, missing-value tokens and blanks missing */
    const char *cells[] = {" A1 ",
                           "B2",
                           "NA",
                           NULL,
                           "\xE3\x80\x80"
                           "C3",
                           "  ",
                           "\xE5\xAD\xA6\xE6\xA0\xA1"};
    enum { N = sizeof cells / sizeof cells[0] };
    char buf[128];
    size_t offsets[N];
    size_t len = pack(buf, offsets, cells, N);
    const char *a[N], *b[N];
    yjjh_schools *t = NULL, *u = NULL;
    (void)state;
    assert_ok(yjjh_schools_new(&t, N));
    assert_ok(yjjh_schools_new(&u, N));
    assert_ok(yjjh_schools_set_cells_packed(t, YJJH_COL_SCHOOL_ID, buf, len, offsets, N, 1.0, NULL));
    assert_ok(yjjh_schools_set_cells(u, YJJH_COL_SCHOOL_ID, cells, N, 1.0, NULL));
    memset(buf, 'x', sizeof buf); /* copied: the caller's buffer may change afterwards */
    assert_ok(yjjh_schools_get_texts(a, N, t, YJJH_COL_SCHOOL_ID));
    assert_ok(yjjh_schools_get_texts(b, N, u, YJJH_COL_SCHOOL_ID));
    for (size_t r = 0; r < N; r++) {
        if (!b[r])
            assert_null(a[r]);
        else
            assert_string_equal(a[r], b[r]);
    }
    assert_string_equal(a[0], "A1");
    assert_string_equal(a[4], "C3");
    assert_null(a[2]);
    assert_null(a[5]);
    /* replaced by a later set, as any column */
    assert_ok(yjjh_schools_set_cells(t, YJJH_COL_SCHOOL_ID, cells, N, 1.0, NULL));
    yjjh_schools_free(t);
    yjjh_schools_free(u);
}

static void test_shared_texts(void **state)
{
    /* rows 0, 1 and 3 share one text, rows 2 and 4 another (offsets repeat, also not next to each other) */
    const char buf[] = " town \0NA";
    const size_t offsets[] = {0, 0, 7, 0, 7};
    const char *out[5];
    yjjh_schools *t = NULL;
    (void)state;
    assert_ok(yjjh_schools_new(&t, 5));
    assert_ok(yjjh_schools_set_cells_packed(t, YJJH_COL_LOCATION, buf, sizeof buf, offsets, 5, 1.0, NULL));
    assert_ok(yjjh_schools_get_texts(out, 5, t, YJJH_COL_LOCATION));
    assert_string_equal(out[0], "town");
    assert_string_equal(out[1], "town");
    assert_null(out[2]);
    assert_string_equal(out[3], "town");
    assert_null(out[4]);
    yjjh_schools_free(t);
}

static void test_number_cells_and_problems_as_set_cells(void **state)
{
    const char *cells[] = {" 5 ", "1,234", NULL, "-", "12a", "9e307"};
    enum { N = sizeof cells / sizeof cells[0] };
    char buf[128];
    size_t offsets[N];
    size_t len = pack(buf, offsets, cells, N);
    yjjh_diag *d = new_diag(), *e = new_diag();
    yjjh_schools *t = NULL, *u = NULL;
    double v = 0.0;
    (void)state;
    assert_ok(yjjh_schools_new(&t, N));
    assert_ok(yjjh_schools_new(&u, N));
    assert_status(yjjh_schools_set_cells_packed(t, YJJH_COL_EQUIPMENT_VALUE, buf, len, offsets, N, 10000.0, d),
                  YJJH_E_INVALID_DATA);
    assert_status(yjjh_schools_set_cells(u, YJJH_COL_EQUIPMENT_VALUE, cells, N, 10000.0, e), YJJH_E_INVALID_DATA);
    assert_int_equal(yjjh_diag_count(d), 2);
    assert_int_equal(yjjh_diag_count(e), 2);
    for (size_t i = 0; i < 2; i++)
        assert_string_equal(diag_entry(d, i).message, diag_entry(e, i).message);
    assert_string_equal(diag_entry(d, 0).message, "line 6: column equipment_value: \"12a\" is not a number");
    assert_int_equal(yjjh_schools_has_column(t, YJJH_COL_EQUIPMENT_VALUE), 0); /* left unchanged */
    offsets[4] = offsets[5] = offsets[0];
    assert_ok(yjjh_schools_set_cells_packed(t, YJJH_COL_EQUIPMENT_VALUE, buf, len, offsets, N, 10000.0, NULL));
    assert_ok(yjjh_schools_get_number(&v, t, 1, YJJH_COL_EQUIPMENT_VALUE));
    assert_true(v == 12340000.0);
    assert_ok(yjjh_schools_get_number(&v, t, 2, YJJH_COL_EQUIPMENT_VALUE));
    assert_true(isnan(v));
    assert_ok(yjjh_schools_get_number(&v, t, 3, YJJH_COL_EQUIPMENT_VALUE));
    assert_true(isnan(v));
    assert_ok(yjjh_schools_get_number(&v, t, 5, YJJH_COL_EQUIPMENT_VALUE));
    assert_true(v == 50000.0);
    yjjh_schools_free(t);
    yjjh_schools_free(u);
    yjjh_diag_free(d);
    yjjh_diag_free(e);
}

static void test_argument_errors(void **state)
{
    const char buf[] = "1\0"
                       "2";
    const size_t offsets[] = {0, 2}, past[] = {0, 4};
    yjjh_schools *t = NULL, *empty = NULL;
    (void)state;
    assert_ok(yjjh_schools_new(&t, 2));
    assert_ok(yjjh_schools_new(&empty, 0));
    assert_status(yjjh_schools_set_cells_packed(NULL, YJJH_COL_BOOKS, buf, sizeof buf, offsets, 2, 1.0, NULL),
                  YJJH_E_NULL_ARG);
    assert_status(yjjh_schools_set_cells_packed(t, YJJH_COL_BOOKS, NULL, sizeof buf, offsets, 2, 1.0, NULL),
                  YJJH_E_NULL_ARG);
    assert_status(yjjh_schools_set_cells_packed(t, YJJH_COL_BOOKS, buf, sizeof buf, NULL, 2, 1.0, NULL),
                  YJJH_E_NULL_ARG);
    assert_status(yjjh_schools_set_cells_packed(t, (yjjh_column)999, buf, sizeof buf, offsets, 2, 1.0, NULL),
                  YJJH_E_UNKNOWN_COLUMN);
    assert_status(yjjh_schools_set_cells_packed(t, YJJH_COL_BOOKS, buf, sizeof buf, offsets, 1, 1.0, NULL),
                  YJJH_E_LENGTH_MISMATCH);
    assert_status(yjjh_schools_set_cells_packed(t, YJJH_COL_BOOKS, buf, sizeof buf, past, 2, 1.0, NULL),
                  YJJH_E_OUT_OF_RANGE);
    assert_status(yjjh_schools_set_cells_packed(t, YJJH_COL_SCHOOL_ID, buf, 3, offsets, 2, 1.0, NULL),
                  YJJH_E_OUT_OF_RANGE); /* "1\0" "2" without its NUL */
    assert_status(yjjh_schools_set_cells_packed(t, YJJH_COL_BOOKS, buf, sizeof buf, offsets, 2, 0.0, NULL),
                  YJJH_E_OUT_OF_RANGE);
    assert_int_equal(yjjh_schools_has_column(t, YJJH_COL_BOOKS), 0);
    assert_int_equal(yjjh_schools_has_column(t, YJJH_COL_SCHOOL_ID), 0);
    assert_ok(yjjh_schools_set_cells_packed(empty, YJJH_COL_SCHOOL_ID, NULL, 0, NULL, 0, 1.0, NULL));
    assert_ok(yjjh_schools_set_cells_packed(empty, YJJH_COL_BOOKS, NULL, 0, NULL, 0, 1.0, NULL));
    yjjh_schools_free(t);
    yjjh_schools_free(empty);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_text_cells_as_set_cells),
        cmocka_unit_test(test_shared_texts),
        cmocka_unit_test(test_number_cells_and_problems_as_set_cells),
        cmocka_unit_test(test_argument_errors),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
