/*
 * array_iterate.c -- the Array.prototype methods that call back into JS:
 * forEach, map, filter, some, every, find, findIndex, findLast,
 * findLastIndex, reduce, reduceRight and sort (a stable merge sort), plus
 * the copying toSorted / toReversed / with.
 *
 * Callbacks may mutate the array (shrink it, make it sparse, ...): every
 * element access re-checks through bi_get_present, which is direct for
 * dense storage and spec-exact otherwise.
 */
#include "bi_internal.h"

typedef enum IterOp {
    IT_FOREACH, IT_MAP, IT_FILTER, IT_SOME, IT_EVERY,
    IT_FIND, IT_FIND_INDEX, IT_FIND_LAST, IT_FIND_LAST_INDEX,
} IterOp;

static const char *const iter_names[] = {
    "Array.prototype.forEach", "Array.prototype.map", "Array.prototype.filter", "Array.prototype.some",
    "Array.prototype.every", "Array.prototype.find", "Array.prototype.findIndex", "Array.prototype.findLast",
    "Array.prototype.findLastIndex",
};

static JSValue iterate(VM *vm, JSValue *args, int argc, IterOp op)
{
    BI_SCOPE;
    JSValue obj = bi_this_object(vm, args, iter_names[op]);
    if (obj == VAL_EXCEPTION) BI_RETURN(obj);
    JSValue *o = heap_handle(vm, obj);
    double len;
    if (!bi_length_of(vm, *o, &len)) BI_RETURN(VAL_EXCEPTION);
    JSValue cb = bi_arg(args, argc, 0);
    if (!rt_is_callable(cb)) BI_RETURN(bi_array_not_callable(vm, cb));
    JSValue *res = heap_handle(vm, VAL_UNDEFINED);
    if (op == IT_MAP || op == IT_FILTER) {
        JSValue a = bi_array_species_create(vm, *o, op == IT_MAP ? len : 0);
        if (a == VAL_EXCEPTION) BI_RETURN(a);
        *res = a;
    }
    bool find = op == IT_FIND || op == IT_FIND_INDEX || op == IT_FIND_LAST || op == IT_FIND_LAST_INDEX;
    bool backwards = op == IT_FIND_LAST || op == IT_FIND_LAST_INDEX;
    JSValue *hv = heap_handle(vm, VAL_UNDEFINED);
    double to = 0;
    for (double i = 0; i < len; i++) {
        double k = backwards ? len - 1 - i : i;
        JSValue v;
        if (find) {
            v = bi_get_index(vm, *o, k);
            if (v == VAL_EXCEPTION) BI_RETURN(v);
        } else {
            int has = bi_get_present(vm, *o, k, &v);
            if (has < 0) BI_RETURN(VAL_EXCEPTION);
            if (!has) continue;
        }
        *hv = v;
        JSValue cargs[3] = { v, val_number(k), *o };
        JSValue r = vm_call(vm, args[0], bi_arg(args, argc, 1), 3, cargs);
        if (r == VAL_EXCEPTION) BI_RETURN(r);
        switch (op) {
        case IT_FOREACH:
            break;
        case IT_MAP: {
            JSObject *a = val_obj(*res);
            if (bi_is_fast_array(*res) && k < a->length && a->elements && k < a->elements->capacity)
                heap_store(&vm->heap, &a->elements->hdr, &a->elements->v[(uint32_t)k], r);
            else if (bi_create_index(vm, *res, k, r) < 0)
                BI_RETURN(VAL_EXCEPTION);
            break;
        }
        case IT_FILTER:
            if (rt_to_boolean(r)) {
                if (bi_is_fast_array(*res) && val_obj(*res)->length == to) {
                    if (arr_push(vm, *res, *hv) < 0) BI_RETURN(VAL_EXCEPTION);
                } else if (bi_create_index(vm, *res, to, *hv) < 0) {
                    BI_RETURN(VAL_EXCEPTION);
                }
                to++;
            }
            break;
        case IT_SOME:
            if (rt_to_boolean(r)) BI_RETURN(VAL_TRUE);
            break;
        case IT_EVERY:
            if (!rt_to_boolean(r)) BI_RETURN(VAL_FALSE);
            break;
        case IT_FIND:
        case IT_FIND_LAST:
            if (rt_to_boolean(r)) BI_RETURN(*hv);
            break;
        case IT_FIND_INDEX:
        case IT_FIND_LAST_INDEX:
            if (rt_to_boolean(r)) BI_RETURN(val_number(k));
            break;
        }
    }
    switch (op) {
    case IT_MAP:
    case IT_FILTER: BI_RETURN(*res);
    case IT_SOME: BI_RETURN(VAL_FALSE);
    case IT_EVERY: BI_RETURN(VAL_TRUE);
    case IT_FIND_INDEX:
    case IT_FIND_LAST_INDEX: BI_RETURN(val_from_int(-1));
    case IT_FOREACH:
    case IT_FIND:
    case IT_FIND_LAST: break;
    }
    BI_RETURN(VAL_UNDEFINED);
}

static JSValue array_for_each(VM *vm, JSValue *args, int argc, JSValue nt) { return iterate(vm, args, argc, IT_FOREACH); }
static JSValue array_map(VM *vm, JSValue *args, int argc, JSValue nt) { return iterate(vm, args, argc, IT_MAP); }
static JSValue array_filter(VM *vm, JSValue *args, int argc, JSValue nt) { return iterate(vm, args, argc, IT_FILTER); }
static JSValue array_some(VM *vm, JSValue *args, int argc, JSValue nt) { return iterate(vm, args, argc, IT_SOME); }
static JSValue array_every(VM *vm, JSValue *args, int argc, JSValue nt) { return iterate(vm, args, argc, IT_EVERY); }
static JSValue array_find(VM *vm, JSValue *args, int argc, JSValue nt) { return iterate(vm, args, argc, IT_FIND); }
static JSValue array_find_index(VM *vm, JSValue *args, int argc, JSValue nt) { return iterate(vm, args, argc, IT_FIND_INDEX); }
static JSValue array_find_last(VM *vm, JSValue *args, int argc, JSValue nt) { return iterate(vm, args, argc, IT_FIND_LAST); }
static JSValue array_find_last_index(VM *vm, JSValue *args, int argc, JSValue nt)
{
    return iterate(vm, args, argc, IT_FIND_LAST_INDEX);
}

static JSValue reduce(VM *vm, JSValue *args, int argc, bool right)
{
    BI_SCOPE;
    JSValue obj = bi_this_object(vm, args, right ? "Array.prototype.reduceRight" : "Array.prototype.reduce");
    if (obj == VAL_EXCEPTION) BI_RETURN(obj);
    JSValue *o = heap_handle(vm, obj);
    double len;
    if (!bi_length_of(vm, *o, &len)) BI_RETURN(VAL_EXCEPTION);
    JSValue cb = bi_arg(args, argc, 0);
    if (!rt_is_callable(cb)) BI_RETURN(bi_array_not_callable(vm, cb));
    if (len == 0 && argc < 2) BI_RETURN(bi_throw_type(vm, "Reduce of empty array with no initial value"));
    JSValue *acc = heap_handle(vm, VAL_UNDEFINED);
    double i = 0;
    if (argc >= 2) {
        *acc = args[1];
    } else {
        bool found = false;
        for (; i < len && !found; i++) {
            JSValue v;
            int has = bi_get_present(vm, *o, right ? len - 1 - i : i, &v);
            if (has < 0) BI_RETURN(VAL_EXCEPTION);
            if (has) {
                *acc = v;
                found = true;
            }
        }
        if (!found) BI_RETURN(bi_throw_type(vm, "Reduce of empty array with no initial value"));
    }
    for (; i < len; i++) {
        double k = right ? len - 1 - i : i;
        JSValue v;
        int has = bi_get_present(vm, *o, k, &v);
        if (has < 0) BI_RETURN(VAL_EXCEPTION);
        if (!has) continue;
        JSValue cargs[4] = { *acc, v, val_number(k), *o };
        JSValue r = vm_call(vm, args[0], VAL_UNDEFINED, 4, cargs);
        if (r == VAL_EXCEPTION) BI_RETURN(r);
        *acc = r;
    }
    BI_RETURN(*acc);
}

static JSValue array_reduce(VM *vm, JSValue *args, int argc, JSValue nt) { return reduce(vm, args, argc, false); }
static JSValue array_reduce_right(VM *vm, JSValue *args, int argc, JSValue nt) { return reduce(vm, args, argc, true); }

/* ---- sort ------------------------------------------------------------------- */

/* The values being sorted live in a ValArray (items) rooted by a handle; the
 * sort permutes indices in malloc memory, so nothing moves under it while
 * the comparator runs JS. */
typedef struct SortCtx {
    VM *vm;
    JSValue *items;      /* handle: ValArray of the values */
    JSValue *keys;       /* handle: ValArray of their strings (default order) or undefined */
    JSValue *cmp;        /* handle: the comparator or undefined */
} SortCtx;

/* *out: <0, 0, >0; false on exception */
static bool sort_compare(SortCtx *c, uint32_t a, uint32_t b, int *out)
{
    VM *vm = c->vm;
    if (*c->cmp == VAL_UNDEFINED) {
        ValArray *k = (ValArray *)val_cell(*c->keys);
        *out = str_compare(vm, k->v[a], k->v[b]);
        return true;
    }
    ValArray *it = (ValArray *)val_cell(*c->items);
    JSValue cargs[2] = { it->v[a], it->v[b] };
    JSValue r = vm_call(vm, *c->cmp, VAL_UNDEFINED, 2, cargs);
    if (r == VAL_EXCEPTION) return false;
    double d;
    if (val_is_int(r)) {
        d = val_int(r);
    } else if (!rt_to_double(vm, r, &d)) {
        return false;
    }
    *out = d < 0 ? -1 : d > 0 ? 1 : 0;
    return true;
}

#define SORT_RUN 8

/* Stable bottom-up merge sort of perm[0..n); false on exception. */
static bool merge_sort(SortCtx *c, uint32_t *perm, uint32_t n)
{
    uint32_t *tmp = malloc((n ? n : 1) * sizeof *tmp);
    if (!tmp) {
        err_throw(c->vm, ERRMSG_OUT_OF_MEMORY);
        return false;
    }
    int r;
    for (uint32_t lo = 0; lo < n; lo += SORT_RUN) {
        uint32_t hi = lo + SORT_RUN < n ? lo + SORT_RUN : n;
        for (uint32_t i = lo + 1; i < hi; i++) {
            uint32_t x = perm[i], j = i;
            while (j > lo) {
                if (!sort_compare(c, perm[j - 1], x, &r)) goto fail;
                if (r <= 0) break;
                perm[j] = perm[j - 1];
                j--;
            }
            perm[j] = x;
        }
    }
    uint32_t *src = perm, *dst = tmp;
    for (uint32_t width = SORT_RUN; width < n; width *= 2) {
        for (uint32_t lo = 0; lo < n; lo += 2 * width) {
            uint32_t mid = lo + width < n ? lo + width : n;
            uint32_t hi = lo + 2 * width < n ? lo + 2 * width : n;
            uint32_t i = lo, j = mid, k = lo;
            while (i < mid && j < hi) {
                if (!sort_compare(c, src[j], src[i], &r)) goto fail;
                dst[k++] = r < 0 ? src[j++] : src[i++];
            }
            while (i < mid) dst[k++] = src[i++];
            while (j < hi) dst[k++] = src[j++];
        }
        uint32_t *t = src;
        src = dst;
        dst = t;
    }
    if (src != perm) memcpy(perm, src, n * sizeof *perm);
    free(tmp);
    return true;
fail:
    free(tmp);
    return false;
}

/* Collects the present, non-undefined values of o[0..len) into a ValArray,
 * sorts them; *out_items / *out_perm / counts describe the result. */
static bool sort_collect(VM *vm, JSValue *o, double len, JSValue *cmp, JSValue *items, uint32_t **perm_out,
                         uint32_t *nitems, double *nundef)
{
    uint32_t n = 0, cap = len < 1024 ? (uint32_t)len + 1 : 1024;
    *nundef = 0;
    JSValue va = valarray_new(vm, cap);
    if (va == VAL_EXCEPTION) return false;
    *items = va;
    for (double k = 0; k < len; k++) {
        JSValue v;
        int has = bi_get_present(vm, *o, k, &v);
        if (has < 0) return false;
        if (!has) continue;
        if (v == VAL_UNDEFINED) {
            (*nundef)++;
            continue;
        }
        if (n == ((ValArray *)val_cell(*items))->capacity) {
            if (n >= 0x7fffffffu) return err_throw(vm, ERRMSG_INVALID_ARRAY_LENGTH), false;
            JSValue *hv = heap_handle(vm, v);
            JSValue g = valarray_grow(vm, *items, n * 2);
            if (g == VAL_EXCEPTION) return false;
            *items = g;
            v = *hv;
            vm->handles.top--;
        }
        ValArray *a = (ValArray *)val_cell(*items);
        heap_store(&vm->heap, &a->hdr, &a->v[n++], v);
    }
    HandleScope hs = heap_scope_open(vm);
    JSValue *keys = heap_handle(vm, VAL_UNDEFINED);
    bool ok = false;
    uint32_t *perm = malloc((n ? n : 1) * sizeof *perm);
    if (!perm) {
        err_throw(vm, ERRMSG_OUT_OF_MEMORY);
        goto out;
    }
    for (uint32_t i = 0; i < n; i++) perm[i] = i;
    if (*cmp == VAL_UNDEFINED) {
        JSValue kv = valarray_new(vm, n ? n : 1);
        if (kv == VAL_EXCEPTION) goto out;
        *keys = kv;
        for (uint32_t i = 0; i < n; i++) {
            JSValue v = ((ValArray *)val_cell(*items))->v[i];
            JSValue s = val_is_string(v) ? v : rt_to_string(vm, v);
            if (s == VAL_EXCEPTION) goto out;
            ValArray *ka = (ValArray *)val_cell(*keys);
            heap_store(&vm->heap, &ka->hdr, &ka->v[i], s);
        }
    }
    SortCtx c = { vm, items, keys, cmp };
    ok = merge_sort(&c, perm, n);
out:
    heap_scope_close(vm, hs);
    if (!ok) {
        free(perm);
        perm = NULL;
    }
    *perm_out = perm;
    *nitems = n;
    return ok;
}

static JSValue array_sort(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    JSValue cmpv = bi_arg(args, argc, 0);
    if (cmpv != VAL_UNDEFINED && !rt_is_callable(cmpv))
        BI_RETURN(bi_throw_type(vm, "The comparison function must be either a function or undefined"));
    JSValue *cmp = heap_handle(vm, cmpv);
    JSValue obj = rt_to_object(vm, args[-1]);
    if (obj == VAL_EXCEPTION) BI_RETURN(obj);
    JSValue *o = heap_handle(vm, obj);
    double len, nundef;
    if (!bi_length_of(vm, *o, &len)) BI_RETURN(VAL_EXCEPTION);
    JSValue *items = heap_handle(vm, VAL_UNDEFINED);
    uint32_t *perm, n;
    if (!sort_collect(vm, o, len, cmp, items, &perm, &n, &nundef)) BI_RETURN(VAL_EXCEPTION);
    double k = 0;
    for (uint32_t i = 0; i < n; i++, k++) {
        JSValue v = ((ValArray *)val_cell(*items))->v[perm[i]];
        if (bi_set_index(vm, *o, k, v) < 0) goto fail;
    }
    for (double u = 0; u < nundef; u++, k++)
        if (bi_set_index(vm, *o, k, VAL_UNDEFINED) < 0) goto fail;
    for (; k < len; k++) {
        if (bi_is_fast_array(*o)) {
            /* the tail of a dense array: just holes */
            JSObject *ob = val_obj(*o);
            if (ob->elements && k < ob->elements->capacity && k < ob->length) {
                heap_store(&vm->heap, &ob->elements->hdr, &ob->elements->v[(uint32_t)k], VAL_HOLE);
                continue;
            }
        }
        if (bi_delete_index(vm, *o, k) < 0) goto fail;
    }
    free(perm);
    BI_RETURN(*o);
fail:
    free(perm);
    BI_RETURN(VAL_EXCEPTION);
}

/* ---- copying variants (ES2023) ------------------------------------------------ */

static JSValue array_to_sorted(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    JSValue cmpv = bi_arg(args, argc, 0);
    if (cmpv != VAL_UNDEFINED && !rt_is_callable(cmpv))
        BI_RETURN(bi_throw_type(vm, "The comparison function must be either a function or undefined"));
    JSValue *cmp = heap_handle(vm, cmpv);
    JSValue obj = rt_to_object(vm, args[-1]);
    if (obj == VAL_EXCEPTION) BI_RETURN(obj);
    JSValue *o = heap_handle(vm, obj);
    double len, nundef;
    if (!bi_length_of(vm, *o, &len)) BI_RETURN(VAL_EXCEPTION);
    if (len > 2147483647.0) BI_RETURN(err_throw(vm, ERRMSG_INVALID_ARRAY_LENGTH));
    JSValue *items = heap_handle(vm, VAL_UNDEFINED);
    uint32_t *perm, n;
    /* toSorted reads holes as undefined */
    JSValue copy = arr_new(vm, 0);
    if (copy == VAL_EXCEPTION) BI_RETURN(copy);
    JSValue *hc = heap_handle(vm, copy);
    for (double k = 0; k < len; k++) {
        JSValue v = bi_get_index(vm, *o, k);
        if (v == VAL_EXCEPTION || arr_push(vm, *hc, v) < 0) BI_RETURN(VAL_EXCEPTION);
    }
    if (!sort_collect(vm, hc, len, cmp, items, &perm, &n, &nundef)) BI_RETURN(VAL_EXCEPTION);
    JSValue res = arr_new(vm, 0);
    if (res == VAL_EXCEPTION) {
        free(perm);
        BI_RETURN(res);
    }
    JSValue *hr = heap_handle(vm, res);
    for (uint32_t i = 0; i < n; i++)
        if (arr_push(vm, *hr, ((ValArray *)val_cell(*items))->v[perm[i]]) < 0) {
            free(perm);
            BI_RETURN(VAL_EXCEPTION);
        }
    free(perm);
    for (double u = 0; u < nundef; u++)
        if (arr_push(vm, *hr, VAL_UNDEFINED) < 0) BI_RETURN(VAL_EXCEPTION);
    BI_RETURN(*hr);
}

static JSValue array_to_reversed(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    JSValue obj = rt_to_object(vm, args[-1]);
    if (obj == VAL_EXCEPTION) BI_RETURN(obj);
    JSValue *o = heap_handle(vm, obj);
    double len;
    if (!bi_length_of(vm, *o, &len)) BI_RETURN(VAL_EXCEPTION);
    if (len > 2147483647.0) BI_RETURN(err_throw(vm, ERRMSG_INVALID_ARRAY_LENGTH));
    JSValue res = arr_new(vm, 0);
    if (res == VAL_EXCEPTION) BI_RETURN(res);
    JSValue *hr = heap_handle(vm, res);
    for (double k = len; k-- > 0;) {
        JSValue v = bi_get_index(vm, *o, k);
        if (v == VAL_EXCEPTION || arr_push(vm, *hr, v) < 0) BI_RETURN(VAL_EXCEPTION);
    }
    BI_RETURN(*hr);
}

static JSValue array_with(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    JSValue obj = rt_to_object(vm, args[-1]);
    if (obj == VAL_EXCEPTION) BI_RETURN(obj);
    JSValue *o = heap_handle(vm, obj);
    double len, rel;
    if (!bi_length_of(vm, *o, &len)) BI_RETURN(VAL_EXCEPTION);
    if (!rt_to_integer_or_inf(vm, bi_arg(args, argc, 0), &rel)) BI_RETURN(VAL_EXCEPTION);
    double idx = rel >= 0 ? rel : len + rel;
    if (idx >= len || idx < 0) BI_RETURN(err_throw(vm, ERRMSG_BAD_RANGE, "Invalid index : out of range"));
    if (len > 2147483647.0) BI_RETURN(err_throw(vm, ERRMSG_INVALID_ARRAY_LENGTH));
    JSValue res = arr_new(vm, 0);
    if (res == VAL_EXCEPTION) BI_RETURN(res);
    JSValue *hr = heap_handle(vm, res);
    for (double k = 0; k < len; k++) {
        JSValue v = k == idx ? bi_arg(args, argc, 1) : bi_get_index(vm, *o, k);
        if (v == VAL_EXCEPTION || arr_push(vm, *hr, v) < 0) BI_RETURN(VAL_EXCEPTION);
    }
    BI_RETURN(*hr);
}

static JSValue array_to_spliced(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    JSValue obj = rt_to_object(vm, args[-1]);
    if (obj == VAL_EXCEPTION) BI_RETURN(obj);
    JSValue *o = heap_handle(vm, obj);
    double len, start, skip;
    if (!bi_length_of(vm, *o, &len)) BI_RETURN(VAL_EXCEPTION);
    if (!bi_relative_index(vm, bi_arg(args, argc, 0), len, 0, &start)) BI_RETURN(VAL_EXCEPTION);
    int nitems = argc > 2 ? argc - 2 : 0;
    if (argc == 0) {
        skip = 0;
    } else if (argc == 1) {
        skip = len - start;
    } else {
        double dc;
        if (!rt_to_integer_or_inf(vm, args[1], &dc)) BI_RETURN(VAL_EXCEPTION);
        skip = dc < 0 ? 0 : dc > len - start ? len - start : dc;
    }
    double new_len = len + nitems - skip;
    if (new_len > 9007199254740991.0) BI_RETURN(bi_throw_type(vm, "Invalid array length"));
    if (new_len > 2147483647.0) BI_RETURN(err_throw(vm, ERRMSG_INVALID_ARRAY_LENGTH));
    JSValue res = arr_new(vm, 0);
    if (res == VAL_EXCEPTION) BI_RETURN(res);
    JSValue *hr = heap_handle(vm, res);
    for (double k = 0; k < start; k++) {
        JSValue v = bi_get_index(vm, *o, k);
        if (v == VAL_EXCEPTION || arr_push(vm, *hr, v) < 0) BI_RETURN(VAL_EXCEPTION);
    }
    for (int i = 0; i < nitems; i++)
        if (arr_push(vm, *hr, args[2 + i]) < 0) BI_RETURN(VAL_EXCEPTION);
    for (double k = start + skip; k < len; k++) {
        JSValue v = bi_get_index(vm, *o, k);
        if (v == VAL_EXCEPTION || arr_push(vm, *hr, v) < 0) BI_RETURN(VAL_EXCEPTION);
    }
    BI_RETURN(*hr);
}

/* ---- init ------------------------------------------------------------------- */

static const struct {
    const char *name;
    NativeFn fn;
    int length;
} methods[] = {
    { "every", array_every, 1 },
    { "filter", array_filter, 1 },
    { "find", array_find, 1 },
    { "findIndex", array_find_index, 1 },
    { "findLast", array_find_last, 1 },
    { "findLastIndex", array_find_last_index, 1 },
    { "forEach", array_for_each, 1 },
    { "map", array_map, 1 },
    { "reduce", array_reduce, 1 },
    { "reduceRight", array_reduce_right, 1 },
    { "some", array_some, 1 },
    { "sort", array_sort, 1 },
    { "toReversed", array_to_reversed, 0 },
    { "toSorted", array_to_sorted, 1 },
    { "toSpliced", array_to_spliced, 2 },
    { "with", array_with, 2 },
};

bool bi_array_iterate_init(VM *vm, JSValue proto)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *p = heap_handle(vm, proto);
    bool ok = true;
    for (size_t i = 0; i < sizeof methods / sizeof methods[0] && ok; i++)
        ok = realm_def_method(vm, *p, methods[i].name, methods[i].fn, methods[i].length, 0) == 0;
    heap_scope_close(vm, hs);
    return ok;
}
