/*
 * typedarray.h -- ArrayBuffer, typed array and DataView cells and the
 * integer-indexed exotic object behaviour of typed arrays (prefix ta_).
 * The constructors and methods are builtins (builtins/arraybuffer.c,
 * builtins/typedarray.c, builtins/typedarray_proto.c).
 *
 * Backing store: an ArrayBuffer's bytes live in one CELL_BYTES cell owned by
 * the buffer object (JSArrayBuffer.data).  Being a heap cell, it is counted
 * in the heap size (--heap / --max-heap caps apply) and freed by every plan
 * like any dead cell, with no finalizer.  Cells of HEAP_BUMP_MAX (128 KiB)
 * and more go to the plans' shared non-moving large-object space, so a
 * moving collector never copies a large buffer; small ones are copied like
 * any small cell.  Views never hold the Bytes cell or a raw pointer: they go
 * through the buffer object on every access, so a cell that moves, or a
 * resizable buffer that reallocates its store, is always seen afresh.
 *
 * Layout: the traced JSValue after the JSObject header (data / buffer) sits
 * where JSWrapper.internal does, so heap.c traces these classes as wrappers.
 * Byte lengths are below 2^31 (TA_MAX_BYTES), so every valid element index
 * is an int property key (atom.h) and a typed array never has an index
 * stored as an atom.
 */
#ifndef TL_TYPEDARRAY_H
#define TL_TYPEDARRAY_H

#include <math.h>
#include <stddef.h>
#include <string.h>
#include "object.h"

struct VM;

typedef enum TaKind {
#define TA_KIND(name, ctype, size) TA_##name,
#include "typedarray.def"
#undef TA_KIND
    TA__COUNT
} TaKind;

#define TA_MAX_BYTES 0x7fffffffu

/* AB_RESIZABLE: a resizable ArrayBuffer or a growable SharedArrayBuffer;
 * AB_SHARED: a SharedArrayBuffer (never detached, never shrinks). */
enum { AB_RESIZABLE = 1, AB_DETACHED = 2, AB_SHARED = 4 };
/* TA_TRACKING: length-tracking view of a resizable buffer (no length given). */
enum { TA_TRACKING = 1 };

typedef struct JSArrayBuffer {
    JSObject obj;
    JSValue data;              /* Bytes cell (length = capacity >= byte_length); detached: an empty one */
    uint32_t byte_length;
    uint32_t max_byte_length;  /* resizable: [[ArrayBufferMaxByteLength]]; else byte_length */
    uint32_t flags;            /* AB_* */
    uint32_t pad;
} JSArrayBuffer;

/* Typed arrays (CLS_TYPED_ARRAY) and DataViews (CLS_DATA_VIEW). */
typedef struct JSTypedArray {
    JSObject obj;
    JSValue buffer;            /* JSArrayBuffer */
    uint32_t byte_offset;
    uint32_t length;           /* elements (DataView: bytes); unused when TA_TRACKING */
    uint16_t kind;             /* TaKind (DataView: 0) */
    uint16_t flags;            /* TA_* */
    uint32_t pad;
} JSTypedArray;

_Static_assert(offsetof(JSArrayBuffer, data) == offsetof(JSWrapper, internal), "traced as a wrapper");
_Static_assert(offsetof(JSTypedArray, buffer) == offsetof(JSWrapper, internal), "traced as a wrapper");

extern const uint8_t ta_elem_size[TA__COUNT];
extern const char *const ta_names[TA__COUNT];   /* "Int8Array", ... */

static inline bool val_is_typed_array(JSValue v) { return obj_is_class(v, CLS_TYPED_ARRAY); }
static inline JSTypedArray *ta_of(JSValue v) { return (JSTypedArray *)val_obj(v); }
static inline JSArrayBuffer *ab_of(JSValue v) { return (JSArrayBuffer *)val_obj(v); }
static inline JSArrayBuffer *ta_buf(const JSTypedArray *t) { return (JSArrayBuffer *)val_obj(t->buffer); }
static inline bool ab_detached(const JSArrayBuffer *b) { return (b->flags & AB_DETACHED) != 0; }
static inline bool ab_shared(const JSArrayBuffer *b) { return (b->flags & AB_SHARED) != 0; }
/* The buffer's bytes (valid until the next allocation; never on a detached buffer). */
static inline uint8_t *ab_bytes(const JSArrayBuffer *b) { return ((Bytes *)val_cell(b->data))->data; }

/* IsTypedArrayOutOfBounds / IsViewOutOfBounds (detached counts as out of bounds). */
bool ta_out_of_bounds_slow(const JSTypedArray *t, size_t elem_size);
static inline bool ta_out_of_bounds(const JSTypedArray *t)
{
    const JSArrayBuffer *b = ta_buf(t);
    if (!(b->flags & (AB_RESIZABLE | AB_DETACHED))) return false;
    return ta_out_of_bounds_slow(t, t->obj.cls == CLS_TYPED_ARRAY ? ta_elem_size[t->kind] : 1);
}

/* TypedArrayLength (DataView: its byte length); 0 when out of bounds. */
uint32_t ta_length_slow(const JSTypedArray *t);
static inline uint32_t ta_length(const JSTypedArray *t)
{
    if (!(ta_buf(t)->flags & (AB_RESIZABLE | AB_DETACHED))) return t->length;
    return ta_length_slow(t);
}

/* ---- element conversions (the spec's NumericToRawBytes / RawBytesToNumeric) ---- */

/* ToInt32's modulo-2^32 wrap of any double (NaN, infinities -> 0). */
static inline uint32_t ta_wrap32(double d)
{
    if (d >= -2147483648.0 && d <= 2147483647.0) return (uint32_t)(int32_t)d;
    if (!isfinite(d)) return 0;
    double m = fmod(trunc(d), 4294967296.0);
    if (m < 0) m += 4294967296.0;
    return (uint32_t)m;
}

/* ToUint8Clamp: round half to even after clamping (NaN -> 0). */
static inline uint8_t ta_clamp_u8(double d)
{
    if (!(d > 0)) return 0;
    if (d >= 255) return 255;
    double f = floor(d), r = d - f;
    if (r > 0.5 || (r == 0.5 && fmod(f, 2) != 0)) f += 1;
    return (uint8_t)f;
}

/* IEEE 754 binary16: the nearest half (ties to even; overflow to infinity,
 * NaN to the quiet NaN 0x7e00, signs of zeros and infinities kept) and
 * its exact value as a double. */
uint16_t ta_f16_from_double(double d);
double ta_f16_to_double(uint16_t h);

/* The BigInt64 / BigUint64 kinds: their elements are BigInts, so reading
 * one allocates (ta_get_value) and storing converts with ToBigInt. */
static inline bool ta_kind_is_bigint(TaKind k) { return k == TA_BigInt64 || k == TA_BigUint64; }

/* Read the element of kind k at p (any alignment).  Number kinds only (a
 * BigInt kind reads as the Number of its bits' value): callers that may see
 * a BigInt kind use ta_get_value. */
static inline JSValue ta_load(const uint8_t *p, TaKind k)
{
    if (k == TA_Float16) {
        uint16_t h;
        memcpy(&h, p, 2);
        return val_number(ta_f16_to_double(h));
    }
    switch (k) {
#define TA_KIND(name, ctype, size) \
    case TA_##name: { ctype x; memcpy(&x, p, sizeof x); return val_number((double)x); }
#include "typedarray.def"
#undef TA_KIND
    case TA__COUNT: break;
    }
    return VAL_UNDEFINED;
}

/* A BigInt kind's element: the low 64 bits of the value, two's complement. */
static inline void ta_store_bits(uint8_t *p, uint64_t bits) { memcpy(p, &bits, 8); }

/* Store number d as kind k at p (any alignment); Number kinds only. */
static inline void ta_store(uint8_t *p, TaKind k, double d)
{
    switch (k) {
    case TA_Int8: case TA_Uint8: { uint8_t x = (uint8_t)ta_wrap32(d); memcpy(p, &x, 1); return; }
    case TA_Uint8Clamped: { uint8_t x = ta_clamp_u8(d); memcpy(p, &x, 1); return; }
    case TA_Int16: case TA_Uint16: { uint16_t x = (uint16_t)ta_wrap32(d); memcpy(p, &x, 2); return; }
    case TA_Int32: case TA_Uint32: { uint32_t x = ta_wrap32(d); memcpy(p, &x, 4); return; }
    case TA_Float32: { float x = (float)d; memcpy(p, &x, 4); return; }
    case TA_Float64: memcpy(p, &d, 8); return;
    case TA_Float16: { uint16_t x = ta_f16_from_double(d); memcpy(p, &x, 2); return; }
    case TA_BigInt64: case TA_BigUint64: return;   /* BigInt kinds never store a Number (ta_store_element) */
    case TA__COUNT: return;
    }
}

/* ---- fast paths for the interpreter (and the JITs through it) ---- */

/* obj[i] for a typed array object with i in bounds: true with *out set.
 * Never for the BigInt kinds (their reads allocate: the generic path). */
static inline bool ta_fast_get(JSValue obj, uint32_t i, JSValue *out)
{
    JSObject *o = val_obj(obj);
    if (o->cls != CLS_TYPED_ARRAY) return false;
    const JSTypedArray *t = (const JSTypedArray *)o;
    TaKind k = (TaKind)t->kind;
    if (i >= ta_length(t) || ta_kind_is_bigint(k)) return false;
    *out = ta_load(ab_bytes(ta_buf(t)) + t->byte_offset + (size_t)i * ta_elem_size[k], k);
    return true;
}

/* obj[i] = v for a typed array with i in bounds and v a number. */
static inline bool ta_fast_set(JSValue obj, uint32_t i, JSValue v)
{
    JSObject *o = val_obj(obj);
    if (o->cls != CLS_TYPED_ARRAY || !val_is_number(v)) return false;
    const JSTypedArray *t = (const JSTypedArray *)o;
    TaKind k = (TaKind)t->kind;
    if (i >= ta_length(t) || ta_kind_is_bigint(k)) return false;
    uint8_t *p = ab_bytes(ta_buf(t)) + t->byte_offset + (size_t)i * ta_elem_size[k];
    if (val_is_int(v) && k != TA_Float32 && k != TA_Float64 && k != TA_Float16 && k != TA_Uint8Clamped) {
        uint32_t x = (uint32_t)val_int(v);
        switch (ta_elem_size[k]) {
        case 1: *p = (uint8_t)x; return true;
        case 2: { uint16_t y = (uint16_t)x; memcpy(p, &y, 2); return true; }
        default: memcpy(p, &x, 4); return true;
        }
    }
    ta_store(p, k, val_to_number(v));
    return true;
}

/* The same two paths as plain functions for JIT code (baseline templates call
 * them before falling back to the interpreter's step): obj[key] or VAL_HOLE
 * when obj is not a typed array with key an in-bounds int; 1 when obj[key]
 * = v was done, else 0.  Never allocate, never throw. */
JSValue ta_jit_get_elem(JSValue obj, JSValue key);
int ta_jit_set_elem(JSValue obj, JSValue key, JSValue v);

/* ---- any kind, BigInt kinds included (may allocate) ---- */

/* The element of kind k at p as a JS value: a BigInt for the BigInt kinds
 * (allocates: p must not be used afterwards), else as ta_load. */
JSValue ta_get_value(struct VM *vm, const uint8_t *p, TaKind k);
/* The conversion a store into kind k performs first: ToBigInt for the
 * BigInt kinds, ToNumber for the others (may run JS).  The converted value
 * (a BigInt or a number), VAL_EXCEPTION on a throw. */
JSValue ta_to_element(struct VM *vm, TaKind k, JSValue v);
/* Store a value ta_to_element returned for kind k at p (never allocates). */
void ta_store_element(uint8_t *p, TaKind k, JSValue conv);

/* ---- the integer-indexed exotic object (used by object.c) ---- */

/* Classify a PropKey for typed array o: -1 not a canonical numeric string
 * (an ordinary key), 0 numeric but not a valid integer index, 1 valid
 * index (*idx).  Never allocates. */
int ta_key_index(struct VM *vm, const JSObject *o, JSValue key, uint32_t *idx);
/* TypedArraySetElement for a numeric key: ToNumber(v), then store if the
 * index is (still) valid.  1, or -1 on exception. */
int ta_set_key(struct VM *vm, JSValue obj, JSValue key, JSValue v);
/* [[DefineOwnProperty]] for a numeric key: 1 done, 0 rejected (TypeError
 * when throw_on_fail: -1), -1 exception. */
int ta_define_own(struct VM *vm, JSValue obj, JSValue key, const PropDesc *d, bool throw_on_fail);

/* ---- allocation ---- */

/* A zeroed ArrayBuffer of len bytes with prototype proto (max_len >
 * len or resizable: a resizable buffer).  RangeError beyond TA_MAX_BYTES. */
JSValue ta_new_buffer(struct VM *vm, JSValue proto, double len, double max_len, bool resizable);
/* Set the byte length of a resizable / growable buffer to n (<= its
 * maximum): a larger store when needed (growing geometrically up to the
 * maximum), bytes beyond the old length zeroed.  false on OOM. */
bool ta_buffer_set_length(struct VM *vm, JSValue buf, uint32_t n);
/* ArrayBufferCopyAndDetach after its checks: a new ArrayBuffer of len
 * bytes (resizable up to max_len when resizable) holding buf's first bytes,
 * then DetachArrayBuffer(buf).  A fixed-length buffer keeping its length
 * hands its store over without copying. */
JSValue ta_transfer(struct VM *vm, JSValue buf, double len, double max_len, bool resizable);
/* A typed array object of kind k viewing buffer (fields set by the caller
 * through the returned object before the next allocation). */
JSValue ta_new_view(struct VM *vm, JSValue proto, ObjClass cls, JSValue buffer, TaKind k, uint32_t byte_offset,
                    uint32_t length, uint16_t flags);

#endif
