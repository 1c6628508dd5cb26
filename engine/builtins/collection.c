/*
 * collection.c -- Map, Set, WeakMap, WeakSet and their iterators
 * (prefix bi_collection_).
 *
 * A collection is a JSWrapper (CLS_MAP / CLS_SET / CLS_WEAKMAP /
 * CLS_WEAKSET) whose internal value is a store ValArray:
 *   [ENTRIES] ValArray of key/value pairs in insertion order (a deleted
 *             entry has key VAL_HOLE; entries are never reordered, so
 *             iterators can hold a position);
 *   [USED]    int: pairs used in ENTRIES;  [SIZE] int: live entries;
 *   [INDEX]   hash index, open addressing (linear probing, at most half
 *             full): a Bytes cell of Slots {hash, entry + 1}, 0 = empty --
 *             a probe compares the cached hash before it loads the entry
 *             and its key, and the GC has nothing to trace in it;
 *   [EPOCH]   the GC count when INDEX was built;
 *   [ADDR_KEYS] int: live keys hashed by address (objects, symbols);
 *   [FIRST]   int: every entry below FIRST is deleted (a lower bound of the
 *             first live entry, kept by delete: O(1) amortised);
 *   [BASE]    number: how many entries were dropped from the front of
 *             ENTRIES since the collection was created.
 * Positions that outlive a call into JS (iterators, forEach, the Set
 * methods' loops) are absolute: BASE + index.  When ENTRIES is full and its
 * dead prefix (below FIRST) is at least half of it, the live tail is moved
 * to the front instead of growing (BASE grows by the prefix), and clear()
 * drops everything the same way.  Every position just shifts by the prefix,
 * which held only deleted entries, so iteration stays live and in order
 * (ECMA-262 24.1.3.5 / 24.2.3.6: entries added during iteration are
 * visited, deleted ones are not), and a Set used as a queue (add at the
 * back, values().next() + delete at the front) stays O(1) per step with
 * bounded memory.  Deleted entries in the middle stay holes until clear().
 * Objects and symbols hash by address, so a moving collection invalidates
 * the index: it is rebuilt lazily when the GC count has changed (only if
 * such keys are present: strings and numbers hash by value).  Keys are
 * normalised first (ropes flattened, -0 -> +0) so hashing never allocates.
 *
 * Weak collections keep ENTRIES in an ephemeron weak array (engine/weak.h):
 * a key is held weakly, its value only while the key is reachable, and a
 * collection turns the entry of a dead key into a deleted one (key
 * VAL_HOLE) without touching SIZE or ADDR_KEYS (both only ever overcount
 * then: ADDR_KEYS > 0 just asks for a rebuild).  Keys are stored with plain
 * stores (weak slots hold no count under rc), values through heap_store;
 * a WeakSet stores `true` as the value, never the key (a counted
 * reference from the table to its own key would keep the key alive under
 * rc).  Weak collections have no iterators, so when ENTRIES is full it is
 * rebuilt with only the live entries (compacted), and grown only if at
 * least half of them are live.
 *
 * The ES2025 Set methods (union, intersection, ...) are in their own
 * section below; their results are new plain Sets.  getOrInsert and
 * getOrInsertComputed (ES2026 upsert) serve Map and WeakMap alike.
 *
 * Iterators are CLS_ARRAY_ITERATOR wrappers [collection, position, kind]
 * with kind ITER_KIND_COLLECTION + ITER_KIND_*, on their own prototypes.
 */
#include "bi_internal.h"
#include "weak.h"

enum { S_ENTRIES, S_USED, S_SIZE, S_INDEX, S_EPOCH, S_ADDR_KEYS, S_FIRST, S_BASE, S__COUNT };


static ValArray *va(JSValue v) { return (ValArray *)val_cell(v); }
static ValArray *store_of(JSValue coll) { return va(((JSWrapper *)val_obj(coll))->internal); }
static uint32_t st_int(const ValArray *st, int slot) { return (uint32_t)val_int(st->v[slot]); }
static double gc_epoch(VM *vm) { return (double)vm->stats.v[STAT_gc_count]; }
static double st_base(const ValArray *st) { return val_to_number(st->v[S_BASE]); }

/* The entry index of absolute position pos (see BASE): never below FIRST
 * (everything there is deleted, including positions dropped from the front). */
static uint32_t phys_pos(const ValArray *st, double pos)
{
    double p = pos - st_base(st), first = st_int(st, S_FIRST);
    return p < first ? (uint32_t)first : p > 0x7fffffff ? 0x7fffffffu : (uint32_t)p;
}

static uint32_t mix64(uint64_t x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdull;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ull;
    x ^= x >> 33;
    return (uint32_t)x;
}

/* Keys are normalised: flat strings, canonical numbers.  Strings and
 * BigInts hash by content (SameValueZero), other cells by address. */
static uint32_t hash_key(JSValue k)
{
    if (val_is_kind(k, CELL_STRING)) return str_hash((JSString *)val_cell(k));
    if (val_is_bigint(k)) return bigint_hash(k);
    return mix64(k);
}

static bool addr_hashed(JSValue k) { return val_is_cell(k) && !val_is_kind(k, CELL_STRING) && !val_is_bigint(k); }

/* Does INDEX need rebuilding before use? */
static bool index_stale(VM *vm, const ValArray *st)
{
    return val_int(st->v[S_ADDR_KEYS]) > 0 && val_to_number(st->v[S_EPOCH]) != gc_epoch(vm);
}

/* Normalised key (may allocate to flatten a rope). */
static JSValue normalize_key(VM *vm, JSValue k)
{
    if (val_is_number(k)) return val_number(val_to_number(k) == 0 ? 0.0 : val_to_number(k));
    if (val_is_kind(k, CELL_ROPE)) {
        JSString *f = str_flatten(vm, k);
        return f ? val_from_cell(f) : VAL_EXCEPTION;
    }
    return k;
}

/* One slot of INDEX: the key's hash and its entry number + 1 (0: empty). */
typedef struct Slot {
    uint32_t hash, entry;
} Slot;

static Slot *index_slots(JSValue index) { return (Slot *)(void *)((Bytes *)val_cell(index))->data; }
static uint32_t index_cap(JSValue index) { return ((Bytes *)val_cell(index))->length / (uint32_t)sizeof(Slot); }

/* A new empty INDEX of cap slots (a power of two). */
static JSValue index_new(VM *vm, uint32_t cap)
{
    Bytes *b = (Bytes *)vm_alloc(vm, CELL_BYTES, sizeof(Bytes) + (size_t)cap * sizeof(Slot));
    if (!b) return VAL_EXCEPTION;
    b->length = cap * (uint32_t)sizeof(Slot);
    b->pad = 0;
    memset(b->data, 0, (size_t)cap * sizeof(Slot));
    return val_from_cell(&b->hdr);
}

static void index_insert(JSValue index, uint32_t h, uint32_t entry)
{
    Slot *sl = index_slots(index);
    uint32_t mask = index_cap(index) - 1;
    for (uint32_t i = h & mask;; i = (i + 1) & mask) {
        if (!sl[i].entry) {
            sl[i] = (Slot){ h, entry + 1 };
            return;
        }
    }
}

/* Rebuild INDEX from the live entries (never allocates). */
static void rebuild_index(VM *vm, JSValue coll)
{
    ValArray *st = store_of(coll), *e = va(st->v[S_ENTRIES]);
    JSValue index = st->v[S_INDEX];
    memset(index_slots(index), 0, (size_t)index_cap(index) * sizeof(Slot));
    uint32_t used = st_int(st, S_USED);
    for (uint32_t i = 0; i < used; i++)
        if (e->v[2 * i] != VAL_HOLE) index_insert(index, hash_key(e->v[2 * i]), i);
    st->v[S_EPOCH] = val_from_double(gc_epoch(vm));
}

/* Entry number of key (normalised), or -1. */
static int64_t find(VM *vm, JSValue coll, JSValue key)
{
    ValArray *st = store_of(coll);
    if (index_stale(vm, st)) rebuild_index(vm, coll);
    ValArray *e = va(st->v[S_ENTRIES]);
    const Slot *sl = index_slots(st->v[S_INDEX]);
    uint32_t mask = index_cap(st->v[S_INDEX]) - 1, h = hash_key(key);
    for (uint32_t i = h & mask;; i = (i + 1) & mask) {
        if (!sl[i].entry) return -1;
        if (sl[i].hash != h) continue;
        uint32_t n = sl[i].entry - 1;
        JSValue k = e->v[2 * n];
        if (k == key || (k != VAL_HOLE && rt_same_value_zero(k, key))) return n;
    }
}

static bool is_weak(JSValue coll)
{
    return obj_is_class(coll, CLS_WEAKMAP) || obj_is_class(coll, CLS_WEAKSET);
}

static JSValue new_store(VM *vm, bool weak)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue r = VAL_EXCEPTION;
    JSValue e = weak ? weak_array_new(vm, WEAK_EPHEMERON, 16) : valarray_new(vm, 16);
    if (e == VAL_EXCEPTION) goto out;
    JSValue *he = heap_handle(vm, e);
    JSValue index = index_new(vm, 16);
    if (index == VAL_EXCEPTION) goto out;
    JSValue *hi = heap_handle(vm, index);
    JSValue st = valarray_new(vm, S__COUNT);
    if (st == VAL_EXCEPTION) goto out;
    ValArray *s = va(st);
    s->v[S_ENTRIES] = *he;
    s->v[S_USED] = val_from_int(0);
    s->v[S_SIZE] = val_from_int(0);
    s->v[S_INDEX] = *hi;
    s->v[S_EPOCH] = val_from_double(gc_epoch(vm));
    s->v[S_ADDR_KEYS] = val_from_int(0);
    s->v[S_FIRST] = val_from_int(0);
    s->v[S_BASE] = val_from_int(0);
    s->count = S__COUNT;
    r = st;
out:
    heap_scope_close(vm, hs);
    return r;
}

/* A weak collection's ENTRIES is full: replace it by one holding only the
 * live entries, with room to grow (the index is rebuilt by the caller).
 * -1 on OOM. */
static int weak_compact(VM *vm, JSValue *hc)
{
    ValArray *e = va(store_of(*hc)->v[S_ENTRIES]);
    uint32_t used = st_int(store_of(*hc), S_USED), live = 0;
    for (uint32_t i = 0; i < used; i++) live += e->v[2 * i] != VAL_HOLE;
    uint32_t cap = e->capacity;
    if (2 * live >= used) {
        if (used >= 0x3fffffffu) {
            err_throw_type(vm, RangeError, "Map maximum size exceeded");
            return -1;
        }
        cap = 4 * used + 4;
    }
    JSValue ne = weak_array_new(vm, WEAK_EPHEMERON, cap);
    if (ne == VAL_EXCEPTION) return -1;
    ValArray *n = va(ne), *st = store_of(*hc);
    e = va(st->v[S_ENTRIES]);
    uint32_t j = 0, addr = 0;
    for (uint32_t i = 0; i < used; i++) {
        if (e->v[2 * i] == VAL_HOLE) continue;
        n->v[2 * j] = e->v[2 * i];   /* initialising stores into the fresh array */
        n->v[2 * j + 1] = e->v[2 * i + 1];
        addr += addr_hashed(e->v[2 * i]);
        j++;
    }
    heap_store(&vm->heap, &st->hdr, &st->v[S_ENTRIES], ne);
    st->v[S_USED] = val_from_int((int32_t)j);
    st->v[S_SIZE] = val_from_int((int32_t)j);
    st->v[S_ADDR_KEYS] = val_from_int((int32_t)addr);
    st->v[S_FIRST] = val_from_int(0);
    rebuild_index(vm, *hc);
    return 0;
}

/* Drops the first `drop` entries of a strong collection (all deleted: drop <=
 * FIRST): moves the rest to the front, clears the tail, advances BASE and
 * rebuilds the index.  Never allocates. */
static void drop_prefix(VM *vm, JSValue coll, uint32_t drop)
{
    ValArray *st = store_of(coll), *e = va(st->v[S_ENTRIES]);
    uint32_t used = st_int(st, S_USED), live = used - drop;
    for (uint32_t i = 0; i < 2 * live; i++) heap_store(&vm->heap, &e->hdr, &e->v[i], e->v[2 * drop + i]);
    for (uint32_t i = 2 * live; i < 2 * used; i++) heap_store(&vm->heap, &e->hdr, &e->v[i], VAL_UNDEFINED);
    st->v[S_USED] = val_from_int((int32_t)live);
    st->v[S_FIRST] = val_from_int((int32_t)(st_int(st, S_FIRST) - drop));
    st->v[S_BASE] = val_number(st_base(st) + drop);
    rebuild_index(vm, coll);
}

/* Add or update key -> value (key normalised). -1 on OOM. */
static int coll_set(VM *vm, JSValue coll, JSValue key, JSValue value)
{
    int64_t n = find(vm, coll, key);
    if (n >= 0) {
        ValArray *e = va(store_of(coll)->v[S_ENTRIES]);
        heap_store(&vm->heap, &e->hdr, &e->v[2 * n + 1], value);
        return 0;
    }
    HandleScope hs = heap_scope_open(vm);
    JSValue *hc = heap_handle(vm, coll), *hk = heap_handle(vm, key), *hv = heap_handle(vm, value);
    int r = -1;
    bool weak = is_weak(*hc);
    if (weak && 2 * st_int(store_of(*hc), S_USED) + 2 > va(store_of(*hc)->v[S_ENTRIES])->capacity &&
        weak_compact(vm, hc) < 0)
        goto out;
    uint32_t used = st_int(store_of(*hc), S_USED);
    if (!weak && 2 * used + 2 > va(store_of(*hc)->v[S_ENTRIES])->capacity &&
        2 * st_int(store_of(*hc), S_FIRST) >= used && used > 0) {
        drop_prefix(vm, *hc, st_int(store_of(*hc), S_FIRST));
        used = st_int(store_of(*hc), S_USED);
    }
    if (2 * used + 2 > va(store_of(*hc)->v[S_ENTRIES])->capacity) {
        if (used >= 0x3fffffffu) {
            err_throw_type(vm, RangeError, "Map maximum size exceeded");
            goto out;
        }
        JSValue ne = valarray_grow(vm, store_of(*hc)->v[S_ENTRIES], 4 * used + 4);
        if (ne == VAL_EXCEPTION) goto out;
        ValArray *st = store_of(*hc);
        heap_store(&vm->heap, &st->hdr, &st->v[S_ENTRIES], ne);
    }
    if (2 * (used + 1) > index_cap(store_of(*hc)->v[S_INDEX])) {
        uint32_t cap = index_cap(store_of(*hc)->v[S_INDEX]);
        while (2 * (used + 1) > cap) cap *= 2;
        JSValue ni = index_new(vm, cap);
        if (ni == VAL_EXCEPTION) goto out;
        ValArray *st = store_of(*hc);
        heap_store(&vm->heap, &st->hdr, &st->v[S_INDEX], ni);
        rebuild_index(vm, *hc);
    }
    ValArray *st = store_of(*hc);
    if (index_stale(vm, st)) rebuild_index(vm, *hc);
    if (addr_hashed(*hk)) {
        /* from now on the index depends on addresses: it must be current */
        if (val_int(st->v[S_ADDR_KEYS]) == 0 && val_to_number(st->v[S_EPOCH]) != gc_epoch(vm)) rebuild_index(vm, *hc);
        st->v[S_ADDR_KEYS] = val_from_int(val_int(st->v[S_ADDR_KEYS]) + 1);
    }
    ValArray *e = va(st->v[S_ENTRIES]);
    if (weak) weak_store_weak(&e->v[2 * used], *hk);
    else heap_store(&vm->heap, &e->hdr, &e->v[2 * used], *hk);
    heap_store(&vm->heap, &e->hdr, &e->v[2 * used + 1], *hv);
    st->v[S_USED] = val_from_int((int32_t)used + 1);
    st->v[S_SIZE] = val_from_int((int32_t)st_int(st, S_SIZE) + 1);
    index_insert(st->v[S_INDEX], hash_key(*hk), used);
    r = 0;
out:
    heap_scope_close(vm, hs);
    return r;
}

static bool coll_delete(VM *vm, JSValue coll, JSValue key)
{
    int64_t n = find(vm, coll, key);
    if (n < 0) return false;
    ValArray *st = store_of(coll), *e = va(st->v[S_ENTRIES]);
    if (addr_hashed(e->v[2 * n])) st->v[S_ADDR_KEYS] = val_from_int(val_int(st->v[S_ADDR_KEYS]) - 1);
    if (is_weak(coll)) weak_store_weak(&e->v[2 * n], VAL_HOLE);
    else heap_store(&vm->heap, &e->hdr, &e->v[2 * n], VAL_HOLE);
    heap_store(&vm->heap, &e->hdr, &e->v[2 * n + 1], VAL_UNDEFINED);
    st->v[S_SIZE] = val_from_int((int32_t)st_int(st, S_SIZE) - 1);
    uint32_t first = st_int(st, S_FIRST), used = st_int(st, S_USED);
    if (n == first) {
        while (first < used && e->v[2 * first] == VAL_HOLE) first++;
        st->v[S_FIRST] = val_from_int((int32_t)first);
    }
    return true;
}

static void coll_clear(VM *vm, JSValue coll)
{
    ValArray *st = store_of(coll), *e = va(st->v[S_ENTRIES]);
    uint32_t used = st_int(st, S_USED);
    for (uint32_t i = 0; i < used; i++) {
        heap_store(&vm->heap, &e->hdr, &e->v[2 * i], VAL_HOLE);
        heap_store(&vm->heap, &e->hdr, &e->v[2 * i + 1], VAL_UNDEFINED);
    }
    st->v[S_SIZE] = val_from_int(0);
    st->v[S_ADDR_KEYS] = val_from_int(0);
    st->v[S_FIRST] = val_from_int((int32_t)used);
    if (!is_weak(coll)) drop_prefix(vm, coll, used);   /* everything: iterators continue with later additions */
    else rebuild_index(vm, coll);
}

/* ---- receivers ----------------------------------------------------------------- */

static const char *const class_names[] = { "Map", "Set", "WeakMap", "WeakSet" };

static int class_slot(ObjClass c)
{
    return c == CLS_MAP ? 0 : c == CLS_SET ? 1 : c == CLS_WEAKMAP ? 2 : 3;
}

static bool check_this(VM *vm, JSValue *args, ObjClass cls, const char *method)
{
    if (obj_is_class(args[-1], cls) && val_is_kind(((JSWrapper *)val_obj(args[-1]))->internal, CELL_VALARRAY))
        return true;
    char *d = bi_describe(vm, args[-1]);
    err_throw_type(vm, TypeError, "Method %s.prototype.%s called on incompatible receiver %s",
                   class_names[class_slot(cls)], method, d ? d : "value");
    free(d);
    return false;
}

/* CanBeHeldWeakly: objects and symbols not in the global registry */
static bool weak_key_ok(VM *vm, JSValue k, bool map)
{
    if (weak_can_be_held(vm, k)) return true;
    err_throw_type(vm, TypeError, "Invalid value used %s", map ? "as weak map key" : "in weak set");
    return false;
}

/* ---- constructors ----------------------------------------------------------------- */

static JSValue construct(VM *vm, JSValue *args, int argc, JSValue new_target, ObjClass cls, IntrinsicId dflt_proto)
{
    BI_SCOPE;
    if (new_target == VAL_UNDEFINED)
        BI_RETURN(err_throw_type(vm, TypeError, "Constructor %s requires 'new'", class_names[class_slot(cls)]));
    JSValue proto = bi_proto_from_ctor(vm, new_target, dflt_proto);
    if (proto == VAL_EXCEPTION) BI_RETURN(proto);
    JSValue *hp = heap_handle(vm, proto);
    JSValue st = new_store(vm, cls == CLS_WEAKMAP || cls == CLS_WEAKSET);
    if (st == VAL_EXCEPTION) BI_RETURN(st);
    JSValue c = bi_new_wrapper(vm, *hp, cls, st);
    if (c == VAL_EXCEPTION) BI_RETURN(c);
    JSValue *hc = heap_handle(vm, c);
    JSValue iterable = bi_arg(args, argc, 0);
    if (val_is_nullish(iterable)) BI_RETURN(*hc);
    bool pairs = cls == CLS_MAP || cls == CLS_WEAKMAP;
    JSValue adder = obj_get(vm, *hc, atom_from_cstr(vm, pairs ? "set" : "add"));
    if (adder == VAL_EXCEPTION) BI_RETURN(adder);
    if (!rt_is_callable(adder)) BI_RETURN(bi_array_not_callable(vm, adder));
    JSValue *ha = heap_handle(vm, adder);
    JSValue iter = rt_get_iterator(vm, args[0]);
    if (iter == VAL_EXCEPTION) BI_RETURN(iter);
    JSValue *hi = heap_handle(vm, iter);
    JSValue next = obj_get(vm, *hi, vm_atom(vm, ATOM_next));
    if (next == VAL_EXCEPTION) BI_RETURN(next);
    JSValue *hn = heap_handle(vm, next);
    HandleScope iter_mark = heap_scope_open(vm);
    for (;;) {
        heap_scope_close(vm, iter_mark);
        bool done = false;
        JSValue item = rt_iterator_step(vm, *hi, *hn, &done);
        if (item == VAL_EXCEPTION) BI_RETURN(item);
        if (done) break;
        JSValue *hitem = heap_handle(vm, item);
        JSValue r;
        if (pairs) {
            JSValue *kv = bi_entry_pair(vm, *hitem);
            if (!kv) goto close;
            r = vm_call(vm, *ha, *hc, 2, kv);
        } else {
            r = vm_call(vm, *ha, *hc, 1, hitem);
        }
        if (r == VAL_EXCEPTION) goto close;
    }
    BI_RETURN(*hc);
close:
    rt_iterator_close_quiet(vm, *hi);   /* keeps the pending exception */
    BI_RETURN(VAL_EXCEPTION);
}

static JSValue map_ctor(VM *vm, JSValue *args, int argc, JSValue nt)
{
    return construct(vm, args, argc, nt, CLS_MAP, INTR_MapPrototype);
}
static JSValue set_ctor(VM *vm, JSValue *args, int argc, JSValue nt)
{
    return construct(vm, args, argc, nt, CLS_SET, INTR_SetPrototype);
}
static JSValue weakmap_ctor(VM *vm, JSValue *args, int argc, JSValue nt)
{
    return construct(vm, args, argc, nt, CLS_WEAKMAP, INTR_WeakMapPrototype);
}
static JSValue weakset_ctor(VM *vm, JSValue *args, int argc, JSValue nt)
{
    return construct(vm, args, argc, nt, CLS_WEAKSET, INTR_WeakSetPrototype);
}

/* ---- shared methods ------------------------------------------------------------------ */

/* get / has / delete on any collection class: op 0 get, 1 has, 2 delete */
static JSValue lookup(VM *vm, JSValue *args, int argc, ObjClass cls, int op)
{
    static const char *const names[] = { "get", "has", "delete" };
    if (!check_this(vm, args, cls, names[op])) return VAL_EXCEPTION;
    JSValue key = normalize_key(vm, bi_arg(args, argc, 0));
    if (key == VAL_EXCEPTION) return key;
    if (op == 2) return val_from_bool(coll_delete(vm, args[-1], key));
    int64_t n = find(vm, args[-1], key);
    if (op == 1) return val_from_bool(n >= 0);
    return n < 0 ? VAL_UNDEFINED : va(store_of(args[-1])->v[S_ENTRIES])->v[2 * n + 1];
}

static JSValue store_pair(VM *vm, JSValue *args, int argc, ObjClass cls, const char *name)
{
    if (!check_this(vm, args, cls, name)) return VAL_EXCEPTION;
    JSValue k = bi_arg(args, argc, 0);
    if ((cls == CLS_WEAKMAP || cls == CLS_WEAKSET) && !weak_key_ok(vm, k, cls == CLS_WEAKMAP)) return VAL_EXCEPTION;
    JSValue key = normalize_key(vm, k);
    if (key == VAL_EXCEPTION) return key;
    JSValue value = (cls == CLS_MAP || cls == CLS_WEAKMAP) ? bi_arg(args, argc, 1) : cls == CLS_WEAKSET ? VAL_TRUE : key;
    if (coll_set(vm, args[-1], key, value) < 0) return VAL_EXCEPTION;
    return args[-1];
}

/* getOrInsert(key, value) / getOrInsertComputed(key, callbackfn) on Map
 * and WeakMap (ES2026 upsert).  The spec's order: the receiver, then (for
 * the computed form) the callable check, then the weak-key check; the key is
 * canonicalised (-0 -> +0) and the callback gets that key.  The callback may
 * change the map: the entry is looked up again, so a key it inserted is
 * overwritten in place rather than appended twice. */
static JSValue get_or_insert(VM *vm, JSValue *args, int argc, ObjClass cls, bool computed)
{
    BI_SCOPE;
    if (!check_this(vm, args, cls, computed ? "getOrInsertComputed" : "getOrInsert")) BI_RETURN(VAL_EXCEPTION);
    JSValue arg1 = bi_arg(args, argc, 1);
    if (computed && !rt_is_callable(arg1)) BI_RETURN(bi_array_not_callable(vm, arg1));
    JSValue k = bi_arg(args, argc, 0);
    if (cls == CLS_WEAKMAP && !weak_key_ok(vm, k, true)) BI_RETURN(VAL_EXCEPTION);
    JSValue key = normalize_key(vm, k);
    if (key == VAL_EXCEPTION) BI_RETURN(key);
    JSValue *hk = heap_handle(vm, key);
    int64_t n = find(vm, args[-1], *hk);
    if (n >= 0) BI_RETURN(va(store_of(args[-1])->v[S_ENTRIES])->v[2 * n + 1]);
    /* re-read: normalize_key may have allocated (args are rooted, copies not) */
    arg1 = bi_arg(args, argc, 1);
    JSValue value = computed ? vm_call(vm, arg1, VAL_UNDEFINED, 1, hk) : arg1;
    if (value == VAL_EXCEPTION) BI_RETURN(value);
    JSValue *hv = heap_handle(vm, value);
    if (coll_set(vm, args[-1], *hk, *hv) < 0) BI_RETURN(VAL_EXCEPTION);
    BI_RETURN(*hv);
}

static JSValue map_get_or_insert(VM *vm, JSValue *args, int argc, JSValue nt)
{
    return get_or_insert(vm, args, argc, CLS_MAP, false);
}
static JSValue map_get_or_insert_computed(VM *vm, JSValue *args, int argc, JSValue nt)
{
    return get_or_insert(vm, args, argc, CLS_MAP, true);
}
static JSValue weakmap_get_or_insert(VM *vm, JSValue *args, int argc, JSValue nt)
{
    return get_or_insert(vm, args, argc, CLS_WEAKMAP, false);
}
static JSValue weakmap_get_or_insert_computed(VM *vm, JSValue *args, int argc, JSValue nt)
{
    return get_or_insert(vm, args, argc, CLS_WEAKMAP, true);
}

/* has / delete for every class; get for the maps */
#define COLL_METHODS(prefix, cls)                                                    \
    static JSValue prefix##_has(VM *vm, JSValue *args, int argc, JSValue nt)         \
    {                                                                                \
        return lookup(vm, args, argc, cls, 1);                                       \
    }                                                                                \
    static JSValue prefix##_delete(VM *vm, JSValue *args, int argc, JSValue nt)      \
    {                                                                                \
        return lookup(vm, args, argc, cls, 2);                                       \
    }

COLL_METHODS(map, CLS_MAP)
COLL_METHODS(set, CLS_SET)
COLL_METHODS(weakmap, CLS_WEAKMAP)
COLL_METHODS(weakset, CLS_WEAKSET)

static JSValue map_get(VM *vm, JSValue *args, int argc, JSValue nt) { return lookup(vm, args, argc, CLS_MAP, 0); }
static JSValue weakmap_get(VM *vm, JSValue *args, int argc, JSValue nt)
{
    return lookup(vm, args, argc, CLS_WEAKMAP, 0);
}

static JSValue map_set(VM *vm, JSValue *args, int argc, JSValue nt) { return store_pair(vm, args, argc, CLS_MAP, "set"); }
static JSValue set_add(VM *vm, JSValue *args, int argc, JSValue nt) { return store_pair(vm, args, argc, CLS_SET, "add"); }
static JSValue weakmap_set(VM *vm, JSValue *args, int argc, JSValue nt)
{
    return store_pair(vm, args, argc, CLS_WEAKMAP, "set");
}
static JSValue weakset_add(VM *vm, JSValue *args, int argc, JSValue nt)
{
    return store_pair(vm, args, argc, CLS_WEAKSET, "add");
}

static JSValue clear(VM *vm, JSValue *args, ObjClass cls)
{
    if (!check_this(vm, args, cls, "clear")) return VAL_EXCEPTION;
    coll_clear(vm, args[-1]);
    return VAL_UNDEFINED;
}
static JSValue map_clear(VM *vm, JSValue *args, int argc, JSValue nt) { return clear(vm, args, CLS_MAP); }
static JSValue set_clear(VM *vm, JSValue *args, int argc, JSValue nt) { return clear(vm, args, CLS_SET); }

static JSValue size(VM *vm, JSValue *args, ObjClass cls)
{
    if (!check_this(vm, args, cls, "size")) return VAL_EXCEPTION;
    return store_of(args[-1])->v[S_SIZE];
}
static JSValue map_size(VM *vm, JSValue *args, int argc, JSValue nt) { return size(vm, args, CLS_MAP); }
static JSValue set_size(VM *vm, JSValue *args, int argc, JSValue nt) { return size(vm, args, CLS_SET); }

static JSValue for_each(VM *vm, JSValue *args, int argc, ObjClass cls)
{
    BI_SCOPE;
    if (!check_this(vm, args, cls, "forEach")) BI_RETURN(VAL_EXCEPTION);
    if (!rt_is_callable(bi_arg(args, argc, 0))) BI_RETURN(bi_array_not_callable(vm, bi_arg(args, argc, 0)));
    /* entries added during the loop are visited; deleted ones are skipped
     * (pos is absolute: the callback may drop the front, see BASE) */
    for (double pos = 0;;) {
        ValArray *st = store_of(args[-1]);
        uint32_t i = phys_pos(st, pos);
        if (i >= st_int(st, S_USED)) break;
        pos = st_base(st) + i + 1;
        ValArray *e = va(st->v[S_ENTRIES]);
        JSValue k = e->v[2 * i];
        if (k == VAL_HOLE) continue;
        JSValue cargs[3] = { e->v[2 * i + 1], k, args[-1] };
        if (vm_call(vm, args[0], bi_arg(args, argc, 1), 3, cargs) == VAL_EXCEPTION) BI_RETURN(VAL_EXCEPTION);
    }
    BI_RETURN(VAL_UNDEFINED);
}
static JSValue map_for_each(VM *vm, JSValue *args, int argc, JSValue nt) { return for_each(vm, args, argc, CLS_MAP); }
static JSValue set_for_each(VM *vm, JSValue *args, int argc, JSValue nt) { return for_each(vm, args, argc, CLS_SET); }

/* ---- Set methods (ES2025) ---------------------------------------------------------------
 *
 * union / intersection / difference / symmetricDifference / isSubsetOf /
 * isSupersetOf / isDisjointFrom, step for step as in ECMA-262 24.2.4: the
 * receiver is read through its store (never its public methods), the
 * argument only through GetSetRecord's size / has / keys.  Which of has or
 * keys is used depends on the sizes, and that choice is observable, so
 * each branch is kept as the spec writes it.  Loops over the receiver
 * index its ENTRIES and re-read USED after each call into JS: entries are
 * never reordered in a strong Set (deleted ones become holes, a dead prefix
 * may be dropped: positions are absolute, see BASE), which is exactly the
 * spec's "index < thisSize, thisSize re-read" walk.
 * Results are plain Sets on %Set.prototype% (no species, no `add`). */

/* A Set Record: the argument, its size (an integer or +Infinity) and its
 * has / keys methods; the values live in handles of the caller's scope. */
typedef struct SetRec {
    JSValue *obj, *has, *keys;
    double size;
} SetRec;

/* Get(obj, name) for a method GetSetRecord needs callable. */
static JSValue *set_rec_method(VM *vm, JSValue *obj, const char *name)
{
    JSValue key = atom_from_cstr(vm, name);
    if (key == VAL_EXCEPTION) return NULL;
    JSValue m = obj_get(vm, *obj, key);
    if (m == VAL_EXCEPTION) return NULL;
    if (!rt_is_callable(m)) {
        char *d = bi_describe(vm, m);
        err_throw_type(vm, TypeError, "The '%s' property of a set-like object must be a function, got %s", name,
                       d ? d : "value");
        free(d);
        return NULL;
    }
    return heap_handle(vm, m);
}

/* GetSetRecord(other): false with an exception pending. */
static bool get_set_record(VM *vm, JSValue other, SetRec *rec)
{
    if (!val_is_object(other)) {
        char *d = bi_describe(vm, other);
        err_throw_type(vm, TypeError, "%s is not a set-like object", d ? d : "value");
        free(d);
        return false;
    }
    rec->obj = heap_handle(vm, other);
    JSValue key = atom_from_cstr(vm, "size");
    if (key == VAL_EXCEPTION) return false;
    JSValue raw = obj_get(vm, *rec->obj, key);
    if (raw == VAL_EXCEPTION) return false;
    JSValue num = rt_to_number(vm, raw);   /* undefined -> NaN */
    if (num == VAL_EXCEPTION) return false;
    double n = val_to_number(num);
    if (isnan(n)) {
        err_throw_type(vm, TypeError, "The 'size' property of a set-like object must be a number");
        return false;
    }
    n = trunc(n);   /* ToIntegerOrInfinity (NaN excluded above) */
    if (n < 0) {
        err_throw_type(vm, RangeError, "The 'size' property of a set-like object must not be negative");
        return false;
    }
    rec->size = n;
    return (rec->has = set_rec_method(vm, rec->obj, "has")) && (rec->keys = set_rec_method(vm, rec->obj, "keys"));
}

/* GetIteratorFromMethod(rec.obj, rec.keys): the iterator in the returned
 * handle, its next method in *hnext; NULL with an exception pending. */
static JSValue *keys_iterator(VM *vm, const SetRec *rec, JSValue **hnext)
{
    JSValue it = vm_call(vm, *rec->keys, *rec->obj, 0, NULL);
    if (it == VAL_EXCEPTION) return NULL;
    if (!val_is_object(it)) {
        char *d = bi_describe(vm, it);
        err_throw_type(vm, TypeError, "The result of a set-like object's keys() %s is not an object", d ? d : "value");
        free(d);
        return NULL;
    }
    JSValue *hit = heap_handle(vm, it);
    JSValue next = obj_get(vm, *hit, vm_atom(vm, ATOM_next));
    if (next == VAL_EXCEPTION) return NULL;
    *hnext = heap_handle(vm, next);
    return hit;
}

/* IteratorStepValue + CanonicalizeKeyedCollectionKey: the next key
 * (normalised), VAL_HOLE when done, VAL_EXCEPTION. */
static JSValue next_key(VM *vm, const JSValue *hit, const JSValue *hnext)
{
    bool done = false;
    JSValue v = rt_iterator_step(vm, *hit, *hnext, &done);
    if (v == VAL_EXCEPTION) return v;
    return done ? VAL_HOLE : normalize_key(vm, v);
}

/* ToBoolean(? Call(rec.has, rec.obj, « *he »)): 1 / 0 / -1. */
static int other_has(VM *vm, const SetRec *rec, const JSValue *he)
{
    JSValue r = vm_call(vm, *rec->has, *rec->obj, 1, he);
    return r == VAL_EXCEPTION ? -1 : rt_to_boolean(r);
}

/* The live key at absolute position pos of Set s, or VAL_HOLE (deleted or past USED). */
static JSValue entry_key(JSValue s, double pos)
{
    ValArray *st = store_of(s);
    double i = pos - st_base(st);
    return i >= 0 && i < st_int(st, S_USED) ? va(st->v[S_ENTRIES])->v[2 * (uint32_t)i] : VAL_HOLE;
}

/* One past the last absolute position of s. */
static double end_pos(JSValue s)
{
    ValArray *st = store_of(s);
    return st_base(st) + st_int(st, S_USED);
}

/* A new empty Set on %Set.prototype%. */
static JSValue new_set(VM *vm)
{
    JSValue st = new_store(vm, false);
    return st == VAL_EXCEPTION ? st : bi_new_wrapper(vm, vm_intrinsic(vm, INTR_SetPrototype), CLS_SET, st);
}

/* A new Set holding a copy of *hsrc's live entries, in order. */
static JSValue copy_set(VM *vm, const JSValue *hsrc)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue r = new_set(vm);
    if (r != VAL_EXCEPTION) {
        JSValue *hr = heap_handle(vm, r);
        for (double i = st_base(store_of(*hsrc)); i < end_pos(*hsrc); i++) {
            JSValue k = entry_key(*hsrc, i);
            if (k != VAL_HOLE && coll_set(vm, *hr, k, k) < 0) {
                r = VAL_EXCEPTION;
                break;
            }
        }
        if (r != VAL_EXCEPTION) r = *hr;
    }
    heap_scope_close(vm, hs);
    return r;
}

/* Appends key k (normalised) to Set s unless present. -1 on OOM. */
static int set_append(VM *vm, JSValue s, JSValue k)
{
    return find(vm, s, k) >= 0 ? 0 : coll_set(vm, s, k, k);
}

enum SetOp { OP_UNION, OP_INTERSECTION, OP_DIFFERENCE, OP_SYMDIFF, OP_SUBSET, OP_SUPERSET, OP_DISJOINT };

static const char *const set_op_names[] = {
    "union", "intersection", "difference", "symmetricDifference", "isSubsetOf", "isSupersetOf", "isDisjointFrom",
};

/* The receiver-driven loop (intersection, difference, isSubsetOf,
 * isDisjointFrom when this.size <= other.size): calls other.has for each
 * live entry of the receiver *ho (the difference walks its copy *hr
 * instead: the spec's resultSetData, fixed length).  Returns the boolean
 * answer for the predicates, *hr for the others, or VAL_EXCEPTION. */
static JSValue walk_this(VM *vm, enum SetOp op, const JSValue *ho, const JSValue *hr, const SetRec *rec)
{
    const JSValue *walked = op == OP_DIFFERENCE ? hr : ho;
    double fixed_end = op == OP_DIFFERENCE ? end_pos(*hr) : 0;
    HandleScope mark = heap_scope_open(vm);
    for (double i = st_base(store_of(*walked)); op == OP_DIFFERENCE ? i < fixed_end : i < end_pos(*walked); i++) {
        heap_scope_close(vm, mark);
        JSValue e = entry_key(*walked, i);
        if (e == VAL_HOLE) continue;
        JSValue *he = heap_handle(vm, e);
        int in_other = other_has(vm, rec, he);
        if (in_other < 0) return VAL_EXCEPTION;
        switch (op) {
        case OP_INTERSECTION:
            /* has() may delete and re-add an element: it is then seen twice */
            if (in_other && set_append(vm, *hr, *he) < 0) return VAL_EXCEPTION;
            break;
        case OP_DIFFERENCE:
            if (in_other) coll_delete(vm, *hr, *he);
            break;
        case OP_SUBSET:
            if (!in_other) return VAL_FALSE;
            break;
        case OP_DISJOINT:
            if (in_other) return VAL_FALSE;
            break;
        case OP_UNION:
        case OP_SYMDIFF:
        case OP_SUPERSET:
            break;
        }
    }
    heap_scope_close(vm, mark);
    return op == OP_SUBSET || op == OP_DISJOINT ? VAL_TRUE : *hr;
}

/* The argument-driven loop (union, symmetricDifference, isSupersetOf, and
 * intersection / difference / isDisjointFrom when this.size > other.size):
 * steps other.keys() and looks each key up in the receiver *ho and / or
 * the result *hr.  isSupersetOf and isDisjointFrom close the iterator
 * when they answer early. */
static JSValue walk_other(VM *vm, enum SetOp op, const JSValue *ho, const JSValue *hr, const SetRec *rec,
                          const JSValue *hit, const JSValue *hnext)
{
    HandleScope mark = heap_scope_open(vm);
    for (;;) {
        heap_scope_close(vm, mark);
        JSValue k = next_key(vm, hit, hnext);
        if (k == VAL_EXCEPTION) return k;
        if (k == VAL_HOLE) break;
        JSValue *hk = heap_handle(vm, k);
        switch (op) {
        case OP_UNION:
            if (set_append(vm, *hr, *hk) < 0) return VAL_EXCEPTION;
            break;
        case OP_INTERSECTION:
            /* keys() may yield a value twice: the result keeps one */
            if (find(vm, *ho, *hk) >= 0 && set_append(vm, *hr, *hk) < 0) return VAL_EXCEPTION;
            break;
        case OP_DIFFERENCE:
            coll_delete(vm, *hr, *hk);
            break;
        case OP_SYMDIFF: {
            bool in_result = find(vm, *hr, *hk) >= 0;
            if (find(vm, *ho, *hk) >= 0) {
                if (in_result) coll_delete(vm, *hr, *hk);
            } else if (!in_result && coll_set(vm, *hr, *hk, *hk) < 0) {
                return VAL_EXCEPTION;
            }
            break;
        }
        case OP_SUPERSET:
        case OP_DISJOINT:
            if ((find(vm, *ho, *hk) >= 0) == (op == OP_DISJOINT))
                return rt_iterator_close(vm, *hit) < 0 ? VAL_EXCEPTION : VAL_FALSE;
            break;
        case OP_SUBSET:
            break;
        }
    }
    heap_scope_close(vm, mark);
    return op == OP_SUPERSET || op == OP_DISJOINT ? VAL_TRUE : *hr;
}

static JSValue set_op(VM *vm, JSValue *args, int argc, enum SetOp op)
{
    BI_SCOPE;
    SetRec rec;
    if (!check_this(vm, args, CLS_SET, set_op_names[op]) || !get_set_record(vm, bi_arg(args, argc, 0), &rec))
        BI_RETURN(VAL_EXCEPTION);
    const JSValue *ho = &args[-1];
    double this_size = st_int(store_of(*ho), S_SIZE);
    JSValue *hit = NULL, *hnext = NULL, *hr = heap_handle(vm, VAL_UNDEFINED);
    bool by_keys = false;
    switch (op) {
    case OP_UNION:
    case OP_SYMDIFF:
        /* keys() is called before the receiver is copied */
        if (!(hit = keys_iterator(vm, &rec, &hnext)) || (*hr = copy_set(vm, ho)) == VAL_EXCEPTION)
            BI_RETURN(VAL_EXCEPTION);
        BI_RETURN(walk_other(vm, op, ho, hr, &rec, hit, hnext));
    case OP_SUBSET:
        if (this_size > rec.size) BI_RETURN(VAL_FALSE);
        BI_RETURN(walk_this(vm, op, ho, hr, &rec));
    case OP_SUPERSET:
        if (this_size < rec.size) BI_RETURN(VAL_FALSE);
        by_keys = true;
        break;
    case OP_INTERSECTION:
    case OP_DIFFERENCE:
    case OP_DISJOINT:
        if (op != OP_DISJOINT &&
            (*hr = op == OP_DIFFERENCE ? copy_set(vm, ho) : new_set(vm)) == VAL_EXCEPTION)
            BI_RETURN(VAL_EXCEPTION);
        by_keys = this_size > rec.size;
        break;
    }
    if (!by_keys) BI_RETURN(walk_this(vm, op, ho, hr, &rec));
    if (!(hit = keys_iterator(vm, &rec, &hnext))) BI_RETURN(VAL_EXCEPTION);
    BI_RETURN(walk_other(vm, op, ho, hr, &rec, hit, hnext));
}

#define SET_OP(fn, op)                                                     \
    static JSValue fn(VM *vm, JSValue *args, int argc, JSValue nt)         \
    {                                                                      \
        return set_op(vm, args, argc, op);                                 \
    }
SET_OP(set_union, OP_UNION)
SET_OP(set_intersection, OP_INTERSECTION)
SET_OP(set_difference, OP_DIFFERENCE)
SET_OP(set_symmetric_difference, OP_SYMDIFF)
SET_OP(set_is_subset_of, OP_SUBSET)
SET_OP(set_is_superset_of, OP_SUPERSET)
SET_OP(set_is_disjoint_from, OP_DISJOINT)

/* ---- iterators -------------------------------------------------------------------------- */

static JSValue make_iterator(VM *vm, JSValue *args, ObjClass cls, int kind, const char *method)
{
    if (!check_this(vm, args, cls, method)) return VAL_EXCEPTION;
    HandleScope hs = heap_scope_open(vm);
    JSValue r = valarray_new(vm, 4);
    if (r != VAL_EXCEPTION) {
        ValArray *st = va(r);
        st->v[0] = args[-1];
        st->v[1] = val_from_int(0);   /* absolute position, see BASE */
        st->v[2] = val_from_int(ITER_KIND_COLLECTION + kind);
        st->v[3] = val_from_int((int32_t)cls);   /* Map or Set iterator, also once exhausted */
        st->count = 4;
        r = bi_new_wrapper(vm, vm_intrinsic(vm, cls == CLS_MAP ? INTR_MapIteratorPrototype : INTR_SetIteratorPrototype),
                           CLS_ARRAY_ITERATOR, r);
    }
    heap_scope_close(vm, hs);
    return r;
}

static JSValue map_keys(VM *vm, JSValue *args, int argc, JSValue nt)
{
    return make_iterator(vm, args, CLS_MAP, ITER_KIND_KEYS, "keys");
}
static JSValue map_values(VM *vm, JSValue *args, int argc, JSValue nt)
{
    return make_iterator(vm, args, CLS_MAP, ITER_KIND_VALUES, "values");
}
static JSValue map_entries(VM *vm, JSValue *args, int argc, JSValue nt)
{
    return make_iterator(vm, args, CLS_MAP, ITER_KIND_ENTRIES, "entries");
}
static JSValue set_values(VM *vm, JSValue *args, int argc, JSValue nt)
{
    return make_iterator(vm, args, CLS_SET, ITER_KIND_VALUES, "values");
}
static JSValue set_entries(VM *vm, JSValue *args, int argc, JSValue nt)
{
    return make_iterator(vm, args, CLS_SET, ITER_KIND_ENTRIES, "entries");
}

/* The next value of Map/Set iterator `it` (the receiver checked): 1 with
 * *out = the key, the value or a new [key, value] array by the iterator's
 * kind; 0 when it is exhausted (and from then on); -1 on a throw (out of
 * memory).  st: the iterator's state. */
static int iterator_step(VM *vm, ValArray *st, JSValue *out)
{
    JSValue coll = st->v[0];
    int kind = val_int(st->v[2]) - ITER_KIND_COLLECTION;
    if (coll == VAL_UNDEFINED) return 0;
    ValArray *cs = store_of(coll), *e = va(cs->v[S_ENTRIES]);
    uint32_t used = st_int(cs, S_USED), pos = phys_pos(cs, val_to_number(st->v[1]));
    while (pos < used && e->v[2 * pos] == VAL_HOLE) pos++;
    if (pos >= used) {
        heap_store(&vm->heap, &st->hdr, &st->v[0], VAL_UNDEFINED);
        return 0;
    }
    st->v[1] = val_number(st_base(cs) + pos + 1);
    if (kind != ITER_KIND_ENTRIES) {
        *out = e->v[2 * pos + (kind == ITER_KIND_VALUES)];
        return 1;
    }
    HandleScope hs = heap_scope_open(vm);
    JSValue *k = heap_handle(vm, e->v[2 * pos]);
    heap_handle(vm, e->v[2 * pos + 1]);
    *out = arr_new_from(vm, k, 2);   /* k, v are consecutive handles */
    heap_scope_close(vm, hs);
    return *out == VAL_EXCEPTION ? -1 : 1;
}

/* The state of `it` when it is a Map (cls CLS_MAP) or Set iterator, else NULL. */
static ValArray *iterator_state(JSValue it, ObjClass cls)
{
    ValArray *st = obj_is_class(it, CLS_ARRAY_ITERATOR) ? va(((JSWrapper *)val_obj(it))->internal) : NULL;
    if (!st || val_int(st->v[2]) < ITER_KIND_COLLECTION || st->count < 4 || val_int(st->v[3]) != (int32_t)cls) return NULL;
    return st;
}

static JSValue iterator_next(VM *vm, JSValue *args, ObjClass cls, const char *what)
{
    JSValue it = args[-1];
    ValArray *st = iterator_state(it, cls);
    if (!st) {
        char *d = bi_describe(vm, it);
        JSValue r = err_throw_type(vm, TypeError, "Method %s.prototype.next called on incompatible receiver %s", what,
                                   d ? d : "value");
        free(d);
        return r;
    }
    JSValue v = VAL_UNDEFINED;
    int r = iterator_step(vm, st, &v);
    return r < 0 ? VAL_EXCEPTION : bi_iter_result(vm, r ? v : VAL_UNDEFINED, r == 0);
}

static JSValue map_iterator_next(VM *vm, JSValue *args, int argc, JSValue nt)
{
    return iterator_next(vm, args, CLS_MAP, "Map Iterator");
}
static JSValue set_iterator_next(VM *vm, JSValue *args, int argc, JSValue nt)
{
    return iterator_next(vm, args, CLS_SET, "Set Iterator");
}

int bi_collection_iter_step(VM *vm, JSValue next, JSValue it, JSValue *out)
{
    if (!val_is_function(next)) return -2;
    NativeFn fn = ((JSFunction *)val_obj(next))->native;
    ValArray *st = fn == map_iterator_next   ? iterator_state(it, CLS_MAP)
                   : fn == set_iterator_next ? iterator_state(it, CLS_SET)
                                             : NULL;
    return st ? iterator_step(vm, st, out) : -2;
}

/* ---- inspection (console) ------------------------------------------------------------- */

uint32_t bi_collection_used(JSValue coll)
{
    return val_is_kind(((JSWrapper *)val_obj(coll))->internal, CELL_VALARRAY) ? st_int(store_of(coll), S_USED) : 0;
}

uint32_t bi_collection_iter_pos(JSValue coll, JSValue pos)
{
    return phys_pos(store_of(coll), val_to_number(pos));
}

uint32_t bi_collection_size(JSValue coll)
{
    return val_is_kind(((JSWrapper *)val_obj(coll))->internal, CELL_VALARRAY) ? st_int(store_of(coll), S_SIZE) : 0;
}

bool bi_collection_entry(JSValue coll, uint32_t i, JSValue *key, JSValue *value)
{
    ValArray *e = va(store_of(coll)->v[S_ENTRIES]);
    if (e->v[2 * i] == VAL_HOLE) return false;
    *key = e->v[2 * i];
    *value = e->v[2 * i + 1];
    return true;
}

/* ---- init ---------------------------------------------------------------------------------- */

typedef struct MethodDef {
    const char *name;
    NativeFn fn;
    int length;
} MethodDef;

static bool define_methods(VM *vm, JSValue obj, const MethodDef *m, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (realm_def_method(vm, obj, m[i].name, m[i].fn, m[i].length, 0) < 0) return false;
    return true;
}

static bool set_tag(VM *vm, JSValue obj, const char *tag)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *o = heap_handle(vm, obj);
    JSValue t = str_from_cstr(vm, tag);
    bool ok = t != VAL_EXCEPTION &&
              obj_define_value(vm, *o, vm_intrinsic(vm, INTR_SymbolToStringTag), t, PROP_CONFIGURABLE) >= 0;
    heap_scope_close(vm, hs);
    return ok;
}

/* Creates Name and Name.prototype (stored as intrinsic id). */
static JSValue *make_class(VM *vm, const char *name, NativeFn ctor, IntrinsicId id)
{
    JSValue p = obj_new(vm, vm_intrinsic(vm, INTR_ObjectPrototype));
    if (p == VAL_EXCEPTION) return NULL;
    vm->intrinsics[id] = p;
    JSValue *hp = heap_handle(vm, p);
    JSValue c = realm_def_class(vm, name, ctor, 0, *hp);
    if (c == VAL_EXCEPTION || !set_tag(vm, *hp, name)) return NULL;
    heap_handle(vm, c);   /* hp + 1 */
    return hp;
}

static JSValue species_getter(VM *vm, JSValue *args, int argc, JSValue nt) { return args[-1]; }

static bool add_species(VM *vm, JSValue ctor)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *c = heap_handle(vm, ctor);
    JSValue g = fn_new_native(vm, "get [Symbol.species]", species_getter, 0, 0);
    bool ok = g != VAL_EXCEPTION &&
              obj_define_accessor(vm, *c, vm_intrinsic(vm, INTR_SymbolSpecies), g, VAL_UNDEFINED, PROP_CONFIGURABLE) >= 0;
    heap_scope_close(vm, hs);
    return ok;
}

/* The same function object under two names (e.g. Map.prototype.entries and [Symbol.iterator]). */
static bool alias(VM *vm, JSValue obj, const char *from, JSValue to_key)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *o = heap_handle(vm, obj);
    PropDesc d;
    JSValue k = atom_from_cstr(vm, from);
    bool ok = k != VAL_EXCEPTION && obj_get_own_property(vm, *o, k, &d) == 1 &&
              obj_define_value(vm, *o, to_key, d.value, PROP_HIDDEN) >= 0;
    heap_scope_close(vm, hs);
    return ok;
}

static bool make_iter_proto(VM *vm, IntrinsicId id, const char *tag, NativeFn next)
{
    HandleScope hs = heap_scope_open(vm);
    bool ok = false;
    JSValue p = obj_new(vm, vm_intrinsic(vm, INTR_IteratorPrototype));
    if (p == VAL_EXCEPTION) goto out;
    vm->intrinsics[id] = p;
    JSValue *hp = heap_handle(vm, p);
    ok = realm_def_method(vm, *hp, "next", next, 0, 0) == 0 && set_tag(vm, *hp, tag);
out:
    heap_scope_close(vm, hs);
    return ok;
}

/* Map.groupBy(items, callback): GroupBy with zero-normalised keys into a
 * new Map, groups in first-seen order (map_get / map_set on the new Map,
 * slot[0] its this, slot + 1 its arguments). */
static JSValue group_map_new(VM *vm)
{
    JSValue st = new_store(vm, false);
    if (st == VAL_EXCEPTION) return st;
    return bi_new_wrapper(vm, vm_intrinsic(vm, INTR_MapPrototype), CLS_MAP, st);
}

static int group_map_add(VM *vm, JSValue *slot)
{
    JSValue g = map_get(vm, slot + 1, 1, VAL_UNDEFINED);
    if (g == VAL_EXCEPTION) return -1;
    if (g != VAL_UNDEFINED) return arr_push(vm, g, slot[2]);
    g = arr_new_from(vm, slot + 2, 1);
    if (g == VAL_EXCEPTION) return -1;
    slot[2] = g;
    return map_set(vm, slot + 1, 2, VAL_UNDEFINED) == VAL_EXCEPTION ? -1 : 0;
}

static JSValue map_group_by(VM *vm, JSValue *args, int argc, JSValue nt)
{
    static const BiGroupBy how = { "Map.groupBy", false, group_map_new, group_map_add };
    return bi_group_by(vm, args, argc, &how);
}

bool bi_collection_init(VM *vm)
{
    static const MethodDef map_methods[] = {
        { "get", map_get, 1 },         { "set", map_set, 2 },         { "has", map_has, 1 },
        { "delete", map_delete, 1 },   { "clear", map_clear, 0 },     { "forEach", map_for_each, 1 },
        { "keys", map_keys, 0 },       { "values", map_values, 0 },   { "entries", map_entries, 0 },
        { "getOrInsert", map_get_or_insert, 2 }, { "getOrInsertComputed", map_get_or_insert_computed, 2 },
    };
    static const MethodDef set_methods[] = {
        { "add", set_add, 1 },         { "has", set_has, 1 },         { "delete", set_delete, 1 },
        { "clear", set_clear, 0 },     { "forEach", set_for_each, 1 }, { "values", set_values, 0 },
        { "entries", set_entries, 0 },
        { "union", set_union, 1 },     { "intersection", set_intersection, 1 },
        { "difference", set_difference, 1 },     { "symmetricDifference", set_symmetric_difference, 1 },
        { "isSubsetOf", set_is_subset_of, 1 },   { "isSupersetOf", set_is_superset_of, 1 },
        { "isDisjointFrom", set_is_disjoint_from, 1 },
    };
    static const MethodDef weakmap_methods[] = {
        { "get", weakmap_get, 1 }, { "set", weakmap_set, 2 }, { "has", weakmap_has, 1 }, { "delete", weakmap_delete, 1 },
        { "getOrInsert", weakmap_get_or_insert, 2 }, { "getOrInsertComputed", weakmap_get_or_insert_computed, 2 },
    };
    static const MethodDef weakset_methods[] = {
        { "add", weakset_add, 1 }, { "has", weakset_has, 1 }, { "delete", weakset_delete, 1 },
    };
    HandleScope hs = heap_scope_open(vm);
    bool ok = false;
    if (!make_iter_proto(vm, INTR_MapIteratorPrototype, "Map Iterator", map_iterator_next) ||
        !make_iter_proto(vm, INTR_SetIteratorPrototype, "Set Iterator", set_iterator_next))
        goto out;
    JSValue *m = make_class(vm, "Map", map_ctor, INTR_MapPrototype);
    if (!m || !define_methods(vm, *m, map_methods, sizeof map_methods / sizeof map_methods[0]) ||
        realm_def_getter(vm, *m, "size", map_size) < 0 ||
        !alias(vm, *m, "entries", vm_intrinsic(vm, INTR_SymbolIterator)) ||
        realm_def_method(vm, m[1], "groupBy", map_group_by, 2, 0) < 0 || !add_species(vm, m[1]))
        goto out;
    JSValue *s = make_class(vm, "Set", set_ctor, INTR_SetPrototype);
    JSValue *keys_atom = s ? heap_handle(vm, atom_from_cstr(vm, "keys")) : NULL;
    if (!s || *keys_atom == VAL_EXCEPTION || !define_methods(vm, *s, set_methods, sizeof set_methods / sizeof set_methods[0]) ||
        realm_def_getter(vm, *s, "size", set_size) < 0 || !alias(vm, *s, "values", *keys_atom) ||
        !alias(vm, *s, "values", vm_intrinsic(vm, INTR_SymbolIterator)) || !add_species(vm, s[1]))
        goto out;
    JSValue *wm = make_class(vm, "WeakMap", weakmap_ctor, INTR_WeakMapPrototype);
    if (!wm || !define_methods(vm, *wm, weakmap_methods, sizeof weakmap_methods / sizeof weakmap_methods[0])) goto out;
    JSValue *ws = make_class(vm, "WeakSet", weakset_ctor, INTR_WeakSetPrototype);
    if (!ws || !define_methods(vm, *ws, weakset_methods, sizeof weakset_methods / sizeof weakset_methods[0])) goto out;
    ok = true;
out:
    heap_scope_close(vm, hs);
    return ok;
}
