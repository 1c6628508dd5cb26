/*
 * heapmin.h -- the minimum heap of a benchmark under a GC plan, for heap-
 * factor axes (prefix heapmin_).
 *
 * A cell with heap factor f runs with --heap = --max-heap = f x the minimum
 * heap of its (benchmark, plan).  The minimum is found by the engine itself:
 *
 *   tierlab PLAN-FLAGS --find-min-heap --bench-iterations=N FILE.js
 *
 * (engine/minheap.c: child processes under doubling then bisected caps; it
 * prints "min-heap: BYTES bytes (plan NAME)").  PLAN-FLAGS are the cell's
 * flags without the tier-selection flags (heapmin_plan_flags), so every tier
 * configuration of one plan shares one minimum (found under the engine's
 * default tiers) and one heap size per factor.  The probes run the bench
 * protocol with the cell's iteration count, so a benchmark whose live data
 * grows across iterations gets the minimum of the whole run.
 *
 * Results are cached in the run directory as note records of
 * results.jsonl, keyed by (benchmark file, plan flags, iterations, SHA-256
 * of the engine binary): every heap factor and tier configuration of the
 * plan, and a resumed run, reuse them.  A failed search is cached too.
 * An engine without --find-min-heap (its --help does not list it) gets the
 * harness's own bisection over whole bench runs (1 MiB precision).
 * Only tierlab executors can have heap factors (exp_load refuses others).
 */
#ifndef TL_HARNESS_HEAPMIN_H
#define TL_HARNESS_HEAPMIN_H

#include <stdbool.h>

#include "experiment.h"
#include "store.h"

typedef struct HeapMinCtx HeapMinCtx;

typedef struct HeapMin {
    unsigned long long bytes;   /* 0: no minimum (error says why) */
    char error[600];
    bool cached;                /* from an earlier note */
} HeapMin;

HeapMinCtx *heapmin_new(const Experiment *exp);
void heapmin_free(HeapMinCtx *ctx);
/* The minimum heap of c's (benchmark, plan), searching on a cache miss. */
bool heapmin_find(HeapMinCtx *ctx, Store *st, const Cell *c, HeapMin *out);
/* c's flags that matter for its heap: all but the tier-selection flags
 * (--tiers, --baseline-after, --opt-after, --tier-scale, --baseline-filter,
 * --osr, --eager, --opt-passes) and any --heap / --max-heap. */
void heapmin_plan_flags(const Cell *c, StrList *out);
/* The plan's name: the value of the last --gc=, else "default". */
const char *heapmin_plan_name(const StrList *plan_flags);

#endif
