/*
 * weak.c -- weak arrays, the ephemeron fixpoint and the weak phase shared
 * by every GC plan, the WeakRef KeepDuringJob list and the scheduling of
 * FinalizationRegistry cleanups (prefix weak_).  The design is in weak.h
 * and docs/gc.md ("Weak references").
 */
#include <stdlib.h>

#include "error.h"
#include "jobs.h"
#include "object.h"
#include "runtime.h"
#include "vm.h"
#include "weak.h"

typedef struct WeakState {
    Cell **arrays;          /* the registry: every weak array that may be live */
    size_t n, cap;
    JSValue *kept;          /* [[KeptAlive]]: roots until the current job ends */
    size_t nkept, capkept;
    bool cleanup_due;       /* a collection found dead FinalizationRegistry targets */
} WeakState;

static WeakState *state(VM *vm)
{
    if (!vm->weak) vm->weak = calloc(1, sizeof(WeakState));
    return vm->weak;
}

static ValArray *arr_of(Cell *c) { return (ValArray *)(void *)c; }

/* The current location of a registered array during a collection: a
 * copying plan has forwarded it. */
static Cell *current(Cell *c) { return cell_is_forwarded(c) ? cell_forwardee(c) : c; }

/* ---- weak arrays ----------------------------------------------------------- */

JSValue weak_array_new(VM *vm, WeakLayout layout, uint32_t capacity)
{
    WeakState *ws = state(vm);
    if (ws && ws->n == ws->cap) {
        size_t ncap = ws->cap ? ws->cap * 2 : 64;
        Cell **a = realloc(ws->arrays, ncap * sizeof(Cell *));
        if (a) {
            ws->arrays = a;
            ws->cap = ncap;
        }
    }
    if (!ws || ws->n == ws->cap) return err_throw(vm, ERRMSG_OUT_OF_MEMORY);
    ValArray *a = (ValArray *)vm_alloc(vm, CELL_WEAKARRAY, sizeof(ValArray) + (size_t)capacity * sizeof(JSValue));
    if (!a) return VAL_EXCEPTION;
    cell_set_flags(&a->hdr, layout);
    a->capacity = capacity;
    a->count = 0;
    for (uint32_t i = 0; i < capacity; i++) a->v[i] = VAL_UNDEFINED;
    ws->arrays[ws->n++] = &a->hdr;   /* the collection above may have changed n, never cap */
    return val_from_cell(a);
}

bool weak_can_be_held(VM *vm, JSValue v)
{
    if (val_is_object(v)) return true;
    if (!val_is_symbol(v)) return false;
    PropDesc d;
    return obj_get_own_property(vm, vm_intrinsic(vm, INTR_SymbolRegistry), v, &d) == 0;
}

/* ---- KeepDuringJob ---------------------------------------------------------- */

bool weak_keep(VM *vm, JSValue v)
{
    WeakState *ws = state(vm);
    /* a loop calling deref() on one WeakRef keeps one entry, not millions */
    if (ws && ws->nkept && ws->kept[ws->nkept - 1] == v) return true;
    if (ws && ws->nkept == ws->capkept) {
        size_t ncap = ws->capkept ? ws->capkept * 2 : 16;
        JSValue *k = realloc(ws->kept, ncap * sizeof(JSValue));
        if (k) {
            ws->kept = k;
            ws->capkept = ncap;
        }
    }
    if (!ws || ws->nkept == ws->capkept) {
        err_throw(vm, ERRMSG_OUT_OF_MEMORY);
        return false;
    }
    ws->kept[ws->nkept++] = v;
    return true;
}

void weak_clear_kept(VM *vm)
{
    if (vm->weak) vm->weak->nkept = 0;
}

void weak_trace_roots(VM *vm, GcVisitor *v)
{
    WeakState *ws = vm->weak;
    if (!ws) return;
    for (size_t i = 0; i < ws->nkept; i++) heap_visit_value(v, &ws->kept[i]);
}

/* ---- FinalizationRegistry cleanup ------------------------------------------------ */

bool weak_cleanup_due(VM *vm) { return vm->weak && vm->weak->cleanup_due; }

bool weak_cleanup_registry(VM *vm, JSValue cells, JSValue callback)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *hc = heap_handle(vm, cells);
    JSValue *hcb = heap_handle(vm, callback == VAL_UNDEFINED ? arr_of(val_cell(cells))->v[FR_CALLBACK] : callback);
    bool ok = true;
    for (uint32_t i = FR_ROWS; ok; i += FR_WIDTH) {
        ValArray *a = arr_of(val_cell(*hc));
        /* a callback that registered enough to move the rows retired this array */
        if (a->v[FR_OWNER] == VAL_UNDEFINED || i + FR_WIDTH > a->capacity) break;
        if (a->v[i] != VAL_NULL) continue;
        JSValue held = a->v[i + 1];
        a->v[i] = VAL_UNDEFINED;
        weak_store_weak(&a->v[i + 2], VAL_UNDEFINED);
        a->count--;
        JSValue *hh = heap_handle(vm, held);
        heap_store(&vm->heap, &a->hdr, &a->v[i + 1], VAL_UNDEFINED);
        ok = vm_call(vm, *hcb, VAL_UNDEFINED, 1, hh) != VAL_EXCEPTION;
    }
    /* count is exactly the pending rows left (collections during the
     * callbacks may have added some behind us), so the caller's loop ends */
    ValArray *a = arr_of(val_cell(*hc));
    if (ok && a->v[FR_OWNER] != VAL_UNDEFINED) {
        uint32_t pending = 0;
        for (uint32_t i = FR_ROWS; i + FR_WIDTH <= a->capacity; i += FR_WIDTH) pending += a->v[i] == VAL_NULL;
        a->count = pending;
    }
    heap_scope_close(vm, hs);
    return ok;
}

/* The first live registry with pending cells, or VAL_UNDEFINED. */
static JSValue next_pending(WeakState *ws)
{
    for (size_t i = 0; i < ws->n; i++) {
        Cell *c = ws->arrays[i];
        if (weak_layout(c) == WEAK_FINREG && arr_of(c)->count > 0 && arr_of(c)->v[FR_OWNER] != VAL_UNDEFINED)
            return val_from_cell(c);
    }
    return VAL_UNDEFINED;
}

bool weak_run_cleanups(VM *vm)
{
    WeakState *ws = vm->weak;
    if (!ws) return true;
    while (ws->cleanup_due) {
        JSValue cells = next_pending(ws);
        if (cells == VAL_UNDEFINED) {
            ws->cleanup_due = false;
            break;
        }
        stats_inc(&vm->stats, STAT_finalization_jobs);
        if (!weak_cleanup_registry(vm, cells, VAL_UNDEFINED) || !job_drain(vm)) return false;
    }
    return true;
}

/* ---- the collector's side ------------------------------------------------------ */

void weak_trace_array(Cell *c, GcVisitor *v)
{
    ValArray *a = arr_of(c);
    uint32_t cap = a->capacity;
    switch (weak_layout(c)) {
    case WEAK_EPHEMERON:
        if (v->weak == GC_WEAK_TRACE) break;
        for (uint32_t i = 0; i + 1 < cap; i += 2) {
            if (v->weak == GC_WEAK_ALL) heap_visit_value(v, &a->v[i]);
            heap_visit_value(v, &a->v[i + 1]);
        }
        break;
    case WEAK_REF:
        if (v->weak == GC_WEAK_ALL && cap > 0) heap_visit_value(v, &a->v[0]);
        break;
    case WEAK_FINREG:
        if (cap < FR_ROWS) break;
        if (v->weak == GC_WEAK_ALL) heap_visit_value(v, &a->v[FR_OWNER]);
        heap_visit_value(v, &a->v[FR_CALLBACK]);
        for (uint32_t i = FR_ROWS; i + FR_WIDTH <= cap; i += FR_WIDTH) {
            if (v->weak == GC_WEAK_ALL) {
                heap_visit_value(v, &a->v[i]);
                heap_visit_value(v, &a->v[i + 2]);
            }
            heap_visit_value(v, &a->v[i + 1]);
        }
        break;
    }
}

static bool is_live(GcWeakFn live, VM *vm, JSValue v) { return val_is_cell(v) && live(vm, val_cell(v)) != NULL; }

bool weak_trace_ephemerons(VM *vm, GcWeakFn live, GcVisitor *v)
{
    WeakState *ws = vm->weak;
    if (!ws) return false;
    bool progress = false;
    for (size_t t = 0; t < ws->n; t++) {
        Cell *c = ws->arrays[t];
        if (!live(vm, c) || weak_layout(current(c)) != WEAK_EPHEMERON) continue;
        ValArray *a = arr_of(current(c));
        for (uint32_t i = 0; i + 1 < a->capacity; i += 2) {
            JSValue val = a->v[i + 1];
            if (!val_is_cell(val) || !is_live(live, vm, a->v[i]) || live(vm, val_cell(val))) continue;
            heap_visit_value(v, &a->v[i + 1]);
            progress = true;
        }
    }
    return progress;
}

/* A weak slot after the collection: its new address, or `dead` if it died. */
static JSValue weak_slot(VM *vm, GcWeakFn live, JSValue v, JSValue dead)
{
    if (!val_is_cell(v)) return v;
    Cell *n = live(vm, val_cell(v));
    return n ? val_from_cell(n) : dead;
}

static void process_ephemerons(VM *vm, ValArray *a, GcWeakFn live, GcReleaseFn release)
{
    for (uint32_t i = 0; i + 1 < a->capacity; i += 2) {
        JSValue k = a->v[i];
        if (!val_is_cell(k)) continue;
        Cell *nk = live(vm, val_cell(k));
        if (nk) {
            a->v[i] = val_from_cell(nk);
            a->v[i + 1] = weak_slot(vm, live, a->v[i + 1], VAL_UNDEFINED);
        } else {
            JSValue val = a->v[i + 1];
            a->v[i] = VAL_HOLE;
            a->v[i + 1] = VAL_UNDEFINED;
            if (release && val_is_cell(val)) release(vm, val_cell(val));
        }
    }
}

static void process_finreg(VM *vm, ValArray *a, GcWeakFn live)
{
    if (a->capacity < FR_ROWS) return;
    a->v[FR_OWNER] = weak_slot(vm, live, a->v[FR_OWNER], VAL_UNDEFINED);
    for (uint32_t i = FR_ROWS; i + FR_WIDTH <= a->capacity; i += FR_WIDTH) {
        JSValue t = a->v[i];
        if (val_is_cell(t)) {
            a->v[i] = weak_slot(vm, live, t, VAL_NULL);
            if (a->v[i] == VAL_NULL) {
                a->count++;
                if (a->v[FR_OWNER] != VAL_UNDEFINED) vm->weak->cleanup_due = true;
            }
        }
        a->v[i + 2] = weak_slot(vm, live, a->v[i + 2], VAL_UNDEFINED);
    }
}

void weak_process(VM *vm, GcWeakFn live, GcReleaseFn release)
{
    WeakState *ws = vm->weak;
    if (!ws) return;
    size_t n = 0;
    for (size_t t = 0; t < ws->n; t++) {
        Cell *c = ws->arrays[t];
        Cell *nc = live(vm, c);
        if (!nc) continue;   /* the array died: drop it from the registry */
        ValArray *a = arr_of(current(c));   /* a forwarded header has no layout */
        switch (weak_layout(&a->hdr)) {
        case WEAK_EPHEMERON:
            process_ephemerons(vm, a, live, release);
            break;
        case WEAK_REF:
            if (a->capacity > 0) a->v[0] = weak_slot(vm, live, a->v[0], VAL_UNDEFINED);
            break;
        case WEAK_FINREG:
            process_finreg(vm, a, live);
            break;
        }
        ws->arrays[n++] = nc;
    }
    ws->n = n;
}

bool weak_has_ephemerons(VM *vm)
{
    WeakState *ws = vm->weak;
    for (size_t t = 0; ws && t < ws->n; t++)
        if (weak_layout(ws->arrays[t]) == WEAK_EPHEMERON) return true;
    return false;
}

/* Non-moving plans only (rc): rows of live tables whose key is not live. */
void weak_clear_ephemerons(VM *vm, GcWeakFn live, GcReleaseFn release)
{
    WeakState *ws = vm->weak;
    for (size_t t = 0; ws && t < ws->n; t++) {
        Cell *c = ws->arrays[t];
        if (weak_layout(c) != WEAK_EPHEMERON || !live(vm, c)) continue;
        ValArray *a = arr_of(c);
        for (uint32_t i = 0; i + 1 < a->capacity; i += 2) {
            if (!val_is_cell(a->v[i]) || live(vm, val_cell(a->v[i]))) continue;
            JSValue val = a->v[i + 1];
            a->v[i] = VAL_HOLE;
            a->v[i + 1] = VAL_UNDEFINED;
            if (release && val_is_cell(val)) release(vm, val_cell(val));
        }
    }
}

void weak_visit_registry(VM *vm, GcVisitor *v)
{
    WeakState *ws = vm->weak;
    if (!ws) return;
    for (size_t t = 0; t < ws->n; t++) v->visit(v, &ws->arrays[t]);
}

void weak_free(VM *vm)
{
    WeakState *ws = vm->weak;
    if (!ws) return;
    free(ws->arrays);
    free(ws->kept);
    free(ws);
    vm->weak = NULL;
}
