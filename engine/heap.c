/*
 * heap.c -- the heap facade (prefix heap_): the allocation slow path (stress
 * mode, the plan, out-of-memory), explicit collections with verification and
 * statistics, and the engine's half of the tracing contract: what every cell
 * kind points to (heap_trace_cell), the roots (heap_trace_roots) and weak
 * references (heap_process_weak).
 *
 * The plan (gc_strategies/) owns memory and policy; this file owns the
 * object layouts (object.h, string.h, bytecode.h), so it is the only place
 * that changes when a cell kind gains a pointer field.
 */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>

#include "allocsite.h"
#include "atom.h"
#include "error.h"
#include "eventloop.h"
#include "gc.h"
#include "heap.h"
#include "jobs.h"
#include "object.h"
#include "str.h"
#include "vm.h"
#include "private.h"
#include "weak.h"

_Static_assert(offsetof(VM, heap) == 0, "heap_of() needs the Heap first in struct VM");
_Static_assert(sizeof(JSWrapper) == sizeof(JSObject) + sizeof(JSValue), "JSWrapper layout");

/* ---- set-up --------------------------------------------------------------- */

static void print_plan(const GcStrategy *p, void *ud)
{
    fprintf((FILE *)ud, "  %-12s %s\n", p->name, p->description);
}

bool heap_init(VM *vm, Heap *h, const char *plan_name, size_t heap_size, size_t max_heap)
{
    const GcStrategy *plan = gc_find(plan_name);
    if (!plan) {
        fprintf(stderr, "tierlab: unknown GC plan '%s'; available plans:\n", plan_name);
        gc_list(print_plan, stderr);
        return false;
    }
    if (max_heap && heap_size > max_heap) {
        fprintf(stderr, "tierlab: --heap (%zu) is larger than --max-heap (%zu)\n", heap_size, max_heap);
        return false;
    }
    /* --heap is a hard cap; --max-heap is the cap when only it is given */
    if (heap_size) max_heap = heap_size;
    *h = (Heap){0};
    h->plan = plan;
    h->vm = vm;
    h->barrier = plan->barrier;
    h->heap_size = heap_size;
    h->max_heap = max_heap;
    h->nursery_size = vm->flags.nursery;
    h->plan_is_young = plan->is_young;
    if (plan->is_young && vm->flags.pretenure && !site_table_init(h)) return false;
    if (!plan->init(h, heap_size, max_heap)) {
        site_table_free(h);
        return false;
    }
    return true;
}

void heap_destroy(VM *vm, Heap *h)
{
    if (h->plan) h->plan->destroy(h);
    gc_verify_free(h);
    site_table_free(h);
    h->plan = NULL;
    h->bump = h->bump_limit = NULL;
    h->free_lists = NULL;
    h->free_max = 0;
}

/* ---- allocation ----------------------------------------------------------- */

/* The heap is exhausted: make the pending exception the preallocated
 * RangeError, or (before the realm exists) a fresh one.  Building a fresh
 * one allocates; if that fails too, in_oom stops the recursion and the
 * exception is `null` -- there is nothing better left to throw. */
static Cell *out_of_memory(VM *vm)
{
    Heap *h = &vm->heap;
    JSValue pre = vm->intrinsics[INTR_OutOfMemoryError];
    if (val_is_object(pre)) {
        vm->exception = pre;
        return NULL;
    }
    if (h->in_oom) {
        vm->exception = VAL_NULL;
        return NULL;
    }
    h->in_oom = true;
    err_throw(vm, ERRMSG_OUT_OF_MEMORY);
    h->in_oom = false;
    if (vm->exception == VAL_HOLE) vm->exception = VAL_NULL;
    return NULL;
}

Cell *heap_alloc_slow(VM *vm, size_t bytes)
{
    Heap *h = &vm->heap;
    if (h->in_gc) {
        fprintf(stderr, "tierlab: heap_alloc called during a garbage collection\n");
        abort();
    }
    if (h->stress_every && h->no_gc == 0 && ++h->stress_count >= h->stress_every) {
        h->stress_count = 0;
        heap_collect(vm, GC_REASON_STRESS);
    }
    Cell *c = h->plan->alloc(h, bytes);
    if (!c) {
        heap_sync_stats(vm);
        return out_of_memory(vm);
    }
    h->bytes_allocated += bytes;
    h->cells_allocated++;
    return c;
}

/* ---- collection ------------------------------------------------------------ */

void heap_sync_stats(VM *vm)
{
    Heap *h = &vm->heap;
    if (!h->plan) return;
    GcStats *st = h->plan->stats(h);
    TlStats *s = &vm->stats;
    stats_add(s, STAT_gc_ns, st->gc_ns - h->synced.gc_ns);
    stats_add(s, STAT_gc_count, st->collections - h->synced.collections);
    stats_add(s, STAT_gc_minor_count, st->minor - h->synced.minor);
    stats_add(s, STAT_gc_major_count, st->major - h->synced.major);
    stats_add(s, STAT_bytes_moved, st->bytes_moved - h->synced.moved);
    stats_add(s, STAT_bytes_promoted, st->bytes_promoted - h->synced.promoted);
    stats_add(s, STAT_bytes_allocated, h->bytes_allocated - h->synced.bytes_allocated);
    stats_add(s, STAT_cells_allocated, h->cells_allocated - h->synced.cells_allocated);
    stats_max(s, STAT_gc_pause_max_ns, st->pause_max_ns);
    stats_max(s, STAT_heap_peak_bytes, st->heap_bytes);
    h->synced.gc_ns = st->gc_ns;
    h->synced.collections = st->collections;
    h->synced.minor = st->minor;
    h->synced.major = st->major;
    h->synced.moved = st->bytes_moved;
    h->synced.promoted = st->bytes_promoted;
    h->synced.bytes_allocated = h->bytes_allocated;
    h->synced.cells_allocated = h->cells_allocated;
}

void heap_collect(VM *vm, GcReason reason)
{
    Heap *h = &vm->heap;
    if (h->no_gc > 0 || h->in_gc || !h->plan) return;
    h->in_gc = true;
    if (h->verify) gc_verify_heap(h);
    h->plan->collect(h, reason);
    if (h->verify) gc_verify_heap(h);
    h->in_gc = false;
    heap_sync_stats(vm);
}

/* The plan performs the store (it may need the old value).  A plan that
 * names a barrier but has no hook gets a plain store. */
void heap_barrier_value(VM *vm, Cell *holder, JSValue *slot, JSValue v)
{
    Heap *h = &vm->heap;
    if (h->plan->write_barrier) h->plan->write_barrier(h, holder, slot, v);
    else *slot = v;
}

void heap_barrier_cell(VM *vm, Cell *holder, Cell **slot, Cell *v)
{
    Heap *h = &vm->heap;
    if (h->plan->write_barrier_cell) h->plan->write_barrier_cell(h, holder, slot, v);
    else *slot = v;
}

/* One barrier per element, in the order that makes an overlapping copy
 * read each source before overwriting it. */
void heap_barrier_range(VM *vm, Cell *holder, JSValue *dst, const JSValue *src, size_t n)
{
    if (dst == src || n == 0) return;
    Heap *h = &vm->heap;
    if (h->barrier == GC_BARRIER_REMSET) {
        /* remembering is per holder: copy, then pass the first new
         * old->young edge (if any) to the plan's barrier */
        memmove(dst, src, n * sizeof(JSValue));
        for (size_t i = 0; i < n; i++)
            if (val_is_cell(dst[i]) && heap_remset_needs(h, holder, val_cell(dst[i]))) {
                h->plan->write_barrier(h, holder, &dst[i], dst[i]);
                break;
            }
        return;
    }
    if (dst < src || dst >= src + n) {
        for (size_t i = 0; i < n; i++) heap_barrier_value(vm, holder, &dst[i], src[i]);
    } else {
        for (size_t i = n; i-- > 0;) heap_barrier_value(vm, holder, &dst[i], src[i]);
    }
}

JSValue *heap_handle_overflow(VM *vm)
{
    fprintf(stderr,
            "tierlab: fatal: handle stack overflow (%u handles): a loop opens handles without "
            "closing its HandleScope, or C recursion is too deep\n",
            vm->handles.cap);
    abort();
}

/* ---- tracing: what each cell points to ------------------------------------- */

static void trace_object(JSObject *o, size_t size, GcVisitor *v)
{
    heap_visit_cell(v, (Cell **)&o->shape);
    heap_visit_value(v, &o->proto);
    heap_visit_cell(v, (Cell **)&o->slots);
    heap_visit_cell(v, (Cell **)&o->elements);
    switch ((ObjClass)o->cls) {
    case CLS_FUNCTION:
        if (size >= sizeof(JSFunction)) {
            JSFunction *f = (JSFunction *)o;   /* fp is malloc'd, a root via vm->protos */
            heap_visit_value(v, &f->env);
            heap_visit_value(v, &f->home);
            heap_visit_value(v, &f->data);
        }
        break;
    case CLS_BOOLEAN:
    case CLS_NUMBER:
    case CLS_STRING:
    case CLS_SYMBOL:
    case CLS_BIGINT:
    case CLS_ARRAY_ITERATOR:
    case CLS_STRING_ITERATOR:
    case CLS_FOR_IN:
    case CLS_DATE:
    case CLS_REGEXP:
    case CLS_MAP:
    case CLS_SET:
    case CLS_WEAKMAP:
    case CLS_WEAKSET:
    case CLS_PROMISE:
    case CLS_GENERATOR:
    case CLS_ARRAY_BUFFER:     /* data / buffer sit where internal does (typedarray.h) */
    case CLS_TYPED_ARRAY:
    case CLS_DATA_VIEW:
    case CLS_WEAKREF:
    case CLS_FINREG:
    case CLS_PROXY:
    case CLS_ITER_HELPER:
    case CLS_ARGUMENTS:        /* mapped (sloppy) ones: the parameter map (arguments.h) */
        if (size >= sizeof(JSWrapper)) heap_visit_value(v, &((JSWrapper *)o)->internal);
        break;
    case CLS_OBJECT:
    case CLS_ARRAY:
    case CLS_ERROR:
    case CLS__COUNT:
        break;
    }
}

void heap_trace_cell(VM *vm, Cell *cell, GcVisitor *v)
{
    switch (cell_kind(cell)) {
    case CELL_STRING:
    case CELL_BYTES:
    case CELL_BIGINT:
        break;
    case CELL_ROPE: {
        JSRope *r = (JSRope *)cell;
        heap_visit_value(v, &r->left);
        heap_visit_value(v, &r->right);
        break;
    }
    case CELL_SYMBOL:
        heap_visit_value(v, &((JSSymbol *)cell)->description);
        if (cell_flags(cell) & SYM_PRIVATE) heap_visit_value(v, &((JSPrivateName *)cell)->class_name);
        break;
    case CELL_OBJECT:
        trace_object((JSObject *)cell, cell_size(cell), v);
        break;
    case CELL_SHAPE: {
        Shape *s = (Shape *)cell;
        heap_visit_cell(v, (Cell **)&s->table);
        heap_visit_cell(v, (Cell **)&s->parent);
        heap_visit_cell(v, (Cell **)&s->transitions);
        heap_visit_value(v, &s->last_key);
        heap_visit_cell(v, (Cell **)&s->last_child);
        break;
    }
    case CELL_PROPTABLE: {
        PropTable *t = (PropTable *)cell;
        for (uint32_t i = 0; i < t->count; i++) heap_visit_value(v, &t->entries[i].key);
        break;
    }
    case CELL_VALARRAY: {
        ValArray *a = (ValArray *)cell;
        for (uint32_t i = 0; i < a->capacity; i++) heap_visit_value(v, &a->v[i]);
        break;
    }
    case CELL_ENV: {
        JSEnv *e = (JSEnv *)cell;
        heap_visit_value(v, &e->parent);
        for (uint32_t i = 0; i < e->count; i++) heap_visit_value(v, &e->vars[i]);
        break;
    }
    case CELL_WEAKARRAY:
        weak_trace_array(cell, v);
        break;
    case CELL__COUNT:
        break;
    }
}

typedef struct RangeProbe {
    GcVisitor base;
    const uint8_t *lo, *hi;
    bool found;
} RangeProbe;

static void range_probe_visit(GcVisitor *self, Cell **slot)
{
    RangeProbe *p = (RangeProbe *)self;
    if ((const uint8_t *)*slot >= p->lo && (const uint8_t *)*slot < p->hi) p->found = true;
}

/* One unsigned compare each (as heap_is_young): vlo is the cell value of
 * lo, so v - vlo < n only for a cell value in [lo, lo + n). */
static inline bool value_in(JSValue v, JSValue vlo, uint64_t n) { return v - vlo < n; }
static inline bool cell_in(const void *c, const uint8_t *lo, uint64_t n) { return (uintptr_t)c - (uintptr_t)lo < n; }

static inline bool points_into(VM *vm, Cell *cell, const uint8_t *lo, uint64_t n)
{
    JSValue vlo = val_from_cell(lo);
    CellKind kind = cell_kind(cell);
    /* the two kinds pretenuring makes most, before the switch's jump */
    if (kind == CELL_OBJECT) {
        JSObject *o = (JSObject *)cell;
        if (cell_in(o->shape, lo, n) | value_in(o->proto, vlo, n) | cell_in(o->slots, lo, n) |
            cell_in(o->elements, lo, n))
            return true;
        /* trace_object visits nothing more for these classes */
        if (o->cls == CLS_OBJECT || o->cls == CLS_ARRAY || o->cls == CLS_ERROR) return false;
    } else if (kind == CELL_VALARRAY) {
        /* no early exit: a branch-free OR over the slots */
        ValArray *a = (ValArray *)cell;
        bool any = false;
        for (uint32_t i = 0; i < a->capacity; i++) any |= value_in(a->v[i], vlo, n);
        return any;
    }
    switch (kind) {
    case CELL_STRING:
    case CELL_BYTES:
    case CELL_BIGINT:
        return false;
    case CELL_VALARRAY:
    case CELL_OBJECT:
    case CELL_ROPE:
    case CELL_SYMBOL:
    case CELL_SHAPE:
    case CELL_PROPTABLE:
    case CELL_ENV:
    case CELL_WEAKARRAY:
    case CELL__COUNT:
        break;
    }
    RangeProbe p = { { range_probe_visit, GC_WEAK_TRACE }, lo, lo + n, false };
    heap_trace_cell(vm, cell, &p.base);
    return p.found;
}

size_t heap_cells_pointing_into(VM *vm, Cell **cells, size_t count, const void *lo, const void *hi)
{
    uint64_t n = (uint64_t)((const uint8_t *)hi - (const uint8_t *)lo);
    size_t k = 0;
    for (size_t i = 0; i < count; i++)
        if (points_into(vm, cells[i], lo, n)) cells[k++] = cells[i];
    return k;
}

/* ---- tracing: the roots ----------------------------------------------------- */

static void visit_values(GcVisitor *v, JSValue *p, size_t n)
{
    for (size_t i = 0; i < n; i++) heap_visit_value(v, &p[i]);
}

static void trace_feedback(FeedbackSlot *s, GcVisitor *v)
{
    switch ((FeedbackKind)s->kind) {
    case FB_PROP: {
        uint32_t n = s->count < FB_POLY_MAX ? s->count : FB_POLY_MAX;
        for (uint32_t i = 0; i < n; i++) {
            PropIcEntry *e = &s->u.prop[i];
            heap_visit_cell(v, (Cell **)&e->shape);
            heap_visit_value(v, &e->holder);
            heap_visit_value(v, &e->proto);
        }
        break;
    }
    case FB_CALL:
        heap_visit_value(v, &s->u.call_target);
        break;
    case FB_NONE:
    case FB_BINOP:
    case FB_COMPARE:
        break;
    }
}

void heap_trace_roots(VM *vm, GcVisitor *v)
{
    if (vm->stack && vm->stack_top > vm->stack) visit_values(v, vm->stack, (size_t)(vm->stack_top - vm->stack));
    for (uint32_t i = 0; i < vm->frame_count; i++) {
        Frame *f = &vm->frames[i];
        heap_visit_value(v, &f->callee);
        heap_visit_value(v, &f->env);
        heap_visit_value(v, &f->new_target);
    }
    if (vm->handles.slots) visit_values(v, vm->handles.slots, vm->handles.top);
    heap_visit_value(v, &vm->exception);
    heap_visit_value(v, &vm->global);
    heap_visit_value(v, &vm->global_lex);
    visit_values(v, vm->intrinsics, INTR__COUNT);
    visit_values(v, vm->atoms.predef, ATOM__COUNT);
    heap_visit_value(v, &vm->unit_strings);
    heap_visit_value(v, &vm->re_cache);
    heap_visit_cell(v, (Cell **)&vm->empty_shape);
    for (FunctionProto *fp = vm->protos; fp; fp = fp->next) {
        if (fp->consts) visit_values(v, fp->consts, fp->nconsts);
        heap_visit_value(v, &fp->name);
        if (fp->feedback)
            for (uint32_t i = 0; i < fp->nfeedback; i++) trace_feedback(&fp->feedback[i], v);
    }
    /* queued jobs and the values the event loop holds for pending work */
    job_trace_roots(vm, v);
    loop_trace_roots(vm, v);
    weak_trace_roots(vm, v);   /* WeakRef targets kept until the job ends */
}

void heap_process_weak(VM *vm, GcWeakFn live, GcReleaseFn release)
{
    weak_process(vm, live, release);
    if (vm->atoms.buckets) atom_sweep(vm, live);
}

bool heap_trace_ephemerons(VM *vm, GcWeakFn live, GcVisitor *v) { return weak_trace_ephemerons(vm, live, v); }

void heap_visit_weak_arrays(VM *vm, GcVisitor *v) { weak_visit_registry(vm, v); }

bool heap_has_ephemerons(VM *vm) { return weak_has_ephemerons(vm); }

void heap_clear_ephemerons(VM *vm, GcWeakFn live, GcReleaseFn release) { weak_clear_ephemerons(vm, live, release); }

/* ---- diagnostics ------------------------------------------------------------ */

static bool in_range(const void *p, const void *start, size_t n, size_t elem, size_t *index)
{
    uintptr_t a = (uintptr_t)p, s = (uintptr_t)start;
    if (!start || a < s || a >= s + n * elem) return false;
    *index = (a - s) / elem;
    return true;
}

/* Describe a known root slot address; false if slot is none of them. */
static bool describe_slot(VM *vm, const void *slot, char *buf, size_t n)
{
    size_t i;
    if (vm->stack && in_range(slot, vm->stack, (size_t)(vm->stack_top - vm->stack), sizeof(JSValue), &i)) {
        /* the innermost frame whose registers start at or below the slot */
        long fi = -1, reg = 0;
        for (uint32_t k = 0; k < vm->frame_count; k++) {
            const Frame *f = &vm->frames[k];
            if (f->regs && (const JSValue *)slot >= f->regs) {
                fi = (long)k;
                reg = (long)((const JSValue *)slot - f->regs);
            }
        }
        snprintf(buf, n, "VM stack slot %zu (frame %ld, r%ld)", i, fi, reg);
    } else if (in_range(slot, vm->frames, vm->frame_count, sizeof(Frame), &i)) {
        snprintf(buf, n, "frame %zu callee/env/new_target", i);
    } else if (in_range(slot, vm->handles.slots, vm->handles.top, sizeof(JSValue), &i)) {
        snprintf(buf, n, "handle %zu of %u", i, vm->handles.top);
    } else if (in_range(slot, vm->intrinsics, INTR__COUNT, sizeof(JSValue), &i)) {
        snprintf(buf, n, "vm->intrinsics[%zu]", i);
    } else if (in_range(slot, vm->atoms.predef, ATOM__COUNT, sizeof(JSValue), &i)) {
        snprintf(buf, n, "vm->atoms.predef[%zu]", i);
    } else if (slot == &vm->exception) {
        snprintf(buf, n, "vm->exception");
    } else if (slot == &vm->global || slot == &vm->global_lex) {
        snprintf(buf, n, "vm->global%s", slot == &vm->global ? "" : "_lex");
    } else if (slot == &vm->unit_strings || slot == (const void *)&vm->empty_shape) {
        snprintf(buf, n, "%s", slot == &vm->unit_strings ? "vm->unit_strings" : "vm->empty_shape");
    } else if (slot == &vm->re_cache) {
        snprintf(buf, n, "vm->re_cache");
    } else {
        for (FunctionProto *fp = vm->protos; fp; fp = fp->next) {
            if (in_range(slot, fp->consts, fp->nconsts, sizeof(JSValue), &i)) {
                snprintf(buf, n, "constant %zu of proto %p (line %u)", i, (void *)fp, fp->line);
                return true;
            }
            if (in_range(slot, fp->feedback, fp->nfeedback, sizeof(FeedbackSlot), &i)) {
                snprintf(buf, n, "feedback slot %zu of proto %p (line %u)", i, (void *)fp, fp->line);
                return true;
            }
            if (slot == &fp->name) {
                snprintf(buf, n, "name of proto %p (line %u)", (void *)fp, fp->line);
                return true;
            }
        }
        return false;
    }
    return true;
}

/* The first word in [p, p + bytes) holding target as a Cell* or as a boxed
 * JSValue, or NULL. */
static const void *find_word(const void *p, size_t bytes, Cell *target)
{
    if (!p) return NULL;
    const uint64_t *w = p, raw = (uint64_t)(uintptr_t)target, boxed = (uint64_t)val_from_cell(target);
    for (size_t i = 0; i < bytes / 8; i++)
        if (w[i] == raw || w[i] == boxed) return &w[i];
    return NULL;
}

/* heap_visit_value hands the visitor the address of a local copy of a
 * JSValue root, so an unknown slot is located by its contents instead. */
static const void *find_root_holding(VM *vm, Cell *target)
{
    const void *at;
    if (vm->stack && (at = find_word(vm->stack, (size_t)(vm->stack_top - vm->stack) * sizeof(JSValue), target)))
        return at;
    if ((at = find_word(vm->frames, vm->frame_count * sizeof(Frame), target))) return at;
    if ((at = find_word(vm->handles.slots, vm->handles.top * sizeof(JSValue), target))) return at;
    if ((at = find_word(vm->intrinsics, sizeof vm->intrinsics, target))) return at;
    if ((at = find_word(vm->atoms.predef, sizeof vm->atoms.predef, target))) return at;
    const void *singles[] = { &vm->exception, &vm->global, &vm->global_lex, &vm->unit_strings, &vm->empty_shape,
                              &vm->re_cache };
    for (size_t k = 0; k < sizeof singles / sizeof singles[0]; k++)
        if (find_word(singles[k], 8, target)) return singles[k];
    for (FunctionProto *fp = vm->protos; fp; fp = fp->next) {
        if ((at = find_word(fp->consts, fp->nconsts * sizeof(JSValue), target))) return at;
        if ((at = find_word(&fp->name, sizeof fp->name, target))) return at;
        if ((at = find_word(fp->feedback, fp->nfeedback * sizeof(FeedbackSlot), target))) return at;
    }
    return NULL;
}

const char *heap_describe_root(VM *vm, const void *slot, Cell *target, char *buf, size_t n)
{
    if (describe_slot(vm, slot, buf, n)) return buf;
    const void *at = target ? find_root_holding(vm, target) : NULL;
    if (!at || !describe_slot(vm, at, buf, n)) snprintf(buf, n, "slot %p (not a known root area)", slot);
    return buf;
}
