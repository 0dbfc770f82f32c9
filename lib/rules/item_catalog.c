/* SPDX-License-Identifier: MIT */
/* The county item table (items.def): the items of indicators.md §5–7 (G1–G15, Q1–Q9, S1, the vetoes, the
 * eligibility conditions), how each is assessed, and its full Chinese name (as in the national 评估办法), short
 * Chinese name for tables and English name. One table for the evaluator (items.c), its messages, the text
 * report and the bindings. */
#include <string.h>
#include "yjjh/yjjh_items.h"
#include "rules/items.h"

/* Every line must name what its kind reads; a fact id that is not in input/fact_keys.def does not compile. */
#define NEEDS_PARAM(t) ((t) == IT_MIN || (t) == IT_BELOW || (t) == IT_MAX)
#define X(code, kind, f1, t1, p1, f2, t2, p2, veto, check, data, zh, short_zh, en)                                     \
  _Static_assert((kind) == IK_SCHOOLS || (f1) != FK_NONE, #code ": this kind of item reads a fact");                   \
  _Static_assert(((kind) != IK_ALL && (kind) != IK_COMPARE && (kind) != IK_YEARS) || (f2) != FK_NONE,                  \
                 #code ": this kind of item reads two facts");                                                         \
  _Static_assert(((kind) != IK_FACT && (kind) != IK_OPTIONAL && (kind) != IK_SCHOOLS_OR_FACT) || (t1) != IT_NONE,      \
                 #code ": a fact needs a test");                                                                       \
  _Static_assert((kind) != IK_ALL || (t2) != IT_NONE, #code ": both facts need a test");                               \
  _Static_assert(((kind) != IK_FACT && (kind) != IK_SCHOOLS_OR_FACT) || (t1) == IT_TRUE || (t1) == IT_FALSE ||         \
                     (t1) == IT_MIN,                                                                                   \
                 #code ": a single fact is tested for true, false or a minimum");                                      \
  _Static_assert((kind) != IK_OPTIONAL || (t1) == IT_MAX, #code ": an optional fact is tested for a maximum");         \
  _Static_assert((kind) != IK_ALL || (((t1) == IT_TRUE || (t1) == IT_MIN || (t1) == IT_BELOW) &&                       \
                                      ((t2) == IT_TRUE || (t2) == IT_MIN || (t2) == IT_BELOW)),                        \
                 #code ": two facts are tested for true, a minimum or a strict maximum");                              \
  _Static_assert(!NEEDS_PARAM(t1) || (p1) != P_NONE, #code ": test 1 compares with a parameter");                      \
  _Static_assert(!NEEDS_PARAM(t2) || (p2) != P_NONE, #code ": test 2 compares with a parameter");                      \
  _Static_assert((kind) != IK_YEARS || (p1) != P_NONE, #code ": the number of years is a parameter");
#include "rules/items.def"
#undef X

const yjjh__item_def yjjh__items[YJJH__ITEM_COUNT] = {
#define X(code, kind, f1, t1, p1, f2, t2, p2, veto, check, data, zh, short_zh, en)                                     \
  [YJJH__ITEM_##code] = {#code, kind, {{f1, t1, p1}, {f2, t2, p2}}, veto, data, zh, short_zh, en},
#include "rules/items.def"
#undef X
};

static const yjjh__item_def *find(const char *code)
{
    if (!code)
        return NULL;
    for (size_t i = 0; i < YJJH__ITEM_COUNT; i++)
        if (strcmp(yjjh__items[i].code, code) == 0)
            return &yjjh__items[i];
    return NULL;
}

size_t yjjh_item_catalog_count(void) { return YJJH__ITEM_COUNT; }

static void fill(yjjh_item_info *out, const yjjh__item_def *it)
{
    out->code = it->code;
    out->name_zh = it->name_zh;
    out->short_name_zh = it->short_zh;
    out->name_en = it->name_en;
}

yjjh_status yjjh_item_catalog_get(yjjh_item_info *out, size_t i)
{
    if (!out)
        return YJJH_E_NULL_ARG;
    if (out->version != YJJH_ITEM_INFO_VERSION)
        return YJJH_E_STRUCT_VERSION;
    if (i >= YJJH__ITEM_COUNT)
        return YJJH_E_OUT_OF_RANGE;
    fill(out, &yjjh__items[i]);
    return YJJH_OK;
}

yjjh_status yjjh_item_lookup(yjjh_item_info *out, const char *code)
{
    const yjjh__item_def *it;
    if (!out || !code)
        return YJJH_E_NULL_ARG;
    if (out->version != YJJH_ITEM_INFO_VERSION)
        return YJJH_E_STRUCT_VERSION;
    if (!(it = find(code)))
        return YJJH_E_UNKNOWN_CODE;
    fill(out, it);
    return YJJH_OK;
}
