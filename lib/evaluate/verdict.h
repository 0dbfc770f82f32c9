/* SPDX-License-Identifier: MIT */
/* Private: the county verdict and its reasons (indicators.md §7). Never installed. */
#ifndef YJJH_LIB_VERDICT_H
#define YJJH_LIB_VERDICT_H

#include "evaluate/evaluate_internal.h"
#include "common/buf.h"
#include "rules/scope.h"

/* Append a reason to a county; the message is formatted like yjjh__buf_printf() (no doubles: common/num_text.h).
 * code and school_id must outlive the result (static or in its string pool). Returns YJJH_OK or YJJH_E_NOMEM
 * (also when the formatting fails). */
yjjh_status yjjh__add_reason(yjjh__county *cy, const char *code, yjjh_stage stage, const char *school_id, double value,
                             double required, const char *fmt, ...) YJJH__PRINTF(7, 8);

/* The reason for a school part failing the school rule, e.g.
 * "学校 3505020001 (XX小学) 小学 未达标: 6/7 项达标; R4 4.000 < 4.5 (缺 250 m²)". */
yjjh_status yjjh__school_reason(yjjh__county *cy, const yjjh_result *res, const yjjh__part *pt, const yjjh_profile *p);

/* The county items (G/Q/S, vetoes, eligibility) and the verdict of county cy of res, after its resource reasons:
 * fail when there is any reason; else incomplete when some item lacks its input (the items not assessed are then
 * the reasons); else pass. parts: the county's in-scope parts (indices in res->parts) in input order; buf: room
 * for n_parts schools. Touches only cy (counties may be judged on several threads). Returns YJJH_OK or
 * YJJH_E_NOMEM. */
yjjh_status yjjh__county_verdict(const yjjh_result *res, yjjh__county *cy, const yjjh_schools *t,
                                 const yjjh__row_info *rows, const yjjh_facts *facts, const yjjh_profile *p,
                                 yjjh__item_school *buf, const size_t *parts, size_t n_parts);

#endif
