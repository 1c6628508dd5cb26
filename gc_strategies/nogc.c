/*
 * nogc.c -- the no-collection plan (`--gc=nogc`): the lower bound every
 * other plan is measured against.  Cells are bump-allocated through the
 * facade's inline path in chunks of 4 MiB (or one chunk per cell of
 * HEAP_BUMP_MAX bytes and more); nothing is ever freed.  A collection only
 * records an event.  Allocation fails when --max-heap is reached.
 *
 * Weak references: an explicit collection (gc(), tierlab.gc()) still marks
 * from the roots, with the ephemeron fixpoint, and runs the weak phase, so
 * WeakRefs and WeakMap entries of unreachable cells are cleared and
 * FinalizationRegistry cleanups are scheduled exactly as under a
 * collecting plan -- the memory itself is never reused.  Other
 * collections (stress, heap limit) do not look at the heap at all: until
 * an explicit one, weak entries simply live, which is also correct.
 */
#include <stdio.h>
#include <stdlib.h>

#include "gc.h"
#include "gcutil.h"

#define CHUNK ((size_t)4 * 1024 * 1024)
#define NG_MARK 1u   /* GC bit: reached by an explicit collection's marking */

typedef struct Chunk {
    struct Chunk *next;
    size_t size;          /* bytes of cells after the header */
    uint8_t *end_used;    /* for contains(): set when the chunk is retired */
} Chunk;

typedef struct NoGc {
    Chunk *chunks;        /* every chunk */
    Chunk *current;       /* the bump region's chunk; its used end is heap->bump */
    size_t footprint, max_heap;
    GcStats stats;
    MarkStack stack;      /* explicit collections: marking for the weak phase */
    MarkStack marked;     /* every cell marked, to clear the bit afterwards */
} NoGc;

static uint8_t *chunk_start(Chunk *c) { return (uint8_t *)(c + 1); }

static Chunk *new_chunk(Heap *h, NoGc *ng, size_t size)
{
    if (ng->max_heap && ng->footprint + size > ng->max_heap) return NULL;
    Chunk *c = malloc(sizeof(Chunk) + size);
    if (!c) return NULL;
    c->size = size;
    c->end_used = chunk_start(c);
    ng->footprint += size;
    ng->stats.heap_bytes = ng->footprint;
    return c;
}

static Cell *ng_alloc(Heap *h, size_t bytes)
{
    NoGc *ng = h->plan_state;
    if (h->bump && (size_t)(h->bump_limit - h->bump) >= bytes) {   /* stress mode comes here */
        Cell *c = (Cell *)(void *)h->bump;
        h->bump += bytes;
        return c;
    }
    Chunk *c = new_chunk(h, ng, bytes >= HEAP_BUMP_MAX ? bytes : CHUNK);
    if (!c) return NULL;
    c->next = ng->chunks;
    ng->chunks = c;
    if (bytes >= HEAP_BUMP_MAX) {   /* a chunk of its own */
        c->end_used = chunk_start(c) + bytes;
        return (Cell *)(void *)chunk_start(c);
    }
    if (ng->current) ng->current->end_used = h->bump;
    ng->current = c;
    h->bump = chunk_start(c) + bytes;
    h->bump_limit = chunk_start(c) + CHUNK;
    return (Cell *)(void *)chunk_start(c);
}

typedef struct NgVisitor {
    GcVisitor base;
    NoGc *ng;
} NgVisitor;

static void mark_visit(GcVisitor *self, Cell **slot)
{
    NoGc *ng = ((NgVisitor *)self)->ng;
    Cell *c = *slot;
    if (cell_gcbits(c) & NG_MARK) return;
    cell_set_gcbits(c, cell_gcbits(c) | NG_MARK);
    mstack_push(&ng->marked, c);
    CellKind k = cell_kind(c);
    if (!cell_kind_is_leaf(k)) mstack_push(&ng->stack, c);
}

static Cell *ng_marked(struct VM *vm, Cell *c)
{
    (void)vm;
    return (cell_gcbits(c) & NG_MARK) ? c : NULL;
}

/* Reachability for the weak phase only (see above); frees nothing. */
static void mark_for_weak(Heap *h, NoGc *ng)
{
    NgVisitor mv = { { mark_visit, GC_WEAK_TRACE }, ng };
    heap_trace_roots(h->vm, &mv.base);
    Cell *c;
    do {
        while ((c = mstack_pop(&ng->stack)) != NULL) heap_trace_cell(h->vm, c, &mv.base);
    } while (heap_trace_ephemerons(h->vm, ng_marked, &mv.base));
    heap_process_weak(h->vm, ng_marked, NULL);
    for (size_t i = 0; i < ng->marked.n; i++)
        cell_set_gcbits(ng->marked.v[i], cell_gcbits(ng->marked.v[i]) & ~NG_MARK);
    ng->marked.n = 0;
}

static void ng_collect(Heap *h, GcReason reason)
{
    NoGc *ng = h->plan_state;
    if (reason == GC_REASON_EXPLICIT) mark_for_weak(h, ng);
    GcEvent ev = { .kind = GC_KIND_FULL, .reason = reason, .start_ns = gc_now_ns() };
    ev.bytes_before = ev.bytes_after = h->bytes_allocated;
    gc_record_event(&ng->stats, &ev, h->trace);
}

static bool ng_contains(Heap *h, const void *p)
{
    NoGc *ng = h->plan_state;
    const uint8_t *q = p;
    for (Chunk *c = ng->chunks; c; c = c->next) {
        const uint8_t *end = c == ng->current ? h->bump : c->end_used;
        if (q >= chunk_start(c) && q < end) return true;
    }
    return false;
}

static GcStats *ng_stats(Heap *h) { return &((NoGc *)h->plan_state)->stats; }

static bool ng_init(Heap *h, size_t heap_size, size_t max_heap)
{
    NoGc *ng = calloc(1, sizeof *ng);
    if (!ng) return false;
    ng->max_heap = max_heap;
    ng->stats.plan = "nogc";
    h->plan_state = ng;
    h->bump = h->bump_limit = NULL;
    h->free_lists = NULL;
    h->free_max = 0;
    return true;
}

static void ng_destroy(Heap *h)
{
    NoGc *ng = h->plan_state;
    if (!ng) return;
    for (Chunk *c = ng->chunks, *next; c; c = next) {
        next = c->next;
        free(c);
    }
    mstack_free(&ng->stack);
    mstack_free(&ng->marked);
    gc_stats_free(&ng->stats);
    free(ng);
    h->plan_state = NULL;
    h->bump = h->bump_limit = NULL;
}

const GcStrategy gc_nogc = {
    .name = "nogc",
    .description = "bump allocation, never collects (the lower bound)",
    .moving = false,
    .barrier = GC_BARRIER_NONE,
    .default_heap = CHUNK,
    .init = ng_init,
    .destroy = ng_destroy,
    .alloc = ng_alloc,
    .collect = ng_collect,
    .write_barrier = NULL,
    .contains = ng_contains,
    .stats = ng_stats,
};
