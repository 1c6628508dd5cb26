/*
 * typedarray.c -- %TypedArray%, the nine typed array constructors, their
 * statics (from, of, @@species) and the creation operations the methods
 * share (prefix bi_typedarray_ / bi_ta_).  The prototype methods are in
 * typedarray_proto.c; cells in engine/typedarray.h.
 */
#include "bi_typedarray.h"

#include "shape.h"

static TaKind kind_of(JSValue ta) { return (TaKind)ta_of(ta)->kind; }

bool bi_ta_validate(VM *vm, JSValue v, const char *method, uint32_t *len)
{
    if (!val_is_typed_array(v)) {
        err_throw_type(vm, TypeError, "this is not a typed array.");
        return false;
    }
    if (ta_out_of_bounds(ta_of(v))) {
        err_throw_type(vm, TypeError, "Cannot perform %s on a detached or out of bounds ArrayBuffer", method);
        return false;
    }
    *len = ta_length(ta_of(v));
    return true;
}

/* AllocateTypedArray with a fresh buffer of len elements. */
static JSValue allocate(VM *vm, JSValue proto, TaKind k, double len)
{
    if (len * ta_elem_size[k] > TA_MAX_BYTES)
        return err_throw_type(vm, RangeError, "Invalid typed array length: %.0f", len);
    HandleScope hs = heap_scope_open(vm);
    JSValue *hp = heap_handle(vm, proto);
    JSValue r = ta_new_buffer(vm, vm_intrinsic(vm, INTR_ArrayBufferPrototype), len * ta_elem_size[k], 0, false);
    if (r != VAL_EXCEPTION) r = ta_new_view(vm, *hp, CLS_TYPED_ARRAY, r, k, 0, (uint32_t)len, 0);
    heap_scope_close(vm, hs);
    return r;
}

JSValue bi_ta_create_same_type(VM *vm, TaKind k, double len)
{
    return allocate(vm, vm_intrinsic(vm, (IntrinsicId)(INTR_Int8ArrayPrototype + 2 * k)), k, len);
}

JSValue bi_ta_create_from_ctor(VM *vm, JSValue ctor, int argc, const JSValue *argv)
{
    double want = argc == 1 && val_is_number(argv[0]) ? val_to_number(argv[0]) : -1;
    JSValue r = vm_construct(vm, ctor, argc, argv, ctor);
    if (r == VAL_EXCEPTION) return r;
    uint32_t len;
    if (!bi_ta_validate(vm, r, "construct", &len)) return VAL_EXCEPTION;
    if (want >= 0 && len < want) return bi_throw_type(vm, "Derived TypedArray constructor created an array which was too small");
    return r;
}

JSValue bi_ta_species_create(VM *vm, JSValue exemplar, int argc, const JSValue *argv)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *h = heap_handle(vm, VAL_UNDEFINED);
    for (int i = 1; i < argc; i++) heap_handle(vm, VAL_UNDEFINED);
    for (int i = 0; i < argc; i++) h[i] = argv[i];
    bool big = ta_kind_is_bigint(kind_of(exemplar));
    JSValue dflt = vm_intrinsic(vm, (IntrinsicId)(INTR_Int8Array + 2 * kind_of(exemplar)));
    JSValue c = bi_ta_species_constructor(vm, exemplar, dflt);
    JSValue r = c == VAL_EXCEPTION ? c : bi_ta_create_from_ctor(vm, c, argc, h);
    /* the species must make an array of the same content type (BigInt or Number) */
    if (r != VAL_EXCEPTION && ta_kind_is_bigint(kind_of(r)) != big) r = err_throw(vm, ERRMSG_BIGINT_MIX);
    heap_scope_close(vm, hs);
    return r;
}

/* ---- constructors ------------------------------------------------------------------- */

static JSValue abstract_ctor(VM *vm, JSValue *args, int argc, JSValue nt)
{
    return bi_throw_type(vm, "Abstract class TypedArray not directly constructable");
}

/* new XArray(buffer, byteOffset, length) */
static JSValue from_buffer(VM *vm, JSValue *args, int argc, JSValue *hproto, TaKind k)
{
    size_t es = ta_elem_size[k];
    double off, nlen = 0;
    if (!bi_ta_to_index(vm, bi_arg(args, argc, 1), "Start offset is outside the bounds of the buffer", &off))
        return VAL_EXCEPTION;
    if (fmod(off, (double)es) != 0)
        return err_throw_type(vm, RangeError, "start offset of %s should be a multiple of %d", ta_names[k], (int)es);
    bool has_len = bi_arg(args, argc, 2) != VAL_UNDEFINED;
    if (has_len && !bi_ta_to_index(vm, args[2], "Invalid typed array length", &nlen)) return VAL_EXCEPTION;
    JSArrayBuffer *b = ab_of(args[0]);
    if (ab_detached(b)) return bi_throw_type(vm, "Cannot perform Construct on a detached ArrayBuffer");
    double blen = b->byte_length;
    if (!has_len && (b->flags & AB_RESIZABLE)) {
        if (off > blen)
            return err_throw_type(vm, RangeError, "Start offset %.0f is outside the bounds of the buffer", off);
        return ta_new_view(vm, *hproto, CLS_TYPED_ARRAY, args[0], k, (uint32_t)off, 0, TA_TRACKING);
    }
    double nbytes;
    if (!has_len) {
        if (fmod(blen, (double)es) != 0)
            return err_throw_type(vm, RangeError, "byte length of %s should be a multiple of %d", ta_names[k], (int)es);
        nbytes = blen - off;
        if (nbytes < 0)
            return err_throw_type(vm, RangeError, "Start offset %.0f is outside the bounds of the buffer", off);
    } else {
        nbytes = nlen * (double)es;
        if (off + nbytes > blen) return err_throw_type(vm, RangeError, "Invalid typed array length: %.0f", nlen);
    }
    return ta_new_view(vm, *hproto, CLS_TYPED_ARRAY, args[0], k, (uint32_t)off, (uint32_t)(nbytes / (double)es), 0);
}

/* new XArray(typedArray) */
static JSValue from_typed_array(VM *vm, JSValue src, JSValue *hproto, TaKind k)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *hs_src = heap_handle(vm, src);
    JSValue r;
    if (ta_out_of_bounds(ta_of(src))) {
        r = bi_throw_type(vm, "Cannot perform Construct on a detached ArrayBuffer");
        goto out;
    }
    if (ta_kind_is_bigint((TaKind)ta_of(src)->kind) != ta_kind_is_bigint(k)) {
        r = err_throw(vm, ERRMSG_BIGINT_MIX);   /* content types differ */
        goto out;
    }
    uint32_t len = ta_length(ta_of(src));
    r = allocate(vm, *hproto, k, len);
    if (r == VAL_EXCEPTION) goto out;
    JSTypedArray *s = ta_of(*hs_src), *t = ta_of(r);
    TaKind sk = (TaKind)s->kind;
    const uint8_t *sp = ab_bytes(ta_buf(s)) + s->byte_offset;
    uint8_t *tp = ab_bytes(ta_buf(t));
    if (sk == k || ta_kind_is_bigint(k)) {
        memcpy(tp, sp, (size_t)len * ta_elem_size[k]);   /* BigInt64 <-> BigUint64: the same bits */
    } else {
        for (uint32_t i = 0; i < len; i++)
            ta_store(tp + (size_t)i * ta_elem_size[k], k, val_to_number(ta_load(sp + (size_t)i * ta_elem_size[sk], sk)));
    }
out:
    heap_scope_close(vm, hs);
    return r;
}

/* IteratorToList(GetIteratorFromMethod(obj, method)) into an array. */
static JSValue iterate_to_array(VM *vm, JSValue obj, JSValue method)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue r = VAL_EXCEPTION;
    JSValue *ho = heap_handle(vm, obj);
    JSValue *hm = heap_handle(vm, method);
    JSValue *hl = heap_handle(vm, arr_new(vm, 0));
    if (*hl == VAL_EXCEPTION) goto out;
    JSValue it = vm_call(vm, *hm, *ho, 0, NULL);
    if (it == VAL_EXCEPTION) goto out;
    if (!val_is_object(it)) {
        bi_throw_type(vm, "Result of the Symbol.iterator method is not an object");
        goto out;
    }
    JSValue *hi = heap_handle(vm, it);
    JSValue next = obj_get(vm, *hi, vm_atom(vm, ATOM_next));
    if (next == VAL_EXCEPTION) goto out;
    JSValue *hn = heap_handle(vm, next);
    for (;;) {
        bool done = false;
        JSValue v = rt_iterator_step(vm, *hi, *hn, &done);
        if (v == VAL_EXCEPTION) goto out;
        if (done) break;
        if (arr_push(vm, *hl, v) < 0) goto out;
    }
    r = *hl;
out:
    heap_scope_close(vm, hs);
    return r;
}

/* Fill a new typed array from the values of an array-like (Get each, Set each). */
static JSValue from_array_like(VM *vm, JSValue src, JSValue *hproto, TaKind k)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *hsrc = heap_handle(vm, src);
    double len;
    JSValue r = VAL_EXCEPTION;
    if (!bi_length_of(vm, *hsrc, &len)) goto out;
    r = allocate(vm, *hproto, k, len);
    if (r == VAL_EXCEPTION) goto out;
    JSValue *hr = heap_handle(vm, r);
    for (double i = 0; i < len; i++) {
        JSValue v = bi_get_index(vm, *hsrc, i);
        if (v == VAL_EXCEPTION || bi_set_index(vm, *hr, i, v) < 0) {
            r = VAL_EXCEPTION;
            goto out;
        }
    }
    r = *hr;
out:
    heap_scope_close(vm, hs);
    return r;
}

static JSValue construct(VM *vm, JSValue *args, int argc, JSValue nt, TaKind k)
{
    BI_SCOPE;
    if (nt == VAL_UNDEFINED) BI_RETURN(err_throw_type(vm, TypeError, "Constructor %s requires 'new'", ta_names[k]));
    IntrinsicId pid = (IntrinsicId)(INTR_Int8ArrayPrototype + 2 * k);
    JSValue first = bi_arg(args, argc, 0);
    if (!val_is_object(first)) {
        double len;
        if (!bi_ta_to_index(vm, first, "Invalid typed array length", &len)) BI_RETURN(VAL_EXCEPTION);
        JSValue proto = bi_proto_from_ctor(vm, nt, pid);
        if (proto == VAL_EXCEPTION) BI_RETURN(proto);
        BI_RETURN(allocate(vm, proto, k, len));
    }
    JSValue proto = bi_proto_from_ctor(vm, nt, pid);
    if (proto == VAL_EXCEPTION) BI_RETURN(proto);
    JSValue *hp = heap_handle(vm, proto);
    if (val_is_typed_array(args[0])) BI_RETURN(from_typed_array(vm, args[0], hp, k));
    if (obj_is_class(args[0], CLS_ARRAY_BUFFER)) BI_RETURN(from_buffer(vm, args, argc, hp, k));
    JSValue m = rt_get_method(vm, args[0], vm_intrinsic(vm, INTR_SymbolIterator));
    if (m == VAL_EXCEPTION) BI_RETURN(m);
    if (m == VAL_UNDEFINED) BI_RETURN(from_array_like(vm, args[0], hp, k));
    JSValue list = iterate_to_array(vm, args[0], m);
    if (list == VAL_EXCEPTION) BI_RETURN(list);
    BI_RETURN(from_array_like(vm, list, hp, k));
}

#define TA_KIND(name, ctype, size)                                                       \
    static JSValue ctor_##name(VM *vm, JSValue *args, int argc, JSValue nt)              \
    {                                                                                    \
        return construct(vm, args, argc, nt, TA_##name);                                 \
    }
#include "typedarray.def"
#undef TA_KIND

static const NativeFn ctors[TA__COUNT] = {
#define TA_KIND(name, ctype, size) ctor_##name,
#include "typedarray.def"
#undef TA_KIND
};

/* ---- statics -------------------------------------------------------------------------- */

static JSValue ta_from(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    JSValue c = args[-1];
    if (!rt_is_constructor(c)) BI_RETURN(bi_throw_type(vm, "#<Object> is not a constructor"));
    JSValue mapfn = bi_arg(args, argc, 1), this_arg = bi_arg(args, argc, 2);
    JSValue *hm = heap_handle(vm, mapfn), *ht = heap_handle(vm, this_arg);
    bool mapping = mapfn != VAL_UNDEFINED;
    if (mapping && !rt_is_callable(mapfn)) BI_RETURN(bi_array_not_callable(vm, mapfn));
    JSValue m = rt_get_method(vm, bi_arg(args, argc, 0), vm_intrinsic(vm, INTR_SymbolIterator));
    if (m == VAL_EXCEPTION) BI_RETURN(m);
    JSValue list;
    if (m != VAL_UNDEFINED) {
        list = iterate_to_array(vm, bi_arg(args, argc, 0), m);
    } else {
        list = rt_to_object(vm, bi_arg(args, argc, 0));
    }
    if (list == VAL_EXCEPTION) BI_RETURN(list);
    JSValue *hl = heap_handle(vm, list);
    double len;
    if (!bi_length_of(vm, *hl, &len)) BI_RETURN(VAL_EXCEPTION);
    JSValue lv = val_number(len);
    JSValue t = bi_ta_create_from_ctor(vm, args[-1], 1, &lv);
    if (t == VAL_EXCEPTION) BI_RETURN(t);
    JSValue *hr = heap_handle(vm, t);
    HandleScope iter_mark = heap_scope_open(vm);
    for (double i = 0; i < len; i++) {
        heap_scope_close(vm, iter_mark);
        JSValue v = bi_get_index(vm, *hl, i);
        if (v == VAL_EXCEPTION) BI_RETURN(v);
        if (mapping) {
            JSValue cargs[2] = { v, val_number(i) };
            v = vm_call(vm, *hm, *ht, 2, cargs);
            if (v == VAL_EXCEPTION) BI_RETURN(v);
        }
        if (bi_set_index(vm, *hr, i, v) < 0) BI_RETURN(VAL_EXCEPTION);
    }
    BI_RETURN(*hr);
}

static JSValue ta_of_fn(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    if (!rt_is_constructor(args[-1])) BI_RETURN(bi_throw_type(vm, "#<Object> is not a constructor"));
    JSValue lv = val_from_int(argc);
    JSValue t = bi_ta_create_from_ctor(vm, args[-1], 1, &lv);
    if (t == VAL_EXCEPTION) BI_RETURN(t);
    JSValue *hr = heap_handle(vm, t);
    for (int i = 0; i < argc; i++)
        if (bi_set_index(vm, *hr, i, args[i]) < 0) BI_RETURN(VAL_EXCEPTION);
    BI_RETURN(*hr);
}

/* ---- init ---------------------------------------------------------------------------------- */

static bool def_bpe(VM *vm, JSValue obj, TaKind k)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *o = heap_handle(vm, obj);
    JSValue key = atom_from_cstr(vm, "BYTES_PER_ELEMENT");
    bool ok = key != VAL_EXCEPTION && obj_define_value(vm, *o, key, val_from_int(ta_elem_size[k]), 0) >= 0;
    heap_scope_close(vm, hs);
    return ok;
}

bool bi_typedarray_init(VM *vm)
{
    HandleScope hs = heap_scope_open(vm);
    bool ok = false;
    JSValue root = shape_new_root(vm);
    if (root == VAL_EXCEPTION) goto out;
    vm->intrinsics[INTR_TypedArrayShape] = root;
    JSValue p = obj_new(vm, vm_intrinsic(vm, INTR_ObjectPrototype));
    if (p == VAL_EXCEPTION) goto out;
    vm->intrinsics[INTR_TypedArrayPrototype] = p;
    JSValue *hp = heap_handle(vm, p);
    JSValue c = fn_new_native(vm, "TypedArray", abstract_ctor, 0, 0);
    if (c == VAL_EXCEPTION) goto out;
    vm->intrinsics[INTR_TypedArray] = c;
    JSValue *hc = heap_handle(vm, c);
    val_obj(*hc)->flags |= OBJ_IS_CONSTRUCTOR;
    if (obj_define_value(vm, *hc, vm_atom(vm, ATOM_prototype), *hp, 0) < 0 ||
        obj_define_value(vm, *hp, vm_atom(vm, ATOM_constructor), *hc, PROP_HIDDEN) < 0 ||
        realm_def_method(vm, *hc, "from", ta_from, 1, 0) < 0 || realm_def_method(vm, *hc, "of", ta_of_fn, 0, 0) < 0 ||
        !bi_ta_add_species(vm, *hc) || !bi_ta_proto_init(vm, *hp))
        goto out;
    for (int k = 0; k < TA__COUNT; k++) {
        JSValue kp = obj_new(vm, *hp);
        if (kp == VAL_EXCEPTION) goto out;
        vm->intrinsics[INTR_Int8ArrayPrototype + 2 * k] = kp;
        JSValue *hkp = heap_handle(vm, kp);
        JSValue kc = realm_def_class(vm, ta_names[k], ctors[k], 3, *hkp);
        if (kc == VAL_EXCEPTION) goto out;
        vm->intrinsics[INTR_Int8Array + 2 * k] = kc;
        JSValue *hkc = heap_handle(vm, kc);
        if (obj_set_proto(vm, *hkc, *hc) < 0 || !def_bpe(vm, *hkc, (TaKind)k) || !def_bpe(vm, *hkp, (TaKind)k)) goto out;
    }
    if (!bi_ta_base64_init(vm)) goto out;
    ok = true;
out:
    heap_scope_close(vm, hs);
    return ok;
}
