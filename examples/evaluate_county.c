/* SPDX-License-Identifier: MIT */
/* Build a small county in code (five schools, one 九年一贯制学校), evaluate it with national-2017 and print the
 * verdict, the CV table and the failing schools. Returns 0 on success. */
#include <math.h>
#include <stdio.h>
#include <yjjh/yjjh.h>

#define N_SCHOOLS 5

static int check(yjjh_status s, const char *what)
{
    if (s != YJJH_OK)
        fprintf(stderr, "%s: %s\n", what, yjjh_strerror(s));
    return s == YJJH_OK;
}

int main(void)
{
    static const char *ids[N_SCHOOLS] = {"6203020001", "6203020002", "6203020003", "6203020004", "6203020005"};
    static const char *names[N_SCHOOLS] = {"金川区第一小学", "金川区第二小学", "金川区九年制学校", "金川区第一中学",
                                           "金川区特殊教育学校"};
    static const char *types[N_SCHOOLS] = {"小学", "小学", "九年一贯制学校", "初中", "特殊教育学校"};
    static const char *counties[N_SCHOOLS] = {"620302", "620302", "620302", "620302", "620302"};
    static const struct {
        yjjh_column col;
        double v[N_SCHOOLS];
    } numbers[] = {
        {YJJH_COL_PRIMARY_STUDENTS, {1200, 640, 420, NAN, 35}},
        {YJJH_COL_JUNIOR_STUDENTS, {NAN, NAN, 380, 1500, 12}},
        {YJJH_COL_PRIMARY_TEACHERS_ABOVE_DEGREE, {66, 30, 20, NAN, NAN}},
        {YJJH_COL_PRIMARY_BACKBONE_TEACHERS, {18, 7, 5, NAN, NAN}},
        {YJJH_COL_PRIMARY_PE_ART_TEACHERS, {14, 6, 4, NAN, NAN}},
        {YJJH_COL_JUNIOR_TEACHERS_ABOVE_DEGREE, {NAN, NAN, 22, 95, NAN}},
        {YJJH_COL_JUNIOR_BACKBONE_TEACHERS, {NAN, NAN, 4, 21, NAN}},
        {YJJH_COL_JUNIOR_PE_ART_TEACHERS, {NAN, NAN, 4, 15, NAN}},
        {YJJH_COL_TEACHING_AREA, {6500, 2000, 5200, 9800, 1200}}, /* the 九年制 total is split 1 : 1.1 */
        {YJJH_COL_SPORTS_AREA, {10000, 5200, 7600, 16500, 800}},
        {YJJH_COL_EQUIPMENT_VALUE, {2900000, 1450000, 2100000, 4300000, 300000}},
        {YJJH_COL_MULTIMEDIA_ROOMS, {30, 16, 22, 40, 4}},
    };
    yjjh_schools *t = NULL;
    yjjh_profile *p = NULL;
    yjjh_result *r = NULL;
    yjjh_diag *diag = NULL;
    yjjh_county_summary cs = YJJH_COUNTY_SUMMARY_INIT;
    int ok = 0;

    if (!check(yjjh_schools_new(&t, N_SCHOOLS), "schools") || !check(yjjh_diag_new(&diag), "diag") ||
        !check(yjjh_schools_set_texts(t, YJJH_COL_SCHOOL_ID, ids, N_SCHOOLS), "ids") ||
        !check(yjjh_schools_set_texts(t, YJJH_COL_SCHOOL_NAME, names, N_SCHOOLS), "names") ||
        !check(yjjh_schools_set_texts(t, YJJH_COL_SCHOOL_TYPE, types, N_SCHOOLS), "types") ||
        !check(yjjh_schools_set_texts(t, YJJH_COL_COUNTY_CODE, counties, N_SCHOOLS), "counties"))
        goto done;
    for (size_t c = 0; c < sizeof numbers / sizeof numbers[0]; c++)
        if (!check(yjjh_schools_set_numbers(t, numbers[c].col, numbers[c].v, N_SCHOOLS),
                   yjjh_column_name(numbers[c].col)))
            goto done;
    if (!check(yjjh_profile_builtin(&p, "national-2017"), "profile"))
        goto done;
    if (yjjh_schools_evaluate(&r, t, NULL, p, diag) != YJJH_OK) {
        for (size_t i = 0; i < yjjh_diag_count(diag); i++) {
            yjjh_diag_entry e = YJJH_DIAG_ENTRY_INIT;
            if (yjjh_diag_get(&e, diag, i) == YJJH_OK)
                fprintf(stderr, "%s\n", e.message);
        }
        goto done;
    }
    if (!check(yjjh_result_county_get(&cs, r, 0), "county"))
        goto done;
    printf("县区 %s: %s (%s)\n", cs.county_code, yjjh_verdict_name(cs.verdict), yjjh_profile_title(p));

    for (int s = YJJH_STAGE_PRIMARY; s <= YJJH_STAGE_JUNIOR; s++) {
        yjjh_stage_summary ss = YJJH_STAGE_SUMMARY_INIT;
        if (yjjh_result_stage_get(&ss, r, 0, (yjjh_stage)s) != YJJH_OK)
            continue;
        printf("\n%s: %.0f 名学生, %zu 所学校, %zu 所达标\n", yjjh_stage_name_zh((yjjh_stage)s), ss.students,
               ss.schools_in_scope, ss.schools_passing);
        printf("  指标  县均值        差异系数  上限   达标校数\n");
        for (size_t k = 0; k < yjjh_profile_indicator_count(p); k++) {
            yjjh_indicator_result ir = YJJH_INDICATOR_RESULT_INIT;
            char cv[32] = "undefined";
            if (!check(yjjh_result_indicator_get(&ir, r, 0, (yjjh_stage)s, k), "indicator"))
                goto done;
            if (ir.cv_defined)
                snprintf(cv, sizeof cv, "%.3f", ir.cv); /* reports print 3 decimals; the verdict used the full value */
            printf("  %-4s  %-12.3f  %-8s  %.2f   %zu%s\n", ir.code, ir.county_value, cv, ir.cv_max, ir.schools_meeting,
                   ir.cv_met ? "" : "  (差异系数超标)");
        }
    }

    printf("\n未达标事项 (%zu):\n", cs.n_reasons);
    for (size_t j = 0; j < cs.n_reasons; j++) {
        yjjh_reason rs = YJJH_REASON_INIT;
        if (!check(yjjh_result_reason_get(&rs, r, 0, j), "reason"))
            goto done;
        printf("  [%s] %s\n", rs.code, rs.message);
    }
    ok = 1;
done:
    yjjh_result_free(r);
    yjjh_profile_free(p);
    yjjh_diag_free(diag);
    yjjh_schools_free(t);
    return ok ? 0 : 1;
}
