/*
 * shape.h -- hidden classes (prefix shape_): the transition tree, property
 * tables with a hash index, and dictionary mode.  Used by object.c,
 * array.c and function.c; the interpreter's ICs only need shape_lookup()
 * (declared in object.h).
 *
 * Invariants:
 *  - A transition shape (flags without SHAPE_DICT) is immutable and shared:
 *    its table lists exactly its `count` properties in insertion order and
 *    the slot of a property never changes.  Transitions are keyed by
 *    (key, attrs) and cached in the parent's `transitions` ValArray as
 *    triples [key, int attrs, shape].
 *  - A dictionary shape belongs to one object.  Its table is mutated in
 *    place (deleted entries keep key VAL_HOLE until the table is compacted),
 *    but EVERY change of its key set or attributes gives the object a fresh
 *    Shape cell (shape_make_dict), so a cached (shape, slot) pair stays
 *    valid as long as the object's shape pointer is unchanged.  ICs may
 *    therefore cache dictionary shapes like any other.
 *  - Slots of values are allocated in order (slot = previous slot_count);
 *    obj->slots->capacity >= shape->slot_count.
 *  - Hashing never uses addresses (cells move): atoms hash by content,
 *    symbols by their description, ints by value.
 */
#ifndef TL_SHAPE_H
#define TL_SHAPE_H

#include "vm.h"

/* Transition shapes with more properties than this turn into dictionaries. */
#define SHAPE_MAX_TRANSITION_PROPS 64
/* Tables with more entries than this get a hash index. */
#define SHAPE_HASH_MIN 8

/* Is key an array index?  Ints (0..2^31-2), and the canonical index atoms
 * 2147483647..4294967294 that atom.h leaves as strings (always 10 digits). */
static inline bool shape_key_index(JSValue key, uint32_t *idx)
{
    if (val_is_int(key)) {
        *idx = (uint32_t)val_int(key);
        return true;
    }
    if (!val_is_kind(key, CELL_STRING)) return false;
    JSString *s = (JSString *)val_cell(key);
    if (s->length != 10 || str_is_16bit(s) || s->data[0] < '1' || s->data[0] > '4') return false;
    return str_array_index(s, idx);
}

/* Create vm->empty_shape (called once at VM start). */
bool shape_init(VM *vm);
/* Another empty root shape, for an object class whose ICs must never share
 * entries with ordinary objects (typed arrays: typedarray.h). */
JSValue shape_new_root(VM *vm);

/* Entry index of key in the shape's table, or -1.  Never allocates. */
int32_t shape_find(const Shape *shape, JSValue key);
static inline PropEntry *shape_entry(const Shape *shape, int32_t i) { return &shape->table->entries[i]; }

/* Add a property to the object in *obj with the given attributes and value
 * (value is rooted internally).  The key must not be present.  Transition
 * or dictionary as appropriate; grows obj->slots.  Bumps vm->proto_epoch
 * for prototype objects.  false on OOM (exception pending). */
bool shape_add_property(VM *vm, JSValue *obj, JSValue key, uint32_t attrs, JSValue value);
/* The allocation-free case of shape_add_property: obj has a transition shape
 * with a cached transition by (key, attrs) (so key is not an own property: a
 * transition adds a key its parent lacks) and obj->slots has room: the
 * property is added, true.  false changes nothing.  Never allocates. */
bool shape_add_cached(VM *vm, JSValue obj, JSValue key, uint32_t attrs, JSValue value);
/* n data properties at once, for an object being built (an ordinary
 * extensible object without any of the keys; vals = n consecutive handles,
 * keys atoms): when the transitions from its shape by (keys[i], attrs[i])
 * are all cached, reserves the slots once and sets the final shape (no
 * per-property lookup, scope or growth): 1.  0 with nothing changed when a
 * transition is missing (add them one by one then); -1 on OOM. */
int shape_add_fresh(VM *vm, JSValue *obj, uint32_t n, const JSValue *keys, const uint32_t *attrs,
                    const JSValue *vals);
/* Remove the property at entry index i (the object's shape).  The last
 * added property of a transition shape goes back to the parent shape;
 * otherwise the object becomes a dictionary.  false on OOM. */
bool shape_remove_property(VM *vm, JSValue *obj, int32_t i);
/* Change the attributes of entry i (switches to a dictionary). */
bool shape_set_attrs(VM *vm, JSValue *obj, int32_t i, uint32_t attrs);
/* Delete every index key >= from (int keys of sparse objects and large
 * index atoms: arrays being truncated). */
bool shape_remove_int_keys(VM *vm, JSValue *obj, uint32_t from);
/* Give the object a fresh dictionary shape (copying a transition shape's
 * table, or re-wrapping an existing dictionary's table). */
bool shape_make_dict(VM *vm, JSValue *obj);
/* Ensure obj->slots has room for n values (geometric growth). */
bool shape_reserve_slots(VM *vm, JSValue *obj, uint32_t n);

#endif
