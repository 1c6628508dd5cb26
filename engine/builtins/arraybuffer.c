/*
 * arraybuffer.c -- ArrayBuffer (fixed and resizable), SharedArrayBuffer
 * (fixed and growable) and DataView (prefix bi_arraybuffer_), plus the
 * helpers the typed array files share (bi_ta_*, bi_typedarray.h).  Cells and the backing-store policy are in
 * engine/typedarray.h.
 *
 * SharedArrayBuffer is the same cell with AB_SHARED set.
 * transfer / transferToFixedLength are the only way a buffer detaches.
 * Not here: the BigInt64 DataView accessors (no BigInt).
 */
#include "bi_typedarray.h"

/* ---- shared helpers ---------------------------------------------------------- */

bool bi_ta_to_index(VM *vm, JSValue v, const char *what, double *out)
{
    double d = 0;
    if (v != VAL_UNDEFINED && !rt_to_integer_or_inf(vm, v, &d)) return false;
    if (d < 0 || d > 9007199254740991.0) {
        err_throw_type(vm, RangeError, "%s", what);
        return false;
    }
    *out = d;
    return true;
}

JSValue bi_ta_species_constructor(VM *vm, JSValue obj, JSValue dflt)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *hd = heap_handle(vm, dflt);
    JSValue r = obj_get(vm, obj, vm_atom(vm, ATOM_constructor));
    if (r == VAL_EXCEPTION) goto out;
    if (r == VAL_UNDEFINED) {
        r = *hd;
        goto out;
    }
    if (!val_is_object(r)) {
        r = bi_throw_type(vm, "object.constructor is not an object");
        goto out;
    }
    r = obj_get(vm, r, vm_intrinsic(vm, INTR_SymbolSpecies));
    if (r == VAL_EXCEPTION) goto out;
    if (val_is_nullish(r)) {
        r = *hd;
        goto out;
    }
    if (!rt_is_constructor(r)) r = bi_throw_type(vm, "object.constructor[Symbol.species] is not a constructor");
out:
    heap_scope_close(vm, hs);
    return r;
}

bool bi_ta_define_methods(VM *vm, JSValue obj, const TaMethod *m, size_t n)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *o = heap_handle(vm, obj);
    bool ok = true;
    for (size_t i = 0; i < n && ok; i++) ok = realm_def_method(vm, *o, m[i].name, m[i].fn, m[i].length, 0) >= 0;
    heap_scope_close(vm, hs);
    return ok;
}

bool bi_ta_set_tag(VM *vm, JSValue obj, const char *tag)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *o = heap_handle(vm, obj);
    JSValue t = str_from_cstr(vm, tag);
    bool ok = t != VAL_EXCEPTION &&
              obj_define_value(vm, *o, vm_intrinsic(vm, INTR_SymbolToStringTag), t, PROP_CONFIGURABLE) >= 0;
    heap_scope_close(vm, hs);
    return ok;
}

static JSValue species_getter(VM *vm, JSValue *args, int argc, JSValue nt) { return args[-1]; }

bool bi_ta_add_species(VM *vm, JSValue ctor)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *c = heap_handle(vm, ctor);
    JSValue g = fn_new_native(vm, "get [Symbol.species]", species_getter, 0, 0);
    bool ok = g != VAL_EXCEPTION &&
              obj_define_accessor(vm, *c, vm_intrinsic(vm, INTR_SymbolSpecies), g, VAL_UNDEFINED, PROP_CONFIGURABLE) >= 0;
    heap_scope_close(vm, hs);
    return ok;
}

static JSValue incompatible(VM *vm, JSValue v, const char *method)
{
    char *d = bi_describe(vm, v);
    JSValue r = err_throw_type(vm, TypeError, "Method %s called on incompatible receiver %s", method, d ? d : "value");
    free(d);
    return r;
}

/* ---- ArrayBuffer -------------------------------------------------------------- */

/* this is an ArrayBuffer (shared false) or a SharedArrayBuffer (shared true). */
static bool this_kind(VM *vm, JSValue *args, const char *method, bool shared)
{
    if (obj_is_class(args[-1], CLS_ARRAY_BUFFER) && ab_shared(ab_of(args[-1])) == shared) return true;
    incompatible(vm, args[-1], method);
    return false;
}

static bool this_buffer(VM *vm, JSValue *args, const char *method) { return this_kind(vm, args, method, false); }

/* new ArrayBuffer / new SharedArrayBuffer (length, { maxByteLength }) */
static JSValue buffer_ctor(VM *vm, JSValue *args, int argc, JSValue nt, bool shared)
{
    if (nt == VAL_UNDEFINED)
        return err_throw_type(vm, TypeError, "Constructor %s requires 'new'", shared ? "SharedArrayBuffer" : "ArrayBuffer");
    double len, max = 0;
    if (!bi_ta_to_index(vm, bi_arg(args, argc, 0), "Invalid array buffer length", &len)) return VAL_EXCEPTION;
    bool resizable = false;
    JSValue opts = bi_arg(args, argc, 1);
    if (val_is_object(opts)) {
        JSValue key = atom_from_cstr(vm, "maxByteLength");
        JSValue m = key == VAL_EXCEPTION ? key : obj_get(vm, args[1], key);
        if (m == VAL_EXCEPTION) return m;
        if (m != VAL_UNDEFINED) {
            if (!bi_ta_to_index(vm, m, "Invalid array buffer max length", &max)) return VAL_EXCEPTION;
            resizable = true;
        }
    }
    if (resizable && len > max) return err_throw_type(vm, RangeError, "Invalid array buffer max length");
    JSValue proto = bi_proto_from_ctor(vm, nt, shared ? INTR_SharedArrayBufferPrototype : INTR_ArrayBufferPrototype);
    if (proto == VAL_EXCEPTION) return proto;
    JSValue r = ta_new_buffer(vm, proto, len, max, resizable);
    if (r != VAL_EXCEPTION && shared) ab_of(r)->flags |= AB_SHARED;
    return r;
}

static JSValue ab_ctor(VM *vm, JSValue *args, int argc, JSValue nt) { return buffer_ctor(vm, args, argc, nt, false); }

static JSValue ab_is_view(VM *vm, JSValue *args, int argc, JSValue nt)
{
    JSValue v = bi_arg(args, argc, 0);
    return val_from_bool(obj_is_class(v, CLS_TYPED_ARRAY) || obj_is_class(v, CLS_DATA_VIEW));
}

static JSValue ab_byte_length(VM *vm, JSValue *args, int argc, JSValue nt)
{
    if (!this_buffer(vm, args, "ArrayBuffer.prototype.byteLength")) return VAL_EXCEPTION;
    JSArrayBuffer *b = ab_of(args[-1]);
    return val_number(ab_detached(b) ? 0 : b->byte_length);
}

static JSValue ab_max_byte_length(VM *vm, JSValue *args, int argc, JSValue nt)
{
    if (!this_buffer(vm, args, "ArrayBuffer.prototype.maxByteLength")) return VAL_EXCEPTION;
    JSArrayBuffer *b = ab_of(args[-1]);
    if (ab_detached(b)) return val_from_int(0);
    return val_number((b->flags & AB_RESIZABLE) ? b->max_byte_length : b->byte_length);
}

static JSValue ab_resizable(VM *vm, JSValue *args, int argc, JSValue nt)
{
    if (!this_buffer(vm, args, "ArrayBuffer.prototype.resizable")) return VAL_EXCEPTION;
    return val_from_bool((ab_of(args[-1])->flags & AB_RESIZABLE) != 0);
}

static JSValue ab_resize(VM *vm, JSValue *args, int argc, JSValue nt)
{
    if (!obj_is_class(args[-1], CLS_ARRAY_BUFFER) || !(ab_of(args[-1])->flags & AB_RESIZABLE) || ab_shared(ab_of(args[-1])))
        return incompatible(vm, args[-1], "ArrayBuffer.prototype.resize");
    double len;
    if (!bi_ta_to_index(vm, bi_arg(args, argc, 0), "Invalid array buffer length", &len)) return VAL_EXCEPTION;
    JSArrayBuffer *b = ab_of(args[-1]);
    if (ab_detached(b)) return bi_throw_type(vm, "Cannot perform ArrayBuffer.prototype.resize on a detached ArrayBuffer");
    if (len > b->max_byte_length)
        return err_throw_type(vm, RangeError, "ArrayBuffer.prototype.resize: Invalid length parameter");
    return ta_buffer_set_length(vm, args[-1], (uint32_t)len) ? VAL_UNDEFINED : VAL_EXCEPTION;
}

static JSValue ab_detached_get(VM *vm, JSValue *args, int argc, JSValue nt)
{
    if (!this_buffer(vm, args, "ArrayBuffer.prototype.detached")) return VAL_EXCEPTION;
    return val_from_bool(ab_detached(ab_of(args[-1])));
}

/* ArrayBufferCopyAndDetach(this, newLength, preserve) */
static JSValue transfer(VM *vm, JSValue *args, int argc, bool preserve, const char *method)
{
    if (!this_buffer(vm, args, method)) return VAL_EXCEPTION;
    double len = ab_of(args[-1])->byte_length;
    if (bi_arg(args, argc, 0) != VAL_UNDEFINED &&
        !bi_ta_to_index(vm, args[0], "Invalid array buffer length", &len))
        return VAL_EXCEPTION;
    JSArrayBuffer *b = ab_of(args[-1]);
    if (ab_detached(b)) return err_throw_type(vm, TypeError, "Cannot perform %s on a detached ArrayBuffer", method);
    bool resizable = preserve && (b->flags & AB_RESIZABLE);
    if (resizable && len > b->max_byte_length)
        return err_throw_type(vm, RangeError, "%s: Invalid length parameter", method);
    return ta_transfer(vm, args[-1], len, b->max_byte_length, resizable);
}

static JSValue ab_transfer(VM *vm, JSValue *args, int argc, JSValue nt)
{
    return transfer(vm, args, argc, true, "ArrayBuffer.prototype.transfer");
}

static JSValue ab_transfer_fixed(VM *vm, JSValue *args, int argc, JSValue nt)
{
    return transfer(vm, args, argc, false, "ArrayBuffer.prototype.transferToFixedLength");
}

/* ArrayBuffer.prototype.slice (shared false) / SharedArrayBuffer.prototype.slice */
static JSValue buffer_slice(VM *vm, JSValue *args, int argc, bool shared)
{
    BI_SCOPE;
    const char *method = shared ? "SharedArrayBuffer.prototype.slice" : "ArrayBuffer.prototype.slice";
    if (!this_kind(vm, args, method, shared)) BI_RETURN(VAL_EXCEPTION);
    if (ab_detached(ab_of(args[-1])))
        BI_RETURN(bi_throw_type(vm, "Cannot perform ArrayBuffer.prototype.slice on a detached ArrayBuffer"));
    double len = ab_of(args[-1])->byte_length, first, fin;
    if (!bi_relative_index(vm, bi_arg(args, argc, 0), len, 0, &first)) BI_RETURN(VAL_EXCEPTION);
    if (!bi_relative_index(vm, bi_arg(args, argc, 1), len, len, &fin)) BI_RETURN(VAL_EXCEPTION);
    double new_len = fin > first ? fin - first : 0;
    JSValue c = bi_ta_species_constructor(vm, args[-1], vm_intrinsic(vm, shared ? INTR_SharedArrayBuffer : INTR_ArrayBuffer));
    if (c == VAL_EXCEPTION) BI_RETURN(c);
    JSValue arg = val_number(new_len);
    JSValue nb = vm_construct(vm, c, 1, &arg, c);
    if (nb == VAL_EXCEPTION) BI_RETURN(nb);
    if (!obj_is_class(nb, CLS_ARRAY_BUFFER) || ab_shared(ab_of(nb)) != shared)
        BI_RETURN(err_throw_type(vm, TypeError, "%s: species constructor did not return %s", method,
                                 shared ? "a SharedArrayBuffer" : "an ArrayBuffer"));
    if (ab_detached(ab_of(nb))) BI_RETURN(bi_throw_type(vm, "species constructor returned a detached ArrayBuffer"));
    if (nb == args[-1]) BI_RETURN(bi_throw_type(vm, "ArrayBuffer subclass returned this from species constructor"));
    if (ab_of(nb)->byte_length < new_len) BI_RETURN(bi_throw_type(vm, "Species constructor returned a too-small buffer"));
    JSArrayBuffer *from = ab_of(args[-1]), *to = ab_of(nb);
    if (ab_detached(from)) BI_RETURN(bi_throw_type(vm, "Cannot perform ArrayBuffer.prototype.slice on a detached ArrayBuffer"));
    double cur = from->byte_length;
    if (first < cur) {
        double count = new_len < cur - first ? new_len : cur - first;
        memmove(ab_bytes(to), ab_bytes(from) + (size_t)first, (size_t)count);
    }
    BI_RETURN(nb);
}

static JSValue ab_slice(VM *vm, JSValue *args, int argc, JSValue nt) { return buffer_slice(vm, args, argc, false); }

/* ---- SharedArrayBuffer ---------------------------------------------------------- */

/* One agent: nothing else can see the memory, so "shared" changes only
 * which prototype methods apply (each family rejects the other's buffers),
 * that a growable buffer only grows and never detaches, and Atomics.wait. */

static JSValue sab_ctor(VM *vm, JSValue *args, int argc, JSValue nt) { return buffer_ctor(vm, args, argc, nt, true); }

static JSValue sab_byte_length(VM *vm, JSValue *args, int argc, JSValue nt)
{
    if (!this_kind(vm, args, "SharedArrayBuffer.prototype.byteLength", true)) return VAL_EXCEPTION;
    return val_number(ab_of(args[-1])->byte_length);
}

static JSValue sab_growable(VM *vm, JSValue *args, int argc, JSValue nt)
{
    if (!this_kind(vm, args, "SharedArrayBuffer.prototype.growable", true)) return VAL_EXCEPTION;
    return val_from_bool((ab_of(args[-1])->flags & AB_RESIZABLE) != 0);
}

static JSValue sab_max_byte_length(VM *vm, JSValue *args, int argc, JSValue nt)
{
    if (!this_kind(vm, args, "SharedArrayBuffer.prototype.maxByteLength", true)) return VAL_EXCEPTION;
    JSArrayBuffer *b = ab_of(args[-1]);
    return val_number((b->flags & AB_RESIZABLE) ? b->max_byte_length : b->byte_length);
}

static JSValue sab_grow(VM *vm, JSValue *args, int argc, JSValue nt)
{
    if (!obj_is_class(args[-1], CLS_ARRAY_BUFFER) || !ab_shared(ab_of(args[-1])) || !(ab_of(args[-1])->flags & AB_RESIZABLE))
        return incompatible(vm, args[-1], "SharedArrayBuffer.prototype.grow");
    double len;
    if (!bi_ta_to_index(vm, bi_arg(args, argc, 0), "Invalid array buffer length", &len)) return VAL_EXCEPTION;
    JSArrayBuffer *b = ab_of(args[-1]);
    if (len > b->max_byte_length || len < b->byte_length)
        return err_throw_type(vm, RangeError, "SharedArrayBuffer.prototype.grow: Invalid length parameter");
    return ta_buffer_set_length(vm, args[-1], (uint32_t)len) ? VAL_UNDEFINED : VAL_EXCEPTION;
}

static JSValue sab_slice(VM *vm, JSValue *args, int argc, JSValue nt) { return buffer_slice(vm, args, argc, true); }

/* ---- DataView ------------------------------------------------------------------ */

static JSValue dv_ctor(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    if (nt == VAL_UNDEFINED) BI_RETURN(bi_throw_type(vm, "Constructor DataView requires 'new'"));
    JSValue buf = bi_arg(args, argc, 0);
    if (!obj_is_class(buf, CLS_ARRAY_BUFFER))
        BI_RETURN(bi_throw_type(vm, "First argument to DataView constructor must be an ArrayBuffer"));
    double off, vlen = 0;
    if (!bi_ta_to_index(vm, bi_arg(args, argc, 1), "Start offset is outside the bounds of the buffer", &off))
        BI_RETURN(VAL_EXCEPTION);
    JSArrayBuffer *b = ab_of(args[0]);
    if (ab_detached(b)) BI_RETURN(bi_throw_type(vm, "Cannot perform DataView constructor on a detached ArrayBuffer"));
    if (off > b->byte_length)
        BI_RETURN(err_throw_type(vm, RangeError, "Start offset %.0f is outside the bounds of the buffer", off));
    bool tracking = false;
    if (bi_arg(args, argc, 2) == VAL_UNDEFINED) {
        if (b->flags & AB_RESIZABLE) tracking = true;
        else vlen = b->byte_length - off;
    } else {
        if (!bi_ta_to_index(vm, args[2], "Invalid DataView length", &vlen)) BI_RETURN(VAL_EXCEPTION);
        if (off + vlen > ab_of(args[0])->byte_length)
            BI_RETURN(err_throw_type(vm, RangeError, "Invalid DataView length %.0f", vlen));
    }
    JSValue proto = bi_proto_from_ctor(vm, nt, INTR_DataViewPrototype);
    if (proto == VAL_EXCEPTION) BI_RETURN(proto);
    b = ab_of(args[0]);
    if (ab_detached(b)) BI_RETURN(bi_throw_type(vm, "Cannot perform DataView constructor on a detached ArrayBuffer"));
    if (off > b->byte_length)
        BI_RETURN(err_throw_type(vm, RangeError, "Start offset %.0f is outside the bounds of the buffer", off));
    if (!tracking && argc > 2 && args[2] != VAL_UNDEFINED && off + vlen > b->byte_length)
        BI_RETURN(err_throw_type(vm, RangeError, "Invalid DataView length %.0f", vlen));
    BI_RETURN(ta_new_view(vm, proto, CLS_DATA_VIEW, args[0], TA_Int8, (uint32_t)off, (uint32_t)vlen,
                          tracking ? TA_TRACKING : 0));
}

static bool this_view(VM *vm, JSValue *args, const char *method)
{
    if (obj_is_class(args[-1], CLS_DATA_VIEW)) return true;
    incompatible(vm, args[-1], method);
    return false;
}

static JSValue dv_buffer(VM *vm, JSValue *args, int argc, JSValue nt)
{
    if (!this_view(vm, args, "DataView.prototype.buffer")) return VAL_EXCEPTION;
    return ta_of(args[-1])->buffer;
}

static JSValue dv_byte_length(VM *vm, JSValue *args, int argc, JSValue nt)
{
    if (!this_view(vm, args, "DataView.prototype.byteLength")) return VAL_EXCEPTION;
    if (ta_out_of_bounds(ta_of(args[-1]))) return bi_throw_type(vm, "DataView is out of bounds");
    return val_number(ta_length(ta_of(args[-1])));
}

static JSValue dv_byte_offset(VM *vm, JSValue *args, int argc, JSValue nt)
{
    if (!this_view(vm, args, "DataView.prototype.byteOffset")) return VAL_EXCEPTION;
    if (ta_out_of_bounds(ta_of(args[-1]))) return bi_throw_type(vm, "DataView is out of bounds");
    return val_number(ta_of(args[-1])->byte_offset);
}

static const char *const dv_get_names[TA__COUNT] = {
    "DataView.prototype.getInt8",   "DataView.prototype.getUint8",  "DataView.prototype.getUint8",
    "DataView.prototype.getInt16",  "DataView.prototype.getUint16", "DataView.prototype.getInt32",
    "DataView.prototype.getUint32", "DataView.prototype.getFloat32", "DataView.prototype.getFloat64",
    "DataView.prototype.getFloat16", "DataView.prototype.getBigInt64", "DataView.prototype.getBigUint64",
};
static const char *const dv_set_names[TA__COUNT] = {
    "DataView.prototype.setInt8",   "DataView.prototype.setUint8",  "DataView.prototype.setUint8",
    "DataView.prototype.setInt16",  "DataView.prototype.setUint16", "DataView.prototype.setInt32",
    "DataView.prototype.setUint32", "DataView.prototype.setFloat32", "DataView.prototype.setFloat64",
    "DataView.prototype.setFloat16", "DataView.prototype.setBigInt64", "DataView.prototype.setBigUint64",
};

static void byte_swap(uint8_t *p, size_t n)
{
    for (size_t i = 0; i < n / 2; i++) {
        uint8_t t = p[i];
        p[i] = p[n - 1 - i];
        p[n - 1 - i] = t;
    }
}

static bool host_little_endian(void)
{
    const uint16_t one = 1;
    uint8_t b;
    memcpy(&b, &one, 1);
    return b == 1;
}

/* GetViewValue / SetViewValue (set: value present). */
static JSValue view_access(VM *vm, JSValue *args, int argc, TaKind k, bool set)
{
    if (!this_view(vm, args, set ? dv_set_names[k] : dv_get_names[k])) return VAL_EXCEPTION;
    double idx;
    if (!bi_ta_to_index(vm, bi_arg(args, argc, 0), "Offset is outside the bounds of the DataView", &idx))
        return VAL_EXCEPTION;
    /* ToBigInt / ToNumber; nothing allocates between here and the store */
    JSValue conv = set ? ta_to_element(vm, k, bi_arg(args, argc, 1)) : VAL_UNDEFINED;
    if (conv == VAL_EXCEPTION) return VAL_EXCEPTION;
    bool little = rt_to_boolean(bi_arg(args, argc, set ? 2 : 1));
    JSTypedArray *v = ta_of(args[-1]);
    if (ta_out_of_bounds(v)) return bi_throw_type(vm, "Cannot perform DataView access on an out of bounds view");
    size_t es = ta_elem_size[k];
    if (idx + (double)es > (double)ta_length(v))
        return err_throw_type(vm, RangeError, "Offset is outside the bounds of the DataView");
    uint8_t *p = ab_bytes(ta_buf(v)) + v->byte_offset + (size_t)idx;
    uint8_t tmp[8];
    bool swap = little != host_little_endian();
    if (set) {
        ta_store_element(tmp, k, conv);
        if (swap) byte_swap(tmp, es);
        memcpy(p, tmp, es);
        return VAL_UNDEFINED;
    }
    memcpy(tmp, p, es);
    if (swap) byte_swap(tmp, es);
    return ta_get_value(vm, tmp, k);   /* a BigInt for the BigInt kinds (from tmp: the buffer may move) */
}

#define DV_ACCESSORS(name)                                                       \
    static JSValue dv_get_##name(VM *vm, JSValue *args, int argc, JSValue nt)    \
    {                                                                            \
        return view_access(vm, args, argc, TA_##name, false);                    \
    }                                                                            \
    static JSValue dv_set_##name(VM *vm, JSValue *args, int argc, JSValue nt)    \
    {                                                                            \
        return view_access(vm, args, argc, TA_##name, true);                     \
    }
DV_ACCESSORS(Int8)
DV_ACCESSORS(Uint8)
DV_ACCESSORS(Int16)
DV_ACCESSORS(Uint16)
DV_ACCESSORS(Int32)
DV_ACCESSORS(Uint32)
DV_ACCESSORS(Float32)
DV_ACCESSORS(Float64)
DV_ACCESSORS(Float16)
DV_ACCESSORS(BigInt64)
DV_ACCESSORS(BigUint64)

/* ---- init ------------------------------------------------------------------------ */

bool bi_arraybuffer_init(VM *vm)
{
    HandleScope hs = heap_scope_open(vm);
    bool ok = false;
    JSValue p = obj_new(vm, vm_intrinsic(vm, INTR_ObjectPrototype));
    if (p == VAL_EXCEPTION) goto out;
    vm->intrinsics[INTR_ArrayBufferPrototype] = p;
    JSValue *hp = heap_handle(vm, p);
    JSValue c = realm_def_class(vm, "ArrayBuffer", ab_ctor, 1, *hp);
    if (c == VAL_EXCEPTION) goto out;
    vm->intrinsics[INTR_ArrayBuffer] = c;
    JSValue *hc = heap_handle(vm, c);
    if (realm_def_method(vm, *hc, "isView", ab_is_view, 1, 0) < 0 || !bi_ta_add_species(vm, *hc) ||
        realm_def_getter(vm, *hp, "byteLength", ab_byte_length) < 0 ||
        realm_def_method(vm, *hp, "slice", ab_slice, 2, 0) < 0 ||
        realm_def_getter(vm, *hp, "maxByteLength", ab_max_byte_length) < 0 ||
        realm_def_getter(vm, *hp, "resizable", ab_resizable) < 0 ||
        realm_def_method(vm, *hp, "resize", ab_resize, 1, 0) < 0 ||
        realm_def_getter(vm, *hp, "detached", ab_detached_get) < 0 ||
        realm_def_method(vm, *hp, "transfer", ab_transfer, 0, 0) < 0 ||
        realm_def_method(vm, *hp, "transferToFixedLength", ab_transfer_fixed, 0, 0) < 0 ||
        !bi_ta_set_tag(vm, *hp, "ArrayBuffer"))
        goto out;

    JSValue sp = obj_new(vm, vm_intrinsic(vm, INTR_ObjectPrototype));
    if (sp == VAL_EXCEPTION) goto out;
    vm->intrinsics[INTR_SharedArrayBufferPrototype] = sp;
    JSValue *hsp = heap_handle(vm, sp);
    JSValue sc = realm_def_class(vm, "SharedArrayBuffer", sab_ctor, 1, *hsp);
    if (sc == VAL_EXCEPTION) goto out;
    vm->intrinsics[INTR_SharedArrayBuffer] = sc;
    if (!bi_ta_add_species(vm, sc) || realm_def_getter(vm, *hsp, "byteLength", sab_byte_length) < 0 ||
        realm_def_method(vm, *hsp, "slice", sab_slice, 2, 0) < 0 ||
        realm_def_getter(vm, *hsp, "maxByteLength", sab_max_byte_length) < 0 ||
        realm_def_getter(vm, *hsp, "growable", sab_growable) < 0 ||
        realm_def_method(vm, *hsp, "grow", sab_grow, 1, 0) < 0 || !bi_ta_set_tag(vm, *hsp, "SharedArrayBuffer"))
        goto out;

    JSValue dp = obj_new(vm, vm_intrinsic(vm, INTR_ObjectPrototype));
    if (dp == VAL_EXCEPTION) goto out;
    vm->intrinsics[INTR_DataViewPrototype] = dp;
    JSValue *hdp = heap_handle(vm, dp);
    if (realm_def_class(vm, "DataView", dv_ctor, 1, *hdp) == VAL_EXCEPTION) goto out;
    static const TaMethod dv_methods[] = {
        { "getInt8", dv_get_Int8, 1 },       { "setInt8", dv_set_Int8, 2 },
        { "getUint8", dv_get_Uint8, 1 },     { "setUint8", dv_set_Uint8, 2 },
        { "getInt16", dv_get_Int16, 1 },     { "setInt16", dv_set_Int16, 2 },
        { "getUint16", dv_get_Uint16, 1 },   { "setUint16", dv_set_Uint16, 2 },
        { "getInt32", dv_get_Int32, 1 },     { "setInt32", dv_set_Int32, 2 },
        { "getUint32", dv_get_Uint32, 1 },   { "setUint32", dv_set_Uint32, 2 },
        { "getFloat32", dv_get_Float32, 1 }, { "setFloat32", dv_set_Float32, 2 },
        { "getFloat64", dv_get_Float64, 1 }, { "setFloat64", dv_set_Float64, 2 },
        { "getFloat16", dv_get_Float16, 1 }, { "setFloat16", dv_set_Float16, 2 },
        { "getBigInt64", dv_get_BigInt64, 1 }, { "setBigInt64", dv_set_BigInt64, 2 },
        { "getBigUint64", dv_get_BigUint64, 1 }, { "setBigUint64", dv_set_BigUint64, 2 },
    };
    if (realm_def_getter(vm, *hdp, "buffer", dv_buffer) < 0 ||
        realm_def_getter(vm, *hdp, "byteLength", dv_byte_length) < 0 ||
        realm_def_getter(vm, *hdp, "byteOffset", dv_byte_offset) < 0 ||
        !bi_ta_define_methods(vm, *hdp, dv_methods, sizeof dv_methods / sizeof dv_methods[0]) ||
        !bi_ta_set_tag(vm, *hdp, "DataView"))
        goto out;
    ok = true;
out:
    heap_scope_close(vm, hs);
    return ok;
}
