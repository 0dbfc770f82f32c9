/* SPDX-License-Identifier: MIT */
/**
 * @file yjjh_diag.h
 * @brief Caller-owned diagnostics: the list of problems found in input data, each naming file, line and column.
 *
 * Functions that read or validate data take an optional `yjjh_diag *diag`; when they return
 * #YJJH_E_INVALID_DATA (or #YJJH_E_INVALID_PROFILE / #YJJH_E_INVALID_FACTS) the diag holds every problem
 * found in one pass (at most #YJJH_DIAG_MAX, then one final "too many errors" entry). A diag must not be
 * used by two threads at once; there is no global error state.
 * @since 0.1
 */
#ifndef YJJH_DIAG_H
#define YJJH_DIAG_H

#include <stddef.h>
#include "yjjh/yjjh_export.h"
#include "yjjh/yjjh_status.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Maximum number of problems recorded in one diag. */
#define YJJH_DIAG_MAX 100

/** Diagnostics list (opaque). */
typedef struct yjjh_diag yjjh_diag;

/**
 * @brief Create an empty diagnostics list.
 * @param[out] out New list; free with yjjh_diag_free().
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_NOMEM.
 * @since 0.1
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_diag_new(yjjh_diag **out);

/**
 * @brief Free a diagnostics list.
 * @param[in] diag The list, or NULL (then nothing happens).
 * @since 0.1
 */
YJJH_API void yjjh_diag_free(yjjh_diag *diag);

/**
 * @brief Remove all entries.
 * @param[in,out] diag The list, or NULL (then nothing happens).
 * @since 0.1
 */
YJJH_API void yjjh_diag_clear(yjjh_diag *diag);

/**
 * @brief Number of entries.
 * @param[in] diag The list, or NULL.
 * @return The number of entries; 0 for NULL.
 * @since 0.1
 */
YJJH_API size_t yjjh_diag_count(const yjjh_diag *diag);

/** Version of #yjjh_diag_entry understood by this header. */
#define YJJH_DIAG_ENTRY_VERSION 1
/** Static initialiser of #yjjh_diag_entry. @since 0.2 */
/* clang-format off */
#define YJJH_DIAG_ENTRY_INIT { YJJH_DIAG_ENTRY_VERSION, 0, 0, 0 }
/* clang-format on */

/**
 * One problem of a diagnostics list. The strings are owned by the diag and stay valid until it is cleared or
 * freed (yjjh_diag_clear(), yjjh_diag_free()); they are never NULL.
 */
typedef struct yjjh_diag_entry {
    unsigned int version; /**< Set to #YJJH_DIAG_ENTRY_VERSION before the call. */
    const char *message;  /**< The whole message, formatted `file:line: column NAME: problem` (UTF-8), e.g.
                               `schools.csv:17: column 小学在校生数: "12a" is not a number`. */
    size_t line;          /**< Physical line number (header = line 1); 0 when the entry is not tied to a line. */
    const char *column;   /**< Column name as written in the input header; "" (never NULL) when the entry is
                               not tied to a column. */
} yjjh_diag_entry;

/**
 * @brief Describe the i-th entry of a diagnostics list, in the order the entries were added.
 * @param[in,out] out  Caller's struct with version set to #YJJH_DIAG_ENTRY_VERSION; left unchanged on error.
 * @param[in]     diag The list.
 * @param[in]     i    Index, 0 ≤ i < yjjh_diag_count().
 * @return #YJJH_OK; #YJJH_E_NULL_ARG (out or diag NULL); #YJJH_E_STRUCT_VERSION; #YJJH_E_OUT_OF_RANGE.
 * @since 0.2
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_diag_get(yjjh_diag_entry *out, const yjjh_diag *diag, size_t i);

/**
 * @brief Append an entry (used by readers; available to applications that validate further).
 * @param[in,out] diag   The list.
 * @param[in]     file   Source name or NULL.
 * @param[in]     line   Line number or 0.
 * @param[in]     column Column name or NULL.
 * @param[in]     text   Problem description (UTF-8).
 * @return #YJJH_OK; #YJJH_E_NULL_ARG (diag or text NULL); #YJJH_E_NOMEM.
 * @since 0.1
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_diag_add(yjjh_diag *diag, const char *file, size_t line,
                                                           const char *column, const char *text);

#ifdef __cplusplus
}
#endif

#endif /* YJJH_DIAG_H */
