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

/**
 * Stable problem code of a diagnostic: what kind of problem it is, whatever the message says or its language.
 * The values never change and new ones are added at the end; the names (yjjh_problem_code_name()) are the
 * `code` of the CLI's `--errors json` document and are listed in docs/cli.md ("Problem codes").
 * @since 0.3
 */
typedef enum yjjh_problem_code {
    YJJH_PROBLEM_OTHER = 0,                      /**< `other`: added by yjjh_diag_add() without a code */
    YJJH_PROBLEM_TOO_MANY_PROBLEMS = 1,          /**< `too_many_problems`: the final entry after #YJJH_DIAG_MAX */
    YJJH_PROBLEM_UNKNOWN_ENCODING = 2,           /**< `unknown_encoding`: the encoding name asked for is unknown */
    YJJH_PROBLEM_UNSUPPORTED_ENCODING = 3,       /**< `unsupported_encoding`: UTF-16 text */
    YJJH_PROBLEM_NUL_BYTE = 4,                   /**< `nul_byte`: a NUL byte in a text input */
    YJJH_PROBLEM_INVALID_ENCODING = 5,           /**< `invalid_encoding`: invalid UTF-8 or GB18030 bytes */
    YJJH_PROBLEM_CSV_SYNTAX = 6,                 /**< `csv_syntax`: a stray or unterminated quote */
    YJJH_PROBLEM_EMPTY_FILE = 7,                 /**< `empty_file`: no header row */
    YJJH_PROBLEM_TOO_MANY_FIELDS = 8,            /**< `too_many_fields`: a row longer than the header */
    YJJH_PROBLEM_DUPLICATE_COLUMN = 9,           /**< `duplicate_column`: two header fields name one column */
    YJJH_PROBLEM_MISSING_COLUMN = 10,            /**< `missing_column`: a column the evaluation needs is absent */
    YJJH_PROBLEM_NOT_A_NUMBER = 11,              /**< `not_a_number`: a number cell that is not a number */
    YJJH_PROBLEM_TOO_LARGE = 12,                 /**< `too_large`: a number that overflows or is implausible */
    YJJH_PROBLEM_NOT_FINITE = 13,                /**< `not_finite`: an infinite number */
    YJJH_PROBLEM_NEGATIVE_VALUE = 14,            /**< `negative_value`: a count, area or amount below 0 */
    YJJH_PROBLEM_NOT_INTEGER = 15,               /**< `not_integer`: a count or switch with a fraction */
    YJJH_PROBLEM_MISSING_VALUE = 16,             /**< `missing_value`: an empty cell that is needed */
    YJJH_PROBLEM_DUPLICATE_ID = 17,              /**< `duplicate_id`: a school_id given twice */
    YJJH_PROBLEM_UNKNOWN_SCHOOL_TYPE = 18,       /**< `unknown_school_type`: school_type not in the list */
    YJJH_PROBLEM_UNKNOWN_OWNERSHIP = 19,         /**< `unknown_ownership`: ownership not public/private */
    YJJH_PROBLEM_UNKNOWN_LOCATION = 20,          /**< `unknown_location`: location not urban/town/rural */
    YJJH_PROBLEM_STAGE_NOT_SERVED = 21,          /**< `stage_not_served`: students in a stage the type lacks */
    YJJH_PROBLEM_TEACHERS_WITHOUT_STUDENTS = 22, /**< `teachers_without_students`: staff in an empty stage */
    YJJH_PROBLEM_MISSING_PARENT = 23,            /**< `missing_parent`: a teaching point without parent_id */
    YJJH_PROBLEM_UNKNOWN_PARENT = 24,            /**< `unknown_parent`: parent_id is not a school_id */
    YJJH_PROBLEM_INVALID_PARENT = 25,            /**< `invalid_parent`: the parent has no primary stage */
    YJJH_PROBLEM_VALUE_OVERFLOW = 26,            /**< `value_overflow`: an indicator too large to compute */
    YJJH_PROBLEM_MISSING_COUNTY_CODE = 27,       /**< `missing_county_code`: facts rows without county_code */
    YJJH_PROBLEM_DUPLICATE_COUNTY = 28,          /**< `duplicate_county`: facts of one county given twice */
    YJJH_PROBLEM_UNKNOWN_FACT = 29,              /**< `unknown_fact`: a fact name that is not in the list */
    YJJH_PROBLEM_DUPLICATE_FACT = 30,            /**< `duplicate_fact`: one fact given twice */
    YJJH_PROBLEM_INVALID_FACT_VALUE = 31,        /**< `invalid_fact_value`: not a number, rate or yes/no */
    YJJH_PROBLEM_JSON_SYNTAX = 32,               /**< `json_syntax`: the text is not valid JSON */
    YJJH_PROBLEM_WRONG_TYPE = 33,                /**< `wrong_type`: a JSON value of the wrong type */
    YJJH_PROBLEM_DUPLICATE_KEY = 34,             /**< `duplicate_key`: a JSON key given twice */
    YJJH_PROBLEM_UNKNOWN_KEY = 35,               /**< `unknown_key`: a JSON key that is not allowed there */
    YJJH_PROBLEM_MISSING_KEY = 36,               /**< `missing_key`: a required JSON key is absent */
    YJJH_PROBLEM_OUT_OF_RANGE = 37,              /**< `out_of_range`: a value outside its allowed range */
    YJJH_PROBLEM_NOT_APPLICABLE = 38,            /**< `not_applicable`: a key of the other scheme */
    YJJH_PROBLEM_UNKNOWN_STAGE = 39,             /**< `unknown_stage`: a stage this key does not have */
    YJJH_PROBLEM_UNKNOWN_PROFILE = 40,           /**< `unknown_profile`: extends names no profile */
    YJJH_PROBLEM_EXTENDS_TOO_DEEP = 41,          /**< `extends_too_deep`: an extends chain too long (cycle?) */
    YJJH_PROBLEM_TOO_LONG = 42,                  /**< `too_long`: a text longer than allowed */
    /* reported by the CLI and the HTTP service (never by the library) */
    YJJH_PROBLEM_CANNOT_OPEN = 43,            /**< `cannot_open`: an input file cannot be opened or read */
    YJJH_PROBLEM_CANNOT_WRITE = 44,           /**< `cannot_write`: the output cannot be written */
    YJJH_PROBLEM_NO_ROWS = 45,                /**< `no_rows`: a schools table with a header but no rows */
    YJJH_PROBLEM_INTERNAL = 46,               /**< `internal`: an internal error (out of memory, …) */
    YJJH_PROBLEM_BAD_REQUEST = 47,            /**< `bad_request`: a malformed HTTP request or form */
    YJJH_PROBLEM_NOT_FOUND = 48,              /**< `not_found`: no such route */
    YJJH_PROBLEM_METHOD_NOT_ALLOWED = 49,     /**< `method_not_allowed`: the route takes another method */
    YJJH_PROBLEM_PAYLOAD_TOO_LARGE = 50,      /**< `payload_too_large`: the request body is over the limit */
    YJJH_PROBLEM_UNSUPPORTED_MEDIA_TYPE = 51, /**< `unsupported_media_type`: a Content-Type not accepted */
    YJJH_PROBLEM_UNKNOWN_PROFILE_NAME = 52,   /**< `unknown_profile_name`: --profile or the profile field names
                                                   no built-in profile (nor a profile file) */
    /* the workbook reader, the table layout and --columns mappings (issue 13) */
    YJJH_PROBLEM_UNREADABLE_WORKBOOK = 53,    /**< `unreadable_workbook`: a damaged zip, part or sheet XML */
    YJJH_PROBLEM_UNSUPPORTED_FORMAT = 54,     /**< `unsupported_format`: .xls, .ods or another zip */
    YJJH_PROBLEM_UNKNOWN_SHEET = 55,          /**< `unknown_sheet`: --sheet names no sheet */
    YJJH_PROBLEM_WORKBOOK_LIMIT = 56,         /**< `workbook_limit`: a limit against hostile workbooks */
    YJJH_PROBLEM_UNKNOWN_COLUMN = 57,         /**< `unknown_column`: a note: a header ignored */
    YJJH_PROBLEM_TOTAL_ROW_SKIPPED = 58,      /**< `total_row_skipped`: a note: a 合计 row skipped */
    YJJH_PROBLEM_HEADER_BELOW_TITLE = 59,     /**< `header_below_title`: a note: title rows skipped */
    YJJH_PROBLEM_NO_HEADER_ROW = 60,          /**< `no_header_row`: --header-row names no row */
    YJJH_PROBLEM_INVALID_COLUMN_MAPPING = 61, /**< `invalid_column_mapping`: a bad --columns mapping */
    /* the CLI's own checks of its options (issue 16) */
    YJJH_PROBLEM_INVALID_OPTION = 62 /**< `invalid_option`: an option value or combination a command refuses */
} yjjh_problem_code;

/**
 * @brief The stable name of a problem code (`missing_column`, `not_a_number`, …), as in `--errors json`.
 * @param[in] code The code.
 * @return A static string; NULL when code is not a value of #yjjh_problem_code.
 * @since 0.3
 */
YJJH_API const char *yjjh_problem_code_name(yjjh_problem_code code);

/**
 * @brief The problem code of a name (the inverse of yjjh_problem_code_name()).
 * @param[out] out  The code; left unchanged on error.
 * @param[in]  name A name as yjjh_problem_code_name() returns it (exact, lower case).
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_OUT_OF_RANGE when no code has that name.
 * @since 0.3
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_problem_code_from_name(yjjh_problem_code *out, const char *name);

/** Version of #yjjh_diag_entry understood by this header (2 since 0.3: `code`; version 1 is still accepted). */
#define YJJH_DIAG_ENTRY_VERSION 2
/** Static initialiser of #yjjh_diag_entry. @since 0.2 */
/* clang-format off */
#define YJJH_DIAG_ENTRY_INIT { YJJH_DIAG_ENTRY_VERSION, 0, 0, 0, YJJH_PROBLEM_OTHER, 0, 0, 0 }
/* clang-format on */

/**
 * One problem of a diagnostics list. The strings are owned by the diag and stay valid until it is cleared or
 * freed (yjjh_diag_clear(), yjjh_diag_free()); they are never NULL.
 */
typedef struct yjjh_diag_entry {
    unsigned int version;   /**< Set to #YJJH_DIAG_ENTRY_VERSION before the call. */
    const char *message;    /**< The whole message, formatted `file:line: column NAME: problem` (UTF-8), e.g.
                                 `schools.csv:17: column 小学在校生数: "12a" is not a number`. */
    size_t line;            /**< Physical line number (header = line 1); 0 when the entry is not tied to a line. */
    const char *column;     /**< Column name as written in the input header; "" (never NULL) when the entry is
                                 not tied to a column. */
    yjjh_problem_code code; /**< What kind of problem (since version 2, 0.3); not written for version 1. */
    const char *file;       /**< Source name as given to the reader; "" when none (since version 2). */
    const char *text;       /**< The problem alone, without file, line and column (since version 2), e.g.
                                 `"12a" is not a number`. */
    const char *cell;       /**< Spreadsheet cell of an xlsx input, `Sheet1!D14`; "" when none (since
                                 version 2; `line` is then the sheet row). */
} yjjh_diag_entry;

/**
 * @brief Describe the i-th entry of a diagnostics list, in the order the entries were added.
 * @param[in,out] out  Caller's struct with version set to #YJJH_DIAG_ENTRY_VERSION (or 1: then `code` is not
 *                     written, nor `file`, `text` and `cell`); left unchanged on error.
 * @param[in]     diag The list.
 * @param[in]     i    Index, 0 ≤ i < yjjh_diag_count().
 * @return #YJJH_OK; #YJJH_E_NULL_ARG (out or diag NULL); #YJJH_E_STRUCT_VERSION; #YJJH_E_OUT_OF_RANGE.
 * @since 0.2
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_diag_get(yjjh_diag_entry *out, const yjjh_diag *diag, size_t i);

/**
 * @brief Append an entry with code #YJJH_PROBLEM_OTHER (available to applications that validate further).
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

/**
 * @brief Append an entry with its problem code (yjjh_diag_add() gives #YJJH_PROBLEM_OTHER).
 * @param[in,out] diag   The list.
 * @param[in]     code   The problem code.
 * @param[in]     file   Source name or NULL.
 * @param[in]     line   Line number or 0.
 * @param[in]     column Column name or NULL.
 * @param[in]     text   Problem description (UTF-8).
 * @return #YJJH_OK; #YJJH_E_NULL_ARG (diag or text NULL); #YJJH_E_OUT_OF_RANGE (code not a
 *         #yjjh_problem_code); #YJJH_E_NOMEM.
 * @since 0.3
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_diag_add_problem(yjjh_diag *diag, yjjh_problem_code code,
                                                                   const char *file, size_t line, const char *column,
                                                                   const char *text);

#ifdef __cplusplus
}
#endif

#endif /* YJJH_DIAG_H */
