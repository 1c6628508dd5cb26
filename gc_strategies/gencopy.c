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
    .init = gencopy_init,
    GEN_STRATEGY_HOOKS,
};
