/* SPDX-License-Identifier: MIT */
/* yjjh__diag_vreportf() (lib/common/diag_report.h): formatted messages, a NULL diag, the 100-entry limit. */
#include <stdarg.h>
#include <stdio.h>

#include "yjjh_test.h"
#include <yjjh/yjjh.h>
#include "common/diag_report.h"
#include "common/text.h"

/* The variadic front every reader writes for itself (without the error count). */
static yjjh_status report(yjjh_diag *d, const char *source, size_t line, const char *column, const char *fmt, ...)
    YJJH__PRINTF(5, 6);
static yjjh_status report(yjjh_diag *d, const char *source, size_t line, const char *column, const char *fmt, ...)
{
    va_list ap;
    yjjh_status st;
    va_start(ap, fmt);
    st = yjjh__diag_vreportf(d, YJJH_PROBLEM_NOT_A_NUMBER, source, line, column, fmt, ap);
    va_end(ap);
    return st;
}

static void test_format(void **state)
{
    (void)state;
    yjjh_diag *d = NULL;
    assert_ok(yjjh_diag_new(&d));
    assert_ok(report(d, "s.csv", 3, "books", "\"%s\" is %d", "x", 5));
    assert_ok(report(d, NULL, 0, NULL, "plain"));
    assert_ok(report(d, "f.json", 0, "", "%zu%%", (size_t)95));
    assert_int_equal(yjjh_diag_count(d), 3);
    assert_string_equal(diag_entry(d, 0).message, "s.csv:3: column books: \"x\" is 5");
    assert_string_equal(diag_entry(d, 0).column, "books");
    assert_int_equal(diag_entry(d, 0).line, 3);
    assert_string_equal(diag_entry(d, 1).message, "plain");
    assert_string_equal(diag_entry(d, 2).message, "f.json: 95%");
    yjjh_diag_free(d);
}

static void test_null_diag(void **state)
{
    (void)state;
    assert_ok(report(NULL, "s.csv", 1, NULL, "%s", "ignored"));
}

static void test_limit(void **state)
{
    (void)state;
    yjjh_diag *d = NULL;
    assert_ok(yjjh_diag_new(&d));
    for (int i = 0; i < 150; i++)
        assert_ok(report(d, "s.csv", (size_t)i + 1, NULL, "problem %d", i));
    assert_int_equal(yjjh_diag_count(d), 101); /* YJJH_DIAG_MAX entries and the "too many errors" one */
    assert_string_equal(diag_entry(d, 99).message, "s.csv:100: problem 99");
    assert_string_equal(diag_entry(d, 100).message, "s.csv: too many errors (only the first 100 are listed)");
    yjjh_diag_free(d);
}

/* Control characters from the data never reach a terminal raw; a message cut at a byte count is cut on a
 * character boundary (issue 11 item 8; docs/reliability.md). */
static void test_control_characters(void **state)
{
    yjjh_diag *d = NULL;
    yjjh__buf b = YJJH__BUF_INIT;
    (void)state;
    assert_ok(yjjh_diag_new(&d));
    /* a school id that clears the screen and fakes a line, in the file name, column and text */
    assert_ok(report(d, "s\x1b.csv", 3, "id\x07", "duplicate school_id \"%s\"", "\x1b[2J\rno problems found\x7f"));
    assert_string_equal(diag_entry(d, 0).message,
                        "s\\x1b.csv:3: column id\\x07: duplicate school_id \"\\x1b[2J\\x0dno problems found\\x7f\"");
    /* C1 controls (U+009B is a one-byte CSI on some terminals) */
    assert_ok(report(d, NULL, 0, NULL,
                     "a\xc2\x9b"
                     "2Jb\xc2\x85"));
    assert_string_equal(diag_entry(d, 1).message, "a\\u009b2Jb\\u0085");
    /* "%.4s" cuts 学校 (two 3-byte characters) after one and a third: the partial character is dropped */
    assert_ok(report(d, NULL, 0, NULL, "[%.4s]", "\xe5\xad\xa6\xe6\xa0\xa1"));
    assert_string_equal(diag_entry(d, 2).message, "[\xe5\xad\xa6]");
    /* a stray byte that is not UTF-8 is shown, newlines kept only when asked */
    yjjh__buf_put_escaped(&b, "x\xffy\nz", 1);
    yjjh__buf_put_escaped(&b, "\n", 0);
    assert_false(yjjh__buf_oom(&b));
    assert_string_equal(yjjh__buf_cstr(&b), "x\\xffy\nz\\x0a");
    yjjh__buf_free(&b);
    yjjh_diag_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_format),
        cmocka_unit_test(test_null_diag),
        cmocka_unit_test(test_limit),
        cmocka_unit_test(test_control_characters),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
