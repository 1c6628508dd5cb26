/*
 * env.c -- the small structural cells of object.h: environment records
 * (env_), symbols (sym_) and value arrays (valarray_).
 */
#include "vm.h"

JSValue env_new(VM *vm, JSValue parent, uint32_t count)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *hp = heap_handle(vm, parent);
    JSEnv *e = (JSEnv *)vm_alloc(vm, CELL_ENV, sizeof(JSEnv) + (size_t)count * sizeof(JSValue));
    if (!e) {
        heap_scope_close(vm, hs);
        return VAL_EXCEPTION;
    }
    e->parent = *hp;
    e->count = count;
    e->pad = 0;
    for (uint32_t i = 0; i < count; i++) e->vars[i] = VAL_UNDEFINED;
    heap_scope_close(vm, hs);
    return val_from_cell(e);
}

JSValue sym_new(VM *vm, JSValue description)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *hd = heap_handle(vm, description);
    JSSymbol *s = (JSSymbol *)vm_alloc(vm, CELL_SYMBOL, sizeof(JSSymbol));
    if (!s) {
        heap_scope_close(vm, hs);
        return VAL_EXCEPTION;
    }
    s->description = *hd;
    heap_scope_close(vm, hs);
    return val_from_cell(s);
}

JSValue valarray_new(VM *vm, uint32_t capacity)
{
    ValArray *a = (ValArray *)vm_alloc(vm, CELL_VALARRAY, sizeof(ValArray) + (size_t)capacity * sizeof(JSValue));
    if (!a) return VAL_EXCEPTION;
    a->capacity = capacity;
    a->count = 0;
    for (uint32_t i = 0; i < capacity; i++) a->v[i] = VAL_UNDEFINED;
    return val_from_cell(a);
}

JSValue valarray_grow(VM *vm, JSValue arr, uint32_t min_capacity)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *ha = heap_handle(vm, arr);
    uint32_t old = ((ValArray *)val_cell(arr))->capacity;
    uint32_t cap = old > min_capacity ? old : min_capacity;
    ValArray *n = (ValArray *)vm_alloc(vm, CELL_VALARRAY, sizeof(ValArray) + (size_t)cap * sizeof(JSValue));
    if (!n) {
        heap_scope_close(vm, hs);
        return VAL_EXCEPTION;
    }
    ValArray *o = (ValArray *)val_cell(*ha);
    n->capacity = cap;
    n->count = o->count;
    memcpy(n->v, o->v, (size_t)old * sizeof(JSValue));
    for (uint32_t i = old; i < cap; i++) n->v[i] = VAL_UNDEFINED;
    heap_scope_close(vm, hs);
    return val_from_cell(n);
}
