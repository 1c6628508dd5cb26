/*
 * gen.h -- the generational machinery shared by `gencopy` and `genms`
 * (prefix gen_): a bump-pointer nursery, the remembered set and its write
 * barrier, minor collections, and the driver that turns an existing
 * non-generational plan into the old generation.
 *
 * The old generation IS another plan (gc_semispace for gencopy,
 * gc_marksweep for genms), run on a private Heap (`Gen.old`) whose in_gc
 * flag is always set, so the old plan never starts a collection on its own:
 * its alloc() only serves promotion and pretenured cells, and its collect()
 * is the major collection.  That reuses the old plans' allocators, size
 * classes, copying and marking code unchanged; the only glue is that a
 * plan's weak callback finds its state through heap_of(vm)->plan_state, so
 * a major collection points the VM's heap at the old plan's state for its
 * duration.
 *
 * Invariants:
 *  - Nursery cells are [nursery, heap->bump); everything else is old.
 *  - Every old cell that may hold a pointer into the nursery is in the
 *    remembered set (`remset`): either it carries CELL_REMEMBERED (set by
 *    the write barrier on the first old->young store) or it was allocated
 *    directly in the old space and not yet settled (`fresh`: pretenured
 *    cells (engine/allocsite.h), large cells, cells allocated while
 *    collection is deferred -- "fully dirty" because their initialising
 *    stores skip the barrier).  A direct old allocation that may collect
 *    settles them once FRESH_BATCH (gen.c) have gathered (by then each is
 *    complete, and later stores take the barrier): a fresh cell holding a
 *    nursery pointer is remembered, the others just leave the list.  So a
 *    minor GC never scans the cells pretenured since the last one, only
 *    the (at most a batch) still unsettled.
 *  - A minor collection promotes every nursery survivor (en-masse
 *    promotion: a cell is old after surviving one minor GC), so the nursery
 *    and the remembered set are empty afterwards.  It also tells the site
 *    table which sampled cells survived (site_minor), so that sites whose
 *    cells survive allocate old from then on (heap->pretenure).  With
 *    pretenuring on, the usable nursery starts at nursery / GEN_WARMUP_DIV
 *    and doubles per minor GC: the sites are learnt by a small collection
 *    instead of by promoting a whole nursery of their cells.  A major collection runs
 *    a minor one first, then the old plan's full collection.
 *  - The hard cap (--heap, else --max-heap): the nursery (counted whole)
 *    plus the old plan's footprint.  The old plan runs with
 *    `old.max_heap = cap - nursery`, which bounds its own growth and every
 *    direct old allocation; it is lifted only while a minor GC promotes
 *    (promotion cannot fail halfway).  So that promotion fits anyway, the
 *    usable nursery after each collection is min(nursery, the old plan's
 *    headroom()) -- a small heap gets a smaller nursery, not none -- and a
 *    major collection runs when that headroom is below a useful nursery
 *    (min_usable in gen.c: a quarter nursery, at most 256 KiB).  Both old plans' headroom() is a guarantee for
 *    any mix of cell sizes (semispace: exact; marksweep: every size
 *    class may open a block it fills only partly), so the footprint never
 *    exceeds the cap, not even during a minor GC; the check after a
 *    collection (over the cap: the nursery is closed and the allocation
 *    fails with the catchable RangeError) is a second line of defence.
 */
#ifndef TL_GEN_H
#define TL_GEN_H

#include "gc.h"
#include "gcutil.h"

#define GEN_DEFAULT_NURSERY ((size_t)4 * 1024 * 1024)
/* Nursery warm-up with pretenuring on: the first minor GC comes after
 * nursery / GEN_WARMUP_DIV bytes, and the usable nursery doubles at each
 * minor GC that judged site samples up to --nursery.  Up to
 * GEN_WARMUP_HOLD minor GCs without samples (start-up: the realm and the
 * compiler's cells, no script site has run) leave it as it is; later ones
 * double it anyway (a program whose allocations come from no site). */
#define GEN_WARMUP_DIV 8
#define GEN_WARMUP_HOLD 2

typedef struct Gen {
    const GcStrategy *old_plan;
    Heap old;                    /* the old generation's private heap facade */
    uint8_t *nursery, *nursery_end;
    size_t nursery_size;
    size_t warm;                 /* usable nursery during warm-up (doubles per minor GC) */
    unsigned warm_held;          /* minor GCs that left the warm-up as it was (no samples) */
    MarkStack remset;            /* remembered old cells (CELL_REMEMBERED set) */
    MarkStack fresh;             /* old cells allocated since the last GC (fully dirty) */
    MarkStack gray;              /* promoted cells still to scan (minor GC) */
    size_t old_target;           /* major GC when the old generation outgrows it */
    size_t min_old;              /* --heap minus the nursery (or the default) */
    size_t cap;                  /* nursery + old footprint limit (0 = none) */
    size_t old_cap;              /* cap - nursery_size: the old plan's max_heap */
    uint64_t old_live;           /* old bytes after the last major GC */
    uint64_t promoted_since;     /* bytes promoted or pretenured since then */
    uint64_t promoted_now;       /* during one minor GC */
    uint32_t stress_gcs;         /* stress collections so far (every 8th is major) */
    uint64_t base_gc_ns;         /* stats.gc_ns without the old plan's lazy work */
    GcStats stats;
} Gen;

bool gen_init(Heap *h, const GcStrategy *old_plan, const char *name, size_t heap_size, size_t max_heap);
void gen_destroy(Heap *h);
Cell *gen_alloc(Heap *h, size_t bytes);
void gen_collect(Heap *h, GcReason reason);
void gen_barrier(Heap *h, Cell *holder, JSValue *slot, JSValue v);
void gen_barrier_cell(Heap *h, Cell *holder, Cell **slot, Cell *v);
bool gen_contains(Heap *h, const void *p);
bool gen_is_young(Heap *h, const void *p);
bool gen_is_remembered(Heap *h, const Cell *holder);
GcStats *gen_stats(Heap *h);

/* The GcStrategy fields every generational plan shares: a plan supplies
 * only its name, description and an init() that picks the old plan. */
#define GEN_STRATEGY_HOOKS                   \
    .moving = true,                          \
    .barrier = GC_BARRIER_REMSET,            \
    .default_heap = 0,                       \
    .destroy = gen_destroy,                  \
    .alloc = gen_alloc,                      \
    .collect = gen_collect,                  \
    .write_barrier = gen_barrier,            \
    .write_barrier_cell = gen_barrier_cell,  \
    .contains = gen_contains,                \
    .stats = gen_stats,                      \
    .is_young = gen_is_young,                \
    .is_remembered = gen_is_remembered

#endif
