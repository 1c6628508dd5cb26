/*
 * bl_internal.h -- shared between the baseline JIT's files (not public).
 */
#ifndef TL_BL_INTERNAL_H
#define TL_BL_INTERNAL_H

#include "vm.h"
#include "x64/x64.h"

typedef struct BlState BlState;

/* Pinned registers (baseline.c explains them). */
#define BL_REGS X64_RBX
#define BL_VM X64_R12
#define BL_FR X64_R13
#define BL_FBV X64_R14
#define BL_INTTAG X64_R15

/* r = a cell's JSValue -> its 48-bit pointer (the tag shifted out). */
static inline void bl_untag_cell(X64Asm *a, X64Reg r)
{
    x64_shift_ri(a, X64_SHL, r, 64 - VAL_TAG_SHIFT);
    x64_shift_ri(a, X64_SHR, r, 64 - VAL_TAG_SHIFT);
}

/* Compare r's tag with `tag` (the flags of `cmp scratch32, tag`; r kept,
 * scratch = the tag). */
static inline void bl_cmp_tag(X64Asm *a, X64Reg r, X64Reg scratch, uint32_t tag)
{
    x64_mov_rr(a, scratch, r);
    x64_shift_ri(a, X64_SHR, scratch, VAL_TAG_SHIFT);
    x64_alu32_ri(a, X64_CMP, scratch, (int32_t)tag);
}

/* Unbox an object: r = the JSValue; leaves r = the JSObject* when it is a
 * cell of kind CELL_OBJECT, else jumps to `fail` (r then clobbered only
 * when it was a cell).  scratch is clobbered. */
static inline void bl_unbox_object_or(X64Asm *a, X64Reg r, X64Reg scratch, X64Label fail)
{
    bl_cmp_tag(a, r, scratch, VAL_TAG_CELL);
    x64_jcc(a, X64_CC_NE, fail);
    bl_untag_cell(a, r);
    x64_cmp8_mi(a, r, 1, CELL_OBJECT);    /* kind: header bits 8..15 */
    x64_jcc(a, X64_CC_NE, fail);
}

/* The end of a RETURN from a frame its caller runs nested: pop it, store
 * `value` in the caller's result register, `ret` with eax = 0 (an inline
 * nested return).  Clobbers rdx, rsi, rdi. */
static inline void bl_emit_return_pop(X64Asm *a, X64Reg value)
{
    x64_dec_m32(a, BL_VM, (int32_t)offsetof(VM, frame_count));
    x64_lea(a, X64_RDX, BL_FR, -(int32_t)sizeof(Frame));             /* the caller */
    x64_mov_rm(a, X64_RSI, X64_RDX, (int32_t)offsetof(Frame, top));
    x64_mov_mr(a, BL_VM, (int32_t)offsetof(VM, stack_top), X64_RSI);
    x64_mov_rm(a, X64_RSI, X64_RDX, (int32_t)offsetof(Frame, regs));
    x64_movzx16_rm(a, X64_RDI, BL_FR, (int32_t)offsetof(Frame, ret_reg));
    x64_mov_mri(a, X64_RSI, X64_RDI, 8, 0, value);
    x64_mov_ri(a, X64_RAX, 0);
    x64_ret(a);
}

/* What a slow path tells the code: continue at the next instruction, at
 * the instruction's jump target, or leave (return to the driver, which
 * continues the top frame at its pc). */
enum { BL_NEXT = 0, BL_TARGET = 1, BL_LEAVE = 2 };

/* The slow path of the instruction at bytecode offset `at` of the top
 * frame: interp_step, reported as a BL_* status (baseline.c). */
int bl_step(VM *vm, uint32_t at);
/* The call opcodes' slow path: interp_step, then a pushed callee runs to
 * completion nested while the C stack has room. */
int bl_call(VM *vm, uint32_t at);

/* A CALL or NEW from baseline code that the call stub (bl_stubs.c) does
 * not finish in machine code: fr is the caller, window its R(b) (callee,
 * this, arguments), argc_ret the argument count | the result register
 * << 16, pc the instruction.  Either push the callee's frame for a machine
 * call and return where to call (code) and the frame -- the stub then
 * calls `code` with the pinned registers set for `frame`, and after a
 * return that was not inline, bl_call_leave, which returns a BL_* status
 * -- or run the call to completion here (a native, an interpreted
 * callee through bl_call) and return code = NULL, frame = (Frame *)(its
 * BL_* status + 1). */
typedef struct BlCallTarget {
    void *code;
    Frame *frame;
} BlCallTarget;
BlCallTarget bl_call_enter(VM *vm, Frame *fr, JSValue *window, uint32_t argc_ret, const uint8_t *pc);
int bl_call_leave(VM *vm, Frame *fr, const uint8_t *pc);
/* bl_call_enter's other cases (bl_stubs.c), with its results and one
 * more: code = frame = NULL means "not this case, nothing was done".
 * bl_call_native: CALL of a native function, run in place.
 * bl_call_construct: NEW of a base constructor with baseline code, pushed
 * as a FRAME_CONSTRUCT frame for a machine call. */
BlCallTarget bl_call_native(VM *vm, Frame *fr, JSValue *window, uint32_t argc_ret, const uint8_t *pc);
BlCallTarget bl_call_construct(VM *vm, Frame *fr, JSValue *window, uint32_t argc_ret, const uint8_t *pc);
/* bl_call_enter / bl_call_construct (a callee fp with baseline code, its
 * window w, argc arguments): room to run it nested -- not interrupted
 * (the stub comes here when the callee's budget runs out; the
 * interpreter's call throws "Script interrupted" then), C stack above
 * the nesting limit, a free frame, its registers within the VM stack. */
static inline bool bl_nest_room(const VM *vm, const FunctionProto *fp, const JSValue *w, uint32_t argc)
{
    return !vm->interrupted && (uintptr_t)__builtin_frame_address(0) >= vm->c_stack_limit &&
           vm->frame_count + 1 < vm->frame_cap && w + 1 + fp->nregs + argc < vm->stack_end;
}
/* ... and its frame nf, pushed: the caller (nf - 1) runs it nested, until
 * nf returns; the callee's invocation and budget spent; where to call. */
BlCallTarget bl_nest_entry(VM *vm, Frame *nf);
/* The call stub's native call threw: unwind the pending exception from
 * the caller's frame (its pc is the CALL); returns BL_LEAVE. */
int bl_call_threw(VM *vm);

/* bl_ops.c: the slow paths that templates call directly (bl_helpers.def
 * lists them): the instruction at pc of the top frame fr, a BL_* status. */
int bl_op_get_elem(VM *vm, Frame *fr, const uint8_t *pc);
int bl_op_set_elem(VM *vm, Frame *fr, const uint8_t *pc);
int bl_op_new_object(VM *vm, Frame *fr, const uint8_t *pc);
int bl_op_new_array(VM *vm, Frame *fr, const uint8_t *pc);
int bl_op_closure(VM *vm, Frame *fr, const uint8_t *pc);
int bl_op_define_field(VM *vm, Frame *fr, const uint8_t *pc);
int bl_op_get_iterator(VM *vm, Frame *fr, const uint8_t *pc);
int bl_op_iter_next(VM *vm, Frame *fr, const uint8_t *pc);
int bl_op_for_of_next(VM *vm, Frame *fr, const uint8_t *pc);
int bl_op_for_of_result(VM *vm, Frame *fr, const uint8_t *pc);
int bl_op_for_of_step(VM *vm, Frame *fr, const uint8_t *pc);
/* ... and the ones bl_step's table sends their opcodes to */
typedef int (*BlOpFn)(VM *vm, Frame *fr, const uint8_t *pc);
int bl_op_add(VM *vm, Frame *fr, const uint8_t *pc);
int bl_op_jstrict_eq(VM *vm, Frame *fr, const uint8_t *pc);
int bl_op_jstrict_ne(VM *vm, Frame *fr, const uint8_t *pc);
int bl_op_jump_if_true(VM *vm, Frame *fr, const uint8_t *pc);
int bl_op_jump_if_false(VM *vm, Frame *fr, const uint8_t *pc);
int bl_op_to_numeric(VM *vm, Frame *fr, const uint8_t *pc);
int bl_op_push_env(VM *vm, Frame *fr, const uint8_t *pc);
int bl_op_async_start(VM *vm, Frame *fr, const uint8_t *pc);
int bl_op_async_iter_result(VM *vm, Frame *fr, const uint8_t *pc);
int bl_op_iter_close(VM *vm, Frame *fr, const uint8_t *pc);
int bl_op_new_regexp(VM *vm, Frame *fr, const uint8_t *pc);

/* The call stub's entries (bl_stubs.c): `call` for CALL, `construct` for
 * NEW, `slow` straight to bl_call_enter with the inputs untouched (the
 * call and construct entries bail out to it too).  Each runs the whole
 * instruction and returns its BL_* status in eax.  `leave` is the entries'
 * way out when a callee did not return inline.  The property IC stubs,
 * called from the templates' out-of-line code with rdx = the site's
 * FeedbackSlot: `ic_find` (rax = a JSObject) leaves rdx = the IC entry
 * for its shape or 0; `ic_get` (rax = a JSObject) and `ic_get_prim` (a
 * string primitive) leave rax = the address of the property's value on
 * a hit, else 0; `ic_get_entry` is ic_get with rdx = the entry for rax's
 * shape, found already; `ic_get_any` (rax = any cell) is ic_get for an
 * object, ic_get_prim for a string, else 0.  They clobber rcx, rsi (and
 * rdx: the gets).
 * `to_doubles`: rax, rcx -> xmm0, xmm1 as doubles with their types
 * recorded at rdx (a FeedbackSlot's `types`) and ZF set, or ZF clear for
 * a non-number; clobbers r10.  `strict_eq`: rax === rcx with their
 * types recorded at rdx, as the flags of `cmp r10d, 1` -- E equal, B
 * not, A the slow path's (a double, a string, a BigInt); clobbers r10.
 * `ta_get` / `ta_set`: a typed array's element of a kind the templates'
 * Float64Array code leaves to C (rax = the JSObject*, rcx = the int32 index zero-extended,
 * ta_set's value in r9; ta_get leaves the element in rax), ZF clear when
 * done, set when declined.
 * `step` / `step_jump`: an instruction's slow path, bl_step(vm, esi),
 * back with BL_NEXT (step_jump: the flags of comparing the status with
 * BL_TARGET), any other status out of the function's code.
 * The return stub, where a RETURN jumps when
 * its frame is not a plain nested one (r11 = the value, ecx = the
 * frame's flags, r8 = the RETURN's bytecode offset): `ret_construct`
 * for a function NEW may have called, `ret_other` for the rest. */
typedef struct BlStubs {
    const void *call, *construct, *slow, *leave;
    const void *ic_find, *ic_get, *ic_get_entry, *ic_get_prim, *ic_get_any;
    const void *to_doubles, *strict_eq;
    const void *ta_get, *ta_set;
    const void *step, *step_jump;
    const void *ret_construct, *ret_other;
} BlStubs;

/* Emit the whole function: off[pc] receives the code offset of every
 * instruction's entry (native_off), code_off[pc] and cold_off[pc] --
 * unless NULL (--print-code) -- where its inline code and its first block
 * of cold code start (BlCode.code_off, cold_off), entry_off[0] its call
 * entry's and entry_off[1] its construct entry's (UINT32_MAX: none).
 * False on failure. */
bool bl_emit_function(VM *vm, FunctionProto *fp, X64Asm *a, uint32_t *off, uint32_t *code_off, uint32_t *cold_off,
                      uint32_t entry_off[2], const BlStubs *stubs);

/* bl_stubs.c: the call stub (with the machine-code fast paths of
 * bl_call_enter, of native calls and of Array.prototype.push), installed
 * once per VM in its code space (NULLs on failure); barrier: the VM's GC
 * plan has a write barrier. */
BlStubs bl_emit_call_stub(X64CodeSpace *space, bool barrier);

/* The call entry of fp (bl_stubs.c), emitted into a at the current
 * offset: the stub's fast path jumps here once it knows the callee has
 * this code, and the entry checks room and budget, fixes a sloppy
 * `this`, pushes the frame with fp's register count, parameter count,
 * bytecode and flags as constants, and calls `body` (the code of
 * bytecode offset 0).  False when fp cannot be entered this way (a class
 * constructor, `arguments`, a rest parameter; script and eval code,
 * which nothing calls): the stub's slow path handles those. */
bool bl_emit_call_entry(X64Asm *a, const FunctionProto *fp, X64Label body, const BlStubs *stubs);
/* The construct entry of fp, where the stub's NEW fast path jumps: the
 * same checks and push (new.target the callee, FRAME_CONSTRUCT), with
 * `this` made in between by bl_construct_this.  Only a base class
 * constructor has one (false otherwise): every other function gets no
 * extra code for a NEW it may never see, and NEW of it stays on the
 * slow path. */
bool bl_emit_construct_entry(X64Asm *a, const FunctionProto *fp, X64Label body, const BlStubs *stubs);
/* `this` for a NEW of a base constructor: the object bl_call_construct and
 * the interpreter's NEW make (new.target.prototype, the call site's
 * pretenuring and slot hint), stored in w[1].  1, or 0 with the exception
 * pending (an int: the construct entry tests all of eax). */
int bl_construct_this(VM *vm, Frame *fr, JSValue *w, const uint8_t *pc);

#endif
