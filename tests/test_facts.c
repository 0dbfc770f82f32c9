/* SPDX-License-Identifier: MIT */
/* Values above 1e15 (no school has that many students, m² or 元) are data errors naming row and column, so
 * nothing downstream overflows into inf/NaN shortfalls. Exactly 1e15 is still accepted. */
#include <math.h>
#include <string.h>
#include <yjjh/yjjh.h>
#include "yjjh_test.h"

static yjjh_status validate_area(double area, yjjh_diag *d)
{
    yjjh_schools *t = NULL;
    yjjh_profile *p = NULL;
    yjjh_status s;
    assert_ok(yjjh_schools_new(&t, 1));
    assert_ok(yjjh_schools_set_text(t, 0, YJJH_COL_SCHOOL_ID, "A"));
    assert_ok(yjjh_schools_set_text(t, 0, YJJH_COL_SCHOOL_TYPE, "primary"));
    assert_ok(yjjh_schools_set_number(t, 0, YJJH_COL_PRIMARY_STUDENTS, 1000));
    assert_ok(yjjh_schools_set_number(t, 0, YJJH_COL_PRIMARY_TEACHERS_ABOVE_DEGREE, 50));
    assert_ok(yjjh_schools_set_number(t, 0, YJJH_COL_PRIMARY_BACKBONE_TEACHERS, 20));
    assert_ok(yjjh_schools_set_number(t, 0, YJJH_COL_PRIMARY_PE_ART_TEACHERS, 10));
    assert_ok(yjjh_schools_set_number(t, 0, YJJH_COL_TEACHING_AREA, area));
    assert_ok(yjjh_schools_set_number(t, 0, YJJH_COL_SPORTS_AREA, 8000));
    assert_ok(yjjh_schools_set_number(t, 0, YJJH_COL_EQUIPMENT_VALUE, 2500000));
    assert_ok(yjjh_schools_set_number(t, 0, YJJH_COL_MULTIMEDIA_ROOMS, 25));
    assert_ok(yjjh_profile_builtin(&p, "national-2017"));
    s = yjjh_schools_validate(t, p, d);
    yjjh_profile_free(p);
    yjjh_schools_free(t);
    return s;
}

static void test_bound(void **state)
{
    yjjh_diag *d = NULL;
    (void)state;
    assert_ok(yjjh_diag_new(&d));
    assert_ok(validate_area(1e15, d));
    assert_status(validate_area(1.0000000000000002e15, d), YJJH_E_INVALID_DATA);
    assert_status(validate_area(1e308, d), YJJH_E_INVALID_DATA);
    assert_int_equal(yjjh_diag_count(d), 2);
    assert_string_equal(diag_entry(d, 1).message,
                        "line 2: column teaching_area: 1e+308 is implausibly large (above 1e15)");
    yjjh_diag_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(test_bound)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
