/*
 * typedarray_proto.c -- the methods and accessors of %TypedArray%.prototype
 * (prefix bi_ta_proto_, installed by bi_ta_proto_init).
 *
 * Element values of the Number kinds are numbers, so they never need
 * rooting: methods read them into C arrays freely.  The BigInt kinds'
 * elements are BigInts made by element_at() (it allocates): methods keep
 * them in handles across any further allocation or call, and copy or sort
 * their raw 64-bit patterns where the Number kinds use doubles.  Reads after
 * a call into JS go through element_at(), which sees a buffer that shrank
 * (the spec's "! Get" of an index that is no longer valid is undefined).
 */
#include "bi_typedarray.h"

#include "numconv.h"

#define M(name) "%TypedArray%.prototype." name

static uint8_t *elem_ptr(JSValue ta, uint32_t i);

/* ! Get(O, i) on a typed array; allocates for the BigInt kinds
 * (VAL_EXCEPTION only then, when out of memory). */
static JSValue element_at(VM *vm, JSValue ta, double i)
{
    JSValue v;
    if (i >= 0 && i < 4294967295.0 && ta_fast_get(ta, (uint32_t)i, &v)) return v;
    TaKind k = (TaKind)ta_of(ta)->kind;
    if (ta_kind_is_bigint(k) && i >= 0 && i < ta_length(ta_of(ta))) return ta_get_value(vm, elem_ptr(ta, (uint32_t)i), k);
    return VAL_UNDEFINED;
}

/* Set(O, i, v, true) on a typed array: numbers into Number kinds directly,
 * the rest through the generic path (ToNumber / ToBigInt). */
static int element_set(VM *vm, JSValue ta, double i, JSValue v)
{
    if (val_is_number(v) && !ta_kind_is_bigint((TaKind)ta_of(ta)->kind)) {
        if (i >= 0 && i < 4294967295.0) ta_fast_set(ta, (uint32_t)i, v);
        return 0;
    }
    return bi_set_index(vm, ta, i, v);
}

static uint8_t *elem_ptr(JSValue ta, uint32_t i)
{
    JSTypedArray *t = ta_of(ta);
    return ab_bytes(ta_buf(t)) + t->byte_offset + (size_t)i * ta_elem_size[t->kind];
}

static TaKind kind_of(JSValue ta) { return (TaKind)ta_of(ta)->kind; }

/* ---- accessors -------------------------------------------------------------------- */

static bool this_ta(VM *vm, JSValue v, const char *method)
{
    if (val_is_typed_array(v)) return true;
    char *d = bi_describe(vm, v);
    err_throw_type(vm, TypeError, "Method %s called on incompatible receiver %s", method, d ? d : "value");
    free(d);
    return false;
}

static JSValue get_buffer(VM *vm, JSValue *args, int argc, JSValue nt)
{
    if (!this_ta(vm, args[-1], M("buffer"))) return VAL_EXCEPTION;
    return ta_of(args[-1])->buffer;
}

static JSValue get_byte_length(VM *vm, JSValue *args, int argc, JSValue nt)
{
    if (!this_ta(vm, args[-1], M("byteLength"))) return VAL_EXCEPTION;
    JSTypedArray *t = ta_of(args[-1]);
    return val_number((double)ta_length(t) * ta_elem_size[t->kind]);
}

static JSValue get_byte_offset(VM *vm, JSValue *args, int argc, JSValue nt)
{
    if (!this_ta(vm, args[-1], M("byteOffset"))) return VAL_EXCEPTION;
    JSTypedArray *t = ta_of(args[-1]);
    return val_number(ta_out_of_bounds(t) ? 0 : t->byte_offset);
}

static JSValue get_length(VM *vm, JSValue *args, int argc, JSValue nt)
{
    if (!this_ta(vm, args[-1], M("length"))) return VAL_EXCEPTION;
    return val_number(ta_length(ta_of(args[-1])));
}

static JSValue get_to_string_tag(VM *vm, JSValue *args, int argc, JSValue nt)
{
    if (!val_is_typed_array(args[-1])) return VAL_UNDEFINED;
    return str_from_cstr(vm, ta_names[kind_of(args[-1])]);
}

/* ---- iterators ------------------------------------------------------------------------ */

static JSValue make_iter(VM *vm, JSValue *args, int kind, const char *m)
{
    uint32_t len;
    if (!bi_ta_validate(vm, args[-1], m, &len)) return VAL_EXCEPTION;
    return bi_array_iterator_new(vm, args[-1], kind);
}
static JSValue ta_entries(VM *vm, JSValue *args, int argc, JSValue nt) { return make_iter(vm, args, ITER_KIND_ENTRIES, M("entries")); }
static JSValue ta_keys(VM *vm, JSValue *args, int argc, JSValue nt) { return make_iter(vm, args, ITER_KIND_KEYS, M("keys")); }
static JSValue ta_values(VM *vm, JSValue *args, int argc, JSValue nt) { return make_iter(vm, args, ITER_KIND_VALUES, M("values")); }

/* ---- simple reads ------------------------------------------------------------------------ */

static JSValue ta_at(VM *vm, JSValue *args, int argc, JSValue nt)
{
    uint32_t len;
    double rel;
    if (!bi_ta_validate(vm, args[-1], M("at"), &len)) return VAL_EXCEPTION;
    if (!rt_to_integer_or_inf(vm, bi_arg(args, argc, 0), &rel)) return VAL_EXCEPTION;
    double k = rel >= 0 ? rel : len + rel;
    if (k < 0 || k >= len) return VAL_UNDEFINED;
    return element_at(vm, args[-1], k);
}

/* includes (0), indexOf (1), lastIndexOf (2) */
static JSValue search(VM *vm, JSValue *args, int argc, int op)
{
    static const char *const names[] = { M("includes"), M("indexOf"), M("lastIndexOf") };
    uint32_t len;
    if (!bi_ta_validate(vm, args[-1], names[op], &len)) return VAL_EXCEPTION;
    JSValue none = op == 0 ? VAL_FALSE : val_from_int(-1);
    if (len == 0) return none;
    double n;
    if (op == 2) {
        n = len - 1.0;
        if (argc > 1 && !rt_to_integer_or_inf(vm, args[1], &n)) return VAL_EXCEPTION;
        if (n == -INFINITY) return none;
        double k = n >= 0 ? (n < len - 1.0 ? n : len - 1.0) : len + n;
        for (; k >= 0; k--) {
            JSValue v = element_at(vm, args[-1], k);   /* undefined: past a shrunk end (not present) */
            if (v == VAL_EXCEPTION) return v;
            if (v != VAL_UNDEFINED && rt_strict_equals(v, bi_arg(args, argc, 0))) return val_number(k);
        }
        return none;
    }
    if (!rt_to_integer_or_inf(vm, bi_arg(args, argc, 1), &n)) return VAL_EXCEPTION;
    if (n == INFINITY) return none;
    if (n == -INFINITY) n = 0;
    double k = n >= 0 ? n : (len + n < 0 ? 0 : len + n);
    for (; k < len; k++) {
        JSValue v = element_at(vm, args[-1], k);
        if (v == VAL_EXCEPTION) return v;
        JSValue target = bi_arg(args, argc, 0);   /* re-read: element_at may have moved it */
        if (op == 0) {
            if (rt_same_value_zero(v, target)) return VAL_TRUE;
        } else {
            if (v != VAL_UNDEFINED && rt_strict_equals(v, target)) return val_number(k);
        }
    }
    return none;
}
static JSValue ta_includes(VM *vm, JSValue *args, int argc, JSValue nt) { return search(vm, args, argc, 0); }
static JSValue ta_index_of(VM *vm, JSValue *args, int argc, JSValue nt) { return search(vm, args, argc, 1); }
static JSValue ta_last_index_of(VM *vm, JSValue *args, int argc, JSValue nt) { return search(vm, args, argc, 2); }

/* join (locale false) and toLocaleString (locale true) */
static JSValue join(VM *vm, JSValue *args, int argc, bool locale)
{
    BI_SCOPE;
    uint32_t len;
    if (!bi_ta_validate(vm, args[-1], locale ? M("toLocaleString") : M("join"), &len)) BI_RETURN(VAL_EXCEPTION);
    JSValue *sep = heap_handle(vm, VAL_UNDEFINED);
    if (!locale && bi_arg(args, argc, 0) != VAL_UNDEFINED) {
        *sep = rt_to_string(vm, args[0]);
        if (*sep == VAL_EXCEPTION) BI_RETURN(VAL_EXCEPTION);
    }
    JSValue *acc = heap_handle(vm, vm_atom(vm, ATOM_empty));
    StrBuilder b;
    sb_init(&b);
    JSValue *loc_atom = heap_handle(vm, locale ? atom_from_cstr(vm, "toLocaleString") : VAL_UNDEFINED);
    JSValue *hv = heap_handle(vm, VAL_UNDEFINED);   /* the element (a BigInt moves with the next allocation) */
    for (uint32_t k = 0; k < len; k++) {
        if (k > 0) {
            if (*sep == VAL_UNDEFINED) sb_add_unit(&b, ',');
            else sb_add_string(vm, &b, *sep);
        }
        JSValue v = element_at(vm, args[-1], k);
        if (v == VAL_EXCEPTION) {
            sb_free(&b);
            BI_RETURN(v);
        }
        if (v == VAL_UNDEFINED) continue;
        if (!locale && val_is_bigint(v)) {
            char *s = bigint_to_cstr(v, 10);
            sb_add_cstr(&b, s ? s : "");
            free(s);
            continue;
        }
        if (!locale) {
            char buf[NUM_BUF_SIZE];
            num_to_cstr(val_to_number(v), buf);
            sb_add_cstr(&b, buf);
            continue;
        }
        /* ToString(Invoke(element, "toLocaleString")): may run JS, so flush the builder first */
        *hv = v;
        JSValue part = sb_finish(vm, &b);
        sb_init(&b);
        if (part == VAL_EXCEPTION) BI_RETURN(part);
        JSValue cat = rt_add(vm, *acc, part);
        if (cat == VAL_EXCEPTION) BI_RETURN(cat);
        *acc = cat;
        JSValue f = rt_get(vm, *hv, *loc_atom);
        if (f == VAL_EXCEPTION) BI_RETURN(f);
        if (!rt_is_callable(f)) BI_RETURN(bi_array_not_callable(vm, f));
        JSValue r = vm_call(vm, f, *hv, 0, NULL);
        if (r == VAL_EXCEPTION) BI_RETURN(r);
        r = rt_to_string(vm, r);
        if (r == VAL_EXCEPTION) BI_RETURN(r);
        cat = rt_add(vm, *acc, r);
        if (cat == VAL_EXCEPTION) BI_RETURN(cat);
        *acc = cat;
    }
    JSValue tail = sb_finish(vm, &b);
    if (tail == VAL_EXCEPTION) BI_RETURN(tail);
    BI_RETURN(rt_add(vm, *acc, tail));
}
static JSValue ta_join(VM *vm, JSValue *args, int argc, JSValue nt) { return join(vm, args, argc, false); }
static JSValue ta_to_locale_string(VM *vm, JSValue *args, int argc, JSValue nt) { return join(vm, args, argc, true); }

/* ---- callbacks ------------------------------------------------------------------------------ */

enum { CB_EVERY, CB_SOME, CB_FIND, CB_FIND_INDEX, CB_FIND_LAST, CB_FIND_LAST_INDEX, CB_FOR_EACH, CB_MAP, CB_FILTER };

static JSValue with_callback(VM *vm, JSValue *args, int argc, int op)
{
    static const char *const names[] = { M("every"), M("some"), M("find"), M("findIndex"), M("findLast"),
                                         M("findLastIndex"), M("forEach"), M("map"), M("filter") };
    BI_SCOPE;
    uint32_t len;
    if (!bi_ta_validate(vm, args[-1], names[op], &len)) BI_RETURN(VAL_EXCEPTION);
    JSValue cb = bi_arg(args, argc, 0);
    if (!rt_is_callable(cb)) BI_RETURN(bi_array_not_callable(vm, cb));
    JSValue *this_arg = heap_handle(vm, bi_arg(args, argc, 1));
    JSValue *res = heap_handle(vm, VAL_UNDEFINED);
    if (op == CB_MAP) {
        JSValue lv = val_number(len);
        *res = bi_ta_species_create(vm, args[-1], 1, &lv);
        if (*res == VAL_EXCEPTION) BI_RETURN(VAL_EXCEPTION);
    }
    /* filter keeps doubles (Number kinds) or a list of the BigInts */
    bool big = ta_kind_is_bigint(kind_of(args[-1]));
    double *kept = NULL;
    uint32_t nkept = 0;
    JSValue *klist = heap_handle(vm, VAL_UNDEFINED);
    if (op == CB_FILTER && big) {
        *klist = arr_new(vm, 0);
        if (*klist == VAL_EXCEPTION) BI_RETURN(VAL_EXCEPTION);
    } else if (op == CB_FILTER && len > 0) {
        kept = malloc(sizeof(double) * len);
        if (!kept) BI_RETURN(err_throw_type(vm, RangeError, "out of memory"));
    }
    bool backwards = op == CB_FIND_LAST || op == CB_FIND_LAST_INDEX;
    JSValue r = VAL_UNDEFINED;
    JSValue *hv = heap_handle(vm, VAL_UNDEFINED);   /* the element, across the call */
    for (uint32_t j = 0; j < len; j++) {
        double k = backwards ? len - 1.0 - j : j;
        JSValue v = element_at(vm, args[-1], k);
        if (v == VAL_EXCEPTION) {
            free(kept);
            BI_RETURN(v);
        }
        *hv = v;
        JSValue cargs[3] = { v, val_number(k), args[-1] };
        JSValue out = vm_call(vm, args[0], *this_arg, 3, cargs);
        if (out == VAL_EXCEPTION) {
            free(kept);
            BI_RETURN(out);
        }
        bool t = rt_to_boolean(out);
        v = *hv;
        switch (op) {
        case CB_EVERY: if (!t) { r = VAL_FALSE; goto done; } break;
        case CB_SOME: if (t) { r = VAL_TRUE; goto done; } break;
        case CB_FIND: case CB_FIND_LAST: if (t) { r = v; goto done; } break;
        case CB_FIND_INDEX: case CB_FIND_LAST_INDEX: if (t) { r = val_number(k); goto done; } break;
        case CB_FOR_EACH: break;
        case CB_MAP:
            if (element_set(vm, *res, k, out) < 0) BI_RETURN(VAL_EXCEPTION);
            break;
        case CB_FILTER:
            if (t && big) {
                if (arr_push(vm, *klist, v) < 0) BI_RETURN(VAL_EXCEPTION);
                nkept++;
            } else if (t) {
                kept[nkept++] = val_is_number(v) ? val_to_number(v) : NAN;   /* undefined -> NaN when stored */
            }
            break;
        }
    }
    switch (op) {
    case CB_EVERY: r = VAL_TRUE; break;
    case CB_SOME: r = VAL_FALSE; break;
    case CB_FIND_INDEX: case CB_FIND_LAST_INDEX: r = val_from_int(-1); break;
    case CB_MAP: r = *res; break;
    case CB_FILTER: {
        JSValue lv = val_from_int((int32_t)nkept);
        JSValue a = bi_ta_species_create(vm, args[-1], 1, &lv);
        if (a == VAL_EXCEPTION) {
            free(kept);
            BI_RETURN(a);
        }
        if (big) {
            JSValue *ha = heap_handle(vm, a);
            for (uint32_t i = 0; i < nkept; i++) {
                JSValue e = bi_get_index(vm, *klist, i);
                if (e == VAL_EXCEPTION || element_set(vm, *ha, i, e) < 0) BI_RETURN(VAL_EXCEPTION);
            }
            a = *ha;
        } else {
            for (uint32_t i = 0; i < nkept; i++) element_set(vm, a, i, val_from_double(kept[i]));
        }
        r = a;
        break;
    }
    default: break;
    }
done:
    free(kept);
    BI_RETURN(r);
}

#define CB_METHOD(fname, op) \
    static JSValue fname(VM *vm, JSValue *args, int argc, JSValue nt) { return with_callback(vm, args, argc, op); }
CB_METHOD(ta_every, CB_EVERY)
CB_METHOD(ta_some, CB_SOME)
CB_METHOD(ta_find, CB_FIND)
CB_METHOD(ta_find_index, CB_FIND_INDEX)
CB_METHOD(ta_find_last, CB_FIND_LAST)
CB_METHOD(ta_find_last_index, CB_FIND_LAST_INDEX)
CB_METHOD(ta_for_each, CB_FOR_EACH)
CB_METHOD(ta_map, CB_MAP)
CB_METHOD(ta_filter, CB_FILTER)

static JSValue reduce(VM *vm, JSValue *args, int argc, bool right)
{
    BI_SCOPE;
    uint32_t len;
    if (!bi_ta_validate(vm, args[-1], right ? M("reduceRight") : M("reduce"), &len)) BI_RETURN(VAL_EXCEPTION);
    JSValue cb = bi_arg(args, argc, 0);
    if (!rt_is_callable(cb)) BI_RETURN(bi_array_not_callable(vm, cb));
    if (len == 0 && argc < 2) BI_RETURN(bi_throw_type(vm, "Reduce of empty array with no initial value"));
    JSValue *acc = heap_handle(vm, VAL_UNDEFINED);
    uint32_t j = 0;
    if (argc >= 2) {
        *acc = args[1];
    } else {
        *acc = element_at(vm, args[-1], right ? len - 1.0 : 0);
        if (*acc == VAL_EXCEPTION) BI_RETURN(VAL_EXCEPTION);
        j = 1;
    }
    for (; j < len; j++) {
        double k = right ? len - 1.0 - j : j;
        JSValue e = element_at(vm, args[-1], k);   /* before reading *acc: it may allocate */
        if (e == VAL_EXCEPTION) BI_RETURN(e);
        JSValue cargs[4] = { *acc, e, val_number(k), args[-1] };
        JSValue r = vm_call(vm, args[0], VAL_UNDEFINED, 4, cargs);
        if (r == VAL_EXCEPTION) BI_RETURN(r);
        *acc = r;
    }
    BI_RETURN(*acc);
}
static JSValue ta_reduce(VM *vm, JSValue *args, int argc, JSValue nt) { return reduce(vm, args, argc, false); }
static JSValue ta_reduce_right(VM *vm, JSValue *args, int argc, JSValue nt) { return reduce(vm, args, argc, true); }

/* ---- writes ------------------------------------------------------------------------------------ */

static JSValue ta_copy_within(VM *vm, JSValue *args, int argc, JSValue nt)
{
    uint32_t len;
    if (!bi_ta_validate(vm, args[-1], M("copyWithin"), &len)) return VAL_EXCEPTION;
    double to, from, fin;
    if (!bi_relative_index(vm, bi_arg(args, argc, 0), len, 0, &to) ||
        !bi_relative_index(vm, bi_arg(args, argc, 1), len, 0, &from) ||
        !bi_relative_index(vm, bi_arg(args, argc, 2), len, len, &fin))
        return VAL_EXCEPTION;
    double count = fin - from < len - to ? fin - from : len - to;
    if (count > 0) {
        JSTypedArray *t = ta_of(args[-1]);
        if (ta_out_of_bounds(t)) return bi_throw_type(vm, "Cannot perform %TypedArray%.prototype.copyWithin on a detached or out of bounds ArrayBuffer");
        size_t es = ta_elem_size[t->kind];
        size_t limit = (size_t)ta_length(t) * es;
        size_t tob = (size_t)to * es, fromb = (size_t)from * es, n = (size_t)count * es;
        uint8_t *base = ab_bytes(ta_buf(t)) + t->byte_offset;
        if (tob + n <= limit && fromb + n <= limit) {
            memmove(base + tob, base + fromb, n);
        } else if (fromb < tob && tob < fromb + n) {   /* the spec's byte loop, backwards */
            for (size_t f = fromb + n, d = tob + n; n > 0 && f - 1 < limit && d - 1 < limit; n--) base[--d] = base[--f];
        } else {
            for (size_t i = 0; i < n && fromb + i < limit && tob + i < limit; i++) base[tob + i] = base[fromb + i];
        }
    }
    return args[-1];
}

static JSValue ta_fill(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    uint32_t len;
    if (!bi_ta_validate(vm, args[-1], M("fill"), &len)) BI_RETURN(VAL_EXCEPTION);
    double start, fin;
    /* ToBigInt or ToNumber of the value first, then the indices */
    JSValue *conv = heap_handle(vm, ta_to_element(vm, kind_of(args[-1]), bi_arg(args, argc, 0)));
    if (*conv == VAL_EXCEPTION || !bi_relative_index(vm, bi_arg(args, argc, 1), len, 0, &start) ||
        !bi_relative_index(vm, bi_arg(args, argc, 2), len, len, &fin))
        BI_RETURN(VAL_EXCEPTION);
    JSTypedArray *t = ta_of(args[-1]);
    if (ta_out_of_bounds(t)) BI_RETURN(bi_throw_type(vm, "Cannot perform %TypedArray%.prototype.fill on a detached or out of bounds ArrayBuffer"));
    uint32_t now = ta_length(t);
    if (fin > now) fin = now;
    if (start >= fin) BI_RETURN(args[-1]);
    TaKind k = (TaKind)t->kind;
    size_t es = ta_elem_size[k];
    uint8_t *p = elem_ptr(args[-1], (uint32_t)start);
    ta_store_element(p, k, *conv);
    for (size_t i = 1, n = (size_t)(fin - start); i < n; i++) memcpy(p + i * es, p, es);
    BI_RETURN(args[-1]);
}

static JSValue ta_reverse(VM *vm, JSValue *args, int argc, JSValue nt)
{
    uint32_t len;
    if (!bi_ta_validate(vm, args[-1], M("reverse"), &len)) return VAL_EXCEPTION;
    if (len < 2) return args[-1];
    size_t es = ta_elem_size[kind_of(args[-1])];
    uint8_t *lo = elem_ptr(args[-1], 0), *hi = elem_ptr(args[-1], len - 1), tmp[8];
    for (; lo < hi; lo += es, hi -= es) {
        memcpy(tmp, lo, es);
        memcpy(lo, hi, es);
        memcpy(hi, tmp, es);
    }
    return args[-1];
}

static JSValue set_from_typed_array(VM *vm, JSValue target, JSValue src, double off)
{
    JSTypedArray *t = ta_of(target), *s = ta_of(src);
    if (ta_out_of_bounds(t) || ta_out_of_bounds(s))
        return bi_throw_type(vm, "Cannot perform %TypedArray%.prototype.set on a detached or out of bounds ArrayBuffer");
    uint32_t tlen = ta_length(t), slen = ta_length(s);
    if (off == INFINITY || slen + off > tlen) return err_throw_type(vm, RangeError, "offset is out of bounds");
    TaKind tk = (TaKind)t->kind, sk = (TaKind)s->kind;
    if (ta_kind_is_bigint(tk) != ta_kind_is_bigint(sk)) return err_throw(vm, ERRMSG_BIGINT_MIX);
    size_t tes = ta_elem_size[tk], ses = ta_elem_size[sk];
    uint8_t *tp = ab_bytes(ta_buf(t)) + t->byte_offset + (size_t)off * tes;
    const uint8_t *sp = ab_bytes(ta_buf(s)) + s->byte_offset;
    if (tk == sk || ta_kind_is_bigint(tk)) {   /* BigInt64 <-> BigUint64: the same bits */
        memmove(tp, sp, (size_t)slen * ses);
        return VAL_UNDEFINED;
    }
    /* different types over one buffer: read the source before writing (CloneArrayBuffer) */
    uint8_t *copy = NULL;
    if (t->buffer == s->buffer) {
        copy = malloc((size_t)slen * ses + 1);
        if (!copy) return err_throw_type(vm, RangeError, "out of memory");
        memcpy(copy, sp, (size_t)slen * ses);
        sp = copy;
    }
    for (uint32_t i = 0; i < slen; i++) ta_store(tp + (size_t)i * tes, tk, val_to_number(ta_load(sp + (size_t)i * ses, sk)));
    free(copy);
    return VAL_UNDEFINED;
}

static JSValue ta_set(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    if (!this_ta(vm, args[-1], M("set"))) BI_RETURN(VAL_EXCEPTION);
    double off;
    if (!rt_to_integer_or_inf(vm, bi_arg(args, argc, 1), &off)) BI_RETURN(VAL_EXCEPTION);
    if (off < 0) BI_RETURN(err_throw_type(vm, RangeError, "offset is out of bounds"));
    if (val_is_typed_array(bi_arg(args, argc, 0))) BI_RETURN(set_from_typed_array(vm, args[-1], args[0], off));
    /* SetTypedArrayFromArrayLike */
    if (ta_out_of_bounds(ta_of(args[-1])))
        BI_RETURN(bi_throw_type(vm, "Cannot perform %TypedArray%.prototype.set on a detached or out of bounds ArrayBuffer"));
    uint32_t tlen = ta_length(ta_of(args[-1]));
    JSValue src = rt_to_object(vm, bi_arg(args, argc, 0));
    if (src == VAL_EXCEPTION) BI_RETURN(src);
    JSValue *hs = heap_handle(vm, src);
    double slen;
    if (!bi_length_of(vm, *hs, &slen)) BI_RETURN(VAL_EXCEPTION);
    if (off == INFINITY || slen + off > tlen) BI_RETURN(err_throw_type(vm, RangeError, "offset is out of bounds"));
    for (double k = 0; k < slen; k++) {
        JSValue v = bi_get_index(vm, *hs, k);
        if (v == VAL_EXCEPTION || element_set(vm, args[-1], off + k, v) < 0) BI_RETURN(VAL_EXCEPTION);
    }
    BI_RETURN(VAL_UNDEFINED);
}

static JSValue ta_slice(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    uint32_t len;
    if (!bi_ta_validate(vm, args[-1], M("slice"), &len)) BI_RETURN(VAL_EXCEPTION);
    double start, fin;
    if (!bi_relative_index(vm, bi_arg(args, argc, 0), len, 0, &start) ||
        !bi_relative_index(vm, bi_arg(args, argc, 1), len, len, &fin))
        BI_RETURN(VAL_EXCEPTION);
    double count = fin > start ? fin - start : 0;
    JSValue lv = val_number(count);
    JSValue a = bi_ta_species_create(vm, args[-1], 1, &lv);
    if (a == VAL_EXCEPTION || count == 0) BI_RETURN(a);
    JSTypedArray *s = ta_of(args[-1]), *t = ta_of(a);
    if (ta_out_of_bounds(s))
        BI_RETURN(bi_throw_type(vm, "Cannot perform %TypedArray%.prototype.slice on a detached or out of bounds ArrayBuffer"));
    uint32_t now = ta_length(s);
    if (fin > now) fin = now;
    count = fin > start ? fin - start : 0;
    TaKind sk = (TaKind)s->kind, tk = (TaKind)t->kind;
    if (sk == tk || ta_kind_is_bigint(sk)) {   /* species made the same content type; BigInt kinds share bits */
        /* bytewise, forwards, as the spec's loop (the target may share the buffer) */
        size_t es = ta_elem_size[sk], n = (size_t)count * es;
        const uint8_t *sp = ab_bytes(ta_buf(s)) + s->byte_offset + (size_t)start * es;
        uint8_t *tp = ab_bytes(ta_buf(t)) + t->byte_offset;
        size_t tlimit = (size_t)ta_length(t) * es;
        if (n > tlimit) n = tlimit;
        if (tp >= sp + n || tp + n <= sp) memcpy(tp, sp, n);
        else for (size_t i = 0; i < n; i++) tp[i] = sp[i];
        BI_RETURN(a);
    }
    for (double n = 0, k = start; k < fin; k++, n++) element_set(vm, a, n, element_at(vm, args[-1], k));   /* numbers only */
    BI_RETURN(a);
}

static JSValue ta_subarray(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    if (!this_ta(vm, args[-1], M("subarray"))) BI_RETURN(VAL_EXCEPTION);
    JSTypedArray *t = ta_of(args[-1]);
    double len = ta_length(t), start, fin = 0;
    bool tracking_all = (t->flags & TA_TRACKING) && bi_arg(args, argc, 1) == VAL_UNDEFINED;
    if (!bi_relative_index(vm, bi_arg(args, argc, 0), len, 0, &start)) BI_RETURN(VAL_EXCEPTION);
    if (!tracking_all && !bi_relative_index(vm, bi_arg(args, argc, 1), len, len, &fin)) BI_RETURN(VAL_EXCEPTION);
    t = ta_of(args[-1]);
    JSValue cargs[3] = { t->buffer, val_number(t->byte_offset + start * ta_elem_size[t->kind]),
                         val_number(fin > start ? fin - start : 0) };
    BI_RETURN(bi_ta_species_create(vm, args[-1], tracking_all ? 2 : 3, cargs));
}

static JSValue ta_with(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    uint32_t len;
    if (!bi_ta_validate(vm, args[-1], M("with"), &len)) BI_RETURN(VAL_EXCEPTION);
    double rel;
    if (!rt_to_integer_or_inf(vm, bi_arg(args, argc, 0), &rel)) BI_RETURN(VAL_EXCEPTION);
    double idx = rel >= 0 ? rel : len + rel;
    JSValue *conv = heap_handle(vm, ta_to_element(vm, kind_of(args[-1]), bi_arg(args, argc, 1)));
    if (*conv == VAL_EXCEPTION) BI_RETURN(VAL_EXCEPTION);
    if (!(idx >= 0 && idx < ta_length(ta_of(args[-1])))) BI_RETURN(err_throw_type(vm, RangeError, "Invalid typed array index"));
    JSValue *a = heap_handle(vm, bi_ta_create_same_type(vm, kind_of(args[-1]), len));
    if (*a == VAL_EXCEPTION) BI_RETURN(VAL_EXCEPTION);
    for (uint32_t k = 0; k < len; k++) {
        JSValue e = k == idx ? *conv : element_at(vm, args[-1], k);
        if (e == VAL_EXCEPTION || element_set(vm, *a, k, e) < 0) BI_RETURN(VAL_EXCEPTION);
    }
    BI_RETURN(*a);
}

static JSValue ta_to_reversed(VM *vm, JSValue *args, int argc, JSValue nt)
{
    uint32_t len;
    if (!bi_ta_validate(vm, args[-1], M("toReversed"), &len)) return VAL_EXCEPTION;
    JSValue a = bi_ta_create_same_type(vm, kind_of(args[-1]), len);
    if (a == VAL_EXCEPTION) return a;
    size_t es = ta_elem_size[kind_of(a)];
    for (uint32_t k = 0; k < len; k++) memcpy(elem_ptr(a, k), elem_ptr(args[-1], len - 1 - k), es);
    return a;
}

/* ---- sort ------------------------------------------------------------------------------------------ */

/* SortCompare with the default numeric order: -0 before +0, NaN last. */
static int numeric_cmp(double x, double y)
{
    if (x != x) return y != y ? 0 : 1;
    if (y != y) return -1;
    if (x < y) return -1;
    if (x > y) return 1;
    if (x == 0 && y == 0) return signbit(x) && !signbit(y) ? -1 : (!signbit(x) && signbit(y) ? 1 : 0);
    return 0;
}

/* Stable merge sort of a[0..n) with the comparator *cmp (rooted; undefined:
 * numeric).  false when the comparator threw. */
static bool merge_sort(VM *vm, const JSValue *cmp, double *a, double *tmp, size_t n)
{
    if (n < 2) return true;
    size_t h = n / 2;
    if (!merge_sort(vm, cmp, a, tmp, h) || !merge_sort(vm, cmp, a + h, tmp, n - h)) return false;
    size_t i = 0, j = h, o = 0;
    while (i < h && j < n) {
        double c;
        if (*cmp == VAL_UNDEFINED) {
            c = numeric_cmp(a[i], a[j]);
        } else {
            JSValue cargs[2] = { val_number(a[i]), val_number(a[j]) };
            JSValue r = vm_call(vm, *cmp, VAL_UNDEFINED, 2, cargs);
            if (r == VAL_EXCEPTION || !rt_to_double(vm, r, &c)) return false;
        }
        tmp[o++] = c > 0 ? a[j++] : a[i++];   /* the right one only when strictly greater: stable */
    }
    while (i < h) tmp[o++] = a[i++];
    while (j < n) tmp[o++] = a[j++];
    memcpy(a, tmp, n * sizeof(double));
    return true;
}

/* The BigInt kinds sort their raw 64-bit elements: the default order
 * compares them as int64 / uint64, a comparator gets them as BigInts
 * (made in the handles h0 / h1: the second allocation may move the first). */
typedef struct BigSort {
    VM *vm;
    const JSValue *cmp;
    bool is_signed;
    JSValue *h0, *h1;
} BigSort;

static bool merge_sort_bits(BigSort *s, uint64_t *a, uint64_t *tmp, size_t n)
{
    if (n < 2) return true;
    size_t h = n / 2;
    if (!merge_sort_bits(s, a, tmp, h) || !merge_sort_bits(s, a + h, tmp, n - h)) return false;
    size_t i = 0, j = h, o = 0;
    while (i < h && j < n) {
        double c;
        if (*s->cmp == VAL_UNDEFINED) {
            c = s->is_signed ? ((int64_t)a[i] > (int64_t)a[j]) : (a[i] > a[j]);
        } else {
            *s->h0 = s->is_signed ? bigint_from_int64(s->vm, (int64_t)a[i]) : bigint_from_uint64(s->vm, a[i]);
            if (*s->h0 == VAL_EXCEPTION) return false;
            *s->h1 = s->is_signed ? bigint_from_int64(s->vm, (int64_t)a[j]) : bigint_from_uint64(s->vm, a[j]);
            if (*s->h1 == VAL_EXCEPTION) return false;
            JSValue cargs[2] = { *s->h0, *s->h1 };
            JSValue r = vm_call(s->vm, *s->cmp, VAL_UNDEFINED, 2, cargs);
            if (r == VAL_EXCEPTION || !rt_to_double(s->vm, r, &c)) return false;
        }
        tmp[o++] = c > 0 ? a[j++] : a[i++];   /* stable, as merge_sort */
    }
    while (i < h) tmp[o++] = a[i++];
    while (j < n) tmp[o++] = a[j++];
    memcpy(a, tmp, n * sizeof(uint64_t));
    return true;
}

static JSValue sort_bigint(VM *vm, JSValue *target, JSValue *hcmp, JSValue src, uint32_t len)
{
    uint64_t *a = malloc(2 * sizeof(uint64_t) * len);
    if (!a) return err_throw_type(vm, RangeError, "out of memory");
    for (uint32_t k = 0; k < len; k++) memcpy(&a[k], elem_ptr(src, k), 8);
    BigSort s = { vm, hcmp, kind_of(src) == TA_BigInt64, heap_handle(vm, VAL_UNDEFINED), heap_handle(vm, VAL_UNDEFINED) };
    bool ok = merge_sort_bits(&s, a, a + len, len);
    if (ok) {
        /* the comparator may have shrunk the buffer: write what still fits */
        JSTypedArray *t = ta_of(*target);
        uint32_t now = ta_out_of_bounds(t) ? 0 : ta_length(t);
        for (uint32_t k = 0; k < len && k < now; k++) ta_store_bits(elem_ptr(*target, k), a[k]);
    }
    free(a);
    return ok ? *target : VAL_EXCEPTION;
}

/* sort (copy false) and toSorted (copy true) */
static JSValue sort(VM *vm, JSValue *args, int argc, bool copy)
{
    BI_SCOPE;
    JSValue cmp = bi_arg(args, argc, 0);
    if (cmp != VAL_UNDEFINED && !rt_is_callable(cmp))
        BI_RETURN(bi_throw_type(vm, "The comparison function must be either a function or undefined"));
    uint32_t len;
    if (!bi_ta_validate(vm, args[-1], copy ? M("toSorted") : M("sort"), &len)) BI_RETURN(VAL_EXCEPTION);
    JSValue *target = heap_handle(vm, args[-1]);
    if (copy) {
        *target = bi_ta_create_same_type(vm, kind_of(args[-1]), len);
        if (*target == VAL_EXCEPTION) BI_RETURN(VAL_EXCEPTION);
    }
    if (len == 0) BI_RETURN(*target);
    if (ta_kind_is_bigint(kind_of(args[-1]))) {
        JSValue *hc = heap_handle(vm, bi_arg(args, argc, 0));
        BI_RETURN(sort_bigint(vm, target, hc, args[-1], len));
    }
    double *a = malloc(2 * sizeof(double) * len);
    if (!a) BI_RETURN(err_throw_type(vm, RangeError, "out of memory"));
    for (uint32_t k = 0; k < len; k++) a[k] = val_to_number(element_at(vm, args[-1], k));
    JSValue *hcmp = heap_handle(vm, bi_arg(args, argc, 0));
    bool ok = merge_sort(vm, hcmp, a, a + len, len);
    if (ok)
        for (uint32_t k = 0; k < len; k++) element_set(vm, *target, k, val_from_double(a[k]));
    free(a);
    BI_RETURN(ok ? *target : VAL_EXCEPTION);
}
static JSValue ta_sort(VM *vm, JSValue *args, int argc, JSValue nt) { return sort(vm, args, argc, false); }
static JSValue ta_to_sorted(VM *vm, JSValue *args, int argc, JSValue nt) { return sort(vm, args, argc, true); }

/* ---- init ----------------------------------------------------------------------------------------- */

bool bi_ta_proto_init(VM *vm, JSValue proto)
{
    static const TaMethod methods[] = {
        { "entries", ta_entries, 0 },       { "keys", ta_keys, 0 },
        { "values", ta_values, 0 },         { "at", ta_at, 1 },
        { "copyWithin", ta_copy_within, 2 }, { "every", ta_every, 1 },
        { "fill", ta_fill, 1 },             { "filter", ta_filter, 1 },
        { "find", ta_find, 1 },             { "findIndex", ta_find_index, 1 },
        { "findLast", ta_find_last, 1 },    { "findLastIndex", ta_find_last_index, 1 },
        { "forEach", ta_for_each, 1 },      { "includes", ta_includes, 1 },
        { "indexOf", ta_index_of, 1 },      { "join", ta_join, 1 },
        { "lastIndexOf", ta_last_index_of, 1 }, { "map", ta_map, 1 },
        { "reverse", ta_reverse, 0 },       { "reduce", ta_reduce, 1 },
        { "reduceRight", ta_reduce_right, 1 }, { "set", ta_set, 1 },
        { "slice", ta_slice, 2 },           { "some", ta_some, 1 },
        { "sort", ta_sort, 1 },             { "subarray", ta_subarray, 2 },
        { "toLocaleString", ta_to_locale_string, 0 },
    };
    static const TaMethod methods2[] = {
        { "toReversed", ta_to_reversed, 0 }, { "toSorted", ta_to_sorted, 1 }, { "with", ta_with, 2 },
    };
    HandleScope hs = heap_scope_open(vm);
    JSValue *p = heap_handle(vm, proto);
    bool ok = false;
    if (realm_def_getter(vm, *p, "buffer", get_buffer) < 0 || realm_def_getter(vm, *p, "byteLength", get_byte_length) < 0 ||
        realm_def_getter(vm, *p, "byteOffset", get_byte_offset) < 0 || realm_def_getter(vm, *p, "length", get_length) < 0 ||
        !bi_ta_define_methods(vm, *p, methods, sizeof methods / sizeof methods[0]))
        goto out;
    PropDesc lg;
    if (obj_get_own_property(vm, *p, vm_atom(vm, ATOM_length), &lg) != 1) goto out;
    vm->intrinsics[INTR_TypedArrayLengthGetter] = lg.getter;
    /* toString is the very function Array.prototype.toString */
    PropDesc d;
    if (obj_get_own_property(vm, vm_intrinsic(vm, INTR_ArrayPrototype), vm_atom(vm, ATOM_toString), &d) != 1 ||
        obj_define_value(vm, *p, vm_atom(vm, ATOM_toString), d.value, PROP_HIDDEN) < 0 ||
        !bi_ta_define_methods(vm, *p, methods2, sizeof methods2 / sizeof methods2[0]))
        goto out;
    JSValue vkey = atom_from_cstr(vm, "values");
    JSValue values = vkey == VAL_EXCEPTION ? vkey : obj_get(vm, *p, vkey);
    if (values == VAL_EXCEPTION ||
        obj_define_value(vm, *p, vm_intrinsic(vm, INTR_SymbolIterator), values, PROP_HIDDEN) < 0)
        goto out;
    JSValue g = fn_new_native(vm, "get [Symbol.toStringTag]", get_to_string_tag, 0, 0);
    if (g == VAL_EXCEPTION ||
        obj_define_accessor(vm, *p, vm_intrinsic(vm, INTR_SymbolToStringTag), g, VAL_UNDEFINED, PROP_CONFIGURABLE) < 0)
        goto out;
    ok = true;
out:
    heap_scope_close(vm, hs);
    return ok;
}
