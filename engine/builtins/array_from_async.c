/*
 * array_from_async.c -- Array.fromAsync (ECMA-262 23.1.2.2, ES2026)
 * (prefix bi_array_from_async).
 *
 * The spec runs an abstract closure as an async function.  Here it is a
 * state machine whose state lives in a record ValArray (FA_*); each Await
 * hands a value to bi_promise_resolve_then with two native closures over
 * the record (made once, as Await's reactions are never seen by user
 * code), and those closures drive the machine on from the stage it was
 * left in.  The start runs synchronously inside Array.fromAsync, as
 * AsyncFunctionStart does, so everything before the first Await happens
 * before Array.fromAsync returns; every error rejects the result promise.
 *
 * Stages:
 *   ST_ITER_LOOP   iterator path: call next, Await the result (ST_ITER_NEXT)
 *   ST_ITER_NEXT   the awaited result: done -> finish, else the value is
 *                  mapped and Awaited (ST_ITER_MAPPED) or stored
 *   ST_ITER_MAPPED the awaited mapped value is stored
 *   ST_CLOSE       AsyncIteratorClose awaited return()'s result: reject
 *                  with the error kept in FA_ERROR
 *   ST_AL_LOOP     array-like path: Get(arrayLike, k), Await (ST_AL_VALUE)
 *   ST_AL_VALUE    the awaited kValue, mapped and Awaited (ST_AL_MAPPED) or stored
 *   ST_AL_MAPPED   the awaited mapped value is stored
 *
 * GC: the record is reached from the closures' data and from handles;
 * it is read back after anything that may allocate or call into JS.
 */
#include "bi_internal.h"
#include "call.h"
#include "generator.h"

enum {
    FA_PROMISE, FA_C, FA_MAPFN, FA_THIS_ARG, FA_ITER, FA_NEXT, FA_ITEMS, FA_A, FA_K, FA_LEN, FA_STAGE, FA_ERROR,
    FA_ON_FULFILLED, FA_ON_REJECTED, FA__COUNT
};
typedef enum {
    ST_ITER_LOOP, ST_ITER_NEXT, ST_ITER_MAPPED, ST_CLOSE, ST_AL_LOOP, ST_AL_VALUE, ST_AL_MAPPED
} Stage;

static ValArray *va(JSValue v) { return (ValArray *)val_cell(v); }
static JSValue field(const JSValue *hr, int f) { return va(*hr)->v[f]; }
static void set_field(VM *vm, const JSValue *hr, int f, JSValue v) { heap_store(&vm->heap, &va(*hr)->hdr, &va(*hr)->v[f], v); }
static double k_of(const JSValue *hr) { return val_to_number(field(hr, FA_K)); }
static bool mapping(const JSValue *hr) { return !val_is_undefined(field(hr, FA_MAPFN)); }

/* The promise settles (a thenable A is adopted, as the closure's return
 * value would be).  false only when even that failed (OOM). */
static bool finish(VM *vm, const JSValue *hr, JSValue v, bool reject)
{
    return bi_promise_settle(vm, field(hr, FA_PROMISE), v, reject);
}

static bool fail_pending(VM *vm, const JSValue *hr)
{
    JSValue e = err_take(vm);
    return finish(vm, hr, e, true);
}

static JSValue on_settled(VM *vm, JSValue *args, int argc, JSValue nt);

/* Await(v): the machine continues at stage when v settles.  Returns 1 when
 * suspended, 0 when Await itself threw (PromiseResolve: the exception is
 * pending, the caller resumes at stage with it), -1 on OOM. */
static int await_value(VM *vm, const JSValue *hr, JSValue v, Stage stage)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *hv = heap_handle(vm, v);
    int rc = -1;
    set_field(vm, hr, FA_STAGE, val_from_int((int32_t)stage));
    if (val_is_undefined(field(hr, FA_ON_FULFILLED))) {
        for (int i = 0; i < 2; i++) {
            JSValue f = fn_new_native(vm, "", on_settled, 1, i);
            if (f == VAL_EXCEPTION) goto out;
            JSFunction *jf = (JSFunction *)val_obj(f);
            heap_store(&vm->heap, &jf->obj.hdr, &jf->data, *hr);
            set_field(vm, hr, i ? FA_ON_REJECTED : FA_ON_FULFILLED, f);
        }
    }
    rc = bi_promise_resolve_then(vm, *hv, field(hr, FA_ON_FULFILLED), field(hr, FA_ON_REJECTED), false) ==
                 VAL_EXCEPTION
             ? 0
             : 1;
out:
    heap_scope_close(vm, hs);
    return rc;
}

/* AsyncIteratorClose(iteratorRecord, ThrowCompletion(err)): return() is
 * called and its result awaited, and then err rejects the promise; if
 * return() is missing or throws, err rejects it at once. */
static bool close_with(VM *vm, const JSValue *hr, JSValue err)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *herr = heap_handle(vm, err);
    JSValue *hit = heap_handle(vm, field(hr, FA_ITER));
    int a = 0;
    JSValue m = rt_get_method(vm, *hit, vm_atom(vm, ATOM_return_));
    JSValue res = m == VAL_EXCEPTION || val_is_undefined(m) ? VAL_EXCEPTION : vm_call(vm, m, *hit, 0, NULL);
    if (res != VAL_EXCEPTION) {
        set_field(vm, hr, FA_ERROR, *herr);
        a = await_value(vm, hr, res, ST_CLOSE);
    }
    if (err_pending(vm)) err_take(vm);   /* whatever return() did, err wins */
    bool ok = a != 0 ? a > 0 : finish(vm, hr, *herr, true);
    heap_scope_close(vm, hs);
    return ok;
}

/* The pending exception closes the iterator (IfAbruptCloseAsyncIterator). */
static bool close_pending(VM *vm, const JSValue *hr)
{
    JSValue e = err_take(vm);
    return close_with(vm, hr, e);
}

/* CreateDataPropertyOrThrow(A, k, v), k++ */
static bool store(VM *vm, const JSValue *hr, JSValue v)
{
    double k = k_of(hr);
    if (bi_create_index(vm, field(hr, FA_A), k, v) < 0) return false;
    va(*hr)->v[FA_K] = val_number(k + 1);   /* a number: no barrier */
    return true;
}

/* Call(mapfn, thisArg, «v, k») */
static JSValue call_mapfn(VM *vm, const JSValue *hr, JSValue v)
{
    JSValue cargs[2] = { v, val_number(k_of(hr)) };
    return vm_call(vm, field(hr, FA_MAPFN), field(hr, FA_THIS_ARG), 2, cargs);
}

/* Run the machine from its stage, resumed with *hin (threw: a rejection),
 * until it awaits or settles the promise.  false on OOM only. */
static bool drive(VM *vm, const JSValue *hr, JSValue *hin, bool threw)
{
    for (;;) {
        Stage stage = (Stage)val_int(field(hr, FA_STAGE));
        JSValue v;
        int a;
        switch (stage) {
        case ST_ITER_LOOP:
            if (k_of(hr) >= 9007199254740991.0) {   /* 2^53 - 1 */
                bi_throw_type(vm, "Array.fromAsync: too many values");
                return close_pending(vm, hr);
            }
            v = vm_call(vm, field(hr, FA_NEXT), field(hr, FA_ITER), 0, NULL);
            if (v == VAL_EXCEPTION) return fail_pending(vm, hr);
            a = await_value(vm, hr, v, ST_ITER_NEXT);
            if (a != 0) return a > 0;
            *hin = err_take(vm);
            threw = true;
            continue;
        case ST_ITER_NEXT: {
            if (threw) return finish(vm, hr, *hin, true);
            if (!val_is_object(*hin)) {
                char *d = bi_describe(vm, *hin);
                err_throw_type(vm, TypeError, "Iterator result %s is not an object", d ? d : "value");
                free(d);
                return fail_pending(vm, hr);
            }
            JSValue done = obj_get(vm, *hin, vm_atom(vm, ATOM_done));
            if (done == VAL_EXCEPTION) return fail_pending(vm, hr);
            if (rt_to_boolean(done)) {
                if (bi_set_length(vm, field(hr, FA_A), k_of(hr)) < 0) return fail_pending(vm, hr);
                return finish(vm, hr, field(hr, FA_A), false);
            }
            v = obj_get(vm, *hin, vm_atom(vm, ATOM_value));
            if (v == VAL_EXCEPTION) return fail_pending(vm, hr);
            if (!mapping(hr)) {
                *hin = v;
                set_field(vm, hr, FA_STAGE, val_from_int(ST_ITER_MAPPED));
                threw = false;
                continue;
            }
            v = call_mapfn(vm, hr, v);
            if (v == VAL_EXCEPTION) return close_pending(vm, hr);
            a = await_value(vm, hr, v, ST_ITER_MAPPED);
            if (a != 0) return a > 0;
            *hin = err_take(vm);
            threw = true;
            continue;
        }
        case ST_ITER_MAPPED:
            if (threw) return close_with(vm, hr, *hin);
            if (!store(vm, hr, *hin)) return close_pending(vm, hr);
            set_field(vm, hr, FA_STAGE, val_from_int(ST_ITER_LOOP));
            continue;
        case ST_CLOSE:
            return finish(vm, hr, field(hr, FA_ERROR), true);
        case ST_AL_LOOP:
            if (k_of(hr) >= val_to_number(field(hr, FA_LEN))) {
                if (bi_set_length(vm, field(hr, FA_A), k_of(hr)) < 0) return fail_pending(vm, hr);
                return finish(vm, hr, field(hr, FA_A), false);
            }
            v = bi_get_index(vm, field(hr, FA_ITEMS), k_of(hr));
            if (v == VAL_EXCEPTION) return fail_pending(vm, hr);
            a = await_value(vm, hr, v, ST_AL_VALUE);
            if (a != 0) return a > 0;
            *hin = err_take(vm);
            threw = true;
            continue;
        case ST_AL_VALUE:
            if (threw) return finish(vm, hr, *hin, true);
            if (!mapping(hr)) {
                set_field(vm, hr, FA_STAGE, val_from_int(ST_AL_MAPPED));
                continue;
            }
            v = call_mapfn(vm, hr, *hin);
            if (v == VAL_EXCEPTION) return fail_pending(vm, hr);
            a = await_value(vm, hr, v, ST_AL_MAPPED);
            if (a != 0) return a > 0;
            *hin = err_take(vm);
            threw = true;
            continue;
        case ST_AL_MAPPED:
            if (threw) return finish(vm, hr, *hin, true);
            if (!store(vm, hr, *hin)) return fail_pending(vm, hr);
            set_field(vm, hr, FA_STAGE, val_from_int(ST_AL_LOOP));
            continue;
        }
    }
}

/* Await's reactions: magic 0 fulfilled, 1 rejected; data = the record. */
static JSValue on_settled(VM *vm, JSValue *args, int argc, JSValue nt)
{
    HandleScope hs = heap_scope_open(vm);
    JSFunction *self = call_native_callee(vm);
    bool threw = self->magic == 1;
    JSValue *hr = heap_handle(vm, self->data);
    JSValue *hin = heap_handle(vm, bi_arg(args, argc, 0));
    bool ok = drive(vm, hr, hin, threw);
    heap_scope_close(vm, hs);
    return ok ? VAL_UNDEFINED : VAL_EXCEPTION;
}

/* The closure's steps up to its first Await: the mapfn check, the choice
 * of path, the iterator or the array-like's length, and A. */
static bool start(VM *vm, const JSValue *hr)
{
    HandleScope hs = heap_scope_open(vm);
    bool ok = false;
    JSValue *hitems = heap_handle(vm, field(hr, FA_ITEMS));
    JSValue *ham = heap_handle(vm, VAL_UNDEFINED), *hsm = heap_handle(vm, VAL_UNDEFINED);
    JSValue *hc = heap_handle(vm, field(hr, FA_C));
    if (mapping(hr) && !rt_is_callable(field(hr, FA_MAPFN))) {
        char *d = bi_describe(vm, field(hr, FA_MAPFN));
        err_throw_type(vm, TypeError, "%s is not a function", d ? d : "value");
        free(d);
        goto out;
    }
    if (val_is_nullish(*hitems)) {   /* GetMethod's ToObject */
        bi_throw_type(vm, "Array.fromAsync requires an iterable or array-like object");
        goto out;
    }
    *ham = rt_get_method(vm, *hitems, vm_intrinsic(vm, INTR_SymbolAsyncIterator));
    if (*ham == VAL_EXCEPTION) goto out;
    if (val_is_undefined(*ham)) {
        *hsm = rt_get_method(vm, *hitems, vm_intrinsic(vm, INTR_SymbolIterator));
        if (*hsm == VAL_EXCEPTION) goto out;
    }
    JSValue a;
    if (!val_is_undefined(*ham) || !val_is_undefined(*hsm)) {
        JSValue *pair = heap_handle(vm, VAL_UNDEFINED);
        (void)heap_handle(vm, VAL_UNDEFINED);   /* pair[1]: handles are contiguous */
        if (bi_generator_async_iterator_from(vm, pair, *hitems, *ham, *hsm) < 0) goto out;
        set_field(vm, hr, FA_ITER, pair[0]);
        set_field(vm, hr, FA_NEXT, pair[1]);
        a = rt_is_constructor(*hc) ? vm_construct(vm, *hc, 0, NULL, *hc) : arr_new(vm, 0);
        if (a == VAL_EXCEPTION) goto out;
        set_field(vm, hr, FA_STAGE, val_from_int(ST_ITER_LOOP));
    } else {
        JSValue o = rt_to_object(vm, *hitems);
        if (o == VAL_EXCEPTION) goto out;
        set_field(vm, hr, FA_ITEMS, o);
        double len;
        if (!bi_length_of(vm, field(hr, FA_ITEMS), &len)) goto out;
        if (rt_is_constructor(*hc)) {
            JSValue n = val_number(len);
            a = vm_construct(vm, *hc, 1, &n, *hc);
        } else if (len > 4294967295.0) {
            a = err_throw_type(vm, RangeError, "Invalid array length");
        } else {
            a = arr_new(vm, (uint32_t)len);
        }
        if (a == VAL_EXCEPTION) goto out;
        set_field(vm, hr, FA_LEN, val_number(len));
        set_field(vm, hr, FA_STAGE, val_from_int(ST_AL_LOOP));
    }
    set_field(vm, hr, FA_A, a);
    ok = true;
out:
    heap_scope_close(vm, hs);
    return ok;
}

/* Array.fromAsync(asyncItems [, mapfn [, thisArg]]) */
JSValue bi_array_from_async(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    JSValue p = bi_promise_new(vm);
    if (p == VAL_EXCEPTION) BI_RETURN(p);
    JSValue *hp = heap_handle(vm, p);
    JSValue rec = valarray_new(vm, FA__COUNT);
    if (rec == VAL_EXCEPTION) BI_RETURN(rec);
    ValArray *r = va(rec);
    for (int i = 0; i < FA__COUNT; i++) r->v[i] = VAL_UNDEFINED;
    r->v[FA_PROMISE] = *hp;
    r->v[FA_C] = args[-1];
    r->v[FA_MAPFN] = bi_arg(args, argc, 1);
    r->v[FA_THIS_ARG] = bi_arg(args, argc, 2);
    r->v[FA_ITEMS] = bi_arg(args, argc, 0);
    r->v[FA_K] = val_from_int(0);
    r->count = FA__COUNT;
    JSValue *hr = heap_handle(vm, rec);
    JSValue *hin = heap_handle(vm, VAL_UNDEFINED);
    bool ok = start(vm, hr) ? drive(vm, hr, hin, false) : fail_pending(vm, hr);
    if (!ok) BI_RETURN(VAL_EXCEPTION);
    BI_RETURN(*hp);
}
