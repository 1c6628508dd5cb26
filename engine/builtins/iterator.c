/*
 * iterator.c -- %IteratorPrototype%, Array Iterator and String Iterator
 * objects (prefix bi_iterator_ / bi_*_iterator_new).
 *
 * An Array Iterator is a JSWrapper of class CLS_ARRAY_ITERATOR whose
 * internal value is a ValArray [target, index, kind] (index a number,
 * kind ITER_KIND_*; target undefined once exhausted).  A String Iterator
 * (CLS_STRING_ITERATOR) holds [string, index].  The interpreter may step
 * array iterators directly as long as it keeps this layout.
 */
#include "bi_internal.h"
#include "typedarray.h"

enum { AI_TARGET = 0, AI_INDEX = 1, AI_KIND = 2 };

static JSValue iterator_self(VM *vm, JSValue *args, int argc, JSValue nt)
{
    return args[-1];
}

static JSValue new_iterator(VM *vm, IntrinsicId proto, ObjClass cls, JSValue a, JSValue b, JSValue c)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *ha = heap_handle(vm, a), *hb = heap_handle(vm, b), *hc = heap_handle(vm, c);
    JSValue r = valarray_new(vm, 3);
    if (r != VAL_EXCEPTION) {
        ValArray *st = (ValArray *)val_cell(r);
        st->v[0] = *ha;
        st->v[1] = *hb;
        st->v[2] = *hc;
        st->count = 3;
        r = bi_new_wrapper(vm, vm_intrinsic(vm, proto), cls, r);
    }
    heap_scope_close(vm, hs);
    return r;
}

JSValue bi_array_iterator_new(VM *vm, JSValue target, int kind)
{
    return new_iterator(vm, INTR_ArrayIteratorPrototype, CLS_ARRAY_ITERATOR, target, val_from_int(0),
                        val_from_int(kind));
}

JSValue bi_string_iterator_new(VM *vm, JSValue str)
{
    return new_iterator(vm, INTR_StringIteratorPrototype, CLS_STRING_ITERATOR, str, val_from_int(0), VAL_UNDEFINED);
}

static ValArray *iter_state(JSValue it)
{
    return (ValArray *)val_cell(((JSWrapper *)val_obj(it))->internal);
}

static JSValue incompatible(VM *vm, const char *what, JSValue v)
{
    char *d = bi_describe(vm, v);
    JSValue r = err_throw_type(vm, TypeError, "Method %s.prototype.next called on incompatible receiver %s", what,
                               d ? d : "value");
    free(d);
    return r;
}

static JSValue array_iterator_next(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    if (!obj_is_class(args[-1], CLS_ARRAY_ITERATOR)) BI_RETURN(incompatible(vm, "Array Iterator", args[-1]));
    ValArray *st = iter_state(args[-1]);
    JSValue target = st->v[AI_TARGET];
    if (target == VAL_UNDEFINED) BI_RETURN(bi_iter_result(vm, VAL_UNDEFINED, true));
    double index = val_to_number(st->v[AI_INDEX]);
    int kind = val_int(st->v[AI_KIND]);
    if (kind > ITER_KIND_ENTRIES) BI_RETURN(incompatible(vm, "Array Iterator", args[-1]));   /* a Map/Set iterator */
    double len;
    if (val_is_typed_array(target)) {   /* TypedArrayLength, not a "length" lookup */
        if (ta_out_of_bounds(ta_of(target)))
            BI_RETURN(err_throw_type(vm, TypeError, "Cannot perform %%ArrayIteratorPrototype%%.next on a detached or out of bounds ArrayBuffer"));
        len = ta_length(ta_of(target));
    } else if (!bi_length_of(vm, target, &len)) {
        BI_RETURN(VAL_EXCEPTION);
    }
    st = iter_state(args[-1]);
    if (index >= len) {
        heap_store(&vm->heap, &st->hdr, &st->v[AI_TARGET], VAL_UNDEFINED);
        BI_RETURN(bi_iter_result(vm, VAL_UNDEFINED, true));
    }
    st->v[AI_INDEX] = val_number(index + 1);
    if (kind == ITER_KIND_KEYS) BI_RETURN(bi_iter_result(vm, val_number(index), false));
    JSValue v = bi_get_index(vm, st->v[AI_TARGET], index);
    if (v == VAL_EXCEPTION) BI_RETURN(v);
    if (kind == ITER_KIND_ENTRIES) {
        JSValue *pair = heap_handle(vm, val_number(index));   /* arr_new_from needs rooted values */
        heap_handle(vm, v);
        v = arr_new_from(vm, pair, 2);
        if (v == VAL_EXCEPTION) BI_RETURN(v);
    }
    BI_RETURN(bi_iter_result(vm, v, false));
}

static JSValue string_iterator_next(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    if (!obj_is_class(args[-1], CLS_STRING_ITERATOR)) BI_RETURN(incompatible(vm, "String Iterator", args[-1]));
    ValArray *st = iter_state(args[-1]);
    JSValue s = st->v[0];
    if (s == VAL_UNDEFINED) BI_RETURN(bi_iter_result(vm, VAL_UNDEFINED, true));
    uint32_t pos = (uint32_t)val_int(st->v[1]);
    JSString *fs = str_flatten(vm, s);
    if (!fs) BI_RETURN(VAL_EXCEPTION);
    st = iter_state(args[-1]);
    if (pos >= fs->length) {
        heap_store(&vm->heap, &st->hdr, &st->v[0], VAL_UNDEFINED);
        BI_RETURN(bi_iter_result(vm, VAL_UNDEFINED, true));
    }
    uint16_t u = str_unit(fs, pos);
    uint32_t n = 1;
    if (u >= 0xD800 && u <= 0xDBFF && pos + 1 < fs->length) {
        uint16_t u2 = str_unit(fs, pos + 1);
        if (u2 >= 0xDC00 && u2 <= 0xDFFF) n = 2;
    }
    st->v[1] = val_from_int((int32_t)(pos + n));
    JSValue r = n == 1 ? str_from_unit(vm, u) : str_substring(vm, val_from_cell(fs), pos, pos + 2);
    if (r == VAL_EXCEPTION) BI_RETURN(r);
    BI_RETURN(bi_iter_result(vm, r, false));
}

static bool make_proto(VM *vm, IntrinsicId id, const char *tag, NativeFn next)
{
    HandleScope hs = heap_scope_open(vm);
    bool ok = false;
    JSValue p = obj_new(vm, vm_intrinsic(vm, INTR_IteratorPrototype));
    if (p == VAL_EXCEPTION) goto out;
    vm->intrinsics[id] = p;
    JSValue *hp = heap_handle(vm, p);
    if (realm_def_method(vm, *hp, "next", next, 0, 0) < 0) goto out;
    JSValue t = str_from_cstr(vm, tag);
    if (t == VAL_EXCEPTION) goto out;
    if (obj_define_value(vm, *hp, vm_intrinsic(vm, INTR_SymbolToStringTag), t, PROP_CONFIGURABLE) < 0) goto out;
    ok = true;
out:
    heap_scope_close(vm, hs);
    return ok;
}

bool bi_iterator_init(VM *vm)
{
    HandleScope hs = heap_scope_open(vm);
    bool ok = false;
    JSValue ip = obj_new(vm, vm_intrinsic(vm, INTR_ObjectPrototype));
    if (ip == VAL_EXCEPTION) goto out;
    vm->intrinsics[INTR_IteratorPrototype] = ip;
    if (realm_def_method_key(vm, ip, vm_intrinsic(vm, INTR_SymbolIterator), "[Symbol.iterator]", iterator_self, 0) < 0)
        goto out;
    ok = make_proto(vm, INTR_ArrayIteratorPrototype, "Array Iterator", array_iterator_next) &&
         make_proto(vm, INTR_StringIteratorPrototype, "String Iterator", string_iterator_next);
    if (ok) {
        PropDesc d;
        if (obj_get_own_property(vm, vm_intrinsic(vm, INTR_ArrayIteratorPrototype), vm_atom(vm, ATOM_next), &d) == 1)
            vm->intrinsics[INTR_ArrayIteratorProtoNext] = d.value;
    }
out:
    heap_scope_close(vm, hs);
    return ok;
}
