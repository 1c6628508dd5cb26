/*
 * generator.c -- generators, async functions and async generators
 * (ECMA-262 27.3 - 27.7, prefix bi_generator_; see generator.h for how a
 * generator's frame is suspended and resumed, docs/generators.md for the
 * bytecode).
 *
 * The record (the generator object's internal ValArray):
 *   [G_STATE]      GenState (int)
 *   [G_KIND]       GenKind (int)
 *   [G_PC]         bytecode offset where the frame resumes (int)
 *   [G_CALLEE]     the generator function (its proto is the code)
 *   [G_ENV]        the frame's environment when it suspended
 *   [G_ARGC]       the frame's actual argument count (int)
 *   [G_REG]        g: the register holding the generator object (int)
 *   [G_NREGS]      registers saved below (int): the proto's nregs plus the
 *                  extra arguments call_push kept above them
 *   [G_PROMISE]    async function: its promise
 *   [G_ON_FULFILLED], [G_ON_REJECTED]  the Await reactions' functions,
 *                  made at the first await and reused (user code never
 *                  sees them, so sharing them is not observable)
 *   [G_QUEUE]      async generator: the request queue, a ValArray list
 *                  (count used) of records [mode, value, promise]
 *   [G__COUNT ...] the saved registers
 *
 * Async generators follow the 2023 text (AsyncGeneratorEnqueue /
 * Resume / CompleteStep / DrainQueue / AwaitReturn); every request has an
 * internal %Promise% capability, as no resolving function escapes.
 *
 * GC: the record is reached only through the object; values kept across
 * allocations sit in handles; natives read their generator back from
 * JSFunction.data after anything that may allocate.
 */
#include "bi_internal.h"
#include "call.h"
#include "generator.h"

enum {
    G_STATE, G_KIND, G_PC, G_CALLEE, G_ENV, G_ARGC, G_REG, G_NREGS, G_PROMISE, G_ON_FULFILLED, G_ON_REJECTED,
    G_QUEUE, G__COUNT
};
enum { Q_MODE, Q_VALUE, Q_PROMISE, Q__COUNT };

static ValArray *va(JSValue v) { return (ValArray *)val_cell(v); }

static bool is_gen(JSValue v)
{
    return obj_is_class(v, CLS_GENERATOR) && cell_size(val_cell(v)) >= sizeof(JSWrapper) &&
           val_is_kind(((JSWrapper *)val_obj(v))->internal, CELL_VALARRAY);
}

static ValArray *rec_of(JSValue g) { return va(((JSWrapper *)val_obj(g))->internal); }
static int rec_int(JSValue g, int f) { return val_int(rec_of(g)->v[f]); }
static GenKind kind_of(JSValue g) { return (GenKind)rec_int(g, G_KIND); }
static GenState state_of(JSValue g) { return (GenState)rec_int(g, G_STATE); }

static void rec_set(VM *vm, JSValue g, int f, JSValue v)
{
    ValArray *r = rec_of(g);
    heap_store(&vm->heap, &r->hdr, &r->v[f], v);
}

static void set_state(VM *vm, JSValue g, GenState s) { rec_set(vm, g, G_STATE, val_from_int((int32_t)s)); }

/* The generator is done for good: drop what its frame held. */
static void release(VM *vm, JSValue g)
{
    set_state(vm, g, GEN_COMPLETED);
    ValArray *r = rec_of(g);
    uint32_t n = (uint32_t)val_int(r->v[G_NREGS]);
    for (uint32_t i = 0; i < n; i++) heap_store(&vm->heap, &r->hdr, &r->v[G__COUNT + i], VAL_UNDEFINED);
    heap_store(&vm->heap, &r->hdr, &r->v[G_ENV], VAL_UNDEFINED);
}

/* A native closure over data (anonymous, as the spec's built-in closures). */
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

static JSValue callee_data(VM *vm) { return call_native_callee(vm)->data; }

/* "Method [Generator].prototype.next called on incompatible receiver x" */
static JSValue throw_receiver(VM *vm, const char *cls, const char *method, JSValue v)
{
    char *d = bi_describe(vm, v);
    JSValue r = err_throw_type(vm, TypeError, "Method [%s].prototype.%s called on incompatible receiver %s", cls,
                               method, d ? d : "value");
    free(d);
    return r;
}

/* ---- the frame ------------------------------------------------------------- */

JSValue bi_generator_start(VM *vm, Frame *fr, uint32_t reg, GenKind kind)
{
    FunctionProto *fp = fr->proto;
    uint32_t n = fp->nregs;
    if (fr->argc > fp->nparams && (fp->flags & (FP_USES_ARGUMENTS | FP_HAS_REST))) n += fr->argc - fp->nparams;
    HandleScope hs = heap_scope_open(vm);
    JSValue result = VAL_EXCEPTION;
    JSValue *hproto = heap_handle(vm, VAL_NULL);   /* an async function's record object is never seen */
    if (kind != GEN_KIND_ASYNC) {
        /* OrdinaryCreateFromConstructor(F, "%GeneratorFunction.prototype.prototype%") */
        JSValue p = obj_get(vm, fr->callee, vm_atom(vm, ATOM_prototype));
        if (p == VAL_EXCEPTION) goto out;
        *hproto = val_is_object(p) ? p
                : vm_intrinsic(vm, kind == GEN_KIND_GENERATOR ? INTR_GeneratorPrototype : INTR_AsyncGeneratorPrototype);
    }
    JSValue rec = valarray_new(vm, G__COUNT + n);
    if (rec == VAL_EXCEPTION) goto out;
    JSValue *hrec = heap_handle(vm, rec);
    if (kind == GEN_KIND_ASYNC) {
        JSValue p = bi_promise_new(vm);
        if (p == VAL_EXCEPTION) goto out;
        ValArray *r = va(*hrec);
        heap_store(&vm->heap, &r->hdr, &r->v[G_PROMISE], p);
    }
    JSValue g = obj_new_class(vm, *hproto, CLS_GENERATOR, sizeof(JSWrapper));
    if (g == VAL_EXCEPTION) goto out;
    ((JSWrapper *)val_obj(g))->internal = *hrec;   /* initialising store */
    va(*hrec)->count = G__COUNT + n;
    rec_set(vm, g, G_STATE, val_from_int(kind == GEN_KIND_ASYNC ? GEN_EXECUTING : GEN_SUSPENDED_START));
    rec_set(vm, g, G_KIND, val_from_int(kind));
    rec_set(vm, g, G_PC, val_from_int(0));
    rec_set(vm, g, G_CALLEE, fr->callee);
    rec_set(vm, g, G_ARGC, val_from_int((int32_t)fr->argc));
    rec_set(vm, g, G_REG, val_from_int((int32_t)reg));
    rec_set(vm, g, G_NREGS, val_from_int((int32_t)n));
    result = g;
out:
    heap_scope_close(vm, hs);
    return result;
}

void bi_generator_suspend(VM *vm, Frame *fr, JSValue gen, const uint8_t *resume_pc, int state)
{
    ValArray *r = rec_of(gen);
    uint32_t n = (uint32_t)val_int(r->v[G_NREGS]);
    heap_store_range(&vm->heap, &r->hdr, &r->v[G__COUNT], fr->regs, n);
    heap_store(&vm->heap, &r->hdr, &r->v[G_ENV], fr->env);
    heap_store(&vm->heap, &r->hdr, &r->v[G_PC], val_from_int((int32_t)(resume_pc - fr->proto->code)));
    if (state >= 0) heap_store(&vm->heap, &r->hdr, &r->v[G_STATE], val_from_int(state));
}

/* Push gen's frame at the stack top with (value, mode) in R(g+1), R(g+2),
 * returning into the caller's register ret_reg; false with RangeError
 * pending when there is no room (the state is then unchanged). */
static bool push_frame(VM *vm, JSValue gen, JSValue value, GenMode mode, uint16_t ret_reg, uint16_t flags)
{
    ValArray *r = rec_of(gen);
    JSValue callee = r->v[G_CALLEE];
    FunctionProto *fp = ((JSFunction *)val_obj(callee))->fp;
    uint32_t n = (uint32_t)val_int(r->v[G_NREGS]), g = (uint32_t)val_int(r->v[G_REG]);
    JSValue *regs = vm->stack_top;
    if (regs + n > vm->stack_end || vm->frame_count >= vm->frame_cap) {
        call_throw_overflow(vm);
        return false;
    }
    /* nothing allocates from here until the frame covers its registers */
    memcpy(regs, &r->v[G__COUNT], n * sizeof(JSValue));
    regs[g + 1] = value;
    regs[g + 2] = val_from_int(mode);
    heap_store(&vm->heap, &r->hdr, &r->v[G_STATE], val_from_int(GEN_EXECUTING));
    Frame *fr = &vm->frames[vm->frame_count++];
    fr->proto = fp;
    fr->regs = regs;
    fr->pc = fp->code + val_int(r->v[G_PC]);
    fr->callee = callee;
    fr->env = r->v[G_ENV];
    fr->new_target = VAL_UNDEFINED;
    fr->argc = (uint32_t)val_int(r->v[G_ARGC]);
    fr->ret_reg = ret_reg;
    fr->flags = flags;
    fr->top = regs + n;
    vm->stack_top = fr->top;
    return true;
}

/* Resume gen's frame from C: it runs (FRAME_ENTRY) until the body
 * suspends or completes; returns what the frame returned (VAL_EXCEPTION
 * when it threw, or when there was no room for it). */
static JSValue resume(VM *vm, JSValue gen, JSValue value, GenMode mode)
{
    if (!vm_native_room(vm)) return call_throw_overflow(vm);
    JSValue *saved_top = vm->stack_top;
    if (!push_frame(vm, gen, value, mode, 0, FRAME_ENTRY)) return VAL_EXCEPTION;
    vm->native_depth++;
    JSValue res = call_execute(vm);
    vm->native_depth--;
    vm->stack_top = saved_top;
    return res;
}

/* ---- %GeneratorPrototype% -------------------------------------------------- */

static JSValue generator_method(VM *vm, JSValue *args, int argc, GenMode mode, const char *name)
{
    JSValue g = args[-1];
    if (!is_gen(g) || kind_of(g) != GEN_KIND_GENERATOR) return throw_receiver(vm, "Generator", name, g);
    GenState st = state_of(g);
    if (st == GEN_EXECUTING) return bi_throw_type(vm, "Generator is already running");
    if (st == GEN_SUSPENDED_START && mode != GEN_MODE_NEXT) {
        release(vm, args[-1]);
        st = GEN_COMPLETED;
    }
    if (st == GEN_COMPLETED) {
        if (mode == GEN_MODE_THROW) return err_throw_value(vm, bi_arg(args, argc, 0));
        return bi_generator_iter_result(vm, mode == GEN_MODE_RETURN ? bi_arg(args, argc, 0) : VAL_UNDEFINED, true);
    }
    JSValue r = resume(vm, g, bi_arg(args, argc, 0), mode);
    /* an interrupt unwinds without running the catch-all handler */
    if (r == VAL_EXCEPTION && state_of(args[-1]) == GEN_EXECUTING) release(vm, args[-1]);
    return r;
}

static JSValue generator_next(VM *vm, JSValue *args, int argc, JSValue nt)
{
    return generator_method(vm, args, argc, GEN_MODE_NEXT, "next");
}
static JSValue generator_return(VM *vm, JSValue *args, int argc, JSValue nt)
{
    return generator_method(vm, args, argc, GEN_MODE_RETURN, "return");
}
static JSValue generator_throw(VM *vm, JSValue *args, int argc, JSValue nt)
{
    return generator_method(vm, args, argc, GEN_MODE_THROW, "throw");
}

/* For YIELD_STAR: the resumption method() of a generator would make, done
 * by pushing its frame for the running interpreter loop instead. */
int bi_generator_resume_inline(VM *vm, JSValue method, JSValue receiver, JSValue value, uint16_t ret_reg)
{
    if (!val_is_function(method) || !is_gen(receiver) || kind_of(receiver) != GEN_KIND_GENERATOR) return 0;
    NativeFn f = ((JSFunction *)val_obj(method))->native;
    GenMode mode;
    if (f == generator_next) mode = GEN_MODE_NEXT;
    else if (f == generator_return) mode = GEN_MODE_RETURN;
    else if (f == generator_throw) mode = GEN_MODE_THROW;
    else return 0;
    GenState st = state_of(receiver);
    if (!(st == GEN_SUSPENDED_YIELD || (st == GEN_SUSPENDED_START && mode == GEN_MODE_NEXT))) return 0;
    return push_frame(vm, receiver, value, mode, ret_reg, 0) ? 1 : -1;
}

/* ---- async generators: the request queue ----------------------------------- */

static uint32_t queue_len(JSValue g)
{
    JSValue q = rec_of(g)->v[G_QUEUE];
    return val_is_kind(q, CELL_VALARRAY) ? va(q)->count : 0;
}

static ValArray *queue_front(JSValue g) { return va(va(rec_of(g)->v[G_QUEUE])->v[0]); }

/* AsyncGeneratorEnqueue */
static bool enqueue(VM *vm, JSValue *hg, GenMode mode, JSValue value, JSValue promise)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *hv = heap_handle(vm, value), *hp = heap_handle(vm, promise);
    bool ok = false;
    JSValue req = valarray_new(vm, Q__COUNT);
    if (req == VAL_EXCEPTION) goto out;
    va(req)->count = Q__COUNT;
    va(req)->v[Q_MODE] = val_from_int(mode);
    va(req)->v[Q_VALUE] = *hv;
    va(req)->v[Q_PROMISE] = *hp;
    JSValue *hreq = heap_handle(vm, req);
    JSValue q = bi_list_push(vm, rec_of(*hg)->v[G_QUEUE], hreq);
    if (q == VAL_EXCEPTION) goto out;
    rec_set(vm, *hg, G_QUEUE, q);
    ok = true;
out:
    heap_scope_close(vm, hs);
    return ok;
}

/* AsyncGeneratorCompleteStep: remove the first request and settle its
 * promise with the completion (mode THROW: rejected with value; else
 * fulfilled with { value, done }). */
static bool complete_step(VM *vm, JSValue g, GenMode mode, JSValue value, bool done)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *hv = heap_handle(vm, value);
    ValArray *l = va(rec_of(g)->v[G_QUEUE]);
    JSValue *hp = heap_handle(vm, va(l->v[0])->v[Q_PROMISE]);
    heap_store_range(&vm->heap, &l->hdr, &l->v[0], &l->v[1], l->count - 1);
    l->count--;
    heap_store(&vm->heap, &l->hdr, &l->v[l->count], VAL_UNDEFINED);
    bool ok;
    if (mode == GEN_MODE_THROW) {
        ok = bi_promise_settle(vm, *hp, *hv, true);
    } else {
        JSValue r = bi_generator_iter_result(vm, *hv, done);
        ok = r != VAL_EXCEPTION && bi_promise_settle(vm, *hp, r, false);
    }
    heap_scope_close(vm, hs);
    return ok;
}

static bool drain_queue(VM *vm, JSValue g);

/* AsyncGeneratorAwaitReturn's closures: data = the generator */
static JSValue await_return_settled(VM *vm, JSValue v, GenMode mode)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *hg = heap_handle(vm, callee_data(vm));
    set_state(vm, *hg, GEN_COMPLETED);
    bool ok = complete_step(vm, *hg, mode, v, true) && drain_queue(vm, *hg);
    heap_scope_close(vm, hs);
    return ok ? VAL_UNDEFINED : VAL_EXCEPTION;
}
static JSValue await_return_fulfilled(VM *vm, JSValue *args, int argc, JSValue nt)
{
    return await_return_settled(vm, bi_arg(args, argc, 0), GEN_MODE_NEXT);
}
static JSValue await_return_rejected(VM *vm, JSValue *args, int argc, JSValue nt)
{
    return await_return_settled(vm, bi_arg(args, argc, 0), GEN_MODE_THROW);
}

/* AsyncGeneratorAwaitReturn: the first request is a return; await its value. */
static bool await_return(VM *vm, JSValue g)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *hg = heap_handle(vm, g);
    JSValue *hv = heap_handle(vm, queue_front(g)->v[Q_VALUE]);
    JSValue *fns = heap_handle(vm, VAL_UNDEFINED);
    (void)heap_handle(vm, VAL_UNDEFINED);   /* fns[1] */
    bool ok = false;
    if ((fns[0] = closure_new(vm, await_return_fulfilled, 1, *hg)) == VAL_EXCEPTION) goto out;
    if ((fns[1] = closure_new(vm, await_return_rejected, 1, *hg)) == VAL_EXCEPTION) goto out;
    if (bi_promise_resolve_then(vm, *hv, fns[0], fns[1], false) != VAL_EXCEPTION) {
        ok = true;
    } else {
        /* PromiseResolve threw: that completes the request */
        JSValue exc = err_take(vm);
        set_state(vm, *hg, GEN_COMPLETED);
        ok = complete_step(vm, *hg, GEN_MODE_THROW, exc, true) && drain_queue(vm, *hg);
    }
out:
    heap_scope_close(vm, hs);
    return ok;
}

/* AsyncGeneratorDrainQueue: the generator completed; answer what waits. */
static bool drain_queue(VM *vm, JSValue g)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *hg = heap_handle(vm, g);
    bool ok = true;
    while (ok && queue_len(*hg)) {
        GenMode mode = (GenMode)val_int(queue_front(*hg)->v[Q_MODE]);
        if (mode == GEN_MODE_RETURN) {
            set_state(vm, *hg, GEN_AWAITING_RETURN);
            ok = await_return(vm, *hg);
            break;
        }
        JSValue v = mode == GEN_MODE_THROW ? queue_front(*hg)->v[Q_VALUE] : VAL_UNDEFINED;
        ok = complete_step(vm, *hg, mode, v, true);
    }
    heap_scope_close(vm, hs);
    return ok;
}

/* ---- %AsyncGeneratorPrototype% ---------------------------------------------- */

static JSValue async_generator_method(VM *vm, JSValue *args, int argc, GenMode mode, const char *name)
{
    BI_SCOPE;
    JSValue *hv = heap_handle(vm, bi_arg(args, argc, 0));
    JSValue p = bi_promise_new(vm);
    if (p == VAL_EXCEPTION) BI_RETURN(p);
    JSValue *hp = heap_handle(vm, p);
    JSValue *hg = &args[-1];
    if (!is_gen(*hg) || kind_of(*hg) != GEN_KIND_ASYNC_GENERATOR) {
        /* AsyncGeneratorValidate's TypeError rejects the promise */
        throw_receiver(vm, "AsyncGenerator", name, *hg);
        JSValue reason = err_take(vm);
        BI_RETURN(bi_promise_settle(vm, *hp, reason, true) ? *hp : VAL_EXCEPTION);
    }
    GenState st = state_of(*hg);
    if (mode == GEN_MODE_THROW && st == GEN_SUSPENDED_START) {
        release(vm, *hg);
        st = GEN_COMPLETED;
    }
    if (st == GEN_COMPLETED && mode != GEN_MODE_RETURN) {
        bool ok;
        if (mode == GEN_MODE_THROW) {
            ok = bi_promise_settle(vm, *hp, *hv, true);
        } else {
            JSValue r = bi_generator_iter_result(vm, VAL_UNDEFINED, true);
            ok = r != VAL_EXCEPTION && bi_promise_settle(vm, *hp, r, false);
        }
        BI_RETURN(ok ? *hp : VAL_EXCEPTION);
    }
    if (!enqueue(vm, hg, mode, *hv, *hp)) BI_RETURN(VAL_EXCEPTION);
    if (mode == GEN_MODE_RETURN && (st == GEN_SUSPENDED_START || st == GEN_COMPLETED)) {
        if (st == GEN_SUSPENDED_START) release(vm, *hg);
        set_state(vm, *hg, GEN_AWAITING_RETURN);
        if (!await_return(vm, *hg)) BI_RETURN(VAL_EXCEPTION);
    } else if (st == GEN_SUSPENDED_START || st == GEN_SUSPENDED_YIELD) {
        /* AsyncGeneratorResume: runs until the body awaits, yields or ends */
        if (resume(vm, *hg, *hv, mode) == VAL_EXCEPTION) BI_RETURN(VAL_EXCEPTION);
    }
    BI_RETURN(*hp);
}

static JSValue async_generator_next(VM *vm, JSValue *args, int argc, JSValue nt)
{
    return async_generator_method(vm, args, argc, GEN_MODE_NEXT, "next");
}
static JSValue async_generator_return(VM *vm, JSValue *args, int argc, JSValue nt)
{
    return async_generator_method(vm, args, argc, GEN_MODE_RETURN, "return");
}
static JSValue async_generator_throw(VM *vm, JSValue *args, int argc, JSValue nt)
{
    return async_generator_method(vm, args, argc, GEN_MODE_THROW, "throw");
}

/* ---- what the bytecode does ---------------------------------------------------- */

JSValue bi_generator_yield(VM *vm, JSValue *g, JSValue v, bool raw, bool *go_on)
{
    *go_on = false;
    if (kind_of(g[0]) != GEN_KIND_ASYNC_GENERATOR) return raw ? v : bi_generator_iter_result(vm, v, false);
    /* AsyncGeneratorYield: the value (already awaited) answers the first
     * request; a queued request continues the body at once */
    if (!complete_step(vm, g[0], GEN_MODE_NEXT, v, false)) return VAL_EXCEPTION;
    if (queue_len(g[0])) {
        ValArray *req = queue_front(g[0]);
        g[1] = req->v[Q_VALUE];
        g[2] = req->v[Q_MODE];
        *go_on = true;
    }
    return VAL_UNDEFINED;
}

/* The Await reactions: data = the generator */
static JSValue await_fulfilled(VM *vm, JSValue *args, int argc, JSValue nt)
{
    JSValue r = resume(vm, callee_data(vm), bi_arg(args, argc, 0), GEN_MODE_NEXT);
    return r == VAL_EXCEPTION ? r : VAL_UNDEFINED;
}
static JSValue await_rejected(VM *vm, JSValue *args, int argc, JSValue nt)
{
    JSValue r = resume(vm, callee_data(vm), bi_arg(args, argc, 0), GEN_MODE_THROW);
    return r == VAL_EXCEPTION ? r : VAL_UNDEFINED;
}

JSValue bi_generator_await(VM *vm, JSValue gen, JSValue v)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *hg = heap_handle(vm, gen), *hv = heap_handle(vm, v);
    JSValue result = VAL_EXCEPTION;
    if (!val_is_function(rec_of(*hg)->v[G_ON_FULFILLED])) {
        JSValue f = closure_new(vm, await_fulfilled, 1, *hg);
        if (f == VAL_EXCEPTION) goto out;
        rec_set(vm, *hg, G_ON_FULFILLED, f);
        f = closure_new(vm, await_rejected, 1, *hg);
        if (f == VAL_EXCEPTION) goto out;
        rec_set(vm, *hg, G_ON_REJECTED, f);
    }
    if (bi_promise_resolve_then(vm, *hv, rec_of(*hg)->v[G_ON_FULFILLED], rec_of(*hg)->v[G_ON_REJECTED], false) == VAL_EXCEPTION)
        goto out;
    result = kind_of(*hg) == GEN_KIND_ASYNC ? rec_of(*hg)->v[G_PROMISE] : VAL_UNDEFINED;
out:
    heap_scope_close(vm, hs);
    return result;
}

/* The body completed normally with v (is_throw = false) or threw v:
 * releases its frame and settles the way its kind settles. */
static JSValue body_completed(VM *vm, JSValue gen, JSValue v, bool is_throw)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *hg = heap_handle(vm, gen), *hv = heap_handle(vm, v);
    JSValue result = VAL_EXCEPTION;
    release(vm, *hg);
    switch (kind_of(*hg)) {
    case GEN_KIND_GENERATOR:
        if (is_throw) err_throw_value(vm, *hv);
        else result = bi_generator_iter_result(vm, *hv, true);
        break;
    case GEN_KIND_ASYNC: {
        JSValue *hp = heap_handle(vm, rec_of(*hg)->v[G_PROMISE]);
        if (bi_promise_settle(vm, *hp, *hv, is_throw)) result = *hp;
        break;
    }
    case GEN_KIND_ASYNC_GENERATOR: {
        GenMode mode = is_throw ? GEN_MODE_THROW : GEN_MODE_NEXT;
        if (complete_step(vm, *hg, mode, *hv, true) && drain_queue(vm, *hg)) result = VAL_UNDEFINED;
        break;
    }
    case GEN_KIND_ASYNC_FROM_SYNC:
        break;   /* has no body */
    }
    heap_scope_close(vm, hs);
    return result;
}

JSValue bi_generator_return(VM *vm, JSValue gen, JSValue v) { return body_completed(vm, gen, v, false); }

JSValue bi_generator_throw(VM *vm, JSValue gen, JSValue exc) { return body_completed(vm, gen, exc, true); }

/* CreateIterResultObject without the two property definitions: the
 * object takes the shape of a template made the same way at start-up
 * (so it also shares ICs with bi_iter_result's objects). */
JSValue bi_generator_iter_result(VM *vm, JSValue v, bool done)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *hv = heap_handle(vm, v);
    JSValue r = VAL_EXCEPTION;
    JSValue slots = valarray_new(vm, 4);
    if (slots == VAL_EXCEPTION) goto out;
    va(slots)->v[0] = *hv;   /* initialising stores: value, done */
    va(slots)->v[1] = val_from_bool(done);
    JSValue *hs_ = heap_handle(vm, slots);
    JSValue o = obj_new(vm, vm_intrinsic(vm, INTR_ObjectPrototype));
    if (o == VAL_EXCEPTION) goto out;
    JSObject *obj = val_obj(o);   /* fresh: initialising stores */
    obj->shape = val_obj(vm_intrinsic(vm, INTR_IterResultTemplate))->shape;
    obj->slots = va(*hs_);
    r = o;
out:
    heap_scope_close(vm, hs);
    return r;
}

int bi_generator_result_fast(VM *vm, JSValue r, JSValue *value)
{
    if (!val_is_object(r)) return -1;
    JSObject *o = val_obj(r);
    if (o->shape != val_obj(vm_intrinsic(vm, INTR_IterResultTemplate))->shape) return -1;
    if (rt_to_boolean(o->slots->v[1])) return 1;
    *value = o->slots->v[0];
    return 0;
}

/* ---- GeneratorFunction, AsyncFunction, AsyncGeneratorFunction ---------------- */

/* CreateDynamicFunction: "(<kind> anonymous(p1,...,pn\n) {\nbody\n})"
 * compiled as a script; magic selects the kind. */
static const char *const dynamic_prefix[] = { "(function* anonymous(", "(async function anonymous(",
                                              "(async function* anonymous(" };
static const IntrinsicId dynamic_proto[] = { INTR_GeneratorFunctionPrototype, INTR_AsyncFunctionPrototype,
                                             INTR_AsyncGeneratorFunctionPrototype };

static JSValue dynamic_function(VM *vm, JSValue *args, int argc, JSValue new_target)
{
    BI_SCOPE;
    int kind = call_native_callee(vm)->magic;
    JSValue *nt = heap_handle(vm, new_target);
    JSValue *self = heap_handle(vm, call_top_frame(vm)->callee);
    StrBuilder b;
    sb_init(&b);
    sb_add_cstr(&b, dynamic_prefix[kind]);
    for (int i = 0; i + 1 < argc; i++) {
        JSValue s = rt_to_string(vm, args[i]);
        if (s == VAL_EXCEPTION) {
            sb_free(&b);
            BI_RETURN(s);
        }
        if (i) sb_add_unit(&b, ',');
        sb_add_string(vm, &b, s);
    }
    sb_add_cstr(&b, "\n) {\n");
    if (argc > 0) {
        JSValue s = rt_to_string(vm, args[argc - 1]);
        if (s == VAL_EXCEPTION) {
            sb_free(&b);
            BI_RETURN(s);
        }
        sb_add_string(vm, &b, s);
    }
    sb_add_cstr(&b, "\n})");
    JSValue src = sb_finish(vm, &b);
    if (src == VAL_EXCEPTION) BI_RETURN(src);
    size_t len;
    char *text = str_to_utf8(vm, src, &len);
    if (!text) BI_RETURN(err_throw(vm, ERRMSG_OUT_OF_MEMORY));
    JSValue f = vm_eval_source(vm, "<anonymous>", text, len, false);
    free(text);
    if (f == VAL_EXCEPTION) BI_RETURN(f);
    if (!val_is_function(f)) BI_RETURN(bi_throw_type(vm, "could not create the function"));
    JSValue *hf = heap_handle(vm, f);
    if (val_is_object(*nt) && *nt != *self) {
        JSValue proto = bi_proto_from_ctor(vm, *nt, dynamic_proto[kind]);
        if (proto == VAL_EXCEPTION || obj_set_proto(vm, *hf, proto) < 0) BI_RETURN(VAL_EXCEPTION);
    }
    BI_RETURN(*hf);
}

/* ---- %AsyncIteratorPrototype%, %AsyncFromSyncIteratorPrototype% ------------------ */

static JSValue async_iterator_self(VM *vm, JSValue *args, int argc, JSValue nt) { return args[-1]; }

/* The async-from-sync iterator is a record-only CLS_GENERATOR object
 * (never seen by user code) keeping [[SyncIteratorRecord]] here: */
enum { AFS_ITERATOR = G_CALLEE, AFS_NEXT = G_ENV };

/* A new %Promise% settled with the pending exception (IfAbruptRejectPromise). */
static JSValue rejected_with_pending(VM *vm)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *hr = heap_handle(vm, err_take(vm));
    JSValue p = bi_promise_new(vm);
    if (p != VAL_EXCEPTION && !bi_promise_settle(vm, p, *hr, true)) p = VAL_EXCEPTION;
    heap_scope_close(vm, hs);
    return p;
}

/* The continuation's onFulfilled: data = done */
static JSValue afs_unwrap(VM *vm, JSValue *args, int argc, JSValue nt)
{
    return bi_generator_iter_result(vm, bi_arg(args, argc, 0), callee_data(vm) == VAL_TRUE);
}

/* The continuation's onRejected when it closes the sync iterator (data):
 * IteratorClose(syncIteratorRecord, ThrowCompletion(error)). */
static JSValue afs_close_sync(VM *vm, JSValue *args, int argc, JSValue nt)
{
    err_throw_value(vm, bi_arg(args, argc, 0));
    rt_iterator_close(vm, callee_data(vm));   /* the error stays pending */
    return VAL_EXCEPTION;
}

/* AsyncFromSyncIteratorContinuation(result, ..., syncIteratorRecord,
 * closeOnRejection) (ES2025): the promise of the result's value, unwrapped
 * into { value, done }; when the value is a rejected promise (or
 * PromiseResolve throws) and done is false, next and throw close the
 * sync iterator first. */
static JSValue afs_continuation(VM *vm, JSValue result, JSValue sync_iter, bool close_on_rejection)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *hres = heap_handle(vm, result);
    JSValue *hsync = heap_handle(vm, sync_iter);
    JSValue r = VAL_EXCEPTION;
    JSValue done = obj_get(vm, *hres, vm_atom(vm, ATOM_done));
    if (done == VAL_EXCEPTION) goto out;
    JSValue *hdone = heap_handle(vm, val_from_bool(rt_to_boolean(done)));
    JSValue value = obj_get(vm, *hres, vm_atom(vm, ATOM_value));
    if (value == VAL_EXCEPTION) goto out;
    JSValue *hv = heap_handle(vm, value);
    JSValue f = closure_new(vm, afs_unwrap, 1, *hdone);
    if (f == VAL_EXCEPTION) goto out;
    JSValue *hf = heap_handle(vm, f);
    bool closing = close_on_rejection && *hdone == VAL_FALSE;
    JSValue *hrej = heap_handle(vm, closing ? closure_new(vm, afs_close_sync, 1, *hsync) : VAL_UNDEFINED);
    if (*hrej == VAL_EXCEPTION) goto out;
    r = bi_promise_resolve_then(vm, *hv, *hf, *hrej, true);
    if (r == VAL_EXCEPTION && closing) rt_iterator_close(vm, *hsync);   /* PromiseResolve threw */
out:
    heap_scope_close(vm, hs);
    return r == VAL_EXCEPTION ? rejected_with_pending(vm) : r;
}

static JSValue afs_method(VM *vm, JSValue *args, int argc, GenMode mode)
{
    BI_SCOPE;
    if (!is_gen(args[-1]) || kind_of(args[-1]) != GEN_KIND_ASYNC_FROM_SYNC) BI_RETURN(bi_throw_type(vm, "not an async-from-sync iterator"));
    JSValue *hit = heap_handle(vm, rec_of(args[-1])->v[AFS_ITERATOR]);
    JSValue result;
    if (mode == GEN_MODE_NEXT) {
        result = vm_call(vm, rec_of(args[-1])->v[AFS_NEXT], *hit, argc > 0 ? 1 : 0, args);
    } else {
        JSValue m = rt_get_method(vm, *hit, vm_atom(vm, mode == GEN_MODE_RETURN ? ATOM_return_ : ATOM_throw_));
        if (m == VAL_EXCEPTION) BI_RETURN(rejected_with_pending(vm));
        if (val_is_undefined(m)) {
            /* no return: { value, done: true }; no throw: see below */
            JSValue p = bi_promise_new(vm);
            if (p == VAL_EXCEPTION) BI_RETURN(p);
            JSValue *hp = heap_handle(vm, p);
            bool ok;
            if (mode == GEN_MODE_RETURN) {
                JSValue r = bi_generator_iter_result(vm, bi_arg(args, argc, 0), true);
                ok = r != VAL_EXCEPTION && bi_promise_settle(vm, *hp, r, false);
            } else {
                /* no throw method: a protocol violation; the sync iterator
                 * is closed (its errors reject), then a TypeError rejects */
                if (rt_iterator_close(vm, *hit) < 0) BI_RETURN(rejected_with_pending(vm));
                bi_throw_type(vm, "The iterator does not provide a 'throw' method");
                JSValue *he = heap_handle(vm, err_take(vm));
                ok = bi_promise_settle(vm, *hp, *he, true);
            }
            BI_RETURN(ok ? *hp : VAL_EXCEPTION);
        }
        result = vm_call(vm, m, *hit, mode == GEN_MODE_THROW || argc > 0 ? 1 : 0, args);
    }
    if (result == VAL_EXCEPTION) BI_RETURN(rejected_with_pending(vm));
    if (!val_is_object(result)) {
        char *d = bi_describe(vm, result);
        err_throw(vm, ERRMSG_ITER_RESULT, d ? d : "value");
        free(d);
        BI_RETURN(rejected_with_pending(vm));
    }
    BI_RETURN(afs_continuation(vm, result, *hit, mode != GEN_MODE_RETURN));
}

static JSValue afs_next(VM *vm, JSValue *args, int argc, JSValue nt) { return afs_method(vm, args, argc, GEN_MODE_NEXT); }
static JSValue afs_return(VM *vm, JSValue *args, int argc, JSValue nt) { return afs_method(vm, args, argc, GEN_MODE_RETURN); }
static JSValue afs_throw(VM *vm, JSValue *args, int argc, JSValue nt) { return afs_method(vm, args, argc, GEN_MODE_THROW); }

/* "x is not async iterable" and friends */
static int throw_described(VM *vm, const char *fmt, JSValue v)
{
    char *d = bi_describe(vm, v);
    err_throw_type(vm, TypeError, fmt, d ? d : "value");
    free(d);
    return -1;
}

int bi_generator_async_iterator(VM *vm, JSValue *pair, JSValue obj)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *ho = heap_handle(vm, obj);
    JSValue *hm = heap_handle(vm, VAL_UNDEFINED), *hsm = heap_handle(vm, VAL_UNDEFINED);
    int rc = -1;
    if (!val_is_nullish(*ho)) {
        *hm = rt_get_method(vm, *ho, vm_intrinsic(vm, INTR_SymbolAsyncIterator));
        if (*hm == VAL_EXCEPTION) goto out;
        if (val_is_undefined(*hm)) {
            *hsm = rt_get_method(vm, *ho, vm_intrinsic(vm, INTR_SymbolIterator));
            if (*hsm == VAL_EXCEPTION) goto out;
        }
    }
    rc = bi_generator_async_iterator_from(vm, pair, *ho, *hm, *hsm);
out:
    heap_scope_close(vm, hs);
    return rc;
}

int bi_generator_async_iterator_from(VM *vm, JSValue *pair, JSValue obj, JSValue async_method, JSValue sync_method)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *ho = heap_handle(vm, obj);
    JSValue *ham = heap_handle(vm, async_method), *hsm = heap_handle(vm, sync_method);
    int rc = -1;
    if (!val_is_undefined(*ham)) {
        JSValue it = vm_call(vm, *ham, *ho, 0, NULL);
        if (it == VAL_EXCEPTION) goto out;
        if (!val_is_object(it)) {
            err_throw_type(vm, TypeError, "Result of the Symbol.asyncIterator method is not an object");
            goto out;
        }
        pair[0] = it;
    } else {
        /* CreateAsyncFromSyncIterator(GetIteratorFromMethod(obj, sync_method)) */
        if (val_is_undefined(*hsm)) {
            rc = throw_described(vm, "%s is not async iterable", *ho);
            goto out;
        }
        JSValue it = vm_call(vm, *hsm, *ho, 0, NULL);
        if (it == VAL_EXCEPTION) goto out;
        if (!val_is_object(it)) {
            err_throw(vm, ERRMSG_ITER_NOT_OBJECT);
            goto out;
        }
        JSValue *hit = heap_handle(vm, it);
        JSValue next = obj_get(vm, *hit, vm_atom(vm, ATOM_next));
        if (next == VAL_EXCEPTION) goto out;
        JSValue *hnext = heap_handle(vm, next);
        JSValue rec = valarray_new(vm, G__COUNT);
        if (rec == VAL_EXCEPTION) goto out;
        ValArray *r = va(rec);
        r->count = G__COUNT;
        r->v[G_STATE] = val_from_int(GEN_COMPLETED);
        r->v[G_KIND] = val_from_int(GEN_KIND_ASYNC_FROM_SYNC);
        r->v[G_NREGS] = val_from_int(0);
        r->v[AFS_ITERATOR] = *hit;
        r->v[AFS_NEXT] = *hnext;
        JSValue afs = bi_new_wrapper(vm, vm_intrinsic(vm, INTR_AsyncFromSyncIteratorPrototype), CLS_GENERATOR, rec);
        if (afs == VAL_EXCEPTION) goto out;
        pair[0] = afs;
    }
    JSValue *hi = heap_handle(vm, pair[0]);
    JSValue next = obj_get(vm, *hi, vm_atom(vm, ATOM_next));
    if (next == VAL_EXCEPTION) goto out;
    pair[1] = next;
    rc = 0;
out:
    heap_scope_close(vm, hs);
    return rc;
}

/* ---- init -------------------------------------------------------------------- */

static bool def_tag(VM *vm, JSValue obj, const char *tag)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *ho = heap_handle(vm, obj);
    JSValue t = str_from_cstr(vm, tag);
    bool ok = t != VAL_EXCEPTION &&
              obj_define_value(vm, *ho, vm_intrinsic(vm, INTR_SymbolToStringTag), t, PROP_CONFIGURABLE) >= 0;
    heap_scope_close(vm, hs);
    return ok;
}

/* A prototype object in vm->intrinsics[id] inheriting from parent. */
static bool make_object(VM *vm, IntrinsicId id, JSValue parent)
{
    JSValue o = obj_new(vm, parent);
    if (o == VAL_EXCEPTION) return false;
    vm->intrinsics[id] = o;
    return true;
}

/* One family: %XFunction% (not global), %XFunction.prototype% (fproto_id)
 * and, for generators, the prototype of their objects (proto_id, which
 * already exists) linked the way the spec (and V8's property order) has it. */
static bool make_family(VM *vm, const char *name, int magic, IntrinsicId fproto_id, IntrinsicId proto_id)
{
    HandleScope hs = heap_scope_open(vm);
    bool ok = false;
    if (!make_object(vm, fproto_id, vm_intrinsic(vm, INTR_FunctionPrototype))) goto out;
    JSValue *fproto = heap_handle(vm, vm_intrinsic(vm, fproto_id));
    JSValue ctor = fn_new_native(vm, name, dynamic_function, 1, magic);
    if (ctor == VAL_EXCEPTION) goto out;
    JSValue *hc = heap_handle(vm, ctor);
    val_obj(*hc)->flags |= OBJ_IS_CONSTRUCTOR;
    if (obj_set_proto(vm, *hc, vm_intrinsic(vm, INTR_Function)) < 0) goto out;
    if (obj_define_value(vm, *hc, vm_atom(vm, ATOM_prototype), *fproto, 0) < 0) goto out;
    if (proto_id != INTR__COUNT) {
        JSValue *proto = heap_handle(vm, vm_intrinsic(vm, proto_id));
        if (obj_define_value(vm, *fproto, vm_atom(vm, ATOM_prototype), *proto, PROP_CONFIGURABLE) < 0) goto out;
        if (obj_define_value(vm, *fproto, vm_atom(vm, ATOM_constructor), *hc, PROP_CONFIGURABLE) < 0) goto out;
        if (obj_define_value(vm, *proto, vm_atom(vm, ATOM_constructor), *fproto, PROP_CONFIGURABLE) < 0) goto out;
    } else if (obj_define_value(vm, *fproto, vm_atom(vm, ATOM_constructor), *hc, PROP_CONFIGURABLE) < 0) {
        goto out;
    }
    ok = def_tag(vm, *fproto, name);
out:
    heap_scope_close(vm, hs);
    return ok;
}

/* next / return / throw and the tag, on an existing prototype object */
static bool make_methods(VM *vm, JSValue proto, const char *tag, NativeFn next, NativeFn ret, NativeFn thr)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *hp = heap_handle(vm, proto);
    bool ok = realm_def_method(vm, *hp, "next", next, 1, 0) == 0 && realm_def_method(vm, *hp, "return", ret, 1, 0) == 0 &&
              realm_def_method(vm, *hp, "throw", thr, 1, 0) == 0 && def_tag(vm, *hp, tag);
    heap_scope_close(vm, hs);
    return ok;
}

bool bi_generator_init(VM *vm)
{
    JSValue t = bi_iter_result(vm, VAL_UNDEFINED, false);
    if (t == VAL_EXCEPTION) return false;
    vm->intrinsics[INTR_IterResultTemplate] = t;
    if (!make_object(vm, INTR_GeneratorPrototype, vm_intrinsic(vm, INTR_IteratorPrototype))) return false;
    if (!make_object(vm, INTR_AsyncIteratorPrototype, vm_intrinsic(vm, INTR_ObjectPrototype))) return false;
    if (realm_def_method_key(vm, vm_intrinsic(vm, INTR_AsyncIteratorPrototype), vm_intrinsic(vm, INTR_SymbolAsyncIterator),
                             "[Symbol.asyncIterator]", async_iterator_self, 0) < 0)
        return false;
    if (!make_object(vm, INTR_AsyncGeneratorPrototype, vm_intrinsic(vm, INTR_AsyncIteratorPrototype))) return false;
    if (!make_object(vm, INTR_AsyncFromSyncIteratorPrototype, vm_intrinsic(vm, INTR_AsyncIteratorPrototype))) return false;
    HandleScope hs = heap_scope_open(vm);
    JSValue *afs = heap_handle(vm, vm_intrinsic(vm, INTR_AsyncFromSyncIteratorPrototype));
    bool ok = realm_def_method(vm, *afs, "next", afs_next, 1, 0) == 0 && realm_def_method(vm, *afs, "return", afs_return, 1, 0) == 0 &&
              realm_def_method(vm, *afs, "throw", afs_throw, 1, 0) == 0;
    heap_scope_close(vm, hs);
    if (!ok) return false;
    if (!make_family(vm, "GeneratorFunction", 0, INTR_GeneratorFunctionPrototype, INTR_GeneratorPrototype) ||
        !make_family(vm, "AsyncFunction", 1, INTR_AsyncFunctionPrototype, INTR__COUNT) ||
        !make_family(vm, "AsyncGeneratorFunction", 2, INTR_AsyncGeneratorFunctionPrototype, INTR_AsyncGeneratorPrototype))
        return false;
    return make_methods(vm, vm_intrinsic(vm, INTR_GeneratorPrototype), "Generator", generator_next, generator_return,
                        generator_throw) &&
           make_methods(vm, vm_intrinsic(vm, INTR_AsyncGeneratorPrototype), "AsyncGenerator", async_generator_next,
                        async_generator_return, async_generator_throw);
}
