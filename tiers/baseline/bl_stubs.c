/*
 * bl_stubs.c -- machine-code stubs shared by all baseline code (prefix bl_).
 *
 * The call stub runs a whole CALL or NEW from baseline code and returns
 * the instruction's BL_* status in eax (BL_NEXT: go on at the next
 * instruction; BL_LEAVE: leave to the driver).  Its fast path is
 * bl_call_enter's in machine code: a CALL to a function that has baseline
 * code, with no `arguments` object or rest parameter to build, a sloppy
 * `this` that is an object or undefined, room on both stacks, monomorphic
 * (or megamorphic) call feedback that needs no update, and a budget that
 * does not run out.  The stub checks the callee and the feedback, then
 * jumps to the callee's call entry (bl_emit_call_entry, emitted with each
 * function: its register count, parameter count and strictness are
 * constants there), which checks the rest, pushes the callee's frame
 * exactly as call_push does, sets the pinned registers for it and calls
 * its code; the callee's inline RETURN pops the frame, stores the result
 * and comes back with eax = 0, so a JS->JS call and return run no C at
 * all.  Natives are called in place.  A NEW of a base class constructor
 * with baseline code goes the same way to its construct entry, which
 * makes `this` (bl_construct_this) before the push.  Any other case (a
 * NEW of anything else among them) calls bl_call_enter (C) with the
 * arguments untouched, which pushes a frame for the stub to call, or
 * finishes the call itself.
 *
 * In:  rdx = the call window (&R(b): callee, this, arguments),
 *      ecx = argument count | result register << 16, r8 = the CALL's pc,
 *      rsi = the callee frame's argc word (argc | result register << 32 |
 *      flags << 48: FRAME_NESTED, with FRAME_CONSTRUCT for NEW; the
 *      entries store it) and r9 = the call site's FeedbackSlot (both for
 *      the entries only); the pinned
 *      registers (r12 = vm, r13 = the caller's frame, the top frame) as in
 *      all baseline code.  Clobbers every caller-saved register.
 *
 * The other stubs hold what every function's cold code would otherwise
 * repeat: the property IC search past entry 0 (ic_find, ic_get,
 * ic_get_entry, ic_get_prim), two numbers to doubles with their type
 * feedback (to_doubles), and a RETURN from any frame but a plain nested
 * one (ret_construct, ret_other).  Their contracts are in bl_internal.h.
 *
 * Baseline code leaves its frame with `ret` and eax = 0 when its RETURN
 * popped it inline into a caller that runs it nested (the caller's pc is
 * left at its call instruction: its code goes on at the next one), or
 * eax != 0 when vm->tier_result says what happened (baseline.c).
 */
#include <stddef.h>

#include "bl_internal.h"
#include "baseline.h"

#include "allocsite.h"
#include "builtins/builtins.h"
#include "call.h"
#include "feedback.h"
#include "object.h"
#include "shape.h"
#include "tier.h"
#include "typedarray.h"

_Static_assert(offsetof(Frame, ret_reg) == offsetof(Frame, argc) + 4 &&
                   offsetof(Frame, flags) == offsetof(Frame, argc) + 6,
               "the call stub stores argc, ret_reg and flags as one qword");

#define OFF(type, field) ((int32_t)offsetof(type, field))

/* rax = value == v ? ... : jcc: compare r with the 64-bit constant v. */
static void cmp_value(X64Asm *a, X64Reg r, JSValue v)
{
    x64_mov_ri(a, X64_R11, v);
    x64_alu_rr(a, X64_CMP, r, X64_R11);
}

/* Call feedback that needs no update (r9 = the FeedbackSlot, [rdx] = the
 * callee): monomorphic on this target, or megamorphic; else `slow`, where
 * the C path updates it.  The target is the callee only when the slot is
 * monomorphic (fb_record_call: an unused slot holds undefined, a
 * megamorphic one the hole), so the common case is one compare.  r11 is
 * scratch. */
static void emit_feedback_unchanged(X64Asm *a, X64Label slow)
{
    X64Label ok = x64_label_new(a);
    x64_mov_rm(a, X64_R11, X64_RDX, 0);
    x64_alu_rm(a, X64_CMP, X64_R11, X64_R9, OFF(FeedbackSlot, u.call_target));
    x64_jcc(a, X64_CC_E, ok);
    x64_cmp8_mi(a, X64_R9, OFF(FeedbackSlot, state), IC_MEGA);
    x64_jcc(a, X64_CC_NE, slow);
    x64_bind(a, ok);
}

/* call_native's frame-overflow check (a RangeError there): a native
 * called in place needs a free frame, else `slow`, where the C path
 * raises it.  Leaves rsi = vm->frame_count (the native's frame index);
 * rdi is scratch. */
static void emit_frame_room(X64Asm *a, X64Label slow)
{
    x64_mov32_rm(a, X64_RSI, BL_VM, OFF(VM, frame_count));
    x64_mov32_rm(a, X64_RDI, BL_VM, OFF(VM, frame_cap));
    x64_alu_rr(a, X64_CMP, X64_RSI, X64_RDI);
    x64_jcc(a, X64_CC_AE, slow);
}

/* Array.prototype.push with one argument onto an array that stays dense
 * and has room (arr_push's fast case: an extensible array whose length is
 * writable and whose elements are neither sparse, frozen nor sealed, and
 * whose prototypes have no indexed properties -- bi_array_push's check),
 * done in place: the store (with the plan's barrier), length + 1, the
 * result in the caller's register, and the call's effects the C path
 * would have (the native-call count; feedback that needs no update), so
 * that every tier observes the same.  rax = the callee's JSFunction; the
 * stub's inputs are untouched on the way to `slow`.  The common `a.push(x)`
 * of array-building loops no longer pays bl_call_enter, call_native and
 * the builtin's generic entry. */
static void emit_array_push(X64Asm *a, X64Label slow, bool barrier)
{
    x64_mov_ri(a, X64_R11, (uint64_t)(uintptr_t)bi_array_push);
    x64_alu_rm(a, X64_CMP, X64_R11, X64_RAX, OFF(JSFunction, native));
    x64_jcc(a, X64_CC_NE, slow);
    x64_mov32_rr(a, X64_RSI, X64_RCX);
    x64_alu32_ri(a, X64_AND, X64_RSI, 0xFFFF);
    x64_alu32_ri(a, X64_CMP, X64_RSI, 1);
    x64_jcc(a, X64_CC_NE, slow);
    emit_frame_room(a, slow);
    emit_feedback_unchanged(a, slow);
    /* rsi = the receiver: an array object with the fast flags */
    x64_mov_rm(a, X64_RSI, X64_RDX, 8);
    bl_unbox_object_or(a, X64_RSI, X64_R11, slow);
    x64_movzx16_rm(a, X64_R11, X64_RSI, OFF(JSObject, cls));
    x64_alu32_ri(a, X64_CMP, X64_R11, CLS_ARRAY);
    x64_jcc(a, X64_CC_NE, slow);
    x64_movzx16_rm(a, X64_R11, X64_RSI, OFF(JSObject, flags));
    x64_alu32_ri(a, X64_AND, X64_R11,
                 OBJ_EXTENSIBLE | OBJ_SPARSE | OBJ_LENGTH_READONLY | OBJ_FROZEN_ELEMENTS | OBJ_SEALED_ELEMENTS);
    x64_alu32_ri(a, X64_CMP, X64_R11, OBJ_EXTENSIBLE);
    x64_jcc(a, X64_CC_NE, slow);
    /* the prototypes cannot answer Set(O, len) (a setter, a read-only
     * element, a Proxy trap, a String's characters): the prototype is
     * %Array.prototype% and the protector vm->array_protos_plain stands
     * (array.h); anything else takes the C path, which checks the chain */
    x64_mov_rm(a, X64_R10, X64_RSI, OFF(JSObject, proto));
    x64_alu_rm(a, X64_CMP, X64_R10, BL_VM, OFF(VM, intrinsics) + INTR_ArrayPrototype * 8);
    x64_jcc(a, X64_CC_NE, slow);
    x64_cmp8_mi(a, BL_VM, OFF(VM, array_protos_plain), 0);
    x64_jcc(a, X64_CC_E, slow);
    /* r10 = the elements, r11 = length < capacity, and length + 1 an int32 */
    x64_mov_rm(a, X64_R10, X64_RSI, OFF(JSObject, elements));
    x64_test_rr(a, X64_R10, X64_R10);
    x64_jcc(a, X64_CC_E, slow);
    x64_mov32_rm(a, X64_R11, X64_RSI, OFF(JSObject, length));
    x64_mov32_rm(a, X64_RDI, X64_R10, OFF(ValArray, capacity));
    x64_alu_rr(a, X64_CMP, X64_R11, X64_RDI);
    x64_jcc(a, X64_CC_AE, slow);
    x64_alu32_ri(a, X64_CMP, X64_R11, INT32_MAX - 1);
    x64_jcc(a, X64_CC_A, slow);
    /* ---- no check is left: the push ---- */
    x64_lea(a, X64_RDI, X64_R11, 1);
    x64_mov32_mr(a, X64_RSI, OFF(JSObject, length), X64_RDI);
    x64_alu_rr(a, X64_OR, X64_RDI, BL_INTTAG);                   /* the new length, an int32 value */
    x64_mov32_rr(a, X64_RSI, X64_RCX);
    x64_shift32_ri(a, X64_SHR, X64_RSI, 16);
    x64_mov_mri(a, BL_REGS, X64_RSI, 8, 0, X64_RDI);            /* the caller's result register */
    x64_add_m64_i(a, BL_VM, (int32_t)(offsetof(VM, stats) + offsetof(TlStats, v) + STAT_native_calls * 8), 1);
    x64_mov_rm(a, X64_RAX, X64_RDX, 16);                         /* the value */
    if (!barrier) {
        x64_mov_mri(a, X64_R10, X64_R11, 8, OFF(ValArray, v), X64_RAX);
    } else {
        /* heap_barrier_value(vm, elements, slot, value) stores it; the
         * return address is on the stack, so one push aligns rsp */
        x64_push(a, X64_RAX);
        x64_mov_rr(a, X64_RDI, BL_VM);
        x64_mov_rr(a, X64_RSI, X64_R10);
        x64_shift_ri(a, X64_SHL, X64_R11, 3);
        x64_lea(a, X64_RDX, X64_R10, OFF(ValArray, v));
        x64_alu_rr(a, X64_ADD, X64_RDX, X64_R11);
        x64_mov_rr(a, X64_RCX, X64_RAX);
        x64_mov_ri(a, X64_RAX, (uint64_t)(uintptr_t)heap_barrier_value);
        x64_call_r(a, X64_RAX);
        x64_pop(a, X64_RAX);
    }
    /* done in place */
    x64_mov_ri(a, X64_RAX, BL_NEXT);
    x64_ret(a);
}

/* The pending exception unwinds from the caller's frame at its CALL or
 * NEW: bl_call_threw(vm), whose BL_LEAVE is the stub's result. */
static void emit_jump_threw(X64Asm *a)
{
    x64_mov_rr(a, X64_RDI, BL_VM);
    x64_jmp_abs(a, (const void *)bl_call_threw);
}

/* Any other native callee (rax = the JSFunction, fp NULL), called in
 * place as the interpreter's CALL does (SYNC, call_native, the result in
 * the caller's register): fr->pc = the CALL, the native's frame pushed as
 * call_native pushes it (stack traces, `arguments` of the callee, the
 * GC's view of the window), the native-call count, the call, the frame
 * popped; an exception unwinds through bl_call_threw.  Taken when the call
 * feedback needs no update and a frame is free; a bound function (no
 * `native`) and the rest take `slow` with the inputs untouched.  This is
 * what every Map/Set/String/Math method call from baseline code paid
 * bl_call_enter, bl_call_native and call_native for. */
static void emit_native_call(X64Asm *a, X64Label slow)
{
    X64Label top_ok = x64_label_new(a), threw = x64_label_new(a);
    x64_mov_rm(a, X64_R11, X64_RAX, OFF(JSFunction, native));
    x64_test_rr(a, X64_R11, X64_R11);
    x64_jcc(a, X64_CC_E, slow);
    emit_frame_room(a, slow);                                     /* rsi = frame_count */
    x64_mov_rr(a, X64_R10, X64_R11);                            /* emit_feedback_unchanged uses r11 */
    emit_feedback_unchanged(a, slow);
    /* ---- no check is left: SYNC, then call_native's frame push ---- */
    x64_mov_mr(a, BL_FR, OFF(Frame, pc), X64_R8);
    x64_mov_ri(a, X64_R11, sizeof(Frame));
    x64_imul32_rr(a, X64_RSI, X64_R11);
    x64_mov_rm(a, X64_R9, BL_VM, OFF(VM, frames));
    x64_alu_rr(a, X64_ADD, X64_R9, X64_RSI);                     /* r9 = the native's frame */
    x64_inc_m32(a, BL_VM, OFF(VM, frame_count));
    x64_mov_mi(a, X64_R9, OFF(Frame, proto), 0);
    x64_lea(a, X64_RSI, X64_RDX, 8);
    x64_mov_mr(a, X64_R9, OFF(Frame, regs), X64_RSI);            /* args - 1: `this` */
    x64_mov_mi(a, X64_R9, OFF(Frame, pc), 0);
    x64_mov_rm(a, X64_RSI, X64_RDX, 0);
    x64_mov_mr(a, X64_R9, OFF(Frame, callee), X64_RSI);
    x64_mov_ri(a, X64_RSI, VAL_UNDEFINED);
    x64_mov_mr(a, X64_R9, OFF(Frame, env), X64_RSI);
    x64_mov_mr(a, X64_R9, OFF(Frame, new_target), X64_RSI);
    /* argc | ret_reg (0) << 32 | FRAME_NATIVE << 48 */
    x64_mov32_rr(a, X64_RSI, X64_RCX);
    x64_alu32_ri(a, X64_AND, X64_RSI, 0xFFFF);
    x64_mov_ri(a, X64_RDI, (uint64_t)FRAME_NATIVE << 48);
    x64_alu_rr(a, X64_OR, X64_RDI, X64_RSI);
    x64_mov_mr(a, X64_R9, OFF(Frame, argc), X64_RDI);
    /* top = max(args + argc, vm->stack_top) */
    x64_lea(a, X64_RDI, X64_RDX, 16);
    x64_shift_ri(a, X64_SHL, X64_RSI, 3);
    x64_alu_rr(a, X64_ADD, X64_RDI, X64_RSI);
    x64_mov_rm(a, X64_RSI, BL_VM, OFF(VM, stack_top));
    x64_alu_rr(a, X64_CMP, X64_RDI, X64_RSI);
    x64_jcc(a, X64_CC_AE, top_ok);
    x64_mov_rr(a, X64_RDI, X64_RSI);
    x64_bind(a, top_ok);
    x64_mov_mr(a, X64_R9, OFF(Frame, top), X64_RDI);
    x64_mov_mr(a, BL_VM, OFF(VM, stack_top), X64_RDI);
    x64_add_m64_i(a, BL_VM, (int32_t)(offsetof(VM, stats) + offsetof(TlStats, v) + STAT_native_calls * 8), 1);
    /* native(vm, args, argc, undefined); three pushes align rsp */
    x64_push(a, X64_RCX);
    x64_push(a, X64_R8);
    x64_push(a, X64_RDX);
    x64_mov_rr(a, X64_RDI, BL_VM);
    x64_lea(a, X64_RSI, X64_RDX, 16);
    x64_mov32_rr(a, X64_RDX, X64_RCX);
    x64_alu32_ri(a, X64_AND, X64_RDX, 0xFFFF);
    x64_mov_ri(a, X64_RCX, VAL_UNDEFINED);
    x64_call_r(a, X64_R10);
    x64_pop(a, X64_RDX);
    x64_pop(a, X64_R8);
    x64_pop(a, X64_RCX);
    /* call_pop, and the interpreter's vm->stack_top = fr->top */
    x64_dec_m32(a, BL_VM, OFF(VM, frame_count));
    x64_mov_rm(a, X64_RSI, BL_FR, OFF(Frame, top));
    x64_mov_mr(a, BL_VM, OFF(VM, stack_top), X64_RSI);
    cmp_value(a, X64_RAX, VAL_EXCEPTION);
    x64_jcc(a, X64_CC_E, threw);
    x64_shift32_ri(a, X64_SHR, X64_RCX, 16);
    x64_mov_mri(a, BL_REGS, X64_RCX, 8, 0, X64_RAX);            /* the caller's result register */
    x64_lea(a, X64_R8, X64_R8, bc_ops[BC_CALL].size);
    x64_mov_mr(a, BL_FR, OFF(Frame, pc), X64_R8);
    x64_mov_ri(a, X64_RAX, BL_NEXT);
    x64_ret(a);
    /* the pending exception unwinds from the caller's frame (at the CALL) */
    x64_bind(a, threw);
    emit_jump_threw(a);
}

/* fn(vm, the caller's frame, rdx, ecx, r8) from the stub, r8 (the call's
 * pc) kept: the push aligns rsp. */
static void emit_call_c(X64Asm *a, uint64_t fn)
{
    x64_push(a, X64_R8);
    x64_mov_rr(a, X64_RDI, BL_VM);
    x64_mov_rr(a, X64_RSI, BL_FR);
    x64_call_abs(a, (const void *)(uintptr_t)fn);
    x64_pop(a, X64_R8);
}

/* Back from the callee's code: the caller's pinned registers (and r8)
 * popped; an inline return (eax = 0) ends the call; else `leave`. */
static void emit_back_in_caller(X64Asm *a, X64Label leave)
{
    x64_pop(a, X64_R8);
    x64_pop(a, BL_FBV);
    x64_pop(a, BL_REGS);
    x64_pop(a, BL_FR);
    x64_test32_rr(a, X64_RAX, X64_RAX);
    x64_jcc(a, X64_CC_NE, leave);
    x64_ret(a);                                                  /* eax = BL_NEXT */
}

/* Call the callee's code: rax = its entry, the pinned registers already
 * set for its frame (the caller's pushed: four pushes keep rsp 16-byte
 * aligned inside the callee), then back in the caller's frame: an inline
 * return (eax = 0) ends the call here; anything else is bl_call_leave's. */
static void emit_run_callee(X64Asm *a, X64Label run, X64Label leave)
{
    x64_bind(a, run);
    x64_call_r(a, X64_RAX);
    emit_back_in_caller(a, leave);
    /* the callee left its code, threw, or returned through the interpreter:
     * bl_call_leave(vm, the caller's frame, the call's pc) */
    x64_bind(a, leave);
    x64_mov_rr(a, X64_RDX, X64_R8);
    emit_call_c(a, (uint64_t)(uintptr_t)bl_call_leave);
    x64_ret(a);
}

/* The stub's fast path: checks (no side effects until every one has
 * passed) that the callee is a function with baseline code and that the
 * call feedback needs no update, then jumps to the callee's entry at
 * BlCode offset `entry` (bl_emit_call_entry, bl_emit_construct_entry;
 * `slow` when it has none) with rax = the JSFunction, r10 = its
 * FunctionProto, rdi = its BlCode.  A native callee goes to `native`. */
static void emit_to_entry(X64Asm *a, int32_t entry, X64Label native, X64Label slow)
{
    x64_mov_rm(a, X64_RAX, X64_RDX, 0);                          /* the callee */
    bl_unbox_object_or(a, X64_RAX, X64_R10, slow);                /* rax = JSFunction* */
    x64_movzx16_rm(a, X64_R10, X64_RAX, OFF(JSObject, cls));
    x64_alu32_ri(a, X64_CMP, X64_R10, CLS_FUNCTION);
    x64_jcc(a, X64_CC_NE, slow);
    x64_mov_rm(a, X64_R10, X64_RAX, OFF(JSFunction, fp));        /* r10 = FunctionProto* */
    x64_test_rr(a, X64_R10, X64_R10);
    x64_jcc(a, X64_CC_E, native);
    x64_mov_rm(a, X64_RDI, X64_R10, OFF(FunctionProto, tier_code) + TIER_BASELINE * 8);   /* rdi = BlCode* */
    x64_test_rr(a, X64_RDI, X64_RDI);
    x64_jcc(a, X64_CC_E, slow);
    emit_feedback_unchanged(a, slow);
    x64_mov_rm(a, X64_R11, X64_RDI, entry);
    x64_jmp_r(a, X64_R11);
}

/* Save the caller's pinned registers (with r8: four pushes). */
static void emit_save_caller(X64Asm *a)
{
    x64_push(a, BL_FR);
    x64_push(a, BL_REGS);
    x64_push(a, BL_FBV);
    x64_push(a, X64_R8);
}

/* ---- the property IC stubs ----
 * The inline code of GET_PROP and SET_PROP checks IC entry 0 of its
 * feedback slot; the other entries, prototype hits and a string
 * primitive's properties are searched here, once per VM, not emitted
 * again out of line at every site (they were a fifth of the compile time
 * and of the code).  They read only the object, the site's feedback and
 * the VM's epoch, call nothing and keep rax unless they return an
 * address. */

/* rax = a JSObject, rdx = the site's FeedbackSlot: rdx = the IC entry
 * for rax's shape, else to `miss`.  Clobbers rcx, rsi. */
static void emit_find_entry(X64Asm *a, X64Label miss)
{
    X64Label loop = x64_label_new(a), found = x64_label_new(a);
    x64_movzx8_rm(a, X64_RCX, X64_RDX, OFF(FeedbackSlot, count));
    x64_lea(a, X64_RDX, X64_RDX, OFF(FeedbackSlot, u.prop));
    x64_mov_rm(a, X64_RSI, X64_RAX, OFF(JSObject, shape));
    x64_bind(a, loop);
    x64_test32_rr(a, X64_RCX, X64_RCX);
    x64_jcc(a, X64_CC_E, miss);
    x64_alu_rm(a, X64_CMP, X64_RSI, X64_RDX, OFF(PropIcEntry, shape));
    x64_jcc(a, X64_CC_E, found);
    x64_alu_ri(a, X64_ADD, X64_RDX, (int32_t)sizeof(PropIcEntry));
    x64_alu32_ri(a, X64_SUB, X64_RCX, 1);
    x64_jmp(a, loop);
    x64_bind(a, found);
}

/* ic_find: rdx = the entry or 0. */
static void emit_ic_find(X64Asm *a)
{
    X64Label miss = x64_label_new(a);
    emit_find_entry(a, miss);
    x64_ret(a);
    x64_bind(a, miss);
    x64_alu32_rr(a, X64_XOR, X64_RDX, X64_RDX);
    x64_ret(a);
}

/* rax = the address of the value slot `slot` of entry rdx in the object
 * rax (or, with via_holder, in the entry's holder): the end of a hit.
 * Clobbers rcx. */
static void emit_slot_address(X64Asm *a, bool via_holder)
{
    if (via_holder) {
        x64_mov_rm(a, X64_RAX, X64_RDX, OFF(PropIcEntry, holder));
        bl_untag_cell(a, X64_RAX);
    }
    x64_mov_rm(a, X64_RAX, X64_RAX, OFF(JSObject, slots));
    x64_mov32_rm(a, X64_RCX, X64_RDX, OFF(PropIcEntry, slot));
    x64_lea_rmi(a, X64_RAX, X64_RAX, X64_RCX, 8, OFF(ValArray, v));
    x64_ret(a);
}

/* The entry rdx was cached while vm->proto_epoch was the same, else
 * `miss`.  Clobbers rsi. */
static void emit_same_epoch(X64Asm *a, X64Label miss)
{
    x64_mov32_rm(a, X64_RSI, BL_VM, OFF(VM, proto_epoch));
    x64_alu32_rm(a, X64_CMP, X64_RSI, X64_RDX, OFF(PropIcEntry, epoch));
    x64_jcc(a, X64_CC_NE, miss);
}

/* ic_get: rax = a JSObject, rdx = the site's FeedbackSlot -> rax = the
 * address of the property's value (an own data property, or a
 * prototype's while the epoch and rax's prototype are the cached ones),
 * or 0.  Clobbers rcx, rdx, rsi.  ic_get_entry: the same from rdx = the
 * entry for rax's shape, found already. */
static void emit_ic_get(X64Asm *a, X64Label get_entry)
{
    X64Label miss = x64_label_new(a), proto = x64_label_new(a);
    emit_find_entry(a, miss);
    x64_bind(a, get_entry);
    x64_cmp8_mi(a, X64_RDX, OFF(PropIcEntry, pad), 0);
    x64_jcc(a, X64_CC_NE, proto);
    emit_slot_address(a, false);                  /* an own data property */
    x64_bind(a, proto);
    x64_test8_mi(a, X64_RDX, OFF(PropIcEntry, pad), FB_ENTRY_GETTER);
    x64_jcc(a, X64_CC_NE, miss);
    emit_same_epoch(a, miss);
    x64_mov_rm(a, X64_RSI, X64_RAX, OFF(JSObject, proto));
    x64_alu_rm(a, X64_CMP, X64_RSI, X64_RDX, OFF(PropIcEntry, proto));
    x64_jcc(a, X64_CC_NE, miss);
    emit_slot_address(a, true);
    x64_bind(a, miss);
    x64_alu32_rr(a, X64_XOR, X64_RAX, X64_RAX);
    x64_ret(a);
}

/* ic_get_any: rax = any cell (untagged), rdx = the site's FeedbackSlot:
 * ic_get for an object, ic_get_prim for a string, else rax = 0 -- one
 * call for every way a GET_PROP site's inline code misses but the
 * prototype hit it found itself (ic_get_entry). */
static void emit_ic_get_any(X64Asm *a, X64Label get, X64Label get_prim)
{
    _Static_assert(CELL_STRING == 0 && CELL_ROPE == 1, "string kinds first");
    x64_cmp8_mi(a, X64_RAX, 1, CELL_OBJECT);     /* kind: header bits 8..15 */
    x64_jcc(a, X64_CC_E, get);
    x64_cmp8_mi(a, X64_RAX, 1, CELL_ROPE);
    x64_jcc(a, X64_CC_BE, get_prim);
    x64_alu32_rr(a, X64_XOR, X64_RAX, X64_RAX);
    x64_ret(a);
}

/* ic_get_prim: rdx = the FeedbackSlot of a GET site whose receiver is a
 * string primitive -> rax = the address of the value when entry 0 caches
 * a string primitive's property (shape NULL, FB_ENTRY_HOLDER: a data
 * property of an object on String.prototype's chain, valid while the
 * epoch is the cached one), or 0.  Clobbers rcx, rdx, rsi. */
static void emit_ic_get_prim(X64Asm *a)
{
    X64Label miss = x64_label_new(a);
    x64_lea(a, X64_RDX, X64_RDX, OFF(FeedbackSlot, u.prop));
    x64_alu32_rr(a, X64_XOR, X64_RCX, X64_RCX);
    x64_alu_rm(a, X64_CMP, X64_RCX, X64_RDX, OFF(PropIcEntry, shape));
    x64_jcc(a, X64_CC_NE, miss);
    x64_cmp8_mi(a, X64_RDX, OFF(PropIcEntry, pad), FB_ENTRY_HOLDER);
    x64_jcc(a, X64_CC_NE, miss);                 /* also an unused (zeroed) entry */
    emit_same_epoch(a, miss);
    emit_slot_address(a, true);
    x64_bind(a, miss);
    x64_alu32_rr(a, X64_XOR, X64_RAX, X64_RAX);
    x64_ret(a);
}

/* ---- the number conversion stub ----
 * to_doubles: rax, rcx = two numbers, rdx = the `types` byte of the
 * instruction's FeedbackSlot -> xmm0, xmm1 = them as doubles, each one's
 * type (FB_TYPE_INT32 or FB_TYPE_DOUBLE) recorded, and ZF set; ZF clear
 * when one is not a number (the slow path's, with the types of those
 * before it recorded, as the inline code recorded them).  The mixed
 * int32 / double halves of the arithmetic and compare templates and
 * DIV's and MOD's operands come here instead of converting inline at
 * every site (but for an int32 constant against a double, which the
 * templates convert inline: operands_to_xmm).  Clobbers r10. */

/* Set `bit` in [rdx] unless it is set (no store in the steady state). */
static void emit_record_type(X64Asm *a, uint8_t bit)
{
    X64Label done = x64_label_new(a);
    x64_test8_mi(a, X64_RDX, 0, bit);
    x64_jcc(a, X64_CC_NE, done);
    x64_or8_mi(a, X64_RDX, 0, bit);
    x64_bind(a, done);
}

static void emit_number_to_xmm(X64Asm *a, X64Reg r, X64Xmm x, X64Label fail)
{
    X64Label is_int = x64_label_new(a), done = x64_label_new(a);
    bl_cmp_tag(a, r, X64_R10, VAL_TAG_INT);
    x64_jcc(a, X64_CC_E, is_int);
    x64_jcc(a, X64_CC_A, fail);                  /* above the int32 tag: not a number */
    emit_record_type(a, FB_TYPE_DOUBLE);
    x64_movq_xr(a, x, r);
    x64_jmp(a, done);
    x64_bind(a, is_int);
    emit_record_type(a, FB_TYPE_INT32);
    x64_cvtsi2sd32(a, x, r);
    x64_bind(a, done);
}

static void emit_to_doubles(X64Asm *a)
{
    X64Label fail = x64_label_new(a);
    emit_number_to_xmm(a, X64_RAX, X64_XMM0, fail);
    emit_number_to_xmm(a, X64_RCX, X64_XMM1, fail);
    x64_alu32_rr(a, X64_XOR, X64_R10, X64_R10);   /* ZF = 1 */
    x64_ret(a);
    x64_bind(a, fail);
    x64_test32_rr(a, X64_R10, X64_R10);           /* ZF = 0: r10 = a tag above the int32 one */
    x64_ret(a);
}

/* ---- the strict equality stub ----
 * strict_eq: rax, rcx = two values, rdx = the `types` byte of the
 * instruction's FeedbackSlot -> the flags of `cmp r10d, 1`: E when they
 * are strictly equal, B when not, A when their contents must be compared
 * (a double: equal values may differ in bits, NaN agrees with itself; a
 * string or a BigInt): the slow path's.  Values of any other kind are
 * strictly equal exactly when their bits are.  The types are recorded as
 * the interpreter records them: int32 or other, per operand (once when
 * the bits agree), a double left to the slow path.  JSTRICT_EQ, JSTRICT_NE,
 * STRICT_EQ and STRICT_NE call it unless one operand is a constant
 * (undefined, null, a boolean: strict_eq_const in the templates, inline).
 * Clobbers r10. */

/* r's kind: a double jumps to `slow`, an int32 is recorded and jumps to
 * `done`, anything else is recorded as other and falls through with r10 =
 * r's tag. */
static void emit_strict_kind(X64Asm *a, X64Reg r, X64Label slow, X64Label done)
{
    X64Label other = x64_label_new(a);
    bl_cmp_tag(a, r, X64_R10, VAL_TAG_INT);
    x64_jcc(a, X64_CC_B, slow);
    x64_jcc(a, X64_CC_NE, other);
    emit_record_type(a, FB_TYPE_INT32);
    x64_jmp(a, done);
    x64_bind(a, other);
    emit_record_type(a, FB_TYPE_OTHER);
}

/* r10d = result; the flags of comparing it with 1 (STRICT_EQUAL) */
enum { STRICT_UNEQUAL, STRICT_EQUAL, STRICT_SLOW };
static void emit_strict_result(X64Asm *a, int result)
{
    x64_mov_ri(a, X64_R10, (uint64_t)result);
    x64_alu32_ri(a, X64_CMP, X64_R10, STRICT_EQUAL);
    x64_ret(a);
}

static void emit_strict_eq(X64Asm *a)
{
    X64Label differ = x64_label_new(a), equal = x64_label_new(a), slow = x64_label_new(a);
    x64_alu_rr(a, X64_CMP, X64_RAX, X64_RCX);
    x64_jcc(a, X64_CC_NE, differ);
    emit_strict_kind(a, X64_RAX, slow, equal);
    x64_bind(a, equal);
    emit_strict_result(a, STRICT_EQUAL);
    x64_bind(a, differ);
    X64Reg ops[2] = {X64_RAX, X64_RCX};
    for (int i = 0; i < 2; i++) {
        X64Label next = x64_label_new(a);
        emit_strict_kind(a, ops[i], slow, next);
        x64_alu32_ri(a, X64_CMP, X64_R10, (int32_t)VAL_TAG_CELL);
        x64_jcc(a, X64_CC_NE, next);
        x64_mov_rr(a, X64_R10, ops[i]);
        bl_untag_cell(a, X64_R10);
        /* strings and BigInts compare by content: kinds STRING, ROPE, BIGINT are 0..2 */
        _Static_assert(CELL_STRING == 0 && CELL_ROPE == 1 && CELL_BIGINT == 2, "content-compared kinds first");
        x64_cmp8_mi(a, X64_R10, 1, CELL_BIGINT);
        x64_jcc(a, X64_CC_BE, slow);
        x64_bind(a, next);
    }
    emit_strict_result(a, STRICT_UNEQUAL);   /* neither a double nor a string, and they differ */
    x64_bind(a, slow);
    emit_strict_result(a, STRICT_SLOW);
}

/* ---- the typed-array element stubs ---- */

/* ta_get / ta_set: GET_ELEM's and SET_ELEM's typed-array element of a
 * kind their out-of-line code leaves to C (bl_templates.c ta_f64: rax =
 * the JSObject*, rcx = the int32 index zero-extended, r9 = ta_set's
 * value; ta_get leaves the element in rax), ZF clear when done, set when
 * declined.  The object's and index's values are made again from rax
 * and rcx; one slot pushed keeps rsp 16-byte aligned for C. */
static void emit_ta_stub(X64Asm *a, bool set)
{
    x64_push(a, X64_R9);
    x64_mov_ri(a, X64_RDI, VAL_MAKE(VAL_TAG_CELL, 0));
    x64_alu_rr(a, X64_OR, X64_RDI, X64_RAX);
    x64_mov32_rr(a, X64_RSI, X64_RCX);
    x64_alu_rr(a, X64_OR, X64_RSI, BL_INTTAG);
    if (set) {
        x64_mov_rr(a, X64_RDX, X64_R9);
        x64_call_abs(a, (const void *)ta_jit_set_elem);
        x64_pop(a, X64_R9);
        x64_test32_rr(a, X64_RAX, X64_RAX);                  /* 0: declined (ZF = 1) */
    } else {
        x64_call_abs(a, (const void *)ta_jit_get_elem);
        x64_pop(a, X64_R9);
        x64_mov_ri(a, X64_R10, VAL_HOLE);                    /* VAL_HOLE: declined */
        x64_alu_rr(a, X64_CMP, X64_RAX, X64_R10);
    }
    x64_ret(a);
}

/* ---- the step stubs ----
 * step: the slow path of an instruction at bytecode offset esi, called
 * from the function's code: bl_step(vm, esi), and back with its status
 * BL_NEXT; any other status leaves the function's code as its exit does
 * (the return address into it dropped, `ret` with eax = 1).  step_jump:
 * the same for a jump instruction, back with the flags of comparing the
 * status with BL_TARGET (E: jump, B: the next instruction).  A site is
 * `mov esi, offset; call` where it was 21 bytes.  Clobber what a C call
 * does. */
static void emit_step_stub(X64Asm *a, bool jump, X64Label leave)
{
    x64_push(a, X64_RAX);                      /* rsp 16-byte aligned for C */
    x64_mov_rr(a, X64_RDI, BL_VM);
    x64_call_abs(a, (const void *)bl_step);
    x64_pop(a, X64_RCX);
    if (jump) {
        x64_alu32_ri(a, X64_CMP, X64_RAX, BL_TARGET);
        x64_jcc(a, X64_CC_A, leave);
    } else {
        x64_test32_rr(a, X64_RAX, X64_RAX);
        x64_jcc(a, X64_CC_NE, leave);
    }
    x64_ret(a);
}

static void emit_step_leave(X64Asm *a)
{
    x64_pop(a, X64_RCX);                       /* the return address into the function's code */
    x64_mov_ri(a, X64_RAX, 1);
    x64_ret(a);
}

/* ---- the return stub ----
 * What a RETURN does when its frame is not a plain nested one (the
 * templates pop that inline, bl_emit_return_pop).  In: r11 = the value,
 * ecx = the frame's flags, r8 = the RETURN's bytecode offset; the pinned
 * registers.  It ends the way the function's own code would: `ret` to
 * whatever called the body. */

/* A base constructor's frame returning into NEW: the call site's
 * preallocation hint, as the interpreter's return records it -- the
 * slots of the constructed object (obj = its JSObject *), at most 64.
 * rsi = the caller's pc; rax, rcx, rdx, rdi are scratch. */
static void emit_construct_hint(X64Asm *a, X64Reg obj, X64Label done)
{
    x64_mov_rm(a, X64_RAX, obj, OFF(JSObject, shape));
    x64_mov32_rm(a, X64_RAX, X64_RAX, OFF(Shape, slot_count));
    x64_alu32_ri(a, X64_CMP, X64_RAX, 64);
    x64_jcc(a, X64_CC_A, done);
    x64_mov32_rm(a, X64_RDI, X64_RSI, 7);                               /* the NEW's feedback slot */
    x64_mov_ri(a, X64_RCX, sizeof(FeedbackSlot));
    x64_imul32_rr(a, X64_RDI, X64_RCX);
    x64_mov_rm(a, X64_RDX, BL_FR, OFF(Frame, proto) - (int32_t)sizeof(Frame));
    x64_mov_rm(a, X64_RDX, X64_RDX, OFF(FunctionProto, feedback));
    x64_alu_rr(a, X64_ADD, X64_RDX, X64_RDI);
    x64_alu32_rm(a, X64_CMP, X64_RAX, X64_RDX, OFF(FeedbackSlot, hits));
    x64_jcc(a, X64_CC_BE, done);
    x64_mov32_mr(a, X64_RDX, OFF(FeedbackSlot, hits), X64_RAX);
}

/* ret_construct: a nested base constructor's frame (FRAME_NESTED |
 * FRAME_CONSTRUCT) returning into a NEW (super() binds `this` in the
 * caller: the interpreter's) returns its value if that is an object,
 * else `this` (construct_result), and records the hint; anything else
 * goes on to ret_other.  ret_other: RETURN from a FRAME_ENTRY frame (a
 * function that C called: a callback of a native, a getter, a promise
 * reaction) -- the interpreter's do_return pops it (call_pop) and the
 * activation that entered it through bl_run ends with the value
 * (RUN_RETURN), `ret` to the entry stub with eax = 1, as the function's
 * exit does; any other frame, the interpreter's RETURN (bl_step). */
static void emit_return_stub(X64Asm *a, X64Label ret_construct, X64Label ret_other)
{
    X64Label plain = x64_label_new(a), have_obj = x64_label_new(a), use_this = x64_label_new(a);
    X64Label step = x64_label_new(a), bottom = x64_label_new(a), set = x64_label_new(a);
    x64_bind(a, ret_construct);
    x64_alu32_ri(a, X64_CMP, X64_RCX, FRAME_NESTED | FRAME_CONSTRUCT);
    x64_jcc(a, X64_CC_NE, ret_other);
    x64_mov_rm(a, X64_RSI, BL_FR, OFF(Frame, pc) - (int32_t)sizeof(Frame));
    x64_cmp8_mi(a, X64_RSI, 0, BC_NEW);
    x64_jcc(a, X64_CC_NE, ret_other);
    x64_mov_rr(a, X64_R9, X64_R11);
    bl_unbox_object_or(a, X64_R9, X64_R10, use_this);
    x64_jmp(a, have_obj);
    x64_bind(a, use_this);
    x64_mov_rm(a, X64_R11, BL_REGS, 0);                                /* `this` */
    x64_mov_rr(a, X64_R9, X64_R11);
    bl_unbox_object_or(a, X64_R9, X64_R10, plain);
    x64_bind(a, have_obj);
    emit_construct_hint(a, X64_R9, plain);
    x64_bind(a, plain);
    bl_emit_return_pop(a, X64_R11);

    x64_bind(a, ret_other);
    x64_movzx16_rm(a, X64_RCX, BL_FR, OFF(Frame, flags));
    x64_alu32_ri(a, X64_CMP, X64_RCX, FRAME_ENTRY);
    x64_jcc(a, X64_CC_NE, step);
    x64_mov32_rm(a, X64_RCX, BL_VM, OFF(VM, frame_count));
    x64_alu32_ri(a, X64_SUB, X64_RCX, 1);
    x64_mov32_mr(a, BL_VM, OFF(VM, frame_count), X64_RCX);
    x64_jcc(a, X64_CC_E, bottom);
    x64_mov_rm(a, X64_RSI, BL_FR, OFF(Frame, top) - (int32_t)sizeof(Frame));   /* the frame below */
    x64_jmp(a, set);
    x64_bind(a, bottom);
    x64_mov_rm(a, X64_RSI, BL_VM, OFF(VM, stack));
    x64_bind(a, set);
    x64_mov_mr(a, BL_VM, OFF(VM, stack_top), X64_RSI);
    x64_mov_mr(a, BL_VM, OFF(VM, tier_result), X64_R11);
    x64_mov_ri(a, X64_RAX, 1);                 /* not an inline nested return */
    x64_ret(a);

    /* the interpreter's RETURN; whatever its status, the function's code
     * leaves (eax = 1: vm->tier_result says the rest) */
    x64_bind(a, step);
    x64_mov_rr(a, X64_RDI, BL_VM);
    x64_mov32_rr(a, X64_RSI, X64_R8);
    x64_call_abs(a, (const void *)bl_step);
    x64_mov_ri(a, X64_RAX, 1);
    x64_ret(a);
}

BlStubs bl_emit_call_stub(X64CodeSpace *space, bool barrier)
{
    BlStubs stubs = {0};
    X64Asm asm_;
    X64Asm *a = &asm_;
    x64_init(a);
    x64_code_window(space, &a->near_lo, &a->near_hi);
    X64Label slow = x64_label_new(a), native = x64_label_new(a), other_native = x64_label_new(a);
    X64Label run = x64_label_new(a), enter = x64_label_new(a), leave = x64_label_new(a);
    X64Label construct = x64_label_new(a);
    X64Label find = x64_label_new(a), get = x64_label_new(a), get_entry = x64_label_new(a);
    X64Label get_prim = x64_label_new(a), get_any = x64_label_new(a);
    X64Label to_doubles = x64_label_new(a), ret_construct = x64_label_new(a), ret_other = x64_label_new(a);
    X64Label strict_eq = x64_label_new(a), ta_get = x64_label_new(a), ta_set = x64_label_new(a);
    X64Label step = x64_label_new(a), step_jump = x64_label_new(a), step_leave = x64_label_new(a);

    /* ---- CALL: the callee's call entry ---- */
    emit_to_entry(a, OFF(BlCode, call_entry), native, slow);

    /* ---- NEW: the callee's construct entry (a native constructor takes
     * the slow path, where bl_call_construct calls it in place) ---- */
    x64_bind(a, construct);
    emit_to_entry(a, OFF(BlCode, construct_entry), slow, slow);

    /* a frame that bl_call_enter pushed: rax = its entry, rdx = the frame */
    x64_bind(a, enter);
    emit_save_caller(a);
    x64_mov_rr(a, BL_FR, X64_RDX);
    x64_mov_rm(a, BL_REGS, BL_FR, OFF(Frame, regs));
    x64_mov_rm(a, BL_FBV, BL_FR, OFF(Frame, proto));
    x64_mov_rm(a, BL_FBV, BL_FBV, OFF(FunctionProto, feedback));
    emit_run_callee(a, run, leave);

    /* ---- a native callee (rax = the JSFunction) ---- */
    x64_bind(a, native);
    emit_array_push(a, other_native, barrier);
    x64_bind(a, other_native);
    emit_native_call(a, slow);

    /* ---- anything else (and NEW): bl_call_enter with the original
     * arguments; it returns a frame to run, or the call's status + 1 ---- */
    x64_bind(a, slow);
    emit_call_c(a, (uint64_t)(uintptr_t)bl_call_enter);
    x64_test_rr(a, X64_RAX, X64_RAX);
    x64_jcc(a, X64_CC_NE, enter);
    x64_lea(a, X64_RAX, X64_RDX, -1);
    x64_ret(a);

    x64_bind(a, find);
    emit_ic_find(a);
    x64_bind(a, get);
    emit_ic_get(a, get_entry);
    x64_bind(a, get_prim);
    emit_ic_get_prim(a);
    x64_bind(a, get_any);
    emit_ic_get_any(a, get, get_prim);
    x64_bind(a, to_doubles);
    emit_to_doubles(a);
    x64_bind(a, strict_eq);
    emit_strict_eq(a);
    x64_bind(a, ta_get);
    emit_ta_stub(a, false);
    x64_bind(a, ta_set);
    emit_ta_stub(a, true);
    x64_bind(a, step);
    emit_step_stub(a, false, step_leave);
    x64_bind(a, step_jump);
    emit_step_stub(a, true, step_leave);
    x64_bind(a, step_leave);
    emit_step_leave(a);
    emit_return_stub(a, ret_construct, ret_other);

    if (x64_finish(a) && !a->oom) {
        uint8_t *code = x64_code_install(space, a);
        if (code)
            stubs = (BlStubs){code, code + x64_label_offset(a, construct), code + x64_label_offset(a, slow),
                              code + x64_label_offset(a, leave), code + x64_label_offset(a, find),
                              code + x64_label_offset(a, get), code + x64_label_offset(a, get_entry),
                              code + x64_label_offset(a, get_prim), code + x64_label_offset(a, get_any),
                              code + x64_label_offset(a, to_doubles), code + x64_label_offset(a, strict_eq),
                              code + x64_label_offset(a, ta_get), code + x64_label_offset(a, ta_set),
                              code + x64_label_offset(a, step), code + x64_label_offset(a, step_jump),
                              code + x64_label_offset(a, ret_construct), code + x64_label_offset(a, ret_other)};
    }
    x64_free(a);
    return stubs;
}

/* Up to this many slots past the parameters are set to undefined by
 * one store each (4 bytes, 7 past slot 14), more by a loop of four
 * instructions a slot: a method with nine locals spent 36 instructions of
 * every call in the loop (towers). */
#define BL_ENTRY_UNROLL 16

/* [r9, rdi) = r11 (undefined), r9 < rdi on entry. */
static void emit_fill_loop(X64Asm *a)
{
    X64Label loop = x64_label_new(a);
    x64_bind(a, loop);
    x64_mov_mr(a, X64_R9, 0, X64_R11);
    x64_alu_ri(a, X64_ADD, X64_R9, 8);
    x64_alu_rr(a, X64_CMP, X64_R9, X64_RDI);
    x64_jcc(a, X64_CC_B, loop);
}

/* `this` for the construct entry, after its last check (the budget spent):
 * bl_construct_this(vm, the caller's frame, the window, the NEW's pc) with
 * the entry's live registers saved (five pushes align rsp), then rax = the
 * callee's JSFunction again (a moving collection may have moved it) and
 * rdi = the end of its registers.  A throw gives the budget back and
 * unwinds from the caller's frame at the NEW. */
static void emit_construct_this(X64Asm *a, const FunctionProto *fp, X64Label threw)
{
    x64_push(a, X64_RDX);
    x64_push(a, X64_RCX);
    x64_push(a, X64_R8);
    x64_push(a, X64_RSI);
    x64_push(a, X64_R10);
    x64_mov_rr(a, X64_RCX, X64_R8);
    x64_mov_rr(a, X64_RDI, BL_VM);
    x64_mov_rr(a, X64_RSI, BL_FR);
    x64_call_abs(a, (const void *)bl_construct_this);
    x64_pop(a, X64_R10);
    x64_pop(a, X64_RSI);
    x64_pop(a, X64_R8);
    x64_pop(a, X64_RCX);
    x64_pop(a, X64_RDX);
    x64_test32_rr(a, X64_RAX, X64_RAX);
    x64_jcc(a, X64_CC_E, threw);
    x64_mov_rm(a, X64_RAX, X64_RDX, 0);
    bl_untag_cell(a, X64_RAX);
    x64_lea(a, X64_RDI, X64_RDX, (int32_t)(8 + 8 * fp->nregs));
}

/* The callee's half of the fast path (the stub's checks passed: rax = the
 * JSFunction, r10 = fp, rdi = its BlCode; rdx, ecx, r8, rsi as the stub
 * got them).  What bl_call_enter and call_push do for such a callee, with
 * fp's shape as constants: room on the VM stack (nregs), a free frame and
 * C stack, a budget that does not run out (code_len); sloppy `this`
 * (undefined/null: the global object; anything but an object: the slow
 * path) -- or, constructing, a new `this` (emit_construct_this); missing
 * parameters and the locals set to undefined -- with at least nparams
 * arguments, a fixed run of slots; the frame; the counters; then a
 * machine call of the body on this stack.  Any failed check jumps to the
 * stub's slow path before the first store. */
static bool emit_entry(X64Asm *a, const FunctionProto *fp, X64Label body, const BlStubs *stubs, bool construct)
{
    uint32_t nregs = fp->nregs, np = fp->nparams;
    uint32_t not_entered = FP_USES_ARGUMENTS | FP_HAS_REST | FP_TOP_LEVEL | (construct ? FP_DERIVED : FP_CLASS_CTOR);
    if ((fp->flags & not_entered) || (construct && !(fp->flags & FP_CLASS_CTOR)) || nregs < np + 1 ||
        nregs > (INT32_MAX - 16) / 8)
        return false;
    X64Label threw = x64_label_new(a);
    X64Label bail = x64_label_new(a), undo = x64_label_new(a), back = x64_label_new(a);
    X64Label filled = x64_label_new(a), top_ok = x64_label_new(a);
    /* ---- checks ---- */
    x64_lea(a, X64_RDI, X64_RDX, (int32_t)(8 + 8 * nregs));        /* rdi = the end of its registers */
    x64_alu_rm(a, X64_CMP, X64_RDI, BL_VM, OFF(VM, stack_end));
    x64_jcc(a, X64_CC_A, bail);
    x64_mov32_rm(a, X64_R11, BL_VM, OFF(VM, frame_count));
    x64_alu32_ri(a, X64_ADD, X64_R11, 1);
    x64_alu32_rm(a, X64_CMP, X64_R11, BL_VM, OFF(VM, frame_cap));
    x64_jcc(a, X64_CC_AE, bail);
    x64_alu_rm(a, X64_CMP, X64_RSP, BL_VM, OFF(VM, c_stack_limit));
    x64_jcc(a, X64_CC_B, bail);
    /* the budget: spent at once, given back if a check fails after all */
    x64_alu32_mi(a, X64_SUB, X64_R10, OFF(FunctionProto, budget), (int32_t)fp->code_len);
    x64_jcc(a, X64_CC_S, undo);
    if (construct) {
        emit_construct_this(a, fp, threw);   /* class code is strict: no `this` check */
    } else if (!(fp->flags & (FP_STRICT | FP_ARROW | FP_THIS_UNUSED))) {
        /* the last check; the global object stored as it passes */
        X64Label global = x64_label_new(a), not_cell = x64_label_new(a), this_ok = x64_label_new(a);
        x64_mov_rm(a, X64_R9, X64_RDX, 8);
        x64_mov_ri(a, X64_R11, VAL_UNDEFINED);
        x64_alu_rr(a, X64_CMP, X64_R9, X64_R11);
        x64_jcc(a, X64_CC_E, global);
        bl_cmp_tag(a, X64_R9, X64_R11, VAL_TAG_CELL);
        x64_jcc(a, X64_CC_NE, not_cell);
        bl_untag_cell(a, X64_R9);
        x64_cmp8_mi(a, X64_R9, 1, CELL_OBJECT);
        x64_jcc(a, X64_CC_NE, undo);
        x64_jmp(a, this_ok);
        x64_bind(a, not_cell);
        cmp_value(a, X64_R9, VAL_NULL);
        x64_jcc(a, X64_CC_NE, undo);
        x64_bind(a, global);
        x64_mov_rm(a, X64_R9, BL_VM, OFF(VM, global));
        x64_mov_mr(a, X64_RDX, 8, X64_R9);
        x64_bind(a, this_ok);
    }
    /* ---- no check is left: the push ---- */
    /* regs[1 + min(argc, nparams)] up to the end are undefined (regs = w + 1) */
    x64_mov_ri(a, X64_R11, VAL_UNDEFINED);
    uint32_t fixed = nregs - 1 - np;                             /* slots past the parameters */
    if (np) {
        X64Label all_args = x64_label_new(a);
        x64_movzx16_rr(a, X64_R9, X64_RCX);
        x64_alu32_ri(a, X64_CMP, X64_R9, (int32_t)np);
        x64_jcc(a, X64_CC_AE, all_args);
        /* fewer arguments: from regs[1 + argc] (at least one slot) */
        x64_lea_rmi(a, X64_R9, X64_RDX, X64_R9, 8, 16);
        emit_fill_loop(a);
        x64_jmp(a, filled);
        x64_bind(a, all_args);
    }
    if (fixed <= BL_ENTRY_UNROLL) {
        for (uint32_t i = 1 + np; i < nregs; i++) x64_mov_mr(a, X64_RDX, (int32_t)(8 + 8 * i), X64_R11);
    } else {
        x64_lea(a, X64_R9, X64_RDX, (int32_t)(16 + 8 * np));
        emit_fill_loop(a);
    }
    x64_bind(a, filled);
    /* r9 = the new frame: the caller is the top frame (frames[frame_count - 1]) */
    x64_lea(a, X64_R9, BL_FR, (int32_t)sizeof(Frame));
    x64_mov_mr(a, X64_R9, OFF(Frame, proto), X64_R10);
    if (construct) {
        x64_mov_rm(a, X64_R11, X64_RDX, 0);                      /* new.target: the callee */
        x64_mov_mr(a, X64_R9, OFF(Frame, new_target), X64_R11);
    } else {
        x64_mov_mr(a, X64_R9, OFF(Frame, new_target), X64_R11);  /* undefined */
    }
    x64_lea(a, X64_R11, X64_RDX, 8);
    x64_mov_mr(a, X64_R9, OFF(Frame, regs), X64_R11);
    x64_mov_ri(a, X64_R11, (uint64_t)(uintptr_t)fp->code);
    x64_mov_mr(a, X64_R9, OFF(Frame, pc), X64_R11);
    x64_mov_rm(a, X64_R11, X64_RDX, 0);
    x64_mov_mr(a, X64_R9, OFF(Frame, callee), X64_R11);
    x64_mov_rm(a, X64_R11, X64_RAX, OFF(JSFunction, env));
    x64_mov_mr(a, X64_R9, OFF(Frame, env), X64_R11);
    /* argc | ret_reg << 32 | flags << 48, made by the CALL or NEW (rsi) */
    x64_mov_mr(a, X64_R9, OFF(Frame, argc), X64_RSI);
    /* top = max(end, vm->stack_top); vm->stack_top = top */
    x64_mov_rm(a, X64_R11, BL_VM, OFF(VM, stack_top));
    x64_alu_rr(a, X64_CMP, X64_RDI, X64_R11);
    x64_jcc(a, X64_CC_AE, top_ok);
    x64_mov_rr(a, X64_RDI, X64_R11);
    x64_bind(a, top_ok);
    x64_mov_mr(a, X64_R9, OFF(Frame, top), X64_RDI);
    x64_mov_mr(a, BL_VM, OFF(VM, stack_top), X64_RDI);
    /* the caller's pc (stack traces), the frame count, the counters */
    x64_mov_mr(a, BL_FR, OFF(Frame, pc), X64_R8);
    x64_inc_m32(a, BL_VM, OFF(VM, frame_count));
    x64_inc_m32(a, X64_R10, OFF(FunctionProto, invocations));
    x64_inc_m32(a, X64_R10, OFF(FunctionProto, bl_invocations));
    x64_add_m64_i(a, BL_VM, (int32_t)(offsetof(VM, stats) + offsetof(TlStats, v) + STAT_calls * 8), 1);
    /* the callee's pinned registers, the caller's saved (four pushes keep
     * rsp 16-byte aligned inside the callee); the body; back in the caller
     * as the stub's emit_run_callee is */
    emit_save_caller(a);
    x64_mov_rr(a, BL_FR, X64_R9);
    x64_lea(a, BL_REGS, X64_RDX, 8);
    x64_mov_rm(a, BL_FBV, X64_R10, OFF(FunctionProto, feedback));
    x64_call(a, body);
    emit_back_in_caller(a, back);
    x64_bind(a, back);
    x64_jmp_abs(a, stubs->leave);
    x64_bind(a, undo);
    x64_alu32_mi(a, X64_ADD, X64_R10, OFF(FunctionProto, budget), (int32_t)fp->code_len);
    x64_bind(a, bail);
    x64_jmp_abs(a, stubs->slow);
    if (construct) {
        /* `this` threw (out of memory): no frame was pushed */
        x64_bind(a, threw);
        x64_alu32_mi(a, X64_ADD, X64_R10, OFF(FunctionProto, budget), (int32_t)fp->code_len);
        emit_jump_threw(a);
    }
    return true;
}

bool bl_emit_call_entry(X64Asm *a, const FunctionProto *fp, X64Label body, const BlStubs *stubs)
{
    return emit_entry(a, fp, body, stubs, false);
}

bool bl_emit_construct_entry(X64Asm *a, const FunctionProto *fp, X64Label body, const BlStubs *stubs)
{
    return emit_entry(a, fp, body, stubs, true);
}

/* ---- the C halves of calls the stub does not take ---- */

/* A call that ran to completion here: continue as `status` says. */
static BlCallTarget done(int status) { return (BlCallTarget){NULL, (Frame *)(uintptr_t)(status + 1)}; }

/* A pending exception at the call: unwind it from the caller's frame as
 * the interpreter does (a handler here, or the frames below). */
static BlCallTarget unwind(VM *vm)
{
    interp_step(vm, NULL);
    return done(BL_LEAVE);
}

int bl_call_threw(VM *vm)
{
    unwind(vm);
    return BL_LEAVE;
}

/* A native callee run in place as the interpreter's CALL / NEW does: the
 * frame's pc for stack traces and the GC, feedback, the call, the result
 * in the caller's register.  new_target: undefined for a call, the
 * callee for a construct. */
static BlCallTarget native_in_place(VM *vm, Frame *fr, JSValue *w, uint32_t argc_ret, const uint8_t *pc,
                                    JSValue new_target)
{
    fr->pc = pc;
    fb_record_call(&fr->proto->feedback[bc_u32(pc + 7)], w[0]);
    JSValue v = call_native(vm, w[0], w + 2, argc_ret & 0xFFFF, new_target);
    vm->stack_top = fr->top;
    if (v == VAL_EXCEPTION) return unwind(vm);
    fr->regs[argc_ret >> 16] = v;
    fr->pc = pc + bc_ops[*pc].size;
    return done(BL_NEXT);
}

BlCallTarget bl_call_native(VM *vm, Frame *fr, JSValue *w, uint32_t argc_ret, const uint8_t *pc)
{
    JSValue f = w[0];
    if (!val_is_function(f) || !((JSFunction *)val_obj(f))->native) return (BlCallTarget){NULL, NULL};
    return native_in_place(vm, fr, w, argc_ret, pc, VAL_UNDEFINED);
}

int bl_construct_this(VM *vm, Frame *fr, JSValue *w, const uint8_t *pc)
{
    fr->pc = pc;
    FeedbackSlot *cs = &fr->proto->feedback[bc_u32(pc + 7)];
    /* `this` from new_target.prototype (a data property: no code runs),
     * with room for the properties the constructor added last time */
    AllocSite *site;   /* pretenuring: the same site as the interpreter's (allocsite.h) */
    bool pre = site_enter(&vm->heap, cs, &site);
    JSValue t = call_create_this(vm, w[0]);
    bool ok = t != VAL_EXCEPTION;
    if (ok) {
        w[1] = t;
        ok = !cs->hits || shape_reserve_slots(vm, &w[1], cs->hits);
    }
    site_leave(&vm->heap, site, pre, ok ? w[1] : VAL_EXCEPTION);
    return ok ? 1 : 0;
}

BlCallTarget bl_call_construct(VM *vm, Frame *fr, JSValue *w, uint32_t argc_ret, const uint8_t *pc)
{
    BlCallTarget none = {NULL, NULL};
    uint32_t argc = argc_ret & 0xFFFF;
    if (val_is_function(w[0])) {
        JSFunction *nf = (JSFunction *)val_obj(w[0]);
        if (nf->native && (nf->obj.flags & OBJ_IS_CONSTRUCTOR)) {
            /* NEW of a native constructor (Map, Set, Date, Array, Error ...):
             * `this` undefined, new.target the callee */
            w[1] = VAL_UNDEFINED;
            return native_in_place(vm, fr, w, argc_ret, pc, w[0]);
        }
    }
    JSFunction *fn = call_as_bytecode(w[0]);
    /* a base constructor with baseline code (derived ones bind `this` through super()) */
    if (!fn || !fn->fp->tier_code[TIER_BASELINE] || !(fn->obj.flags & OBJ_IS_CONSTRUCTOR) ||
        (fn->fp->flags & FP_DERIVED))
        return none;
    FunctionProto *fp = fn->fp;
    if (!bl_nest_room(vm, fp, w, argc)) return none;
    fb_record_call(&fr->proto->feedback[bc_u32(pc + 7)], w[0]);
    if (!bl_construct_this(vm, fr, w, pc)) return unwind(vm);
    Frame *nf = call_push(vm, w[0], w + 1, argc, w[0], (uint16_t)(argc_ret >> 16), FRAME_CONSTRUCT);
    if (!nf) return unwind(vm);
    return bl_nest_entry(vm, nf);
}
