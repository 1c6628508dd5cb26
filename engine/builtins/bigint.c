/*
 * bigint.c -- the BigInt function and BigInt.prototype (prefix bi_bigint_).
 * The numbers themselves live in engine/bigint.c (bigint_ prefix).
 */
#include "bi_internal.h"

/* NumberToBigInt: RangeError unless d is an integer. */
static JSValue number_to_bigint(VM *vm, double d)
{
    if (!isfinite(d) || trunc(d) != d) {
        JSValue s = rt_number_to_string(vm, d, 10);
        if (s == VAL_EXCEPTION) return s;
        char *t = str_to_utf8(vm, s, NULL);
        JSValue r = err_throw_type(vm, RangeError, "The number %s cannot be converted to a BigInt because it is not an integer",
                                   t ? t : "?");
        free(t);
        return r;
    }
    return bigint_from_double(vm, d);
}

static JSValue bigint_ctor(VM *vm, JSValue *args, int argc, JSValue new_target)
{
    if (new_target != VAL_UNDEFINED) return bi_throw_type(vm, "BigInt is not a constructor");
    JSValue v = bi_arg(args, argc, 0);
    JSValue prim = rt_to_primitive(vm, v, HINT_NUMBER);
    if (prim == VAL_EXCEPTION) return prim;
    if (val_is_number(prim)) return number_to_bigint(vm, val_to_number(prim));
    return rt_to_bigint(vm, prim);
}

/* ToIndex for the bit widths of asIntN / asUintN. */
static bool to_bits(VM *vm, JSValue v, uint64_t *out)
{
    double d;
    if (!rt_to_integer_or_inf(vm, v, &d)) return false;
    if (d < 0 || d > 9007199254740991.0) {
        err_throw_type(vm, RangeError, "Invalid value: not (convertible to) a safe integer");
        return false;
    }
    *out = (uint64_t)d;
    return true;
}

static JSValue bigint_as_n_common(VM *vm, JSValue *args, int argc, bool is_signed)
{
    uint64_t bits;
    if (!to_bits(vm, bi_arg(args, argc, 0), &bits)) return VAL_EXCEPTION;
    JSValue b = rt_to_bigint(vm, bi_arg(args, argc, 1));
    if (b == VAL_EXCEPTION) return b;
    return bigint_as_n(vm, bits, b, is_signed);
}

static JSValue bigint_as_int_n(VM *vm, JSValue *args, int argc, JSValue nt)
{
    return bigint_as_n_common(vm, args, argc, true);
}

static JSValue bigint_as_uint_n(VM *vm, JSValue *args, int argc, JSValue nt)
{
    return bigint_as_n_common(vm, args, argc, false);
}

static bool this_bigint(VM *vm, JSValue *args, const char *method, JSValue *out)
{
    if (bi_this_primitive(args[-1], CLS_BIGINT, out)) return true;
    err_throw_type(vm, TypeError, "BigInt.prototype.%s requires that 'this' be a BigInt", method);
    return false;
}

static JSValue bigint_to_string_m(VM *vm, JSValue *args, int argc, JSValue nt)
{
    JSValue b;
    if (!this_bigint(vm, args, "toString", &b)) return VAL_EXCEPTION;
    double radix = 10;
    if (bi_arg(args, argc, 0) != VAL_UNDEFINED) {
        BI_SCOPE;
        JSValue *hb = heap_handle(vm, b);
        bool ok = rt_to_integer_or_inf(vm, args[0], &radix);
        b = *hb;
        heap_scope_close(vm, hs_);
        if (!ok) return VAL_EXCEPTION;
        if (radix < 2 || radix > 36) return err_throw_type(vm, RangeError, "toString() radix argument must be between 2 and 36");
    }
    return bigint_to_string(vm, b, (int)radix);
}

/* en-US: the decimal digits grouped by thousands. */
static JSValue bigint_to_locale_string(VM *vm, JSValue *args, int argc, JSValue nt)
{
    JSValue b;
    if (!this_bigint(vm, args, "toLocaleString", &b)) return VAL_EXCEPTION;
    char *s = bigint_to_cstr(b, 10);
    if (!s) return err_throw(vm, ERRMSG_OUT_OF_MEMORY);
    size_t n = strlen(s), sign = s[0] == '-', digits = n - sign;
    char *out = malloc(n + digits / 3 + 1);
    if (!out) {
        free(s);
        return err_throw(vm, ERRMSG_OUT_OF_MEMORY);
    }
    size_t k = 0;
    if (sign) out[k++] = '-';
    for (size_t i = 0; i < digits; i++) {
        if (i && (digits - i) % 3 == 0) out[k++] = ',';
        out[k++] = s[sign + i];
    }
    JSValue r = str_from_latin1(vm, (const uint8_t *)out, k);
    free(out);
    free(s);
    return r;
}

static JSValue bigint_value_of(VM *vm, JSValue *args, int argc, JSValue nt)
{
    JSValue b;
    if (!this_bigint(vm, args, "valueOf", &b)) return VAL_EXCEPTION;
    return b;
}

bool bi_bigint_init(VM *vm)
{
    HandleScope hs = heap_scope_open(vm);
    bool ok = false;
    JSValue p = obj_new(vm, vm_intrinsic(vm, INTR_ObjectPrototype));
    if (p == VAL_EXCEPTION) goto out;
    vm->intrinsics[INTR_BigIntPrototype] = p;
    JSValue *proto = heap_handle(vm, p);
    JSValue ctor = realm_def_class(vm, "BigInt", bigint_ctor, 1, *proto);
    if (ctor == VAL_EXCEPTION) goto out;
    JSValue *c = heap_handle(vm, ctor);
    if (realm_def_method(vm, *c, "asIntN", bigint_as_int_n, 2, 0) < 0 ||
        realm_def_method(vm, *c, "asUintN", bigint_as_uint_n, 2, 0) < 0 ||
        realm_def_method(vm, *proto, "toString", bigint_to_string_m, 0, 0) < 0 ||
        realm_def_method(vm, *proto, "toLocaleString", bigint_to_locale_string, 0, 0) < 0 ||
        realm_def_method(vm, *proto, "valueOf", bigint_value_of, 0, 0) < 0)
        goto out;
    JSValue tag = str_from_cstr(vm, "BigInt");
    if (tag == VAL_EXCEPTION ||
        obj_define_value(vm, *proto, vm_intrinsic(vm, INTR_SymbolToStringTag), tag, PROP_CONFIGURABLE) < 0)
        goto out;
    ok = true;
out:
    heap_scope_close(vm, hs);
    return ok;
}
