/*
 * promise.c -- Promise (ECMA-262 section 27.2) (prefix bi_promise_).
 *
 * A promise is a JSWrapper (CLS_PROMISE) whose internal value is a record
 * ValArray:
 *   [P_STATE]     int: pending / fulfilled / rejected
 *   [P_RESULT]    the value or the reason once settled
 *   [P_REACTIONS] ValArray (count used) of reaction records while pending
 *   [P_HANDLED]   [[PromiseIsHandled]]
 *   [P_RESOLVED]  alreadyResolved of the promise's internal capability
 * A reaction record is a ValArray [promise, resolve, reject, onFulfilled,
 * onRejected] (the capability and both handlers: then() always adds one
 * reaction to each of the spec's two lists, so one list in order suffices);
 * a handler that is not callable is stored as undefined ("empty").
 *
 * Internal capabilities.  When NewPromiseCapability(C) is called with the
 * intrinsic %Promise% and its resolving functions cannot escape to user
 * code (then, Promise.resolve/reject, finally), no function objects are
 * made: the capability's resolve is undefined and settling goes through
 * the promise's own P_RESOLVED flag, which behaves exactly as the
 * alreadyResolved record the two functions would share.  Combinators and
 * withResolvers hand their functions to user code, so they get real ones.
 *
 * Jobs go to jobs.c (HostEnqueuePromiseJob); a rejection with no handler
 * is reported to job_track_rejection (HostPromiseRejectionTracker
 * "reject"; the "handle" operation is the P_HANDLED flag the host reads).
 *
 * GC: every value kept across an allocation or a call sits in a handle;
 * native closures (resolving functions, combinator elements, finally
 * helpers) keep their state in JSFunction.data, read back through
 * call_native_callee() after anything that may allocate.
 */
#include "bi_internal.h"
#include "call.h"
#include "jobs.h"

enum { P_STATE, P_RESULT, P_REACTIONS, P_HANDLED, P_RESOLVED, P__COUNT };
enum { R_PROMISE, R_RESOLVE, R_REJECT, R_ON_FULFILLED, R_ON_REJECTED, R__COUNT };

static ValArray *va(JSValue v) { return (ValArray *)val_cell(v); }

static bool is_promise(JSValue v)
{
    return obj_is_class(v, CLS_PROMISE) && cell_size(val_cell(v)) >= sizeof(JSWrapper) &&
           val_is_kind(((JSWrapper *)val_obj(v))->internal, CELL_VALARRAY);
}

static ValArray *rec_of(JSValue p) { return va(((JSWrapper *)val_obj(p))->internal); }
static int state_of(JSValue p) { return val_int(rec_of(p)->v[P_STATE]); }

static void rec_set(VM *vm, JSValue p, int field, JSValue v)
{
    ValArray *r = rec_of(p);
    heap_store(&vm->heap, &r->hdr, &r->v[field], v);
}

/* The data of the running native closure. */
static ValArray *callee_data(VM *vm) { return va(call_native_callee(vm)->data); }

static JSValue atom_then(VM *vm) { return vm_atom(vm, ATOM_then); }

/* A native closure with data (name "", as the spec's anonymous built-ins). */
static JSValue closure_new(VM *vm, NativeFn fn, int length, JSValue data)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *hd = heap_handle(vm, data);
    JSValue f = fn_new_native(vm, "", fn, length, 0);
    if (f != VAL_EXCEPTION) {
        JSFunction *jf = (JSFunction *)val_obj(f);
        heap_store(&vm->heap, &jf->obj.hdr, &jf->data, *hd);
    }
    heap_scope_close(vm, hs);
    return f;
}

/* A ValArray of n values taken from vals (copied before anything can move
 * them: vals must be rooted, e.g. handles). */
static JSValue record_new(VM *vm, const JSValue *const *vals, uint32_t n)
{
    JSValue r = valarray_new(vm, n);
    if (r == VAL_EXCEPTION) return r;
    ValArray *a = va(r);
    for (uint32_t i = 0; i < n; i++) a->v[i] = *vals[i];
    a->count = n;
    return r;
}

static JSValue promise_alloc(VM *vm, JSValue proto)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *hp = heap_handle(vm, proto);
    JSValue r = valarray_new(vm, P__COUNT);
    JSValue p = VAL_EXCEPTION;
    if (r != VAL_EXCEPTION) {
        ValArray *a = va(r);
        a->v[P_STATE] = val_from_int(PROMISE_PENDING);
        a->v[P_HANDLED] = VAL_FALSE;
        a->v[P_RESOLVED] = VAL_FALSE;
        a->count = P__COUNT;
        JSValue *hr = heap_handle(vm, r);
        p = obj_new_class(vm, *hp, CLS_PROMISE, sizeof(JSWrapper));
        if (p != VAL_EXCEPTION) ((JSWrapper *)val_obj(p))->internal = *hr;   /* initialising store */
    }
    heap_scope_close(vm, hs);
    return p;
}

/* ---- settling (FulfillPromise, RejectPromise, TriggerPromiseReactions) ---- */

static bool settle(VM *vm, JSValue promise, int state, JSValue value)
{
    if (state_of(promise) != PROMISE_PENDING) return true;
    HandleScope hs = heap_scope_open(vm);
    JSValue *hp = heap_handle(vm, promise);
    JSValue *hv = heap_handle(vm, value);
    JSValue *hl = heap_handle(vm, rec_of(promise)->v[P_REACTIONS]);
    rec_set(vm, *hp, P_RESULT, *hv);
    rec_set(vm, *hp, P_REACTIONS, VAL_UNDEFINED);
    rec_set(vm, *hp, P_STATE, val_from_int(state));
    bool ok = true;
    if (state == PROMISE_REJECTED && rec_of(*hp)->v[P_HANDLED] != VAL_TRUE) ok = job_track_rejection(vm, *hp);
    /* job_enqueue never allocates in the GC heap: the list stays put */
    JobKind kind = state == PROMISE_FULFILLED ? JOB_REACTION_FULFILL : JOB_REACTION_REJECT;
    if (ok && val_is_kind(*hl, CELL_VALARRAY))
        for (uint32_t i = 0; ok && i < va(*hl)->count; i++)
            ok = job_enqueue(vm, kind, va(*hl)->v[i], *hv, VAL_UNDEFINED);
    heap_scope_close(vm, hs);
    return ok;
}

static JSValue chaining_cycle_error(VM *vm)
{
    JSValue msg = str_from_cstr(vm, "Chaining cycle detected for promise #<Promise>");
    return msg == VAL_EXCEPTION ? msg : err_new(vm, TypeError, msg);
}

/* The steps of a promise resolve function after its alreadyResolved check.
 * false only when the engine itself failed (OOM), exception pending. */
static bool resolve_promise(VM *vm, JSValue promise, JSValue resolution)
{
    if (resolution == promise) {
        HandleScope hs = heap_scope_open(vm);
        JSValue *hp = heap_handle(vm, promise);
        JSValue e = chaining_cycle_error(vm);
        bool ok = e != VAL_EXCEPTION && settle(vm, *hp, PROMISE_REJECTED, e);
        heap_scope_close(vm, hs);
        return ok;
    }
    if (!val_is_object(resolution)) return settle(vm, promise, PROMISE_FULFILLED, resolution);
    HandleScope hs = heap_scope_open(vm);
    JSValue *hp = heap_handle(vm, promise);
    JSValue *hr = heap_handle(vm, resolution);
    bool ok;
    JSValue then = obj_get(vm, *hr, atom_then(vm));
    if (then == VAL_EXCEPTION) ok = settle(vm, *hp, PROMISE_REJECTED, err_take(vm));
    else if (!rt_is_callable(then)) ok = settle(vm, *hp, PROMISE_FULFILLED, *hr);
    else ok = job_enqueue(vm, JOB_RESOLVE_THENABLE, *hp, *hr, then);
    heap_scope_close(vm, hs);
    return ok;
}

/* ---- resolving functions (CreateResolvingFunctions) ------------------------ */

/* data: ValArray [promise, alreadyResolved] shared by the pair */
static JSValue resolve_function(VM *vm, JSValue *args, int argc, JSValue nt)
{
    ValArray *d = callee_data(vm);
    if (d->v[1] == VAL_TRUE) return VAL_UNDEFINED;
    heap_store(&vm->heap, &d->hdr, &d->v[1], VAL_TRUE);
    return resolve_promise(vm, d->v[0], bi_arg(args, argc, 0)) ? VAL_UNDEFINED : VAL_EXCEPTION;
}

static JSValue reject_function(VM *vm, JSValue *args, int argc, JSValue nt)
{
    ValArray *d = callee_data(vm);
    if (d->v[1] == VAL_TRUE) return VAL_UNDEFINED;
    heap_store(&vm->heap, &d->hdr, &d->v[1], VAL_TRUE);
    return settle(vm, d->v[0], PROMISE_REJECTED, bi_arg(args, argc, 0)) ? VAL_UNDEFINED : VAL_EXCEPTION;
}

/* Fills the handles *res and *rej. */
static bool create_resolving_functions(VM *vm, JSValue promise, JSValue *res, JSValue *rej)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *hp = heap_handle(vm, promise);
    JSValue *already = heap_handle(vm, VAL_FALSE);
    const JSValue *fields[] = { hp, already };
    bool ok = false;
    JSValue d = record_new(vm, fields, 2);
    if (d == VAL_EXCEPTION) goto out;
    JSValue *hd = heap_handle(vm, d);
    JSValue f = closure_new(vm, resolve_function, 1, *hd);
    if (f == VAL_EXCEPTION) goto out;
    *res = f;
    f = closure_new(vm, reject_function, 1, *hd);
    if (f == VAL_EXCEPTION) goto out;
    *rej = f;
    ok = true;
out:
    heap_scope_close(vm, hs);
    return ok;
}

/* ---- capabilities ------------------------------------------------------------- */

/* A PromiseCapability record in three handles of the caller's scope;
 * resolve == undefined marks an internal capability. */
typedef struct Cap {
    JSValue *promise, *resolve, *reject;
} Cap;

static void cap_open(VM *vm, Cap *c)
{
    c->promise = heap_handle(vm, VAL_UNDEFINED);
    c->resolve = heap_handle(vm, VAL_UNDEFINED);
    c->reject = heap_handle(vm, VAL_UNDEFINED);
}

/* GetCapabilitiesExecutor: data ValArray [resolve, reject] */
static JSValue capability_executor(VM *vm, JSValue *args, int argc, JSValue nt)
{
    ValArray *d = callee_data(vm);
    if (d->v[0] != VAL_UNDEFINED || d->v[1] != VAL_UNDEFINED)
        return bi_throw_type(vm, "Promise executor has already been invoked with non-undefined arguments");
    heap_store(&vm->heap, &d->hdr, &d->v[0], bi_arg(args, argc, 0));
    d = callee_data(vm);
    heap_store(&vm->heap, &d->hdr, &d->v[1], bi_arg(args, argc, 1));
    return VAL_UNDEFINED;
}

/* NewPromiseCapability(C); need_fns: the resolving functions may escape. */
static bool new_capability(VM *vm, JSValue ctor, bool need_fns, Cap *cap)
{
    if (!rt_is_constructor(ctor)) {
        char *d = bi_describe(vm, ctor);
        err_throw_type(vm, TypeError, "%s is not a constructor", d ? d : "value");
        free(d);
        return false;
    }
    if (ctor == vm_intrinsic(vm, INTR_Promise)) {
        JSValue p = promise_alloc(vm, vm_intrinsic(vm, INTR_PromisePrototype));
        if (p == VAL_EXCEPTION) return false;
        *cap->promise = p;
        return !need_fns || create_resolving_functions(vm, *cap->promise, cap->resolve, cap->reject);
    }
    HandleScope hs = heap_scope_open(vm);
    JSValue *hc = heap_handle(vm, ctor);
    bool ok = false;
    JSValue d = valarray_new(vm, 2);
    if (d == VAL_EXCEPTION) goto out;
    va(d)->count = 2;
    JSValue *hd = heap_handle(vm, d);
    JSValue ex = closure_new(vm, capability_executor, 2, *hd);
    if (ex == VAL_EXCEPTION) goto out;
    JSValue p = vm_construct(vm, *hc, 1, &ex, *hc);
    if (p == VAL_EXCEPTION) goto out;
    *cap->promise = p;
    if (!rt_is_callable(va(*hd)->v[0]) || !rt_is_callable(va(*hd)->v[1])) {
        bi_throw_type(vm, "Promise resolve or reject function is not callable");
        goto out;
    }
    *cap->resolve = va(*hd)->v[0];
    *cap->reject = va(*hd)->v[1];
    ok = true;
out:
    heap_scope_close(vm, hs);
    return ok;
}

/* Call(capability.[[Resolve]] / [[Reject]], undefined, «v»). */
static bool cap_settle(VM *vm, JSValue promise, JSValue fn, JSValue v, bool reject)
{
    if (val_is_undefined(fn)) {
        if (rec_of(promise)->v[P_RESOLVED] == VAL_TRUE) return true;
        rec_set(vm, promise, P_RESOLVED, VAL_TRUE);
        return reject ? settle(vm, promise, PROMISE_REJECTED, v) : resolve_promise(vm, promise, v);
    }
    return vm_call(vm, fn, VAL_UNDEFINED, 1, &v) != VAL_EXCEPTION;
}

static bool cap_resolve(VM *vm, Cap *c, JSValue v) { return cap_settle(vm, *c->promise, *c->resolve, v, false); }
static bool cap_reject(VM *vm, Cap *c, JSValue v) { return cap_settle(vm, *c->promise, *c->reject, v, true); }

/* IfAbruptRejectPromise: the pending exception rejects the capability. */
static JSValue reject_abrupt(VM *vm, Cap *c)
{
    JSValue reason = err_take(vm);
    if (!cap_reject(vm, c, reason)) return VAL_EXCEPTION;
    return *c->promise;
}

/* ---- PerformPromiseThen ---------------------------------------------------------- */

static bool add_reaction(VM *vm, JSValue *hp, JSValue *hreaction)
{
    JSValue list = bi_list_push(vm, rec_of(*hp)->v[P_REACTIONS], hreaction);
    if (list == VAL_EXCEPTION) return false;
    rec_set(vm, *hp, P_REACTIONS, list);
    return true;
}

/* Returns the capability's promise (undefined for none), VAL_EXCEPTION on OOM. */
static JSValue perform_then(VM *vm, JSValue promise, JSValue on_fulfilled, JSValue on_rejected, Cap *cap)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *hp = heap_handle(vm, promise);
    JSValue *hf = heap_handle(vm, rt_is_callable(on_fulfilled) ? on_fulfilled : VAL_UNDEFINED);
    JSValue *hr = heap_handle(vm, rt_is_callable(on_rejected) ? on_rejected : VAL_UNDEFINED);
    const JSValue *fields[R__COUNT] = { cap->promise, cap->resolve, cap->reject, hf, hr };
    JSValue result = VAL_EXCEPTION;
    JSValue reaction = record_new(vm, fields, R__COUNT);
    if (reaction == VAL_EXCEPTION) goto out;
    JSValue *hreaction = heap_handle(vm, reaction);
    bool ok;
    switch (state_of(*hp)) {
    case PROMISE_PENDING:
        ok = add_reaction(vm, hp, hreaction);
        break;
    case PROMISE_FULFILLED:
        ok = job_enqueue(vm, JOB_REACTION_FULFILL, *hreaction, rec_of(*hp)->v[P_RESULT], VAL_UNDEFINED);
        break;
    default:
        /* HostPromiseRejectionTracker(promise, "handle") is the flag below */
        ok = job_enqueue(vm, JOB_REACTION_REJECT, *hreaction, rec_of(*hp)->v[P_RESULT], VAL_UNDEFINED);
        break;
    }
    if (!ok) goto out;
    rec_set(vm, *hp, P_HANDLED, VAL_TRUE);
    result = *cap->promise;
out:
    heap_scope_close(vm, hs);
    return result;
}

/* ---- jobs (run by jobs.c) ----------------------------------------------------------- */

bool bi_promise_reaction_job(VM *vm, JSValue reaction, JSValue argument, bool rejected)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *hreaction = heap_handle(vm, reaction);
    JSValue *harg = heap_handle(vm, argument);
    JSValue handler = va(*hreaction)->v[rejected ? R_ON_REJECTED : R_ON_FULFILLED];
    bool abrupt = rejected;
    JSValue *hres = heap_handle(vm, *harg);
    if (!val_is_undefined(handler)) {
        JSValue r = vm_call(vm, handler, VAL_UNDEFINED, 1, harg);
        abrupt = r == VAL_EXCEPTION;
        *hres = abrupt ? err_take(vm) : r;
    }
    bool ok = true;
    ValArray *rr = va(*hreaction);
    if (!val_is_undefined(rr->v[R_PROMISE])) {
        Cap c;
        cap_open(vm, &c);
        rr = va(*hreaction);
        *c.promise = rr->v[R_PROMISE];
        *c.resolve = rr->v[R_RESOLVE];
        *c.reject = rr->v[R_REJECT];
        ok = abrupt ? cap_reject(vm, &c, *hres) : cap_resolve(vm, &c, *hres);
    }
    heap_scope_close(vm, hs);
    return ok;
}

bool bi_promise_resolve_thenable_job(VM *vm, JSValue promise, JSValue thenable, JSValue then)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *hp = heap_handle(vm, promise);
    JSValue *hthenable = heap_handle(vm, thenable);
    JSValue *hthen = heap_handle(vm, then);
    JSValue *fns = heap_handle(vm, VAL_UNDEFINED);
    (void)heap_handle(vm, VAL_UNDEFINED);   /* fns[1]: handles are contiguous */
    bool ok = create_resolving_functions(vm, *hp, &fns[0], &fns[1]);
    if (ok && vm_call(vm, *hthen, *hthenable, 2, fns) == VAL_EXCEPTION) {
        JSValue reason = err_take(vm);
        ok = vm_call(vm, fns[1], VAL_UNDEFINED, 1, &reason) != VAL_EXCEPTION;
    }
    heap_scope_close(vm, hs);
    return ok;
}

/* ---- host API ---------------------------------------------------------------------- */

bool bi_promise_is_handled(JSValue promise) { return !is_promise(promise) || rec_of(promise)->v[P_HANDLED] == VAL_TRUE; }
JSValue bi_promise_result(JSValue promise) { return is_promise(promise) ? rec_of(promise)->v[P_RESULT] : VAL_UNDEFINED; }
int bi_promise_state(JSValue promise) { return is_promise(promise) ? state_of(promise) : -1; }

JSValue bi_promise_new(VM *vm) { return promise_alloc(vm, vm_intrinsic(vm, INTR_PromisePrototype)); }

bool bi_promise_settle(VM *vm, JSValue promise, JSValue value, bool reject)
{
    return cap_settle(vm, promise, VAL_UNDEFINED, value, reject);
}

/* ---- the constructor ---------------------------------------------------------------- */

static JSValue throw_described(VM *vm, const char *fmt, JSValue v)
{
    char *d = bi_describe(vm, v);
    JSValue r = err_throw_type(vm, TypeError, fmt, d ? d : "value");
    free(d);
    return r;
}

static JSValue promise_ctor(VM *vm, JSValue *args, int argc, JSValue new_target)
{
    BI_SCOPE;
    if (!val_is_object(new_target))
        BI_RETURN(bi_throw_type(vm, "Promise constructor cannot be invoked without 'new'"));
    if (!rt_is_callable(bi_arg(args, argc, 0)))
        BI_RETURN(throw_described(vm, "Promise resolver %s is not a function", bi_arg(args, argc, 0)));
    JSValue proto = bi_proto_from_ctor(vm, new_target, INTR_PromisePrototype);
    if (proto == VAL_EXCEPTION) BI_RETURN(proto);
    JSValue p = promise_alloc(vm, proto);
    if (p == VAL_EXCEPTION) BI_RETURN(p);
    JSValue *hp = heap_handle(vm, p);
    JSValue *fns = heap_handle(vm, VAL_UNDEFINED);
    (void)heap_handle(vm, VAL_UNDEFINED);
    if (!create_resolving_functions(vm, *hp, &fns[0], &fns[1])) BI_RETURN(VAL_EXCEPTION);
    if (vm_call(vm, args[0], VAL_UNDEFINED, 2, fns) == VAL_EXCEPTION) {
        JSValue reason = err_take(vm);
        if (vm_call(vm, fns[1], VAL_UNDEFINED, 1, &reason) == VAL_EXCEPTION) BI_RETURN(VAL_EXCEPTION);
    }
    BI_RETURN(*hp);
}

/* SpeciesConstructor(o, %Promise%) */
static JSValue species_constructor(VM *vm, JSValue o)
{
    JSValue c = obj_get(vm, o, vm_atom(vm, ATOM_constructor));
    if (c == VAL_EXCEPTION) return c;
    if (val_is_undefined(c)) return vm_intrinsic(vm, INTR_Promise);
    if (!val_is_object(c)) return bi_throw_type(vm, "The .constructor property is not an object");
    JSValue s = obj_get(vm, c, vm_intrinsic(vm, INTR_SymbolSpecies));
    if (s == VAL_EXCEPTION) return s;
    if (val_is_nullish(s)) return vm_intrinsic(vm, INTR_Promise);
    if (rt_is_constructor(s)) return s;
    return bi_throw_type(vm, "object.constructor[Symbol.species] is not a constructor");
}

/* PromiseResolve(C, x) */
static JSValue promise_resolve(VM *vm, JSValue ctor, JSValue x)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *hc = heap_handle(vm, ctor);
    JSValue *hx = heap_handle(vm, x);
    JSValue r = VAL_EXCEPTION;
    if (is_promise(x)) {
        JSValue xc = obj_get(vm, *hx, vm_atom(vm, ATOM_constructor));
        if (xc == VAL_EXCEPTION) goto out;
        if (xc == *hc) {
            r = *hx;
            goto out;
        }
    }
    Cap c;
    cap_open(vm, &c);
    if (new_capability(vm, *hc, false, &c) && cap_resolve(vm, &c, *hx)) r = *c.promise;
out:
    heap_scope_close(vm, hs);
    return r;
}

/* The promise steps of Await and of the async-from-sync iterator's
 * continuation (for generator.c): PromiseResolve(%Promise%, value), then
 * PerformPromiseThen -- with a fresh %Promise% capability whose promise is
 * returned if derived, else with none (undefined is returned). */
JSValue bi_promise_resolve_then(VM *vm, JSValue value, JSValue on_fulfilled, JSValue on_rejected, bool derived)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *hf = heap_handle(vm, on_fulfilled);
    JSValue *hr = heap_handle(vm, on_rejected);
    JSValue r = promise_resolve(vm, vm_intrinsic(vm, INTR_Promise), value);
    if (r != VAL_EXCEPTION) {
        JSValue *hp = heap_handle(vm, r);
        Cap c;
        cap_open(vm, &c);
        if (derived && !new_capability(vm, vm_intrinsic(vm, INTR_Promise), false, &c)) r = VAL_EXCEPTION;
        else r = perform_then(vm, *hp, *hf, *hr, &c);
    }
    heap_scope_close(vm, hs);
    return r;
}

/* Invoke(v, "then", «a, b») */
static JSValue invoke_then(VM *vm, JSValue v, JSValue a, JSValue b)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *hv = heap_handle(vm, v);
    JSValue *argv = heap_handle(vm, a);
    (void)heap_handle(vm, b);
    JSValue r = rt_get(vm, *hv, atom_then(vm));
    if (r != VAL_EXCEPTION) {
        if (!rt_is_callable(r)) r = bi_array_not_callable(vm, r);
        else r = vm_call(vm, r, *hv, 2, argv);
    }
    heap_scope_close(vm, hs);
    return r;
}

/* ---- Promise.prototype ------------------------------------------------------------------ */

static JSValue promise_then(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    if (!is_promise(args[-1]))
        BI_RETURN(throw_described(vm, "Method Promise.prototype.then called on incompatible receiver %s", args[-1]));
    JSValue c = species_constructor(vm, args[-1]);
    if (c == VAL_EXCEPTION) BI_RETURN(c);
    Cap cap;
    cap_open(vm, &cap);
    if (!new_capability(vm, c, false, &cap)) BI_RETURN(VAL_EXCEPTION);
    BI_RETURN(perform_then(vm, args[-1], bi_arg(args, argc, 0), bi_arg(args, argc, 1), &cap));
}

static JSValue promise_catch(VM *vm, JSValue *args, int argc, JSValue nt)
{
    return invoke_then(vm, args[-1], VAL_UNDEFINED, bi_arg(args, argc, 0));
}

/* finally's helpers.  thenFinally / catchFinally: data [onFinally, C];
 * the value thunk returns its data; the thrower throws it. */
static JSValue value_thunk(VM *vm, JSValue *args, int argc, JSValue nt) { return call_native_callee(vm)->data; }
static JSValue thrower(VM *vm, JSValue *args, int argc, JSValue nt) { return err_throw_value(vm, call_native_callee(vm)->data); }

static JSValue finally_step(VM *vm, JSValue *args, int argc, bool is_catch)
{
    BI_SCOPE;
    ValArray *d = callee_data(vm);
    JSValue *hc = heap_handle(vm, d->v[1]);
    JSValue result = vm_call(vm, d->v[0], VAL_UNDEFINED, 0, NULL);
    if (result == VAL_EXCEPTION) BI_RETURN(result);
    JSValue p = promise_resolve(vm, *hc, result);
    if (p == VAL_EXCEPTION) BI_RETURN(p);
    JSValue *hp = heap_handle(vm, p);
    JSValue f = closure_new(vm, is_catch ? thrower : value_thunk, 0, bi_arg(args, argc, 0));
    if (f == VAL_EXCEPTION) BI_RETURN(f);
    BI_RETURN(invoke_then(vm, *hp, f, VAL_UNDEFINED));
}

static JSValue then_finally(VM *vm, JSValue *args, int argc, JSValue nt) { return finally_step(vm, args, argc, false); }
static JSValue catch_finally(VM *vm, JSValue *args, int argc, JSValue nt) { return finally_step(vm, args, argc, true); }

static JSValue promise_finally(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    if (!val_is_object(args[-1]))
        BI_RETURN(throw_described(vm, "Method Promise.prototype.finally called on incompatible receiver %s", args[-1]));
    JSValue c = species_constructor(vm, args[-1]);
    if (c == VAL_EXCEPTION) BI_RETURN(c);
    JSValue *hc = heap_handle(vm, c);
    if (!rt_is_callable(bi_arg(args, argc, 0)))
        BI_RETURN(invoke_then(vm, args[-1], bi_arg(args, argc, 0), bi_arg(args, argc, 0)));
    JSValue *on_finally = heap_handle(vm, args[0]);
    const JSValue *fields[] = { on_finally, hc };
    JSValue d = record_new(vm, fields, 2);
    if (d == VAL_EXCEPTION) BI_RETURN(d);
    JSValue *hd = heap_handle(vm, d);
    JSValue tf = closure_new(vm, then_finally, 1, *hd);
    if (tf == VAL_EXCEPTION) BI_RETURN(tf);
    JSValue *htf = heap_handle(vm, tf);
    JSValue cf = closure_new(vm, catch_finally, 1, *hd);
    if (cf == VAL_EXCEPTION) BI_RETURN(cf);
    BI_RETURN(invoke_then(vm, args[-1], *htf, cf));
}

/* ---- Promise.resolve / reject / withResolvers --------------------------------------------- */

static JSValue promise_static_resolve(VM *vm, JSValue *args, int argc, JSValue nt)
{
    if (!val_is_object(args[-1])) return bi_throw_type(vm, "PromiseResolve called on non-object");
    return promise_resolve(vm, args[-1], bi_arg(args, argc, 0));
}

static JSValue promise_static_reject(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    Cap c;
    cap_open(vm, &c);
    if (!new_capability(vm, args[-1], false, &c) || !cap_reject(vm, &c, bi_arg(args, argc, 0)))
        BI_RETURN(VAL_EXCEPTION);
    BI_RETURN(*c.promise);
}

static JSValue promise_with_resolvers(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    Cap c;
    cap_open(vm, &c);
    if (!new_capability(vm, args[-1], true, &c)) BI_RETURN(VAL_EXCEPTION);
    JSValue o = obj_new(vm, vm_intrinsic(vm, INTR_ObjectPrototype));
    if (o == VAL_EXCEPTION) BI_RETURN(o);
    JSValue *ho = heap_handle(vm, o);
    if (realm_def_value(vm, *ho, "promise", *c.promise, PROP_DEFAULT) < 0 ||
        obj_define_value(vm, *ho, vm_atom(vm, ATOM_resolve), *c.resolve, PROP_DEFAULT) < 0 ||
        realm_def_value(vm, *ho, "reject", *c.reject, PROP_DEFAULT) < 0)
        BI_RETURN(VAL_EXCEPTION);
    BI_RETURN(*ho);
}

/* Promise.try(callbackfn, ...args): the callback runs now, its result or
 * throw settles a new promise of C (callbackfn is not checked: Call's
 * TypeError rejects the promise). */
static JSValue promise_try(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    if (!val_is_object(args[-1])) BI_RETURN(bi_throw_type(vm, "Promise.try called on non-object"));
    Cap c;
    cap_open(vm, &c);
    if (!new_capability(vm, args[-1], false, &c)) BI_RETURN(VAL_EXCEPTION);
    JSValue r = vm_call(vm, bi_arg(args, argc, 0), VAL_UNDEFINED, argc > 1 ? argc - 1 : 0, args + 1);
    bool ok = r == VAL_EXCEPTION ? cap_reject(vm, &c, err_take(vm)) : cap_resolve(vm, &c, r);
    if (!ok) BI_RETURN(VAL_EXCEPTION);
    BI_RETURN(*c.promise);
}

/* ---- combinators: all, allSettled, any, race -------------------------------------------------
 *
 * Shared state of one call, a ValArray:
 *   [S_VALUES] ValArray list (count used): values / errors by index
 *   [S_REMAINING] remainingElementsCount
 *   [S_PROMISE, S_RESOLVE, S_REJECT] the result capability
 * Each element function has data [state, index, alreadyCalled]; the two
 * functions of an allSettled element share theirs (one alreadyCalled). */

typedef enum { COMB_ALL, COMB_ALL_SETTLED, COMB_ANY, COMB_RACE } CombKind;
enum { S_VALUES, S_REMAINING, S_PROMISE, S_RESOLVE, S_REJECT, S__COUNT };
enum { E_STATE, E_INDEX, E_CALLED, E__COUNT };

static ValArray *state_of_call(JSValue s) { return va(s); }

/* CreateArrayFromList(list[0 .. count)) */
static JSValue list_to_array(VM *vm, JSValue *hlist)
{
    uint32_t n = va(*hlist)->count;
    JSValue a = arr_new(vm, n);
    if (a == VAL_EXCEPTION || n == 0) return a;
    ValArray *el = val_obj(a)->elements, *l = va(*hlist);
    for (uint32_t i = 0; i < n; i++) heap_store(&vm->heap, &el->hdr, &el->v[i], l->v[i]);
    return a;
}

/* The all-settled result object { status, value | reason }. */
static JSValue settled_record(VM *vm, JSValue x, bool rejected)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *hx = heap_handle(vm, x);
    JSValue r = obj_new(vm, vm_intrinsic(vm, INTR_ObjectPrototype));
    if (r != VAL_EXCEPTION) {
        JSValue *hr = heap_handle(vm, r);
        JSValue status = str_from_cstr(vm, rejected ? "rejected" : "fulfilled");
        if (status == VAL_EXCEPTION || realm_def_value(vm, *hr, "status", status, PROP_DEFAULT) < 0 ||
            realm_def_value(vm, *hr, rejected ? "reason" : "value", *hx, PROP_DEFAULT) < 0)
            r = VAL_EXCEPTION;
        else
            r = *hr;
    }
    heap_scope_close(vm, hs);
    return r;
}

/* AggregateError("All promises were rejected") with errors = the list. */
static JSValue aggregate_error(VM *vm, JSValue *hlist)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue r = VAL_EXCEPTION;
    JSValue msg = str_from_cstr(vm, "All promises were rejected");
    if (msg == VAL_EXCEPTION) goto out;
    JSValue e = err_new(vm, AggregateError, msg);
    if (e == VAL_EXCEPTION) goto out;
    JSValue *he = heap_handle(vm, e);
    JSValue errors = list_to_array(vm, hlist);
    if (errors == VAL_EXCEPTION || realm_def_value(vm, *he, "errors", errors, PROP_HIDDEN) < 0) goto out;
    r = *he;
out:
    heap_scope_close(vm, hs);
    return r;
}

/* remainingElementsCount -= 1; at zero, settle the result capability. */
static JSValue element_done(VM *vm, JSValue *hstate, CombKind kind)
{
    ValArray *s = state_of_call(*hstate);
    double remaining = val_to_number(s->v[S_REMAINING]) - 1;
    heap_store(&vm->heap, &s->hdr, &s->v[S_REMAINING], val_number(remaining));
    if (remaining != 0) return VAL_UNDEFINED;
    HandleScope hs = heap_scope_open(vm);
    JSValue *hlist = heap_handle(vm, s->v[S_VALUES]);
    JSValue result = kind == COMB_ANY ? aggregate_error(vm, hlist) : list_to_array(vm, hlist);
    JSValue r = VAL_EXCEPTION;
    if (result != VAL_EXCEPTION) {
        s = state_of_call(*hstate);
        JSValue fn = s->v[kind == COMB_ANY ? S_REJECT : S_RESOLVE];
        r = vm_call(vm, fn, VAL_UNDEFINED, 1, &result);
    }
    heap_scope_close(vm, hs);
    return r == VAL_EXCEPTION ? r : VAL_UNDEFINED;
}

/* The element functions; magic = how the argument is recorded. */
enum { ELEM_ALL, ELEM_SETTLED_FULFILLED, ELEM_SETTLED_REJECTED, ELEM_ANY };

static JSValue element_function(VM *vm, JSValue *args, int argc, JSValue nt)
{
    JSFunction *self = call_native_callee(vm);
    int which = self->magic;
    ValArray *d = va(self->data);
    if (d->v[E_CALLED] == VAL_TRUE) return VAL_UNDEFINED;
    heap_store(&vm->heap, &d->hdr, &d->v[E_CALLED], VAL_TRUE);
    BI_SCOPE;
    JSValue *hstate = heap_handle(vm, d->v[E_STATE]);
    uint32_t index = (uint32_t)val_to_number(d->v[E_INDEX]);
    JSValue x = bi_arg(args, argc, 0);
    if (which == ELEM_SETTLED_FULFILLED || which == ELEM_SETTLED_REJECTED) {
        x = settled_record(vm, x, which == ELEM_SETTLED_REJECTED);
        if (x == VAL_EXCEPTION) BI_RETURN(x);
    }
    ValArray *l = va(state_of_call(*hstate)->v[S_VALUES]);
    heap_store(&vm->heap, &l->hdr, &l->v[index], x);
    BI_RETURN(element_done(vm, hstate, which == ELEM_ANY ? COMB_ANY : COMB_ALL));
}

static JSValue element_new(VM *vm, int which, JSValue data)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *hd = heap_handle(vm, data);
    JSValue f = fn_new_native(vm, "", element_function, 1, which);
    if (f != VAL_EXCEPTION) {
        JSFunction *jf = (JSFunction *)val_obj(f);
        heap_store(&vm->heap, &jf->obj.hdr, &jf->data, *hd);
    }
    heap_scope_close(vm, hs);
    return f;
}

/* Append undefined to the state's list (its slot for the next element). */
static bool list_append_slot(VM *vm, JSValue *hstate)
{
    JSValue list = state_of_call(*hstate)->v[S_VALUES];
    if (va(list)->count == va(list)->capacity) {
        if (va(list)->capacity >= 0x7fffffffu) {
            err_throw_type(vm, RangeError, "Too many elements passed to a Promise combinator");
            return false;
        }
        list = valarray_grow(vm, list, va(list)->capacity * 2);
        if (list == VAL_EXCEPTION) return false;
        ValArray *s = state_of_call(*hstate);
        heap_store(&vm->heap, &s->hdr, &s->v[S_VALUES], list);
    }
    va(list)->count++;
    return true;
}

/* PerformPromiseAll / AllSettled / Any / Race.  *iter_done is set when the
 * iterator itself failed or finished (then it must not be closed). */
static bool perform_combinator(VM *vm, CombKind kind, JSValue *hiter, JSValue *hnext, JSValue *hctor, Cap *cap,
                               JSValue *hresolve_fn, bool *iter_done)
{
    HandleScope hs = heap_scope_open(vm);
    bool ok = false;
    JSValue *hstate = heap_handle(vm, VAL_UNDEFINED);
    if (kind != COMB_RACE) {
        JSValue list = valarray_new(vm, 8);
        if (list == VAL_EXCEPTION) goto out;
        JSValue *hlist = heap_handle(vm, list);
        JSValue *hremaining = heap_handle(vm, val_from_int(1));
        const JSValue *fields[S__COUNT] = { hlist, hremaining, cap->promise, cap->resolve, cap->reject };
        JSValue st = record_new(vm, fields, S__COUNT);
        if (st == VAL_EXCEPTION) goto out;
        *hstate = st;
    }
    HandleScope iter_mark = heap_scope_open(vm);
    for (double index = 0;; index++) {
        heap_scope_close(vm, iter_mark);
        bool done = false;
        JSValue item = rt_iterator_step(vm, *hiter, *hnext, &done);
        if (item == VAL_EXCEPTION || done) {
            *iter_done = true;
            if (item == VAL_EXCEPTION) goto out;
            if (kind != COMB_RACE && element_done(vm, hstate, kind) == VAL_EXCEPTION) goto out;
            break;
        }
        JSValue *hitem = heap_handle(vm, item);
        if (kind != COMB_RACE && !list_append_slot(vm, hstate)) goto out;
        JSValue next_promise = vm_call(vm, *hresolve_fn, *hctor, 1, hitem);
        if (next_promise == VAL_EXCEPTION) goto out;
        JSValue *hnp = heap_handle(vm, next_promise);
        JSValue *on_ful = heap_handle(vm, *cap->resolve);
        JSValue *on_rej = heap_handle(vm, *cap->reject);
        if (kind != COMB_RACE) {
            JSValue *hindex = heap_handle(vm, val_number(index));
            JSValue *hcalled = heap_handle(vm, VAL_FALSE);
            const JSValue *fields[E__COUNT] = { hstate, hindex, hcalled };
            JSValue d = record_new(vm, fields, E__COUNT);
            if (d == VAL_EXCEPTION) goto out;
            JSValue *hd = heap_handle(vm, d);
            JSValue f;
            switch (kind) {
            case COMB_ALL:
                if ((f = element_new(vm, ELEM_ALL, *hd)) == VAL_EXCEPTION) goto out;
                *on_ful = f;
                break;
            case COMB_ALL_SETTLED:
                if ((f = element_new(vm, ELEM_SETTLED_FULFILLED, *hd)) == VAL_EXCEPTION) goto out;
                *on_ful = f;
                if ((f = element_new(vm, ELEM_SETTLED_REJECTED, *hd)) == VAL_EXCEPTION) goto out;
                *on_rej = f;
                break;
            case COMB_ANY:
                if ((f = element_new(vm, ELEM_ANY, *hd)) == VAL_EXCEPTION) goto out;
                *on_rej = f;
                break;
            case COMB_RACE:
                break;
            }
            ValArray *s = state_of_call(*hstate);
            heap_store(&vm->heap, &s->hdr, &s->v[S_REMAINING], val_number(val_to_number(s->v[S_REMAINING]) + 1));
        }
        if (invoke_then(vm, *hnp, *on_ful, *on_rej) == VAL_EXCEPTION) goto out;
    }
    ok = true;
out:
    heap_scope_close(vm, hs);
    return ok;
}

static JSValue promise_combinator(VM *vm, JSValue *args, int argc, JSValue nt)
{
    CombKind kind = (CombKind)call_native_callee(vm)->magic;
    BI_SCOPE;
    JSValue *hctor = heap_handle(vm, args[-1]);
    Cap cap;
    cap_open(vm, &cap);
    if (!new_capability(vm, *hctor, true, &cap)) BI_RETURN(VAL_EXCEPTION);
    /* GetPromiseResolve(C) */
    JSValue resolve_fn = obj_get(vm, *hctor, vm_atom(vm, ATOM_resolve));
    if (resolve_fn == VAL_EXCEPTION) BI_RETURN(reject_abrupt(vm, &cap));
    if (!rt_is_callable(resolve_fn)) {
        throw_described(vm, "Promise resolve %s is not a function", resolve_fn);
        BI_RETURN(reject_abrupt(vm, &cap));
    }
    JSValue *hresolve_fn = heap_handle(vm, resolve_fn);
    JSValue iter = rt_get_iterator(vm, bi_arg(args, argc, 0));
    if (iter == VAL_EXCEPTION) BI_RETURN(reject_abrupt(vm, &cap));
    JSValue *hiter = heap_handle(vm, iter);
    JSValue next = obj_get(vm, *hiter, vm_atom(vm, ATOM_next));
    if (next == VAL_EXCEPTION) BI_RETURN(reject_abrupt(vm, &cap));
    JSValue *hnext = heap_handle(vm, next);
    bool iter_done = false;
    if (!perform_combinator(vm, kind, hiter, hnext, hctor, &cap, hresolve_fn, &iter_done)) {
        if (!iter_done) {
            JSValue exc = err_take(vm);
            JSValue *hexc = heap_handle(vm, exc);
            rt_iterator_close_quiet(vm, *hiter);
            err_throw_value(vm, *hexc);
        }
        BI_RETURN(reject_abrupt(vm, &cap));
    }
    BI_RETURN(*cap.promise);
}

/* ---- installation -------------------------------------------------------------------------- */

static JSValue species_getter(VM *vm, JSValue *args, int argc, JSValue nt) { return args[-1]; }

bool bi_promise_init(VM *vm)
{
    HandleScope hs = heap_scope_open(vm);
    bool ok = false;
    JSValue proto = obj_new(vm, vm_intrinsic(vm, INTR_ObjectPrototype));
    if (proto == VAL_EXCEPTION) goto out;
    JSValue *hproto = heap_handle(vm, proto);
    vm->intrinsics[INTR_PromisePrototype] = *hproto;
    JSValue ctor = realm_def_class(vm, "Promise", promise_ctor, 1, *hproto);
    if (ctor == VAL_EXCEPTION) goto out;
    JSValue *hctor = heap_handle(vm, ctor);
    vm->intrinsics[INTR_Promise] = *hctor;

    static const struct {
        const char *name;
        NativeFn fn;
        int length;
    } methods[] = {
        { "then", promise_then, 2 },
        { "catch", promise_catch, 1 },
        { "finally", promise_finally, 1 },
    };
    for (size_t i = 0; i < sizeof methods / sizeof methods[0]; i++)
        if (realm_def_method(vm, *hproto, methods[i].name, methods[i].fn, methods[i].length, 0) < 0) goto out;
    JSValue tag = str_from_cstr(vm, "Promise");
    if (tag == VAL_EXCEPTION ||
        obj_define_value(vm, *hproto, vm_intrinsic(vm, INTR_SymbolToStringTag), tag, PROP_CONFIGURABLE) < 0)
        goto out;

    static const struct {
        const char *name;
        CombKind kind;
    } combinators[] = {
        { "all", COMB_ALL }, { "allSettled", COMB_ALL_SETTLED }, { "any", COMB_ANY }, { "race", COMB_RACE },
    };
    for (size_t i = 0; i < sizeof combinators / sizeof combinators[0]; i++)
        if (realm_def_method(vm, *hctor, combinators[i].name, promise_combinator, 1, (int)combinators[i].kind) < 0)
            goto out;
    if (realm_def_method(vm, *hctor, "resolve", promise_static_resolve, 1, 0) < 0 ||
        realm_def_method(vm, *hctor, "reject", promise_static_reject, 1, 0) < 0 ||
        realm_def_method(vm, *hctor, "withResolvers", promise_with_resolvers, 0, 0) < 0 ||
        realm_def_method(vm, *hctor, "try", promise_try, 1, 0) < 0)
        goto out;
    JSValue sg = fn_new_native(vm, "get [Symbol.species]", species_getter, 0, 0);
    if (sg == VAL_EXCEPTION ||
        obj_define_accessor(vm, *hctor, vm_intrinsic(vm, INTR_SymbolSpecies), sg, VAL_UNDEFINED, PROP_CONFIGURABLE) < 0)
        goto out;
    ok = true;
out:
    heap_scope_close(vm, hs);
    return ok;
}
