/*
 * boolean.c -- the Boolean constructor and Boolean.prototype
 * (prefix bi_boolean_).
 */
#include "bi_internal.h"

static JSValue boolean_ctor(VM *vm, JSValue *args, int argc, JSValue new_target)
{
    JSValue b = val_from_bool(rt_to_boolean(bi_arg(args, argc, 0)));
    if (new_target == VAL_UNDEFINED) return b;
    JSValue proto = bi_proto_from_ctor(vm, new_target, INTR_BooleanPrototype);
    if (proto == VAL_EXCEPTION) return proto;
    return bi_new_wrapper(vm, proto, CLS_BOOLEAN, b);
}

static JSValue boolean_value_of(VM *vm, JSValue *args, int argc, JSValue nt)
{
    JSValue b;
    if (!bi_this_primitive(args[-1], CLS_BOOLEAN, &b))
        return bi_throw_type(vm, "Boolean.prototype.valueOf requires that 'this' be a Boolean");
    return b;
}

static JSValue boolean_to_string(VM *vm, JSValue *args, int argc, JSValue nt)
{
    JSValue b;
    if (!bi_this_primitive(args[-1], CLS_BOOLEAN, &b))
        return bi_throw_type(vm, "Boolean.prototype.toString requires that 'this' be a Boolean");
    return vm_atom(vm, b == VAL_TRUE ? ATOM_true_ : ATOM_false_);
}

bool bi_boolean_init(VM *vm)
{
    HandleScope hs = heap_scope_open(vm);
    bool ok = false;
    JSValue p = bi_new_wrapper(vm, vm_intrinsic(vm, INTR_ObjectPrototype), CLS_BOOLEAN, VAL_FALSE);
    if (p == VAL_EXCEPTION) goto out;
    vm->intrinsics[INTR_BooleanPrototype] = p;
    JSValue *proto = heap_handle(vm, p);
    if (realm_def_class(vm, "Boolean", boolean_ctor, 1, *proto) == VAL_EXCEPTION) goto out;
    ok = realm_def_method(vm, *proto, "toString", boolean_to_string, 0, 0) == 0 &&
         realm_def_method(vm, *proto, "valueOf", boolean_value_of, 0, 0) == 0;
out:
    heap_scope_close(vm, hs);
    return ok;
}
