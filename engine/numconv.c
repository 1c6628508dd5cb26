/*
 * numconv.c -- numbers <-> text (prefix num_).
 *
 * Decimal output relies on the C library being exact: glibc's printf prints
 * the exact decimal expansion of a double when asked for enough digits, and
 * strtod rounds correctly.  On top of that:
 *  - shortest round trip: the smallest precision p (1..17) whose correctly
 *    rounded %.*e form reads back as the same double (that form is also the
 *    closest p-digit decimal, as Number::toString requires);
 *  - toFixed / toExponential / toPrecision: the exact digits, rounded half up
 *    by hand (the spec picks the larger candidate on ties, printf would round
 *    half to even);
 *  - radix output: digit generation that stops once the remaining fraction is
 *    below half the distance to the next double (so the text reads back).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "numconv.h"

/* ====================================================================== */
/* digits                                                                  */
/* ====================================================================== */

/* Exact digits needed for any double: 17 before the first 767 significant
 * digits ends, so 800 is always enough. */
#define EXACT_PREC 800

/* Parse "%.*e" output "d.ddde+XX" into digits (no dot, trailing zeros kept)
 * and n where value = 0.d1d2... * 10^n.  Returns the digit count. */
static int split_e(const char *txt, char *digits, int *n)
{
    int k = 0;
    const char *p = txt;
    for (; *p && *p != 'e'; p++)
        if (*p >= '0' && *p <= '9') digits[k++] = *p;
    digits[k] = 0;
    int e = (*p == 'e') ? atoi(p + 1) : 0;
    *n = e + 1;
    return k;
}

/* Shortest round-trip digits of v > 0 (finite): returns k, digits[0..k).
 * Any decimal of <= 15 significant digits names a unique double, and a
 * double lies within a relative 2^-53 of its shortest form, far less than
 * half a unit in the 15th digit.  So when the shortest form has <= 15
 * digits, %.15e prints exactly it (padded with zeros); otherwise the first
 * of 16 or 17 digits that reads back is the answer (and the closest).
 * (Subnormals, with less precision, try every precision from 1.) */
static int shortest_digits(double v, char *digits, int *n)
{
    char txt[40];
    /* subnormals have fewer bits: there the linear search starts at 1 */
    for (int p = v < 2.2250738585072014e-308 ? 1 : 15; p <= 17; p++) {
        snprintf(txt, sizeof txt, "%.*e", p - 1, v);
        if (p == 17 || strtod(txt, NULL) == v) {
            int k = split_e(txt, digits, n);
            while (k > 1 && digits[k - 1] == '0') k--;
            digits[k] = 0;
            return k;
        }
    }
    return 0;   /* not reached */
}

/* Fast path for short decimals (0.1, 123.456): the first k <= 15 such that
 * m = round(v * 10^k) reads back as v (m / 10^k is correctly rounded like
 * strtod) gives the shortest digits.  Kept to m < 2^50, where at most one
 * integer lies within v's rounding interval, so the nearest integer to the
 * (slightly inexact) product is the only candidate and the closest one. */
static int short_decimal_digits(double v, char *digits, int *n)
{
    static const double p10[] = { 1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
                                  1e13, 1e14, 1e15 };
    for (int k = 1; k <= 15; k++) {
        double m = nearbyint(v * p10[k]);
        if (m >= 1125899906842624.0) return 0;   /* 2^50 */
        if (m / p10[k] == v) {
            char tmp[24];
            int len = snprintf(tmp, sizeof tmp, "%lld", (long long)m);
            memcpy(digits, tmp, (size_t)len + 1);
            *n = len - k;
            return len;
        }
    }
    return 0;
}

/* Exact decimal digits of v >= 0 with trailing zeros removed. */
static int exact_digits(double v, char *digits, int *n)
{
    char txt[EXACT_PREC + 16];
    snprintf(txt, sizeof txt, "%.*e", EXACT_PREC, v);
    int k = split_e(txt, digits, n);
    while (k > 1 && digits[k - 1] == '0') k--;
    digits[k] = 0;
    return k;
}

/* Round digits[0..k) to m >= 1 significant digits, half up; pads with zeros
 * when k < m.  A carry out of the first digit bumps *n.  Returns m. */
static int round_digits(char *digits, int k, int m, int *n)
{
    if (k <= m) {
        for (int i = k; i < m; i++) digits[i] = '0';
        digits[m] = 0;
        return m;
    }
    bool up = digits[m] >= '5';
    digits[m] = 0;
    if (up) {
        int i = m - 1;
        while (i >= 0 && digits[i] == '9') digits[i--] = '0';
        if (i >= 0) {
            digits[i]++;
        } else {
            /* 999 -> 1000: shift in a leading 1 and drop the last digit */
            memmove(digits + 1, digits, (size_t)m - 1);
            digits[0] = '1';
            (*n)++;
        }
    }
    return m;
}

/* ====================================================================== */
/* Number::toString                                                        */
/* ====================================================================== */

int num_int_to_cstr(int32_t i, char *buf)
{
    char tmp[12];
    int k = 0;
    uint32_t u = i < 0 ? (uint32_t)0 - (uint32_t)i : (uint32_t)i;
    do { tmp[k++] = (char)('0' + u % 10); u /= 10; } while (u);
    int len = 0;
    if (i < 0) buf[len++] = '-';
    while (k) buf[len++] = tmp[--k];
    buf[len] = 0;
    return len;
}

int num_to_cstr(double d, char *buf)
{
    if (d != d) { strcpy(buf, "NaN"); return 3; }
    if (d == 0) { strcpy(buf, "0"); return 1; }      /* also -0 */
    if (isinf(d)) {
        strcpy(buf, d < 0 ? "-Infinity" : "Infinity");
        return d < 0 ? 9 : 8;
    }
    if (d >= -2147483648.0 && d <= 2147483647.0 && d == (double)(int32_t)d)
        return num_int_to_cstr((int32_t)d, buf);
    if (d > -9007199254740992.0 && d < 9007199254740992.0 && d == trunc(d)) {
        /* below 2^53 every integer is a double: its digits are the shortest form */
        return sprintf(buf, "%lld", (long long)d);
    }

    int len = 0;
    if (d < 0) { buf[len++] = '-'; d = -d; }
    char digits[24];
    int n, k = short_decimal_digits(d, digits, &n);
    if (!k) k = shortest_digits(d, digits, &n);
    if (k <= n && n <= 21) {
        /* integer: digits then n-k zeros */
        memcpy(buf + len, digits, (size_t)k); len += k;
        for (int i = 0; i < n - k; i++) buf[len++] = '0';
    } else if (0 < n && n <= 21) {
        memcpy(buf + len, digits, (size_t)n); len += n;
        buf[len++] = '.';
        memcpy(buf + len, digits + n, (size_t)(k - n)); len += k - n;
    } else if (-6 < n && n <= 0) {
        buf[len++] = '0';
        buf[len++] = '.';
        for (int i = 0; i < -n; i++) buf[len++] = '0';
        memcpy(buf + len, digits, (size_t)k); len += k;
    } else {
        buf[len++] = digits[0];
        if (k > 1) {
            buf[len++] = '.';
            memcpy(buf + len, digits + 1, (size_t)(k - 1)); len += k - 1;
        }
        len += sprintf(buf + len, "e%c%d", n - 1 >= 0 ? '+' : '-', abs(n - 1));
    }
    buf[len] = 0;
    return len;
}

/* ====================================================================== */
/* radix output                                                            */
/* ====================================================================== */

char *num_to_radix(double d, int radix)
{
    static const char chars[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    if (radix == 10 || d != d || isinf(d) || d == 0) {
        char *r = malloc(NUM_BUF_SIZE);
        if (r) num_to_cstr(d, r);
        return r;
    }
    bool neg = d < 0;
    if (neg) d = -d;
    double integer = floor(d), fraction = d - integer;

    /* fraction digits: stop when the rest is below half an ulp of d */
    char frac[1100];
    int nf = 0;
    double delta = 0.5 * (nextafter(d, INFINITY) - d);
    double min_delta = nextafter(0.0, 1.0);
    if (delta < min_delta) delta = min_delta;
    if (fraction >= delta) {
        for (;;) {
            fraction *= radix;
            delta *= radix;
            int digit = (int)fraction;
            frac[nf++] = (char)digit;
            fraction -= digit;
            if (fraction > 0.5 || (fraction == 0.5 && (digit & 1))) {
                if (fraction + delta > 1) {
                    /* round up, propagating carries into the integer part */
                    for (;;) {
                        nf--;
                        if (nf < 0) { integer += 1; nf = 0; break; }
                        int dg = frac[nf] + 1;
                        if (dg < radix) { frac[nf++] = (char)dg; break; }
                    }
                    break;
                }
            }
            if (fraction < delta || nf >= (int)sizeof frac - 1) break;
        }
    }

    /* integer digits, least significant first */
    char intd[1100];
    int ni = 0;
    /* beyond 2^53 the low digits are not representable: print zeros */
    while (integer / radix >= 9007199254740992.0 && ni < (int)sizeof intd - 64) {
        integer /= radix;
        intd[ni++] = '0';
    }
    do {
        double r = fmod(integer, radix);
        intd[ni++] = chars[(int)r];
        integer = (integer - r) / radix;
    } while (integer > 0 && ni < (int)sizeof intd);

    char *out = malloc((size_t)(ni + nf + 3));
    if (!out) return NULL;
    int len = 0;
    if (neg) out[len++] = '-';
    while (ni) out[len++] = intd[--ni];
    if (nf > 0) {
        out[len++] = '.';
        for (int i = 0; i < nf; i++) out[len++] = chars[(int)frac[i]];
    }
    out[len] = 0;
    return out;
}

/* ====================================================================== */
/* toFixed / toExponential / toPrecision                                   */
/* ====================================================================== */

static char *special_text(double d)
{
    char *r = malloc(NUM_BUF_SIZE);
    if (r) num_to_cstr(d, r);
    return r;
}

char *num_to_fixed(double x, int f)
{
    if (x != x || isinf(x) || fabs(x) >= 1e21) return special_text(x);
    bool neg = x < 0;
    if (neg) x = -x;
    char digits[EXACT_PREC + 16];
    int n, k = exact_digits(x, digits, &n);
    /* m = digits of round(x * 10^f): the first n + f digits */
    int keep = n + f;
    char m[EXACT_PREC + 64];
    int ml;
    if (x == 0) {
        ml = 0;
    } else if (keep < 0) {
        ml = 0;
    } else if (keep == 0) {
        if (digits[0] >= '5') { m[0] = '1'; ml = 1; }
        else ml = 0;
    } else {
        int nn = n;
        round_digits(digits, k, keep, &nn);
        ml = nn + f;   /* a carry adds one digit */
        memcpy(m, digits, (size_t)keep);
        if (ml > keep) m[keep] = '0';
    }
    if (ml == 0) { m[0] = '0'; ml = 1; }
    m[ml] = 0;
    /* pad so that there is at least one digit before the point */
    char *out = malloc((size_t)ml + (size_t)f + 4);
    if (!out) return NULL;
    int len = 0;
    if (neg) out[len++] = '-';   /* even when it rounds to zero, per spec */
    int pad = (f + 1) - ml;
    if (pad < 0) pad = 0;
    int total = ml + pad;
    char *all = malloc((size_t)total + 1);
    if (!all) { free(out); return NULL; }
    memset(all, '0', (size_t)pad);
    memcpy(all + pad, m, (size_t)ml);
    int intlen = total - f;
    memcpy(out + len, all, (size_t)intlen); len += intlen;
    if (f > 0) {
        out[len++] = '.';
        memcpy(out + len, all + intlen, (size_t)f); len += f;
    }
    out[len] = 0;
    free(all);
    return out;
}

/* d.ddd e±x text from digits[0..k) and exponent e. */
static char *format_exp(bool neg, const char *digits, int k, int e)
{
    char *out = malloc((size_t)k + 16);
    if (!out) return NULL;
    int len = 0;
    if (neg) out[len++] = '-';
    out[len++] = digits[0];
    if (k > 1) {
        out[len++] = '.';
        memcpy(out + len, digits + 1, (size_t)k - 1);
        len += k - 1;
    }
    sprintf(out + len, "e%c%d", e >= 0 ? '+' : '-', abs(e));
    return out;
}

char *num_to_exponential(double x, int f)
{
    if (x != x || isinf(x)) return special_text(x);
    bool neg = x < 0;
    if (neg) x = -x;
    char digits[EXACT_PREC + 16];
    int n, k;
    if (x == 0) {
        n = 1;
        k = f < 0 ? 1 : f + 1;
        memset(digits, '0', (size_t)k);
        digits[k] = 0;
    } else if (f < 0) {
        k = shortest_digits(x, digits, &n);
    } else {
        k = exact_digits(x, digits, &n);
        k = round_digits(digits, k, f + 1, &n);
    }
    return format_exp(neg, digits, k, n - 1);
}

char *num_to_precision(double x, int p)
{
    if (x != x || isinf(x)) return special_text(x);
    bool neg = x < 0;
    if (neg) x = -x;
    char digits[EXACT_PREC + 16];
    int n, k;
    if (x == 0) {
        n = 1;
        memset(digits, '0', (size_t)p);
        digits[p] = 0;
        k = p;
    } else {
        k = exact_digits(x, digits, &n);
        k = round_digits(digits, k, p, &n);
    }
    int e = n - 1;
    if (e < -6 || e >= p) return format_exp(neg, digits, k, e);
    char *out = malloc((size_t)p + 16);
    if (!out) return NULL;
    int len = 0;
    if (neg) out[len++] = '-';
    if (e >= 0) {
        memcpy(out + len, digits, (size_t)e + 1); len += e + 1;
        if (p > e + 1) {
            out[len++] = '.';
            memcpy(out + len, digits + e + 1, (size_t)(p - e - 1)); len += p - e - 1;
        }
    } else {
        out[len++] = '0';
        out[len++] = '.';
        for (int i = 0; i < -(e + 1); i++) out[len++] = '0';
        memcpy(out + len, digits, (size_t)p); len += p;
    }
    out[len] = 0;
    return out;
}

/* ====================================================================== */
/* parsing                                                                 */
/* ====================================================================== */

bool num_is_space(uint32_t u)
{
    switch (u) {
    case 0x09: case 0x0A: case 0x0B: case 0x0C: case 0x0D: case 0x20: case 0xA0:
    case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000:
    case 0xFEFF:
        return true;
    default:
        return u >= 0x2000 && u <= 0x200A;
    }
}

/* The trimmed contents as ASCII (non-ASCII units become 0x01, which no
 * grammar accepts).  *buf is either small or malloc'd (free if != small). */
static size_t trimmed_ascii(const JSString *s, bool trim_end, char *small, size_t small_cap, char **buf)
{
    uint32_t a = 0, b = s->length;
    while (a < b && num_is_space(str_unit(s, a))) a++;
    if (trim_end)
        while (b > a && num_is_space(str_unit(s, b - 1))) b--;
    size_t n = b - a;
    char *p = n + 1 <= small_cap ? small : malloc(n + 1);
    if (!p) { *buf = small; small[0] = 0; return 0; }
    for (size_t i = 0; i < n; i++) {
        uint16_t u = str_unit(s, a + (uint32_t)i);
        p[i] = u < 0x80 ? (char)u : (char)1;
    }
    p[n] = 0;
    *buf = p;
    return n;
}

static int digit_value(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

/* Length of the StrDecimalLiteral prefix of p (unsigned; "Infinity" too),
 * 0 if none. */
static size_t decimal_prefix(const char *p, size_t n)
{
    if (n >= 8 && memcmp(p, "Infinity", 8) == 0) return 8;
    size_t i = 0, digits = 0;
    while (i < n && p[i] >= '0' && p[i] <= '9') { i++; digits++; }
    if (i < n && p[i] == '.') {
        i++;
        while (i < n && p[i] >= '0' && p[i] <= '9') { i++; digits++; }
    }
    if (digits == 0) return 0;
    if (i < n && (p[i] == 'e' || p[i] == 'E')) {
        size_t j = i + 1;
        if (j < n && (p[j] == '+' || p[j] == '-')) j++;
        if (j < n && p[j] >= '0' && p[j] <= '9') {
            while (j < n && p[j] >= '0' && p[j] <= '9') j++;
            i = j;
        }
    }
    return i;
}

static double decimal_value(const char *p, size_t len)
{
    if (len == 8 && memcmp(p, "Infinity", 8) == 0) return INFINITY;
    char small[64];
    char *t = len < sizeof small ? small : malloc(len + 1);
    if (!t) return NAN;
    memcpy(t, p, len);
    t[len] = 0;
    double v = strtod(t, NULL);
    if (t != small) free(t);
    return v;
}

double num_string_to_number(const JSString *s)
{
    char small[64], *p;
    size_t n = trimmed_ascii(s, true, small, sizeof small, &p);
    double r = NAN;
    if (n == 0) {
        r = 0;
    } else if (n > 2 && p[0] == '0' && strchr("xXoObB", p[1])) {
        int radix = (p[1] == 'x' || p[1] == 'X') ? 16 : (p[1] == 'o' || p[1] == 'O') ? 8 : 2;
        double v = 0;
        size_t i;
        for (i = 2; i < n; i++) {
            int dv = digit_value(p[i]);
            if (dv >= radix) break;
            v = v * radix + dv;
        }
        if (i == n) r = v;
    } else {
        size_t i = 0;
        bool neg = false;
        if (p[0] == '+' || p[0] == '-') { neg = p[0] == '-'; i = 1; }
        size_t len = decimal_prefix(p + i, n - i);
        if (len > 0 && i + len == n) {
            r = decimal_value(p + i, len);
            if (neg) r = -r;
        }
    }
    if (p != small) free(p);
    return r;
}

double num_parse_float(const JSString *s)
{
    char small[64], *p;
    size_t n = trimmed_ascii(s, false, small, sizeof small, &p);
    size_t i = 0;
    bool neg = false;
    if (n > 0 && (p[0] == '+' || p[0] == '-')) { neg = p[0] == '-'; i = 1; }
    size_t len = decimal_prefix(p + i, n - i);
    double r = NAN;
    if (len > 0) {
        r = decimal_value(p + i, len);
        if (neg) r = -r;
    }
    if (p != small) free(p);
    return r;
}

double num_parse_int(const JSString *s, int radix)
{
    char small[64], *p;
    size_t n = trimmed_ascii(s, false, small, sizeof small, &p);
    size_t i = 0;
    bool neg = false;
    double r = NAN;
    if (n > 0 && (p[0] == '+' || p[0] == '-')) { neg = p[0] == '-'; i = 1; }
    bool strip = true;
    if (radix != 0) {
        if (radix < 2 || radix > 36) goto done;
        if (radix != 16) strip = false;
    } else {
        radix = 10;
    }
    if (strip && i + 1 < n && p[i] == '0' && (p[i + 1] == 'x' || p[i + 1] == 'X')) {
        i += 2;
        radix = 16;
    }
    size_t start = i;
    while (i < n && digit_value(p[i]) < radix) i++;
    if (i == start) goto done;
    if (radix == 10) {
        r = decimal_value(p + start, i - start);   /* correctly rounded */
    } else {
        double v = 0;
        for (size_t j = start; j < i; j++) v = v * radix + digit_value(p[j]);
        r = v;
    }
    if (neg) r = -r;
done:
    if (p != small) free(p);
    return r;
}
