/*
 * atomics.c -- the Atomics namespace (prefix bi_atomics_) over integer
 * typed arrays, shared or not.
 *
 * One agent runs JS at a time and no other thread sees the memory, so each
 * operation is a plain read-modify-write of the element; what must be exact
 * is the spec's validation and conversion order:
 *
 *   ValidateIntegerTypedArray (TypeError)  ->  ValidateAtomicAccess: ToIndex
 *   (RangeError)  ->  the value conversions (may run JS)  ->
 *   RevalidateAtomicAccess (TypeError when the buffer detached or the view
 *   went out of bounds, RangeError when the index is past a shrunk end)
 *
 * wait: nothing can notify a waiter that blocks this thread, so a wait
 * whose value matches sleeps its timeout and answers "timed-out" (an
 * infinite one blocks until the script is interrupted, as node's main thread
 * blocks for ever).  waitAsync
 * waiters sit in a list (intrinsic AtomicsWaiters) that notify walks in
 * FIFO order; a finite timeout is a loop timer that does not keep the loop
 * alive, as in node.
 *
 * BigInt64Array / BigUint64Array: the values convert with ToBigInt (a
 * Number is a TypeError), the arithmetic is modulo 2^64 on the element's
 * bits and the results are BigInts; wait / waitAsync / notify accept a
 * BigInt64Array (8-byte elements, the expected value through ToBigInt64).
 */
#include "bi_typedarray.h"

#include <errno.h>
#include <time.h>

#include "call.h"
#include "eventloop.h"

/* ---- validation -------------------------------------------------------------- */

static bool integer_kind(TaKind k, bool waitable)
{
    if (waitable) return k == TA_Int32 || k == TA_BigInt64;
    switch (k) {
    case TA_Int8: case TA_Uint8: case TA_Int16: case TA_Uint16: case TA_Int32: case TA_Uint32: return true;
    case TA_BigInt64: case TA_BigUint64: return true;
    case TA_Uint8Clamped: case TA_Float32: case TA_Float64: case TA_Float16: case TA__COUNT: return false;
    }
    return false;
}

/* ValidateIntegerTypedArray + ValidateAtomicAccess: the element index in *idx. */
static bool validate(VM *vm, JSValue ta, JSValue index, bool waitable, uint32_t *idx)
{
    if (!val_is_typed_array(ta) || !integer_kind((TaKind)ta_of(ta)->kind, waitable)) {
        char *d = bi_describe(vm, ta);
        err_throw_type(vm, TypeError, "%s is not an %s typed array.", d ? d : "value",
                       waitable ? "Int32Array or BigInt64Array" : "integer");
        free(d);
        return false;
    }
    uint32_t len;
    if (!bi_ta_validate(vm, ta, "Atomics operation", &len)) return false;
    double i;
    if (!bi_ta_to_index(vm, index, "Invalid atomic access index", &i)) return false;
    if (i >= len) {
        err_throw_type(vm, RangeError, "Invalid atomic access index");
        return false;
    }
    *idx = (uint32_t)i;
    return true;
}

/* RevalidateAtomicAccess after the conversions; the element's address. */
static uint8_t *revalidate(VM *vm, JSValue ta, uint32_t idx)
{
    JSTypedArray *t = ta_of(ta);
    if (ta_out_of_bounds(t)) {
        bi_throw_type(vm, "Cannot perform Atomics operation on a detached or out of bounds ArrayBuffer");
        return NULL;
    }
    if (idx >= ta_length(t)) {
        err_throw_type(vm, RangeError, "Invalid atomic access index");
        return NULL;
    }
    return ab_bytes(ta_buf(t)) + t->byte_offset + (size_t)idx * ta_elem_size[t->kind];
}

/* A converted value operand: ToIntegerOrInfinity for the Number kinds
 * (num), ToBigInt for the BigInt kinds (big, valid until the next
 * allocation; bits, its low 64 bits). */
typedef struct Operand {
    double num;
    JSValue big;
    uint64_t bits;
} Operand;

/* The element bytes a store of operand v into kind k writes (NumericToRawBytes). */
static void operand_bytes(uint8_t out[8], TaKind k, const Operand *v)
{
    if (ta_kind_is_bigint(k)) ta_store_bits(out, v->bits);
    else ta_store(out, k, v->num);
}

/* The start of load, store, compareExchange and the read-modify-writes:
 * validate args[0] / args[1], convert the nvals values args[2..] into vals,
 * revalidate; the element's address or NULL with an exception pending. */
static uint8_t *prepare(VM *vm, JSValue *args, int argc, int nvals, Operand *vals)
{
    uint32_t idx;
    if (!validate(vm, bi_arg(args, argc, 0), bi_arg(args, argc, 1), false, &idx)) return NULL;
    bool big = ta_kind_is_bigint((TaKind)ta_of(args[0])->kind);
    for (int i = 0; i < nvals; i++) {
        JSValue v = bi_arg(args, argc, 2 + i);
        if (!big) {
            if (!rt_to_integer_or_inf(vm, v, &vals[i].num)) return NULL;
            continue;
        }
        vals[i].big = rt_to_bigint(vm, v);
        if (vals[i].big == VAL_EXCEPTION) return NULL;
        vals[i].bits = bigint_to_uint64(vals[i].big);
    }
    return revalidate(vm, args[0], idx);
}

/* ---- read-modify-write -------------------------------------------------------- */

enum { OP_ADD, OP_SUB, OP_AND, OP_OR, OP_XOR, OP_EXCHANGE };

static uint64_t apply(int op, uint64_t a, uint64_t b)
{
    switch (op) {
    case OP_ADD: return a + b;
    case OP_SUB: return a - b;
    case OP_AND: return a & b;
    case OP_OR: return a | b;
    case OP_XOR: return a ^ b;
    }
    return b;   /* OP_EXCHANGE */
}

/* AtomicReadModifyWrite: the old value.  Element arithmetic is modulo
 * 2^32 (2^64 on the BigInt kinds' bits) and the store truncates to the
 * element (NumericToRawBytes). */
static JSValue rmw(VM *vm, JSValue *args, int argc, int op)
{
    Operand v;
    uint8_t *p = prepare(vm, args, argc, 1, &v);
    if (!p) return VAL_EXCEPTION;
    TaKind k = (TaKind)ta_of(args[0])->kind;
    if (ta_kind_is_bigint(k)) {
        uint8_t old[8];
        uint64_t a;
        memcpy(old, p, 8);
        memcpy(&a, p, 8);
        ta_store_bits(p, apply(op, a, v.bits));
        return ta_get_value(vm, old, k);   /* allocates: p is dead */
    }
    JSValue old = ta_load(p, k);
    ta_store(p, k, (double)(uint32_t)apply(op, ta_wrap32(val_to_number(old)), ta_wrap32(v.num)));
    return old;
}

#define RMW_FN(name, op) \
    static JSValue atomics_##name(VM *vm, JSValue *args, int argc, JSValue nt) { return rmw(vm, args, argc, op); }
RMW_FN(add, OP_ADD)
RMW_FN(sub, OP_SUB)
RMW_FN(and, OP_AND)
RMW_FN(or, OP_OR)
RMW_FN(xor, OP_XOR)
RMW_FN(exchange, OP_EXCHANGE)

static JSValue atomics_load(VM *vm, JSValue *args, int argc, JSValue nt)
{
    uint8_t *p = prepare(vm, args, argc, 0, NULL);
    return p ? ta_get_value(vm, p, (TaKind)ta_of(args[0])->kind) : VAL_EXCEPTION;
}

/* store returns the converted value itself (ToIntegerOrInfinity: -0 is +0;
 * ToBigInt: the BigInt, not its truncation to the element). */
static JSValue atomics_store(VM *vm, JSValue *args, int argc, JSValue nt)
{
    Operand v;
    uint8_t *p = prepare(vm, args, argc, 1, &v);
    if (!p) return VAL_EXCEPTION;
    TaKind k = (TaKind)ta_of(args[0])->kind;
    operand_bytes(p, k, &v);
    return ta_kind_is_bigint(k) ? v.big : val_number(v.num + 0.0);
}

/* compareExchange compares the raw element bytes, so expected converts the
 * way a store would (257 matches a Uint8 element holding 1). */
static JSValue atomics_compare_exchange(VM *vm, JSValue *args, int argc, JSValue nt)
{
    Operand v[2];   /* expected, replacement */
    uint8_t *p = prepare(vm, args, argc, 2, v);
    if (!p) return VAL_EXCEPTION;
    TaKind k = (TaKind)ta_of(args[0])->kind;
    size_t es = ta_elem_size[k];
    uint8_t want[8], old[8];
    operand_bytes(want, k, &v[0]);
    memcpy(old, p, es);
    if (memcmp(want, p, es) == 0) operand_bytes(p, k, &v[1]);
    return ta_get_value(vm, old, k);
}

static JSValue atomics_is_lock_free(VM *vm, JSValue *args, int argc, JSValue nt)
{
    double n;
    if (!rt_to_integer_or_inf(vm, bi_arg(args, argc, 0), &n)) return VAL_EXCEPTION;
    return val_from_bool(n == 1 || n == 2 || n == 4 || n == 8);
}

/* ---- wait / notify -------------------------------------------------------------- */

/* A waitAsync waiter: a ValArray [buffer, byte index, promise, timeout]. */
enum { W_BUFFER, W_INDEX, W_PROMISE, W_TIMEOUT, W__COUNT };

static ValArray *waiters(VM *vm) { return (ValArray *)val_cell(vm_intrinsic(vm, INTR_AtomicsWaiters)); }

static bool waiters_push(VM *vm, JSValue rec)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *hr = heap_handle(vm, rec);
    ValArray *w = waiters(vm);
    if (w->count == w->capacity) {
        JSValue g = valarray_grow(vm, vm_intrinsic(vm, INTR_AtomicsWaiters), 2 * w->capacity + 4);
        if (g == VAL_EXCEPTION) {
            heap_scope_close(vm, hs);
            return false;
        }
        vm->intrinsics[INTR_AtomicsWaiters] = g;
        w = waiters(vm);
    }
    heap_store(&vm->heap, &w->hdr, &w->v[w->count++], *hr);
    heap_scope_close(vm, hs);
    return true;
}

/* Remove the i-th waiter, keeping the order of the rest. */
static void waiters_remove(VM *vm, uint32_t i)
{
    ValArray *w = waiters(vm);
    for (uint32_t j = i + 1; j < w->count; j++) heap_store(&vm->heap, &w->hdr, &w->v[j - 1], w->v[j]);
    w->v[--w->count] = VAL_UNDEFINED;
}

static int32_t waiters_find(VM *vm, JSValue rec)
{
    ValArray *w = waiters(vm);
    for (uint32_t i = 0; i < w->count; i++)
        if (w->v[i] == rec) return (int32_t)i;
    return -1;
}

/* Settle a waiter's promise with "ok" / "timed-out". */
static bool settle(VM *vm, JSValue rec, const char *result)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *hr = heap_handle(vm, rec);
    JSValue s = str_from_cstr(vm, result);
    bool ok = s != VAL_EXCEPTION && bi_promise_settle(vm, ((ValArray *)val_cell(*hr))->v[W_PROMISE], s, false);
    heap_scope_close(vm, hs);
    return ok;
}

/* The timer of a waitAsync waiter: still waiting -> "timed-out". */
static JSValue waiter_timeout(VM *vm, JSValue *args, int argc, JSValue nt)
{
    JSValue rec = call_native_callee(vm)->data;
    int32_t i = waiters_find(vm, rec);
    if (i < 0) return VAL_UNDEFINED;
    waiters_remove(vm, (uint32_t)i);
    return settle(vm, rec, "timed-out") ? VAL_UNDEFINED : VAL_EXCEPTION;
}

/* {async, value}, as waitAsync answers. */
static JSValue wait_result(VM *vm, bool async, JSValue value)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *hv = heap_handle(vm, value);
    JSValue o = obj_new(vm, vm_intrinsic(vm, INTR_ObjectPrototype));
    JSValue *ho = heap_handle(vm, o);
    JSValue r = VAL_EXCEPTION;
    if (o != VAL_EXCEPTION && realm_def_value(vm, *ho, "async", val_from_bool(async), PROP_DEFAULT) == 0 &&
        realm_def_value(vm, *ho, "value", *hv, PROP_DEFAULT) == 0)
        r = *ho;
    heap_scope_close(vm, hs);
    return r;
}

static JSValue result_string(VM *vm, bool async, const char *s)
{
    JSValue v = str_from_cstr(vm, s);
    if (v == VAL_EXCEPTION || !async) return v;
    return wait_result(vm, false, v);
}

/* Sleep t milliseconds (t finite, >= 0) or for ever, in slices of at most
 * 50 ms so that an interrupt (--timeout, an embedder's time limit) ends
 * the wait: false then, and the caller throws. */
static bool block(VM *vm, double t)
{
    while (t > 0) {
        double chunk = t > 50.0 ? 50.0 : t;
        struct timespec ts = { 0, (long)(chunk * 1e6) };
        while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {}
        if (vm->interrupted) return false;
        if (!isinf(t)) t -= chunk;
    }
    return true;
}

/* DoWait(mode, typedArray, index, value, timeout) */
static JSValue do_wait(VM *vm, JSValue *args, int argc, bool async)
{
    BI_SCOPE;
    uint32_t idx;
    JSValue ta = bi_arg(args, argc, 0);
    if (!val_is_typed_array(ta) || !integer_kind((TaKind)ta_of(ta)->kind, true)) {
        char *d = bi_describe(vm, ta);
        err_throw_type(vm, TypeError, "%s is not an int32 or BigInt64 typed array.", d ? d : "value");
        free(d);
        BI_RETURN(VAL_EXCEPTION);
    }
    uint32_t len;
    if (!bi_ta_validate(vm, ta, async ? "Atomics.waitAsync" : "Atomics.wait", &len)) BI_RETURN(VAL_EXCEPTION);
    if (!ab_shared(ta_buf(ta_of(ta)))) {
        char *d = bi_describe(vm, ta);
        err_throw_type(vm, TypeError, "%s is not a shared typed array.", d ? d : "value");
        free(d);
        BI_RETURN(VAL_EXCEPTION);
    }
    if (!validate(vm, ta, bi_arg(args, argc, 1), true, &idx)) BI_RETURN(VAL_EXCEPTION);
    /* the expected value as the element's bytes: ToBigInt64 or ToInt32 */
    bool big = ta_of(ta)->kind == TA_BigInt64;
    size_t es = big ? 8 : 4;
    uint8_t want[8];
    if (big) {
        JSValue b = rt_to_bigint(vm, bi_arg(args, argc, 2));
        if (b == VAL_EXCEPTION) BI_RETURN(b);
        ta_store_bits(want, bigint_to_uint64(b));
    } else {
        int32_t v;
        if (!rt_to_int32(vm, bi_arg(args, argc, 2), &v)) BI_RETURN(VAL_EXCEPTION);
        memcpy(want, &v, 4);
    }
    double q;
    if (!rt_to_double(vm, bi_arg(args, argc, 3), &q)) BI_RETURN(VAL_EXCEPTION);
    double t = q != q || q == INFINITY ? INFINITY : (q < 0 ? 0 : q);
    /* a shared buffer never detaches or shrinks: the index is still valid */
    JSTypedArray *view = ta_of(args[0]);
    uint32_t byte_index = view->byte_offset + idx * (uint32_t)es;
    if (memcmp(want, ab_bytes(ta_buf(view)) + byte_index, es) != 0) BI_RETURN(result_string(vm, async, "not-equal"));
    if (!async) {
        if (!block(vm, t)) BI_RETURN(err_throw(vm, ERRMSG_INTERRUPTED, "Atomics.wait"));
        BI_RETURN(result_string(vm, false, "timed-out"));
    }
    if (t == 0) BI_RETURN(result_string(vm, true, "timed-out"));
    JSValue *rec = heap_handle(vm, valarray_new(vm, W__COUNT));
    if (*rec == VAL_EXCEPTION) BI_RETURN(VAL_EXCEPTION);
    JSValue p = bi_promise_new(vm);
    if (p == VAL_EXCEPTION) BI_RETURN(p);
    ValArray *r = (ValArray *)val_cell(*rec);
    heap_store(&vm->heap, &r->hdr, &r->v[W_PROMISE], p);
    heap_store(&vm->heap, &r->hdr, &r->v[W_BUFFER], ta_of(args[0])->buffer);
    r->v[W_INDEX] = val_from_int((int32_t)byte_index);
    r->count = W__COUNT;
    if (t != INFINITY) {
        JSValue f = fn_new_native(vm, "", waiter_timeout, 0, 0);
        if (f == VAL_EXCEPTION) BI_RETURN(f);
        JSFunction *jf = (JSFunction *)val_obj(f);
        heap_store(&vm->heap, &jf->obj.hdr, &jf->data, *rec);
        JSValue timer = loop_set_unref_timeout(vm, f, t);
        if (timer == VAL_EXCEPTION) BI_RETURN(timer);
        r = (ValArray *)val_cell(*rec);
        heap_store(&vm->heap, &r->hdr, &r->v[W_TIMEOUT], timer);
    }
    if (!waiters_push(vm, *rec)) BI_RETURN(VAL_EXCEPTION);
    BI_RETURN(wait_result(vm, true, ((ValArray *)val_cell(*rec))->v[W_PROMISE]));
}

static JSValue atomics_wait(VM *vm, JSValue *args, int argc, JSValue nt) { return do_wait(vm, args, argc, false); }
static JSValue atomics_wait_async(VM *vm, JSValue *args, int argc, JSValue nt) { return do_wait(vm, args, argc, true); }

/* notify wakes waitAsync waiters only: a blocking wait cannot be woken. */
static JSValue atomics_notify(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    uint32_t idx;
    double c = INFINITY;
    if (!validate(vm, bi_arg(args, argc, 0), bi_arg(args, argc, 1), true, &idx)) BI_RETURN(VAL_EXCEPTION);
    if (bi_arg(args, argc, 2) != VAL_UNDEFINED) {
        if (!rt_to_integer_or_inf(vm, args[2], &c)) BI_RETURN(VAL_EXCEPTION);
        if (c < 0) c = 0;
    }
    JSTypedArray *view = ta_of(args[0]);
    if (!ab_shared(ta_buf(view))) BI_RETURN(val_from_int(0));
    JSValue buf = view->buffer;
    int32_t byte_index = (int32_t)(view->byte_offset + idx * ta_elem_size[view->kind]);
    double n = 0;
    JSValue *rec = heap_handle(vm, VAL_UNDEFINED);
    for (uint32_t i = 0; n < c && i < waiters(vm)->count;) {
        ValArray *r = (ValArray *)val_cell(waiters(vm)->v[i]);
        if (r->v[W_BUFFER] != buf || r->v[W_INDEX] != val_from_int(byte_index)) {
            i++;
            continue;
        }
        *rec = waiters(vm)->v[i];
        waiters_remove(vm, i);
        n++;
        JSValue timer = ((ValArray *)val_cell(*rec))->v[W_TIMEOUT];
        if (timer != VAL_UNDEFINED) loop_clear_timeout(vm, timer);
        if (!settle(vm, *rec, "ok")) BI_RETURN(VAL_EXCEPTION);
        buf = ta_of(args[0])->buffer;
    }
    BI_RETURN(val_number(n));
}

/* ---- init ------------------------------------------------------------------------ */

bool bi_atomics_init(VM *vm)
{
    static const TaMethod fns[] = {
        { "load", atomics_load, 2 },       { "store", atomics_store, 3 },
        { "add", atomics_add, 3 },         { "sub", atomics_sub, 3 },
        { "and", atomics_and, 3 },         { "or", atomics_or, 3 },
        { "xor", atomics_xor, 3 },         { "exchange", atomics_exchange, 3 },
        { "compareExchange", atomics_compare_exchange, 4 }, { "isLockFree", atomics_is_lock_free, 1 },
        { "wait", atomics_wait, 4 },       { "waitAsync", atomics_wait_async, 4 },
        { "notify", atomics_notify, 3 },
    };
    HandleScope hs = heap_scope_open(vm);
    bool ok = false;
    JSValue w = valarray_new(vm, 4);
    if (w == VAL_EXCEPTION) goto out;
    vm->intrinsics[INTR_AtomicsWaiters] = w;
    JSValue a = obj_new(vm, vm_intrinsic(vm, INTR_ObjectPrototype));
    if (a == VAL_EXCEPTION) goto out;
    JSValue *ha = heap_handle(vm, a);
    ok = bi_ta_define_methods(vm, *ha, fns, sizeof fns / sizeof fns[0]) && bi_ta_set_tag(vm, *ha, "Atomics") &&
         realm_def_value(vm, vm->global, "Atomics", *ha, PROP_HIDDEN) == 0;
out:
    heap_scope_close(vm, hs);
    return ok;
}
