/* SPDX-License-Identifier: MIT */
/* Private: the validation pass of yjjh_schools_validate(), which the evaluator runs first. Never installed. */
#ifndef YJJH_LIB_VALIDATE_H
#define YJJH_LIB_VALIDATE_H

#include "yjjh/yjjh.h"
#include "profile/profile.h"
#include "rules/scope.h"

/*
 * Validate a table for a profile (data-format.md "Errors"), reporting every problem to diag (may be NULL).
 * On YJJH_OK and when rows is not NULL, *rows receives a malloc'ed array of n row infos (free()), with the
 * teaching points of merge mode merged (scope.h).
 * Returns YJJH_OK, YJJH_E_EMPTY, YJJH_E_INVALID_DATA or YJJH_E_NOMEM (*rows NULL unless YJJH_OK).
 */
yjjh_status yjjh__validate(yjjh__row_info **rows, const yjjh_schools *t, const yjjh_profile *p, yjjh_diag *diag);

/*
 * yjjh__validate() with the row screens on `threads` threads (common/parallel.h: 0 automatic, 1 the calling
 * thread only, k at most k). The diagnostics and *rows are the same for any thread count: every message is
 * reported from the calling thread, in row order. yjjh__validate() is yjjh__validate_ex(..., 1).
 */
yjjh_status yjjh__validate_ex(yjjh__row_info **rows, const yjjh_schools *t, const yjjh_profile *p, yjjh_diag *diag,
                              size_t threads);

/* yjjh__validate() with every row checked in full, as without the row screens: the reference the screens are
 * tested against (tests/test_validate_screen.c). */
yjjh_status yjjh__validate_unscreened(yjjh__row_info **rows, const yjjh_schools *t, const yjjh_profile *p,
                                      yjjh_diag *diag);

#endif
