/* SPDX-License-Identifier: MIT */
/* Private: what the text, HTML and workbook reports share — the options, a per-county index of the school
 * parts (so a report is linear in the number of schools), the words of both languages, and every number of
 * the report as text under the display rules (display.h), so the three formats print the same text for the
 * same number. Never installed. */
#ifndef YJJH_LIB_REPORT_COMMON_H
#define YJJH_LIB_REPORT_COMMON_H

#include <stddef.h>
#include "yjjh/yjjh.h"
#include "common/buf.h"
#include "evaluate/evaluate_internal.h"
#include "common/display.h"

typedef struct yjjh__rep {
    const yjjh_result *r;
    yjjh_lang lang;
    const yjjh_profile *profile; /* may be NULL */
    const char *schools_file, *facts_file, *profile_file;
    char date[32];
    double floor;  /* school_floor_ratio (the profile's, else the national default) */
    size_t *order; /* part indices grouped by county, input order kept within a county */
    size_t *start; /* n_counties + 1 offsets into order */
} yjjh__rep;

/* Check the options and build the index. Returns YJJH_OK, YJJH_E_NULL_ARG, YJJH_E_STRUCT_VERSION or
 * YJJH_E_NOMEM. */
yjjh_status yjjh__rep_open(yjjh__rep *c, const yjjh_result *r, const yjjh_report_options *o);
void yjjh__rep_close(yjjh__rep *c);

/* zh or en by the report language (a macro: with two literals it stays a checked printf format). */
#define yjjh__L(c, zh, en) ((c)->lang == YJJH_LANG_EN ? (en) : (zh))

const char *yjjh__rep_verdict(const yjjh__rep *c, yjjh_verdict v);
const char *yjjh__rep_status(const yjjh__rep *c, yjjh_item_status s);
const char *yjjh__rep_stage(const yjjh__rep *c, yjjh_stage s);
const char *yjjh__rep_exclusion(const yjjh__rep *c, yjjh_exclusion e);
const char *yjjh__rep_yesno(const yjjh__rep *c, int yes);
/* Title of the report: the profile's title, else its name. */
const char *yjjh__rep_title(const yjjh__rep *c);
/* Indicator k: its name in the report language; the unit of its shortfall ("名教师", "m²"; "teachers"). */
const char *yjjh__rep_ind_name(const yjjh__rep *c, size_t k);
const char *yjjh__rep_short_unit(const yjjh__rep *c, size_t k);
/* Item name (short name in Chinese, English name), veto flag from the item table; NULL name when unknown. */
const char *yjjh__rep_item_name(const yjjh__rep *c, const char *code, int *is_veto);

/* Header lines (files, profile, version, date) into b, each starting with prefix and ending with "\n". */
void yjjh__rep_header(yjjh__buf *b, const yjjh__rep *c, const char *prefix);

/* The texts of one indicator of a school part (value against the standard, ratio as %, shortfall). */
typedef struct yjjh__part_text {
    char value[YJJH__DISP_BUF];
    char standard[YJJH__DISP_BUF];
    char ratio[YJJH__DISP_BUF];
    char shortfall[YJJH__DISP_BUF];
} yjjh__part_text;
void yjjh__rep_part_text(yjjh__part_text *out, const yjjh__rep *c, const yjjh__part *pt, size_t k);

/* "R4 4.00 < 4.5 (89%, 低于85%), 缺 118 m²" for an unmet indicator of a part. */
void yjjh__rep_part_miss(yjjh__buf *b, const yjjh__rep *c, const yjjh__part *pt, size_t k);
/* "2162030209 陈家沟小学 (小学): 达标 5/7 项; R3 …; R4 …" for a part failing the school rule. */
void yjjh__rep_part_line(yjjh__buf *b, const yjjh__rep *c, const yjjh__part *pt);

/* CV of indicator k of a stage against its limit: the CV text (3 decimals or more), the limit ("0.50"). */
void yjjh__rep_cv_text(char *cv, char *limit, size_t n, const yjjh_indicator_result *ir);

/* The numbers of a county item as one line: "交流轮岗教师比例 12% ≥ 10%; 骨干教师比例 25% ≥ 20%",
 * "否 (须为 否)", "未评估: 缺少 规划布局合理". */
void yjjh__rep_item_detail(yjjh__buf *b, const yjjh__rep *c, const yjjh__item *it);

/* One reason of a county verdict as a line (without the leading "- "). */
void yjjh__rep_reason(yjjh__buf *b, const yjjh__rep *c, size_t ci, const yjjh__reason *rs);

#endif
