/*
 * array.h -- Array objects (prefix arr_).  A JSObject with cls CLS_ARRAY;
 * obj->length is the JS length, obj->elements the dense storage
 * (capacity >= length unless OBJ_SPARSE), holes are VAL_HOLE.
 */
#ifndef TL_ARRAY_H
#define TL_ARRAY_H

#include "object.h"

JSValue arr_new(struct VM *vm, uint32_t length);                    /* length holes */
JSValue arr_new_from(struct VM *vm, const JSValue *vals, uint32_t n);
/* append at length: in place (CreateDataProperty) on a dense extensible
 * array whatever its prototypes hold, else Set(O, len, v, true) and the
 * new length; -1 on exception */
int arr_push(struct VM *vm, JSValue arr, JSValue v);
int arr_set_length(struct VM *vm, JSValue arr, double new_len);     /* RangeError on invalid */
/* Element fast paths (no prototype walk, no holes): */
static inline bool arr_fast_get(JSValue arr, uint32_t i, JSValue *out)
{
    JSObject *o = val_obj(arr);
    if (o->elements && i < o->length && i < o->elements->capacity) {
        JSValue v = o->elements->v[i];
        if (v != VAL_HOLE) { *out = v; return true; }
    }
    return false;
}
/* No prototype of obj has indexed properties (none is sparse, a proxy or
 * a String wrapper, no element is set), so a hole reads as absent. */
bool arr_protos_have_no_elements(struct VM *vm, JSValue obj);
/* vm->array_protos_plain, the protector of the check above: true while
 * %Array.prototype% and %Object.prototype% have never had an element
 * stored or gone sparse and %Array.prototype%'s prototype has never
 * changed.  arr_protos_init raises it once the intrinsics exist;
 * arr_protos_touched(o), called before o gets elements, goes sparse or
 * changes its prototype, lowers it for good if o is one of the two. */
void arr_protos_init(struct VM *vm);
void arr_protos_touched(struct VM *vm, const JSObject *o);
/* Ensure elements capacity >= n (may allocate, may move arr). */
int arr_reserve(struct VM *vm, JSValue obj, uint32_t n);

/* ---- used by the object model (object.c) ----
 * ArraySetLength: [[DefineOwnProperty]](arr, "length", desc); 1/0/-1
 * (RangeError "Invalid array length" even when !throw_on_fail). */
int arr_define_length(struct VM *vm, JSValue arr, const PropDesc *desc, bool throw_on_fail);
/* Store element i (default attributes) of the object in *obj, growing
 * elements or switching to OBJ_SPARSE for very sparse writes; no length
 * update.  1 or -1. */
int arr_put_element(struct VM *vm, JSValue *obj, uint32_t i, JSValue v);
/* Move every element into the shape as int keys (OBJ_SPARSE). 1 or -1. */
int arr_make_sparse(struct VM *vm, JSValue *obj);

#endif
