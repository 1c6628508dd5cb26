/*
 * arguments.h -- the parameter map of sloppy-mode arguments objects
 * (prefix args_; ECMA-262 10.4.4, see docs/objects.md "Arguments").
 *
 * A mapped arguments object is a CLS_ARGUMENTS object of JSWrapper size
 * whose internal value is a ValArray [box_0 .. box_n-1]: box_i == VAL_HOLE
 * (never a JS value) says parameter i is still mapped to element i, so
 * any number of parameters is mapped at the cost of one compare.  While it
 * is, the element *is* the parameter's storage: the compiler reads and
 * writes such a parameter through ARG_LOAD / ARG_STORE.  Deleting the
 * element, redefining it as an accessor or making it non-writable unmaps
 * it (args_unmap, called from object.c) and saves the parameter's value
 * in box_i, its storage from then on.  Indices >= min(formals, argc)
 * were never mapped: the parameter's own register or env slot holds it.
 */
#ifndef TL_ARGUMENTS_H
#define TL_ARGUMENTS_H

#include <stdbool.h>
#include <stdint.h>
#include "object.h"

struct VM;
struct Frame;

/* The map of o, or NULL when o is not a mapped arguments object. */
static inline ValArray *args_map(const JSObject *o)
{
    if (o->cls != CLS_ARGUMENTS || cell_size(&o->hdr) < sizeof(JSWrapper)) return NULL;
    JSValue m = ((const JSWrapper *)o)->internal;
    return val_is_cell(m) ? (ValArray *)val_cell(m) : NULL;
}

/* The mapped parameter index key names in o, or -1. */
static inline int args_mapped_index(const JSObject *o, JSValue key)
{
    const ValArray *m = args_map(o);
    if (!m || !val_is_int(key)) return -1;
    int32_t i = val_int(key);
    if (i < 0 || (uint32_t)i >= m->capacity) return -1;
    return m->v[i] == VAL_HOLE ? i : -1;
}

/* Give a new arguments object (JSWrapper-sized) a map of its first
 * min(nformals, argc) parameters.  -1 on out of memory. */
int args_attach_map(struct VM *vm, JSValue *args, uint32_t nformals, uint32_t argc);
/* Parameter i stops being mapped; value is its current value. */
void args_unmap(struct VM *vm, JSValue args, uint32_t i, JSValue value);
/* Unmap every parameter (SetIntegrityLevel frozen). */
void args_unmap_all(struct VM *vm, JSValue args);
/* ARG_LOAD: parameter i's value if args holds it (mapped or unmapped),
 * else cur (the parameter's own storage). */
JSValue args_param_load(struct VM *vm, JSValue args, uint32_t i, JSValue cur);
/* Its inline fast path: a mapped parameter whose element is dense. */
static inline JSValue args_param_load_fast(struct VM *vm, JSValue args, uint32_t i, JSValue cur)
{
    if (val_is_object(args)) {
        const JSObject *o = val_obj(args);
        const ValArray *m = args_map(o);
        if (!m || i >= m->capacity) return cur;
        if (m->v[i] == VAL_HOLE && !(o->flags & OBJ_SPARSE) && o->elements &&
            i < o->elements->capacity && o->elements->v[i] != VAL_HOLE)
            return o->elements->v[i];
    }
    return args_param_load(vm, args, i, cur);
}
/* ARG_STORE: parameter i = v where args holds it.  -1 on exception. */
int args_param_store(struct VM *vm, JSValue args, uint32_t i, JSValue v);

#endif
