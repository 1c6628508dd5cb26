/*
 * gencopy.c -- the `--gc=gencopy` plan: a bump-pointer copying nursery of
 * --nursery bytes (default 4 MiB) in front of a Cheney semispace old generation (gc_semispace, unchanged).
 *
 * Everything but the choice of old plan lives in gen.c: minor collections
 * promote nursery survivors into the old plan's allocator, major ones run
 * a minor collection and then the old plan's full collection.  The write
 * barrier is an object-remembering remembered set (docs/gc.md says why).
 */
#include "gen.h"

extern const GcStrategy gc_semispace;

static bool gencopy_init(Heap *h, size_t heap_size, size_t max_heap)
{
    return gen_init(h, &gc_semispace, "gencopy", heap_size, max_heap);
}

const GcStrategy gc_gencopy = {
    .name = "gencopy",
    .description = "generational: copying nursery + copying (semispace) old generation, remembered set",
    .moving = true,
    .barrier = GC_BARRIER_REMSET,
    .default_heap = 0,
    .init = gencopy_init,
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
