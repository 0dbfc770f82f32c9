/* SPDX-License-Identifier: MIT */
/* `yjjh standards` (the standards table of a profile, or the county fact keys) and `yjjh profiles`. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "common/number_format.h"

const char cli_help_standards[] =
    "Usage: yjjh standards [--profile NAME|FILE.json] [--format json|text] [--facts]\n"
    "\n"
    "Print the standards table (评估标准) of a profile: key, stage, value, unit and names.\n"
    "  --facts    list the county fact keys (县级事实) with their Chinese names instead\n";

const char cli_help_profiles[] =
    "Usage: yjjh profiles [--format text|json]\n\nList the built-in profiles (评估方案).\n";

#define json_string cli_json_string

static const char *fact_key_at(size_t i)
{
    const char *k = NULL;
    return yjjh_fact_key_get(&k, i) == YJJH_OK ? k : "";
}

static int facts_list(char **out, cli_format format)
{
    yjjh__buf b = YJJH__BUF_INIT;
    size_t n = yjjh_fact_key_count();
    if (format == CLI_FORMAT_JSON) {
        yjjh__buf_puts(&b, "{\n  \"schema_version\": \"" YJJH_JSON_SCHEMA_VERSION "\",\n  \"facts\": [\n");
        for (size_t i = 0; i < n; i++) {
            const char *k = fact_key_at(i);
            yjjh__buf_puts(&b, "    { \"key\": ");
            json_string(&b, k);
            yjjh__buf_puts(&b, ", \"name_zh\": ");
            json_string(&b, yjjh_fact_key_name_zh(k));
            yjjh__buf_printf(&b, " }%s\n", i + 1 < n ? "," : "");
        }
        yjjh__buf_puts(&b, "  ]\n}\n");
    } else {
        yjjh__buf_puts(
            &b, "县级事实 (county facts): English key / 中文名 — both are accepted as CSV headers and JSON keys\n");
        yjjh__buf_puts(&b, "Booleans: true/false, 1/0, 是/否; rates: 0.95 or 95%\n\n");
        for (size_t i = 0; i < n; i++) {
            const char *k = fact_key_at(i);
            cli_buf_pad(&b, k, 34);
            yjjh__buf_printf(&b, "%s\n", yjjh_fact_key_name_zh(k));
        }
    }
    *out = yjjh__buf_detach(&b);
    return *out ? CLI_EXIT_OK : CLI_EXIT_INTERNAL;
}

int cli_standards_text(char **out, const cli_options *o, const yjjh_profile *p)
{
    yjjh__buf b = YJJH__BUF_INIT;
    size_t n;
    cli_format format = o->format == CLI_FORMAT_DEFAULT ? CLI_FORMAT_TEXT : o->format;

    *out = NULL;
    if (o->list_facts)
        return facts_list(out, format);
    if (format == CLI_FORMAT_JSON) {
        char *json = NULL;
        yjjh_status st = yjjh_profile_to_json(&json, p);
        if (st != YJJH_OK) {
            cli_report(YJJH_PROBLEM_INTERNAL, NULL, "cannot describe the profile: %s", yjjh_strerror(st));
            return CLI_EXIT_INTERNAL;
        }
        yjjh__buf_puts(&b, json);
        if (b.len == 0 || b.ptr[b.len - 1] != '\n')
            yjjh__buf_puts(&b, "\n");
        yjjh_free(json);
        *out = yjjh__buf_detach(&b);
        return *out ? CLI_EXIT_OK : CLI_EXIT_INTERNAL;
    }
    yjjh__buf_printf(&b, "%s [%s]\n\n", yjjh_profile_title(p), yjjh_profile_name(p));
    cli_buf_pad(&b, "key", 30);
    cli_buf_pad(&b, "stage", 9);
    cli_buf_pad(&b, "value", 14);
    cli_buf_pad(&b, "unit", 18);
    cli_buf_pad(&b, "kind", 11);
    yjjh__buf_puts(&b, "名称 (name)\n");
    n = yjjh_standard_count(p);
    for (size_t i = 0; i < n; i++) {
        yjjh_standard s = YJJH_STANDARD_INIT;
        char v[64];
        if (yjjh_standard_get(&s, p, i) != YJJH_OK)
            continue;
        yjjh__format_g(v, sizeof v, s.value, 10);
        cli_buf_pad(&b, s.key ? s.key : "", 30);
        cli_buf_pad(&b, s.stage == YJJH_STAGE_NONE ? "-" : yjjh_stage_name(s.stage), 9);
        cli_buf_pad(&b, v, 14);
        cli_buf_pad(&b, s.unit ? s.unit : "", 18);
        cli_buf_pad(&b, yjjh_standard_kind_name(s.kind), 11);
        yjjh__buf_printf(&b, "%s (%s)\n", s.name_zh ? s.name_zh : "", s.name_en ? s.name_en : "");
    }
    *out = yjjh__buf_detach(&b);
    return *out ? CLI_EXIT_OK : CLI_EXIT_INTERNAL;
}

int cli_profiles_text(char **out, cli_format format)
{
    yjjh__buf b = YJJH__BUF_INIT;
    if (format == CLI_FORMAT_JSON) {
        size_t n = yjjh_profile_builtin_count();
        yjjh__buf_puts(&b, "{\n  \"schema_version\": \"" YJJH_JSON_SCHEMA_VERSION "\",\n  \"yjjh_version\": ");
        json_string(&b, yjjh_version_string());
        yjjh__buf_puts(&b, ",\n  \"profiles\": [\n");
        for (size_t i = 0; i < n; i++) {
            const char *name = NULL;
            yjjh_profile *p = NULL;
            if (yjjh_profile_builtin_get(&name, i) != YJJH_OK || yjjh_profile_builtin(&p, name) != YJJH_OK) {
                yjjh__buf_free(&b);
                return CLI_EXIT_INTERNAL;
            }
            yjjh__buf_puts(&b, "    { \"name\": ");
            json_string(&b, name);
            yjjh__buf_puts(&b, ", \"title\": ");
            json_string(&b, yjjh_profile_title(p));
            yjjh__buf_printf(&b, ", \"default\": %s }%s\n", i == 0 ? "true" : "false", i + 1 < n ? "," : "");
            yjjh_profile_free(p);
        }
        yjjh__buf_puts(&b, "  ]\n}\n");
        *out = yjjh__buf_detach(&b);
        return *out ? CLI_EXIT_OK : CLI_EXIT_INTERNAL;
    }
    for (size_t i = 0; i < yjjh_profile_builtin_count(); i++) {
        const char *name = NULL;
        yjjh_profile *p = NULL;
        if (yjjh_profile_builtin_get(&name, i) != YJJH_OK)
            continue;
        cli_buf_pad(&b, name, 24);
        if (yjjh_profile_builtin(&p, name) == YJJH_OK)
            yjjh__buf_puts(&b, yjjh_profile_title(p));
        yjjh__buf_printf(&b, "%s\n", i == 0 ? "  (default)" : "");
        yjjh_profile_free(p);
    }
    *out = yjjh__buf_detach(&b);
    return *out ? CLI_EXIT_OK : CLI_EXIT_INTERNAL;
}

int cli_cmd_standards(const cli_options *o)
{
    yjjh_profile *p = NULL;
    char *text = NULL;
    int code = o->list_facts ? CLI_EXIT_OK : cli_load_profile(&p, o->profile);
    if (code == CLI_EXIT_OK)
        code = cli_standards_text(&text, o, p);
    if (code == CLI_EXIT_OK)
        code = cli_emit(o, text);
    free(text);
    yjjh_profile_free(p);
    return code;
}

int cli_cmd_profiles(const cli_options *o)
{
    char *text = NULL;
    int code = cli_profiles_text(&text, o->format == CLI_FORMAT_JSON ? CLI_FORMAT_JSON : CLI_FORMAT_TEXT);
    if (code == CLI_EXIT_OK)
        code = cli_emit(o, text);
    free(text);
    return code;
}
