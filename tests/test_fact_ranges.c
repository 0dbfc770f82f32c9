/* SPDX-License-Identifier: MIT */
/* Every county fact has its range checked (data-format.md §3): yes/no 0/1, rates in [0, 1], money ≥ 0,
 * monitoring_level a whole number 1–4, years whole numbers 1990–2100; the readers name the fact and county. */
#include <math.h>
#include <string.h>
#include <yjjh/yjjh.h>
#include "yjjh_test.h"

static const struct {
    const char *key;
    double value;
    yjjh_status status;
} set_cases[] = {
    {"social_recognition_rate", 0.85, YJJH_OK},
    {"social_recognition_rate", 0.0, YJJH_OK},
    {"social_recognition_rate", 1.0, YJJH_OK},
    {"social_recognition_rate", 80.0, YJJH_E_OUT_OF_RANGE}, /* a bare percentage */
    {"social_recognition_rate", 1.5, YJJH_E_OUT_OF_RANGE},
    {"social_recognition_rate", -0.5, YJJH_E_OUT_OF_RANGE},
    {"monitoring_school_gap", 1.01, YJJH_E_OUT_OF_RANGE},
    {"training_funds_share", 0.05, YJJH_OK},
    {"layout_reasonable", 1.0, YJJH_OK},
    {"layout_reasonable", 0.0, YJJH_OK},
    {"layout_reasonable", 2.0, YJJH_E_OUT_OF_RANGE},
    {"veto_key_classes", -1.0, YJJH_E_OUT_OF_RANGE},
    {"teacher_salary", 0.0, YJJH_OK},
    {"teacher_salary", -1.0, YJJH_E_OUT_OF_RANGE},
    {"special_ed_funds_per_student", 2e15, YJJH_E_OUT_OF_RANGE},
    {"monitoring_level", 1.0, YJJH_OK},
    {"monitoring_level", 4.0, YJJH_OK},
    {"monitoring_level", 0.0, YJJH_E_OUT_OF_RANGE},
    {"monitoring_level", 5.0, YJJH_E_OUT_OF_RANGE},
    {"monitoring_level", 3.5, YJJH_E_OUT_OF_RANGE},
    {"evaluation_year", 1990.0, YJJH_OK},
    {"evaluation_year", 2100.0, YJJH_OK},
    {"evaluation_year", 1989.0, YJJH_E_OUT_OF_RANGE},
    {"basic_balance_year", 2101.0, YJJH_E_OUT_OF_RANGE},
    {"basic_balance_year", 2020.5, YJJH_E_OUT_OF_RANGE},
    {"basic_cv_primary_3y", 0.0, YJJH_OK},
    {"basic_cv_primary_3y", 1.3, YJJH_OK},
    {"basic_cv_junior_3y", -0.1, YJJH_E_OUT_OF_RANGE},
};

static void test_set(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof set_cases / sizeof set_cases[0]; i++) {
        yjjh_facts *f = NULL;
        double v = NAN;
        yjjh_status st;
        assert_ok(yjjh_facts_new(&f));
        st = yjjh_facts_set(f, "350502", set_cases[i].key, set_cases[i].value);
        if (st != set_cases[i].status)
            fail_msg("%s = %g: status %d, expected %d", set_cases[i].key, set_cases[i].value, (int)st,
                     (int)set_cases[i].status);
        /* a rejected value is not stored */
        assert_int_equal(yjjh_facts_get(&v, f, "350502", set_cases[i].key) == YJJH_OK, st == YJJH_OK);
        yjjh_facts_free(f);
    }
}

static void expect_read_error(const char *text, const char *message)
{
    yjjh_facts *f = NULL;
    yjjh_diag *d = NULL;
    assert_ok(yjjh_diag_new(&d));
    assert_status(yjjh_facts_read_buffer(&f, text, strlen(text), "f", NULL, d), YJJH_E_INVALID_FACTS);
    assert_null(f);
    assert_int_equal(yjjh_diag_count(d), 1);
    assert_string_equal(diag_entry(d, 0).message, message);
    yjjh_diag_free(d);
}

static void test_readers(void **state)
{
    (void)state;
    expect_read_error("{\"350502\": {\"social_recognition_rate\": 80}}",
                      "f: 350502.social_recognition_rate: 80 is out of range: a rate is a fraction in [0, 1] (0.95) "
                      "or a percentage with % in [0%, 100%] (95%)");
    expect_read_error("{\"350502\": {\"social_recognition_rate\": \"150%\"}}",
                      "f: 350502.social_recognition_rate: 1.5 is out of range: a rate is a fraction in [0, 1] (0.95) "
                      "or a percentage with % in [0%, 100%] (95%)");
    expect_read_error("{\"350502\": {\"monitoring_level\": 7}}",
                      "f: 350502.monitoring_level: 7 is out of range: a monitoring level is a whole number 1-4");
    expect_read_error("{\"evaluation_year\": 1980}",
                      "f: evaluation_year: 1980 is out of range: a year is a whole number from 1990 to 2100");
    expect_read_error("county_code,social_recognition_rate\n350502,80\n",
                      "f:2: column social_recognition_rate: county \"350502\": social_recognition_rate = \"80\" is out "
                      "of range: a rate is a fraction in [0, 1] (0.95) or a percentage with % in [0%, 100%] (95%)");
    expect_read_error("county_code,teacher_salary\n350502,-5\n",
                      "f:2: column teacher_salary: county \"350502\": teacher_salary = \"-5\" is out of range: an "
                      "amount of money is at least 0 (and below 1e15)");
    /* a facts file that is not a JSON object nor a CSV with county_code */
    static const char *const not_facts[] = {"\"a string\"", "80", "null", "true"};
    for (size_t i = 0; i < 4; i++)
        expect_read_error(not_facts[i], "f:1: a facts file must be a JSON object keyed by county code or a CSV with "
                                        "a county_code (县区代码) column");
}

/* A number that underflows to zero or overflows to infinity is an error in every reader, never 0 or inf
 * (data-format.md "Missing values and number cells"; issue 11 item 4). */
static void test_underflow(void **state)
{
    const char *csv = "school_id,school_type,primary_students\nA,primary,5e-400\nB,primary,1e309\n";
    yjjh_schools *t = NULL;
    yjjh_diag *d = NULL;
    (void)state;
    assert_ok(yjjh_diag_new(&d));
    assert_status(yjjh_schools_read_buffer(&t, csv, strlen(csv), "s.csv", NULL, d), YJJH_E_INVALID_DATA);
    assert_null(t);
    assert_int_equal(yjjh_diag_count(d), 2);
    assert_string_equal(diag_entry(d, 0).message,
                        "s.csv:2: column primary_students: \"5e-400\" is not a number (it underflows to zero)");
    assert_string_equal(diag_entry(d, 1).message,
                        "s.csv:3: column primary_students: \"1e309\" is not a number (it overflows to infinity)");
    yjjh_diag_free(d);
    expect_read_error("{\"350502\": {\"teacher_salary\": 5e-400}}",
                      "f:1: JSON syntax error: number 5e-400 underflows to zero");
    expect_read_error("{\"350502\": {\"teacher_salary\":\n 1E-999}}",
                      "f:2: JSON syntax error: number 1E-999 underflows to zero");
    /* a zero written with an exponent is a zero, not an underflow */
    {
        const char *zero = "{\"350502\": {\"teacher_salary\": 0e-400}}";
        yjjh_facts *f = NULL;
        assert_ok(yjjh_facts_read_buffer(&f, zero, strlen(zero), "f", NULL, NULL));
        yjjh_facts_free(f);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(test_set), cmocka_unit_test(test_readers),
                                       cmocka_unit_test(test_underflow)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
