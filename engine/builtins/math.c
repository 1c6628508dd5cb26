/*
 * math.c -- the Math object (prefix bi_math_): every function of ES2023,
 * f16round and sumPrecise (ES2026, an exact accumulator), and the constants.  Math.random is xorshift128+ over vm->random_state
 * (seeded by vm.c; fixed under --deterministic).
 */
#include "bi_internal.h"
#include "typedarray.h"

/* ToNumber(args[i]) (undefined when absent); false on exception. */
static bool arg_num(VM *vm, JSValue *args, int argc, int i, double *out)
{
    JSValue v = bi_arg(args, argc, i);
    if (val_is_number(v)) {
        *out = val_to_number(v);
        return true;
    }
    return rt_to_double(vm, v, out);
}

/* One-argument functions: Math.name(x) = expr */
#define MATH_FN1(name, expr)                                                  \
    static JSValue math_##name(VM *vm, JSValue *args, int argc, JSValue nt)  \
    {                                                                         \
        double x;                                                             \
        if (!arg_num(vm, args, argc, 0, &x)) return VAL_EXCEPTION;            \
        return val_number(expr);                                              \
    }

static double js_round(double x)
{
    if (!isfinite(x) || x == 0) return x;
    if (x > 0 && x < 0.5) return 0.0;
    if (x < 0 && x >= -0.5) return -0.0;
    double r = floor(x);
    if (x - r >= 0.5) r += 1;
    return r;
}

static double js_sign(double x)
{
    if (isnan(x) || x == 0) return x;
    return x > 0 ? 1 : -1;
}

/* cbrt, correctly rounded in practice: glibc's double cbrt may be an ulp off
 * (V8's is not), the extended-precision one rounded to double is not. */
static double js_cbrt(double x)
{
    return (double)cbrtl((long double)x);
}

static double js_clz32(double x)
{
    uint32_t u = (uint32_t)(int64_t)fmod(trunc(isfinite(x) ? x : 0), 4294967296.0);
    if (u == 0) return 32;
    return (double)__builtin_clz(u);
}

MATH_FN1(abs, fabs(x))
MATH_FN1(acos, acos(x))
MATH_FN1(acosh, acosh(x))
MATH_FN1(asin, asin(x))
MATH_FN1(asinh, asinh(x))
MATH_FN1(atan, atan(x))
MATH_FN1(atanh, atanh(x))
MATH_FN1(cbrt, js_cbrt(x))
MATH_FN1(ceil, ceil(x))
MATH_FN1(clz32, js_clz32(x))
MATH_FN1(cos, cos(x))
MATH_FN1(cosh, cosh(x))
MATH_FN1(exp, exp(x))
MATH_FN1(expm1, expm1(x))
MATH_FN1(floor, floor(x))
MATH_FN1(fround, (double)(float)x)
MATH_FN1(f16round, ta_f16_to_double(ta_f16_from_double(x)))
MATH_FN1(log, log(x))
MATH_FN1(log1p, log1p(x))
MATH_FN1(log10, log10(x))
MATH_FN1(log2, log2(x))
MATH_FN1(round, js_round(x))
MATH_FN1(sign, js_sign(x))
MATH_FN1(sin, sin(x))
MATH_FN1(sinh, sinh(x))
MATH_FN1(sqrt, sqrt(x))
MATH_FN1(tan, tan(x))
MATH_FN1(tanh, tanh(x))
MATH_FN1(trunc, trunc(x))

static JSValue math_atan2(VM *vm, JSValue *args, int argc, JSValue nt)
{
    double y, x;
    if (!arg_num(vm, args, argc, 0, &y) || !arg_num(vm, args, argc, 1, &x)) return VAL_EXCEPTION;
    return val_number(atan2(y, x));
}

static double js_pow(double x, double y)
{
    if (isnan(y)) return NAN;
    if (isinf(y) && fabs(x) == 1) return NAN;
    return pow(x, y);
}

static JSValue math_pow(VM *vm, JSValue *args, int argc, JSValue nt)
{
    double x, y;
    if (!arg_num(vm, args, argc, 0, &x) || !arg_num(vm, args, argc, 1, &y)) return VAL_EXCEPTION;
    return val_number(js_pow(x, y));
}

static JSValue math_imul(VM *vm, JSValue *args, int argc, JSValue nt)
{
    int32_t a, b;
    if (!rt_to_int32(vm, bi_arg(args, argc, 0), &a) || !rt_to_int32(vm, bi_arg(args, argc, 1), &b))
        return VAL_EXCEPTION;
    return val_from_int((int32_t)((uint32_t)a * (uint32_t)b));
}

/* max / min: every argument is converted first; NaN wins; -0 < +0. */
static JSValue min_max(VM *vm, JSValue *args, int argc, bool is_max)
{
    double r = is_max ? -INFINITY : INFINITY;
    bool nan = false;
    for (int i = 0; i < argc; i++) {
        double x;
        if (!arg_num(vm, args, argc, i, &x)) return VAL_EXCEPTION;
        if (isnan(x)) {
            nan = true;
            continue;
        }
        if (is_max ? (x > r || (x == 0 && r == 0 && !signbit(x))) : (x < r || (x == 0 && r == 0 && signbit(x))))
            r = x;
    }
    return val_number(nan ? NAN : r);
}

static JSValue math_max(VM *vm, JSValue *args, int argc, JSValue nt) { return min_max(vm, args, argc, true); }
static JSValue math_min(VM *vm, JSValue *args, int argc, JSValue nt) { return min_max(vm, args, argc, false); }

static JSValue math_hypot(VM *vm, JSValue *args, int argc, JSValue nt)
{
    double sum = 0, maxabs = 0;
    bool inf = false, nan = false;
    double *vals = malloc((argc ? argc : 1) * sizeof *vals);
    if (!vals) return err_throw(vm, ERRMSG_OUT_OF_MEMORY);
    for (int i = 0; i < argc; i++) {
        if (!arg_num(vm, args, argc, i, &vals[i])) {
            free(vals);
            return VAL_EXCEPTION;
        }
        if (isinf(vals[i])) inf = true;
        if (isnan(vals[i])) nan = true;
        if (fabs(vals[i]) > maxabs) maxabs = fabs(vals[i]);
    }
    if (inf || nan || maxabs == 0) {
        free(vals);
        return val_number(inf ? INFINITY : nan ? NAN : 0);
    }
    for (int i = 0; i < argc; i++) {
        double q = vals[i] / maxabs;
        sum += q * q;
    }
    free(vals);
    return val_number(maxabs * sqrt(sum));
}

static JSValue math_random(VM *vm, JSValue *args, int argc, JSValue nt)
{
    uint64_t s1 = vm->random_state[0];
    const uint64_t s0 = vm->random_state[1];
    vm->random_state[0] = s0;
    s1 ^= s1 << 23;
    vm->random_state[1] = s1 ^ s0 ^ (s1 >> 17) ^ (s0 >> 26);
    uint64_t r = vm->random_state[1] + s0;
    return val_from_double((double)(r >> 11) * (1.0 / 9007199254740992.0));
}

/* ---- Math.sumPrecise ------------------------------------------------------
 * The exact sum of finite doubles is kept in a fixed-point two's complement
 * accumulator (a Kulisch accumulator): bit 0 weighs 2^-1074 (the smallest
 * subnormal), every finite double is an integer multiple of it below 2^1024,
 * and fewer than 2^53 terms (the spec's RangeError bound) sum below 2^1077,
 * so 1074 + 1077 + a sign bit fit in SUM_LIMBS limbs.  Each term is added
 * exactly; the result is rounded once (to nearest, ties to even, overflowing
 * to +-Infinity exactly when the rounded exact sum reaches 2^1024). */
#define SUM_LIMBS 34
_Static_assert(SUM_LIMBS * 64 >= 1074 + 1077 + 1, "accumulator too narrow");

typedef struct {
    uint64_t limb[SUM_LIMBS];
} ExactSum;

/* acc += (or -=) the 53-bit integer m placed at bit position pos */
static void exact_add(ExactSum *acc, uint64_t m, int pos, bool negative)
{
    int i = pos >> 6, sh = pos & 63;
    uint64_t lo = m << sh, hi = sh ? m >> (64 - sh) : 0;
    if (!negative) {
        uint64_t carry = 0;
        for (int k = i; k < SUM_LIMBS; k++) {
            uint64_t add = k == i ? lo : k == i + 1 ? hi : 0;
            uint64_t old = acc->limb[k];
            uint64_t t = old + add;
            uint64_t c1 = t < old;
            uint64_t r = t + carry;
            carry = c1 | (r < t);
            acc->limb[k] = r;
            if (k > i && !carry) break;
        }
    } else {
        uint64_t borrow = 0;
        for (int k = i; k < SUM_LIMBS; k++) {
            uint64_t sub = k == i ? lo : k == i + 1 ? hi : 0;
            uint64_t old = acc->limb[k];
            uint64_t t = old - sub;
            uint64_t b1 = t > old;
            uint64_t r = t - borrow;
            borrow = b1 | (r > t);
            acc->limb[k] = r;
            if (k > i && !borrow) break;
        }
    }
}

static void exact_add_double(ExactSum *acc, double x)
{
    uint64_t bits;
    memcpy(&bits, &x, sizeof bits);
    int e = (int)((bits >> 52) & 0x7ff);
    uint64_t m = bits & ((1ull << 52) - 1);
    if (e) m |= 1ull << 52;
    if (!m) return;                         /* +-0 adds nothing */
    /* x = m * 2^(max(e,1) - 1075) = m * 2^-1074 * 2^(max(e,1) - 1) */
    exact_add(acc, m, (e ? e : 1) - 1, bits >> 63);
}

static bool exact_bit(const ExactSum *acc, int i)
{
    return (acc->limb[i >> 6] >> (i & 63)) & 1;
}

/* Is any of bits [0, n) set? */
static bool exact_any_below(const ExactSum *acc, int n)
{
    int k = 0;
    for (; k < n >> 6; k++)
        if (acc->limb[k]) return true;
    return (n & 63) && (acc->limb[k] & ((1ull << (n & 63)) - 1));
}

/* The accumulator rounded once to a double (+0 for an exact zero). */
static double exact_round(ExactSum *acc)
{
    bool negative = acc->limb[SUM_LIMBS - 1] >> 63;
    if (negative) {                          /* magnitude: two's complement negation */
        uint64_t carry = 1;
        for (int k = 0; k < SUM_LIMBS; k++) {
            uint64_t r = ~acc->limb[k] + carry;
            carry = carry && r == 0;
            acc->limb[k] = r;
        }
    }
    int top = SUM_LIMBS - 1;
    while (top >= 0 && !acc->limb[top]) top--;
    if (top < 0) return 0.0;
    int h = top * 64 + 63 - __builtin_clzll(acc->limb[top]);   /* highest set bit */
    double r;
    if (h <= 52) {
        /* fewer than 54 significant bits at the bottom: exact (subnormal or
         * the smallest binade of normals) */
        r = ldexp((double)acc->limb[0], -1074);
    } else {
        int lo = h - 52;                     /* the kept 53 bits are [lo, h] */
        uint64_t mant = 0;
        for (int b = h; b >= lo; b--) mant = (mant << 1) | exact_bit(acc, b);
        bool half = exact_bit(acc, lo - 1), sticky = exact_any_below(acc, lo - 1);
        if (half && (sticky || (mant & 1))) mant++;
        /* mant may now be 2^53: still exact as a double, ldexp rescales */
        r = ldexp((double)mant, lo - 1074);  /* +-Infinity past DBL_MAX */
    }
    return negative ? -r : r;
}

/* Math.sumPrecise(items): IteratorStepValue over items; a non-Number (or the
 * 2^53rd value) throws after closing the iterator.  The state machine is the
 * spec's: minus-zero until a value other than -0, NaN and opposite
 * infinities are sticky, infinities win over finite sums. */
static JSValue math_sum_precise(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    JSValue items = bi_arg(args, argc, 0);
    if (val_is_nullish(items)) BI_RETURN(bi_throw_type(vm, "Math.sumPrecise requires an iterable"));
    JSValue iter = rt_get_iterator(vm, items);
    if (iter == VAL_EXCEPTION) BI_RETURN(iter);
    JSValue *hi = heap_handle(vm, iter);
    JSValue next = obj_get(vm, *hi, vm_atom(vm, ATOM_next));
    if (next == VAL_EXCEPTION) BI_RETURN(next);
    JSValue *hn = heap_handle(vm, next);
    enum { MINUS_ZERO, FINITE, PLUS_INF, MINUS_INF, NOT_A_NUMBER } state = MINUS_ZERO;
    ExactSum acc;
    memset(&acc, 0, sizeof acc);
    uint64_t count = 0;
    for (;;) {
        bool done = false;
        JSValue v = rt_iterator_step(vm, *hi, *hn, &done);
        if (v == VAL_EXCEPTION) BI_RETURN(v);
        if (done) break;
        if (++count >= (1ull << 53)) {
            err_throw_type(vm, RangeError, "Math.sumPrecise: too many values");
            goto close;
        }
        if (!val_is_number(v)) {
            char *d = bi_describe(vm, v);
            err_throw_type(vm, TypeError, "Math.sumPrecise: %s is not a number", d ? d : "value");
            free(d);
            goto close;
        }
        if (state == NOT_A_NUMBER) continue;
        double n = val_to_number(v);
        if (isnan(n)) state = NOT_A_NUMBER;
        else if (n == INFINITY) state = state == MINUS_INF ? NOT_A_NUMBER : PLUS_INF;
        else if (n == -INFINITY) state = state == PLUS_INF ? NOT_A_NUMBER : MINUS_INF;
        else if (!(n == 0 && signbit(n)) && (state == MINUS_ZERO || state == FINITE)) {
            state = FINITE;
            exact_add_double(&acc, n);
        }
    }
    switch (state) {
    case NOT_A_NUMBER: BI_RETURN(val_from_double(NAN));
    case PLUS_INF: BI_RETURN(val_from_double(INFINITY));
    case MINUS_INF: BI_RETURN(val_from_double(-INFINITY));
    case MINUS_ZERO: BI_RETURN(val_from_double(-0.0));
    case FINITE: BI_RETURN(val_number(exact_round(&acc)));
    }
    BI_RETURN(VAL_EXCEPTION);
close: {
    /* IteratorClose with a throw completion: return()'s outcome is ignored */
    JSValue *hx = heap_handle(vm, err_take(vm));
    rt_iterator_close_quiet(vm, *hi);
    BI_RETURN(err_throw_value(vm, *hx));
}
}

static const struct {
    const char *name;
    NativeFn fn;
    int length;
} functions[] = {
    { "abs", math_abs, 1 },     { "acos", math_acos, 1 },   { "acosh", math_acosh, 1 }, { "asin", math_asin, 1 },
    { "asinh", math_asinh, 1 }, { "atan", math_atan, 1 },   { "atanh", math_atanh, 1 }, { "atan2", math_atan2, 2 },
    { "cbrt", math_cbrt, 1 },   { "ceil", math_ceil, 1 },   { "clz32", math_clz32, 1 }, { "cos", math_cos, 1 },
    { "cosh", math_cosh, 1 },   { "exp", math_exp, 1 },     { "expm1", math_expm1, 1 }, { "floor", math_floor, 1 },
    { "fround", math_fround, 1 }, { "f16round", math_f16round, 1 }, { "hypot", math_hypot, 2 }, { "imul", math_imul, 2 }, { "log", math_log, 1 },
    { "log1p", math_log1p, 1 }, { "log10", math_log10, 1 }, { "log2", math_log2, 1 },   { "max", math_max, 2 },
    { "min", math_min, 2 },     { "pow", math_pow, 2 },     { "random", math_random, 0 }, { "round", math_round, 1 },
    { "sign", math_sign, 1 },   { "sin", math_sin, 1 },     { "sinh", math_sinh, 1 },   { "sqrt", math_sqrt, 1 },   { "sumPrecise", math_sum_precise, 1 },
    { "tan", math_tan, 1 },     { "tanh", math_tanh, 1 },   { "trunc", math_trunc, 1 },
};

static const struct {
    const char *name;
    double v;
} constants[] = {
    { "E", 2.718281828459045 },     { "LN10", 2.302585092994046 },    { "LN2", 0.6931471805599453 },
    { "LOG10E", 0.4342944819032518 }, { "LOG2E", 1.4426950408889634 }, { "PI", 3.141592653589793 },
    { "SQRT1_2", 0.7071067811865476 }, { "SQRT2", 1.4142135623730951 },
};

/* splitmix64: spreads the seed's entropy (vm.c seeds from the clock) */
static uint64_t splitmix64(uint64_t x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

bool bi_math_init(VM *vm)
{
    vm->random_state[0] = splitmix64(vm->random_state[0]);
    vm->random_state[1] = splitmix64(vm->random_state[1] ^ vm->random_state[0]);
    if (!(vm->random_state[0] | vm->random_state[1])) vm->random_state[1] = 1;   /* xorshift needs a non-zero state */
    HandleScope hs = heap_scope_open(vm);
    bool ok = false;
    JSValue m = obj_new(vm, vm_intrinsic(vm, INTR_ObjectPrototype));
    if (m == VAL_EXCEPTION) goto out;
    JSValue *hm = heap_handle(vm, m);
    for (size_t i = 0; i < sizeof functions / sizeof functions[0]; i++)
        if (realm_def_method(vm, *hm, functions[i].name, functions[i].fn, functions[i].length, 0) < 0) goto out;
    for (size_t i = 0; i < sizeof constants / sizeof constants[0]; i++)
        if (realm_def_value(vm, *hm, constants[i].name, val_from_double(constants[i].v), 0) < 0) goto out;
    JSValue tag = str_from_cstr(vm, "Math");
    if (tag == VAL_EXCEPTION ||
        obj_define_value(vm, *hm, vm_intrinsic(vm, INTR_SymbolToStringTag), tag, PROP_CONFIGURABLE) < 0)
        goto out;
    ok = realm_def_value(vm, vm->global, "Math", *hm, PROP_HIDDEN) == 0;
out:
    heap_scope_close(vm, hs);
    return ok;
}
