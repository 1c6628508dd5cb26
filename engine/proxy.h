/*
 * proxy.h -- Proxy exotic objects (ECMA-262 §10.5), prefix proxy_.
 * A proxy is a JSWrapper with cls CLS_PROXY whose internal is a ValArray
 * [target, handler]; both are null once the proxy is revoked.  The proxy
 * object itself never holds properties (null prototype, not extensible,
 * empty shape), so shape ICs never describe it (feedback.c exotic_key).
 *
 * Implemented so far: [[Get]], [[Set]], [[HasProperty]], [[Delete]] with
 * their traps and invariant checks; [[DefineOwnProperty]] and
 * [[GetOwnProperty]] forward to the target when the handler has no trap
 * (a trap there throws a TypeError: not implemented yet).
 */
#ifndef TL_PROXY_H
#define TL_PROXY_H

#include "object.h"

struct VM;

static inline bool val_is_proxy(JSValue v) { return obj_is_class(v, CLS_PROXY); }

JSValue proxy_get(struct VM *vm, JSValue proxy, JSValue key, JSValue receiver);
int proxy_set(struct VM *vm, JSValue proxy, JSValue key, JSValue v, JSValue receiver);
int proxy_has(struct VM *vm, JSValue proxy, JSValue key);
int proxy_delete(struct VM *vm, JSValue proxy, JSValue key);
int proxy_define_own(struct VM *vm, JSValue proxy, JSValue key, const PropDesc *desc, bool throw_on_fail);
int proxy_get_own_property(struct VM *vm, JSValue proxy, JSValue key, PropDesc *out);

#endif
