/*
 * object.c -- the essential internal methods of ordinary objects (prefix
 * obj_): [[Get]], [[Set]], [[DefineOwnProperty]] (ValidateAndApply-
 * PropertyDescriptor), [[HasProperty]], [[Delete]], [[GetPrototypeOf]] /
 * [[SetPrototypeOf]], [[PreventExtensions]], plus the exotic parts of
 * arrays (`length`, index growth; see array.c) and String wrappers (index
 * and length properties read from the internal string).  Key enumeration
 * ([[OwnPropertyKeys]], for-in) lives in object_keys.c.
 *
 * Where a property lives:
 *   integer key, object not OBJ_SPARSE  -> obj->elements (attributes from the
 *                                          object flags: elem_attrs())
 *   any other key                        -> the shape's table + obj->slots
 *   array `length`, String wrapper index/length -> computed (virtual)
 *   typed array element (a valid integer index) -> the buffer's bytes (virtual);
 *   typed arrays' other numeric keys (canonical numeric strings) are handled
 *   by the internal methods (ta_key_index) before any prototype walk
 * obj_find_own classifies a key without allocating; everything else builds on it.
 */
#include "object_internal.h"

#include "arguments.h"
#include "array.h"
#include "error.h"
#include "runtime.h"
#include "shape.h"
#include "private.h"
#include "proxy.h"
#include "typedarray.h"

/* ---- classifying own properties (never allocates) ------------------------ */

bool obj_find_own(VM *vm, const JSObject *o, JSValue key, OwnProp *p)
{
    if (o->cls == CLS_TYPED_ARRAY) {
        uint32_t i;
        int t = ta_key_index(vm, o, key, &i);
        if (t == 1) {
            const JSTypedArray *ta = (const JSTypedArray *)o;
            TaKind k = (TaKind)ta->kind;
            p->kind = OWN_TA_ELEMENT;
            p->attrs = PROP_DEFAULT;
            p->index = i;
            /* BigInt kinds: VAL_HOLE here, own_value makes the BigInt (it allocates) */
            p->value = ta_kind_is_bigint(k) ? VAL_HOLE
                                            : ta_load(ab_bytes(ta_buf(ta)) + ta->byte_offset + (size_t)i * ta_elem_size[k], k);
            return true;
        }
        if (t == 0) return false;
    }
    if (val_is_int(key)) {
        uint32_t i = (uint32_t)val_int(key);
        if (!(o->flags & OBJ_SPARSE)) {
            const ValArray *el = o->elements;
            if (el && i < el->capacity && el->v[i] != VAL_HOLE) {
                p->kind = OWN_ELEMENT;
                p->attrs = elem_attrs(o);
                p->index = i;
                p->value = el->v[i];
                return true;
            }
            if (o->cls == CLS_STRING) goto string_index;
            return false;
        }
        if (o->cls == CLS_STRING) {
        string_index:;
            JSValue s = ((const JSWrapper *)o)->internal;
            if (val_is_string(s) && i < str_length(s)) {
                p->kind = OWN_STRING_CHAR;
                p->attrs = PROP_ENUMERABLE;
                p->index = i;
                p->value = VAL_UNDEFINED;
                return true;
            }
        }
    } else if (key == vm_atom(vm, ATOM_length)) {
        if (o->cls == CLS_ARRAY) {
            p->kind = OWN_ARRAY_LENGTH;
            p->attrs = (o->flags & OBJ_LENGTH_READONLY) ? 0 : PROP_WRITABLE;
            p->index = 0;
            p->value = val_number((double)o->length);
            return true;
        }
        if (o->cls == CLS_STRING && val_is_string(((const JSWrapper *)o)->internal)) {
            p->kind = OWN_STRING_LENGTH;
            p->attrs = 0;
            p->index = 0;
            p->value = val_from_int((int32_t)str_length(((const JSWrapper *)o)->internal));
            return true;
        }
    }
    int32_t e = shape_find(o->shape, key);
    if (e < 0) return false;
    const PropEntry *pe = shape_entry(o->shape, e);
    p->kind = OWN_SLOT;
    p->attrs = pe->attrs;
    p->index = pe->slot;
    p->entry = e;
    p->value = o->slots->v[pe->slot];
    return true;
}

/* The data value of a found property (String wrapper characters allocate). */
static JSValue own_value(VM *vm, JSValue obj, const OwnProp *p)
{
    if (p->kind == OWN_TA_ELEMENT && p->value == VAL_HOLE) {
        const JSTypedArray *ta = (const JSTypedArray *)val_obj(obj);
        TaKind k = (TaKind)ta->kind;
        return ta_get_value(vm, ab_bytes(ta_buf(ta)) + ta->byte_offset + (size_t)p->index * ta_elem_size[k], k);
    }
    if (p->kind != OWN_STRING_CHAR) return p->value;
    JSString *s = str_flatten(vm, ((JSWrapper *)val_obj(obj))->internal);
    if (!s) return VAL_EXCEPTION;
    return str_from_unit(vm, str_unit(s, p->index));
}

/* A key as a malloc'd C string, for error messages. */
static char *key_cstr(VM *vm, JSValue key)
{
    if (val_is_int(key)) {
        char *b = malloc(16);
        if (b) snprintf(b, 16, "%d", val_int(key));
        return b;
    }
    if (val_is_string(key)) return str_to_utf8(vm, key, NULL);
    return err_describe(vm, key);
}

int obj_reject(VM *vm, bool throw_on_fail, int msg, JSValue key)
{
    if (!throw_on_fail) return 0;
    char *s = key_cstr(vm, key);
    err_throw(vm, (ErrorMsg)msg, s ? s : "?");
    free(s);
    return -1;
}

/* ---- creation ------------------------------------------------------------- */

JSValue obj_new_class(VM *vm, JSValue proto, ObjClass cls, size_t size)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *hp = heap_handle(vm, proto);
    JSObject *o = (JSObject *)vm_alloc(vm, CELL_OBJECT, size);
    if (!o) {
        heap_scope_close(vm, hs);
        return VAL_EXCEPTION;
    }
    /* zero bits are a valid JSValue (+0) and a NULL pointer: safe to trace */
    memset((char *)o + sizeof(Cell), 0, size - sizeof(Cell));
    o->shape = vm->empty_shape;
    o->proto = val_is_object(*hp) ? *hp : VAL_NULL;
    o->slots = NULL;
    o->elements = NULL;
    o->cls = (uint16_t)cls;
    o->flags = OBJ_EXTENSIBLE;
    o->length = 0;
    if (val_is_object(*hp)) val_obj(*hp)->flags |= OBJ_IS_PROTO;
    heap_scope_close(vm, hs);
    return val_from_cell(o);
}

JSValue obj_new(VM *vm, JSValue proto)
{
    return obj_new_class(vm, proto, CLS_OBJECT, sizeof(JSObject));
}

/* ---- [[Get]] ---------------------------------------------------------------- */

JSValue obj_get_with_receiver(VM *vm, JSValue obj, JSValue key, JSValue receiver)
{
    JSValue cur = obj;
    OwnProp p;
    for (;;) {
        const JSObject *o = val_obj(cur);
        if (o->cls == CLS_PROXY) return proxy_get(vm, cur, key, receiver);
        if (obj_find_own(vm, o, key, &p)) break;
        if (o->cls == CLS_TYPED_ARRAY && ta_key_index(vm, o, key, &p.index) >= 0) return VAL_UNDEFINED;
        cur = o->proto;
        if (!val_is_object(cur)) return VAL_UNDEFINED;
    }
    if (p.attrs & PROP_ACCESSOR) {
        JSValue getter = ((ValArray *)val_cell(p.value))->v[0];
        if (getter == VAL_UNDEFINED) return VAL_UNDEFINED;
        return vm_call(vm, getter, receiver, 0, NULL);
    }
    return own_value(vm, cur, &p);
}

JSValue obj_get(VM *vm, JSValue obj, JSValue key)
{
    /* own data properties and elements without a call */
    const JSObject *o = val_obj(obj);
    if (val_is_int(key)) {
        const ValArray *el = o->elements;
        uint32_t i = (uint32_t)val_int(key);
        if (el && i < el->capacity && el->v[i] != VAL_HOLE && !(o->flags & OBJ_SPARSE)) return el->v[i];
    } else {
        int32_t e = shape_find(o->shape, key);
        if (e >= 0) {
            const PropEntry *pe = shape_entry(o->shape, e);
            if (!(pe->attrs & PROP_ACCESSOR)) return o->slots->v[pe->slot];
        }
    }
    return obj_get_with_receiver(vm, obj, key, obj);
}

/* ---- [[Set]] (OrdinarySet) ------------------------------------------------ */

/* Store into an existing own writable data property (element or slot). */
static void own_store(VM *vm, JSObject *o, const OwnProp *p, JSValue v)
{
    if (p->kind == OWN_ELEMENT)
        heap_store(&vm->heap, &o->elements->hdr, &o->elements->v[p->index], v);
    else
        heap_store(&vm->heap, &o->slots->hdr, &o->slots->v[p->index], v);
}

static int set_slow(VM *vm, JSValue obj, JSValue key, JSValue value, JSValue receiver)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *hkey = heap_handle(vm, key);
    JSValue *hval = heap_handle(vm, value);
    JSValue *hrecv = heap_handle(vm, receiver);
    int r;
    OwnProp p;
    bool found = false;
    for (JSValue cur = obj; val_is_object(cur); cur = val_obj(cur)->proto) {
        if (val_obj(cur)->cls == CLS_PROXY) {
            r = proxy_set(vm, cur, *hkey, *hval, *hrecv);
            goto done;
        }
        uint32_t ti;
        int t = val_obj(cur)->cls == CLS_TYPED_ARRAY ? ta_key_index(vm, val_obj(cur), key, &ti) : -1;
        if (t >= 0 && cur == *hrecv) {   /* TypedArraySetElement */
            r = ta_set_key(vm, cur, *hkey, *hval);
            goto done;
        }
        if (t == 0) {   /* an invalid index on a typed array: nothing happens, successfully */
            r = 1;
            goto done;
        }
        if (obj_find_own(vm, val_obj(cur), key, &p)) {
            found = true;
            break;
        }
    }
    if (found && (p.attrs & PROP_ACCESSOR)) {
        JSValue setter = ((ValArray *)val_cell(p.value))->v[1];
        if (setter == VAL_UNDEFINED) {
            r = 0;
        } else {
            JSValue res = vm_call(vm, setter, *hrecv, 1, hval);
            r = res == VAL_EXCEPTION ? -1 : 1;
        }
        goto done;
    }
    if ((found && !(p.attrs & PROP_WRITABLE)) || !val_is_object(*hrecv)) {
        r = 0;
        goto done;
    }
    if (val_obj(*hrecv)->cls == CLS_PROXY) {   /* Receiver.[[GetOwnProperty]] / [[DefineOwnProperty]] */
        PropDesc ed;
        int f = obj_get_own_property(vm, *hrecv, *hkey, &ed);
        if (f < 0) {
            r = -1;
        } else if (f > 0) {
            if ((ed.attrs & PROP_ACCESSOR) || !(ed.attrs & PROP_WRITABLE)) {
                r = 0;
            } else {
                PropDesc vd = { *hval, VAL_HOLE, VAL_HOLE, 0, DESC_HAS_VALUE };
                r = obj_define_own(vm, *hrecv, *hkey, &vd, false);
            }
        } else {
            PropDesc cd = { *hval, VAL_HOLE, VAL_HOLE, PROP_DEFAULT,
                            DESC_HAS_VALUE | DESC_HAS_WRITABLE | DESC_HAS_ENUMERABLE | DESC_HAS_CONFIGURABLE };
            r = obj_define_own(vm, *hrecv, *hkey, &cd, false);
        }
        goto done;
    }
    JSObject *ro = val_obj(*hrecv);
    OwnProp rp;
    if (obj_find_own(vm, ro, *hkey, &rp)) {
        if ((rp.attrs & PROP_ACCESSOR) || !(rp.attrs & PROP_WRITABLE)) {
            r = 0;
        } else if (rp.kind == OWN_TA_ELEMENT) {
            PropDesc d = { *hval, VAL_HOLE, VAL_HOLE, 0, DESC_HAS_VALUE };
            r = ta_define_own(vm, *hrecv, *hkey, &d, false);
        } else if (rp.kind == OWN_ARRAY_LENGTH) {
            PropDesc d = { *hval, VAL_HOLE, VAL_HOLE, 0, DESC_HAS_VALUE };
            r = arr_define_length(vm, *hrecv, &d, false);
        } else {
            own_store(vm, ro, &rp, *hval);
            r = 1;
        }
        goto done;
    }
    /* CreateDataProperty(Receiver, P, V) */
    PropDesc d = { *hval, VAL_HOLE, VAL_HOLE, PROP_DEFAULT,
                   DESC_HAS_VALUE | DESC_HAS_WRITABLE | DESC_HAS_ENUMERABLE | DESC_HAS_CONFIGURABLE };
    r = obj_define_own(vm, *hrecv, *hkey, &d, false);
done:
    heap_scope_close(vm, hs);
    return r;
}

int obj_set(VM *vm, JSValue obj, JSValue key, JSValue value, JSValue receiver)
{
    if (receiver == obj) {
        JSObject *o = val_obj(obj);
        if (val_is_int(key)) {
            ValArray *el = o->elements;
            uint32_t i = (uint32_t)val_int(key);
            if (el && !(o->flags & (OBJ_SPARSE | OBJ_FROZEN_ELEMENTS))) {
                if (i < el->capacity && el->v[i] != VAL_HOLE) {
                    heap_store(&vm->heap, &el->hdr, &el->v[i], value);
                    return 1;
                }
            }
        } else {
            int32_t e = shape_find(o->shape, key);
            if (e >= 0) {
                const PropEntry *pe = shape_entry(o->shape, e);
                if ((pe->attrs & (PROP_WRITABLE | PROP_ACCESSOR)) == PROP_WRITABLE) {
                    heap_store(&vm->heap, &o->slots->hdr, &o->slots->v[pe->slot], value);
                    return 1;
                }
            }
        }
    }
    return set_slow(vm, obj, key, value, receiver);
}

/* ---- [[DefineOwnProperty]] ---------------------------------------------- */

static uint32_t merge_attrs(uint32_t attrs, const PropDesc *d, uint32_t mask)
{
    static const uint32_t has_bit[3] = { DESC_HAS_WRITABLE, DESC_HAS_ENUMERABLE, DESC_HAS_CONFIGURABLE };
    static const uint32_t attr_bit[3] = { PROP_WRITABLE, PROP_ENUMERABLE, PROP_CONFIGURABLE };
    for (int i = 0; i < 3; i++) {
        if (!(attr_bit[i] & mask) || !(d->has & has_bit[i])) continue;
        attrs = (attrs & ~attr_bit[i]) | (d->attrs & attr_bit[i]);
    }
    return attrs;
}

/* A fresh AccessorPair from the descriptor (absent halves from old or undefined). */
static JSValue new_pair(VM *vm, const JSValue *hd, uint32_t has, JSValue old_pair_val)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *hold = heap_handle(vm, old_pair_val);
    JSValue pv = valarray_new(vm, 2);
    if (pv != VAL_EXCEPTION) {
        ValArray *pair = (ValArray *)val_cell(pv);
        ValArray *old = val_is_cell(*hold) ? (ValArray *)val_cell(*hold) : NULL;
        pair->v[0] = (has & DESC_HAS_GET) ? hd[1] : old ? old->v[0] : VAL_UNDEFINED;
        pair->v[1] = (has & DESC_HAS_SET) ? hd[2] : old ? old->v[1] : VAL_UNDEFINED;
        pair->count = 2;
    }
    heap_scope_close(vm, hs);
    return pv;
}

/* Add a property that does not exist yet (the object is extensible). */
static int add_new(VM *vm, JSValue *hobj, JSValue key, const JSValue *hd, const PropDesc *d)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *hkey = heap_handle(vm, key);
    uint32_t attrs = merge_attrs(0, d, PROP_ENUMERABLE | PROP_CONFIGURABLE);
    JSValue v;
    if (d->has & (DESC_HAS_GET | DESC_HAS_SET)) {
        attrs |= PROP_ACCESSOR;
        v = new_pair(vm, hd, d->has, VAL_UNDEFINED);
        if (v == VAL_EXCEPTION) goto fail;
    } else {
        attrs = merge_attrs(attrs, d, PROP_WRITABLE);
        v = (d->has & DESC_HAS_VALUE) ? hd[0] : VAL_UNDEFINED;
    }
    if (val_is_int(*hkey) && !(val_obj(*hobj)->flags & OBJ_SPARSE)) {
        if (attrs == PROP_DEFAULT) {
            int r = arr_put_element(vm, hobj, (uint32_t)val_int(*hkey), v);
            heap_scope_close(vm, hs);
            return r < 0 ? -1 : 1;
        }
        JSValue *hv = heap_handle(vm, v);
        if (arr_make_sparse(vm, hobj) < 0) goto fail;
        v = *hv;
    }
    if (!shape_add_property(vm, hobj, *hkey, attrs, v)) goto fail;
    heap_scope_close(vm, hs);
    return 1;
fail:
    heap_scope_close(vm, hs);
    return -1;
}

/* Apply new attributes (and later a value) to an existing element or slot. */
static int change_attrs(VM *vm, JSValue *hobj, JSValue key, const OwnProp *p, uint32_t na)
{
    if (p->kind == OWN_ELEMENT) {
        HandleScope hs = heap_scope_open(vm);
        JSValue *hkey = heap_handle(vm, key);
        int r = arr_make_sparse(vm, hobj);
        if (r >= 0) {
            int32_t e = shape_find(val_obj(*hobj)->shape, *hkey);
            r = shape_set_attrs(vm, hobj, e, na) ? 1 : -1;
        }
        heap_scope_close(vm, hs);
        return r;
    }
    return shape_set_attrs(vm, hobj, p->entry, na) ? 1 : -1;
}

/* OrdinaryDefineOwnProperty on *hobj; hd[0..2] are the rooted value,
 * getter and setter of d. */
static int define_ordinary(VM *vm, JSValue *hobj, JSValue *hkey, const JSValue *hd, const PropDesc *d, bool thr)
{
    JSObject *o = val_obj(*hobj);
    OwnProp cur;
    if (!obj_find_own(vm, o, *hkey, &cur)) {
        if (!(o->flags & OBJ_EXTENSIBLE)) return obj_reject(vm, thr, ERRMSG_NOT_EXTENSIBLE, *hkey);
        return add_new(vm, hobj, *hkey, hd, d);
    }
    uint32_t has = d->has;
    if (!has) return 1;
    bool cur_acc = (cur.attrs & PROP_ACCESSOR) != 0;
    bool d_acc = (has & (DESC_HAS_GET | DESC_HAS_SET)) != 0;
    bool d_data = (has & (DESC_HAS_VALUE | DESC_HAS_WRITABLE)) != 0;
    bool kind_change = (d_acc || d_data) && d_acc != cur_acc;

    /* ValidateAndApplyPropertyDescriptor: validation */
    if (!(cur.attrs & PROP_CONFIGURABLE)) {
        if ((has & DESC_HAS_CONFIGURABLE) && (d->attrs & PROP_CONFIGURABLE)) goto reject;
        if ((has & DESC_HAS_ENUMERABLE) && ((d->attrs ^ cur.attrs) & PROP_ENUMERABLE)) goto reject;
        if (kind_change) goto reject;
        if (cur_acc) {
            ValArray *pair = (ValArray *)val_cell(cur.value);
            if ((has & DESC_HAS_GET) && !rt_same_value(hd[1], pair->v[0])) goto reject;
            if ((has & DESC_HAS_SET) && !rt_same_value(hd[2], pair->v[1])) goto reject;
        } else if (!(cur.attrs & PROP_WRITABLE)) {
            if ((has & DESC_HAS_WRITABLE) && (d->attrs & PROP_WRITABLE)) goto reject;
            if (has & DESC_HAS_VALUE) {
                JSValue cv = own_value(vm, *hobj, &cur);
                if (cv == VAL_EXCEPTION) return -1;
                if (!rt_same_value(hd[0], cv)) goto reject;
            }
        }
    }
    /* virtual properties are non-configurable and read-only: nothing to apply */
    if (cur.kind == OWN_STRING_CHAR || cur.kind == OWN_STRING_LENGTH || cur.kind == OWN_ARRAY_LENGTH ||
        cur.kind == OWN_TA_ELEMENT)
        return 1;

    /* apply */
    uint32_t na;
    JSValue nv = VAL_HOLE;
    if (kind_change) {
        na = merge_attrs(cur.attrs & (PROP_ENUMERABLE | PROP_CONFIGURABLE), d, PROP_ENUMERABLE | PROP_CONFIGURABLE);
        if (d_acc) {
            na |= PROP_ACCESSOR;
            nv = new_pair(vm, hd, has, VAL_UNDEFINED);
            if (nv == VAL_EXCEPTION) return -1;
        } else {
            na = merge_attrs(na, d, PROP_WRITABLE);
            nv = (has & DESC_HAS_VALUE) ? hd[0] : VAL_UNDEFINED;
        }
    } else if (cur_acc) {
        na = merge_attrs(cur.attrs, d, PROP_ENUMERABLE | PROP_CONFIGURABLE);
        if (has & (DESC_HAS_GET | DESC_HAS_SET)) {
            nv = new_pair(vm, hd, has, cur.value);
            if (nv == VAL_EXCEPTION) return -1;
        }
    } else {
        na = merge_attrs(cur.attrs, d, PROP_WRITABLE | PROP_ENUMERABLE | PROP_CONFIGURABLE);
        if (has & DESC_HAS_VALUE) nv = hd[0];
    }
    HandleScope hs = heap_scope_open(vm);
    JSValue *hnv = heap_handle(vm, nv);
    if (na != cur.attrs && change_attrs(vm, hobj, *hkey, &cur, na) < 0) {
        heap_scope_close(vm, hs);
        return -1;
    }
    if (*hnv != VAL_HOLE) {
        /* the property may have moved to the shape (sparse / dictionary) */
        o = val_obj(*hobj);
        if (obj_find_own(vm, o, *hkey, &cur)) own_store(vm, o, &cur, *hnv);
    }
    heap_scope_close(vm, hs);
    return 1;
reject:
    return obj_reject(vm, thr, ERRMSG_REDEFINE, *hkey);
}

static int define_own_ordinary(VM *vm, JSValue obj, JSValue key, const PropDesc *desc, bool throw_on_fail);

/* [[DefineOwnProperty]] of a mapped arguments element (ECMA-262 10.4.4.2):
 * the ordinary definition, then the parameter follows a new value or is
 * unmapped by an accessor or a non-writable definition. */
static int define_mapped_arg(VM *vm, JSValue obj, JSValue key, const PropDesc *desc, bool throw_on_fail, int mi)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *hobj = heap_handle(vm, obj);
    JSValue *hold = heap_handle(vm, args_param_load(vm, obj, (uint32_t)mi, VAL_UNDEFINED));
    PropDesc d = *desc;
    JSValue *hval = heap_handle(vm, d.value);
    bool accessor = (d.has & (DESC_HAS_GET | DESC_HAS_SET)) != 0;
    bool readonly = !accessor && (d.has & DESC_HAS_WRITABLE) && !(d.attrs & PROP_WRITABLE);
    if (readonly && !(d.has & DESC_HAS_VALUE)) {
        d.value = *hval = *hold;
        d.has |= DESC_HAS_VALUE;
    }
    int r = define_own_ordinary(vm, *hobj, key, &d, throw_on_fail);
    if (r > 0 && (accessor || readonly))
        args_unmap(vm, *hobj, (uint32_t)mi, accessor ? *hold : *hval);
    heap_scope_close(vm, hs);
    return r;
}

int obj_define_own(VM *vm, JSValue obj, JSValue key, const PropDesc *desc, bool throw_on_fail)
{
    JSObject *o = val_obj(obj);
    if (o->cls == CLS_PROXY) return proxy_define_own(vm, obj, key, desc, throw_on_fail);
    int mi = args_mapped_index(o, key);
    if (mi >= 0) return define_mapped_arg(vm, obj, key, desc, throw_on_fail, mi);
    return define_own_ordinary(vm, obj, key, desc, throw_on_fail);
}

static int define_own_ordinary(VM *vm, JSValue obj, JSValue key, const PropDesc *desc, bool throw_on_fail)
{
    JSObject *o = val_obj(obj);
    /* fast path: a new element with default attributes on a dense object */
    if (val_is_int(key) && (desc->has & (DESC_HAS_VALUE | DESC_HAS_WRITABLE | DESC_HAS_ENUMERABLE |
                                         DESC_HAS_CONFIGURABLE)) == (DESC_HAS_VALUE | DESC_HAS_WRITABLE |
                                                                     DESC_HAS_ENUMERABLE | DESC_HAS_CONFIGURABLE) &&
        (desc->attrs & PROP_DEFAULT) == PROP_DEFAULT && !(o->flags & OBJ_SPARSE) && (o->flags & OBJ_EXTENSIBLE) &&
        o->cls != CLS_STRING) {
        uint32_t i = (uint32_t)val_int(key);
        ValArray *el = o->elements;
        bool grows = o->cls == CLS_ARRAY && i >= o->length;
        if (el && i < el->capacity && !(grows && (o->flags & OBJ_LENGTH_READONLY))) {
            heap_store(&vm->heap, &el->hdr, &el->v[i], desc->value);
            if (grows) o->length = i + 1;
            return 1;
        }
    }

    uint32_t ti;
    if (o->cls == CLS_TYPED_ARRAY && ta_key_index(vm, o, key, &ti) >= 0)
        return ta_define_own(vm, obj, key, desc, throw_on_fail);

    HandleScope hs = heap_scope_open(vm);
    JSValue *hobj = heap_handle(vm, obj);
    JSValue *hkey = heap_handle(vm, key);
    JSValue *hd = heap_handle(vm, desc->value);
    heap_handle(vm, desc->getter);
    heap_handle(vm, desc->setter);
    int r;
    if (o->cls == CLS_ARRAY) {
        if (key == vm_atom(vm, ATOM_length)) {
            PropDesc d = *desc;
            d.value = hd[0];
            r = arr_define_length(vm, *hobj, &d, throw_on_fail);
            goto done;
        }
        uint32_t i;
        if (shape_key_index(key, &i)) {
            if (i >= o->length && (o->flags & OBJ_LENGTH_READONLY)) {
                r = obj_reject(vm, throw_on_fail, ERRMSG_REDEFINE, key);
                goto done;
            }
            r = define_ordinary(vm, hobj, hkey, hd, desc, throw_on_fail);
            o = val_obj(*hobj);
            if (r == 1 && i >= o->length) o->length = i + 1;
            goto done;
        }
    }
    r = define_ordinary(vm, hobj, hkey, hd, desc, throw_on_fail);
done:
    heap_scope_close(vm, hs);
    return r;
}

int obj_define_value(VM *vm, JSValue obj, JSValue key, JSValue value, uint32_t attrs)
{
    JSObject *o = val_obj(obj);
    /* fast path: a new named property on an extensible ordinary object */
    bool plain_key = !val_is_int(key) && (o->flags & OBJ_EXTENSIBLE) &&
                     !(key == vm_atom(vm, ATOM_length) && (o->cls == CLS_ARRAY || o->cls == CLS_STRING));
    /* faster: a cached transition from the object's shape (no lookup of the key, no allocation) */
    if (plain_key && shape_add_cached(vm, obj, key, attrs & PROP_DEFAULT, value)) return 1;
    if (plain_key && shape_find(o->shape, key) < 0) {
        HandleScope hs = heap_scope_open(vm);
        JSValue *hobj = heap_handle(vm, obj);
        bool ok = shape_add_property(vm, hobj, key, attrs & PROP_DEFAULT, value);
        heap_scope_close(vm, hs);
        return ok ? 1 : -1;
    }
    PropDesc d = { value, VAL_HOLE, VAL_HOLE, attrs,
                   DESC_HAS_VALUE | DESC_HAS_WRITABLE | DESC_HAS_ENUMERABLE | DESC_HAS_CONFIGURABLE };
    return obj_define_own(vm, obj, key, &d, true);
}

int obj_define_accessor(VM *vm, JSValue obj, JSValue key, JSValue getter, JSValue setter, uint32_t attrs)
{
    PropDesc d = { VAL_HOLE, getter, setter, attrs, DESC_HAS_ENUMERABLE | DESC_HAS_CONFIGURABLE };
    if (getter != VAL_UNDEFINED && getter != VAL_HOLE) d.has |= DESC_HAS_GET;
    if (setter != VAL_UNDEFINED && setter != VAL_HOLE) d.has |= DESC_HAS_SET;
    if (!(d.has & (DESC_HAS_GET | DESC_HAS_SET))) {
        d.has |= DESC_HAS_GET | DESC_HAS_SET;
        d.getter = d.setter = VAL_UNDEFINED;
    }
    return obj_define_own(vm, obj, key, &d, true);
}

/* ---- queries -------------------------------------------------------------- */

int obj_get_own_property(VM *vm, JSValue obj, JSValue key, PropDesc *out)
{
    /* defined when absent too: callers root the fields before a GC can run */
    *out = (PropDesc){ VAL_HOLE, VAL_HOLE, VAL_HOLE, 0, 0 };
    if (val_obj(obj)->cls == CLS_PROXY) return proxy_get_own_property(vm, obj, key, out);
    OwnProp p;
    if (!obj_find_own(vm, val_obj(obj), key, &p)) return 0;
    out->attrs = p.attrs & (PROP_WRITABLE | PROP_ENUMERABLE | PROP_CONFIGURABLE | PROP_ACCESSOR);
    if (p.attrs & PROP_ACCESSOR) {
        ValArray *pair = (ValArray *)val_cell(p.value);
        out->value = VAL_HOLE;
        out->getter = pair->v[0];
        out->setter = pair->v[1];
        out->attrs &= ~(uint32_t)PROP_WRITABLE;
        out->has = DESC_HAS_GET | DESC_HAS_SET | DESC_HAS_ENUMERABLE | DESC_HAS_CONFIGURABLE;
        return 1;
    }
    JSValue v = own_value(vm, obj, &p);
    if (v == VAL_EXCEPTION) return -1;
    out->value = v;
    out->getter = out->setter = VAL_HOLE;
    out->has = DESC_HAS_VALUE | DESC_HAS_WRITABLE | DESC_HAS_ENUMERABLE | DESC_HAS_CONFIGURABLE;
    return 1;
}

int obj_has_own(VM *vm, JSValue obj, JSValue key)
{
    if (val_obj(obj)->cls == CLS_PROXY) {
        PropDesc d;
        return proxy_get_own_property(vm, obj, key, &d);
    }
    OwnProp p;
    return obj_find_own(vm, val_obj(obj), key, &p) ? 1 : 0;
}

int obj_has_property(VM *vm, JSValue obj, JSValue key)
{
    OwnProp p;
    for (JSValue cur = obj; val_is_object(cur); cur = val_obj(cur)->proto) {
        if (val_obj(cur)->cls == CLS_PROXY) return proxy_has(vm, cur, key);
        if (obj_find_own(vm, val_obj(cur), key, &p)) return 1;
        if (val_obj(cur)->cls == CLS_TYPED_ARRAY && ta_key_index(vm, val_obj(cur), key, &p.index) >= 0) return 0;
    }
    return 0;
}

/* ---- [[Delete]] ------------------------------------------------------------ */

int obj_delete(VM *vm, JSValue obj, JSValue key)
{
    JSObject *o = val_obj(obj);
    OwnProp p;
    if (o->cls == CLS_PROXY) return proxy_delete(vm, obj, key);
    if (o->cls == CLS_TYPED_ARRAY && ta_key_index(vm, o, key, &p.index) >= 0)
        return ta_key_index(vm, o, key, &p.index) == 1 ? 0 : 1;   /* elements cannot be deleted */
    if (!obj_find_own(vm, o, key, &p)) return 1;
    if (!(p.attrs & PROP_CONFIGURABLE)) return 0;
    int mi = args_mapped_index(o, key);   /* the parameter keeps its value, unmapped */
    if (mi >= 0) args_unmap(vm, obj, (uint32_t)mi, p.value);
    if (p.kind == OWN_ELEMENT) {
        heap_store(&vm->heap, &o->elements->hdr, &o->elements->v[p.index], VAL_HOLE);
        return 1;
    }
    HandleScope hs = heap_scope_open(vm);
    JSValue *h = heap_handle(vm, obj);
    bool ok = shape_remove_property(vm, h, p.entry);
    heap_scope_close(vm, hs);
    return ok ? 1 : -1;
}

/* ---- prototype and extensibility ------------------------------------------ */

JSValue obj_get_proto(VM *vm, JSValue obj)
{
    JSObject *o = val_obj(obj);
    return o->cls == CLS_PROXY ? proxy_get_proto(vm, obj) : o->proto;
}

int obj_is_extensible(VM *vm, JSValue obj)
{
    JSObject *o = val_obj(obj);
    if (o->cls == CLS_PROXY) return proxy_is_extensible(vm, obj);
    return (o->flags & OBJ_EXTENSIBLE) ? 1 : 0;
}

int obj_set_proto(VM *vm, JSValue obj, JSValue proto)
{
    JSObject *o = val_obj(obj);
    if (o->cls == CLS_PROXY) return proxy_set_proto(vm, obj, proto);
    if (!val_is_object(proto)) proto = VAL_NULL;
    if (o->proto == proto) return 1;
    if (!(o->flags & OBJ_EXTENSIBLE)) return 0;
    /* %Object.prototype% is an immutable prototype exotic object */
    if (obj == vm_intrinsic(vm, INTR_ObjectPrototype)) return 0;
    /* the cycle check stops at a proxy (its own proto field is null) */
    for (JSValue p = proto; val_is_object(p); p = val_obj(p)->proto)
        if (p == obj) return 0;
    arr_protos_touched(vm, o);
    heap_store(&vm->heap, &o->hdr, &o->proto, proto);
    if (o->flags & OBJ_IS_PROTO) vm->proto_epoch++;
    if (val_is_object(proto)) val_obj(proto)->flags |= OBJ_IS_PROTO;
    return 1;
}

int obj_prevent_extensions(VM *vm, JSValue obj)
{
    if (val_obj(obj)->cls == CLS_PROXY) return proxy_prevent_extensions(vm, obj);
    val_obj(obj)->flags &= (uint16_t)~OBJ_EXTENSIBLE;
    return 1;
}

/* SetIntegrityLevel: sealed (freeze = false) or frozen. */
int obj_freeze(VM *vm, JSValue obj, bool freeze)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *h = heap_handle(vm, obj);
    int r = 1;
    if (freeze) args_unmap_all(vm, *h);   /* non-writable elements unmap their parameters */
    JSObject *o = val_obj(*h);
    o->flags &= (uint16_t)~OBJ_EXTENSIBLE;
    if (o->cls == CLS_TYPED_ARRAY && ta_length((const JSTypedArray *)o) > 0) {
        /* its elements cannot be made non-configurable: DefinePropertyOrThrow fails */
        heap_scope_close(vm, hs);
        err_throw_type(vm, TypeError, "Cannot %s array buffer views with elements", freeze ? "freeze" : "seal");
        return -1;
    }
    if (!(o->flags & OBJ_SPARSE))
        o->flags |= freeze ? OBJ_FROZEN_ELEMENTS : OBJ_SEALED_ELEMENTS;
    if (o->cls == CLS_ARRAY && freeze) o->flags |= OBJ_LENGTH_READONLY;
    /* named (and sparse indexed) properties: one dictionary, attributes in place */
    Shape *s = o->shape;
    bool change = false;
    for (uint32_t i = 0; s->table && i < s->table->count && !change; i++) {
        PropEntry *e = &s->table->entries[i];
        if (e->key == VAL_HOLE || priv_is_name(e->key)) continue;   /* private elements stay as they are */
        uint32_t na = e->attrs & ~(uint32_t)PROP_CONFIGURABLE;
        if (freeze && !(na & PROP_ACCESSOR)) na &= ~(uint32_t)PROP_WRITABLE;
        change = na != e->attrs;
    }
    if (change) {
        if (!shape_make_dict(vm, h)) {
            r = -1;
        } else {
            s = val_obj(*h)->shape;
            for (uint32_t i = 0; i < s->table->count; i++) {
                PropEntry *e = &s->table->entries[i];
                if (e->key == VAL_HOLE || priv_is_name(e->key)) continue;
                e->attrs &= ~(uint32_t)PROP_CONFIGURABLE;
                if (freeze && !(e->attrs & PROP_ACCESSOR)) e->attrs &= ~(uint32_t)PROP_WRITABLE;
            }
            if (val_obj(*h)->flags & OBJ_IS_PROTO) vm->proto_epoch++;
        }
    }
    heap_scope_close(vm, hs);
    return r;
}

/* TestIntegrityLevel: 1 if sealed (frozen = false) / frozen, else 0. */
int obj_is_frozen(VM *vm, JSValue obj, bool frozen)
{
    JSObject *o = val_obj(obj);
    if (o->flags & OBJ_EXTENSIBLE) return 0;
    if (o->cls == CLS_TYPED_ARRAY && ta_length((const JSTypedArray *)o) > 0) return 0;
    if (!(o->flags & OBJ_SPARSE) && o->elements &&
        !(o->flags & (frozen ? OBJ_FROZEN_ELEMENTS : (OBJ_FROZEN_ELEMENTS | OBJ_SEALED_ELEMENTS)))) {
        for (uint32_t i = 0; i < o->elements->capacity; i++)
            if (o->elements->v[i] != VAL_HOLE) return 0;
    }
    if (frozen && o->cls == CLS_ARRAY && !(o->flags & OBJ_LENGTH_READONLY)) return 0;
    Shape *s = o->shape;
    for (uint32_t i = 0; s->table && i < s->table->count; i++) {
        PropEntry *e = &s->table->entries[i];
        if (e->key == VAL_HOLE || priv_is_name(e->key)) continue;
        if (e->attrs & PROP_CONFIGURABLE) return 0;
        if (frozen && !(e->attrs & PROP_ACCESSOR) && (e->attrs & PROP_WRITABLE)) return 0;
    }
    (void)vm;
    return 1;
}
