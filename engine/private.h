/*
 * private.h -- private class members: #names and the PrivateElements of
 * objects (prefix priv_; see docs/objects.md, "Private names").
 *
 * A Private Name is a symbol cell flagged SYM_PRIVATE (cell flags), one
 * per declaration per class evaluation, kept in a hidden class-scope
 * binding named like the source ("#x").  An object's private elements
 * are ordinary shape entries keyed by that symbol, so objects built by one
 * class keep sharing transition shapes (and the inline caches of their
 * public properties keep working).  Only the priv_ operations below ever
 * see such a key: key enumeration, integrity levels and printing skip
 * them, and none of these operations consults a Proxy handler or the
 * prototype chain.
 *   field              data entry, PROP_WRITABLE
 *   method             data entry, not writable (writes: TypeError)
 *   accessor           PROP_ACCESSOR entry [getter, setter]
 * Private methods are installed on each instance (not a shared brand):
 * one slot per method per object, in exchange for one lookup per access.
 */
#ifndef TL_PRIVATE_H
#define TL_PRIVATE_H

#include <stdbool.h>
#include "object.h"

struct VM;

#define SYM_PRIVATE 1u          /* cell flag: a private name */
#define SYM_PRIVATE_METHOD 2u   /* declared as a method or accessor */
#define SYM_PRIVATE_STATIC 4u   /* declared static */

typedef struct JSPrivateName {
    JSSymbol sym;               /* description: the name with its '#' */
    JSValue class_name;         /* the declaring class's name (string) for messages */
} JSPrivateName;

/* PRIV_DEFINE kinds (bytecode operand n) */
enum { PRIV_FIELD = 0, PRIV_METHOD = 1, PRIV_ACCESSOR = 2 };

static inline bool priv_is_name(JSValue v)
{
    return val_is_symbol(v) && (cell_flags(val_cell(v)) & SYM_PRIVATE);
}

/* A new private name; flags SYM_PRIVATE_METHOD / SYM_PRIVATE_STATIC. */
JSValue priv_name_new(struct VM *vm, JSValue description, JSValue class_name, unsigned flags);
/* obj.#x: the value, or VAL_EXCEPTION (TypeError when obj lacks #x). */
JSValue priv_get(struct VM *vm, JSValue obj, JSValue key);
/* obj.#x = v: 1, or -1 with the exception pending. */
int priv_set(struct VM *vm, JSValue obj, JSValue key, JSValue value);
/* #x in obj: 1 / 0, -1 (TypeError: obj is not an object). */
int priv_has(struct VM *vm, JSValue obj, JSValue key);
/* PrivateFieldAdd / PrivateMethodOrAccessorAdd: kind PRIV_*; for
 * PRIV_ACCESSOR v1 = getter, v2 = setter (undefined when absent).
 * TypeError when obj already has #x.  1 or -1. */
int priv_define(struct VM *vm, JSValue obj, JSValue key, JSValue v1, JSValue v2, int kind);

#endif
