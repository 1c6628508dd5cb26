/*
 * call.c -- frames and calls: pushing frames on the VM stack, native
 * invocation, bound functions, constructor `this`, the arguments object
 * and rest arrays, and C->JS re-entry (vm_call, vm_construct,
 * vm_run_proto).  See call.h for the stack invariants.
 */
#include "call.h"

#include <stdlib.h>

#include "arguments.h"
#include "array.h"
#include "atom.h"
#include "str.h"
#include "error.h"
#include "function.h"
#include "interp/interp.h"
#include "object.h"
#include "proxy.h"
#include "runtime.h"
#include "shape.h"
#include "tier.h"

/* ---- errors -------------------------------------------------------------- */

JSValue call_throw_overflow(VM *vm) { return err_throw(vm, ERRMSG_STACK_OVERFLOW); }

/* A short description of the callee for "x is not a function". */
static JSValue throw_described(VM *vm, ErrorMsg msg, JSValue v)
{
    char *d = err_describe(vm, v);
    JSValue r = err_throw(vm, msg, d ? d : "value");
    free(d);
    return r;
}

JSValue call_throw_not_callable(VM *vm, JSValue v) { return throw_described(vm, ERRMSG_NOT_FUNCTION, v); }
JSValue call_throw_not_constructor(VM *vm, JSValue v) { return throw_described(vm, ERRMSG_NOT_CONSTRUCTOR, v); }

JSValue call_throw_class_call(VM *vm, JSValue fnv)
{
    JSFunction *f = (JSFunction *)val_obj(fnv);
    JSValue name = f->fp ? f->fp->name : VAL_UNDEFINED;
    char *s = val_is_string(name) ? str_to_utf8(vm, name, NULL) : NULL;
    JSValue r = err_throw(vm, ERRMSG_CLASS_CALL, s ? s : "");
    free(s);
    return r;
}

/* ---- frames ------------------------------------------------------------- */

Frame *call_push_slow(VM *vm, JSValue fnv, JSValue *regs, uint32_t argc, JSValue new_target,
                      uint16_t ret_reg, uint16_t flags)
{
    JSFunction *fn = (JSFunction *)val_obj(fnv);
    FunctionProto *fp = fn->fp;
    uint32_t np = fp->nparams, nr = fp->nregs;
    uint32_t extra = 0;
    if (argc > np && (fp->flags & (FP_USES_ARGUMENTS | FP_HAS_REST))) extra = argc - np;
    JSValue *end = regs + nr + extra;
    if (end > vm->stack_end || vm->frame_count >= vm->frame_cap) {
        call_throw_overflow(vm);
        return NULL;
    }
    /* Sloppy functions see undefined/null `this` as the global object and
     * primitives as their wrappers. */
    if (!(fp->flags & (FP_STRICT | FP_ARROW | FP_THIS_UNUSED)) && !val_is_object(regs[0]) && !(flags & FRAME_CONSTRUCT)) {
        if (val_is_nullish(regs[0])) {
            regs[0] = vm->global;
        } else if (regs[0] != VAL_UNINIT) {
            HandleScope hs = heap_scope_open(vm);
            JSValue *hf = heap_handle(vm, fnv), *hnt = heap_handle(vm, new_target);
            JSValue o = rt_to_object(vm, regs[0]);   /* regs are rooted: fine to allocate */
            fnv = *hf;
            new_target = *hnt;
            heap_scope_close(vm, hs);
            if (o == VAL_EXCEPTION) return NULL;
            regs[0] = o;
            fn = (JSFunction *)val_obj(fnv);
        }
    }
    if (extra) {
        memmove(regs + nr, regs + np + 1, (size_t)extra * sizeof(JSValue));
        for (JSValue *p = regs + np + 1; p < regs + nr; p++) *p = VAL_UNDEFINED;
    } else {
        for (JSValue *p = regs + (argc < np ? argc : np) + 1; p < regs + nr; p++) *p = VAL_UNDEFINED;
        /* arguments beyond nparams that are not kept: clear them if they lie
         * above the locals' end (they are below it otherwise, overwritten). */
    }
    Frame *fr = &vm->frames[vm->frame_count++];
    fr->proto = fp;
    fr->regs = regs;
    fr->pc = fp->code;
    fr->callee = fnv;
    fr->env = fn->env;
    fr->new_target = new_target;
    fr->argc = argc;
    fr->ret_reg = ret_reg;
    fr->flags = flags;
    fr->top = end > vm->stack_top ? end : vm->stack_top;
    vm->stack_top = fr->top;
    fp->invocations++;
    vm->stats.v[STAT_calls]++;
    return fr;
}

JSValue call_native(VM *vm, JSValue fnv, JSValue *args, uint32_t argc, JSValue new_target)
{
    if (vm->frame_count >= vm->frame_cap) return call_throw_overflow(vm);
    JSFunction *fn = (JSFunction *)val_obj(fnv);
    NativeFn native = fn->native;
    Frame *fr = &vm->frames[vm->frame_count++];
    fr->proto = NULL;
    fr->regs = args - 1;
    fr->pc = NULL;
    fr->callee = fnv;
    fr->env = VAL_UNDEFINED;
    fr->new_target = new_target;
    fr->argc = argc;
    fr->ret_reg = 0;
    fr->flags = FRAME_NATIVE;
    fr->top = args + argc > vm->stack_top ? args + argc : vm->stack_top;
    vm->stack_top = fr->top;
    vm->stats.v[STAT_native_calls]++;
    JSValue r = native(vm, args, (int)argc, new_target);
    call_pop(vm);
    return r;
}

int call_unbind(VM *vm, JSValue *window, uint32_t *argc, JSValue *new_target)
{
    JSFunction *bf = (JSFunction *)val_obj(window[0]);
    ValArray *data = (ValArray *)val_cell(bf->data);
    uint32_t nbound = data->capacity >= 2 ? data->capacity - 2 : 0;
    if (data->count >= 2 && data->count < data->capacity) nbound = data->count - 2;
    if (window + 2 + *argc + nbound > vm->stack_end) {
        call_throw_overflow(vm);
        return -1;
    }
    memmove(window + 2 + nbound, window + 2, (size_t)*argc * sizeof(JSValue));
    for (uint32_t i = 0; i < nbound; i++) window[2 + i] = data->v[2 + i];
    if (new_target && *new_target == window[0]) *new_target = data->v[0];
    window[0] = data->v[0];
    window[1] = data->v[1];
    *argc += nbound;
    /* the shifted arguments may now lie above stack_top: cover them */
    if (window + 2 + *argc > vm->stack_top) vm->stack_top = window + 2 + *argc;
    return 0;
}

JSValue call_create_this(VM *vm, JSValue new_target)
{
    JSObject *nt = val_obj(new_target);
    int32_t i = shape_find(nt->shape, vm_atom(vm, ATOM_prototype));
    if (i >= 0 && !(shape_entry(nt->shape, i)->attrs & PROP_ACCESSOR)) {
        /* the usual case: an own data property, no getter to run */
        JSValue p = nt->slots->v[shape_entry(nt->shape, i)->slot];
        return obj_new(vm, val_is_object(p) ? p : vm_intrinsic(vm, INTR_ObjectPrototype));
    }
    JSValue proto = obj_get(vm, new_target, vm_atom(vm, ATOM_prototype));
    if (proto == VAL_EXCEPTION) return VAL_EXCEPTION;
    if (!val_is_object(proto)) proto = vm_intrinsic(vm, INTR_ObjectPrototype);
    return obj_new(vm, proto);
}

/* The i-th actual argument of frame fr (extra ones live above its registers). */
static JSValue frame_arg(Frame *fr, uint32_t i)
{
    uint32_t np = fr->proto->nparams;
    if (i < np) return fr->regs[1 + i];
    return fr->regs[fr->proto->nregs + (i - np)];
}

JSValue call_create_arguments(VM *vm, Frame *fr, uint32_t mapped_formals)
{
    uint32_t n = fr->argc;
    JSValue ov = obj_new_class(vm, vm_intrinsic(vm, INTR_ObjectPrototype), CLS_ARGUMENTS,
                               mapped_formals ? sizeof(JSWrapper) : sizeof(JSObject));
    if (ov == VAL_EXCEPTION) return VAL_EXCEPTION;
    HandleScope hs = heap_scope_open(vm);
    JSValue *h = heap_handle(vm, ov);
    if (n && arr_reserve(vm, *h, n) < 0) goto fail;
    JSObject *o = val_obj(*h);
    for (uint32_t i = 0; i < n; i++) heap_store(&vm->heap, &o->elements->hdr, &o->elements->v[i], frame_arg(fr, i));
    o->length = n;
    if (obj_define_value(vm, *h, vm_atom(vm, ATOM_length), val_from_int((int32_t)n), PROP_HIDDEN) < 0) goto fail;
    if (obj_define_value(vm, *h, vm_intrinsic(vm, INTR_SymbolIterator), vm_intrinsic(vm, INTR_ArrayProtoValues),
                         PROP_HIDDEN) < 0)
        goto fail;
    if (mapped_formals && args_attach_map(vm, h, mapped_formals, n) < 0) goto fail;
    if (!(fr->proto->flags & FP_STRICT)) {
        if (obj_define_value(vm, *h, vm_atom(vm, ATOM_callee), fr->callee, PROP_HIDDEN) < 0) goto fail;
    } else if (val_is_function(vm_intrinsic(vm, INTR_ThrowTypeError))) {
        JSValue thrower = vm_intrinsic(vm, INTR_ThrowTypeError);
        if (obj_define_accessor(vm, *h, vm_atom(vm, ATOM_callee), thrower, thrower, 0) < 0) goto fail;
    }
    ov = *h;
    heap_scope_close(vm, hs);
    return ov;
fail:
    heap_scope_close(vm, hs);
    return VAL_EXCEPTION;
}

JSValue call_create_rest(VM *vm, Frame *fr, uint32_t from)
{
    uint32_t n = fr->argc > from ? fr->argc - from : 0;
    JSValue av = arr_new(vm, n);
    if (av == VAL_EXCEPTION) return VAL_EXCEPTION;
    JSObject *o = val_obj(av);
    if (o->elements && o->elements->capacity >= n) {
        for (uint32_t i = 0; i < n; i++) heap_store(&vm->heap, &o->elements->hdr, &o->elements->v[i], frame_arg(fr, from + i));
        return av;
    }
    /* very long (sparse) arrays: element by element */
    HandleScope hs = heap_scope_open(vm);
    JSValue *h = heap_handle(vm, av);
    for (uint32_t i = 0; i < n; i++) {
        if (obj_define_value(vm, *h, val_from_int((int32_t)i), frame_arg(fr, from + i), PROP_DEFAULT) < 0) {
            heap_scope_close(vm, hs);
            return VAL_EXCEPTION;
        }
    }
    av = *h;
    heap_scope_close(vm, hs);
    return av;
}

/* ---- C -> JS re-entry ------------------------------------------------------ */

JSValue call_execute(VM *vm)
{
    const Tier *t = vm->ntiers > 0 ? vm->tiers[0] : &tier_interp;
    return t->execute(vm);
}

/* Place callee, this and argv at the stack top (rooted from here on). */
static JSValue *push_window(VM *vm, JSValue fn, JSValue this_val, int argc, const JSValue *argv)
{
    JSValue *w = vm->stack_top;
    if (w + 2 + argc > vm->stack_end) return NULL;
    w[0] = fn;
    w[1] = this_val;
    for (int i = 0; i < argc; i++) w[2 + i] = argv[i];
    vm->stack_top = w + 2 + argc;
    return w;
}

/* Call or construct with the window already in place; restores stack_top. */
static JSValue invoke_window(VM *vm, JSValue *w, uint32_t argc, JSValue new_target, bool construct)
{
    JSValue *saved_top = w;
    JSValue r;
    for (;;) {
        JSValue f = w[0];
        if (!val_is_function(f)) {
            if (construct ? rt_is_constructor(f) : proxy_is_callable(f)) {
                r = proxy_call(vm, f, w[1], argc, w + 2, construct ? new_target : VAL_HOLE);
                break;
            }
            r = construct ? call_throw_not_constructor(vm, f) : call_throw_not_callable(vm, f);
            break;
        }
        JSFunction *fn = (JSFunction *)val_obj(f);
        if (construct && !(fn->obj.flags & OBJ_IS_CONSTRUCTOR)) {
            r = call_throw_not_constructor(vm, f);
            break;
        }
        if (fn->fp) {
            uint16_t flags = FRAME_ENTRY;
            if (construct) {
                flags |= FRAME_CONSTRUCT;
                if (fn->fp->flags & FP_DERIVED) {
                    w[1] = VAL_UNINIT;
                } else {
                    HandleScope hs = heap_scope_open(vm);
                    JSValue *hnt = heap_handle(vm, new_target);
                    JSValue t = call_create_this(vm, *hnt);
                    new_target = *hnt;
                    heap_scope_close(vm, hs);
                    if (t == VAL_EXCEPTION) { r = t; break; }
                    w[1] = t;
                }
            } else if (fn->fp->flags & FP_CLASS_CTOR) {
                r = call_throw_class_call(vm, f);
                break;
            }
            if (!call_push(vm, w[0], w + 1, argc, construct ? new_target : VAL_UNDEFINED, 0, flags)) {
                r = VAL_EXCEPTION;
                break;
            }
            r = call_execute(vm);
            break;
        }
        if (fn->native) {
            if (construct) w[1] = VAL_UNDEFINED;
            r = call_native(vm, w[0], w + 2, argc, construct ? new_target : VAL_UNDEFINED);
            break;
        }
        if (call_unbind(vm, w, &argc, construct ? &new_target : NULL) < 0) {
            r = VAL_EXCEPTION;
            break;
        }
    }
    vm->stack_top = saved_top;
    return r;
}

JSValue vm_call(VM *vm, JSValue fn, JSValue this_val, int argc, const JSValue *argv)
{
    /* native loops calling short callbacks (sort comparators, replace
     * functions, map/forEach, revivers) never reach a LOOP: poll here */
    if (vm->interrupted) return err_throw(vm, ERRMSG_INTERRUPTED, "timeout");
    if (!vm_native_room(vm)) return call_throw_overflow(vm);
    JSValue *w = push_window(vm, fn, this_val, argc, argv);
    if (!w) return call_throw_overflow(vm);
    /* every C->JS entry counts, natives included (they may recurse through C) */
    vm->native_depth++;
    JSValue r = invoke_window(vm, w, (uint32_t)argc, VAL_UNDEFINED, false);
    vm->native_depth--;
    return r;
}

JSValue vm_construct(VM *vm, JSValue fn, int argc, const JSValue *argv, JSValue new_target)
{
    if (vm->interrupted) return err_throw(vm, ERRMSG_INTERRUPTED, "timeout");
    if (!vm_native_room(vm)) return call_throw_overflow(vm);
    HandleScope hs = heap_scope_open(vm);
    JSValue *nt = heap_handle(vm, val_is_undefined(new_target) ? fn : new_target);
    JSValue *w = push_window(vm, fn, VAL_UNDEFINED, argc, argv);
    vm->native_depth++;
    JSValue r = w ? invoke_window(vm, w, (uint32_t)argc, *nt, true) : call_throw_overflow(vm);
    vm->native_depth--;
    heap_scope_close(vm, hs);
    return r;
}

JSValue vm_run_proto(VM *vm, FunctionProto *fp)
{
    JSValue *regs = vm->stack_top;
    if (regs + fp->nregs > vm->stack_end || vm->frame_count >= vm->frame_cap) return call_throw_overflow(vm);
    regs[0] = vm->global;
    for (uint32_t i = 1; i < fp->nregs; i++) regs[i] = VAL_UNDEFINED;
    JSValue *saved_top = vm->stack_top;
    Frame *fr = &vm->frames[vm->frame_count++];
    fr->proto = fp;
    fr->regs = regs;
    fr->pc = fp->code;
    fr->callee = VAL_UNDEFINED;
    fr->env = VAL_UNDEFINED;
    fr->new_target = VAL_UNDEFINED;
    fr->argc = 0;
    fr->ret_reg = 0;
    fr->flags = FRAME_ENTRY;
    fr->top = regs + fp->nregs;
    vm->stack_top = fr->top;
    fp->invocations++;
    vm->native_depth++;
    JSValue r = call_execute(vm);
    vm->native_depth--;
    vm->stack_top = saved_top;
    return r;
}
