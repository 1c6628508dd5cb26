/*
 * value.h -- the 64-bit NaN-boxed JSValue (prefix val_).
 *
 * A JSValue is a uint64_t.  Doubles are stored as their own bits; every other
 * value lives in the negative quiet-NaN space, tagged by the top 16 bits:
 *
 *   0x0000..0xFFF8  a double (NaN is always canonicalised to VAL_NAN_BITS)
 *   0xFFF9          int32 in the low 32 bits
 *   0xFFFA          a "misc" constant: undefined, null, false, true, the
 *                   array hole, the TDZ marker, the exception sentinel
 *   0xFFFB          a pointer to a heap Cell (48-bit address)
 *
 * Invariants every module keeps:
 *  - No double with a tag >= 0xFFF9 is ever created: val_from_double()
 *    canonicalises NaN, so the tag test is a single compare.
 *  - VAL_HOLE only appears in array element storage and never escapes to JS.
 *  - VAL_UNINIT only appears in bindings in their temporal dead zone.
 *  - VAL_EXCEPTION is returned by any operation that threw; the exception
 *    itself is pending in vm->exception.  It is never stored in the heap.
 *  - Integers that fit int32 may be either tagged ints or doubles; code that
 *    compares numbers goes through val_to_number().  val_number() prefers
 *    the int32 form (but never for -0).
 */
#ifndef TL_VALUE_H
#define TL_VALUE_H

#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

typedef uint64_t JSValue;
typedef struct Cell Cell;

#define VAL_TAG_SHIFT 48
#define VAL_TAG_INT 0xFFF9u
#define VAL_TAG_MISC 0xFFFAu
#define VAL_TAG_CELL 0xFFFBu
#define VAL_NAN_BITS 0x7FF8000000000000ull
#define VAL_PAYLOAD_MASK 0x0000FFFFFFFFFFFFull

#define VAL_MAKE(tag, payload) ((JSValue)(((uint64_t)(tag) << VAL_TAG_SHIFT) | (uint64_t)(payload)))

#define VAL_UNDEFINED VAL_MAKE(VAL_TAG_MISC, 0)
#define VAL_NULL VAL_MAKE(VAL_TAG_MISC, 1)
#define VAL_FALSE VAL_MAKE(VAL_TAG_MISC, 2)
#define VAL_TRUE VAL_MAKE(VAL_TAG_MISC, 3)
#define VAL_HOLE VAL_MAKE(VAL_TAG_MISC, 4)
#define VAL_UNINIT VAL_MAKE(VAL_TAG_MISC, 5)
#define VAL_EXCEPTION VAL_MAKE(VAL_TAG_MISC, 6)

static inline uint32_t val_tag(JSValue v) { return (uint32_t)(v >> VAL_TAG_SHIFT); }

/* ---- numbers ------------------------------------------------------------ */

static inline bool val_is_int(JSValue v) { return val_tag(v) == VAL_TAG_INT; }
static inline bool val_is_double(JSValue v) { return val_tag(v) < VAL_TAG_INT; }
static inline bool val_is_number(JSValue v) { return val_tag(v) <= VAL_TAG_INT; }

static inline int32_t val_int(JSValue v) { return (int32_t)(uint32_t)v; }
static inline JSValue val_from_int(int32_t i) { return VAL_MAKE(VAL_TAG_INT, (uint32_t)i); }

static inline double val_double(JSValue v)
{
    double d;
    memcpy(&d, &v, sizeof d);
    return d;
}

static inline JSValue val_from_double(double d)
{
    JSValue v;
    if (d != d) return VAL_NAN_BITS;
    memcpy(&v, &d, sizeof v);
    return v;
}

/* Any number as a double. */
static inline double val_to_number(JSValue v)
{
    return val_is_int(v) ? (double)val_int(v) : val_double(v);
}

/* The canonical form of a numeric result: int32 when exact (and not -0). */
static inline JSValue val_number(double d)
{
    if (d >= -2147483648.0 && d <= 2147483647.0) {
        int32_t i = (int32_t)d;
        if ((double)i == d && !(i == 0 && signbit(d))) return val_from_int(i);
    }
    return val_from_double(d);
}

/* ---- misc constants ----------------------------------------------------- */

static inline bool val_is_undefined(JSValue v) { return v == VAL_UNDEFINED; }
static inline bool val_is_null(JSValue v) { return v == VAL_NULL; }
static inline bool val_is_nullish(JSValue v) { return v == VAL_UNDEFINED || v == VAL_NULL; }
static inline bool val_is_bool(JSValue v) { return (v & ~(JSValue)1) == VAL_FALSE; }
static inline bool val_is_exception(JSValue v) { return v == VAL_EXCEPTION; }
static inline JSValue val_from_bool(bool b) { return b ? VAL_TRUE : VAL_FALSE; }
static inline bool val_bool(JSValue v) { return v == VAL_TRUE; }

/* ---- heap pointers ------------------------------------------------------ */

static inline bool val_is_cell(JSValue v) { return val_tag(v) == VAL_TAG_CELL; }
static inline Cell *val_cell(JSValue v) { return (Cell *)(uintptr_t)(v & VAL_PAYLOAD_MASK); }
static inline JSValue val_from_cell(const void *c) { return VAL_MAKE(VAL_TAG_CELL, (uintptr_t)c); }

#endif
