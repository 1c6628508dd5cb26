/*
 * shape.c -- hidden classes: the transition tree rooted at vm->empty_shape,
 * property tables (insertion order + open-addressing hash index once a
 * table holds more than SHAPE_HASH_MIN entries), and dictionary mode.
 * The invariants are stated in shape.h.
 */
#include "shape.h"

#include "allocsite.h"
#include "str.h"

/* ---- property tables ---------------------------------------------------- */

static inline int32_t *table_index(PropTable *t) { return (int32_t *)(void *)&t->entries[t->capacity]; }

static uint32_t mix32(uint32_t x)
{
    x ^= x >> 16;
    x *= 0x7feb352dU;
    x ^= x >> 15;
    x *= 0x846ca68bU;
    x ^= x >> 16;
    return x;
}

/* Content-based: cells move, so addresses are never hashed. */
static uint32_t key_hash(JSValue key)
{
    if (val_is_int(key)) return mix32((uint32_t)val_int(key));
    Cell *c = val_cell(key);
    if (cell_kind(c) == CELL_STRING) return mix32(str_hash((JSString *)c));
    JSValue d = ((JSSymbol *)c)->description;
    if (val_is_kind(d, CELL_STRING)) return mix32(str_hash((JSString *)val_cell(d)) ^ 0x5bd1e995U);
    return 0x5bd1e995U;
}

static uint32_t hash_cap_for(uint32_t cap)
{
    if (cap <= SHAPE_HASH_MIN) return 0;
    uint32_t h = 16;
    while (h < cap * 2) h <<= 1;
    return h;
}

static PropTable *table_new(VM *vm, uint32_t cap)
{
    uint32_t hcap = hash_cap_for(cap);
    size_t bytes = sizeof(PropTable) + (size_t)cap * sizeof(PropEntry) + (size_t)hcap * sizeof(int32_t);
    PropTable *t = (PropTable *)vm_alloc(vm, CELL_PROPTABLE, bytes);
    if (!t) return NULL;
    t->count = 0;
    t->capacity = cap;
    t->hash_cap = hcap;
    t->pad = 0;
    for (uint32_t i = 0; i < cap; i++) {
        t->entries[i].key = VAL_UNDEFINED;
        t->entries[i].slot = 0;
        t->entries[i].attrs = 0;
    }
    int32_t *idx = table_index(t);
    for (uint32_t i = 0; i < hcap; i++) idx[i] = -1;
    return t;
}

static void table_index_insert(PropTable *t, uint32_t ei)
{
    if (!t->hash_cap) return;
    int32_t *idx = table_index(t);
    uint32_t mask = t->hash_cap - 1;
    uint32_t h = key_hash(t->entries[ei].key) & mask;
    while (idx[h] != -1) h = (h + 1) & mask;
    idx[h] = (int32_t)ei;
}

/* Append an entry (room must exist). */
static void table_append(VM *vm, PropTable *t, JSValue key, uint32_t slot, uint32_t attrs)
{
    uint32_t ei = t->count++;
    heap_store(&vm->heap, &t->hdr, &t->entries[ei].key, key);
    t->entries[ei].slot = slot;
    t->entries[ei].attrs = attrs;
    table_index_insert(t, ei);
}

/* Copy the live entries of src into dst (which has room). */
static void table_copy_into(VM *vm, PropTable *dst, const PropTable *src)
{
    if (!src) return;
    for (uint32_t i = 0; i < src->count; i++) {
        const PropEntry *e = &src->entries[i];
        if (e->key != VAL_HOLE) table_append(vm, dst, e->key, e->slot, e->attrs);
    }
}

int32_t shape_find(const Shape *shape, JSValue key)
{
    PropTable *t = shape->table;
    if (!t) return -1;
    if (!t->hash_cap) {
        for (uint32_t i = 0; i < t->count; i++)
            if (t->entries[i].key == key) return (int32_t)i;
        return -1;
    }
    int32_t *idx = table_index(t);
    uint32_t mask = t->hash_cap - 1;
    uint32_t h = key_hash(key) & mask;
    for (;;) {
        int32_t e = idx[h];
        if (e < 0) return -1;
        if (t->entries[e].key == key) return e;
        h = (h + 1) & mask;
    }
}

int32_t shape_lookup(Shape *shape, JSValue key, uint32_t *attrs_out)
{
    int32_t i = shape_find(shape, key);
    if (i < 0) return -1;
    const PropEntry *e = &shape->table->entries[i];
    if (attrs_out) *attrs_out = e->attrs;
    return (int32_t)e->slot;
}

/* ---- shapes ---------------------------------------------------------------- */

static Shape *shape_alloc(VM *vm)
{
    Shape *s = (Shape *)vm_alloc(vm, CELL_SHAPE, sizeof(Shape));
    if (!s) return NULL;
    s->table = NULL;
    s->parent = NULL;
    s->transitions = NULL;
    s->count = 0;
    s->slot_count = 0;
    s->flags = 0;
    s->id = vm->next_shape_id++;
    s->last_key = VAL_UNDEFINED;
    s->last_child = NULL;
    s->last_attrs = 0;
    return s;
}

JSValue shape_new_root(VM *vm)
{
    Shape *s = shape_alloc(vm);
    return s ? val_from_cell(s) : VAL_EXCEPTION;
}

bool shape_init(VM *vm)
{
    Shape *s = shape_alloc(vm);
    if (!s) return false;
    vm->empty_shape = s;
    vm->proto_epoch = 1;
    return true;
}

static inline Shape *hshape(JSValue *h) { return (Shape *)val_cell(*h); }

/* The transition list is an open-addressing hash of triples
 * [key, int attrs, shape] (key VAL_HOLE = empty); count = triples used,
 * at most half of capacity / 3. */
static uint32_t transition_hash(JSValue key, uint32_t attrs) { return key_hash(key) ^ mix32(attrs + 1); }

static Shape *find_transition(const Shape *s, JSValue key, uint32_t attrs)
{
    const ValArray *tr = s->transitions;
    if (!tr) return NULL;
    uint32_t ntrip = tr->capacity / 3, mask = ntrip - 1;
    JSValue a = val_from_int((int32_t)attrs);
    for (uint32_t h = transition_hash(key, attrs) & mask;; h = (h + 1) & mask) {
        const JSValue *t = &tr->v[h * 3];
        if (t[0] == VAL_HOLE) return NULL;
        if (t[0] == key && t[1] == a) return (Shape *)val_cell(t[2]);
    }
}

/* find_transition behind the shape's one-entry cache (which it updates). */
static Shape *find_transition_cached(VM *vm, Shape *s, JSValue key, uint32_t attrs)
{
    if (s->last_key == key && s->last_attrs == attrs && s->last_child) return s->last_child;
    Shape *child = find_transition(s, key, attrs);
    if (child) {
        heap_store(&vm->heap, &s->hdr, &s->last_key, key);
        heap_store_cell(&vm->heap, &s->hdr, (Cell **)&s->last_child, &child->hdr);
        s->last_attrs = attrs;
    }
    return child;
}

static void transition_insert(VM *vm, ValArray *tr, JSValue key, JSValue attrs, JSValue shape)
{
    uint32_t ntrip = tr->capacity / 3, mask = ntrip - 1;
    uint32_t h = transition_hash(key, (uint32_t)val_int(attrs)) & mask;
    while (tr->v[h * 3] != VAL_HOLE) h = (h + 1) & mask;
    heap_store(&vm->heap, &tr->hdr, &tr->v[h * 3], key);
    heap_store(&vm->heap, &tr->hdr, &tr->v[h * 3 + 1], attrs);
    heap_store(&vm->heap, &tr->hdr, &tr->v[h * 3 + 2], shape);
    tr->count++;
}

/* Make room for one more transition in p's list (rehashing into a list
 * twice as large). */
static bool transitions_room(VM *vm, JSValue *parent)
{
    ValArray *tr = hshape(parent)->transitions;
    if (tr && (tr->count + 1) * 2 <= tr->capacity / 3) return true;
    uint32_t ntrip = tr ? (tr->capacity / 3) * 2 : 4;
    JSValue nv = valarray_new(vm, ntrip * 3);
    if (nv == VAL_EXCEPTION) return false;
    ValArray *n = (ValArray *)val_cell(nv);
    for (uint32_t i = 0; i < ntrip; i++) n->v[i * 3] = VAL_HOLE;
    Shape *p = hshape(parent);
    tr = p->transitions;
    for (uint32_t i = 0; tr && i < tr->capacity / 3; i++)
        if (tr->v[i * 3] != VAL_HOLE) transition_insert(vm, n, tr->v[i * 3], tr->v[i * 3 + 1], tr->v[i * 3 + 2]);
    heap_store_cell(&vm->heap, &p->hdr, (Cell **)&p->transitions, &n->hdr);
    return true;
}

/* Child of *parent by (key, attrs), created and cached on a miss. */
static Shape *make_transition(VM *vm, JSValue *parent, JSValue *key, uint32_t attrs)
{
    HandleScope hs = heap_scope_open(vm);
    Shape *child = shape_alloc(vm);
    if (!child) goto fail;
    JSValue *hchild = heap_handle(vm, val_from_cell(child));
    uint32_t n = hshape(parent)->count;
    PropTable *t = table_new(vm, n + 1);
    if (!t) goto fail;
    Shape *p = hshape(parent);
    table_copy_into(vm, t, p->table);
    table_append(vm, t, *key, p->slot_count, attrs);
    child = hshape(hchild);
    heap_store_cell(&vm->heap, &child->hdr, (Cell **)&child->table, &t->hdr);
    heap_store_cell(&vm->heap, &child->hdr, (Cell **)&child->parent, &p->hdr);
    child->count = n + 1;
    child->slot_count = p->slot_count + 1;

    /* cache it in the parent's transition list */
    if (!transitions_room(vm, parent)) goto fail;
    p = hshape(parent);
    transition_insert(vm, p->transitions, *key, val_from_int((int32_t)attrs), *hchild);
    child = hshape(hchild);
    heap_scope_close(vm, hs);
    return child;
fail:
    heap_scope_close(vm, hs);
    return NULL;
}

bool shape_reserve_slots(VM *vm, JSValue *obj, uint32_t n)
{
    JSObject *o = val_obj(*obj);
    uint32_t cap = o->slots ? o->slots->capacity : 0;
    if (n <= cap) return true;
    uint32_t ncap = cap < 4 ? 4 : cap * 2;
    while (ncap < n) ncap *= 2;
    bool pre = site_follow(&vm->heap, &o->hdr);   /* an old object's slots are born old */
    JSValue na = o->slots ? valarray_grow(vm, val_from_cell(o->slots), ncap) : valarray_new(vm, ncap);
    site_unfollow(&vm->heap, pre);
    if (na == VAL_EXCEPTION) return false;
    o = val_obj(*obj);
    heap_store_cell(&vm->heap, &o->hdr, (Cell **)&o->slots, val_cell(na));
    return true;
}

bool shape_make_dict(VM *vm, JSValue *obj)
{
    HandleScope hs = heap_scope_open(vm);
    Shape *ns = shape_alloc(vm);
    if (!ns) goto fail;
    JSValue *hns = heap_handle(vm, val_from_cell(ns));
    Shape *s = val_obj(*obj)->shape;
    if (s->flags & SHAPE_DICT) {
        /* same table, new identity */
        ns->table = s->table;
        ns->count = s->count;
        ns->slot_count = s->slot_count;
    } else {
        uint32_t cap = s->count + s->count / 2 + 4;
        PropTable *t = table_new(vm, cap);
        if (!t) goto fail;
        s = val_obj(*obj)->shape;
        table_copy_into(vm, t, s->table);
        ns = hshape(hns);
        heap_store_cell(&vm->heap, &ns->hdr, (Cell **)&ns->table, &t->hdr);
        ns->count = s->count;
        ns->slot_count = s->slot_count;
    }
    ns = hshape(hns);
    ns->flags = SHAPE_DICT;
    JSObject *o = val_obj(*obj);
    heap_store_cell(&vm->heap, &o->hdr, (Cell **)&o->shape, &ns->hdr);
    heap_scope_close(vm, hs);
    return true;
fail:
    heap_scope_close(vm, hs);
    return false;
}

static bool dict_compact(VM *vm, JSValue *obj);

/* Too many dead slots (deleted properties) to keep? */
static inline bool dict_wasteful(const Shape *s)
{
    uint32_t dead = s->slot_count - s->count;
    return dead > 8 && dead > s->count;
}

/* Make room for one more entry in a dictionary's table: compact table and
 * slots when deletions left many dead ones, else grow the table. */
static bool dict_table_room(VM *vm, JSValue *obj)
{
    Shape *s = val_obj(*obj)->shape;
    PropTable *t = s->table;
    if (t && t->count < t->capacity) return true;
    if (dict_wasteful(s)) return dict_compact(vm, obj);
    uint32_t live = s->count;
    uint32_t cap = live < 4 ? 8 : live * 2;
    PropTable *nt = table_new(vm, cap);
    if (!nt) return false;
    s = val_obj(*obj)->shape;
    table_copy_into(vm, nt, s->table);
    heap_store_cell(&vm->heap, &s->hdr, (Cell **)&s->table, &nt->hdr);
    return true;
}

/* Rebuild a dictionary's table and slots without deleted entries. */
static bool dict_compact(VM *vm, JSValue *obj)
{
    HandleScope hs = heap_scope_open(vm);
    uint32_t n = val_obj(*obj)->shape->count;
    PropTable *nt = table_new(vm, n + n / 2 + 4);
    if (!nt) goto fail;
    JSValue *ht = heap_handle(vm, val_from_cell(nt));
    JSValue nsv = valarray_new(vm, n < 4 ? 4 : n);
    if (nsv == VAL_EXCEPTION) goto fail;
    nt = (PropTable *)val_cell(*ht);
    ValArray *nslots = (ValArray *)val_cell(nsv);
    JSObject *o = val_obj(*obj);
    Shape *s = o->shape;
    PropTable *t = s->table;
    uint32_t j = 0;
    for (uint32_t i = 0; i < t->count; i++) {
        PropEntry *e = &t->entries[i];
        if (e->key == VAL_HOLE) continue;
        nslots->v[j] = o->slots->v[e->slot];
        table_append(vm, nt, e->key, j, e->attrs);
        j++;
    }
    heap_store_cell(&vm->heap, &s->hdr, (Cell **)&s->table, &nt->hdr);
    heap_store_cell(&vm->heap, &o->hdr, (Cell **)&o->slots, &nslots->hdr);
    s->slot_count = j;
    heap_scope_close(vm, hs);
    return true;
fail:
    heap_scope_close(vm, hs);
    return false;
}

static inline void note_proto_change(VM *vm, JSValue obj)
{
    if (val_obj(obj)->flags & OBJ_IS_PROTO) vm->proto_epoch++;
}

bool shape_add_cached(VM *vm, JSValue obj, JSValue key, uint32_t attrs, JSValue value)
{
    JSObject *o = val_obj(obj);
    Shape *s = o->shape;
    if (s->flags & SHAPE_DICT) return false;
    Shape *child = find_transition_cached(vm, s, key, attrs);
    if (!child || !o->slots || o->slots->capacity < child->slot_count) return false;
    heap_store_cell(&vm->heap, &o->hdr, (Cell **)&o->shape, &child->hdr);
    heap_store(&vm->heap, &o->slots->hdr, &o->slots->v[child->slot_count - 1], value);
    note_proto_change(vm, obj);
    return true;
}

int shape_add_fresh(VM *vm, JSValue *obj, uint32_t n, const JSValue *keys, const uint32_t *attrs,
                    const JSValue *vals)
{
    Shape *s = val_obj(*obj)->shape;
    if (s->flags & SHAPE_DICT) return 0;
    uint32_t base = s->slot_count;
    for (uint32_t i = 0; i < n && s; i++) s = find_transition_cached(vm, s, keys[i], attrs[i]);
    if (!s) return 0;
    HandleScope hs = heap_scope_open(vm);
    JSValue *hs_final = heap_handle(vm, val_from_cell(s));
    bool ok = shape_reserve_slots(vm, obj, ((Shape *)val_cell(*hs_final))->slot_count);
    if (ok) {
        JSObject *o = val_obj(*obj);
        heap_store_cell(&vm->heap, &o->hdr, (Cell **)&o->shape, val_cell(*hs_final));
        for (uint32_t i = 0; i < n; i++) heap_store(&vm->heap, &o->slots->hdr, &o->slots->v[base + i], vals[i]);
        note_proto_change(vm, *obj);
    }
    heap_scope_close(vm, hs);
    return ok ? 1 : -1;
}

bool shape_add_property(VM *vm, JSValue *obj, JSValue key, uint32_t attrs, JSValue value)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *hkey = heap_handle(vm, key);
    JSValue *hval = heap_handle(vm, value);
    Shape *s = val_obj(*obj)->shape;
    uint32_t slot;
    if (!(s->flags & SHAPE_DICT) && s->count >= SHAPE_MAX_TRANSITION_PROPS) {
        if (!shape_make_dict(vm, obj)) goto fail;
        s = val_obj(*obj)->shape;
    }
    if (s->flags & SHAPE_DICT) {
        if (!shape_make_dict(vm, obj) || !dict_table_room(vm, obj)) goto fail;
        s = val_obj(*obj)->shape;
        slot = s->slot_count;
        if (!shape_reserve_slots(vm, obj, slot + 1)) goto fail;
        s = val_obj(*obj)->shape;
        table_append(vm, s->table, *hkey, slot, attrs);
        s->count++;
        s->slot_count++;
    } else {
        Shape *child = find_transition_cached(vm, s, key, attrs);
        if (!child) {
            JSValue *hparent = heap_handle(vm, val_from_cell(s));
            child = make_transition(vm, hparent, hkey, attrs);
            if (!child) goto fail;
        }
        JSValue *hchild = heap_handle(vm, val_from_cell(child));
        slot = child->slot_count - 1;
        if (!shape_reserve_slots(vm, obj, child->slot_count)) goto fail;
        JSObject *o = val_obj(*obj);
        heap_store_cell(&vm->heap, &o->hdr, (Cell **)&o->shape, val_cell(*hchild));
    }
    JSObject *o = val_obj(*obj);
    heap_store(&vm->heap, &o->slots->hdr, &o->slots->v[slot], *hval);
    note_proto_change(vm, *obj);
    heap_scope_close(vm, hs);
    return true;
fail:
    heap_scope_close(vm, hs);
    return false;
}

bool shape_remove_property(VM *vm, JSValue *obj, int32_t i)
{
    JSObject *o = val_obj(*obj);
    Shape *s = o->shape;
    if (!(s->flags & SHAPE_DICT) && s->parent && (uint32_t)i == s->count - 1) {
        /* the last-added property: back to the parent shape */
        uint32_t slot = s->table->entries[i].slot;
        heap_store_cell(&vm->heap, &o->hdr, (Cell **)&o->shape, &s->parent->hdr);
        heap_store(&vm->heap, &o->slots->hdr, &o->slots->v[slot], VAL_UNDEFINED);
        note_proto_change(vm, *obj);
        return true;
    }
    if (!shape_make_dict(vm, obj)) return false;
    o = val_obj(*obj);
    s = o->shape;
    PropEntry *e = &s->table->entries[i];
    heap_store(&vm->heap, &o->slots->hdr, &o->slots->v[e->slot], VAL_UNDEFINED);
    heap_store(&vm->heap, &s->table->hdr, &e->key, VAL_HOLE);
    e->attrs = 0;
    s->count--;
    note_proto_change(vm, *obj);
    if (dict_wasteful(s)) return dict_compact(vm, obj);
    return true;
}

bool shape_set_attrs(VM *vm, JSValue *obj, int32_t i, uint32_t attrs)
{
    if (!shape_make_dict(vm, obj)) return false;
    Shape *s = val_obj(*obj)->shape;
    s->table->entries[i].attrs = attrs;
    note_proto_change(vm, *obj);
    return true;
}

bool shape_remove_int_keys(VM *vm, JSValue *obj, uint32_t from)
{
    if (!shape_make_dict(vm, obj)) return false;
    JSObject *o = val_obj(*obj);
    Shape *s = o->shape;
    PropTable *t = s->table;
    for (uint32_t i = 0; t && i < t->count; i++) {
        PropEntry *e = &t->entries[i];
        uint32_t idx;
        if (e->key == VAL_HOLE || !shape_key_index(e->key, &idx) || idx < from) continue;
        heap_store(&vm->heap, &o->slots->hdr, &o->slots->v[e->slot], VAL_UNDEFINED);
        heap_store(&vm->heap, &t->hdr, &e->key, VAL_HOLE);
        e->attrs = 0;
        s->count--;
    }
    note_proto_change(vm, *obj);
    if (dict_wasteful(s)) return dict_compact(vm, obj);
    return true;
}
