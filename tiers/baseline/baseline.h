/*
 * baseline.h -- the baseline JIT (prefix bl_): a template compiler from
 * bytecode to x86-64, one template per opcode (baseline.c), no register
 * allocation across instructions.
 *
 * Frames are the interpreter's: registers stay in the VM stack slots and
 * the Frame is the same struct, so entering or leaving baseline code at
 * any instruction boundary is a lookup in BlCode.native_off.  Baseline code
 * runs one frame: it returns to the dispatch loop (interp_run, the driver)
 * whenever the top frame changes -- a JS call pushed a frame, a return
 * popped one, an exception unwound past it -- and the driver continues the
 * new top frame in its own tier.  Slow paths and rare opcodes run the
 * interpreter's own implementation of the instruction (interp_step), so
 * both tiers share one definition of every operation's semantics.
 */
#ifndef TL_BASELINE_H
#define TL_BASELINE_H

#include <stdbool.h>
#include "vm.h"

typedef struct BlCode {
    void *code;                 /* installed machine code */
    uint32_t code_len;
    uint32_t *native_off;       /* bytecode offset -> code offset (UINT32_MAX: not an instruction start) */
    /* --print-code only (else NULL): bytecode offset -> where the
     * instruction's inline code starts.  It differs from native_off where
     * the instruction relies on the register cache: its entry (native_off)
     * is then a cold pad after the function that loads the register and
     * jumps to the inline code. */
    uint32_t *code_off;
    /* --print-code only (else NULL): bytecode offset -> where the first
     * block of the instruction's cold code (its slow path and out-of-line
     * halves, after the function body) starts, UINT32_MAX: none or its
     * entry pad.  The listing marks each, so a profile of the listing
     * (perf annotate, callgrind) charges cold code to its instruction. */
    uint32_t *cold_off;
    /* Where the call stub's fast path goes on for this function: its
     * call entry (bl_emit_call_entry: the frame push with the function's
     * constants built in), or the stub's slow path when it has none. */
    const void *call_entry;
    /* Where the stub's NEW fast path goes on: a base class constructor's
     * construct entry (the same push, with `this` made first), or the
     * stub's slow path. */
    const void *construct_entry;
} BlCode;

/* Compile fp (false: could not; the function stays in the interpreter).
 * Its code is installed at once, or -- when installs flip page
 * protections -- into the pending batch, installed (and run) after the
 * next bl_flush, which happens when the batch is full or when the policy
 * sees a pending function spend its (short) waiting budget. */
bool bl_compile(VM *vm, FunctionProto *fp);
/* Install every pending function's code with one W^X flip. */
void bl_flush(VM *vm);
/* True when compiled code waits in a batch (installs flip pages); false
 * when it is installed at once (writes through /proc/self/mem). */
bool bl_batching(VM *vm);
/* Run fr (the top frame) in its baseline code from fr->pc until the top
 * frame changes (VAL_HOLE) or the FRAME_ENTRY frame below finishes (its
 * value, or VAL_EXCEPTION). */
JSValue bl_run(VM *vm, Frame *fr);
/* Free every function's baseline code and the code space (vm_free). */
void bl_free_all(VM *vm);

extern const struct Tier tier_baseline;

/* interp_step.c: execute the instruction at `at` of the top frame; its
 * next pc when the top frame is unchanged, NULL when it changed (or the
 * FRAME_ENTRY frame finished: vm->tier_result holds the result). */
const uint8_t *interp_step(VM *vm, const uint8_t *at);

#endif
