/*
 * number.c -- the Number constructor, its constants and predicates,
 * parseInt / parseFloat (shared with the global object) and
 * Number.prototype (prefix bi_number_).  Digit generation is numconv.c.
 */
#include "bi_internal.h"
#include "numconv.h"

static JSValue number_ctor(VM *vm, JSValue *args, int argc, JSValue new_target)
{
    BI_SCOPE;
    JSValue *nt = heap_handle(vm, new_target);
    JSValue n = val_from_int(0);
    if (argc > 0) {
        n = rt_to_numeric(vm, args[0]);
        if (n == VAL_EXCEPTION) BI_RETURN(n);
        if (val_is_bigint(n)) n = val_number(bigint_to_double(n));
    }
    if (*nt == VAL_UNDEFINED) BI_RETURN(n);
    JSValue *hn = heap_handle(vm, n);
    JSValue proto = bi_proto_from_ctor(vm, *nt, INTR_NumberPrototype);
    if (proto == VAL_EXCEPTION) BI_RETURN(proto);
    BI_RETURN(bi_new_wrapper(vm, proto, CLS_NUMBER, *hn));
}

/* ---- predicates (no coercion) ------------------------------------------------- */

static JSValue number_is_finite(VM *vm, JSValue *args, int argc, JSValue nt)
{
    JSValue v = bi_arg(args, argc, 0);
    return val_from_bool(val_is_number(v) && isfinite(val_to_number(v)));
}

static bool is_integral(JSValue v)
{
    if (!val_is_number(v)) return false;
    double d = val_to_number(v);
    return isfinite(d) && trunc(d) == d;
}

static JSValue number_is_integer(VM *vm, JSValue *args, int argc, JSValue nt)
{
    return val_from_bool(is_integral(bi_arg(args, argc, 0)));
}

static JSValue number_is_nan(VM *vm, JSValue *args, int argc, JSValue nt)
{
    JSValue v = bi_arg(args, argc, 0);
    return val_from_bool(val_is_number(v) && isnan(val_to_number(v)));
}

static JSValue number_is_safe_integer(VM *vm, JSValue *args, int argc, JSValue nt)
{
    JSValue v = bi_arg(args, argc, 0);
    return val_from_bool(is_integral(v) && fabs(val_to_number(v)) <= 9007199254740991.0);
}

/* ---- parseInt / parseFloat ------------------------------------------------------ */

JSValue bi_parse_int(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    JSValue s = rt_to_string(vm, bi_arg(args, argc, 0));
    if (s == VAL_EXCEPTION) BI_RETURN(s);
    JSValue *hs = heap_handle(vm, s);
    int32_t radix = 0;
    if (!rt_to_int32(vm, bi_arg(args, argc, 1), &radix)) BI_RETURN(VAL_EXCEPTION);
    if (radix != 0 && (radix < 2 || radix > 36)) BI_RETURN(val_from_double(NAN));
    JSString *fs = str_flatten(vm, *hs);
    if (!fs) BI_RETURN(VAL_EXCEPTION);
    BI_RETURN(val_number(num_parse_int(fs, radix)));
}

JSValue bi_parse_float(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    JSValue s = rt_to_string(vm, bi_arg(args, argc, 0));
    if (s == VAL_EXCEPTION) BI_RETURN(s);
    JSString *fs = str_flatten(vm, s);
    if (!fs) BI_RETURN(VAL_EXCEPTION);
    BI_RETURN(val_number(num_parse_float(fs)));
}

/* ---- Number.prototype ------------------------------------------------------------ */

static bool this_number(VM *vm, JSValue *args, const char *method, double *out)
{
    JSValue v;
    if (!bi_this_primitive(args[-1], CLS_NUMBER, &v)) {
        err_throw_type(vm, TypeError, "Number.prototype.%s requires that 'this' be a Number", method);
        return false;
    }
    *out = val_to_number(v);
    return true;
}

static JSValue owned_cstr(VM *vm, char *s)
{
    if (!s) return err_throw(vm, ERRMSG_OUT_OF_MEMORY);
    JSValue r = str_from_cstr(vm, s);
    free(s);
    return r;
}

static JSValue number_to_string(VM *vm, JSValue *args, int argc, JSValue nt)
{
    double x, radix = 10;
    if (!this_number(vm, args, "toString", &x)) return VAL_EXCEPTION;
    if (bi_arg(args, argc, 0) != VAL_UNDEFINED) {
        if (!rt_to_integer_or_inf(vm, args[0], &radix)) return VAL_EXCEPTION;
        if (radix < 2 || radix > 36) return err_throw_type(vm, RangeError, "toString() radix argument must be between 2 and 36");
    }
    return rt_number_to_string(vm, x, (int)radix);
}

static JSValue number_to_locale_string(VM *vm, JSValue *args, int argc, JSValue nt)
{
    double x;
    if (!this_number(vm, args, "toLocaleString", &x)) return VAL_EXCEPTION;
    if (isnan(x)) return str_from_cstr(vm, "NaN");
    if (isinf(x)) return str_from_utf8(vm, x < 0 ? "-\xe2\x88\x9e" : "\xe2\x88\x9e", x < 0 ? 4 : 3);
    /* en-US: grouped integer part, at most three fraction digits */
    char *fixed;
    if (fabs(x) >= 1e21) {
        /* shortest digits, written out in full: 1e+21 -> 1000000000000000000000 */
        char tmp[NUM_BUF_SIZE], digits[NUM_BUF_SIZE];
        num_to_cstr(fabs(x), tmp);
        char *e = strchr(tmp, 'e');
        int exp = e ? atoi(e + 1) : 0, nd = 0;
        for (char *p = tmp; *p && *p != 'e'; p++)
            if (*p >= '0' && *p <= '9') digits[nd++] = *p;
        fixed = malloc((size_t)exp + nd + 2);
        if (!fixed) return err_throw(vm, ERRMSG_OUT_OF_MEMORY);
        int n = 0;
        for (int i = 0; i <= exp; i++) fixed[n++] = i < nd ? digits[i] : '0';
        fixed[n] = '\0';
    } else {
        fixed = num_to_fixed(fabs(x), 3);
    }
    if (!fixed) return err_throw(vm, ERRMSG_OUT_OF_MEMORY);
    char *dot = strchr(fixed, '.');
    size_t ilen = dot ? (size_t)(dot - fixed) : strlen(fixed);
    if (dot) {
        char *end = fixed + strlen(fixed);
        while (end > dot + 1 && end[-1] == '0') *--end = '\0';
        if (end == dot + 1) *dot = '\0';
    }
    size_t n = strlen(fixed);
    char *out = malloc(n + n / 3 + 3);
    if (!out) {
        free(fixed);
        return err_throw(vm, ERRMSG_OUT_OF_MEMORY);
    }
    size_t o = 0;
    bool negative = signbit(x);   /* Intl keeps the sign of -0 and of negatives rounding to 0 */
    if (negative) out[o++] = '-';
    for (size_t i = 0; i < ilen; i++) {
        if (i > 0 && (ilen - i) % 3 == 0) out[o++] = ',';
        out[o++] = fixed[i];
    }
    strcpy(out + o, fixed + ilen);
    free(fixed);
    return owned_cstr(vm, out);
}

static JSValue number_value_of(VM *vm, JSValue *args, int argc, JSValue nt)
{
    double x;
    if (!this_number(vm, args, "valueOf", &x)) return VAL_EXCEPTION;
    JSValue v;
    bi_this_primitive(args[-1], CLS_NUMBER, &v);
    return v;
}

static JSValue number_to_fixed(VM *vm, JSValue *args, int argc, JSValue nt)
{
    double x, f;
    if (!this_number(vm, args, "toFixed", &x)) return VAL_EXCEPTION;
    if (!rt_to_integer_or_inf(vm, bi_arg(args, argc, 0), &f)) return VAL_EXCEPTION;
    if (!isfinite(f) || f < 0 || f > 100)
        return err_throw_type(vm, RangeError, "toFixed() digits argument must be between 0 and 100");
    if (!isfinite(x) || fabs(x) >= 1e21) return rt_number_to_string(vm, x, 10);
    return owned_cstr(vm, num_to_fixed(x, (int)f));
}

static JSValue number_to_exponential(VM *vm, JSValue *args, int argc, JSValue nt)
{
    double x, f = 0;
    if (!this_number(vm, args, "toExponential", &x)) return VAL_EXCEPTION;
    JSValue fd = bi_arg(args, argc, 0);
    if (!rt_to_integer_or_inf(vm, fd, &f)) return VAL_EXCEPTION;
    if (!isfinite(x)) return rt_number_to_string(vm, x, 10);
    if (!isfinite(f) || f < 0 || f > 100)
        return err_throw_type(vm, RangeError, "toExponential() argument must be between 0 and 100");
    return owned_cstr(vm, num_to_exponential(x, fd == VAL_UNDEFINED ? -1 : (int)f));
}

static JSValue number_to_precision(VM *vm, JSValue *args, int argc, JSValue nt)
{
    double x, p;
    if (!this_number(vm, args, "toPrecision", &x)) return VAL_EXCEPTION;
    if (bi_arg(args, argc, 0) == VAL_UNDEFINED) return rt_number_to_string(vm, x, 10);
    if (!rt_to_integer_or_inf(vm, args[0], &p)) return VAL_EXCEPTION;
    if (!isfinite(x)) return rt_number_to_string(vm, x, 10);
    if (!isfinite(p) || p < 1 || p > 100)
        return err_throw_type(vm, RangeError, "toPrecision() argument must be between 1 and 100");
    return owned_cstr(vm, num_to_precision(x, (int)p));
}

/* ---- init --------------------------------------------------------------------------- */

bool bi_number_init(VM *vm)
{
    HandleScope hs = heap_scope_open(vm);
    bool ok = false;
    JSValue p = bi_new_wrapper(vm, vm_intrinsic(vm, INTR_ObjectPrototype), CLS_NUMBER, val_from_int(0));
    if (p == VAL_EXCEPTION) goto out;
    vm->intrinsics[INTR_NumberPrototype] = p;
    JSValue *proto = heap_handle(vm, p);
    JSValue ctor = realm_def_class(vm, "Number", number_ctor, 1, *proto);
    if (ctor == VAL_EXCEPTION) goto out;
    JSValue *c = heap_handle(vm, ctor);
    static const struct {
        const char *name;
        double v;
    } consts[] = {
        { "EPSILON", 2.220446049250313e-16 },
        { "MAX_SAFE_INTEGER", 9007199254740991.0 },
        { "MIN_SAFE_INTEGER", -9007199254740991.0 },
        { "MAX_VALUE", 1.7976931348623157e308 },
        { "MIN_VALUE", 5e-324 },
        { "NaN", NAN },
        { "POSITIVE_INFINITY", INFINITY },
        { "NEGATIVE_INFINITY", -INFINITY },
    };
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++)
        if (realm_def_value(vm, *c, consts[i].name, val_number(consts[i].v), 0) < 0) goto out;
    if (realm_def_method(vm, *c, "isFinite", number_is_finite, 1, 0) < 0 ||
        realm_def_method(vm, *c, "isInteger", number_is_integer, 1, 0) < 0 ||
        realm_def_method(vm, *c, "isNaN", number_is_nan, 1, 0) < 0 ||
        realm_def_method(vm, *c, "isSafeInteger", number_is_safe_integer, 1, 0) < 0)
        goto out;
    /* Number.parseInt === parseInt, Number.parseFloat === parseFloat */
    JSValue pi = fn_new_native(vm, "parseInt", bi_parse_int, 2, 0);
    if (pi == VAL_EXCEPTION) goto out;
    JSValue *hpi = heap_handle(vm, pi);
    JSValue pf = fn_new_native(vm, "parseFloat", bi_parse_float, 1, 0);
    if (pf == VAL_EXCEPTION) goto out;
    JSValue *hpf = heap_handle(vm, pf);
    if (realm_def_value(vm, *c, "parseInt", *hpi, PROP_HIDDEN) < 0 ||
        realm_def_value(vm, *c, "parseFloat", *hpf, PROP_HIDDEN) < 0 ||
        realm_def_value(vm, vm->global, "parseInt", *hpi, PROP_HIDDEN) < 0 ||
        realm_def_value(vm, vm->global, "parseFloat", *hpf, PROP_HIDDEN) < 0)
        goto out;
    if (realm_def_method(vm, *proto, "toString", number_to_string, 1, 0) < 0 ||
        realm_def_method(vm, *proto, "toLocaleString", number_to_locale_string, 0, 0) < 0 ||
        realm_def_method(vm, *proto, "valueOf", number_value_of, 0, 0) < 0 ||
        realm_def_method(vm, *proto, "toFixed", number_to_fixed, 1, 0) < 0 ||
        realm_def_method(vm, *proto, "toExponential", number_to_exponential, 1, 0) < 0 ||
        realm_def_method(vm, *proto, "toPrecision", number_to_precision, 1, 0) < 0)
        goto out;
    ok = true;
out:
    heap_scope_close(vm, hs);
    return ok;
}
