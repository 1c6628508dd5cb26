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

/* Emit the whole function: off[pc] receives the code offset of every
 * instruction; exit is the entry stub's exit sequence.  False on failure. */
bool bl_emit_function(VM *vm, FunctionProto *fp, X64Asm *a, uint32_t *off, void *exit);

#endif
