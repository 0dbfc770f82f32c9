/* SPDX-License-Identifier: MIT */
/* Bulk accessors used by the bindings: whole number columns of a table, and the county list of a fact set. */
#include <math.h>
#include <string.h>
#include <yjjh/yjjh.h>
#include "yjjh_test.h"

static void test_get_numbers(void **state)
{
    yjjh_schools *t = NULL;
    const double in[3] = {1000, NAN, 250};
    double out[3] = {0, 0, 0};
    (void)state;
    assert_ok(yjjh_schools_new(&t, 3));
    assert_status(yjjh_schools_get_numbers(out, 3, t, YJJH_COL_PRIMARY_STUDENTS), YJJH_E_NOT_FOUND);
    assert_ok(yjjh_schools_set_numbers(t, YJJH_COL_PRIMARY_STUDENTS, in, 3));
    assert_ok(yjjh_schools_get_numbers(out, 3, t, YJJH_COL_PRIMARY_STUDENTS));
    assert_true(out[0] == 1000 && isnan(out[1]) && out[2] == 250);
    assert_status(yjjh_schools_get_numbers(out, 2, t, YJJH_COL_PRIMARY_STUDENTS), YJJH_E_LENGTH_MISMATCH);
    assert_status(yjjh_schools_get_numbers(out, 3, t, YJJH_COL_SCHOOL_ID), YJJH_E_COLUMN_KIND);
    assert_status(yjjh_schools_get_numbers(out, 3, t, (yjjh_column)9999), YJJH_E_UNKNOWN_COLUMN);
    assert_status(yjjh_schools_get_numbers(NULL, 3, t, YJJH_COL_PRIMARY_STUDENTS), YJJH_E_NULL_ARG);
    assert_status(yjjh_schools_get_numbers(out, 3, NULL, YJJH_COL_PRIMARY_STUDENTS), YJJH_E_NULL_ARG);
    yjjh_schools_free(t);
}

static void test_facts_counties(void **state)
{
    yjjh_facts *f = NULL;
    const char *code = NULL;
    (void)state;
    assert_int_equal(yjjh_facts_county_count(NULL), 0);
    assert_status(yjjh_facts_county_get(&code, NULL, 0), YJJH_E_NULL_ARG);
    assert_ok(yjjh_facts_new(&f));
    assert_int_equal(yjjh_facts_county_count(f), 0);
    assert_ok(yjjh_facts_set(f, "620302", "layout_reasonable", 1));
    assert_ok(yjjh_facts_set(f, "", "evaluation_year", 2026));
    assert_ok(yjjh_facts_set(f, "620302", "social_recognition_rate", 0.9)); /* same county: no new entry */
    assert_ok(yjjh_facts_set(f, "620321", "social_recognition_rate", 0.8));
    assert_int_equal(yjjh_facts_county_count(f), 3);
    assert_ok(yjjh_facts_county_get(&code, f, 0));
    assert_string_equal(code, "620302");
    assert_ok(yjjh_facts_county_get(&code, f, 1));
    assert_string_equal(code, "");
    assert_ok(yjjh_facts_county_get(&code, f, 2));
    assert_string_equal(code, "620321");
    code = "untouched";
    assert_status(yjjh_facts_county_get(&code, f, 3), YJJH_E_OUT_OF_RANGE);
    assert_status(yjjh_facts_county_get(&code, f, (size_t)-1), YJJH_E_OUT_OF_RANGE);
    assert_string_equal(code, "untouched");
    assert_status(yjjh_facts_county_get(NULL, f, 0), YJJH_E_NULL_ARG);
    yjjh_facts_free(f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_get_numbers),
        cmocka_unit_test(test_facts_counties),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
