/*
 * bi_util.c -- small spec operations shared by the builtin families
 * (LengthOfArrayLike, indexed Get/Set/Delete, GetPrototypeFromConstructor,
 * iterator results, wrappers).  See bi_internal.h.
 */
#include <stdio.h>

#include "bi_internal.h"
#include "shape.h"

JSValue bi_this_object(VM *vm, JSValue *args, const char *method)
{
    if (val_is_nullish(args[-1])) return err_throw_type(vm, TypeError, "%s called on null or undefined", method);
    return rt_to_object(vm, args[-1]);
}

bool bi_length_of(VM *vm, JSValue obj, double *out)
{
    if (val_is_array(obj)) {
        *out = val_obj(obj)->length;
        return true;
    }
    JSValue len = rt_get(vm, obj, vm_atom(vm, ATOM_length));
    if (len == VAL_EXCEPTION) return false;
    return rt_to_length(vm, len, out);
}

JSValue bi_get_index(VM *vm, JSValue obj, double i)
{
    JSValue v;
    if (val_is_array(obj) && i <= 4294967294.0 && arr_fast_get(obj, (uint32_t)i, &v)) return v;
    JSValue key = bi_index_key(vm, i);
    if (key == VAL_EXCEPTION) return key;
    return rt_get(vm, obj, key);
}

int bi_get_present(VM *vm, JSValue obj, double i, JSValue *out)
{
    if (val_is_array(obj) && i <= 4294967294.0 && arr_fast_get(obj, (uint32_t)i, out)) return 1;
    HandleScope hs = heap_scope_open(vm);
    JSValue *o = heap_handle(vm, obj);
    JSValue key = bi_index_key(vm, i);
    int r = -1;
    if (key != VAL_EXCEPTION) {
        JSValue *k = heap_handle(vm, key);
        r = obj_has_property(vm, *o, *k);
        if (r == 1) {
            JSValue v = obj_get(vm, *o, *k);
            if (v == VAL_EXCEPTION)
                r = -1;
            else
                *out = v;
        }
    }
    heap_scope_close(vm, hs);
    return r;
}

int bi_set_index(VM *vm, JSValue obj, double i, JSValue v)
{
    if (bi_is_fast_array(obj) && i < val_obj(obj)->length) {
        JSObject *o = val_obj(obj);
        uint32_t idx = (uint32_t)i;
        if (o->elements && idx < o->elements->capacity && o->elements->v[idx] != VAL_HOLE) {
            heap_store(&vm->heap, &o->elements->hdr, &o->elements->v[idx], v);
            return 0;
        }
    }
    HandleScope hs = heap_scope_open(vm);
    JSValue *o = heap_handle(vm, obj);
    JSValue *hv = heap_handle(vm, v);
    JSValue key = bi_index_key(vm, i);
    int r = key == VAL_EXCEPTION ? -1 : rt_set(vm, *o, key, *hv, true);
    heap_scope_close(vm, hs);
    return r < 0 ? -1 : 0;
}

int bi_set_length(VM *vm, JSValue obj, double len)
{
    return rt_set(vm, obj, vm_atom(vm, ATOM_length), val_number(len), true) < 0 ? -1 : 0;
}

int bi_delete_index(VM *vm, JSValue obj, double i)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *o = heap_handle(vm, obj);
    JSValue key = bi_index_key(vm, i);
    int r = key == VAL_EXCEPTION ? -1 : rt_delete(vm, *o, key, true);
    heap_scope_close(vm, hs);
    return r < 0 ? -1 : 0;
}

int bi_create_index(VM *vm, JSValue obj, double i, JSValue v)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *o = heap_handle(vm, obj);
    JSValue *hv = heap_handle(vm, v);
    JSValue key = bi_index_key(vm, i);
    int r = -1;
    if (key != VAL_EXCEPTION) {
        PropDesc d = { .value = *hv, .getter = VAL_HOLE, .setter = VAL_HOLE, .attrs = PROP_DEFAULT,
                       .has = DESC_HAS_VALUE | DESC_HAS_WRITABLE | DESC_HAS_ENUMERABLE | DESC_HAS_CONFIGURABLE };
        r = obj_define_own(vm, *o, key, &d, true) < 0 ? -1 : 0;
        if (r == 0 && err_pending(vm)) r = -1;
    }
    heap_scope_close(vm, hs);
    return r;
}

bool bi_relative_index(VM *vm, JSValue arg, double len, double dflt, double *out)
{
    if (arg == VAL_UNDEFINED) {
        *out = dflt;
        return true;
    }
    double rel;
    if (!rt_to_integer_or_inf(vm, arg, &rel)) return false;
    if (rel < 0)
        *out = rel + len < 0 ? 0 : rel + len;
    else
        *out = rel > len ? len : rel;
    return true;
}

JSValue bi_proto_from_ctor(VM *vm, JSValue new_target, IntrinsicId fallback)
{
    if (!val_is_object(new_target)) return vm_intrinsic(vm, fallback);
    JSValue p = obj_get(vm, new_target, vm_atom(vm, ATOM_prototype));
    if (p == VAL_EXCEPTION) return p;
    return val_is_object(p) ? p : vm_intrinsic(vm, fallback);
}

JSValue bi_iter_result(VM *vm, JSValue value, bool done)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *v = heap_handle(vm, value);
    heap_handle(vm, val_from_bool(done));   /* v + 1 */
    JSValue o = obj_new(vm, vm_intrinsic(vm, INTR_ObjectPrototype));
    if (o != VAL_EXCEPTION) {
        JSValue *ho = heap_handle(vm, o);
        const JSValue keys[2] = { vm_atom(vm, ATOM_value), vm_atom(vm, ATOM_done) };
        const uint32_t attrs[2] = { PROP_DEFAULT, PROP_DEFAULT };
        int fast = shape_add_fresh(vm, ho, 2, keys, attrs, v);
        if (fast != 0)
            o = fast > 0 ? *ho : VAL_EXCEPTION;
        else if (obj_define_value(vm, *ho, vm_atom(vm, ATOM_value), *v, PROP_DEFAULT) < 0 ||
            obj_define_value(vm, *ho, vm_atom(vm, ATOM_done), val_from_bool(done), PROP_DEFAULT) < 0)
            o = VAL_EXCEPTION;
        else
            o = *ho;
    }
    heap_scope_close(vm, hs);
    return o;
}

JSValue bi_own_keys(VM *vm, JSValue obj, int flags)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue keys = obj_own_keys(vm, obj, flags);
    if (keys == VAL_EXCEPTION) {
        heap_scope_close(vm, hs);
        return keys;
    }
    JSValue *hk = heap_handle(vm, keys);
    uint32_t n = val_obj(*hk)->length;
    for (uint32_t i = 0; i < n; i++) {
        JSObject *o = val_obj(*hk);
        if (!o->elements || i >= o->elements->capacity) break;
        JSValue k = o->elements->v[i];
        if (val_is_int(k)) {
            JSValue s = atom_key_to_string(vm, k);
            if (s == VAL_EXCEPTION) {
                heap_scope_close(vm, hs);
                return s;
            }
            o = val_obj(*hk);
            heap_store(&vm->heap, &o->elements->hdr, &o->elements->v[i], s);
        }
    }
    keys = *hk;
    heap_scope_close(vm, hs);
    return keys;
}

JSValue bi_key_at(VM *vm, JSValue keys, uint32_t i)
{
    JSValue k = bi_get_index(vm, keys, i);
    if (k == VAL_EXCEPTION || val_is_symbol(k) || val_is_int(k)) return k;
    return atom_to_key(vm, k);
}

JSValue bi_new_wrapper(VM *vm, JSValue proto, ObjClass cls, JSValue internal)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *in = heap_handle(vm, internal);
    JSValue o = obj_new_class(vm, proto, cls, sizeof(JSWrapper));
    if (o != VAL_EXCEPTION) {
        JSWrapper *w = (JSWrapper *)val_obj(o);
        heap_store(&vm->heap, &w->obj.hdr, &w->internal, *in);
    }
    heap_scope_close(vm, hs);
    return o;
}

bool bi_this_primitive(JSValue v, ObjClass cls, JSValue *out)
{
    if (obj_is_class(v, cls)) {
        *out = ((JSWrapper *)val_obj(v))->internal;
        return true;
    }
    bool ok = (cls == CLS_NUMBER && val_is_number(v)) || (cls == CLS_STRING && val_is_string(v)) ||
              (cls == CLS_BOOLEAN && val_is_bool(v)) || (cls == CLS_SYMBOL && val_is_symbol(v)) ||
              (cls == CLS_BIGINT && val_is_bigint(v));
    if (ok) *out = v;
    return ok;
}

char *bi_describe(VM *vm, JSValue v)
{
    if (!val_is_object(v) || val_is_array(v) || val_is_function(v)) return err_describe(vm, v);
    /* V8 names other objects by their constructor: #<Object>, #<Foo>
     * (never through a proxy: describing a value runs no traps) */
    for (JSValue p = v; val_is_object(p) && val_obj(p)->cls != CLS_PROXY; p = val_obj(p)->proto) {
        PropDesc d;
        if (obj_get_own_property(vm, p, vm_atom(vm, ATOM_constructor), &d) == 1 && !(d.attrs & PROP_ACCESSOR) &&
            val_is_function(d.value)) {
            PropDesc n;
            if (obj_get_own_property(vm, d.value, vm_atom(vm, ATOM_name), &n) == 1 && val_is_string(n.value) &&
                str_length(n.value) > 0) {
                char *name = str_to_utf8(vm, n.value, NULL);
                char *r = name ? malloc(strlen(name) + 4) : NULL;
                if (r) sprintf(r, "#<%s>", name);
                free(name);
                return r;
            }
            break;
        }
    }
    char *r = malloc(10);
    if (r) strcpy(r, "#<Object>");
    return r;
}

JSValue bi_list_push(VM *vm, JSValue list, const JSValue *hv)
{
    if (!val_is_kind(list, CELL_VALARRAY)) {
        list = valarray_new(vm, 2);
    } else {
        ValArray *l = (ValArray *)val_cell(list);
        if (l->count == l->capacity) list = valarray_grow(vm, list, l->capacity * 2);
    }
    if (list == VAL_EXCEPTION) return VAL_EXCEPTION;
    ValArray *l = (ValArray *)val_cell(list);
    heap_store(&vm->heap, &l->hdr, &l->v[l->count], *hv);
    l->count++;
    return list;
}

/* ---- GroupBy ------------------------------------------------------------------ */

JSValue bi_group_by(VM *vm, JSValue *args, int argc, const BiGroupBy *how)
{
    BI_SCOPE;
    JSValue items = bi_arg(args, argc, 0), cb = bi_arg(args, argc, 1);
    if (val_is_nullish(items)) BI_RETURN(err_throw_type(vm, TypeError, "%s called on null or undefined", how->who));
    if (!rt_is_callable(cb)) BI_RETURN(err_throw_type(vm, TypeError, "%s: callback is not a function", how->who));
    /* slot[0] = the result, slot[1] = key, slot[2] = value: consecutive
     * handles, so a Map's own get/set can take slot + 1 as its arguments */
    JSValue *slot = heap_handle(vm, VAL_UNDEFINED);
    heap_handle(vm, VAL_UNDEFINED);
    heap_handle(vm, VAL_UNDEFINED);
    slot[0] = how->make(vm);
    if (slot[0] == VAL_EXCEPTION) BI_RETURN(VAL_EXCEPTION);
    JSValue it = rt_get_iterator(vm, args[0]);
    if (it == VAL_EXCEPTION) BI_RETURN(it);
    JSValue *hit = heap_handle(vm, it);
    JSValue next = obj_get(vm, *hit, vm_atom(vm, ATOM_next));
    if (next == VAL_EXCEPTION) BI_RETURN(next);
    JSValue *hnext = heap_handle(vm, next);
    HandleScope iter_mark = heap_scope_open(vm);
    for (double k = 0;; k++) {
        heap_scope_close(vm, iter_mark);
        bool done = false;
        JSValue v = rt_iterator_step(vm, *hit, *hnext, &done);
        if (v == VAL_EXCEPTION) BI_RETURN(v);
        if (done) break;
        slot[2] = v;
        JSValue cargs[2] = { v, val_number(k) };
        JSValue key = vm_call(vm, args[1], VAL_UNDEFINED, 2, cargs);
        if (key != VAL_EXCEPTION && how->property_keys) key = rt_to_property_key(vm, key);
        if (key == VAL_EXCEPTION) {
            rt_iterator_close_quiet(vm, *hit);
            BI_RETURN(VAL_EXCEPTION);
        }
        if (!how->property_keys && val_is_number(key) && val_to_number(key) == 0) key = val_from_int(0); /* -0 -> +0 */
        slot[1] = key;
        if (how->add(vm, slot) < 0) BI_RETURN(VAL_EXCEPTION);
    }
    BI_RETURN(slot[0]);
}

JSValue *bi_entry_pair(VM *vm, JSValue entry)
{
    /* kv[0] holds the entry until both reads are done, kv[1] the key meanwhile */
    JSValue *kv = heap_handle(vm, entry);
    heap_handle(vm, VAL_UNDEFINED);
    if (!val_is_object(entry)) {
        char *d = bi_describe(vm, entry);
        err_throw_type(vm, TypeError, "Iterator value %s is not an entry object", d ? d : "value");
        free(d);
        return NULL;
    }
    kv[1] = bi_get_index(vm, kv[0], 0);
    if (kv[1] == VAL_EXCEPTION) return NULL;
    JSValue v = bi_get_index(vm, kv[0], 1);
    if (v == VAL_EXCEPTION) return NULL;
    kv[0] = kv[1];
    kv[1] = v;
    return kv;
}
