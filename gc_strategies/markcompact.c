/*
 * markcompact.c -- Lisp-2 sliding compaction (`--gc=markcompact`).
 *
 * Memory: one contiguous space, reserved once with mmap (address space
 * only; pages are committed as they are touched), so it grows by raising a
 * limit and never moves as a whole.  The mutator bump-allocates in
 * [base, heap->bump) through heap_alloc's inline path.  Cells of LARGE_MIN
 * bytes and more, and cells allocated while collection is deferred and the
 * space is full, live in the shared non-moving large-object space
 * (gcutil.h), marked through their GC bits (LOS_MARK) and swept in place.
 *
 * A collection (all phases stop the world):
 *   1. mark   -- from heap_trace_roots, with an explicit mark stack; a
 *               space cell is marked in a side bitmap (one bit per 8-byte
 *               word, set at the cell's first word), a large cell in its
 *               GC bits;
 *   2. plan   -- walk the bitmap in address order and give each live cell
 *               its new address.  The headers stay intact (the update phase
 *               still needs every cell's size and kind), so the forwarding
 *               addresses go to a side table: for every 256-byte block, the
 *               new address of the first live cell STARTING in it; a
 *               cell's new address is that plus the sizes of the live cells
 *               starting before it in the same block;
 *   3. update -- every root, every pointer inside a live cell (space and
 *               large), and the weak references (heap_process_weak) are
 *               rewritten to the new addresses;
 *   4. slide  -- live cells move down in address order (memmove; a cell
 *               never moves up, so the copy never overwrites a live cell
 *               not yet moved); the bump pointer restarts after the last.
 * Cells keep their relative order (sliding preserves allocation order).
 *
 * Policy: the space starts at --heap (default 8 MiB).  After a collection,
 * if live data plus the pending allocation exceeds GROW_NUM/GROW_DEN of the
 * space, the space grows to twice the live data (at least the next
 * power-of-two step), within the hard cap (--heap / --max-heap): space +
 * large cells <= cap.  A large cell that does not fit under the cap makes
 * the collection it triggers shrink the space (to no less than 5/4 of the
 * live data; the pages above are given back with madvise).  At the cap,
 * allocation returns NULL (the facade throws the catchable RangeError).
 */
#if !defined(_DEFAULT_SOURCE)
#define _DEFAULT_SOURCE   /* MAP_ANONYMOUS, MAP_NORESERVE */
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "gc.h"
#include "gcutil.h"

#define DEFAULT_HEAP ((size_t)8 * 1024 * 1024)
#define RESERVE_MAX ((size_t)64 << 30)      /* address space reserved without a cap */
#define LARGE_MIN HEAP_BUMP_MAX
#define LOS_MARK 1u
#define BLOCK 256                            /* forwarding-table granularity (bytes) */
#define WORDS_PER_BLOCK (BLOCK / 8)
_Static_assert(64 % WORDS_PER_BLOCK == 0, "a block's mark bits lie in one bitmap word");
#define GROW_NUM 3                           /* grow when live > 3/4 of the space */
#define GROW_DEN 4
#define POISON 0xDB

typedef struct MarkCompact {
    uint8_t *base;            /* reserved region [base, base + reserved) */
    size_t reserved;
    size_t space_size;        /* usable part: [base, base + space_size) */
    size_t max_heap;          /* hard cap (0 = none) */
    uint64_t *bits;           /* mark bitmap: bit i = a live cell starts at word i */
    uint8_t **fwd;            /* per BLOCK: new address of its first live cell */
    size_t nwords;            /* bitmap capacity in words of the space */
    /* contains() (verifier only): vbits marks every cell start in
     * [base, vscan); extended lazily up to heap->bump, reset by a collection */
    uint64_t *vbits;
    uint8_t *vscan;
    LargeSpace los;
    size_t los_target;
    size_t pending;           /* bytes wanted by the allocation that collects */
    size_t pending_large;     /* a large cell that did not fit under the cap */
    MarkStack stack;
    uint64_t live_bytes;
    GcStats stats;
} MarkCompact;

typedef struct McVisitor {
    GcVisitor base;
    MarkCompact *mc;
} McVisitor;

static size_t footprint(const MarkCompact *mc) { return mc->space_size + mc->los.bytes; }
static bool within_max(const MarkCompact *mc, size_t bytes) { return !mc->max_heap || bytes <= mc->max_heap; }
static size_t large_min(const MarkCompact *mc)
{
    return mc->space_size / 4 < LARGE_MIN ? mc->space_size / 4 : LARGE_MIN;
}

static inline bool in_space(const MarkCompact *mc, const Heap *h, const void *p)
{
    return (const uint8_t *)p >= mc->base && (const uint8_t *)p < h->bump;
}
static inline size_t word_of(const MarkCompact *mc, const void *p) { return (size_t)((const uint8_t *)p - mc->base) / 8; }
static inline bool bit_get(const MarkCompact *mc, size_t w) { return (mc->bits[w / 64] >> (w % 64)) & 1; }
static inline void bit_set(MarkCompact *mc, size_t w) { mc->bits[w / 64] |= 1ull << (w % 64); }

/* Side tables sized for the current space (they hold nothing between
 * collections, so growing them loses nothing). */
static bool size_tables(MarkCompact *mc)
{
    size_t nwords = mc->space_size / 8;
    if (nwords <= mc->nwords) return true;
    uint64_t *bits = calloc((nwords + 63) / 64, sizeof *bits);
    uint8_t **fwd = calloc(nwords / WORDS_PER_BLOCK + 1, sizeof *fwd);
    if (!bits || !fwd) {
        free(bits);
        free(fwd);
        return false;
    }
    free(mc->bits);
    free(mc->fwd);
    free(mc->vbits);
    mc->vbits = NULL;
    mc->vscan = mc->base;
    mc->bits = bits;
    mc->fwd = fwd;
    mc->nwords = nwords;
    return true;
}

/* ---- 1. mark ---------------------------------------------------------------- */

static void mark_visit(GcVisitor *self, Cell **slot)
{
    MarkCompact *mc = ((McVisitor *)self)->mc;
    Cell *c = *slot;
    if ((uint8_t *)c >= mc->base && (uint8_t *)c < mc->base + mc->space_size) {
        size_t w = word_of(mc, c);
        if (bit_get(mc, w)) return;
        bit_set(mc, w);
    } else {
        if (cell_gcbits(c) == LOS_MARK) return;
        cell_set_gcbits(c, LOS_MARK);
    }
    mc->live_bytes += cell_size(c);
    CellKind k = cell_kind(c);
    if (!cell_kind_is_leaf(k)) mstack_push(&mc->stack, c);
}

/* ---- 2./3. forwarding ------------------------------------------------------- */

/* New address of live space cell c (headers are still intact). */
static uint8_t *forward(const MarkCompact *mc, const Cell *c)
{
    size_t w = word_of(mc, c);
    uint8_t *to = mc->fwd[w / WORDS_PER_BLOCK];
    /* the live cells starting in c's block before c: bits [first, w) of
     * one bitmap word (a block never straddles two) */
    size_t first = w - w % WORDS_PER_BLOCK;
    uint64_t m = mc->bits[w / 64] & (((1ull << (w % 64)) - 1) & ~((1ull << (first % 64)) - 1));
    for (; m; m &= m - 1) {
        size_t i = (w & ~(size_t)63) + (size_t)__builtin_ctzll(m);
        to += cell_size((const Cell *)(const void *)(mc->base + i * 8));
    }
    return to;
}

static void update_visit(GcVisitor *self, Cell **slot)
{
    MarkCompact *mc = ((McVisitor *)self)->mc;
    Cell *c = *slot;
    if ((uint8_t *)c >= mc->base && (uint8_t *)c < mc->base + mc->space_size)
        *slot = (Cell *)(void *)forward(mc, c);
}

/* While marking: c itself if marked (mc_weak_live answers new addresses). */
static Cell *mc_marked(struct VM *vm, Cell *c)
{
    MarkCompact *mc = heap_of(vm)->plan_state;
    if ((uint8_t *)c >= mc->base && (uint8_t *)c < mc->base + mc->space_size)
        return bit_get(mc, word_of(mc, c)) ? c : NULL;
    return cell_gcbits(c) == LOS_MARK ? c : NULL;
}

static Cell *mc_weak_live(struct VM *vm, Cell *c)
{
    MarkCompact *mc = heap_of(vm)->plan_state;
    if ((uint8_t *)c >= mc->base && (uint8_t *)c < mc->base + mc->space_size)
        return bit_get(mc, word_of(mc, c)) ? (Cell *)(void *)forward(mc, c) : NULL;
    return cell_gcbits(c) == LOS_MARK ? c : NULL;
}

/* Call fn for every marked space cell, in address order. */
#define FOR_EACH_LIVE(mc, used_words, w)                                            \
    for (size_t w##_i = 0; w##_i < ((used_words) + 63) / 64; w##_i++)              \
        for (uint64_t w##_m = (mc)->bits[w##_i]; w##_m; w##_m &= w##_m - 1)        \
            for (size_t w = w##_i * 64 + (size_t)__builtin_ctzll(w##_m), w##_once = 1; w##_once; w##_once = 0)

/* ---- the collection ------------------------------------------------------------ */

static void mc_collect(Heap *h, GcReason reason)
{
    MarkCompact *mc = h->plan_state;
    uint64_t t0 = gc_now_ns(), c0 = gc_cpu_now_ns();
    size_t used = (size_t)(h->bump - mc->base);
    size_t used_words = used / 8;
    size_t before = used + mc->los.bytes;
    mc->live_bytes = 0;

    /* 1. mark */
    McVisitor mv = { { mark_visit }, mc };
    heap_trace_roots(h->vm, &mv.base);
    Cell *c;
    do {   /* the ephemeron fixpoint (engine/weak.h) */
        while ((c = mstack_pop(&mc->stack)) != NULL) heap_trace_cell(h->vm, c, &mv.base);
    } while (heap_trace_ephemerons(h->vm, mc_marked, &mv.base));

    /* 2. plan: new addresses in address order */
    uint8_t *free_ptr = mc->base;
    size_t last_block = SIZE_MAX;
    FOR_EACH_LIVE(mc, used_words, w) {
        size_t b = w / WORDS_PER_BLOCK;
        if (b != last_block) {
            mc->fwd[b] = free_ptr;
            last_block = b;
        }
        free_ptr += cell_size((Cell *)(void *)(mc->base + w * 8));
    }
    size_t live_space = (size_t)(free_ptr - mc->base);

    /* 3. update every pointer: roots, live cells, weak references */
    McVisitor uv = { { update_visit }, mc };
    heap_trace_roots(h->vm, &uv.base);
    FOR_EACH_LIVE(mc, used_words, w) heap_trace_cell(h->vm, (Cell *)(void *)(mc->base + w * 8), &uv.base);
    for (LargeHdr *lh = mc->los.first; lh; lh = lh->next) {
        Cell *big = (Cell *)(void *)(lh + 1);
        if (cell_gcbits(big) == LOS_MARK) heap_trace_cell(h->vm, big, &uv.base);
    }
    heap_process_weak(h->vm, mc_weak_live, NULL);

    /* 4. slide: cells only move down, in address order */
    uint8_t *to = mc->base;
    size_t moved = 0;
    FOR_EACH_LIVE(mc, used_words, w) {
        uint8_t *from = mc->base + w * 8;
        size_t size = cell_size((Cell *)(void *)from);
        if (to != from) {
            memmove(to, from, size);
            moved += size;
        }
        to += size;
    }
    mc->vscan = mc->base;   /* the verifier's cell-start map is stale */
    memset(mc->bits, 0, (used_words + 63) / 64 * sizeof *mc->bits);
    los_sweep(&mc->los, LOS_MARK, true);
    if (h->verify || h->stress_every) memset(to, POISON, used - live_space);
    h->bump = to;

    /* growth policy */
    size_t want = live_space + mc->pending;
    if (want > mc->space_size / GROW_DEN * GROW_NUM) {
        size_t size = mc->space_size;
        while (want > size / GROW_DEN * GROW_NUM || size < 2 * live_space) size *= 2;
        if (mc->max_heap) {
            size_t cap = mc->max_heap > mc->los.bytes ? mc->max_heap - mc->los.bytes : 0;
            if (size > cap) size = cap;
        }
        if (size > mc->reserved) size = mc->reserved;
        size &= ~(size_t)(BLOCK - 1);
        if (size > mc->space_size) {
            size_t old = mc->space_size;
            mc->space_size = size;
            if (!size_tables(mc)) mc->space_size = old;
        }
    }
    /* a large cell wants room under the cap: give up space the live data
     * does not need (the tables keep their size; they hold nothing now) */
    if (mc->pending_large && mc->max_heap && footprint(mc) + mc->pending_large > mc->max_heap &&
        mc->los.bytes + mc->pending_large < mc->max_heap) {
        size_t size = (mc->max_heap - mc->los.bytes - mc->pending_large) & ~(size_t)(BLOCK - 1);
        if (size < mc->space_size && size >= 4096 && size >= live_space + live_space / 4) {
            madvise(mc->base + size, mc->space_size - size, MADV_DONTNEED);
            mc->space_size = size;
        }
    }
    h->bump_limit = mc->base + mc->space_size;
    mc->los_target = mc->los.bytes > mc->space_size ? 2 * mc->los.bytes : mc->los.bytes + mc->space_size;
    mc->stats.heap_bytes = footprint(mc);

    size_t after = live_space + mc->los.bytes;
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
    gc_record_event(&mc->stats, &ev, h->trace);
}

/* ---- allocation -------------------------------------------------------------- */

static Cell *alloc_large(Heap *h, MarkCompact *mc, size_t bytes)
{
    if (h->no_gc == 0 && !h->in_gc &&
        (mc->los.bytes + bytes > mc->los_target || !within_max(mc, footprint(mc) + bytes))) {
        mc->pending = 0;
        mc->pending_large = within_max(mc, footprint(mc) + bytes) ? 0 : bytes;
        heap_collect(h->vm, GC_REASON_ALLOC);
        mc->pending_large = 0;
    }
    if (!within_max(mc, footprint(mc) + bytes)) return NULL;
    Cell *c = los_alloc(&mc->los, bytes);
    mc->stats.heap_bytes = footprint(mc);
    return c;
}

static Cell *bump(Heap *h, size_t bytes)
{
    if ((size_t)(h->bump_limit - h->bump) < bytes) return NULL;
    Cell *c = (Cell *)(void *)h->bump;
    h->bump += bytes;
    return c;
}

static Cell *mc_alloc(Heap *h, size_t bytes)
{
    MarkCompact *mc = h->plan_state;
    if (bytes >= large_min(mc)) return alloc_large(h, mc, bytes);
    Cell *c = bump(h, bytes);
    if (c) return c;
    if (h->no_gc > 0 || h->in_gc) {
        /* cannot move anything now: a non-moving cell instead */
        if (!within_max(mc, footprint(mc) + bytes)) return NULL;
        c = los_alloc(&mc->los, bytes);
        mc->stats.heap_bytes = footprint(mc);
        return c;
    }
    mc->pending = bytes;
    heap_collect(h->vm, GC_REASON_ALLOC);
    mc->pending = 0;
    return bump(h, bytes);
}

/* ---- the rest of the interface ------------------------------------------------- */

static bool mc_contains(Heap *h, const void *p)
{
    MarkCompact *mc = h->plan_state;
    if (in_space(mc, h, p)) {
        if (((uintptr_t)p & 7) != 0) return false;
        if (!mc->vbits) {
            mc->vbits = calloc((mc->nwords + 63) / 64, sizeof *mc->vbits);
            if (!mc->vbits) return true;   /* cannot check: assume so */
            mc->vscan = mc->base;
        }
        if (mc->vscan == mc->base) memset(mc->vbits, 0, (mc->nwords + 63) / 64 * sizeof *mc->vbits);
        while (mc->vscan < h->bump) {   /* the space is parseable: cells back to back */
            size_t w = word_of(mc, mc->vscan);
            mc->vbits[w / 64] |= 1ull << (w % 64);
            size_t s = cell_size((const Cell *)(const void *)mc->vscan);
            if (s == 0) break;
            mc->vscan += s;
        }
        size_t w = word_of(mc, p);
        return (mc->vbits[w / 64] >> (w % 64)) & 1;
    }
    return los_contains(&mc->los, p);
}

static GcStats *mc_stats(Heap *h) { return &((MarkCompact *)h->plan_state)->stats; }

static bool mc_init(Heap *h, size_t heap_size, size_t max_heap)
{
    MarkCompact *mc = calloc(1, sizeof *mc);
    if (!mc) {
        fprintf(stderr, "tierlab: markcompact: out of memory\n");
        return false;
    }
    size_t size = heap_size ? heap_size : DEFAULT_HEAP;
    if (max_heap && size > max_heap) size = max_heap;
    size = (size + BLOCK - 1) & ~(size_t)(BLOCK - 1);
    if (size < 4096) size = 4096;
    mc->reserved = max_heap ? ((max_heap + 4095) & ~(size_t)4095) : RESERVE_MAX;
    if (mc->reserved < size) mc->reserved = size;
    void *p = mmap(NULL, mc->reserved, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED) {
        fprintf(stderr, "tierlab: markcompact: cannot reserve %zu bytes of address space\n", mc->reserved);
        free(mc);
        return false;
    }
    mc->base = p;
    mc->space_size = size;
    mc->max_heap = max_heap;
    if (!size_tables(mc)) {
        munmap(mc->base, mc->reserved);
        free(mc);
        fprintf(stderr, "tierlab: markcompact: out of memory\n");
        return false;
    }
    mc->los_target = size;
    mc->stats.plan = "markcompact";
    mc->stats.heap_bytes = footprint(mc);
    h->plan_state = mc;
    h->bump = mc->base;
    h->bump_limit = mc->base + mc->space_size;
    h->free_lists = NULL;
    h->free_max = 0;
    return true;
}

static void mc_destroy(Heap *h)
{
    MarkCompact *mc = h->plan_state;
    if (!mc) return;
    munmap(mc->base, mc->reserved);
    free(mc->bits);
    free(mc->fwd);
    free(mc->vbits);
    los_destroy(&mc->los);
    mstack_free(&mc->stack);
    gc_stats_free(&mc->stats);
    free(mc);
    h->plan_state = NULL;
    h->bump = h->bump_limit = NULL;
}

const GcStrategy gc_markcompact = {
    .name = "markcompact",
    .description = "Lisp-2 sliding compaction in one bump-allocated space, non-moving large objects",
    .moving = true,
    .barrier = GC_BARRIER_NONE,
    .default_heap = DEFAULT_HEAP,
    .init = mc_init,
    .destroy = mc_destroy,
    .alloc = mc_alloc,
    .collect = mc_collect,
    .write_barrier = NULL,
    .contains = mc_contains,
    .stats = mc_stats,
};
