/*
 * object.h -- JS objects, shapes and the other structural cells
 * (prefix obj_; shapes shape_ in shape.c, arrays arr_ in array.c,
 * functions fn_ in function.c).
 *
 * Object model (see docs/objects.md):
 *  - Every object has a Shape (hidden class) giving, per named property,
 *    its key, attributes and slot index into obj->slots.  Shapes form a
 *    transition tree from a single empty root shape: adding property k with
 *    attributes a to an object of shape S moves it to S' = S + (k,a), and S'
 *    is shared by every object that took the same path.  Objects that churn
 *    properties (delete, many adds, attribute changes) switch to a private
 *    dictionary shape (SHAPE_DICT) that is mutated in place.
 *  - The prototype lives in the object (obj->proto), not in the shape.
 *    Inline caches for prototype hits are guarded by vm->proto_epoch, which
 *    is bumped whenever an object flagged OBJ_IS_PROTO changes its keys,
 *    attributes or prototype.
 *  - Indexed properties (array indices 0..2^31-2) live in obj->elements, a
 *    dense ValArray with VAL_HOLE for absent entries, for every object kind.
 *    Very sparse writes (index far beyond capacity) put the object in
 *    OBJ_SPARSE mode: indices then go into the shape as int keys.
 *  - Accessor properties store an AccessorPair (a 2-element ValArray
 *    [getter, setter]) in their slot, with PROP_ACCESSOR set.
 */
#ifndef TL_OBJECT_H
#define TL_OBJECT_H

#include <stdbool.h>
#include <stdint.h>
#include "heap.h"

struct VM;
struct FunctionProto;

/* ---- plain structural cells -------------------------------------------- */

typedef struct ValArray {
    Cell hdr;
    uint32_t capacity;   /* number of values in v[] */
    uint32_t count;      /* used entries where the owner needs it (lists) */
    JSValue v[];
} ValArray;

typedef struct Bytes {
    Cell hdr;
    uint32_t length;
    uint32_t pad;
    uint8_t data[];
} Bytes;

typedef struct JSSymbol {
    Cell hdr;
    JSValue description;   /* string or undefined */
} JSSymbol;

/* Environment record: the captured variables of one scope. */
typedef struct JSEnv {
    Cell hdr;
    JSValue parent;        /* JSEnv or undefined */
    uint32_t count;
    uint32_t pad;
    JSValue vars[];
} JSEnv;

/* ---- properties and shapes --------------------------------------------- */

enum PropAttr {
    PROP_WRITABLE = 1,
    PROP_ENUMERABLE = 2,
    PROP_CONFIGURABLE = 4,
    PROP_ACCESSOR = 8,       /* slot holds a ValArray [getter, setter] */
    PROP_DEFAULT = PROP_WRITABLE | PROP_ENUMERABLE | PROP_CONFIGURABLE,
    PROP_HIDDEN = PROP_WRITABLE | PROP_CONFIGURABLE,   /* builtin methods */
};

typedef struct PropEntry {
    JSValue key;             /* atom, symbol or int index (sparse mode); VAL_HOLE = deleted (dict) */
    uint32_t slot;
    uint32_t attrs;
} PropEntry;

typedef struct PropTable {
    Cell hdr;
    uint32_t count;          /* entries in use, in insertion order */
    uint32_t capacity;       /* entries allocated */
    uint32_t hash_cap;       /* 0 = no hash index (linear search); else power of two */
    uint32_t pad;
    PropEntry entries[];     /* followed by int32_t index[hash_cap] (-1 empty) */
} PropTable;

#define SHAPE_DICT 1u

typedef struct Shape {
    Cell hdr;
    PropTable *table;        /* this shape's properties (owned; shared only via the shape) */
    struct Shape *parent;    /* transition parent, NULL for root / dict */
    ValArray *transitions;   /* triples [key, int attrs, shape] ; NULL if none */
    uint32_t count;          /* number of properties */
    uint32_t slot_count;     /* slots needed by objects of this shape */
    uint32_t flags;          /* SHAPE_DICT */
    uint32_t id;             /* unique, for debugging and deterministic output */
    /* the transition taken last from this shape, a one-entry cache in front of
     * `transitions` (no key hash, no probe): key, attrs, child */
    JSValue last_key;
    struct Shape *last_child;
    uint32_t last_attrs;
} Shape;

/* ---- objects ----------------------------------------------------------- */

typedef enum ObjClass {
    CLS_OBJECT,
    CLS_ARRAY,
    CLS_FUNCTION,       /* JSFunction (bytecode or native or bound) */
    CLS_ERROR,
    CLS_BOOLEAN,        /* JSWrapper */
    CLS_NUMBER,         /* JSWrapper */
    CLS_STRING,         /* JSWrapper */
    CLS_SYMBOL,         /* JSWrapper */
    CLS_BIGINT,         /* JSWrapper */
    CLS_ARGUMENTS,
    CLS_ARRAY_ITERATOR, /* JSWrapper-like: internal = ValArray [target, index, kind] */
    CLS_STRING_ITERATOR,
    CLS_FOR_IN,         /* for-in enumerator: internal = ValArray of keys, count = position */
    CLS_DATE,
    CLS_REGEXP,
    CLS_MAP, CLS_SET, CLS_WEAKMAP, CLS_WEAKSET,
    CLS_PROMISE,
    CLS_GENERATOR,      /* generators, async functions: internal = record (builtins/generator.c) */
    CLS_ARRAY_BUFFER,   /* JSArrayBuffer (typedarray.h) */
    CLS_TYPED_ARRAY,    /* JSTypedArray: integer-indexed exotic object (typedarray.h) */
    CLS_DATA_VIEW,      /* JSTypedArray layout (typedarray.h) */
    CLS_WEAKREF,        /* JSWrapper: internal = WEAK_REF weak array (weak.h) */
    CLS_FINREG,         /* FinalizationRegistry, JSWrapper: internal = WEAK_FINREG weak array */
    CLS_PROXY,          /* JSWrapper: internal = ValArray [target, handler], null when revoked (proxy.h) */
    CLS_ITER_HELPER,    /* iterator helpers and Iterator.from wrappers, JSWrapper: internal = record (builtins/iterator_helpers.c) */
    CLS__COUNT
} ObjClass;

enum ObjFlag {
    OBJ_EXTENSIBLE = 1,
    OBJ_IS_PROTO = 2,          /* used as some object's prototype: changes bump vm->proto_epoch */
    OBJ_SPARSE = 4,            /* indices live in the shape, not in elements */
    OBJ_LENGTH_READONLY = 8,   /* arrays: length not writable */
    OBJ_FROZEN_ELEMENTS = 16,  /* elements are non-writable/non-configurable (freeze) */
    OBJ_SEALED_ELEMENTS = 32,
    OBJ_CLASS_CTOR = 64,       /* functions: class constructor (not callable without new) */
    OBJ_IS_CONSTRUCTOR = 128,  /* functions and proxies: has [[Construct]] */
    OBJ_CALLABLE = 256,        /* proxies: has [[Call]] (functions are callable by class) */
    OBJ_MODULE_NAMESPACE = 512, /* proxies: a module namespace (esm.c); console shows its bindings */
};

typedef struct JSObject {
    Cell hdr;
    Shape *shape;
    JSValue proto;           /* object or null */
    ValArray *slots;         /* named property values; NULL when the shape needs none */
    ValArray *elements;      /* indexed values (dense, VAL_HOLE = absent); NULL if none */
    uint16_t cls;            /* ObjClass */
    uint16_t flags;          /* ObjFlag */
    uint32_t length;         /* arrays and arguments: length; else 0 */
} JSObject;

/* Native functions get their receiver at args[-1] and arguments at
 * args[0..argc-1]; both live in rooted VM-stack slots, so re-reading them
 * after an allocation is always safe.  Return VAL_EXCEPTION to throw. */
typedef JSValue (*NativeFn)(struct VM *vm, JSValue *args, int argc, JSValue new_target);

typedef struct JSFunction {
    JSObject obj;
    struct FunctionProto *fp;  /* bytecode function, or NULL */
    NativeFn native;           /* native function, or NULL */
    JSValue env;               /* closure environment (JSEnv) or undefined */
    JSValue home;              /* [[HomeObject]] for super, or undefined */
    JSValue data;              /* natives: extra data; bound: ValArray [target, this, args...] */
    int32_t magic;             /* natives sharing one C function */
    uint32_t pad;
} JSFunction;

/* Primitive wrappers, iterators, dates: one internal value. */
typedef struct JSWrapper {
    JSObject obj;
    JSValue internal;
} JSWrapper;

static inline bool val_is_object(JSValue v) { return val_is_kind(v, CELL_OBJECT); }
static inline JSObject *val_obj(JSValue v) { return (JSObject *)val_cell(v); }
static inline bool val_is_symbol(JSValue v) { return val_is_kind(v, CELL_SYMBOL); }
static inline bool obj_is_class(JSValue v, ObjClass c) { return val_is_object(v) && val_obj(v)->cls == c; }
static inline bool val_is_function(JSValue v) { return obj_is_class(v, CLS_FUNCTION); }
static inline bool val_is_array(JSValue v) { return obj_is_class(v, CLS_ARRAY); }

/* ---- property descriptors ---------------------------------------------- */

typedef struct PropDesc {
    JSValue value, getter, setter;   /* VAL_HOLE when absent (for defineProperty) */
    uint32_t attrs;                  /* PropAttr */
    uint32_t has;                    /* which fields are present: DESC_HAS_* */
} PropDesc;

enum { DESC_HAS_VALUE = 1, DESC_HAS_GET = 2, DESC_HAS_SET = 4, DESC_HAS_WRITABLE = 8,
       DESC_HAS_ENUMERABLE = 16, DESC_HAS_CONFIGURABLE = 32 };

/* ---- object API (object.c) ---------------------------------------------
 * Keys are PropKeys (atom.h).  Functions that run JS (getters, setters) or
 * allocate may move cells: pass JSValues, never hold JSObject* across them.
 * "int" results: 1 true, 0 false, -1 exception pending. */

JSValue obj_new(struct VM *vm, JSValue proto);                   /* plain object */
JSValue obj_new_class(struct VM *vm, JSValue proto, ObjClass cls, size_t size); /* size >= sizeof(JSObject) */
JSValue obj_get(struct VM *vm, JSValue obj, JSValue key);        /* [[Get]] with receiver = obj */
JSValue obj_get_with_receiver(struct VM *vm, JSValue obj, JSValue key, JSValue receiver);
int obj_set(struct VM *vm, JSValue obj, JSValue key, JSValue value, JSValue receiver); /* 0 = failed (caller throws in strict) */
int obj_define_own(struct VM *vm, JSValue obj, JSValue key, const PropDesc *desc, bool throw_on_fail);
int obj_define_value(struct VM *vm, JSValue obj, JSValue key, JSValue value, uint32_t attrs); /* fast, for builtins/literals */
int obj_define_accessor(struct VM *vm, JSValue obj, JSValue key, JSValue getter, JSValue setter, uint32_t attrs);
int obj_get_own_property(struct VM *vm, JSValue obj, JSValue key, PropDesc *out); /* 1 found, 0 not (*out all holes) */
int obj_has_property(struct VM *vm, JSValue obj, JSValue key);     /* `in` */
int obj_has_own(struct VM *vm, JSValue obj, JSValue key);
int obj_delete(struct VM *vm, JSValue obj, JSValue key);          /* 0 = not configurable */
int obj_set_proto(struct VM *vm, JSValue obj, JSValue proto);     /* 0 = cycle / not extensible */
JSValue obj_get_proto(struct VM *vm, JSValue obj);                 /* [[GetPrototypeOf]]: object, null, VAL_EXCEPTION */
int obj_is_extensible(struct VM *vm, JSValue obj);
int obj_prevent_extensions(struct VM *vm, JSValue obj);            /* 0 = refused (a proxy) */
/* Own keys in spec order: indices ascending, then strings in insertion order,
 * then symbols.  flags: OWNKEYS_STRINGS | OWNKEYS_SYMBOLS | OWNKEYS_ENUMERABLE_ONLY.
 * Returns an array object, or VAL_EXCEPTION. */
enum { OWNKEYS_STRINGS = 1, OWNKEYS_SYMBOLS = 2, OWNKEYS_ENUMERABLE_ONLY = 4 };
JSValue obj_own_keys(struct VM *vm, JSValue obj, int flags);
/* Keys for for-in: enumerable string keys of obj and its prototypes, spec
 * order, shadowed keys removed.  Returns a ValArray of key strings. */
JSValue obj_for_in_keys(struct VM *vm, JSValue obj);
/* SetIntegrityLevel (Object.seal: freeze = false; Object.freeze: true) and
 * TestIntegrityLevel (Object.isSealed / isFrozen): 1/0, -1 on OOM. */
int obj_freeze(struct VM *vm, JSValue obj, bool freeze);
int obj_is_frozen(struct VM *vm, JSValue obj, bool frozen);

/* Fast own-data lookup used by the interpreter's ICs: slot index or -1. */
int32_t shape_lookup(Shape *shape, JSValue key, uint32_t *attrs_out);

/* ---- environments, symbols, value arrays ------------------------------- */
JSValue env_new(struct VM *vm, JSValue parent, uint32_t count);  /* vars = VAL_UNDEFINED */
JSValue sym_new(struct VM *vm, JSValue description);
JSValue valarray_new(struct VM *vm, uint32_t capacity);          /* filled with undefined, count 0 */
JSValue valarray_grow(struct VM *vm, JSValue arr, uint32_t min_capacity); /* new copy */

#endif
