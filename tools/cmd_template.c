/* SPDX-License-Identifier: MIT */
/* `yjjh template`: an empty input sheet with a profile's columns (or the county facts), each column explained
 * (unit and rule): .xlsx with a second sheet of explanations (libxlsxwriter), or CSV whose explanation rows,
 * starting with '#', stand above the header (the readers skip them: docs/data-format.md "Templates"). */
#define _XOPEN_SOURCE 700
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include "cli.h"
#include "common/buf.h"
#include "common/file_util.h"
#include "common/text.h"

const char cli_help_template[] =
    "Usage: yjjh template [--profile NAME|FILE.json] [--facts] [--lang zh|en] -o FILE.xlsx|FILE.csv\n"
    "\n"
    "Write an empty input sheet with the columns of the profile (学校数据模板), headers in Chinese (--lang en:\n"
    "English), each column explained with its unit and rule: in .xlsx on a second sheet (填表说明), in CSV in\n"
    "rows starting with '#' above the header (the readers skip them). With --facts, the county facts sheet\n"
    "(县级事实数据). Fill in one row per school (or county) and give the file to 'yjjh evaluate'.\n"
    "\n"
    "Options:\n"
    "  --profile NAME|FILE   profile whose columns the sheet has (default national-2017)\n"
    "  --facts               the county facts sheet instead of the schools sheet\n"
    "  --lang zh|en          language of the headers and explanations (default zh)\n"
    "  -o, --output FILE     the file to write, .xlsx or .csv (written atomically)\n"
    "  --errors text|json    json: the problems as one JSON document on standard error\n"
    "  -h, --help            this help\n";

/* One column of a template: header, the other language's name, unit and rule. */
typedef struct tcol {
    const char *header, *other, *unit, *rule;
} tcol;

static int ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

/* Whether the profile's indicators (or, all = 1, the catalogue's) divide a quantity held in column name. */
static int numerator_of(const yjjh_profile *p, int all, const char *name)
{
    size_t n = all ? yjjh_indicator_catalog_count() : yjjh_profile_indicator_count(p);
    for (size_t i = 0; i < n; i++) {
        yjjh_indicator_info info = YJJH_INDICATOR_INFO_INIT;
        const char *num, *base = name;
        if ((all ? yjjh_indicator_catalog_get(&info, i) : yjjh_profile_indicator_get(&info, p, i)) != YJJH_OK)
            continue;
        num = info.numerator;
        if (strncmp(base, "primary_", 8) == 0)
            base += 8;
        else if (strncmp(base, "junior_", 7) == 0)
            base += 7;
        if (num && strcmp(num, base) == 0)
            return 1;
    }
    return 0;
}

/* A per-stage variant of a facility column (primary_teaching_area): optional, left out of the template. */
static int stage_facility(const char *name)
{
    const char *base = strncmp(name, "primary_", 8) == 0  ? name + 8
                       : strncmp(name, "junior_", 7) == 0 ? name + 7
                                                          : NULL;
    yjjh_column col;
    double scale;
    return base && yjjh_column_from_header(&col, &scale, base) == YJJH_OK && !yjjh_column_is_text(col);
}

static const char *column_unit(yjjh_column c, int en)
{
    const char *n = yjjh_column_name(c);
    if (yjjh_column_is_text(c))
        return en ? "text" : "文本";
    if (ends_with(n, "_students") || ends_with(n, "_teachers") || ends_with(n, "max_class_size"))
        return en ? "persons" : "人";
    if (ends_with(n, "_classes"))
        return en ? "classes" : "个";
    if (ends_with(n, "_area"))
        return en ? "m²" : "平方米";
    if (ends_with(n, "_value") || ends_with(n, "_funds"))
        return en ? "yuan (a header ending in (万元) is read as 10,000 yuan)" : "元 (表头写 (万元) 时按万元读)";
    if (ends_with(n, "_rooms"))
        return en ? "rooms" : "间";
    if (ends_with(n, "computers"))
        return en ? "computers" : "台";
    if (ends_with(n, "books"))
        return en ? "volumes" : "册";
    return "";
}

static const char *column_rule(yjjh_column c, int en)
{
    switch (c) {
    case YJJH_COL_SCHOOL_ID: return en ? "required, unique per school" : "必填, 每所学校唯一";
    case YJJH_COL_SCHOOL_NAME: return en ? "the school's name" : "学校全称";
    case YJJH_COL_COUNTY_CODE:
        return en ? "6-digit administrative code; needed when several counties share the sheet"
                  : "6位行政区划代码; 多个县区共用一张表时必填";
    case YJJH_COL_COUNTY_NAME: return en ? "the county's name" : "县区名称";
    case YJJH_COL_SCHOOL_TYPE:
        return en ? "primary, junior, nine_year, complete_secondary, twelve_year, teaching_point, special (or the "
                    "Chinese names, e.g. 小学, 初级中学, 九年一贯制学校, 完全中学, 教学点, 特殊教育学校)"
                  : "小学、初中(初级中学)、九年一贯制学校、完全中学、十二年一贯制学校、教学点、特殊教育学校";
    case YJJH_COL_OWNERSHIP: return en ? "public (default) or private" : "公办 (默认) 或 民办";
    case YJJH_COL_LOCATION: return en ? "urban, town or rural (optional)" : "城区、镇区或乡村 (可不填)";
    case YJJH_COL_PARENT_ID:
        return en ? "teaching points only: the school_id of their central school"
                  : "仅教学点填写: 所属中心校的学校标识码";
    default: break;
    }
    if (yjjh_column_is_integer(c))
        return en ? "whole number, ASCII digits 0-9; empty = missing (not 0): write 0 for none"
                  : "整数, 半角数字 0-9; 空格为缺失 (不是 0), 没有请填 0";
    return en ? "number, ASCII digits 0-9; empty = missing (not 0)" : "数值, 半角数字 0-9; 空格为缺失 (不是 0)";
}

/* The schools columns of profile p: identity and enrolment columns, the quantities the county items and the
 * profile's indicators need; not the numerators only another profile's indicators use, nor the per-stage
 * facility variants. */
static size_t school_columns(tcol *out, const yjjh_profile *p, int en)
{
    size_t n = 0;
    for (size_t i = 0; i < yjjh_column_count(); i++) {
        yjjh_column c;
        const char *name;
        if (yjjh_column_get(&c, i) != YJJH_OK)
            continue;
        name = yjjh_column_name(c);
        /* fulltime teachers: also the 2017 county items' staffing quantity, whatever the indicators divide */
        if (stage_facility(name) ||
            (numerator_of(p, 1, name) && !numerator_of(p, 0, name) &&
             !(ends_with(name, "fulltime_teachers") && yjjh_profile_scheme(p) == YJJH_SCHEME_QUALITY_2017)))
            continue;
        out[n].header = en ? name : yjjh_column_name_zh(c);
        out[n].other = en ? yjjh_column_name_zh(c) : name;
        out[n].unit = column_unit(c, en);
        out[n].rule = column_rule(c, en);
        n++;
    }
    return n;
}

static const char *fact_unit_rule(const char *key, int en, int rule)
{
    if (strstr(key, "year"))
        return rule ? (en ? "a year, 1990-2100" : "年份, 1990-2100") : (en ? "year" : "年");
    if (strcmp(key, "monitoring_level") == 0)
        return rule ? (en ? "an integer 1-4" : "整数 1-4") : (en ? "level" : "等级");
    if (strstr(key, "salary") || strstr(key, "per_student"))
        return rule ? (en ? "amount, ≥ 0" : "金额, ≥ 0") : "元";
    if (strstr(key, "rate") || strstr(key, "share") || strstr(key, "nearby_enrolment"))
        return rule ? (en ? "a fraction in [0, 1] (0.95) or a percentage (95%)"
                          : "比例: 0-1 的小数 (0.95) 或百分数 (95%)")
                    : (en ? "ratio" : "比例");
    if (strncmp(key, "basic_cv_", 9) == 0)
        return rule ? (en ? "coefficient of variation, a number ≥ 0" : "差异系数, ≥ 0 的数") : "";
    return rule ? (en ? "true/false, 1/0 or 是/否" : "是/否 (或 true/false, 1/0)") : (en ? "yes/no" : "是/否");
}

static size_t fact_columns(tcol *out, int en)
{
    size_t n = 0;
    out[n].header = en ? "county_code" : "县区代码";
    out[n].other = en ? "县区代码" : "county_code";
    out[n].unit = en ? "text" : "文本";
    out[n].rule = en ? "required: the 6-digit code of the county, as in the schools sheet"
                     : "必填: 县区6位行政区划代码, 与学校数据一致";
    n++;
    for (size_t i = 0; i < yjjh_fact_key_count(); i++) {
        const char *key = NULL, *zh;
        if (yjjh_fact_key_get(&key, i) != YJJH_OK)
            continue;
        zh = yjjh_fact_key_name_zh(key);
        out[n].header = en || !zh || !*zh ? key : zh;
        out[n].other = en ? (zh ? zh : "") : key;
        out[n].unit = fact_unit_rule(key, en, 0);
        out[n].rule = fact_unit_rule(key, en, 1);
        n++;
    }
    return n;
}

/* CSV field, quoted when needed. */
static char *template_csv(const tcol *cols, size_t n, const char *title, int en)
{
    yjjh__buf b = YJJH__BUF_INIT;
    yjjh__buf line = YJJH__BUF_INIT;
    yjjh__buf_puts(&b, "\xEF\xBB\xBF"); /* UTF-8 BOM: Excel then opens the file as UTF-8 */
    yjjh__buf_printf(&line, "# %s", title);
    yjjh__buf_put_csv_field(&b, yjjh__buf_cstr(&line));
    yjjh__buf_puts(&b, "\r\n");
    for (size_t j = 0; j < n; j++) {
        yjjh__buf_free(&line);
        yjjh__buf_printf(&line, "# %s (%s)%s%s: %s", cols[j].header, cols[j].other, *cols[j].unit ? ", " : "",
                         cols[j].unit, cols[j].rule);
        yjjh__buf_put_csv_field(&b, yjjh__buf_cstr(&line));
        yjjh__buf_puts(&b, "\r\n");
    }
    yjjh__buf_free(&line);
    yjjh__buf_printf(&line, "# %s",
                     en ? "the header is the next row; the rows starting with # may be deleted"
                        : "下一行是表头; 以 # 开头的说明行可以删除");
    yjjh__buf_put_csv_field(&b, yjjh__buf_cstr(&line));
    yjjh__buf_puts(&b, "\r\n");
    yjjh__buf_free(&line);
    for (size_t j = 0; j < n; j++) {
        if (j)
            yjjh__buf_putc(&b, ',');
        yjjh__buf_put_csv_field(&b, cols[j].header);
    }
    yjjh__buf_puts(&b, "\r\n");
    if (yjjh__buf_oom(&b)) {
        yjjh__buf_free(&b);
        return NULL;
    }
    return yjjh__buf_detach(&b);
}

typedef struct template_book {
    const tcol *cols;
    size_t n;
    const char *title;
    int en, facts;
} template_book;

/* Write the workbook to path (a memory file of cli_memfile_write()). */
static yjjh_status template_xlsx_write(const char *path, void *arg)
{
    const template_book *t = arg;
    const tcol *cols = t->cols;
    size_t n = t->n;
    int en = t->en;
    lxw_workbook *wb;
    lxw_worksheet *data, *notes;
    lxw_format *bold, *wrap;

    wb = workbook_new(path);
    if (!wb)
        return YJJH_E_IO_WRITE;
    data =
        workbook_add_worksheet(wb, t->facts ? (en ? "county facts" : "县级事实数据") : (en ? "schools" : "学校数据"));
    notes = workbook_add_worksheet(wb, en ? "notes" : "填表说明");
    bold = workbook_add_format(wb);
    format_set_bold(bold);
    wrap = workbook_add_format(wb);
    format_set_text_wrap(wrap);
    for (size_t j = 0; j < n; j++) {
        worksheet_write_string(data, 0, (lxw_col_t)j, cols[j].header, bold);
        worksheet_set_column(data, (lxw_col_t)j, (lxw_col_t)j, 16, NULL);
    }
    worksheet_freeze_panes(data, 1, 0);
    worksheet_write_string(notes, 0, 0, t->title, bold);
    worksheet_write_string(notes, 2, 0, en ? "column" : "列名", bold);
    worksheet_write_string(notes, 2, 1, en ? "中文" : "column", bold);
    worksheet_write_string(notes, 2, 2, en ? "unit" : "单位", bold);
    worksheet_write_string(notes, 2, 3, en ? "rule" : "填写规则", bold);
    for (size_t j = 0; j < n; j++) {
        worksheet_write_string(notes, (lxw_row_t)(3 + j), 0, cols[j].header, NULL);
        worksheet_write_string(notes, (lxw_row_t)(3 + j), 1, cols[j].other, NULL);
        worksheet_write_string(notes, (lxw_row_t)(3 + j), 2, cols[j].unit, NULL);
        worksheet_write_string(notes, (lxw_row_t)(3 + j), 3, cols[j].rule, wrap);
    }
    worksheet_set_column(notes, 0, 1, 28, NULL);
    worksheet_set_column(notes, 2, 2, 24, NULL);
    worksheet_set_column(notes, 3, 3, 70, NULL);
    return workbook_close(wb) == LXW_NO_ERROR ? YJJH_OK : YJJH_E_IO_WRITE;
}

int cli_template_bytes(char **out, size_t *len, const yjjh_profile *p, int facts, int en, int xlsx)
{
    tcol cols[160];
    template_book t;
    char *title;
    yjjh_status st;

    *out = NULL;
    *len = 0;
    if (yjjh_column_count() + 1 > sizeof cols / sizeof cols[0] ||
        yjjh_fact_key_count() + 1 > sizeof cols / sizeof cols[0])
        return CLI_EXIT_INTERNAL;
    t.cols = cols;
    t.n = facts ? fact_columns(cols, en) : school_columns(cols, p, en);
    t.en = en;
    t.facts = facts;
    title = facts ? yjjh__strprintf(en ? "County facts (yjjh template, profile %s): one row per county"
                                       : "县级事实数据模板 (yjjh template, 评估方案 %s): 每行一个县区",
                                    yjjh_profile_name(p))
                  : yjjh__strprintf(en ? "Schools (yjjh template, profile %s): one row per school"
                                       : "学校数据模板 (yjjh template, 评估方案 %s): 每行一所学校",
                                    yjjh_profile_name(p));
    if (!title)
        return CLI_EXIT_INTERNAL;
    t.title = title;
    if (!xlsx) {
        *out = template_csv(cols, t.n, title, en);
        free(title);
        if (!*out)
            return CLI_EXIT_INTERNAL;
        *len = strlen(*out);
        return CLI_EXIT_OK;
    }
    /* the workbook is written to a memory file, never to disk */
    st = cli_memfile_write(out, len, template_xlsx_write, &t);
    free(title);
    return st == YJJH_OK ? CLI_EXIT_OK : st == YJJH_E_NOMEM ? CLI_EXIT_INTERNAL : CLI_EXIT_CANTCREAT;
}

int cli_cmd_template(const cli_options *o)
{
    yjjh_profile *p = NULL;
    size_t len = 0;
    char *bytes = NULL;
    int en, xlsx, code;

    if (!o->output || strcmp(o->output, "-") == 0) {
        cli_report(YJJH_PROBLEM_INVALID_OPTION, NULL, "-o FILE.xlsx or -o FILE.csv is required");
        cli_usage_hint("template");
        return CLI_EXIT_USAGE;
    }
    xlsx = ends_with(o->output, ".xlsx");
    if (!xlsx && !ends_with(o->output, ".csv")) {
        cli_report(YJJH_PROBLEM_INVALID_OPTION, NULL, "the output must end in .xlsx or .csv (got %s)", o->output);
        return CLI_EXIT_USAGE;
    }
    if (o->lang && strcmp(o->lang, "zh") != 0 && strcmp(o->lang, "en") != 0) {
        cli_report(YJJH_PROBLEM_INVALID_OPTION, NULL, "--lang must be zh or en (got %s)", o->lang);
        return CLI_EXIT_USAGE;
    }
    en = o->lang && strcmp(o->lang, "en") == 0;
    code = cli_load_profile(&p, o->profile);
    if (code != CLI_EXIT_OK)
        return code;
    code = cli_template_bytes(&bytes, &len, p, o->list_facts, en, xlsx);
    if (code == CLI_EXIT_INTERNAL)
        cli_report(YJJH_PROBLEM_INTERNAL, NULL, "out of memory");
    else if (code != CLI_EXIT_OK)
        cli_report(YJJH_PROBLEM_CANNOT_WRITE, o->output, "cannot write the workbook");
    if (code == CLI_EXIT_OK)
        code = cli_write_output(o->output, bytes, len);
    free(bytes);
    yjjh_profile_free(p);
    return code;
}
