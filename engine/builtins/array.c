/*
 * array.c -- the Array constructor, its statics and the non-callback
 * methods of Array.prototype (prefix bi_array_).  The callback methods
 * (forEach, map, ..., sort) are in array_iterate.c; Array Iterator objects
 * in iterator.c.
 *
 * Every method is generic over array-likes (Get/HasProperty/Set/Delete by
 * index, holes skipped where the spec says so).  "Fast" arrays -- dense
 * elements, writable, extensible, and no indexed properties anywhere on the
 * prototype chain -- take direct paths over obj->elements that give the
 * same results.
 */
#include "bi_internal.h"
#include "proxy.h"

#define MAX_SAFE_LENGTH 9007199254740991.0

/* ---- shared helpers --------------------------------------------------------- */

bool bi_array_is_fast(VM *vm, JSValue v)
{
    return bi_is_fast_array(v) && arr_protos_have_no_elements(vm, v);
}

JSValue bi_array_not_callable(VM *vm, JSValue v)
{
    char *d = bi_describe(vm, v);
    JSValue r = err_throw(vm, ERRMSG_NOT_FUNCTION, d ? d : "value");
    free(d);
    return r;
}

/* ArraySpeciesCreate(original, length) */
JSValue bi_array_species_create(VM *vm, JSValue original, double length)
{
    int isa = rt_is_array(vm, original);
    if (isa < 0) return VAL_EXCEPTION;
    if (!isa) {
        if (length > 4294967295.0) return err_throw(vm, ERRMSG_INVALID_ARRAY_LENGTH);
        return arr_new(vm, (uint32_t)length);
    }
    HandleScope hs = heap_scope_open(vm);
    JSValue c = obj_get(vm, original, vm_atom(vm, ATOM_constructor));
    JSValue r = VAL_EXCEPTION;
    if (c == VAL_EXCEPTION) goto out;
    if (c != vm_intrinsic(vm, INTR_Array) && val_is_object(c)) {
        c = obj_get(vm, c, vm_intrinsic(vm, INTR_SymbolSpecies));
        if (c == VAL_EXCEPTION) goto out;
        if (c == VAL_NULL) c = VAL_UNDEFINED;
    }
    if (c == VAL_UNDEFINED || c == vm_intrinsic(vm, INTR_Array)) {
        if (length > 4294967295.0) {
            r = err_throw(vm, ERRMSG_INVALID_ARRAY_LENGTH);
            goto out;
        }
        r = arr_new(vm, (uint32_t)length);
        goto out;
    }
    if (!rt_is_constructor(c)) {
        r = bi_throw_type(vm, "object.constructor[Symbol.species] is not a constructor");
        goto out;
    }
    JSValue arg = val_number(length);
    r = vm_construct(vm, c, 1, &arg, c);
out:
    heap_scope_close(vm, hs);
    return r;
}

/* Move len elements from index from to index to inside the dense storage of
 * a fast array (holes move as holes). */
static void move_elements(VM *vm, JSValue arr, uint32_t to, uint32_t from, uint32_t len)
{
    ValArray *e = val_obj(arr)->elements;
    if (!e || len == 0) return;
    if (vm->heap.barrier == GC_BARRIER_NONE) {
        memmove(&e->v[to], &e->v[from], len * sizeof(JSValue));
        return;
    }
    if (to < from) {
        for (uint32_t i = 0; i < len; i++) heap_store(&vm->heap, &e->hdr, &e->v[to + i], e->v[from + i]);
    } else {
        for (uint32_t i = len; i-- > 0;) heap_store(&vm->heap, &e->hdr, &e->v[to + i], e->v[from + i]);
    }
}

/* ---- constructor and statics ------------------------------------------------- */

static JSValue array_ctor(VM *vm, JSValue *args, int argc, JSValue new_target)
{
    BI_SCOPE;
    JSValue proto = bi_proto_from_ctor(vm, new_target, INTR_ArrayPrototype);
    if (proto == VAL_EXCEPTION) BI_RETURN(proto);
    JSValue *hp = heap_handle(vm, proto);
    JSValue a;
    if (argc == 1 && val_is_number(args[0])) {
        double d = val_to_number(args[0]);
        if (d < 0 || d != floor(d) || d > 4294967295.0) BI_RETURN(err_throw(vm, ERRMSG_INVALID_ARRAY_LENGTH));
        a = arr_new(vm, (uint32_t)d);
    } else {
        a = arr_new_from(vm, args, (uint32_t)argc);
    }
    if (a == VAL_EXCEPTION) BI_RETURN(a);
    if (*hp != vm_intrinsic(vm, INTR_ArrayPrototype)) {
        JSValue *ha = heap_handle(vm, a);
        if (obj_set_proto(vm, *ha, *hp) < 0) BI_RETURN(VAL_EXCEPTION);
        a = *ha;
    }
    BI_RETURN(a);
}

static JSValue array_is_array(VM *vm, JSValue *args, int argc, JSValue nt)
{
    int r = rt_is_array(vm, bi_arg(args, argc, 0));
    return r < 0 ? VAL_EXCEPTION : val_from_bool(r);
}

/* The result object of Array.of / Array.from: `this` constructed when it is
 * a constructor other than Array, else a new array. */
static JSValue from_create(VM *vm, JSValue c, bool with_len, double len)
{
    if (rt_is_constructor(c) && c != vm_intrinsic(vm, INTR_Array)) {
        JSValue arg = val_number(len);
        return vm_construct(vm, c, with_len ? 1 : 0, &arg, c);
    }
    if (len > 4294967295.0) return err_throw(vm, ERRMSG_INVALID_ARRAY_LENGTH);
    return arr_new(vm, 0);
}

static JSValue array_of(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    JSValue a = from_create(vm, args[-1], true, argc);
    if (a == VAL_EXCEPTION) BI_RETURN(a);
    JSValue *ha = heap_handle(vm, a);
    for (int i = 0; i < argc; i++)
        if (bi_create_index(vm, *ha, i, args[i]) < 0) BI_RETURN(VAL_EXCEPTION);
    if (bi_set_length(vm, *ha, argc) < 0) BI_RETURN(VAL_EXCEPTION);
    BI_RETURN(*ha);
}

static JSValue array_from(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    JSValue items = bi_arg(args, argc, 0), mapfn = bi_arg(args, argc, 1);
    bool mapping = mapfn != VAL_UNDEFINED;
    if (mapping && !rt_is_callable(mapfn)) BI_RETURN(bi_array_not_callable(vm, mapfn));
    if (val_is_nullish(items)) {
        char *d = bi_describe(vm, items);
        JSValue r = err_throw(vm, ERRMSG_NOT_ITERABLE, d ? d : "value");
        free(d);
        BI_RETURN(r);
    }
    JSValue using_iter = rt_get_method(vm, items, vm_intrinsic(vm, INTR_SymbolIterator));
    if (using_iter == VAL_EXCEPTION) BI_RETURN(using_iter);
    if (using_iter != VAL_UNDEFINED) {
        JSValue *hu = heap_handle(vm, using_iter);
        JSValue a = from_create(vm, args[-1], false, 0);
        if (a == VAL_EXCEPTION) BI_RETURN(a);
        JSValue *ha = heap_handle(vm, a);
        JSValue iter = vm_call(vm, *hu, args[0], 0, NULL);
        if (iter == VAL_EXCEPTION) BI_RETURN(iter);
        if (!val_is_object(iter)) BI_RETURN(bi_throw_type(vm, "Result of the Symbol.iterator method is not an object"));
        JSValue *hi = heap_handle(vm, iter);
        JSValue next = obj_get(vm, *hi, vm_atom(vm, ATOM_next));
        if (next == VAL_EXCEPTION) BI_RETURN(next);
        JSValue *hn = heap_handle(vm, next);
        double k = 0;
        for (;; k++) {
            bool done = false;
            JSValue v = rt_iterator_step(vm, *hi, *hn, &done);
            if (v == VAL_EXCEPTION) BI_RETURN(v);
            if (done) break;
            if (mapping) {
                JSValue cargs[2] = { v, val_number(k) };
                v = vm_call(vm, args[1], bi_arg(args, argc, 2), 2, cargs);
            }
            if (v == VAL_EXCEPTION || bi_create_index(vm, *ha, k, v) < 0) {
                JSValue exc = err_take(vm);
                JSValue *hx = heap_handle(vm, exc);
                rt_iterator_close(vm, *hi);
                if (err_pending(vm)) err_take(vm);
                BI_RETURN(err_throw_value(vm, *hx));
            }
        }
        if (bi_set_length(vm, *ha, k) < 0) BI_RETURN(VAL_EXCEPTION);
        BI_RETURN(*ha);
    }
    JSValue src = rt_to_object(vm, args[0]);
    if (src == VAL_EXCEPTION) BI_RETURN(src);
    JSValue *hs = heap_handle(vm, src);
    double len;
    if (!bi_length_of(vm, *hs, &len)) BI_RETURN(VAL_EXCEPTION);
    JSValue a = from_create(vm, args[-1], true, len);
    if (a == VAL_EXCEPTION) BI_RETURN(a);
    JSValue *ha = heap_handle(vm, a);
    for (double k = 0; k < len; k++) {
        JSValue v = bi_get_index(vm, *hs, k);
        if (v == VAL_EXCEPTION) BI_RETURN(v);
        if (mapping) {
            JSValue cargs[2] = { v, val_number(k) };
            v = vm_call(vm, args[1], bi_arg(args, argc, 2), 2, cargs);
            if (v == VAL_EXCEPTION) BI_RETURN(v);
        }
        if (bi_create_index(vm, *ha, k, v) < 0) BI_RETURN(VAL_EXCEPTION);
    }
    if (bi_set_length(vm, *ha, len) < 0) BI_RETURN(VAL_EXCEPTION);
    BI_RETURN(*ha);
}

static JSValue array_species_getter(VM *vm, JSValue *args, int argc, JSValue nt)
{
    return args[-1];
}

/* ---- mutators -------------------------------------------------------------- */

JSValue bi_array_push(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    /* arr_push stores in place while there is room without looking at the
     * prototypes (right for its CreateDataProperty-like internal users);
     * push is Set(O, len, v, true), which a prototype's setter, read-only
     * element or Proxy trap can answer: only arrays whose prototypes have
     * no indexed properties (checked once: storing plain values cannot
     * add any) take it. */
    if (bi_array_is_fast(vm, args[-1])) {
        for (int i = 0; i < argc; i++)
            if (arr_push(vm, args[-1], args[i]) < 0) BI_RETURN(VAL_EXCEPTION);
        BI_RETURN(val_number(val_obj(args[-1])->length));
    }
    JSValue obj = rt_to_object(vm, args[-1]);
    if (obj == VAL_EXCEPTION) BI_RETURN(obj);
    JSValue *o = heap_handle(vm, obj);
    double len;
    if (!bi_length_of(vm, *o, &len)) BI_RETURN(VAL_EXCEPTION);
    if (len + argc > MAX_SAFE_LENGTH) BI_RETURN(bi_throw_type(vm, "Pushing elements past 2^53-1 length"));
    for (int i = 0; i < argc; i++)
        if (bi_set_index(vm, *o, len + i, args[i]) < 0) BI_RETURN(VAL_EXCEPTION);
    if (bi_set_length(vm, *o, len + argc) < 0) BI_RETURN(VAL_EXCEPTION);
    BI_RETURN(val_number(len + argc));
}

static JSValue array_pop(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    JSValue obj = rt_to_object(vm, args[-1]);
    if (obj == VAL_EXCEPTION) BI_RETURN(obj);
    JSValue *o = heap_handle(vm, obj);
    double len;
    if (!bi_length_of(vm, *o, &len)) BI_RETURN(VAL_EXCEPTION);
    if (len == 0) {
        if (bi_set_length(vm, *o, 0) < 0) BI_RETURN(VAL_EXCEPTION);
        BI_RETURN(VAL_UNDEFINED);
    }
    JSValue v = bi_get_index(vm, *o, len - 1);
    if (v == VAL_EXCEPTION) BI_RETURN(v);
    JSValue *hv = heap_handle(vm, v);
    if (bi_is_fast_array(*o)) {
        if (arr_set_length(vm, *o, len - 1) < 0) BI_RETURN(VAL_EXCEPTION);
    } else {
        if (bi_delete_index(vm, *o, len - 1) < 0 || bi_set_length(vm, *o, len - 1) < 0) BI_RETURN(VAL_EXCEPTION);
    }
    BI_RETURN(*hv);
}

/* Generic move of count elements from `from` to `to` (either direction),
 * per the spec loops of shift/unshift/splice: present elements copied,
 * absent ones deleted at the destination. */
static int move_generic(VM *vm, JSValue *o, double to, double from, double count)
{
    if (to < from) {
        for (double k = 0; k < count; k++) {
            JSValue v;
            int has = bi_get_present(vm, *o, from + k, &v);
            if (has < 0) return -1;
            if (has ? bi_set_index(vm, *o, to + k, v) < 0 : bi_delete_index(vm, *o, to + k) < 0) return -1;
        }
    } else {
        for (double k = count; k-- > 0;) {
            JSValue v;
            int has = bi_get_present(vm, *o, from + k, &v);
            if (has < 0) return -1;
            if (has ? bi_set_index(vm, *o, to + k, v) < 0 : bi_delete_index(vm, *o, to + k) < 0) return -1;
        }
    }
    return 0;
}

static JSValue array_shift(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    JSValue obj = rt_to_object(vm, args[-1]);
    if (obj == VAL_EXCEPTION) BI_RETURN(obj);
    JSValue *o = heap_handle(vm, obj);
    double len;
    if (!bi_length_of(vm, *o, &len)) BI_RETURN(VAL_EXCEPTION);
    if (len == 0) {
        if (bi_set_length(vm, *o, 0) < 0) BI_RETURN(VAL_EXCEPTION);
        BI_RETURN(VAL_UNDEFINED);
    }
    JSValue first = bi_get_index(vm, *o, 0);
    if (first == VAL_EXCEPTION) BI_RETURN(first);
    JSValue *hf = heap_handle(vm, first);
    if (bi_array_is_fast(vm, *o) && val_obj(*o)->elements && val_obj(*o)->elements->capacity >= len) {
        move_elements(vm, *o, 0, 1, (uint32_t)len - 1);
        if (arr_set_length(vm, *o, len - 1) < 0) BI_RETURN(VAL_EXCEPTION);
        BI_RETURN(*hf);
    }
    if (move_generic(vm, o, 0, 1, len - 1) < 0) BI_RETURN(VAL_EXCEPTION);
    if (bi_delete_index(vm, *o, len - 1) < 0 || bi_set_length(vm, *o, len - 1) < 0) BI_RETURN(VAL_EXCEPTION);
    BI_RETURN(*hf);
}

static JSValue array_unshift(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    JSValue obj = rt_to_object(vm, args[-1]);
    if (obj == VAL_EXCEPTION) BI_RETURN(obj);
    JSValue *o = heap_handle(vm, obj);
    double len;
    if (!bi_length_of(vm, *o, &len)) BI_RETURN(VAL_EXCEPTION);
    if (argc > 0) {
        if (len + argc > MAX_SAFE_LENGTH) BI_RETURN(bi_throw_type(vm, "Unshifting elements past 2^53-1 length"));
        if (bi_array_is_fast(vm, *o) && len + argc <= 2147483647.0) {
            uint32_t n = (uint32_t)len, total = n + (uint32_t)argc;
            if (arr_reserve(vm, *o, total) < 0 || arr_set_length(vm, *o, total) < 0) BI_RETURN(VAL_EXCEPTION);
            JSObject *ob = val_obj(*o);
            if (ob->elements && ob->elements->capacity >= total && bi_is_fast_array(*o)) {
                move_elements(vm, *o, (uint32_t)argc, 0, n);
                ValArray *e = val_obj(*o)->elements;
                for (int i = 0; i < argc; i++) heap_store(&vm->heap, &e->hdr, &e->v[i], args[i]);
                BI_RETURN(val_number(total));
            }
            /* storage did not turn out dense: fall through to the generic path */
            if (bi_set_length(vm, *o, len) < 0) BI_RETURN(VAL_EXCEPTION);
        }
        if (move_generic(vm, o, argc, 0, len) < 0) BI_RETURN(VAL_EXCEPTION);
        for (int i = 0; i < argc; i++)
            if (bi_set_index(vm, *o, i, args[i]) < 0) BI_RETURN(VAL_EXCEPTION);
    }
    if (bi_set_length(vm, *o, len + argc) < 0) BI_RETURN(VAL_EXCEPTION);
    BI_RETURN(val_number(len + argc));
}

static JSValue array_splice(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    JSValue obj = rt_to_object(vm, args[-1]);
    if (obj == VAL_EXCEPTION) BI_RETURN(obj);
    JSValue *o = heap_handle(vm, obj);
    double len, start, del;
    if (!bi_length_of(vm, *o, &len)) BI_RETURN(VAL_EXCEPTION);
    if (!bi_relative_index(vm, bi_arg(args, argc, 0), len, 0, &start)) BI_RETURN(VAL_EXCEPTION);
    int nitems = argc > 2 ? argc - 2 : 0;
    if (argc == 0) {
        del = 0;
    } else if (argc == 1) {
        del = len - start;
    } else {
        double dc;
        if (!rt_to_integer_or_inf(vm, args[1], &dc)) BI_RETURN(VAL_EXCEPTION);
        del = dc < 0 ? 0 : dc > len - start ? len - start : dc;
    }
    if (len + nitems - del > MAX_SAFE_LENGTH) BI_RETURN(bi_throw_type(vm, "Splice result exceeds 2^53-1 length"));
    JSValue a = bi_array_species_create(vm, *o, del);
    if (a == VAL_EXCEPTION) BI_RETURN(a);
    JSValue *ha = heap_handle(vm, a);
    for (double k = 0; k < del; k++) {
        JSValue v;
        int has = bi_get_present(vm, *o, start + k, &v);
        if (has < 0) BI_RETURN(VAL_EXCEPTION);
        if (has && bi_create_index(vm, *ha, k, v) < 0) BI_RETURN(VAL_EXCEPTION);
    }
    if (bi_set_length(vm, *ha, del) < 0) BI_RETURN(VAL_EXCEPTION);
    double new_len = len - del + nitems;
    bool fast = bi_array_is_fast(vm, *o) && new_len <= 2147483647.0;
    if (fast && arr_reserve(vm, *o, (uint32_t)(new_len > len ? new_len : len)) < 0) BI_RETURN(VAL_EXCEPTION);
    JSObject *ob = val_obj(*o);
    if (fast && ob->elements && ob->elements->capacity >= len && ob->elements->capacity >= new_len) {
        if (new_len > len && arr_set_length(vm, *o, new_len) < 0) BI_RETURN(VAL_EXCEPTION);
        if (nitems != del)
            move_elements(vm, *o, (uint32_t)(start + nitems), (uint32_t)(start + del), (uint32_t)(len - start - del));
        ValArray *e = val_obj(*o)->elements;
        for (int i = 0; i < nitems; i++) heap_store(&vm->heap, &e->hdr, &e->v[(uint32_t)start + i], args[2 + i]);
        if (new_len < len) {
            /* clear the vacated tail so shrinking does not keep values alive */
            for (double k = new_len; k < len; k++) heap_store(&vm->heap, &e->hdr, &e->v[(uint32_t)k], VAL_HOLE);
            if (arr_set_length(vm, *o, new_len) < 0) BI_RETURN(VAL_EXCEPTION);
        }
        BI_RETURN(*ha);
    }
    if (nitems < del) {
        if (move_generic(vm, o, start + nitems, start + del, len - start - del) < 0) BI_RETURN(VAL_EXCEPTION);
        for (double k = len; k > new_len; k--)
            if (bi_delete_index(vm, *o, k - 1) < 0) BI_RETURN(VAL_EXCEPTION);
    } else if (nitems > del) {
        if (move_generic(vm, o, start + nitems, start + del, len - start - del) < 0) BI_RETURN(VAL_EXCEPTION);
    }
    for (int i = 0; i < nitems; i++)
        if (bi_set_index(vm, *o, start + i, args[2 + i]) < 0) BI_RETURN(VAL_EXCEPTION);
    if (bi_set_length(vm, *o, new_len) < 0) BI_RETURN(VAL_EXCEPTION);
    BI_RETURN(*ha);
}

static JSValue array_reverse(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    JSValue obj = rt_to_object(vm, args[-1]);
    if (obj == VAL_EXCEPTION) BI_RETURN(obj);
    JSValue *o = heap_handle(vm, obj);
    double len;
    if (!bi_length_of(vm, *o, &len)) BI_RETURN(VAL_EXCEPTION);
    JSObject *ob = val_obj(*o);
    if (bi_array_is_fast(vm, *o) && ob->elements && ob->elements->capacity >= len) {
        ValArray *e = ob->elements;
        for (uint32_t lo = 0, hi = (uint32_t)len; lo + 1 < hi; lo++, hi--) {
            JSValue t = e->v[lo];
            heap_store(&vm->heap, &e->hdr, &e->v[lo], e->v[hi - 1]);
            heap_store(&vm->heap, &e->hdr, &e->v[hi - 1], t);
        }
        BI_RETURN(*o);
    }
    double middle = floor(len / 2);
    for (double lower = 0; lower < middle; lower++) {
        double upper = len - lower - 1;
        JSValue lv = VAL_UNDEFINED, uv = VAL_UNDEFINED;
        int lh = bi_get_present(vm, *o, lower, &lv);
        if (lh < 0) BI_RETURN(VAL_EXCEPTION);
        JSValue *hl = heap_handle(vm, lv);
        int uh = bi_get_present(vm, *o, upper, &uv);
        if (uh < 0) BI_RETURN(VAL_EXCEPTION);
        JSValue *hu = heap_handle(vm, uv);
        if (uh) {
            if (bi_set_index(vm, *o, lower, *hu) < 0) BI_RETURN(VAL_EXCEPTION);
        } else if (lh) {
            if (bi_delete_index(vm, *o, lower) < 0) BI_RETURN(VAL_EXCEPTION);
        }
        if (lh) {
            if (bi_set_index(vm, *o, upper, *hl) < 0) BI_RETURN(VAL_EXCEPTION);
        } else if (uh) {
            if (bi_delete_index(vm, *o, upper) < 0) BI_RETURN(VAL_EXCEPTION);
        }
        heap_scope_close(vm, hs_ + 1);
    }
    BI_RETURN(*o);
}

static JSValue array_fill(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    JSValue obj = rt_to_object(vm, args[-1]);
    if (obj == VAL_EXCEPTION) BI_RETURN(obj);
    JSValue *o = heap_handle(vm, obj);
    double len, start, end;
    if (!bi_length_of(vm, *o, &len)) BI_RETURN(VAL_EXCEPTION);
    if (!bi_relative_index(vm, bi_arg(args, argc, 1), len, 0, &start)) BI_RETURN(VAL_EXCEPTION);
    if (!bi_relative_index(vm, bi_arg(args, argc, 2), len, len, &end)) BI_RETURN(VAL_EXCEPTION);
    for (double k = start; k < end; k++)
        if (bi_set_index(vm, *o, k, bi_arg(args, argc, 0)) < 0) BI_RETURN(VAL_EXCEPTION);
    BI_RETURN(*o);
}

static JSValue array_copy_within(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    JSValue obj = rt_to_object(vm, args[-1]);
    if (obj == VAL_EXCEPTION) BI_RETURN(obj);
    JSValue *o = heap_handle(vm, obj);
    double len, to, from, fin;
    if (!bi_length_of(vm, *o, &len)) BI_RETURN(VAL_EXCEPTION);
    if (!bi_relative_index(vm, bi_arg(args, argc, 0), len, 0, &to) ||
        !bi_relative_index(vm, bi_arg(args, argc, 1), len, 0, &from) ||
        !bi_relative_index(vm, bi_arg(args, argc, 2), len, len, &fin))
        BI_RETURN(VAL_EXCEPTION);
    double count = fmin(fin - from, len - to);
    if (count > 0 && move_generic(vm, o, to, from, count) < 0) BI_RETURN(VAL_EXCEPTION);
    BI_RETURN(*o);
}

/* ---- accessors (non-mutating) ----------------------------------------------- */

static JSValue array_slice(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    JSValue obj = rt_to_object(vm, args[-1]);
    if (obj == VAL_EXCEPTION) BI_RETURN(obj);
    JSValue *o = heap_handle(vm, obj);
    double len, k, fin;
    if (!bi_length_of(vm, *o, &len)) BI_RETURN(VAL_EXCEPTION);
    if (!bi_relative_index(vm, bi_arg(args, argc, 0), len, 0, &k) ||
        !bi_relative_index(vm, bi_arg(args, argc, 1), len, len, &fin))
        BI_RETURN(VAL_EXCEPTION);
    double count = fin - k > 0 ? fin - k : 0;
    JSValue a = bi_array_species_create(vm, *o, count);
    if (a == VAL_EXCEPTION) BI_RETURN(a);
    JSValue *ha = heap_handle(vm, a);
    JSObject *ob = val_obj(*o);
    if (bi_array_is_fast(vm, *o) && ob->elements && ob->elements->capacity >= fin && bi_is_fast_array(*ha) &&
        val_obj(*ha)->length == count && val_obj(*ha)->elements && val_obj(*ha)->elements->capacity >= count) {
        ValArray *src = val_obj(*o)->elements, *dst = val_obj(*ha)->elements;
        for (uint32_t i = 0; i < (uint32_t)count; i++)
            heap_store(&vm->heap, &dst->hdr, &dst->v[i], src->v[(uint32_t)k + i]);
        BI_RETURN(*ha);
    }
    for (double n = 0; k < fin; k++, n++) {
        JSValue v;
        int has = bi_get_present(vm, *o, k, &v);
        if (has < 0) BI_RETURN(VAL_EXCEPTION);
        if (has && bi_create_index(vm, *ha, n, v) < 0) BI_RETURN(VAL_EXCEPTION);
    }
    if (bi_set_length(vm, *ha, count) < 0) BI_RETURN(VAL_EXCEPTION);
    BI_RETURN(*ha);
}

/* IsConcatSpreadable: 1/0/-1 */
static int is_concat_spreadable(VM *vm, JSValue v)
{
    if (!val_is_object(v)) return 0;
    JSValue s = obj_get(vm, v, vm_intrinsic(vm, INTR_SymbolIsConcatSpreadable));
    if (s == VAL_EXCEPTION) return -1;
    if (s != VAL_UNDEFINED) return rt_to_boolean(s);
    return rt_is_array(vm, v);
}

static JSValue array_concat(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    JSValue obj = bi_this_object(vm, args, "Array.prototype.concat");
    if (obj == VAL_EXCEPTION) BI_RETURN(obj);
    JSValue *o = heap_handle(vm, obj);
    JSValue a = bi_array_species_create(vm, *o, 0);
    if (a == VAL_EXCEPTION) BI_RETURN(a);
    JSValue *ha = heap_handle(vm, a);
    double n = 0;
    for (int i = -1; i < argc; i++) {
        JSValue e = i < 0 ? *o : args[i];
        int spread = is_concat_spreadable(vm, e);
        if (spread < 0) BI_RETURN(VAL_EXCEPTION);
        e = i < 0 ? *o : args[i];
        if (!spread) {
            if (n >= MAX_SAFE_LENGTH) BI_RETURN(bi_throw_type(vm, "Concat result exceeds 2^53-1 length"));
            if (bi_is_fast_array(*ha) && val_obj(*ha)->length == n) {
                if (arr_push(vm, *ha, e) < 0) BI_RETURN(VAL_EXCEPTION);
            } else if (bi_create_index(vm, *ha, n, e) < 0) {
                BI_RETURN(VAL_EXCEPTION);
            }
            n++;
            continue;
        }
        JSValue *he = heap_handle(vm, e);
        double len;
        if (!bi_length_of(vm, *he, &len)) BI_RETURN(VAL_EXCEPTION);
        if (n + len > MAX_SAFE_LENGTH) BI_RETURN(bi_throw_type(vm, "Concat result exceeds 2^53-1 length"));
        for (double k = 0; k < len; k++, n++) {
            JSValue v;
            int has = bi_get_present(vm, *he, k, &v);
            if (has < 0) BI_RETURN(VAL_EXCEPTION);
            if (!has) continue;
            if (bi_is_fast_array(*ha) && val_obj(*ha)->length == n) {
                if (arr_push(vm, *ha, v) < 0) BI_RETURN(VAL_EXCEPTION);
            } else if (bi_create_index(vm, *ha, n, v) < 0) {
                BI_RETURN(VAL_EXCEPTION);
            }
        }
    }
    if (bi_set_length(vm, *ha, n) < 0) BI_RETURN(VAL_EXCEPTION);
    BI_RETURN(*ha);
}

/* join with an already-converted separator (NULL = ","), shared with toLocaleString */
static JSValue join_impl(VM *vm, JSValue obj, JSValue sep, bool locale)
{
    BI_SCOPE;
    JSValue *o = heap_handle(vm, obj);
    JSValue *hsep = heap_handle(vm, sep);   /* rooted: reading length may run a getter or trap */
    double len;
    if (!bi_length_of(vm, *o, &len)) BI_RETURN(VAL_EXCEPTION);
    if (*hsep != VAL_UNDEFINED) {
        JSValue s = rt_to_string(vm, *hsep);
        if (s == VAL_EXCEPTION) BI_RETURN(s);
        *hsep = s;
    }
    StrBuilder b;
    sb_init(&b);
    for (double k = 0; k < len; k++) {
        if (k > 0) {
            if (*hsep == VAL_UNDEFINED)
                sb_add_unit(&b, ',');
            else
                sb_add_string(vm, &b, *hsep);
        }
        JSValue v = bi_get_index(vm, *o, k);
        if (v == VAL_EXCEPTION) goto fail;
        if (val_is_nullish(v)) continue;
        if (locale) {
            JSValue *hv = heap_handle(vm, v);
            JSValue f = rt_get_value(vm, *hv, atom_from_cstr(vm, "toLocaleString"));
            if (f == VAL_EXCEPTION) goto fail;
            if (!rt_is_callable(f)) {
                bi_array_not_callable(vm, f);
                goto fail;
            }
            v = vm_call(vm, f, *hv, 0, NULL);
            if (v == VAL_EXCEPTION) goto fail;
        }
        if (!val_is_string(v)) {
            v = rt_to_string(vm, v);
            if (v == VAL_EXCEPTION) goto fail;
        }
        sb_add_string(vm, &b, v);
        if (b.len > (1u << 30)) {
            err_throw(vm, ERRMSG_INVALID_STRING_LENGTH);
            goto fail;
        }
    }
    BI_RETURN(sb_finish(vm, &b));
fail:
    sb_free(&b);
    BI_RETURN(VAL_EXCEPTION);
}

/* join with cycle detection: an array already being joined further up the
 * stack joins as "" (what V8 and SpiderMonkey do; the spec would recurse
 * until the stack overflows). */
static JSValue join_guarded(VM *vm, JSValue *args, JSValue sep, bool locale)
{
    BI_SCOPE;
    JSValue obj = rt_to_object(vm, args[-1]);
    if (obj == VAL_EXCEPTION) BI_RETURN(obj);
    JSValue *o = heap_handle(vm, obj);
    JSValue *hsep = heap_handle(vm, sep);
    JSObject *st = val_obj(vm_intrinsic(vm, INTR_JoinStack));
    for (uint32_t i = 0; i < st->length; i++)
        if (st->elements->v[i] == *o) BI_RETURN(vm_atom(vm, ATOM_empty));
    uint32_t depth = st->length;
    if (arr_push(vm, vm_intrinsic(vm, INTR_JoinStack), *o) < 0) BI_RETURN(VAL_EXCEPTION);
    JSValue r = join_impl(vm, *o, *hsep, locale);
    /* pop (a plain truncation: the stack array is private) */
    st = val_obj(vm_intrinsic(vm, INTR_JoinStack));
    if (st->length > depth) {
        for (uint32_t i = depth; i < st->length; i++) heap_store(&vm->heap, &st->elements->hdr, &st->elements->v[i], VAL_HOLE);
        st->length = depth;
    }
    BI_RETURN(r);
}

static JSValue array_join(VM *vm, JSValue *args, int argc, JSValue nt)
{
    return join_guarded(vm, args, bi_arg(args, argc, 0), false);
}

static JSValue array_to_locale_string(VM *vm, JSValue *args, int argc, JSValue nt)
{
    return join_guarded(vm, args, VAL_UNDEFINED, true);
}

static JSValue array_to_string(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    JSValue obj = rt_to_object(vm, args[-1]);
    if (obj == VAL_EXCEPTION) BI_RETURN(obj);
    JSValue *o = heap_handle(vm, obj);
    JSValue f = obj_get(vm, *o, vm_atom(vm, ATOM_join));
    if (f == VAL_EXCEPTION) BI_RETURN(f);
    if (rt_is_callable(f)) BI_RETURN(vm_call(vm, f, *o, 0, NULL));
    JSValue *self = heap_handle(vm, *o);
    BI_RETURN(bi_object_to_string(vm, self + 1, 0, VAL_UNDEFINED));
}

/* kind: 0 indexOf, 1 lastIndexOf, 2 includes */
static JSValue search(VM *vm, JSValue *args, int argc, int kind)
{
    BI_SCOPE;
    JSValue obj = kind == 0 ? bi_this_object(vm, args, "Array.prototype.indexOf") : rt_to_object(vm, args[-1]);
    if (obj == VAL_EXCEPTION) BI_RETURN(obj);
    JSValue *o = heap_handle(vm, obj);
    double len, n;
    if (!bi_length_of(vm, *o, &len)) BI_RETURN(VAL_EXCEPTION);
    JSValue notfound = kind == 2 ? VAL_FALSE : val_from_int(-1);
    if (len == 0) BI_RETURN(notfound);
    if (kind == 1) {
        n = len - 1;
        if (argc > 1 && !rt_to_integer_or_inf(vm, args[1], &n)) BI_RETURN(VAL_EXCEPTION);
        double k = n >= 0 ? fmin(n, len - 1) : len + n;
        for (; k >= 0; k--) {
            JSValue v;
            int has = bi_get_present(vm, *o, k, &v);
            if (has < 0) BI_RETURN(VAL_EXCEPTION);
            if (has && rt_strict_equals(v, bi_arg(args, argc, 0))) BI_RETURN(val_number(k));
        }
        BI_RETURN(notfound);
    }
    if (!rt_to_integer_or_inf(vm, bi_arg(args, argc, 1), &n)) BI_RETURN(VAL_EXCEPTION);
    if (n >= len) BI_RETURN(notfound);
    double k = n >= 0 ? n : (len + n < 0 ? 0 : len + n);
    JSValue target = bi_arg(args, argc, 0);
    /* fast path: dense storage, no getters can run */
    JSObject *ob = val_obj(*o);
    if (bi_array_is_fast(vm, *o) && ob->elements && ob->elements->capacity >= len) {
        ValArray *e = ob->elements;
        for (uint32_t i = (uint32_t)k; i < (uint32_t)len; i++) {
            JSValue v = e->v[i];
            if (v == VAL_HOLE) {
                if (kind == 2 && target == VAL_UNDEFINED) BI_RETURN(VAL_TRUE);
                continue;
            }
            if (kind == 2 ? rt_same_value_zero(v, target) : rt_strict_equals(v, target))
                BI_RETURN(kind == 2 ? VAL_TRUE : val_number(i));
        }
        BI_RETURN(notfound);
    }
    for (; k < len; k++) {
        JSValue v;
        if (kind == 2) {
            v = bi_get_index(vm, *o, k);
            if (v == VAL_EXCEPTION) BI_RETURN(v);
            if (rt_same_value_zero(v, bi_arg(args, argc, 0))) BI_RETURN(VAL_TRUE);
            continue;
        }
        int has = bi_get_present(vm, *o, k, &v);
        if (has < 0) BI_RETURN(VAL_EXCEPTION);
        if (has && rt_strict_equals(v, bi_arg(args, argc, 0))) BI_RETURN(val_number(k));
    }
    BI_RETURN(notfound);
}

static JSValue array_index_of(VM *vm, JSValue *args, int argc, JSValue nt) { return search(vm, args, argc, 0); }
static JSValue array_last_index_of(VM *vm, JSValue *args, int argc, JSValue nt) { return search(vm, args, argc, 1); }
static JSValue array_includes(VM *vm, JSValue *args, int argc, JSValue nt) { return search(vm, args, argc, 2); }

static JSValue array_at(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    JSValue obj = rt_to_object(vm, args[-1]);
    if (obj == VAL_EXCEPTION) BI_RETURN(obj);
    JSValue *o = heap_handle(vm, obj);
    double len, rel;
    if (!bi_length_of(vm, *o, &len)) BI_RETURN(VAL_EXCEPTION);
    if (!rt_to_integer_or_inf(vm, bi_arg(args, argc, 0), &rel)) BI_RETURN(VAL_EXCEPTION);
    double k = rel >= 0 ? rel : len + rel;
    if (k < 0 || k >= len) BI_RETURN(VAL_UNDEFINED);
    BI_RETURN(bi_get_index(vm, *o, k));
}

/* FlattenIntoArray; returns the next target index or -1 */
static double flatten_into(VM *vm, JSValue *target, JSValue *source, double source_len, double start, double depth,
                           JSValue mapper, JSValue this_arg)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *hm = heap_handle(vm, mapper), *ht = heap_handle(vm, this_arg);
    double t = start;
    for (double k = 0; k < source_len; k++) {
        JSValue v;
        int has = bi_get_present(vm, *source, k, &v);
        if (has < 0) goto fail;
        if (!has) continue;
        if (*hm != VAL_UNDEFINED) {
            JSValue cargs[3] = { v, val_number(k), *source };
            v = vm_call(vm, *hm, *ht, 3, cargs);
            if (v == VAL_EXCEPTION) goto fail;
        }
        JSValue *hv = heap_handle(vm, v);
        int isa = depth > 0 ? rt_is_array(vm, *hv) : 0;
        if (isa < 0) goto fail;
        if (isa) {
            double len;
            if (!bi_length_of(vm, *hv, &len)) goto fail;
            t = flatten_into(vm, target, hv, len, t, depth - 1, VAL_UNDEFINED, VAL_UNDEFINED);
            if (t < 0) goto fail;
        } else {
            if (t >= MAX_SAFE_LENGTH) {
                bi_throw_type(vm, "Flattened array exceeds 2^53-1 length");
                goto fail;
            }
            if (bi_create_index(vm, *target, t, *hv) < 0) goto fail;
            t++;
        }
        heap_scope_close(vm, hs + 2);
    }
    heap_scope_close(vm, hs);
    return t;
fail:
    heap_scope_close(vm, hs);
    return -1;
}

static JSValue array_flat(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    JSValue obj = rt_to_object(vm, args[-1]);
    if (obj == VAL_EXCEPTION) BI_RETURN(obj);
    JSValue *o = heap_handle(vm, obj);
    double len, depth = 1;
    if (!bi_length_of(vm, *o, &len)) BI_RETURN(VAL_EXCEPTION);
    if (bi_arg(args, argc, 0) != VAL_UNDEFINED) {
        if (!rt_to_integer_or_inf(vm, args[0], &depth)) BI_RETURN(VAL_EXCEPTION);
        if (depth < 0) depth = 0;
    }
    JSValue a = bi_array_species_create(vm, *o, 0);
    if (a == VAL_EXCEPTION) BI_RETURN(a);
    JSValue *ha = heap_handle(vm, a);
    if (flatten_into(vm, ha, o, len, 0, depth, VAL_UNDEFINED, VAL_UNDEFINED) < 0) BI_RETURN(VAL_EXCEPTION);
    BI_RETURN(*ha);
}

static JSValue array_flat_map(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    JSValue obj = rt_to_object(vm, args[-1]);
    if (obj == VAL_EXCEPTION) BI_RETURN(obj);
    JSValue *o = heap_handle(vm, obj);
    double len;
    if (!bi_length_of(vm, *o, &len)) BI_RETURN(VAL_EXCEPTION);
    if (!rt_is_callable(bi_arg(args, argc, 0))) BI_RETURN(bi_array_not_callable(vm, bi_arg(args, argc, 0)));
    JSValue a = bi_array_species_create(vm, *o, 0);
    if (a == VAL_EXCEPTION) BI_RETURN(a);
    JSValue *ha = heap_handle(vm, a);
    if (flatten_into(vm, ha, o, len, 0, 1, args[0], bi_arg(args, argc, 1)) < 0) BI_RETURN(VAL_EXCEPTION);
    BI_RETURN(*ha);
}

/* ---- iterators -------------------------------------------------------------- */

static JSValue iter_of(VM *vm, JSValue *args, int kind)
{
    JSValue obj = rt_to_object(vm, args[-1]);
    if (obj == VAL_EXCEPTION) return obj;
    return bi_array_iterator_new(vm, obj, kind);
}

static JSValue array_keys(VM *vm, JSValue *args, int argc, JSValue nt) { return iter_of(vm, args, ITER_KIND_KEYS); }
static JSValue array_values(VM *vm, JSValue *args, int argc, JSValue nt) { return iter_of(vm, args, ITER_KIND_VALUES); }
static JSValue array_entries(VM *vm, JSValue *args, int argc, JSValue nt) { return iter_of(vm, args, ITER_KIND_ENTRIES); }

/* ---- init ------------------------------------------------------------------- */

typedef struct MethodDef {
    const char *name;
    NativeFn fn;
    int length;
} MethodDef;

static const MethodDef proto_methods[] = {
    { "at", array_at, 1 },
    { "concat", array_concat, 1 },
    { "copyWithin", array_copy_within, 2 },
    { "entries", array_entries, 0 },
    { "fill", array_fill, 1 },
    { "flat", array_flat, 0 },
    { "flatMap", array_flat_map, 1 },
    { "includes", array_includes, 1 },
    { "indexOf", array_index_of, 1 },
    { "join", array_join, 1 },
    { "keys", array_keys, 0 },
    { "lastIndexOf", array_last_index_of, 1 },
    { "pop", array_pop, 0 },
    { "push", bi_array_push, 1 },
    { "reverse", array_reverse, 0 },
    { "shift", array_shift, 0 },
    { "slice", array_slice, 2 },
    { "splice", array_splice, 2 },
    { "toLocaleString", array_to_locale_string, 0 },
    { "toString", array_to_string, 0 },
    { "unshift", array_unshift, 1 },
};

static const char *const unscopables[] = {
    "at", "copyWithin", "entries", "fill", "find", "findIndex", "findLast", "findLastIndex", "flat",
    "flatMap", "includes", "keys", "toReversed", "toSorted", "toSpliced", "values",
};

bool bi_array_init(VM *vm)
{
    HandleScope hs = heap_scope_open(vm);
    bool ok = false;
    /* Array.prototype is itself an array; arr_new takes INTR_ArrayPrototype
     * as the prototype, which is Object.prototype for this one. */
    vm->intrinsics[INTR_ArrayPrototype] = vm_intrinsic(vm, INTR_ObjectPrototype);
    JSValue p = arr_new(vm, 0);
    if (p == VAL_EXCEPTION) goto out;
    vm->intrinsics[INTR_ArrayPrototype] = p;
    val_obj(p)->flags |= OBJ_IS_PROTO;
    JSValue js = arr_new(vm, 0);
    if (js == VAL_EXCEPTION) goto out;
    vm->intrinsics[INTR_JoinStack] = js;
    JSValue *proto = heap_handle(vm, vm_intrinsic(vm, INTR_ArrayPrototype));
    JSValue ctor = realm_def_class(vm, "Array", array_ctor, 1, *proto);
    if (ctor == VAL_EXCEPTION) goto out;
    JSValue *c = heap_handle(vm, ctor);
    vm->intrinsics[INTR_Array] = *c;
    if (realm_def_method(vm, *c, "isArray", array_is_array, 1, 0) < 0 ||
        realm_def_method(vm, *c, "of", array_of, 0, 0) < 0 || realm_def_method(vm, *c, "from", array_from, 1, 0) < 0 ||
        realm_def_method(vm, *c, "fromAsync", bi_array_from_async, 1, 0) < 0)
        goto out;
    JSValue sg = fn_new_native(vm, "get [Symbol.species]", array_species_getter, 0, 0);
    if (sg == VAL_EXCEPTION ||
        obj_define_accessor(vm, *c, vm_intrinsic(vm, INTR_SymbolSpecies), sg, VAL_UNDEFINED, PROP_CONFIGURABLE) < 0)
        goto out;
    for (size_t i = 0; i < sizeof proto_methods / sizeof proto_methods[0]; i++)
        if (realm_def_method(vm, *proto, proto_methods[i].name, proto_methods[i].fn, proto_methods[i].length, 0) < 0)
            goto out;
    if (!bi_array_iterate_init(vm, *proto)) goto out;
    JSValue values = fn_new_native(vm, "values", array_values, 0, 0);
    if (values == VAL_EXCEPTION) goto out;
    JSValue *hv = heap_handle(vm, values);
    vm->intrinsics[INTR_ArrayProtoValues] = *hv;
    if (realm_def_value(vm, *proto, "values", *hv, PROP_HIDDEN) < 0 ||
        obj_define_value(vm, *proto, vm_intrinsic(vm, INTR_SymbolIterator), *hv, PROP_HIDDEN) < 0)
        goto out;
    JSValue un = obj_new(vm, VAL_NULL);
    if (un == VAL_EXCEPTION) goto out;
    JSValue *hu = heap_handle(vm, un);
    for (size_t i = 0; i < sizeof unscopables / sizeof unscopables[0]; i++)
        if (realm_def_value(vm, *hu, unscopables[i], VAL_TRUE, PROP_DEFAULT) < 0) goto out;
    if (obj_define_value(vm, *proto, vm_intrinsic(vm, INTR_SymbolUnscopables), *hu, PROP_CONFIGURABLE) < 0) goto out;
    ok = true;
out:
    heap_scope_close(vm, hs);
    return ok;
}
