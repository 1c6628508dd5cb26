/*
 * bigint.h -- BigInt values (prefix bigint_, implemented in bigint.c):
 * the CELL_BIGINT heap cell and the arithmetic the operators need.
 *
 * A BigInt is sign + magnitude: `len` little-endian 64-bit limbs, no
 * leading zero limb, zero is len 0 and never negative (so equal values
 * have equal representations and === can compare limbs).  Cells are
 * immutable leaf cells (no pointers inside): every GC plan treats them like
 * flat strings.  See docs/bigint.md.
 *
 * Rules for callers:
 *  - Operands are JSValues that must be BigInts where a function says so
 *    (bigint_binary: both).  Every function that returns a JSValue may
 *    allocate (the result cell) and returns VAL_EXCEPTION with a pending
 *    RangeError on a division by zero, a negative exponent, a result over
 *    BIGINT_MAX_BITS, or out of memory.  The computation reads the operand
 *    cells before the one allocation at its end, so callers need no
 *    handles for the operands themselves.
 *  - Functions returning bool/int/double never allocate or throw.
 */
#ifndef TL_BIGINT_H
#define TL_BIGINT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "heap.h"

struct VM;

typedef struct JSBigInt {
    Cell hdr;
    uint32_t len;      /* limbs in use */
    uint32_t neg;      /* 1: negative (never for zero) */
    uint64_t d[];      /* magnitude, least significant limb first */
} JSBigInt;

/* The largest BigInt (in bits) any operation makes: V8's limit (2^30). */
#define BIGINT_MAX_BITS ((uint64_t)1 << 30)

static inline bool val_is_bigint(JSValue v) { return val_is_kind(v, CELL_BIGINT); }
static inline JSBigInt *val_bigint(JSValue v) { return (JSBigInt *)val_cell(v); }
static inline bool bigint_is_zero(JSValue v) { return val_bigint(v)->len == 0; }

/* Constructors. */
JSValue bigint_from_int64(struct VM *vm, int64_t i);
JSValue bigint_from_uint64(struct VM *vm, uint64_t u);
JSValue bigint_from_double(struct VM *vm, double d);      /* d must be a finite integer */
/* StringToBigInt on ASCII/Latin-1 text: whitespace trimmed, decimal with an
 * optional sign, or 0x / 0o / 0b without a sign; "" is 0n.  Returns
 * VAL_UNDEFINED when the text is not a BigInt (no exception). */
JSValue bigint_parse(struct VM *vm, const uint16_t *units, size_t n);
/* StringToBigInt of a string value (VAL_UNDEFINED: not a BigInt). */
JSValue bigint_from_string(struct VM *vm, JSValue str);
/* A literal's digits (separators removed, prefix 0x/0o/0b kept). */
JSValue bigint_from_literal(struct VM *vm, const char *text, size_t n);

/* Conversions. */
double bigint_to_double(JSValue v);          /* rounded to nearest, ties to even; may be +-Infinity */
uint64_t bigint_to_uint64(JSValue v);        /* value modulo 2^64 */
static inline int64_t bigint_to_int64(JSValue v) { return (int64_t)bigint_to_uint64(v); }
/* The digits in radix 2..36 as a malloc'd NUL-terminated string (NULL: OOM). */
char *bigint_to_cstr(JSValue v, int radix);
JSValue bigint_to_string(struct VM *vm, JSValue v, int radix);

/* Operators (BinOp values from runtime.h: BIN_ADD ... BIN_SHR; BIN_USHR is
 * the caller's TypeError). */
JSValue bigint_binary(struct VM *vm, int op, JSValue a, JSValue b);
JSValue bigint_negate(struct VM *vm, JSValue a);
JSValue bigint_bit_not(struct VM *vm, JSValue a);
JSValue bigint_add_small(struct VM *vm, JSValue a, int64_t delta);
/* BigInt.asIntN / asUintN: a modulo 2^bits, signed or not. */
JSValue bigint_as_n(struct VM *vm, uint64_t bits, JSValue a, bool is_signed);

/* Comparisons: never allocate. */
bool bigint_equal(JSValue a, JSValue b);
int bigint_compare(JSValue a, JSValue b);               /* <0, 0, >0 */
/* a compared with a Number: -1, 0, 1, or 2 when d is NaN. */
int bigint_compare_double(JSValue a, double d);
uint32_t bigint_hash(JSValue a);

#endif
