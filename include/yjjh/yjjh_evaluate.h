/* SPDX-License-Identifier: MIT */
/**
 * @file yjjh_evaluate.h
 * @brief Whole-county evaluation: a school table, county facts and a profile in, a result (yjjh_result.h) out.
 *
 * yjjh_schools_evaluate() validates a school table, groups it by county_code, applies the scope rules
 * (docs/indicators.md §1), splits shared facilities (§2.1), computes per school part the indicator values and the
 * school rule (§3), per county and stage the county value, CV and threshold of every indicator (§4), the county
 * items (§5–6) and the verdict with its reasons (§7).
 *
 * Thread safety: yjjh_schools_evaluate() keeps no shared state; any number of threads may evaluate different (or
 * the same, read-only) inputs at once. A large table is evaluated on several threads of its own
 * (yjjh_schools_evaluate_ex(), #yjjh_evaluate_options): the result is the same, bit for bit, on any number of
 * threads, and the problems come in the same order.
 * @since 0.1
 */
#ifndef YJJH_EVALUATE_H
#define YJJH_EVALUATE_H

#include <stddef.h>
#include "yjjh/yjjh_export.h"
#include "yjjh/yjjh_status.h"
#include "yjjh/yjjh_profile.h"
#include "yjjh/yjjh_schools.h"
#include "yjjh/yjjh_facts.h"
#include "yjjh/yjjh_diag.h"
#include "yjjh/yjjh_result.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Version of #yjjh_evaluate_options understood by this header. @since 0.3 */
#define YJJH_EVALUATE_OPTIONS_VERSION 1
/** Static initialiser of #yjjh_evaluate_options: every option at its default. @since 0.3 */
/* clang-format off */
#define YJJH_EVALUATE_OPTIONS_INIT { YJJH_EVALUATE_OPTIONS_VERSION, 0 }
/* clang-format on */

/**
 * How to evaluate (yjjh_schools_evaluate_ex()). Later versions may add members at the end.
 * @since 0.3
 */
typedef struct yjjh_evaluate_options {
    unsigned int version; /**< Set to #YJJH_EVALUATE_OPTIONS_VERSION. */
    size_t threads;       /**< 0 = automatic (every CPU the process may use, only when the table is large enough to
                               gain: about 8,000 rows a thread); 1 = the calling thread only; k = at most k threads.
                               The result is the same on any number. */
} yjjh_evaluate_options;

/**
 * @brief Evaluate every county of a school table.
 * @param[out]    out      New result; free with yjjh_result_free(). NULL on error.
 * @param[in]     schools  The school table (validated first; see yjjh_schools_validate()).
 * @param[in]     facts    County facts, or NULL (then fact-based items are not assessed).
 * @param[in]     profile  The profile.
 * @param[in,out] diag     Receives data problems (may be NULL).
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_EMPTY (no rows); #YJJH_E_INVALID_DATA (see diag: nothing was
 *         evaluated); #YJJH_E_NOMEM.
 * @note An undefined CV (county total zero) is not an error: it is reported in the result as a failed indicator.
 *       The same as yjjh_schools_evaluate_ex() with the default options (threads automatic).
 * @since 0.2 (a new name; see NEWS.md)
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_schools_evaluate(yjjh_result **out, const yjjh_schools *schools,
                                                                   const yjjh_facts *facts, const yjjh_profile *profile,
                                                                   yjjh_diag *diag);

/**
 * @brief Evaluate every county of a school table, with options: as yjjh_schools_evaluate(), on up to
 *        options->threads threads (counties are split among them; the result and the problems are the same on any
 *        number of threads).
 * @param[out]    out      New result; free with yjjh_result_free(). NULL on error.
 * @param[in]     schools  The school table (validated first; see yjjh_schools_validate()).
 * @param[in]     facts    County facts, or NULL (then fact-based items are not assessed).
 * @param[in]     profile  The profile.
 * @param[in]     options  The options, or NULL for the defaults (#YJJH_EVALUATE_OPTIONS_INIT).
 * @param[in,out] diag     Receives data problems (may be NULL).
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_STRUCT_VERSION (options->version is not
 *         #YJJH_EVALUATE_OPTIONS_VERSION); #YJJH_E_EMPTY (no rows); #YJJH_E_INVALID_DATA (see diag: nothing was
 *         evaluated); #YJJH_E_NOMEM.
 * @since 0.3
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_schools_evaluate_ex(yjjh_result **out, const yjjh_schools *schools,
                                                                      const yjjh_facts *facts,
                                                                      const yjjh_profile *profile,
                                                                      const yjjh_evaluate_options *options,
                                                                      yjjh_diag *diag);

#ifdef __cplusplus
}
#endif

#endif /* YJJH_EVALUATE_H */
