/* SPDX-License-Identifier: MIT */
/* A host process that switched to a locale with a decimal comma (de_DE.UTF-8: a JNI host, a desktop program,
 * Python's locale.setlocale) gets the same bytes of JSON and CSV as in the "C" locale, and numbers in input files
 * are read the same (issue 11 item 5). The locale is generated in the build tree by the test_locales_setup fixture
 * (LOCPATH); without it the test is skipped. */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <yjjh/yjjh.h>
#include "yjjh_test.h"

/* Schools with fractional indicator values, facts as JSON and CSV with decimals and percentages, and a profile
 * file with a decimal standard: evaluated, then JSON + CSV of the result. */
static char *render(void)
{
    static const char schools[] =
        "school_id,school_name,county_code,school_type,primary_students,primary_teachers_above_degree,"
        "primary_backbone_teachers,primary_pe_art_teachers,teaching_area,sports_area,equipment_value,"
        "multimedia_rooms\n"
        "A,Alpha,350502,primary,1003,51,21,11,5001.5,8000.25,2500000.75,25\n"
        "B,Beta,350502,primary,497,25,10,5,2000.5,4000.125,1250000.5,13\n"
        "C,Gamma,350502,primary,251,13,5,3,1500.75,2000.5,625000.25,7\n";
    static const char facts_json[] = "{\"350502\": {\"social_recognition_rate\": 0.915, \"training_360h_rate\": "
                                     "\"97.5%\", \"teacher_salary\": 98600.5}}";
    static const char profile[] = "{\"name\": \"loc\", \"extends\": \"national-2017\", \"standards\": "
                                  "{\"cv_max\": {\"primary\": 0.45}}}";
    yjjh_schools *t = NULL;
    yjjh_facts *f = NULL;
    yjjh_profile *p = NULL;
    yjjh_result *r = NULL;
    char *json = NULL, *csv = NULL, *both = NULL;
    double v = 0;
    assert_ok(yjjh_schools_read_buffer(&t, schools, strlen(schools), "s.csv", NULL, NULL));
    assert_ok(yjjh_facts_read_buffer(&f, facts_json, strlen(facts_json), "f.json", NULL, NULL));
    assert_ok(yjjh_facts_get(&v, f, "350502", "training_360h_rate"));
    assert_true(v == 0.975);
    assert_ok(yjjh_profile_load_json(&p, profile, strlen(profile), "p.json", NULL));
    assert_ok(yjjh_schools_evaluate(&r, t, f, p, NULL));
    assert_ok(yjjh_result_to_json(&json, r));
    assert_ok(yjjh_result_to_csv(&csv, r));
    assert_non_null(both = malloc(strlen(json) + strlen(csv) + 1));
    strcpy(both, json);
    strcat(both, csv);
    yjjh_free(json);
    yjjh_free(csv);
    yjjh_result_free(r);
    yjjh_profile_free(p);
    yjjh_facts_free(f);
    yjjh_schools_free(t);
    return both;
}

static void test_decimal_comma_locale(void **state)
{
    char *c_bytes, *de_bytes;
    (void)state;
    assert_non_null(setlocale(LC_ALL, "C"));
    c_bytes = render();
    assert_non_null(strstr(c_bytes, "\"county_value\":"));
    if (!setlocale(LC_ALL, "de_DE.UTF-8")) {
        free(c_bytes);
        skip(); /* no de_DE locale (the fixture needs localedef) */
    }
    assert_string_equal(localeconv()->decimal_point, ","); /* the locale really is active */
    de_bytes = render();
    setlocale(LC_ALL, "C");
    if (strcmp(c_bytes, de_bytes) != 0) {
        size_t i = 0;
        while (c_bytes[i] == de_bytes[i])
            i++;
        fail_msg("output differs in de_DE at byte %zu: \"%.40s\" vs \"%.40s\"", i, c_bytes + i, de_bytes + i);
    }
    free(c_bytes);
    free(de_bytes);
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(test_decimal_comma_locale)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
