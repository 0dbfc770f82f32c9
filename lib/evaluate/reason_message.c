/* SPDX-License-Identifier: MIT */
/* The messages of the reasons (evaluate_internal.h): a county-level reason keeps the text it was given; a school
 * part failing the school rule gets its message only when an output asks for it (yjjh__reason_message_put() for
 * the writers, yjjh__reason_message() kept in the result for the accessors). */
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "evaluate/evaluate_internal.h"
#include "common/buf.h"
#include "common/display.h"
#include "common/num_text.h"

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
