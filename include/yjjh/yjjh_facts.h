/* SPDX-License-Identifier: MIT */
/**
 * @file yjjh_facts.h
 * @brief County facts (县级事实数据, docs/data-format.md §3): values per county for the government-assurance,
 *        quality, social-recognition, veto and eligibility items that cannot be computed from school rows.
 *
 * Facts are numbers: booleans are 1/0, rates are fractions (0.95). A fact set under county code "" is the
 * default for every county that does not set it itself (the CLI's `--year` sets `evaluation_year` this way).
 * A missing fact makes its item "not assessed", never "met".
 * @since 0.1
 */
#ifndef YJJH_FACTS_H
#define YJJH_FACTS_H

#include <stddef.h>
#include "yjjh/yjjh_export.h"
#include "yjjh/yjjh_status.h"
#include "yjjh/yjjh_diag.h"

#ifdef __cplusplus
extern "C" {
#endif

/** County facts (opaque). */
typedef struct yjjh_facts yjjh_facts;

/**
 * @brief Number of known fact keys (docs/data-format.md §3).
 * @return The number of keys (36).
 * @since 0.1
 */
YJJH_API size_t yjjh_fact_key_count(void);

/**
 * @brief The i-th known fact key ("evaluation_year", "layout_reasonable", …).
 * @param[out] out The key (static string).
 * @param[in]  i   Index, 0 ≤ i < yjjh_fact_key_count().
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_OUT_OF_RANGE.
 * @since 0.2
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_fact_key_get(const char **out, size_t i);

/**
 * @brief Chinese name of a fact key, e.g. "评估年份" for "evaluation_year".
 * @param[in] key A fact key, or NULL.
 * @return A static string; "" for unknown keys and NULL.
 * @since 0.2 (a new name; see NEWS.md)
 */
YJJH_API const char *yjjh_fact_key_name_zh(const char *key);

/**
 * @brief Match a header or JSON key (English or Chinese, trimmed, case-insensitive) to a fact key.
 * @param[out] out The canonical key (static string).
 * @param[in]  name The text.
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_UNKNOWN_CODE.
 * @since 0.1
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_fact_key_from_name(const char **out, const char *name);

/**
 * @brief Read a fact value given as text, by the rules of the facts reader (data-format.md §3): a number
 *        (ASCII digits, thousands separators, surrounding spaces), a percentage ("95%", "95 %", "95％" -> 0.95) or
 *        a boolean (true/false, yes/no, 是/否 -> 1/0); empty, `-`, `NA`, `N/A`, `无` are missing.
 * @param[out] out   The value; NaN when the text is missing.
 * @param[in]  text  UTF-8 text.
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_INVALID_FACTS (not a number, percentage or boolean, or out of the
 *         range of a double).
 * @since 0.1
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_fact_value_parse(double *out, const char *text);

/**
 * @brief Create an empty fact set.
 * @param[out] out New set; free with yjjh_facts_free().
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_NOMEM.
 * @since 0.1
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_facts_new(yjjh_facts **out);

/**
 * @brief Free a fact set.
 * @param[in] facts The set, or NULL (then nothing happens).
 * @since 0.1
 */
YJJH_API void yjjh_facts_free(yjjh_facts *facts);

/**
 * @brief Set a fact for a county.
 * @param[in,out] facts       The set.
 * @param[in]     county_code County code, or "" for the default of all counties.
 * @param[in]     key         A known fact key.
 * @param[in]     value       The value (finite; booleans 1/0; rates as fractions in [0, 1]; money ≥ 0;
 *                            monitoring_level a whole number 1–4; years whole numbers 1990–2100).
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_UNKNOWN_CODE; #YJJH_E_NOT_FINITE; #YJJH_E_OUT_OF_RANGE (the value
 *         is outside the range of its fact, data-format.md §3; since 0.3); #YJJH_E_NOMEM.
 * @since 0.1
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_facts_set(yjjh_facts *facts, const char *county_code, const char *key,
                                                            double value);

/**
 * @brief Get a fact for a county (falling back to the "" default).
 * @param[out] out         The value.
 * @param[in]  facts       The set.
 * @param[in]  county_code County code, or "" for the default of all counties.
 * @param[in]  key         A known fact key.
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_UNKNOWN_CODE (not a fact key); #YJJH_E_NOT_FOUND (not given).
 * @since 0.1
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_facts_get(double *out, const yjjh_facts *facts,
                                                            const char *county_code, const char *key);

/**
 * @brief Number of county codes the set holds facts for (the "" default included when set).
 * @param[in] facts The set, or NULL.
 * @return The number of counties; 0 for NULL.
 * @since 0.1
 */
YJJH_API size_t yjjh_facts_county_count(const yjjh_facts *facts);

/**
 * @brief The i-th county code, in order of first yjjh_facts_set() ("" for the default of all counties).
 * @param[out] out   The code, owned by the set (valid until the set is freed).
 * @param[in]  facts The set.
 * @param[in]  i     Index, 0 ≤ i < yjjh_facts_county_count().
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_OUT_OF_RANGE.
 * @since 0.2
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_facts_county_get(const char **out, const yjjh_facts *facts, size_t i);

#ifdef __cplusplus
}
#endif

#endif /* YJJH_FACTS_H */
