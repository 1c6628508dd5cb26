/*
 * runtime.h -- the operations of the language that every tier shares
 * (prefix rt_): conversions, operators, generic property access on any
 * value.  These are the slow paths behind the interpreter's fast paths and
 * the helpers JIT code calls.  All may run JS (valueOf, getters) and
 * allocate; all return VAL_EXCEPTION (or -1 / false with the exception
 * pending) on a throw.
 */
#ifndef TL_RUNTIME_H
#define TL_RUNTIME_H

#include "vm.h"

typedef enum { HINT_DEFAULT, HINT_NUMBER, HINT_STRING } PrimitiveHint;

bool rt_to_boolean(JSValue v);                                  /* never throws */
JSValue rt_to_primitive(VM *vm, JSValue v, PrimitiveHint hint);
JSValue rt_to_number(VM *vm, JSValue v);                        /* a number value (TypeError for a BigInt) */
JSValue rt_to_numeric(VM *vm, JSValue v);                       /* a number or a BigInt */
JSValue rt_to_bigint(VM *vm, JSValue v);                        /* ToBigInt: booleans, strings, BigInts */
bool rt_to_double(VM *vm, JSValue v, double *out);              /* false: exception */
bool rt_to_int32(VM *vm, JSValue v, int32_t *out);
bool rt_to_uint32(VM *vm, JSValue v, uint32_t *out);
bool rt_to_integer_or_inf(VM *vm, JSValue v, double *out);      /* ToIntegerOrInfinity */
bool rt_to_length(VM *vm, JSValue v, double *out);
JSValue rt_to_string(VM *vm, JSValue v);                        /* a string value */
JSValue rt_to_object(VM *vm, JSValue v);                        /* TypeError on null/undefined */
JSValue rt_to_property_key(VM *vm, JSValue v);                  /* = atom_to_key after ToPrimitive */
JSValue rt_typeof(VM *vm, JSValue v);                           /* an atom */
double rt_string_to_number(VM *vm, JSValue str);                /* StringToNumber */
JSValue rt_number_to_string(VM *vm, double d, int radix);       /* shortest round trip for radix 10 */

/* operators: the generic (slow) path of each bytecode operator */
typedef enum BinOp { BIN_ADD, BIN_SUB, BIN_MUL, BIN_DIV, BIN_MOD, BIN_EXP,
                     BIN_AND, BIN_OR, BIN_XOR, BIN_SHL, BIN_SHR, BIN_USHR } BinOp;
JSValue rt_binary(VM *vm, BinOp op, JSValue a, JSValue b);
JSValue rt_add(VM *vm, JSValue a, JSValue b);
/* rt_add, with a string result allocated by the allocation site `site` (a
 * key of allocsite.h: the ADD instruction's address), or NULL. */
JSValue rt_add_at(VM *vm, JSValue a, JSValue b, const void *site);
JSValue rt_negate(VM *vm, JSValue a);
JSValue rt_bit_not(VM *vm, JSValue a);
JSValue rt_inc(VM *vm, JSValue a, int delta);                   /* ToNumeric(a) + delta */
bool rt_strict_equals(JSValue a, JSValue b);                    /* never throws (ropes compared by content without allocating) */
int rt_loose_equals(VM *vm, JSValue a, JSValue b);              /* 1/0, -1 exception */
bool rt_same_value(JSValue a, JSValue b);
bool rt_same_value_zero(JSValue a, JSValue b);
/* Abstract relational comparison a < b: 1 true, 0 false (incl. undefined/NaN), -1 exception.
 * left_first says which operand is converted first (for a > b the compiler swaps). */
int rt_less_than(VM *vm, JSValue a, JSValue b, bool left_first);
int rt_instanceof(VM *vm, JSValue v, JSValue target);           /* 1/0/-1 */
/* OrdinaryHasInstance(c, o) (for Function.prototype[Symbol.hasInstance]): 1/0/-1 */
int rt_ordinary_has_instance(VM *vm, JSValue c, JSValue o);
/* a < b, a > b, a <= b, a >= b with the spec's evaluation order and NaN
 * rules (<= and >= are false when either side is NaN): 1/0/-1. */
typedef enum RelOp { REL_LT, REL_GT, REL_LE, REL_GE } RelOp;
int rt_relational(VM *vm, RelOp op, JSValue a, JSValue b);
int rt_in(VM *vm, JSValue key, JSValue obj);                    /* 1/0/-1; TypeError if obj is not an object */
int rt_with_has(VM *vm, JSValue obj, JSValue key);              /* `with` HasBinding (Symbol.unscopables): 1/0/-1 */

/* property access on any value (primitives use their prototype) */
JSValue rt_get(VM *vm, JSValue base, JSValue key);              /* key is a PropKey */
JSValue rt_get_value(VM *vm, JSValue base, JSValue anykey);     /* base[anykey] incl. ToPropertyKey; TypeError on null/undefined base */
int rt_set(VM *vm, JSValue base, JSValue key, JSValue v, bool strict);      /* -1 exception */
int rt_set_value(VM *vm, JSValue base, JSValue anykey, JSValue v, bool strict);
int rt_delete(VM *vm, JSValue base, JSValue anykey, bool strict);           /* 1/0/-1 */
JSValue rt_get_method(VM *vm, JSValue v, JSValue key);          /* undefined if null/undefined; TypeError if not callable */
bool rt_is_callable(JSValue v);
bool rt_is_constructor(JSValue v);
/* Is *hproto on o's prototype chain (OrdinaryHasInstance's walk; a proxy's
 * [[GetPrototypeOf]] may run its trap)?  1 / 0 / -1. */
/* IsArray: sees through proxies (a revoked one throws).  1 / 0 / -1. */
int rt_is_array(VM *vm, JSValue v);
int rt_proto_chain_has(VM *vm, JSValue o, const JSValue *hproto);

/* iteration protocol */
JSValue rt_get_iterator(VM *vm, JSValue iterable);              /* the iterator object */
JSValue rt_iterator_step(VM *vm, JSValue iter, JSValue next, bool *done); /* value or VAL_EXCEPTION */
int rt_iterator_close(VM *vm, JSValue iter);                    /* -1 on exception */
/* IteratorClose for a throw completion: calls return() if present and
 * ignores whatever it does (result or exception); the caller rethrows. */
void rt_iterator_close_quiet(VM *vm, JSValue iter);
/* Append every value of iterable to array arr. */
int rt_spread_into(VM *vm, JSValue arr, JSValue iterable);

#endif
