/*
 * reflect.c -- the Reflect object (prefix bi_reflect_): the object
 * internal methods as functions, on top of the obj_ API.
 */
#include "bi_internal.h"

static bool require_object(VM *vm, JSValue v, const char *fn)
{
    if (val_is_object(v)) return true;
    err_throw_type(vm, TypeError, "Reflect.%s called on non-object", fn);
    return false;
}

static JSValue reflect_apply(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    JSValue f = bi_arg(args, argc, 0);
    if (!rt_is_callable(f)) BI_RETURN(bi_array_not_callable(vm, f));
    JSValue list = bi_arg(args, argc, 2);
    if (!val_is_object(list)) BI_RETURN(bi_throw_type(vm, "CreateListFromArrayLike called on non-object"));
    double len;
    if (!bi_length_of(vm, list, &len)) BI_RETURN(VAL_EXCEPTION);
    if (len > 500000) BI_RETURN(err_throw(vm, ERRMSG_STACK_OVERFLOW));
    JSValue *argv = NULL;
    for (uint32_t i = 0; i < (uint32_t)len; i++) {
        JSValue v = bi_get_index(vm, args[2], i);
        if (v == VAL_EXCEPTION) BI_RETURN(v);
        JSValue *h = heap_handle(vm, v);
        if (!argv) argv = h;
    }
    BI_RETURN(vm_call(vm, args[0], bi_arg(args, argc, 1), (int)len, argv));
}

static JSValue reflect_construct(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    JSValue f = bi_arg(args, argc, 0);
    if (!rt_is_constructor(f)) {
        char *d = bi_describe(vm, f);
        JSValue r = err_throw(vm, ERRMSG_NOT_CONSTRUCTOR, d ? d : "value");
        free(d);
        BI_RETURN(r);
    }
    JSValue target = argc > 2 ? args[2] : f;
    if (!rt_is_constructor(target)) {
        char *d = bi_describe(vm, target);
        JSValue r = err_throw(vm, ERRMSG_NOT_CONSTRUCTOR, d ? d : "value");
        free(d);
        BI_RETURN(r);
    }
    JSValue list = bi_arg(args, argc, 1);
    if (!val_is_object(list)) BI_RETURN(bi_throw_type(vm, "CreateListFromArrayLike called on non-object"));
    double len;
    if (!bi_length_of(vm, list, &len)) BI_RETURN(VAL_EXCEPTION);
    if (len > 500000) BI_RETURN(err_throw(vm, ERRMSG_STACK_OVERFLOW));
    JSValue *argv = NULL;
    for (uint32_t i = 0; i < (uint32_t)len; i++) {
        JSValue v = bi_get_index(vm, args[1], i);
        if (v == VAL_EXCEPTION) BI_RETURN(v);
        JSValue *h = heap_handle(vm, v);
        if (!argv) argv = h;
    }
    BI_RETURN(vm_construct(vm, args[0], (int)len, argv, argc > 2 ? args[2] : args[0]));
}

/* The property key argument, rooted; NULL on exception. */
static JSValue *key_arg(VM *vm, JSValue *args, int argc, int i)
{
    JSValue k = rt_to_property_key(vm, bi_arg(args, argc, i));
    return k == VAL_EXCEPTION ? NULL : heap_handle(vm, k);
}

static JSValue reflect_define_property(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    if (!require_object(vm, bi_arg(args, argc, 0), "defineProperty")) BI_RETURN(VAL_EXCEPTION);
    JSValue *k = key_arg(vm, args, argc, 1);
    if (!k) BI_RETURN(VAL_EXCEPTION);
    PropDesc d;
    if (!bi_to_property_descriptor(vm, bi_arg(args, argc, 2), &d)) BI_RETURN(VAL_EXCEPTION);
    int r = obj_define_own(vm, args[0], *k, &d, false);
    BI_RETURN(r < 0 || err_pending(vm) ? VAL_EXCEPTION : val_from_bool(r));
}

static JSValue reflect_delete_property(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    if (!require_object(vm, bi_arg(args, argc, 0), "deleteProperty")) BI_RETURN(VAL_EXCEPTION);
    JSValue *k = key_arg(vm, args, argc, 1);
    if (!k) BI_RETURN(VAL_EXCEPTION);
    int r = obj_delete(vm, args[0], *k);
    BI_RETURN(r < 0 ? VAL_EXCEPTION : val_from_bool(r));
}

static JSValue reflect_get(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    if (!require_object(vm, bi_arg(args, argc, 0), "get")) BI_RETURN(VAL_EXCEPTION);
    JSValue *k = key_arg(vm, args, argc, 1);
    if (!k) BI_RETURN(VAL_EXCEPTION);
    BI_RETURN(obj_get_with_receiver(vm, args[0], *k, argc > 2 ? args[2] : args[0]));
}

static JSValue reflect_set(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    if (!require_object(vm, bi_arg(args, argc, 0), "set")) BI_RETURN(VAL_EXCEPTION);
    JSValue *k = key_arg(vm, args, argc, 1);
    if (!k) BI_RETURN(VAL_EXCEPTION);
    int r = obj_set(vm, args[0], *k, bi_arg(args, argc, 2), argc > 3 ? args[3] : args[0]);
    BI_RETURN(r < 0 ? VAL_EXCEPTION : val_from_bool(r));
}

static JSValue reflect_has(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    if (!require_object(vm, bi_arg(args, argc, 0), "has")) BI_RETURN(VAL_EXCEPTION);
    JSValue *k = key_arg(vm, args, argc, 1);
    if (!k) BI_RETURN(VAL_EXCEPTION);
    int r = obj_has_property(vm, args[0], *k);
    BI_RETURN(r < 0 ? VAL_EXCEPTION : val_from_bool(r));
}

static JSValue reflect_get_own_property_descriptor(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    if (!require_object(vm, bi_arg(args, argc, 0), "getOwnPropertyDescriptor")) BI_RETURN(VAL_EXCEPTION);
    JSValue *k = key_arg(vm, args, argc, 1);
    if (!k) BI_RETURN(VAL_EXCEPTION);
    PropDesc d;
    int has = obj_get_own_property(vm, args[0], *k, &d);
    if (has < 0) BI_RETURN(VAL_EXCEPTION);
    BI_RETURN(has ? bi_from_property_descriptor(vm, &d) : VAL_UNDEFINED);
}

static JSValue reflect_get_prototype_of(VM *vm, JSValue *args, int argc, JSValue nt)
{
    if (!require_object(vm, bi_arg(args, argc, 0), "getPrototypeOf")) return VAL_EXCEPTION;
    return obj_get_proto(vm, args[0]);
}

static JSValue reflect_set_prototype_of(VM *vm, JSValue *args, int argc, JSValue nt)
{
    if (!require_object(vm, bi_arg(args, argc, 0), "setPrototypeOf")) return VAL_EXCEPTION;
    JSValue p = bi_arg(args, argc, 1);
    if (!val_is_object(p) && p != VAL_NULL) {
        char *d = bi_describe(vm, p);
        JSValue r = err_throw(vm, ERRMSG_PROTO_NOT_OBJECT, d ? d : "value");
        free(d);
        return r;
    }
    int r = obj_set_proto(vm, args[0], p);
    return r < 0 ? VAL_EXCEPTION : val_from_bool(r);
}

static JSValue reflect_is_extensible(VM *vm, JSValue *args, int argc, JSValue nt)
{
    if (!require_object(vm, bi_arg(args, argc, 0), "isExtensible")) return VAL_EXCEPTION;
    int r = obj_is_extensible(vm, args[0]);
    return r < 0 ? VAL_EXCEPTION : val_from_bool(r);
}

static JSValue reflect_prevent_extensions(VM *vm, JSValue *args, int argc, JSValue nt)
{
    if (!require_object(vm, bi_arg(args, argc, 0), "preventExtensions")) return VAL_EXCEPTION;
    int r = obj_prevent_extensions(vm, args[0]);
    return r < 0 ? VAL_EXCEPTION : val_from_bool(r);
}

static JSValue reflect_own_keys(VM *vm, JSValue *args, int argc, JSValue nt)
{
    if (!require_object(vm, bi_arg(args, argc, 0), "ownKeys")) return VAL_EXCEPTION;
    return bi_own_keys(vm, args[0], OWNKEYS_STRINGS | OWNKEYS_SYMBOLS);
}

bool bi_reflect_init(VM *vm)
{
    static const struct {
        const char *name;
        NativeFn fn;
        int length;
    } fns[] = {
        { "apply", reflect_apply, 3 },
        { "construct", reflect_construct, 2 },
        { "defineProperty", reflect_define_property, 3 },
        { "deleteProperty", reflect_delete_property, 2 },
        { "get", reflect_get, 2 },
        { "getOwnPropertyDescriptor", reflect_get_own_property_descriptor, 2 },
        { "getPrototypeOf", reflect_get_prototype_of, 1 },
        { "has", reflect_has, 2 },
        { "isExtensible", reflect_is_extensible, 1 },
        { "ownKeys", reflect_own_keys, 1 },
        { "preventExtensions", reflect_prevent_extensions, 1 },
        { "set", reflect_set, 3 },
        { "setPrototypeOf", reflect_set_prototype_of, 2 },
    };
    HandleScope hs = heap_scope_open(vm);
    bool ok = false;
    JSValue r = obj_new(vm, vm_intrinsic(vm, INTR_ObjectPrototype));
    if (r == VAL_EXCEPTION) goto out;
    JSValue *hr = heap_handle(vm, r);
    for (size_t i = 0; i < sizeof fns / sizeof fns[0]; i++)
        if (realm_def_method(vm, *hr, fns[i].name, fns[i].fn, fns[i].length, 0) < 0) goto out;
    JSValue tag = str_from_cstr(vm, "Reflect");
    if (tag == VAL_EXCEPTION ||
        obj_define_value(vm, *hr, vm_intrinsic(vm, INTR_SymbolToStringTag), tag, PROP_CONFIGURABLE) < 0)
        goto out;
    ok = realm_def_value(vm, vm->global, "Reflect", *hr, PROP_HIDDEN) == 0;
out:
    heap_scope_close(vm, hs);
    return ok;
}
