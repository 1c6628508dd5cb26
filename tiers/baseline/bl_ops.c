/*
 * bl_ops.c -- direct slow paths for instructions that baseline code runs
 * in C (prefix bl_op_): called straight from their templates instead of
 * through bl_step -> interp_step, which cost ~70 instructions of dispatch
 * around every such instruction (the step function's prologue, its frame
 * reload, the switch, the status computation).
 *
 * Each is the interpreter's case for its instruction (tiers/interp/interp.c)
 * written once more around the same shared helpers (interp_ops.c, obj_,
 * fn_): SYNC (fr->pc = the instruction) before anything that may allocate,
 * throw or re-enter, the same allocation site for pretenuring, the result
 * stored in the frame's register, fr->pc = where the frame continues, as
 * interp_step leaves it.  A pending exception unwinds from the frame
 * through the interpreter's throw path (interp_step(vm, NULL)), which finds
 * a handler in this frame or pops it; the code then leaves (BL_LEAVE) and
 * the driver continues the top frame.
 *
 * In: vm, fr (the top frame, in baseline code), pc (the instruction).
 * Out: a BL_* status (bl_internal.h).
 *
 * Two ways in: templates call the first group directly (bl_helpers.def);
 * bl_step (baseline.c) sends the second group's opcodes here from its
 * table -- slow paths of inline templates (a string ADD) and STEP_ONLY
 * templates alike.
 */
#include "bl_internal.h"
#include "baseline.h"

#include "allocsite.h"
#include "builtins/generator.h"
#include "call.h"
#include "feedback.h"
#include "function.h"
#include "interp/interp_ops.h"
#include "object.h"
#include "runtime.h"

#define OP_U16(off) bc_u16(pc + (off))
#define OP_U32(off) bc_u32(pc + (off))
#define OP_I32(off) bc_i32(pc + (off))
#define R(i) (fr->regs[i])

/* A pending exception: the interpreter's throw path from the top frame. */
static int threw(VM *vm)
{
    interp_step(vm, NULL);
    return BL_LEAVE;
}

/* Continue at the next instruction / at the jump target at operand offset
 * `off` (relative to the instruction), as interp_step leaves fr->pc. */
static int next(Frame *fr, const uint8_t *pc)
{
    fr->pc = pc + bc_ops[*pc].size;
    return BL_NEXT;
}
static int jump(Frame *fr, const uint8_t *pc, uint32_t off)
{
    fr->pc = pc + bc_i32(pc + off);
    return BL_TARGET;
}

/* ---- object creation ---- */

int bl_op_new_object(VM *vm, Frame *fr, const uint8_t *pc)
{
    fr->pc = pc;
    AllocSite *site;   /* pretenuring (allocsite.h): this instruction is the site */
    bool pre = site_enter(&vm->heap, pc, &site);
    JSValue v = obj_new(vm, vm_intrinsic(vm, INTR_ObjectPrototype));
    site_leave(&vm->heap, site, pre, v);
    if (v == VAL_EXCEPTION) return threw(vm);
    R(OP_U16(1)) = v;
    return next(fr, pc);
}

int bl_op_new_array(VM *vm, Frame *fr, const uint8_t *pc)
{
    fr->pc = pc;
    AllocSite *site;
    bool pre = site_enter(&vm->heap, pc, &site);
    JSValue v = interp_new_array(vm, OP_U16(3));
    site_leave(&vm->heap, site, pre, v);
    if (v == VAL_EXCEPTION) return threw(vm);
    R(OP_U16(1)) = v;
    return next(fr, pc);
}

int bl_op_closure(VM *vm, Frame *fr, const uint8_t *pc)
{
    fr->pc = pc;
    JSValue v = fn_new_closure(vm, fr->proto->children[OP_U16(3)], fr->env);
    if (v == VAL_EXCEPTION) return threw(vm);
    R(OP_U16(1)) = v;
    return next(fr, pc);
}

int bl_op_define_field(VM *vm, Frame *fr, const uint8_t *pc)
{
    fr->pc = pc;
    if (obj_define_value(vm, R(OP_U16(1)), fr->proto->consts[OP_U32(3)], R(OP_U16(7)), PROP_DEFAULT) < 0)
        return threw(vm);
    return next(fr, pc);
}

/* ---- iteration ---- */

int bl_op_get_iterator(VM *vm, Frame *fr, const uint8_t *pc)
{
    fr->pc = pc;
    if (interp_get_iterator(vm, &R(OP_U16(1)), R(OP_U16(3))) < 0) return threw(vm);
    return next(fr, pc);
}

/* ITER_NEXT and FOR_OF_NEXT share the array walk: 1 = *out is the
 * element, 0 = exhausted, -1 = not the array walk or not a fast element
 * (the generic step follows). */
static int array_step(JSValue *pair, JSValue *out)
{
    if (!val_is_int(pair[1])) return -1;
    JSObject *a = val_obj(pair[0]);
    uint32_t i = (uint32_t)val_int(pair[1]);
    if (i >= a->length) {
        pair[1] = val_from_int(INT32_MAX);   /* exhausted for good */
        return 0;
    }
    if (!(a->elements && i < a->elements->capacity && a->elements->v[i] != VAL_HOLE)) return -1;   /* arr_fast_get */
    *out = a->elements->v[i];
    pair[1] = val_from_int((int32_t)i + 1);
    return 1;
}

int bl_op_iter_next(VM *vm, Frame *fr, const uint8_t *pc)
{
    JSValue *pair = &R(OP_U16(3));
    JSValue v;
    int r = array_step(pair, &v);
    if (r < 0) {
        fr->pc = pc;
        r = interp_iter_next(vm, pair, &v);
        if (r < 0) return threw(vm);
    }
    if (!r) return jump(fr, pc, 5);
    R(OP_U16(1)) = v;
    return next(fr, pc);
}

int bl_op_for_of_next(VM *vm, Frame *fr, const uint8_t *pc)
{
    JSValue *pair = &R(OP_U16(3));
    JSValue v;
    fr->pc = pc;
    if (val_is_int(pair[1])) {
        int r = array_step(pair, &v);
        if (r < 0) r = interp_iter_next(vm, pair, &v);
        if (r < 0) return threw(vm);
        if (!r) {
            R(OP_U16(1)) = VAL_HOLE;
            return next(fr, pc);
        }
        R(OP_U16(1)) = v;
        return jump(fr, pc, 5);
    }
    int r = bi_generator_resume_inline(vm, pair[1], pair[0], VAL_UNDEFINED, OP_U16(1));
    if (r < 0) return threw(vm);
    if (r) return BL_LEAVE;   /* the generator's frame runs on top; its result lands in R(a) */
    v = vm_call(vm, pair[1], pair[0], 0, NULL);
    if (v == VAL_EXCEPTION) return threw(vm);
    R(OP_U16(1)) = v;
    return next(fr, pc);
}

int bl_op_for_of_result(VM *vm, Frame *fr, const uint8_t *pc)
{
    JSValue res = R(OP_U16(1));
    if (res == VAL_HOLE) return jump(fr, pc, 3);
    fr->pc = pc;
    int r = interp_iter_result(vm, res, &R(OP_U16(1)));
    if (r < 0) return threw(vm);
    if (r) return jump(fr, pc, 3);
    return next(fr, pc);
}

/* ---- reached through bl_step (a template's slow path, or a STEP_ONLY
 * template): bl_step's table sends these opcodes here instead of to
 * interp_step.  Each is the interpreter's whole case -- a slow path may
 * run with any operands -- including its type feedback. ---- */

#define FB(off) (fr->proto->feedback[OP_U32(off)])

/* ADD: int32, numbers, then rt_add_at (strings: this ADD is the site) */
int bl_op_add(VM *vm, Frame *fr, const uint8_t *pc)
{
    JSValue x = R(OP_U16(3)), y = R(OP_U16(5));
    if (val_is_int(x) && val_is_int(y)) {
        int32_t r;
        FB(7).types |= FB_TYPE_INT32;
        if (!__builtin_add_overflow(val_int(x), val_int(y), &r)) R(OP_U16(1)) = val_from_int(r);
        else R(OP_U16(1)) = val_from_double((double)val_int(x) + (double)val_int(y));
        return next(fr, pc);
    }
    if (val_is_number(x) && val_is_number(y)) {
        FB(7).types |= (uint8_t)(fb_type_of(x) | fb_type_of(y));
        R(OP_U16(1)) = val_from_double(val_to_number(x) + val_to_number(y));
        return next(fr, pc);
    }
    fr->pc = pc;
    FB(7).types |= (uint8_t)(fb_type_of_slow(x) | fb_type_of_slow(y));
    JSValue r = rt_add_at(vm, x, y, pc);
    if (r == VAL_EXCEPTION) return threw(vm);
    R(OP_U16(1)) = r;
    return next(fr, pc);
}

static int jstrict(Frame *fr, const uint8_t *pc, bool eq)
{
    JSValue x = R(OP_U16(1)), y = R(OP_U16(3));
    FB(9).types |= (uint8_t)(fb_type_of(x) | fb_type_of(y));
    if (interp_strict_eq(x, y) == eq) return jump(fr, pc, 5);
    return next(fr, pc);
}
int bl_op_jstrict_eq(VM *vm, Frame *fr, const uint8_t *pc) { (void)vm; return jstrict(fr, pc, true); }
int bl_op_jstrict_ne(VM *vm, Frame *fr, const uint8_t *pc) { (void)vm; return jstrict(fr, pc, false); }

static int jump_if(Frame *fr, const uint8_t *pc, bool want)
{
    JSValue x = R(OP_U16(1));
    bool t = x == VAL_TRUE || (x != VAL_FALSE && rt_to_boolean(x));
    if (t == want) return jump(fr, pc, 3);
    return next(fr, pc);
}
int bl_op_jump_if_true(VM *vm, Frame *fr, const uint8_t *pc) { (void)vm; return jump_if(fr, pc, true); }
int bl_op_jump_if_false(VM *vm, Frame *fr, const uint8_t *pc) { (void)vm; return jump_if(fr, pc, false); }

int bl_op_to_numeric(VM *vm, Frame *fr, const uint8_t *pc)
{
    JSValue x = R(OP_U16(3));
    if (!val_is_number(x)) {
        fr->pc = pc;
        x = rt_to_numeric(vm, x);
        if (x == VAL_EXCEPTION) return threw(vm);
    }
    R(OP_U16(1)) = x;
    return next(fr, pc);
}

int bl_op_push_env(VM *vm, Frame *fr, const uint8_t *pc)
{
    fr->pc = pc;
    JSValue e = env_new(vm, fr->env, OP_U16(1));
    if (e == VAL_EXCEPTION) return threw(vm);
    fr->env = e;
    return next(fr, pc);
}

int bl_op_async_start(VM *vm, Frame *fr, const uint8_t *pc)
{
    fr->pc = pc;
    JSValue g = bi_generator_start(vm, fr, OP_U16(1), GEN_KIND_ASYNC);
    if (g == VAL_EXCEPTION) return threw(vm);
    R(OP_U16(1)) = g;
    return next(fr, pc);
}

int bl_op_async_iter_result(VM *vm, Frame *fr, const uint8_t *pc)
{
    fr->pc = pc;
    int r = interp_iter_result(vm, R(OP_U16(3)), &R(OP_U16(1)));
    if (r < 0) return threw(vm);
    if (r) return jump(fr, pc, 5);
    return next(fr, pc);
}

int bl_op_iter_close(VM *vm, Frame *fr, const uint8_t *pc)
{
    fr->pc = pc;
    if (interp_iter_close(vm, &R(OP_U16(1))) < 0) return threw(vm);
    return next(fr, pc);
}

int bl_op_new_regexp(VM *vm, Frame *fr, const uint8_t *pc)
{
    fr->pc = pc;
    JSValue v = interp_new_regexp(vm, fr->proto->consts[OP_U32(3)], fr->proto->consts[OP_U32(7)]);
    if (v == VAL_EXCEPTION) return threw(vm);
    R(OP_U16(1)) = v;
    return next(fr, pc);
}
