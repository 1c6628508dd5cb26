/*
 * interp_ops.c -- out-of-line opcode helpers of the interpreter (prefix
 * interp_): errors with names, environments, global declarations, super
 * property access, property definition for literals and classes, class
 * creation, relational comparison, iteration and for-in, spread windows.
 * See interp_ops.h for the conventions.
 */
#include <stdlib.h>
#include <string.h>

#include "interp_ops.h"

#include "array.h"
#include "builtins/builtins.h"
#include "builtins/generator.h"
#include "call.h"
#include "error.h"
#include "function.h"
#include "runtime.h"
#include "shape.h"
#include "str.h"

/* ---- errors -------------------------------------------------------------- */

/* A malloc'd C string for a key or value in a message. */
static char *describe(VM *vm, JSValue v)
{
    if (val_is_string(v)) return str_to_utf8(vm, v, NULL);
    return err_describe(vm, v);
}

JSValue interp_throw_tdz(VM *vm, JSValue name)
{
    char *s = describe(vm, name);
    JSValue r = err_throw(vm, ERRMSG_TDZ, s ? s : "");
    free(s);
    return r;
}

JSValue interp_throw_this_tdz(VM *vm) { return err_throw(vm, ERRMSG_THIS_TDZ); }

JSValue interp_throw_error(VM *vm, uint32_t msg, JSValue arg)
{
    if (msg >= ERRMSG__COUNT) msg = ERRMSG_BAD_ARG;
    char *s = val_is_undefined(arg) ? NULL : describe(vm, arg);
    JSValue r = err_throw(vm, (ErrorMsg)msg, s ? s : "");
    free(s);
    return r;
}

/* ---- environments and globals --------------------------------------------- */

int interp_copy_env(VM *vm, Frame *fr)
{
    JSEnv *e = (JSEnv *)val_cell(fr->env);
    JSValue n = env_new(vm, e->parent, e->count);
    if (n == VAL_EXCEPTION) return -1;
    JSEnv *src = (JSEnv *)val_cell(fr->env), *dst = (JSEnv *)val_cell(n);
    for (uint32_t i = 0; i < src->count; i++) dst->vars[i] = src->vars[i];
    fr->env = n;
    return 0;
}

/* A global var or function name may not also be a global lexical binding
 * (GlobalDeclarationInstantiation / EvalDeclarationInstantiation). */
static int check_no_global_lex(VM *vm, JSValue key)
{
    int r = obj_has_own(vm, vm->global_lex, key);
    if (r > 0) {
        char *s = describe(vm, key);
        err_throw(vm, ERRMSG_REDECLARED, s ? s : "");
        free(s);
        return -1;
    }
    return r;
}

/* CreateGlobalVarBinding (D = true for eval code). */
int interp_declare_var(VM *vm, JSValue key, bool eval)
{
    if (check_no_global_lex(vm, key) < 0) return -1;
    int r = obj_has_own(vm, vm->global, key);
    uint32_t attrs = PROP_WRITABLE | PROP_ENUMERABLE | (eval ? PROP_CONFIGURABLE : 0);
    if (r <= 0) r = r < 0 ? -1 : obj_define_value(vm, vm->global, key, VAL_UNDEFINED, attrs);
    return r < 0 ? -1 : 0;
}

/* CreateGlobalFunctionBinding: a configurable (or absent) property is
 * redefined as a data property (configurable only for eval code),
 * otherwise only set. */
int interp_declare_func(VM *vm, JSValue key, JSValue fn, bool eval)
{
    if (check_no_global_lex(vm, key) < 0) return -1;
    HandleScope hs = heap_scope_open(vm);
    JSValue *hk = heap_handle(vm, key), *hf = heap_handle(vm, fn);
    PropDesc d;
    int r = obj_get_own_property(vm, vm->global, *hk, &d);
    if (r >= 0) {
        if (r == 0 || (d.attrs & PROP_CONFIGURABLE)) {
            PropDesc nd = {.value = *hf, .getter = VAL_HOLE, .setter = VAL_HOLE,
                           .attrs = PROP_WRITABLE | PROP_ENUMERABLE | (eval ? PROP_CONFIGURABLE : 0),
                           .has = DESC_HAS_VALUE | DESC_HAS_WRITABLE | DESC_HAS_ENUMERABLE | DESC_HAS_CONFIGURABLE};
            r = obj_define_own(vm, vm->global, *hk, &nd, true);
        } else {
            r = obj_set(vm, vm->global, *hk, *hf, vm->global);
        }
    }
    heap_scope_close(vm, hs);
    return r < 0 ? -1 : 0;
}

int interp_declare_lex(VM *vm, JSValue key, bool is_const)
{
    int r = obj_has_own(vm, vm->global_lex, key);
    if (r < 0) return -1;
    if (r > 0) {
        char *s = describe(vm, key);
        err_throw(vm, ERRMSG_REDECLARED, s ? s : "");
        free(s);
        return -1;
    }
    uint32_t attrs = is_const ? PROP_ENUMERABLE : PROP_WRITABLE | PROP_ENUMERABLE;
    if (obj_define_value(vm, vm->global_lex, key, VAL_UNINIT, attrs) < 0) return -1;
    vm->proto_epoch++;   /* global ICs that resolved this name to the global object are stale */
    return 0;
}

int interp_init_lex(VM *vm, JSValue key, JSValue v)
{
    JSObject *g = val_obj(vm->global_lex);
    int32_t i = shape_find(g->shape, key);
    if (i < 0) return obj_define_value(vm, vm->global_lex, key, v, PROP_WRITABLE | PROP_ENUMERABLE) < 0 ? -1 : 0;
    uint32_t slot = shape_entry(g->shape, i)->slot;
    heap_store(&vm->heap, &g->slots->hdr, &g->slots->v[slot], v);
    return 0;
}

/* ---- super properties ------------------------------------------------------ */

/* [[HomeObject]].[[Prototype]] of the running function, or VAL_EXCEPTION. */
static JSValue super_base(VM *vm, Frame *fr)
{
    JSValue home = val_is_function(fr->callee) ? ((JSFunction *)val_obj(fr->callee))->home : VAL_UNDEFINED;
    /* an arrow without its own [[HomeObject]]: the enclosing method's, found
     * on the stack (arrows using super run inside that method's activation) */
    for (Frame *f = fr - 1; !val_is_object(home) && fr->proto && (fr->proto->flags & FP_ARROW) && f >= vm->frames; f--) {
        if (!f->proto || (f->proto->flags & FP_ARROW) || !val_is_function(f->callee)) continue;
        home = ((JSFunction *)val_obj(f->callee))->home;
        break;
    }
    if (!val_is_object(home)) return err_throw_type(vm, SyntaxError, "'super' keyword unexpected here");
    if (fr->regs[0] == VAL_UNINIT) return interp_throw_this_tdz(vm);
    JSValue proto = val_obj(home)->proto;
    if (!val_is_object(proto)) return err_throw(vm, ERRMSG_NULL_PROP_READ, "null", "super");
    return proto;
}

JSValue interp_get_super(VM *vm, Frame *fr, JSValue key)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *hk = heap_handle(vm, key);
    JSValue r = rt_to_property_key(vm, *hk);
    if (r != VAL_EXCEPTION) {
        *hk = r;
        JSValue base = super_base(vm, fr);
        r = base == VAL_EXCEPTION ? base : obj_get_with_receiver(vm, base, *hk, fr->regs[0]);
    }
    heap_scope_close(vm, hs);
    return r;
}

int interp_set_super(VM *vm, Frame *fr, JSValue key, JSValue v)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *hk = heap_handle(vm, key), *hv = heap_handle(vm, v);
    int rc = -1;
    JSValue k = rt_to_property_key(vm, *hk);
    if (k != VAL_EXCEPTION) {
        *hk = k;
        JSValue base = super_base(vm, fr);
        if (base != VAL_EXCEPTION) {
            rc = obj_set(vm, base, *hk, *hv, fr->regs[0]);
            if (rc == 0) {
                char *s = describe(vm, *hk);
                err_throw(vm, ERRMSG_READONLY, s ? s : "");
                free(s);
                rc = -1;
            }
        }
    }
    heap_scope_close(vm, hs);
    return rc < 0 ? -1 : 0;
}

/* ---- property definition (literals, classes) -------------------------------- */

int interp_define_own(VM *vm, JSValue obj, JSValue key, JSValue v, uint32_t def_flags)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *ho = heap_handle(vm, obj), *hk = heap_handle(vm, key), *hv = heap_handle(vm, v);
    int rc = -1;
    JSValue k = rt_to_property_key(vm, *hk);
    if (k == VAL_EXCEPTION) goto out;
    *hk = k;
    if ((def_flags & DEF_SET_NAME) && val_is_function(*hv)) {
        const char *prefix = (def_flags & DEF_GETTER) ? "get" : (def_flags & DEF_SETTER) ? "set" : "";
        if (fn_set_name(vm, *hv, *hk, prefix) < 0) goto out;
    }
    if ((def_flags & DEF_SET_HOME) && val_is_function(*hv)) {
        JSFunction *f = (JSFunction *)val_obj(*hv);
        heap_store(&vm->heap, &f->obj.hdr, &f->home, *ho);
    }
    PropDesc d = {.value = VAL_HOLE, .getter = VAL_HOLE, .setter = VAL_HOLE, .attrs = PROP_CONFIGURABLE,
                  .has = DESC_HAS_ENUMERABLE | DESC_HAS_CONFIGURABLE};
    if (def_flags & DEF_ENUMERABLE) d.attrs |= PROP_ENUMERABLE;
    if (def_flags & DEF_GETTER) {
        d.getter = *hv;
        d.has |= DESC_HAS_GET;
    } else if (def_flags & DEF_SETTER) {
        d.setter = *hv;
        d.has |= DESC_HAS_SET;
    } else {
        d.value = *hv;
        d.attrs |= PROP_WRITABLE;
        d.has |= DESC_HAS_VALUE | DESC_HAS_WRITABLE;
    }
    rc = obj_define_own(vm, *ho, *hk, &d, true) < 0 ? -1 : 0;
out:
    heap_scope_close(vm, hs);
    return rc;
}

/* Is key listed in the excluded-keys array? */
static int key_excluded(VM *vm, JSValue *hex, JSValue key)
{
    if (!val_is_object(*hex)) return 0;
    uint32_t n = val_obj(*hex)->length;
    for (uint32_t i = 0; i < n; i++) {
        JSValue e;
        if (!arr_fast_get(*hex, i, &e)) continue;
        HandleScope hs = heap_scope_open(vm);
        JSValue *hkey = heap_handle(vm, key);
        JSValue ek = atom_to_key(vm, e);
        key = *hkey;
        heap_scope_close(vm, hs);
        if (ek == VAL_EXCEPTION) return -1;
        if (ek == key) return 1;
    }
    return 0;
}

int interp_copy_data_props(VM *vm, JSValue target, JSValue src, JSValue excluded)
{
    if (val_is_nullish(src)) return 0;
    HandleScope hs = heap_scope_open(vm);
    JSValue *ht = heap_handle(vm, target), *hs_ = heap_handle(vm, src), *hex = heap_handle(vm, excluded);
    JSValue *hkeys = heap_handle(vm, VAL_UNDEFINED), *hk = heap_handle(vm, VAL_UNDEFINED);
    int rc = -1;
    if (!val_is_object(*hs_)) {
        JSValue o = rt_to_object(vm, *hs_);
        if (o == VAL_EXCEPTION) goto out;
        *hs_ = o;
    }
    JSValue keys = obj_own_keys(vm, *hs_, OWNKEYS_STRINGS | OWNKEYS_SYMBOLS);
    if (keys == VAL_EXCEPTION) goto out;
    *hkeys = keys;
    uint32_t n = val_obj(*hkeys)->length;
    for (uint32_t i = 0; i < n; i++) {
        JSValue k;
        if (!arr_fast_get(*hkeys, i, &k)) continue;
        k = atom_to_key(vm, k);
        if (k == VAL_EXCEPTION) goto out;
        *hk = k;
        int ex = key_excluded(vm, hex, *hk);
        if (ex < 0) goto out;
        if (ex) continue;
        PropDesc d;
        int r = obj_get_own_property(vm, *hs_, *hk, &d);
        if (r < 0) goto out;
        if (!r || !(d.attrs & PROP_ENUMERABLE)) continue;
        JSValue v = obj_get(vm, *hs_, *hk);
        if (v == VAL_EXCEPTION) goto out;
        if (obj_define_value(vm, *ht, *hk, v, PROP_DEFAULT) < 0) goto out;
    }
    rc = 0;
out:
    heap_scope_close(vm, hs);
    return rc;
}

JSValue interp_new_array(VM *vm, uint32_t capacity)
{
    JSValue a = arr_new(vm, 0);
    if (a == VAL_EXCEPTION || capacity == 0) return a;
    HandleScope hs = heap_scope_open(vm);
    JSValue *h = heap_handle(vm, a);
    int r = arr_reserve(vm, *h, capacity);
    a = r < 0 ? VAL_EXCEPTION : *h;
    heap_scope_close(vm, hs);
    return a;
}

int interp_array_hole(VM *vm, JSValue arr)
{
    return arr_set_length(vm, arr, (double)val_obj(arr)->length + 1) < 0 ? -1 : 0;
}

JSValue interp_new_regexp(VM *vm, JSValue pattern, JSValue flags)
{
    return bi_regexp_create(vm, pattern, flags);
}

int interp_create_class(VM *vm, Frame *fr, FunctionProto *child, JSValue *out, JSValue super)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *hpp = heap_handle(vm, vm_intrinsic(vm, INTR_ObjectPrototype));
    JSValue *hcp = heap_handle(vm, vm_intrinsic(vm, INTR_FunctionPrototype));
    JSValue *hsuper = heap_handle(vm, super);
    JSValue *hctor = heap_handle(vm, VAL_UNDEFINED), *hproto = heap_handle(vm, VAL_UNDEFINED);
    int rc = -1;
    if (*hsuper == VAL_NULL) {
        *hpp = VAL_NULL;
    } else if (*hsuper != VAL_HOLE) {
        if (!rt_is_constructor(*hsuper)) {
            char *s = err_describe(vm, *hsuper);
            err_throw(vm, ERRMSG_EXTENDS_NOT_CTOR, s ? s : "");
            free(s);
            goto out;
        }
        JSValue pp = obj_get(vm, *hsuper, vm_atom(vm, ATOM_prototype));
        if (pp == VAL_EXCEPTION) goto out;
        if (!val_is_object(pp) && pp != VAL_NULL) {
            char *s = err_describe(vm, pp);
            err_throw(vm, ERRMSG_PROTO_NOT_OBJECT, s ? s : "");
            free(s);
            goto out;
        }
        *hpp = pp;
        *hcp = *hsuper;
    }
    JSValue ctor = fn_new_closure(vm, child, fr->env);
    if (ctor == VAL_EXCEPTION) goto out;
    *hctor = ctor;
    JSValue proto = obj_get(vm, *hctor, vm_atom(vm, ATOM_prototype));
    if (proto == VAL_EXCEPTION) goto out;
    if (val_is_object(proto)) {
        *hproto = proto;
        if (obj_set_proto(vm, *hproto, *hpp) < 0) goto out;
    } else {
        proto = obj_new(vm, *hpp);
        if (proto == VAL_EXCEPTION) goto out;
        *hproto = proto;
        if (obj_define_value(vm, *hproto, vm_atom(vm, ATOM_constructor), *hctor, PROP_HIDDEN) < 0) goto out;
        if (obj_define_value(vm, *hctor, vm_atom(vm, ATOM_prototype), *hproto, 0) < 0) goto out;
    }
    if (*hcp != vm_intrinsic(vm, INTR_FunctionPrototype) && obj_set_proto(vm, *hctor, *hcp) < 0) goto out;
    PropDesc d = {.value = VAL_HOLE, .getter = VAL_HOLE, .setter = VAL_HOLE, .attrs = 0, .has = DESC_HAS_WRITABLE};
    if (obj_define_own(vm, *hctor, vm_atom(vm, ATOM_prototype), &d, false) < 0) goto out;
    JSFunction *f = (JSFunction *)val_obj(*hctor);
    heap_store(&vm->heap, &f->obj.hdr, &f->home, *hproto);
    out[0] = *hctor;
    out[1] = *hproto;
    rc = 0;
out:
    heap_scope_close(vm, hs);
    return rc;
}

/* ---- iteration ---------------------------------------------------------------- */

/* May for-of walk this array by index?  Only while iterating it would call
 * the unmodified built-ins (Array.prototype.values and the original
 * %ArrayIteratorPrototype%.next), which then behave exactly like the index
 * walk (the length is re-read at each step, holes read through [[Get]]). */
static int array_fast_iteration(VM *vm, JSValue *harr)
{
    JSValue orig_next = vm_intrinsic(vm, INTR_ArrayIteratorProtoNext);
    if (!val_is_function(orig_next)) return 0;
    JSValue m = obj_get(vm, *harr, vm_intrinsic(vm, INTR_SymbolIterator));
    if (m == VAL_EXCEPTION) return -1;
    if (m != vm_intrinsic(vm, INTR_ArrayProtoValues)) return 0;
    JSValue n = obj_get(vm, vm_intrinsic(vm, INTR_ArrayIteratorPrototype), vm_atom(vm, ATOM_next));
    if (n == VAL_EXCEPTION) return -1;
    return n == vm_intrinsic(vm, INTR_ArrayIteratorProtoNext);
}

int interp_get_iterator(VM *vm, JSValue *pair, JSValue iterable)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *h = heap_handle(vm, iterable);
    int rc = -1;
    if (val_is_array(*h)) {
        int fast = array_fast_iteration(vm, h);
        if (fast < 0) goto out;
        if (fast) {
            pair[0] = *h;
            pair[1] = val_from_int(0);
            rc = 0;
            goto out;
        }
    }
    JSValue it = rt_get_iterator(vm, *h);
    if (it == VAL_EXCEPTION) goto out;
    pair[0] = it;
    JSValue next = obj_get(vm, it, vm_atom(vm, ATOM_next));
    if (next == VAL_EXCEPTION) goto out;
    pair[1] = next;
    rc = 0;
out:
    heap_scope_close(vm, hs);
    return rc;
}

int interp_iter_next(VM *vm, JSValue *pair, JSValue *out)
{
    if (val_is_int(pair[1])) {
        int32_t i = val_int(pair[1]);
        if ((uint32_t)i >= val_obj(pair[0])->length) {
            pair[1] = val_from_int(INT32_MAX);
            return 0;
        }
        JSValue v = obj_get(vm, pair[0], val_from_int(i));
        if (v == VAL_EXCEPTION) return -1;
        pair[1] = val_from_int(i + 1);
        *out = v;
        return 1;
    }
    bool done = false;
    JSValue v = rt_iterator_step(vm, pair[0], pair[1], &done);
    if (v == VAL_EXCEPTION) return -1;
    if (done) return 0;
    *out = v;
    return 1;
}

int interp_iter_close(VM *vm, JSValue *pair)
{
    if (val_is_int(pair[1])) return 0;   /* array fast path: ArrayIterator has no return() */
    /* closed for good: when return() throws at a break, the loop's
     * abrupt-completion handler must not call it a second time */
    pair[1] = val_from_int(0);
    return rt_iterator_close(vm, pair[0]) < 0 ? -1 : 0;
}

int interp_yield_star_method(VM *vm, JSValue *g, JSValue *pair, JSValue *method)
{
    GenMode mode = (GenMode)val_int(g[2]);
    if (val_is_int(pair[1])) {
        /* the array fast path of GET_ITERATOR: what %ArrayIteratorPrototype%
         * (no throw, no return) would do */
        if (mode == GEN_MODE_RETURN) return 1;
        if (mode == GEN_MODE_THROW) {
            err_throw_type(vm, TypeError, "The iterator does not provide a 'throw' method.");
            return -1;
        }
        JSValue v;
        int r = interp_iter_next(vm, pair, &v);
        if (r < 0) return -1;
        JSValue res = bi_generator_iter_result(vm, r ? v : VAL_UNDEFINED, r == 0);
        if (res == VAL_EXCEPTION) return -1;
        g[1] = res;
        return 2;
    }
    if (mode == GEN_MODE_NEXT) {
        *method = pair[1];
        return 0;
    }
    JSValue m = rt_get_method(vm, pair[0], vm_atom(vm, mode == GEN_MODE_THROW ? ATOM_throw_ : ATOM_return_));
    if (m == VAL_EXCEPTION) return -1;
    if (!val_is_undefined(m)) {
        *method = m;
        return 0;
    }
    if (mode == GEN_MODE_RETURN) return 1;   /* return the received value */
    /* no throw method: close the iterator, then the protocol violation */
    if (rt_iterator_close(vm, pair[0]) < 0) return -1;
    err_throw_type(vm, TypeError, "The iterator does not provide a 'throw' method.");
    return -1;
}

int interp_yield_star_result(VM *vm, JSValue *g)
{
    JSValue v;
    int fast = bi_generator_result_fast(vm, g[1], &v);
    if (fast == 1) {
        g[1] = val_obj(g[1])->slots->v[0];
        if (g[2] == val_from_int(GEN_MODE_THROW)) g[2] = val_from_int(GEN_MODE_NEXT);
        return 1;
    }
    if (fast == 0) return 0;
    if (!val_is_object(g[1])) {
        char *d = describe(vm, g[1]);
        err_throw(vm, ERRMSG_ITER_RESULT, d ? d : "");
        free(d);
        return -1;
    }
    JSValue done = obj_get(vm, g[1], vm_atom(vm, ATOM_done));
    if (done == VAL_EXCEPTION) return -1;
    if (!rt_to_boolean(done)) return 0;
    v = obj_get(vm, g[1], vm_atom(vm, ATOM_value));
    if (v == VAL_EXCEPTION) return -1;
    g[1] = v;
    if (g[2] == val_from_int(GEN_MODE_THROW)) g[2] = val_from_int(GEN_MODE_NEXT);
    return 1;
}

int interp_async_yield_star(VM *vm, JSValue *g, JSValue *pair)
{
    GenMode mode = (GenMode)val_int(g[2]);
    JSValue m = pair[1];
    if (mode != GEN_MODE_NEXT) {
        m = rt_get_method(vm, pair[0], vm_atom(vm, mode == GEN_MODE_THROW ? ATOM_throw_ : ATOM_return_));
        if (m == VAL_EXCEPTION) return -1;
        if (val_is_undefined(m)) return 1;
    }
    JSValue r = vm_call(vm, m, pair[0], 1, &g[1]);
    if (r == VAL_EXCEPTION) return -1;
    g[1] = r;
    return 0;
}

int interp_iter_result(VM *vm, JSValue result, JSValue *out)
{
    int fast = bi_generator_result_fast(vm, result, out);
    if (fast >= 0) return fast;
    if (!val_is_object(result)) {
        char *d = describe(vm, result);
        err_throw(vm, ERRMSG_ITER_RESULT, d ? d : "");
        free(d);
        return -1;
    }
    HandleScope hs = heap_scope_open(vm);
    JSValue *hr = heap_handle(vm, result);
    int rc = -1;
    JSValue done = obj_get(vm, *hr, vm_atom(vm, ATOM_done));
    if (done == VAL_EXCEPTION) goto out;
    if (rt_to_boolean(done)) {
        rc = 1;
        goto out;
    }
    JSValue v = obj_get(vm, *hr, vm_atom(vm, ATOM_value));
    if (v == VAL_EXCEPTION) goto out;
    *out = v;
    rc = 0;
out:
    heap_scope_close(vm, hs);
    return rc;
}

int interp_async_iter_close(VM *vm, JSValue iter, JSValue *out, bool quiet)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *hi = heap_handle(vm, iter);
    /* the exception leaving the loop waits in a register, not as pending */
    int rc = -1;
    JSValue m = rt_get_method(vm, *hi, vm_atom(vm, ATOM_return_));
    if (m == VAL_EXCEPTION) goto out;
    if (val_is_undefined(m)) {
        rc = 1;
        goto out;
    }
    JSValue r = vm_call(vm, m, *hi, 0, NULL);
    if (r == VAL_EXCEPTION) goto out;
    *out = r;
    rc = 0;
out:
    heap_scope_close(vm, hs);
    if (rc < 0 && quiet) {
        err_take(vm);
        rc = 1;
    }
    return rc;
}

/* The enumerator is a ValArray [object, key1, key2, ...] whose count is
 * the index of the next key. */
JSValue interp_for_in_start(VM *vm, JSValue obj)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *h = heap_handle(vm, obj), *hkeys = heap_handle(vm, VAL_UNDEFINED);
    JSValue r = VAL_EXCEPTION;
    uint32_t n = 0;
    if (!val_is_nullish(*h)) {
        if (!val_is_object(*h)) {
            JSValue o = rt_to_object(vm, *h);
            if (o == VAL_EXCEPTION) goto out;
            *h = o;
        }
        JSValue keys = obj_for_in_keys(vm, *h);
        if (keys == VAL_EXCEPTION) goto out;
        *hkeys = keys;
        ValArray *ka = (ValArray *)val_cell(keys);
        n = ka->count && ka->count <= ka->capacity ? ka->count : ka->capacity;
    }
    r = valarray_new(vm, n + 1);
    if (r == VAL_EXCEPTION) goto out;
    ValArray *en = (ValArray *)val_cell(r);
    en->v[0] = *h;
    if (n) {
        ValArray *ka = (ValArray *)val_cell(*hkeys);
        for (uint32_t i = 0; i < n; i++) en->v[1 + i] = ka->v[i];
    }
    en->count = 1;
out:
    heap_scope_close(vm, hs);
    return r;
}

int interp_for_in_next(VM *vm, JSValue *en, JSValue *out)
{
    for (;;) {
        ValArray *a = (ValArray *)val_cell(*en);
        if (a->count >= a->capacity) return 0;
        uint32_t at = a->count++;
        JSValue key = a->v[at];
        if (val_is_kind(key, CELL_VALARRAY)) {
            /* [proxy, key] (proxy_for_in_keys): still an own enumerable property? */
            JSValue pk = atom_to_key(vm, ((ValArray *)val_cell(key))->v[1]);
            if (pk == VAL_EXCEPTION) return -1;
            PropDesc d;
            int r = obj_get_own_property(vm, ((ValArray *)val_cell(((ValArray *)val_cell(*en))->v[at]))->v[0], pk, &d);
            if (r < 0) return -1;
            if (!r || !(d.attrs & PROP_ENUMERABLE)) continue;
            *out = ((ValArray *)val_cell(((ValArray *)val_cell(*en))->v[at]))->v[1];
            return 1;
        }
        if (!val_is_string(key) && !val_is_int(key)) continue;
        JSValue pk = atom_to_key(vm, key);
        if (pk == VAL_EXCEPTION) return -1;
        a = (ValArray *)val_cell(*en);
        int r = obj_has_property(vm, a->v[0], pk);
        if (r < 0) return -1;
        if (!r) continue;   /* deleted since the enumeration started */
        a = (ValArray *)val_cell(*en);
        key = a->v[at];
        if (val_is_int(key)) {
            key = atom_key_to_string(vm, key);
            if (key == VAL_EXCEPTION) return -1;
        }
        *out = key;
        return 1;
    }
}

/* ---- spread calls -------------------------------------------------------------- */

JSValue *interp_spread_window(VM *vm, JSValue callee, JSValue this_val, JSValue arr, uint32_t *argc)
{
    if (!val_is_object(arr)) {
        err_throw(vm, ERRMSG_NOT_ITERABLE, "spread argument");
        return NULL;
    }
    uint32_t n = val_obj(arr)->length;
    JSValue *w = vm->stack_top;
    if (w + 3 + n > vm->stack_end) {
        call_throw_overflow(vm);
        return NULL;
    }
    w[0] = callee;
    w[1] = this_val;
    w[2 + n] = arr;   /* keeps the array rooted while elements are read */
    for (uint32_t i = 0; i < n; i++) w[2 + i] = VAL_UNDEFINED;
    vm->stack_top = w + 3 + n;
    for (uint32_t i = 0; i < n; i++) {
        JSValue v;
        if (!arr_fast_get(w[2 + n], i, &v)) {
            v = obj_get(vm, w[2 + n], val_from_int((int32_t)i));
            if (v == VAL_EXCEPTION) return NULL;
        }
        w[2 + i] = v;
    }
    vm->stack_top = w + 2 + n;
    *argc = n;
    return w;
}

/* ---- callee names for "x is not a function" --------------------------------- */

static bool ident_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$' ||
           (unsigned char)c >= 0x80;
}

char *interp_callee_text(const FunctionProto *fp, const uint8_t *pc)
{
    if (!fp->source || !fp->source->text) return NULL;
    uint32_t line, col;
    bc_position(fp, (uint32_t)(pc - fp->code), &line, &col);
    const char *p = fp->source->text, *end = p + fp->source->len;
    for (uint32_t l = 1; l < line && p < end; p++)
        if (*p == '\n') l++;
    p += col - 1;
    if (p >= end || col == 0) return NULL;
    if (*pc == BC_NEW) {   /* `new X(...)`: the position may be at `new` */
        if (end - p > 4 && memcmp(p, "new", 3) == 0 && !ident_char(p[3])) {
            p += 3;
            while (p < end && (*p == ' ' || *p == '\t')) p++;
        }
    }
    /* the position may be the method name of o.m(): include the object path */
    const char *start = fp->source->text;
    while (p > start && (ident_char(p[-1]) || p[-1] == '.')) p--;
    while (p < end && *p == '.') p++;
    /* a dotted name followed by '(' (or the end of a `new` expression) */
    const char *q = p;
    while (q < end && q - p < 80 && (ident_char(*q) || *q == '.')) q++;
    if (q == p || !(ident_char(*p))) return NULL;
    const char *r = q;
    while (r < end && (*r == ' ' || *r == '\t')) r++;
    if (*pc != BC_NEW && (r >= end || *r != '(')) return NULL;
    size_t n = (size_t)(q - p);
    char *out = malloc(n + 1);
    if (!out) return NULL;
    memcpy(out, p, n);
    out[n] = '\0';
    return out;
}

JSValue interp_mod_number(double x, double y) { return val_number(interp_fmod(x, y)); }
