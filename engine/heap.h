/*
 * heap.h -- the heap facade (prefix heap_): cells, allocation, handles,
 * write barriers, and the tracing hooks a GC strategy calls back into.
 *
 * Every heap cell starts with a one-word header:
 *
 *   bit  0       FORWARDED: the rest of the word is the new address
 *   bits 1..7    reserved (bit 3: CELL_REMEMBERED, generational plans)
 *   bits 8..15   CellKind
 *   bits 16..23  GC bits, owned by the active strategy (mark bits, age)
 *   bits 24..31  kind-specific flags (e.g. string encoding)
 *   bits 32..63  size of the whole cell in 8-byte words
 *
 * Rules for every C caller (they are what lets collectors move objects):
 *  - Any call that may allocate may move every cell.  A C local holding a
 *    JSValue or Cell* across such a call must live in a handle
 *    (heap_handle()), a VM register, or be re-read from one afterwards.
 *  - Every store of a JSValue or Cell* into a heap cell goes through
 *    heap_store() / heap_store_cell() (the write barrier).  Initialising
 *    stores into a cell that was just allocated (before any further
 *    allocation) may be plain stores.
 *  - heap_alloc() returns NULL only when the heap is exhausted; it has then
 *    set the pending exception (RangeError: out of memory) and the caller
 *    returns VAL_EXCEPTION.
 */
#ifndef TL_HEAP_H
#define TL_HEAP_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "value.h"

struct VM;
struct GcStrategy;

typedef enum CellKind {
#define CELL_KIND(name, desc) CELL_##name,
#include "cellkinds.def"
#undef CELL_KIND
    CELL__COUNT
} CellKind;

struct Cell {
    uint64_t header;
};

#define CELL_FORWARDED 1ull
/* Header bit 3, generational plans only: the (old) cell is in the remembered
 * set.  Never set on a forwarded header. */
#define CELL_REMEMBERED 8ull
#define CELL_KIND_SHIFT 8
#define CELL_GCBITS_SHIFT 16
#define CELL_FLAGS_SHIFT 24
#define CELL_SIZE_SHIFT 32

static inline uint64_t heap_make_header(CellKind kind, size_t bytes)
{
    return ((uint64_t)kind << CELL_KIND_SHIFT) | ((uint64_t)(bytes / 8) << CELL_SIZE_SHIFT);
}
static inline CellKind cell_kind(const Cell *c) { return (CellKind)((c->header >> CELL_KIND_SHIFT) & 0xff); }
static inline size_t cell_size(const Cell *c) { return (size_t)(c->header >> CELL_SIZE_SHIFT) * 8; }
static inline unsigned cell_gcbits(const Cell *c) { return (unsigned)(c->header >> CELL_GCBITS_SHIFT) & 0xff; }
static inline void cell_set_gcbits(Cell *c, unsigned bits)
{
    c->header = (c->header & ~(0xffull << CELL_GCBITS_SHIFT)) | ((uint64_t)(bits & 0xff) << CELL_GCBITS_SHIFT);
}
static inline unsigned cell_flags(const Cell *c) { return (unsigned)(c->header >> CELL_FLAGS_SHIFT) & 0xff; }
static inline void cell_set_flags(Cell *c, unsigned f)
{
    c->header = (c->header & ~(0xffull << CELL_FLAGS_SHIFT)) | ((uint64_t)(f & 0xff) << CELL_FLAGS_SHIFT);
}
static inline bool cell_is_forwarded(const Cell *c) { return (c->header & CELL_FORWARDED) != 0; }
static inline Cell *cell_forwardee(const Cell *c) { return (Cell *)(uintptr_t)(c->header & ~7ull); }
static inline void cell_forward_to(Cell *c, Cell *to) { c->header = (uint64_t)(uintptr_t)to | CELL_FORWARDED; }

/* Leaf kinds hold no pointers: marking needs no gray-stack entry for them,
 * and reference counting knows they cannot be part of a cycle. */
static inline bool cell_kind_is_leaf(CellKind k) { return k == CELL_STRING || k == CELL_BYTES || k == CELL_BIGINT; }

static inline bool val_is_kind(JSValue v, CellKind k) { return val_is_cell(v) && cell_kind(val_cell(v)) == k; }

/* ---- tracing ------------------------------------------------------------ */

/* How heap_trace_cell treats the slots of weak arrays (weak.h):
 *  GC_WEAK_TRACE  (0, the default) strong slots only; ephemeron values wait
 *                 for heap_trace_ephemerons, weak slots for heap_process_weak
 *                 (tracing and copying plans);
 *  GC_WEAK_COUNT  strong slots and ephemeron values (rc: what is counted);
 *  GC_WEAK_ALL    every slot (the verifier). */
typedef enum GcWeakMode { GC_WEAK_TRACE, GC_WEAK_COUNT, GC_WEAK_ALL } GcWeakMode;

/* A strategy's visitor: called with the address of each pointer field. It may
 * update *slot (moving collectors). Slots holding NULL are never passed. */
typedef struct GcVisitor GcVisitor;
struct GcVisitor {
    void (*visit)(GcVisitor *self, Cell **slot);
    GcWeakMode weak;
};

/* Engine hooks, implemented in heap.c; the only way a strategy learns about
 * the object graph. */
void heap_trace_cell(struct VM *vm, Cell *cell, GcVisitor *v);   /* every pointer inside cell */
/* Which of cells[0 .. count) hold a pointer into [lo, hi) in a slot
 * heap_trace_cell visits in mode GC_WEAK_TRACE?  Moves those to the front
 * (in order) and returns how many there are.  The same answer as tracing
 * each with a probing visitor, without a call per slot or per cell for
 * the common kinds (generational plans settle pretenured cells with it,
 * a batch at a time). */
size_t heap_cells_pointing_into(struct VM *vm, Cell **cells, size_t count, const void *lo, const void *hi);
void heap_trace_roots(struct VM *vm, GcVisitor *v);              /* every strong root */
/* Called by the strategy after tracing, before freeing/flipping: the engine
 * clears or updates its weak references (the atom table, weak arrays:
 * weak.h) through live.  release is NULL except for reference counting: it
 * is called for each counted reference the weak phase drops (the value of
 * a WeakMap entry whose key died). */
typedef Cell *(*GcWeakFn)(struct VM *vm, Cell *c);  /* NULL if dead, else (new) address */
typedef void (*GcReleaseFn)(struct VM *vm, Cell *c);
void heap_process_weak(struct VM *vm, GcWeakFn live, GcReleaseFn release);
/* The ephemeron step, between draining the gray stack and heap_process_weak:
 * visits (with v) the value of every WeakMap/WeakSet entry whose table and
 * key are live (live, as the collection stands: NULL if not reached yet)
 * and whose value is not.  true if it visited anything: drain again and
 * call it again; false: the fixpoint is reached. */
bool heap_trace_ephemerons(struct VM *vm, GcWeakFn live, GcVisitor *v);
/* The verifier: visit every registered weak array (weak.h), wherever it is. */
void heap_visit_weak_arrays(struct VM *vm, GcVisitor *v);
/* Reference counting's backup trace: is there any WeakMap/WeakSet table;
 * clear (releasing the value) every row of a table live by `live` whose
 * key is not.  Unlike heap_process_weak it neither drops nor moves arrays. */
bool heap_has_ephemerons(struct VM *vm);
void heap_clear_ephemerons(struct VM *vm, GcWeakFn live, GcReleaseFn release);
/* For error reports (the verifier): which root a slot address belongs to,
 * e.g. "VM stack slot 12 (frame 3, r4)" or "handle 7"; writes buf.  JSValue
 * roots reach a visitor as a copy, so if slot is not a root's address the
 * root holding target is searched for. */
const char *heap_describe_root(struct VM *vm, const void *slot, Cell *target, char *buf, size_t n);

static inline void heap_visit_value(GcVisitor *v, JSValue *slot)
{
    if (val_is_cell(*slot)) {
        Cell *c = val_cell(*slot);
        v->visit(v, &c);
        *slot = val_from_cell(c);
    }
}
static inline void heap_visit_cell(GcVisitor *v, Cell **slot)
{
    if (*slot) v->visit(v, slot);
}

/* ---- the heap object ---------------------------------------------------- */

typedef enum GcReason {
    GC_REASON_ALLOC,    /* allocation failed in the current space */
    GC_REASON_STRESS,   /* --gc-stress */
    GC_REASON_EXPLICIT, /* tierlab.gc() / the embedder */
    GC_REASON_HEAP_LIMIT,
} GcReason;

typedef enum GcBarrierKind {
    GC_BARRIER_NONE,
    GC_BARRIER_CARD,    /* mark the holder's card */
    GC_BARRIER_REMSET,  /* remember old->young slots */
    GC_BARRIER_SATB,    /* incremental marking */
    GC_BARRIER_RC,      /* reference counting: release the old value, retain the new */
} GcBarrierKind;

#define HEAP_FRESH_MAX 64

typedef struct Heap {
    const struct GcStrategy *plan;
    void *plan_state;           /* owned by the plan */
    struct VM *vm;
    /* bump-pointer fast path; plans without one keep both NULL */
    uint8_t *bump, *bump_limit;
    GcBarrierKind barrier;
    size_t heap_size;           /* --heap (0 = plan default) */
    size_t max_heap;            /* --max-heap (0 = unlimited growth up to the OS) */
    uint32_t stress_every, stress_count;
    bool verify;                /* --gc-verify: run the heap verifier after each GC */
    struct GcVerifier *verifier; /* the verifier's bitmaps and stack, kept between walks (verify.c) */
    uint8_t trace;              /* --trace-gc: 0 off, 1 on, 2 on without pause times (--deterministic) */
    int no_gc;                  /* >0: collections are deferred (never set across JS calls) */
    uint64_t bytes_allocated;   /* total since start */
    /* Size-class free lists (marksweep): free_lists[bytes / 8] is the head of
     * the exact-size class for bytes <= free_max (0 = no inline free lists).
     * A free cell links to the next one through the word after its header. */
    Cell **free_lists;
    size_t free_max;
    uint64_t cells_allocated;   /* total since start */
    bool in_gc;                 /* a collection is running: allocating now is a bug */
    bool in_oom;                /* building the out-of-memory exception */
    size_t nursery_size;        /* --nursery (0 = the plan's default; generational plans) */
    /* Allocation-site pretenuring (allocsite.h): while pretenure is set the
     * inline bump path is skipped and the plan's alloc() places the cell in
     * its old generation.  sites is NULL unless the plan is generational and
     * --pretenure is on; plan_is_young is the plan's is_young (or NULL). */
    bool pretenure;
    struct SiteTable *sites;
    bool (*plan_is_young)(struct Heap *h, const void *p);
    /* GC_BARRIER_REMSET plans: the nursery [young_lo, young_hi), so that
     * heap_store() filters inline the stores that need no remembering
     * (non-pointers, young holders, young->old, remembered holders) and
     * calls the plan's barrier only for a new old->young edge.  NULL
     * (nothing young) for the other plans. */
    const uint8_t *young_lo, *young_hi;
    /* Pretenuring into a free-list old generation (genms): while pretenure
     * is set, heap_alloc() pops the old plan's exact-size free lists
     * (old_free_lists[bytes / 8] for bytes <= old_free_max; 0 = no inline
     * path) and records each cell in fresh[0 .. nfresh): such a cell is
     * fully dirty (its initialising stores skip the barrier) until the
     * plan has settled it (gen.h).  A full buffer takes the slow path. */
    Cell **old_free_lists;
    size_t old_free_max;
    /* Set on a private old heap (in_gc at init) whose free lists another
     * heap's facade pops inline, as above: a free-list plan then keeps its
     * free cells on those lists (marksweep formats its raw block tails
     * instead of bump-allocating them in its alloc()). */
    bool lists_popped_inline;
    /* Set on that private old heap while a minor collection promotes into
     * it (gen.c): every allocation then comes through the plan's alloc(),
     * so marksweep bump-allocates raw block tails even with
     * lists_popped_inline, and a promoted cell's memory is written once
     * (its copy), not formatted as a free cell first. */
    bool promoting;
    uint32_t nfresh;
    Cell *fresh[HEAP_FRESH_MAX];
    /* Bytes pretenured inline since the plan last drained fresh[] (leaf
     * cells -- strings, bytes, bigints -- hold no pointer, so they are
     * counted here but never recorded in fresh[]: nothing to settle). */
    uint64_t fresh_bytes;
    /* Totals already added to vm->stats (heap_sync_stats adds the difference). */
    struct {
        uint64_t gc_ns, collections, minor, major, moved, promoted, bytes_allocated, cells_allocated;
    } synced;
} Heap;

/* Heap is the first member of struct VM (asserted in heap.c), so code that
 * only sees a VM* (a GcWeakFn) can find the heap without vm.h. */
static inline Heap *heap_of(struct VM *vm) { return (Heap *)(void *)vm; }

/* Cells of this size or more never take the bump path: plans put them in a
 * large-object space (they are not worth copying). */
#define HEAP_BUMP_MAX ((size_t)128 * 1024)

/* Slow path: stress, plan allocation, collection, OOM. */
Cell *heap_alloc_slow(struct VM *vm, size_t bytes);

/* Allocate a cell of `bytes` (rounded up to 8) and write its header. The
 * payload is NOT cleared beyond the header; callers initialise every field
 * before the next allocation. */
static inline Cell *heap_alloc(struct VM *vm, Heap *h, CellKind kind, size_t bytes)
{
    bytes = (bytes + 7) & ~(size_t)7;
    Cell *c;
    if (h->bump && !h->pretenure && (size_t)(h->bump_limit - h->bump) >= bytes && bytes < HEAP_BUMP_MAX &&
        !h->stress_every) {
        c = (Cell *)h->bump;
        h->bump += bytes;
        h->bytes_allocated += bytes;
        h->cells_allocated++;
    } else if (bytes <= h->free_max && !h->stress_every && (c = h->free_lists[bytes >> 3]) != NULL) {
        h->free_lists[bytes >> 3] = *(Cell **)(void *)((uint8_t *)c + 8);
        h->bytes_allocated += bytes;
        h->cells_allocated++;
    } else if (h->pretenure && bytes <= h->old_free_max && h->nfresh < HEAP_FRESH_MAX && !h->stress_every &&
               (c = h->old_free_lists[bytes >> 3]) != NULL) {
        h->old_free_lists[bytes >> 3] = *(Cell **)(void *)((uint8_t *)c + 8);
        if (!cell_kind_is_leaf(kind)) h->fresh[h->nfresh++] = c;
        h->fresh_bytes += bytes;
        h->bytes_allocated += bytes;
        h->cells_allocated++;
    } else {
        c = heap_alloc_slow(vm, bytes);
        if (!c) return NULL;
    }
    c->header = heap_make_header(kind, bytes);
    return c;
}

/* ---- write barriers --------------------------------------------------------
 *
 * Every store of a JSValue or Cell* into a field of a heap cell goes through
 * heap_store() / heap_store_cell() (or heap_store_range() for a block copy).
 * When the plan names a barrier, the plan's write_barrier performs the store
 * itself, so it sees the old value (`rc` releases it) and the new one
 * (generational plans record old->young pointers).  Barriers run for every
 * store, also of non-pointer values.
 *
 * The one exception, the INITIALISING STORE rule: fields of a cell that was
 * allocated with no allocation since (so no collection since) may be written
 * with plain stores.  This is sound for every plan because such a cell is
 *  - in the nursery for a generational plan (nursery cells are always
 *    scanned by a minor GC, so they need no remembering), or
 *  - allocated directly in an old space (large objects, allocation while
 *    collection is deferred): the generational plans then treat the cell
 *    as fully dirty (remembered) until the next collection, so every
 *    pointer stored into it before then is scanned by the next minor GC;
 *  - for `rc`, a fresh cell's fields hold no counted references yet (the
 *    plan counts references from a new cell when it is first scanned).
 * Stores into a cell allocated BEFORE the latest allocation must use the
 * barrier, even if the cell is "new" from the caller's point of view. */
void heap_barrier_value(struct VM *vm, Cell *holder, JSValue *slot, JSValue v);
void heap_barrier_cell(struct VM *vm, Cell *holder, Cell **slot, Cell *v);
/* Copy n values into holder's slots dst[0..n) from src (may overlap, memmove
 * semantics; src may be outside the heap). */
void heap_barrier_range(struct VM *vm, Cell *holder, JSValue *dst, const JSValue *src, size_t n);

/* A remembered-set plan needs its barrier only when the store makes a new
 * old->young edge: target young, holder old and not yet remembered.  The
 * plan's barrier repeats the test (it is the authority); this is the
 * inline filter that keeps the call off the common stores. */
static inline bool heap_is_young(const Heap *h, const void *p)
{
    /* one unsigned compare: p - lo wraps around for p < lo */
    return (uintptr_t)p - (uintptr_t)h->young_lo < (uintptr_t)(h->young_hi - h->young_lo);
}
/* Is v a cell in the nursery?  One compare too: a cell value is its
 * address under VAL_TAG_CELL, so v - (the tag | young_lo) is below the
 * nursery size only for a cell value inside it. */
static inline bool heap_value_is_young(const Heap *h, JSValue v)
{
    return v - val_from_cell(h->young_lo) < (uint64_t)(h->young_hi - h->young_lo);
}
static inline bool heap_remset_needs(const Heap *h, const Cell *holder, const void *target)
{
    return heap_is_young(h, target) && holder && !heap_is_young(h, holder) && !(holder->header & CELL_REMEMBERED);
}

static inline void heap_store(Heap *h, Cell *holder, JSValue *slot, JSValue v)
{
    if (h->barrier == GC_BARRIER_NONE ||
        (h->barrier == GC_BARRIER_REMSET &&
         (!heap_value_is_young(h, v) || !holder || heap_is_young(h, holder) || (holder->header & CELL_REMEMBERED))))
        *slot = v;
    else heap_barrier_value(h->vm, holder, slot, v);
}
static inline void heap_store_cell(Heap *h, Cell *holder, Cell **slot, Cell *v)
{
    if (h->barrier == GC_BARRIER_NONE || (h->barrier == GC_BARRIER_REMSET && !heap_remset_needs(h, holder, v)))
        *slot = v;
    else heap_barrier_cell(h->vm, holder, slot, v);
}
static inline void heap_store_range(Heap *h, Cell *holder, JSValue *dst, const JSValue *src, size_t n)
{
    if (h->barrier == GC_BARRIER_NONE) memmove(dst, src, n * sizeof(JSValue));
    else heap_barrier_range(h->vm, holder, dst, src, n);
}

bool heap_init(struct VM *vm, Heap *h, const char *plan_name, size_t heap_size, size_t max_heap);
void heap_destroy(struct VM *vm, Heap *h);
void heap_collect(struct VM *vm, GcReason reason);
/* Add the collector's totals (GC time, collections, bytes allocated, ...)
 * gathered since the last call to vm->stats.  heap_collect does it after
 * every collection; call it before printing statistics. */
void heap_sync_stats(struct VM *vm);

/* ---- handles (the C shadow stack) --------------------------------------- */

/* A handle is a rooted JSValue slot.  Scopes nest like C blocks:
 *     HandleScope hs = heap_scope_open(vm);
 *     JSValue *obj = heap_handle(vm, v);
 *     ... allocate; always use *obj ...
 *     heap_scope_close(vm, hs);
 * Handles are never kept past their scope. */
typedef struct HandleStack {
    JSValue *slots;
    uint32_t top, cap;
} HandleStack;
typedef uint32_t HandleScope;

#endif
