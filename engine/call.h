/*
 * call.h -- frames and calls (prefix call_; also implements vm_call,
 * vm_construct and vm_run_proto declared in vm.h).
 *
 * The VM stack: one contiguous array of JSValues (vm->stack, never
 * reallocated) holding every frame's registers.  A JS->JS call in the
 * interpreter places the callee's frame at the caller's call window
 * (regs = &R(b+1), so r0 = this and r1.. = the arguments are already in
 * place) and continues in the same C loop; only C->JS re-entry (vm_call)
 * nests, bounded by flags.max_native_depth.
 *
 * Invariants (the GC relies on them):
 *  - vm->stack_top is the end of the scanned part of the stack; every slot
 *    below it holds a valid value.  Frame.top is the stack_top value while
 *    that frame is the top frame; it never goes below the caller's top
 *    (windows overlap), so popping restores exactly what the caller had.
 *  - A pushed frame has every register initialised (missing parameters and
 *    locals are undefined) before anything can allocate.
 *  - Arguments beyond nparams of a function that uses `arguments` or a
 *    rest parameter are moved above its registers, at regs[nregs ..
 *    nregs + argc - nparams), where CREATE_ARGUMENTS / CREATE_REST find them.
 *  - Native functions get a frame too (FRAME_NATIVE, proto NULL, regs =
 *    &this) for stack traces and so a native can find its own function
 *    object: call_native_callee(vm).
 */
#ifndef TL_CALL_H
#define TL_CALL_H

#include "vm.h"

static inline Frame *call_top_frame(VM *vm) { return &vm->frames[vm->frame_count - 1]; }

/* The function object of the running native (for `magic` / `data`). */
static inline JSFunction *call_native_callee(VM *vm)
{
    return (JSFunction *)val_obj(call_top_frame(vm)->callee);
}

/* A bytecode function object, or NULL. */
static inline JSFunction *call_as_bytecode(JSValue v)
{
    if (!val_is_function(v)) return NULL;
    JSFunction *f = (JSFunction *)val_obj(v);
    return f->fp ? f : NULL;
}

/* Is f a bound function (neither bytecode nor native)? */
static inline bool call_is_bound(const JSFunction *f) { return !f->fp && !f->native; }

/* Push a frame for the bytecode function fnv whose window starts at regs
 * (regs[0] = this, regs[1..argc] = the arguments).  Applies sloppy-mode
 * `this` coercion, fills parameters and locals, saves extra arguments.
 * Returns the frame, or NULL with RangeError pending (stack exhausted).
 * Does not check class constructors (the caller does). */
Frame *call_push_slow(VM *vm, JSValue fnv, JSValue *regs, uint32_t argc, JSValue new_target,
                      uint16_t ret_reg, uint16_t flags);

/* The common case inline: no extra arguments to keep, room on the stack,
 * `this` needs no coercion. */
__attribute__((always_inline)) static inline Frame *call_push(VM *vm, JSValue fnv, JSValue *regs, uint32_t argc, JSValue new_target,
                               uint16_t ret_reg, uint16_t flags)
{
    JSFunction *fn = (JSFunction *)val_obj(fnv);
    FunctionProto *fp = fn->fp;
    uint32_t np = fp->nparams, nr = fp->nregs;
    JSValue *end = regs + nr;
    if (__builtin_expect((argc > np && (fp->flags & (FP_USES_ARGUMENTS | FP_HAS_REST))) || end > vm->stack_end ||
                             vm->frame_count >= vm->frame_cap,
                         0))
        return call_push_slow(vm, fnv, regs, argc, new_target, ret_reg, flags);
    if (!(fp->flags & (FP_STRICT | FP_ARROW | FP_THIS_UNUSED)) && !val_is_object(regs[0]) && !(flags & FRAME_CONSTRUCT)) {
        /* sloppy `this`: undefined/null is the global object, primitives are wrapped */
        if (!val_is_nullish(regs[0])) return call_push_slow(vm, fnv, regs, argc, new_target, ret_reg, flags);
        regs[0] = vm->global;
    }
    for (JSValue *p = regs + (argc < np ? argc : np) + 1; p < end; p++) *p = VAL_UNDEFINED;
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

/* Pop the top frame; returns the new top frame (or NULL when none is left). */
static inline Frame *call_pop(VM *vm)
{
    vm->frame_count--;
    if (vm->frame_count == 0) {
        vm->stack_top = vm->stack;
        return NULL;
    }
    Frame *fr = &vm->frames[vm->frame_count - 1];
    vm->stack_top = fr->top;
    return fr;
}

/* Call a native function: args[-1] = this, args[0..argc) in VM-stack slots.
 * Pushes and pops a FRAME_NATIVE frame around the call. */
JSValue call_native(VM *vm, JSValue fnv, JSValue *args, uint32_t argc, JSValue new_target);

/* Expand a bound function in place: window[0] = callee, window[1] = this,
 * window[2..2+*argc) = arguments; the bound target, this and arguments
 * replace them (arguments shifted up).  *new_target is adjusted for
 * construct calls (pass NULL for plain calls).  -1 with RangeError pending
 * when the stack has no room. */
int call_unbind(VM *vm, JSValue *window, uint32_t *argc, JSValue *new_target);

/* The `this` object of a base-constructor call: a new ordinary object
 * whose prototype is new_target.prototype (Object.prototype if that is not
 * an object).  VAL_EXCEPTION on a throw. */
JSValue call_create_this(VM *vm, JSValue new_target);

/* CREATE_ARGUMENTS / CREATE_REST for frame fr; mapped_formals > 0: a
 * sloppy mapped arguments object over that many parameters (arguments.h). */
JSValue call_create_arguments(VM *vm, Frame *fr, uint32_t mapped_formals);
JSValue call_create_rest(VM *vm, Frame *fr, uint32_t from);

/* Throws TypeError "<v> is not a function" / "... is not a constructor" /
 * class-constructor-without-new, describing v; returns VAL_EXCEPTION. */
JSValue call_throw_not_callable(VM *vm, JSValue v);
JSValue call_throw_not_constructor(VM *vm, JSValue v);
JSValue call_throw_class_call(VM *vm, JSValue fnv);
/* RangeError "Maximum call stack size exceeded". */
JSValue call_throw_overflow(VM *vm);

/* Run the top frame (just pushed with FRAME_ENTRY) in its function's tier. */
JSValue call_execute(VM *vm);

#endif
