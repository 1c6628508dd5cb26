/*
 * bigint.c -- BigInt arithmetic (prefix bigint_): sign-magnitude numbers of
 * 64-bit limbs in CELL_BIGINT cells.
 *
 * Every operation works on limb arrays in C memory (a small stack buffer,
 * malloc beyond it) and allocates the result cell once, at the end, from
 * those buffers: operand cells are only read before that allocation, so a
 * moving collector can never leave a stale operand pointer behind.
 *
 * Algorithms: schoolbook multiplication, Karatsuba above KARATSUBA_LIMBS,
 * Knuth's algorithm D for division (TAOCP vol. 2, 4.3.1, with 128-bit
 * intermediate products), binary exponentiation, two's complement
 * (infinitely sign-extended) for the bitwise operators.  Text conversion
 * of small values goes a limb-sized radix power at a time; large values
 * split by precomputed powers radix^(k 2^i) (divide and conquer, see
 * "large values" below and docs/bigint.md).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "bigint.h"
#include "error.h"
#include "numconv.h"
#include "runtime.h"
#include "str.h"

typedef unsigned __int128 u128;

#define LIMB_BITS 64
#define MAX_LIMBS (BIGINT_MAX_BITS / LIMB_BITS)
#define STACK_LIMBS 32

/* ====================================================================== */
/* scratch buffers                                                          */
/* ====================================================================== */

/* A limb buffer: the inline array when it is big enough, else malloc. */
typedef struct Limbs {
    uint64_t *d;
    size_t n;          /* limbs in use */
    bool neg;
    uint64_t inl[STACK_LIMBS];
} Limbs;

static bool limbs_init(Limbs *l, size_t cap)
{
    l->n = 0;
    l->neg = false;
    if (cap <= STACK_LIMBS) {
        l->d = l->inl;
    } else {
        l->d = malloc(cap * sizeof(uint64_t));
        if (!l->d) return false;
    }
    memset(l->d, 0, cap * sizeof(uint64_t));
    return true;
}

static void limbs_free(Limbs *l)
{
    if (l->d != l->inl) free(l->d);
}

static size_t mag_norm(const uint64_t *a, size_t n)
{
    while (n && a[n - 1] == 0) n--;
    return n;
}

/* ====================================================================== */
/* cells                                                                    */
/* ====================================================================== */

static JSValue throw_too_big(VM *vm)
{
    return err_throw_type(vm, RangeError, "Maximum BigInt size exceeded");
}

static JSValue throw_oom(VM *vm) { return err_throw(vm, ERRMSG_OUT_OF_MEMORY); }

/* The cell for d[0..n) with sign neg (normalised here).  d must not point
 * into a cell: the allocation may move it (return the operand instead,
 * BigInts are immutable). */
static JSValue make(VM *vm, const uint64_t *d, size_t n, bool neg)
{
    n = mag_norm(d, n);
    if (n > MAX_LIMBS) return throw_too_big(vm);
    JSBigInt *b = (JSBigInt *)vm_alloc(vm, CELL_BIGINT, sizeof(JSBigInt) + n * sizeof(uint64_t));
    if (!b) return VAL_EXCEPTION;
    b->len = (uint32_t)n;
    b->neg = n && neg;
    if (n) memcpy(b->d, d, n * sizeof(uint64_t));
    return val_from_cell(b);
}

static JSValue make_limbs(VM *vm, Limbs *l)
{
    JSValue r = make(vm, l->d, l->n, l->neg);
    limbs_free(l);
    return r;
}

JSValue bigint_from_uint64(VM *vm, uint64_t u) { return make(vm, &u, 1, false); }

JSValue bigint_from_int64(VM *vm, int64_t i)
{
    uint64_t m = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
    return make(vm, &m, 1, i < 0);
}

/* |d| (finite, integral) as limbs into out[0..17); returns the count. */
static size_t double_mag(double d, uint64_t out[17])
{
    d = fabs(d);
    memset(out, 0, 17 * sizeof(uint64_t));
    if (d < 18446744073709551616.0) {
        out[0] = (uint64_t)d;
        return 1;
    }
    int e;
    double m = frexp(d, &e);                       /* d = m * 2^e, 0.5 <= m < 1 */
    uint64_t mant = (uint64_t)ldexp(m, 53);        /* exact: 53 bits */
    int shift = e - 53;                            /* >= 12 here */
    size_t limb = (size_t)shift / 64, bit = (size_t)shift % 64;
    out[limb] = mant << bit;
    if (bit) out[limb + 1] = mant >> (64 - bit);
    return limb + 2;
}

JSValue bigint_from_double(VM *vm, double d)
{
    uint64_t m[17];
    size_t n = double_mag(d, m);
    return make(vm, m, n, d < 0);
}

/* ====================================================================== */
/* magnitudes                                                               */
/* ====================================================================== */

static int mag_cmp(const uint64_t *a, size_t an, const uint64_t *b, size_t bn)
{
    if (an != bn) return an < bn ? -1 : 1;
    for (size_t i = an; i-- > 0;)
        if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
    return 0;
}

/* r = a + b; r has room for max(an, bn) + 1 limbs; returns the length. */
static size_t mag_add(uint64_t *r, const uint64_t *a, size_t an, const uint64_t *b, size_t bn)
{
    if (an < bn) {
        const uint64_t *t = a; a = b; b = t;
        size_t tn = an; an = bn; bn = tn;
    }
    uint64_t carry = 0;
    for (size_t i = 0; i < an; i++) {
        u128 s = (u128)a[i] + (i < bn ? b[i] : 0) + carry;
        r[i] = (uint64_t)s;
        carry = (uint64_t)(s >> 64);
    }
    r[an] = carry;
    return an + 1;
}

/* r = a - b for a >= b; r has room for an limbs (may alias a). */
static size_t mag_sub(uint64_t *r, const uint64_t *a, size_t an, const uint64_t *b, size_t bn)
{
    uint64_t borrow = 0;
    for (size_t i = 0; i < an; i++) {
        uint64_t y = i < bn ? b[i] : 0;
        uint64_t x = a[i];
        uint64_t t = x - y;
        uint64_t b1 = x < y;
        r[i] = t - borrow;
        borrow = b1 | (t < borrow);
    }
    return an;
}

/* r = a * b (schoolbook); r has room for an + bn limbs and must not alias. */
static void mul_school(uint64_t *r, const uint64_t *a, size_t an, const uint64_t *b, size_t bn)
{
    memset(r, 0, (an + bn) * sizeof(uint64_t));
    for (size_t i = 0; i < an; i++) {
        uint64_t carry = 0, x = a[i];
        if (!x) continue;
        for (size_t j = 0; j < bn; j++) {
            u128 p = (u128)x * b[j] + r[i + j] + carry;
            r[i + j] = (uint64_t)p;
            carry = (uint64_t)(p >> 64);
        }
        r[i + bn] = carry;
    }
}

/* r[0..rn) += a[0..an) for rn >= an; the carry out of r is dropped (the
 * callers know the sum fits). */
static void acc_add(uint64_t *r, size_t rn, const uint64_t *a, size_t an)
{
    uint64_t carry = 0;
    size_t i = 0;
    for (; i < an; i++) {
        u128 t = (u128)r[i] + a[i] + carry;
        r[i] = (uint64_t)t;
        carry = (uint64_t)(t >> 64);
    }
    for (; carry && i < rn; i++) carry = ++r[i] == 0;
}

/* r[0..rn) -= a[0..an) for r >= a. */
static void acc_sub(uint64_t *r, size_t rn, const uint64_t *a, size_t an)
{
    uint64_t borrow = 0;
    size_t i = 0;
    for (; i < an; i++) {
        uint64_t x = r[i], t = x - a[i], b1 = x < a[i];
        r[i] = t - borrow;
        borrow = b1 | (t < borrow);
    }
    for (; borrow && i < rn; i++) borrow = r[i]-- == 0;
}

/* Below this many limbs in the shorter operand schoolbook is faster. */
#define KARATSUBA_LIMBS 40

/* r = a * b; r has room for an + bn limbs and must not alias.  Karatsuba
 * when both operands are long (O(n^1.585)): a = a1 B^h + a0, b = b1 B^h + b0,
 * a*b = z2 B^2h + ((a0+a1)(b0+b1) - z2 - z0) B^h + z0.  A lopsided product
 * goes in slices of the short operand's length.  Scratch memory comes from
 * malloc; when there is none the schoolbook method answers, so this never
 * fails. */
static void mag_mul(uint64_t *r, const uint64_t *a, size_t an, const uint64_t *b, size_t bn)
{
    if (an < bn) {
        const uint64_t *t = a; a = b; b = t;
        size_t tn = an; an = bn; bn = tn;
    }
    if (bn < KARATSUBA_LIMBS) {
        mul_school(r, a, an, b, bn);
        return;
    }
    if (an >= 2 * bn) {
        /* slices of a, bn limbs each, accumulated into r */
        uint64_t *t = malloc(2 * bn * sizeof(uint64_t));
        if (!t) {
            mul_school(r, a, an, b, bn);
            return;
        }
        memset(r, 0, (an + bn) * sizeof(uint64_t));
        for (size_t i = 0; i < an; i += bn) {
            size_t sn = an - i < bn ? an - i : bn;
            mag_mul(t, a + i, sn, b, bn);
            acc_add(r + i, an + bn - i, t, sn + bn);
        }
        free(t);
        return;
    }
    size_t h = (an + 1) / 2;          /* bn > h since an < 2 bn and bn >= KARATSUBA_LIMBS */
    size_t a1n = an - h, b1n = bn - h;
    /* scratch: sa, sb (h + 1 each), z1 (2h + 2) */
    uint64_t *sa = malloc((4 * h + 4) * sizeof(uint64_t));
    if (!sa) {
        mul_school(r, a, an, b, bn);
        return;
    }
    uint64_t *sb = sa + h + 1, *z1 = sb + h + 1;
    mag_add(sa, a, h, a + h, a1n);
    mag_add(sb, b, h, b + h, b1n);
    mag_mul(z1, sa, h + 1, sb, h + 1);
    /* z0 and z2 straight into r (they do not overlap: 2h + a1n + b1n = an + bn) */
    mag_mul(r, a, h, b, h);
    mag_mul(r + 2 * h, a + h, a1n, b + h, b1n);
    acc_sub(z1, 2 * h + 2, r, 2 * h);
    acc_sub(z1, 2 * h + 2, r + 2 * h, a1n + b1n);
    acc_add(r + h, an + bn - h, z1, mag_norm(z1, 2 * h + 2));
    free(sa);
}

/* a = a * m + add in place over n limbs; returns the carry out. */
static uint64_t mag_mul1_add(uint64_t *a, size_t n, uint64_t m, uint64_t add)
{
    uint64_t carry = add;
    for (size_t i = 0; i < n; i++) {
        u128 p = (u128)a[i] * m + carry;
        a[i] = (uint64_t)p;
        carry = (uint64_t)(p >> 64);
    }
    return carry;
}

/* (hi:lo) / d for hi < d: one hardware divide on x86-64 (the generic
 * 128-bit division is a library call several times slower). */
static inline uint64_t div128(uint64_t hi, uint64_t lo, uint64_t d, uint64_t *rem)
{
#if defined(__x86_64__)
    uint64_t q, r;
    __asm__("divq %4" : "=a"(q), "=d"(r) : "a"(lo), "d"(hi), "rm"(d));
    *rem = r;
    return q;
#else
    u128 cur = ((u128)hi << 64) | lo;
    *rem = (uint64_t)(cur % d);
    return (uint64_t)(cur / d);
#endif
}

/* q = a / d (q may alias a); returns the remainder. */
static uint64_t mag_div1(uint64_t *q, const uint64_t *a, size_t an, uint64_t d)
{
    uint64_t rem = 0;
    for (size_t i = an; i-- > 0;) q[i] = div128(rem, a[i], d, &rem);
    return rem;
}

/* Knuth D: q = a / b, r = a % b for an >= bn >= 2 and b normalised length.
 * q has room for an - bn + 1 limbs, r for bn limbs (either may be NULL).
 * Returns false on OOM. */
static bool mag_divmod(uint64_t *q, uint64_t *r, const uint64_t *a, size_t an, const uint64_t *b, size_t bn)
{
    uint64_t *vn = malloc(bn * sizeof(uint64_t));
    uint64_t *un = malloc((an + 1) * sizeof(uint64_t));
    if (!vn || !un) {
        free(vn);
        free(un);
        return false;
    }
    int s = __builtin_clzll(b[bn - 1]);
    /* normalise: shift so the divisor's top bit is set */
    for (size_t i = bn - 1; i > 0; i--) vn[i] = s ? (b[i] << s) | (b[i - 1] >> (64 - s)) : b[i];
    vn[0] = b[0] << s;
    un[an] = s ? a[an - 1] >> (64 - s) : 0;
    for (size_t i = an - 1; i > 0; i--) un[i] = s ? (a[i] << s) | (a[i - 1] >> (64 - s)) : a[i];
    un[0] = a[0] << s;

    for (size_t j = an - bn + 1; j-- > 0;) {
        /* estimate qhat from the top two limbs, correct it at most twice */
        u128 num = ((u128)un[j + bn] << 64) | un[j + bn - 1];
        u128 qhat = num / vn[bn - 1];
        u128 rhat = num - qhat * vn[bn - 1];
        while ((qhat >> 64) != 0 || qhat * vn[bn - 2] > ((rhat << 64) | un[j + bn - 2])) {
            qhat--;
            rhat += vn[bn - 1];
            if ((rhat >> 64) != 0) break;
        }
        /* multiply and subtract */
        uint64_t borrow = 0, carry = 0;
        for (size_t i = 0; i < bn; i++) {
            u128 p = qhat * vn[i] + carry;
            carry = (uint64_t)(p >> 64);
            uint64_t plo = (uint64_t)p, x = un[i + j];
            uint64_t t = x - plo;
            uint64_t b1 = x < plo;
            un[i + j] = t - borrow;
            borrow = b1 | (t < borrow);
        }
        uint64_t x = un[j + bn];
        uint64_t t1 = x - carry;
        uint64_t b1 = x < carry;
        un[j + bn] = t1 - borrow;
        bool negative = b1 | (t1 < borrow);
        if (negative) {
            /* qhat was one too large: add the divisor back */
            qhat--;
            uint64_t c = 0;
            for (size_t i = 0; i < bn; i++) {
                u128 sum = (u128)un[i + j] + vn[i] + c;
                un[i + j] = (uint64_t)sum;
                c = (uint64_t)(sum >> 64);
            }
            un[j + bn] += c;
        }
        if (q) q[j] = (uint64_t)qhat;
    }
    if (r) {
        for (size_t i = 0; i < bn; i++) r[i] = s ? (un[i] >> s) | (un[i + 1] << (64 - s)) : un[i];
    }
    free(vn);
    free(un);
    return true;
}

static uint64_t bit_length(const uint64_t *a, size_t n)
{
    if (!n) return 0;
    return (uint64_t)(n - 1) * 64 + (64 - (uint64_t)__builtin_clzll(a[n - 1]));
}

/* ====================================================================== */
/* parsing and printing                                                     */
/* ====================================================================== */

static int digit_value(uint16_t c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

/* The largest power of radix that fits a limb, and its exponent. */
static uint64_t radix_chunk(int radix, int *digits)
{
    uint64_t p = radix;
    int k = 1;
    while (p <= UINT64_MAX / (uint64_t)radix) {
        p *= (uint64_t)radix;
        k++;
    }
    *digits = k;
    return p;
}

/* ---- large values: divide and conquer ----------------------------------- */

/* Conversions of long numbers split by powers of the radix instead of
 * peeling one limb's worth of digits at a time (n^2 / 2 hardware divides):
 * pow[i] = radix^(k 2^i), k the digits of a limb chunk, built by repeated
 * squaring.  Printing divides by the power of about half the width and
 * prints both halves (the low one zero-padded); parsing multiplies the high
 * half's value by the power and adds the low half's.  With Karatsuba
 * multiplication parsing is O(n^1.6); printing does its divisions with
 * algorithm D, whose cost at each level is a constant times that of the
 * level above, so the sum stays a small multiple of one half-size division
 * (about 30x fewer operations than the limb-at-a-time method at 1,500 limbs). */

/* ---- division by a fixed divisor: Newton reciprocal and Barrett --------- */

/* Printing divides many numbers by the same few powers, so each power gets
 * a reciprocal mu = floor(B^2m / P') of its normalised form P' = P << s
 * (B = 2^64, m limbs), computed once by Newton's iteration (Brent and
 * Zimmermann, Modern Computer Arithmetic, algorithm 3.5) and made exact by
 * a final correction.  A division x / P for x < P^2 is then Barrett's: two
 * multiplications and at most two corrections (Menezes et al., Handbook of
 * Applied Cryptography, 14.42), O(M(m)) instead of algorithm D's m^2.
 * Every estimate is corrected until exact, so the results never depend on
 * how good an approximation was, only the time does. */

#define BARRETT_LIMBS 1500    /* below: algorithm D is as fast */

typedef struct Reciprocal {
    uint64_t *norm;          /* P' = P << shift, n limbs; NULL: none */
    uint64_t *mu;            /* floor(B^2n / P'), n + 2 limbs (inside norm's block) */
    unsigned shift;
} Reciprocal;

/* x -= 1 over n limbs (x > 0). */
static void dec1(uint64_t *x, size_t n)
{
    for (size_t i = 0; i < n && x[i]-- == 0; i++) {}
}

/* x = B^n - x over n limbs (0 < x < B^n). */
static void negate(uint64_t *x, size_t n)
{
    for (size_t i = 0; i < n; i++) x[i] = ~x[i];
    for (size_t i = 0; i < n && ++x[i] == 0; i++) {}
}

/* An approximation X of (B^2n - 1) / a for a normalised (top bit set) a of
 * n limbs, into x[0..n+1): A X < B^2n <= A (X + 2).  False on OOM. */
static bool recip_approx(uint64_t *x, const uint64_t *a, size_t n)
{
    memset(x, 0, (n + 1) * sizeof(uint64_t));
    if (n <= 2) {
        /* the base case by division: ceil(B^2n / a) - 1 = floor((B^2n - 1) / a) */
        uint64_t ones[4] = { UINT64_MAX, UINT64_MAX, UINT64_MAX, UINT64_MAX };
        if (n == 1) {
            mag_div1(x, ones, 2, a[0]);
            return true;
        }
        uint64_t q[3];
        if (!mag_divmod(q, NULL, ones, 4, a, 2)) return false;
        memcpy(x, q, 3 * sizeof(uint64_t));
        return true;
    }
    size_t l = (n - 1) / 2, h = n - l;
    /* xh (h + 1), t (n + h + 1), u ((n + h - l) + (h + 1)) */
    size_t tn = n + h + 1, un = (n + h - l) + (h + 1);
    uint64_t *xh = malloc((h + 1 + tn + un) * sizeof(uint64_t));
    if (!xh) return false;
    uint64_t *t = xh + h + 1, *u = t + tn;
    if (!recip_approx(xh, a + l, h)) {
        free(xh);
        return false;
    }
    /* T = A Xh, brought below B^(n+h) */
    mag_mul(t, a, n, xh, h + 1);
    while (mag_norm(t, tn) > n + h) {
        dec1(xh, h + 1);
        acc_sub(t, tn, a, n);
    }
    /* T = B^(n+h) - T; U = floor(T / B^l) Xh; X = Xh B^l + floor(U / B^(2h-l)) */
    negate(t, n + h);
    mag_mul(u, t + l, n + h - l, xh, h + 1);
    memcpy(x + l, xh, (h + 1) * sizeof(uint64_t));
    acc_add(x, n + 1, u + (2 * h - l), un - (2 * h - l));
    free(xh);
    return true;
}

/* The reciprocal of the m-limb power p: P', its shift and the exact mu. */
static bool recip_init(Reciprocal *rc, const uint64_t *p, size_t m)
{
    /* norm (m), mu (m + 2), prod = P' mu (2m + 3), rem (2m + 3) */
    uint64_t *blk = calloc(m + (m + 2) + 2 * (2 * m + 3), sizeof(uint64_t));
    if (!blk) return false;
    uint64_t *norm = blk, *mu = norm + m, *prod = mu + m + 2, *rem = prod + 2 * m + 3;
    unsigned s = (unsigned)__builtin_clzll(p[m - 1]);
    for (size_t i = m; i-- > 0;) norm[i] = (p[i] << s) | (s && i ? p[i - 1] >> (64 - s) : 0);
    if (!recip_approx(mu, norm, m)) {
        free(blk);
        return false;
    }
    /* correct mu until P' mu <= B^2m < P' (mu + 1) */
    size_t pn = 2 * m + 3;
    mag_mul(prod, norm, m, mu, m + 2);
    for (;;) {
        size_t len = mag_norm(prod, pn);
        bool above = len > 2 * m + 1 || (len == 2 * m + 1 && (prod[2 * m] > 1 || mag_norm(prod, 2 * m) > 0));
        if (above) {
            dec1(mu, m + 2);
            acc_sub(prod, pn, norm, m);
            continue;
        }
        /* rem = B^2m - prod (0 when equal) */
        memset(rem, 0, pn * sizeof(uint64_t));
        if (len <= 2 * m) {
            memcpy(rem, prod, 2 * m * sizeof(uint64_t));
            negate(rem, 2 * m);
            if (mag_norm(rem, 2 * m) == 0) rem[2 * m] = 1;   /* prod was 0: impossible, kept exact */
        }
        if (mag_cmp(rem, mag_norm(rem, pn), norm, m) < 0) break;
        acc_add(mu, m + 2, (const uint64_t[]){ 1 }, 1);
        acc_add(prod, pn, norm, m);
    }
    rc->norm = blk;
    rc->mu = mu;
    rc->shift = s;
    return true;
}

/* q = x / p, r = x % p for x (xn limbs) < p^2, p (m limbs) with reciprocal
 * rc; q has room for xn - m + 1 limbs, r for m.  False on OOM. */
static bool barrett_divmod(uint64_t *q, uint64_t *r, const uint64_t *x, size_t xn, const uint64_t *p, size_t m,
                           const Reciprocal *rc)
{
    /* xs = x << shift (2m limbs: x' < P' P <= B^2m), q2 = floor(xs / B^(m-1)) mu,
     * q3 = floor(q2 / B^(m+1)), t = q3 p */
    size_t xsn = 2 * m, q2n = (m + 1) + (m + 2), q3n = m + 2, tn = q3n + m;
    uint64_t *xs = calloc(xsn + q2n + tn + xn, sizeof(uint64_t));
    if (!xs) return false;
    uint64_t *q2 = xs + xsn, *t = q2 + q2n, *rr = t + tn;
    unsigned s = rc->shift;
    for (size_t i = 0; i < xn && i < xsn; i++) xs[i] = (x[i] << s) | (s && i ? x[i - 1] >> (64 - s) : 0);
    if (xn < xsn) xs[xn] = s ? x[xn - 1] >> (64 - s) : 0;
    mag_mul(q2, xs + (m - 1), m + 1, rc->mu, m + 2);
    uint64_t *q3 = q2 + (m + 1);
    mag_mul(t, q3, q3n, p, m);
    /* rr = x - t; q3 never overestimates with an exact mu, but stay exact regardless */
    size_t tl = mag_norm(t, tn);
    while (mag_cmp(t, tl, x, xn) > 0) {
        dec1(q3, q3n);
        acc_sub(t, tn, p, m);
        tl = mag_norm(t, tn);
    }
    memcpy(rr, x, xn * sizeof(uint64_t));
    acc_sub(rr, xn, t, tl);
    size_t rl = mag_norm(rr, xn);
    while (mag_cmp(rr, rl, p, m) >= 0) {
        acc_sub(rr, xn, p, m);
        rl = mag_norm(rr, xn);
        acc_add(q3, q3n, (const uint64_t[]){ 1 }, 1);
    }
    size_t qroom = xn - m + 1;
    memset(q, 0, qroom * sizeof(uint64_t));
    memcpy(q, q3, (mag_norm(q3, q3n) < qroom ? mag_norm(q3, q3n) : qroom) * sizeof(uint64_t));
    memset(r, 0, m * sizeof(uint64_t));
    memcpy(r, rr, rl * sizeof(uint64_t));
    free(xs);
    return true;
}

#define DC_LIMBS 48          /* below: the simple methods */
#define DC_DIGITS 600        /* parsing: below this many digits the simple method */
#define DC_MAX_LEVELS 40

typedef struct RadixPowers {
    int radix, k;                        /* pow[0] = radix^k, one limb */
    int count;
    uint64_t *d[DC_MAX_LEVELS];
    size_t n[DC_MAX_LEVELS];
    size_t digits[DC_MAX_LEVELS];        /* k 2^i */
    Reciprocal recip[DC_MAX_LEVELS];     /* printing, powers of BARRETT_LIMBS and more */
} RadixPowers;

static void powers_free(RadixPowers *p)
{
    for (int i = 0; i < p->count; i++) {
        free(p->d[i]);
        free(p->recip[i].norm);
    }
}

/* Powers up to the first one with at least `digits` digits; false on OOM
 * (then count is 0: nothing to free). */
static bool powers_init(RadixPowers *p, int radix, size_t digits, bool reciprocals)
{
    p->radix = radix;
    p->count = 0;
    memset(p->recip, 0, sizeof p->recip);
    uint64_t c = radix_chunk(radix, &p->k);
    p->d[0] = malloc(sizeof(uint64_t));
    if (!p->d[0]) return false;
    p->d[0][0] = c;
    p->n[0] = 1;
    p->digits[0] = (size_t)p->k;
    p->count = 1;
    while (p->digits[p->count - 1] < digits && p->count < DC_MAX_LEVELS) {
        int i = p->count;
        size_t pn = p->n[i - 1];
        uint64_t *sq = malloc(2 * pn * sizeof(uint64_t));
        if (!sq) {
            powers_free(p);
            p->count = 0;
            return false;
        }
        mag_mul(sq, p->d[i - 1], pn, p->d[i - 1], pn);
        p->d[i] = sq;
        p->n[i] = mag_norm(sq, 2 * pn);
        p->digits[i] = 2 * p->digits[i - 1];
        p->count++;
        if (reciprocals && p->n[i] >= BARRETT_LIMBS && !recip_init(&p->recip[i], p->d[i], p->n[i])) {
            powers_free(p);
            p->count = 0;
            return false;
        }
    }
    return true;
}

static const char DIGIT_CHARS[] = "0123456789abcdefghijklmnopqrstuvwxyz";

/* x[0..xn) (destroyed) as exactly `width` digits, zero-padded, ending just
 * before end; x < radix^width.  One limb chunk (k digits) per division. */
static void print_simple(uint64_t *x, size_t xn, int radix, uint64_t chunk, int k, char *end, size_t width)
{
    char *p = end, *stop = end - width;
    xn = mag_norm(x, xn);
    while (xn && p > stop) {
        uint64_t rem = mag_div1(x, x, xn, chunk);
        xn = mag_norm(x, xn);
        for (int i = 0; i < k && p > stop; i++) {
            *--p = DIGIT_CHARS[rem % (uint64_t)radix];
            rem /= (uint64_t)radix;
        }
    }
    while (p > stop) *--p = '0';
}

/* As print_simple, by halves: false on OOM. */
static bool print_dc(const RadixPowers *pw, uint64_t *x, size_t xn, char *end, size_t width)
{
    xn = mag_norm(x, xn);
    if (xn < DC_LIMBS) {
        print_simple(x, xn, pw->radix, pw->d[0][0], pw->k, end, width);
        return true;
    }
    /* the largest power narrower than width: it is at least width / 2 wide */
    int i = pw->count - 1;
    while (i > 0 && pw->digits[i] >= width) i--;
    const uint64_t *d = pw->d[i];
    size_t dn = pw->n[i], lw = pw->digits[i];
    if (mag_cmp(x, xn, d, dn) < 0) {
        memset(end - width, '0', width - lw);
        return print_dc(pw, x, xn, end, lw);
    }
    uint64_t *q = malloc((xn - dn + 1 + dn) * sizeof(uint64_t));
    if (!q) return false;
    uint64_t *r = q + (xn - dn + 1);
    if (dn == 1) {
        r[0] = mag_div1(q, x, xn, d[0]);
    } else if (pw->recip[i].norm ? !barrett_divmod(q, r, x, xn, d, dn, &pw->recip[i])
                                 : !mag_divmod(q, r, x, xn, d, dn)) {
        free(q);
        return false;
    }
    bool ok = print_dc(pw, r, dn, end, lw) && print_dc(pw, q, xn - dn + 1, end - lw, width - lw);
    free(q);
    return ok;
}

/* Digits u[0..n) (all valid) into out[0..cap), zeroed by the caller: the
 * length in limbs, or (size_t)-1 on OOM. */
static size_t parse_simple(uint64_t *out, const uint16_t *u, size_t n, int radix)
{
    int k;
    uint64_t chunk_pow = radix_chunk(radix, &k);
    size_t len = 0;
    for (size_t i = 0; i < n;) {
        size_t take = n - i < (size_t)k ? n - i : (size_t)k;
        uint64_t v = 0, pw = 1;
        for (size_t j = 0; j < take; j++) {
            v = v * (uint64_t)radix + (uint64_t)digit_value(u[i + j]);
            pw *= (uint64_t)radix;
        }
        if (take < (size_t)k) chunk_pow = pw;
        uint64_t carry = mag_mul1_add(out, len, chunk_pow, v);
        if (carry) out[len++] = carry;
        i += take;
    }
    return len;
}

/* The limbs n digits of radix need at most (one spare). */
static size_t limbs_for_digits(size_t n, int radix)
{
    return (size_t)((double)n * log2((double)radix) / 64.0) + 2;
}

/* By halves: high digits times radix^(low width) plus the low digits. */
static size_t parse_dc(const RadixPowers *pw, uint64_t *out, const uint16_t *u, size_t n)
{
    if (n < DC_DIGITS) return parse_simple(out, u, n, pw->radix);
    int i = pw->count - 1;
    while (i > 0 && pw->digits[i] >= n) i--;
    size_t lw = pw->digits[i], hn_cap = limbs_for_digits(n - lw, pw->radix);
    uint64_t *hi = calloc(hn_cap, sizeof(uint64_t));
    if (!hi) return (size_t)-1;
    size_t hn = parse_dc(pw, hi, u, n - lw);
    size_t ln = hn == (size_t)-1 ? hn : parse_dc(pw, out, u + (n - lw), lw);
    if (ln == (size_t)-1) {
        free(hi);
        return ln;
    }
    size_t cap = limbs_for_digits(n, pw->radix);
    if (hn) {
        uint64_t *t = malloc((hn + pw->n[i]) * sizeof(uint64_t));
        if (!t) {
            free(hi);
            return (size_t)-1;
        }
        mag_mul(t, hi, hn, pw->d[i], pw->n[i]);
        size_t tn = mag_norm(t, hn + pw->n[i]);
        /* out = low (ln limbs, the rest of out zero) + t; tn <= cap - 1 */
        acc_add(out, cap, t, tn);
        free(t);
    }
    free(hi);
    return mag_norm(out, cap);
}

/* Digits units[0..n) in radix (all valid, n > 0) as a BigInt. */
static JSValue parse_digits(VM *vm, const uint16_t *units, size_t n, int radix, bool neg)
{
    /* every digit carries at most log2(36) < 6 bits */
    uint64_t bits = (uint64_t)n * 6;
    size_t cap = (size_t)(bits / 64 + 2);
    if (cap > MAX_LIMBS + 2) return throw_too_big(vm);
    if (n >= DC_DIGITS && (radix & (radix - 1)) != 0) cap = limbs_for_digits(n, radix);
    Limbs l;
    if (!limbs_init(&l, cap)) return throw_oom(vm);
    size_t len;
    if (n < DC_DIGITS || (radix & (radix - 1)) == 0) {
        len = parse_simple(l.d, units, n, radix);
    } else {
        RadixPowers pw;
        if (!powers_init(&pw, radix, n / 2, false)) {
            limbs_free(&l);
            return throw_oom(vm);
        }
        len = parse_dc(&pw, l.d, units, n);
        powers_free(&pw);
        if (len == (size_t)-1) {
            limbs_free(&l);
            return throw_oom(vm);
        }
    }
    l.n = len;
    l.neg = neg;
    return make_limbs(vm, &l);
}

JSValue bigint_parse(VM *vm, const uint16_t *u, size_t n)
{
    size_t a = 0, b = n;
    while (a < b && num_is_space(u[a])) a++;
    while (b > a && num_is_space(u[b - 1])) b--;
    if (a == b) return bigint_from_uint64(vm, 0);
    int radix = 10;
    bool neg = false;
    if (b - a > 2 && u[a] == '0') {
        uint16_t p = u[a + 1] | 0x20;
        radix = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 10;
        if (radix != 10) a += 2;
    }
    if (radix == 10 && (u[a] == '+' || u[a] == '-')) {
        neg = u[a] == '-';
        a++;
    }
    if (a == b) return VAL_UNDEFINED;
    for (size_t i = a; i < b; i++)
        if (digit_value(u[i]) >= radix) return VAL_UNDEFINED;
    return parse_digits(vm, u + a, b - a, radix, neg);
}

JSValue bigint_from_string(VM *vm, JSValue str)
{
    JSString *s = str_flatten(vm, str);
    if (!s) return VAL_EXCEPTION;
    size_t n = s->length;
    uint16_t stackbuf[64] = {0};
    uint16_t *u = n <= 64 ? stackbuf : malloc(n * sizeof(uint16_t));
    if (!u) return throw_oom(vm);
    for (size_t i = 0; i < n; i++) u[i] = str_unit(s, (uint32_t)i);
    JSValue r = bigint_parse(vm, u, n);
    if (u != stackbuf) free(u);
    return r;
}

JSValue bigint_from_literal(VM *vm, const char *text, size_t n)
{
    uint16_t stackbuf[64] = {0};
    uint16_t *u = n <= 64 ? stackbuf : malloc(n * sizeof(uint16_t));
    if (!u) return throw_oom(vm);
    for (size_t i = 0; i < n; i++) u[i] = (uint8_t)text[i];
    JSValue r = bigint_parse(vm, u, n);
    if (u != stackbuf) free(u);
    return r;
}

char *bigint_to_cstr(JSValue v, int radix)
{
    JSBigInt *b = val_bigint(v);
    size_t n = b->len;
    if (n == 0) {
        char *z = malloc(2);
        if (z) strcpy(z, "0");
        return z;
    }
    /* digits: at most bits / log2(radix) + 1, plus sign and NUL */
    size_t maxd = (size_t)((double)bit_length(b->d, n) / log2((double)radix)) + 3;
    char *out = malloc(maxd + 1);
    uint64_t *t = malloc(n * sizeof(uint64_t));
    if (!out || !t) {
        free(out);
        free(t);
        return NULL;
    }
    memcpy(t, b->d, n * sizeof(uint64_t));
    bool neg = b->neg;
    if ((radix & (radix - 1)) == 0) {
        /* a power of two: each digit is `shift` bits of the magnitude, read directly */
        unsigned shift = (unsigned)__builtin_ctz((unsigned)radix);
        uint64_t bits = bit_length(t, n);
        size_t nd = (size_t)((bits + shift - 1) / shift), k = 0;
        if (neg) out[k++] = '-';
        for (size_t i = nd; i-- > 0;) {
            uint64_t at = (uint64_t)i * shift;
            size_t limb = (size_t)(at / 64);
            unsigned bit = (unsigned)(at % 64);
            uint64_t v = t[limb] >> bit;
            if (bit + shift > 64 && limb + 1 < n) v |= t[limb + 1] << (64 - bit);
            out[k++] = "0123456789abcdefghijklmnopqrstuvwxyz"[v & ((uint64_t)radix - 1)];
        }
        out[k] = 0;
        free(t);
        return out;
    }
    /* the digits zero-padded to maxd - 1 (room for the sign), then the
     * leading zeros dropped */
    size_t width = maxd - 1;
    out[maxd] = 0;
    bool ok = true;
    if (n < DC_LIMBS) {
        int k;
        uint64_t chunk = radix_chunk(radix, &k);
        print_simple(t, n, radix, chunk, k, out + maxd, width);
    } else {
        RadixPowers pw;
        ok = powers_init(&pw, radix, width / 2, true);
        if (ok) ok = print_dc(&pw, t, n, out + maxd, width);
        if (pw.count) powers_free(&pw);
    }
    free(t);
    if (!ok) {
        free(out);
        return NULL;
    }
    size_t pos = 1;
    while (out[pos] == '0') pos++;   /* the value is not zero: a digit other than 0 comes */
    if (neg) out[--pos] = '-';
    memmove(out, out + pos, maxd + 1 - pos);
    return out;
}

JSValue bigint_to_string(VM *vm, JSValue v, int radix)
{
    JSBigInt *b = val_bigint(v);
    if (b->len == 0) return str_from_unit(vm, '0');
    if (b->len == 1 && b->d[0] < 10 && !b->neg && radix >= 10) return str_from_unit(vm, (uint16_t)('0' + b->d[0]));
    char *s = bigint_to_cstr(v, radix);
    if (!s) return throw_oom(vm);
    JSValue r = str_from_latin1(vm, (const uint8_t *)s, strlen(s));
    free(s);
    return r;
}

/* ====================================================================== */
/* conversions                                                              */
/* ====================================================================== */

double bigint_to_double(JSValue v)
{
    JSBigInt *b = val_bigint(v);
    size_t n = b->len;
    double r;
    if (n == 0) return 0;
    if (n == 1) {
        r = (double)b->d[0];
    } else {
        uint64_t bits = bit_length(b->d, n);
        if (bits > 1025) return b->neg ? -INFINITY : INFINITY;
        /* the top 64 bits, with every lower bit folded into a sticky bit:
         * 64 > 53 + 2 bits, so converting them rounds exactly as the whole */
        uint64_t shift = bits - 64;
        size_t limb = (size_t)(shift / 64);
        unsigned bit = (unsigned)(shift % 64);
        uint64_t top = bit ? (b->d[limb] >> bit) | (b->d[limb + 1] << (64 - bit)) : b->d[limb];
        bool sticky = bit && (b->d[limb] & ((1ull << bit) - 1)) != 0;
        for (size_t i = 0; i < limb && !sticky; i++) sticky = b->d[i] != 0;
        if (sticky) top |= 1;
        r = ldexp((double)top, (int)shift);
    }
    return b->neg ? -r : r;
}

uint64_t bigint_to_uint64(JSValue v)
{
    JSBigInt *b = val_bigint(v);
    if (!b->len) return 0;
    return b->neg ? (uint64_t)0 - b->d[0] : b->d[0];
}

/* ====================================================================== */
/* comparison                                                               */
/* ====================================================================== */

bool bigint_equal(JSValue a, JSValue b)
{
    JSBigInt *x = val_bigint(a), *y = val_bigint(b);
    return x->len == y->len && x->neg == y->neg && memcmp(x->d, y->d, x->len * sizeof(uint64_t)) == 0;
}

int bigint_compare(JSValue a, JSValue b)
{
    JSBigInt *x = val_bigint(a), *y = val_bigint(b);
    if (x->neg != y->neg) return x->neg ? -1 : 1;
    int c = mag_cmp(x->d, x->len, y->d, y->len);
    return x->neg ? -c : c;
}

int bigint_compare_double(JSValue a, double d)
{
    if (d != d) return 2;
    JSBigInt *x = val_bigint(a);
    if (isinf(d)) return d > 0 ? -1 : 1;
    int xs = x->len == 0 ? 0 : x->neg ? -1 : 1;
    int ds = d > 0 ? 1 : d < 0 ? -1 : 0;
    if (xs != ds) return xs < ds ? -1 : 1;
    if (xs == 0) return 0;
    double ip = trunc(d);
    uint64_t m[17];
    size_t mn = mag_norm(m, double_mag(ip, m));
    int c = mag_cmp(x->d, x->len, m, mn);
    if (c == 0 && ip != d) c = -1;     /* |x| == trunc|d| < |d| */
    return xs < 0 ? -c : c;
}

uint32_t bigint_hash(JSValue a)
{
    JSBigInt *x = val_bigint(a);
    uint64_t h = 0xcbf29ce484222325ull ^ x->neg;
    for (uint32_t i = 0; i < x->len; i++) {
        h ^= x->d[i];
        h *= 0x100000001b3ull;
        h ^= h >> 29;
    }
    return (uint32_t)(h ^ (h >> 32));
}

/* ====================================================================== */
/* arithmetic                                                               */
/* ====================================================================== */

/* Signed addition of two limb arrays. */
static JSValue add_signed(VM *vm, const uint64_t *a, size_t an, bool aneg, const uint64_t *b, size_t bn, bool bneg)
{
    Limbs r;
    size_t cap = (an > bn ? an : bn) + 1;
    if (!limbs_init(&r, cap)) return throw_oom(vm);
    if (aneg == bneg) {
        r.n = mag_add(r.d, a, an, b, bn);
        r.neg = aneg;
    } else if (mag_cmp(a, an, b, bn) >= 0) {
        r.n = mag_sub(r.d, a, an, b, bn);
        r.neg = aneg;
    } else {
        r.n = mag_sub(r.d, b, bn, a, an);
        r.neg = bneg;
    }
    return make_limbs(vm, &r);
}

JSValue bigint_add_small(VM *vm, JSValue a, int64_t delta)
{
    JSBigInt *x = val_bigint(a);
    uint64_t m = delta < 0 ? (uint64_t)0 - (uint64_t)delta : (uint64_t)delta;
    return add_signed(vm, x->d, x->len, x->neg, &m, m != 0, delta < 0);
}

JSValue bigint_negate(VM *vm, JSValue a)
{
    JSBigInt *x = val_bigint(a);
    if (!x->len) return a;
    Limbs r;
    if (!limbs_init(&r, x->len)) return throw_oom(vm);
    memcpy(r.d, x->d, x->len * sizeof(uint64_t));
    r.n = x->len;
    r.neg = !x->neg;
    return make_limbs(vm, &r);
}

JSValue bigint_bit_not(VM *vm, JSValue a)
{
    /* ~a == -a - 1 == -(a + 1) */
    JSBigInt *x = val_bigint(a);
    uint64_t one = 1;
    return add_signed(vm, x->d, x->len, !x->neg, &one, 1, true);
}

static JSValue mul(VM *vm, JSBigInt *x, JSBigInt *y)
{
    if (!x->len || !y->len) return bigint_from_uint64(vm, 0);
    if ((uint64_t)x->len + y->len > MAX_LIMBS + 1) return throw_too_big(vm);
    Limbs r;
    if (!limbs_init(&r, x->len + y->len)) return throw_oom(vm);
    mag_mul(r.d, x->d, x->len, y->d, y->len);
    r.n = x->len + y->len;
    r.neg = x->neg != y->neg;
    return make_limbs(vm, &r);
}

/* Truncating division: want_rem selects a % b (sign of a) over a / b. */
static JSValue divmod(VM *vm, JSValue a, JSBigInt *x, JSBigInt *y, bool want_rem)
{
    if (!y->len) return err_throw_type(vm, RangeError, "Division by zero");
    if (mag_cmp(x->d, x->len, y->d, y->len) < 0) return want_rem ? a : bigint_from_uint64(vm, 0);
    Limbs q, r;
    if (!limbs_init(&q, x->len)) return throw_oom(vm);
    if (!limbs_init(&r, y->len)) {
        limbs_free(&q);
        return throw_oom(vm);
    }
    if (y->len == 1) {
        r.d[0] = mag_div1(q.d, x->d, x->len, y->d[0]);
    } else if (!mag_divmod(q.d, r.d, x->d, x->len, y->d, y->len)) {
        limbs_free(&q);
        limbs_free(&r);
        return throw_oom(vm);
    }
    q.n = x->len;
    r.n = y->len;
    q.neg = x->neg != y->neg;
    r.neg = x->neg;
    if (want_rem) {
        limbs_free(&q);
        return make_limbs(vm, &r);
    }
    limbs_free(&r);
    return make_limbs(vm, &q);
}

static JSValue power(VM *vm, JSValue a, JSValue b)
{
    JSBigInt *x = val_bigint(a), *y = val_bigint(b);
    if (y->neg) return err_throw_type(vm, RangeError, "Exponent must be non-negative");
    if (!y->len) return bigint_from_uint64(vm, 1);
    if (!x->len) return a;
    bool odd = y->d[0] & 1;
    if (x->len == 1 && x->d[0] == 1) return x->neg && !odd ? bigint_from_uint64(vm, 1) : a;
    if (y->len > 1) return throw_too_big(vm);
    uint64_t e = y->d[0];
    uint64_t xbits = bit_length(x->d, x->len);
    if (e > BIGINT_MAX_BITS || (xbits - 1) * e + 1 > BIGINT_MAX_BITS) return throw_too_big(vm);
    size_t cap = (size_t)((xbits * e) / 64 + 2);
    /* result and base in malloc'd buffers; square-and-multiply from the top */
    uint64_t *res = calloc(cap, sizeof(uint64_t)), *tmp = calloc(cap, sizeof(uint64_t));
    uint64_t *base = malloc(x->len * sizeof(uint64_t));
    if (!res || !tmp || !base) {
        free(res);
        free(tmp);
        free(base);
        return throw_oom(vm);
    }
    size_t bn = x->len;
    memcpy(base, x->d, bn * sizeof(uint64_t));
    bool neg = x->neg && odd;
    res[0] = 1;
    size_t rn = 1;
    for (int bit = 63 - __builtin_clzll(e); bit >= 0; bit--) {
        mag_mul(tmp, res, rn, res, rn);
        rn = mag_norm(tmp, 2 * rn);
        memcpy(res, tmp, rn * sizeof(uint64_t));
        if ((e >> bit) & 1) {
            mag_mul(tmp, res, rn, base, bn);
            rn = mag_norm(tmp, rn + bn);
            memcpy(res, tmp, rn * sizeof(uint64_t));
        }
    }
    free(tmp);
    free(base);
    JSValue r = make(vm, res, rn, neg);
    free(res);
    return r;
}

/* Shift left by s bits (s may be negative: right, rounding toward -inf). */
static JSValue shift(VM *vm, JSValue a, JSBigInt *x, JSBigInt *s, bool left)
{
    if (!x->len || !s->len) return a;
    bool right = s->neg == left;
    if (!right) {
        if (s->len > 1 || s->d[0] > BIGINT_MAX_BITS) return throw_too_big(vm);
        uint64_t sh = s->d[0];
        if (bit_length(x->d, x->len) + sh > BIGINT_MAX_BITS) return throw_too_big(vm);
        size_t limbs = (size_t)(sh / 64), bit = (size_t)(sh % 64);
        Limbs r;
        if (!limbs_init(&r, x->len + limbs + 1)) return throw_oom(vm);
        memset(r.d, 0, (x->len + limbs + 1) * sizeof(uint64_t));
        for (size_t i = 0; i < x->len; i++) {
            r.d[i + limbs] |= x->d[i] << bit;
            if (bit) r.d[i + limbs + 1] = x->d[i] >> (64 - bit);
        }
        r.n = x->len + limbs + 1;
        r.neg = x->neg;
        return make_limbs(vm, &r);
    }
    /* right shift: floor(x / 2^sh) */
    uint64_t bits = bit_length(x->d, x->len);
    if (s->len > 1 || s->d[0] >= bits) {
        uint64_t v = x->neg ? 1 : 0;
        return make(vm, &v, 1, x->neg);
    }
    uint64_t sh = s->d[0];
    size_t limbs = (size_t)(sh / 64), bit = (size_t)(sh % 64);
    Limbs r;
    size_t n = x->len - limbs;
    if (!limbs_init(&r, n + 1)) return throw_oom(vm);
    bool lost = bit && (x->d[limbs] & ((1ull << bit) - 1)) != 0;
    for (size_t i = 0; i < limbs && !lost; i++) lost = x->d[i] != 0;
    for (size_t i = 0; i < n; i++) {
        uint64_t lo = x->d[i + limbs] >> bit;
        uint64_t hi = bit && i + limbs + 1 < x->len ? x->d[i + limbs + 1] << (64 - bit) : 0;
        r.d[i] = lo | hi;
    }
    r.d[n] = 0;
    r.n = n + 1;
    r.neg = x->neg;
    if (x->neg && lost) {
        /* rounding toward -inf: magnitude + 1 */
        for (size_t i = 0; i <= n; i++)
            if (++r.d[i] != 0) break;
    }
    return make_limbs(vm, &r);
}

/* Two's complement of x over n limbs (n > x->len). */
static void to_twos(uint64_t *out, size_t n, const JSBigInt *x)
{
    memset(out, 0, n * sizeof(uint64_t));
    memcpy(out, x->d, x->len * sizeof(uint64_t));
    if (x->neg) {
        uint64_t carry = 1;
        for (size_t i = 0; i < n; i++) {
            out[i] = ~out[i] + carry;
            carry = carry && out[i] == 0;
        }
    }
}

static JSValue bitwise(VM *vm, int op, JSBigInt *x, JSBigInt *y)
{
    size_t n = (x->len > y->len ? x->len : y->len) + 1;
    Limbs r, t;
    if (!limbs_init(&r, n)) return throw_oom(vm);
    if (!limbs_init(&t, n)) {
        limbs_free(&r);
        return throw_oom(vm);
    }
    to_twos(r.d, n, x);
    to_twos(t.d, n, y);
    for (size_t i = 0; i < n; i++) {
        if (op == BIN_AND) r.d[i] &= t.d[i];
        else if (op == BIN_OR) r.d[i] |= t.d[i];
        else r.d[i] ^= t.d[i];
    }
    limbs_free(&t);
    r.n = n;
    r.neg = (r.d[n - 1] >> 63) != 0;
    if (r.neg) {
        uint64_t carry = 1;
        for (size_t i = 0; i < n; i++) {
            r.d[i] = ~r.d[i] + carry;
            carry = carry && r.d[i] == 0;
        }
    }
    return make_limbs(vm, &r);
}

JSValue bigint_binary(VM *vm, int op, JSValue a, JSValue b)
{
    JSBigInt *x = val_bigint(a), *y = val_bigint(b);
    switch ((BinOp)op) {
    case BIN_ADD: return add_signed(vm, x->d, x->len, x->neg, y->d, y->len, y->neg);
    case BIN_SUB: return add_signed(vm, x->d, x->len, x->neg, y->d, y->len, !y->neg && y->len);
    case BIN_MUL: return mul(vm, x, y);
    case BIN_DIV: return divmod(vm, a, x, y, false);
    case BIN_MOD: return divmod(vm, a, x, y, true);
    case BIN_EXP: return power(vm, a, b);
    case BIN_AND: case BIN_OR: case BIN_XOR: return bitwise(vm, op, x, y);
    case BIN_SHL: return shift(vm, a, x, y, true);
    case BIN_SHR: return shift(vm, a, x, y, false);
    case BIN_USHR:
        return err_throw_type(vm, TypeError, "BigInts have no unsigned right shift, use >> instead");
    }
    return VAL_UNDEFINED;
}

JSValue bigint_as_n(VM *vm, uint64_t bits, JSValue a, bool is_signed)
{
    JSBigInt *x = val_bigint(a);
    if (bits == 0 || !x->len) return bigint_from_uint64(vm, 0);
    uint64_t xbits = bit_length(x->d, x->len);
    /* values that already fit come back unchanged */
    if (is_signed ? xbits < bits : (!x->neg && xbits <= bits)) return a;
    if (bits > BIGINT_MAX_BITS) return throw_too_big(vm);
    size_t n = (size_t)((bits + 63) / 64);
    Limbs r;
    if (!limbs_init(&r, n > x->len ? n : x->len + 1)) return throw_oom(vm);
    to_twos(r.d, n > x->len ? n : x->len + 1, x);
    unsigned top = (unsigned)(bits % 64);
    if (top) r.d[n - 1] &= (1ull << top) - 1;
    r.n = n;
    if (is_signed) {
        unsigned sb = (unsigned)((bits - 1) % 64);
        if ((r.d[n - 1] >> sb) & 1) {
            /* m >= 2^(bits-1): the value is m - 2^bits, magnitude 2^bits - m */
            uint64_t carry = 1;
            for (size_t i = 0; i < n; i++) {
                r.d[i] = ~r.d[i] + carry;
                carry = carry && r.d[i] == 0;
            }
            if (top) r.d[n - 1] &= (1ull << top) - 1;
            r.neg = true;
        }
    }
    return make_limbs(vm, &r);
}
