/* SPDX-License-Identifier: MIT */
/**
 * @file yjjh_status.h
 * @brief The one status type of the libyjjh API, and yjjh_strerror().
 *
 * Values are grouped by category and pinned once released; new codes are appended inside their category:
 * - 0 success;
 * - 1xx invalid argument or invalid input data;
 * - 2xx numerical or domain problem;
 * - 3xx lookup failure (unknown code, name, key);
 * - 4xx resource exhaustion;
 * - 5xx input/output;
 * - 9xx internal error.
 *
 * @since 0.1
 */
#ifndef YJJH_STATUS_H
#define YJJH_STATUS_H

#include "yjjh/yjjh_export.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Status returned by every libyjjh function that can fail. */
typedef enum yjjh_status {
    YJJH_OK = 0, /**< Success. */

    YJJH_E_NULL_ARG = 100,        /**< A required pointer argument is NULL. */
    YJJH_E_EMPTY = 101,           /**< No elements (n = 0) where at least one is required. */
    YJJH_E_NOT_FINITE = 102,      /**< A value is NaN or infinite. */
    YJJH_E_NEGATIVE = 103,        /**< A count, area, amount or value is negative. */
    YJJH_E_BAD_WEIGHT = 104,      /**< A weight is zero or negative. */
    YJJH_E_ZERO_STUDENTS = 105,   /**< The number of students is zero (or not positive). */
    YJJH_E_OUT_OF_RANGE = 106,    /**< An index or parameter is outside its allowed range. */
    YJJH_E_LENGTH_MISMATCH = 107, /**< Two arrays that must have the same length do not. */
    YJJH_E_STRUCT_VERSION = 108,  /**< The version member of a caller's struct is not supported. */
    YJJH_E_BAD_STAGE = 109,       /**< The stage is not valid for this call. */
    YJJH_E_COLUMN_KIND = 110,     /**< A text column was used as a number column or vice versa. */
    YJJH_E_NOT_POSITIVE = 111,    /**< A value is zero where it must be positive (a logarithm or negative power of
                                       it, a ratio to it). @since 0.3 */
    YJJH_E_INVALID_DATA = 150,    /**< Input data has errors; the details are in the yjjh_diag. */
    YJJH_E_INVALID_PROFILE = 151, /**< A profile file is invalid; the details are in the yjjh_diag. */
    YJJH_E_INVALID_FACTS = 152,   /**< A county facts file is invalid; the details are in the yjjh_diag. */
    YJJH_E_ENCODING = 153,        /**< Text is not valid in the expected character encoding. */

    YJJH_E_ZERO_MEAN = 200,      /**< The (weighted) mean is zero, so the coefficient of variation is undefined. */
    YJJH_E_OVERFLOW = 201,       /**< An intermediate or final result is not representable. */
    YJJH_E_NOT_APPLICABLE = 202, /**< The operation does not apply (e.g. school rule in a profile without one). */

    YJJH_E_UNKNOWN_CODE = 300,    /**< Unknown indicator, standard or fact code. */
    YJJH_E_UNKNOWN_PROFILE = 301, /**< Unknown profile name. */
    YJJH_E_UNKNOWN_COLUMN = 302,  /**< Unknown column id or header. */
    YJJH_E_NOT_FOUND = 303,       /**< The requested entry does not exist (missing value, stage not present). */

    YJJH_E_NOMEM = 400, /**< Out of memory. */

    YJJH_E_IO_OPEN = 500,  /**< A file cannot be opened. */
    YJJH_E_IO_READ = 501,  /**< A file cannot be read. */
    YJJH_E_IO_WRITE = 502, /**< A file cannot be written. */

    YJJH_E_INTERNAL = 900 /**< Internal error (a bug in libyjjh). */
} yjjh_status;

/**
 * @brief English description of a status.
 * @param[in] status Any value, including unknown ones.
 * @return A static string, never NULL ("unknown status" for values that are not a yjjh_status).
 * @since 0.1
 * @note Thread-safe; never fails.
 */
YJJH_API const char *yjjh_strerror(yjjh_status status);

/**
 * @brief Free memory that libyjjh allocated and handed to the caller (e.g. JSON text).
 * @param[in] ptr Memory returned by a function whose documentation says "free with yjjh_free()"; NULL is allowed.
 * @since 0.1
 */
YJJH_API void yjjh_free(void *ptr);

#ifdef __cplusplus
}
#endif

#endif /* YJJH_STATUS_H */
