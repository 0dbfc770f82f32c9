/* SPDX-License-Identifier: MIT */
/* The county item catalogue: every code of indicators.md §5–7 with names, and every item the evaluator
 * produces is in it. */
#include <string.h>
#include <yjjh/yjjh.h>
#include "yjjh_test.h"

/* The spec's items (indicators.md §5–7), written out by hand: the code, the Chinese words of the spec's item
 * column (its threshold left out, as the catalogue states it in its own words), and whether the spec's text is
 * the catalogue's full name exactly (1), its short name exactly (2) or a part of the full name (0). */
static const struct {
    const char *code, *zh;
    int exact;
} spec_items[] = {
    {"G1", "规划布局合理", 1},
    {"G2", "城乡学校建设标准、教师编制标准、生均公用经费基准定额、基本装备配置标准统一", 1},
    {"G3", "每12个班配音乐、美术专用教室各1间以上", 0},
    {"G4", "学校规模", 2},
    {"G5", "班额", 2},
    {"G6", "不足100名学生的村小学和教学点按100名学生核定公用经费", 1},
    {"G7", "特殊教育学校生均公用经费", 1},
    {"G8", "教师平均工资不低于当地公务员", 1},
    {"G9", "教师5年360学时培训完成率", 1},
    {"G10", "县级统筹分配编制和岗位", 1},
    {"G11", "交流轮岗教师", 0},
    {"G12", "专任教师持证上岗率", 1},
    {"G13", "城区和镇区公办小学、初中(不含寄宿制学校)就近划片入学比例", 1},
    {"G14", "优质高中招生名额分配比例", 0},
    {"G15", "留守儿童关爱体系健全", 0},
    {"Q1", "初中三年巩固率", 1},
    {"Q2", "残疾儿童少年入学率", 1},
    {"Q3", "所有学校制定章程", 0},
    {"Q4", "所有学校教师培训经费", 0},
    {"Q5", "熟练运用信息化手段", 0},
    {"Q6", "校园文化建设", 0},
    {"Q7", "课程开齐开足", 0},
    {"Q8", "无过重课业负担", 1},
    {"Q9", "国家义务教育质量监测", 0},
    {"S1", "社会认可度", 1},
    {"veto_exam_admission", "以考试方式招生", 1},
    {"veto_school_choice", "违规择校", 1},
    {"veto_key_schools", "设重点校", 1},
    {"veto_key_classes", "设重点班", 1},
    {"veto_major_incident", "重大安全责任事故或严重违法违纪违规事件", 1},
    {"eligibility_basic_balance", "基本均衡", 0},
    {"eligibility_basic_cv_primary", "小学综合差异系数", 0},
    {"eligibility_basic_cv_junior", "初中综合差异系数", 0},
};

static void test_codes_and_names(void **state)
{
    const size_t n = sizeof spec_items / sizeof spec_items[0];
    yjjh_item_info info = YJJH_ITEM_INFO_INIT;
    (void)state;
    assert_int_equal(yjjh_item_catalog_count(), n);
    for (size_t i = 0; i < n; i++) {
        yjjh_item_info byc = YJJH_ITEM_INFO_INIT;
        assert_ok(yjjh_item_catalog_get(&info, i));
        assert_int_equal(info.version, YJJH_ITEM_INFO_VERSION);
        assert_string_equal(info.code, spec_items[i].code);
        if (spec_items[i].exact == 1)
            assert_string_equal(info.name_zh, spec_items[i].zh);
        else if (spec_items[i].exact == 2)
            assert_string_equal(info.short_name_zh, spec_items[i].zh);
        else if (!strstr(info.name_zh, spec_items[i].zh))
            fail_msg("%s: \"%s\" is not in \"%s\"", info.code, spec_items[i].zh, info.name_zh);
        assert_true(strlen(info.short_name_zh) > 0);
        assert_true(strlen(info.name_en) > 0);
        assert_ok(yjjh_item_lookup(&byc, spec_items[i].code));
        assert_ptr_equal(byc.code, info.code);
        assert_ptr_equal(byc.name_zh, info.name_zh);
        assert_ptr_equal(byc.short_name_zh, info.short_name_zh);
        assert_ptr_equal(byc.name_en, info.name_en);
    }
    /* a few names in full */
    assert_ok(yjjh_item_lookup(&info, "G3"));
    assert_string_equal(info.short_name_zh, "音乐、美术专用教室配置");
    assert_ok(yjjh_item_lookup(&info, "veto_key_classes"));
    assert_string_equal(info.short_name_zh, "设重点班 (一票否决)");
    assert_ok(yjjh_item_lookup(&info, "S1"));
    assert_string_equal(info.name_en, "social recognition");
    assert_ok(yjjh_item_lookup(&info, "G4"));
    assert_string_equal(info.name_en, "school size");
}

static void test_catalog_errors(void **state)
{
    yjjh_item_info info = YJJH_ITEM_INFO_INIT;
    yjjh_item_info old = YJJH_ITEM_INFO_INIT;
    (void)state;
    assert_status(yjjh_item_catalog_get(NULL, 0), YJJH_E_NULL_ARG);
    assert_status(yjjh_item_catalog_get(&info, 33), YJJH_E_OUT_OF_RANGE);
    assert_status(yjjh_item_catalog_get(&info, (size_t)-1), YJJH_E_OUT_OF_RANGE);
    assert_null(info.code); /* untouched on error */
    assert_status(yjjh_item_lookup(NULL, "G1"), YJJH_E_NULL_ARG);
    assert_status(yjjh_item_lookup(&info, NULL), YJJH_E_NULL_ARG);
    assert_status(yjjh_item_lookup(&info, "G99"), YJJH_E_UNKNOWN_CODE);
    assert_status(yjjh_item_lookup(&info, "g1"), YJJH_E_UNKNOWN_CODE);
    old.version = YJJH_ITEM_INFO_VERSION + 1;
    assert_status(yjjh_item_catalog_get(&old, 0), YJJH_E_STRUCT_VERSION);
    assert_status(yjjh_item_lookup(&old, "G1"), YJJH_E_STRUCT_VERSION);
    assert_null(old.code);
}

/* Each fact-based item reads the county facts the spec names for it (indicators.md §5–7): with no facts it is
 * not assessed; with all its facts (and only those) it is assessed; with one of two it is not met (a failing
 * fact decides) or not assessed, never met.
 * A misspelt or swapped fact key in the item table fails here. (G12 and Q4 are computed from the school
 * columns of jinchuan.csv, so they are not in this list.) */
static const struct {
    const char *code;
    const char *keys[2];
} spec_item_facts[] = {
    {"G1", {"layout_reasonable"}},
    {"G2", {"standards_enforced"}},
    {"G6", {"small_school_funding"}},
    {"G7", {"special_ed_funds_per_student"}},
    {"G8", {"teacher_salary", "civil_servant_salary"}},
    {"G9", {"training_360h_rate"}},
    {"G10", {"staffing_coordinated"}},
    {"G11", {"rotation_rate", "rotation_backbone_share"}},
    {"G13", {"nearby_enrolment_primary", "nearby_enrolment_junior"}},
    {"G14", {"quota_allocation_rate"}},
    {"G15", {"left_behind_care", "migrant_public_rate"}},
    {"Q1", {"junior_retention_rate"}},
    {"Q2", {"disabled_enrolment_rate"}},
    {"Q3", {"school_charters_it"}},
    {"Q5", {"teacher_it_use"}},
    {"Q6", {"moral_education_good"}},
    {"Q7", {"curriculum_complete"}},
    {"Q8", {"no_excess_burden"}},
    {"Q9", {"monitoring_level", "monitoring_school_gap"}},
    {"S1", {"social_recognition_rate"}},
    {"veto_exam_admission", {"veto_exam_admission"}},
    {"veto_school_choice", {"veto_school_choice"}},
    {"veto_key_schools", {"veto_key_schools"}},
    {"veto_key_classes", {"veto_key_classes"}},
    {"veto_major_incident", {"veto_major_incident"}},
    {"eligibility_basic_balance", {"evaluation_year", "basic_balance_year"}},
};

/* Status of item `code` of county 0 when the default facts hold exactly keys[0..n) (each set to 1, a year to
 * 2020), or -1 when the item is not in the result. */
static int item_status_with(const yjjh_schools *t, const yjjh_profile *p, const char *code, const char *const *keys,
                            size_t n)
{
    yjjh_facts *f = NULL;
    yjjh_result *r = NULL;
    yjjh_county_summary cs = YJJH_COUNTY_SUMMARY_INIT;
    int status = -1;
    assert_ok(yjjh_facts_new(&f));
    for (size_t i = 0; i < n; i++)
        assert_ok(yjjh_facts_set(f, "", keys[i], strstr(keys[i], "_year") ? 2020.0 : 1.0)); /* in range */
    assert_ok(yjjh_schools_evaluate(&r, t, f, p, NULL));
    assert_ok(yjjh_result_county_get(&cs, r, 0));
    for (size_t j = 0; j < cs.n_items; j++) {
        yjjh_item_result it = YJJH_ITEM_RESULT_INIT;
        assert_ok(yjjh_result_item_get(&it, r, 0, j));
        if (strcmp(it.code, code) == 0)
            status = (int)it.status;
    }
    yjjh_result_free(r);
    yjjh_facts_free(f);
    return status;
}

static void test_items_read_their_facts(void **state)
{
    yjjh_schools *t = NULL;
    yjjh_profile *p = NULL;
    (void)state;
    assert_ok(yjjh_schools_read_file(&t, YJJH_EXAMPLES_DATA_DIR "/jinchuan.csv", NULL, NULL));
    assert_ok(yjjh_profile_builtin(&p, "national-2017"));
    for (size_t i = 0; i < sizeof spec_item_facts / sizeof spec_item_facts[0]; i++) {
        const char *code = spec_item_facts[i].code;
        const char *const *keys = spec_item_facts[i].keys;
        size_t n = keys[1] ? 2 : 1;
        int none = item_status_with(t, p, code, keys, 0), all = item_status_with(t, p, code, keys, n);
        if (none != (int)YJJH_ITEM_NOT_ASSESSED)
            fail_msg("%s without facts: status %d, expected not assessed", code, none);
        if (all < 0 || all == (int)YJJH_ITEM_NOT_ASSESSED)
            fail_msg("%s with its facts: status %d, expected assessed", code, all);
        for (size_t k = 0; n == 2 && k < 2; k++) { /* one of the two facts alone never makes the item met */
            int one = item_status_with(t, p, code, &keys[k], 1);
            if (one < 0 || one == (int)YJJH_ITEM_MET)
                fail_msg("%s with %s only: status %d, expected not met or not assessed", code, keys[k], one);
        }
    }
    yjjh_profile_free(p);
    yjjh_schools_free(t);
}

static void test_evaluator_items_are_catalogued(void **state)
{
    yjjh_schools *t = NULL;
    yjjh_facts *f = NULL;
    yjjh_profile *p = NULL;
    yjjh_result *r = NULL;
    yjjh_county_summary cs = {YJJH_COUNTY_SUMMARY_VERSION, 0, 0, YJJH_VERDICT_PASS, 0, 0, 0, 0};
    (void)state;
    assert_ok(yjjh_schools_read_file(&t, YJJH_EXAMPLES_DATA_DIR "/jinchuan.csv", NULL, NULL));
    assert_ok(yjjh_facts_read_file(&f, YJJH_EXAMPLES_DATA_DIR "/jinchuan_facts.json", NULL, NULL));
    assert_ok(yjjh_profile_builtin(&p, "national-2017"));
    assert_ok(yjjh_schools_evaluate(&r, t, f, p, NULL));
    assert_ok(yjjh_result_county_get(&cs, r, 0));
    assert_int_equal(cs.n_items, yjjh_item_catalog_count()); /* the facts give the optional basic CVs too */
    for (size_t j = 0; j < cs.n_items; j++) {
        yjjh_item_result it = {YJJH_ITEM_RESULT_VERSION, 0, YJJH_ITEM_MET, 0, 0, 0};
        assert_ok(yjjh_result_item_get(&it, r, 0, j));
        yjjh_item_info info = YJJH_ITEM_INFO_INIT;
        assert_ok(yjjh_item_catalog_get(&info, j));
        assert_string_equal(it.code, info.code); /* same order as the catalogue */
    }
    yjjh_result_free(r);
    yjjh_profile_free(p);
    yjjh_facts_free(f);
    yjjh_schools_free(t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_codes_and_names),
        cmocka_unit_test(test_catalog_errors),
        cmocka_unit_test(test_items_read_their_facts),
        cmocka_unit_test(test_evaluator_items_are_catalogued),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
