/* SPDX-License-Identifier: MIT */
/* yjjh_result_to_excel_csv(): the CSV of yjjh_result_to_csv() for Excel on a Chinese Windows machine — a UTF-8
 * byte order mark (without it Excel reads UTF-8 as the ANSI code page: every name is mojibake) and the header
 * row in the report language. The rows are those of yjjh_result_to_csv(), so numbers stay numbers. */
#include <stdlib.h>
#include <string.h>

#include "report/report_common.h"

/* Header of a per-indicator column: "R4 生均教学及辅助用房面积 值" … */
static void ind_header(yjjh__buf *b, const yjjh__rep *c, size_t k, const char *what)
{
    /* quoted: English names hold commas ("PE and art (fine art, music) teachers …"), none holds a quote */
    yjjh__buf_printf(b, ",\"%s %s %s\"", c->r->indicators[k]->code, yjjh__rep_ind_name(c, k), what);
}

yjjh_status yjjh_result_to_excel_csv(char **out, const yjjh_result *result, const yjjh_report_options *options)
{
    yjjh__rep c;
    yjjh__buf b = YJJH__BUF_INIT;
    char *plain = NULL;
    const char *rows;
    yjjh_status st;
    if (!out)
        return YJJH_E_NULL_ARG;
    *out = NULL;
    if ((st = yjjh__rep_open(&c, result, options)) != YJJH_OK)
        return st;
    if ((st = yjjh_result_to_csv(&plain, result)) != YJJH_OK) {
        yjjh__rep_close(&c);
        return st;
    }
    rows = strstr(plain, "\r\n");
    rows = rows ? rows + 2 : plain + strlen(plain);
    yjjh__buf_puts(&b, "\xEF\xBB\xBF");
    yjjh__buf_puts(&b, yjjh__L(&c, "县区代码,学校代码,学校名称,学段,是否参评,不参评原因,在校生数",
                               "county code,school id,school name,stage,in scope,excluded reason,students"));
    for (size_t k = 0; k < result->n_indicators; k++) {
        ind_header(&b, &c, k, yjjh__L(&c, "值", "value"));
        if (result->has_rule) {
            ind_header(&b, &c, k, yjjh__L(&c, "达标", "met"));
            ind_header(&b, &c, k, yjjh__L(&c, "缺口", "shortfall"));
        }
    }
    if (result->has_rule)
        yjjh__buf_puts(&b, yjjh__L(&c, ",达标指标数,学校达标", ",indicators met,passed"));
    yjjh__buf_puts(&b, "\r\n");
    yjjh__buf_puts(&b, rows);
    free(plain);
    yjjh__rep_close(&c);
    *out = yjjh__buf_detach(&b);
    return *out ? YJJH_OK : YJJH_E_NOMEM;
}
