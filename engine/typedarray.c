/*
 * typedarray.c -- typed array cells, bounds and the integer-indexed exotic
 * object's internal methods (prefix ta_); see typedarray.h.
 */
#include "typedarray.h"

#include <stdio.h>
#include <stdlib.h>
#include "atom.h"
#include "bigint.h"
#include "error.h"
#include "numconv.h"
#include "runtime.h"
#include "str.h"
#include "vm.h"

const uint8_t ta_elem_size[TA__COUNT] = {
#define TA_KIND(name, ctype, size) size,
#include "typedarray.def"
#undef TA_KIND
};

const char *const ta_names[TA__COUNT] = {
#define TA_KIND(name, ctype, size) #name "Array",
#include "typedarray.def"
#undef TA_KIND
};

/* ---- binary16 ---------------------------------------------------------------- */

/* Scaling by powers of two is exact, and nearbyint rounds half to even in
 * the default rounding mode, so each case rounds exactly once. */
uint16_t ta_f16_from_double(double d)
{
    if (isnan(d)) return 0x7e00;
    uint16_t sign = signbit(d) ? 0x8000 : 0;
    double a = fabs(d);
    if (a >= 65520.0) return sign | 0x7c00;            /* halfway past 65504 rounds to 2^16: infinity */
    if (a < 0x1p-14)                                   /* subnormal (or zero): units of 2^-24; 1024 is 2^-14 */
        return sign | (uint16_t)nearbyint(a * 0x1p24);
    int e;
    frexp(a, &e);                                      /* a = f * 2^e, f in [0.5, 1): exponent e - 1 */
    double m = nearbyint(ldexp(a, 11 - e));            /* in [1024, 2048]; 2048 carries into the exponent */
    return sign | (uint16_t)(((unsigned)(e - 1 + 15) << 10) + (unsigned)m - 1024);
}

double ta_f16_to_double(uint16_t h)
{
    int e = (h >> 10) & 0x1f;
    unsigned m = h & 0x3ff;
    double r;
    if (e == 0) r = ldexp((double)m, -24);
    else if (e == 31) r = m ? NAN : INFINITY;
    else r = ldexp((double)(m | 0x400), e - 25);
    return (h & 0x8000) ? -r : r;
}

/* ---- bounds (resizable and detached buffers) ----------------------------- */

bool ta_out_of_bounds_slow(const JSTypedArray *t, size_t elem_size)
{
    const JSArrayBuffer *b = ta_buf(t);
    if (ab_detached(b)) return true;
    uint64_t start = t->byte_offset;
    uint64_t end = (t->flags & TA_TRACKING) ? b->byte_length : start + (uint64_t)t->length * elem_size;
    return start > b->byte_length || end > b->byte_length;
}

uint32_t ta_length_slow(const JSTypedArray *t)
{
    size_t es = t->obj.cls == CLS_TYPED_ARRAY ? ta_elem_size[t->kind] : 1;
    if (ta_out_of_bounds_slow(t, es)) return 0;
    if (!(t->flags & TA_TRACKING)) return t->length;
    return (uint32_t)((ta_buf(t)->byte_length - t->byte_offset) / es);
}

/* ---- keys ------------------------------------------------------------------ */

/* CanonicalNumericIndexString(s) is not undefined: s is "-0" or
 * ToString(ToNumber(s)) == s.  Never allocates. */
static bool canonical_numeric(const JSString *s)
{
    if (s->length == 0 || s->length >= NUM_BUF_SIZE || str_is_16bit(s)) return false;
    const uint8_t *d = str_latin1(s);
    if (!((d[0] >= '0' && d[0] <= '9') || d[0] == '-' || d[0] == 'I' || d[0] == 'N')) return false;
    if (s->length == 2 && d[0] == '-' && d[1] == '0') return true;
    double n = num_string_to_number(s);
    char buf[NUM_BUF_SIZE];
    int len = num_to_cstr(n, buf);
    return (uint32_t)len == s->length && memcmp(buf, d, (size_t)len) == 0;
}

int ta_key_index(VM *vm, const JSObject *o, JSValue key, uint32_t *idx)
{
    (void)vm;
    if (val_is_int(key)) {
        uint32_t i = (uint32_t)val_int(key);
        if (i >= ta_length((const JSTypedArray *)o)) return 0;
        *idx = i;
        return 1;
    }
    if (!val_is_kind(key, CELL_STRING)) return -1;
    const JSString *s = (const JSString *)val_cell(key);
    /* every valid index is an int key (byte lengths < 2^31): numeric atoms are invalid */
    return canonical_numeric(s) ? 0 : -1;
}

JSValue ta_get_value(VM *vm, const uint8_t *p, TaKind k)
{
    if (ta_kind_is_bigint(k)) {
        uint64_t x;
        memcpy(&x, p, 8);   /* read before the allocation moves the buffer */
        return k == TA_BigInt64 ? bigint_from_int64(vm, (int64_t)x) : bigint_from_uint64(vm, x);
    }
    return ta_load(p, k);
}

JSValue ta_to_element(VM *vm, TaKind k, JSValue v)
{
    if (ta_kind_is_bigint(k)) return rt_to_bigint(vm, v);
    return rt_to_number(vm, v);
}

void ta_store_element(uint8_t *p, TaKind k, JSValue conv)
{
    if (ta_kind_is_bigint(k)) ta_store_bits(p, bigint_to_uint64(conv));
    else ta_store(p, k, val_to_number(conv));
}

int ta_set_key(VM *vm, JSValue obj, JSValue key, JSValue v)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *ho = heap_handle(vm, obj);
    JSValue *hk = heap_handle(vm, key);
    int r = -1;
    /* convert first (ToBigInt or ToNumber, may run JS), then re-check the index */
    JSValue conv = ta_to_element(vm, (TaKind)ta_of(*ho)->kind, v);
    if (conv != VAL_EXCEPTION) {
        uint32_t i;
        if (ta_key_index(vm, val_obj(*ho), *hk, &i) == 1) {
            JSTypedArray *t = ta_of(*ho);
            TaKind k = (TaKind)t->kind;
            ta_store_element(ab_bytes(ta_buf(t)) + t->byte_offset + (size_t)i * ta_elem_size[k], k, conv);
        }
        r = 1;
    }
    heap_scope_close(vm, hs);
    return r;
}

int ta_define_own(VM *vm, JSValue obj, JSValue key, const PropDesc *d, bool throw_on_fail)
{
    uint32_t i;
    bool ok = ta_key_index(vm, val_obj(obj), key, &i) == 1;
    if (ok && (d->has & DESC_HAS_CONFIGURABLE) && !(d->attrs & PROP_CONFIGURABLE)) ok = false;
    if (ok && (d->has & DESC_HAS_ENUMERABLE) && !(d->attrs & PROP_ENUMERABLE)) ok = false;
    if (ok && (d->has & (DESC_HAS_GET | DESC_HAS_SET))) ok = false;
    if (ok && (d->has & DESC_HAS_WRITABLE) && !(d->attrs & PROP_WRITABLE)) ok = false;
    if (!ok) {
        if (!throw_on_fail) return 0;
        char *s = err_describe(vm, key);
        err_throw_type(vm, TypeError, "Cannot redefine property: %s", s ? s : "?");
        free(s);
        return -1;
    }
    if (d->has & DESC_HAS_VALUE) return ta_set_key(vm, obj, key, d->value);
    return 1;
}

/* ---- JIT entry points ------------------------------------------------------- */

JSValue ta_jit_get_elem(JSValue obj, JSValue key)
{
    JSValue v;
    if (val_is_object(obj) && val_is_int(key) && val_int(key) >= 0 && ta_fast_get(obj, (uint32_t)val_int(key), &v))
        return v;
    return VAL_HOLE;
}

int ta_jit_set_elem(JSValue obj, JSValue key, JSValue v)
{
    return val_is_object(obj) && val_is_int(key) && val_int(key) >= 0 && ta_fast_set(obj, (uint32_t)val_int(key), v);
}

/* ---- allocation ------------------------------------------------------------- */

JSValue ta_new_buffer(VM *vm, JSValue proto, double len, double max_len, bool resizable)
{
    if (len > TA_MAX_BYTES || (resizable && max_len > TA_MAX_BYTES))
        return err_throw_type(vm, RangeError, "Array buffer allocation failed");
    HandleScope hs = heap_scope_open(vm);
    JSValue *hp = heap_handle(vm, proto);
    JSValue r = VAL_EXCEPTION;
    Bytes *bytes = (Bytes *)vm_alloc(vm, CELL_BYTES, sizeof(Bytes) + (size_t)len);
    if (!bytes) goto out;
    bytes->length = (uint32_t)len;
    bytes->pad = 0;
    memset(bytes->data, 0, (size_t)len);
    JSValue *hb = heap_handle(vm, val_from_cell(bytes));
    r = obj_new_class(vm, *hp, CLS_ARRAY_BUFFER, sizeof(JSArrayBuffer));
    if (r == VAL_EXCEPTION) goto out;
    JSArrayBuffer *b = ab_of(r);
    b->data = *hb;   /* initialising store into the fresh cell */
    b->byte_length = (uint32_t)len;
    b->max_byte_length = resizable ? (uint32_t)max_len : (uint32_t)len;
    b->flags = resizable ? AB_RESIZABLE : 0;
out:
    heap_scope_close(vm, hs);
    return r;
}

bool ta_buffer_set_length(VM *vm, JSValue buf, uint32_t n)
{
    JSArrayBuffer *b = ab_of(buf);
    uint32_t cap = ((Bytes *)val_cell(b->data))->length;
    if (n > cap) {
        HandleScope hs = heap_scope_open(vm);
        JSValue *hb = heap_handle(vm, buf);
        uint32_t ncap = cap > b->max_byte_length / 2 ? b->max_byte_length : 2 * cap;
        if (ncap < n) ncap = n;
        Bytes *nb = (Bytes *)vm_alloc(vm, CELL_BYTES, sizeof(Bytes) + ncap);
        b = ab_of(*hb);
        heap_scope_close(vm, hs);
        if (!nb) return false;
        nb->length = ncap;
        nb->pad = 0;
        memcpy(nb->data, ab_bytes(b), b->byte_length);
        memset(nb->data + b->byte_length, 0, ncap - b->byte_length);
        heap_store(&vm->heap, &b->obj.hdr, &b->data, val_from_cell(nb));
    } else if (n > b->byte_length) {
        memset(ab_bytes(b) + b->byte_length, 0, n - b->byte_length);   /* bytes past a shrink come back as zeros */
    }
    b->byte_length = n;
    return true;
}

JSValue ta_transfer(VM *vm, JSValue buf, double len, double max_len, bool resizable)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *hold = heap_handle(vm, buf);
    JSValue r = VAL_EXCEPTION;
    Bytes *empty = (Bytes *)vm_alloc(vm, CELL_BYTES, sizeof(Bytes));
    if (!empty) goto out;
    empty->length = 0;
    empty->pad = 0;
    JSValue *he = heap_handle(vm, val_from_cell(empty));
    JSArrayBuffer *old = ab_of(*hold);
    bool move = !resizable && !(old->flags & AB_RESIZABLE) && len == old->byte_length;
    r = ta_new_buffer(vm, vm_intrinsic(vm, INTR_ArrayBufferPrototype), move ? 0 : len, max_len, resizable);
    if (r == VAL_EXCEPTION) goto out;
    JSArrayBuffer *nb = ab_of(r);
    old = ab_of(*hold);
    if (move) {
        heap_store(&vm->heap, &nb->obj.hdr, &nb->data, old->data);
        nb->byte_length = nb->max_byte_length = old->byte_length;
    } else {
        memcpy(ab_bytes(nb), ab_bytes(old), len < old->byte_length ? (size_t)len : old->byte_length);
    }
    /* DetachArrayBuffer: every view now sees length 0 (ta_length_slow) */
    heap_store(&vm->heap, &old->obj.hdr, &old->data, *he);
    old->byte_length = 0;
    old->flags |= AB_DETACHED;
out:
    heap_scope_close(vm, hs);
    return r;
}

JSValue ta_new_view(VM *vm, JSValue proto, ObjClass cls, JSValue buffer, TaKind k, uint32_t byte_offset,
                    uint32_t length, uint16_t flags)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *hb = heap_handle(vm, buffer);
    JSValue r = obj_new_class(vm, proto, cls, sizeof(JSTypedArray));
    if (r != VAL_EXCEPTION) {
        JSTypedArray *t = ta_of(r);
        /* typed arrays get their own shape tree: no IC entry made for an
         * ordinary object can ever apply to one (numeric keys are exotic) */
        if (cls == CLS_TYPED_ARRAY) t->obj.shape = (Shape *)val_cell(vm_intrinsic(vm, INTR_TypedArrayShape));
        t->buffer = *hb;
        t->byte_offset = byte_offset;
        t->length = length;
        t->kind = (uint16_t)k;
        t->flags = flags;
    }
    heap_scope_close(vm, hs);
    return r;
}
