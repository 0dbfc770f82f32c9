/* SPDX-License-Identifier: MIT */
/**
 * @file yjjh_schools.h
 * @brief The school table: one row per school, column-oriented (docs/data-format.md §1–2).
 *
 * A table has a fixed number of rows and any set of columns. Number columns hold doubles where NaN means
 * **missing** (an empty cell), never zero. Text columns hold UTF-8 strings (NULL = missing). Columns are set
 * whole (yjjh_schools_set_numbers(), yjjh_schools_set_texts(): the fast path for bindings) or cell by cell.
 * Values are checked by yjjh_schools_validate() (and by yjjh_schools_evaluate()), which reports every problem with
 * its row (or source line) and column.
 *
 * A table is not internally synchronised: concurrent reads are fine, writes need exclusive access.
 * @since 0.1
 */
#ifndef YJJH_SCHOOLS_H
#define YJJH_SCHOOLS_H

#include <stddef.h>
#include "yjjh/yjjh_export.h"
#include "yjjh/yjjh_status.h"
#include "yjjh/yjjh_indicators.h"
#include "yjjh/yjjh_profile.h"
#include "yjjh/yjjh_diag.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Column identifiers. Values are pinned; the English/Chinese header names are in yjjh_column_name(). */
typedef enum yjjh_column {
    YJJH_COL_SCHOOL_ID = 1,   /**< 学校标识码 (text, required, unique). */
    YJJH_COL_SCHOOL_NAME = 2, /**< 学校名称 (text). */
    YJJH_COL_COUNTY_CODE = 3, /**< 县区代码 (text). */
    YJJH_COL_COUNTY_NAME = 4, /**< 县区名称 (text). */
    YJJH_COL_SCHOOL_TYPE = 5, /**< 学校类型 (text: primary, junior, nine_year, … or 小学, 初中, …). */
    YJJH_COL_OWNERSHIP = 6,   /**< 办学性质 (text: public/公办, private/民办). */
    YJJH_COL_LOCATION = 7,    /**< 城乡分类 (text: urban/城区, town/镇区, rural/乡村). */
    YJJH_COL_PARENT_ID = 8,   /**< 所属中心校 (text; teaching points). */

    YJJH_COL_PRIMARY_STUDENTS = 20,              /**< 小学在校生数. */
    YJJH_COL_PRIMARY_CLASSES = 21,               /**< 小学班数. */
    YJJH_COL_PRIMARY_MAX_CLASS_SIZE = 22,        /**< 小学最大班额. */
    YJJH_COL_PRIMARY_FULLTIME_TEACHERS = 23,     /**< 小学专任教师数. */
    YJJH_COL_PRIMARY_TEACHERS_ABOVE_DEGREE = 24, /**< 小学高于规定学历教师数. */
    YJJH_COL_PRIMARY_BACKBONE_TEACHERS = 25,     /**< 小学县级及以上骨干教师数. */
    YJJH_COL_PRIMARY_PE_ART_TEACHERS = 26,       /**< 小学体育艺术专任教师数. */
    YJJH_COL_PRIMARY_MID_TITLE_TEACHERS = 27,    /**< 小学中级及以上职称教师数. */

    YJJH_COL_JUNIOR_STUDENTS = 40,              /**< 初中在校生数. */
    YJJH_COL_JUNIOR_CLASSES = 41,               /**< 初中班数. */
    YJJH_COL_JUNIOR_MAX_CLASS_SIZE = 42,        /**< 初中最大班额. */
    YJJH_COL_JUNIOR_FULLTIME_TEACHERS = 43,     /**< 初中专任教师数. */
    YJJH_COL_JUNIOR_TEACHERS_ABOVE_DEGREE = 44, /**< 初中高于规定学历教师数. */
    YJJH_COL_JUNIOR_BACKBONE_TEACHERS = 45,     /**< 初中县级及以上骨干教师数. */
    YJJH_COL_JUNIOR_PE_ART_TEACHERS = 46,       /**< 初中体育艺术专任教师数. */
    YJJH_COL_JUNIOR_MID_TITLE_TEACHERS = 47,    /**< 初中中级及以上职称教师数. */

    YJJH_COL_SENIOR_STUDENTS = 60, /**< 高中在校生数 (apportioning only). */

    YJJH_COL_TEACHING_AREA = 70,    /**< 教学及辅助用房面积 (m², school total). */
    YJJH_COL_SPORTS_AREA = 71,      /**< 体育运动场馆面积 (m², school total). */
    YJJH_COL_EQUIPMENT_VALUE = 72,  /**< 教学仪器设备值 (元, school total). */
    YJJH_COL_MULTIMEDIA_ROOMS = 73, /**< 网络多媒体教室数 (school total). */
    YJJH_COL_COMPUTERS = 74,        /**< 计算机台数 (school total). */
    YJJH_COL_BOOKS = 75,            /**< 图书册数 (school total). */

    YJJH_COL_PRIMARY_TEACHING_AREA = 80,    /**< 小学教学及辅助用房面积 (given per stage: no split). */
    YJJH_COL_PRIMARY_SPORTS_AREA = 81,      /**< 小学体育运动场馆面积. */
    YJJH_COL_PRIMARY_EQUIPMENT_VALUE = 82,  /**< 小学教学仪器设备值. */
    YJJH_COL_PRIMARY_MULTIMEDIA_ROOMS = 83, /**< 小学网络多媒体教室数. */
    YJJH_COL_PRIMARY_COMPUTERS = 84,        /**< 小学计算机台数. */
    YJJH_COL_PRIMARY_BOOKS = 85,            /**< 小学图书册数. */

    YJJH_COL_JUNIOR_TEACHING_AREA = 90,    /**< 初中教学及辅助用房面积. */
    YJJH_COL_JUNIOR_SPORTS_AREA = 91,      /**< 初中体育运动场馆面积. */
    YJJH_COL_JUNIOR_EQUIPMENT_VALUE = 92,  /**< 初中教学仪器设备值. */
    YJJH_COL_JUNIOR_MULTIMEDIA_ROOMS = 93, /**< 初中网络多媒体教室数. */
    YJJH_COL_JUNIOR_COMPUTERS = 94,        /**< 初中计算机台数. */
    YJJH_COL_JUNIOR_BOOKS = 95,            /**< 初中图书册数. */

    YJJH_COL_CERTIFIED_TEACHERS = 100,  /**< 持证专任教师数 (school total). */
    YJJH_COL_MUSIC_ROOMS = 101,         /**< 音乐专用教室数. */
    YJJH_COL_MUSIC_ROOM_MIN_AREA = 102, /**< 最小音乐教室面积 (m²). */
    YJJH_COL_ART_ROOMS = 103,           /**< 美术专用教室数. */
    YJJH_COL_ART_ROOM_MIN_AREA = 104,   /**< 最小美术教室面积 (m²). */
    YJJH_COL_TRAINING_FUNDS = 105,      /**< 教师培训经费 (元). */
    YJJH_COL_PUBLIC_FUNDS = 106         /**< 公用经费 (元). */
} yjjh_column;

/** A school table (opaque). */
typedef struct yjjh_schools yjjh_schools;

/**
 * @brief Number of known columns (docs/data-format.md §1–2).
 * @return The number of columns.
 * @since 0.1
 */
YJJH_API size_t yjjh_column_count(void);

/**
 * @brief The i-th known column id (0 ≤ i < yjjh_column_count()), in documentation order.
 * @param[out] out The column id.
 * @param[in]  i   Index.
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_OUT_OF_RANGE.
 * @since 0.2 (a new name; see NEWS.md)
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_column_get(yjjh_column *out, size_t i);

/**
 * @brief English header name of a column, e.g. "primary_students".
 * @param[in] col Any value.
 * @return A static string; "" for unknown ids.
 * @since 0.1
 */
YJJH_API const char *yjjh_column_name(yjjh_column col);

/**
 * @brief Chinese header name of a column, e.g. "小学在校生数".
 * @param[in] col Any value.
 * @return A static string; "" for unknown ids.
 * @since 0.1
 */
YJJH_API const char *yjjh_column_name_zh(yjjh_column col);

/**
 * @brief Whether a column holds text.
 * @param[in] col Any value.
 * @return 1 when the column holds text, 0 when it holds numbers or is unknown.
 * @since 0.1
 */
YJJH_API int yjjh_column_is_text(yjjh_column col);

/**
 * @brief Whether a column must hold whole numbers (students, teachers, rooms, classes).
 * @param[in] col Any value.
 * @return 1 or 0 (0 for unknown ids).
 * @since 0.1
 */
YJJH_API int yjjh_column_is_integer(yjjh_column col);

/**
 * @brief Match a header text to a column: trims spaces, ignores case, treats full-width brackets as ASCII ones,
 *        accepts English names and Chinese aliases, and unit suffixes `(万元)` (scale 10000), `(元)`, `(m²)`,
 *        `(平方米)` (scale 1).
 * @param[out] out_col   The column.
 * @param[out] out_scale Factor to multiply values by (10000 for 万元, else 1); may be NULL.
 * @param[in]  header    Header text (UTF-8).
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_UNKNOWN_COLUMN (not a known column: the caller keeps and ignores it).
 * @since 0.1
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_column_from_header(yjjh_column *out_col, double *out_scale,
                                                                     const char *header);

/**
 * @brief The known column whose English name or Chinese alias is closest to an unknown header ("did you mean"):
 *        the smallest edit distance (in characters, after the normalisation of yjjh_column_from_header()),
 *        when it is at most a third of the name's length (at least 1).
 * @param[out] out    The closest column; unchanged when none is close.
 * @param[in]  header Header text (UTF-8).
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_NOT_FOUND (no column is close enough).
 * @since 0.3
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_column_closest(yjjh_column *out, const char *header);

/**
 * @brief Create a table of n_rows rows with no columns.
 * @param[out] out    New table; free with yjjh_schools_free().
 * @param[in]  n_rows Number of schools (may be 0; evaluation then reports #YJJH_E_EMPTY).
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_NOMEM.
 * @since 0.1
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_schools_new(yjjh_schools **out, size_t n_rows);

/**
 * @brief Free a table.
 * @param[in] schools The table, or NULL (then nothing happens).
 * @since 0.1
 */
YJJH_API void yjjh_schools_free(yjjh_schools *schools);

/**
 * @brief Number of rows.
 * @param[in] schools The table, or NULL.
 * @return The number of rows; 0 for NULL.
 * @since 0.1
 */
YJJH_API size_t yjjh_schools_row_count(const yjjh_schools *schools);

/**
 * @brief Whether a column has been set (even if all its values are missing).
 * @param[in] schools The table, or NULL.
 * @param[in] col     Any value.
 * @return 1 or 0 (0 for NULL and unknown ids).
 * @since 0.1
 */
YJJH_API int yjjh_schools_has_column(const yjjh_schools *schools, yjjh_column col);

/**
 * @brief Set a whole number column (copied). NaN means missing.
 * @param[in,out] schools The table.
 * @param[in]     col     A number column.
 * @param[in]     values  n values.
 * @param[in]     n       Must equal the row count.
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_UNKNOWN_COLUMN; #YJJH_E_COLUMN_KIND (a text column);
 *         #YJJH_E_LENGTH_MISMATCH; #YJJH_E_NOMEM.
 * @note Values are not checked here (negative counts etc. are reported by yjjh_schools_validate()).
 * @since 0.1
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_schools_set_numbers(yjjh_schools *schools, yjjh_column col,
                                                                      const double *values, size_t n);

/**
 * @brief Set a whole text column (strings copied). NULL elements mean missing.
 * @param[in,out] schools The table.
 * @param[in]     col     A text column.
 * @param[in]     values  n UTF-8 strings or NULLs.
 * @param[in]     n       Must equal the row count.
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_UNKNOWN_COLUMN; #YJJH_E_COLUMN_KIND; #YJJH_E_LENGTH_MISMATCH;
 *         #YJJH_E_NOMEM.
 * @since 0.1
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_schools_set_texts(yjjh_schools *schools, yjjh_column col,
                                                                    const char *const *values, size_t n);

/**
 * @brief Set a whole column from its cells as text, read by the rules of the schools CSV reader
 *        (data-format.md "Numbers", "number cells"): the same cells are accepted or rejected with the same
 *        messages whether they come from a CSV file, this call or a binding's data frame.
 *
 * Number columns: surrounding spaces (also U+00A0, U+3000) and thousands separators are allowed; empty, `-`,
 * `NA`, `N/A`, `无` and NULL cells are missing (NaN); a cell that is not an ASCII decimal number, or whose value
 * overflows to infinity or underflows to zero, is reported as `SOURCE:LINE: column HEADER: "12a" is not a number`
 * (line and header as yjjh_schools_set_source() and yjjh_schools_set_header_name() set them; without them
 * `line R+2: column NAME: …`). Values are multiplied by scale (a scaled value that overflows is "too large").
 * Text columns: cells are trimmed and missing-value tokens become NULL; scale and diag are not used.
 *
 * @param[in,out] schools The table.
 * @param[in]     col     The column (number or text).
 * @param[in]     cells   n UTF-8 strings or NULLs (missing); copied.
 * @param[in]     n       Must equal the row count.
 * @param[in]     scale   Factor for number cells: the out_scale of yjjh_column_from_header() (1 for none);
 *                        finite and positive.
 * @param[in,out] diag    Receives one entry per bad cell (may be NULL: then only the status tells).
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_UNKNOWN_COLUMN; #YJJH_E_LENGTH_MISMATCH; #YJJH_E_OUT_OF_RANGE (scale);
 *         #YJJH_E_INVALID_DATA (bad cells: the column is left unchanged); #YJJH_E_NOMEM.
 * @since 0.1
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_schools_set_cells(yjjh_schools *schools, yjjh_column col,
                                                                    const char *const *cells, size_t n, double scale,
                                                                    yjjh_diag *diag);

/** An offset of yjjh_schools_set_cells_packed() that marks a missing cell. @since 0.3 */
#define YJJH_CELL_MISSING ((size_t)-1)

/**
 * @brief Set a whole column from its cells packed one after the other in one buffer (the fast path for
 *        bindings and data frames): the same cells, rules and messages as yjjh_schools_set_cells().
 *
 * Cell r is the NUL-terminated UTF-8 text at bytes + offsets[r] (cells may share a text), or missing when
 * offsets[r] is #YJJH_CELL_MISSING. A text column keeps one copy of the buffer, its cells trimmed in place (no
 * allocation per cell); a number column reads the cells in place.
 *
 * @param[in,out] schools The table.
 * @param[in]     col     The column (number or text).
 * @param[in]     bytes   The texts, each ending with a NUL byte (may be NULL when len is 0); copied.
 * @param[in]     len     Size of bytes in bytes; bytes[len - 1] must be NUL.
 * @param[in]     offsets n offsets into bytes (each < len), or #YJJH_CELL_MISSING.
 * @param[in]     n       Must equal the row count.
 * @param[in]     scale   Factor for number cells, as for yjjh_schools_set_cells(); finite and positive.
 * @param[in,out] diag    Receives one entry per bad cell (may be NULL: then only the status tells).
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_UNKNOWN_COLUMN; #YJJH_E_LENGTH_MISMATCH; #YJJH_E_OUT_OF_RANGE (scale,
 *         an offset ≥ len, or bytes not ending with NUL); #YJJH_E_INVALID_DATA (bad cells: the column is left
 *         unchanged); #YJJH_E_NOMEM.
 * @since 0.3
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_schools_set_cells_packed(yjjh_schools *schools, yjjh_column col,
                                                                           const char *bytes, size_t len,
                                                                           const size_t *offsets, size_t n,
                                                                           double scale, yjjh_diag *diag);

/**
 * @brief Set one number cell (the column is created, all missing, on first use). NaN means missing.
 * @param[in,out] schools The table.
 * @param[in]     row     Row, 0 ≤ row < yjjh_schools_row_count().
 * @param[in]     col     A number column.
 * @param[in]     value   The value (NaN: missing).
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_UNKNOWN_COLUMN; #YJJH_E_COLUMN_KIND; #YJJH_E_OUT_OF_RANGE (row);
 *         #YJJH_E_NOMEM.
 * @since 0.1
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_schools_set_number(yjjh_schools *schools, size_t row, yjjh_column col,
                                                                     double value);

/**
 * @brief Set one text cell (copied). The column is created on first use.
 * @param[in,out] schools The table.
 * @param[in]     row     Row, 0 ≤ row < yjjh_schools_row_count().
 * @param[in]     col     A text column.
 * @param[in]     value   UTF-8 text, or NULL for missing.
 * @return #YJJH_OK; #YJJH_E_NULL_ARG (schools NULL); #YJJH_E_UNKNOWN_COLUMN; #YJJH_E_COLUMN_KIND;
 *         #YJJH_E_OUT_OF_RANGE; #YJJH_E_NOMEM.
 * @since 0.1
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_schools_set_text(yjjh_schools *schools, size_t row, yjjh_column col,
                                                                   const char *value);

/**
 * @brief Read one number cell.
 * @param[out] out     The value (NaN when missing).
 * @param[in]  schools The table.
 * @param[in]  row     Row, 0 ≤ row < yjjh_schools_row_count().
 * @param[in]  col     A number column.
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_UNKNOWN_COLUMN; #YJJH_E_COLUMN_KIND; #YJJH_E_OUT_OF_RANGE;
 *         #YJJH_E_NOT_FOUND (column not set).
 * @since 0.1
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_schools_get_number(double *out, const yjjh_schools *schools,
                                                                     size_t row, yjjh_column col);

/**
 * @brief Copy a whole number column (the fast path for bindings and data frames).
 * @param[out] out     n doubles (NaN where missing).
 * @param[in]  n       Must equal the row count.
 * @param[in]  schools The table.
 * @param[in]  col     A number column.
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_UNKNOWN_COLUMN; #YJJH_E_COLUMN_KIND; #YJJH_E_LENGTH_MISMATCH;
 *         #YJJH_E_NOT_FOUND (column not set).
 * @since 0.1
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_schools_get_numbers(double *out, size_t n,
                                                                      const yjjh_schools *schools, yjjh_column col);

/**
 * @brief Read one text cell.
 * @param[out] out     The string (owned by the table, valid until the cell is changed or the table freed),
 *                     NULL when missing.
 * @param[in]  schools The table.
 * @param[in]  row     Row, 0 ≤ row < yjjh_schools_row_count().
 * @param[in]  col     A text column.
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_UNKNOWN_COLUMN; #YJJH_E_COLUMN_KIND; #YJJH_E_OUT_OF_RANGE;
 *         #YJJH_E_NOT_FOUND (column not set).
 * @since 0.1
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_schools_get_text(const char **out, const yjjh_schools *schools,
                                                                   size_t row, yjjh_column col);

/**
 * @brief Copy a whole text column (the fast path for bindings and data frames).
 * @param[out] out     n pointers (NULL where missing), owned by the table: valid until the column is changed or
 *                     the table freed.
 * @param[in]  n       Must equal the row count.
 * @param[in]  schools The table.
 * @param[in]  col     A text column.
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_UNKNOWN_COLUMN; #YJJH_E_COLUMN_KIND; #YJJH_E_LENGTH_MISMATCH;
 *         #YJJH_E_NOT_FOUND (column not set).
 * @since 0.1
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_schools_get_texts(const char **out, size_t n,
                                                                    const yjjh_schools *schools, yjjh_column col);

/**
 * @brief Name the data's source so validation messages read `NAME:LINE: column …`.
 * @param[in,out] schools The table.
 * @param[in]     name    Source name (e.g. file name), copied; NULL resets to "row numbers" mode.
 * @param[in]     lines   Physical line of each row (n = row count), or NULL: then row r is reported as line r + 2
 *                        (header on line 1).
 * @param[in]     n       Number of entries in lines (must equal the row count when lines is given).
 * @return #YJJH_OK; #YJJH_E_NULL_ARG (schools NULL); #YJJH_E_LENGTH_MISMATCH; #YJJH_E_NOMEM.
 * @since 0.1
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_schools_set_source(yjjh_schools *schools, const char *name,
                                                                     const size_t *lines, size_t n);

/**
 * @brief Record the header text the source used for a column, so messages name the column as the user wrote it
 *        (e.g. "小学在校生数" for a Chinese-header file). Default: the English name.
 * @param[in,out] schools The table.
 * @param[in]     col     The column.
 * @param[in]     header  The header text (UTF-8, copied).
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_UNKNOWN_COLUMN; #YJJH_E_NOMEM.
 * @since 0.1
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_schools_set_header_name(yjjh_schools *schools, yjjh_column col,
                                                                          const char *header);

/**
 * @brief Number of notes the reader left on a table: total rows it skipped, unknown columns (with the closest
 *        known name), the header row it found below title rows (docs/data-format.md "Table layout").
 * @param[in] schools The table, or NULL.
 * @return The number of notes; 0 for NULL or a table not made by a reader.
 * @since 0.3
 */
YJJH_API size_t yjjh_schools_note_count(const yjjh_schools *schools);

/**
 * @brief The i-th note of a table, a whole message like the diag's (`schools.csv:40: total row skipped (合计)`).
 * @param[out] out     The note (owned by the table, valid until it is freed).
 * @param[in]  schools The table.
 * @param[in]  i       Index, 0 ≤ i < yjjh_schools_note_count().
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_OUT_OF_RANGE.
 * @since 0.3
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_schools_note_get(const char **out, const yjjh_schools *schools,
                                                                   size_t i);

/**
 * @brief Check the table against docs/data-format.md "Errors" for the given profile: missing or duplicate
 *        school_id, unknown school_type / ownership, negative counts or areas, non-integer counts, a stage with
 *        teachers but no students, an in-scope school missing a value an indicator needs, a teaching point whose
 *        parent_id is not in the table (merge mode).
 * @param[in]     schools The table.
 * @param[in]     profile The profile (scope rules and needed columns depend on it).
 * @param[in,out] diag    Receives every problem (may be NULL: then only the status tells).
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_EMPTY (no rows); #YJJH_E_INVALID_DATA; #YJJH_E_NOMEM.
 * @since 0.1
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_schools_validate(const yjjh_schools *schools,
                                                                   const yjjh_profile *profile, yjjh_diag *diag);

#ifdef __cplusplus
}
#endif

#endif /* YJJH_SCHOOLS_H */
