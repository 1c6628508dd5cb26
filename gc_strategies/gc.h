/*
 * gc.h -- the interface every garbage-collection strategy ("plan") implements
 * (prefix gc_).
 *
 * A plan owns memory and policy; it never knows what a JS object is.  It
 * learns the object graph only through the engine's hooks in heap.h:
 * heap_trace_roots(), heap_trace_cell(), cell_size(), heap_process_weak().
 * All plans share those hooks and the allocation choke point, so comparing
 * plans measures policy, not implementation quality.
 *
 * One `const GcStrategy gc_<name>` per file; registry.c maps --gc=NAME.
 */
#ifndef TL_GC_H
#define TL_GC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include "heap.h"

/* Plans use the GC bits of the header as they like: the heap verifier
 * keeps its own side bitmaps (verify.c) and writes no header. */

typedef enum GcKind { GC_KIND_MINOR, GC_KIND_MAJOR, GC_KIND_FULL } GcKind;

/* One record per collection (kept in GcStats.events, printed by --trace-gc). */
typedef struct GcEvent {
    GcKind kind;
    GcReason reason;
    uint64_t start_ns, pause_ns;
    uint64_t pause_cpu_ns;   /* the pause in this thread's CPU time (load-independent) */
    uint64_t bytes_before, bytes_after;
    uint64_t bytes_promoted, bytes_moved, bytes_freed;
} GcEvent;

typedef struct GcStats {
    uint64_t collections, minor, major;
    uint64_t gc_ns;          /* all time spent in the collector (incl. lazy sweeping) */
    uint64_t pause_ns;       /* time the mutator was stopped */
    uint64_t pause_max_ns;
    uint64_t bytes_moved, bytes_promoted, bytes_freed;
    uint64_t heap_bytes;     /* current capacity */
    uint64_t live_bytes;     /* after the last collection */
    GcEvent *events;         /* malloc'd log (the first GC_EVENT_LOG_MAX collections) */
    size_t nevents, cap_events;
    const char *plan;        /* plan name, for --trace-gc lines */
} GcStats;

#define GC_EVENT_LOG_MAX 65536

typedef struct GcStrategy {
    const char *name;
    const char *description;
    bool moving;                      /* may relocate cells */
    GcBarrierKind barrier;
    size_t default_heap;              /* used when --heap is 0 */
    /* Set up plan state in heap->plan_state; false + message on failure. */
    bool (*init)(Heap *heap, size_t heap_size, size_t max_heap);
    void (*destroy)(Heap *heap);
    /* Slow-path allocation of `bytes` (multiple of 8).  May collect and grow.
     * NULL if the heap cannot satisfy it (the facade then throws OOM). */
    Cell *(*alloc)(Heap *heap, size_t bytes);
    void (*collect)(Heap *heap, GcReason reason);
    /* Only called when barrier != GC_BARRIER_NONE, for every store into a
     * heap cell (pointer or not).  Each MUST perform the store `*slot = v`
     * (after reading the old value if the plan needs it).  NULL for plans
     * without a barrier. */
    void (*write_barrier)(Heap *heap, Cell *holder, JSValue *slot, JSValue v);
    void (*write_barrier_cell)(Heap *heap, Cell *holder, Cell **slot, Cell *v);
    /* Verifier support: is p the start of a cell in a live space? */
    bool (*contains)(Heap *heap, const void *p);
    GcStats *(*stats)(Heap *heap);
    /* Generational plans (NULL otherwise), for the verifier's barrier check:
     * is p in the young generation; is an old holder in the remembered set. */
    bool (*is_young)(Heap *heap, const void *p);
    bool (*is_remembered)(Heap *heap, const Cell *holder);
    /* Plans that can be a generational old generation: about how many bytes
     * of nursery-sized cells (< HEAP_BUMP_MAX) alloc() can still serve
     * without a collection and within heap->max_heap (SIZE_MAX without a
     * cap).  The generational plans size the usable nursery by it, so that
     * promoting a full nursery stays within the cap.  NULL otherwise. */
    size_t (*headroom)(Heap *heap);
    /* Non-moving free-list plans (marksweep): return one dead cell, as
     * allocated by alloc(heap, bytes), to its free list at once.  rc runs
     * marksweep as its allocator through alloc and this.  NULL otherwise. */
    void (*free_cell)(Heap *heap, Cell *c, size_t bytes);
    /* With free_cell: rebuild the free lists so that blocks left without
     * any allocated cell can serve any size class again (O(heap); for heap
     * exhaustion).  NULL otherwise. */
    void (*reclaim_blocks)(Heap *heap);
    /* Non-moving plans that can be an old generation (marksweep), right
     * after collect(): did cell c survive it?  For allocation-site
     * pretenuring (engine/allocsite.h).  NULL otherwise. */
    bool (*survived)(Heap *heap, const Cell *c);
} GcStrategy;

const GcStrategy *gc_find(const char *name);       /* NULL if unknown */
void gc_list(void (*fn)(const GcStrategy *, void *), void *ud);
void gc_print_list(FILE *out);                   /* --gc=list */
/* Walk every pointer reachable from the roots and check it (verify builds,
 * --gc-verify).  Aborts with a report on a broken heap. */
void gc_verify_heap(Heap *heap);
/* Free the verifier's state kept in heap->verifier (heap_destroy). */
void gc_verify_free(Heap *heap);
/* Append ev to st->events, add it to the totals, print a --trace-gc line. */
/* trace: 0 silent, 1 one line per collection, 2 the same without the
 * measured pause (--deterministic logs hold decisions, not timings). */
void gc_record_event(GcStats *st, const GcEvent *ev, int trace);
void gc_stats_free(GcStats *st);
uint64_t gc_now_ns(void);   /* CLOCK_MONOTONIC */
uint64_t gc_cpu_now_ns(void);   /* CLOCK_THREAD_CPUTIME_ID */

#endif
