/* SPDX-License-Identifier: MIT */
/**
 * @file yjjh_result.h
 * @brief The result of an evaluation (yjjh_schools_evaluate()): counties, stages, indicators, reasons, items and
 *        school parts, read through accessors, and its JSON and CSV writers.
 *
 * The result is an immutable opaque object freed with yjjh_result_free(); strings it returns live as long as
 * the result. A result may be read from several threads at once.
 * @since 0.2 (split out of yjjh_evaluate.h)
 */
#ifndef YJJH_RESULT_H
#define YJJH_RESULT_H

#include <stddef.h>
#include "yjjh/yjjh_export.h"
#include "yjjh/yjjh_status.h"
#include "yjjh/yjjh_indicators.h"
#include "yjjh/yjjh_school_rule.h"
#include "yjjh/yjjh_items.h"

#ifdef __cplusplus
extern "C" {
#endif

/** County verdict. Values pinned. */
typedef enum yjjh_verdict {
    YJJH_VERDICT_PASS = 0,      /**< Every condition is met. */
    YJJH_VERDICT_FAIL = 1,      /**< At least one condition is not met. */
    YJJH_VERDICT_INCOMPLETE = 2 /**< Nothing failed, but some item lacks its input. */
} yjjh_verdict;

/** Why a school part is out of scope. Values pinned. */
typedef enum yjjh_exclusion {
    YJJH_EXCLUDED_NONE = 0,           /**< In scope. */
    YJJH_EXCLUDED_SPECIAL = 1,        /**< 特殊教育学校. */
    YJJH_EXCLUDED_PRIVATE = 2,        /**< 民办 (include_private = false). */
    YJJH_EXCLUDED_TEACHING_POINT = 3, /**< 教学点 left out or merged into its 中心校. */
    YJJH_EXCLUDED_NO_STUDENTS = 4     /**< The school type serves the stage but it has no students. */
} yjjh_exclusion;

/** Evaluation result (opaque). */
typedef struct yjjh_result yjjh_result;

/** Version of #yjjh_county_summary. */
#define YJJH_COUNTY_SUMMARY_VERSION 1
/** Static initialiser of #yjjh_county_summary. @since 0.2 */
/* clang-format off */
#define YJJH_COUNTY_SUMMARY_INIT { YJJH_COUNTY_SUMMARY_VERSION, 0, 0, YJJH_VERDICT_PASS, 0, 0, 0, 0 }
/* clang-format on */
/** One county of a result. */
typedef struct yjjh_county_summary {
    unsigned int version;    /**< Set to #YJJH_COUNTY_SUMMARY_VERSION before the call. */
    const char *county_code; /**< County code ("" when the input had none). */
    const char *county_name; /**< County name ("" when unknown). */
    yjjh_verdict verdict;    /**< The verdict. */
    size_t n_reasons;        /**< Number of reasons (yjjh_result_reason_get()). */
    size_t n_items;          /**< Number of G/Q/S items (yjjh_result_item_get()). */
    int has_primary;         /**< 1 when the county has in-scope primary students. */
    int has_junior;          /**< 1 when the county has in-scope junior students. */
} yjjh_county_summary;

/** Version of #yjjh_stage_summary. */
#define YJJH_STAGE_SUMMARY_VERSION 1
/** Static initialiser of #yjjh_stage_summary. @since 0.2 */
/* clang-format off */
#define YJJH_STAGE_SUMMARY_INIT { YJJH_STAGE_SUMMARY_VERSION, 0.0, 0, 0, 0, 0.0, 0.0, 0 }
/* clang-format on */
/** One stage of one county. */
typedef struct yjjh_stage_summary {
    unsigned int version;    /**< Set to #YJJH_STAGE_SUMMARY_VERSION before the call. */
    double students;         /**< In-scope students of the stage. */
    size_t schools_in_scope; /**< In-scope school parts. */
    size_t schools_passing;  /**< Parts passing the school rule (0 without a school rule). */
    int composite_defined;   /**< 2012 profile: 1 when every CV is defined. */
    double composite_cv;     /**< 2012 profile: mean of the indicator CVs (NaN when undefined or 2017). */
    double composite_cv_max; /**< 2012 profile: its maximum (NaN for 2017). */
    int composite_cv_met;    /**< 2012 profile: 1 when within its maximum. */
} yjjh_stage_summary;

/** Version of #yjjh_indicator_result. */
#define YJJH_INDICATOR_RESULT_VERSION 1
/** Static initialiser of #yjjh_indicator_result. @since 0.2 */
/* clang-format off */
#define YJJH_INDICATOR_RESULT_INIT { YJJH_INDICATOR_RESULT_VERSION, 0, 0.0, 0.0, 0, 0.0, 0.0, 0, 0 }
/* clang-format on */
/** One indicator of one stage of one county. */
typedef struct yjjh_indicator_result {
    unsigned int version;   /**< Set to #YJJH_INDICATOR_RESULT_VERSION before the call. */
    const char *code;       /**< "R1" … (static). */
    double standard;        /**< Per-school minimum (NaN when the profile has none). */
    double county_value;    /**< Σ amount / Σ students × (100 for per-100 indicators): the county level X̄. */
    int cv_defined;         /**< 0 when the county total is zero (CV undefined). */
    double cv;              /**< CV (NaN when undefined). */
    double cv_max;          /**< Maximum CV (NaN when the rule is on the composite). */
    int cv_met;             /**< 1 when cv ≤ cv_max (0 when undefined). */
    size_t schools_meeting; /**< In-scope parts meeting the standard. */
} yjjh_indicator_result;

/** Version of #yjjh_part_result. */
#define YJJH_PART_RESULT_VERSION 1
/** Static initialiser of #yjjh_part_result. @since 0.2 */
/* clang-format off */
#define YJJH_PART_RESULT_INIT { YJJH_PART_RESULT_VERSION, 0, 0, 0, 0, YJJH_STAGE_NONE, 0, YJJH_EXCLUDED_NONE, 0.0, \
                                 YJJH_RULE_RESULT_INIT }
/* clang-format on */
/** One school part (one stage of one school; a special school has one part with stage NONE). */
typedef struct yjjh_part_result {
    unsigned int version;    /**< Set to #YJJH_PART_RESULT_VERSION before the call. */
    size_t row;              /**< Row of the school in the input table. */
    size_t county;           /**< Index of its county in the result. */
    const char *school_id;   /**< School id. */
    const char *school_name; /**< School name ("" when not given). */
    yjjh_stage stage;        /**< Stage of the part. */
    int in_scope;            /**< 1 when in scope. */
    yjjh_exclusion excluded; /**< Reason when out of scope. */
    double students;         /**< Enrolment of the stage (after merging teaching points). */
    yjjh_rule_result rule;   /**< School rule summary: met count and pass (in scope with a 2017 profile);
                                  rule.n_indicators is 0 when no indicator was computed. The indicators
                                  are read with yjjh_result_part_indicator_get(). */
} yjjh_part_result;

/** Version of #yjjh_reason. */
#define YJJH_REASON_VERSION 1
/** Static initialiser of #yjjh_reason. @since 0.2 */
/* clang-format off */
#define YJJH_REASON_INIT { YJJH_REASON_VERSION, 0, YJJH_STAGE_NONE, 0, 0.0, 0.0, 0 }
/* clang-format on */
/** One reason of a county verdict. */
typedef struct yjjh_reason {
    unsigned int version;  /**< Set to #YJJH_REASON_VERSION before the call. */
    const char *code;      /**< Item or indicator code ("R4", "G5", "school_rule", "veto_key_classes", …). */
    yjjh_stage stage;      /**< Stage, or #YJJH_STAGE_NONE. */
    const char *school_id; /**< School concerned, or "" for county-level reasons. */
    double value;          /**< Measured value (NaN when none). */
    double required;       /**< Required value (NaN when none). */
    const char *message;   /**< Human-readable message (Chinese with codes), e.g.
                                "生均教学及辅助用房面积 差异系数 0.512 > 0.50". */
} yjjh_reason;

/** Version of #yjjh_item_result. */
#define YJJH_ITEM_RESULT_VERSION 1
/** Static initialiser of #yjjh_item_result. @since 0.2 */
/* clang-format off */
#define YJJH_ITEM_RESULT_INIT { YJJH_ITEM_RESULT_VERSION, 0, YJJH_ITEM_MET, 0.0, 0.0, 0 }
/* clang-format on */
/** One county item (G1–G15, Q1–Q9, S1, eligibility). */
typedef struct yjjh_item_result {
    unsigned int version;    /**< Set to #YJJH_ITEM_RESULT_VERSION before the call. */
    const char *code;        /**< "G1" … "S1". */
    yjjh_item_status status; /**< met / not met / not assessed. */
    double value;            /**< Measured value (NaN when none). */
    double required;         /**< Required value (NaN when none). */
    const char *message;     /**< Explanation ("" when met). */
} yjjh_item_result;

/**
 * @brief Free a result.
 * @param[in] result The result, or NULL (then nothing happens).
 * @since 0.1
 */
YJJH_API void yjjh_result_free(yjjh_result *result);

/**
 * @brief Name of the profile the result was computed with.
 * @param[in] result The result, or NULL.
 * @return A string owned by the result; "" for NULL.
 * @since 0.1
 */
YJJH_API const char *yjjh_result_profile_name(const yjjh_result *result);

/**
 * @brief Number of counties of the result.
 * @param[in] result The result, or NULL.
 * @return The number of counties; 0 for NULL.
 * @since 0.1
 */
YJJH_API size_t yjjh_result_county_count(const yjjh_result *result);

/**
 * @brief Summary of county ci (counties in order of first appearance in the input).
 * @param[in,out] out    Caller's struct with version set to #YJJH_COUNTY_SUMMARY_VERSION.
 * @param[in]     result The result.
 * @param[in]     ci     County index, 0 ≤ ci < yjjh_result_county_count().
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_STRUCT_VERSION; #YJJH_E_OUT_OF_RANGE.
 * @since 0.2 (a new name; see NEWS.md)
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_result_county_get(yjjh_county_summary *out, const yjjh_result *result,
                                                                    size_t ci);

/**
 * @brief Summary of one stage of county ci.
 * @param[in,out] out    Caller's struct with version set to #YJJH_STAGE_SUMMARY_VERSION.
 * @param[in]     result The result.
 * @param[in]     ci     County index, 0 ≤ ci < yjjh_result_county_count().
 * @param[in]     stage  #YJJH_STAGE_PRIMARY or #YJJH_STAGE_JUNIOR.
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_STRUCT_VERSION; #YJJH_E_OUT_OF_RANGE; #YJJH_E_BAD_STAGE (not
 *         primary/junior); #YJJH_E_NOT_FOUND (no in-scope students in that stage).
 * @since 0.2 (a new name; see NEWS.md)
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_result_stage_get(yjjh_stage_summary *out, const yjjh_result *result,
                                                                   size_t ci, yjjh_stage stage);

/**
 * @brief Indicator k (profile order) of one stage of county ci.
 * @param[in,out] out    Caller's struct with version set to #YJJH_INDICATOR_RESULT_VERSION.
 * @param[in]     result The result.
 * @param[in]     ci     County index, 0 ≤ ci < yjjh_result_county_count().
 * @param[in]     stage  #YJJH_STAGE_PRIMARY or #YJJH_STAGE_JUNIOR.
 * @param[in]     k      Indicator index, 0 ≤ k < yjjh_profile_indicator_count() of the result's profile.
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_STRUCT_VERSION; #YJJH_E_OUT_OF_RANGE (ci or k); #YJJH_E_BAD_STAGE;
 *         #YJJH_E_NOT_FOUND (no in-scope students in that stage).
 * @since 0.2 (a new name; see NEWS.md)
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_result_indicator_get(yjjh_indicator_result *out,
                                                                       const yjjh_result *result, size_t ci,
                                                                       yjjh_stage stage, size_t k);

/**
 * @brief Reason j of county ci's verdict. The message of a school-rule reason is formatted on its first use (by
 *        any thread) and kept in the result; it stays valid until yjjh_result_free().
 * @param[in,out] out    Caller's struct with version set to #YJJH_REASON_VERSION.
 * @param[in]     result The result.
 * @param[in]     ci     County index, 0 ≤ ci < yjjh_result_county_count().
 * @param[in]     j      Reason index, 0 ≤ j < the county's n_reasons (#yjjh_county_summary).
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_STRUCT_VERSION; #YJJH_E_OUT_OF_RANGE; #YJJH_E_NOMEM (0.3: the
 *         message could not be formatted).
 * @since 0.2 (a new name; see NEWS.md)
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_result_reason_get(yjjh_reason *out, const yjjh_result *result,
                                                                    size_t ci, size_t j);

/**
 * @brief Item j of county ci (G/Q/S items, vetoes and eligibility, in catalogue order).
 * @param[in,out] out    Caller's struct with version set to #YJJH_ITEM_RESULT_VERSION.
 * @param[in]     result The result.
 * @param[in]     ci     County index, 0 ≤ ci < yjjh_result_county_count().
 * @param[in]     j      Item index, 0 ≤ j < the county's n_items (#yjjh_county_summary).
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_STRUCT_VERSION; #YJJH_E_OUT_OF_RANGE.
 * @since 0.2 (a new name; see NEWS.md)
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_result_item_get(yjjh_item_result *out, const yjjh_result *result,
                                                                  size_t ci, size_t j);

/**
 * @brief Number of school parts, over all counties, in input order.
 * @param[in] result The result, or NULL.
 * @return The number of parts; 0 for NULL.
 * @since 0.1
 */
YJJH_API size_t yjjh_result_part_count(const yjjh_result *result);

/**
 * @brief School part i (in input order).
 * @param[in,out] out    Caller's struct with version set to #YJJH_PART_RESULT_VERSION.
 * @param[in]     result The result.
 * @param[in]     i      Part index, 0 ≤ i < yjjh_result_part_count().
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_STRUCT_VERSION; #YJJH_E_OUT_OF_RANGE.
 * @since 0.2 (a new name; see NEWS.md)
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_result_part_get(yjjh_part_result *out, const yjjh_result *result,
                                                                  size_t i);

/**
 * @brief Indicator k (profile order) of school part i: value, standard, ratio, met, floor and shortfall.
 *
 * With a 2012 profile only value is meaningful (standard and ratio are NaN, met and above_floor 0).
 * @param[in,out] out    Caller's struct with version set to #YJJH_RULE_INDICATOR_VERSION.
 * @param[in]     result The result.
 * @param[in]     i      Part index, 0 ≤ i < yjjh_result_part_count().
 * @param[in]     k      Indicator index, 0 ≤ k < yjjh_profile_indicator_count() of the result's profile.
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_STRUCT_VERSION; #YJJH_E_OUT_OF_RANGE (i or k);
 *         #YJJH_E_NOT_FOUND (the part is out of scope: no indicator was computed).
 * @since 0.2
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_result_part_indicator_get(yjjh_rule_indicator *out,
                                                                            const yjjh_result *result, size_t i,
                                                                            size_t k);

/** Fields of school parts that yjjh_result_part_column() extracts as a column of doubles. Values pinned. */
typedef enum yjjh_part_field {
    YJJH_PART_ROW = 0,        /**< input row */
    YJJH_PART_COUNTY = 1,     /**< county index */
    YJJH_PART_STAGE = 2,      /**< yjjh_stage value */
    YJJH_PART_IN_SCOPE = 3,   /**< 1/0 */
    YJJH_PART_EXCLUDED = 4,   /**< yjjh_exclusion value */
    YJJH_PART_STUDENTS = 5,   /**< enrolment */
    YJJH_PART_VALUE = 6,      /**< indicator k value (NaN when not computed) */
    YJJH_PART_MET = 7,        /**< indicator k met 1/0 (NaN when not computed) */
    YJJH_PART_RATIO = 8,      /**< indicator k value / standard (NaN when not computed) */
    YJJH_PART_SHORTFALL = 9,  /**< indicator k shortfall (NaN when not computed) */
    YJJH_PART_MET_COUNT = 10, /**< number of indicators met (NaN when not computed) */
    YJJH_PART_PASSED = 11     /**< school rule 1/0 (NaN when not computed) */
} yjjh_part_field;

/**
 * @brief Extract one field of every school part as doubles (fast path for bindings and data frames).
 * @param[out] out    n doubles.
 * @param[in]  n      Must equal yjjh_result_part_count().
 * @param[in]  result The result.
 * @param[in]  field  The field.
 * @param[in]  k      Indicator index for the per-indicator fields (ignored otherwise).
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_LENGTH_MISMATCH; #YJJH_E_OUT_OF_RANGE (field or k).
 * @since 0.1
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_result_part_column(double *out, size_t n, const yjjh_result *result,
                                                                     yjjh_part_field field, size_t k);

/**
 * @brief Extract several fields of every school part at once, in one pass over the parts (the fast path for
 *        data frames): row f of out (the n doubles from out + f × n) is what yjjh_result_part_column() gives
 *        for fields[f] and indicators[f].
 * @param[out] out        n_fields × n doubles.
 * @param[in]  n          Must equal yjjh_result_part_count().
 * @param[in]  result     The result.
 * @param[in]  fields     n_fields fields.
 * @param[in]  indicators n_fields indicator indexes, for the per-indicator fields (ignored for the others).
 * @param[in]  n_fields   Number of fields (0: nothing is written).
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_LENGTH_MISMATCH; #YJJH_E_OUT_OF_RANGE (a field or an indicator index;
 *         then nothing is written).
 * @since 0.3
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_result_part_columns(double *out, size_t n, const yjjh_result *result,
                                                                      const yjjh_part_field *fields,
                                                                      const size_t *indicators, size_t n_fields);

/* ---- column-wise access (GEOS GEOSCoordSeq_copyToBuffer_r style): one field of every row into a caller array.
 * Numbers come as doubles (enum values, counts and flags converted exactly; NaN where not computed), texts as
 * pointers owned by the result (valid until yjjh_result_free()). Rows run over all counties in county order. */

/** Text fields of school parts for yjjh_result_part_texts(). Values pinned. */
typedef enum yjjh_part_text {
    YJJH_PART_TEXT_SCHOOL_ID = 0,  /**< school_id */
    YJJH_PART_TEXT_SCHOOL_NAME = 1 /**< school_name (NULL when empty) */
} yjjh_part_text;

/**
 * @brief One text field of every school part.
 * @param[out] out    n pointers, owned by the result.
 * @param[in]  n      Must equal yjjh_result_part_count().
 * @param[in]  result The result.
 * @param[in]  field  The field.
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_LENGTH_MISMATCH; #YJJH_E_OUT_OF_RANGE (field).
 * @since 0.1
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_result_part_texts(const char **out, size_t n,
                                                                    const yjjh_result *result, yjjh_part_text field);

/**
 * @brief Number of reasons over all counties: the sum of their n_reasons, the length of the reason columns.
 * @param[in] result The result (may be NULL).
 * @return The number of reasons; 0 for NULL.
 * @since 0.1
 */
YJJH_API size_t yjjh_result_reason_total(const yjjh_result *result);

/** Number fields of reasons for yjjh_result_reason_column(). Values pinned. */
typedef enum yjjh_reason_field {
    YJJH_REASON_COL_COUNTY = 0,  /**< county index */
    YJJH_REASON_COL_STAGE = 1,   /**< yjjh_stage value */
    YJJH_REASON_COL_VALUE = 2,   /**< the value found */
    YJJH_REASON_COL_REQUIRED = 3 /**< the value required */
} yjjh_reason_field;

/** Text fields of reasons for yjjh_result_reason_texts(). Values pinned. */
typedef enum yjjh_reason_text {
    YJJH_REASON_TEXT_CODE = 0,      /**< reason code */
    YJJH_REASON_TEXT_SCHOOL_ID = 1, /**< the school concerned; NULL for a county-level reason */
    YJJH_REASON_TEXT_MESSAGE = 2    /**< the message */
} yjjh_reason_text;

/**
 * @brief One number field of every reason of every county.
 * @param[out] out    n doubles.
 * @param[in]  n      Must equal yjjh_result_reason_total().
 * @param[in]  result The result.
 * @param[in]  field  The field.
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_LENGTH_MISMATCH; #YJJH_E_OUT_OF_RANGE (field).
 * @since 0.1
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_result_reason_column(double *out, size_t n, const yjjh_result *result,
                                                                       yjjh_reason_field field);

/**
 * @brief One text field of every reason of every county.
 * @param[out] out    n pointers, owned by the result.
 * @param[in]  n      Must equal yjjh_result_reason_total().
 * @param[in]  result The result.
 * @param[in]  field  The field.
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_LENGTH_MISMATCH; #YJJH_E_OUT_OF_RANGE (field); #YJJH_E_NOMEM (0.3:
 *         a message could not be formatted).
 * @since 0.1
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_result_reason_texts(const char **out, size_t n,
                                                                      const yjjh_result *result,
                                                                      yjjh_reason_text field);

/**
 * @brief Number of county items over all counties: the sum of their n_items, the length of the item columns.
 * @param[in] result The result (may be NULL).
 * @return The number of items; 0 for NULL.
 * @since 0.1
 */
YJJH_API size_t yjjh_result_item_total(const yjjh_result *result);

/** Number fields of county items for yjjh_result_item_column(). Values pinned. */
typedef enum yjjh_item_field {
    YJJH_ITEM_COL_COUNTY = 0,  /**< county index */
    YJJH_ITEM_COL_STATUS = 1,  /**< yjjh_item_status value */
    YJJH_ITEM_COL_VALUE = 2,   /**< the value found */
    YJJH_ITEM_COL_REQUIRED = 3 /**< the value required */
} yjjh_item_field;

/** Text fields of county items for yjjh_result_item_texts(). Values pinned. */
typedef enum yjjh_item_text {
    YJJH_ITEM_TEXT_CODE = 0,   /**< item code */
    YJJH_ITEM_TEXT_MESSAGE = 1 /**< the message ("" when none) */
} yjjh_item_text;

/**
 * @brief One number field of every county item of every county.
 * @param[out] out    n doubles.
 * @param[in]  n      Must equal yjjh_result_item_total().
 * @param[in]  result The result.
 * @param[in]  field  The field.
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_LENGTH_MISMATCH; #YJJH_E_OUT_OF_RANGE (field).
 * @since 0.1
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_result_item_column(double *out, size_t n, const yjjh_result *result,
                                                                     yjjh_item_field field);

/**
 * @brief One text field of every county item of every county.
 * @param[out] out    n pointers, owned by the result.
 * @param[in]  n      Must equal yjjh_result_item_total().
 * @param[in]  result The result.
 * @param[in]  field  The field.
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_LENGTH_MISMATCH; #YJJH_E_OUT_OF_RANGE (field).
 * @since 0.1
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_result_item_texts(const char **out, size_t n,
                                                                    const yjjh_result *result, yjjh_item_text field);

/**
 * @brief Number of indicator rows: for every county, each stage with in-scope students (primary, then junior),
 *        every indicator of the profile; the length of the indicator columns.
 * @param[in] result The result (may be NULL).
 * @return The number of rows; 0 for NULL.
 * @since 0.1
 */
YJJH_API size_t yjjh_result_indicator_total(const yjjh_result *result);

/** Number fields of indicator rows for yjjh_result_indicator_column(). Values pinned. */
typedef enum yjjh_indicator_field {
    YJJH_INDICATOR_COL_COUNTY = 0,         /**< county index */
    YJJH_INDICATOR_COL_STAGE = 1,          /**< yjjh_stage value */
    YJJH_INDICATOR_COL_STANDARD = 2,       /**< the standard */
    YJJH_INDICATOR_COL_COUNTY_VALUE = 3,   /**< the county's value */
    YJJH_INDICATOR_COL_CV = 4,             /**< the CV (NaN when undefined) */
    YJJH_INDICATOR_COL_CV_MAX = 5,         /**< the CV maximum */
    YJJH_INDICATOR_COL_CV_MET = 6,         /**< 1/0 */
    YJJH_INDICATOR_COL_SCHOOLS_MEETING = 7 /**< schools meeting the standard */
} yjjh_indicator_field;

/** Text fields of indicator rows for yjjh_result_indicator_texts(). Values pinned. */
typedef enum yjjh_indicator_text {
    YJJH_INDICATOR_TEXT_CODE = 0 /**< indicator code */
} yjjh_indicator_text;

/**
 * @brief One number field of every indicator row (see yjjh_result_indicator_total()).
 * @param[out] out    n doubles.
 * @param[in]  n      Must equal yjjh_result_indicator_total().
 * @param[in]  result The result.
 * @param[in]  field  The field.
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_LENGTH_MISMATCH; #YJJH_E_OUT_OF_RANGE (field).
 * @since 0.1
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_result_indicator_column(double *out, size_t n,
                                                                          const yjjh_result *result,
                                                                          yjjh_indicator_field field);

/**
 * @brief One text field of every indicator row.
 * @param[out] out    n pointers, owned by the result.
 * @param[in]  n      Must equal yjjh_result_indicator_total().
 * @param[in]  result The result.
 * @param[in]  field  The field.
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_LENGTH_MISMATCH; #YJJH_E_OUT_OF_RANGE (field).
 * @since 0.1
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_result_indicator_texts(const char **out, size_t n,
                                                                         const yjjh_result *result,
                                                                         yjjh_indicator_text field);

/**
 * @brief The result as the JSON document of docs/cli.md (full-precision numbers, UTF-8).
 * @param[out] out    NUL-terminated JSON text; free with yjjh_free().
 * @param[in]  result The result.
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_NOMEM.
 * @since 0.1
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_result_to_json(char **out, const yjjh_result *result);

/**
 * @brief Receives the text of a streaming result writer, piece by piece, in order.
 * @param ctx  The caller's pointer given to the writer.
 * @param data The next @p len bytes of the text (not NUL-terminated; valid during the call).
 * @param len  Number of bytes at @p data (at least 1).
 * @return 0 to go on; any other value stops the writer, which then returns #YJJH_E_IO_WRITE.
 * @since 0.3
 */
typedef int (*yjjh_write_fn)(void *ctx, const char *data, size_t len);

/** Flag of yjjh_result_write_json(): no newlines, tabs or spaces between tokens. @since 0.3 */
#define YJJH_JSON_COMPACT 1

/**
 * @brief Stream the JSON document of yjjh_result_to_json() to a write function, without building the whole text
 *        in memory: yjjh_result_write_json_ex() with an automatic thread count (0).
 *
 * Without flags the bytes are exactly those of yjjh_result_to_json(); with #YJJH_JSON_COMPACT the same document
 * without layout whitespace. On a failure the bytes written so far are an incomplete document: write to a
 * temporary file and rename it on success (as the `yjjh` CLI does for `-o`).
 * @param[in] result The result.
 * @param[in] flags  0 or #YJJH_JSON_COMPACT.
 * @param[in] write  Called with each piece of the text, only from the calling thread.
 * @param[in] ctx    Passed to @p write.
 * @return #YJJH_OK; #YJJH_E_NULL_ARG (@p result or @p write NULL); #YJJH_E_OUT_OF_RANGE (an unknown flag);
 *         #YJJH_E_NOMEM; #YJJH_E_IO_WRITE (@p write returned non-zero).
 * @since 0.3
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_result_write_json(const yjjh_result *result, unsigned int flags,
                                                                    yjjh_write_fn write, void *ctx);

/**
 * @brief yjjh_result_write_json() on a chosen number of threads: the counties are formatted in rounds of a few
 *        MB, each round cut into one run of counties per thread, and handed to @p write in order.
 *
 * The bytes do not depend on @p threads, and @p write is only ever called from the calling thread. At most two
 * rounds of text per thread are held at a time.
 * @param[in] result  The result.
 * @param[in] flags   0 or #YJJH_JSON_COMPACT.
 * @param[in] threads 0: automatic (every CPU, only for a large result); 1: the calling thread only; k: at most k.
 * @param[in] write   Called with each piece of the text.
 * @param[in] ctx     Passed to @p write.
 * @return #YJJH_OK; #YJJH_E_NULL_ARG (@p result or @p write NULL); #YJJH_E_OUT_OF_RANGE (an unknown flag);
 *         #YJJH_E_NOMEM; #YJJH_E_IO_WRITE (@p write returned non-zero).
 * @since 0.3
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_result_write_json_ex(const yjjh_result *result, unsigned int flags,
                                                                       size_t threads, yjjh_write_fn write, void *ctx);

/**
 * @brief Stream the CSV text of yjjh_result_to_csv() to a write function, without building the whole text in
 *        memory: yjjh_result_write_csv_ex() with an automatic thread count (0). The bytes are exactly those of
 *        yjjh_result_to_csv().
 * @param[in] result The result.
 * @param[in] write  Called with each piece of the text, only from the calling thread.
 * @param[in] ctx    Passed to @p write.
 * @return #YJJH_OK; #YJJH_E_NULL_ARG (@p result or @p write NULL); #YJJH_E_NOMEM; #YJJH_E_IO_WRITE (@p write
 *         returned non-zero).
 * @since 0.3
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_result_write_csv(const yjjh_result *result, yjjh_write_fn write,
                                                                   void *ctx);

/**
 * @brief yjjh_result_write_csv() on a chosen number of threads (rows formatted in rounds, one run of rows per
 *        thread, handed to @p write in order from the calling thread). The bytes do not depend on @p threads.
 * @param[in] result  The result.
 * @param[in] threads 0: automatic (every CPU, only for a large result); 1: the calling thread only; k: at most k.
 * @param[in] write   Called with each piece of the text.
 * @param[in] ctx     Passed to @p write.
 * @return #YJJH_OK; #YJJH_E_NULL_ARG (@p result or @p write NULL); #YJJH_E_NOMEM; #YJJH_E_IO_WRITE (@p write
 *         returned non-zero).
 * @since 0.3
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_result_write_csv_ex(const yjjh_result *result, size_t threads,
                                                                      yjjh_write_fn write, void *ctx);

/**
 * @brief The result as CSV, one row per school part (docs/cli.md `--format csv`), UTF-8 with a header row.
 * @param[out] out    NUL-terminated CSV text; free with yjjh_free().
 * @param[in]  result The result.
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_NOMEM.
 * @since 0.1
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_result_to_csv(char **out, const yjjh_result *result);

/**
 * @brief Name of a verdict as in the JSON output: "pass", "fail", "incomplete".
 * @param[in] verdict Any value.
 * @return A static string, never NULL ("unknown" for other values).
 * @since 0.1
 */
YJJH_API const char *yjjh_verdict_name(yjjh_verdict verdict);

/**
 * @brief Name of an exclusion as in the JSON output: "special", "private", "teaching_point", "no_students".
 * @param[in] reason Any value.
 * @return A static string, never NULL ("" for #YJJH_EXCLUDED_NONE and unknown values).
 * @since 0.1
 */
YJJH_API const char *yjjh_exclusion_name(yjjh_exclusion reason);

#ifdef __cplusplus
}
#endif

#endif /* YJJH_RESULT_H */
