/* SPDX-License-Identifier: MIT */
/* Private: small text helpers shared by the library and the CLI. Never installed.
 *
 * Spaces. Wherever input text is trimmed (cells, CSV headers, fact names, county codes) "space" is exactly:
 * ASCII space U+0020, tab U+0009, CR U+000D, LF U+000A, no-break space U+00A0 (UTF-8 C2 A0) and ideographic
 * space U+3000 (UTF-8 E3 80 80) — what spreadsheets of Chinese offices put around values. Vertical tab and form
 * feed are not spaces. The Python binding uses the same set (yjjh/_frame.py _SPACES). */
#ifndef YJJH_LIB_TEXT_H
#define YJJH_LIB_TEXT_H

#include <stddef.h>
#include <string.h>

#include "common/buf.h"

/* Trim spaces (the set above) from both ends of s[0..*n): returns the new start and updates *n. */
const char *yjjh__trim(const char *s, size_t *n);

/* 1 when s is NULL or holds nothing but spaces (the set above). */
int yjjh__text_blank(const char *s);

/* Compare a[0..na) and b[0..nb) ignoring ASCII case (A–Z = a–z; other bytes as they are): 1 when equal. Inline:
 * the cell parser compares every short cell with the missing-value words. */
static inline int yjjh__ascii_ieq(const char *a, size_t na, const char *b, size_t nb)
{
    if (na != nb)
        return 0;
    for (size_t i = 0; i < na; i++) {
        unsigned char x = (unsigned char)a[i], y = (unsigned char)b[i];
        if (x >= 'A' && x <= 'Z')
            x = (unsigned char)(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z')
            y = (unsigned char)(y - 'A' + 'a');
        if (x != y)
            return 0;
    }
    return 1;
}

/* 1 when s[0..n) equals the NUL-terminated word ignoring ASCII case. */
static inline int yjjh__ascii_ieq_word(const char *s, size_t n, const char *word)
{
    return yjjh__ascii_ieq(s, n, word, strlen(word));
}

/* strcmp() ignoring ASCII case: < 0, 0 or > 0. */
int yjjh__ascii_icmp(const char *a, const char *b);

/* malloc'ed copy of s, NULL when out of memory. */
char *yjjh__strdup(const char *s);

/* Display width of UTF-8 text in a terminal: East Asian wide characters (CJK, Hangul, full-width forms, CJK
 * punctuation) count 2, every other character 1; a character cut at the end counts 1. */
size_t yjjh__display_width(const char *s);

/* malloc'ed NUL-terminated copy of s[0..n) (s need not be NUL-terminated), NULL when out of memory. */
char *yjjh__strndup(const char *s, size_t n);

/* malloc'ed printf-formatted text (built on yjjh__buf: the same rule for doubles), NULL when out of memory. */
/* Append s to b with every control character made visible, so that text from the data (cells, headers, fact
 * keys) cannot drive a terminal (docs/reliability.md "Control characters"): C0 controls and DEL as "\xHH"
 * ("\x1b" for ESC; "\n" kept when keep_newline), C1 controls U+0080–U+009F as "\u0080"…"\u009f". A UTF-8
 * sequence cut short (a message cut at a fixed byte count) is dropped, so the text is cut on a character
 * boundary; any other byte that is not UTF-8 is written as "\xHH". The result is valid UTF-8. */
void yjjh__buf_put_escaped(yjjh__buf *b, const char *s, int keep_newline);

char *yjjh__strprintf(const char *fmt, ...) YJJH__PRINTF(1, 2);
char *yjjh__vstrprintf(const char *fmt, va_list ap) YJJH__PRINTF(1, 0);

#endif
