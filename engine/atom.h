/*
 * atom.h -- interned strings used as property keys (prefix atom_).
 *
 * An atom is a flat JSString with STR_FLAG_ATOM set, unique per contents, so
 * property keys compare by pointer.  The table is weak: atoms no longer
 * referenced are dropped at GC (heap_process_weak).  Predefined atoms
 * (atoms.def) are strong roots and reachable as vm->atoms.predef[ATOM_x].
 *
 * Property keys ("PropKey") throughout the engine are JSValues that are
 * either an atom string, a symbol, or an int32 >= 0 for array indices
 * 0 .. 2^31-2.  Numeric strings that are canonical indices in that range
 * are always converted to the int form (atom_to_key), so "1" and 1 are the
 * same key.  Larger indices stay atoms (documented limitation).
 */
#ifndef TL_ATOM_H
#define TL_ATOM_H

#include "heap.h"
#include "str.h"

struct VM;

typedef enum AtomId {
#define ATOM(name, text) ATOM_##name,
#include "atoms.def"
#undef ATOM
    ATOM__COUNT
} AtomId;

typedef struct AtomTable {
    JSString **buckets;    /* open addressing; NULL empty, tombstones TOMB */
    uint32_t cap, count, tombs;
    JSValue predef[ATOM__COUNT];
} AtomTable;

bool atom_init(struct VM *vm);
void atom_free(struct VM *vm);
JSValue atom_intern(struct VM *vm, JSValue str);            /* string -> atom (may allocate) */
JSValue atom_from_cstr(struct VM *vm, const char *s);
JSValue atom_from_utf16(struct VM *vm, const uint16_t *p, size_t n);
static inline bool val_is_atom(JSValue v)
{
    return val_is_kind(v, CELL_STRING) && str_is_atom((JSString *)val_cell(v));
}
/* Any JS value -> property key (ToPropertyKey): int index, atom or symbol. */
JSValue atom_to_key(struct VM *vm, JSValue v);
/* Key -> string value (ints become their decimal string; symbols unchanged). */
JSValue atom_key_to_string(struct VM *vm, JSValue key);
/* Called at GC (weak processing). */
void atom_sweep(struct VM *vm, GcWeakFn live);

#endif
