/*
 * math.c -- the Math object (prefix bi_math_): every function of ES2023
 * and the constants.  Math.random is xorshift128+ over vm->random_state
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
    { "sign", math_sign, 1 },   { "sin", math_sin, 1 },     { "sinh", math_sinh, 1 },   { "sqrt", math_sqrt, 1 },
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
