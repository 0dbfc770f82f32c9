/* SPDX-License-Identifier: MIT */
/**
 * @file yjjh_plan.h
 * @brief Remediation planning (一校一策, docs/plan.md): the least additions that make every school part pass the
 *        school rule and every per-indicator CV meet its limit, with costs from unit prices; whole-city summaries;
 *        multi-year monitoring (trends and the 两个只增不减 check).
 *
 * A plan is computed from the same inputs as an evaluation (yjjh_schools_evaluate()) plus unit prices
 * (#yjjh_costs). It holds the evaluation before the plan, the school table with the plan applied (every addition
 * a whole number of its unit: teachers, rooms, m², 元, rounded up and re-checked) and the evaluation of that
 * table, so the plan proves itself: every item it targets passes in the applied table. County items that need
 * county facts (G/Q/S items, vetoes, eligibility) are listed as actions without a cost.
 *
 * Plans, costs and trends are immutable once made (costs except through yjjh_costs_set()) and may be read from
 * several threads at once. The planner needs the 2017 scheme (a school rule and per-indicator CV limits); with the
 * 2012 scheme a plan holds the evaluation and the county actions only (no school or CV actions, costs NaN).
 * @since 0.3
 */
#ifndef YJJH_PLAN_H
#define YJJH_PLAN_H

#include <stddef.h>
#include "yjjh/yjjh_export.h"
#include "yjjh/yjjh_status.h"
#include "yjjh/yjjh_indicators.h"
#include "yjjh/yjjh_profile.h"
#include "yjjh/yjjh_schools.h"
#include "yjjh/yjjh_facts.h"
#include "yjjh/yjjh_diag.h"
#include "yjjh/yjjh_result.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- unit prices ------------------------------------------------------------------------------------- */

/** Unit prices of the additions a plan proposes (opaque). */
typedef struct yjjh_costs yjjh_costs;

/**
 * @brief New unit prices holding the documented example defaults (docs/plan.md; examples, not facts):
 *        teaching_area 3000 元/m², sports_area 400 元/m², equipment_value 1 元/元, multimedia_rooms 60000 元/间,
 *        every teacher field 120000 元 per teacher and year, computers 5000 元/台, books 30 元/册.
 * @param[out] out New prices; free with yjjh_costs_free().
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_NOMEM.
 * @since 0.3
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_costs_new(yjjh_costs **out);

/**
 * @brief Unit prices from a JSON object (docs/plan.md "Unit prices"): keys are numerator fields
 *        (`teaching_area`, `sports_area`, `equipment_value`, `multimedia_rooms`, `teachers_above_degree`,
 *        `backbone_teachers`, `pe_art_teachers`, `fulltime_teachers`, `mid_title_teachers`, `computers`,
 *        `books`), `teacher` (every teacher field not given), `currency` and `comment` (texts, kept/ignored);
 *        values are finite numbers ≥ 0. Fields not given keep the defaults of yjjh_costs_new().
 * @param[out]    out  New prices; NULL on error.
 * @param[in]     json The JSON text (UTF-8; need not be NUL-terminated).
 * @param[in]     len  Its length in bytes.
 * @param[in,out] diag Receives one entry per problem, naming the key (may be NULL).
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_INVALID_DATA (not JSON, not an object, an unknown key, a bad
 *         value: see diag); #YJJH_E_NOMEM.
 * @since 0.3
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_costs_load_json(yjjh_costs **out, const char *json, size_t len,
                                                                  yjjh_diag *diag);

/**
 * @brief Unit prices from a JSON file (see yjjh_costs_load_json()).
 * @param[out]    out  New prices; NULL on error.
 * @param[in]     path File name.
 * @param[in,out] diag Receives the problems (may be NULL).
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_IO_OPEN; #YJJH_E_IO_READ; #YJJH_E_INVALID_DATA; #YJJH_E_NOMEM.
 * @since 0.3
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_costs_load_file(yjjh_costs **out, const char *path, yjjh_diag *diag);

/**
 * @brief Free unit prices.
 * @param[in] costs The prices, or NULL (then nothing happens).
 * @since 0.3
 */
YJJH_API void yjjh_costs_free(yjjh_costs *costs);

/**
 * @brief The unit price of a numerator field (元 per m², per 元, per room, per teacher and year, …).
 * @param[out] out   The price.
 * @param[in]  costs The prices.
 * @param[in]  field A numerator field name, e.g. "teaching_area" (see yjjh_costs_load_json()).
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_UNKNOWN_CODE (not a numerator field).
 * @since 0.3
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_costs_get(double *out, const yjjh_costs *costs, const char *field);

/**
 * @brief Set the unit price of a numerator field.
 * @param[in,out] costs The prices.
 * @param[in]     field A numerator field name, or "teacher" for every teacher field.
 * @param[in]     price Finite and ≥ 0.
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_UNKNOWN_CODE; #YJJH_E_NOT_FINITE; #YJJH_E_NEGATIVE.
 * @since 0.3
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_costs_set(yjjh_costs *costs, const char *field, double price);

/* ---- the plan ---------------------------------------------------------------------------------------- */

/** A remediation plan (opaque). */
typedef struct yjjh_plan yjjh_plan;

/** What a plan action does. Values pinned. */
typedef enum yjjh_action_kind {
    YJJH_ACTION_SCHOOL_RULE = 0, /**< Raise one indicator of a failing school part (school rule, §3). */
    YJJH_ACTION_CV = 1,          /**< Raise a school to the common floor level that brings a CV within its limit. */
    YJJH_ACTION_COUNTY_ITEM = 2  /**< A county item not met or not assessed: an action without a cost. */
} yjjh_action_kind;

/** Version of #yjjh_plan_action. */
#define YJJH_PLAN_ACTION_VERSION 1
/** Static initialiser of #yjjh_plan_action. @since 0.3 */
/* clang-format off */
#define YJJH_PLAN_ACTION_INIT { YJJH_PLAN_ACTION_VERSION, YJJH_ACTION_SCHOOL_RULE, 0, 0, 0, 0, YJJH_STAGE_NONE, 0, \
                                (yjjh_column)0, 0, 0.0, 0.0, 0.0, 0, 0.0, 0, 0 }
/* clang-format on */
/** One action of a plan. */
typedef struct yjjh_plan_action {
    unsigned int version;    /**< Set to #YJJH_PLAN_ACTION_VERSION before the call. */
    yjjh_action_kind kind;   /**< What the action does. */
    size_t county;           /**< Index of the county (yjjh_plan_county_get()). */
    size_t row;              /**< Row of the school in the input table (0 for county items). */
    const char *school_id;   /**< School id ("" for county items). */
    const char *school_name; /**< School name ("" when not given or for county items). */
    yjjh_stage stage;        /**< Stage of the school part (#YJJH_STAGE_NONE for county items). */
    const char *code;        /**< Indicator code ("R4") or county item code ("G1", "veto_key_classes"). */
    yjjh_column column;      /**< The column the addition goes to (0 for county items). */
    const char *field;       /**< Numerator field ("teaching_area"; "" for county items). */
    double now;              /**< The indicator value before this action (NaN for county items). */
    double target;           /**< The value aimed at: the standard, its floor share, or the CV floor level. */
    double add;              /**< Whole units added to the column (m², 元, teachers, rooms; 0 for county items). */
    int recurring;           /**< 1 when the cost is per year (teachers). */
    double cost;             /**< add × unit price (元; per year when recurring; NaN for county items). */
    const char *unit;        /**< Unit of add ("m²", "元", "名", "间"; "" for county items). */
    const char *message;     /**< Human-readable line (Chinese with codes). */
} yjjh_plan_action;

/** Version of #yjjh_plan_county. */
#define YJJH_PLAN_COUNTY_VERSION 1
/** Static initialiser of #yjjh_plan_county. @since 0.3 */
/* clang-format off */
#define YJJH_PLAN_COUNTY_INIT { YJJH_PLAN_COUNTY_VERSION, 0, 0, YJJH_VERDICT_PASS, YJJH_VERDICT_PASS, 0, 0, 0, 0, 0, \
                                0, 0.0, 0.0, 0.0, 0, 0 }
/* clang-format on */
/** One county of a plan. */
typedef struct yjjh_plan_county {
    unsigned int version;        /**< Set to #YJJH_PLAN_COUNTY_VERSION before the call. */
    const char *county_code;     /**< County code. */
    const char *county_name;     /**< County name ("" when unknown). */
    yjjh_verdict verdict_before; /**< Verdict of the input. */
    yjjh_verdict verdict_after;  /**< Verdict of the applied table (county items unchanged). */
    size_t schools_failing;      /**< In-scope parts failing the school rule before the plan. */
    size_t cvs_failing;          /**< Stage × indicator CVs over their limit before the plan. */
    size_t n_targets;            /**< Items the plan targets (school parts and CVs that failed in some round). */
    size_t targets_met;          /**< Of them, those met in the applied table (= n_targets when it worked). */
    size_t n_school_actions;     /**< School-rule and CV actions. */
    size_t n_county_actions;     /**< County-item actions (without cost). */
    double cost_once;            /**< One-off cost (buildings, grounds, equipment, rooms), 元 (NaN: 2012). */
    double cost_per_year;        /**< Recurring cost (teachers), 元 per year (NaN: 2012). */
    double cost_total;           /**< cost_once + cost_per_year: the first year's cost, 元 (NaN: 2012). */
    int planned;                 /**< 1 when the planner ran (2017 scheme), 0 otherwise. */
    size_t schools_in_scope;     /**< In-scope school parts. */
} yjjh_plan_county;

/** Version of #yjjh_plan_target. */
#define YJJH_PLAN_TARGET_VERSION 1
/** Static initialiser of #yjjh_plan_target. @since 0.3 */
/* clang-format off */
#define YJJH_PLAN_TARGET_INIT { YJJH_PLAN_TARGET_VERSION, 0, YJJH_STAGE_NONE, 0, 0, 0.0, 0.0, 0.0, 0 }
/* clang-format on */
/** One item the plan targets and whether the applied table meets it. */
typedef struct yjjh_plan_target {
    unsigned int version;  /**< Set to #YJJH_PLAN_TARGET_VERSION before the call. */
    size_t county;         /**< County index. */
    yjjh_stage stage;      /**< Stage. */
    const char *code;      /**< "school_rule" or the indicator code of a CV ("R4"). */
    const char *school_id; /**< The school part ("" for a CV). */
    double before;         /**< Met count (school rule) or CV (NaN when undefined) before the plan. */
    double required;       /**< school_min_met, or the CV limit. */
    double after;          /**< The same measure in the applied table. */
    int met_after;         /**< 1 when the applied table meets it. */
} yjjh_plan_target;

/**
 * @brief Compute the remediation plan of every county of a school table (docs/plan.md).
 * @param[out]    out     New plan; free with yjjh_plan_free(). NULL on error.
 * @param[in]     schools The school table (validated as by yjjh_schools_evaluate()).
 * @param[in]     facts   County facts, or NULL.
 * @param[in]     profile The profile.
 * @param[in]     costs   Unit prices, or NULL for the defaults of yjjh_costs_new().
 * @param[in,out] diag    Receives data problems (may be NULL).
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_EMPTY; #YJJH_E_INVALID_DATA (see diag); #YJJH_E_NOMEM.
 * @note A plan whose applied table does not meet every target (targets_met < n_targets, only when the round limit
 *       is reached) is still returned: check #yjjh_plan_county.
 * @since 0.3
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_schools_plan(yjjh_plan **out, const yjjh_schools *schools,
                                                               const yjjh_facts *facts, const yjjh_profile *profile,
                                                               const yjjh_costs *costs, yjjh_diag *diag);

/**
 * @brief Free a plan.
 * @param[in] plan The plan, or NULL (then nothing happens).
 * @since 0.3
 */
YJJH_API void yjjh_plan_free(yjjh_plan *plan);

/**
 * @brief Number of counties of a plan (the counties of the evaluation, in the same order).
 * @param[in] plan The plan, or NULL.
 * @return The number of counties; 0 for NULL.
 * @since 0.3
 */
YJJH_API size_t yjjh_plan_county_count(const yjjh_plan *plan);

/**
 * @brief County ci of a plan: verdicts, counts and costs.
 * @param[in,out] out  Caller's struct with version set to #YJJH_PLAN_COUNTY_VERSION.
 * @param[in]     plan The plan.
 * @param[in]     ci   County index, 0 ≤ ci < yjjh_plan_county_count().
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_STRUCT_VERSION; #YJJH_E_OUT_OF_RANGE.
 * @since 0.3
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_plan_county_get(yjjh_plan_county *out, const yjjh_plan *plan,
                                                                  size_t ci);

/**
 * @brief Number of actions of a plan, over all counties (county order, then school actions in the order they were
 *        planned, then county items).
 * @param[in] plan The plan, or NULL.
 * @return The number of actions; 0 for NULL.
 * @since 0.3
 */
YJJH_API size_t yjjh_plan_action_count(const yjjh_plan *plan);

/**
 * @brief Action i of a plan.
 * @param[in,out] out  Caller's struct with version set to #YJJH_PLAN_ACTION_VERSION.
 * @param[in]     plan The plan.
 * @param[in]     i    Action index, 0 ≤ i < yjjh_plan_action_count().
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_STRUCT_VERSION; #YJJH_E_OUT_OF_RANGE.
 * @since 0.3
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_plan_action_get(yjjh_plan_action *out, const yjjh_plan *plan,
                                                                  size_t i);

/**
 * @brief Number of targets of a plan, over all counties.
 * @param[in] plan The plan, or NULL.
 * @return The number of targets; 0 for NULL.
 * @since 0.3
 */
YJJH_API size_t yjjh_plan_target_count(const yjjh_plan *plan);

/**
 * @brief Target i of a plan: an item that failed before or during planning and its state in the applied table.
 * @param[in,out] out  Caller's struct with version set to #YJJH_PLAN_TARGET_VERSION.
 * @param[in]     plan The plan.
 * @param[in]     i    Target index, 0 ≤ i < yjjh_plan_target_count().
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_STRUCT_VERSION; #YJJH_E_OUT_OF_RANGE.
 * @since 0.3
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_plan_target_get(yjjh_plan_target *out, const yjjh_plan *plan,
                                                                  size_t i);

/**
 * @brief The evaluation of the input the plan started from (borrowed: valid until yjjh_plan_free()).
 * @param[in] plan The plan, or NULL.
 * @return The result, or NULL for NULL.
 * @since 0.3
 */
YJJH_API const yjjh_result *yjjh_plan_result_before(const yjjh_plan *plan);

/**
 * @brief The evaluation of the applied table (borrowed: valid until yjjh_plan_free()).
 * @param[in] plan The plan, or NULL.
 * @return The result, or NULL for NULL.
 * @since 0.3
 */
YJJH_API const yjjh_result *yjjh_plan_result_after(const yjjh_plan *plan);

/**
 * @brief A copy of the school table with the plan applied (the same columns as the input).
 * @param[out] out  New table; free with yjjh_schools_free().
 * @param[in]  plan The plan.
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_NOMEM.
 * @since 0.3
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_plan_schools(yjjh_schools **out, const yjjh_plan *plan);

/**
 * @brief The plan as JSON (docs/plan.md): counties with costs, actions, targets.
 * @param[out] out  NUL-terminated JSON text; free with yjjh_free().
 * @param[in]  plan The plan.
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_NOMEM.
 * @since 0.3
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_plan_to_json(char **out, const yjjh_plan *plan);

/**
 * @brief The plan as CSV, one row per action (the 一校一策 list: county, school, stage, indicator, now, target,
 *        column, add, unit, cost, recurring, message).
 * @param[out] out  NUL-terminated CSV text; free with yjjh_free().
 * @param[in]  plan The plan.
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_NOMEM.
 * @since 0.3
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_plan_to_csv(char **out, const yjjh_plan *plan);

/**
 * @brief A school table as CSV: a header row of the English names of the columns it has (documentation order),
 *        then one row per school, numbers as the shortest text that reads back exactly, missing cells empty.
 *        Reading the text back (yjjh_schools_read_buffer()) gives the same table.
 * @param[out] out     NUL-terminated CSV text; free with yjjh_free().
 * @param[in]  schools The table.
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_NOMEM.
 * @since 0.3
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_schools_to_csv(char **out, const yjjh_schools *schools);

/* ---- whole-city summary ------------------------------------------------------------------------------ */

/** Orders of the summary table. Values pinned. */
typedef enum yjjh_summary_sort {
    YJJH_SUMMARY_SORT_INPUT = 0,   /**< Counties in input order. */
    YJJH_SUMMARY_SORT_COST = 1,    /**< Highest plan cost first. */
    YJJH_SUMMARY_SORT_FAILING = 2, /**< Most failing school parts first. */
    YJJH_SUMMARY_SORT_CV = 3,      /**< Highest worst CV / limit ratio first. */
    YJJH_SUMMARY_SORT_CODE = 4     /**< By county code. */
} yjjh_summary_sort;

/** Version of #yjjh_summary_row. */
#define YJJH_SUMMARY_ROW_VERSION 1
/** Static initialiser of #yjjh_summary_row. @since 0.3 */
/* clang-format off */
#define YJJH_SUMMARY_ROW_INIT { YJJH_SUMMARY_ROW_VERSION, 0, 0, 0, YJJH_VERDICT_PASS, 0, 0, 0, 0, { 0, 0 }, \
                                { 0.0, 0.0 }, { 0.0, 0.0 }, 0.0 }
/* clang-format on */
/** One county of the whole-city summary. */
typedef struct yjjh_summary_row {
    unsigned int version;      /**< Set to #YJJH_SUMMARY_ROW_VERSION before the call. */
    size_t county;             /**< County index in the plan. */
    const char *county_code;   /**< County code. */
    const char *county_name;   /**< County name. */
    yjjh_verdict verdict;      /**< Verdict. */
    size_t schools_in_scope;   /**< In-scope school parts. */
    size_t schools_failing;    /**< Parts failing the school rule. */
    size_t items_failed;       /**< County items (G/Q/S, vetoes, eligibility) not met. */
    size_t cvs_failing;        /**< CVs over their limit. */
    const char *worst_code[2]; /**< Per stage (primary, junior): the indicator of the highest CV / limit ratio,
                                    NULL when the stage is absent. */
    double worst_cv[2];        /**< That CV (NaN when absent or undefined). */
    double worst_cv_max[2];    /**< Its limit. */
    double cost_total;         /**< Distance to pass: the plan's first-year cost (NaN when not planned). */
} yjjh_summary_row;

/**
 * @brief Row j of the summary in the given order.
 * @param[in,out] out  Caller's struct with version set to #YJJH_SUMMARY_ROW_VERSION.
 * @param[in]     plan The plan (its evaluation before the plan gives the verdicts).
 * @param[in]     sort The order.
 * @param[in]     j    Row, 0 ≤ j < yjjh_plan_county_count().
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_STRUCT_VERSION; #YJJH_E_OUT_OF_RANGE (j or sort); #YJJH_E_NOMEM.
 * @since 0.3
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_plan_summary_get(yjjh_summary_row *out, const yjjh_plan *plan,
                                                                   yjjh_summary_sort sort, size_t j);

/**
 * @brief The summary as JSON: `counties` (rows in the given order) and `total` (counties, passing, failing,
 *        incomplete, cost to bring all to pass).
 * @param[out] out  NUL-terminated JSON text; free with yjjh_free().
 * @param[in]  plan The plan.
 * @param[in]  sort The order.
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_OUT_OF_RANGE (sort); #YJJH_E_NOMEM.
 * @since 0.3
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_plan_summary_to_json(char **out, const yjjh_plan *plan,
                                                                       yjjh_summary_sort sort);

/**
 * @brief The summary as CSV, one row per county in the given order, then a row `total`.
 * @param[out] out  NUL-terminated CSV text; free with yjjh_free().
 * @param[in]  plan The plan.
 * @param[in]  sort The order.
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_OUT_OF_RANGE (sort); #YJJH_E_NOMEM.
 * @since 0.3
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_plan_summary_to_csv(char **out, const yjjh_plan *plan,
                                                                      yjjh_summary_sort sort);

/* ---- multi-year monitoring --------------------------------------------------------------------------- */

/** Multi-year monitoring of several years' evaluations (opaque). */
typedef struct yjjh_trend yjjh_trend;

/** Version of #yjjh_trend_row. */
#define YJJH_TREND_ROW_VERSION 1
/** Static initialiser of #yjjh_trend_row. @since 0.3 */
/* clang-format off */
#define YJJH_TREND_ROW_INIT { YJJH_TREND_ROW_VERSION, 0, 0, YJJH_STAGE_NONE, 0, 0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, \
                              0, 0 }
/* clang-format on */
/** One county × stage × indicator × year of a trend. */
typedef struct yjjh_trend_row {
    unsigned int version;    /**< Set to #YJJH_TREND_ROW_VERSION before the call. */
    const char *county_code; /**< County code. */
    const char *county_name; /**< County name. */
    yjjh_stage stage;        /**< Stage. */
    const char *code;        /**< Indicator code. */
    int year;                /**< Year. */
    double county_value;     /**< The county level X̄ that year. */
    double cv;               /**< The CV (NaN when undefined). */
    double cv_max;           /**< Its limit (NaN with the 2012 scheme). */
    double cv_change;        /**< cv − the CV of the previous year given (NaN for the first). */
    double slope;            /**< Least-squares slope of the CV per year over all years given (NaN with < 2). */
    double projected_cv;     /**< The plain linear trend's CV at the target year (NaN with < 2 years). */
    int target_year;         /**< The target year. */
    int on_track;            /**< 1 when projected_cv ≤ cv_max (or, with one year, cv ≤ cv_max). */
} yjjh_trend_row;

/** Version of #yjjh_trend_budget. */
#define YJJH_TREND_BUDGET_VERSION 1
/** Static initialiser of #yjjh_trend_budget. @since 0.3 */
/* clang-format off */
#define YJJH_TREND_BUDGET_INIT { YJJH_TREND_BUDGET_VERSION, 0, 0, 0, 0.0, 0.0, 0 }
/* clang-format on */
/** One check of 两个只增不减: a budget fact of one county and year against the year before. */
typedef struct yjjh_trend_budget {
    unsigned int version;    /**< Set to #YJJH_TREND_BUDGET_VERSION before the call. */
    const char *county_code; /**< County code. */
    const char *key;         /**< "education_budget" or "budget_per_student". */
    int year;                /**< Year. */
    double value;            /**< The fact that year (NaN when not given). */
    double previous;         /**< The fact of the previous year given (NaN for the first or when missing). */
    int fell;                /**< 1 when value < previous: 两个只增不减 not met that year. */
} yjjh_trend_budget;

/**
 * @brief Evaluate several years and compute the per-year county values and CVs, their change, a plain linear
 *        trend to target_year, and the 两个只增不减 check of the facts `education_budget` and
 *        `budget_per_student`.
 * @param[out]    out         New trend; free with yjjh_trend_free(). NULL on error.
 * @param[in]     schools     n school tables, one per year.
 * @param[in]     facts       n facts (elements may be NULL), or NULL.
 * @param[in]     years       n distinct years (1990–2100), in any order (sorted in the output).
 * @param[in]     n           Number of years (≥ 1).
 * @param[in]     profile     The profile.
 * @param[in]     target_year The year the trend is projected to (0: the last year + 1).
 * @param[in,out] diag        Receives data problems (may be NULL).
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_EMPTY (n = 0); #YJJH_E_OUT_OF_RANGE (a year, or a repeated year,
 *         or target_year before the first year); #YJJH_E_INVALID_DATA; #YJJH_E_NOMEM.
 * @since 0.3
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_trend_compute(yjjh_trend **out, const yjjh_schools *const *schools,
                                                                const yjjh_facts *const *facts, const int *years,
                                                                size_t n, const yjjh_profile *profile, int target_year,
                                                                yjjh_diag *diag);

/**
 * @brief Free a trend.
 * @param[in] trend The trend, or NULL (then nothing happens).
 * @since 0.3
 */
YJJH_API void yjjh_trend_free(yjjh_trend *trend);

/**
 * @brief Number of rows of a trend (county, stage, indicator, year).
 * @param[in] trend The trend, or NULL.
 * @return The number of rows; 0 for NULL.
 * @since 0.3
 */
YJJH_API size_t yjjh_trend_row_count(const yjjh_trend *trend);

/**
 * @brief Row i of a trend.
 * @param[in,out] out   Caller's struct with version set to #YJJH_TREND_ROW_VERSION.
 * @param[in]     trend The trend.
 * @param[in]     i     Row index, 0 ≤ i < yjjh_trend_row_count().
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_STRUCT_VERSION; #YJJH_E_OUT_OF_RANGE.
 * @since 0.3
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_trend_row_get(yjjh_trend_row *out, const yjjh_trend *trend, size_t i);

/**
 * @brief Number of budget checks of a trend (county × key × year).
 * @param[in] trend The trend, or NULL.
 * @return The number of checks; 0 for NULL.
 * @since 0.3
 */
YJJH_API size_t yjjh_trend_budget_count(const yjjh_trend *trend);

/**
 * @brief Budget check i of a trend.
 * @param[in,out] out   Caller's struct with version set to #YJJH_TREND_BUDGET_VERSION.
 * @param[in]     trend The trend.
 * @param[in]     i     Check index, 0 ≤ i < yjjh_trend_budget_count().
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_STRUCT_VERSION; #YJJH_E_OUT_OF_RANGE.
 * @since 0.3
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_trend_budget_get(yjjh_trend_budget *out, const yjjh_trend *trend,
                                                                   size_t i);

/**
 * @brief The trend as JSON: `target_year`, `rows`, `budget` (docs/plan.md).
 * @param[out] out   NUL-terminated JSON text; free with yjjh_free().
 * @param[in]  trend The trend.
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_NOMEM.
 * @since 0.3
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_trend_to_json(char **out, const yjjh_trend *trend);

/**
 * @brief The trend as CSV, one row per county, stage, indicator and year.
 * @param[out] out   NUL-terminated CSV text; free with yjjh_free().
 * @param[in]  trend The trend.
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_NOMEM.
 * @since 0.3
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_trend_to_csv(char **out, const yjjh_trend *trend);

#ifdef __cplusplus
}
#endif

#endif /* YJJH_PLAN_H */
