/*
 * array.c -- Array exotic objects and element storage (prefix arr_).
 *
 * Elements of every object live in obj->elements, a dense ValArray with
 * VAL_HOLE for absent indices.  For arrays, capacity >= length unless the
 * array is OBJ_SPARSE (then every index is an int key in the shape and
 * elements is NULL).  An object goes sparse when an element gets
 * non-default attributes, when a write lands far beyond the capacity
 * (i > SPARSE_GAP + 2 * capacity), or when an array's length is set far
 * beyond what is worth allocating.  It never goes back.
 *
 * `length` of an array is virtual (obj->length, OBJ_LENGTH_READONLY);
 * arr_define_length is ArraySetLength.
 */
#include "object_internal.h"

#include "allocsite.h"
#include "array.h"
#include "error.h"
#include "runtime.h"

#define SPARSE_GAP 1024u
/* Lengths up to this are allocated eagerly (new Array(n), length = n). */
#define PREALLOC_MAX (1u << 22)

/* Grow elements of *obj to capacity ncap (new entries are holes). */
static bool grow_elements(VM *vm, JSValue *obj, uint32_t ncap)
{
    JSObject *o = val_obj(*obj);
    uint32_t old = o->elements ? o->elements->capacity : 0;
    if (ncap <= old) return true;
    arr_protos_touched(vm, o);
    bool pre = site_follow(&vm->heap, &o->hdr);   /* an old array's elements are born old */
    JSValue na = o->elements ? valarray_grow(vm, val_from_cell(o->elements), ncap) : valarray_new(vm, ncap);
    site_unfollow(&vm->heap, pre);
    if (na == VAL_EXCEPTION) return false;
    ValArray *a = (ValArray *)val_cell(na);
    for (uint32_t i = old; i < ncap; i++) a->v[i] = VAL_HOLE;
    o = val_obj(*obj);
    heap_store_cell(&vm->heap, &o->hdr, (Cell **)&o->elements, &a->hdr);
    return true;
}

int arr_reserve(VM *vm, JSValue obj, uint32_t n)
{
    if (val_obj(obj)->flags & OBJ_SPARSE) return 1;
    HandleScope hs = heap_scope_open(vm);
    JSValue *h = heap_handle(vm, obj);
    bool ok = grow_elements(vm, h, n);
    heap_scope_close(vm, hs);
    return ok ? 1 : -1;
}

int arr_make_sparse(VM *vm, JSValue *obj)
{
    if (val_obj(*obj)->flags & OBJ_SPARSE) return 1;
    arr_protos_touched(vm, val_obj(*obj));
    if (!shape_make_dict(vm, obj)) return -1;
    uint32_t attrs = elem_attrs(val_obj(*obj));
    for (uint32_t i = 0;; i++) {
        ValArray *el = val_obj(*obj)->elements;
        if (!el || i >= el->capacity) break;
        if (el->v[i] == VAL_HOLE) continue;
        if (!shape_add_property(vm, obj, val_from_int((int32_t)i), attrs, el->v[i])) return -1;
    }
    JSObject *o = val_obj(*obj);
    heap_store_cell(&vm->heap, &o->hdr, (Cell **)&o->elements, NULL);
    o->flags = (uint16_t)((o->flags | OBJ_SPARSE) & ~(OBJ_FROZEN_ELEMENTS | OBJ_SEALED_ELEMENTS));
    return 1;
}

int arr_put_element(VM *vm, JSValue *obj, uint32_t i, JSValue v)
{
    JSObject *o = val_obj(*obj);
    ValArray *el = o->elements;
    uint32_t cap = el ? el->capacity : 0;
    if (!(o->flags & OBJ_SPARSE) && i < cap) {
        heap_store(&vm->heap, &el->hdr, &el->v[i], v);
        return 1;
    }
    HandleScope hs = heap_scope_open(vm);
    JSValue *hv = heap_handle(vm, v);
    int r = 1;
    if (!(o->flags & OBJ_SPARSE) && i <= SPARSE_GAP + 2 * (uint64_t)cap) {
        uint64_t ncap = cap < 4 ? 8 : (uint64_t)cap + cap / 2 + 8;
        if (ncap < (uint64_t)i + 1) ncap = (uint64_t)i + 1;
        if (!grow_elements(vm, obj, (uint32_t)ncap)) {
            r = -1;
        } else {
            el = val_obj(*obj)->elements;
            heap_store(&vm->heap, &el->hdr, &el->v[i], *hv);
        }
    } else if (arr_make_sparse(vm, obj) < 0 ||
               !shape_add_property(vm, obj, val_from_int((int32_t)i), PROP_DEFAULT, *hv)) {
        r = -1;
    }
    heap_scope_close(vm, hs);
    return r;
}

/* ---- construction ----------------------------------------------------------- */

JSValue arr_new(VM *vm, uint32_t length)
{
    JSValue a = obj_new_class(vm, vm_intrinsic(vm, INTR_ArrayPrototype), CLS_ARRAY, sizeof(JSObject));
    if (a == VAL_EXCEPTION || length == 0) return a;
    HandleScope hs = heap_scope_open(vm);
    JSValue *h = heap_handle(vm, a);
    bool ok = length <= PREALLOC_MAX ? grow_elements(vm, h, length) : arr_make_sparse(vm, h) > 0;
    if (ok) val_obj(*h)->length = length;
    a = ok ? *h : VAL_EXCEPTION;
    heap_scope_close(vm, hs);
    return a;
}

JSValue arr_new_from(VM *vm, const JSValue *vals, uint32_t n)
{
    JSValue a = arr_new(vm, n);
    if (a == VAL_EXCEPTION) return a;
    JSObject *o = val_obj(a);
    for (uint32_t i = 0; i < n; i++) o->elements->v[i] = vals[i];
    return a;
}

bool arr_protos_have_no_elements(VM *vm, JSValue obj)
{
    if (vm->array_protos_plain && val_obj(obj)->proto == vm->intrinsics[INTR_ArrayPrototype]) return true;
    for (JSValue p = val_obj(obj)->proto; val_is_object(p); p = val_obj(p)->proto) {
        JSObject *po = val_obj(p);
        if (po->flags & OBJ_SPARSE) return false;
        if (po->cls == CLS_PROXY) return false;   /* its traps may answer any index */
        if (po->cls == CLS_STRING) return false;
        if (po->cls == CLS_TYPED_ARRAY) return false; /* its [[Set]] answers any integer index */
        if (po->elements) {
            for (uint32_t i = 0; i < po->elements->capacity; i++)
                if (po->elements->v[i] != VAL_HOLE) return false;
        }
    }
    return true;
}

void arr_protos_touched(VM *vm, const JSObject *o)
{
    if (o == val_obj(vm->intrinsics[INTR_ArrayPrototype]) || o == val_obj(vm->intrinsics[INTR_ObjectPrototype]))
        vm->array_protos_plain = false;
}

void arr_protos_init(VM *vm)
{
    const JSObject *ap = val_obj(vm->intrinsics[INTR_ArrayPrototype]);
    const JSObject *op = val_obj(vm->intrinsics[INTR_ObjectPrototype]);
    vm->array_protos_plain = ap->proto == vm->intrinsics[INTR_ObjectPrototype] && op->proto == VAL_NULL &&
                             !ap->elements && !op->elements && !((ap->flags | op->flags) & OBJ_SPARSE);
}

int arr_push(VM *vm, JSValue arr, JSValue v)
{
    JSObject *o = val_obj(arr);
    ValArray *el = o->elements;
    if (el && o->length < el->capacity && (o->flags & OBJ_EXTENSIBLE) &&
        !(o->flags & (OBJ_SPARSE | OBJ_FROZEN_ELEMENTS | OBJ_LENGTH_READONLY))) {
        heap_store(&vm->heap, &el->hdr, &el->v[o->length], v);
        o->length++;
        return 1;
    }
    HandleScope hs = heap_scope_open(vm);
    JSValue *ha = heap_handle(vm, arr);
    uint32_t len = o->length;
    int r;
    JSValue *hv = heap_handle(vm, v);
    /* full: grow the elements in place (arr_put_element's growth) -- a
     * dense, extensible array with a writable length and no element at len
     * (len == capacity) -- without looking at the prototypes, like the
     * in-place store above: arr_push is CreateDataProperty(O, len, v) for
     * its internal users (filter, concat, split, match results, spread
     * ...), whose arrays a setter on Array.prototype must not see;
     * Array.prototype.push, a Set, calls it only when no prototype has an
     * indexed property (bi_array_push) */
    if (o->cls == CLS_ARRAY && (!o->elements || len == o->elements->capacity) && len < UINT32_MAX - 1 &&
        (o->flags & OBJ_EXTENSIBLE) &&
        !(o->flags & (OBJ_SPARSE | OBJ_FROZEN_ELEMENTS | OBJ_SEALED_ELEMENTS | OBJ_LENGTH_READONLY))) {
        r = arr_put_element(vm, ha, len, *hv);
        if (r > 0) val_obj(*ha)->length = len + 1;
        heap_scope_close(vm, hs);
        return r < 0 ? -1 : 1;
    }
    /* Set(O, ToString(len), v, true); Set(O, "length", len + 1, true) */
    JSValue *hk = heap_handle(vm, len <= INT32_MAX - 1 ? val_from_int((int32_t)len) : atom_to_key(vm, val_number(len)));
    if (*hk == VAL_EXCEPTION) {
        r = -1;
    } else {
        r = obj_set(vm, *ha, *hk, *hv, *ha);
        if (r == 0) r = obj_reject(vm, true, ERRMSG_READONLY, *hk);
        if (r > 0 && (double)val_obj(*ha)->length != (double)len + 1) r = arr_set_length(vm, *ha, (double)len + 1);
    }
    heap_scope_close(vm, hs);
    return r < 0 ? -1 : 1;
}

int arr_set_length(VM *vm, JSValue arr, double new_len)
{
    JSObject *o = val_obj(arr);
    if ((o->flags & OBJ_LENGTH_READONLY) && new_len != (double)o->length)
        return obj_reject(vm, true, ERRMSG_READONLY, vm_atom(vm, ATOM_length));
    PropDesc d = { val_number(new_len), VAL_HOLE, VAL_HOLE, 0, DESC_HAS_VALUE };
    return arr_define_length(vm, arr, &d, true) > 0 ? 1 : -1;
}

/* ---- ArraySetLength -------------------------------------------------------- */

/* Delete index properties >= new_len, from the top down: a
 * non-configurable one stops the deletion.  Returns the length reached
 * (> new_len when stopped). */
static uint32_t truncate_elements(VM *vm, JSValue *h, uint32_t new_len, bool *ok)
{
    JSObject *o = val_obj(*h);
    uint32_t old_len = o->length;
    uint32_t stop = new_len;
    *ok = true;
    /* index keys in the shape (sparse ints, large index atoms) */
    bool shape_keys = false;
    const PropTable *t = o->shape->table;
    for (uint32_t i = 0; t && i < t->count; i++) {
        const PropEntry *e = &t->entries[i];
        uint32_t idx;
        if (e->key == VAL_HOLE || !shape_key_index(e->key, &idx) || idx < new_len) continue;
        shape_keys = true;
        if (!(e->attrs & PROP_CONFIGURABLE) && idx + 1 > stop) stop = idx + 1;
    }
    ValArray *el = (o->flags & OBJ_SPARSE) ? NULL : o->elements;
    uint32_t end = el ? (old_len < el->capacity ? old_len : el->capacity) : 0;
    if (el && (o->flags & (OBJ_FROZEN_ELEMENTS | OBJ_SEALED_ELEMENTS))) {
        for (uint32_t i = end; i > stop; i--)
            if (el->v[i - 1] != VAL_HOLE) {
                stop = i;
                break;
            }
    }
    for (uint32_t i = stop; i < end; i++) heap_store(&vm->heap, &el->hdr, &el->v[i], VAL_HOLE);
    if (shape_keys && !shape_remove_int_keys(vm, h, stop)) {
        *ok = false;
        return stop;
    }
    /* give memory back after a large truncation */
    o = val_obj(*h);
    el = (o->flags & OBJ_SPARSE) ? NULL : o->elements;
    if (el && el->capacity > 64 && stop < el->capacity / 4) {
        uint32_t ncap = stop < 8 ? 8 : stop;
        JSValue na = valarray_new(vm, ncap);
        if (na == VAL_EXCEPTION) {
            *ok = false;
            return stop;
        }
        o = val_obj(*h);
        ValArray *a = (ValArray *)val_cell(na);
        memcpy(a->v, o->elements->v, (size_t)ncap * sizeof(JSValue));
        heap_store_cell(&vm->heap, &o->hdr, (Cell **)&o->elements, &a->hdr);
    }
    return stop;
}

int arr_define_length(VM *vm, JSValue arr, const PropDesc *desc, bool thr)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *h = heap_handle(vm, arr);
    JSValue *hv = heap_handle(vm, desc->value);
    JSValue length_key = vm_atom(vm, ATOM_length);
    uint32_t has = desc->has;
    int r = 1;
    uint32_t new_len = val_obj(arr)->length;
    if (has & DESC_HAS_VALUE) {
        double num;
        if (!rt_to_uint32(vm, *hv, &new_len) || !rt_to_double(vm, *hv, &num)) goto fail;
        if ((double)new_len != num) {
            err_throw(vm, ERRMSG_INVALID_ARRAY_LENGTH);
            goto fail;
        }
    }
    JSObject *o = val_obj(*h);
    bool readonly = (o->flags & OBJ_LENGTH_READONLY) != 0;
    /* length is {writable: !readonly, enumerable: false, configurable: false} */
    if (((has & DESC_HAS_CONFIGURABLE) && (desc->attrs & PROP_CONFIGURABLE)) ||
        ((has & DESC_HAS_ENUMERABLE) && (desc->attrs & PROP_ENUMERABLE)) ||
        (has & (DESC_HAS_GET | DESC_HAS_SET)))
        goto reject;
    if (readonly) {
        if (((has & DESC_HAS_WRITABLE) && (desc->attrs & PROP_WRITABLE)) || new_len != o->length) goto reject;
        goto done;
    }
    bool new_writable = !(has & DESC_HAS_WRITABLE) || (desc->attrs & PROP_WRITABLE);
    if (new_len >= o->length) {
        /* keep capacity >= length for dense arrays */
        uint32_t cap = o->elements ? o->elements->capacity : 0;
        if (!(o->flags & OBJ_SPARSE) && new_len > cap) {
            /* a length grown step by step (`a.length++`, the holes of a long
             * literal) grows the capacity geometrically: linear, not quadratic */
            uint64_t grown = (uint64_t)cap + cap / 2;
            uint32_t ncap = cap >= 8 && grown > new_len && grown < UINT32_MAX ? (uint32_t)grown : new_len;
            bool ok = (new_len <= PREALLOC_MAX || new_len <= SPARSE_GAP + 2 * (uint64_t)cap)
                          ? grow_elements(vm, h, ncap)
                          : arr_make_sparse(vm, h) > 0;
            if (!ok) goto fail;
            o = val_obj(*h);
        }
        o->length = new_len;
    } else {
        bool ok;
        uint32_t reached = truncate_elements(vm, h, new_len, &ok);
        if (!ok) goto fail;
        o = val_obj(*h);
        o->length = reached;
        if (reached != new_len) {
            if (!new_writable) o->flags |= OBJ_LENGTH_READONLY;
            goto reject;
        }
    }
    if (!new_writable) o->flags |= OBJ_LENGTH_READONLY;
    goto done;
reject:
    r = obj_reject(vm, thr, ERRMSG_REDEFINE, length_key);
    goto done;
fail:
    r = -1;
done:
    heap_scope_close(vm, hs);
    return r;
}
