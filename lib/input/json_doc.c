/* SPDX-License-Identifier: MIT */
/* JSON input documents with jansson (json_doc.h). */
#include <stdio.h>
#include <string.h>

#include "input/cell_value.h"
#include "input/json_doc.h"

/* The first number token of text that is not a finite, correctly representable double (overflow, or a non-zero
 * value that underflows to zero): its offset, or len when there is none. Strings are skipped. The grammar
 * check itself is jansson's; this only looks at the tokens jansson would accept as numbers. */
static size_t bad_number(const char *text, size_t len, size_t *tok_len)
{
    size_t i = 0;
    while (i < len) {
        char ch = text[i];
        if (ch == '"') {
            for (i++; i < len && text[i] != '"'; i++)
                if (text[i] == '\\')
                    i++;
            i++;
            continue;
        }
        if (ch == '-' || (ch >= '0' && ch <= '9')) {
            size_t s = i;
            double v;
            while (i < len && ((text[i] >= '0' && text[i] <= '9') || text[i] == '-' || text[i] == '+' ||
                               text[i] == '.' || text[i] == 'e' || text[i] == 'E'))
                i++;
            if (yjjh__parse_number(&v, text + s, i - s) == YJJH__CELL_BAD) {
                /* only range problems: a malformed token is left to jansson's message */
                int grammar_ok = 1;
                for (size_t k = s; k < i; k++)
                    if (text[k] == '+' && !(k > s && (text[k - 1] == 'e' || text[k - 1] == 'E')))
                        grammar_ok = 0;
                if (grammar_ok) {
                    *tok_len = i - s;
                    return s;
                }
            }
            continue;
        }
        i++;
    }
    return len;
}

static size_t line_at(const char *text, size_t off)
{
    size_t line = 1;
    for (size_t i = 0; i < off; i++)
        line += text[i] == '\n';
    return line;
}

/* Nesting depth of objects at byte off (strings skipped). */
static size_t depth_at(const char *text, size_t len, size_t off)
{
    size_t d = 0;
    for (size_t i = 0; i < off && i < len; i++) {
        if (text[i] == '"') {
            for (i++; i < len && text[i] != '"'; i++)
                if (text[i] == '\\')
                    i++;
        } else if (text[i] == '{') {
            d++;
        } else if (text[i] == '}' && d > 0) {
            d--;
        }
    }
    return d;
}

json_t *yjjh__json_parse(const char *text, size_t len, char msg[YJJH__JSON_MSG_SIZE], size_t *line, size_t *dup_depth)
{
    json_error_t err;
    json_t *root;
    size_t tok = 0, off;
    msg[0] = '\0';
    *line = 0;
    *dup_depth = 0;
    /* JSON_REJECT_DUPLICATES: a key given twice is an error, not "the last one wins"; no JSON_ALLOW_NUL: "\u0000"
     * in a string is an error, so no text is cut at a NUL */
    root = json_loadb(text, len, JSON_REJECT_DUPLICATES | JSON_DECODE_ANY, &err);
    if (!root) {
        enum json_error_code code = json_error_code(&err);
        *line = err.line > 0 ? (size_t)err.line : 1;
        if (code == json_error_duplicate_key)
            *dup_depth = depth_at(text, len, (size_t)err.position);
        if (code == json_error_end_of_input_expected)
            snprintf(msg, YJJH__JSON_MSG_SIZE, "text after the end of the JSON value (column %d)", err.column);
        else if (code == json_error_null_character || code == json_error_null_byte_in_key)
            snprintf(msg, YJJH__JSON_MSG_SIZE, "a NUL character (\\u0000) in a string (column %d)", err.column);
        else
            snprintf(msg, YJJH__JSON_MSG_SIZE, "%.160s (column %d)", err.text, err.column);
        return NULL;
    }
    off = bad_number(text, len, &tok);
    if (off < len) {
        char ex[64];
        yjjh__quote_excerpt(ex, 40, text + off, tok);
        *line = line_at(text, off);
        {
            const char *e = memchr(text + off, 'e', tok);
            if (!e)
                e = memchr(text + off, 'E', tok);
            snprintf(msg, YJJH__JSON_MSG_SIZE, "number %s %s", ex,
                     (e && e + 1 < text + off + tok && e[1] == '-') ? "underflows to zero" : "overflows to infinity");
        }
        json_decref(root);
        return NULL;
    }
    return root;
}
