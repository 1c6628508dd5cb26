/*
 * semispace.c -- Cheney's copying collector (`--gc=semispace`).
 *
 * Two equal spaces; the mutator bump-allocates in the current one through
 * heap->bump / heap->bump_limit (heap_alloc's inline path), so this file
 * only sees allocations that do not fit.  A collection copies every cell
 * reachable from the roots into the other space, breadth first (the copied
 * region doubles as the scan queue, so nothing recurses), leaving a
 * forwarding pointer in the old header.
 *
 * Cells of LARGE_MIN bytes or more never move: they live in the shared
 * large-object space (gcutil.h), are marked through their GC bits (value 1)
 * and traced from a gray stack during the copy, and swept afterwards.  While
 * heap->no_gc > 0, a small cell that does not fit goes there too (the heap
 * cannot collect, and growing a space would need a collection).
 *
 * Policy: spaces start at --heap / 2 (default 4 MiB each).  When the live
 * data after a collection (plus the allocation that triggered it) exceeds
 * half a space, both spaces are replaced by ones twice as big (or more) and
 * the live data is copied once more, within the cap heap->max_heap (2 spaces
 * + large cells).  The large-object space triggers a collection when it has
 * grown by max(space size, its live size) since the last one.  A large cell
 * that does not fit under the cap asks the next collection to shrink the
 * spaces (to no less than 5/4 of the live data) to make room for it.
 *
 * The cap is read from heap->max_heap at each use (not copied), so that a
 * generational plan running this one as its old generation can lift it
 * while it promotes (gen.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gc.h"
#include "gcutil.h"

#define DEFAULT_HEAP ((size_t)8 * 1024 * 1024)   /* both spaces */
#define LARGE_MIN HEAP_BUMP_MAX
#define LOS_MARK 1u
#define POISON 0xDB   /* 0xDBDB... is neither a valid header nor a canonical pointer */

typedef struct SemiSpace {
    uint8_t *cur, *cur_end;       /* allocation space: [cur, heap->bump) is in use */
    uint8_t *spare, *spare_end;   /* the next to-space */
    size_t space_size;
    LargeSpace los;
    size_t los_target;            /* collect when los.bytes would exceed it */
    size_t pending;               /* bytes wanted by the allocation that is collecting */
    size_t pending_large;         /* a large cell that did not fit under the cap */
    /* during a collection */
    uint8_t *from_start, *from_end, *to_start, *to_end, *to_free;
    MarkStack gray;               /* marked large cells still to trace */
    GcStats stats;
} SemiSpace;

typedef struct CopyVisitor {
    GcVisitor base;
    SemiSpace *ss;
} CopyVisitor;

static size_t large_min(const SemiSpace *ss)
{
    return ss->space_size / 4 < LARGE_MIN ? ss->space_size / 4 : LARGE_MIN;
}
static size_t footprint(const SemiSpace *ss) { return 2 * ss->space_size + ss->los.bytes; }
static bool within_max(const Heap *h, size_t bytes) { return !h->max_heap || bytes <= h->max_heap; }

/* ---- copying ------------------------------------------------------------- */

static void copy_visit(GcVisitor *self, Cell **slot)
{
    SemiSpace *ss = ((CopyVisitor *)self)->ss;
    Cell *c = *slot;
    uint8_t *p = (uint8_t *)c;
    if (p >= ss->from_start && p < ss->from_end) {
        if (cell_is_forwarded(c)) {
            *slot = cell_forwardee(c);
            return;
        }
        size_t size = cell_size(c);
        Cell *n = (Cell *)(void *)ss->to_free;
        memcpy(n, c, size);
        ss->to_free += size;
        cell_forward_to(c, n);
        *slot = n;
        return;
    }
    if (p >= ss->to_start && p < ss->to_end) return;   /* slot already updated */
    if (cell_gcbits(c) != LOS_MARK) {                  /* a large cell */
        cell_set_gcbits(c, LOS_MARK);
        mstack_push(&ss->gray, c);
    }
}

static Cell *ss_weak_live(struct VM *vm, Cell *c)
{
    SemiSpace *ss = heap_of(vm)->plan_state;
    uint8_t *p = (uint8_t *)c;
    if (p >= ss->from_start && p < ss->from_end) return cell_is_forwarded(c) ? cell_forwardee(c) : NULL;
    if (p >= ss->to_start && p < ss->to_end) return c;
    return cell_gcbits(c) == LOS_MARK ? c : NULL;
}

/* Copy the live data of the current space into [to, to_end), which becomes
 * the current space.  Returns the bytes copied. */
static size_t evacuate(Heap *h, SemiSpace *ss, uint8_t *to, uint8_t *to_end, size_t *los_freed)
{
    ss->from_start = ss->cur;
    ss->from_end = h->bump;
    ss->to_start = ss->to_free = to;
    ss->to_end = to_end;

    CopyVisitor cv = { { copy_visit }, ss };
    heap_trace_roots(h->vm, &cv.base);
    uint8_t *scan = to;
    for (;;) {
        while (scan < ss->to_free) {
            Cell *c = (Cell *)(void *)scan;
            scan += cell_size(c);
            heap_trace_cell(h->vm, c, &cv.base);
        }
        Cell *big = mstack_pop(&ss->gray);
        if (big) {
            heap_trace_cell(h->vm, big, &cv.base);
            continue;
        }
        /* the ephemeron fixpoint (engine/weak.h): copy values of live keys */
        if (!heap_trace_ephemerons(h->vm, ss_weak_live, &cv.base)) break;
    }
    heap_process_weak(h->vm, ss_weak_live, NULL);
    *los_freed += los_sweep(&ss->los, LOS_MARK, true);

    size_t copied = (size_t)(ss->to_free - to);
    ss->cur = to;
    ss->cur_end = to_end;
    h->bump = ss->to_free;
    h->bump_limit = to_end;
    ss->from_start = ss->from_end = ss->to_start = ss->to_end = NULL;
    return copied;
}

/* Replace both spaces by spaces of `size` bytes and copy the live data
 * (which fits) into the new current one.  Returns the bytes copied (0 if
 * malloc fails; the old spaces then stay). */
static size_t resize(Heap *h, SemiSpace *ss, size_t size, size_t *los_freed)
{
    uint8_t *to = malloc(size), *spare = malloc(size);
    if (!to || !spare) {
        free(to);
        free(spare);
        return 0;
    }
    uint8_t *prev = ss->cur, *prev_used = h->bump;
    size_t copied = evacuate(h, ss, to, to + size, los_freed);
    if (h->verify || h->stress_every) memset(prev, POISON, (size_t)(prev_used - prev));
    free(prev);
    free(ss->spare);
    ss->spare = spare;
    ss->spare_end = spare + size;
    ss->space_size = size;
    return copied;
}

/* Live data exceeds half a space: copy it into bigger spaces.  Returns the
 * bytes copied (0 if the heap cannot grow). */
static size_t grow(Heap *h, SemiSpace *ss, size_t live, size_t *los_freed)
{
    size_t size = ss->space_size;
    while (live + ss->pending > size / 2) size *= 2;
    if (h->max_heap) {
        size_t cap = h->max_heap > ss->los.bytes ? (h->max_heap - ss->los.bytes) / 2 : 0;
        cap &= ~(size_t)7;
        if (size > cap) size = cap;
    }
    if (size <= ss->space_size) return 0;
    return resize(h, ss, size, los_freed);
}

/* A large cell of ss->pending_large bytes does not fit under the cap: make
 * the spaces smaller if the live data leaves room.  Returns bytes copied. */
static size_t shrink_for_large(Heap *h, SemiSpace *ss, size_t live, size_t *los_freed)
{
    size_t need = ss->los.bytes + ss->pending_large;
    if (!h->max_heap || footprint(ss) + ss->pending_large <= h->max_heap || need >= h->max_heap) return 0;
    size_t size = ((h->max_heap - need) / 2) & ~(size_t)7;
    if (size >= ss->space_size || size < 4096 || size < live + live / 4) return 0;
    return resize(h, ss, size, los_freed);
}

static void ss_collect(Heap *h, GcReason reason)
{
    SemiSpace *ss = h->plan_state;
    uint64_t t0 = gc_now_ns(), c0 = gc_cpu_now_ns();
    size_t before = (size_t)(h->bump - ss->cur) + ss->los.bytes;
    size_t los_freed = 0;

    uint8_t *old = ss->cur, *old_end = ss->cur_end, *old_used = h->bump;
    size_t moved = evacuate(h, ss, ss->spare, ss->spare_end, &los_freed);
    ss->spare = old;
    ss->spare_end = old_end;
    /* Debugging runs: poison the old space, so that a pointer kept across
     * the collection (a missing root) crashes instead of reading stale data. */
    if (h->verify || h->stress_every) memset(old, POISON, (size_t)(old_used - old));

    size_t live = (size_t)(h->bump - ss->cur);
    if (live + ss->pending > ss->space_size / 2) moved += grow(h, ss, live, &los_freed);
    if (ss->pending_large) moved += shrink_for_large(h, ss, (size_t)(h->bump - ss->cur), &los_freed);
    ss->pending_large = 0;

    size_t after = (size_t)(h->bump - ss->cur) + ss->los.bytes;
    ss->los_target = ss->los.bytes > ss->space_size ? 2 * ss->los.bytes : ss->los.bytes + ss->space_size;
    ss->stats.heap_bytes = footprint(ss);
    GcEvent ev = {
        .kind = GC_KIND_FULL,
        .reason = reason,
        .start_ns = t0,
        .bytes_before = before,
        .bytes_after = after,
        .bytes_moved = moved,
        .bytes_freed = before > after ? before - after : 0,
    };
    ev.pause_ns = gc_now_ns() - t0;
    ev.pause_cpu_ns = gc_cpu_now_ns() - c0;
    gc_record_event(&ss->stats, &ev, h->trace);
}

/* ---- allocation --------------------------------------------------------- */

static Cell *alloc_large(Heap *h, SemiSpace *ss, size_t bytes)
{
    bool can_gc = h->no_gc == 0 && !h->in_gc;
    if (ss->los.bytes + bytes > ss->los_target && can_gc) {
        ss->pending = 0;
        heap_collect(h->vm, GC_REASON_ALLOC);
    }
    if (!within_max(h, footprint(ss) + bytes)) {
        /* the next collection shrinks the spaces for it if it can (now, or
         * the major collection of a generational plan that gets NULL) */
        ss->pending_large = bytes;
        if (can_gc) heap_collect(h->vm, GC_REASON_HEAP_LIMIT);
        if (!within_max(h, footprint(ss) + bytes)) return NULL;
    }
    Cell *c = los_alloc(&ss->los, bytes);
    ss->stats.heap_bytes = footprint(ss);
    return c;
}

static Cell *bump(Heap *h, size_t bytes)
{
    if ((size_t)(h->bump_limit - h->bump) < bytes) return NULL;
    Cell *c = (Cell *)(void *)h->bump;
    h->bump += bytes;
    return c;
}

static Cell *ss_alloc(Heap *h, size_t bytes)
{
    SemiSpace *ss = h->plan_state;
    if (bytes >= large_min(ss)) return alloc_large(h, ss, bytes);
    Cell *c = bump(h, bytes);
    if (c) return c;
    if (h->no_gc > 0 || h->in_gc) {
        /* cannot move anything now: a non-moving cell instead */
        if (!within_max(h, footprint(ss) + bytes)) return NULL;
        c = los_alloc(&ss->los, bytes);
        ss->stats.heap_bytes = footprint(ss);
        return c;
    }
    ss->pending = bytes;
    heap_collect(h->vm, GC_REASON_ALLOC);
    ss->pending = 0;
    return bump(h, bytes);
}

/* ---- the rest of the interface ------------------------------------------- */

static bool ss_contains(Heap *h, const void *p)
{
    SemiSpace *ss = h->plan_state;
    const uint8_t *q = p;
    if (q >= ss->cur && q < h->bump) return true;
    return los_contains(&ss->los, p);
}

static GcStats *ss_stats(Heap *h) { return &((SemiSpace *)h->plan_state)->stats; }

/* Promotion fills the current space, then goes to the large-object space
 * within the cap.  A cell that does not fit the space's tail goes there
 * too, so the tail (less than one nursery cell, < LARGE_MIN) may be lost;
 * in a space so small that nursery cells count as large, only the cap's
 * room counts. */
static size_t ss_headroom(Heap *h)
{
    SemiSpace *ss = h->plan_state;
    if (!h->max_heap) return SIZE_MAX;
    size_t fp = footprint(ss);
    size_t room = h->max_heap > fp ? h->max_heap - fp : 0;
    size_t free_cur = large_min(ss) == LARGE_MIN ? (size_t)(ss->cur_end - h->bump) : 0;
    return free_cur + room > LARGE_MIN ? free_cur + room - LARGE_MIN : 0;
}

static bool ss_init(Heap *h, size_t heap_size, size_t max_heap)
{
    SemiSpace *ss = calloc(1, sizeof *ss);
    if (!ss) {
        fprintf(stderr, "tierlab: semispace: out of memory\n");
        return false;
    }
    size_t total = heap_size ? heap_size : DEFAULT_HEAP;
    if (max_heap && total > max_heap) total = max_heap;
    ss->space_size = (total / 2) & ~(size_t)7;
    if (ss->space_size < 4096) ss->space_size = 4096;
    ss->cur = malloc(ss->space_size);
    ss->spare = malloc(ss->space_size);
    if (!ss->cur || !ss->spare) {
        free(ss->cur);
        free(ss->spare);
        free(ss);
        fprintf(stderr, "tierlab: semispace: cannot allocate two spaces of %zu bytes\n", total / 2);
        return false;
    }
    ss->cur_end = ss->cur + ss->space_size;
    ss->spare_end = ss->spare + ss->space_size;
    ss->los_target = ss->space_size;
    ss->stats.plan = "semispace";
    ss->stats.heap_bytes = footprint(ss);
    h->plan_state = ss;
    h->bump = ss->cur;
    h->bump_limit = ss->cur_end;
    h->free_lists = NULL;
    h->free_max = 0;
    return true;
}

static void ss_destroy(Heap *h)
{
    SemiSpace *ss = h->plan_state;
    if (!ss) return;
    free(ss->cur);
    free(ss->spare);
    los_destroy(&ss->los);
    mstack_free(&ss->gray);
    gc_stats_free(&ss->stats);
    free(ss);
    h->plan_state = NULL;
    h->bump = h->bump_limit = NULL;
}

const GcStrategy gc_semispace = {
    .name = "semispace",
    .description = "Cheney copying between two semispaces, non-moving large objects",
    .moving = true,
    .barrier = GC_BARRIER_NONE,
    .default_heap = DEFAULT_HEAP,
    .init = ss_init,
    .destroy = ss_destroy,
    .alloc = ss_alloc,
    .collect = ss_collect,
    .write_barrier = NULL,
    .contains = ss_contains,
    .stats = ss_stats,
    .headroom = ss_headroom,
};
