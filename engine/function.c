/*
 * function.c -- function objects (prefix fn_): closures over bytecode,
 * native builtins and bound functions, with their `length`, `name` and
 * `prototype` properties as the spec creates them.
 *
 * Property order and attributes (what getOwnPropertyNames shows):
 *   length  {W: false, E: false, C: true}
 *   name    {W: false, E: false, C: true}
 *   prototype (constructors only) {W: true (false for classes), E: false, C: false}
 *     whose `constructor` is {W: true, E: false, C: true}; generator functions
 *     (never constructors) get one too, inheriting from %GeneratorPrototype%,
 *     without `constructor`
 * Bound functions: fp = NULL, native = NULL, data = ValArray
 * [target, this, args...] with count = capacity = 2 + number of args.
 */
#include "object_internal.h"

#include "function.h"
#include "runtime.h"

static JSFunction *as_fn(JSValue v) { return (JSFunction *)val_obj(v); }

static JSValue fn_alloc(VM *vm, JSValue proto)
{
    JSValue f = obj_new_class(vm, proto, CLS_FUNCTION, sizeof(JSFunction));
    if (f == VAL_EXCEPTION) return f;
    JSFunction *fn = as_fn(f);
    fn->fp = NULL;
    fn->native = NULL;
    fn->env = VAL_UNDEFINED;
    fn->home = VAL_UNDEFINED;
    fn->data = VAL_UNDEFINED;
    fn->magic = 0;
    fn->pad = 0;
    return f;
}

/* length then name, both configurable only. */
static bool define_length_name(VM *vm, JSValue *hf, JSValue length, JSValue name)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *hlen = heap_handle(vm, length);
    JSValue *hname = heap_handle(vm, name);   /* hlen + 1 */
    /* the usual case: a new function whose length/name transitions exist */
    const JSValue keys[2] = { vm_atom(vm, ATOM_length), vm_atom(vm, ATOM_name) };
    const uint32_t attrs[2] = { PROP_CONFIGURABLE, PROP_CONFIGURABLE };
    int fast = shape_add_fresh(vm, hf, 2, keys, attrs, hlen);
    if (fast != 0) {
        heap_scope_close(vm, hs);
        return fast > 0;
    }
    length = *hlen;
    bool ok = obj_define_value(vm, *hf, vm_atom(vm, ATOM_length), length, PROP_CONFIGURABLE) >= 0 &&
              obj_define_value(vm, *hf, vm_atom(vm, ATOM_name), *hname, PROP_CONFIGURABLE) >= 0;
    heap_scope_close(vm, hs);
    return ok;
}

JSValue fn_new_closure(VM *vm, FunctionProto *fp, JSValue env)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *henv = heap_handle(vm, env);
    /* generator and async functions inherit from %GeneratorFunction.prototype% & co. */
    IntrinsicId fproto = INTR_FunctionPrototype;
    if (fp->flags & FP_GENERATOR)
        fproto = (fp->flags & FP_ASYNC) ? INTR_AsyncGeneratorFunctionPrototype : INTR_GeneratorFunctionPrototype;
    else if (fp->flags & FP_ASYNC)
        fproto = INTR_AsyncFunctionPrototype;
    JSValue f = fn_alloc(vm, vm_intrinsic(vm, fproto));
    if (f == VAL_EXCEPTION) goto fail;
    JSValue *hf = heap_handle(vm, f);
    JSFunction *fn = as_fn(f);
    fn->fp = fp;
    fn->env = *henv;
    bool ctor = false, klass = (fp->flags & FP_CLASS_CTOR) != 0;
    if (klass) {
        fn->obj.flags |= OBJ_CLASS_CTOR | OBJ_IS_CONSTRUCTOR;
        ctor = true;
    } else if (!(fp->flags & (FP_ARROW | FP_METHOD | FP_GETTER | FP_SETTER | FP_TOP_LEVEL | FP_GENERATOR | FP_ASYNC))) {
        fn->obj.flags |= OBJ_IS_CONSTRUCTOR;
        ctor = true;
    }
    JSValue name = val_is_string(fp->name) ? fp->name : vm_atom(vm, ATOM_empty);
    if (!define_length_name(vm, hf, val_from_int((int32_t)fp->length), name)) goto fail;
    if (ctor) {
        JSValue p = obj_new(vm, vm_intrinsic(vm, INTR_ObjectPrototype));
        if (p == VAL_EXCEPTION) goto fail;
        JSValue *hp = heap_handle(vm, p);
        if (obj_define_value(vm, *hp, vm_atom(vm, ATOM_constructor), *hf, PROP_HIDDEN) < 0) goto fail;
        if (obj_define_value(vm, *hf, vm_atom(vm, ATOM_prototype), *hp, klass ? 0 : PROP_WRITABLE) < 0) goto fail;
    } else if (fp->flags & FP_GENERATOR) {
        /* the prototype of its generator objects (no `constructor`) */
        JSValue p = obj_new(vm, vm_intrinsic(vm, (fp->flags & FP_ASYNC) ? INTR_AsyncGeneratorPrototype : INTR_GeneratorPrototype));
        if (p == VAL_EXCEPTION) goto fail;
        if (obj_define_value(vm, *hf, vm_atom(vm, ATOM_prototype), p, PROP_WRITABLE) < 0) goto fail;
    }
    f = *hf;
    heap_scope_close(vm, hs);
    return f;
fail:
    heap_scope_close(vm, hs);
    return VAL_EXCEPTION;
}

JSValue fn_new_native(VM *vm, const char *name, NativeFn native, int length, int magic)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue proto = vm_intrinsic(vm, INTR_FunctionPrototype);
    JSValue f = fn_alloc(vm, val_is_object(proto) ? proto : VAL_NULL);
    if (f == VAL_EXCEPTION) goto fail;
    JSValue *hf = heap_handle(vm, f);
    as_fn(f)->native = native;
    as_fn(f)->magic = magic;
    JSValue n = atom_from_cstr(vm, name ? name : "");
    if (n == VAL_EXCEPTION) goto fail;
    if (!define_length_name(vm, hf, val_from_int(length), n)) goto fail;
    f = *hf;
    heap_scope_close(vm, hs);
    return f;
fail:
    heap_scope_close(vm, hs);
    return VAL_EXCEPTION;
}

JSValue fn_new_bound(VM *vm, JSValue target, JSValue this_val, const JSValue *args, int argc)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *ht = heap_handle(vm, target);
    JSValue *hthis = heap_handle(vm, this_val);
    JSValue tp = obj_get_proto(vm, *ht);   /* a proxy's trap may run */
    if (tp == VAL_EXCEPTION) goto fail;
    JSValue *htp = heap_handle(vm, tp);
    JSValue dv = valarray_new(vm, (uint32_t)argc + 2);
    if (dv == VAL_EXCEPTION) goto fail;
    JSValue *hd = heap_handle(vm, dv);
    ValArray *d = (ValArray *)val_cell(dv);
    d->v[0] = *ht;
    d->v[1] = *hthis;
    for (int i = 0; i < argc; i++) d->v[2 + i] = args[i];
    d->count = (uint32_t)argc + 2;
    JSValue f = fn_alloc(vm, *htp);
    if (f == VAL_EXCEPTION) goto fail;
    JSValue *hf = heap_handle(vm, f);
    as_fn(f)->data = *hd;
    if (val_obj(*ht)->flags & OBJ_IS_CONSTRUCTOR) val_obj(f)->flags |= OBJ_IS_CONSTRUCTOR;

    /* length: max(0, target.length - argc) when target has an own numeric length */
    double len = 0;
    int has = obj_has_own(vm, *ht, vm_atom(vm, ATOM_length));
    if (has > 0) {
        JSValue l = obj_get(vm, *ht, vm_atom(vm, ATOM_length));
        if (l == VAL_EXCEPTION) goto fail;
        if (val_is_number(l)) {
            double x = val_to_number(l);
            if (isinf(x)) {
                len = x > 0 ? x : 0;
            } else {
                x = isnan(x) ? 0 : trunc(x);
                len = x - argc > 0 ? x - argc : 0;
            }
        }
    }
    JSValue *hlen = heap_handle(vm, val_number(len));
    /* name: "bound " + target.name (a string, else "") */
    JSValue tn = obj_get(vm, *ht, vm_atom(vm, ATOM_name));
    if (tn == VAL_EXCEPTION) goto fail;
    if (!val_is_string(tn)) tn = vm_atom(vm, ATOM_empty);
    JSValue *htn = heap_handle(vm, tn);
    JSValue prefix = str_from_cstr(vm, "bound ");
    if (prefix == VAL_EXCEPTION) goto fail;
    JSValue name = str_concat(vm, prefix, *htn);
    if (name == VAL_EXCEPTION) goto fail;
    if (!define_length_name(vm, hf, *hlen, name)) goto fail;
    f = *hf;
    heap_scope_close(vm, hs);
    return f;
fail:
    heap_scope_close(vm, hs);
    return VAL_EXCEPTION;
}

bool fn_is_constructor(JSValue f)
{
    return val_is_function(f) && (val_obj(f)->flags & OBJ_IS_CONSTRUCTOR);
}

JSValue fn_name(VM *vm, JSValue f)
{
    if (!val_is_object(f)) return vm_atom(vm, ATOM_empty);
    OwnProp p;
    if (obj_find_own(vm, val_obj(f), vm_atom(vm, ATOM_name), &p) && !(p.attrs & PROP_ACCESSOR) &&
        val_is_string(p.value))
        return p.value;
    if (val_is_function(f) && as_fn(f)->fp && val_is_string(as_fn(f)->fp->name)) return as_fn(f)->fp->name;
    return vm_atom(vm, ATOM_empty);
}

int fn_set_name(VM *vm, JSValue f, JSValue key, const char *prefix)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *hf = heap_handle(vm, f);
    JSValue *hname = heap_handle(vm, VAL_UNDEFINED);
    int r = -1;
    if (val_is_symbol(key)) {
        JSValue d = ((JSSymbol *)val_cell(key))->description;
        if (val_is_string(d)) {
            JSValue *hdesc = heap_handle(vm, d);
            JSValue open = str_from_cstr(vm, "[");
            if (open == VAL_EXCEPTION) goto done;
            JSValue s = str_concat(vm, open, *hdesc);
            if (s == VAL_EXCEPTION) goto done;
            *hname = s;
            JSValue close = str_from_cstr(vm, "]");
            if (close == VAL_EXCEPTION) goto done;
            s = str_concat(vm, *hname, close);
            if (s == VAL_EXCEPTION) goto done;
            *hname = s;
        } else {
            *hname = vm_atom(vm, ATOM_empty);
        }
    } else {
        JSValue s = atom_key_to_string(vm, key);
        if (s == VAL_EXCEPTION) goto done;
        *hname = s;
    }
    if (prefix && *prefix) {
        char buf[32];
        snprintf(buf, sizeof buf, "%s ", prefix);
        JSValue p = str_from_cstr(vm, buf);
        if (p == VAL_EXCEPTION) goto done;
        JSValue s = str_concat(vm, p, *hname);
        if (s == VAL_EXCEPTION) goto done;
        *hname = s;
    }
    r = obj_define_value(vm, *hf, vm_atom(vm, ATOM_name), *hname, PROP_CONFIGURABLE);
done:
    heap_scope_close(vm, hs);
    return r < 0 ? -1 : 1;
}
