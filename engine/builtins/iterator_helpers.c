/*
 * iterator_helpers.c -- the Iterator constructor and the iterator helpers
 * (ECMA-262 27.1.3 - 27.1.4, ES2025): Iterator, Iterator.from with
 * %WrapForValidIteratorPrototype%, Iterator.concat (ES2026), the
 * Iterator.prototype methods and accessors, and %IteratorHelperPrototype%
 * (prefix bi_iterator_helpers_).
 *
 * The spec writes each lazy helper (map, filter, take, drop, flatMap) as an
 * abstract closure run as a generator.  Here each is a small state machine
 * instead: a helper object is a JSWrapper of class CLS_ITER_HELPER whose
 * internal value is a record ValArray
 *   [H_KIND]   HelperKind (int); HK_WRAP marks Iterator.from's wrapper
 *   [H_STATE]  HelperState (int): the generator's [[GeneratorState]]
 *   [H_ITER], [H_NEXT]   the underlying Iterator Record (GetIteratorDirect)
 *   [H_FN]     mapper / predicate; for Iterator.concat a ValArray of
 *              (open method, iterable) pairs
 *   [H_COUNT]  counter (map, filter, flatMap), remaining (take, drop;
 *              may be +Infinity) or the next pair to open (concat)
 *   [H_INNER], [H_INNER_NEXT]  flatMap's inner iterator while it is alive
 *              (undefined otherwise)
 * One step of a machine runs from one Yield to the next, exactly as the
 * closure would between two resumptions; the only place a closure can be
 * suspended is a Yield, so return() knows what to close from the kind alone
 * (flatMap: the inner iterator first, then the underlying one).
 * Iterator.concat keeps the iterator it is draining in [H_ITER], [H_NEXT]
 * (undefined before the first is opened), so return() closes that one.
 *
 * GC: `this` and the arguments are rooted stack slots; the record is read
 * back from the helper (rec_of) after anything that may allocate or call
 * into JS; other values kept across calls sit in handles.
 */
#include "bi_internal.h"
#include "call.h"

typedef enum { HK_WRAP, HK_MAP, HK_FILTER, HK_TAKE, HK_DROP, HK_FLAT_MAP, HK_CONCAT } HelperKind;
typedef enum { HS_SUSPENDED_START, HS_SUSPENDED_YIELD, HS_EXECUTING, HS_COMPLETED } HelperState;
enum { H_KIND, H_STATE, H_ITER, H_NEXT, H_FN, H_COUNT, H_INNER, H_INNER_NEXT, H__COUNT };

static ValArray *va(JSValue v) { return (ValArray *)val_cell(v); }

static bool is_helper_obj(JSValue v)
{
    return obj_is_class(v, CLS_ITER_HELPER) && cell_size(val_cell(v)) >= sizeof(JSWrapper) &&
           val_is_kind(((JSWrapper *)val_obj(v))->internal, CELL_VALARRAY);
}

static ValArray *rec_of(JSValue h) { return va(((JSWrapper *)val_obj(h))->internal); }
static int rec_int(JSValue h, int f) { return val_int(rec_of(h)->v[f]); }

static void rec_set(VM *vm, JSValue h, int f, JSValue v)
{
    ValArray *r = rec_of(h);
    heap_store(&vm->heap, &r->hdr, &r->v[f], v);
}

static void set_state(VM *vm, JSValue h, HelperState s) { rec_set(vm, h, H_STATE, val_from_int((int32_t)s)); }

/* The helper is done for good: it keeps nothing alive any more. */
static void complete(VM *vm, JSValue h)
{
    set_state(vm, h, HS_COMPLETED);
    for (int f = H_ITER; f < H__COUNT; f++) rec_set(vm, h, f, VAL_UNDEFINED);
}

static JSValue throw_described(VM *vm, ErrorType type, const char *fmt, JSValue v)
{
    char *d = bi_describe(vm, v);
    JSValue r = err_throw_type(vm, type, fmt, d ? d : "value");
    free(d);
    return r;
}

/* A new helper object of the given kind over the Iterator Record (*hiter,
 * *hnext); hfn and count as the record's H_FN and H_COUNT. */
static JSValue helper_new(VM *vm, HelperKind kind, const JSValue *hiter, const JSValue *hnext, const JSValue *hfn,
                          double count)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue r = valarray_new(vm, H__COUNT);
    if (r != VAL_EXCEPTION) {
        ValArray *a = va(r);
        a->v[H_KIND] = val_from_int((int32_t)kind);
        a->v[H_STATE] = val_from_int(HS_SUSPENDED_START);
        a->v[H_ITER] = *hiter;
        a->v[H_NEXT] = *hnext;
        a->v[H_FN] = hfn ? *hfn : VAL_UNDEFINED;
        a->v[H_COUNT] = val_number(count);
        a->v[H_INNER] = VAL_UNDEFINED;
        a->v[H_INNER_NEXT] = VAL_UNDEFINED;
        a->count = H__COUNT;
        IntrinsicId proto = kind == HK_WRAP ? INTR_WrapForValidIteratorPrototype : INTR_IteratorHelperPrototype;
        r = bi_new_wrapper(vm, vm_intrinsic(vm, proto), CLS_ITER_HELPER, r);
    }
    heap_scope_close(vm, hs);
    return r;
}

/* IteratorStep (want_value false) / IteratorStepValue (true) on the record
 * (iter, next): the value, or undefined with *done set; VAL_EXCEPTION. */
static JSValue step(VM *vm, JSValue iter, JSValue next, bool want_value, bool *done)
{
    if (want_value) return rt_iterator_step(vm, iter, next, done);
    JSValue res = vm_call(vm, next, iter, 0, NULL);
    if (res == VAL_EXCEPTION) return res;
    if (!val_is_object(res)) return throw_described(vm, TypeError, "Iterator result %s is not an object", res);
    JSValue d = obj_get(vm, res, vm_atom(vm, ATOM_done));
    if (d == VAL_EXCEPTION) return d;
    *done = rt_to_boolean(d);
    return VAL_UNDEFINED;
}

/* ---- Iterator.prototype: argument checks and GetIteratorDirect ------------------------ */

/* Step 2 of every method: the this value must be an object. */
static bool this_is_object(VM *vm, JSValue *args, const char *method)
{
    if (val_is_object(args[-1])) return true;
    char *d = bi_describe(vm, args[-1]);
    err_throw_type(vm, TypeError, "Iterator.prototype.%s called on non-object %s", method, d ? d : "value");
    free(d);
    return false;
}

/* IteratorClose(iterated, ThrowCompletion(error)) for the error pending now. */
static JSValue close_throw(VM *vm, JSValue iter)
{
    rt_iterator_close_quiet(vm, iter);
    return VAL_EXCEPTION;
}

/* The callable check: TypeError, closing the receiver (not yet read: its
 * `next` is looked up only after the argument checks). */
static bool check_callable(VM *vm, JSValue *args, JSValue fn)
{
    if (rt_is_callable(fn)) return true;
    throw_described(vm, TypeError, "%s is not a function", fn);
    close_throw(vm, args[-1]);
    return false;
}

/* take / drop: ToNumber, NaN and negative counts are RangeErrors; each
 * failure closes the receiver.  *out is the integer (maybe +Infinity). */
static bool check_count(VM *vm, JSValue *args, int argc, const char *method, double *out)
{
    JSValue n = rt_to_number(vm, bi_arg(args, argc, 0));
    if (n == VAL_EXCEPTION) return close_throw(vm, args[-1]), false;
    double d = val_to_number(n);
    if (isnan(d)) {
        err_throw_type(vm, RangeError, "Iterator.prototype.%s: %s must be a number", method, "limit");
        return close_throw(vm, args[-1]), false;
    }
    d = trunc(d) + 0.0;   /* ToIntegerOrInfinity (-0 becomes +0) */
    if (d < 0) {
        err_throw_type(vm, RangeError, "Iterator.prototype.%s: %s must be positive", method, "limit");
        return close_throw(vm, args[-1]), false;
    }
    *out = d;
    return true;
}

/* GetIteratorDirect(this): *hnext = Get(this, "next"). */
static bool get_next(VM *vm, JSValue *args, JSValue *hnext)
{
    JSValue next = obj_get(vm, args[-1], vm_atom(vm, ATOM_next));
    if (next == VAL_EXCEPTION) return false;
    *hnext = next;
    return true;
}

/* GetIteratorFlattenable(obj, reject-primitives / iterate-string-primitives):
 * the iterator in *hiter and its next method in *hnext. */
static bool get_flattenable(VM *vm, JSValue obj, bool strings, JSValue *hiter, JSValue *hnext)
{
    if (!val_is_object(obj) && !(strings && val_is_string(obj))) {
        throw_described(vm, TypeError, "%s is not an object", obj);
        return false;
    }
    HandleScope hs = heap_scope_open(vm);
    JSValue *ho = heap_handle(vm, obj);
    bool ok = false;
    JSValue m = rt_get_method(vm, *ho, vm_intrinsic(vm, INTR_SymbolIterator));
    if (m == VAL_EXCEPTION) goto out;
    JSValue it = val_is_undefined(m) ? *ho : vm_call(vm, m, *ho, 0, NULL);
    if (it == VAL_EXCEPTION) goto out;
    if (!val_is_object(it)) {
        throw_described(vm, TypeError, "%s is not an object", it);
        goto out;
    }
    *hiter = it;
    JSValue next = obj_get(vm, *hiter, vm_atom(vm, ATOM_next));
    if (next == VAL_EXCEPTION) goto out;
    *hnext = next;
    ok = true;
out:
    heap_scope_close(vm, hs);
    return ok;
}

/* ---- the lazy helpers: map, filter, take, drop, flatMap -------------------------------- */

/* map(mapper), filter(predicate), flatMap(mapper), take(limit), drop(limit):
 * the checks, GetIteratorDirect, and a new helper in suspended-start. */
static JSValue make_lazy(VM *vm, JSValue *args, int argc, HelperKind kind, const char *method)
{
    BI_SCOPE;
    if (!this_is_object(vm, args, method)) BI_RETURN(VAL_EXCEPTION);
    JSValue *hfn = heap_handle(vm, bi_arg(args, argc, 0));
    double count = 0;
    if (kind == HK_TAKE || kind == HK_DROP) {
        if (!check_count(vm, args, argc, method, &count)) BI_RETURN(VAL_EXCEPTION);
        *hfn = VAL_UNDEFINED;
    } else if (!check_callable(vm, args, *hfn)) {
        BI_RETURN(VAL_EXCEPTION);
    }
    JSValue *hnext = heap_handle(vm, VAL_UNDEFINED);
    if (!get_next(vm, args, hnext)) BI_RETURN(VAL_EXCEPTION);
    BI_RETURN(helper_new(vm, kind, &args[-1], hnext, hfn, count));
}

static JSValue iter_map(VM *vm, JSValue *args, int argc, JSValue nt) { return make_lazy(vm, args, argc, HK_MAP, "map"); }
static JSValue iter_filter(VM *vm, JSValue *args, int argc, JSValue nt)
{
    return make_lazy(vm, args, argc, HK_FILTER, "filter");
}
static JSValue iter_take(VM *vm, JSValue *args, int argc, JSValue nt) { return make_lazy(vm, args, argc, HK_TAKE, "take"); }
static JSValue iter_drop(VM *vm, JSValue *args, int argc, JSValue nt) { return make_lazy(vm, args, argc, HK_DROP, "drop"); }
static JSValue iter_flat_map(VM *vm, JSValue *args, int argc, JSValue nt)
{
    return make_lazy(vm, args, argc, HK_FLAT_MAP, "flatMap");
}

/* Call(fn, undefined, «value, counter») with the record's counter, which is
 * then incremented. */
static JSValue call_counted(VM *vm, JSValue h, JSValue value)
{
    ValArray *r = rec_of(h);
    double counter = val_to_number(r->v[H_COUNT]);
    r->v[H_COUNT] = val_number(counter + 1);   /* a number: no barrier needed */
    JSValue cargs[2] = { value, val_number(counter) };
    return vm_call(vm, r->v[H_FN], VAL_UNDEFINED, 2, cargs);
}

/* One resumption of helper h (rooted) from its start or its last Yield to
 * the next Yield: the yielded value, or *done when the closure returned;
 * VAL_EXCEPTION when it threw (the closing the spec asks for is done). */
static JSValue run_step(VM *vm, JSValue *hh, bool *done)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *hv = heap_handle(vm, VAL_UNDEFINED);
    JSValue r = VAL_EXCEPTION;
    *done = false;
    switch ((HelperKind)rec_int(*hh, H_KIND)) {
    case HK_MAP: {
        JSValue v = step(vm, rec_of(*hh)->v[H_ITER], rec_of(*hh)->v[H_NEXT], true, done);
        if (v == VAL_EXCEPTION || *done) {
            r = v;
            break;
        }
        r = call_counted(vm, *hh, v);
        if (r == VAL_EXCEPTION) close_throw(vm, rec_of(*hh)->v[H_ITER]);
        break;
    }
    case HK_FILTER:
        for (;;) {
            *hv = step(vm, rec_of(*hh)->v[H_ITER], rec_of(*hh)->v[H_NEXT], true, done);
            if (*hv == VAL_EXCEPTION || *done) {
                r = *hv;
                break;
            }
            JSValue sel = call_counted(vm, *hh, *hv);
            if (sel == VAL_EXCEPTION) {
                r = close_throw(vm, rec_of(*hh)->v[H_ITER]);
                break;
            }
            if (rt_to_boolean(sel)) {
                r = *hv;
                break;
            }
        }
        break;
    case HK_TAKE: {
        double remaining = val_to_number(rec_of(*hh)->v[H_COUNT]);
        if (remaining == 0) {   /* IteratorClose(iterated, ReturnCompletion(undefined)) */
            *done = true;
            r = rt_iterator_close(vm, rec_of(*hh)->v[H_ITER]) < 0 ? VAL_EXCEPTION : VAL_UNDEFINED;
            break;
        }
        if (remaining != INFINITY) rec_of(*hh)->v[H_COUNT] = val_number(remaining - 1);
        r = step(vm, rec_of(*hh)->v[H_ITER], rec_of(*hh)->v[H_NEXT], true, done);
        break;
    }
    case HK_DROP: {
        double remaining = val_to_number(rec_of(*hh)->v[H_COUNT]);
        JSValue s = VAL_UNDEFINED;
        while (remaining > 0 && s != VAL_EXCEPTION && !*done) {
            if (remaining != INFINITY) rec_of(*hh)->v[H_COUNT] = val_number(--remaining);
            s = step(vm, rec_of(*hh)->v[H_ITER], rec_of(*hh)->v[H_NEXT], false, done);
        }
        r = s == VAL_EXCEPTION || *done ? s : step(vm, rec_of(*hh)->v[H_ITER], rec_of(*hh)->v[H_NEXT], true, done);
        break;
    }
    case HK_FLAT_MAP: {
        JSValue *hinner = heap_handle(vm, VAL_UNDEFINED), *hinner_next = heap_handle(vm, VAL_UNDEFINED);
        for (;;) {
            if (val_is_undefined(rec_of(*hh)->v[H_INNER])) {
                JSValue v = step(vm, rec_of(*hh)->v[H_ITER], rec_of(*hh)->v[H_NEXT], true, done);
                if (v == VAL_EXCEPTION || *done) {
                    r = v;
                    break;
                }
                /* the counter goes up once the inner iterator is exhausted,
                 * which is not observable apart from the next call */
                JSValue mapped = call_counted(vm, *hh, v);
                if (mapped == VAL_EXCEPTION || !get_flattenable(vm, mapped, false, hinner, hinner_next)) {
                    r = close_throw(vm, rec_of(*hh)->v[H_ITER]);
                    break;
                }
                rec_set(vm, *hh, H_INNER, *hinner);
                rec_set(vm, *hh, H_INNER_NEXT, *hinner_next);
            }
            bool inner_done = false;
            JSValue v = step(vm, rec_of(*hh)->v[H_INNER], rec_of(*hh)->v[H_INNER_NEXT], true, &inner_done);
            if (v == VAL_EXCEPTION) {
                r = close_throw(vm, rec_of(*hh)->v[H_ITER]);
                break;
            }
            if (!inner_done) {
                r = v;
                break;
            }
            rec_set(vm, *hh, H_INNER, VAL_UNDEFINED);
            rec_set(vm, *hh, H_INNER_NEXT, VAL_UNDEFINED);
        }
        break;
    }
    case HK_CONCAT:
        for (;;) {
            if (val_is_undefined(rec_of(*hh)->v[H_ITER])) {
                /* open the next iterable: Call(method, item), GetIteratorDirect */
                ValArray *list = va(rec_of(*hh)->v[H_FN]);
                uint32_t i = (uint32_t)val_to_number(rec_of(*hh)->v[H_COUNT]);
                if (2 * i >= list->count) {
                    *done = true;
                    r = VAL_UNDEFINED;
                    break;
                }
                rec_of(*hh)->v[H_COUNT] = val_number(i + 1);   /* a number: no barrier needed */
                JSValue it = vm_call(vm, list->v[2 * i], list->v[2 * i + 1], 0, NULL);
                if (it == VAL_EXCEPTION) break;
                if (!val_is_object(it)) {
                    throw_described(vm, TypeError, "Iterator.concat: %s is not an object", it);
                    break;
                }
                *hv = it;
                JSValue next = obj_get(vm, *hv, vm_atom(vm, ATOM_next));
                if (next == VAL_EXCEPTION) break;
                rec_set(vm, *hh, H_ITER, *hv);
                rec_set(vm, *hh, H_NEXT, next);
            }
            /* IteratorStepValue: its throw propagates without closing */
            JSValue v = step(vm, rec_of(*hh)->v[H_ITER], rec_of(*hh)->v[H_NEXT], true, done);
            if (v == VAL_EXCEPTION || !*done) {
                r = v;
                break;
            }
            *done = false;
            rec_set(vm, *hh, H_ITER, VAL_UNDEFINED);
            rec_set(vm, *hh, H_NEXT, VAL_UNDEFINED);
        }
        break;
    case HK_WRAP:
        break;   /* not a generator: next/return below never get here */
    }
    heap_scope_close(vm, hs);
    return r;
}

static JSValue throw_receiver(VM *vm, const char *cls, const char *method, JSValue v)
{
    char *d = bi_describe(vm, v);
    JSValue r = err_throw_type(vm, TypeError, "Method %s.prototype.%s called on incompatible receiver %s", cls,
                               method, d ? d : "value");
    free(d);
    return r;
}

/* GeneratorValidate(this, "Iterator Helper"): the state, or -1 with a TypeError. */
static int validate(VM *vm, JSValue h, const char *method)
{
    if (!is_helper_obj(h) || rec_int(h, H_KIND) == HK_WRAP) return throw_receiver(vm, "Iterator Helper", method, h), -1;
    int st = rec_int(h, H_STATE);
    if (st == HS_EXECUTING) return bi_throw_type(vm, "Generator is already running"), -1;
    return st;
}

/* %IteratorHelperPrototype%.next(): GeneratorResume(this, empty, "Iterator Helper") */
static JSValue helper_next(VM *vm, JSValue *args, int argc, JSValue nt)
{
    int st = validate(vm, args[-1], "next");
    if (st < 0) return VAL_EXCEPTION;
    if (st == HS_COMPLETED) return bi_iter_result(vm, VAL_UNDEFINED, true);
    set_state(vm, args[-1], HS_EXECUTING);
    bool done = false;
    JSValue v = run_step(vm, &args[-1], &done);
    if (v == VAL_EXCEPTION || done) {
        complete(vm, args[-1]);
        return v == VAL_EXCEPTION ? v : bi_iter_result(vm, VAL_UNDEFINED, true);
    }
    set_state(vm, args[-1], HS_SUSPENDED_YIELD);
    return bi_iter_result(vm, v, false);
}

/* %IteratorHelperPrototype%.return(): close what the closure would close
 * on a return completion at its Yield (or, not started, the underlying
 * iterator), then { undefined, done: true }. */
static JSValue helper_return(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    int st = validate(vm, args[-1], "return");
    if (st < 0) BI_RETURN(VAL_EXCEPTION);
    if (st == HS_COMPLETED) BI_RETURN(bi_iter_result(vm, VAL_UNDEFINED, true));
    JSValue *hiter = heap_handle(vm, rec_of(args[-1])->v[H_ITER]);
    JSValue *hinner = heap_handle(vm, rec_of(args[-1])->v[H_INNER]);
    int r;
    if (st == HS_SUSPENDED_START) {
        complete(vm, args[-1]);   /* completed before IteratorClose runs any code */
        /* concat has opened nothing yet: its [[UnderlyingIterators]] is empty */
        r = val_is_undefined(*hiter) ? 0 : rt_iterator_close(vm, *hiter);
    } else {
        set_state(vm, args[-1], HS_EXECUTING);
        r = 0;
        /* flatMap suspends only inside its inner loop: close the inner
         * iterator first; if that throws, the underlying one is closed
         * with the throw completion */
        if (!val_is_undefined(*hinner) && rt_iterator_close(vm, *hinner) < 0) {
            close_throw(vm, *hiter);
            r = -1;
        }
        if (r == 0) r = rt_iterator_close(vm, *hiter);
        complete(vm, args[-1]);
    }
    if (r < 0) BI_RETURN(VAL_EXCEPTION);
    BI_RETURN(bi_iter_result(vm, VAL_UNDEFINED, true));
}

/* ---- Iterator.from and %WrapForValidIteratorPrototype% ---------------------------------- */

static JSValue iterator_from(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    JSValue *hiter = heap_handle(vm, VAL_UNDEFINED), *hnext = heap_handle(vm, VAL_UNDEFINED);
    if (!get_flattenable(vm, bi_arg(args, argc, 0), true, hiter, hnext)) BI_RETURN(VAL_EXCEPTION);
    int has = rt_ordinary_has_instance(vm, vm_intrinsic(vm, INTR_Iterator), *hiter);
    if (has < 0) BI_RETURN(VAL_EXCEPTION);
    if (has) BI_RETURN(*hiter);
    BI_RETURN(helper_new(vm, HK_WRAP, hiter, hnext, NULL, 0));
}

static bool is_wrapper(JSValue v) { return is_helper_obj(v) && rec_int(v, H_KIND) == HK_WRAP; }

static JSValue wrap_next(VM *vm, JSValue *args, int argc, JSValue nt)
{
    if (!is_wrapper(args[-1])) return throw_receiver(vm, "WrapForValidIteratorPrototype", "next", args[-1]);
    ValArray *r = rec_of(args[-1]);
    return vm_call(vm, r->v[H_NEXT], r->v[H_ITER], 0, NULL);
}

static JSValue wrap_return(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    if (!is_wrapper(args[-1])) BI_RETURN(throw_receiver(vm, "WrapForValidIteratorPrototype", "return", args[-1]));
    JSValue *hiter = heap_handle(vm, rec_of(args[-1])->v[H_ITER]);
    JSValue m = rt_get_method(vm, *hiter, vm_atom(vm, ATOM_return_));
    if (m == VAL_EXCEPTION) BI_RETURN(m);
    if (val_is_undefined(m)) BI_RETURN(bi_iter_result(vm, VAL_UNDEFINED, true));
    BI_RETURN(vm_call(vm, m, *hiter, 0, NULL));
}

/* ---- Iterator.concat ------------------------------------------------------------------ */

/* Iterator.concat(...items): every item must be an object with a callable
 * @@iterator (checked up front, in order); the helper opens them lazily,
 * one after the other, and yields their values. */
static JSValue iterator_concat(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    JSValue list = valarray_new(vm, 2 * (uint32_t)argc);
    if (list == VAL_EXCEPTION) BI_RETURN(list);
    JSValue *hlist = heap_handle(vm, list);
    for (int i = 0; i < argc; i++) {
        if (!val_is_object(args[i]))
            BI_RETURN(throw_described(vm, TypeError, "Iterator.concat: %s is not an object", args[i]));
        JSValue m = rt_get_method(vm, args[i], vm_intrinsic(vm, INTR_SymbolIterator));
        if (m == VAL_EXCEPTION) BI_RETURN(m);
        if (val_is_undefined(m))
            BI_RETURN(throw_described(vm, TypeError, "Iterator.concat: %s is not iterable", args[i]));
        ValArray *a = va(*hlist);
        heap_store(&vm->heap, &a->hdr, &a->v[2 * i], m);
        heap_store(&vm->heap, &a->hdr, &a->v[2 * i + 1], args[i]);
        a->count = 2 * (uint32_t)i + 2;
    }
    JSValue *hundef = heap_handle(vm, VAL_UNDEFINED);
    BI_RETURN(helper_new(vm, HK_CONCAT, hundef, hundef, hlist, 0));
}

/* ---- the eager methods: reduce, toArray, forEach, some, every, find -------------------- */

typedef enum { EG_FOR_EACH, EG_SOME, EG_EVERY, EG_FIND } EagerKind;

/* forEach / some / every / find (magic: EagerKind). */
static JSValue iter_eager(VM *vm, JSValue *args, int argc, JSValue nt)
{
    static const char *const names[] = { "forEach", "some", "every", "find" };
    EagerKind kind = (EagerKind)call_native_callee(vm)->magic;
    BI_SCOPE;
    if (!this_is_object(vm, args, names[kind])) BI_RETURN(VAL_EXCEPTION);
    JSValue *hfn = heap_handle(vm, bi_arg(args, argc, 0));
    if (!check_callable(vm, args, *hfn)) BI_RETURN(VAL_EXCEPTION);
    JSValue *hnext = heap_handle(vm, VAL_UNDEFINED);
    if (!get_next(vm, args, hnext)) BI_RETURN(VAL_EXCEPTION);
    JSValue *hv = heap_handle(vm, VAL_UNDEFINED);
    for (double counter = 0;; counter++) {
        bool done = false;
        *hv = step(vm, args[-1], *hnext, true, &done);
        if (*hv == VAL_EXCEPTION) BI_RETURN(VAL_EXCEPTION);
        if (done) break;
        JSValue cargs[2] = { *hv, val_number(counter) };
        JSValue res = vm_call(vm, *hfn, VAL_UNDEFINED, 2, cargs);
        if (res == VAL_EXCEPTION) BI_RETURN(close_throw(vm, args[-1]));
        if (kind == EG_FOR_EACH) continue;
        bool b = rt_to_boolean(res);
        if (kind == EG_EVERY ? b : !b) continue;
        /* IteratorClose(iterated, NormalCompletion(result)) */
        JSValue *hres = heap_handle(vm, kind == EG_FIND ? *hv : val_from_bool(kind == EG_SOME));
        if (rt_iterator_close(vm, args[-1]) < 0) BI_RETURN(VAL_EXCEPTION);
        BI_RETURN(*hres);
    }
    BI_RETURN(kind == EG_SOME ? VAL_FALSE : kind == EG_EVERY ? VAL_TRUE : VAL_UNDEFINED);
}

static JSValue iter_reduce(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    if (!this_is_object(vm, args, "reduce")) BI_RETURN(VAL_EXCEPTION);
    JSValue *hfn = heap_handle(vm, bi_arg(args, argc, 0));
    if (!check_callable(vm, args, *hfn)) BI_RETURN(VAL_EXCEPTION);
    JSValue *hnext = heap_handle(vm, VAL_UNDEFINED);
    if (!get_next(vm, args, hnext)) BI_RETURN(VAL_EXCEPTION);
    JSValue *hacc = heap_handle(vm, bi_arg(args, argc, 1));
    double counter = 0;
    bool done = false;
    if (argc < 2) {   /* initialValue not present (undefined counts as present) */
        *hacc = step(vm, args[-1], *hnext, true, &done);
        if (*hacc == VAL_EXCEPTION) BI_RETURN(VAL_EXCEPTION);
        if (done) BI_RETURN(bi_throw_type(vm, "Reduce of empty iterator with no initial value"));
        counter = 1;
    }
    for (;; counter++) {
        JSValue v = step(vm, args[-1], *hnext, true, &done);
        if (v == VAL_EXCEPTION) BI_RETURN(VAL_EXCEPTION);
        if (done) BI_RETURN(*hacc);
        JSValue cargs[3] = { *hacc, v, val_number(counter) };
        JSValue res = vm_call(vm, *hfn, VAL_UNDEFINED, 3, cargs);
        if (res == VAL_EXCEPTION) BI_RETURN(close_throw(vm, args[-1]));
        *hacc = res;
    }
}

static JSValue iter_to_array(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    if (!this_is_object(vm, args, "toArray")) BI_RETURN(VAL_EXCEPTION);
    JSValue *hnext = heap_handle(vm, VAL_UNDEFINED);
    if (!get_next(vm, args, hnext)) BI_RETURN(VAL_EXCEPTION);
    JSValue *harr = heap_handle(vm, arr_new_from(vm, NULL, 0));
    if (*harr == VAL_EXCEPTION) BI_RETURN(VAL_EXCEPTION);
    for (;;) {
        bool done = false;
        JSValue v = step(vm, args[-1], *hnext, true, &done);
        if (v == VAL_EXCEPTION) BI_RETURN(VAL_EXCEPTION);
        if (done) BI_RETURN(*harr);
        if (arr_push(vm, *harr, v) < 0) BI_RETURN(VAL_EXCEPTION);
    }
}

/* ---- the Iterator constructor and the Iterator.prototype accessors --------------------- */

static JSValue iterator_ctor(VM *vm, JSValue *args, int argc, JSValue new_target)
{
    if (!val_is_object(new_target) || new_target == vm_intrinsic(vm, INTR_Iterator))
        return bi_throw_type(vm, "Abstract class Iterator not directly constructable");
    JSValue proto = bi_proto_from_ctor(vm, new_target, INTR_IteratorPrototype);
    if (proto == VAL_EXCEPTION) return proto;
    return obj_new(vm, proto);
}

/* magic: 0 `constructor`, 1 @@toStringTag */
static JSValue proto_getter(VM *vm, JSValue *args, int argc, JSValue nt)
{
    if (call_native_callee(vm)->magic == 0) return vm_intrinsic(vm, INTR_Iterator);
    return bi_str(vm, "Iterator");
}

/* SetterThatIgnoresPrototypeProperties(this, %Iterator.prototype%, p, v) */
static JSValue proto_setter(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    JSValue key = call_native_callee(vm)->magic == 0 ? vm_atom(vm, ATOM_constructor)
                                                     : vm_intrinsic(vm, INTR_SymbolToStringTag);
    JSValue *hkey = heap_handle(vm, key);
    JSValue *hv = heap_handle(vm, bi_arg(args, argc, 0));
    if (!val_is_object(args[-1])) BI_RETURN(bi_throw_type(vm, "Iterator.prototype setter called on non-object"));
    if (args[-1] == vm_intrinsic(vm, INTR_IteratorPrototype))
        BI_RETURN(bi_throw_type(vm, "Cannot assign to read only property of Iterator.prototype"));
    PropDesc d;
    int found = obj_get_own_property(vm, args[-1], *hkey, &d);
    if (found < 0) BI_RETURN(VAL_EXCEPTION);
    if (!found) {
        PropDesc nd = { .value = *hv, .getter = VAL_HOLE, .setter = VAL_HOLE, .attrs = PROP_DEFAULT,
                        .has = DESC_HAS_VALUE | DESC_HAS_WRITABLE | DESC_HAS_ENUMERABLE | DESC_HAS_CONFIGURABLE };
        if (obj_define_own(vm, args[-1], *hkey, &nd, true) < 0 || err_pending(vm)) BI_RETURN(VAL_EXCEPTION);
    } else if (rt_set(vm, args[-1], *hkey, *hv, true) < 0) {
        BI_RETURN(VAL_EXCEPTION);
    }
    BI_RETURN(VAL_UNDEFINED);
}

/* ---- installation ----------------------------------------------------------------------- */

static int def_accessor(VM *vm, JSValue obj, JSValue key, const char *get_name, const char *set_name, int magic)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *ho = heap_handle(vm, obj), *hk = heap_handle(vm, key);
    int r = -1;
    JSValue g = fn_new_native(vm, get_name, proto_getter, 0, magic);
    if (g == VAL_EXCEPTION) goto out;
    JSValue *hg = heap_handle(vm, g);
    if (magic == 1) vm->intrinsics[INTR_IteratorTagGetter] = *hg;
    JSValue s = fn_new_native(vm, set_name, proto_setter, 1, magic);
    if (s == VAL_EXCEPTION) goto out;
    r = obj_define_accessor(vm, *ho, *hk, *hg, s, PROP_CONFIGURABLE);
out:
    heap_scope_close(vm, hs);
    return r;
}

static bool make_proto(VM *vm, IntrinsicId id, NativeFn next, NativeFn ret)
{
    JSValue p = obj_new(vm, vm_intrinsic(vm, INTR_IteratorPrototype));
    if (p == VAL_EXCEPTION) return false;
    vm->intrinsics[id] = p;
    return realm_def_method(vm, vm_intrinsic(vm, id), "next", next, 0, 0) >= 0 &&
           realm_def_method(vm, vm_intrinsic(vm, id), "return", ret, 0, 0) >= 0;
}

bool bi_iterator_helpers_init(VM *vm)
{
    HandleScope hs = heap_scope_open(vm);
    bool ok = false;
    JSValue *hproto = heap_handle(vm, vm_intrinsic(vm, INTR_IteratorPrototype));
    JSValue ctor = fn_new_native(vm, "Iterator", iterator_ctor, 0, 0);
    if (ctor == VAL_EXCEPTION) goto out;
    JSValue *hctor = heap_handle(vm, ctor);
    val_obj(*hctor)->flags |= OBJ_IS_CONSTRUCTOR;
    vm->intrinsics[INTR_Iterator] = *hctor;
    if (obj_define_value(vm, *hctor, vm_atom(vm, ATOM_prototype), *hproto, 0) < 0 ||
        realm_def_value(vm, vm->global, "Iterator", *hctor, PROP_HIDDEN) < 0 ||
        realm_def_method(vm, *hctor, "from", iterator_from, 1, 0) < 0 ||
        realm_def_method(vm, *hctor, "concat", iterator_concat, 0, 0) < 0)
        goto out;
    if (def_accessor(vm, *hproto, vm_atom(vm, ATOM_constructor), "get constructor", "set constructor", 0) < 0 ||
        def_accessor(vm, *hproto, vm_intrinsic(vm, INTR_SymbolToStringTag), "get [Symbol.toStringTag]",
                     "set [Symbol.toStringTag]", 1) < 0)
        goto out;
    static const struct {
        const char *name;
        NativeFn fn;
        int length, magic;
    } methods[] = {
        { "map", iter_map, 1, 0 },
        { "filter", iter_filter, 1, 0 },
        { "take", iter_take, 1, 0 },
        { "drop", iter_drop, 1, 0 },
        { "flatMap", iter_flat_map, 1, 0 },
        { "reduce", iter_reduce, 1, 0 },
        { "toArray", iter_to_array, 0, 0 },
        { "forEach", iter_eager, 1, EG_FOR_EACH },
        { "some", iter_eager, 1, EG_SOME },
        { "every", iter_eager, 1, EG_EVERY },
        { "find", iter_eager, 1, EG_FIND },
    };
    for (size_t i = 0; i < sizeof methods / sizeof methods[0]; i++)
        if (realm_def_method(vm, *hproto, methods[i].name, methods[i].fn, methods[i].length, methods[i].magic) < 0)
            goto out;
    if (!make_proto(vm, INTR_IteratorHelperPrototype, helper_next, helper_return) ||
        !make_proto(vm, INTR_WrapForValidIteratorPrototype, wrap_next, wrap_return))
        goto out;
    JSValue tag = bi_str(vm, "Iterator Helper");
    if (tag == VAL_EXCEPTION || obj_define_value(vm, vm_intrinsic(vm, INTR_IteratorHelperPrototype),
                                                 vm_intrinsic(vm, INTR_SymbolToStringTag), tag, PROP_CONFIGURABLE) < 0)
        goto out;
    ok = true;
out:
    heap_scope_close(vm, hs);
    return ok;
}
