/* SPDX-License-Identifier: MIT */
/* Display width of UTF-8 text in a terminal, and padding to it, for the column layout of the text reports. */
#include "cli.h"
#include "common/text.h"

size_t cli_display_width(const char *str) { return yjjh__display_width(str); }

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
