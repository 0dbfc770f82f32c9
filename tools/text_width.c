/* SPDX-License-Identifier: MIT */
/* Display width of UTF-8 text in a terminal, and padding to it, for the column layout of the text reports. */
#include "cli.h"

size_t cli_display_width(const char *str)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t w = 0;
    while (*s) {
        unsigned int cp;
        size_t k;
        if (*s < 0x80) {
            cp = *s;
            k = 1;
        } else if ((*s & 0xE0) == 0xC0) {
            cp = *s & 0x1Fu;
            k = 2;
        } else if ((*s & 0xF0) == 0xE0) {
            cp = *s & 0x0Fu;
            k = 3;
        } else {
            cp = *s & 0x07u;
            k = 4;
        }
        for (size_t i = 1; i < k; i++) {
            if (!s[i]) {
                k = i;
                break;
            }
            cp = (cp << 6) | (s[i] & 0x3Fu);
        }
        s += k;
        /* East Asian wide ranges (CJK, Hangul, full-width forms, CJK punctuation) */
        if ((cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3) ||
            (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
            (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD))
            w += 2;
        else
            w += 1;
    }
    return w;
}

void cli_buf_pad(yjjh__buf *b, const char *s, size_t width)
{
    size_t w = cli_display_width(s);
    yjjh__buf_puts(b, s);
    if (w >= width) /* too long for the column: keep one space before the next one */
        yjjh__buf_putc(b, ' ');
    while (w < width) {
        yjjh__buf_putc(b, ' ');
        w++;
    }
}
