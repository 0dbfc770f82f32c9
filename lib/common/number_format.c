/* Locale-independent number text: printf's conversions, with the radix character of the locale rewritten as '.'.
 *
 * snprintf() writes the radix character of LC_NUMERIC ("," in de_DE, a two-byte "٫" in some locales). Its output
 * for a double is [-]digits[RADIX digits][e±digits] (or inf/nan): every byte that is not an ASCII digit, sign,
 * 'e'/'E' or letter of "inf"/"nan" belongs to the radix, so the first such run is replaced by '.'. No locale
 * object and no global state are needed, and strtod() still reads the unconverted text in the same locale. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/number_format.h"

static int is_number_char(unsigned char c)
{
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == 'e' || c == 'E' || c == 'i' || c == 'n'
           || c == 'f' || c == 'a' || c == 'I' || c == 'N' || c == 'F' || c == 'A';
}

/* Rewrite the radix run of buf as '.', in place. */
static void c_radix(char *buf)
{
    char *r = buf, *w = buf;
    int done = 0;
    while (*r) {
        if (is_number_char((unsigned char)*r)) {
            *w++ = *r++;
            continue;
        }
        while (*r && !is_number_char((unsigned char)*r))
            r++;
        if (!done) {
            *w++ = '.';
            done = 1;
        }
    }
    *w = '\0';
}

void yjjh__format_double(char *buf, size_t n, double v)
{
    if (n == 0)
        return;
    for (int prec = 15; prec <= 17; prec++) {
        snprintf(buf, n, "%.*g", prec, v);
        if (strtod(buf, NULL) == v) /* read back in the same locale as written */
            break;
    }
    c_radix(buf);
}

void yjjh__format_g(char *buf, size_t n, double v, int precision)
{
    if (n == 0)
        return;
    snprintf(buf, n, "%.*g", precision, v);
    c_radix(buf);
}

void yjjh__format_fixed(char *buf, size_t n, double v, int decimals)
{
    if (n == 0)
        return;
    snprintf(buf, n, "%.*f", decimals < 0 ? 0 : decimals, v);
    c_radix(buf);
}
