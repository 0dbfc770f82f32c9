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
#include "common/number_format.h"

/* The message of a school part failing the school rule (without printf: the texts are those of the display rules
 * and the number formatter), e.g.
 * "学校 3505020001 (XX小学) 小学 未达标: 6/7 项达标; R4 4.000 < 4.5 (缺 250 m²)". */
static void school_reason_text(yjjh__buf *b, const yjjh_result *res, const yjjh__part *pt)
{
    const yjjh__rule_result *r = &pt->rule;
    char floor_text[YJJH__NUMBER_BUF] = "";
    YJJH__BUF_LIT(b, "学校 ");
    yjjh__buf_puts(b, pt->school_id);
    if (pt->school_name[0]) {
        YJJH__BUF_LIT(b, " (");
        yjjh__buf_puts(b, pt->school_name);
        YJJH__BUF_LIT(b, ")");
    }
    yjjh__buf_putc(b, ' ');
    yjjh__buf_puts(b, yjjh_stage_name_zh(pt->stage));
    YJJH__BUF_LIT(b, " 未达标: ");
    yjjh__buf_put_uint(b, r->met_count);
    yjjh__buf_putc(b, '/');
    yjjh__buf_put_uint(b, r->n_indicators);
    YJJH__BUF_LIT(b, " 项达标");
    for (size_t k = 0; k < r->n_indicators; k++) {
        const yjjh_indicator_def *ind = res->indicators[k];
        if (r->met[k])
            continue;
        /* docs/reports.md: never "4.500 < 4.5"; the shortfall rounded up, never "缺 0 m²" */
        char vs[YJJH__DISP_BUF], ts[YJJH__DISP_BUF], sf[YJJH__DISP_BUF];
        yjjh__disp_against(vs, sizeof vs, r->value[k], r->standard[k], 0, YJJH__DIR_MIN, 0, 3);
        yjjh__disp_standard(ts, sizeof ts, r->standard[k], 0);
        yjjh__disp_shortfall(sf, sizeof sf, r->shortfall[k], ind->whole_units);
        YJJH__BUF_LIT(b, "; ");
        yjjh__buf_puts(b, ind->code);
        yjjh__buf_putc(b, ' ');
        yjjh__buf_puts(b, vs);
        YJJH__BUF_LIT(b, " < ");
        yjjh__buf_puts(b, ts);
        YJJH__BUF_LIT(b, " (缺 ");
        yjjh__buf_puts(b, sf);
        yjjh__buf_putc(b, ' ');
        yjjh__buf_puts(b, ind->shortfall_unit_zh);
        if (!r->above_floor[k]) {
            if (!floor_text[0])
                yjjh__format_g(floor_text, sizeof floor_text, res->floor_pct, 6);
            YJJH__BUF_LIT(b, ", 低于标准的 ");
            yjjh__buf_puts(b, floor_text);
            yjjh__buf_putc(b, '%');
        }
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
