/*
 * weakref.c -- WeakRef and FinalizationRegistry (ECMA-262 26.1, 26.2;
 * prefix bi_weakref_).
 *
 * A WeakRef is a JSWrapper (CLS_WEAKREF) whose internal value is a
 * WEAK_REF weak array [target]; a FinalizationRegistry is a JSWrapper
 * (CLS_FINREG) whose internal value is a WEAK_FINREG weak array
 * [registry, callback, rows used, rows [target, held, token]...]
 * (engine/weak.h).  Collections clear dead targets; the cleanup of dead
 * FinalizationRegistry cells runs as a host job after the collection
 * (weak_run_cleanups, from the event loop), never inside it.
 *
 * Rows are appended at FR_USED; when the array is full it is replaced by
 * one holding only the occupied rows (active or pending cleanup), doubled
 * if more than half were occupied.  The old array is retired (registry
 * slot undefined, count 0), so a cleanup running on it stops.
 */
#include "bi_internal.h"
#include "weak.h"

static ValArray *cells_of(JSValue obj) { return (ValArray *)val_cell(((JSWrapper *)val_obj(obj))->internal); }

static bool check_this(VM *vm, JSValue *args, ObjClass cls, const char *method)
{
    JSValue t = args[-1];
    CellKind want = CELL_WEAKARRAY;
    if (obj_is_class(t, cls) && val_is_kind(((JSWrapper *)val_obj(t))->internal, want)) return true;
    char *d = bi_describe(vm, t);
    err_throw_type(vm, TypeError, "Method %s called on incompatible receiver %s", method, d ? d : "value");
    free(d);
    return false;
}

/* ---- WeakRef ------------------------------------------------------------------ */

static JSValue weakref_ctor(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    if (nt == VAL_UNDEFINED) BI_RETURN(bi_throw_type(vm, "Constructor WeakRef requires 'new'"));
    JSValue *target = heap_handle(vm, bi_arg(args, argc, 0));
    if (!weak_can_be_held(vm, *target)) BI_RETURN(bi_throw_type(vm, "WeakRef: invalid target"));
    JSValue proto = bi_proto_from_ctor(vm, nt, INTR_WeakRefPrototype);
    if (proto == VAL_EXCEPTION) BI_RETURN(proto);
    JSValue *hp = heap_handle(vm, proto);
    JSValue cell = weak_array_new(vm, WEAK_REF, 1);
    if (cell == VAL_EXCEPTION) BI_RETURN(cell);
    weak_store_weak(&((ValArray *)val_cell(cell))->v[0], *target);   /* fresh array */
    JSValue r = bi_new_wrapper(vm, *hp, CLS_WEAKREF, cell);
    if (r == VAL_EXCEPTION || !weak_keep(vm, *target)) BI_RETURN(VAL_EXCEPTION);
    BI_RETURN(r);
}

static JSValue weakref_deref(VM *vm, JSValue *args, int argc, JSValue nt)
{
    if (!check_this(vm, args, CLS_WEAKREF, "WeakRef.prototype.deref")) return VAL_EXCEPTION;
    JSValue t = cells_of(args[-1])->v[0];
    if (t == VAL_UNDEFINED) return t;
    return weak_keep(vm, t) ? t : VAL_EXCEPTION;
}

/* ---- FinalizationRegistry -------------------------------------------------------- */

static JSValue finreg_ctor(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    if (nt == VAL_UNDEFINED) BI_RETURN(bi_throw_type(vm, "Constructor FinalizationRegistry requires 'new'"));
    JSValue *cb = heap_handle(vm, bi_arg(args, argc, 0));
    if (!rt_is_callable(*cb)) BI_RETURN(bi_throw_type(vm, "FinalizationRegistry: cleanup must be callable"));
    JSValue proto = bi_proto_from_ctor(vm, nt, INTR_FinalizationRegistryPrototype);
    if (proto == VAL_EXCEPTION) BI_RETURN(proto);
    JSValue *hp = heap_handle(vm, proto);
    JSValue cells = weak_array_new(vm, WEAK_FINREG, FR_ROWS + 4 * FR_WIDTH);
    if (cells == VAL_EXCEPTION) BI_RETURN(cells);
    JSValue *hcells = heap_handle(vm, cells);
    ValArray *a = (ValArray *)val_cell(cells);
    a->v[FR_CALLBACK] = *cb;   /* initialising stores */
    a->v[FR_USED] = val_from_int(0);
    JSValue r = bi_new_wrapper(vm, *hp, CLS_FINREG, *hcells);
    if (r == VAL_EXCEPTION) BI_RETURN(r);
    weak_store_weak(&((ValArray *)val_cell(*hcells))->v[FR_OWNER], r);
    BI_RETURN(r);
}

/* Make room for one more row in registry *hr's cells.  -1 on OOM. */
static int make_room(VM *vm, JSValue *hr)
{
    ValArray *a = cells_of(*hr);
    uint32_t used = (uint32_t)val_int(a->v[FR_USED]);
    if (FR_ROWS + used + FR_WIDTH <= a->capacity) return 0;
    uint32_t occupied = 0;
    for (uint32_t i = FR_ROWS; i < FR_ROWS + used; i += FR_WIDTH) occupied += a->v[i] != VAL_UNDEFINED;
    uint32_t rows = (a->capacity - FR_ROWS) / FR_WIDTH;
    if (2 * occupied > rows) {
        if (rows >= 0x10000000u) {
            err_throw_type(vm, RangeError, "FinalizationRegistry maximum size exceeded");
            return -1;
        }
        rows *= 2;
    }
    JSValue n = weak_array_new(vm, WEAK_FINREG, FR_ROWS + rows * FR_WIDTH);
    if (n == VAL_EXCEPTION) return -1;
    ValArray *na = (ValArray *)val_cell(n);
    a = cells_of(*hr);
    /* initialising stores into the fresh array */
    na->v[FR_OWNER] = a->v[FR_OWNER];
    na->v[FR_CALLBACK] = a->v[FR_CALLBACK];
    uint32_t j = FR_ROWS;
    for (uint32_t i = FR_ROWS; i < FR_ROWS + used; i += FR_WIDTH) {
        if (a->v[i] == VAL_UNDEFINED) continue;
        na->v[j] = a->v[i];
        na->v[j + 1] = a->v[i + 1];
        na->v[j + 2] = a->v[i + 2];
        j += FR_WIDTH;
    }
    na->v[FR_USED] = val_from_int((int32_t)(j - FR_ROWS));
    na->count = a->count;
    /* retire the old array: no cleanup runs on it any more */
    weak_store_weak(&a->v[FR_OWNER], VAL_UNDEFINED);
    a->count = 0;
    JSWrapper *w = (JSWrapper *)val_obj(*hr);
    heap_store(&vm->heap, &w->obj.hdr, &w->internal, n);
    return 0;
}

static JSValue finreg_register(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    if (!check_this(vm, args, CLS_FINREG, "FinalizationRegistry.prototype.register")) BI_RETURN(VAL_EXCEPTION);
    JSValue *hr = heap_handle(vm, args[-1]);
    JSValue *target = heap_handle(vm, bi_arg(args, argc, 0));
    JSValue *held = heap_handle(vm, bi_arg(args, argc, 1));
    JSValue *token = heap_handle(vm, bi_arg(args, argc, 2));
    if (!weak_can_be_held(vm, *target))
        BI_RETURN(bi_throw_type(vm, "FinalizationRegistry.prototype.register: invalid target"));
    if (rt_same_value(*target, *held))
        BI_RETURN(bi_throw_type(vm, "FinalizationRegistry.prototype.register: target and holdings must not be same"));
    if (!weak_can_be_held(vm, *token) && *token != VAL_UNDEFINED) {
        char *d = bi_describe(vm, *token);
        err_throw_type(vm, TypeError, "Invalid unregisterToken ('%s')", d ? d : "value");
        free(d);
        BI_RETURN(VAL_EXCEPTION);
    }
    if (make_room(vm, hr) < 0) BI_RETURN(VAL_EXCEPTION);
    ValArray *a = cells_of(*hr);
    uint32_t i = FR_ROWS + (uint32_t)val_int(a->v[FR_USED]);
    weak_store_weak(&a->v[i], *target);
    heap_store(&vm->heap, &a->hdr, &a->v[i + 1], *held);
    weak_store_weak(&a->v[i + 2], *token);
    a->v[FR_USED] = val_from_int((int32_t)(i + FR_WIDTH - FR_ROWS));
    BI_RETURN(VAL_UNDEFINED);
}

static JSValue finreg_unregister(VM *vm, JSValue *args, int argc, JSValue nt)
{
    if (!check_this(vm, args, CLS_FINREG, "FinalizationRegistry.prototype.unregister")) return VAL_EXCEPTION;
    JSValue token = bi_arg(args, argc, 0);
    if (!weak_can_be_held(vm, token)) {
        char *d = bi_describe(vm, token);
        err_throw_type(vm, TypeError, "Invalid unregisterToken ('%s')", d ? d : "value");
        free(d);
        return VAL_EXCEPTION;
    }
    ValArray *a = cells_of(args[-1]);
    uint32_t used = (uint32_t)val_int(a->v[FR_USED]);
    bool removed = false;
    for (uint32_t i = FR_ROWS; i < FR_ROWS + used; i += FR_WIDTH) {
        if (a->v[i] == VAL_UNDEFINED || !rt_same_value(a->v[i + 2], token)) continue;
        if (a->v[i] == VAL_NULL) a->count--;   /* a cell waiting for its cleanup */
        weak_store_weak(&a->v[i], VAL_UNDEFINED);
        weak_store_weak(&a->v[i + 2], VAL_UNDEFINED);
        heap_store(&vm->heap, &a->hdr, &a->v[i + 1], VAL_UNDEFINED);
        removed = true;
    }
    return val_from_bool(removed);
}

/* ---- init ------------------------------------------------------------------------------ */

static bool set_tag(VM *vm, JSValue obj, const char *tag)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *o = heap_handle(vm, obj);
    JSValue t = str_from_cstr(vm, tag);
    bool ok = t != VAL_EXCEPTION &&
              obj_define_value(vm, *o, vm_intrinsic(vm, INTR_SymbolToStringTag), t, PROP_CONFIGURABLE) >= 0;
    heap_scope_close(vm, hs);
    return ok;
}

static bool make_class(VM *vm, const char *name, NativeFn ctor, IntrinsicId id)
{
    HandleScope hs = heap_scope_open(vm);
    bool ok = false;
    JSValue p = obj_new(vm, vm_intrinsic(vm, INTR_ObjectPrototype));
    if (p == VAL_EXCEPTION) goto out;
    vm->intrinsics[id] = p;
    JSValue *hp = heap_handle(vm, p);
    ok = realm_def_class(vm, name, ctor, 1, *hp) != VAL_EXCEPTION && set_tag(vm, *hp, name);
out:
    heap_scope_close(vm, hs);
    return ok;
}

bool bi_weakref_init(VM *vm)
{
    if (!make_class(vm, "WeakRef", weakref_ctor, INTR_WeakRefPrototype) ||
        realm_def_method(vm, vm_intrinsic(vm, INTR_WeakRefPrototype), "deref", weakref_deref, 0, 0) < 0 ||
        !make_class(vm, "FinalizationRegistry", finreg_ctor, INTR_FinalizationRegistryPrototype))
        return false;
    HandleScope hs = heap_scope_open(vm);
    JSValue *p = heap_handle(vm, vm_intrinsic(vm, INTR_FinalizationRegistryPrototype));
    bool ok = realm_def_method(vm, *p, "register", finreg_register, 2, 0) >= 0 &&
              realm_def_method(vm, *p, "unregister", finreg_unregister, 1, 0) >= 0;
    heap_scope_close(vm, hs);
    return ok;
}
