/*
 * runtime.c -- the language operations every tier shares (prefix rt_):
 * type conversions (ToPrimitive, ToNumber, ToString, ToObject,
 * ToPropertyKey), the generic paths of the operators, equality and
 * relational comparison, instanceof / in, property access on any value
 * (primitives go through their prototype) and the iteration protocol.
 *
 * Every function here may run JS (valueOf, getters, Symbol.iterator) and
 * therefore allocate and move every cell: values kept across such calls
 * live in handles.  Fast paths for int32 / double / flat-string operands
 * come first and never allocate.
 */
#include <math.h>
#include <stdlib.h>
#include "runtime.h"
#include "allocsite.h"
#include "array.h"
#include "bigint.h"
#include "error.h"
#include "function.h"
#include "numconv.h"
#include "proxy.h"
#include "str.h"

/* ====================================================================== */
/* small helpers                                                           */
/* ====================================================================== */

#define INT_KEY_MAX 2147483646

static JSValue throw_described(VM *vm, ErrorMsg msg, JSValue v)
{
    char *d = err_describe(vm, v);
    JSValue r = err_throw(vm, msg, d ? d : "?");
    free(d);
    return r;
}

static JSValue throw_described2(VM *vm, ErrorMsg msg, JSValue a, JSValue b)
{
    char *da = err_describe(vm, a);
    char *db = err_describe(vm, b);
    JSValue r = err_throw(vm, msg, da ? da : "?", db ? db : "?");
    free(da);
    free(db);
    return r;
}

/* The prototype used for property lookups on a primitive (not nullish). */
static JSValue primitive_proto(VM *vm, JSValue v)
{
    if (val_is_number(v)) return vm_intrinsic(vm, INTR_NumberPrototype);
    if (val_is_string(v)) return vm_intrinsic(vm, INTR_StringPrototype);
    if (val_is_bool(v)) return vm_intrinsic(vm, INTR_BooleanPrototype);
    if (val_is_symbol(v)) return vm_intrinsic(vm, INTR_SymbolPrototype);
    if (val_is_bigint(v)) return vm_intrinsic(vm, INTR_BigIntPrototype);
    return VAL_UNDEFINED;
}

/* ToInt32: truncate, then modulo 2^32. */
static int32_t double_to_int32(double d)
{
    if (d >= -2147483648.0 && d <= 2147483647.0) return (int32_t)d;   /* truncates; NaN fails the test */
    if (d > -9.2e18 && d < 9.2e18) return (int32_t)(uint32_t)(uint64_t)(int64_t)d;
    if (!isfinite(d)) return 0;
    /* |d| >= 2^63: d = mant * 2^e with e >= 11; only e < 32 leaves low bits */
    uint64_t bits;
    memcpy(&bits, &d, sizeof bits);
    int e = (int)((bits >> 52) & 0x7ff) - 1075;
    if (e >= 32) return 0;
    uint64_t mant = (bits & ((1ull << 52) - 1)) | (1ull << 52);
    uint32_t r = (uint32_t)(mant << e);
    return (int32_t)(d < 0 ? (uint32_t)0 - r : r);
}

/* ====================================================================== */
/* conversions                                                             */
/* ====================================================================== */

bool rt_to_boolean(JSValue v)
{
    if (val_is_int(v)) return val_int(v) != 0;
    if (val_is_double(v)) {
        double d = val_double(v);
        return d == d && d != 0;
    }
    if (val_is_cell(v)) {
        Cell *c = val_cell(v);
        if (cell_kind(c) == CELL_STRING) return ((JSString *)c)->length != 0;
        if (cell_kind(c) == CELL_ROPE) return ((JSRope *)c)->length != 0;
        if (cell_kind(c) == CELL_BIGINT) return ((JSBigInt *)c)->len != 0;
        return true;
    }
    return v == VAL_TRUE;
}

bool rt_is_callable(JSValue v) { return val_is_function(v) || proxy_is_callable(v); }

bool rt_is_constructor(JSValue v)
{
    return val_is_object(v) && (val_obj(v)->cls == CLS_FUNCTION || val_obj(v)->cls == CLS_PROXY) &&
           (val_obj(v)->flags & OBJ_IS_CONSTRUCTOR);
}

JSValue rt_get_method(VM *vm, JSValue v, JSValue key)
{
    JSValue f = rt_get(vm, v, key);
    if (f == VAL_EXCEPTION || val_is_nullish(f)) return f == VAL_EXCEPTION ? f : VAL_UNDEFINED;
    if (!rt_is_callable(f)) return throw_described(vm, ERRMSG_NOT_FUNCTION, f);
    return f;
}

JSValue rt_to_primitive(VM *vm, JSValue v, PrimitiveHint hint)
{
    if (!val_is_object(v)) return v;
    HandleScope hs = heap_scope_open(vm);
    JSValue *hv = heap_handle(vm, v);
    JSValue r;
    JSValue sym = vm_intrinsic(vm, INTR_SymbolToPrimitive);
    if (val_is_symbol(sym)) {
        JSValue ex = rt_get_method(vm, *hv, sym);
        if (ex == VAL_EXCEPTION) { r = ex; goto done; }
        if (!val_is_undefined(ex)) {
            AtomId h = hint == HINT_STRING ? ATOM_string : hint == HINT_NUMBER ? ATOM_number : ATOM_default_;
            JSValue arg = vm_atom(vm, h);
            r = vm_call(vm, ex, *hv, 1, &arg);
            if (r != VAL_EXCEPTION && val_is_object(r)) r = err_throw(vm, ERRMSG_TO_PRIMITIVE);
            goto done;
        }
    }
    /* OrdinaryToPrimitive */
    AtomId order[2] = { ATOM_valueOf, ATOM_toString };
    if (hint == HINT_STRING) { order[0] = ATOM_toString; order[1] = ATOM_valueOf; }
    for (int i = 0; i < 2; i++) {
        JSValue m = obj_get(vm, *hv, vm_atom(vm, order[i]));
        if (m == VAL_EXCEPTION) { r = m; goto done; }
        if (rt_is_callable(m)) {
            r = vm_call(vm, m, *hv, 0, NULL);
            if (r == VAL_EXCEPTION || !val_is_object(r)) goto done;
        }
    }
    r = err_throw(vm, ERRMSG_TO_PRIMITIVE);
done:
    heap_scope_close(vm, hs);
    return r;
}

double rt_string_to_number(VM *vm, JSValue str)
{
    JSString *s = str_flatten(vm, str);
    if (!s) {
        err_take(vm);   /* OOM while flattening: treat as not a number */
        return NAN;
    }
    /* fast path: short decimal integers */
    uint32_t n = s->length;
    if (n > 0 && n <= 9 && !str_is_16bit(s)) {
        int32_t v = 0;
        uint32_t i = 0;
        for (; i < n; i++) {
            uint8_t c = s->data[i];
            if (c < '0' || c > '9') break;
            v = v * 10 + (c - '0');
        }
        if (i == n) return (double)v;
    }
    return num_string_to_number(s);
}

JSValue rt_to_number(VM *vm, JSValue v)
{
    for (;;) {
        if (val_is_number(v)) return v;
        if (v == VAL_UNDEFINED) return val_from_double(NAN);
        if (v == VAL_NULL || v == VAL_FALSE) return val_from_int(0);
        if (v == VAL_TRUE) return val_from_int(1);
        if (val_is_string(v)) return val_number(rt_string_to_number(vm, v));
        if (val_is_symbol(v)) return err_throw(vm, ERRMSG_SYMBOL_TO_NUMBER);
        if (val_is_bigint(v)) return err_throw(vm, ERRMSG_BIGINT_TO_NUMBER);
        if (val_is_object(v)) {
            v = rt_to_primitive(vm, v, HINT_NUMBER);
            if (v == VAL_EXCEPTION) return v;
            continue;
        }
        return val_from_double(NAN);
    }
}

JSValue rt_to_numeric(VM *vm, JSValue v)
{
    if (val_is_number(v)) return v;
    if (val_is_object(v)) {
        v = rt_to_primitive(vm, v, HINT_NUMBER);
        if (v == VAL_EXCEPTION) return v;
    }
    if (val_is_bigint(v)) return v;
    return rt_to_number(vm, v);
}

JSValue rt_to_bigint(VM *vm, JSValue v)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *hv = heap_handle(vm, v);
    JSValue r = rt_to_primitive(vm, *hv, HINT_NUMBER);
    if (r == VAL_EXCEPTION) goto done;
    *hv = r;
    if (val_is_bigint(r)) goto done;
    if (r == VAL_TRUE || r == VAL_FALSE) {
        r = bigint_from_uint64(vm, r == VAL_TRUE);
    } else if (val_is_string(r)) {
        r = bigint_from_string(vm, r);
        if (r == VAL_UNDEFINED) r = throw_described(vm, ERRMSG_TO_BIGINT_SYNTAX, *hv);
    } else {
        r = throw_described(vm, ERRMSG_TO_BIGINT, r);
    }
done:
    heap_scope_close(vm, hs);
    return r;
}

bool rt_to_double(VM *vm, JSValue v, double *out)
{
    if (val_is_int(v)) { *out = val_int(v); return true; }
    if (val_is_double(v)) { *out = val_double(v); return true; }
    JSValue n = rt_to_number(vm, v);
    if (n == VAL_EXCEPTION) return false;
    *out = val_to_number(n);
    return true;
}

bool rt_to_int32(VM *vm, JSValue v, int32_t *out)
{
    if (val_is_int(v)) { *out = val_int(v); return true; }
    double d;
    if (!rt_to_double(vm, v, &d)) return false;
    *out = double_to_int32(d);
    return true;
}

bool rt_to_uint32(VM *vm, JSValue v, uint32_t *out)
{
    int32_t i;
    if (!rt_to_int32(vm, v, &i)) return false;
    *out = (uint32_t)i;
    return true;
}

bool rt_to_integer_or_inf(VM *vm, JSValue v, double *out)
{
    if (val_is_int(v)) { *out = val_int(v); return true; }
    double d;
    if (!rt_to_double(vm, v, &d)) return false;
    if (d != d || d == 0) d = 0;
    else if (isfinite(d)) d = trunc(d);
    *out = d + 0.0;   /* -0 -> +0 */
    return true;
}

bool rt_to_length(VM *vm, JSValue v, double *out)
{
    double d;
    if (!rt_to_integer_or_inf(vm, v, &d)) return false;
    if (d <= 0) d = 0;
    else if (d > 9007199254740991.0) d = 9007199254740991.0;
    *out = d;
    return true;
}

JSValue rt_number_to_string(VM *vm, double d, int radix)
{
    if (radix == 10 || radix < 2 || radix > 36) {
        if (d >= 0 && d < 10 && d == (double)(int)d)   /* also -0 -> "0" */
            return str_from_unit(vm, (uint16_t)('0' + (int)d));
        char buf[NUM_BUF_SIZE];
        int n = num_to_cstr(d, buf);
        return str_from_latin1(vm, (const uint8_t *)buf, (size_t)n);
    }
    char *s = num_to_radix(d, radix);
    if (!s) return err_throw(vm, ERRMSG_OUT_OF_MEMORY);
    JSValue r = str_from_latin1(vm, (const uint8_t *)s, strlen(s));
    free(s);
    return r;
}

JSValue rt_to_string(VM *vm, JSValue v)
{
    for (;;) {
        if (val_is_string(v)) return v;
        if (val_is_int(v)) {
            int32_t i = val_int(v);
            if (i >= 0 && i < 10) return str_from_unit(vm, (uint16_t)('0' + i));
            char buf[16];
            int n = num_int_to_cstr(i, buf);
            return str_from_latin1(vm, (const uint8_t *)buf, (size_t)n);
        }
        if (val_is_double(v)) return rt_number_to_string(vm, val_double(v), 10);
        if (v == VAL_UNDEFINED) return vm_atom(vm, ATOM_undefined);
        if (v == VAL_NULL) return vm_atom(vm, ATOM_null);
        if (v == VAL_TRUE) return vm_atom(vm, ATOM_true_);
        if (v == VAL_FALSE) return vm_atom(vm, ATOM_false_);
        if (val_is_symbol(v)) return err_throw(vm, ERRMSG_SYMBOL_TO_STRING);
        if (val_is_bigint(v)) return bigint_to_string(vm, v, 10);
        if (val_is_object(v)) {
            v = rt_to_primitive(vm, v, HINT_STRING);
            if (v == VAL_EXCEPTION) return v;
            continue;
        }
        return vm_atom(vm, ATOM_undefined);
    }
}

static JSValue new_wrapper(VM *vm, JSValue v, IntrinsicId proto_id, ObjClass cls)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *hv = heap_handle(vm, v);
    JSValue o = obj_new_class(vm, vm_intrinsic(vm, proto_id), cls, sizeof(JSWrapper));
    if (o != VAL_EXCEPTION) {
        JSWrapper *w = (JSWrapper *)val_obj(o);
        heap_store(&vm->heap, &w->obj.hdr, &w->internal, *hv);
    }
    heap_scope_close(vm, hs);
    return o;
}

JSValue rt_to_object(VM *vm, JSValue v)
{
    if (val_is_object(v)) return v;
    if (val_is_nullish(v)) return err_throw(vm, ERRMSG_NULL_TO_OBJECT);
    if (val_is_number(v)) return new_wrapper(vm, v, INTR_NumberPrototype, CLS_NUMBER);
    if (val_is_string(v)) return new_wrapper(vm, v, INTR_StringPrototype, CLS_STRING);
    if (val_is_bool(v)) return new_wrapper(vm, v, INTR_BooleanPrototype, CLS_BOOLEAN);
    if (val_is_symbol(v)) return new_wrapper(vm, v, INTR_SymbolPrototype, CLS_SYMBOL);
    if (val_is_bigint(v)) return new_wrapper(vm, v, INTR_BigIntPrototype, CLS_BIGINT);
    return err_throw(vm, ERRMSG_NULL_TO_OBJECT);
}

JSValue rt_to_property_key(VM *vm, JSValue v)
{
    if (val_is_int(v) && val_int(v) >= 0 && val_int(v) <= INT_KEY_MAX) return v;
    if (val_is_object(v)) {
        v = rt_to_primitive(vm, v, HINT_STRING);
        if (v == VAL_EXCEPTION) return v;
    }
    return atom_to_key(vm, v);
}

JSValue rt_typeof(VM *vm, JSValue v)
{
    AtomId a;
    if (val_is_number(v)) a = ATOM_number;
    else if (v == VAL_UNDEFINED) a = ATOM_undefined;
    else if (v == VAL_NULL) a = ATOM_object;
    else if (val_is_bool(v)) a = ATOM_boolean;
    else if (val_is_string(v)) a = ATOM_string;
    else if (val_is_symbol(v)) a = ATOM_symbol;
    else if (val_is_bigint(v)) a = ATOM_bigint;
    else if (rt_is_callable(v)) a = ATOM_function;
    else a = ATOM_object;
    return vm_atom(vm, a);
}

/* ====================================================================== */
/* operators                                                               */
/* ====================================================================== */

/* The BigInt side of a binary operator on primitives a, b (at least one a
 * BigInt, neither a string for +): ToNumeric both, left first; a BigInt
 * with a Number is a TypeError. */
static JSValue numeric_binary(VM *vm, BinOp op, JSValue a, JSValue b)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *ha = heap_handle(vm, a), *hb = heap_handle(vm, b);
    JSValue r = rt_to_numeric(vm, *ha);
    if (r == VAL_EXCEPTION) goto done;
    *ha = r;
    r = rt_to_numeric(vm, *hb);
    if (r == VAL_EXCEPTION) goto done;
    *hb = r;
    if (val_is_bigint(*ha) && val_is_bigint(*hb)) r = bigint_binary(vm, op, *ha, *hb);
    else if (val_is_bigint(*ha) || val_is_bigint(*hb)) r = err_throw(vm, ERRMSG_BIGINT_MIX);
    else r = rt_binary(vm, op, *ha, *hb);
done:
    heap_scope_close(vm, hs);
    return r;
}

/* The string concatenation of an ADD at allocation site `site` (allocsite.h;
 * NULL: none): only the result is the site's cell, not the conversions. */
static JSValue concat_at(VM *vm, JSValue a, JSValue b, const void *site)
{
    if (!site) return str_concat(vm, a, b);
    AllocSite *s;
    bool pre = site_enter(&vm->heap, site, &s);
    JSValue r = str_concat(vm, a, b);
    site_leave(&vm->heap, s, pre, r);
    return r;
}

JSValue rt_add(VM *vm, JSValue a, JSValue b) { return rt_add_at(vm, a, b, NULL); }

JSValue rt_add_at(VM *vm, JSValue a, JSValue b, const void *site)
{
    if (val_is_int(a) && val_is_int(b)) {
        int64_t s = (int64_t)val_int(a) + val_int(b);
        if (s >= INT32_MIN && s <= INT32_MAX) return val_from_int((int32_t)s);
        return val_from_double((double)s);
    }
    if (val_is_number(a) && val_is_number(b)) return val_number(val_to_number(a) + val_to_number(b));
    if (val_is_string(a) && val_is_string(b)) return concat_at(vm, a, b, site);

    HandleScope hs = heap_scope_open(vm);
    JSValue *ha = heap_handle(vm, a), *hb = heap_handle(vm, b);
    JSValue r = VAL_EXCEPTION;
    JSValue p = rt_to_primitive(vm, *ha, HINT_DEFAULT);
    if (p == VAL_EXCEPTION) goto done;
    *ha = p;
    p = rt_to_primitive(vm, *hb, HINT_DEFAULT);
    if (p == VAL_EXCEPTION) goto done;
    *hb = p;
    if (val_is_string(*ha) || val_is_string(*hb)) {
        JSValue s = rt_to_string(vm, *ha);
        if (s == VAL_EXCEPTION) goto done;
        *ha = s;
        s = rt_to_string(vm, *hb);
        if (s == VAL_EXCEPTION) goto done;
        r = concat_at(vm, *ha, s, site);
    } else if (val_is_bigint(*ha) || val_is_bigint(*hb)) {
        r = numeric_binary(vm, BIN_ADD, *ha, *hb);
    } else {
        double x, y;
        if (!rt_to_double(vm, *ha, &x) || !rt_to_double(vm, *hb, &y)) goto done;
        r = val_number(x + y);
    }
done:
    heap_scope_close(vm, hs);
    return r;
}

static double js_pow(double x, double y)
{
    if (y != y) return NAN;
    if (y == 0) return 1;
    if ((x == 1 || x == -1) && isinf(y)) return NAN;
    return pow(x, y);
}

static JSValue int_mod(int32_t a, int32_t b)
{
    if (b == -1) return a < 0 && a % 2 == 0 ? val_from_double(-0.0) : val_from_int(0);
    int32_t r = a % b;
    if (r == 0 && a < 0) return val_from_double(-0.0);
    return val_from_int(r);
}

JSValue rt_binary(VM *vm, BinOp op, JSValue a, JSValue b)
{
    if (op == BIN_ADD) return rt_add(vm, a, b);
    if (val_is_int(a) && val_is_int(b)) {
        int32_t x = val_int(a), y = val_int(b);
        switch (op) {
        case BIN_AND: return val_from_int(x & y);
        case BIN_OR: return val_from_int(x | y);
        case BIN_XOR: return val_from_int(x ^ y);
        case BIN_SHL: return val_from_int((int32_t)((uint32_t)x << (y & 31)));
        case BIN_SHR: return val_from_int(x >> (y & 31));
        case BIN_USHR: return val_number((double)((uint32_t)x >> (y & 31)));
        case BIN_SUB: {
            int64_t r = (int64_t)x - y;
            if (r >= INT32_MIN && r <= INT32_MAX) return val_from_int((int32_t)r);
            return val_from_double((double)r);
        }
        case BIN_MUL: {
            int64_t r = (int64_t)x * y;
            if (r == 0 && (x < 0 || y < 0)) return val_from_double(-0.0);
            if (r >= INT32_MIN && r <= INT32_MAX) return val_from_int((int32_t)r);
            return val_from_double((double)r);
        }
        case BIN_MOD:
            if (y != 0 && x >= 0 && y > 0) return val_from_int(x % y);
            if (y != 0) return int_mod(x, y);
            break;
        case BIN_ADD: case BIN_DIV: case BIN_EXP:
            break;
        }
    }
    if (!val_is_number(a) || !val_is_number(b)) return numeric_binary(vm, op, a, b);
    double x = val_to_number(a), y = val_to_number(b);
    switch (op) {
    case BIN_ADD: return val_number(x + y);
    case BIN_SUB: return val_number(x - y);
    case BIN_MUL: return val_number(x * y);
    case BIN_DIV: return val_number(x / y);
    case BIN_MOD: return val_number(fmod(x, y));
    case BIN_EXP: return val_number(js_pow(x, y));
    case BIN_AND: return val_from_int(double_to_int32(x) & double_to_int32(y));
    case BIN_OR: return val_from_int(double_to_int32(x) | double_to_int32(y));
    case BIN_XOR: return val_from_int(double_to_int32(x) ^ double_to_int32(y));
    case BIN_SHL: return val_from_int((int32_t)((uint32_t)double_to_int32(x) << (double_to_int32(y) & 31)));
    case BIN_SHR: return val_from_int(double_to_int32(x) >> (double_to_int32(y) & 31));
    case BIN_USHR: return val_number((double)((uint32_t)double_to_int32(x) >> (double_to_int32(y) & 31)));
    }
    return VAL_UNDEFINED;
}

JSValue rt_negate(VM *vm, JSValue a)
{
    if (val_is_int(a) && val_int(a) != 0 && val_int(a) != INT32_MIN) return val_from_int(-val_int(a));
    if (!val_is_number(a) && (a = rt_to_numeric(vm, a)) == VAL_EXCEPTION) return a;
    if (val_is_bigint(a)) return bigint_negate(vm, a);
    return val_number(-val_to_number(a));
}

JSValue rt_bit_not(VM *vm, JSValue a)
{
    if (!val_is_number(a) && (a = rt_to_numeric(vm, a)) == VAL_EXCEPTION) return a;
    if (val_is_bigint(a)) return bigint_bit_not(vm, a);
    return val_from_int(~double_to_int32(val_to_number(a)));
}

JSValue rt_inc(VM *vm, JSValue a, int delta)
{
    if (val_is_int(a)) {
        int64_t r = (int64_t)val_int(a) + delta;
        if (r >= INT32_MIN && r <= INT32_MAX) return val_from_int((int32_t)r);
        return val_from_double((double)r);
    }
    if (!val_is_number(a) && (a = rt_to_numeric(vm, a)) == VAL_EXCEPTION) return a;
    if (val_is_bigint(a)) return bigint_add_small(vm, a, delta);
    return val_number(val_to_number(a) + delta);
}

/* ====================================================================== */
/* equality and comparison                                                 */
/* ====================================================================== */

bool rt_strict_equals(JSValue a, JSValue b)
{
    if (val_is_number(a) && val_is_number(b)) return val_to_number(a) == val_to_number(b);
    if (a == b) return true;
    if (val_is_string(a) && val_is_string(b)) return str_equal(a, b);
    if (val_is_bigint(a) && val_is_bigint(b)) return bigint_equal(a, b);
    return false;
}

bool rt_same_value_zero(JSValue a, JSValue b)
{
    if (val_is_number(a) && val_is_number(b)) {
        double x = val_to_number(a), y = val_to_number(b);
        return x == y || (x != x && y != y);
    }
    return rt_strict_equals(a, b);
}

bool rt_same_value(JSValue a, JSValue b)
{
    if (val_is_number(a) && val_is_number(b)) {
        double x = val_to_number(a), y = val_to_number(b);
        if (x != x) return y != y;
        if (x == 0 && y == 0) return signbit(x) == signbit(y);
        return x == y;
    }
    return rt_strict_equals(a, b);
}

int rt_loose_equals(VM *vm, JSValue a, JSValue b)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *ha = heap_handle(vm, a), *hb = heap_handle(vm, b);
    int r;
    for (;;) {
        a = *ha;
        b = *hb;
        if (val_is_number(a) && val_is_number(b)) { r = val_to_number(a) == val_to_number(b); break; }
        if (val_is_string(a) && val_is_string(b)) { r = str_equal(a, b); break; }
        if (a == b) { r = 1; break; }
        if (val_is_nullish(a) || val_is_nullish(b)) { r = val_is_nullish(a) && val_is_nullish(b); break; }
        if (val_is_object(a) && val_is_object(b)) { r = 0; break; }
        /* booleans become numbers */
        if (val_is_bool(a)) { *ha = val_from_int(a == VAL_TRUE); continue; }
        if (val_is_bool(b)) { *hb = val_from_int(b == VAL_TRUE); continue; }
        if (val_is_number(a) && val_is_string(b)) { *hb = val_number(rt_string_to_number(vm, b)); continue; }
        if (val_is_string(a) && val_is_number(b)) { *ha = val_number(rt_string_to_number(vm, a)); continue; }
        if (val_is_bigint(a) && val_is_bigint(b)) { r = bigint_equal(a, b); break; }
        if (val_is_bigint(a) && val_is_number(b)) { r = bigint_compare_double(a, val_to_number(b)) == 0; break; }
        if (val_is_number(a) && val_is_bigint(b)) { r = bigint_compare_double(b, val_to_number(a)) == 0; break; }
        if ((val_is_bigint(a) && val_is_string(b)) || (val_is_string(a) && val_is_bigint(b))) {
            bool left = val_is_string(a);   /* decided before parsing allocates (a, b move) */
            JSValue n = bigint_from_string(vm, left ? a : b);
            if (n == VAL_EXCEPTION) { r = -1; break; }
            if (n == VAL_UNDEFINED) { r = 0; break; }
            if (left) *ha = n;
            else *hb = n;
            continue;
        }
        if (val_is_object(a) && (val_is_number(b) || val_is_string(b) || val_is_symbol(b) || val_is_bigint(b))) {
            JSValue p = rt_to_primitive(vm, a, HINT_DEFAULT);
            if (p == VAL_EXCEPTION) { r = -1; break; }
            *ha = p;
            continue;
        }
        if (val_is_object(b) && (val_is_number(a) || val_is_string(a) || val_is_symbol(a) || val_is_bigint(a))) {
            JSValue p = rt_to_primitive(vm, b, HINT_DEFAULT);
            if (p == VAL_EXCEPTION) { r = -1; break; }
            *hb = p;
            continue;
        }
        r = 0;
        break;
    }
    heap_scope_close(vm, hs);
    return r;
}

/* IsLessThan for primitives *ha, *hb of which one is a BigInt (handles:
 * parsing a string allocates): 1, 0, 2 undefined, -1 exception. */
static int bigint_less_than(VM *vm, JSValue *ha, JSValue *hb)
{
    /* a string beside a BigInt is parsed as a BigInt (StringToBigInt) */
    for (int i = 0; i < 2; i++) {
        JSValue *h = i ? hb : ha;
        if (!val_is_string(*h)) continue;
        JSValue n = bigint_from_string(vm, *h);
        if (n == VAL_EXCEPTION) return -1;
        if (n == VAL_UNDEFINED) return 2;
        *h = n;
    }
    JSValue x = rt_to_numeric(vm, *ha);
    if (x == VAL_EXCEPTION) return -1;
    *ha = x;
    JSValue y = rt_to_numeric(vm, *hb);
    if (y == VAL_EXCEPTION) return -1;
    x = *ha;
    if (val_is_bigint(x) && val_is_bigint(y)) return bigint_compare(x, y) < 0;
    if (val_is_bigint(x)) {
        int c = bigint_compare_double(x, val_to_number(y));
        return c == 2 ? 2 : c < 0;
    }
    if (val_is_bigint(y)) {
        int c = bigint_compare_double(y, val_to_number(x));
        return c == 2 ? 2 : c > 0;
    }
    double a = val_to_number(x), b = val_to_number(y);
    return (a != a || b != b) ? 2 : a < b;
}

/* IsLessThan: 1 true, 0 false, 2 undefined (NaN), -1 exception. */
static int less_than3(VM *vm, JSValue a, JSValue b, bool left_first)
{
    if (val_is_int(a) && val_is_int(b)) return val_int(a) < val_int(b);
    if (val_is_number(a) && val_is_number(b)) {
        double x = val_to_number(a), y = val_to_number(b);
        if (x != x || y != y) return 2;
        return x < y;
    }
    HandleScope hs = heap_scope_open(vm);
    JSValue *ha = heap_handle(vm, a), *hb = heap_handle(vm, b);
    int r = -1;
    JSValue p;
    if (left_first) {
        if ((p = rt_to_primitive(vm, *ha, HINT_NUMBER)) == VAL_EXCEPTION) goto done;
        *ha = p;
        if ((p = rt_to_primitive(vm, *hb, HINT_NUMBER)) == VAL_EXCEPTION) goto done;
        *hb = p;
    } else {
        if ((p = rt_to_primitive(vm, *hb, HINT_NUMBER)) == VAL_EXCEPTION) goto done;
        *hb = p;
        if ((p = rt_to_primitive(vm, *ha, HINT_NUMBER)) == VAL_EXCEPTION) goto done;
        *ha = p;
    }
    if (val_is_string(*ha) && val_is_string(*hb)) {
        r = str_compare(vm, *ha, *hb) < 0;
    } else if (val_is_bigint(*ha) || val_is_bigint(*hb)) {
        r = bigint_less_than(vm, ha, hb);
    } else {
        double x, y;
        if (!rt_to_double(vm, *ha, &x) || !rt_to_double(vm, *hb, &y)) goto done;
        r = (x != x || y != y) ? 2 : x < y;
    }
done:
    heap_scope_close(vm, hs);
    return r;
}

int rt_less_than(VM *vm, JSValue a, JSValue b, bool left_first)
{
    int r = less_than3(vm, a, b, left_first);
    return r == 2 ? 0 : r;
}

int rt_relational(VM *vm, RelOp op, JSValue a, JSValue b)
{
    int r;
    switch (op) {
    case REL_LT:
        r = less_than3(vm, a, b, true);
        return r == 2 ? 0 : r;
    case REL_GT:
        r = less_than3(vm, b, a, false);
        return r == 2 ? 0 : r;
    case REL_LE:
        r = less_than3(vm, b, a, false);
        return r < 0 ? -1 : r == 0;
    case REL_GE:
        r = less_than3(vm, a, b, true);
        return r < 0 ? -1 : r == 0;
    }
    return 0;
}

/* ====================================================================== */
/* instanceof and in                                                       */
/* ====================================================================== */

int rt_is_array(VM *vm, JSValue v)
{
    while (val_is_proxy(v)) {
        const ValArray *a = (const ValArray *)val_cell(((const JSWrapper *)val_obj(v))->internal);
        if (!val_is_object(a->v[0])) {
            err_throw_type(vm, TypeError, "Cannot perform 'IsArray' on a proxy that has been revoked");
            return -1;
        }
        v = a->v[0];
    }
    return val_is_array(v);
}

int rt_proto_chain_has(VM *vm, JSValue o, const JSValue *hproto)
{
    JSObject *cur = val_obj(o);
    for (;;) {
        if (cur->cls == CLS_PROXY) break;
        JSValue p = cur->proto;
        if (!val_is_object(p)) return 0;
        if (p == *hproto) return 1;
        cur = val_obj(p);
    }
    /* a proxy on the chain: [[GetPrototypeOf]] may run its trap */
    HandleScope hs = heap_scope_open(vm);
    JSValue *hcur = heap_handle(vm, val_from_cell(cur));
    int r = 0;
    for (;;) {
        JSValue p = obj_get_proto(vm, *hcur);
        if (p == VAL_EXCEPTION) { r = -1; break; }
        if (!val_is_object(p)) break;
        if (p == *hproto) { r = 1; break; }
        *hcur = p;
    }
    heap_scope_close(vm, hs);
    return r;
}

int rt_ordinary_has_instance(VM *vm, JSValue c, JSValue o)
{
    if (!rt_is_callable(c)) return 0;
    JSFunction *f = (JSFunction *)val_obj(c);
    if (val_is_function(c) && !f->fp && !f->native && val_is_kind(f->data, CELL_VALARRAY)) {
        /* bound function: InstanceofOperator(O, target) */
        JSValue target = ((ValArray *)val_cell(f->data))->v[0];
        return rt_instanceof(vm, o, target);
    }
    if (!val_is_object(o)) return 0;
    HandleScope hs = heap_scope_open(vm);
    JSValue *ho = heap_handle(vm, o), *hc = heap_handle(vm, c);
    JSValue proto = obj_get(vm, *hc, vm_atom(vm, ATOM_prototype));
    int r;
    if (proto == VAL_EXCEPTION) {
        r = -1;
    } else if (!val_is_object(proto)) {
        throw_described(vm, ERRMSG_INSTANCEOF_PROTO, proto);
        r = -1;
    } else {
        JSValue *hproto = heap_handle(vm, proto);
        r = rt_proto_chain_has(vm, *ho, hproto);
    }
    heap_scope_close(vm, hs);
    return r;
}

int rt_instanceof(VM *vm, JSValue v, JSValue target)
{
    if (!val_is_object(target)) {
        throw_described(vm, ERRMSG_INSTANCEOF_RHS, target);
        return -1;
    }
    HandleScope hs = heap_scope_open(vm);
    JSValue *hv = heap_handle(vm, v), *ht = heap_handle(vm, target);
    int r;
    JSValue sym = vm_intrinsic(vm, INTR_SymbolHasInstance);
    JSValue h = val_is_symbol(sym) ? rt_get_method(vm, *ht, sym) : VAL_UNDEFINED;
    if (h == VAL_EXCEPTION) {
        r = -1;
    } else if (!val_is_undefined(h)) {
        JSValue res = vm_call(vm, h, *ht, 1, hv);
        r = res == VAL_EXCEPTION ? -1 : rt_to_boolean(res);
    } else if (!rt_is_callable(*ht)) {
        throw_described(vm, ERRMSG_INSTANCEOF_RHS, *ht);
        r = -1;
    } else {
        r = rt_ordinary_has_instance(vm, *ht, *hv);
    }
    heap_scope_close(vm, hs);
    return r;
}

int rt_in(VM *vm, JSValue key, JSValue obj)
{
    if (!val_is_object(obj)) {
        throw_described2(vm, ERRMSG_IN_RHS, key, obj);
        return -1;
    }
    HandleScope hs = heap_scope_open(vm);
    JSValue *ho = heap_handle(vm, obj);
    JSValue k = rt_to_property_key(vm, key);
    int r = k == VAL_EXCEPTION ? -1 : obj_has_property(vm, *ho, k);
    heap_scope_close(vm, hs);
    return r;
}

/* HasBinding of a `with` object environment (ECMA-262 9.1.1.2.1): the
 * property must exist and not be blocked by obj[Symbol.unscopables]. */
int rt_with_has(VM *vm, JSValue obj, JSValue key)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *ho = heap_handle(vm, obj);
    JSValue *hk = heap_handle(vm, key);
    int r = obj_has_property(vm, *ho, *hk);
    if (r > 0) {
        JSValue u = obj_get(vm, *ho, vm_intrinsic(vm, INTR_SymbolUnscopables));
        if (u == VAL_EXCEPTION) r = -1;
        else if (val_is_object(u)) {
            JSValue b = obj_get(vm, u, *hk);
            r = b == VAL_EXCEPTION ? -1 : !rt_to_boolean(b);
        }
    }
    heap_scope_close(vm, hs);
    return r;
}

/* ====================================================================== */
/* property access on any value                                            */
/* ====================================================================== */

JSValue rt_get(VM *vm, JSValue base, JSValue key)
{
    if (val_is_object(base)) return obj_get(vm, base, key);
    if (val_is_nullish(base)) {
        char *k = err_describe(vm, key);
        JSValue r = err_throw(vm, ERRMSG_NULL_PROP_READ, base == VAL_NULL ? "null" : "undefined", k ? k : "?");
        free(k);
        return r;
    }
    if (val_is_string(base)) {
        if (val_is_int(key)) {
            int32_t i = val_int(key);
            if ((uint32_t)i < str_length(base)) {
                JSString *s = str_flatten(vm, base);
                if (!s) return VAL_EXCEPTION;
                return str_from_unit(vm, str_unit(s, (uint32_t)i));
            }
        } else if (key == vm_atom(vm, ATOM_length)) {
            return val_from_int((int32_t)str_length(base));
        }
    }
    JSValue proto = primitive_proto(vm, base);
    if (!val_is_object(proto)) return VAL_UNDEFINED;
    return obj_get_with_receiver(vm, proto, key, base);
}

JSValue rt_get_value(VM *vm, JSValue base, JSValue anykey)
{
    if (val_is_object(base) && val_is_int(anykey) && val_int(anykey) >= 0 && val_int(anykey) <= INT_KEY_MAX)
        return obj_get(vm, base, anykey);
    if (val_is_nullish(base)) {
        char *k = val_is_object(anykey) ? NULL : err_describe(vm, anykey);
        JSValue r = err_throw(vm, ERRMSG_NULL_PROP_READ, base == VAL_NULL ? "null" : "undefined",
                              k ? k : "[object Object]");
        free(k);
        return r;
    }
    HandleScope hs = heap_scope_open(vm);
    JSValue *hb = heap_handle(vm, base);
    JSValue k = rt_to_property_key(vm, anykey);
    JSValue r = k == VAL_EXCEPTION ? k : rt_get(vm, *hb, k);
    heap_scope_close(vm, hs);
    return r;
}

/* Throw the TypeError for a failed strict-mode [[Set]] on object obj. */
static int set_failure(VM *vm, JSValue obj, JSValue key)
{
    char *k = err_describe(vm, key);
    ErrorMsg msg = ERRMSG_NOT_EXTENSIBLE;
    for (JSValue cur = obj; val_is_object(cur);) {
        if (val_obj(cur)->cls == CLS_PROXY) {
            /* the trap (or the target behind it) said no: V8's wording */
            err_throw(vm, ERRMSG_PROXY_FALSISH, "set", k ? k : "?");
            free(k);
            return -1;
        }
        PropDesc d;
        int found = obj_get_own_property(vm, cur, key, &d);
        if (found < 0) { free(k); return -1; }
        if (found) {
            if (d.attrs & PROP_ACCESSOR) msg = ERRMSG_NO_SETTER;
            else msg = ERRMSG_READONLY;
            break;
        }
        cur = val_obj(cur)->proto;
    }
    err_throw(vm, msg, k ? k : "?");
    free(k);
    return -1;
}

int rt_set(VM *vm, JSValue base, JSValue key, JSValue v, bool strict)
{
    if (val_is_object(base)) {
        HandleScope hs = heap_scope_open(vm);
        JSValue *hb = heap_handle(vm, base), *hk = heap_handle(vm, key);
        int r = obj_set(vm, base, key, v, base);
        if (r == 0 && strict) r = set_failure(vm, *hb, *hk);
        heap_scope_close(vm, hs);
        return r;
    }
    if (val_is_nullish(base)) {
        char *k = err_describe(vm, key);
        err_throw(vm, ERRMSG_NULL_PROP_WRITE, base == VAL_NULL ? "null" : "undefined", k ? k : "?");
        free(k);
        return -1;
    }
    HandleScope hs = heap_scope_open(vm);
    JSValue *hb = heap_handle(vm, base), *hk = heap_handle(vm, key);
    int r = 0;
    bool own_readonly = val_is_string(base) &&
                        ((val_is_int(key) && (uint32_t)val_int(key) < str_length(base)) ||
                         key == vm_atom(vm, ATOM_length));
    JSValue proto = primitive_proto(vm, base);
    if (!own_readonly && val_is_object(proto)) r = obj_set(vm, proto, key, v, base);
    if (r == 0 && strict) {
        char *k = err_describe(vm, *hk);
        char *d = err_describe(vm, *hb);
        JSValue t = rt_typeof(vm, *hb);
        char *ts = str_to_utf8(vm, t, NULL);
        err_throw(vm, ERRMSG_PRIMITIVE_SET, k ? k : "?", ts ? ts : "?", d ? d : "?");
        free(k);
        free(d);
        free(ts);
        r = -1;
    }
    heap_scope_close(vm, hs);
    return r;
}

int rt_set_value(VM *vm, JSValue base, JSValue anykey, JSValue v, bool strict)
{
    if (val_is_nullish(base)) {
        char *k = val_is_object(anykey) ? NULL : err_describe(vm, anykey);
        err_throw(vm, ERRMSG_NULL_PROP_WRITE, base == VAL_NULL ? "null" : "undefined", k ? k : "[object Object]");
        free(k);
        return -1;
    }
    HandleScope hs = heap_scope_open(vm);
    JSValue *hb = heap_handle(vm, base), *hv = heap_handle(vm, v);
    JSValue k = rt_to_property_key(vm, anykey);
    int r = k == VAL_EXCEPTION ? -1 : rt_set(vm, *hb, k, *hv, strict);
    heap_scope_close(vm, hs);
    return r;
}

int rt_delete(VM *vm, JSValue base, JSValue anykey, bool strict)
{
    if (val_is_nullish(base)) {
        err_throw(vm, ERRMSG_NULL_TO_OBJECT);
        return -1;
    }
    HandleScope hs = heap_scope_open(vm);
    JSValue *hb = heap_handle(vm, base);
    JSValue k = rt_to_property_key(vm, anykey);
    int r;
    if (k == VAL_EXCEPTION) {
        r = -1;
    } else if (val_is_object(*hb)) {
        JSValue *hk = heap_handle(vm, k);
        r = obj_delete(vm, *hb, k);
        if (r == 0 && strict && val_obj(*hb)->cls == CLS_PROXY) {
            char *d = err_describe(vm, *hk);
            err_throw(vm, ERRMSG_PROXY_FALSISH, "deleteProperty", d ? d : "?");
            free(d);
            r = -1;
        } else if (r == 0 && strict) {
            throw_described2(vm, ERRMSG_NOT_CONFIGURABLE_STRICT, *hk, *hb);
            r = -1;
        }
    } else if (val_is_string(*hb) &&
               ((val_is_int(k) && (uint32_t)val_int(k) < str_length(*hb)) || k == vm_atom(vm, ATOM_length))) {
        r = 0;
        if (strict) {
            throw_described2(vm, ERRMSG_NOT_CONFIGURABLE_STRICT, k, *hb);
            r = -1;
        }
    } else {
        r = 1;
    }
    heap_scope_close(vm, hs);
    return r;
}

/* ====================================================================== */
/* iteration protocol                                                      */
/* ====================================================================== */

JSValue rt_get_iterator(VM *vm, JSValue iterable)
{
    if (val_is_nullish(iterable)) return throw_described(vm, ERRMSG_NOT_ITERABLE, iterable);
    HandleScope hs = heap_scope_open(vm);
    JSValue *hi = heap_handle(vm, iterable);
    JSValue r;
    JSValue m = rt_get_method(vm, *hi, vm_intrinsic(vm, INTR_SymbolIterator));
    if (m == VAL_EXCEPTION) {
        r = m;
    } else if (val_is_undefined(m)) {
        r = throw_described(vm, ERRMSG_NOT_ITERABLE, *hi);
    } else {
        r = vm_call(vm, m, *hi, 0, NULL);
        if (r != VAL_EXCEPTION && !val_is_object(r)) r = err_throw(vm, ERRMSG_ITER_NOT_OBJECT);
    }
    heap_scope_close(vm, hs);
    return r;
}

JSValue rt_iterator_step(VM *vm, JSValue iter, JSValue next, bool *done)
{
    JSValue res = vm_call(vm, next, iter, 0, NULL);
    if (res == VAL_EXCEPTION) return res;
    if (!val_is_object(res)) return throw_described(vm, ERRMSG_ITER_RESULT, res);
    HandleScope hs = heap_scope_open(vm);
    JSValue *hr = heap_handle(vm, res);
    JSValue r;
    JSValue d = obj_get(vm, *hr, vm_atom(vm, ATOM_done));
    if (d == VAL_EXCEPTION) {
        r = d;
    } else if (rt_to_boolean(d)) {
        *done = true;
        r = VAL_UNDEFINED;
    } else {
        *done = false;
        r = obj_get(vm, *hr, vm_atom(vm, ATOM_value));
    }
    heap_scope_close(vm, hs);
    return r;
}

int rt_iterator_close(VM *vm, JSValue iter)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *hi = heap_handle(vm, iter);
    /* A pending exception is a throw completion: it wins over anything
     * `return` does (IteratorClose step 5). */
    bool throwing = err_pending(vm);
    JSValue *hexc = heap_handle(vm, throwing ? err_take(vm) : VAL_UNDEFINED);
    int r = 0;
    JSValue m = rt_get_method(vm, *hi, vm_atom(vm, ATOM_return_));
    if (m == VAL_EXCEPTION) {
        r = -1;
    } else if (!val_is_undefined(m)) {
        JSValue res = vm_call(vm, m, *hi, 0, NULL);
        if (res == VAL_EXCEPTION) r = -1;
        else if (!throwing && !val_is_object(res)) r = (throw_described(vm, ERRMSG_ITER_RESULT, res), -1);
    }
    if (throwing) {
        if (err_pending(vm)) err_take(vm);
        vm->exception = *hexc;
        r = -1;
    }
    heap_scope_close(vm, hs);
    return r;
}

void rt_iterator_close_quiet(VM *vm, JSValue iter)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *hi = heap_handle(vm, iter);
    JSValue *hexc = heap_handle(vm, err_pending(vm) ? err_take(vm) : VAL_HOLE);
    JSValue m = rt_get(vm, *hi, vm_atom(vm, ATOM_return_));
    if (m != VAL_EXCEPTION && rt_is_callable(m)) vm_call(vm, m, *hi, 0, NULL);
    vm->exception = *hexc;   /* drop anything return() threw; keep what was pending */
    heap_scope_close(vm, hs);
}

/* Is %ArrayIteratorPrototype%.next still the original?  (Then iterating an
 * array with its original @@iterator is the index walk.)  Never runs JS. */
static bool array_next_untouched(VM *vm)
{
    JSValue proto = vm_intrinsic(vm, INTR_ArrayIteratorPrototype);
    JSValue orig = vm_intrinsic(vm, INTR_ArrayIteratorProtoNext);
    if (!val_is_object(proto) || !val_is_function(orig)) return false;
    PropDesc d;
    if (obj_get_own_property(vm, proto, vm_atom(vm, ATOM_next), &d) != 1) return false;
    return !(d.attrs & PROP_ACCESSOR) && d.value == orig;
}

int rt_spread_into(VM *vm, JSValue arr, JSValue iterable)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *ha = heap_handle(vm, arr), *hi = heap_handle(vm, iterable);
    int r = -1;
    if (val_is_array(*hi)) {
        /* arrays with the original iterator: walk the indices directly */
        JSValue m = rt_get(vm, *hi, vm_intrinsic(vm, INTR_SymbolIterator));
        if (m == VAL_EXCEPTION) goto done;
        if (m == vm_intrinsic(vm, INTR_ArrayProtoValues) && array_next_untouched(vm)) {
            for (uint32_t i = 0; i < val_obj(*hi)->length; i++) {
                JSValue v;
                if (!arr_fast_get(*hi, i, &v)) {
                    v = i <= INT_KEY_MAX ? obj_get(vm, *hi, val_from_int((int32_t)i)) : VAL_UNDEFINED;
                    if (v == VAL_EXCEPTION) goto done;
                }
                if (arr_push(vm, *ha, v) < 0) goto done;
            }
            r = 0;
            goto done;
        }
    }
    JSValue it = rt_get_iterator(vm, *hi);
    if (it == VAL_EXCEPTION) goto done;
    JSValue *hit = heap_handle(vm, it);
    JSValue next = rt_get(vm, *hit, vm_atom(vm, ATOM_next));
    if (next == VAL_EXCEPTION) goto done;
    JSValue *hn = heap_handle(vm, next);
    for (;;) {
        bool finished = false;
        JSValue v = rt_iterator_step(vm, *hit, *hn, &finished);
        if (v == VAL_EXCEPTION) goto done;
        if (finished) break;
        if (arr_push(vm, *ha, v) < 0) goto done;
    }
    r = 0;
done:
    heap_scope_close(vm, hs);
    return r;
}
