/*
 * jobs.c -- the microtask queue, Node's nextTick queue and the record of
 * unhandled rejections (prefix job_).  The drain order and the GC rules
 * are in jobs.h.
 *
 * Each queue is a ring of fixed-width entries of JSValues in malloc'd
 * memory.  Only the live entries [head, head + count) are traced, and a
 * slot is reset to undefined when its entry is dequeued, so a moving
 * collector never sees a stale pointer.
 */
#include <stdlib.h>
#include <string.h>

#include "jobs.h"

#include "builtins/bi_internal.h"   /* the globals installed here are builtins */
#include "eventloop.h"
#include "weak.h"

/* ---- rings ------------------------------------------------------------------- */

typedef struct Ring {
    JSValue *v;          /* cap * width values */
    uint32_t cap;        /* entries, a power of two (0 before the first push) */
    uint32_t head;       /* first live entry */
    uint32_t count;      /* live entries */
    uint32_t width;      /* JSValues per entry */
} Ring;

typedef struct JobQueues {
    Ring micro;          /* [kind, a, b, c] */
    Ring ticks;          /* [fn, args] */
    Ring rejected;       /* [promise] rejected with no handler, since the last drain */
    bool draining;
} JobQueues;

enum { MICRO_WIDTH = 4, TICK_WIDTH = 2, REJECTED_WIDTH = 1 };

static JSValue *ring_at(Ring *r, uint32_t i) { return &r->v[((r->head + i) & (r->cap - 1)) * r->width]; }

/* Room for one more entry: double the ring, unwrapping it.  false on OOM. */
static bool ring_reserve(Ring *r)
{
    if (r->count < r->cap) return true;
    uint32_t ncap = r->cap ? r->cap * 2 : 64;
    if (ncap < r->cap || (size_t)ncap * r->width > SIZE_MAX / sizeof(JSValue)) return false;
    JSValue *nv = malloc((size_t)ncap * r->width * sizeof(JSValue));
    if (!nv) return false;
    for (uint32_t i = 0; i < r->count; i++) memcpy(&nv[i * r->width], ring_at(r, i), r->width * sizeof(JSValue));
    for (size_t i = (size_t)r->count * r->width; i < (size_t)ncap * r->width; i++) nv[i] = VAL_UNDEFINED;
    free(r->v);
    r->v = nv;
    r->cap = ncap;
    r->head = 0;
    return true;
}

/* Append an entry of r->width values (no allocation in the GC heap). */
static bool ring_push(VM *vm, Ring *r, const JSValue *vals)
{
    if (!ring_reserve(r)) {
        err_throw(vm, ERRMSG_OUT_OF_MEMORY);
        return false;
    }
    memcpy(&r->v[((r->head + r->count) & (r->cap - 1)) * r->width], vals, r->width * sizeof(JSValue));
    r->count++;
    return true;
}

/* Remove the first entry into out[0 .. width), clearing its slots. */
static void ring_shift(Ring *r, JSValue *out)
{
    JSValue *e = ring_at(r, 0);
    for (uint32_t i = 0; i < r->width; i++) {
        out[i] = e[i];
        e[i] = VAL_UNDEFINED;
    }
    r->head = (r->head + 1) & (r->cap - 1);
    r->count--;
}

static void ring_trace(Ring *r, GcVisitor *v)
{
    for (uint32_t i = 0; i < r->count; i++) {
        JSValue *e = ring_at(r, i);
        for (uint32_t k = 0; k < r->width; k++) heap_visit_value(v, &e[k]);
    }
}

/* The queues, created on first use; NULL with RangeError pending on OOM. */
static JobQueues *queues(VM *vm)
{
    if (vm->jobs) return vm->jobs;
    JobQueues *q = calloc(1, sizeof *q);
    if (!q) {
        err_throw(vm, ERRMSG_OUT_OF_MEMORY);
        return NULL;
    }
    q->micro.width = MICRO_WIDTH;
    q->ticks.width = TICK_WIDTH;
    q->rejected.width = REJECTED_WIDTH;
    vm->jobs = q;
    return q;
}

/* ---- enqueueing -------------------------------------------------------------- */

bool job_enqueue(VM *vm, JobKind kind, JSValue a, JSValue b, JSValue c)
{
    JobQueues *q = queues(vm);
    JSValue e[MICRO_WIDTH] = { val_from_int((int32_t)kind), a, b, c };
    return q && ring_push(vm, &q->micro, e);
}

bool job_enqueue_tick(VM *vm, JSValue fn, JSValue args)
{
    JobQueues *q = queues(vm);
    JSValue e[TICK_WIDTH] = { fn, args };
    return q && ring_push(vm, &q->ticks, e);
}

bool job_track_rejection(VM *vm, JSValue promise)
{
    JobQueues *q = queues(vm);
    return q && ring_push(vm, &q->rejected, &promise);
}

bool job_pending(VM *vm)
{
    JobQueues *q = vm->jobs;
    return q && (q->micro.count || q->ticks.count);
}

/* ---- running ----------------------------------------------------------------- */

/* One microtask; false with the exception pending if it threw. */
static bool run_microtask(VM *vm, JobQueues *q)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue e[MICRO_WIDTH];
    ring_shift(&q->micro, e);
    JSValue *a = heap_handle(vm, e[1]), *b = heap_handle(vm, e[2]), *c = heap_handle(vm, e[3]);
    stats_inc(&vm->stats, STAT_microtasks);
    bool ok = false;
    switch ((JobKind)val_int(e[0])) {
    case JOB_REACTION_FULFILL:
        ok = bi_promise_reaction_job(vm, *a, *b, false);
        break;
    case JOB_REACTION_REJECT:
        ok = bi_promise_reaction_job(vm, *a, *b, true);
        break;
    case JOB_RESOLVE_THENABLE:
        ok = bi_promise_resolve_thenable_job(vm, *a, *b, *c);
        break;
    case JOB_CALLBACK:
        ok = vm_call(vm, *a, VAL_UNDEFINED, 0, NULL) != VAL_EXCEPTION;
        break;
    }
    heap_scope_close(vm, hs);
    return ok;
}

/* One nextTick callback: fn(...args). */
static bool run_tick(VM *vm, JobQueues *q)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue e[TICK_WIDTH];
    ring_shift(&q->ticks, e);
    JSValue *fn = heap_handle(vm, e[0]), *args = heap_handle(vm, e[1]);
    stats_inc(&vm->stats, STAT_microtasks);
    bool ok;
    if (val_is_array(*args)) {
        /* the arguments array is ours (never exposed): its elements are dense */
        JSObject *arr = val_obj(*args);
        uint32_t n = arr->length;
        JSValue *argv = malloc((n ? n : 1) * sizeof(JSValue));
        if (!argv) {
            err_throw(vm, ERRMSG_OUT_OF_MEMORY);
            heap_scope_close(vm, hs);
            return false;
        }
        for (uint32_t i = 0; i < n; i++) argv[i] = arr->elements->v[i];
        /* vm_call copies argv to the VM stack before it allocates */
        ok = vm_call(vm, *fn, VAL_UNDEFINED, (int)n, argv) != VAL_EXCEPTION;
        free(argv);
    } else {
        ok = vm_call(vm, *fn, VAL_UNDEFINED, 0, NULL) != VAL_EXCEPTION;
    }
    heap_scope_close(vm, hs);
    return ok;
}

/* The rejections since the last drain: the first promise still without a
 * handler makes its reason the pending exception (false). */
static bool check_rejections(VM *vm, JobQueues *q)
{
    bool ok = true;
    while (q->rejected.count) {
        JSValue p;
        ring_shift(&q->rejected, &p);
        if (ok && !bi_promise_is_handled(p)) {
            err_throw_value(vm, bi_promise_result(p));
            ok = false;
        }
    }
    return ok;
}

bool job_drain(VM *vm)
{
    JobQueues *q = vm->jobs;
    if (q && q->draining) return true;
    /* ClearKeptObjects (WeakRef targets, weak.h) when the checkpoint ends */
    if (!q || (!q->micro.count && !q->ticks.count && !q->rejected.count)) {
        weak_clear_kept(vm);
        return true;
    }
    q->draining = true;
    uint64_t t0 = stats_now_ns();
    bool ok = true;
    do {
        while (ok && q->ticks.count) ok = run_tick(vm, q);
        while (ok && q->micro.count) ok = run_microtask(vm, q);
    } while (ok && q->ticks.count);
    if (ok) ok = check_rejections(vm, q);
    stats_add(&vm->stats, STAT_microtask_ns, stats_now_ns() - t0);
    q->draining = false;
    weak_clear_kept(vm);
    return ok;
}

/* ---- queueMicrotask, process.nextTick ----------------------------------------- */

static JSValue queue_microtask(VM *vm, JSValue *args, int argc, JSValue nt)
{
    JSValue fn = bi_arg(args, argc, 0);
    if (!rt_is_callable(fn)) return job_throw_invalid_callback(vm, fn);
    if (!job_enqueue(vm, JOB_CALLBACK, fn, VAL_UNDEFINED, VAL_UNDEFINED)) return VAL_EXCEPTION;
    return VAL_UNDEFINED;
}

static JSValue next_tick(VM *vm, JSValue *args, int argc, JSValue nt)
{
    JSValue fn = bi_arg(args, argc, 0);
    if (!rt_is_callable(fn)) return job_throw_invalid_callback(vm, fn);
    JSValue rest = VAL_UNDEFINED;
    if (argc > 1) {
        rest = arr_new_from(vm, args + 1, (uint32_t)argc - 1);
        if (rest == VAL_EXCEPTION) return rest;
    }
    if (!job_enqueue_tick(vm, args[0], rest)) return VAL_EXCEPTION;
    return VAL_UNDEFINED;
}

/* Node's ERR_INVALID_ARG_TYPE for a callback argument:
 * 'The "callback" argument must be of type function. Received ...' */
JSValue job_throw_invalid_callback(VM *vm, JSValue v)
{
    char *d = NULL;
    const char *what;
    char buf[96];
    if (val_is_undefined(v)) what = "undefined";
    else if (val_is_null(v)) what = "null";
    else if (val_is_object(v)) {
        d = bi_describe(vm, v);   /* #<Name> */
        if (d && d[0] == '#' && d[1] == '<') {
            size_t n = strlen(d);
            snprintf(buf, sizeof buf, "an instance of %.*s", (int)(n > 3 ? n - 3 : 0), d + 2);
            what = buf;
        } else {
            what = d ? d : "an object";
        }
    } else {
        char *s = bi_inspect_to_cstr(vm, v, false);
        if (err_pending(vm)) err_take(vm);
        const char *type = val_is_number(v) ? "number" : val_is_string(v) ? "string" :
                           val_is_bool(v) ? "boolean" : val_is_symbol(v) ? "symbol" : "bigint";
        size_t n = s ? strlen(s) : 0;
        if (n > 28) snprintf(buf, sizeof buf, "type %s (%.25s...)", type, s);
        else snprintf(buf, sizeof buf, "type %s (%s)", type, s ? s : "?");
        free(s);
        what = buf;
    }
    char text[200];
    snprintf(text, sizeof text, "The \"callback\" argument must be of type function. Received %s", what);
    free(d);
    JSValue msg = str_from_cstr(vm, text);
    if (msg == VAL_EXCEPTION) return msg;
    JSValue e = err_new(vm, TypeError, msg);
    if (e == VAL_EXCEPTION) return e;
    HandleScope hs = heap_scope_open(vm);
    JSValue *he = heap_handle(vm, e);
    JSValue code = str_from_cstr(vm, "ERR_INVALID_ARG_TYPE");
    JSValue r = VAL_EXCEPTION;
    if (code != VAL_EXCEPTION && realm_def_value(vm, *he, "code", code, PROP_HIDDEN) == 0)
        r = err_throw_value(vm, *he);
    heap_scope_close(vm, hs);
    return r;
}

bool job_install(VM *vm)
{
    HandleScope hs = heap_scope_open(vm);
    bool ok = false;
    if (realm_def_method(vm, vm->global, "queueMicrotask", queue_microtask, 1, 0) < 0) goto out;
    JSValue process = loop_process_object(vm);
    if (process == VAL_EXCEPTION) goto out;
    ok = realm_def_method(vm, process, "nextTick", next_tick, 1, 0) == 0;
out:
    heap_scope_close(vm, hs);
    return ok;
}

/* ---- GC and teardown ------------------------------------------------------------ */

void job_trace_roots(VM *vm, GcVisitor *v)
{
    JobQueues *q = vm->jobs;
    if (!q) return;
    ring_trace(&q->micro, v);
    ring_trace(&q->ticks, v);
    ring_trace(&q->rejected, v);
}

void job_free(VM *vm)
{
    JobQueues *q = vm->jobs;
    if (!q) return;
    free(q->micro.v);
    free(q->ticks.v);
    free(q->rejected.v);
    free(q);
    vm->jobs = NULL;
}
