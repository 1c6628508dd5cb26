/*
 * proxy.h -- Proxy exotic objects (ECMA-262 §10.5), prefix proxy_.
 * A proxy is a JSWrapper with cls CLS_PROXY whose internal is a ValArray
 * [target, handler]; both are null once the proxy is revoked.  The proxy
 * object itself never holds properties (null prototype, not extensible,
 * empty shape), so shape ICs never describe it (feedback.c exotic_key).
 * A proxy of a callable carries OBJ_CALLABLE, of a constructor also
 * OBJ_IS_CONSTRUCTOR; both are fixed at creation (revocation keeps them).
 *
 * The object model dispatches here from its generic entry points
 * (obj_get_with_receiver, obj_set, obj_has_property, obj_delete,
 * obj_define_own, obj_get_own_property, obj_get_proto, obj_set_proto,
 * obj_is_extensible, obj_prevent_extensions, obj_own_keys,
 * obj_for_in_keys); calls reach proxy_call from the slow path of every
 * call sequence that found a callee that is not a JSFunction.  Every
 * internal method checks the invariants §10.5 names and throws a
 * TypeError when a trap breaks one.
 */
#ifndef TL_PROXY_H
#define TL_PROXY_H

#include "object.h"

struct VM;

static inline bool val_is_proxy(JSValue v) { return obj_is_class(v, CLS_PROXY); }
static inline bool proxy_is_callable(JSValue v) { return val_is_proxy(v) && (val_obj(v)->flags & OBJ_CALLABLE); }

JSValue proxy_get(struct VM *vm, JSValue proxy, JSValue key, JSValue receiver);
int proxy_set(struct VM *vm, JSValue proxy, JSValue key, JSValue v, JSValue receiver);
int proxy_has(struct VM *vm, JSValue proxy, JSValue key);
int proxy_delete(struct VM *vm, JSValue proxy, JSValue key);
int proxy_define_own(struct VM *vm, JSValue proxy, JSValue key, const PropDesc *desc, bool throw_on_fail);
int proxy_get_own_property(struct VM *vm, JSValue proxy, JSValue key, PropDesc *out);
JSValue proxy_get_proto(struct VM *vm, JSValue proxy);             /* object, null or VAL_EXCEPTION */
int proxy_set_proto(struct VM *vm, JSValue proxy, JSValue proto);
int proxy_is_extensible(struct VM *vm, JSValue proxy);
int proxy_prevent_extensions(struct VM *vm, JSValue proxy);
/* [[OwnPropertyKeys]] filtered as obj_own_keys (OWNKEYS_* flags): an array
 * of PropKeys, or VAL_EXCEPTION. */
JSValue proxy_own_keys(struct VM *vm, JSValue proxy, int flags);
/* The for-in key list of a prototype chain that holds a proxy (see
 * obj_for_in_keys): keys a proxy reported are entries [proxy, key] that
 * the enumerator checks with [[GetOwnProperty]] when it reaches them. */
JSValue proxy_for_in_keys(struct VM *vm, JSValue obj);
/* [[Call]] (new_target VAL_HOLE) or [[Construct]] of a callable proxy;
 * argv lies in rooted slots (the VM stack or handles). */
JSValue proxy_call(struct VM *vm, JSValue proxy, JSValue this_val, uint32_t argc, const JSValue *argv,
                   JSValue new_target);

#endif
