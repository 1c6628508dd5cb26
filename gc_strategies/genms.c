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
    .init = genms_init,
    GEN_STRATEGY_HOOKS,
};
