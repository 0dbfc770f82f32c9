/* SPDX-License-Identifier: MIT */
/* Private: the one reporter the readers and validators add their diagnostics with. Never installed. */
#ifndef YJJH_LIB_DIAG_REPORT_H
#define YJJH_LIB_DIAG_REPORT_H

#include <stdarg.h>
#include <stddef.h>

#include "yjjh/yjjh_diag.h"
#include "common/buf.h"

/* Add "source:line: column COLUMN: <printf text>" with its problem code to d (yjjh_diag_add_problem(); source, line 0
 * and column NULL or "" left out as there). d may be NULL: nothing is added. The text follows yjjh__buf_printf()'s
 * rules (no doubles: format them with common/number_format.h first). Returns YJJH_OK (also when d is NULL or the "too
 * many errors" limit is reached) or YJJH_E_NOMEM.
 *
 * Every reader and validator has a variadic report(ctx, line, column, fmt, ...) of its own that counts the
 * error in its context and passes its diag, problem code, source and va_list here, so there is only the va_list
 * form. Every diagnostic has a specific code (include/yjjh/yjjh_diag.h); YJJH_PROBLEM_OTHER is for applications. */
yjjh_status yjjh__diag_vreportf(yjjh_diag *d, yjjh_problem_code code, const char *source, size_t line,
                                const char *column, const char *fmt, va_list ap) YJJH__PRINTF(6, 0);

/* The same with a cell reference (an xlsx cell, "Sheet1!D14") that stands in the message where the line would:
 * "source: Sheet1!D14: column COLUMN: text"; the entry's line is still line (the sheet row), its cell the ref.
 * ref NULL or "": as yjjh__diag_vreportf(). */
yjjh_status yjjh__diag_vreportf_ref(yjjh_diag *d, yjjh_problem_code code, const char *source, size_t line,
                                    const char *ref, const char *column, const char *fmt, va_list ap)
    YJJH__PRINTF(7, 0);

/* yjjh_diag_add_problem() with a cell reference as above. */
yjjh_status yjjh__diag_add_ref(yjjh_diag *diag, yjjh_problem_code code, const char *file, size_t line, const char *ref,
                               const char *column, const char *text);

#endif
