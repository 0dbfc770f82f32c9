/* SPDX-License-Identifier: MIT */
/**
 * @file yjjh_report.h
 * @brief Reports for people: the text report, the printable HTML report, the Excel workbook and the CSV for
 *        Excel, all following one set of display rules (docs/reports.md).
 *
 * Every number is shown against its standard so that a value that misses a standard is never printed as if it
 * met it (more digits are printed until the comparison is visible), ratios and rates are rounded (never
 * truncated), shortfalls are rounded up to the shown precision, booleans are 是/否 (yes/no) and every
 * requirement carries its direction (≥ / ≤). The functions only read the result: any number of threads may
 * write reports of one result at once.
 * @since 0.3
 */
#ifndef YJJH_REPORT_H
#define YJJH_REPORT_H

#include <stddef.h>
#include "yjjh/yjjh_export.h"
#include "yjjh/yjjh_status.h"
#include "yjjh/yjjh_profile.h"
#include "yjjh/yjjh_result.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Language of a report. Values pinned. */
typedef enum yjjh_lang {
    YJJH_LANG_ZH = 0, /**< Chinese (default). */
    YJJH_LANG_EN = 1  /**< English (codes and numbers unchanged). */
} yjjh_lang;

/** Version of #yjjh_report_options. */
#define YJJH_REPORT_OPTIONS_VERSION 1
/** Static initialiser of #yjjh_report_options. @since 0.3 */
/* clang-format off */
#define YJJH_REPORT_OPTIONS_INIT { YJJH_REPORT_OPTIONS_VERSION, YJJH_LANG_ZH, 0, 0, 0, 0, 0 }
/* clang-format on */

/** What a report says about how it was made (its header). Strings are borrowed for the call. */
typedef struct yjjh_report_options {
    unsigned int version;        /**< Set to #YJJH_REPORT_OPTIONS_VERSION. */
    yjjh_lang lang;              /**< Language of the report. */
    const yjjh_profile *profile; /**< The profile of the evaluation (its title), or NULL (the name only). */
    const char *schools_file;    /**< Name of the schools file shown in the header, or NULL. */
    const char *facts_file;      /**< Name of the facts file, or NULL (shown as "none"). */
    const char *profile_file;    /**< Profile file or name as given, or NULL (the result's profile name). */
    const char *date;            /**< Date shown in the header ("2026-12-01"), or NULL for today's date (UTC). */
} yjjh_report_options;

/**
 * @brief The text report: a header (input files, profile, library version, date), per county the verdict and
 *        its reasons, per stage the CV table and the schools failing the school rule with their shortfalls, and
 *        the county items.
 * @param[out] out     New NUL-terminated UTF-8 text ending with a newline; free with yjjh_free(). NULL on error.
 * @param[in]  result  The result.
 * @param[in]  options Options, or NULL for the defaults (Chinese, no file names, today's date).
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_STRUCT_VERSION; #YJJH_E_NOMEM.
 * @since 0.3
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_result_to_text(char **out, const yjjh_result *result,
                                                                 const yjjh_report_options *options);

/**
 * @brief Stream the text report of yjjh_result_to_text() to a write function, without building the whole text in
 *        memory: the county sections are formatted in rounds of a few MB on up to @p threads threads and handed to
 *        @p write in order, only from the calling thread. The bytes are exactly those of yjjh_result_to_text()
 *        (without its NUL) whatever @p threads is.
 * @param[in] result  The result.
 * @param[in] options Options, or NULL for the defaults (Chinese, no file names, today's date).
 * @param[in] threads 0: automatic (every CPU, only for a large result); 1: the calling thread only; k: at most k.
 * @param[in] write   Called with each piece of the text (yjjh_result.h).
 * @param[in] ctx     Passed to @p write.
 * @return #YJJH_OK; #YJJH_E_NULL_ARG (@p result or @p write NULL); #YJJH_E_STRUCT_VERSION; #YJJH_E_NOMEM;
 *         #YJJH_E_IO_WRITE (@p write returned non-zero; the text written so far is incomplete).
 * @since 0.3
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_result_write_text(const yjjh_result *result,
                                                                    const yjjh_report_options *options, size_t threads,
                                                                    yjjh_write_fn write, void *ctx);

/**
 * @brief The HTML report: one self-contained printable page (inline CSS and SVG charts, no network, system
 *        fonts with a CJK fallback), a section per county with the verdict and reasons, per stage a chart of
 *        each indicator's CV against its limit and a school × indicator table coloured by the ratio to the
 *        standard, and the county items. Every data string is HTML-escaped.
 * @param[out] out     New NUL-terminated UTF-8 HTML; free with yjjh_free(). NULL on error.
 * @param[in]  result  The result.
 * @param[in]  options Options, or NULL for the defaults.
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_STRUCT_VERSION; #YJJH_E_NOMEM.
 * @since 0.3
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_result_to_html(char **out, const yjjh_result *result,
                                                                 const yjjh_report_options *options);

/**
 * @brief Write the Excel workbook (.xlsx): sheets 结论 (verdicts, reasons), 学校 (every school part: values,
 *        ratios, met flags, shortfalls), 差异系数 (county × stage × indicator with limits) and 县级指标 (county
 *        items); numbers stay numbers, with number formats, frozen header rows, filters and failures
 *        highlighted. Sheet names and headers follow options->lang.
 * @param[in] path    File to write (created or replaced directly: write to a temporary name and rename it for
 *                    an atomic update). On failure the file is removed.
 * @param[in] result  The result.
 * @param[in] options Options, or NULL for the defaults.
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_STRUCT_VERSION; #YJJH_E_NOMEM; #YJJH_E_IO_WRITE (the file cannot be
 *         written).
 * @since 0.3
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_result_to_xlsx(const char *path, const yjjh_result *result,
                                                                 const yjjh_report_options *options);

/**
 * @brief The CSV of yjjh_result_to_csv() for Excel: a UTF-8 byte order mark and the header row in the
 *        language of options (Chinese by default); the rows are the same.
 * @param[out] out     New NUL-terminated text; free with yjjh_free(). NULL on error.
 * @param[in]  result  The result.
 * @param[in]  options Options (only lang is used), or NULL for the defaults.
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_STRUCT_VERSION; #YJJH_E_NOMEM.
 * @since 0.3
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_result_to_excel_csv(char **out, const yjjh_result *result,
                                                                      const yjjh_report_options *options);

#ifdef __cplusplus
}
#endif

#endif /* YJJH_REPORT_H */
