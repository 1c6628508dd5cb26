/*
 * feedback.c -- inline-cache miss handlers and type feedback (prefix fb_).
 *
 * A property IC slot holds up to FB_POLY_MAX entries keyed by receiver
 * shape (feedback.h).  A miss performs the generic operation and then, when
 * the access was a plain data property of ordinary objects, records how to
 * repeat it:
 *   - own hit:   (shape, slot), holder undefined;
 *   - proto hit: (shape, slot, holder, receiver's proto, vm->proto_epoch):
 *     valid while nothing on any prototype changed keys (the epoch) and
 *     the receiver keeps its prototype;
 *   - SET transition: (old shape, slot, new shape in holder, proto, epoch):
 *     adding the property moved the object along one shape transition and
 *     no prototype has a setter or read-only property of that name.
 * Dictionary shapes are cached like any other: shape.c gives a dictionary
 * object a fresh Shape cell whenever its key set or attributes change.
 * The slot's state only moves forward; a full slot becomes megamorphic
 * (count 0, never probed again).
 *
 * String primitives use entries with shape NULL: a hit on String.prototype
 * or its chain (holder set, guarded by the epoch).
 *
 * The engine's exotic named property is `length` of arrays and String
 * wrappers; it is never cached (the interpreter reads it directly).
 */
#include <stdlib.h>
#include <string.h>

#include "vm.h"

#include "error.h"
#include "runtime.h"
#include "shape.h"
#include "str.h"
#include "typedarray.h"

uint8_t fb_type_of_slow(JSValue v)
{
    uint8_t t = fb_type_of(v);
    if (t == FB_TYPE_OTHER && val_is_string(v)) return FB_TYPE_STRING;
    return t;
}

/* Is (obj, key) possibly exotic, i.e. not described by the shape alone? */
static bool exotic_key(VM *vm, JSObject *o, JSValue key)
{
    uint32_t idx;
    if (o->cls == CLS_PROXY) return true;   /* every key: proxy.h */
    if (o->cls == CLS_TYPED_ARRAY && ta_key_index(vm, o, key, &idx) >= 0) return true;   /* "-0", "1.5", ... */
    if (key != vm_atom(vm, ATOM_length)) return false;
    return o->cls == CLS_ARRAY || o->cls == CLS_STRING || o->cls == CLS_ARGUMENTS;
}

/* Insert or replace the entry for shape e->shape. */
static void add_entry(VM *vm, FeedbackSlot *s, const PropIcEntry *e)
{
    if (s->state == IC_MEGA) return;
    for (uint32_t i = 0; i < s->count; i++) {
        if (s->u.prop[i].shape == e->shape) {
            s->u.prop[i] = *e;
            return;
        }
    }
    if (s->count >= FB_POLY_MAX) {
        s->state = IC_MEGA;
        s->count = 0;
        memset(s->u.prop, 0, sizeof s->u.prop);
        return;
    }
    s->u.prop[s->count++] = *e;
    s->state = s->count == 1 ? IC_MONO : IC_POLY;
}

/* Look key up along obj's prototype chain through shapes only; fills e
 * and returns true when the result is a cacheable data property. */
static bool cacheable_lookup(VM *vm, JSValue objv, JSValue key, PropIcEntry *e, bool getters)
{
    JSObject *recv = val_obj(objv);
    JSObject *o = recv;
    for (int depth = 0; depth < 64; depth++) {
        if (exotic_key(vm, o, key)) return false;
        int32_t i = shape_find(o->shape, key);
        if (i >= 0) {
            const PropEntry *pe = shape_entry(o->shape, i);
            e->pad = 0;
            if (pe->attrs & PROP_ACCESSOR) {
                /* getter calls are cached too: the slot holds [getter, setter] */
                JSValue pair = o->slots->v[pe->slot];
                if (!getters || !val_is_kind(pair, CELL_VALARRAY) || !val_is_function(((ValArray *)val_cell(pair))->v[0]))
                    return false;
                e->pad = FB_ENTRY_GETTER;
            }
            e->shape = recv->shape;
            e->slot = pe->slot;
            e->index = (uint32_t)i;
            if (o == recv) {
                e->holder = VAL_UNDEFINED;
                e->proto = VAL_UNDEFINED;
                e->epoch = 0;
            } else {
                e->holder = val_from_cell(o);
                e->proto = recv->proto;
                e->epoch = vm->proto_epoch;
                e->pad |= FB_ENTRY_HOLDER;
            }
            return true;
        }
        if (!val_is_object(o->proto)) return false;
        o = val_obj(o->proto);
    }
    return false;
}

JSValue fb_get_prop_miss(VM *vm, FeedbackSlot *s, JSValue base, JSValue key)
{
    if (val_is_object(base) && s->state != IC_MEGA && !val_is_int(key)) {
        PropIcEntry e;
        if (cacheable_lookup(vm, base, key, &e, true)) {
            add_entry(vm, s, &e);
            if (e.pad & FB_ENTRY_GETTER) return rt_get(vm, base, key);
            JSObject *holder = e.holder == VAL_UNDEFINED ? val_obj(base) : val_obj(e.holder);
            return holder->slots->v[e.slot];
        }
    }
    if (val_is_string(base) && s->state != IC_MEGA && val_is_atom(key) && key != vm_atom(vm, ATOM_length)) {
        /* string primitives: methods found on String.prototype's chain */
        JSValue sp = vm_intrinsic(vm, INTR_StringPrototype);
        PropIcEntry e;
        if (val_is_object(sp) && cacheable_lookup(vm, sp, key, &e, false)) {
            val_obj(sp)->flags |= OBJ_IS_PROTO;   /* its changes must bump the epoch from now on */
            if (e.holder == VAL_UNDEFINED) e.holder = sp;
            e.pad |= FB_ENTRY_HOLDER;
            e.shape = NULL;
            e.proto = sp;
            e.epoch = vm->proto_epoch;
            add_entry(vm, s, &e);
            return val_obj(e.holder)->slots->v[e.slot];
        }
    }
    return rt_get(vm, base, key);
}

/* Does any prototype of o define key (so adding it to o is not a plain
 * transition)?  Returns 1 when the chain is clean (no such property or only
 * writable data properties), 0 otherwise. */
static int chain_allows_add(VM *vm, JSObject *o, JSValue key)
{
    for (int depth = 0; depth < 64 && val_is_object(o->proto); depth++) {
        o = val_obj(o->proto);
        if (exotic_key(vm, o, key)) return 0;
        int32_t i = shape_find(o->shape, key);
        if (i >= 0) {
            const PropEntry *pe = shape_entry(o->shape, i);
            return !(pe->attrs & PROP_ACCESSOR) && (pe->attrs & PROP_WRITABLE);
        }
    }
    return val_is_object(o->proto) ? 0 : 1;
}

int fb_set_prop_miss(VM *vm, FeedbackSlot *s, JSValue base, JSValue key, JSValue v, bool strict)
{
    if (!val_is_object(base) || s->state == IC_MEGA || val_is_int(key)) return rt_set(vm, base, key, v, strict);
    JSObject *o = val_obj(base);
    if (exotic_key(vm, o, key)) return rt_set(vm, base, key, v, strict);
    int32_t i = shape_find(o->shape, key);
    if (i >= 0) {
        const PropEntry *pe = shape_entry(o->shape, i);
        if ((pe->attrs & (PROP_ACCESSOR | PROP_WRITABLE)) == PROP_WRITABLE) {
            PropIcEntry e = {.shape = o->shape, .slot = pe->slot, .epoch = 0, .holder = VAL_UNDEFINED,
                             .proto = VAL_UNDEFINED, .index = (uint32_t)i};
            add_entry(vm, s, &e);
            heap_store(&vm->heap, &o->slots->hdr, &o->slots->v[pe->slot], v);
            return 1;
        }
        return rt_set(vm, base, key, v, strict);
    }
    /* Adding a property: remember the transition if it is a plain one. */
    bool candidate = !(o->shape->flags & SHAPE_DICT) && (o->flags & (OBJ_EXTENSIBLE | OBJ_IS_PROTO)) == OBJ_EXTENSIBLE &&
                     chain_allows_add(vm, o, key) == 1;
    HandleScope hs = heap_scope_open(vm);
    JSValue *hobj = heap_handle(vm, base);
    JSValue *hold = heap_handle(vm, val_from_cell(o->shape));
    JSValue *hproto = heap_handle(vm, o->proto);
    uint32_t epoch = vm->proto_epoch;
    int r = rt_set(vm, *hobj, key, v, strict);
    if (r > 0 && candidate && epoch == vm->proto_epoch) {
        JSObject *no = val_obj(*hobj);
        Shape *old = (Shape *)val_cell(*hold), *ns = no->shape;
        if (ns != old && ns->parent == old && !(ns->flags & SHAPE_DICT) && ns->count == old->count + 1 &&
            no->proto == *hproto) {
            const PropEntry *pe = shape_entry(ns, (int32_t)ns->count - 1);
            if (pe->key == key && pe->attrs == PROP_DEFAULT) {
                PropIcEntry e = {.shape = old, .slot = pe->slot, .epoch = epoch, .holder = val_from_cell(ns),
                                 .proto = *hproto, .index = ns->count - 1, .pad = FB_ENTRY_HOLDER};
                add_entry(vm, s, &e);
            }
        }
    }
    heap_scope_close(vm, hs);
    return r;
}

/* ---- globals ----------------------------------------------------------------- */

static JSValue throw_not_defined(VM *vm, JSValue key)
{
    char *s = val_is_string(key) ? str_to_utf8(vm, key, NULL) : err_describe(vm, key);
    JSValue r = err_throw(vm, ERRMSG_NOT_DEFINED, s ? s : "");
    free(s);
    return r;
}

static JSValue throw_tdz(VM *vm, JSValue key)
{
    char *s = val_is_string(key) ? str_to_utf8(vm, key, NULL) : err_describe(vm, key);
    JSValue r = err_throw(vm, ERRMSG_TDZ, s ? s : "");
    free(s);
    return r;
}

/* Cache entry 0 of a global slot: holder undefined = the global object,
 * null = the global lexical scope; `proto` is that object itself (traced
 * like any entry's, so a moving collection updates it), where the
 * baseline's global IC reads it. */
static void set_global_entry(VM *vm, FeedbackSlot *s, JSObject *g, int32_t i, bool lex)
{
    PropIcEntry *e = &s->u.prop[0];
    e->shape = g->shape;
    e->slot = shape_entry(g->shape, i)->slot;
    e->epoch = vm->proto_epoch;
    e->holder = lex ? VAL_NULL : VAL_UNDEFINED;
    e->proto = val_from_cell(g);
    e->index = (uint32_t)i;
    e->pad = 0;
    s->count = 1;
    s->state = IC_MONO;
}

JSValue fb_get_global_miss(VM *vm, FeedbackSlot *s, JSValue key, bool typeof_mode)
{
    if (val_is_object(vm->global_lex)) {
        JSObject *lex = val_obj(vm->global_lex);
        int32_t i = shape_find(lex->shape, key);
        if (i >= 0) {
            JSValue v = lex->slots->v[shape_entry(lex->shape, i)->slot];
            if (v == VAL_UNINIT) return throw_tdz(vm, key);
            set_global_entry(vm, s, lex, i, true);
            return v;
        }
    }
    JSObject *g = val_obj(vm->global);
    int32_t i = shape_find(g->shape, key);
    if (i >= 0 && !(shape_entry(g->shape, i)->attrs & PROP_ACCESSOR)) {
        set_global_entry(vm, s, g, i, false);
        return g->slots->v[shape_entry(g->shape, i)->slot];
    }
    HandleScope hs = heap_scope_open(vm);
    JSValue *hk = heap_handle(vm, key);
    JSValue r;
    int has = obj_has_property(vm, vm->global, *hk);
    if (has < 0) r = VAL_EXCEPTION;
    else if (!has) r = typeof_mode ? VAL_UNDEFINED : throw_not_defined(vm, *hk);
    else r = obj_get(vm, vm->global, *hk);
    heap_scope_close(vm, hs);
    return r;
}

int fb_set_global_miss(VM *vm, FeedbackSlot *s, JSValue key, JSValue v, bool strict)
{
    if (val_is_object(vm->global_lex)) {
        JSObject *lex = val_obj(vm->global_lex);
        int32_t i = shape_find(lex->shape, key);
        if (i >= 0) {
            const PropEntry *pe = shape_entry(lex->shape, i);
            if (lex->slots->v[pe->slot] == VAL_UNINIT) {
                throw_tdz(vm, key);
                return -1;
            }
            if (!(pe->attrs & PROP_WRITABLE)) {
                err_throw(vm, ERRMSG_CONST_ASSIGN);
                return -1;
            }
            heap_store(&vm->heap, &lex->slots->hdr, &lex->slots->v[pe->slot], v);
            set_global_entry(vm, s, lex, i, true);
            return 0;
        }
    }
    JSObject *g = val_obj(vm->global);
    int32_t i = shape_find(g->shape, key);
    if (i >= 0 && (shape_entry(g->shape, i)->attrs & (PROP_ACCESSOR | PROP_WRITABLE)) == PROP_WRITABLE) {
        uint32_t slot = shape_entry(g->shape, i)->slot;
        heap_store(&vm->heap, &g->slots->hdr, &g->slots->v[slot], v);
        set_global_entry(vm, s, g, i, false);
        return 0;
    }
    HandleScope hs = heap_scope_open(vm);
    JSValue *hk = heap_handle(vm, key), *hv = heap_handle(vm, v);
    int rc;
    if (strict && i < 0) {
        int has = obj_has_property(vm, vm->global, *hk);
        if (has < 0) {
            rc = -1;
            goto out;
        }
        if (!has) {
            throw_not_defined(vm, *hk);
            rc = -1;
            goto out;
        }
    }
    rc = rt_set(vm, vm->global, *hk, *hv, strict) < 0 ? -1 : 0;
out:
    heap_scope_close(vm, hs);
    return rc;
}
