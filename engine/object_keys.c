/*
 * object_keys.c -- enumerating keys (prefix obj_): [[OwnPropertyKeys]] in
 * spec order (integer indices ascending, then string keys in insertion
 * order, then symbols) and the key list of a for-in loop.
 *
 * Both work in two phases so that no raw key is held across an
 * allocation: first the keys are collected as PropKeys (ints, atoms,
 * symbols) into one freshly allocated, rooted container without allocating
 * anything else; then index keys are turned into strings one by one, each
 * time re-reading the container.
 */
#include "object_internal.h"
#include "proxy.h"
#include "typedarray.h"

#include "array.h"
#include "private.h"

typedef struct IdxKey {
    uint32_t idx;
    uint8_t en;
    JSValue key;
} IdxKey;

static int cmp_idx_keys(const void *a, const void *b)
{
    uint32_t x = ((const IdxKey *)a)->idx, y = ((const IdxKey *)b)->idx;
    return (x > y) - (x < y);
}

/* Index keys kept in the shape: int keys of a sparse object, and large
 * index atoms (any object). */
static inline bool shape_index_entry(const JSObject *o, const PropEntry *e, uint32_t *idx)
{
    if (e->key == VAL_HOLE) return false;
    if (val_is_int(e->key)) {
        *idx = (uint32_t)val_int(e->key);
        return (o->flags & OBJ_SPARSE) != 0;
    }
    return shape_key_index(e->key, idx);
}

/* Collect own keys of o (OWNKEYS_* flags) into dst (NULL: just count).
 * en (if non-NULL) receives 1 per key that is enumerable.  Never
 * allocates in the GC heap (index keys in the shape are sorted in a
 * malloc'd scratch array). */
static uint32_t collect_keys(VM *vm, const JSObject *o, int flags, JSValue *dst, uint8_t *en)
{
    bool eonly = (flags & OWNKEYS_ENUMERABLE_ONLY) != 0;
    uint32_t n = 0;
#define PUT(k, e)                       \
    do {                                \
        if (dst) dst[n] = (k);          \
        if (en) en[n] = (uint8_t)(e);   \
        n++;                            \
    } while (0)
    const Shape *s = o->shape;
    const PropTable *t = s->table;
    uint32_t idx;
    if (flags & OWNKEYS_STRINGS) {
        if (o->cls == CLS_STRING && val_is_string(((const JSWrapper *)o)->internal)) {
            uint32_t len = str_length(((const JSWrapper *)o)->internal);
            for (uint32_t i = 0; i < len; i++) PUT(val_from_int((int32_t)i), 1);
        }
        if (o->cls == CLS_TYPED_ARRAY) {
            uint32_t len = ta_length((const JSTypedArray *)o);
            for (uint32_t i = 0; i < len; i++) PUT(val_from_int((int32_t)i), 1);
        }
        if (!(o->flags & OBJ_SPARSE)) {
            const ValArray *el = o->elements;
            for (uint32_t i = 0; el && i < el->capacity; i++)
                if (el->v[i] != VAL_HOLE) PUT(val_from_int((int32_t)i), 1);
        }
        /* index keys in the shape, in ascending order */
        uint32_t m = 0;
        for (uint32_t i = 0; t && i < t->count; i++) {
            const PropEntry *e = &t->entries[i];
            if (shape_index_entry(o, e, &idx) && (!eonly || (e->attrs & PROP_ENUMERABLE))) m++;
        }
        if (m && !dst) {
            n += m;
        } else if (m) {
            IdxKey *tmp = malloc(m * sizeof(IdxKey));
            uint32_t j = 0;
            for (uint32_t i = 0; t && i < t->count; i++) {
                const PropEntry *e = &t->entries[i];
                if (!shape_index_entry(o, e, &idx) || (eonly && !(e->attrs & PROP_ENUMERABLE))) continue;
                if (tmp) {
                    tmp[j].idx = idx;
                    tmp[j].en = (e->attrs & PROP_ENUMERABLE) != 0;
                    tmp[j].key = e->key;
                    j++;
                } else {
                    PUT(e->key, (e->attrs & PROP_ENUMERABLE) != 0);   /* out of memory: unsorted */
                }
            }
            if (tmp) {
                qsort(tmp, j, sizeof(IdxKey), cmp_idx_keys);
                for (uint32_t i = 0; i < j; i++) PUT(tmp[i].key, tmp[i].en);
                free(tmp);
            }
        }
        if (!eonly && (o->cls == CLS_ARRAY || (o->cls == CLS_STRING && val_is_string(((const JSWrapper *)o)->internal))))
            PUT(vm_atom(vm, ATOM_length), 0);
        for (uint32_t i = 0; t && i < t->count; i++) {
            const PropEntry *e = &t->entries[i];
            if (e->key == VAL_HOLE || val_is_int(e->key) || val_is_symbol(e->key)) continue;
            if (shape_key_index(e->key, &idx)) continue;
            if (eonly && !(e->attrs & PROP_ENUMERABLE)) continue;
            PUT(e->key, (e->attrs & PROP_ENUMERABLE) != 0);
        }
    }
    if (flags & OWNKEYS_SYMBOLS) {
        for (uint32_t i = 0; t && i < t->count; i++) {
            const PropEntry *e = &t->entries[i];
            if (!val_is_symbol(e->key) || priv_is_name(e->key)) continue;   /* private names are nobody's keys */
            if (eonly && !(e->attrs & PROP_ENUMERABLE)) continue;
            PUT(e->key, (e->attrs & PROP_ENUMERABLE) != 0);
        }
    }
#undef PUT
    return n;
}

/* Replace int keys in the value array by their strings; *holder roots the
 * container, get_vals re-derives the ValArray after each allocation. */
static bool ints_to_strings(VM *vm, JSValue *holder, ValArray *(*get_vals)(JSValue), uint32_t n)
{
    for (uint32_t i = 0; i < n; i++) {
        JSValue k = get_vals(*holder)->v[i];
        if (!val_is_int(k)) continue;
        JSValue s = atom_key_to_string(vm, k);
        if (s == VAL_EXCEPTION) return false;
        ValArray *a = get_vals(*holder);
        heap_store(&vm->heap, &a->hdr, &a->v[i], s);
    }
    return true;
}

static ValArray *array_vals(JSValue a) { return val_obj(a)->elements; }
static ValArray *valarray_vals(JSValue a) { return (ValArray *)val_cell(a); }

JSValue obj_own_keys(VM *vm, JSValue obj, int flags)
{
    if (val_obj(obj)->cls == CLS_PROXY) return proxy_own_keys(vm, obj, flags);
    HandleScope hs = heap_scope_open(vm);
    JSValue *hobj = heap_handle(vm, obj);
    uint32_t n = collect_keys(vm, val_obj(obj), flags, NULL, NULL);
    JSValue res = arr_new(vm, n);
    if (res == VAL_EXCEPTION) goto fail;
    JSValue *hres = heap_handle(vm, res);
    if (n) {
        collect_keys(vm, val_obj(*hobj), flags, val_obj(*hres)->elements->v, NULL);
        if (!ints_to_strings(vm, hres, array_vals, n)) goto fail;
    }
    res = *hres;
    heap_scope_close(vm, hs);
    return res;
fail:
    heap_scope_close(vm, hs);
    return VAL_EXCEPTION;
}

static uint32_t hash_key(JSValue k)
{
    uint64_t x = k * 0x9E3779B97F4A7C15ull;
    return (uint32_t)(x >> 32);
}

JSValue obj_for_in_keys(VM *vm, JSValue obj)
{
    /* a proxy on the chain: its traps decide (the generic walk, proxy.c) */
    for (JSValue cur = obj; val_is_object(cur); cur = val_obj(cur)->proto)
        if (val_obj(cur)->cls == CLS_PROXY) return proxy_for_in_keys(vm, obj);
    HandleScope hs = heap_scope_open(vm);
    JSValue *hobj = heap_handle(vm, obj);
    uint8_t *en = NULL;
    uint32_t *set = NULL;
    uint32_t total = 0;
    for (JSValue cur = obj; val_is_object(cur); cur = val_obj(cur)->proto)
        total += collect_keys(vm, val_obj(cur), OWNKEYS_STRINGS, NULL, NULL);
    JSValue all = valarray_new(vm, total);
    if (all == VAL_EXCEPTION) goto fail;
    JSValue *hall = heap_handle(vm, all);
    en = malloc(total ? total : 1);
    uint32_t hcap = 16;
    while (hcap < total * 2) hcap <<= 1;
    set = malloc(hcap * sizeof(uint32_t));
    if (!en || !set) goto fail;

    /* phase 1 (no allocation): every key of the chain, then drop shadowed
     * duplicates and non-enumerable ones, keeping the first occurrence */
    ValArray *a = (ValArray *)val_cell(*hall);
    uint32_t n = 0;
    for (JSValue cur = *hobj; val_is_object(cur); cur = val_obj(cur)->proto)
        n += collect_keys(vm, val_obj(cur), OWNKEYS_STRINGS, a->v + n, en + n);
    memset(set, 0xff, hcap * sizeof(uint32_t));
    uint32_t kept = 0;
    for (uint32_t i = 0; i < n; i++) {
        JSValue k = a->v[i];
        uint32_t h = hash_key(k) & (hcap - 1);
        bool dup = false;
        while (set[h] != UINT32_MAX) {
            if (a->v[set[h]] == k) {
                dup = true;
                break;
            }
            h = (h + 1) & (hcap - 1);
        }
        if (dup) continue;
        set[h] = i;
        if (en[i]) en[i] = 2;   /* keep */
    }
    for (uint32_t i = 0; i < n; i++) kept += en[i] == 2;
    JSValue res = valarray_new(vm, kept);
    if (res == VAL_EXCEPTION) goto fail;
    JSValue *hres = heap_handle(vm, res);
    ValArray *r = (ValArray *)val_cell(*hres);
    a = (ValArray *)val_cell(*hall);
    uint32_t j = 0;
    for (uint32_t i = 0; i < n; i++)
        if (en[i] == 2) r->v[j++] = a->v[i];
    r->count = kept;
    free(en);
    free(set);
    en = NULL;
    set = NULL;
    /* phase 2: index keys become strings */
    if (!ints_to_strings(vm, hres, valarray_vals, kept)) goto fail;
    res = *hres;
    heap_scope_close(vm, hs);
    return res;
fail:
    free(en);
    free(set);
    heap_scope_close(vm, hs);
    return VAL_EXCEPTION;
}
