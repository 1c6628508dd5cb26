/*
 * eventloop.c -- the event loop on libuv (prefix loop_): timers,
 * immediates, pins, the thread pool, performance.now.  The model and the
 * rules for callers are in eventloop.h.
 *
 * Timers.  Each active Timeout owns one uv_timer_t (a LoopTimer, malloc'd)
 * and pins its Timeout object; libuv runs due timers in due-time order,
 * equal due times in start order, which is Node's order for timers created
 * in order.  The loop time is refreshed before a timer starts (Node takes
 * a fresh `now` for each new timer) except while the timers phase runs,
 * where Node compares against the `now` of the phase: so a timer created
 * by a timer callback never runs in the same phase.  An interval is
 * restarted after its callback from the phase's time (Node's `start`).
 *
 * Timeout and Immediate objects are ordinary objects (CLS_OBJECT) with
 * three extra words that are never JSValues (TimerObj: id, state bits,
 * the LoopTimer while active); the GC copies them with the cell and never
 * traces them.  Like Node they carry their callback and arguments as
 * properties (_onTimeout/_timerArgs, _onImmediate/_argv, non-enumerable
 * here), read when the callback runs, so refresh() can rearm a timer that
 * already fired.
 *
 * Immediates.  A ring of pending Immediate objects (a GC root); the check
 * phase runs the entries queued before it began (later ones wait for the
 * next iteration).  A uv_check_t runs them, ref'd only while some pending
 * immediate is ref'd, and a uv_idle_t keeps the poll phase from blocking
 * while it is (Node's scheme).
 */
#include <math.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "eventloop.h"

#include "builtins/bi_internal.h"
#include "call.h"
#include "jobs.h"
#include "weak.h"

/* ---- the parts that do not need libuv ----------------------------------------- */

JSValue loop_process_object(VM *vm)
{
    JSValue p = vm_intrinsic(vm, INTR_Process);
    if (val_is_object(p)) return p;
    HandleScope hs = heap_scope_open(vm);
    p = obj_new(vm, vm_intrinsic(vm, INTR_ObjectPrototype));
    if (p != VAL_EXCEPTION) {
        JSValue *hp = heap_handle(vm, p);
        if (realm_def_value(vm, vm->global, "process", *hp, PROP_HIDDEN) < 0) p = VAL_EXCEPTION;
        else p = vm->intrinsics[INTR_Process] = *hp;
    }
    heap_scope_close(vm, hs);
    return p;
}

/* performance.now(): milliseconds since the VM started, sub-millisecond. */
static JSValue performance_now(VM *vm, JSValue *args, int argc, JSValue nt)
{
    return val_number(vm_monotonic_ms(vm));
}

static bool install_performance(VM *vm)
{
    HandleScope hs = heap_scope_open(vm);
    bool ok = false;
    JSValue perf = obj_new(vm, vm_intrinsic(vm, INTR_ObjectPrototype));
    if (perf == VAL_EXCEPTION) goto out;
    JSValue *hperf = heap_handle(vm, perf);
    double origin = vm_time_origin_ms(vm);
    if (realm_def_method(vm, *hperf, "now", performance_now, 0, 0) < 0 ||
        realm_def_value(vm, *hperf, "timeOrigin", val_number(origin), PROP_DEFAULT) < 0 ||
        realm_def_value(vm, vm->global, "performance", *hperf, PROP_HIDDEN) < 0)
        goto out;
    ok = true;
out:
    heap_scope_close(vm, hs);
    return ok;
}

#if TL_HAVE_LIBUV

#include <uv.h>

/* ---- state ------------------------------------------------------------------ */

typedef struct LoopTimer LoopTimer;
struct LoopTimer {
    uv_timer_t uv;           /* uv.data = this */
    VM *vm;
    uint32_t pin;            /* the Timeout object */
    uint64_t delay_ms;       /* libuv timeout (Node's delay rounded up) */
    uint64_t repeat_ms;      /* 0: one-shot */
    bool firing;             /* its callback is running */
    bool rearmed;            /* refresh() while firing: keep the new schedule */
    bool closing;            /* released: the close callback frees it */
    LoopTimer *prev, *next;  /* the active timers */
};

typedef struct LoopState {
    uv_loop_t uv;            /* uv.data = the VM */
    uv_check_t check;        /* runs immediates */
    uv_idle_t idle;          /* running while a ref'd immediate waits: poll does not block */
    bool idle_on;
    /* pins: a free slot holds int(next free slot) */
    JSValue *pins;
    uint32_t npins, pins_cap, free_pin;
    /* pending Immediate objects, a ring */
    JSValue *imm;
    uint32_t imm_cap, imm_head, imm_count;
    uint32_t imm_refed;      /* pending immediates that are ref'd */
    LoopTimer *timers;       /* active timers */
    int32_t next_id;
    bool in_timers;          /* a timer callback is running (the phase's time is kept) */
    bool running;            /* inside uv_run (loop_run) */
    bool failed;             /* a callback threw: the loop is stopping */
    bool closing;            /* loop_free runs */
    uint64_t idle_synced;    /* poll idle time already added to stats */
} LoopState;

/* The loop, created on first use; NULL with an exception pending. */
static LoopState *loop_state(VM *vm)
{
    if (vm->loop) return vm->loop;
    LoopState *l = calloc(1, sizeof *l);
    if (!l) {
        err_throw(vm, ERRMSG_OUT_OF_MEMORY);
        return NULL;
    }
    int rc = uv_loop_init(&l->uv);
    if (rc != 0) {
        free(l);
        err_throw_type(vm, Error, "cannot create the event loop: %s", uv_strerror(rc));
        return NULL;
    }
    uv_loop_configure(&l->uv, UV_METRICS_IDLE_TIME);
    l->uv.data = vm;
    l->free_pin = LOOP_NO_PIN;
    l->next_id = 1;
    uv_check_init(&l->uv, &l->check);
    uv_idle_init(&l->uv, &l->idle);
    uv_unref((uv_handle_t *)&l->check);
    uv_unref((uv_handle_t *)&l->idle);
    vm->loop = l;
    return l;
}

struct uv_loop_s *loop_uv(VM *vm)
{
    LoopState *l = loop_state(vm);
    return l ? &l->uv : NULL;
}

bool loop_stopping(VM *vm) { return vm->loop && vm->loop->failed; }

/* ---- pins ------------------------------------------------------------------- */

uint32_t loop_pin(VM *vm, JSValue v)
{
    LoopState *l = loop_state(vm);
    if (!l) return LOOP_NO_PIN;
    uint32_t i;
    if (l->free_pin != LOOP_NO_PIN) {
        i = l->free_pin;
        l->free_pin = (uint32_t)val_int(l->pins[i]);
    } else {
        if (l->npins == l->pins_cap) {
            uint32_t ncap = l->pins_cap ? l->pins_cap * 2 : 64;
            JSValue *np = ncap > l->pins_cap ? realloc(l->pins, (size_t)ncap * sizeof(JSValue)) : NULL;
            if (!np) {
                err_throw(vm, ERRMSG_OUT_OF_MEMORY);
                return LOOP_NO_PIN;
            }
            l->pins = np;
            l->pins_cap = ncap;
        }
        i = l->npins++;
    }
    l->pins[i] = v;
    return i;
}

JSValue loop_pinned(VM *vm, uint32_t pin) { return vm->loop->pins[pin]; }
void loop_set_pinned(VM *vm, uint32_t pin, JSValue v) { vm->loop->pins[pin] = v; }

void loop_unpin(VM *vm, uint32_t pin)
{
    LoopState *l = vm->loop;
    l->pins[pin] = val_from_int((int32_t)l->free_pin);
    l->free_pin = pin;
}

/* ---- macrotasks ---------------------------------------------------------------- */

/* Report the pending exception as uncaught and stop the loop. */
static void fail_pending(VM *vm)
{
    if (err_pending(vm)) {
        HandleScope hs = heap_scope_open(vm);
        JSValue *exc = heap_handle(vm, err_take(vm));
        fflush(stdout);
        err_report_uncaught(vm, *exc, stderr);
        heap_scope_close(vm, hs);
    }
    if (vm->loop) {
        vm->loop->failed = true;
        /* only a running loop is stopped: a stop flag left set would make
         * loop_free's uv_run return before the close callbacks ran */
        if (vm->loop->running) uv_stop(&vm->loop->uv);
    }
}

bool loop_task(VM *vm, LoopTaskFn fn, void *arg)
{
    if (loop_stopping(vm)) return false;
    stats_inc(&vm->stats, STAT_macrotasks);
    /* then FinalizationRegistry cleanups a collection asked for: host jobs
     * of their own, right after the task (weak.h) */
    bool ok = fn(vm, arg) && job_drain(vm) && weak_run_cleanups(vm);
    if (!ok) fail_pending(vm);
    return ok;
}

typedef struct CallArgs {
    JSValue *fn, *this_val;  /* handles */
    int argc;
    const JSValue *argv;
} CallArgs;

static bool call_task(VM *vm, void *arg)
{
    CallArgs *c = arg;
    return vm_call(vm, *c->fn, *c->this_val, c->argc, c->argv) != VAL_EXCEPTION;
}

bool loop_call(VM *vm, JSValue fn, JSValue this_val, int argc, const JSValue *argv)
{
    HandleScope hs = heap_scope_open(vm);
    CallArgs c = { heap_handle(vm, fn), heap_handle(vm, this_val), argc, argv };
    bool ok = loop_task(vm, call_task, &c);
    heap_scope_close(vm, hs);
    return ok;
}

/* callback.apply(self, args) where args is undefined or an array-like, the
 * way Node calls timer._onTimeout / immediate._onImmediate. */
static bool apply_callback(VM *vm, JSValue self, JSValue cb, JSValue args)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *hself = heap_handle(vm, self);
    JSValue *hcb = heap_handle(vm, cb);
    JSValue *hargs = heap_handle(vm, args);
    bool ok = false;
    if (!rt_is_callable(*hcb)) {
        job_throw_invalid_callback(vm, *hcb);
        goto out;
    }
    double n = 0;
    if (!val_is_nullish(*hargs)) {
        if (!val_is_object(*hargs)) {
            bi_throw_type(vm, "timer arguments must be an array");
            goto out;
        }
        if (!bi_length_of(vm, *hargs, &n)) goto out;
        if (n > 65535) {
            err_throw_type(vm, RangeError, "too many timer arguments");
            goto out;
        }
    }
    JSValue *argv = NULL;
    for (uint32_t i = 0; i < (uint32_t)n; i++) {
        JSValue *slot = heap_handle(vm, VAL_UNDEFINED);   /* consecutive handles: the argument vector */
        if (!argv) argv = slot;
        JSValue v = bi_get_index(vm, *hargs, i);
        if (v == VAL_EXCEPTION) goto out;
        *slot = v;
    }
    ok = vm_call(vm, *hcb, *hself, (int)n, argv) != VAL_EXCEPTION;
out:
    heap_scope_close(vm, hs);
    return ok;
}

/* ---- timer objects ---------------------------------------------------------------- */

typedef struct TimerObj {
    JSObject obj;
    int32_t id;              /* unique: [Symbol.toPrimitive], clearTimeout(id) */
    uint32_t bits;           /* TB_* */
    LoopTimer *timer;        /* Timeouts: the uv timer while TB_ACTIVE */
} TimerObj;

enum {
    TB_REFED = 1,            /* keeps the loop alive (ref()/unref()) */
    TB_ACTIVE = 2,           /* scheduled: a LoopTimer / queued immediate */
    TB_DESTROYED = 4,        /* cleared, or a one-shot that fired */
    TB_IMMEDIATE = 8,        /* an Immediate, else a Timeout */
    TB_MAGIC = 0x7e0000u,    /* marks our objects (with the cell size) */
    TB_MAGIC_MASK = 0xff0000u,
};

static TimerObj *timer_obj(JSValue v, bool immediate)
{
    if (!val_is_object(v) || val_obj(v)->cls != CLS_OBJECT || cell_size(val_cell(v)) != sizeof(TimerObj)) return NULL;
    TimerObj *t = (TimerObj *)val_obj(v);
    if ((t->bits & TB_MAGIC_MASK) != TB_MAGIC || ((t->bits & TB_IMMEDIATE) != 0) != immediate) return NULL;
    return t;
}

/* Set a Node-named state property (non-enumerable). */
static bool set_prop(VM *vm, JSValue obj, const char *name, JSValue v)
{
    return realm_def_value(vm, obj, name, v, PROP_HIDDEN) == 0;
}

/* (*hobj)[name] for one of those properties (*hobj rooted: interning the
 * name may allocate). */
static JSValue get_state(VM *vm, JSValue *hobj, const char *name)
{
    JSValue key = atom_from_cstr(vm, name);
    if (key == VAL_EXCEPTION) return key;
    HandleScope hs = heap_scope_open(vm);
    JSValue *hk = heap_handle(vm, key);
    JSValue r = obj_get(vm, *hobj, *hk);
    heap_scope_close(vm, hs);
    return r;
}

/* A new Timeout / Immediate with its callback and arguments (args[from..]). */
static JSValue timer_obj_new(VM *vm, bool immediate, JSValue *args, int argc, int from, double delay, bool repeat)
{
    LoopState *l = loop_state(vm);
    if (!l) return VAL_EXCEPTION;
    HandleScope hs = heap_scope_open(vm);
    JSValue r = VAL_EXCEPTION;
    JSValue *rest = heap_handle(vm, VAL_UNDEFINED);
    if (argc > from) {
        JSValue a = arr_new_from(vm, args + from, (uint32_t)(argc - from));
        if (a == VAL_EXCEPTION) goto out;
        *rest = a;
    }
    JSValue o = obj_new_class(vm, vm_intrinsic(vm, immediate ? INTR_ImmediatePrototype : INTR_TimeoutPrototype),
                              CLS_OBJECT, sizeof(TimerObj));
    if (o == VAL_EXCEPTION) goto out;
    TimerObj *t = (TimerObj *)val_obj(o);
    t->id = l->next_id++;
    if (l->next_id == INT32_MAX) l->next_id = 1;
    t->bits = TB_MAGIC | TB_REFED | (immediate ? TB_IMMEDIATE : 0);
    t->timer = NULL;
    JSValue *ho = heap_handle(vm, o);
    bool ok = immediate ? set_prop(vm, *ho, "_onImmediate", args[0]) && set_prop(vm, *ho, "_argv", *rest)
                        : set_prop(vm, *ho, "_idleTimeout", val_number(delay)) &&
                              set_prop(vm, *ho, "_onTimeout", args[0]) && set_prop(vm, *ho, "_timerArgs", *rest) &&
                              set_prop(vm, *ho, "_repeat", repeat ? val_number(delay) : VAL_NULL);
    if (ok) r = *ho;
out:
    heap_scope_close(vm, hs);
    return r;
}

/* ---- timers ----------------------------------------------------------------------- */

static void timer_close_cb(uv_handle_t *h) { free(h->data); }

static void timer_link(LoopState *l, LoopTimer *lt)
{
    lt->prev = NULL;
    lt->next = l->timers;
    if (l->timers) l->timers->prev = lt;
    l->timers = lt;
}

static void timer_unlink(LoopState *l, LoopTimer *lt)
{
    if (lt->prev) lt->prev->next = lt->next;
    else l->timers = lt->next;
    if (lt->next) lt->next->prev = lt->prev;
    lt->prev = lt->next = NULL;
}

/* Stop and free lt (the close callback frees the memory), unpin its
 * Timeout and mark that inactive. */
static void timer_release(VM *vm, LoopTimer *lt)
{
    LoopState *l = vm->loop;
    TimerObj *t = timer_obj(loop_pinned(vm, lt->pin), false);
    if (t) {
        t->bits &= ~(uint32_t)TB_ACTIVE;
        t->timer = NULL;
    }
    loop_unpin(vm, lt->pin);
    timer_unlink(l, lt);
    lt->closing = true;
    uv_timer_stop(&lt->uv);
    uv_close((uv_handle_t *)&lt->uv, timer_close_cb);
}

static void timer_cb(uv_timer_t *h);

/* (Re)start lt's uv timer delay ms from now: the phase's `now` inside the
 * timers phase, a fresh one elsewhere. */
static void timer_schedule(LoopState *l, LoopTimer *lt, uint64_t delay)
{
    if (!l->in_timers) uv_update_time(&l->uv);
    uv_timer_start(&lt->uv, timer_cb, delay, 0);
}

/* Milliseconds for libuv: Node fires when now - start >= delay with now
 * in whole milliseconds, i.e. after ceil(delay). */
static uint64_t delay_ms(double delay) { return (uint64_t)ceil(delay); }

/* Schedule the Timeout in *ho (a handle). */
static bool timer_start(VM *vm, JSValue *ho, double delay, double repeat)
{
    LoopState *l = loop_state(vm);
    if (!l) return false;
    LoopTimer *lt = calloc(1, sizeof *lt);
    if (!lt) {
        err_throw(vm, ERRMSG_OUT_OF_MEMORY);
        return false;
    }
    lt->pin = loop_pin(vm, *ho);
    if (lt->pin == LOOP_NO_PIN) {
        free(lt);
        return false;
    }
    lt->vm = vm;
    lt->delay_ms = delay_ms(delay);
    lt->repeat_ms = repeat > 0 ? delay_ms(repeat) : 0;
    uv_timer_init(&l->uv, &lt->uv);
    lt->uv.data = lt;
    TimerObj *t = timer_obj(*ho, false);
    t->bits = (t->bits | TB_ACTIVE) & ~(uint32_t)TB_DESTROYED;
    t->timer = lt;
    if (!(t->bits & TB_REFED)) uv_unref((uv_handle_t *)&lt->uv);
    timer_link(l, lt);
    timer_schedule(l, lt, lt->delay_ms);
    return true;
}

static bool fire_timer(VM *vm, void *arg)
{
    LoopTimer *lt = arg;
    HandleScope hs = heap_scope_open(vm);
    JSValue *ho = heap_handle(vm, loop_pinned(vm, lt->pin));
    bool ok = false;
    JSValue cb = get_state(vm, ho, "_onTimeout");
    if (cb == VAL_EXCEPTION) goto out;
    JSValue *hcb = heap_handle(vm, cb);
    JSValue args = get_state(vm, ho, "_timerArgs");
    if (args == VAL_EXCEPTION) goto out;
    ok = apply_callback(vm, *ho, *hcb, args);
out:
    heap_scope_close(vm, hs);
    return ok;
}

static void timer_cb(uv_timer_t *h)
{
    LoopTimer *lt = h->data;
    VM *vm = lt->vm;
    LoopState *l = vm->loop;
    if (l->failed || l->closing) return;
    lt->firing = true;
    lt->rearmed = false;
    bool outer = l->in_timers;
    l->in_timers = true;
    bool ok = loop_task(vm, fire_timer, lt);
    l->in_timers = outer;
    lt->firing = false;
    if (!ok || lt->closing || lt->rearmed) return;   /* stopping / cleared / refreshed */
    if (lt->repeat_ms) {
        /* Node restarts an interval from the time its phase began */
        uv_timer_start(&lt->uv, timer_cb, lt->repeat_ms, 0);
    } else {
        TimerObj *t = timer_obj(loop_pinned(vm, lt->pin), false);
        if (t) t->bits |= TB_DESTROYED;
        timer_release(vm, lt);
    }
}

/* setTimeout / setInterval: magic 1 for an interval. */
static JSValue set_timer(VM *vm, JSValue *args, int argc, JSValue nt)
{
    bool repeat = call_native_callee(vm)->magic == 1;
    if (!rt_is_callable(bi_arg(args, argc, 0))) return job_throw_invalid_callback(vm, bi_arg(args, argc, 0));
    double after = NAN;
    if (argc > 1 && !rt_to_double(vm, args[1], &after)) return VAL_EXCEPTION;
    /* Node: a delay outside [1, 2^31 - 1] is 1 */
    if (!(after >= 1 && after <= 2147483647.0)) after = 1;
    BI_SCOPE;
    JSValue o = timer_obj_new(vm, false, args, argc, 2, after, repeat);
    if (o == VAL_EXCEPTION) BI_RETURN(o);
    JSValue *ho = heap_handle(vm, o);
    if (!timer_start(vm, ho, after, repeat ? after : 0)) BI_RETURN(VAL_EXCEPTION);
    BI_RETURN(*ho);
}

/* clearTimeout / clearInterval: a Timeout, or the id a Timeout converts to. */
static JSValue clear_timer(VM *vm, JSValue *args, int argc, JSValue nt)
{
    JSValue v = bi_arg(args, argc, 0);
    LoopState *l = vm->loop;
    if (!l) return VAL_UNDEFINED;
    TimerObj *t = timer_obj(v, false);
    if (!t && (val_is_number(v) || val_is_string(v))) {
        double id;
        if (!rt_to_double(vm, v, &id)) return VAL_EXCEPTION;
        for (LoopTimer *lt = l->timers; lt; lt = lt->next) {
            TimerObj *c = timer_obj(loop_pinned(vm, lt->pin), false);
            if (c && c->id == id) {
                t = c;
                v = loop_pinned(vm, lt->pin);
                break;
            }
        }
    }
    if (!t || (t->bits & TB_DESTROYED)) return VAL_UNDEFINED;
    t->bits |= TB_DESTROYED;
    if ((t->bits & TB_ACTIVE) && t->timer) timer_release(vm, t->timer);
    BI_SCOPE;
    JSValue *hv = heap_handle(vm, v);
    if (!set_prop(vm, *hv, "_idleTimeout", val_from_int(-1))) BI_RETURN(VAL_EXCEPTION);
    BI_RETURN(VAL_UNDEFINED);
}

JSValue loop_set_unref_timeout(VM *vm, JSValue fn, double delay)
{
    if (!(delay >= 1 && delay <= 2147483647.0)) delay = delay > 2147483647.0 ? 2147483647.0 : 1;
    BI_SCOPE;
    JSValue *hf = heap_handle(vm, fn);
    JSValue o = timer_obj_new(vm, false, hf, 1, 1, delay, false);
    if (o == VAL_EXCEPTION) BI_RETURN(o);
    JSValue *ho = heap_handle(vm, o);
    TimerObj *t = timer_obj(*ho, false);
    t->bits &= ~(uint32_t)TB_REFED;
    if (!timer_start(vm, ho, delay, 0)) BI_RETURN(VAL_EXCEPTION);
    BI_RETURN(*ho);
}

void loop_clear_timeout(VM *vm, JSValue timeout)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *h = heap_handle(vm, timeout);
    clear_timer(vm, h, 1, VAL_UNDEFINED);
    heap_scope_close(vm, hs);
}

static TimerObj *this_timeout(VM *vm, JSValue *args, const char *method)
{
    TimerObj *t = timer_obj(args[-1], false);
    if (!t) err_throw_type(vm, TypeError, "Timeout.prototype.%s called on an object that is not a Timeout", method);
    return t;
}

static JSValue timeout_ref(VM *vm, JSValue *args, int argc, JSValue nt)
{
    bool ref = call_native_callee(vm)->magic == 1;
    TimerObj *t = this_timeout(vm, args, ref ? "ref" : "unref");
    if (!t) return VAL_EXCEPTION;
    t->bits = ref ? t->bits | TB_REFED : t->bits & ~(uint32_t)TB_REFED;
    if ((t->bits & TB_ACTIVE) && t->timer) {
        if (ref) uv_ref((uv_handle_t *)&t->timer->uv);
        else uv_unref((uv_handle_t *)&t->timer->uv);
    }
    return args[-1];
}

static JSValue timeout_has_ref(VM *vm, JSValue *args, int argc, JSValue nt)
{
    TimerObj *t = this_timeout(vm, args, "hasRef");
    return t ? val_from_bool(t->bits & TB_REFED) : VAL_EXCEPTION;
}

/* refresh(): restart the countdown from now; rearms a one-shot that fired
 * (not one that was cleared: its _idleTimeout is -1). */
static JSValue timeout_refresh(VM *vm, JSValue *args, int argc, JSValue nt)
{
    TimerObj *t = this_timeout(vm, args, "refresh");
    if (!t) return VAL_EXCEPTION;
    if ((t->bits & TB_ACTIVE) && t->timer) {
        LoopTimer *lt = t->timer;
        if (lt->firing) lt->rearmed = true;
        timer_schedule(vm->loop, lt, lt->delay_ms);
        return args[-1];
    }
    BI_SCOPE;
    JSValue d = get_state(vm, &args[-1], "_idleTimeout");
    if (d == VAL_EXCEPTION) BI_RETURN(d);
    if (!val_is_number(d) || !(val_to_number(d) >= 0)) BI_RETURN(args[-1]);
    double delay = val_to_number(d);
    JSValue rep = get_state(vm, &args[-1], "_repeat");
    if (rep == VAL_EXCEPTION) BI_RETURN(rep);
    double repeat = val_is_number(rep) ? val_to_number(rep) : 0;
    if (!timer_start(vm, &args[-1], delay, repeat)) BI_RETURN(VAL_EXCEPTION);
    BI_RETURN(args[-1]);
}

static JSValue timeout_close(VM *vm, JSValue *args, int argc, JSValue nt)
{
    if (!this_timeout(vm, args, "close")) return VAL_EXCEPTION;
    JSValue r = clear_timer(vm, args - 1, 1, VAL_UNDEFINED);   /* args[-1] as the argument */
    return r == VAL_EXCEPTION ? r : args[-1];
}

static JSValue timeout_to_primitive(VM *vm, JSValue *args, int argc, JSValue nt)
{
    TimerObj *t = this_timeout(vm, args, "[Symbol.toPrimitive]");
    return t ? val_from_int(t->id) : VAL_EXCEPTION;
}

/* ---- immediates ------------------------------------------------------------------- */

static void idle_cb(uv_idle_t *h) { (void)h; }

/* The check handle keeps the loop alive, and the idle handle keeps poll
 * from blocking, exactly while a ref'd immediate is pending. */
static void immediate_refs(LoopState *l)
{
    if (l->imm_refed > 0) {
        uv_ref((uv_handle_t *)&l->check);
        if (!l->idle_on) uv_idle_start(&l->idle, idle_cb);
        l->idle_on = true;
    } else {
        uv_unref((uv_handle_t *)&l->check);
        if (l->idle_on) uv_idle_stop(&l->idle);
        l->idle_on = false;
    }
}

static bool imm_push(VM *vm, LoopState *l, JSValue obj)
{
    if (l->imm_count == l->imm_cap) {
        uint32_t ncap = l->imm_cap ? l->imm_cap * 2 : 64;
        JSValue *n = ncap > l->imm_cap ? malloc((size_t)ncap * sizeof(JSValue)) : NULL;
        if (!n) {
            err_throw(vm, ERRMSG_OUT_OF_MEMORY);
            return false;
        }
        for (uint32_t i = 0; i < l->imm_count; i++) n[i] = l->imm[(l->imm_head + i) & (l->imm_cap - 1)];
        free(l->imm);
        l->imm = n;
        l->imm_cap = ncap;
        l->imm_head = 0;
    }
    l->imm[(l->imm_head + l->imm_count) & (l->imm_cap - 1)] = obj;
    l->imm_count++;
    return true;
}

static JSValue imm_shift(LoopState *l)
{
    JSValue *slot = &l->imm[l->imm_head];
    JSValue v = *slot;
    *slot = VAL_UNDEFINED;
    l->imm_head = (l->imm_head + 1) & (l->imm_cap - 1);
    l->imm_count--;
    return v;
}

static bool fire_immediate(VM *vm, void *arg)
{
    JSValue *ho = arg;
    HandleScope hs = heap_scope_open(vm);
    bool ok = false;
    JSValue cb = get_state(vm, ho, "_onImmediate");
    if (cb == VAL_EXCEPTION) goto out;
    JSValue *hcb = heap_handle(vm, cb);
    JSValue args = get_state(vm, ho, "_argv");
    if (args == VAL_EXCEPTION) goto out;
    ok = apply_callback(vm, *ho, *hcb, args);
out:
    heap_scope_close(vm, hs);
    return ok;
}

/* The check phase: the immediates queued before it began, in order. */
static void check_cb(uv_check_t *h)
{
    LoopState *l = (LoopState *)((char *)h - offsetof(LoopState, check));
    VM *vm = l->uv.data;
    for (uint32_t n = l->imm_count; n > 0 && !l->failed && !l->closing; n--) {
        HandleScope hs = heap_scope_open(vm);
        JSValue *ho = heap_handle(vm, imm_shift(l));
        TimerObj *t = timer_obj(*ho, true);
        if (t && (t->bits & TB_ACTIVE)) {
            t->bits = (t->bits & ~(uint32_t)TB_ACTIVE) | TB_DESTROYED;
            if (t->bits & TB_REFED) l->imm_refed--;
            immediate_refs(l);
            loop_task(vm, fire_immediate, ho);
        }
        heap_scope_close(vm, hs);
    }
    immediate_refs(l);
}

static JSValue set_immediate(VM *vm, JSValue *args, int argc, JSValue nt)
{
    if (!rt_is_callable(bi_arg(args, argc, 0))) return job_throw_invalid_callback(vm, bi_arg(args, argc, 0));
    JSValue o = timer_obj_new(vm, true, args, argc, 1, 0, false);
    if (o == VAL_EXCEPTION) return o;
    LoopState *l = vm->loop;
    if (!imm_push(vm, l, o)) return VAL_EXCEPTION;
    TimerObj *t = timer_obj(o, true);
    t->bits |= TB_ACTIVE;
    if (l->imm_refed++ == 0) immediate_refs(l);
    if (!uv_is_active((uv_handle_t *)&l->check)) uv_check_start(&l->check, check_cb);
    return o;
}

static JSValue clear_immediate(VM *vm, JSValue *args, int argc, JSValue nt)
{
    TimerObj *t = timer_obj(bi_arg(args, argc, 0), true);
    if (!t || !(t->bits & TB_ACTIVE)) return VAL_UNDEFINED;
    t->bits = (t->bits & ~(uint32_t)TB_ACTIVE) | TB_DESTROYED;
    if (t->bits & TB_REFED) {
        vm->loop->imm_refed--;
        immediate_refs(vm->loop);
    }
    return VAL_UNDEFINED;
}

static JSValue immediate_ref(VM *vm, JSValue *args, int argc, JSValue nt)
{
    bool ref = call_native_callee(vm)->magic == 1;
    TimerObj *t = timer_obj(args[-1], true);
    if (!t) return err_throw_type(vm, TypeError, "Immediate.prototype.%s called on an object that is not an Immediate",
                                  ref ? "ref" : "unref");
    bool was = (t->bits & TB_REFED) != 0;
    t->bits = ref ? t->bits | TB_REFED : t->bits & ~(uint32_t)TB_REFED;
    if ((t->bits & TB_ACTIVE) && was != ref) {
        if (ref) vm->loop->imm_refed++;
        else vm->loop->imm_refed--;
        immediate_refs(vm->loop);
    }
    return args[-1];
}

static JSValue immediate_has_ref(VM *vm, JSValue *args, int argc, JSValue nt)
{
    TimerObj *t = timer_obj(args[-1], true);
    if (!t) return bi_throw_type(vm, "Immediate.prototype.hasRef called on an object that is not an Immediate");
    return val_from_bool(t->bits & TB_REFED);
}

/* ---- the thread pool ------------------------------------------------------------- */

typedef struct LoopWork {
    uv_work_t req;           /* req.data = this */
    VM *vm;
    LoopWorkFn work;
    LoopDoneFn done;
    void *data;
    uint32_t pin;
    uint64_t queued_ns;      /* set on the loop thread before queueing */
    uint64_t wait_ns;        /* set on the pool thread; read after completion */
} LoopWork;

static void work_cb(uv_work_t *r)
{
    LoopWork *w = r->data;
    w->wait_ns = stats_now_ns() - w->queued_ns;
    w->work(w->data);
}

static void after_work_cb(uv_work_t *r, int status)
{
    LoopWork *w = r->data;
    VM *vm = w->vm;
    LoopState *l = vm->loop;
    stats_inc(&vm->stats, STAT_pool_tasks);
    if (status == 0) stats_add(&vm->stats, STAT_pool_wait_ns, w->wait_ns);
    HandleScope hs = heap_scope_open(vm);
    JSValue *keep = heap_handle(vm, loop_pinned(vm, w->pin));
    loop_unpin(vm, w->pin);
    int st = status != 0 || l->failed || l->closing ? LOOP_CANCELLED : 0;
    w->done(vm, w->data, keep, st);
    heap_scope_close(vm, hs);
    free(w);
}

bool loop_queue_work(VM *vm, LoopWorkFn work, LoopDoneFn done, void *data, JSValue keep)
{
    LoopState *l = loop_state(vm);
    if (!l) return false;
    LoopWork *w = calloc(1, sizeof *w);
    if (!w) {
        err_throw(vm, ERRMSG_OUT_OF_MEMORY);
        return false;
    }
    w->pin = loop_pin(vm, keep);
    if (w->pin == LOOP_NO_PIN) {
        free(w);
        return false;
    }
    w->vm = vm;
    w->work = work;
    w->done = done;
    w->data = data;
    w->req.data = w;
    w->queued_ns = stats_now_ns();
    int rc = uv_queue_work(&l->uv, &w->req, work_cb, after_work_cb);
    if (rc != 0) {
        loop_unpin(vm, w->pin);
        free(w);
        err_throw_type(vm, Error, "cannot queue work on the thread pool: %s", uv_strerror(rc));
        return false;
    }
    return true;
}

/* ---- running and freeing the loop ---------------------------------------------------- */

static void sync_idle(VM *vm)
{
    LoopState *l = vm->loop;
    uint64_t idle = uv_metrics_idle_time(&l->uv);
    stats_add(&vm->stats, STAT_loop_idle_ns, idle - l->idle_synced);
    l->idle_synced = idle;
}

int loop_run(VM *vm)
{
    uint64_t t0 = stats_now_ns();
    int rc = 0;
    if (!job_drain(vm) || !weak_run_cleanups(vm)) {
        fail_pending(vm);
        rc = 1;
    } else if (vm->loop) {
        /* cleanups asked for by the last task's collections may queue more
         * work; run the loop until neither is left */
        while (!vm->loop->failed) {
            vm->loop->running = true;
            uv_run(&vm->loop->uv, UV_RUN_DEFAULT);
            vm->loop->running = false;
            if (vm->loop->failed || !weak_cleanup_due(vm)) break;
            if (!weak_run_cleanups(vm)) fail_pending(vm);
        }
        rc = vm->loop->failed ? 1 : 0;   /* a failed loop stays stopped */
    }
    if (vm->loop) sync_idle(vm);
    stats_add(&vm->stats, STAT_loop_ns, stats_now_ns() - t0);
    return rc;
}

static void close_other(uv_handle_t *h, void *arg)
{
    (void)arg;
    if (!uv_is_closing(h)) uv_close(h, NULL);
}

void loop_free(VM *vm)
{
    LoopState *l = vm->loop;
    if (!l) return;
    l->closing = true;
    while (l->timers) timer_release(vm, l->timers);
    uv_close((uv_handle_t *)&l->check, NULL);
    uv_close((uv_handle_t *)&l->idle, NULL);
    uv_walk(&l->uv, close_other, NULL);   /* handles other modules left open */
    /* close callbacks run; work in flight finishes and gets LOOP_CANCELLED */
    uv_run(&l->uv, UV_RUN_DEFAULT);
    uv_loop_close(&l->uv);
    free(l->pins);
    free(l->imm);
    free(l);
    vm->loop = NULL;
}

void loop_trace_roots(VM *vm, GcVisitor *v)
{
    LoopState *l = vm->loop;
    if (!l) return;
    for (uint32_t i = 0; i < l->npins; i++) heap_visit_value(v, &l->pins[i]);
    for (uint32_t i = 0; i < l->imm_count; i++) heap_visit_value(v, &l->imm[(l->imm_head + i) & (l->imm_cap - 1)]);
}

/* ---- installation ------------------------------------------------------------------- */

static JSValue illegal_constructor(VM *vm, JSValue *args, int argc, JSValue nt)
{
    return bi_throw_type(vm, "Illegal constructor");
}

/* The prototype of Timeout or Immediate objects, with a (non-global)
 * constructor so that console.log names them like Node. */
static bool make_proto(VM *vm, const char *name, IntrinsicId id)
{
    HandleScope hs = heap_scope_open(vm);
    bool ok = false;
    JSValue p = obj_new(vm, vm_intrinsic(vm, INTR_ObjectPrototype));
    if (p == VAL_EXCEPTION) goto out;
    vm->intrinsics[id] = p;
    JSValue c = fn_new_native(vm, name, illegal_constructor, 0, 0);
    if (c == VAL_EXCEPTION) goto out;
    JSValue *hc = heap_handle(vm, c);
    if (obj_define_value(vm, *hc, vm_atom(vm, ATOM_prototype), vm_intrinsic(vm, id), 0) < 0 ||
        obj_define_value(vm, vm_intrinsic(vm, id), vm_atom(vm, ATOM_constructor), *hc, PROP_HIDDEN) < 0)
        goto out;
    ok = true;
out:
    heap_scope_close(vm, hs);
    return ok;
}

bool loop_install(VM *vm)
{
    if (!install_performance(vm)) return false;
    if (!make_proto(vm, "Timeout", INTR_TimeoutPrototype) || !make_proto(vm, "Immediate", INTR_ImmediatePrototype))
        return false;
    static const struct {
        const char *name;
        NativeFn fn;
        int length, magic;
    } globals[] = {
        { "setTimeout", set_timer, 5, 0 },         /* Node's lengths */
        { "setInterval", set_timer, 5, 1 },
        { "setImmediate", set_immediate, 4, 0 },
        { "clearTimeout", clear_timer, 1, 0 },
        { "clearInterval", clear_timer, 1, 0 },
        { "clearImmediate", clear_immediate, 1, 0 },
    }, timeout_methods[] = {
        { "ref", timeout_ref, 0, 1 },
        { "unref", timeout_ref, 0, 0 },
        { "hasRef", timeout_has_ref, 0, 0 },
        { "refresh", timeout_refresh, 0, 0 },
        { "close", timeout_close, 0, 0 },
    }, immediate_methods[] = {
        { "ref", immediate_ref, 0, 1 },
        { "unref", immediate_ref, 0, 0 },
        { "hasRef", immediate_has_ref, 0, 0 },
    };
    for (size_t i = 0; i < sizeof globals / sizeof globals[0]; i++)
        if (realm_def_method(vm, vm->global, globals[i].name, globals[i].fn, globals[i].length, globals[i].magic) < 0)
            return false;
    for (size_t i = 0; i < sizeof timeout_methods / sizeof timeout_methods[0]; i++)
        if (realm_def_method(vm, vm_intrinsic(vm, INTR_TimeoutPrototype), timeout_methods[i].name, timeout_methods[i].fn,
                             timeout_methods[i].length, timeout_methods[i].magic) < 0)
            return false;
    for (size_t i = 0; i < sizeof immediate_methods / sizeof immediate_methods[0]; i++)
        if (realm_def_method(vm, vm_intrinsic(vm, INTR_ImmediatePrototype), immediate_methods[i].name,
                             immediate_methods[i].fn, immediate_methods[i].length, immediate_methods[i].magic) < 0)
            return false;
    return realm_def_method_key(vm, vm_intrinsic(vm, INTR_TimeoutPrototype), vm_intrinsic(vm, INTR_SymbolToPrimitive),
                                "[Symbol.toPrimitive]", timeout_to_primitive, 1) == 0;
}

#else /* !TL_HAVE_LIBUV */

/* Built without libuv: no timers and no pool; the loop is the final drain
 * of the job queues. */

bool loop_install(VM *vm) { return install_performance(vm); }

int loop_run(VM *vm)
{
    if (job_drain(vm) && weak_run_cleanups(vm)) return 0;
    HandleScope hs = heap_scope_open(vm);
    JSValue *exc = heap_handle(vm, err_take(vm));
    fflush(stdout);
    err_report_uncaught(vm, *exc, stderr);
    heap_scope_close(vm, hs);
    return 1;
}

void loop_free(VM *vm) { (void)vm; }
void loop_trace_roots(VM *vm, GcVisitor *v) { (void)vm; (void)v; }
struct uv_loop_s *loop_uv(VM *vm)
{
    err_throw_type(vm, Error, "this build has no event loop (libuv was not found)");
    return NULL;
}
bool loop_stopping(VM *vm) { (void)vm; return false; }

static bool no_loop(VM *vm)
{
    err_throw_type(vm, Error, "this build has no event loop (libuv was not found)");
    return false;
}
uint32_t loop_pin(VM *vm, JSValue v)
{
    (void)v;
    no_loop(vm);
    return LOOP_NO_PIN;
}
bool loop_queue_work(VM *vm, LoopWorkFn work, LoopDoneFn done, void *data, JSValue keep)
{
    (void)work, (void)done, (void)data, (void)keep;
    return no_loop(vm);
}
bool loop_task(VM *vm, LoopTaskFn fn, void *arg)
{
    (void)fn, (void)arg;
    return no_loop(vm);
}
bool loop_call(VM *vm, JSValue fn, JSValue this_val, int argc, const JSValue *argv)
{
    (void)fn, (void)this_val, (void)argc, (void)argv;
    return no_loop(vm);
}
JSValue loop_set_unref_timeout(VM *vm, JSValue fn, double delay)
{
    (void)fn, (void)delay;
    no_loop(vm);
    return VAL_EXCEPTION;
}
void loop_clear_timeout(VM *vm, JSValue timeout) { (void)vm, (void)timeout; }
/* Never reached: no pin is ever handed out. */
JSValue loop_pinned(VM *vm, uint32_t pin) { (void)vm, (void)pin; return VAL_UNDEFINED; }
void loop_set_pinned(VM *vm, uint32_t pin, JSValue v) { (void)vm, (void)pin, (void)v; }
void loop_unpin(VM *vm, uint32_t pin) { (void)vm, (void)pin; }

#endif /* TL_HAVE_LIBUV */
