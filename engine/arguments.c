/*
 * arguments.c -- parameter maps of sloppy arguments objects (see arguments.h).
 */
#include "arguments.h"
#include "object_internal.h"
#include "shape.h"
#include "vm.h"

int args_attach_map(VM *vm, JSValue *args, uint32_t nformals, uint32_t argc)
{
    uint32_t n = nformals < argc ? nformals : argc;
    if (!n) return 0;
    JSValue m = valarray_new(vm, n);
    if (m == VAL_EXCEPTION) return -1;
    ValArray *a = (ValArray *)val_cell(m);
    for (uint32_t i = 0; i < n; i++) a->v[i] = VAL_HOLE;   /* all mapped */
    JSWrapper *w = (JSWrapper *)val_obj(*args);
    heap_store(&vm->heap, &w->obj.hdr, &w->internal, m);
    return 0;
}

void args_unmap(VM *vm, JSValue args, uint32_t i, JSValue value)
{
    ValArray *m = args_map(val_obj(args));
    if (!m || i >= m->capacity || m->v[i] != VAL_HOLE) return;
    heap_store(&vm->heap, &m->hdr, &m->v[i], value);
}

/* A mapped element's value: a data property (dense element or, after an
 * attribute change made the object sparse, a shape entry). */
static JSValue mapped_value(VM *vm, JSValue args, uint32_t i)
{
    const JSObject *o = val_obj(args);
    if (!(o->flags & OBJ_SPARSE) && o->elements && i < o->elements->capacity && o->elements->v[i] != VAL_HOLE)
        return o->elements->v[i];
    OwnProp p;
    if (obj_find_own(vm, o, val_from_int((int32_t)i), &p) && !(p.attrs & PROP_ACCESSOR)) return p.value;
    return VAL_UNDEFINED;
}

void args_unmap_all(VM *vm, JSValue args)
{
    ValArray *m = args_map(val_obj(args));
    for (uint32_t i = 0; m && i < m->capacity; i++) {
        if (m->v[i] != VAL_HOLE) continue;
        args_unmap(vm, args, i, mapped_value(vm, args, i));
        m = args_map(val_obj(args));
    }
}

JSValue args_param_load(VM *vm, JSValue args, uint32_t i, JSValue cur)
{
    if (!val_is_object(args)) return cur;
    ValArray *m = args_map(val_obj(args));
    if (!m || i >= m->capacity) return cur;
    if (m->v[i] == VAL_HOLE) return mapped_value(vm, args, i);
    return m->v[i];
}

int args_param_store(VM *vm, JSValue args, uint32_t i, JSValue v)
{
    if (!val_is_object(args)) return 1;
    JSObject *o = val_obj(args);
    ValArray *m = args_map(o);
    if (!m || i >= m->capacity) return 1;
    if (m->v[i] != VAL_HOLE) {
        heap_store(&vm->heap, &m->hdr, &m->v[i], v);
        return 1;
    }
    if (!(o->flags & OBJ_SPARSE) && o->elements && i < o->elements->capacity && o->elements->v[i] != VAL_HOLE) {
        heap_store(&vm->heap, &o->elements->hdr, &o->elements->v[i], v);
        return 1;
    }
    /* sparse: the mapped element is a writable data entry of the shape */
    return obj_set(vm, args, val_from_int((int32_t)i), v, args) < 0 ? -1 : 1;
}
