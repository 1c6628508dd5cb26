/*
 * bi_internal.h -- helpers shared by the builtin families (prefix bi_),
 * private to engine/builtins/ and engine/realm.c.
 *
 * GC discipline used by every builtin: `this` and the arguments live in
 * rooted VM-stack slots (args[-1], args[0..argc)); any other value kept
 * across an allocation or a call into JS sits in a handle of the function's
 * HandleScope, opened on entry and closed by BI_RETURN on every exit.
 */
#ifndef TL_BI_INTERNAL_H
#define TL_BI_INTERNAL_H

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "array.h"
#include "atom.h"
#include "bigint.h"
#include "builtins.h"
#include "error.h"
#include "function.h"
#include "object.h"
#include "realm.h"
#include "runtime.h"
#include "str.h"
#include "vm.h"

/* Open the function's handle scope (named hs_) / close it and return. */
#define BI_SCOPE HandleScope hs_ = heap_scope_open(vm)
#define BI_RETURN(expr)                  \
    do {                                 \
        JSValue r_ = (expr);             \
        heap_scope_close(vm, hs_);       \
        return r_;                       \
    } while (0)

/* ---- arguments ---------------------------------------------------------- */

static inline JSValue bi_arg(const JSValue *args, int argc, int i)
{
    return i < argc ? args[i] : VAL_UNDEFINED;
}

static inline JSValue bi_throw_type(VM *vm, const char *msg)
{
    return err_throw_type(vm, TypeError, "%s", msg);
}

static inline JSValue bi_str(VM *vm, const char *s) { return str_from_cstr(vm, s); }

/* ---- property keys for indices ------------------------------------------- */

/* The property key of integer index i (0 <= i < 2^53): an int key when it
 * fits the int form, else the atom of its decimal string (may allocate). */
static inline JSValue bi_index_key(VM *vm, double i)
{
    if (i >= 0 && i <= 2147483646.0) return val_from_int((int32_t)i);
    JSValue s = rt_number_to_string(vm, i, 10);
    if (s == VAL_EXCEPTION) return s;
    return atom_intern(vm, s);
}

/* A "fast" array: dense elements, plain data, writable, extensible. */
static inline bool bi_is_fast_array(JSValue v)
{
    if (!val_is_array(v)) return false;
    JSObject *o = val_obj(v);
    return !(o->flags & (OBJ_SPARSE | OBJ_LENGTH_READONLY | OBJ_FROZEN_ELEMENTS | OBJ_SEALED_ELEMENTS)) &&
           (o->flags & OBJ_EXTENSIBLE);
}

/* Functions in bi_util.c */

/* ToObject(this) for methods whose V8 message names them
 * ("Array.prototype.map called on null or undefined"). */
JSValue bi_this_object(VM *vm, JSValue *args, const char *method);

/* LengthOfArrayLike(obj): false with an exception pending. */
bool bi_length_of(VM *vm, JSValue obj, double *out);
/* Get(obj, i) for an integer index. */
JSValue bi_get_index(VM *vm, JSValue obj, double i);
/* HasProperty + Get: 1 present (value in *out), 0 absent, -1 exception.
 * Fast for dense arrays; spec-exact (prototype lookup) for holes. */
int bi_get_present(VM *vm, JSValue obj, double i, JSValue *out);
/* Set(obj, i, v, true). -1 on exception. */
int bi_set_index(VM *vm, JSValue obj, double i, JSValue v);
/* Set(obj, "length", len, true). */
int bi_set_length(VM *vm, JSValue obj, double len);
/* DeletePropertyOrThrow(obj, i). */
int bi_delete_index(VM *vm, JSValue obj, double i);
/* CreateDataPropertyOrThrow(obj, i, v). */
int bi_create_index(VM *vm, JSValue obj, double i, JSValue v);
/* Relative index argument (slice, splice, at, fill...): clamp into [0, len]. */
bool bi_relative_index(VM *vm, JSValue arg, double len, double dflt, double *out);
/* The prototype for an object built by a constructor called with new_target
 * (GetPrototypeFromConstructor), falling back to the intrinsic. */
JSValue bi_proto_from_ctor(VM *vm, JSValue new_target, IntrinsicId fallback);
/* A fresh iterator result object { value, done }. */
JSValue bi_iter_result(VM *vm, JSValue value, bool done);
/* Own keys as an array of string/symbol values (int keys converted). */
JSValue bi_own_keys(VM *vm, JSValue obj, int flags);
/* The i-th key of an obj_own_keys() result as a PropKey (int index / atom / symbol). */
JSValue bi_key_at(VM *vm, JSValue keys, uint32_t i);
/* A new primitive wrapper object (JSWrapper) of class cls. */
JSValue bi_new_wrapper(VM *vm, JSValue proto, ObjClass cls, JSValue internal);
/* thisNumberValue / thisStringValue ...: the primitive inside a wrapper of
 * class cls, or the value itself when it already is one; false if neither. */
bool bi_this_primitive(JSValue v, ObjClass cls, JSValue *out);
/* UTF-8 description of a value for messages (malloc'd). */
char *bi_describe(VM *vm, JSValue v);

/* GroupBy(items, callback, keyCoercion) for Object.groupBy and Map.groupBy:
 * make() builds the empty result, add() appends the value slot[2] to the
 * group of key slot[1] in the result slot[0] (three consecutive rooted
 * handles; add may overwrite slot[2]); -1 on exception. */
typedef struct BiGroupBy {
    const char *who;        /* "Object.groupBy", for messages */
    bool property_keys;     /* keys through ToPropertyKey; else -0 becomes +0 */
    JSValue (*make)(VM *vm);
    int (*add)(VM *vm, JSValue *slot);
} BiGroupBy;
JSValue bi_group_by(VM *vm, JSValue *args, int argc, const BiGroupBy *how);
/* An iterator value read as an entry (AddEntriesFromIterable, fromEntries):
 * TypeError unless it is an object, then entry[0] and entry[1] in two
 * consecutive new handles of the caller's scope, returned (NULL: an
 * exception is pending). */
JSValue *bi_entry_pair(VM *vm, JSValue entry);

/* object.c: ToPropertyDescriptor (values valid until the next allocation) and
 * FromPropertyDescriptor */
bool bi_to_property_descriptor(VM *vm, JSValue attrs, PropDesc *out);
JSValue bi_from_property_descriptor(VM *vm, const PropDesc *d);

/* Internal wrappers shared between families */
JSValue bi_array_iterator_new(VM *vm, JSValue target, int kind);   /* kind: 0 keys, 1 values, 2 entries */
JSValue bi_string_iterator_new(VM *vm, JSValue str);
JSValue bi_parse_int(VM *vm, JSValue *args, int argc, JSValue nt);
JSValue bi_parse_float(VM *vm, JSValue *args, int argc, JSValue nt);
JSValue bi_object_to_string(VM *vm, JSValue *args, int argc, JSValue nt);
/* Console formatting into a malloc'd UTF-8 string (used by bi_inspect). */
char *bi_inspect_to_cstr(VM *vm, JSValue v, bool top_level);

/* array.c / array_iterate.c */
bool bi_array_is_fast(VM *vm, JSValue v);        /* fast array with no indexed properties on its prototypes */
JSValue bi_array_species_create(VM *vm, JSValue original, double length);
JSValue bi_array_not_callable(VM *vm, JSValue v);   /* TypeError "<v> is not a function" */
bool bi_array_iterate_init(VM *vm, JSValue proto);
JSValue bi_array_from_async(VM *vm, JSValue *args, int argc, JSValue nt);   /* Array.fromAsync (array_from_async.c) */

/* collection.c: reading a Map/Set store (for console formatting) */
uint32_t bi_collection_used(JSValue coll);     /* entry slots, including deleted ones */
uint32_t bi_collection_size(JSValue coll);     /* live entries */
uint32_t bi_collection_iter_pos(JSValue coll, JSValue pos);   /* an iterator's position -> entry index */
bool bi_collection_entry(JSValue coll, uint32_t i, JSValue *key, JSValue *value);   /* false: deleted */

/* regexp.c: a RegExp (not its string iterator), and /source/flags for console (malloc'd) */
bool bi_regexp_is_regexp(JSValue v);
char *bi_regexp_inspect(VM *vm, JSValue rx);

/* date.c: a Date as console.log shows it (malloc'd) */
char *bi_date_inspect(VM *vm, JSValue date);

enum { ITER_KIND_KEYS = 0, ITER_KIND_VALUES = 1, ITER_KIND_ENTRIES = 2 };
/* Map/Set iterators are array-iterator wrappers with kind ITER_KIND_COLLECTION + ITER_KIND_* */
#define ITER_KIND_COLLECTION 8

/* Appends *hv to a growable VALARRAY list (anything else = no list yet:
 * one is made).  Returns the list, which may be a new cell the caller
 * must store back, or VAL_EXCEPTION on OOM. */
JSValue bi_list_push(VM *vm, JSValue list, const JSValue *hv);

/* regexp_legacy.c: RegExp.$1 and friends.  record: a successful match of
 * the built-in matcher on flat subject with ncaps capture pairs (never
 * allocates); init: the accessors on the RegExp constructor. */
void bi_regexp_legacy_record(VM *vm, JSValue subject, const int32_t *caps, uint32_t ncaps);
bool bi_regexp_legacy_init(VM *vm, JSValue ctor);

#endif
