/*
 * genms.c -- the `--gc=genms` plan: a bump-pointer copying nursery of
 * --nursery bytes (default 4 MiB) in front of a mark-sweep old generation (gc_marksweep's size classes, lazy sweeping, unchanged).
 *
 * Everything but the choice of old plan lives in gen.c: minor collections
 * promote nursery survivors into the old plan's allocator, major ones run
 * a minor collection and then the old plan's full collection.  The write
 * barrier is an object-remembering remembered set (docs/gc.md says why).
 */
#include "gen.h"

extern const GcStrategy gc_marksweep;

static bool genms_init(Heap *h, size_t heap_size, size_t max_heap)
{
    return gen_init(h, &gc_marksweep, "genms", heap_size, max_heap);
}

const GcStrategy gc_genms = {
    .name = "genms",
    .description = "generational: copying nursery + mark-sweep old generation, remembered set",
    .moving = true,
    .barrier = GC_BARRIER_REMSET,
    .default_heap = 0,
    .init = genms_init,
    .destroy = gen_destroy,
    .alloc = gen_alloc,
    .collect = gen_collect,
    .write_barrier = gen_barrier,
    .write_barrier_cell = gen_barrier_cell,
    .contains = gen_contains,
    .stats = gen_stats,
    .is_young = gen_is_young,
    .is_remembered = gen_is_remembered,
};
