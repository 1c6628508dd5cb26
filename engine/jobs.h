/*
 * jobs.h -- the job queues (prefix job_): the microtask queue (ECMA-262
 * Promise jobs and queueMicrotask callbacks, one FIFO), Node's nextTick
 * queue, and the host's record of rejected promises nobody handled yet.
 *
 * Draining follows Node (lib/internal/process/task_queues):
 *
 *   do {
 *       run every nextTick callback, including ones queued meanwhile
 *       run every microtask, including ones queued meanwhile
 *   } while (the nextTick queue is not empty);
 *   then every promise rejected during the drain that still has no
 *   handler is an unhandled rejection.
 *
 * So a nextTick queued by a microtask runs after the microtask queue is
 * empty, and a rejection handled later in the same drain is not reported.
 *
 * The queues are C arrays of JSValues traced as GC roots (heap.c calls
 * job_trace_roots); a dequeued slot is cleared before its job runs.
 */
#ifndef TL_JOBS_H
#define TL_JOBS_H

#include <stdbool.h>
#include "vm.h"

typedef enum JobKind {
    JOB_REACTION_FULFILL,   /* PromiseReactionJob: a = reaction record, b = argument */
    JOB_REACTION_REJECT,
    JOB_RESOLVE_THENABLE,   /* PromiseResolveThenableJob: a = promise, b = thenable, c = then */
    JOB_CALLBACK,           /* queueMicrotask: a = the callback */
} JobKind;

/* HostEnqueuePromiseJob / queueMicrotask.  false with RangeError pending
 * when the queue cannot grow. */
bool job_enqueue(VM *vm, JobKind kind, JSValue a, JSValue b, JSValue c);
/* process.nextTick(fn, ...args): args is an array or undefined. */
bool job_enqueue_tick(VM *vm, JSValue fn, JSValue args);

/* HostPromiseRejectionTracker(promise, "reject"): promise.c calls this when
 * it rejects a promise that has no handler; the drain reports it unless a
 * handler was attached by then (the promise's [[PromiseIsHandled]]). */
bool job_track_rejection(VM *vm, JSValue promise);

/* Run the queues until both are empty (the order above), then look for
 * unhandled rejections.  true: all ran.  false: a job threw, or a rejection
 * is unhandled; the exception (or the rejection reason) is pending and the
 * jobs not yet run stay queued.  Time and counts go to stats
 * microtask_ns / microtasks.  Not re-entrant (a nested call returns true). */
bool job_drain(VM *vm);
/* Any job or tick waiting? */
bool job_pending(VM *vm);

/* Throw Node's ERR_INVALID_ARG_TYPE TypeError for a callback argument v
 * that is not a function ('The "callback" argument must be of type
 * function. Received ...'); returns VAL_EXCEPTION. */
JSValue job_throw_invalid_callback(VM *vm, JSValue v);

/* Install queueMicrotask and process.nextTick (realm_init). */
bool job_install(VM *vm);
/* GC roots (heap_trace_roots). */
void job_trace_roots(VM *vm, GcVisitor *v);
/* Free the queues (VM teardown). */
void job_free(VM *vm);

#endif
