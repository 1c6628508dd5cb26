/*
 * error.c (builtins) -- the Error constructors (Error and the native
 * errors, AggregateError), Error.isError and Error.prototype (prefix
 * bi_error_).  Error objects and their `stack` come from err_new
 * (engine/error.c).
 */
#include "bi_internal.h"

static const struct {
    const char *name;
    ErrorType type;
    IntrinsicId proto;
} error_types[] = {
    { "Error", Error, INTR_ErrorPrototype },
    { "EvalError", EvalError, INTR_EvalErrorPrototype },
    { "RangeError", RangeError, INTR_RangeErrorPrototype },
    { "ReferenceError", ReferenceError, INTR_ReferenceErrorPrototype },
    { "SyntaxError", SyntaxError, INTR_SyntaxErrorPrototype },
    { "TypeError", TypeError, INTR_TypeErrorPrototype },
    { "URIError", URIError, INTR_URIErrorPrototype },
    { "AggregateError", AggregateError, INTR_AggregateErrorPrototype },
};

/* The common constructor: message at args[msg_index], options after it. */
static JSValue construct_error(VM *vm, JSValue *args, int argc, JSValue new_target, ErrorType type, int msg_index)
{
    BI_SCOPE;
    JSValue *nt = heap_handle(vm, new_target);   /* rooted: err_new allocates */
    JSValue msg = bi_arg(args, argc, msg_index);
    JSValue e = err_new(vm, type, msg);
    if (e == VAL_EXCEPTION) BI_RETURN(e);
    JSValue *he = heap_handle(vm, e);
    if (val_is_object(*nt)) {
        IntrinsicId fallback = INTR_ErrorPrototype;
        for (size_t i = 0; i < sizeof error_types / sizeof error_types[0]; i++)
            if (error_types[i].type == type) fallback = error_types[i].proto;
        JSValue proto = bi_proto_from_ctor(vm, *nt, fallback);
        if (proto == VAL_EXCEPTION) BI_RETURN(proto);
        if (proto != val_obj(*he)->proto && obj_set_proto(vm, *he, proto) < 0) BI_RETURN(VAL_EXCEPTION);
    }
    JSValue options = bi_arg(args, argc, msg_index + 1);
    if (val_is_object(options)) {
        int has = obj_has_property(vm, options, vm_atom(vm, ATOM_cause));
        if (has < 0) BI_RETURN(VAL_EXCEPTION);
        if (has) {
            JSValue cause = obj_get(vm, args[msg_index + 1], vm_atom(vm, ATOM_cause));
            if (cause == VAL_EXCEPTION ||
                obj_define_value(vm, *he, vm_atom(vm, ATOM_cause), cause, PROP_HIDDEN) < 0)
                BI_RETURN(VAL_EXCEPTION);
        }
    }
    BI_RETURN(*he);
}

#define ERROR_CTOR(fname, type)                                                            \
    static JSValue fname(VM *vm, JSValue *args, int argc, JSValue new_target)              \
    {                                                                                      \
        return construct_error(vm, args, argc, new_target, type, 0);                       \
    }

ERROR_CTOR(error_ctor, Error)
ERROR_CTOR(eval_error_ctor, EvalError)
ERROR_CTOR(range_error_ctor, RangeError)
ERROR_CTOR(reference_error_ctor, ReferenceError)
ERROR_CTOR(syntax_error_ctor, SyntaxError)
ERROR_CTOR(type_error_ctor, TypeError)
ERROR_CTOR(uri_error_ctor, URIError)

static JSValue aggregate_error_ctor(VM *vm, JSValue *args, int argc, JSValue new_target)
{
    BI_SCOPE;
    JSValue e = construct_error(vm, args, argc, new_target, AggregateError, 1);
    if (e == VAL_EXCEPTION) BI_RETURN(e);
    JSValue *he = heap_handle(vm, e);
    JSValue list = arr_new(vm, 0);
    if (list == VAL_EXCEPTION) BI_RETURN(list);
    JSValue *hl = heap_handle(vm, list);
    if (rt_spread_into(vm, *hl, bi_arg(args, argc, 0)) < 0) BI_RETURN(VAL_EXCEPTION);
    JSValue key = atom_from_cstr(vm, "errors");
    if (key == VAL_EXCEPTION || obj_define_value(vm, *he, key, *hl, PROP_HIDDEN) < 0) BI_RETURN(VAL_EXCEPTION);
    BI_RETURN(*he);
}

static const NativeFn ctors[] = {
    error_ctor, eval_error_ctor, range_error_ctor, reference_error_ctor,
    syntax_error_ctor, type_error_ctor, uri_error_ctor, aggregate_error_ctor,
};

/* Error.prototype.toString */
/* Error.prototype.toString's result for the object in the rooted slot *o. */
static JSValue error_string_of(VM *vm, JSValue *o)
{
    BI_SCOPE;
    JSValue name = obj_get(vm, *o, vm_atom(vm, ATOM_name));
    if (name == VAL_EXCEPTION) BI_RETURN(name);
    name = name == VAL_UNDEFINED ? str_from_cstr(vm, "Error") : rt_to_string(vm, name);
    if (name == VAL_EXCEPTION) BI_RETURN(name);
    JSValue *hn = heap_handle(vm, name);
    JSValue msg = obj_get(vm, *o, vm_atom(vm, ATOM_message));
    if (msg == VAL_EXCEPTION) BI_RETURN(msg);
    msg = msg == VAL_UNDEFINED ? vm_atom(vm, ATOM_empty) : rt_to_string(vm, msg);
    if (msg == VAL_EXCEPTION) BI_RETURN(msg);
    if (str_length(*hn) == 0) BI_RETURN(msg);
    if (str_length(msg) == 0) BI_RETURN(*hn);
    StrBuilder b;
    sb_init(&b);
    sb_add_string(vm, &b, *hn);
    sb_add_cstr(&b, ": ");
    sb_add_string(vm, &b, msg);
    BI_RETURN(sb_finish(vm, &b));
}

static JSValue error_to_string(VM *vm, JSValue *args, int argc, JSValue nt)
{
    if (!val_is_object(args[-1])) {
        char *d = bi_describe(vm, args[-1]);
        JSValue r = err_throw_type(vm, TypeError, "Error.prototype.toString requires that 'this' be an Object (got %s)",
                                   d ? d : "value");
        free(d);
        return r;
    }
    return error_string_of(vm, &args[-1]);
}

/* Error.isError(arg) (ES2026): true exactly for objects with an
 * [[ErrorData]] slot, which here are the CLS_ERROR cells err_new makes (any
 * error constructor, subclasses included).  A proxy is never one: the slot
 * is the proxy's own, not its target's, and no trap is consulted. */
static JSValue error_is_error(VM *vm, JSValue *args, int argc, JSValue nt)
{
    (void)vm;
    JSValue arg = bi_arg(args, argc, 0);
    return val_from_bool(val_is_object(arg) && val_obj(arg)->cls == CLS_ERROR);
}

/* Error.captureStackTrace(obj[, fn]): gives obj a `stack` like a new
 * error's: the Error.prototype.toString header, then the frames (those from
 * the innermost call of fn up left out). */
static JSValue error_capture_stack_trace(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    JSValue target = bi_arg(args, argc, 0);
    if (!val_is_object(target)) BI_RETURN(bi_throw_type(vm, "Invalid argument"));
    JSValue head = error_string_of(vm, &args[0]);
    if (head == VAL_EXCEPTION) BI_RETURN(head);
    StrBuilder b;
    sb_init(&b);
    sb_add_string(vm, &b, head);
    char *frames = err_capture_stack_above(vm, bi_arg(args, argc, 1));
    if (frames && *frames) {
        sb_add_unit(&b, '\n');
        sb_add_cstr(&b, frames);
    }
    free(frames);
    JSValue stack = sb_finish(vm, &b);
    if (stack == VAL_EXCEPTION || obj_define_value(vm, args[0], vm_atom(vm, ATOM_stack), stack, PROP_HIDDEN) < 0)
        BI_RETURN(VAL_EXCEPTION);
    BI_RETURN(VAL_UNDEFINED);
}

bool bi_error_init(VM *vm)
{
    HandleScope hs = heap_scope_open(vm);
    bool ok = false;
    JSValue *base_ctor = heap_handle(vm, VAL_UNDEFINED);
    for (size_t i = 0; i < sizeof error_types / sizeof error_types[0]; i++) {
        JSValue parent = i == 0 ? vm_intrinsic(vm, INTR_ObjectPrototype) : vm_intrinsic(vm, INTR_ErrorPrototype);
        JSValue p = obj_new(vm, parent);
        if (p == VAL_EXCEPTION) goto out;
        vm->intrinsics[error_types[i].proto] = p;
        JSValue *proto = heap_handle(vm, p);
        int len = error_types[i].type == AggregateError ? 2 : 1;
        JSValue c = realm_def_class(vm, error_types[i].name, ctors[i], len, *proto);
        if (c == VAL_EXCEPTION) goto out;
        JSValue *hc = heap_handle(vm, c);
        if (i == 0) {
            *base_ctor = *hc;
            if (realm_def_method(vm, *proto, "toString", error_to_string, 0, 0) < 0 ||
                realm_def_method(vm, *hc, "captureStackTrace", error_capture_stack_trace, 2, 0) < 0 ||
                realm_def_method(vm, *hc, "isError", error_is_error, 1, 0) < 0 ||
                realm_def_value(vm, *hc, "stackTraceLimit", val_from_int(10), PROP_DEFAULT) < 0)
                goto out;
        } else if (obj_set_proto(vm, *hc, *base_ctor) < 0) {
            goto out;
        }
        JSValue name = str_from_cstr(vm, error_types[i].name);
        if (name == VAL_EXCEPTION || realm_def_value(vm, *proto, "name", name, PROP_HIDDEN) < 0 ||
            realm_def_value(vm, *proto, "message", vm_atom(vm, ATOM_empty), PROP_HIDDEN) < 0)
            goto out;
    }
    ok = true;
out:
    heap_scope_close(vm, hs);
    return ok;
}
