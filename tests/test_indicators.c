/* SPDX-License-Identifier: MIT */
/* Tests of yjjh_indicators.h: formulas, catalogue, facility split (indicators.md §2, §2.1, §8, §9).
 * Expected values are spec numbers and hand calculations written here, never outputs of the library. */
#include <string.h>
#include "yjjh/yjjh.h"
#include "yjjh_test.h"

static void test_per100_on_thresholds(void **state)
{
    (void)state;
    double v;
    /* count × 100 / P for P = 1000 sits exactly on the R1/R2/R3/R7 standards (multiply before dividing) */
    assert_ok(yjjh_indicator_per100(&v, 42, 1000));
    assert_true(v == 4.2);
    assert_true(yjjh_standard_meets_min(v, 4.2));
    assert_ok(yjjh_indicator_per100(&v, 53, 1000));
    assert_true(v == 5.3);
    assert_ok(yjjh_indicator_per100(&v, 10, 1000));
    assert_true(v == 1.0);
    assert_ok(yjjh_indicator_per100(&v, 9, 1000));
    assert_true(v == 0.9); /* 9 / 1000 * 100 would be 0.8999999999999999 */
    assert_ok(yjjh_indicator_per100(&v, 23, 1000));
    assert_true(v == 2.3);
    assert_ok(yjjh_indicator_per100(&v, 24, 1000));
    assert_true(v == 2.4);
    assert_ok(yjjh_indicator_per100(&v, 0, 1000));
    assert_true(v == 0.0);
    assert_ok(yjjh_indicator_per100(&v, 3, 7)); /* fractional result */
    assert_close(v, 300.0 / 7.0, 1e-15, 0);
    assert_ok(yjjh_indicator_per100(&v, 10.5, 350)); /* split facilities are fractional */
    assert_close(v, 3.0, 1e-15, 0);
}

static void test_per_student_on_thresholds(void **state)
{
    (void)state;
    double v;
    assert_ok(yjjh_indicator_per_student(&v, 4500, 1000));
    assert_true(v == 4.5);
    assert_ok(yjjh_indicator_per_student(&v, 5800, 1000));
    assert_true(v == 5.8);
    assert_ok(yjjh_indicator_per_student(&v, 7500, 1000));
    assert_true(v == 7.5);
    assert_ok(yjjh_indicator_per_student(&v, 10200, 1000));
    assert_true(v == 10.2);
    assert_ok(yjjh_indicator_per_student(&v, 2000.0 * 1234, 1234));
    assert_true(v == 2000.0);
    assert_ok(yjjh_indicator_per_student(&v, 2500.0 * 987, 987));
    assert_true(v == 2500.0);
    /* §9: 5000/1000, 2000/500, 1500/250 */
    assert_ok(yjjh_indicator_per_student(&v, 2000, 500));
    assert_true(v == 4.0);
    assert_ok(yjjh_indicator_per_student(&v, 1500, 250));
    assert_true(v == 6.0);
}

static void test_formula_statuses(void **state)
{
    (void)state;
    double v = 123.0;
    for (int f = 0; f < 2; f++) {
        yjjh_status (*fn)(double *, double, double) = f ? yjjh_indicator_per_student : yjjh_indicator_per100;
        assert_status(fn(NULL, 1, 1), YJJH_E_NULL_ARG);
        assert_status(fn(&v, NAN, 1), YJJH_E_NOT_FINITE);
        assert_status(fn(&v, INFINITY, 1), YJJH_E_NOT_FINITE);
        assert_status(fn(&v, 1, NAN), YJJH_E_NOT_FINITE);
        assert_status(fn(&v, 1, INFINITY), YJJH_E_NOT_FINITE);
        assert_status(fn(&v, -1, 100), YJJH_E_NEGATIVE);
        assert_status(fn(&v, 1, 0), YJJH_E_ZERO_STUDENTS);
        assert_status(fn(&v, 1, -5), YJJH_E_ZERO_STUDENTS);
        assert_status(fn(&v, 1e308, 1e-300), YJJH_E_OVERFLOW);
        assert_true(v == 123.0); /* untouched */
    }
    /* huge count with huge enrolment: no spurious overflow in count × 100 */
    assert_ok(yjjh_indicator_per100(&v, 1e307, 1e306));
    assert_close(v, 1000.0, 1e-15, 0);
}

static void test_compute(void **state)
{
    (void)state;
    double v = 0;
    const char *per100[] = {"R1", "R2", "R3", "R7", "B4", "B6", "B7", "B8"};
    const char *perstu[] = {"R4", "R5", "R6", "B1", "B2", "B3", "B5"};
    for (size_t i = 0; i < sizeof per100 / sizeof per100[0]; i++) {
        assert_ok(yjjh_indicator_compute(&v, per100[i], 9, 1000));
        assert_true(v == 0.9);
    }
    for (size_t i = 0; i < sizeof perstu / sizeof perstu[0]; i++) {
        assert_ok(yjjh_indicator_compute(&v, perstu[i], 4500, 1000));
        assert_true(v == 4.5);
    }
    v = 7.0;
    assert_status(yjjh_indicator_compute(&v, "R8", 1, 1), YJJH_E_UNKNOWN_CODE);
    assert_status(yjjh_indicator_compute(&v, "r1", 1, 1), YJJH_E_UNKNOWN_CODE);
    assert_status(yjjh_indicator_compute(&v, "", 1, 1), YJJH_E_UNKNOWN_CODE);
    assert_status(yjjh_indicator_compute(&v, "R", 1, 1), YJJH_E_UNKNOWN_CODE);
    assert_status(yjjh_indicator_compute(&v, NULL, 1, 1), YJJH_E_NULL_ARG);
    assert_status(yjjh_indicator_compute(NULL, "R1", 1, 1), YJJH_E_NULL_ARG);
    assert_status(yjjh_indicator_compute(&v, "R1", -1, 1), YJJH_E_NEGATIVE);
    assert_status(yjjh_indicator_compute(&v, "R4", 1, 0), YJJH_E_ZERO_STUDENTS);
    assert_status(yjjh_indicator_compute(&v, "B5", NAN, 1), YJJH_E_NOT_FINITE);
    assert_true(v == 7.0);
}

static void test_catalog(void **state)
{
    (void)state;
    /* indicators.md §2 (R1–R7) and §8 (B1–B8): code, Chinese name (the spec's, its unit left out), numerator,
     * formula, facility split (§2.1) */
    static const struct {
        const char *code, *name_zh, *numerator;
        yjjh_formula formula;
        int facility;
    } expect[] = {
        {"R1", "每百名学生拥有高于规定学历教师数", "teachers_above_degree", YJJH_FORMULA_PER_100_STUDENTS, 0},
        {"R2", "每百名学生拥有县级及以上骨干教师数", "backbone_teachers", YJJH_FORMULA_PER_100_STUDENTS, 0},
        {"R3", "每百名学生拥有体育、艺术(美术、音乐)专任教师数", "pe_art_teachers", YJJH_FORMULA_PER_100_STUDENTS, 0},
        {"R4", "生均教学及辅助用房面积", "teaching_area", YJJH_FORMULA_PER_STUDENT, 1},
        {"R5", "生均体育运动场馆面积", "sports_area", YJJH_FORMULA_PER_STUDENT, 1},
        {"R6", "生均教学仪器设备值", "equipment_value", YJJH_FORMULA_PER_STUDENT, 1},
        {"R7", "每百名学生拥有网络多媒体教室数", "multimedia_rooms", YJJH_FORMULA_PER_100_STUDENTS, 1},
        {"B1", "生均教学及辅助用房面积", "teaching_area", YJJH_FORMULA_PER_STUDENT, 1},
        {"B2", "生均体育运动场馆面积", "sports_area", YJJH_FORMULA_PER_STUDENT, 1},
        {"B3", "生均教学仪器设备值", "equipment_value", YJJH_FORMULA_PER_STUDENT, 1},
        {"B4", "每百名学生拥有计算机台数", "computers", YJJH_FORMULA_PER_100_STUDENTS, 1},
        {"B5", "生均图书册数", "books", YJJH_FORMULA_PER_STUDENT, 1},
        {"B6", "师生比 (每百名学生拥有专任教师数)", "fulltime_teachers", YJJH_FORMULA_PER_100_STUDENTS, 0},
        {"B7", "每百名学生拥有高于规定学历教师数", "teachers_above_degree", YJJH_FORMULA_PER_100_STUDENTS, 0},
        {"B8", "每百名学生拥有中级及以上专业技术职务教师数", "mid_title_teachers", YJJH_FORMULA_PER_100_STUDENTS, 0},
    };
    const size_t n = sizeof expect / sizeof expect[0];
    assert_int_equal(yjjh_indicator_catalog_count(), n);
    for (size_t i = 0; i < n; i++) {
        yjjh_indicator_info info = YJJH_INDICATOR_INFO_INIT, byname = YJJH_INDICATOR_INFO_INIT;
        assert_ok(yjjh_indicator_catalog_get(&info, i));
        assert_string_equal(info.code, expect[i].code);
        assert_string_equal(info.name_zh, expect[i].name_zh);
        assert_string_equal(info.numerator, expect[i].numerator);
        /* the unit follows from the formula, or names what is counted per student */
        if (expect[i].formula == YJJH_FORMULA_PER_100_STUDENTS)
            assert_string_equal(info.unit, "per 100 students");
        else
            assert_true(strstr(info.unit, "/student") != NULL);
        assert_int_equal(info.formula, expect[i].formula);
        assert_int_equal(info.is_facility, expect[i].facility);
        assert_true(info.name_zh && info.name_zh[0] && info.name_en && info.name_en[0] && info.unit && info.unit[0]);
        assert_ok(yjjh_indicator_lookup(&byname, expect[i].code));
        assert_ptr_equal(byname.code, info.code);
        assert_ptr_equal(byname.name_zh, info.name_zh);
    }
    yjjh_indicator_info info = YJJH_INDICATOR_INFO_INIT;
    assert_ok(yjjh_indicator_lookup(&info, "R4"));
    assert_string_equal(info.name_zh, "生均教学及辅助用房面积");
    assert_string_equal(info.unit, "m²/student");
    assert_ok(yjjh_indicator_lookup(&info, "R1"));
    assert_string_equal(info.name_zh, "每百名学生拥有高于规定学历教师数");
    assert_ok(yjjh_indicator_lookup(&info, "B5"));
    assert_string_equal(info.name_zh, "生均图书册数");
    assert_string_equal(info.unit, "books/student");
    assert_ok(yjjh_indicator_lookup(&info, "R6"));
    assert_string_equal(info.unit, "元/student");
    assert_ok(yjjh_indicator_lookup(&info, "R1"));
    assert_string_equal(info.name_en, "teachers above the required degree per 100 students");

    assert_status(yjjh_indicator_catalog_get(&info, n), YJJH_E_OUT_OF_RANGE);
    assert_status(yjjh_indicator_catalog_get(&info, (size_t)-1), YJJH_E_OUT_OF_RANGE);
    assert_status(yjjh_indicator_catalog_get(NULL, 0), YJJH_E_NULL_ARG);
    assert_status(yjjh_indicator_lookup(NULL, "R1"), YJJH_E_NULL_ARG);
    assert_status(yjjh_indicator_lookup(&info, NULL), YJJH_E_NULL_ARG);
    assert_status(yjjh_indicator_lookup(&info, "G1"), YJJH_E_UNKNOWN_CODE);
    yjjh_indicator_info bad = YJJH_INDICATOR_INFO_INIT;
    bad.version = 0;
    assert_status(yjjh_indicator_catalog_get(&bad, 0), YJJH_E_STRUCT_VERSION);
    assert_status(yjjh_indicator_lookup(&bad, "R1"), YJJH_E_STRUCT_VERSION);
    bad.version = YJJH_INDICATOR_INFO_VERSION + 1;
    assert_status(yjjh_indicator_catalog_get(&bad, 0), YJJH_E_STRUCT_VERSION);
    assert_null(bad.code); /* untouched */
}

static void test_split_published_example(void **state)
{
    (void)state;
    /* §9: 九年一贯制, 166 primary + 210 junior, 23 226 books. D = 166 + 1.1·210 = 397 */
    const double students[3] = {166, 210, 0};
    double amt[3] = {-1, -1, -1}, per[3] = {-1, -1, -1};
    assert_ok(yjjh_facility_split_compute(amt, per, 23226, students, NULL));
    assert_close(per[0], 23226.0 / 397.0, 1e-15, 0);
    assert_close(per[1], 23226.0 * 1.1 / 397.0, 1e-15, 0);
    assert_close(per[0], 58.504, 0, 0.0006); /* "58.504…" */
    assert_close(per[1], 64.354, 0, 0.0006); /* "64.354…" */
    assert_close(amt[0], 23226.0 * 166.0 / 397.0, 1e-15, 0);
    assert_close(amt[1], 23226.0 * 231.0 / 397.0, 1e-15, 0);
    assert_close(amt[0], 9711.63, 0, 0.005);
    assert_close(amt[1], 13514.37, 0, 0.005);
    assert_true(amt[2] == 0.0 && per[2] == 0.0);
    assert_close(amt[0] + amt[1], 23226.0, 1e-15, 0);
    /* only one output wanted */
    double per2[3];
    assert_ok(yjjh_facility_split_compute(NULL, per2, 23226, students, NULL));
    assert_true(per2[0] == per[0] && per2[1] == per[1]);
    double amt2[3];
    assert_ok(yjjh_facility_split_compute(amt2, NULL, 23226, students, NULL));
    assert_true(amt2[0] == amt[0]);
}

static void test_split_other_cases(void **state)
{
    (void)state;
    /* 完全中学: 400 junior, 500 senior, 10 000 m². D = 1.1·400 + 1.32·500 = 440 + 660 = 1100 */
    const double s1[3] = {0, 400, 500};
    double amt[3], per[3];
    assert_ok(yjjh_facility_split_compute(amt, per, 10000, s1, NULL));
    assert_true(amt[0] == 0.0 && per[0] == 0.0);
    assert_close(amt[1], 4000.0, 1e-15, 0);
    assert_close(amt[2], 6000.0, 1e-15, 0);
    assert_close(per[1], 10.0, 1e-15, 0);
    assert_close(per[2], 12.0, 1e-15, 0);
    /* 十二年一贯制 100/100/100, custom weights 1, 2, 5: D = 800 */
    const double s2[3] = {100, 100, 100}, w[3] = {1, 2, 5};
    assert_ok(yjjh_facility_split_compute(amt, per, 800, s2, w));
    assert_close(amt[0], 100.0, 1e-15, 0);
    assert_close(amt[1], 200.0, 1e-15, 0);
    assert_close(amt[2], 500.0, 1e-15, 0);
    assert_close(per[2], 5.0, 1e-15, 0);
    /* one stage only: everything to it */
    const double s3[3] = {250, 0, 0};
    assert_ok(yjjh_facility_split_compute(amt, per, 1500, s3, NULL));
    assert_true(amt[0] == 1500.0 && per[0] == 6.0 && amt[1] == 0.0);
    /* zero total */
    assert_ok(yjjh_facility_split_compute(amt, per, 0, s1, NULL));
    assert_true(amt[1] == 0.0 && per[2] == 0.0);
}

static void test_split_statuses(void **state)
{
    (void)state;
    const double s[3] = {100, 100, 0};
    double amt[3] = {9, 9, 9}, per[3] = {9, 9, 9};
    assert_status(yjjh_facility_split_compute(amt, per, 1, NULL, NULL), YJJH_E_NULL_ARG);
    assert_status(yjjh_facility_split_compute(NULL, NULL, 1, s, NULL), YJJH_E_NULL_ARG);
    assert_status(yjjh_facility_split_compute(amt, per, NAN, s, NULL), YJJH_E_NOT_FINITE);
    assert_status(yjjh_facility_split_compute(amt, per, INFINITY, s, NULL), YJJH_E_NOT_FINITE);
    const double snan[3] = {100, NAN, 0}, sneg[3] = {100, -1, 0}, szero[3] = {0, 0, 0};
    assert_status(yjjh_facility_split_compute(amt, per, 1, snan, NULL), YJJH_E_NOT_FINITE);
    assert_status(yjjh_facility_split_compute(amt, per, -1, s, NULL), YJJH_E_NEGATIVE);
    assert_status(yjjh_facility_split_compute(amt, per, 1, sneg, NULL), YJJH_E_NEGATIVE);
    assert_status(yjjh_facility_split_compute(amt, per, 1, szero, NULL), YJJH_E_ZERO_STUDENTS);
    const double wnan[3] = {1, NAN, 1}, wzero[3] = {1, 0, 1}, wneg[3] = {1, 1, -1};
    assert_status(yjjh_facility_split_compute(amt, per, 1, s, wnan), YJJH_E_NOT_FINITE);
    assert_status(yjjh_facility_split_compute(amt, per, 1, s, wzero), YJJH_E_BAD_WEIGHT);
    assert_status(yjjh_facility_split_compute(amt, per, 1, s, wneg), YJJH_E_BAD_WEIGHT);
    for (int i = 0; i < 3; i++)
        assert_true(amt[i] == 9 && per[i] == 9); /* untouched */
}

static void test_stage_names(void **state)
{
    (void)state;
    assert_string_equal(yjjh_stage_name(YJJH_STAGE_PRIMARY), "primary");
    assert_string_equal(yjjh_stage_name(YJJH_STAGE_JUNIOR), "junior");
    assert_string_equal(yjjh_stage_name(YJJH_STAGE_SENIOR), "senior");
    assert_string_equal(yjjh_stage_name(YJJH_STAGE_NONE), "none");
    assert_string_equal(yjjh_stage_name((yjjh_stage)99), "none");
    assert_string_equal(yjjh_stage_name_zh(YJJH_STAGE_PRIMARY), "小学");
    assert_string_equal(yjjh_stage_name_zh(YJJH_STAGE_JUNIOR), "初中");
    assert_string_equal(yjjh_stage_name_zh(YJJH_STAGE_SENIOR), "高中");
    assert_string_equal(yjjh_stage_name_zh(YJJH_STAGE_NONE), "");
    assert_string_equal(yjjh_stage_name_zh((yjjh_stage)-3), "");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_per100_on_thresholds),
        cmocka_unit_test(test_per_student_on_thresholds),
        cmocka_unit_test(test_formula_statuses),
        cmocka_unit_test(test_compute),
        cmocka_unit_test(test_catalog),
        cmocka_unit_test(test_split_published_example),
        cmocka_unit_test(test_split_other_cases),
        cmocka_unit_test(test_split_statuses),
        cmocka_unit_test(test_stage_names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
