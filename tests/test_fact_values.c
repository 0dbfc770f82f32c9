/* SPDX-License-Identifier: MIT */
/* Tests of yjjh_fact_value_parse() (yjjh_facts.h): a fact value as text is read as the facts reader reads its
 * cells. Expected values from data-format.md ("Numbers", "number cells", §3: booleans true/false, 1/0, 是/否;
 * rates as fractions or percentages with %), not from running the code. */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <yjjh/yjjh.h>

#include "yjjh_test.h"

typedef struct fact_case {
    const char *text;
    yjjh_status status;
    double value; /* NaN: missing */
} fact_case;

static const fact_case cases[] = {
    {"95%", YJJH_OK, 0.95},
    {" 95 % ", YJJH_OK, 0.95},
    {"95\xEF\xBC\x85", YJJH_OK, 0.95}, /* 95％ */
    {"33.3%", YJJH_OK, 0.333},
    {"0.9", YJJH_OK, 0.9},
    {"\xE6\x98\xAF", YJJH_OK, 1.0}, /* 是 */
    {"\xE5\x90\xA6", YJJH_OK, 0.0}, /* 否 */
    {"true", YJJH_OK, 1.0},
    {"FALSE", YJJH_OK, 0.0},
    {"1,234", YJJH_OK, 1234.0},
    {"", YJJH_OK, NAN},
    {"\xE6\x97\xA0", YJJH_OK, NAN}, /* 无 */
    {"NA", YJJH_OK, NAN},
    {"\xEF\xBC\x91\xEF\xBC\x97\xEF\xBC\x96\xEF\xBC\x90", YJJH_E_INVALID_FACTS, 0.0}, /* １７６０ */
    {"\xD9\xA1\xD9\xA2\xD9\xA3", YJJH_E_INVALID_FACTS, 0.0},                         /* ١٢٣ */
    {"1e400", YJJH_E_INVALID_FACTS, 0.0},
    {"5e-400", YJJH_E_INVALID_FACTS, 0.0},
    {"many", YJJH_E_INVALID_FACTS, 0.0},
};

static void test_values_as_the_spec_says(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        double v = -1.0;
        yjjh_status st = yjjh_fact_value_parse(&v, cases[i].text);
        if (st != cases[i].status)
            fail_msg("\"%s\": status %d, expected %d", cases[i].text, (int)st, (int)cases[i].status);
        if (st != YJJH_OK)
            continue;
        if (isnan(cases[i].value))
            assert_true(isnan(v));
        else
            assert_true(v == cases[i].value); /* the decimal read correctly rounded: == the literal */
    }
}

/* The facts CSV reader accepts and rejects the same texts with the same values; it also rejects a value outside
 * the range of the fact (basic_cv_primary_3y: a CV, ≥ 0 and at most 1e15; data-format.md §3). */
static void test_same_as_the_facts_reader(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char csv[256];
        yjjh_facts *f = NULL;
        double parsed = NAN, read = NAN;
        yjjh_status sp = yjjh_fact_value_parse(&parsed, cases[i].text);
        yjjh_status sr;
        snprintf(csv, sizeof csv, "county_code,basic_cv_primary_3y\n620302,\"%s\"\n", cases[i].text);
        sr = yjjh_facts_read_buffer(&f, csv, strlen(csv), "f.csv", "utf-8", NULL);
        if (sp == YJJH_OK && (parsed < 0 || parsed > 1e15)) {
            if (sr != YJJH_E_INVALID_FACTS)
                fail_msg("\"%s\": out of range, reader status %d", cases[i].text, (int)sr);
            continue;
        }
        if ((sp == YJJH_OK) != (sr == YJJH_OK))
            fail_msg("\"%s\": parse status %d, reader status %d", cases[i].text, (int)sp, (int)sr);
        if (sr == YJJH_OK) {
            yjjh_status sg = yjjh_facts_get(&read, f, "620302", "basic_cv_primary_3y");
            if (isnan(parsed))
                assert_int_equal(sg, YJJH_E_NOT_FOUND); /* missing: not set */
            else {
                assert_ok(sg);
                assert_true(read == parsed);
            }
        }
        yjjh_facts_free(f);
    }
}

static void test_null_args(void **state)
{
    double v;
    (void)state;
    assert_status(yjjh_fact_value_parse(NULL, "1"), YJJH_E_NULL_ARG);
    assert_status(yjjh_fact_value_parse(&v, NULL), YJJH_E_NULL_ARG);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_values_as_the_spec_says),
        cmocka_unit_test(test_same_as_the_facts_reader),
        cmocka_unit_test(test_null_args),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
