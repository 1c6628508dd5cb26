/*
 * object.c -- the Object constructor, its static functions and
 * Object.prototype (prefix bi_object_; file-local helpers unprefixed).
 * Property descriptors are converted here (ToPropertyDescriptor /
 * FromPropertyDescriptor); the object model itself is engine/object.c.
 */
#include "bi_internal.h"
#include "proxy.h"

/* ---- descriptors ---------------------------------------------------------- */

/* Throws "<prefix><description of v>" as a TypeError. */
static JSValue throw_with_value(VM *vm, const char *prefix, JSValue v)
{
    char *d = bi_describe(vm, v);
    JSValue r = err_throw_type(vm, TypeError, "%s%s", prefix, d ? d : "?");
    free(d);
    return r;
}

/* One field of ToPropertyDescriptor: HasProperty, then Get.  1 with the
 * value in *v (unrooted), 0 absent, -1 exception. */
static int desc_field(VM *vm, JSValue *o, AtomId atom, JSValue *v)
{
    int h = obj_has_property(vm, *o, vm_atom(vm, atom));
    if (h <= 0) return h;
    *v = obj_get(vm, *o, vm_atom(vm, atom));
    return *v == VAL_EXCEPTION ? -1 : 1;
}

/* ToPropertyDescriptor.  The values in *out are only valid until the next
 * allocation unless the caller roots them. */
static bool to_property_descriptor(VM *vm, JSValue attrs, PropDesc *out)
{
    if (!val_is_object(attrs)) {
        throw_with_value(vm, "Property description must be an object: ", attrs);
        return false;
    }
    HandleScope hs = heap_scope_open(vm);
    JSValue *o = heap_handle(vm, attrs);
    JSValue *val = heap_handle(vm, VAL_HOLE), *get = heap_handle(vm, VAL_HOLE), *set = heap_handle(vm, VAL_HOLE);
    uint32_t has = 0, flags = 0;
    /* the fields in the spec's order: enumerable, configurable, value,
     * writable, get, set; the boolean ones set attr when truthy, the others
     * land in *slot (accessors must be callable or undefined) */
    const struct { AtomId atom; uint32_t has, attr; JSValue *slot; const char *not_callable; } fields[] = {
        { ATOM_enumerable, DESC_HAS_ENUMERABLE, PROP_ENUMERABLE, NULL, NULL },
        { ATOM_configurable, DESC_HAS_CONFIGURABLE, PROP_CONFIGURABLE, NULL, NULL },
        { ATOM_value, DESC_HAS_VALUE, 0, val, NULL },
        { ATOM_writable, DESC_HAS_WRITABLE, PROP_WRITABLE, NULL, NULL },
        { ATOM_get, DESC_HAS_GET, 0, get, "Getter must be a function: " },
        { ATOM_set, DESC_HAS_SET, 0, set, "Setter must be a function: " },
    };
    bool ok = false;
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
        JSValue v;
        int h = desc_field(vm, o, fields[i].atom, &v);
        if (h < 0) goto out;
        if (!h) continue;
        has |= fields[i].has;
        if (!fields[i].slot) {
            if (rt_to_boolean(v)) flags |= fields[i].attr;
            continue;
        }
        if (fields[i].not_callable && v != VAL_UNDEFINED && !rt_is_callable(v)) {
            throw_with_value(vm, fields[i].not_callable, v);
            goto out;
        }
        *fields[i].slot = v;
    }
    if ((has & (DESC_HAS_GET | DESC_HAS_SET)) && (has & (DESC_HAS_VALUE | DESC_HAS_WRITABLE))) {
        bi_throw_type(vm, "Invalid property descriptor. Cannot both specify accessors and a value or writable attribute, #<Object>");
        goto out;
    }
    if (has & (DESC_HAS_GET | DESC_HAS_SET)) flags |= PROP_ACCESSOR;
    out->value = *val;
    out->getter = *get;
    out->setter = *set;
    out->attrs = flags;
    out->has = has;
    ok = true;
out:
    heap_scope_close(vm, hs);
    return ok;
}

static JSValue from_property_descriptor(VM *vm, const PropDesc *d)
{
    BI_SCOPE;
    JSValue *v = heap_handle(vm, d->value == VAL_HOLE ? VAL_UNDEFINED : d->value);
    JSValue *g = heap_handle(vm, d->getter == VAL_HOLE ? VAL_UNDEFINED : d->getter);
    JSValue *s = heap_handle(vm, d->setter == VAL_HOLE ? VAL_UNDEFINED : d->setter);
    uint32_t attrs = d->attrs;
    JSValue o = obj_new(vm, vm_intrinsic(vm, INTR_ObjectPrototype));
    if (o == VAL_EXCEPTION) BI_RETURN(o);
    JSValue *ho = heap_handle(vm, o);
    bool ok;
    if (attrs & PROP_ACCESSOR) {
        ok = obj_define_value(vm, *ho, vm_atom(vm, ATOM_get), *g, PROP_DEFAULT) >= 0 &&
             obj_define_value(vm, *ho, vm_atom(vm, ATOM_set), *s, PROP_DEFAULT) >= 0;
    } else {
        ok = obj_define_value(vm, *ho, vm_atom(vm, ATOM_value), *v, PROP_DEFAULT) >= 0 &&
             obj_define_value(vm, *ho, vm_atom(vm, ATOM_writable), val_from_bool(attrs & PROP_WRITABLE),
                              PROP_DEFAULT) >= 0;
    }
    ok = ok &&
         obj_define_value(vm, *ho, vm_atom(vm, ATOM_enumerable), val_from_bool(attrs & PROP_ENUMERABLE),
                          PROP_DEFAULT) >= 0 &&
         obj_define_value(vm, *ho, vm_atom(vm, ATOM_configurable), val_from_bool(attrs & PROP_CONFIGURABLE),
                          PROP_DEFAULT) >= 0;
    BI_RETURN(ok ? *ho : VAL_EXCEPTION);
}

/* ObjectDefineProperties(O, Properties) */
static bool define_properties(VM *vm, JSValue obj, JSValue props_in)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *o = heap_handle(vm, obj);
    bool ok = false;
    PropDesc *descs = NULL;
    JSValue props = rt_to_object(vm, props_in);
    if (props == VAL_EXCEPTION) goto out;
    JSValue *p = heap_handle(vm, props);
    JSValue keys = obj_own_keys(vm, *p, OWNKEYS_STRINGS | OWNKEYS_SYMBOLS);
    if (keys == VAL_EXCEPTION) goto out;
    JSValue *hk = heap_handle(vm, keys);
    uint32_t n = val_obj(*hk)->length, nd = 0;
    descs = calloc(n ? n : 1, sizeof *descs);
    JSValue **roots = calloc(n ? n : 1, sizeof *roots);   /* per descriptor: key, value, get, set */
    if (!descs || !roots) {
        free(roots);
        err_throw(vm, ERRMSG_OUT_OF_MEMORY);
        goto out;
    }
    for (uint32_t i = 0; i < n; i++) {
        JSValue key = bi_key_at(vm, *hk, i);
        if (key == VAL_EXCEPTION) goto fail;
        JSValue *k = heap_handle(vm, key);
        PropDesc own;
        int has = obj_get_own_property(vm, *p, *k, &own);
        if (has < 0) goto fail;
        if (!has || !(own.attrs & PROP_ENUMERABLE)) continue;
        JSValue dv = obj_get(vm, *p, *k);
        if (dv == VAL_EXCEPTION) goto fail;
        PropDesc d;
        if (!to_property_descriptor(vm, dv, &d)) goto fail;
        roots[nd] = k;
        heap_handle(vm, d.value);
        heap_handle(vm, d.getter);
        heap_handle(vm, d.setter);
        descs[nd++] = d;
    }
    for (uint32_t i = 0; i < nd; i++) {
        JSValue *k = roots[i];
        descs[i].value = k[1];
        descs[i].getter = k[2];
        descs[i].setter = k[3];
        if (obj_define_own(vm, *o, *k, &descs[i], true) < 0 || err_pending(vm)) goto fail;
    }
    ok = true;
fail:
    free(roots);
out:
    free(descs);
    heap_scope_close(vm, hs);
    return ok;
}

bool bi_to_property_descriptor(VM *vm, JSValue attrs, PropDesc *out)
{
    return to_property_descriptor(vm, attrs, out);
}

JSValue bi_from_property_descriptor(VM *vm, const PropDesc *d)
{
    return from_property_descriptor(vm, d);
}

/* ---- the constructor and statics ---------------------------------------- */

static JSValue object_ctor(VM *vm, JSValue *args, int argc, JSValue new_target)
{
    BI_SCOPE;
    if (new_target != VAL_UNDEFINED && new_target != vm_intrinsic(vm, INTR_Object)) {
        JSValue proto = bi_proto_from_ctor(vm, new_target, INTR_ObjectPrototype);
        if (proto == VAL_EXCEPTION) BI_RETURN(proto);
        BI_RETURN(obj_new(vm, proto));
    }
    JSValue v = bi_arg(args, argc, 0);
    if (val_is_nullish(v)) BI_RETURN(obj_new(vm, vm_intrinsic(vm, INTR_ObjectPrototype)));
    BI_RETURN(rt_to_object(vm, v));
}

static JSValue object_create(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    JSValue proto = bi_arg(args, argc, 0);
    if (!val_is_object(proto) && proto != VAL_NULL)
        BI_RETURN(throw_with_value(vm, "Object prototype may only be an Object or null: ", proto));
    JSValue o = obj_new(vm, proto);
    if (o == VAL_EXCEPTION) BI_RETURN(o);
    JSValue *ho = heap_handle(vm, o);
    if (bi_arg(args, argc, 1) != VAL_UNDEFINED && !define_properties(vm, *ho, args[1])) BI_RETURN(VAL_EXCEPTION);
    BI_RETURN(*ho);
}

/* kind: 0 keys, 1 values, 2 entries (EnumerableOwnProperties) */
static JSValue enumerable_own(VM *vm, JSValue v, int kind)
{
    BI_SCOPE;
    JSValue obj = rt_to_object(vm, v);
    if (obj == VAL_EXCEPTION) BI_RETURN(obj);
    JSValue *o = heap_handle(vm, obj);
    /* a proxy's keys are checked once, below ([[GetOwnProperty]] is observable) */
    bool filtered = kind == 0 || !val_is_proxy(*o);
    JSValue keys = bi_own_keys(vm, *o, OWNKEYS_STRINGS | (filtered ? OWNKEYS_ENUMERABLE_ONLY : 0));
    if (keys == VAL_EXCEPTION || kind == 0) BI_RETURN(keys);
    JSValue *hk = heap_handle(vm, keys);
    JSValue res = arr_new(vm, 0);
    if (res == VAL_EXCEPTION) BI_RETURN(res);
    JSValue *hr = heap_handle(vm, res);
    uint32_t n = val_obj(*hk)->length;
    HandleScope iter_mark = heap_scope_open(vm);   /* handles of one iteration */
    for (uint32_t i = 0; i < n; i++) {
        heap_scope_close(vm, iter_mark);
        JSValue key = bi_get_index(vm, *hk, i);
        if (key == VAL_EXCEPTION) BI_RETURN(key);
        JSValue *k = heap_handle(vm, key);
        JSValue pk = atom_to_key(vm, *k);
        if (pk == VAL_EXCEPTION) BI_RETURN(pk);
        JSValue *hpk = heap_handle(vm, pk);
        PropDesc d;
        int has = obj_get_own_property(vm, *o, *hpk, &d);
        if (has < 0) BI_RETURN(VAL_EXCEPTION);
        if (!has || !(d.attrs & PROP_ENUMERABLE)) continue;
        JSValue val = obj_get(vm, *o, *hpk);
        if (val == VAL_EXCEPTION) BI_RETURN(val);
        if (kind == 2) {
            JSValue *pair = heap_handle(vm, *k);   /* arr_new_from needs rooted values */
            heap_handle(vm, val);
            val = arr_new_from(vm, pair, 2);
            if (val == VAL_EXCEPTION) BI_RETURN(val);
        }
        if (arr_push(vm, *hr, val) < 0) BI_RETURN(VAL_EXCEPTION);
    }
    BI_RETURN(*hr);
}

static JSValue object_keys(VM *vm, JSValue *args, int argc, JSValue nt)
{
    return enumerable_own(vm, bi_arg(args, argc, 0), 0);
}
static JSValue object_values(VM *vm, JSValue *args, int argc, JSValue nt)
{
    return enumerable_own(vm, bi_arg(args, argc, 0), 1);
}
static JSValue object_entries(VM *vm, JSValue *args, int argc, JSValue nt)
{
    return enumerable_own(vm, bi_arg(args, argc, 0), 2);
}

static JSValue object_define_property(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    if (!val_is_object(bi_arg(args, argc, 0))) BI_RETURN(bi_throw_type(vm, "Object.defineProperty called on non-object"));
    JSValue key = rt_to_property_key(vm, bi_arg(args, argc, 1));
    if (key == VAL_EXCEPTION) BI_RETURN(key);
    JSValue *k = heap_handle(vm, key);
    PropDesc d;
    if (!to_property_descriptor(vm, bi_arg(args, argc, 2), &d)) BI_RETURN(VAL_EXCEPTION);
    if (obj_define_own(vm, args[0], *k, &d, true) < 0 || err_pending(vm)) BI_RETURN(VAL_EXCEPTION);
    BI_RETURN(args[0]);
}

static JSValue object_define_properties(VM *vm, JSValue *args, int argc, JSValue nt)
{
    if (!val_is_object(bi_arg(args, argc, 0))) return bi_throw_type(vm, "Object.defineProperties called on non-object");
    if (!define_properties(vm, args[0], bi_arg(args, argc, 1))) return VAL_EXCEPTION;
    return args[0];
}

static JSValue object_get_own_property_descriptor(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    JSValue obj = rt_to_object(vm, bi_arg(args, argc, 0));
    if (obj == VAL_EXCEPTION) BI_RETURN(obj);
    JSValue *o = heap_handle(vm, obj);
    JSValue key = rt_to_property_key(vm, bi_arg(args, argc, 1));
    if (key == VAL_EXCEPTION) BI_RETURN(key);
    PropDesc d;
    int has = obj_get_own_property(vm, *o, key, &d);
    if (has < 0) BI_RETURN(VAL_EXCEPTION);
    if (!has) BI_RETURN(VAL_UNDEFINED);
    BI_RETURN(from_property_descriptor(vm, &d));
}

static JSValue object_get_own_property_descriptors(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    JSValue obj = rt_to_object(vm, bi_arg(args, argc, 0));
    if (obj == VAL_EXCEPTION) BI_RETURN(obj);
    JSValue *o = heap_handle(vm, obj);
    JSValue keys = obj_own_keys(vm, *o, OWNKEYS_STRINGS | OWNKEYS_SYMBOLS);
    if (keys == VAL_EXCEPTION) BI_RETURN(keys);
    JSValue *hk = heap_handle(vm, keys);
    JSValue res = obj_new(vm, vm_intrinsic(vm, INTR_ObjectPrototype));
    if (res == VAL_EXCEPTION) BI_RETURN(res);
    JSValue *hr = heap_handle(vm, res);
    uint32_t n = val_obj(*hk)->length;
    HandleScope iter_mark = heap_scope_open(vm);   /* handles of one iteration */
    for (uint32_t i = 0; i < n; i++) {
        heap_scope_close(vm, iter_mark);
        JSValue *k = heap_handle(vm, bi_key_at(vm, *hk, i));
        PropDesc d;
        int has = obj_get_own_property(vm, *o, *k, &d);
        if (has < 0) BI_RETURN(VAL_EXCEPTION);
        if (!has) continue;
        JSValue dv = from_property_descriptor(vm, &d);
        if (dv == VAL_EXCEPTION || obj_define_value(vm, *hr, *k, dv, PROP_DEFAULT) < 0) BI_RETURN(VAL_EXCEPTION);
    }
    BI_RETURN(*hr);
}

static JSValue own_keys_of(VM *vm, JSValue v, int flags)
{
    BI_SCOPE;
    JSValue obj = rt_to_object(vm, v);
    if (obj == VAL_EXCEPTION) BI_RETURN(obj);
    BI_RETURN(bi_own_keys(vm, obj, flags));
}

static JSValue object_get_own_property_names(VM *vm, JSValue *args, int argc, JSValue nt)
{
    return own_keys_of(vm, bi_arg(args, argc, 0), OWNKEYS_STRINGS);
}

static JSValue object_get_own_property_symbols(VM *vm, JSValue *args, int argc, JSValue nt)
{
    return own_keys_of(vm, bi_arg(args, argc, 0), OWNKEYS_SYMBOLS);
}

static JSValue object_get_prototype_of(VM *vm, JSValue *args, int argc, JSValue nt)
{
    JSValue obj = rt_to_object(vm, bi_arg(args, argc, 0));
    if (obj == VAL_EXCEPTION) return obj;
    return obj_get_proto(vm, obj);
}

/* Shared by setPrototypeOf and the __proto__ setter. */
static JSValue set_proto_checked(VM *vm, JSValue obj, JSValue proto)
{
    /* Object.prototype is an immutable prototype exotic object */
    if (obj == vm_intrinsic(vm, INTR_ObjectPrototype) && proto != val_obj(obj)->proto)
        return bi_throw_type(vm, "Immutable prototype object 'Object.prototype' cannot have their prototype set");
    BI_SCOPE;
    JSValue *ho = heap_handle(vm, obj);
    int r = obj_set_proto(vm, obj, proto);
    if (r < 0) BI_RETURN(VAL_EXCEPTION);
    obj = *ho;
    if (r == 0 && val_is_proxy(obj))
        BI_RETURN(bi_throw_type(vm, "'setPrototypeOf' on proxy: trap returned falsish"));
    if (r == 0) {
        if (!(val_obj(obj)->flags & OBJ_EXTENSIBLE)) {
            char *d = bi_describe(vm, obj);
            JSValue e = err_throw_type(vm, TypeError, "%s is not extensible", d ? d : "object");
            free(d);
            BI_RETURN(e);
        }
        BI_RETURN(err_throw(vm, ERRMSG_CYCLIC_PROTO));
    }
    BI_RETURN(obj);
}

static JSValue object_set_prototype_of(VM *vm, JSValue *args, int argc, JSValue nt)
{
    JSValue o = bi_arg(args, argc, 0), proto = bi_arg(args, argc, 1);
    if (val_is_nullish(o)) return bi_throw_type(vm, "Object.setPrototypeOf called on null or undefined");
    if (!val_is_object(proto) && proto != VAL_NULL)
        return throw_with_value(vm, "Object prototype may only be an Object or null: ", proto);
    if (!val_is_object(o)) return o;
    return set_proto_checked(vm, o, proto);
}

static JSValue object_assign(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    JSValue to = rt_to_object(vm, bi_arg(args, argc, 0));
    if (to == VAL_EXCEPTION) BI_RETURN(to);
    JSValue *t = heap_handle(vm, to);
    for (int a = 1; a < argc; a++) {
        if (val_is_nullish(args[a])) continue;
        JSValue from = rt_to_object(vm, args[a]);
        if (from == VAL_EXCEPTION) BI_RETURN(from);
        JSValue *f = heap_handle(vm, from);
        JSValue keys = obj_own_keys(vm, *f, OWNKEYS_STRINGS | OWNKEYS_SYMBOLS);
        if (keys == VAL_EXCEPTION) BI_RETURN(keys);
        JSValue *hk = heap_handle(vm, keys);
        uint32_t n = val_obj(*hk)->length;
        HandleScope iter_mark = heap_scope_open(vm);   /* handles of one iteration */
        for (uint32_t i = 0; i < n; i++) {
            heap_scope_close(vm, iter_mark);
            JSValue *k = heap_handle(vm, bi_key_at(vm, *hk, i));
            PropDesc d;
            int has = obj_get_own_property(vm, *f, *k, &d);
            if (has < 0) BI_RETURN(VAL_EXCEPTION);
            if (!has || !(d.attrs & PROP_ENUMERABLE)) continue;
            JSValue v = obj_get(vm, *f, *k);
            if (v == VAL_EXCEPTION) BI_RETURN(v);
            if (rt_set(vm, *t, *k, v, true) < 0) BI_RETURN(VAL_EXCEPTION);
        }
    }
    BI_RETURN(*t);
}

/* SetIntegrityLevel: frozen when freeze, else sealed. */
static bool set_integrity(VM *vm, JSValue obj, bool freeze)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *o = heap_handle(vm, obj);
    bool ok = false;
    int pe = obj_prevent_extensions(vm, *o);
    if (pe < 0) goto out;
    if (pe == 0) {
        bi_throw_type(vm, "'preventExtensions' on proxy: trap returned falsish");
        goto out;
    }
    JSValue keys = obj_own_keys(vm, *o, OWNKEYS_STRINGS | OWNKEYS_SYMBOLS);
    if (keys == VAL_EXCEPTION) goto out;
    JSValue *hk = heap_handle(vm, keys);
    uint32_t n = val_obj(*hk)->length;
    HandleScope iter_mark = heap_scope_open(vm);   /* handles of one iteration */
    for (uint32_t i = 0; i < n; i++) {
        heap_scope_close(vm, iter_mark);
        JSValue *k = heap_handle(vm, bi_key_at(vm, *hk, i));
        PropDesc d = { .value = VAL_HOLE, .getter = VAL_HOLE, .setter = VAL_HOLE, .attrs = 0,
                       .has = DESC_HAS_CONFIGURABLE };
        if (freeze) {   /* sealing defines without asking (a proxy sees no getOwnPropertyDescriptor) */
            PropDesc cur;
            int has = obj_get_own_property(vm, *o, *k, &cur);
            if (has < 0) goto out;
            if (!has) continue;
            if (!(cur.attrs & PROP_ACCESSOR)) d.has |= DESC_HAS_WRITABLE;
        }
        if (obj_define_own(vm, *o, *k, &d, true) < 0 || err_pending(vm)) goto out;
    }
    ok = true;
out:
    heap_scope_close(vm, hs);
    return ok;
}

/* TestIntegrityLevel: 1 / 0 / -1 */
static int test_integrity(VM *vm, JSValue obj, bool frozen)
{
    if (!val_is_object(obj)) return 1;
    HandleScope hs = heap_scope_open(vm);
    JSValue *o = heap_handle(vm, obj);
    int r = obj_is_extensible(vm, *o);
    if (r != 0) {
        heap_scope_close(vm, hs);
        return r < 0 ? -1 : 0;
    }
    r = -1;
    JSValue keys = obj_own_keys(vm, *o, OWNKEYS_STRINGS | OWNKEYS_SYMBOLS);
    if (keys == VAL_EXCEPTION) goto out;
    JSValue *hk = heap_handle(vm, keys);
    uint32_t n = val_obj(*hk)->length;
    r = 1;
    for (uint32_t i = 0; i < n && r == 1; i++) {
        JSValue k = bi_key_at(vm, *hk, i);
        PropDesc d;
        int has = obj_get_own_property(vm, *o, k, &d);
        if (has < 0) {
            r = -1;
            break;
        }
        if (!has) continue;
        if (d.attrs & PROP_CONFIGURABLE) r = 0;
        if (frozen && !(d.attrs & PROP_ACCESSOR) && (d.attrs & PROP_WRITABLE)) r = 0;
    }
out:
    heap_scope_close(vm, hs);
    return r;
}

static JSValue object_freeze(VM *vm, JSValue *args, int argc, JSValue nt)
{
    JSValue o = bi_arg(args, argc, 0);
    if (!val_is_object(o)) return o;
    if (!set_integrity(vm, o, true)) return VAL_EXCEPTION;
    return args[0];
}

static JSValue object_seal(VM *vm, JSValue *args, int argc, JSValue nt)
{
    JSValue o = bi_arg(args, argc, 0);
    if (!val_is_object(o)) return o;
    if (!set_integrity(vm, o, false)) return VAL_EXCEPTION;
    return args[0];
}

static JSValue object_is_frozen(VM *vm, JSValue *args, int argc, JSValue nt)
{
    int r = test_integrity(vm, bi_arg(args, argc, 0), true);
    return r < 0 ? VAL_EXCEPTION : val_from_bool(r);
}

static JSValue object_is_sealed(VM *vm, JSValue *args, int argc, JSValue nt)
{
    int r = test_integrity(vm, bi_arg(args, argc, 0), false);
    return r < 0 ? VAL_EXCEPTION : val_from_bool(r);
}

static JSValue object_prevent_extensions(VM *vm, JSValue *args, int argc, JSValue nt)
{
    JSValue o = bi_arg(args, argc, 0);
    if (!val_is_object(o)) return o;
    int r = obj_prevent_extensions(vm, o);
    if (r < 0) return VAL_EXCEPTION;
    if (r == 0) return bi_throw_type(vm, "'preventExtensions' on proxy: trap returned falsish");
    return args[0];
}

static JSValue object_is_extensible(VM *vm, JSValue *args, int argc, JSValue nt)
{
    JSValue o = bi_arg(args, argc, 0);
    if (!val_is_object(o)) return VAL_FALSE;
    int r = obj_is_extensible(vm, o);
    return r < 0 ? VAL_EXCEPTION : val_from_bool(r);
}

static JSValue object_is(VM *vm, JSValue *args, int argc, JSValue nt)
{
    return val_from_bool(rt_same_value(bi_arg(args, argc, 0), bi_arg(args, argc, 1)));
}

static JSValue object_has_own(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    JSValue obj = rt_to_object(vm, bi_arg(args, argc, 0));
    if (obj == VAL_EXCEPTION) BI_RETURN(obj);
    JSValue *o = heap_handle(vm, obj);
    JSValue key = rt_to_property_key(vm, bi_arg(args, argc, 1));
    if (key == VAL_EXCEPTION) BI_RETURN(key);
    int r = obj_has_own(vm, *o, key);
    BI_RETURN(r < 0 ? VAL_EXCEPTION : val_from_bool(r));
}

static JSValue object_from_entries(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    JSValue it_src = bi_arg(args, argc, 0);
    if (val_is_nullish(it_src)) {
        char *d = bi_describe(vm, it_src);
        JSValue r = err_throw(vm, ERRMSG_NOT_ITERABLE, d ? d : "value");
        free(d);
        BI_RETURN(r);
    }
    JSValue res = obj_new(vm, vm_intrinsic(vm, INTR_ObjectPrototype));
    if (res == VAL_EXCEPTION) BI_RETURN(res);
    JSValue *hr = heap_handle(vm, res);
    JSValue iter = rt_get_iterator(vm, args[0]);
    if (iter == VAL_EXCEPTION) BI_RETURN(iter);
    JSValue *hi = heap_handle(vm, iter);
    JSValue next = obj_get(vm, *hi, vm_atom(vm, ATOM_next));
    if (next == VAL_EXCEPTION) BI_RETURN(next);
    JSValue *hn = heap_handle(vm, next);
    HandleScope iter_mark = heap_scope_open(vm);   /* handles of one iteration */
    for (;;) {
        heap_scope_close(vm, iter_mark);
        bool done = false;
        JSValue entry = rt_iterator_step(vm, *hi, *hn, &done);
        if (entry == VAL_EXCEPTION) BI_RETURN(entry);
        if (done) break;
        JSValue *kv = bi_entry_pair(vm, entry);
        if (!kv) goto close;
        JSValue key = rt_to_property_key(vm, kv[0]);
        if (key == VAL_EXCEPTION) goto close;
        if (obj_define_value(vm, *hr, key, kv[1], PROP_DEFAULT) < 0) goto close;
    }
    BI_RETURN(*hr);
close:
    rt_iterator_close_quiet(vm, *hi);   /* keeps the pending exception */
    BI_RETURN(VAL_EXCEPTION);
}

/* ---- Object.prototype ------------------------------------------------------ */

static JSValue proto_has_own_property(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    JSValue key = rt_to_property_key(vm, bi_arg(args, argc, 0));
    if (key == VAL_EXCEPTION) BI_RETURN(key);
    JSValue *k = heap_handle(vm, key);
    JSValue obj = rt_to_object(vm, args[-1]);
    if (obj == VAL_EXCEPTION) BI_RETURN(obj);
    int r = obj_has_own(vm, obj, *k);
    BI_RETURN(r < 0 ? VAL_EXCEPTION : val_from_bool(r));
}

static JSValue proto_is_prototype_of(VM *vm, JSValue *args, int argc, JSValue nt)
{
    JSValue v = bi_arg(args, argc, 0);
    if (!val_is_object(v)) return VAL_FALSE;
    JSValue obj = rt_to_object(vm, args[-1]);
    if (obj == VAL_EXCEPTION) return obj;
    BI_SCOPE;
    JSValue *ho = heap_handle(vm, obj);
    int r = rt_proto_chain_has(vm, args[0], ho);
    BI_RETURN(r < 0 ? VAL_EXCEPTION : val_from_bool(r));
}

static JSValue proto_property_is_enumerable(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    JSValue key = rt_to_property_key(vm, bi_arg(args, argc, 0));
    if (key == VAL_EXCEPTION) BI_RETURN(key);
    JSValue *k = heap_handle(vm, key);
    JSValue obj = rt_to_object(vm, args[-1]);
    if (obj == VAL_EXCEPTION) BI_RETURN(obj);
    PropDesc d;
    int has = obj_get_own_property(vm, obj, *k, &d);
    if (has < 0) BI_RETURN(VAL_EXCEPTION);
    BI_RETURN(val_from_bool(has && (d.attrs & PROP_ENUMERABLE)));
}

static const char *builtin_tag(JSValue o)
{
    switch ((ObjClass)val_obj(o)->cls) {
    case CLS_ARRAY: return "Array";
    case CLS_ARGUMENTS: return "Arguments";
    case CLS_FUNCTION: return "Function";
    case CLS_ERROR: return "Error";
    case CLS_BOOLEAN: return "Boolean";
    case CLS_NUMBER: return "Number";
    case CLS_STRING: return "String";
    case CLS_DATE: return "Date";
    case CLS_REGEXP: return "RegExp";
    case CLS_OBJECT:
    case CLS_SYMBOL:
    case CLS_BIGINT:
    case CLS_ARRAY_ITERATOR:
    case CLS_STRING_ITERATOR:
    case CLS_FOR_IN:
    case CLS_MAP:
    case CLS_SET:
    case CLS_WEAKMAP:
    case CLS_WEAKSET:
    case CLS_PROMISE:
    case CLS_GENERATOR:
    case CLS_ARRAY_BUFFER:
    case CLS_TYPED_ARRAY:
    case CLS_DATA_VIEW:
    case CLS_WEAKREF:
    case CLS_FINREG:
    case CLS_PROXY:
    case CLS_ITER_HELPER:
    case CLS__COUNT:
        break;
    }
    return "Object";
}

JSValue bi_object_to_string(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    JSValue t = args[-1];
    if (t == VAL_UNDEFINED) BI_RETURN(bi_str(vm, "[object Undefined]"));
    if (t == VAL_NULL) BI_RETURN(bi_str(vm, "[object Null]"));
    JSValue obj = rt_to_object(vm, t);
    if (obj == VAL_EXCEPTION) BI_RETURN(obj);
    JSValue *o = heap_handle(vm, obj);
    int isa = rt_is_array(vm, *o);   /* through proxies; before the tag is read */
    if (isa < 0) BI_RETURN(VAL_EXCEPTION);
    JSValue tag = obj_get(vm, *o, vm_intrinsic(vm, INTR_SymbolToStringTag));
    if (tag == VAL_EXCEPTION) BI_RETURN(tag);
    StrBuilder b;
    sb_init(&b);
    sb_add_cstr(&b, "[object ");
    if (val_is_string(tag))
        sb_add_string(vm, &b, tag);
    else
        sb_add_cstr(&b, isa ? "Array" : proxy_is_callable(*o) ? "Function" : builtin_tag(*o));
    sb_add_unit(&b, ']');
    BI_RETURN(sb_finish(vm, &b));
}

static JSValue proto_to_locale_string(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    JSValue f = rt_get_value(vm, args[-1], vm_atom(vm, ATOM_toString));
    if (f == VAL_EXCEPTION) BI_RETURN(f);
    if (!rt_is_callable(f)) BI_RETURN(bi_throw_type(vm, "toString is not a function"));
    BI_RETURN(vm_call(vm, f, args[-1], 0, NULL));
}

static JSValue proto_value_of(VM *vm, JSValue *args, int argc, JSValue nt)
{
    return rt_to_object(vm, args[-1]);
}

static JSValue proto_get_proto(VM *vm, JSValue *args, int argc, JSValue nt)
{
    JSValue obj = rt_to_object(vm, args[-1]);
    if (obj == VAL_EXCEPTION) return obj;
    return obj_get_proto(vm, obj);
}

static JSValue proto_set_proto(VM *vm, JSValue *args, int argc, JSValue nt)
{
    JSValue t = args[-1], proto = bi_arg(args, argc, 0);
    if (val_is_nullish(t)) return err_throw(vm, ERRMSG_NULL_TO_OBJECT);
    if ((!val_is_object(proto) && proto != VAL_NULL) || !val_is_object(t)) return VAL_UNDEFINED;
    JSValue r = set_proto_checked(vm, t, proto);
    return r == VAL_EXCEPTION ? r : VAL_UNDEFINED;
}

/* __defineGetter__ / __defineSetter__ (Annex B) */
static JSValue define_accessor_legacy(VM *vm, JSValue *args, int argc, bool getter)
{
    BI_SCOPE;
    JSValue obj = rt_to_object(vm, args[-1]);
    if (obj == VAL_EXCEPTION) BI_RETURN(obj);
    JSValue *o = heap_handle(vm, obj);
    if (!rt_is_callable(bi_arg(args, argc, 1)))
        BI_RETURN(bi_throw_type(vm, getter ? "Object.prototype.__defineGetter__: Expecting function"
                                           : "Object.prototype.__defineSetter__: Expecting function"));
    JSValue key = rt_to_property_key(vm, bi_arg(args, argc, 0));
    if (key == VAL_EXCEPTION) BI_RETURN(key);
    PropDesc d = { .value = VAL_HOLE, .getter = getter ? args[1] : VAL_HOLE, .setter = getter ? VAL_HOLE : args[1],
                   .attrs = PROP_ACCESSOR | PROP_ENUMERABLE | PROP_CONFIGURABLE,
                   .has = (getter ? DESC_HAS_GET : DESC_HAS_SET) | DESC_HAS_ENUMERABLE | DESC_HAS_CONFIGURABLE };
    if (obj_define_own(vm, *o, key, &d, true) < 0 || err_pending(vm)) BI_RETURN(VAL_EXCEPTION);
    BI_RETURN(VAL_UNDEFINED);
}

static JSValue proto_define_getter(VM *vm, JSValue *args, int argc, JSValue nt)
{
    return define_accessor_legacy(vm, args, argc, true);
}
static JSValue proto_define_setter(VM *vm, JSValue *args, int argc, JSValue nt)
{
    return define_accessor_legacy(vm, args, argc, false);
}

static JSValue lookup_accessor_legacy(VM *vm, JSValue *args, int argc, bool getter)
{
    BI_SCOPE;
    JSValue obj = rt_to_object(vm, args[-1]);
    if (obj == VAL_EXCEPTION) BI_RETURN(obj);
    JSValue *o = heap_handle(vm, obj);
    JSValue key = rt_to_property_key(vm, bi_arg(args, argc, 0));
    if (key == VAL_EXCEPTION) BI_RETURN(key);
    JSValue *k = heap_handle(vm, key);
    while (val_is_object(*o)) {
        PropDesc d;
        int has = obj_get_own_property(vm, *o, *k, &d);
        if (has < 0) BI_RETURN(VAL_EXCEPTION);
        if (has) {
            if (!(d.attrs & PROP_ACCESSOR)) BI_RETURN(VAL_UNDEFINED);
            JSValue f = getter ? d.getter : d.setter;
            BI_RETURN(f == VAL_HOLE ? VAL_UNDEFINED : f);
        }
        JSValue p = obj_get_proto(vm, *o);
        if (p == VAL_EXCEPTION) BI_RETURN(p);
        *o = p;
    }
    BI_RETURN(VAL_UNDEFINED);
}

static JSValue proto_lookup_getter(VM *vm, JSValue *args, int argc, JSValue nt)
{
    return lookup_accessor_legacy(vm, args, argc, true);
}
static JSValue proto_lookup_setter(VM *vm, JSValue *args, int argc, JSValue nt)
{
    return lookup_accessor_legacy(vm, args, argc, false);
}

/* ---- init ------------------------------------------------------------------ */

typedef struct MethodDef {
    const char *name;
    NativeFn fn;
    int length;
} MethodDef;

/* Object.groupBy(items, callback): GroupBy with property keys into a
 * null-prototype object.  Accumulating in the object itself gives the
 * spec's order: integer keys ascending, then first-seen order. */
static JSValue group_object_new(VM *vm) { return obj_new(vm, VAL_NULL); }

static int group_object_add(VM *vm, JSValue *slot)
{
    PropDesc d;
    int found = obj_get_own_property(vm, slot[0], slot[1], &d);
    if (found < 0) return -1;
    if (found) return arr_push(vm, d.value, slot[2]);
    JSValue g = arr_new_from(vm, slot + 2, 1);
    return g == VAL_EXCEPTION ? -1 : obj_define_value(vm, slot[0], slot[1], g, PROP_DEFAULT);
}

static JSValue object_group_by(VM *vm, JSValue *args, int argc, JSValue nt)
{
    static const BiGroupBy how = { "Object.groupBy", true, group_object_new, group_object_add };
    return bi_group_by(vm, args, argc, &how);
}

static const MethodDef object_statics[] = {
    { "create", object_create, 2 },
    { "keys", object_keys, 1 },
    { "values", object_values, 1 },
    { "entries", object_entries, 1 },
    { "defineProperty", object_define_property, 3 },
    { "defineProperties", object_define_properties, 2 },
    { "getOwnPropertyDescriptor", object_get_own_property_descriptor, 2 },
    { "getOwnPropertyDescriptors", object_get_own_property_descriptors, 1 },
    { "getOwnPropertyNames", object_get_own_property_names, 1 },
    { "getOwnPropertySymbols", object_get_own_property_symbols, 1 },
    { "getPrototypeOf", object_get_prototype_of, 1 },
    { "setPrototypeOf", object_set_prototype_of, 2 },
    { "assign", object_assign, 2 },
    { "freeze", object_freeze, 1 },
    { "isFrozen", object_is_frozen, 1 },
    { "seal", object_seal, 1 },
    { "isSealed", object_is_sealed, 1 },
    { "preventExtensions", object_prevent_extensions, 1 },
    { "isExtensible", object_is_extensible, 1 },
    { "is", object_is, 2 },
    { "hasOwn", object_has_own, 2 },
    { "fromEntries", object_from_entries, 1 }, { "groupBy", object_group_by, 2 },
};

static const MethodDef object_proto_methods[] = {
    { "hasOwnProperty", proto_has_own_property, 1 },
    { "isPrototypeOf", proto_is_prototype_of, 1 },
    { "propertyIsEnumerable", proto_property_is_enumerable, 1 },
    { "toString", bi_object_to_string, 0 },
    { "toLocaleString", proto_to_locale_string, 0 },
    { "valueOf", proto_value_of, 0 },
    { "__defineGetter__", proto_define_getter, 2 },
    { "__defineSetter__", proto_define_setter, 2 },
    { "__lookupGetter__", proto_lookup_getter, 1 },
    { "__lookupSetter__", proto_lookup_setter, 1 },
};

bool bi_object_init(VM *vm)
{
    HandleScope hs = heap_scope_open(vm);
    bool ok = false;
    JSValue *proto = heap_handle(vm, vm_intrinsic(vm, INTR_ObjectPrototype));
    JSValue ctor = realm_def_class(vm, "Object", object_ctor, 1, *proto);
    if (ctor == VAL_EXCEPTION) goto out;
    JSValue *c = heap_handle(vm, ctor);
    vm->intrinsics[INTR_Object] = *c;
    for (size_t i = 0; i < sizeof object_statics / sizeof object_statics[0]; i++)
        if (realm_def_method(vm, *c, object_statics[i].name, object_statics[i].fn, object_statics[i].length, 0) < 0)
            goto out;
    for (size_t i = 0; i < sizeof object_proto_methods / sizeof object_proto_methods[0]; i++)
        if (realm_def_method(vm, *proto, object_proto_methods[i].name, object_proto_methods[i].fn,
                             object_proto_methods[i].length, 0) < 0)
            goto out;
    /* __proto__ accessor */
    JSValue g = fn_new_native(vm, "get __proto__", proto_get_proto, 0, 0);
    if (g == VAL_EXCEPTION) goto out;
    JSValue *hg = heap_handle(vm, g);
    JSValue s = fn_new_native(vm, "set __proto__", proto_set_proto, 1, 0);
    if (s == VAL_EXCEPTION) goto out;
    JSValue *hset = heap_handle(vm, s);
    JSValue key = atom_from_cstr(vm, "__proto__");
    if (key == VAL_EXCEPTION) goto out;
    if (obj_define_accessor(vm, *proto, key, *hg, *hset, PROP_CONFIGURABLE) < 0) goto out;
    ok = true;
out:
    heap_scope_close(vm, hs);
    return ok;
}
