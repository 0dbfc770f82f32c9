/* SPDX-License-Identifier: MIT */
/* The county verdict (indicators.md §7) and its reasons: the resource reasons (school rule, CVs) added while
 * the county statistics are computed, then the county items and the verdict. */
#include <math.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "evaluate/evaluate_internal.h"
#include "evaluate/verdict.h"
#include "common/array.h"
#include "common/buf.h"
#include "common/display.h"
#include "common/num_text.h"
#include "common/text.h"

/* Append a reason to the county's list; message (malloc'ed, borrowed from an item when borrowed, or NULL for a
 * school-rule reason whose message is formatted on first use from part) is the reason's from then on. */
static yjjh_status push_reason(yjjh__county *cy, const char *code, yjjh_stage stage, const char *school_id,
                               double value, double required, char *message, int borrowed, size_t part)
{
    yjjh__reason *rs;
    if (yjjh__grow((void **)&cy->reasons, &cy->cap_reasons, cy->n_reasons + 1, sizeof *cy->reasons) != YJJH_OK)
        return YJJH_E_NOMEM;
    rs = &cy->reasons[cy->n_reasons++];
    atomic_init(&rs->message, message);
    rs->borrowed = borrowed;
    rs->part = part;
    rs->code = code;
    rs->stage = stage;
    rs->school_id = school_id;
    rs->value = value;
    rs->required = required;
    return YJJH_OK;
}

yjjh_status yjjh__add_reason(yjjh__county *cy, const char *code, yjjh_stage stage, const char *school_id, double value,
                             double required, const char *fmt, ...)
{
    va_list ap;
    char *message;
    yjjh_status st;
    va_start(ap, fmt);
    message = yjjh__vstrprintf(fmt, ap);
    va_end(ap);
    if (!message)
        return YJJH_E_NOMEM;
    if ((st = push_reason(cy, code, stage, school_id, value, required, message, 0, SIZE_MAX)) != YJJH_OK)
        free(message);
    return st;
}

/* A school part failing the school rule: its reason, the message left to yjjh__reason_message(). */
yjjh_status yjjh__school_reason(yjjh__county *cy, const yjjh_result *res, const yjjh__part *pt, const yjjh_profile *p)
{
    return push_reason(cy, "school_rule", pt->stage, pt->school_id, (double)pt->rule.met_count,
                       yjjh__p(p, P_SCHOOL_MIN_MET), NULL, 0, (size_t)(pt - res->parts));
}

/* Which school-size limit (G4) applies to a school type. */
static yjjh__size_class size_class(yjjh__school_type type)
{
    if (type == YJJH__T_NINE_YEAR || type == YJJH__T_TWELVE_YEAR)
        return YJJH__SIZE_COMBINED;
    if (type == YJJH__T_JUNIOR || type == YJJH__T_COMPLETE_SECONDARY)
        return YJJH__SIZE_JUNIOR;
    return YJJH__SIZE_PRIMARY;
}

/* Append a county-level reason for a county item: its message is the item's own (cy->items keeps it). */
static yjjh_status add_item_reason(yjjh__county *cy, const char *code, double value, double required, char *message)
{
    return push_reason(cy, code, YJJH_STAGE_NONE, "", value, required, message, 1, SIZE_MAX);
}

/* County items (indicators.md §5–7) and the verdict. The resource reasons (school rule, CVs) are already in
 * cy->reasons. The G/Q/S items, vetoes and eligibility are evaluated over the county's in-scope schools; every
 * item that is not met becomes a reason. Verdict: fail when there is any reason; else incomplete when some
 * item lacks its input (then the not-assessed items are the reasons); else pass. */
yjjh_status yjjh__county_verdict(const yjjh_result *res, yjjh__county *cy, const yjjh_schools *t,
                                 const yjjh__row_info *rows, const yjjh_facts *facts, const yjjh_profile *p,
                                 yjjh__item_school *buf, const size_t *parts, size_t n_parts)
{
    size_t m = 0;
    yjjh_verdict outcome;
    yjjh_status st;
    /* schools with at least one in-scope part, in input order (parts of one school are adjacent) */
    for (size_t q = 0; q < n_parts; q++) {
        const yjjh__part *pt = &res->parts[parts[q]];
        const yjjh__row_info *ri;
        if (!pt->in_scope || (m > 0 && buf[m - 1].row == pt->row))
            continue;
        ri = &rows[pt->row];
        buf[m].row = pt->row;
        buf[m].size_class = size_class(ri->type);
        m++;
    }
    if ((st = yjjh__items_evaluate(&cy->items, p, facts, cy->code, t, buf, m)) != YJJH_OK)
        return st;
    outcome = yjjh__items_outcome(&cy->items);
    if (outcome == YJJH_VERDICT_FAIL || cy->n_reasons > 0) {
        for (size_t i = 0; i < cy->items.n; i++) {
            const yjjh__item *it = &cy->items.items[i];
            if (it->status == YJJH_ITEM_NOT_MET &&
                (st = add_item_reason(cy, it->code, it->value, it->required, it->message)) != YJJH_OK)
                return st;
        }
        cy->verdict = YJJH_VERDICT_FAIL;
    } else if (outcome == YJJH_VERDICT_INCOMPLETE) {
        for (size_t i = 0; i < cy->items.n; i++) {
            const yjjh__item *it = &cy->items.items[i];
            if (it->status == YJJH_ITEM_NOT_ASSESSED &&
                (st = add_item_reason(cy, it->code, NAN, NAN, it->message)) != YJJH_OK)
                return st;
        }
        cy->verdict = YJJH_VERDICT_INCOMPLETE;
    } else if (!cy->stage[0].present && !cy->stage[1].present) {
        /* nothing in scope (only private or special schools, say): no CV can be computed, so nothing was assessed */
        if ((st = yjjh__add_reason(cy, "no_schools_in_scope", YJJH_STAGE_NONE, "", NAN, NAN,
                                   "县内没有纳入评估范围的学校 (no school part in scope: no CV can be computed)")) !=
            YJJH_OK)
            return st;
        cy->verdict = YJJH_VERDICT_INCOMPLETE;
    } else {
        cy->verdict = YJJH_VERDICT_PASS;
    }
    return YJJH_OK;
}
