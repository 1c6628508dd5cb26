/*
 * bl_ops.c -- direct slow paths for instructions that baseline code runs
 * in C (prefix bl_op_): called straight from their templates instead of
 * through bl_step -> interp_step, which cost ~70 instructions of dispatch
 * around every such instruction (the step function's prologue, its frame
 * reload, the switch, the status computation).
 *
 * Each runs the interpreter's own definition of its instruction, the
 * forced-inline interp_op_X of tiers/interp/interp_ops.h that the dispatch
 * loop runs too, and turns its OpNext into what interp_step would have
 * left: fr->pc = where the frame continues, and a BL_* status.  A pending
 * exception unwinds from the frame through the interpreter's throw path
 * (interp_step(vm, NULL)), which finds a handler in this frame or pops it;
 * the code then leaves (BL_LEAVE) and the driver continues the top frame.
 *
 * In: vm, fr (the top frame, in baseline code), pc (the instruction).
 * Out: a BL_* status (bl_internal.h).
 *
 * Two ways in: templates call the first group directly (bl_helpers.def);
 * bl_step (baseline.c) sends the second group's opcodes here from its
 * table -- slow paths of inline templates (a string ADD) and STEP_ONLY
 * templates alike.  A slow path may run with any operands, so each is
 * the interpreter's whole instruction, type feedback included.
 */
#include "bl_internal.h"
#include "baseline.h"

#include "builtins/builtins.h"
#include "interp/interp_ops.h"

/* Where the frame continues after interp_op_X said r; jump_at: the
 * offset of the instruction's J operand. */
static inline int bl_continue(VM *vm, Frame *fr, const uint8_t *pc, OpNext r, uint32_t jump_at)
{
    switch (r) {
    case OP_NEXT:
        fr->pc = pc + bc_ops[*pc].size;
        return BL_NEXT;
    case OP_JUMP:
        fr->pc = pc + bc_i32(pc + jump_at);
        return BL_TARGET;
    case OP_THROW:
        interp_step(vm, NULL);
        return BL_LEAVE;
    case OP_ENTERED:
        return BL_LEAVE;   /* the new top frame runs in the driver */
    }
    return BL_LEAVE;
}

/* bl_op_NAME: interp_op_NAME on the top frame; jump_at as above (0: none). */
#define BL_OP(name, jump_at)                                                             \
    int bl_op_##name(VM *vm, Frame *fr, const uint8_t *pc)                               \
    {                                                                                    \
        OpNext r = interp_op_##name(vm, fr, fr->regs, fr->proto->feedback, pc);          \
        return bl_continue(vm, fr, pc, r, jump_at);                                      \
    }

/* ---- called by templates (bl_helpers.def) ---- */
BL_OP(get_elem, 0)
BL_OP(set_elem, 0)
BL_OP(new_object, 0)
BL_OP(new_array, 0)
BL_OP(closure, 0)
BL_OP(define_field, 0)
BL_OP(get_iterator, 0)
BL_OP(iter_next, 5)
BL_OP(for_of_next, 5)
BL_OP(for_of_result, 3)

/* FOR_OF_NEXT's slow path (the array walk is inline): a Map or Set
 * iterator steps here without the {value, done} object its next() would
 * allocate for FOR_OF_RESULT to take apart (bi_collection_iter_step) --
 * the value goes to R(a) and the loop body, exhaustion leaves the hole
 * as the array walk does; anything else is the interpreter's
 * instruction.  The interpreter itself calls next(): this is one of the
 * fast paths the tiers do not share. */
int bl_op_for_of_step(VM *vm, Frame *fr, const uint8_t *pc)
{
    JSValue *pair = &fr->regs[bc_u16(pc + 3)], v;
    fr->pc = pc;
    int r = bi_collection_iter_step(vm, pair[1], pair[0], &v);
    if (r == -2) return bl_op_for_of_next(vm, fr, pc);
    if (r > 0) fr->regs[bc_u16(pc + 1)] = v;
    else if (r == 0) fr->regs[bc_u16(pc + 1)] = VAL_HOLE;
    return bl_continue(vm, fr, pc, r > 0 ? OP_JUMP : r == 0 ? OP_NEXT : OP_THROW, 5);
}

/* ---- reached through bl_step's table ---- */
BL_OP(add, 0)
BL_OP(jstrict_eq, 5)
BL_OP(jstrict_ne, 5)
BL_OP(jump_if_true, 3)
BL_OP(jump_if_false, 3)
BL_OP(to_numeric, 0)
BL_OP(push_env, 0)
BL_OP(async_start, 0)
BL_OP(async_iter_result, 5)
BL_OP(iter_close, 0)
BL_OP(new_regexp, 0)
