/* SPDX-License-Identifier: MIT */
/* Problems of a run as text lines or as the JSON error document of cli.md (`--errors json`), and the lists of
 * problems the HTTP service answers with. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "common/array.h"
#include "common/text.h"

void cli_json_string(yjjh__buf *b, const char *s)
{
    const unsigned char *p = (const unsigned char *)(s ? s : "");
    yjjh__buf_putc(b, '"');
    while (*p) {
        unsigned char c = *p;
        size_t n = c < 0x80                   ? 1
                   : (c >= 0xC2 && c <= 0xDF) ? 2
                   : (c >= 0xE0 && c <= 0xEF) ? 3
                   : (c >= 0xF0 && c <= 0xF4) ? 4
                                              : 0;
        size_t k = 1;
        for (; k < n && (p[k] & 0xC0) == 0x80; k++)
            ;
        if (n == 0 || k < n || (c == 0xE0 && p[1] < 0xA0) || (c == 0xED && p[1] > 0x9F) || (c == 0xF0 && p[1] < 0x90) ||
            (c == 0xF4 && p[1] > 0x8F)) {
            yjjh__buf_puts(b, "\xEF\xBF\xBD"); /* not UTF-8 (a file name, say): U+FFFD keeps the JSON valid */
            p++;
            continue;
        }
        if (c == '"' || c == '\\') {
            yjjh__buf_putc(b, '\\');
            yjjh__buf_putc(b, (char)c);
        } else if (c < 0x20 || c == 0x7F) {
            yjjh__buf_printf(b, "\\u%04x", (unsigned)c);
        } else {
            yjjh__buf_put(b, (const char *)p, n);
        }
        p += n;
    }
    yjjh__buf_putc(b, '"');
}

void cli_problems_add(cli_problems *l, yjjh_problem_code code, const char *file, size_t line, const char *column,
                      const char *message)
{
    cli_problem *p;
    if (l->nomem)
        return;
    if (yjjh__grow((void **)&l->items, &l->cap, l->n + 1, sizeof *l->items) != YJJH_OK) {
        l->nomem = 1;
        return;
    }
    p = &l->items[l->n];
    p->code = code;
    p->line = line;
    p->file = yjjh__strdup(file ? file : "");
    p->column = yjjh__strdup(column ? column : "");
    p->message = yjjh__strdup(message ? message : "");
    p->cell = yjjh__strdup("");
    if (!p->file || !p->column || !p->message || !p->cell) {
        free(p->file);
        free(p->column);
        free(p->message);
        free(p->cell);
        l->nomem = 1;
        return;
    }
    l->n++;
}

void cli_problems_addf(cli_problems *l, yjjh_problem_code code, const char *file, const char *fmt, ...)
{
    va_list ap;
    char *text;
    va_start(ap, fmt);
    text = yjjh__vstrprintf(fmt, ap);
    va_end(ap);
    if (!text) {
        l->nomem = 1;
        return;
    }
    cli_problems_add(l, code, file, 0, NULL, text);
    free(text);
}

void cli_problems_add_diag(cli_problems *l, const yjjh_diag *diag)
{
    for (size_t i = 0; i < yjjh_diag_count(diag); i++) {
        yjjh_diag_entry e = YJJH_DIAG_ENTRY_INIT;
        size_t before = l->n;
        if (yjjh_diag_get(&e, diag, i) != YJJH_OK)
            continue;
        cli_problems_add(l, e.code, e.file, e.line, e.column, e.text);
        if (l->n > before && e.cell && *e.cell) {
            char *cell = yjjh__strdup(e.cell);
            if (!cell) {
                l->nomem = 1;
                continue;
            }
            free(l->items[before].cell);
            l->items[before].cell = cell;
        }
    }
}

void cli_problems_clear(cli_problems *l)
{
    for (size_t i = 0; i < l->n; i++) {
        free(l->items[i].file);
        free(l->items[i].column);
        free(l->items[i].message);
        free(l->items[i].cell);
    }
    free(l->items);
    memset(l, 0, sizeof *l);
}

static void string_or_null(yjjh__buf *b, const char *s)
{
    if (s && *s)
        cli_json_string(b, s);
    else
        yjjh__buf_puts(b, "null");
}

void cli_problems_json_array(yjjh__buf *b, const cli_problems *l)
{
    yjjh__buf_putc(b, '[');
    for (size_t i = 0; i < l->n; i++) {
        const cli_problem *p = &l->items[i];
        const char *code = yjjh_problem_code_name(p->code);
        yjjh__buf_puts(b, i ? ",\n  {\"code\": " : "\n  {\"code\": ");
        cli_json_string(b, code ? code : "other");
        yjjh__buf_puts(b, ", \"file\": ");
        string_or_null(b, p->file);
        if (p->line)
            yjjh__buf_printf(b, ", \"line\": %zu", p->line);
        else
            yjjh__buf_puts(b, ", \"line\": null");
        if (p->cell && *p->cell) {
            yjjh__buf_puts(b, ", \"cell\": ");
            cli_json_string(b, p->cell);
        }
        yjjh__buf_puts(b, ", \"column\": ");
        string_or_null(b, p->column);
        yjjh__buf_puts(b, ", \"message\": ");
        cli_json_string(b, p->message);
        yjjh__buf_putc(b, '}');
    }
    if (l->nomem)
        yjjh__buf_printf(b,
                         "%s{\"code\": \"internal\", \"file\": null, \"line\": null, \"column\": null, "
                         "\"message\": \"out of memory: not every problem is listed\"}",
                         l->n ? ",\n  " : "\n  ");
    yjjh__buf_puts(b, l->n || l->nomem ? "\n]" : "]");
}

char *cli_problems_document(const cli_problems *l)
{
    yjjh__buf b = YJJH__BUF_INIT;
    yjjh__buf_puts(&b, "{\"schema_version\": \"" YJJH_JSON_SCHEMA_VERSION "\", \"problems\": ");
    cli_problems_json_array(&b, l);
    yjjh__buf_puts(&b, "}\n");
    return yjjh__buf_detach(&b);
}

/* ---- the problems of this run (the CLI is one thread; the service never uses these) ---------------------- */

static struct {
    int json; /* --errors json (or validate --format json): collect, write one document at the end */
    cli_problems list;
} run_errors;

void cli_errors_begin(int json) { run_errors.json = json; }

int cli_errors_collecting(void) { return run_errors.json; }

const cli_problems *cli_errors_list(void) { return &run_errors.list; }

void cli_report(yjjh_problem_code code, const char *file, const char *fmt, ...)
{
    va_list ap;
    char *text;
    va_start(ap, fmt);
    text = yjjh__vstrprintf(fmt, ap);
    va_end(ap);
    if (!run_errors.json) {
        fprintf(stderr, "yjjh: %s\n", text ? text : "out of memory");
    } else if (!text) {
        run_errors.list.nomem = 1;
    } else {
        cli_problems_add(&run_errors.list, code, file, 0, NULL, text);
    }
    free(text);
}

void cli_print_diag(const yjjh_diag *diag)
{
    if (run_errors.json) {
        cli_problems_add_diag(&run_errors.list, diag);
        return;
    }
    for (size_t i = 0; i < yjjh_diag_count(diag); i++) {
        yjjh_diag_entry e = YJJH_DIAG_ENTRY_INIT;
        if (yjjh_diag_get(&e, diag, i) == YJJH_OK)
            fprintf(stderr, "%s\n", e.message);
    }
}

int cli_errors_end(int code, int write_document)
{
    if (run_errors.json && write_document && (run_errors.list.n || run_errors.list.nomem || code != CLI_EXIT_OK)) {
        char *doc;
        if (code != CLI_EXIT_OK && code != CLI_EXIT_CHECK_FAILED && !run_errors.list.n)
            cli_problems_addf(&run_errors.list, YJJH_PROBLEM_INTERNAL, NULL, "failed with exit status %d", code);
        doc = cli_problems_document(&run_errors.list);
        if (doc)
            fputs(doc, stderr);
        else
            fputs("{\"schema_version\": \"" YJJH_JSON_SCHEMA_VERSION "\", \"problems\": [{\"code\": \"internal\", "
                  "\"file\": null, \"line\": null, \"column\": null, \"message\": \"out of memory\"}]}\n",
                  stderr);
        free(doc);
    }
    cli_problems_clear(&run_errors.list);
    run_errors.json = 0;
    return code;
}

int cli_computation_failed(yjjh_status st, const yjjh_diag *diag, const char *what)
{
    int code = cli_exit_for_status(st);
    cli_print_diag(diag);
    if (code == CLI_EXIT_NOINPUT)
        code = CLI_EXIT_INTERNAL;
    if (code == CLI_EXIT_INTERNAL || yjjh_diag_count(diag) == 0)
        cli_report(YJJH_PROBLEM_INTERNAL, NULL, "%s failed: %s", what, yjjh_strerror(st));
    return code;
}
