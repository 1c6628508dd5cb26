/*
 * gen.c -- nursery, remembered set, write barrier, minor and major
 * collections shared by the generational plans (see gen.h).
 *
 * Minor collection pipeline:
 *   1. roots (heap_trace_roots) and every remembered / fresh old cell are
 *      scanned with the promoting visitor: a nursery cell is copied into the
 *      old plan (its alloc()), forwarded, and queued on the gray stack;
 *   2. the gray stack is drained (promoted cells may point into the nursery);
 *   3. weak references: nursery atoms live iff forwarded;
 *   4. remembered bits are cleared, the nursery is reset (and poisoned in
 *      debugging runs).
 * Cost is proportional to roots + remembered cells + survivors, never to
 * the old generation.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "allocsite.h"
#include "gen.h"

#define POISON 0xDB
#define DEFAULT_OLD ((size_t)8 * 1024 * 1024)
#define STRESS_MAJOR_EVERY 8
/* Fresh old cells are settled in batches of this many (at the next direct
 * old allocation that may collect); a minor GC scans at most this many. */
#define FRESH_BATCH 64
/* The smallest nursery worth a minor collection: under a cap, when the
 * old generation cannot absorb this much, the next collection is major. */
#define MIN_USABLE_NURSERY ((size_t)256 * 1024)

typedef struct PromoteVisitor {
    GcVisitor base;
    Gen *g;
} PromoteVisitor;


static inline bool young(const Gen *g, const void *p)
{
    return (const uint8_t *)p >= g->nursery && (const uint8_t *)p < g->nursery_end;
}

/* The old plan runs on the private heap; mirror the debugging switches. */
static void sync_old(Heap *h, Gen *g)
{
    g->old.verify = h->verify;
    g->old.stress_every = h->stress_every;
    g->old.no_gc = 0;
    g->old.in_gc = true;
    g->old.trace = false;
    g->old.max_heap = g->old_cap;
}

static size_t old_footprint(Gen *g) { return g->old_plan->stats(&g->old)->heap_bytes; }

static bool over_cap(Gen *g) { return g->cap && g->nursery_size + old_footprint(g) > g->cap; }

/* Under a cap: the nursery a minor collection needs to be worth it, the
 * smaller of a quarter nursery and MIN_USABLE_NURSERY. */
static size_t min_usable(const Gen *g)
{
    return g->nursery_size / 4 < MIN_USABLE_NURSERY ? g->nursery_size / 4 : MIN_USABLE_NURSERY;
}

/* How much of the nursery the mutator may fill before the next minor GC:
 * all of it (or the warm-up part), but under a cap no more than the old
 * generation can absorb (its headroom), so that promoting all of it stays
 * within the cap.  Below min_usable() none: the nursery is closed and
 * cells go to the old generation directly, so nothing is promoted until a
 * (major) collection finds room again.  A small heap so gets a smaller
 * nursery instead of none: with a cap of 3 x a few MiB the old plan's
 * reserve for partly filled blocks is most of the old generation. */
static size_t usable_nursery(Gen *g)
{
    size_t n = g->warm < g->nursery_size ? g->warm : g->nursery_size;
    if (!g->cap) return n;
    if (over_cap(g)) return 0;
    size_t room = g->old_plan->headroom(&g->old) & ~(size_t)7;
    if (room < n) n = room;
    return n < min_usable(g) ? 0 : n;
}

/* ---- remembered set -------------------------------------------------------- */

static void remember(Gen *g, Cell *holder)
{
    holder->header |= CELL_REMEMBERED;
    mstack_push(&g->remset, holder);
}

void gen_barrier(Heap *h, Cell *holder, JSValue *slot, JSValue v)
{
    *slot = v;
    if (!val_is_cell(v) || !holder || (holder->header & CELL_REMEMBERED)) return;
    Gen *g = h->plan_state;
    if (young(g, val_cell(v)) && !young(g, holder)) remember(g, holder);
}

void gen_barrier_cell(Heap *h, Cell *holder, Cell **slot, Cell *v)
{
    *slot = v;
    if (!v || !holder || (holder->header & CELL_REMEMBERED)) return;
    Gen *g = h->plan_state;
    if (young(g, v) && !young(g, holder)) remember(g, holder);
}

/* The cells heap_alloc() pretenured inline (heap.h: Heap.fresh) leave
 * the buffer: their bytes (Heap.fresh_bytes, leaf cells included) count as
 * promoted (the major GC trigger). */
static void drain_inline_fresh(Heap *h, Gen *g)
{
    g->promoted_since += h->fresh_bytes;
    h->fresh_bytes = 0;
    h->nfresh = 0;
}

static void forget_all(Heap *h, Gen *g)
{
    for (size_t i = 0; i < g->remset.n; i++) g->remset.v[i]->header &= ~CELL_REMEMBERED;
    g->remset.n = 0;
    g->fresh.n = 0;
    drain_inline_fresh(h, g);
}

bool gen_is_young(Heap *h, const void *p) { return young(h->plan_state, p); }

bool gen_is_remembered(Heap *h, const Cell *holder)
{
    Gen *g = h->plan_state;
    if (holder->header & CELL_REMEMBERED) return true;
    for (size_t i = 0; i < g->fresh.n; i++)
        if (g->fresh.v[i] == holder) return true;
    for (uint32_t i = 0; i < h->nfresh; i++)
        if (h->fresh[i] == holder) return true;
    return false;
}

/* ---- minor collection ------------------------------------------------------ */

static void promote_visit(GcVisitor *self, Cell **slot)
{
    Gen *g = ((PromoteVisitor *)self)->g;
    Cell *c = *slot;
    if (!young(g, c)) return;
    if (cell_is_forwarded(c)) {
        *slot = cell_forwardee(c);
        return;
    }
    size_t size = cell_size(c);
    Cell *n = g->old_plan->alloc(&g->old, size);
    if (!n) {
        fprintf(stderr, "tierlab: %s: out of memory promoting %zu bytes\n", g->stats.plan, size);
        abort();
    }
    memcpy(n, c, size);
    cell_forward_to(c, n);
    *slot = n;
    g->promoted_now += size;
    CellKind k = cell_kind(n);
    if (!cell_kind_is_leaf(k)) mstack_push(&g->gray, n);
}

static Cell *minor_weak_live(struct VM *vm, Cell *c)
{
    Gen *g = heap_of(vm)->plan_state;
    if (!young(g, c)) return c;
    return cell_is_forwarded(c) ? cell_forwardee(c) : NULL;
}

/* Promote every live nursery cell; returns the bytes promoted. */
static uint64_t minor(Heap *h, Gen *g)
{
    sync_old(h, g);
    g->old.max_heap = 0;   /* promotion must not fail halfway (gen.h) */
    g->old.promoting = true;   /* raw block tails are bumped, not formatted (heap.h) */
    g->promoted_now = 0;
    PromoteVisitor pv = { { promote_visit }, g };
    heap_trace_roots(h->vm, &pv.base);
    for (size_t i = 0; i < g->remset.n; i++) heap_trace_cell(h->vm, g->remset.v[i], &pv.base);
    for (size_t i = 0; i < g->fresh.n; i++) heap_trace_cell(h->vm, g->fresh.v[i], &pv.base);
    for (uint32_t i = 0; i < h->nfresh; i++) heap_trace_cell(h->vm, h->fresh[i], &pv.base);
    Cell *c;
    /* the ephemeron fixpoint (engine/weak.h).  Every registered weak array
     * takes part, old ones included: an old array counts as live and so do
     * old keys (a minor GC keeps the whole old generation), so a nursery
     * value of an old key is promoted, and the weak phase clears the rows
     * whose nursery key died and rewrites the promoted ones.  No remembered
     * entry is needed for weak slots: that scan is the barrier. */
    do {
        while ((c = mstack_pop(&g->gray)) != NULL) heap_trace_cell(h->vm, c, &pv.base);
    } while (heap_trace_ephemerons(h->vm, minor_weak_live, &pv.base));
    heap_process_weak(h->vm, minor_weak_live, NULL);
    unsigned judged = site_minor(h, minor_weak_live);   /* pretenuring: which sampled cells survived */
    forget_all(h, g);
    size_t used = (size_t)(h->bump - g->nursery);
    if (h->verify || h->stress_every) memset(g->nursery, POISON, used);
    h->bump = h->bump_limit = g->nursery;   /* gen_collect opens it again */
    g->old.max_heap = g->old_cap;
    g->old.promoting = false;
    g->promoted_since += g->promoted_now;
    /* warm-up (gen.h): a minor GC that judged no site sample (the one
     * during start-up, before any script site ran) does not advance it, so
     * the script's first nursery is as small as the first one was */
    if (g->warm < g->nursery_size && (judged > 0 || ++g->warm_held > GEN_WARMUP_HOLD)) g->warm *= 2;
    return g->promoted_now;
}

/* Full collection of the old generation by the old plan (nursery empty). */
static void major(Heap *h, Gen *g, GcReason reason)
{
    sync_old(h, g);
    void *mine = h->plan_state;
    h->plan_state = g->old.plan_state;   /* the old plan's weak callback looks here */
    g->old_plan->collect(&g->old, reason);
    h->plan_state = mine;
    GcStats *os = g->old_plan->stats(&g->old);
    g->old_live = os->live_bytes;
    g->promoted_since = 0;
    size_t t = 2 * (size_t)g->old_live;
    g->old_target = t > g->min_old ? t : g->min_old;
}

void gen_collect(Heap *h, GcReason reason)
{
    Gen *g = h->plan_state;
    uint64_t t0 = gc_now_ns(), c0 = gc_cpu_now_ns();
    uint64_t before = (uint64_t)(h->bump - g->nursery) + g->old_live + g->promoted_since;
    bool full = reason == GC_REASON_EXPLICIT || reason == GC_REASON_HEAP_LIMIT;
    if (reason == GC_REASON_STRESS) full = ++g->stress_gcs % STRESS_MAJOR_EVERY == 0;

    uint64_t promoted = minor(h, g);
    if (!full && g->old_live + g->promoted_since > g->old_target) full = true;
    /* under a cap: the old generation could not absorb a useful nursery */
    if (!full && g->cap && (over_cap(g) || g->old_plan->headroom(&g->old) < min_usable(g))) full = true;
    uint64_t moved_before = g->old_plan->stats(&g->old)->bytes_moved;
    if (full) major(h, g, reason);
    /* pretenuring: judge the tenured sites' rechecks by the major GC */
    site_major(h, full ? g->old_plan->survived : NULL, &g->old, g->nursery_size);
    h->bump = g->nursery;
    h->bump_limit = g->nursery + usable_nursery(g);

    GcEvent ev = {
        .kind = full ? GC_KIND_MAJOR : GC_KIND_MINOR,
        .reason = reason,
        .start_ns = t0,
        .bytes_before = before,
        .bytes_after = g->old_live + g->promoted_since,
        .bytes_promoted = promoted,
        .bytes_moved = promoted + (g->old_plan->stats(&g->old)->bytes_moved - moved_before),
    };
    ev.bytes_freed = ev.bytes_before > ev.bytes_after ? ev.bytes_before - ev.bytes_after : 0;
    ev.pause_ns = gc_now_ns() - t0;
    ev.pause_cpu_ns = gc_cpu_now_ns() - c0;
    g->stats.heap_bytes = g->nursery_size + old_footprint(g);
    g->stats.gc_ns = g->base_gc_ns;
    gc_record_event(&g->stats, &ev, h->trace);
    g->base_gc_ns = g->stats.gc_ns;
}

/* ---- allocation ------------------------------------------------------------ */

/* Settle the fresh cells: each is complete by now (an allocation that may
 * collect is under way, so the heap.h rules hold for every earlier cell),
 * and from here on every store into it goes through the barrier.  So a
 * fresh cell needs remembering only if it holds a nursery pointer already;
 * the others leave the list.  Done in the mutator, at the next direct old
 * allocation, so a minor GC never scans what the pretenured sites made
 * since the last one -- that scan would grow with the old allocation
 * between two minor GCs, not with the survivors. */
static void settle(Gen *g, Cell **cells, size_t n)
{
    /* one pass over the batch (heap.c), then remember the few that hold a
     * nursery pointer and are not remembered yet */
    size_t k = heap_cells_pointing_into(g->old.vm, cells, n, g->nursery, g->nursery_end);
    for (size_t i = 0; i < k; i++)
        if (!(cells[i]->header & CELL_REMEMBERED)) remember(g, cells[i]);
}

static void settle_fresh(Heap *h, Gen *g)
{
    settle(g, g->fresh.v, g->fresh.n);
    settle(g, h->fresh, h->nfresh);
    g->fresh.n = 0;
    drain_inline_fresh(h, g);
}

/* A cell allocated directly in the old generation: fully dirty until it is
 * settled or the next collection (its initialising stores skip the
 * barrier).  The old plan refuses it beyond old_cap; then (if may_gc) a
 * major collection, then NULL. */
static Cell *alloc_old(Heap *h, Gen *g, size_t bytes, bool may_gc)
{
    if (g->fresh.n + h->nfresh >= FRESH_BATCH && may_gc && h->no_gc == 0 && !h->in_gc) settle_fresh(h, g);
    sync_old(h, g);
    Cell *c = over_cap(g) ? NULL : g->old_plan->alloc(&g->old, bytes);
    if (!c && may_gc && h->no_gc == 0 && !h->in_gc) {
        heap_collect(h->vm, GC_REASON_HEAP_LIMIT);
        sync_old(h, g);
        c = over_cap(g) ? NULL : g->old_plan->alloc(&g->old, bytes);
    }
    if (!c) return NULL;
    mstack_push(&g->fresh, c);
    g->promoted_since += bytes;
    return c;   /* stats.heap_bytes: gen_stats and gen_collect bring it up to date */
}

static Cell *bump(Heap *h, size_t bytes)
{
    if ((size_t)(h->bump_limit - h->bump) < bytes) return NULL;
    Cell *c = (Cell *)(void *)h->bump;
    h->bump += bytes;
    return c;
}

Cell *gen_alloc(Heap *h, size_t bytes)
{
    Gen *g = h->plan_state;
    bool can_gc = h->no_gc == 0 && !h->in_gc;
    if (bytes >= HEAP_BUMP_MAX || bytes > g->nursery_size / 4) {
        if (can_gc && g->old_live + g->promoted_since + bytes > g->old_target)
            heap_collect(h->vm, GC_REASON_ALLOC);
        return alloc_old(h, g, bytes, true);
    }
    /* a pretenuring site (allocsite.h): old directly, collecting if need be */
    if (h->pretenure) {
        if (can_gc && g->old_live + g->promoted_since + bytes > g->old_target) heap_collect(h->vm, GC_REASON_ALLOC);
        return alloc_old(h, g, bytes, can_gc);
    }
    Cell *c = bump(h, bytes);
    if (c) return c;
    if (!can_gc) return alloc_old(h, g, bytes, false);
    /* A closed nursery (the old generation is nearly full): the old
     * generation takes cells directly until it has no room (else every
     * allocation would be a collection). */
    if (h->bump_limit == g->nursery && (c = alloc_old(h, g, bytes, false)) != NULL) return c;
    heap_collect(h->vm, GC_REASON_ALLOC);
    if (over_cap(g)) return NULL;   /* the facade throws the OOM RangeError */
    c = bump(h, bytes);
    return c ? c : alloc_old(h, g, bytes, true);
}

/* ---- set-up and queries ---------------------------------------------------- */

bool gen_contains(Heap *h, const void *p)
{
    Gen *g = h->plan_state;
    if (young(g, p)) return (const uint8_t *)p < h->bump;
    return g->old_plan->contains(&g->old, p);
}

GcStats *gen_stats(Heap *h)
{
    Gen *g = h->plan_state;
    GcStats *os = g->old_plan->stats(&g->old);
    /* the old plan's time outside its pauses (lazy sweeping) is GC time too */
    g->stats.gc_ns = g->base_gc_ns + (os->gc_ns - os->pause_ns);
    g->stats.heap_bytes = g->nursery_size + old_footprint(g);
    return &g->stats;
}

bool gen_init(Heap *h, const GcStrategy *old_plan, const char *name, size_t heap_size, size_t max_heap)
{
    Gen *g = calloc(1, sizeof *g);
    if (!g) return false;
    g->old_plan = old_plan;
    g->stats.plan = name;
    size_t ns = h->nursery_size ? h->nursery_size : GEN_DEFAULT_NURSERY;
    if (ns < 64 * 1024) ns = 64 * 1024;
    ns &= ~(size_t)7;
    if (max_heap && ns > max_heap / 4) ns = (max_heap / 4) & ~(size_t)7;
    g->nursery_size = ns;
    g->nursery = malloc(ns);
    if (!g->nursery) {
        free(g);
        fprintf(stderr, "tierlab: %s: cannot allocate a nursery of %zu bytes\n", name, ns);
        return false;
    }
    g->nursery_end = g->nursery + ns;
    /* with pretenuring, the first minor GCs come early, so that sites are
     * learnt before a whole nursery of their cells is promoted (gen.h) */
    g->warm = ns;
    if (h->sites) {
        g->warm = ns / GEN_WARMUP_DIV;
        if (g->warm < 64 * 1024) g->warm = 64 * 1024 < ns ? 64 * 1024 : ns;
    }
    /* ns <= max_heap / 4, so the old generation gets at least 3/4 of a cap */
    g->cap = max_heap;
    g->old_cap = max_heap ? max_heap - ns : 0;
    g->min_old = heap_size ? g->old_cap : DEFAULT_OLD;
    if (g->old_cap && g->min_old > g->old_cap) g->min_old = g->old_cap;
    g->old_target = g->min_old;
    g->old.vm = h->vm;
    g->old.plan = old_plan;
    g->old.barrier = GC_BARRIER_NONE;
    /* pretenured cells are popped inline from the old plan's free lists
     * (heap.h), so it keeps its free cells there */
    g->old.lists_popped_inline = h->sites != NULL;
    sync_old(h, g);
    if (!old_plan->init(&g->old, g->min_old, g->old_cap)) {
        free(g->nursery);
        free(g);
        return false;
    }
    h->plan_state = g;
    h->young_lo = g->nursery;
    h->young_hi = g->nursery_end;
    /* pretenured cells from the old plan's free lists, inline (heap.h) */
    h->nfresh = 0;
    h->fresh_bytes = 0;
    h->old_free_lists = g->old.free_lists;
    h->old_free_max = h->sites && g->old.free_lists ? g->old.free_max : 0;
    h->bump = g->nursery;
    h->bump_limit = g->nursery + usable_nursery(g);
    h->free_lists = NULL;
    h->free_max = 0;
    g->stats.heap_bytes = ns + old_footprint(g);
    return true;
}

void gen_destroy(Heap *h)
{
    Gen *g = h->plan_state;
    if (!g) return;
    g->old_plan->destroy(&g->old);
    free(g->nursery);
    mstack_free(&g->remset);
    mstack_free(&g->fresh);
    mstack_free(&g->gray);
    gc_stats_free(&g->stats);
    free(g);
    h->plan_state = NULL;
    h->bump = h->bump_limit = NULL;
    h->young_lo = h->young_hi = NULL;
    h->old_free_lists = NULL;
    h->old_free_max = 0;
    h->nfresh = 0;
    h->fresh_bytes = 0;
}
