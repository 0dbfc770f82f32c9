/* SPDX-License-Identifier: MIT */
/* The display rules of the reports (display.h, docs/reports.md). */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "common/display.h"
#include "common/number_format.h"

/* most decimals ever printed: enough for 17 significant digits of the values of a report */
#define MAX_DECIMALS 17

/* Copy len bytes of text into buf of n bytes, cut like snprintf. */
static void put_text(char *buf, size_t n, const char *text, size_t len)
{
    if (n == 0)
        return;
    if (len >= n)
        len = n - 1;
    memcpy(buf, text, len);
    buf[len] = '\0';
}

static void put_dash(char *buf, size_t n) { put_text(buf, n, "-", 1); }

/* text followed by '%' (snprintf "%s%%"). */
static void put_percent(char *buf, size_t n, const char *text)
{
    char tmp[YJJH__DISP_BUF + 1];
    size_t len = strlen(text);
    if (len >= YJJH__DISP_BUF)
        len = YJJH__DISP_BUF - 1;
    memcpy(tmp, text, len);
    tmp[len] = '%';
    put_text(buf, n, tmp, len + 1);
}

int yjjh__disp_cmp_text(const char *a, const char *b)
{
    int neg_a = 0, neg_b = 0, sign;
    const char *ia, *ib, *fa, *fb;
    size_t la, lb;
    if (*a == '-') {
        neg_a = 1;
        a++;
    }
    if (*b == '-') {
        neg_b = 1;
        b++;
    }
    while (*a == '0' && a[1] >= '0' && a[1] <= '9')
        a++;
    while (*b == '0' && b[1] >= '0' && b[1] <= '9')
        b++;
    ia = a;
    ib = b;
    for (la = 0; ia[la] >= '0' && ia[la] <= '9'; la++)
        ;
    for (lb = 0; ib[lb] >= '0' && ib[lb] <= '9'; lb++)
        ;
    fa = ia[la] == '.' ? ia + la + 1 : ia + la;
    fb = ib[lb] == '.' ? ib + lb + 1 : ib + lb;
    /* magnitude comparison */
    if (la != lb) {
        sign = la > lb ? 1 : -1;
    } else {
        int c = strncmp(ia, ib, la);
        sign = c > 0 ? 1 : c < 0 ? -1 : 0;
        while (sign == 0 && ((*fa >= '0' && *fa <= '9') || (*fb >= '0' && *fb <= '9'))) {
            char ca = (*fa >= '0' && *fa <= '9') ? *fa++ : '0';
            char cb = (*fb >= '0' && *fb <= '9') ? *fb++ : '0';
            sign = ca > cb ? 1 : ca < cb ? -1 : 0;
        }
    }
    /* a zero magnitude has no sign ("-0.00" = "0") */
    if (sign == 0) {
        int zero = 1;
        for (const char *p = ia; *p; p++)
            if (*p >= '1' && *p <= '9')
                zero = 0;
        if (zero || neg_a == neg_b)
            return 0;
    }
    if (neg_a != neg_b) {
        int za = 1, zb = 1;
        for (const char *p = ia; *p; p++)
            if (*p >= '1' && *p <= '9')
                za = 0;
        for (const char *p = ib; *p; p++)
            if (*p >= '1' && *p <= '9')
                zb = 0;
        if (za && zb)
            return 0;
        return neg_a ? -1 : 1;
    }
    return neg_a ? -sign : sign;
}

void yjjh__disp_standard(char *buf, size_t n, double t, int min_decimals)
{
    char s[YJJH__NUMBER_BUF + YJJH__DISP_BUF];
    const char *dot;
    size_t len;
    int have;
    if (isnan(t)) {
        put_dash(buf, n);
        return;
    }
    len = yjjh__format_double_len(s, YJJH__NUMBER_BUF, t); /* the shortest text that reads back as t */
    if (memchr(s, 'e', len) || memchr(s, 'E', len)) { /* not a standard's magnitude: fixed, as many digits as needed */
        yjjh__format_fixed(buf, n, t, MAX_DECIMALS);
        return;
    }
    dot = memchr(s, '.', len);
    have = dot ? (int)(s + len - dot - 1) : 0;
    if (!dot && min_decimals > 0)
        s[len++] = '.';
    for (; have < min_decimals && len + 1 < sizeof s; have++)
        s[len++] = '0';
    put_text(buf, n, s, len);
}

/* Does the printed comparison of text v with text t agree with met? */
static int agrees(const char *v, const char *t, yjjh__dir dir, int met)
{
    int c = yjjh__disp_cmp_text(v, t);
    switch (dir) {
    case YJJH__DIR_MIN: return met ? c >= 0 : c < 0;
    case YJJH__DIR_MAX: return met ? c <= 0 : c > 0;
    case YJJH__DIR_BELOW: return met ? c < 0 : c >= 0;
    }
    return 1;
}

void yjjh__disp_against(char *buf, size_t n, double v, double t, int t_decimals, yjjh__dir dir, int met, int decimals)
{
    char ts[YJJH__DISP_BUF];
    if (isnan(v)) {
        put_dash(buf, n);
        return;
    }
    if (isnan(t)) {
        yjjh__format_fixed(buf, n, v, decimals);
        return;
    }
    yjjh__disp_standard(ts, sizeof ts, t, t_decimals);
    for (int d = decimals; d <= MAX_DECIMALS; d++) {
        yjjh__format_fixed(buf, n, v, d);
        if (agrees(buf, ts, dir, met))
            return;
    }
    /* no text agrees (a value met only within the 1e-9 tolerance): the usual decimals, which show it equal */
    yjjh__format_fixed(buf, n, v, decimals);
}

const char *yjjh__disp_rel(yjjh__dir dir, int met)
{
    switch (dir) {
    case YJJH__DIR_MIN: return met ? "≥" : "<";
    case YJJH__DIR_MAX: return met ? "≤" : ">";
    case YJJH__DIR_BELOW: return met ? "<" : "≥";
    }
    return "";
}

const char *yjjh__disp_dir(yjjh__dir dir)
{
    switch (dir) {
    case YJJH__DIR_MIN: return "≥";
    case YJJH__DIR_MAX: return "≤";
    case YJJH__DIR_BELOW: return "<";
    }
    return "";
}

/* Drop trailing zeros of the fraction (and the point). */
void yjjh__disp_trim(char *s)
{
    char *dot = strchr(s, '.');
    char *end;
    if (!dot)
        return;
    end = s + strlen(s) - 1;
    while (end > dot && *end == '0')
        *end-- = '\0';
    if (end == dot)
        *end = '\0';
}

void yjjh__disp_ratio(char *buf, size_t n, double ratio, int met, double floor, int above_floor)
{
    char num[YJJH__DISP_BUF];
    if (isnan(ratio)) {
        put_dash(buf, n);
        return;
    }
    {
        const double pct = ratio * 100.0;
        const double floor_pct = floor * 100.0;
        char fs[YJJH__DISP_BUF];
        int d;
        if (!isnan(floor))
            yjjh__disp_standard(fs, sizeof fs, floor_pct, 0);
        for (d = 0; d <= MAX_DECIMALS; d++) {
            yjjh__format_fixed(num, sizeof num, pct, d);
            if (agrees(num, "100", YJJH__DIR_MIN, met) && (isnan(floor) || agrees(num, fs, YJJH__DIR_MIN, above_floor)))
                break;
        }
        if (d > MAX_DECIMALS)
            yjjh__format_fixed(num, sizeof num, pct, 0);
    }
    put_percent(buf, n, num);
}

void yjjh__disp_rate(char *buf, size_t n, double v, double t, yjjh__dir dir, int met)
{
    char num[YJJH__DISP_BUF], ts[YJJH__DISP_BUF];
    if (isnan(v)) {
        put_dash(buf, n);
        return;
    }
    yjjh__format_fixed(num, sizeof num, v * 100.0, 1);
    yjjh__disp_trim(num);
    if (met >= 0 && !isnan(t)) {
        yjjh__disp_standard(ts, sizeof ts, t * 100.0, 0);
        for (int d = 1; d <= MAX_DECIMALS && !agrees(num, ts, dir, met); d++)
            yjjh__format_fixed(num, sizeof num, v * 100.0, d + 1);
        if (!agrees(num, ts, dir, met)) {
            yjjh__format_fixed(num, sizeof num, v * 100.0, 1);
            yjjh__disp_trim(num);
        }
    }
    put_percent(buf, n, num);
}

void yjjh__disp_rate_standard(char *buf, size_t n, double t)
{
    char num[YJJH__DISP_BUF];
    if (isnan(t)) {
        put_dash(buf, n);
        return;
    }
    yjjh__disp_standard(num, sizeof num, t * 100.0, 0);
    put_percent(buf, n, num);
}

double yjjh__disp_shortfall_value(double x, int whole)
{
    double scale = whole ? 1.0 : 100.0, y;
    if (isnan(x))
        return NAN;
    if (x <= 0.0)
        return 0.0;
    y = x * scale;
    /* round up, but not for the rounding noise of standard × students (4.5 × 500 − 2000 = 250.00000000003) */
    return ceil(y - 1e-9 * y - 1e-9) / scale;
}

void yjjh__disp_shortfall(char *buf, size_t n, double x, int whole)
{
    if (isnan(x)) {
        put_dash(buf, n);
        return;
    }
    yjjh__format_fixed(buf, n, yjjh__disp_shortfall_value(x, whole), whole ? 0 : 2);
    yjjh__disp_trim(buf);
}

void yjjh__disp_g(char *buf, size_t n, double v, double t, yjjh__dir dir, int met)
{
    char ts[YJJH__NUMBER_BUF];
    if (isnan(v)) {
        put_dash(buf, n);
        return;
    }
    yjjh__format_g(buf, n, v, 6);
    if (isnan(t))
        return;
    yjjh__format_g(ts, sizeof ts, t, 6);
    for (int p = 7; p <= 17 && !strpbrk(buf, "eE") && !strpbrk(ts, "eE") && !agrees(buf, ts, dir, met); p++)
        yjjh__format_g(buf, n, v, p);
}

void yjjh__disp_plain(char *buf, size_t n, double v, int decimals)
{
    if (isnan(v)) {
        put_dash(buf, n);
        return;
    }
    yjjh__format_fixed(buf, n, v, decimals);
    yjjh__disp_trim(buf);
}
