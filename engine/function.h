/*
 * function.h -- function objects (prefix fn_): closures over bytecode,
 * native builtins and bound functions.
 */
#ifndef TL_FUNCTION_H
#define TL_FUNCTION_H

#include "object.h"

struct FunctionProto;

/* A closure of fp over env.  Sets length, name, and (unless arrow/method)
 * a fresh `prototype` object; class constructors get OBJ_CLASS_CTOR. */
JSValue fn_new_closure(struct VM *vm, struct FunctionProto *fp, JSValue env);
/* A native function with the given name and length (property attributes per
 * spec: configurable, non-writable, non-enumerable). */
JSValue fn_new_native(struct VM *vm, const char *name, NativeFn fn, int length, int magic);
JSValue fn_new_bound(struct VM *vm, JSValue target, JSValue this_val, const JSValue *args, int argc);
bool fn_is_constructor(JSValue f);
/* Name for stack traces and messages (may be ""). */
JSValue fn_name(struct VM *vm, JSValue f);
/* Set `name` the way SetFunctionName does (prefix "get"/"set"/"" ). */
int fn_set_name(struct VM *vm, JSValue f, JSValue key, const char *prefix);

#endif
