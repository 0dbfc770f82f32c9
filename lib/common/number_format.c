/* SPDX-License-Identifier: MIT */
/* Locale-independent number text. yjjh__format_double() is the shortest decimal that reads back exactly
 * (Schubfach, our own implementation, with an integer fast path), laid out as printf's %.15g/%.16g/%.17g would;
 * the %g and %f equivalents are printf's conversions, with the radix character of the locale rewritten as '.'.
 *
 * snprintf() writes the radix character of LC_NUMERIC ("," in de_DE, a two-byte "٫" in ps_AF). Its output for a
 * double is [-]digits[RADIX digits][e±digits] (or inf/nan), so the bytes between the integer digits and the next
 * digit are the radix and are replaced by '.'. No locale object and no global state are needed, and strtod()
 * still reads the unconverted text in the same locale. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/number_format.h"

/* Rewrite the radix of buf as '.', in place. printf writes the radix right after the integer digits (and only
 * there), followed by a digit; anything else there — the end, 'e', "inf"/"nan" or '.' itself — needs nothing. */
static void c_radix(char *buf)
{
    char *p = buf, *q;
    if (*p == '-' || *p == '+')
        p++;
    while (*p >= '0' && *p <= '9')
        p++;
    if (*p == '\0' || *p == '.' || (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z'))
        return;
    for (q = p; *q && !(*q >= '0' && *q <= '9'); q++)
        ;
    *p = '.';
    memmove(p + 1, q, strlen(q) + 1);
}

/* The text of old: the shortest of %.15g, %.16g and %.17g that reads back as v. Kept for what the shortest
 * search below does not handle (NaN, infinities, subnormals, compilers without a 128-bit integer). */
static void format_double_printf(char *buf, size_t n, double v)
{
    for (int prec = 15; prec <= 17; prec++) {
        snprintf(buf, n, "%.*g", prec, v);
        if (strtod(buf, NULL) == v) /* read back in the same locale as written */
            break;
    }
    c_radix(buf);
}

#if defined(__SIZEOF_INT128__)
#  include "common/pow10_table.h"

__extension__ typedef unsigned __int128 u128;

/* floor(q·log10 2), floor(log10(3/4 · 2^q)) and floor(e·log2 10) for the exponent ranges of a double (checked
 * exactly, every exponent, by scripts/gen_pow10_table.py --check). */
static int flog10pow2(int q) { return (int)(((int64_t)q * 661971961083LL) >> 41); }
static int flog10_three_quarters_pow2(int q) { return (int)(((int64_t)q * 661971961083LL - 274743187321LL) >> 41); }
static int flog2pow10(int e) { return (int)(((int64_t)e * 913124641741LL) >> 38); }

/* Round to odd of g·cp / 2^127, g = g1·2^63 + g0 (Schubfach's rop): the integer part, with the lowest bit set when
 * the dropped fraction is not zero. */
static uint64_t rop(uint64_t g1, uint64_t g0, uint64_t cp)
{
    u128 a = (u128)g1 * cp, b = (u128)g0 * cp;
    uint64_t z = ((uint64_t)a >> 1) + (uint64_t)(b >> 64);
    uint64_t hi = (uint64_t)(a >> 64) + (z >> 63);
    return hi | (((z & 0x7fffffffffffffffULL) + 0x7fffffffffffffffULL) >> 63);
}

/* The shortest decimal f·10^e that reads back as the double c·2^q (c ≥ 2^52, normal), and among the shortest
 * the closest to it (ties to an even f): R. Giulietti's Schubfach algorithm ("The Schubfach way to render
 * doubles", 2020), our own implementation. */
static void shortest_decimal(uint64_t *f, int *e, int q, uint64_t c)
{
    const uint64_t out = c & 1, cb = c << 2, cbr = cb + 2;
    uint64_t cbl, vb, vbl, vbr, s, t;
    int k, h;
    const uint64_t *g;
    if (c != (1ULL << 52) || q == -1074) {
        cbl = cb - 2;
        k = flog10pow2(q);
    } else { /* a power of two: the gap below is half the gap above */
        cbl = cb - 1;
        k = flog10_three_quarters_pow2(q);
    }
    h = q + flog2pow10(-k) + 2;
    g = YJJH__POW10_G[k - YJJH__POW10_K_MIN];
    vb = rop(g[0], g[1], cb << h);
    vbl = rop(g[0], g[1], cbl << h);
    vbr = rop(g[0], g[1], cbr << h);
    s = vb >> 2;
    if (s >= 100) { /* one digit fewer: the multiples of 10 around s */
        uint64_t sp10 = s / 10 * 10, tp10 = sp10 + 10;
        int upin = vbl + out <= sp10 << 2, wpin = (tp10 << 2) + out <= vbr;
        if (upin != wpin) {
            *f = upin ? sp10 : tp10;
            *e = k;
            return;
        }
    }
    t = s + 1;
    {
        int uin = vbl + out <= s << 2, win = (t << 2) + out <= vbr;
        if (uin != win) {
            *f = uin ? s : t;
            *e = k;
            return;
        }
    }
    {
        uint64_t two_mid = (s + t) << 1; /* compare vb with 4·(s + 1/2) */
        *f = (vb < two_mid || (vb == two_mid && (s & 1) == 0)) ? s : t;
        *e = k;
    }
}

static const char digit_pairs[] = "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
                                  "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
                                  "8081828384858687888990919293949596979899";

/* The 4 digits of x < 10^4, and the 8 digits of x < 10^8, at p (with leading zeros). */
static void put4(char *p, uint32_t x)
{
    memcpy(p, digit_pairs + 2 * (x / 100), 2);
    memcpy(p + 2, digit_pairs + 2 * (x % 100), 2);
}

static void put8(char *p, uint32_t x)
{
    put4(p, x / 10000);
    put4(p + 4, x % 10000);
}

/* The decimal digits of f (≥ 1) written backwards, ending at end: returns the first digit. Eight digits at a
 * time in 32-bit steps (independent halves), then two at a time. */
static char *put_digits_back(char *end, uint64_t f)
{
    char *p = end;
    uint32_t x;
    while (f >= 100000000) {
        p -= 8;
        put8(p, (uint32_t)(f % 100000000));
        f /= 100000000;
    }
    x = (uint32_t)f;
    while (x >= 100) {
        p -= 2;
        memcpy(p, digit_pairs + 2 * (x % 100), 2);
        x /= 100;
    }
    if (x >= 10) {
        p -= 2;
        memcpy(p, digit_pairs + 2 * x, 2);
    } else {
        *--p = (char)('0' + x);
    }
    return p;
}

/* The digits of a finite, non-zero, normal |v| without trailing zeros (at most 17) and the decimal exponent of
 * the first one: |v| = 0.d1d2…·10^(x+1). *digits points into tmp (24 bytes). Returns the number of digits. */
static int shortest_digits(const char **digits, char *tmp, int *x, double v)
{
    uint64_t bits, f, c;
    int e, be, n;
    const char *d;
    memcpy(&bits, &v, sizeof bits);
    be = (int)((bits >> 52) & 0x7ff);
    c = bits & ((1ULL << 52) - 1);
    c |= 1ULL << 52;
    if (v < 0)
        v = -v;
    if (v < 9007199254740992.0 && v == (double)(uint64_t)v) { /* integer fast path */
        f = (uint64_t)v;
        e = 0;
    } else {
        shortest_decimal(&f, &e, be - 1075, c);
    }
    while (f % 10 == 0) {
        f /= 10;
        e++;
    }
    d = put_digits_back(tmp + 24, f);
    n = (int)(tmp + 24 - d);
    *digits = d;
    *x = e + n - 1;
    return n;
}

/* v as printf("%.*g", prec, v) writes it, given v's exact shortest digits: fixed notation when -4 ≤ x < prec,
 * else d.ddde±XX; no trailing zeros. Returns the length. */
/* Copy the len bytes of text into buf of n > 0 bytes as a C string, cut to fit as snprintf would; returns the
 * length copied. */
static size_t copy_cut(char *buf, size_t n, const char *text, size_t len)
{
    if (len >= n)
        len = n - 1;
    memcpy(buf, text, len);
    buf[len] = '\0';
    return len;
}

static size_t put_g(char *o, int negative, const char *d, int n, int x, int prec)
{
    char *p = o;
    if (negative)
        *p++ = '-';
    if (x < -4 || x >= prec) {
        int ax = x < 0 ? -x : x;
        *p++ = d[0];
        if (n > 1) {
            *p++ = '.';
            memcpy(p, d + 1, (size_t)(n - 1));
            p += n - 1;
        }
        *p++ = 'e';
        *p++ = x < 0 ? '-' : '+';
        if (ax >= 100)
            *p++ = (char)('0' + ax / 100);
        *p++ = (char)('0' + ax / 10 % 10);
        *p++ = (char)('0' + ax % 10);
    } else if (x >= 0) {
        if (n <= x + 1) {
            memcpy(p, d, (size_t)n);
            p += n;
            for (int i = n; i <= x; i++)
                *p++ = '0';
        } else {
            memcpy(p, d, (size_t)(x + 1));
            p += x + 1;
            *p++ = '.';
            memcpy(p, d + x + 1, (size_t)(n - x - 1));
            p += n - x - 1;
        }
    } else {
        *p++ = '0';
        *p++ = '.';
        for (int i = -1; i > x; i--)
            *p++ = '0';
        memcpy(p, d, (size_t)n);
        p += n;
    }
    *p = '\0';
    return (size_t)(p - o);
}
#endif

size_t yjjh__format_double_len(char *buf, size_t n, double v)
{
    if (n == 0)
        return 0;
    if (v == 0.0) {
        if (n >= 2) {
            buf[0] = '0';
            buf[1] = '\0';
            return 1;
        }
        buf[0] = '\0';
        return 0;
    }
#if defined(__SIZEOF_INT128__)
    if (isfinite(v) && fabs(v) >= 2.2250738585072014e-308) {
        char tmp[24], text[YJJH__NUMBER_BUF];
        const char *digits;
        int x, nd = shortest_digits(&digits, tmp, &x, v);
        size_t len;
        /* the precision %.Pg of the old text: the first of 15, 16, 17 that round-trips is the shortest length,
         * at least 15 */
        if (n >= YJJH__NUMBER_BUF)
            return put_g(buf, v < 0, digits, nd, x, nd < 15 ? 15 : nd);
        len = put_g(text, v < 0, digits, nd, x, nd < 15 ? 15 : nd);
        return copy_cut(buf, n, text, len);
    }
#endif
    format_double_printf(buf, n, v);
    return strlen(buf);
}

void yjjh__format_double(char *buf, size_t n, double v) { (void)yjjh__format_double_len(buf, n, v); }

void yjjh__format_g(char *buf, size_t n, double v, int precision)
{
    if (n == 0)
        return;
#if defined(__SIZEOF_INT128__)
    /* With at most 15 significant digits the grid of the printed decimals is coarser than the double's spacing,
     * so the shortest decimal that reads back, when it has at most that many digits, is the exactly rounded one
     * printf writes (laid out as %g: no trailing zeros). */
    if (precision >= 1 && precision <= 15 && isfinite(v) && fabs(v) >= 2.2250738585072014e-308) {
        char tmp[24], text[YJJH__NUMBER_BUF];
        const char *digits;
        int x, nd = shortest_digits(&digits, tmp, &x, v);
        if (nd <= precision) {
            copy_cut(buf, n, text, put_g(text, v < 0, digits, nd, x, precision));
            return;
        }
    }
#endif
    snprintf(buf, n, "%.*g", precision, v);
    c_radix(buf);
}

#if defined(__SIZEOF_INT128__)
static const uint64_t pow10_u64[20] = {1ULL,
                                       10ULL,
                                       100ULL,
                                       1000ULL,
                                       10000ULL,
                                       100000ULL,
                                       1000000ULL,
                                       10000000ULL,
                                       100000000ULL,
                                       1000000000ULL,
                                       10000000000ULL,
                                       100000000000ULL,
                                       1000000000000ULL,
                                       10000000000000ULL,
                                       100000000000000ULL,
                                       1000000000000000ULL,
                                       10000000000000000ULL,
                                       100000000000000000ULL,
                                       1000000000000000000ULL,
                                       10000000000000000000ULL};

/* printf("%.*f", d, v) without printf, exactly: v = m·2^e, so v·10^d = m·10^d·2^e is an exact 128-bit product
 * shifted by e, rounded to the nearest integer N, ties to even (printf's rounding in the default rounding mode);
 * N is written with d decimals. Handles finite v with d ≤ 19 and N < 10^38; returns the length written into o
 * (≥ 64 bytes), or 0 for printf to do it. */
static size_t fixed_exact(char *o, double v, int d)
{
    uint64_t bits, m, lo, hi;
    int be, e, nd;
    u128 p, nn;
    char tmp[48], *q, *end = tmp + sizeof tmp, *w = o;
    memcpy(&bits, &v, sizeof bits);
    be = (int)((bits >> 52) & 0x7ff);
    if (be == 0x7ff || d > 19)
        return 0;
    m = bits & ((1ULL << 52) - 1);
    if (be) {
        m |= 1ULL << 52;
        e = be - 1075;
    } else {
        e = -1074;
    }
    p = (u128)m * pow10_u64[d]; /* < 2^117 */
    if (e >= 0) {
        if (e > 10 || (p >> (117 - e)) != 0) /* keep N below 2^127 */
            return 0;
        nn = p << e;
    } else if (e <= -118) {
        nn = 0; /* p < 2^117 ≤ half of 2^-e: rounds to 0 */
    } else {
        unsigned s = (unsigned)-e;
        u128 rem = p & (((u128)1 << s) - 1), half = (u128)1 << (s - 1);
        nn = p >> s;
        if (rem > half || (rem == half && (nn & 1)))
            nn++;
    }
    /* N as decimal digits, at least d + 1 of them */
    if (nn >> 64) {
        const u128 big = (u128)pow10_u64[19];
        u128 upper = nn / big;
        if (upper >> 64)
            return 0;
        lo = (uint64_t)(nn % big);
        hi = (uint64_t)upper;
        q = put_digits_back(end, lo);
        while (q > end - 19)
            *--q = '0';
        q = put_digits_back(q, hi);
    } else {
        lo = (uint64_t)nn;
        q = lo ? put_digits_back(end, lo) : end;
    }
    while (end - q < d + 1)
        *--q = '0';
    nd = (int)(end - q);
    if (bits >> 63)
        *w++ = '-';
    memcpy(w, q, (size_t)(nd - d));
    w += nd - d;
    if (d > 0) {
        *w++ = '.';
        memcpy(w, q + nd - d, (size_t)d);
        w += d;
    }
    *w = '\0';
    return (size_t)(w - o);
}
#endif

void yjjh__format_fixed(char *buf, size_t n, double v, int decimals)
{
    if (n == 0)
        return;
    if (decimals < 0)
        decimals = 0;
#if defined(__SIZEOF_INT128__)
    {
        char text[64];
        size_t len = fixed_exact(text, v, decimals);
        if (len) {
            copy_cut(buf, n, text, len);
            return;
        }
    }
#endif
    snprintf(buf, n, "%.*f", decimals, v);
    c_radix(buf);
}
