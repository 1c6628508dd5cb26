/*
 * weak.h -- weak references shared by every GC plan (prefix weak_):
 * weak arrays, the ephemeron fixpoint, the weak phase of a collection, the
 * WeakRef KeepDuringJob list and FinalizationRegistry cleanup scheduling.
 *
 * A weak array is a CELL_WEAKARRAY cell with the ValArray layout
 * (hdr, capacity, count, v[]) whose cell flags name a WeakLayout:
 *
 *   WEAK_EPHEMERON  rows [key, value] from v[0] (WeakMap, WeakSet): the value
 *                   is reachable only while the key is; a row whose key
 *                   died becomes [VAL_HOLE, undefined].  Rows whose key is
 *                   not a cell (free: undefined, deleted: hole) are skipped.
 *   WEAK_REF        v[0] = target (WeakRef); a dead target becomes undefined.
 *   WEAK_FINREG     v[0] = the FinalizationRegistry (weak back pointer),
 *                   v[1] = cleanup callback (strong), v[2] = int: values
 *                   of v[] used by rows (FinalizationRegistry), then rows
 *                   [target (weak), held (strong), token (weak)] from v[3]:
 *                   free row target undefined; a dead target becomes
 *                   VAL_NULL ("pending cleanup") and count counts those;
 *                   a dead token becomes undefined.
 *
 * Every weak array is listed in the VM's weak registry (weak_array_new), a
 * malloc'd vector that is not a root.  A collection of any tracing plan:
 *
 *   trace roots; loop { drain the gray stack;
 *                       if (!heap_trace_ephemerons(vm, live, visitor)) break; }
 *   heap_process_weak(vm, live, NULL);
 *
 * heap_trace_cell (visitor mode GC_WEAK_TRACE, the default) visits only the
 * strong slots of a weak array (callback, held values).  The fixpoint
 * visits the value of every row whose table and key are live and whose
 * value is not yet (the classic ephemeron iteration: it ends when a round
 * marks nothing new).  The weak phase then drops dead arrays from the
 * registry, clears rows with dead keys/targets/tokens and rewrites the
 * weak slots of live rows to the new addresses.
 *
 * Stores: weak slots (keys, targets, tokens, the back pointer) are written
 * with plain stores (weak_store_weak): they hold no reference count under
 * rc, and every collection -- minor ones included -- revisits every
 * registered array, so generational plans need no remembered entry for
 * them.  Value and held slots go through heap_store.
 *
 * Reference counting (rc) traces weak arrays in mode GC_WEAK_COUNT: values
 * and held values are counted, weak slots are not.  Its weak phase passes
 * a release function: the value of a row cleared because its key died
 * loses its count (which may free it, and clear more rows: rc loops).
 */
#ifndef TL_WEAK_H
#define TL_WEAK_H

#include <stdbool.h>
#include "heap.h"

struct VM;

typedef enum WeakLayout {
    WEAK_EPHEMERON = 1,
    WEAK_REF = 2,
    WEAK_FINREG = 3,
} WeakLayout;

/* WEAK_FINREG header slots and row width */
enum { FR_OWNER, FR_CALLBACK, FR_USED, FR_ROWS };
#define FR_WIDTH 3

/* A new registered weak array of `capacity` values, all undefined, with
 * count 0; VAL_EXCEPTION (RangeError pending) when out of memory. */
JSValue weak_array_new(struct VM *vm, WeakLayout layout, uint32_t capacity);
static inline WeakLayout weak_layout(const Cell *c) { return (WeakLayout)cell_flags(c); }

/* Store into a weak slot (no barrier, no count: see above). */
static inline void weak_store_weak(JSValue *slot, JSValue v) { *slot = v; }

/* CanBeHeldWeakly(v) (ECMA-262 9.13): an object, or a symbol that is not
 * in the global symbol registry. */
bool weak_can_be_held(struct VM *vm, JSValue v);

/* AddToKeptObjects(v): v stays strongly reachable until the current job
 * ends (ClearKeptObjects, called by job_drain).  false + RangeError on OOM. */
bool weak_keep(struct VM *vm, JSValue v);
void weak_clear_kept(struct VM *vm);

/* Run the cleanup of every FinalizationRegistry with pending cells, each
 * as its own host job (its microtasks drained after it), until none is
 * pending.  The event loop calls this after every task and before it
 * exits; never called inside a collection.  false with the exception
 * pending if a callback threw. */
bool weak_run_cleanups(struct VM *vm);
bool weak_cleanup_due(struct VM *vm);
/* Run the pending cells of one registry (FinalizationRegistry's
 * CleanupFinalizationRegistry); callback may be undefined (the registry's
 * own).  false with the exception pending if it threw. */
bool weak_cleanup_registry(struct VM *vm, JSValue registry_cells, JSValue callback);

/* ---- the collector's side (heap.c) ------------------------------------------ */

void weak_trace_array(Cell *c, GcVisitor *v);
bool weak_trace_ephemerons(struct VM *vm, GcWeakFn live, GcVisitor *v);
void weak_process(struct VM *vm, GcWeakFn live, GcReleaseFn release);
bool weak_has_ephemerons(struct VM *vm);
void weak_clear_ephemerons(struct VM *vm, GcWeakFn live, GcReleaseFn release);
/* Roots: the kept list. */
void weak_trace_roots(struct VM *vm, GcVisitor *v);
/* The verifier: every registered array (slot = the registry entry). */
void weak_visit_registry(struct VM *vm, GcVisitor *v);
void weak_free(struct VM *vm);

#endif
