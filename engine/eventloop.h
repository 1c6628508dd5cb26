/*
 * eventloop.h -- the event loop on libuv (prefix loop_): timers,
 * immediates, the thread pool, and the rules for calling JS from a libuv
 * callback.  Node's model (DESIGN.md section 9):
 *
 *   script -> drain jobs -> uv loop until no ref'd work is left:
 *     timers phase   setTimeout / setInterval callbacks, due time order,
 *                    equal due times in creation order
 *     poll phase     thread-pool completions (loop_queue_work), I/O
 *     check phase    setImmediate callbacks queued before the phase began
 *   After EVERY macrotask (one callback from the loop into JS) the
 *   nextTick queue and the microtask queue are drained (jobs.h).
 *
 * An exception escaping a macrotask or a microtask, or a Promise rejection
 * still unhandled after a drain, is printed ("Uncaught ..." with its
 * stack) and stops the loop for good: loop_run() then returns 1 (and
 * does again if called later).
 *
 * Invariants callers keep:
 *  - libuv callbacks run on the loop thread; only they may call JS, and
 *    only through loop_task()/loop_call() (counting, error reporting and
 *    the drain after the task are done there, nowhere else).
 *  - A JSValue a C structure keeps while work is pending lives in a pin
 *    (loop_pin): pins are traced roots, updated by moving collectors, so
 *    always read the value back with loop_pinned() after anything that may
 *    allocate.  Never keep a raw JSValue in C memory across an allocation.
 *  - Code on a pool thread (LoopWorkFn) never touches the VM or the heap:
 *    copy its inputs into C memory before loop_queue_work().
 *
 * The loop state is created on first use; a program that never uses a
 * timer or the pool never creates a uv loop.
 */
#ifndef TL_EVENTLOOP_H
#define TL_EVENTLOOP_H

#include <stdbool.h>
#include <stdint.h>
#include "vm.h"

struct uv_loop_s;

/* ---- life cycle (vm.c, main.c through tl_run_loop) ----------------------- */

/* Install the globals: setTimeout, setInterval, setImmediate and their
 * clear* functions, performance.  Called by realm_init. */
bool loop_install(VM *vm);
/* Drain the jobs the script left, then run the uv loop until no ref'd work
 * is left.  0 when everything ran; 1 after an uncaught exception or an
 * unhandled rejection (already printed). */
int loop_run(VM *vm);
/* Close every handle, wait for pool work in flight (its done callbacks get
 * LOOP_CANCELLED), free the loop.  Safe when no loop was ever created. */
void loop_free(VM *vm);
/* GC roots: every pin and every queued immediate (heap_trace_roots). */
void loop_trace_roots(VM *vm, GcVisitor *v);

/* The uv loop (created if needed; NULL + exception pending on OOM), for
 * modules that start their own libuv requests (uv_fs_*); loop->data is
 * the VM.  Such callbacks follow the rules above. */
struct uv_loop_s *loop_uv(VM *vm);

/* ---- pins: JS values held by C while work is pending --------------------- */

#define LOOP_NO_PIN UINT32_MAX
/* A new traced slot holding v; LOOP_NO_PIN with RangeError pending on OOM. */
uint32_t loop_pin(VM *vm, JSValue v);
JSValue loop_pinned(VM *vm, uint32_t pin);
void loop_set_pinned(VM *vm, uint32_t pin, JSValue v);
void loop_unpin(VM *vm, uint32_t pin);

/* ---- macrotasks ---------------------------------------------------------- */

/* The body of one macrotask: run JS, return false with the exception
 * pending if it threw. */
typedef bool (*LoopTaskFn)(VM *vm, void *arg);
/* Run one macrotask from a libuv callback: counts it (stat macrotasks),
 * runs fn, reports an escaping exception, drains nextTicks and microtasks
 * (reporting a throw or an unhandled rejection there too).  Returns false
 * when the loop is stopping -- the caller then calls no more JS. */
bool loop_task(VM *vm, LoopTaskFn fn, void *arg);
/* loop_task() whose body is fn.call(this_val, ...argv); argv need not be
 * rooted (copied onto the VM stack before anything allocates). */
bool loop_call(VM *vm, JSValue fn, JSValue this_val, int argc, const JSValue *argv);
/* Has a callback failed (the loop is stopping)? */
bool loop_stopping(VM *vm);

/* setTimeout(fn, delay) from C, except that the timer does not keep the
 * loop alive (node's Atomics.waitAsync timeouts): the Timeout object, or
 * VAL_EXCEPTION.  loop_clear_timeout is clearTimeout(timeout). */
JSValue loop_set_unref_timeout(VM *vm, JSValue fn, double delay);
void loop_clear_timeout(VM *vm, JSValue timeout);

/* ---- the thread pool (libuv's) ------------------------------------------- */

#define LOOP_CANCELLED (-1)
/* Runs on a pool thread: no VM, no heap, no JS. */
typedef void (*LoopWorkFn)(void *data);
/* Runs on the loop thread once work is done.  *keep is a handle holding
 * the value given to loop_queue_work (a JS callback, a promise...); it
 * stays valid (and is updated by collections) until done returns.  status
 * is 0, or LOOP_CANCELLED when the VM is being freed or the loop stopped
 * after an error: done must then only release data (no JS).  done calls
 * JS through loop_call()/loop_task(); it owns data. */
typedef void (*LoopDoneFn)(VM *vm, void *data, JSValue *keep, int status);
/* Queue work(data) on the pool; done runs later on the loop thread.  The
 * pending request keeps the loop alive.  false with an exception pending
 * (nothing queued, data still the caller's) on failure.  The time the
 * request waited for a thread is added to stat pool_wait_ns. */
bool loop_queue_work(VM *vm, LoopWorkFn work, LoopDoneFn done, void *data, JSValue keep);

/* ---- shared objects ------------------------------------------------------ */

/* The global `process` object, created (with only the members installed
 * so far) on first request; each module adds its own members to it. */
JSValue loop_process_object(VM *vm);

#endif
