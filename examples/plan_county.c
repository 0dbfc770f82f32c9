/* SPDX-License-Identifier: MIT */
/* Plan the remediation (一校一策) of the bundled failing county with the example unit prices, print the list of
 * actions and the costs, and prove the plan: the table with the plan applied passes every item it targets.
 * Run from examples/ (the test does). Returns 0 when the proof holds. */
#include <stdio.h>
#include <yjjh/yjjh.h>

static int check(yjjh_status s, const char *what)
{
    if (s != YJJH_OK)
        fprintf(stderr, "%s: %s\n", what, yjjh_strerror(s));
    return s == YJJH_OK;
}

int main(void)
{
    yjjh_profile *profile = NULL;
    yjjh_schools *schools = NULL, *applied = NULL;
    yjjh_costs *costs = NULL;
    yjjh_plan *plan = NULL;
    yjjh_result *again = NULL;
    int ok = check(yjjh_profile_builtin(&profile, "national-2017"), "profile") &&
             check(yjjh_schools_read_file(&schools, "data/jinchuan.csv", NULL, NULL), "data/jinchuan.csv") &&
             check(yjjh_costs_load_file(&costs, "costs.json", NULL), "costs.json") &&
             check(yjjh_schools_plan(&plan, schools, NULL, profile, costs, NULL), "plan");

    for (size_t ci = 0; ok && ci < yjjh_plan_county_count(plan); ci++) {
        yjjh_plan_county c = YJJH_PLAN_COUNTY_INIT;
        ok = check(yjjh_plan_county_get(&c, plan, ci), "county");
        if (!ok)
            break;
        printf("%s %s: %s, %zu of %zu targets met after the plan; cost %.0f 元 once + %.0f 元 per year\n",
               c.county_code, c.county_name, yjjh_verdict_name(c.verdict_before), c.targets_met, c.n_targets,
               c.cost_once, c.cost_per_year);
        ok = c.targets_met == c.n_targets;
    }
    for (size_t i = 0; ok && i < yjjh_plan_action_count(plan); i++) {
        yjjh_plan_action a = YJJH_PLAN_ACTION_INIT;
        ok = check(yjjh_plan_action_get(&a, plan, i), "action");
        if (ok && a.kind != YJJH_ACTION_COUNTY_ITEM)
            printf("  %s\n", a.message);
    }
    /* the proof: evaluate the applied table afresh */
    ok = ok && check(yjjh_plan_schools(&applied, plan), "applied table") &&
         check(yjjh_schools_evaluate(&again, applied, NULL, profile, NULL), "re-evaluation");
    for (size_t i = 0; ok && i < yjjh_result_part_count(again); i++) {
        yjjh_part_result p = YJJH_PART_RESULT_INIT;
        ok = check(yjjh_result_part_get(&p, again, i), "part");
        if (ok && p.in_scope && !p.rule.passed) {
            fprintf(stderr, "school %s still fails after the plan\n", p.school_id);
            ok = 0;
        }
    }
    if (ok)
        printf("re-evaluated: every in-scope school part passes the school rule\n");
    yjjh_result_free(again);
    yjjh_schools_free(applied);
    yjjh_plan_free(plan);
    yjjh_costs_free(costs);
    yjjh_schools_free(schools);
    yjjh_profile_free(profile);
    return ok ? 0 : 1;
}
