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

yjjh_status yjjh__add_reason(yjjh__county *cy, const char *code, yjjh_stage stage, const char *school_id, double value,
                             double required, const char *fmt, ...)
{
    va_list ap;
    yjjh__reason *rs;
    char *message;
    if (yjjh__grow((void **)&cy->reasons, &cy->cap_reasons, cy->n_reasons + 1, sizeof *cy->reasons) != YJJH_OK)
        return YJJH_E_NOMEM;
    va_start(ap, fmt);
    message = yjjh__vstrprintf(fmt, ap);
    va_end(ap);
    if (!message)
        return YJJH_E_NOMEM;
    rs = &cy->reasons[cy->n_reasons++];
    atomic_init(&rs->message, message);
    rs->borrowed = 0;
    rs->part = SIZE_MAX;
    rs->code = code;
    rs->stage = stage;
    rs->school_id = school_id;
    rs->value = value;
    rs->required = required;
    return YJJH_OK;
}

/* The message of a school part failing the school rule, e.g.
 * "学校 3505020001 (XX小学) 小学 未达标: 6/7 项达标; R4 4.000 < 4.5 (缺 250 m²)". */
static void school_reason_text(yjjh__buf *b, const yjjh_result *res, const yjjh__part *pt)
{
    const yjjh__rule_result *r = &pt->rule;
    if (pt->school_name[0])
        yjjh__buf_printf(b, "学校 %s (%s) %s 未达标: ", pt->school_id, pt->school_name, yjjh_stage_name_zh(pt->stage));
    else
        yjjh__buf_printf(b, "学校 %s %s 未达标: ", pt->school_id, yjjh_stage_name_zh(pt->stage));
    yjjh__buf_printf(b, "%u/%zu 项达标", r->met_count, r->n_indicators);
    for (size_t k = 0; k < r->n_indicators; k++) {
        if (r->met[k])
            continue;
        /* docs/reports.md: never "4.500 < 4.5"; the shortfall rounded up, never "缺 0 m²" */
        char vs[YJJH__DISP_BUF], ts[YJJH__DISP_BUF], sf[YJJH__DISP_BUF];
        yjjh__disp_against(vs, sizeof vs, r->value[k], r->standard[k], 0, YJJH__DIR_MIN, 0, 3);
        yjjh__disp_standard(ts, sizeof ts, r->standard[k], 0);
        yjjh__disp_shortfall(sf, sizeof sf, r->shortfall[k], res->indicators[k]->whole_units);
        yjjh__buf_printf(b, "; %s %s < %s (缺 %s %s", res->indicators[k]->code, vs, ts, sf,
                         res->indicators[k]->shortfall_unit_zh);
        if (!r->above_floor[k])
            yjjh__buf_printf(b, ", 低于标准的 %s%%", yjjh__num_g(res->floor_pct, 6).s);
        yjjh__buf_putc(b, ')');
    }
}

/* A school part failing the school rule: its reason, the message left to yjjh__reason_message(). */
yjjh_status yjjh__school_reason(yjjh__county *cy, const yjjh_result *res, const yjjh__part *pt, const yjjh_profile *p)
{
    yjjh__reason *rs;
    if (yjjh__grow((void **)&cy->reasons, &cy->cap_reasons, cy->n_reasons + 1, sizeof *cy->reasons) != YJJH_OK)
        return YJJH_E_NOMEM;
    rs = &cy->reasons[cy->n_reasons++];
    atomic_init(&rs->message, (char *)NULL);
    rs->borrowed = 0;
    rs->part = (size_t)(pt - res->parts);
    rs->code = "school_rule";
    rs->stage = pt->stage;
    rs->school_id = pt->school_id;
    rs->value = (double)pt->rule.met_count;
    rs->required = yjjh__p(p, P_SCHOOL_MIN_MET);
    return YJJH_OK;
}

void yjjh__reason_message_put(yjjh__buf *b, const yjjh_result *res, const yjjh__reason *rs)
{
    char *m = atomic_load_explicit(&((yjjh__reason *)(uintptr_t)rs)->message, memory_order_acquire);
    if (m)
        yjjh__buf_puts(b, m);
    else if (rs->part != SIZE_MAX)
        school_reason_text(b, res, &res->parts[rs->part]);
}

const char *yjjh__reason_message(const yjjh_result *res, const yjjh__reason *rs)
{
    /* the result is const to its readers; the message slot is the one thing filled in later, atomically */
    _Atomic(char *) *slot = &((yjjh__reason *)(uintptr_t)rs)->message;
    char *m = atomic_load_explicit(slot, memory_order_acquire), *expected = NULL;
    yjjh__buf b = YJJH__BUF_INIT;
    if (m || rs->part == SIZE_MAX)
        return m ? m : "";
    school_reason_text(&b, res, &res->parts[rs->part]);
    if (!(m = yjjh__buf_detach(&b)))
        return NULL;
    if (!atomic_compare_exchange_strong_explicit(slot, &expected, m, memory_order_acq_rel, memory_order_acquire)) {
        free(m); /* another thread was first: use its text */
        return expected;
    }
    return m;
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
    yjjh__reason *rs;
    if (yjjh__grow((void **)&cy->reasons, &cy->cap_reasons, cy->n_reasons + 1, sizeof *cy->reasons) != YJJH_OK)
        return YJJH_E_NOMEM;
    rs = &cy->reasons[cy->n_reasons++];
    atomic_init(&rs->message, message);
    rs->borrowed = 1;
    rs->part = SIZE_MAX;
    rs->code = code;
    rs->stage = YJJH_STAGE_NONE;
    rs->school_id = "";
    rs->value = value;
    rs->required = required;
    return YJJH_OK;
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
