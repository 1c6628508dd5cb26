/*
 * realm.h -- creating the global environment (prefix realm_): intrinsic
 * prototypes and constructors (intrinsics.def), the global object and its
 * properties, installed by the builtin families in builtins/.
 */
#ifndef TL_REALM_H
#define TL_REALM_H

#include "vm.h"

/* Create every intrinsic and the global object; false on OOM. */
bool realm_init(VM *vm, int script_argc, char **script_argv);

/* Helpers for builtin families: define a native method / getter on obj
 * (attributes: writable, configurable, non-enumerable). */
int realm_def_method(VM *vm, JSValue obj, const char *name, NativeFn fn, int length, int magic);
int realm_def_method_key(VM *vm, JSValue obj, JSValue key, const char *name, NativeFn fn, int length);
int realm_def_getter(VM *vm, JSValue obj, const char *name, NativeFn fn);
int realm_def_value(VM *vm, JSValue obj, const char *name, JSValue v, uint32_t attrs);
/* A constructor function with its prototype object linked both ways. */
JSValue realm_def_class(VM *vm, const char *name, NativeFn ctor, int length, JSValue proto_obj);

#endif
