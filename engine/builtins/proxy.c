/*
 * proxy.c -- Proxy exotic objects (ECMA-262 §10.5; prefix proxy_ for the
 * internal methods object.c dispatches to, bi_proxy_ for the constructor).
 * Layout and scope: proxy.h.  Every value kept across a trap call sits in a
 * handle: traps run arbitrary JS and may move objects.
 */
#include "bi_internal.h"
#include "proxy.h"

/* [target, handler] of a live proxy, or a TypeError naming the operation. */
static bool proxy_parts(VM *vm, JSValue proxy, const char *op, JSValue *target, JSValue *handler)
{
    const ValArray *a = (const ValArray *)val_cell(((const JSWrapper *)val_obj(proxy))->internal);
    if (!val_is_object(a->v[0])) {
        err_throw_type(vm, TypeError, "Cannot perform '%s' on a proxy that has been revoked", op);
        return false;
    }
    *target = a->v[0];
    *handler = a->v[1];
    return true;
}

/* Enter a proxy internal method: the C stack is bounded like native calls. */
static bool proxy_enter(VM *vm)
{
    if (vm->native_depth >= vm->flags.max_native_depth) {
        err_throw(vm, ERRMSG_STACK_OVERFLOW);
        return false;
    }
    vm->native_depth++;
    return true;
}

/* GetMethod(handler, name): undefined, a callable, or VAL_EXCEPTION. */
static JSValue get_trap(VM *vm, JSValue handler, const char *name)
{
    JSValue key = atom_from_cstr(vm, name);
    if (key == VAL_EXCEPTION) return key;
    return rt_get_method(vm, handler, key);
}

/* target.[[IsExtensible]]() for the invariant checks. */
static int target_extensible(VM *vm, JSValue target)
{
    while (val_is_proxy(target)) {
        JSValue t, h;
        if (!proxy_parts(vm, target, "isExtensible", &t, &h)) return -1;
        target = t;
    }
    return (val_obj(target)->flags & OBJ_EXTENSIBLE) ? 1 : 0;
}

typedef struct TrapCall {
    JSValue *target;
    JSValue *handler;
    JSValue *trap;      /* undefined: no trap, forward to *target */
} TrapCall;

/* Common prologue: handles for target, handler and the trap. 0 ok, -1 error. */
static int trap_begin(VM *vm, JSValue proxy, const char *op, TrapCall *tc)
{
    JSValue t, h;
    if (!proxy_parts(vm, proxy, op, &t, &h)) return -1;
    tc->target = heap_handle(vm, t);
    tc->handler = heap_handle(vm, h);
    JSValue trap = get_trap(vm, *tc->handler, op);
    if (trap == VAL_EXCEPTION) return -1;
    tc->trap = heap_handle(vm, trap);
    return 0;
}

static JSValue call_trap(VM *vm, TrapCall *tc, JSValue key, int nextra, const JSValue *extra)
{
    JSValue k = atom_key_to_string(vm, key);
    if (k == VAL_EXCEPTION) return k;
    JSValue *argv = heap_handle(vm, *tc->target);
    heap_handle(vm, k);
    for (int i = 0; i < nextra; i++) heap_handle(vm, extra[i]);
    return vm_call(vm, *tc->trap, *tc->handler, 2 + nextra, argv);
}

static JSValue invariant_error(VM *vm, const char *op, const char *why)
{
    return err_throw_type(vm, TypeError, "'%s' on proxy: %s", op, why);
}

JSValue proxy_get(VM *vm, JSValue proxy, JSValue key, JSValue receiver)
{
    if (!proxy_enter(vm)) return VAL_EXCEPTION;
    HandleScope hs = heap_scope_open(vm);
    JSValue *hkey = heap_handle(vm, key);
    JSValue *hrecv = heap_handle(vm, receiver);
    JSValue r;
    TrapCall tc;
    if (trap_begin(vm, proxy, "get", &tc) < 0) {
        r = VAL_EXCEPTION;
        goto out;
    }
    if (*tc.trap == VAL_UNDEFINED) {
        r = obj_get_with_receiver(vm, *tc.target, *hkey, *hrecv);
        goto out;
    }
    r = call_trap(vm, &tc, *hkey, 1, hrecv);
    if (r == VAL_EXCEPTION) goto out;
    JSValue *hr = heap_handle(vm, r);
    PropDesc d;
    int f = obj_get_own_property(vm, *tc.target, *hkey, &d);
    if (f < 0) {
        r = VAL_EXCEPTION;
    } else if (f > 0 && !(d.attrs & PROP_CONFIGURABLE)) {
        if (!(d.attrs & PROP_ACCESSOR) && !(d.attrs & PROP_WRITABLE) && !rt_same_value(*hr, d.value))
            r = invariant_error(vm, "get", "the trap did not return the value of a read-only, "
                                           "non-configurable data property of the target");
        else if ((d.attrs & PROP_ACCESSOR) && d.getter == VAL_UNDEFINED && *hr != VAL_UNDEFINED)
            r = invariant_error(vm, "get", "the trap returned a value for a non-configurable accessor "
                                           "property of the target without a getter");
        else
            r = *hr;
    } else {
        r = *hr;
    }
out:
    heap_scope_close(vm, hs);
    vm->native_depth--;
    return r;
}

int proxy_set(VM *vm, JSValue proxy, JSValue key, JSValue v, JSValue receiver)
{
    if (!proxy_enter(vm)) return -1;
    HandleScope hs = heap_scope_open(vm);
    JSValue *hkey = heap_handle(vm, key);
    JSValue *hv = heap_handle(vm, v);
    heap_handle(vm, receiver);   /* hv[1] */
    int r;
    TrapCall tc;
    if (trap_begin(vm, proxy, "set", &tc) < 0) {
        r = -1;
        goto out;
    }
    if (*tc.trap == VAL_UNDEFINED) {
        r = obj_set(vm, *tc.target, *hkey, *hv, hv[1]);
        goto out;
    }
    JSValue res = call_trap(vm, &tc, *hkey, 2, hv);
    if (res == VAL_EXCEPTION) {
        r = -1;
        goto out;
    }
    if (!rt_to_boolean(res)) {
        r = 0;
        goto out;
    }
    PropDesc d;
    int f = obj_get_own_property(vm, *tc.target, *hkey, &d);
    r = 1;
    if (f < 0) {
        r = -1;
    } else if (f > 0 && !(d.attrs & PROP_CONFIGURABLE)) {
        if (!(d.attrs & PROP_ACCESSOR) && !(d.attrs & PROP_WRITABLE) && !rt_same_value(*hv, d.value)) {
            invariant_error(vm, "set", "the trap returned truish for a read-only, non-configurable data "
                                       "property of the target with a different value");
            r = -1;
        } else if ((d.attrs & PROP_ACCESSOR) && d.setter == VAL_UNDEFINED) {
            invariant_error(vm, "set", "the trap returned truish for a non-configurable accessor property "
                                       "of the target without a setter");
            r = -1;
        }
    }
out:
    heap_scope_close(vm, hs);
    vm->native_depth--;
    return r;
}

/* After a falsish has / truish deleteProperty trap: the property may only be
 * hidden or gone if it is configurable and the target is extensible. */
static int check_absent(VM *vm, TrapCall *tc, JSValue key, const char *op, bool result)
{
    PropDesc d;
    int f = obj_get_own_property(vm, *tc->target, key, &d);
    if (f <= 0) return f < 0 ? -1 : result;
    if (!(d.attrs & PROP_CONFIGURABLE)) {
        invariant_error(vm, op, "the trap reported a non-configurable property of the target as absent");
        return -1;
    }
    int e = target_extensible(vm, *tc->target);
    if (e < 0) return -1;
    if (!e) {
        invariant_error(vm, op, "the trap reported an existing property of a non-extensible target as absent");
        return -1;
    }
    return result;
}

int proxy_has(VM *vm, JSValue proxy, JSValue key)
{
    if (!proxy_enter(vm)) return -1;
    HandleScope hs = heap_scope_open(vm);
    JSValue *hkey = heap_handle(vm, key);
    int r;
    TrapCall tc;
    if (trap_begin(vm, proxy, "has", &tc) < 0) {
        r = -1;
    } else if (*tc.trap == VAL_UNDEFINED) {
        r = obj_has_property(vm, *tc.target, *hkey);
    } else {
        JSValue res = call_trap(vm, &tc, *hkey, 0, NULL);
        if (res == VAL_EXCEPTION) r = -1;
        else if (rt_to_boolean(res)) r = 1;
        else r = check_absent(vm, &tc, *hkey, "has", false);
    }
    heap_scope_close(vm, hs);
    vm->native_depth--;
    return r;
}

int proxy_delete(VM *vm, JSValue proxy, JSValue key)
{
    if (!proxy_enter(vm)) return -1;
    HandleScope hs = heap_scope_open(vm);
    JSValue *hkey = heap_handle(vm, key);
    int r;
    TrapCall tc;
    if (trap_begin(vm, proxy, "deleteProperty", &tc) < 0) {
        r = -1;
    } else if (*tc.trap == VAL_UNDEFINED) {
        r = obj_delete(vm, *tc.target, *hkey);
    } else {
        JSValue res = call_trap(vm, &tc, *hkey, 0, NULL);
        if (res == VAL_EXCEPTION) r = -1;
        else if (!rt_to_boolean(res)) r = 0;
        else r = check_absent(vm, &tc, *hkey, "deleteProperty", true);
    }
    heap_scope_close(vm, hs);
    vm->native_depth--;
    return r;
}

/* The two methods below forward to the target; a handler trap for them is
 * not implemented yet and says so instead of being ignored. */
static int forward_only(VM *vm, JSValue proxy, const char *op, JSValue *target)
{
    HandleScope hs = heap_scope_open(vm);
    TrapCall tc;
    int r = trap_begin(vm, proxy, op, &tc);
    if (r == 0 && *tc.trap != VAL_UNDEFINED) {
        err_throw_type(vm, TypeError, "Proxy: the '%s' trap is not supported yet", op);
        r = -1;
    }
    if (r == 0) *target = *tc.target;
    heap_scope_close(vm, hs);
    return r;
}

int proxy_define_own(VM *vm, JSValue proxy, JSValue key, const PropDesc *desc, bool throw_on_fail)
{
    if (!proxy_enter(vm)) return -1;
    HandleScope hs = heap_scope_open(vm);
    JSValue *hkey = heap_handle(vm, key);
    PropDesc d = *desc;
    JSValue *hd = heap_handle(vm, d.value);
    heap_handle(vm, d.getter);
    heap_handle(vm, d.setter);
    JSValue target;
    int r = forward_only(vm, proxy, "defineProperty", &target);
    if (r == 0) {
        d.value = hd[0];
        d.getter = hd[1];
        d.setter = hd[2];
        r = obj_define_own(vm, target, *hkey, &d, throw_on_fail);
    }
    heap_scope_close(vm, hs);
    vm->native_depth--;
    return r;
}

int proxy_get_own_property(VM *vm, JSValue proxy, JSValue key, PropDesc *out)
{
    if (!proxy_enter(vm)) return -1;
    HandleScope hs = heap_scope_open(vm);
    JSValue *hkey = heap_handle(vm, key);
    JSValue target;
    int r = forward_only(vm, proxy, "getOwnPropertyDescriptor", &target);
    if (r == 0) r = obj_get_own_property(vm, target, *hkey, out);
    heap_scope_close(vm, hs);
    vm->native_depth--;
    return r;
}

/* ---- the constructor and Proxy.revocable ----------------------------------- */

static JSValue proxy_create(VM *vm, JSValue target, JSValue handler)
{
    if (!val_is_object(target) || !val_is_object(handler))
        return bi_throw_type(vm, "Cannot create proxy with a non-object as target or handler");
    if (rt_is_callable(target))
        return bi_throw_type(vm, "Proxy: a callable target is not supported yet");
    BI_SCOPE;
    JSValue *ht = heap_handle(vm, target);
    heap_handle(vm, handler);   /* ht[1] */
    JSValue cell = valarray_new(vm, 2);
    if (cell == VAL_EXCEPTION) BI_RETURN(cell);
    JSValue *hc = heap_handle(vm, cell);
    ValArray *a = (ValArray *)val_cell(cell);
    heap_store(&vm->heap, &a->hdr, &a->v[0], ht[0]);
    heap_store(&vm->heap, &a->hdr, &a->v[1], ht[1]);
    a->count = 2;
    JSValue p = bi_new_wrapper(vm, VAL_NULL, CLS_PROXY, *hc);
    if (p != VAL_EXCEPTION) val_obj(p)->flags &= (uint16_t)~OBJ_EXTENSIBLE;
    BI_RETURN(p);
}

static JSValue proxy_ctor(VM *vm, JSValue *args, int argc, JSValue nt)
{
    if (nt == VAL_UNDEFINED) return bi_throw_type(vm, "Constructor Proxy requires 'new'");
    return proxy_create(vm, bi_arg(args, argc, 0), bi_arg(args, argc, 1));
}

/* The revoke function is bound to its proxy (this). */
static JSValue proxy_revoke(VM *vm, JSValue *args, int argc, JSValue nt)
{
    (void)argc;
    (void)nt;
    JSValue p = args[-1];
    if (val_is_proxy(p)) {
        ValArray *a = (ValArray *)val_cell(((JSWrapper *)val_obj(p))->internal);
        heap_store(&vm->heap, &a->hdr, &a->v[0], VAL_NULL);
        heap_store(&vm->heap, &a->hdr, &a->v[1], VAL_NULL);
    }
    return VAL_UNDEFINED;
}

static JSValue proxy_revocable(VM *vm, JSValue *args, int argc, JSValue nt)
{
    (void)nt;
    BI_SCOPE;
    JSValue p = proxy_create(vm, bi_arg(args, argc, 0), bi_arg(args, argc, 1));
    if (p == VAL_EXCEPTION) BI_RETURN(p);
    JSValue *hp = heap_handle(vm, p);
    JSValue fn = fn_new_native(vm, "", proxy_revoke, 0, 0);
    if (fn == VAL_EXCEPTION) BI_RETURN(fn);
    JSValue bound = fn_new_bound(vm, fn, *hp, NULL, 0);
    if (bound == VAL_EXCEPTION) BI_RETURN(bound);
    JSValue *hb = heap_handle(vm, bound);
    JSValue r = obj_new(vm, vm_intrinsic(vm, INTR_ObjectPrototype));
    if (r == VAL_EXCEPTION) BI_RETURN(r);
    JSValue *hr = heap_handle(vm, r);
    if (realm_def_value(vm, *hr, "proxy", *hp, PROP_DEFAULT) < 0 ||
        realm_def_value(vm, *hr, "revoke", *hb, PROP_DEFAULT) < 0)
        BI_RETURN(VAL_EXCEPTION);
    BI_RETURN(*hr);
}

bool bi_proxy_init(VM *vm)
{
    HandleScope hs = heap_scope_open(vm);
    bool ok = false;
    JSValue f = fn_new_native(vm, "Proxy", proxy_ctor, 2, 0);
    if (f == VAL_EXCEPTION) goto out;
    JSValue *hf = heap_handle(vm, f);
    val_obj(f)->flags |= OBJ_IS_CONSTRUCTOR;
    if (realm_def_method(vm, *hf, "revocable", proxy_revocable, 2, 0) < 0) goto out;
    ok = realm_def_value(vm, vm->global, "Proxy", *hf, PROP_HIDDEN) == 0;
out:
    heap_scope_close(vm, hs);
    return ok;
}
