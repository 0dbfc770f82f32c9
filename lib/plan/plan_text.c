/* SPDX-License-Identifier: MIT */
/* JSON and CSV text helpers of the plan layer: JSON strings with every control character escaped, numbers as the
 * shortest exact text (null / empty when not finite), RFC 4180 CSV fields. */
#include <math.h>
#include <string.h>

#include "plan/plan_internal.h"

void yjjh__json_str(yjjh__buf *b, const char *s)
{
    static const char hex[] = "0123456789abcdef";
    yjjh__buf_putc(b, '"');
    for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
        switch (*p) {
        case '"': yjjh__buf_puts(b, "\\\""); break;
        case '\\': yjjh__buf_puts(b, "\\\\"); break;
        case '\n': yjjh__buf_puts(b, "\\n"); break;
        case '\r': yjjh__buf_puts(b, "\\r"); break;
        case '\t': yjjh__buf_puts(b, "\\t"); break;
        default:
            if (*p < 0x20 || *p == 0x7f) {
                char e[7] = {'\\', 'u', '0', '0', hex[*p >> 4], hex[*p & 15], 0};
                yjjh__buf_puts(b, e);
            } else {
                yjjh__buf_putc(b, (char)*p);
            }
        }
    }
    yjjh__buf_putc(b, '"');
}

void yjjh__json_num(yjjh__buf *b, double v)
{
    if (isfinite(v))
        yjjh__buf_put_double(b, v);
    else
        yjjh__buf_puts(b, "null");
}

void yjjh__csv_num(yjjh__buf *b, double v)
{
    if (isfinite(v))
        yjjh__buf_put_double(b, v);
}
