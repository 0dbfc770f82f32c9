/* SPDX-License-Identifier: MIT */
/**
 * @file yjjh_reader.h
 * @brief Reading school tables from CSV or .xlsx and county facts from CSV or JSON, docs/data-format.md.
 *
 * RFC 4180 CSV, UTF-8 with or without BOM, or GB18030/GBK (auto-detected: input that is not valid UTF-8 is
 * read as GB18030 unless an encoding is given). Headers in English or Chinese. Every problem of the input is
 * collected in one pass into the diag as `file:line: column NAME: problem`; on any problem the function
 * returns #YJJH_E_INVALID_DATA and no table.
 * @since 0.1
 */
#ifndef YJJH_READER_H
#define YJJH_READER_H

#include <stddef.h>
#include "yjjh/yjjh_export.h"
#include "yjjh/yjjh_status.h"
#include "yjjh/yjjh_diag.h"
#include "yjjh/yjjh_schools.h"
#include "yjjh/yjjh_facts.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * @brief Read a schools file, CSV or .xlsx (detected by content), with the default options of
 *        yjjh_schools_read_file_ex().
 * @param[out]    out      New table (free with yjjh_schools_free()); NULL on error.
 * @param[in]     path     File path ("-" is not special here; the CLI handles stdin).
 * @param[in]     encoding NULL or "auto" (UTF-8, else GB18030), "utf-8", "gb18030", "gbk".
 * @param[in,out] diag     Receives every problem (may be NULL).
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_IO_OPEN; #YJJH_E_IO_READ; #YJJH_E_ENCODING (unknown encoding
 *         name, or text invalid in the named encoding); #YJJH_E_INVALID_DATA; #YJJH_E_NOMEM.
 * @since 0.1
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_schools_read_file(yjjh_schools **out, const char *path,
                                                                    const char *encoding, yjjh_diag *diag);

/**
 * @brief Read a schools CSV or .xlsx held in memory, with the default options of yjjh_schools_read_buffer_ex().
 * @param[out]    out         New table; NULL on error.
 * @param[in]     data        The bytes (need not be NUL-terminated; embedded NUL bytes are an error).
 * @param[in]     len         Number of bytes.
 * @param[in]     source_name Name used in messages (e.g. "<stdin>"); NULL for "<buffer>".
 * @param[in]     encoding    As yjjh_schools_read_file().
 * @param[in,out] diag        Receives every problem (may be NULL).
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_ENCODING; #YJJH_E_INVALID_DATA; #YJJH_E_NOMEM.
 * @since 0.1
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_schools_read_buffer(yjjh_schools **out, const char *data, size_t len,
                                                                      const char *source_name, const char *encoding,
                                                                      yjjh_diag *diag);

/** Version of #yjjh_read_options understood by this header. */
#define YJJH_READ_OPTIONS_VERSION 1
/** Static initialiser of #yjjh_read_options: every option at its default. @since 0.3 */
/* clang-format off */
#define YJJH_READ_OPTIONS_INIT { YJJH_READ_OPTIONS_VERSION, NULL, NULL, 0, NULL, 0, NULL }
/* clang-format on */

/**
 * How to read a schools table (docs/data-format.md "Table layout", "Excel workbooks", "Column mappings").
 * @since 0.3
 */
typedef struct yjjh_read_options {
    unsigned int version;     /**< Set to #YJJH_READ_OPTIONS_VERSION. */
    const char *encoding;     /**< CSV text encoding as for yjjh_schools_read_file(); NULL = auto. */
    const char *sheet;        /**< xlsx: the sheet to read; NULL = the first sheet. Ignored for CSV. */
    size_t header_row;        /**< 1-based line (CSV) or sheet row (xlsx) of the header; 0 = find it. */
    const char *columns;      /**< A column mapping (JSON text, UTF-8) or NULL. */
    size_t columns_len;       /**< Bytes of columns. */
    const char *columns_name; /**< Name of the mapping in messages (e.g. its file name); NULL = "<columns>". */
} yjjh_read_options;

/**
 * @brief Read a schools table held in memory with options: CSV, or an .xlsx workbook (detected by content, a zip
 *        archive with xl/workbook.xml); .xls and .ods files are refused with a hint. Notes of the reader (total
 *        rows skipped, unknown columns) are left on the table: yjjh_schools_note_get().
 * @param[out]    out         New table; NULL on error.
 * @param[in]     data        The bytes.
 * @param[in]     len         Number of bytes.
 * @param[in]     source_name Name used in messages; NULL for "<buffer>".
 * @param[in]     options     The options, or NULL for the defaults (#YJJH_READ_OPTIONS_INIT).
 * @param[in,out] diag        Receives every problem (may be NULL).
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_STRUCT_VERSION; #YJJH_E_ENCODING; #YJJH_E_INVALID_DATA (also a
 *         workbook that cannot be read, a sheet that does not exist, a limit exceeded, a bad mapping);
 *         #YJJH_E_NOMEM.
 * @since 0.3
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_schools_read_buffer_ex(yjjh_schools **out, const char *data,
                                                                         size_t len, const char *source_name,
                                                                         const yjjh_read_options *options,
                                                                         yjjh_diag *diag);

/**
 * @brief Read a schools file (CSV or .xlsx) with options, as yjjh_schools_read_buffer_ex().
 * @param[out]    out     New table; NULL on error.
 * @param[in]     path    File path.
 * @param[in]     options The options, or NULL for the defaults.
 * @param[in,out] diag    Receives every problem (may be NULL).
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_STRUCT_VERSION; #YJJH_E_IO_OPEN; #YJJH_E_IO_READ;
 *         #YJJH_E_ENCODING; #YJJH_E_INVALID_DATA; #YJJH_E_NOMEM.
 * @since 0.3
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_schools_read_file_ex(yjjh_schools **out, const char *path,
                                                                       const yjjh_read_options *options,
                                                                       yjjh_diag *diag);

/**
 * @brief Read county facts from a CSV file (one row per county) or a JSON file (object keyed by county code);
 *        the format is chosen by content (first non-space byte `{` means JSON).
 * @param[out]    out      New fact set (free with yjjh_facts_free()); NULL on error.
 * @param[in]     path     File path.
 * @param[in]     encoding As yjjh_schools_read_file() (CSV only; JSON must be UTF-8).
 * @param[in,out] diag     Receives every problem (may be NULL).
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_IO_OPEN; #YJJH_E_IO_READ; #YJJH_E_ENCODING;
 *         #YJJH_E_INVALID_FACTS; #YJJH_E_NOMEM.
 * @since 0.1
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_facts_read_file(yjjh_facts **out, const char *path,
                                                                  const char *encoding, yjjh_diag *diag);

/**
 * @brief Read county facts held in memory (CSV or JSON, chosen by content as yjjh_facts_read_file()).
 * @param[out]    out         New fact set (free with yjjh_facts_free()); NULL on error.
 * @param[in]     data        The bytes (need not be NUL-terminated).
 * @param[in]     len         Number of bytes.
 * @param[in]     source_name Name used in messages (e.g. "<stdin>"); NULL for "<buffer>".
 * @param[in]     encoding    As yjjh_schools_read_file() (CSV only; JSON must be UTF-8).
 * @param[in,out] diag        Receives every problem (may be NULL).
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_ENCODING; #YJJH_E_INVALID_FACTS; #YJJH_E_NOMEM.
 * @since 0.1
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_facts_read_buffer(yjjh_facts **out, const char *data, size_t len,
                                                                    const char *source_name, const char *encoding,
                                                                    yjjh_diag *diag);

#ifdef __cplusplus
}
#endif

#endif /* YJJH_READER_H */
