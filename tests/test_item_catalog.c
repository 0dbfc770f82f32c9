/* The county item catalogue: every code of indicators.md §5–7 with names, and every item the evaluator
 * produces is in it. */
#include <string.h>
#include <yjjh/yjjh.h>
#include "yjjh_test.h"

static void test_codes_and_names(void **state)
{
    /* the spec's items, written out by hand */
    static const char *const expected[] = {
        "G1", "G2", "G3", "G4", "G5", "G6", "G7", "G8", "G9", "G10", "G11", "G12", "G13", "G14", "G15",
        "Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7", "Q8", "Q9", "S1",
        "veto_exam_admission", "veto_school_choice", "veto_key_schools", "veto_key_classes", "veto_major_incident",
        "eligibility_basic_balance", "eligibility_basic_cv_primary", "eligibility_basic_cv_junior"};
    yjjh_item_info info = YJJH_ITEM_INFO_INIT;
    (void)state;
    assert_int_equal(yjjh_item_catalog_count(), sizeof expected / sizeof expected[0]);
    for (size_t i = 0; i < yjjh_item_catalog_count(); i++) {
        yjjh_item_info byc = YJJH_ITEM_INFO_INIT;
        assert_ok(yjjh_item_catalog_get(&info, i));
        assert_int_equal(info.version, YJJH_ITEM_INFO_VERSION);
        assert_string_equal(info.code, expected[i]);
        assert_true(strlen(info.name_zh) > 0);
        assert_true(strlen(info.short_name_zh) > 0);
        assert_true(strlen(info.name_en) > 0);
        assert_ok(yjjh_item_lookup(&byc, expected[i]));
        assert_ptr_equal(byc.code, info.code);
        assert_ptr_equal(byc.name_zh, info.name_zh);
        assert_ptr_equal(byc.short_name_zh, info.short_name_zh);
        assert_ptr_equal(byc.name_en, info.name_en);
    }
    /* names from indicators.md §5–7 */
    assert_ok(yjjh_item_lookup(&info, "S1"));
    assert_string_equal(info.name_zh, "社会认可度");
    assert_ok(yjjh_item_lookup(&info, "veto_key_classes"));
    assert_string_equal(info.name_zh, "设重点班");
    assert_ok(yjjh_item_lookup(&info, "G5"));
    assert_string_equal(info.short_name_zh, "班额");
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
        cmocka_unit_test(test_evaluator_items_are_catalogued),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
