/*
 * proxy.c -- Proxy exotic objects (ECMA-262 §10.5; prefix proxy_ for the
 * internal methods the object model dispatches to, bi_proxy_ for the
 * constructor).  Layout and scope: proxy.h.
 *
 * Each internal method: enter (C stack bound), take [target, handler]
 * (TypeError when revoked), look up the trap; without one forward to the
 * target, else call it and check the invariants of §10.5 against the
 * target.  Every value kept across a trap call sits in a handle: traps run
 * arbitrary JS and may move objects.
 */
#include "bi_internal.h"
#include "call.h"
#include "proxy.h"

/* ---- common parts ---------------------------------------------------------- */

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
    if (!vm_native_room(vm)) {
        err_throw(vm, ERRMSG_STACK_OVERFLOW);
        return false;
    }
    vm->native_depth++;
    return true;
}

typedef struct TrapCall {
    JSValue *target;
    JSValue *handler;
    JSValue *trap;      /* undefined: no trap, forward to *target */
} TrapCall;

/* Common prologue: handles for target, handler and the trap (GetMethod). */
static bool trap_begin(VM *vm, JSValue proxy, const char *op, TrapCall *tc)
{
    JSValue t, h;
    if (!proxy_parts(vm, proxy, op, &t, &h)) return false;
    tc->target = heap_handle(vm, t);
    tc->handler = heap_handle(vm, h);
    JSValue key = atom_from_cstr(vm, op);
    if (key == VAL_EXCEPTION) return false;
    JSValue trap = rt_get_method(vm, *tc->handler, key);
    if (trap == VAL_EXCEPTION) return false;
    tc->trap = heap_handle(vm, trap);
    return true;
}

/* trap.call(handler, target, ...extra); extra lies in rooted slots. */
static JSValue call_trap_with(VM *vm, TrapCall *tc, int nextra, const JSValue *extra)
{
    JSValue *argv = heap_handle(vm, *tc->target);
    for (int i = 0; i < nextra; i++) heap_handle(vm, extra[i]);
    return vm_call(vm, *tc->trap, *tc->handler, 1 + nextra, argv);
}

/* trap.call(handler, target, key as a string or symbol, ...extra). */
static JSValue call_trap(VM *vm, TrapCall *tc, JSValue key, int nextra, const JSValue *extra)
{
    JSValue k = atom_key_to_string(vm, key);
    if (k == VAL_EXCEPTION) return k;
    JSValue *argv = heap_handle(vm, *tc->target);
    heap_handle(vm, k);
    for (int i = 0; i < nextra; i++) heap_handle(vm, extra[i]);
    return vm_call(vm, *tc->trap, *tc->handler, 2 + nextra, argv);
}

/* A trap's boolean result: 1, 0, or -1 when the call threw. */
static int trap_bool(JSValue r) { return r == VAL_EXCEPTION ? -1 : rt_to_boolean(r); }

static int invariant_error(VM *vm, const char *op, const char *why)
{
    err_throw_type(vm, TypeError, "'%s' on proxy: %s", op, why);
    return -1;
}

/* "'op' on proxy: <before> 'key'<after>" */
static int key_error(VM *vm, const char *op, const char *before, JSValue key, const char *after)
{
    char *k = NULL;
    char buf[16];
    if (val_is_int(key)) {
        snprintf(buf, sizeof buf, "%d", val_int(key));
    } else {
        k = val_is_symbol(key) ? err_describe(vm, key) : str_to_utf8(vm, key, NULL);
    }
    err_throw_type(vm, TypeError, "'%s' on proxy: %s '%s'%s", op, before, k ? k : buf, after);
    free(k);
    return -1;
}

/* Leave a proxy internal method. */
static void proxy_leave(VM *vm, HandleScope hs)
{
    heap_scope_close(vm, hs);
    vm->native_depth--;
}

/* ---- descriptors --------------------------------------------------------------- */

/* Root the values of d in three consecutive handles. */
static JSValue *root_desc(VM *vm, const PropDesc *d)
{
    JSValue *h = heap_handle(vm, d->value);
    heap_handle(vm, d->getter);
    heap_handle(vm, d->setter);
    return h;
}

static void reload_desc(PropDesc *d, const JSValue *h)
{
    d->value = h[0];
    d->getter = h[1];
    d->setter = h[2];
}

static bool desc_is_accessor(const PropDesc *d) { return (d->has & (DESC_HAS_GET | DESC_HAS_SET)) != 0; }

/* CompletePropertyDescriptor (never allocates). */
static void desc_complete(PropDesc *d)
{
    if (!desc_is_accessor(d)) {
        if (!(d->has & DESC_HAS_VALUE)) d->value = VAL_UNDEFINED;
        d->attrs &= ~(uint32_t)PROP_ACCESSOR;
        d->has |= DESC_HAS_VALUE | DESC_HAS_WRITABLE;
    } else {
        if (!(d->has & DESC_HAS_GET)) d->getter = VAL_UNDEFINED;
        if (!(d->has & DESC_HAS_SET)) d->setter = VAL_UNDEFINED;
        d->attrs = (d->attrs | PROP_ACCESSOR) & ~(uint32_t)PROP_WRITABLE;
        d->has |= DESC_HAS_GET | DESC_HAS_SET;
    }
    d->has |= DESC_HAS_ENUMERABLE | DESC_HAS_CONFIGURABLE;
}

/* IsCompatiblePropertyDescriptor(extensible, d, current): the validation
 * half of ValidateAndApplyPropertyDescriptor (never allocates). */
static bool desc_compatible(bool extensible, const PropDesc *d, bool found, const PropDesc *cur)
{
    if (!found) return extensible;
    uint32_t has = d->has;
    if (!has || (cur->attrs & PROP_CONFIGURABLE)) return true;
    if ((has & DESC_HAS_CONFIGURABLE) && (d->attrs & PROP_CONFIGURABLE)) return false;
    if ((has & DESC_HAS_ENUMERABLE) && ((d->attrs ^ cur->attrs) & PROP_ENUMERABLE)) return false;
    bool d_acc = desc_is_accessor(d), d_data = (has & (DESC_HAS_VALUE | DESC_HAS_WRITABLE)) != 0;
    bool cur_acc = (cur->attrs & PROP_ACCESSOR) != 0;
    if ((d_acc || d_data) && d_acc != cur_acc) return false;
    if (cur_acc) {
        if ((has & DESC_HAS_GET) && !rt_same_value(d->getter, cur->getter)) return false;
        if ((has & DESC_HAS_SET) && !rt_same_value(d->setter, cur->setter)) return false;
    } else if (!(cur->attrs & PROP_WRITABLE)) {
        if ((has & DESC_HAS_WRITABLE) && (d->attrs & PROP_WRITABLE)) return false;
        if ((has & DESC_HAS_VALUE) && !rt_same_value(d->value, cur->value)) return false;
    }
    return true;
}

/* FromPropertyDescriptor with only the fields d has (the defineProperty
 * trap sees exactly what the caller asked for). */
static JSValue desc_to_object(VM *vm, const PropDesc *d)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *hv = root_desc(vm, d);
    uint32_t has = d->has, attrs = d->attrs;
    JSValue r = obj_new(vm, vm_intrinsic(vm, INTR_ObjectPrototype));
    if (r == VAL_EXCEPTION) goto out;
    JSValue *ho = heap_handle(vm, r);
    /* FromPropertyDescriptor's order; values re-read from the handles */
    static const struct { uint32_t has; AtomId atom; int slot; uint32_t attr; } f[] = {
        { DESC_HAS_VALUE, ATOM_value, 0, 0 },
        { DESC_HAS_WRITABLE, ATOM_writable, -1, PROP_WRITABLE },
        { DESC_HAS_GET, ATOM_get, 1, 0 },
        { DESC_HAS_SET, ATOM_set, 2, 0 },
        { DESC_HAS_ENUMERABLE, ATOM_enumerable, -1, PROP_ENUMERABLE },
        { DESC_HAS_CONFIGURABLE, ATOM_configurable, -1, PROP_CONFIGURABLE },
    };
    for (size_t i = 0; i < sizeof f / sizeof f[0]; i++) {
        if (!(has & f[i].has)) continue;
        JSValue v = f[i].slot >= 0 ? hv[f[i].slot] : val_from_bool(attrs & f[i].attr);
        if (obj_define_value(vm, *ho, vm_atom(vm, f[i].atom), v, PROP_DEFAULT) < 0) {
            r = VAL_EXCEPTION;
            goto out;
        }
    }
    r = *ho;
out:
    heap_scope_close(vm, hs);
    return r;
}

/* ---- [[Get]] [[Set]] [[HasProperty]] [[Delete]] ---------------------------------- */

JSValue proxy_get(VM *vm, JSValue proxy, JSValue key, JSValue receiver)
{
    if (!proxy_enter(vm)) return VAL_EXCEPTION;
    HandleScope hs = heap_scope_open(vm);
    JSValue *hkey = heap_handle(vm, key);
    JSValue *hrecv = heap_handle(vm, receiver);
    JSValue r = VAL_EXCEPTION;
    TrapCall tc;
    if (!trap_begin(vm, proxy, "get", &tc)) goto out;
    if (*tc.trap == VAL_UNDEFINED) {
        r = obj_get_with_receiver(vm, *tc.target, *hkey, *hrecv);
        goto out;
    }
    r = call_trap(vm, &tc, *hkey, 1, hrecv);
    if (r == VAL_EXCEPTION) goto out;
    JSValue *hr = heap_handle(vm, r);
    PropDesc d;
    int f = obj_get_own_property(vm, *tc.target, *hkey, &d);
    r = VAL_EXCEPTION;
    if (f < 0) goto out;
    if (f > 0 && !(d.attrs & PROP_CONFIGURABLE)) {
        if (!(d.attrs & PROP_ACCESSOR) && !(d.attrs & PROP_WRITABLE) && !rt_same_value(*hr, d.value)) {
            key_error(vm, "get", "property", *hkey, " is a read-only and non-configurable data property on the "
                                                     "proxy target but the proxy did not return its actual value");
            goto out;
        }
        if ((d.attrs & PROP_ACCESSOR) && d.getter == VAL_UNDEFINED && *hr != VAL_UNDEFINED) {
            key_error(vm, "get", "property", *hkey, " is a non-configurable accessor property on the proxy "
                                                     "target and does not have a getter function, but the trap "
                                                     "did not return 'undefined'");
            goto out;
        }
    }
    r = *hr;
out:
    proxy_leave(vm, hs);
    return r;
}

int proxy_set(VM *vm, JSValue proxy, JSValue key, JSValue v, JSValue receiver)
{
    if (!proxy_enter(vm)) return -1;
    HandleScope hs = heap_scope_open(vm);
    JSValue *hkey = heap_handle(vm, key);
    JSValue *hv = heap_handle(vm, v);
    heap_handle(vm, receiver);   /* hv[1] */
    int r = -1;
    TrapCall tc;
    if (!trap_begin(vm, proxy, "set", &tc)) goto out;
    if (*tc.trap == VAL_UNDEFINED) {
        r = obj_set(vm, *tc.target, *hkey, *hv, hv[1]);
        goto out;
    }
    r = trap_bool(call_trap(vm, &tc, *hkey, 2, hv));
    if (r <= 0) goto out;
    PropDesc d;
    int f = obj_get_own_property(vm, *tc.target, *hkey, &d);
    if (f < 0) {
        r = -1;
    } else if (f > 0 && !(d.attrs & PROP_CONFIGURABLE)) {
        if (!(d.attrs & PROP_ACCESSOR) && !(d.attrs & PROP_WRITABLE) && !rt_same_value(*hv, d.value))
            r = key_error(vm, "set", "trap returned truish for property", *hkey,
                          " which exists in the proxy target as a non-configurable and non-writable data "
                          "property with a different value");
        else if ((d.attrs & PROP_ACCESSOR) && d.setter == VAL_UNDEFINED)
            r = key_error(vm, "set", "trap returned truish for property", *hkey,
                          " which exists in the proxy target as a non-configurable and non-writable accessor "
                          "property without a setter");
    }
out:
    proxy_leave(vm, hs);
    return r;
}

/* After a falsish has / truish deleteProperty trap: the property may only be
 * hidden or gone if it is configurable and the target is extensible. */
static int check_absent(VM *vm, TrapCall *tc, JSValue *hkey, const char *op, int result)
{
    PropDesc d;
    int f = obj_get_own_property(vm, *tc->target, *hkey, &d);
    if (f <= 0) return f < 0 ? -1 : result;
    if (!(d.attrs & PROP_CONFIGURABLE))
        return key_error(vm, op, result ? "trap returned truish for property" : "trap returned falsish for property",
                         *hkey, " which is non-configurable in the proxy target");
    int e = obj_is_extensible(vm, *tc->target);
    if (e < 0) return -1;
    if (!e)
        return key_error(vm, op, result ? "trap returned truish for property" : "trap returned falsish for property",
                         *hkey, " but the proxy target is not extensible");
    return result;
}

/* [[HasProperty]] and [[Delete]]: one trap protocol.  The result `checked`
 * (falsish has, truish deleteProperty) is the one whose invariant
 * check_absent verifies. */
static int has_or_delete(VM *vm, JSValue proxy, JSValue key, bool del)
{
    const char *op = del ? "deleteProperty" : "has";
    if (!proxy_enter(vm)) return -1;
    HandleScope hs = heap_scope_open(vm);
    JSValue *hkey = heap_handle(vm, key);
    int r = -1;
    TrapCall tc;
    if (!trap_begin(vm, proxy, op, &tc)) {
        r = -1;
    } else if (*tc.trap == VAL_UNDEFINED) {
        r = del ? obj_delete(vm, *tc.target, *hkey) : obj_has_property(vm, *tc.target, *hkey);
    } else {
        int checked = del ? 1 : 0;
        r = trap_bool(call_trap(vm, &tc, *hkey, 0, NULL));
        if (r == checked) r = check_absent(vm, &tc, hkey, op, checked);
    }
    proxy_leave(vm, hs);
    return r;
}

int proxy_has(VM *vm, JSValue proxy, JSValue key) { return has_or_delete(vm, proxy, key, false); }
int proxy_delete(VM *vm, JSValue proxy, JSValue key) { return has_or_delete(vm, proxy, key, true); }

/* ---- [[GetOwnProperty]] [[DefineOwnProperty]] ------------------------------------- */

int proxy_get_own_property(VM *vm, JSValue proxy, JSValue key, PropDesc *out)
{
    static const char op[] = "getOwnPropertyDescriptor";
    if (!proxy_enter(vm)) return -1;
    HandleScope hs = heap_scope_open(vm);
    JSValue *hkey = heap_handle(vm, key);
    int r = -1;
    TrapCall tc;
    if (!trap_begin(vm, proxy, op, &tc)) goto out;
    if (*tc.trap == VAL_UNDEFINED) {
        r = obj_get_own_property(vm, *tc.target, *hkey, out);
        goto out;
    }
    JSValue res = call_trap(vm, &tc, *hkey, 0, NULL);
    if (res == VAL_EXCEPTION) goto out;
    if (!val_is_object(res) && res != VAL_UNDEFINED) {
        key_error(vm, op, "trap returned neither object nor undefined for property", *hkey, "");
        goto out;
    }
    JSValue *hres = heap_handle(vm, res);
    PropDesc td;
    int tf = obj_get_own_property(vm, *tc.target, *hkey, &td);
    if (tf < 0) goto out;
    JSValue *htd = root_desc(vm, &td);
    if (*hres == VAL_UNDEFINED) {
        if (tf && !(td.attrs & PROP_CONFIGURABLE)) {
            key_error(vm, op, "trap returned undefined for property", *hkey,
                      " which is non-configurable in the proxy target");
            goto out;
        }
        if (tf) {
            int e = obj_is_extensible(vm, *tc.target);
            if (e < 0) goto out;
            if (!e) {
                key_error(vm, op, "trap returned undefined for property", *hkey,
                          " which exists in the non-extensible proxy target");
                goto out;
            }
        }
        r = 0;
        goto out;
    }
    int e = obj_is_extensible(vm, *tc.target);
    if (e < 0) goto out;
    PropDesc rd;
    if (!bi_to_property_descriptor(vm, *hres, &rd)) goto out;
    desc_complete(&rd);
    reload_desc(&td, htd);
    if (!desc_compatible(e, &rd, tf, &td)) {
        key_error(vm, op, "trap returned descriptor for property", *hkey,
                  " that is incompatible with the existing property in the proxy target");
        goto out;
    }
    if (!(rd.attrs & PROP_CONFIGURABLE)) {
        if (!tf || (td.attrs & PROP_CONFIGURABLE)) {
            key_error(vm, op, "trap reported non-configurability for property", *hkey,
                      " which is either non-existent or configurable in the proxy target");
            goto out;
        }
        if (!(rd.attrs & (PROP_ACCESSOR | PROP_WRITABLE)) && !(td.attrs & PROP_ACCESSOR) &&
            (td.attrs & PROP_WRITABLE)) {
            key_error(vm, op, "trap reported non-configurable and writable: false for property", *hkey,
                      " which is non-configurable, writable in the proxy target");
            goto out;
        }
    }
    *out = rd;
    r = 1;
out:
    proxy_leave(vm, hs);
    return r;
}

int proxy_define_own(VM *vm, JSValue proxy, JSValue key, const PropDesc *desc, bool throw_on_fail)
{
    static const char op[] = "defineProperty";
    if (!proxy_enter(vm)) return -1;
    HandleScope hs = heap_scope_open(vm);
    JSValue *hkey = heap_handle(vm, key);
    PropDesc d = *desc;
    JSValue *hd = root_desc(vm, &d);
    int r = -1;
    TrapCall tc;
    if (!trap_begin(vm, proxy, op, &tc)) goto out;
    reload_desc(&d, hd);
    if (*tc.trap == VAL_UNDEFINED) {
        r = obj_define_own(vm, *tc.target, *hkey, &d, throw_on_fail);
        goto out;
    }
    JSValue dobj = desc_to_object(vm, &d);
    if (dobj == VAL_EXCEPTION) goto out;
    JSValue *hdobj = heap_handle(vm, dobj);
    r = trap_bool(call_trap(vm, &tc, *hkey, 1, hdobj));
    if (r < 0) goto out;
    if (r == 0) {
        if (throw_on_fail) r = key_error(vm, op, "trap returned falsish for property", *hkey, "");
        goto out;
    }
    r = -1;
    PropDesc td;
    int tf = obj_get_own_property(vm, *tc.target, *hkey, &td);
    if (tf < 0) goto out;
    JSValue *htd = root_desc(vm, &td);
    int e = obj_is_extensible(vm, *tc.target);
    if (e < 0) goto out;
    reload_desc(&td, htd);
    reload_desc(&d, hd);
    bool config_false = (d.has & DESC_HAS_CONFIGURABLE) && !(d.attrs & PROP_CONFIGURABLE);
    if (!tf) {
        if (!e) {
            key_error(vm, op, "trap returned truish for adding property", *hkey, " to the non-extensible proxy target");
            goto out;
        }
        if (config_false) {
            key_error(vm, op, "trap returned truish for defining non-configurable property", *hkey,
                      " which is either non-existent or configurable in the proxy target");
            goto out;
        }
    } else {
        if (!desc_compatible(e, &d, true, &td)) {
            key_error(vm, op, "trap returned truish for adding property", *hkey,
                      " that is incompatible with the existing property in the proxy target");
            goto out;
        }
        if (config_false && (td.attrs & PROP_CONFIGURABLE)) {
            key_error(vm, op, "trap returned truish for defining non-configurable property", *hkey,
                      " which is either non-existent or configurable in the proxy target");
            goto out;
        }
        if (!(td.attrs & (PROP_ACCESSOR | PROP_CONFIGURABLE)) && (td.attrs & PROP_WRITABLE) &&
            (d.has & DESC_HAS_WRITABLE) && !(d.attrs & PROP_WRITABLE)) {
            key_error(vm, op, "trap returned truish for defining non-configurable property", *hkey,
                      " which cannot be non-writable, unless there exists a corresponding non-configurable, "
                      "non-writable own property of the target object.");
            goto out;
        }
    }
    r = 1;
out:
    proxy_leave(vm, hs);
    return r;
}

/* ---- prototype and extensibility ------------------------------------------------ */

JSValue proxy_get_proto(VM *vm, JSValue proxy)
{
    static const char op[] = "getPrototypeOf";
    if (!proxy_enter(vm)) return VAL_EXCEPTION;
    HandleScope hs = heap_scope_open(vm);
    JSValue r = VAL_EXCEPTION;
    TrapCall tc;
    if (!trap_begin(vm, proxy, op, &tc)) goto out;
    if (*tc.trap == VAL_UNDEFINED) {
        r = obj_get_proto(vm, *tc.target);
        goto out;
    }
    JSValue res = call_trap_with(vm, &tc, 0, NULL);
    if (res == VAL_EXCEPTION) goto out;
    if (!val_is_object(res) && res != VAL_NULL) {
        invariant_error(vm, op, "trap returned neither object nor null");
        goto out;
    }
    JSValue *hres = heap_handle(vm, res);
    int e = obj_is_extensible(vm, *tc.target);
    if (e < 0) goto out;
    if (!e) {
        JSValue tp = obj_get_proto(vm, *tc.target);
        if (tp == VAL_EXCEPTION) goto out;
        if (tp != *hres) {
            invariant_error(vm, op, "proxy target is non-extensible but the trap did not return its actual prototype");
            goto out;
        }
    }
    r = *hres;
out:
    proxy_leave(vm, hs);
    return r;
}

int proxy_set_proto(VM *vm, JSValue proxy, JSValue proto)
{
    static const char op[] = "setPrototypeOf";
    if (!proxy_enter(vm)) return -1;
    HandleScope hs = heap_scope_open(vm);
    JSValue *hp = heap_handle(vm, val_is_object(proto) ? proto : VAL_NULL);
    int r = -1;
    TrapCall tc;
    if (!trap_begin(vm, proxy, op, &tc)) goto out;
    if (*tc.trap == VAL_UNDEFINED) {
        r = obj_set_proto(vm, *tc.target, *hp);
        goto out;
    }
    r = trap_bool(call_trap_with(vm, &tc, 1, hp));
    if (r <= 0) goto out;
    int e = obj_is_extensible(vm, *tc.target);
    if (e != 0) {
        r = e < 0 ? -1 : 1;
        goto out;
    }
    JSValue tp = obj_get_proto(vm, *tc.target);
    if (tp == VAL_EXCEPTION) r = -1;
    else if (tp != *hp)
        r = invariant_error(vm, op, "trap returned truish for setting a new prototype on the non-extensible proxy target");
out:
    proxy_leave(vm, hs);
    return r;
}

/* [[IsExtensible]] and [[PreventExtensions]]: one trap protocol; afterwards
 * the target's extensibility must agree with the trap's answer (isExtensible)
 * or be false after a truish answer (preventExtensions). */
static int extensibility(VM *vm, JSValue proxy, bool prevent)
{
    const char *op = prevent ? "preventExtensions" : "isExtensible";
    if (!proxy_enter(vm)) return -1;
    HandleScope hs = heap_scope_open(vm);
    int r = -1;
    TrapCall tc;
    if (!trap_begin(vm, proxy, op, &tc)) goto out;
    if (*tc.trap == VAL_UNDEFINED) {
        r = prevent ? obj_prevent_extensions(vm, *tc.target) : obj_is_extensible(vm, *tc.target);
        goto out;
    }
    r = trap_bool(call_trap_with(vm, &tc, 0, NULL));
    if (r < 0 || (prevent && r == 0)) goto out;
    int t = obj_is_extensible(vm, *tc.target);
    if (t < 0)
        r = -1;
    else if (prevent && t)
        r = invariant_error(vm, op, "trap returned truish but the proxy target is extensible");
    else if (!prevent && t != r)
        r = invariant_error(vm, op, t ? "trap result does not reflect extensibility of proxy target (which is 'true')"
                                      : "trap result does not reflect extensibility of proxy target (which is 'false')");
out:
    proxy_leave(vm, hs);
    return r;
}

int proxy_is_extensible(VM *vm, JSValue proxy) { return extensibility(vm, proxy, false); }
int proxy_prevent_extensions(VM *vm, JSValue proxy) { return extensibility(vm, proxy, true); }

/* ---- [[OwnPropertyKeys]] ---------------------------------------------------------- */

/* A set of PropKeys by identity over a key array, for the duplicate and
 * membership checks.  It hashes cell addresses, so each use fills and
 * queries it in one phase that allocates nothing (a moving collector may
 * move the atoms between phases). */
typedef struct KeySet {
    uint32_t *slot;    /* index + 1 into keys, 0 = empty */
    uint32_t mask;
    const JSValue *keys;
} KeySet;

static bool keyset_init(KeySet *ks, const JSValue *keys, uint32_t n)
{
    uint32_t cap = 16;
    while (cap < 2 * n) cap <<= 1;
    ks->slot = calloc(cap, sizeof *ks->slot);
    ks->mask = cap - 1;
    ks->keys = keys;
    return ks->slot != NULL;
}

static uint32_t keyset_hash(JSValue k) { return (uint32_t)((k * 0x9E3779B97F4A7C15ull) >> 32); }

/* Index of k among the added keys, or -1. */
static int64_t keyset_find(const KeySet *ks, JSValue k)
{
    for (uint32_t h = keyset_hash(k) & ks->mask; ks->slot[h]; h = (h + 1) & ks->mask)
        if (ks->keys[ks->slot[h] - 1] == k) return ks->slot[h] - 1;
    return -1;
}

/* Add keys[i] unless an equal key is there: false if it was. */
static bool keyset_add(KeySet *ks, uint32_t i)
{
    JSValue k = ks->keys[i];
    uint32_t h = keyset_hash(k) & ks->mask;
    for (; ks->slot[h]; h = (h + 1) & ks->mask)
        if (ks->keys[ks->slot[h] - 1] == k) return false;
    ks->slot[h] = i + 1;
    return true;
}

/* Convert the keys of the dense array *harr in place: to PropKeys (to_key)
 * or, the other way, int keys to strings (the form obj_own_keys returns). */
static bool convert_keys(VM *vm, JSValue *harr, bool to_key)
{
    for (uint32_t i = 0; i < val_obj(*harr)->length; i++) {
        JSValue k = val_obj(*harr)->elements->v[i];
        if (val_is_symbol(k) || (to_key ? false : !val_is_int(k))) continue;
        k = to_key ? atom_to_key(vm, k) : atom_key_to_string(vm, k);
        if (k == VAL_EXCEPTION) return false;
        ValArray *el = val_obj(*harr)->elements;
        heap_store(&vm->heap, &el->hdr, &el->v[i], k);
    }
    return true;
}

/* The trap's result as a list of PropKeys (CreateListFromArrayLike with
 * element types String and Symbol), duplicates rejected. */
static JSValue trap_key_list(VM *vm, JSValue *hres)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue r = VAL_EXCEPTION;
    if (!val_is_object(*hres)) {
        bi_throw_type(vm, "CreateListFromArrayLike called on non-object");
        goto out;
    }
    double len;
    if (!bi_length_of(vm, *hres, &len)) goto out;
    JSValue list = arr_new(vm, 0);
    if (list == VAL_EXCEPTION) goto out;
    JSValue *hl = heap_handle(vm, list);
    HandleScope iter = heap_scope_open(vm);
    for (double i = 0; i < len; i++) {
        heap_scope_close(vm, iter);
        JSValue v = bi_get_index(vm, *hres, i);
        if (v == VAL_EXCEPTION) goto out;
        if (!val_is_string(v) && !val_is_symbol(v)) {
            char *d = err_describe(vm, v);
            err_throw_type(vm, TypeError, "%s is not a valid property name", d ? d : "value");
            free(d);
            goto out;
        }
        JSValue k = val_is_symbol(v) ? v : atom_to_key(vm, v);
        if (k == VAL_EXCEPTION) goto out;
        JSValue *hk = heap_handle(vm, k);
        if (arr_push(vm, *hl, *hk) < 0) goto out;
    }
    /* the whole list first, then duplicates (no allocation from here) */
    uint32_t n = val_obj(*hl)->length;
    KeySet ks;
    if (!keyset_init(&ks, n ? val_obj(*hl)->elements->v : NULL, n)) {
        err_throw(vm, ERRMSG_OUT_OF_MEMORY);
        goto out;
    }
    bool dup = false;
    for (uint32_t i = 0; i < n && !dup; i++) dup = !keyset_add(&ks, i);
    free(ks.slot);
    if (dup) {
        invariant_error(vm, "ownKeys", "trap returned duplicate entries");
        goto out;
    }
    r = *hl;
out:
    heap_scope_close(vm, hs);
    return r;
}

/* [[OwnPropertyKeys]] with the invariants: an array of PropKeys. */
static JSValue own_keys_all(VM *vm, JSValue proxy)
{
    static const char op[] = "ownKeys";
    if (!proxy_enter(vm)) return VAL_EXCEPTION;
    HandleScope hs = heap_scope_open(vm);
    JSValue r = VAL_EXCEPTION;
    uint8_t *nonconf = NULL, *seen = NULL;
    TrapCall tc;
    if (!trap_begin(vm, proxy, op, &tc)) goto out;
    if (*tc.trap == VAL_UNDEFINED) {
        JSValue keys = obj_own_keys(vm, *tc.target, OWNKEYS_STRINGS | OWNKEYS_SYMBOLS);
        if (keys == VAL_EXCEPTION) goto out;
        JSValue *hk = heap_handle(vm, keys);
        if (convert_keys(vm, hk, true)) r = *hk;
        goto out;
    }
    JSValue res = call_trap_with(vm, &tc, 0, NULL);
    if (res == VAL_EXCEPTION) goto out;
    JSValue *hres = heap_handle(vm, res);
    JSValue list = trap_key_list(vm, hres);
    if (list == VAL_EXCEPTION) goto out;
    JSValue *hl = heap_handle(vm, list);
    int e = obj_is_extensible(vm, *tc.target);
    if (e < 0) goto out;
    JSValue tkeys = obj_own_keys(vm, *tc.target, OWNKEYS_STRINGS | OWNKEYS_SYMBOLS);
    if (tkeys == VAL_EXCEPTION) goto out;
    JSValue *htk = heap_handle(vm, tkeys);
    if (!convert_keys(vm, htk, true)) goto out;
    uint32_t n = val_obj(*htk)->length;
    nonconf = calloc(n ? n : 1, 1);
    if (!nonconf) goto oom;
    bool any_nonconf = false;
    for (uint32_t i = 0; i < n; i++) {
        PropDesc d;
        int f = obj_get_own_property(vm, *tc.target, val_obj(*htk)->elements->v[i], &d);
        if (f < 0) goto out;
        nonconf[i] = f && !(d.attrs & PROP_CONFIGURABLE);
        any_nonconf |= nonconf[i];
    }
    if (e && !any_nonconf) {
        r = *hl;
        goto out;
    }
    uint32_t m = val_obj(*hl)->length;
    seen = calloc(m ? m : 1, 1);
    if (!seen) goto oom;
    /* matching, with no allocation until an error: every non-configurable
     * key first, then (non-extensible target) the rest */
    KeySet ks;
    if (!keyset_init(&ks, m ? val_obj(*hl)->elements->v : NULL, m)) goto oom;
    for (uint32_t i = 0; i < m; i++) keyset_add(&ks, i);
    for (int pass = 0; pass < (e ? 1 : 2); pass++) {
        for (uint32_t i = 0; i < n; i++) {
            if (nonconf[i] != (pass == 0)) continue;
            JSValue k = val_obj(*htk)->elements->v[i];
            int64_t at = keyset_find(&ks, k);
            if (at < 0) {
                free(ks.slot);
                key_error(vm, op, "trap result did not include", k, "");
                goto out;
            }
            seen[at] = 1;
        }
    }
    free(ks.slot);
    if (!e) {
        for (uint32_t i = 0; i < m; i++) {
            if (!seen[i]) {
                invariant_error(vm, op, "trap returned extra keys but proxy target is non-extensible");
                goto out;
            }
        }
    }
    r = *hl;
    goto out;
oom:
    err_throw(vm, ERRMSG_OUT_OF_MEMORY);
out:
    free(nonconf);
    free(seen);
    proxy_leave(vm, hs);
    return r;
}

JSValue proxy_own_keys(VM *vm, JSValue proxy, int flags)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *hp = heap_handle(vm, proxy);
    JSValue *hr = heap_handle(vm, VAL_UNDEFINED);
    JSValue all = own_keys_all(vm, *hp);
    if (all == VAL_EXCEPTION) goto fail;
    JSValue *ha = heap_handle(vm, all);
    *hr = *ha;
    if ((flags & (OWNKEYS_STRINGS | OWNKEYS_SYMBOLS | OWNKEYS_ENUMERABLE_ONLY)) != (OWNKEYS_STRINGS | OWNKEYS_SYMBOLS)) {
        JSValue r = arr_new(vm, 0);
        if (r == VAL_EXCEPTION) goto fail;
        *hr = r;
        for (uint32_t i = 0; i < val_obj(*ha)->length; i++) {
            JSValue k = val_obj(*ha)->elements->v[i];
            if (!(flags & (val_is_symbol(k) ? OWNKEYS_SYMBOLS : OWNKEYS_STRINGS))) continue;
            if (flags & OWNKEYS_ENUMERABLE_ONLY) {
                PropDesc d;
                int f = obj_get_own_property(vm, *hp, k, &d);
                if (f < 0) goto fail;
                if (!f || !(d.attrs & PROP_ENUMERABLE)) continue;
                k = val_obj(*ha)->elements->v[i];
            }
            if (arr_push(vm, *hr, k) < 0) goto fail;
        }
    }
    if (!convert_keys(vm, hr, false)) goto fail;
    all = *hr;
    heap_scope_close(vm, hs);
    return all;
fail:
    heap_scope_close(vm, hs);
    return VAL_EXCEPTION;
}

/* Key states of proxy_for_in_keys, one byte per collected key. */
enum { FK_SKIP, FK_ENUMERABLE, FK_FROM_PROXY };

JSValue proxy_for_in_keys(VM *vm, JSValue obj)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *hcur = heap_handle(vm, obj);
    JSValue *hall = heap_handle(vm, VAL_UNDEFINED);    /* every key of the chain, in order */
    JSValue *howner = heap_handle(vm, VAL_UNDEFINED);  /* per key: the proxy that reported it, or undefined */
    JSValue *hkeys = heap_handle(vm, VAL_UNDEFINED);
    JSValue r = VAL_EXCEPTION;
    uint8_t *st = NULL;
    size_t st_cap = 0;
    JSValue a = arr_new(vm, 0);
    if (a == VAL_EXCEPTION) goto out;
    *hall = a;
    if ((a = arr_new(vm, 0)) == VAL_EXCEPTION) goto out;
    *howner = a;
    /* phase 1: own string keys of each object up the chain ([[GetPrototypeOf]]) */
    while (val_is_object(*hcur)) {
        bool is_proxy = val_is_proxy(*hcur);
        JSValue keys = obj_own_keys(vm, *hcur, OWNKEYS_STRINGS);
        if (keys == VAL_EXCEPTION) goto out;
        *hkeys = keys;
        if (!convert_keys(vm, hkeys, true)) goto out;
        for (uint32_t i = 0; i < val_obj(*hkeys)->length; i++) {
            uint32_t at = val_obj(*hall)->length;
            if (at >= st_cap) {
                st_cap = st_cap ? 2 * st_cap : 64;
                uint8_t *ns = realloc(st, st_cap);
                if (!ns) goto oom;
                st = ns;
            }
            JSValue k = val_obj(*hkeys)->elements->v[i];
            if (is_proxy) {
                st[at] = FK_FROM_PROXY;   /* its [[GetOwnProperty]] runs when the loop gets there */
            } else {
                PropDesc d;
                int f = obj_get_own_property(vm, *hcur, k, &d);   /* ordinary: runs no code */
                if (f < 0) goto out;
                st[at] = f && (d.attrs & PROP_ENUMERABLE) ? FK_ENUMERABLE : FK_SKIP;
                k = val_obj(*hkeys)->elements->v[i];
            }
            if (arr_push(vm, *hall, k) < 0 || arr_push(vm, *howner, is_proxy ? *hcur : VAL_UNDEFINED) < 0) goto out;
        }
        JSValue next = obj_get_proto(vm, *hcur);
        if (next == VAL_EXCEPTION) goto out;
        *hcur = next;
    }
    /* phase 2 (no allocation): a key seen nearer the object shadows the rest */
    uint32_t n = val_obj(*hall)->length, kept = 0;
    KeySet ks;
    if (!keyset_init(&ks, n ? val_obj(*hall)->elements->v : NULL, n)) goto oom;
    for (uint32_t i = 0; i < n; i++) {
        if (!keyset_add(&ks, i)) st[i] = FK_SKIP;
        kept += st[i] != FK_SKIP;
    }
    free(ks.slot);
    /* phase 3: the enumerator's list; a proxy's key as [proxy, key] */
    JSValue res = valarray_new(vm, kept);
    if (res == VAL_EXCEPTION) goto out;
    JSValue *hres = heap_handle(vm, res);
    HandleScope iter = heap_scope_open(vm);
    for (uint32_t i = 0, j = 0; i < n; i++) {
        heap_scope_close(vm, iter);
        if (st[i] == FK_SKIP) continue;
        JSValue s = atom_key_to_string(vm, val_obj(*hall)->elements->v[i]);
        if (s == VAL_EXCEPTION) goto out;
        if (st[i] == FK_FROM_PROXY) {
            JSValue *hstr = heap_handle(vm, s);
            JSValue e = valarray_new(vm, 2);
            if (e == VAL_EXCEPTION) goto out;
            ValArray *ea = (ValArray *)val_cell(e);
            heap_store(&vm->heap, &ea->hdr, &ea->v[0], val_obj(*howner)->elements->v[i]);
            heap_store(&vm->heap, &ea->hdr, &ea->v[1], *hstr);
            ea->count = 2;
            s = e;
        }
        ValArray *ra = (ValArray *)val_cell(*hres);
        heap_store(&vm->heap, &ra->hdr, &ra->v[j++], s);
        ra->count = j;
    }
    r = *hres;
    goto out;
oom:
    err_throw(vm, ERRMSG_OUT_OF_MEMORY);
out:
    free(st);
    heap_scope_close(vm, hs);
    return r;
}

/* ---- [[Call]] and [[Construct]] ------------------------------------------------- */

JSValue proxy_call(VM *vm, JSValue proxy, JSValue this_val, uint32_t argc, const JSValue *argv, JSValue new_target)
{
    bool construct = new_target != VAL_HOLE;
    if (!proxy_enter(vm)) return VAL_EXCEPTION;
    HandleScope hs = heap_scope_open(vm);
    JSValue *hthis = heap_handle(vm, this_val);
    JSValue *hnt = heap_handle(vm, new_target);
    JSValue r = VAL_EXCEPTION;
    TrapCall tc;
    if (!trap_begin(vm, proxy, construct ? "construct" : "apply", &tc)) goto out;
    if (*tc.trap == VAL_UNDEFINED) {
        r = construct ? vm_construct(vm, *tc.target, (int)argc, argv, *hnt)
                      : vm_call(vm, *tc.target, *hthis, (int)argc, argv);
        goto out;
    }
    JSValue list = arr_new_from(vm, argv, argc);
    if (list == VAL_EXCEPTION) goto out;
    JSValue *hl = heap_handle(vm, list);
    if (construct) {
        JSValue extra[2] = { *hl, *hnt };
        r = call_trap_with(vm, &tc, 2, extra);
        if (r != VAL_EXCEPTION && !val_is_object(r)) {
            invariant_error(vm, "construct", "trap returned non-object");
            r = VAL_EXCEPTION;
        }
    } else {
        JSValue extra[2] = { *hthis, *hl };
        r = call_trap_with(vm, &tc, 2, extra);
    }
out:
    proxy_leave(vm, hs);
    return r;
}

/* ---- the constructor and Proxy.revocable ------------------------------------------ */

static JSValue proxy_create(VM *vm, JSValue target, JSValue handler)
{
    if (!val_is_object(target) || !val_is_object(handler))
        return bi_throw_type(vm, "Cannot create proxy with a non-object as target or handler");
    uint16_t flags = (uint16_t)((rt_is_callable(target) ? OBJ_CALLABLE : 0) |
                                (rt_is_constructor(target) ? OBJ_IS_CONSTRUCTOR : 0));
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
    if (p != VAL_EXCEPTION) val_obj(p)->flags = flags;   /* not extensible: it holds no properties itself */
    BI_RETURN(p);
}

static JSValue proxy_ctor(VM *vm, JSValue *args, int argc, JSValue nt)
{
    if (nt == VAL_UNDEFINED) return bi_throw_type(vm, "Constructor Proxy requires 'new'");
    return proxy_create(vm, bi_arg(args, argc, 0), bi_arg(args, argc, 1));
}

/* A revoke function: its data is the proxy, undefined once used. */
static JSValue proxy_revoke(VM *vm, JSValue *args, int argc, JSValue nt)
{
    (void)args;
    (void)argc;
    (void)nt;
    JSFunction *fn = call_native_callee(vm);
    JSValue p = fn->data;
    heap_store(&vm->heap, &fn->obj.hdr, &fn->data, VAL_UNDEFINED);
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
    JSFunction *rf = (JSFunction *)val_obj(fn);
    heap_store(&vm->heap, &rf->obj.hdr, &rf->data, *hp);
    JSValue *hb = heap_handle(vm, fn);
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
