/* SPDX-License-Identifier: MIT */
/* Diagnostics list: message format, cap, clear, the entry getter, NULL handling. */
#include <stdio.h>

#include "yjjh_test.h"
#include <yjjh/yjjh.h>

static void test_format(void **state)
{
    (void)state;
    yjjh_diag *d = NULL;
    assert_ok(yjjh_diag_new(&d));
    assert_ok(yjjh_diag_add(d, "schools.csv", 17, "小学在校生数", "\"12a\" is not a number"));
    assert_ok(yjjh_diag_add(d, "schools.csv", 3, NULL, "more fields than the header"));
    assert_ok(yjjh_diag_add(d, NULL, 4, "books", "negative value -1"));
    assert_ok(yjjh_diag_add(d, "f.json", 0, NULL, "bad key"));
    assert_ok(yjjh_diag_add(d, NULL, 0, NULL, "plain"));
    assert_int_equal(yjjh_diag_count(d), 5);
    assert_string_equal(diag_entry(d, 0).message, "schools.csv:17: column 小学在校生数: \"12a\" is not a number");
    assert_string_equal(diag_entry(d, 1).message, "schools.csv:3: more fields than the header");
    assert_string_equal(diag_entry(d, 2).message, "line 4: column books: negative value -1");
    assert_string_equal(diag_entry(d, 3).message, "f.json: bad key");
    assert_string_equal(diag_entry(d, 4).message, "plain");
    assert_int_equal(diag_entry(d, 0).line, 17);
    assert_int_equal(diag_entry(d, 3).line, 0);
    assert_string_equal(diag_entry(d, 0).column, "小学在校生数");
    assert_string_equal(diag_entry(d, 1).column, "");
    assert_string_equal(diag_entry(d, 4).column, "");
    yjjh_diag_clear(d);
    assert_int_equal(yjjh_diag_count(d), 0);
    yjjh_diag_free(d);
}

static void test_cap(void **state)
{
    (void)state;
    yjjh_diag *d = NULL;
    char text[32];
    assert_ok(yjjh_diag_new(&d));
    for (int i = 0; i < 250; i++) {
        snprintf(text, sizeof text, "problem %d", i);
        assert_ok(yjjh_diag_add(d, "a.csv", (size_t)i + 2, "x", text));
    }
    assert_int_equal(yjjh_diag_count(d), YJJH_DIAG_MAX + 1);
    assert_string_equal(diag_entry(d, 99).message, "a.csv:101: column x: problem 99");
    assert_string_equal(diag_entry(d, 100).message, "a.csv: too many errors (only the first 100 are listed)");
    assert_int_equal(diag_entry(d, 100).line, 0);
    assert_string_equal(diag_entry(d, 100).column, "");
    yjjh_diag_clear(d); /* usable again */
    assert_ok(yjjh_diag_add(d, NULL, 1, NULL, "again"));
    assert_string_equal(diag_entry(d, 0).message, "line 1: again");
    yjjh_diag_free(d);
}

/* One getter, like every list: a whole entry with and without line and column; errors leave *out alone. */
static void test_get(void **state)
{
    (void)state;
    yjjh_diag *d = NULL;
    yjjh_diag_entry e = YJJH_DIAG_ENTRY_INIT;
    assert_int_equal(e.version, YJJH_DIAG_ENTRY_VERSION);
    assert_null(e.message);
    assert_int_equal(e.line, 0);
    assert_null(e.column);
    assert_ok(yjjh_diag_new(&d));
    assert_ok(yjjh_diag_add(d, "schools.csv", 17, "小学在校生数", "\"12a\" is not a number"));
    assert_ok(yjjh_diag_add(d, "f.json", 0, NULL, "bad key"));
    assert_ok(yjjh_diag_add(d, "s.csv", 5, "", "empty column name"));

    assert_ok(yjjh_diag_get(&e, d, 0));
    assert_int_equal(e.version, YJJH_DIAG_ENTRY_VERSION);
    assert_int_equal(e.code, YJJH_PROBLEM_OTHER); /* yjjh_diag_add() has no code */
    assert_string_equal(e.message, "schools.csv:17: column 小学在校生数: \"12a\" is not a number");
    assert_int_equal(e.line, 17);
    assert_string_equal(e.column, "小学在校生数");

    assert_ok(yjjh_diag_get(&e, d, 1));
    assert_string_equal(e.message, "f.json: bad key");
    assert_int_equal(e.line, 0);
    assert_non_null(e.column);
    assert_string_equal(e.column, "");

    assert_ok(yjjh_diag_get(&e, d, 2));
    assert_string_equal(e.message, "s.csv:5: empty column name");
    assert_int_equal(e.line, 5);
    assert_string_equal(e.column, "");

    /* Errors: the struct keeps what the last successful call put there. */
    assert_status(yjjh_diag_get(&e, d, 3), YJJH_E_OUT_OF_RANGE);
    assert_status(yjjh_diag_get(&e, d, (size_t)-1), YJJH_E_OUT_OF_RANGE);
    assert_string_equal(e.message, "s.csv:5: empty column name");
    assert_int_equal(e.line, 5);
    assert_status(yjjh_diag_get(NULL, d, 0), YJJH_E_NULL_ARG);
    assert_status(yjjh_diag_get(&e, NULL, 0), YJJH_E_NULL_ARG);
    e.version = YJJH_DIAG_ENTRY_VERSION + 1;
    assert_status(yjjh_diag_get(&e, d, 0), YJJH_E_STRUCT_VERSION);
    e.version = 0;
    assert_status(yjjh_diag_get(&e, d, 0), YJJH_E_STRUCT_VERSION);
    assert_string_equal(e.message, "s.csv:5: empty column name");

    yjjh_diag_clear(d); /* cleared: nothing left to get */
    e.version = YJJH_DIAG_ENTRY_VERSION;
    assert_status(yjjh_diag_get(&e, d, 0), YJJH_E_OUT_OF_RANGE);
    yjjh_diag_free(d);
}

static void test_null(void **state)
{
    (void)state;
    yjjh_diag *d = NULL;
    assert_status(yjjh_diag_new(NULL), YJJH_E_NULL_ARG);
    assert_ok(yjjh_diag_new(&d));
    assert_status(yjjh_diag_add(NULL, "a", 1, "b", "c"), YJJH_E_NULL_ARG);
    assert_status(yjjh_diag_add(d, "a", 1, "b", NULL), YJJH_E_NULL_ARG);
    assert_int_equal(yjjh_diag_count(NULL), 0);
    yjjh_diag_clear(NULL);
    yjjh_diag_free(NULL);
    yjjh_diag_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_format),
        cmocka_unit_test(test_cap),
        cmocka_unit_test(test_get),
        cmocka_unit_test(test_null),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
