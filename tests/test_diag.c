/* Diagnostics list: message format, cap, clear, NULL handling. */
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
    assert_string_equal(yjjh_diag_message(d, 0), "schools.csv:17: column 小学在校生数: \"12a\" is not a number");
    assert_string_equal(yjjh_diag_message(d, 1), "schools.csv:3: more fields than the header");
    assert_string_equal(yjjh_diag_message(d, 2), "line 4: column books: negative value -1");
    assert_string_equal(yjjh_diag_message(d, 3), "f.json: bad key");
    assert_string_equal(yjjh_diag_message(d, 4), "plain");
    assert_int_equal(yjjh_diag_line(d, 0), 17);
    assert_int_equal(yjjh_diag_line(d, 3), 0);
    assert_string_equal(yjjh_diag_column(d, 0), "小学在校生数");
    assert_string_equal(yjjh_diag_column(d, 1), "");
    assert_string_equal(yjjh_diag_message(d, 5), "");
    assert_int_equal(yjjh_diag_line(d, 5), 0);
    assert_string_equal(yjjh_diag_column(d, 5), "");
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
    assert_string_equal(yjjh_diag_message(d, 99), "a.csv:101: column x: problem 99");
    assert_string_equal(yjjh_diag_message(d, 100), "a.csv: too many errors (only the first 100 are listed)");
    assert_int_equal(yjjh_diag_line(d, 100), 0);
    yjjh_diag_clear(d);   /* usable again */
    assert_ok(yjjh_diag_add(d, NULL, 1, NULL, "again"));
    assert_string_equal(yjjh_diag_message(d, 0), "line 1: again");
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
    assert_string_equal(yjjh_diag_message(NULL, 0), "");
    assert_int_equal(yjjh_diag_line(NULL, 0), 0);
    assert_string_equal(yjjh_diag_column(NULL, 0), "");
    yjjh_diag_clear(NULL);
    yjjh_diag_free(NULL);
    yjjh_diag_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_format),
        cmocka_unit_test(test_cap),
        cmocka_unit_test(test_null),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
