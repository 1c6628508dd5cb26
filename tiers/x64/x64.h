/*
 * x64.h -- the x86-64 assembler the JITs share (prefix x64_): an encoder
 * into a growable buffer with labels and patching, code memory that is
 * never writable and executable at once (W^X), and disassembly through
 * capstone.
 *
 * Encoding conventions: every instruction emitter appends to an X64Asm.
 * 64-bit operand size unless the name says 32 (x64_alu32_*, x64_mov32_*)
 * or 8/16 (x64_movzx8_*).  Memory operands are [base + disp32] (the
 * shortest displacement form is chosen; rsp/r12 bases get their SIB byte,
 * rbp/r13 bases their zero displacement).  Jumps to labels always use rel32
 * so a label can be bound after its uses; x64_bind patches them (a use
 * after the bind is resolved at once) and x64_finish fails if one is left.  Each emitter reserves room for
 * one instruction and writes through a cursor: no check per byte.
 * On allocation failure the assembler sets `oom` and drops further bytes;
 * callers check once at the end.
 */
#ifndef TL_X64_H
#define TL_X64_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

typedef enum X64Reg {
#define X64_REG(name, num) X64_##name = num,
#include "x64_regs.def"
#undef X64_REG
} X64Reg;

typedef enum X64Xmm { X64_XMM0, X64_XMM1, X64_XMM2, X64_XMM3, X64_XMM4, X64_XMM5, X64_XMM6, X64_XMM7 } X64Xmm;

/* Condition codes, numbered as the hardware numbers them (Jcc = 0x70+cc). */
typedef enum X64Cond {
    X64_CC_O, X64_CC_NO, X64_CC_B, X64_CC_AE, X64_CC_E, X64_CC_NE, X64_CC_BE, X64_CC_A,
    X64_CC_S, X64_CC_NS, X64_CC_P, X64_CC_NP, X64_CC_L, X64_CC_GE, X64_CC_LE, X64_CC_G,
} X64Cond;
static inline X64Cond x64_cond_negate(X64Cond c) { return (X64Cond)(c ^ 1); }

/* The eight classic ALU operations (their /digit in opcodes 0x81 / 0x83). */
typedef enum X64Alu { X64_ADD, X64_OR, X64_ADC, X64_SBB, X64_AND, X64_SUB, X64_XOR, X64_CMP } X64Alu;
/* Shifts (their /digit in 0xC1 / 0xD3). */
typedef enum X64Shift { X64_SHL = 4, X64_SHR = 5, X64_SAR = 7 } X64Shift;

typedef int32_t X64Label;

/* The longest instruction the encoder writes (14 bytes), rounded up. */
#define X64_MAX_INSN 16   /* index into the assembler's label table */

/* A call or jump to an absolute address written as rel32: fixed up when
 * the code is installed (x64_code_install), where its address is known. */
typedef struct X64Reloc {
    uint32_t at;             /* offset of the rel32 field (the instruction ends 4 bytes later) */
    const void *target;
} X64Reloc;

typedef struct X64Asm {
    uint8_t *buf;
    size_t len, cap;
    size_t limit;            /* emitters write while len < limit (cap - X64_MAX_INSN; 0: grow or failed) */
    size_t padded;           /* x64_finish wrote int3 padding to 16 bytes past this len */
    bool oom;
    /* labels: bound position, or unbound with the chain of their uses
     * (x64.c); unresolved: uses of labels not bound yet */
    int32_t *label_pos;
    uint32_t nlabels, label_cap;
    uint32_t unresolved;
    /* Where the code will be installed: somewhere in [near_lo, near_hi)
     * (x64_code_window; both 0: unknown).  x64_call_abs and x64_jmp_abs
     * reach a target within rel32 range of that whole window with a
     * 5-byte rel32 (a reloc); anything else through r11. */
    uintptr_t near_lo, near_hi;
    X64Reloc *relocs;
    uint32_t nrelocs, reloc_cap;
} X64Asm;

void x64_init(X64Asm *a);
void x64_free(X64Asm *a);
/* Make room for `bytes` of code and `labels` labels (a buffer reused
 * across compiles then grows no more for them).  False on allocation
 * failure (the assembler stays usable). */
bool x64_reserve(X64Asm *a, size_t bytes, uint32_t labels);
/* Empty the assembler for a new function, keeping its buffers. */
static inline void x64_reset(X64Asm *a)
{
    a->len = 0;
    a->padded = SIZE_MAX;
    a->nlabels = 0;
    a->unresolved = 0;
    a->nrelocs = 0;
    a->oom = false;
    a->limit = a->cap > X64_MAX_INSN ? a->cap - X64_MAX_INSN : 0;
}
static inline size_t x64_offset(const X64Asm *a) { return a->len; }

/* ---- labels and control flow ---- */
X64Label x64_label_new(X64Asm *a);
/* n new labels with consecutive numbers; returns the first (-1 on failure). */
X64Label x64_labels_new(X64Asm *a, uint32_t n);
void x64_bind(X64Asm *a, X64Label l);             /* at the current offset */
/* at an earlier offset (<= the current one): a label whose place is only
 * known after the code there was emitted; earlier uses are patched then */
void x64_bind_at(X64Asm *a, X64Label l, size_t offset);
bool x64_label_bound(const X64Asm *a, X64Label l);
int32_t x64_label_offset(const X64Asm *a, X64Label l);
void x64_jmp(X64Asm *a, X64Label l);              /* E9 rel32 */
void x64_jcc(X64Asm *a, X64Cond c, X64Label l);   /* 0F 8x rel32 */
void x64_jmp_r(X64Asm *a, X64Reg r);              /* jmp r */
void x64_call(X64Asm *a, X64Label l);             /* E8 rel32: a label of this code */
void x64_call_r(X64Asm *a, X64Reg r);             /* call r */
/* call / jump to an absolute address: E8 / E9 rel32 when it is in reach
 * from the whole install window (near_lo/near_hi), else mov r11, imm64;
 * call / jmp r11.  r11 counts as clobbered either way. */
void x64_call_abs(X64Asm *a, const void *fn);
void x64_jmp_abs(X64Asm *a, const void *fn);
void x64_ret(X64Asm *a);
void x64_push(X64Asm *a, X64Reg r);
void x64_pop(X64Asm *a, X64Reg r);
/* Resolve every label use (false if a used label was never bound, or
 * one was bound twice) and pad the buffer past len with int3 up to a
 * 16-byte multiple, which x64_code_install copies along. */
bool x64_finish(X64Asm *a);

/* ---- moves ---- */
void x64_mov_rr(X64Asm *a, X64Reg dst, X64Reg src);
void x64_mov32_rr(X64Asm *a, X64Reg dst, X64Reg src);           /* zero-extends */
void x64_mov_ri(X64Asm *a, X64Reg dst, uint64_t imm);           /* shortest form */
void x64_mov_rm(X64Asm *a, X64Reg dst, X64Reg base, int32_t disp);   /* dst = [base+disp] */
void x64_mov_mr(X64Asm *a, X64Reg base, int32_t disp, X64Reg src);   /* [base+disp] = src */
void x64_mov_mi(X64Asm *a, X64Reg base, int32_t disp, int32_t imm);  /* qword, sign-extended */
void x64_mov32_rm(X64Asm *a, X64Reg dst, X64Reg base, int32_t disp);
void x64_mov32_mr(X64Asm *a, X64Reg base, int32_t disp, X64Reg src);
void x64_mov32_mi(X64Asm *a, X64Reg base, int32_t disp, int32_t imm);
void x64_movzx8_rm(X64Asm *a, X64Reg dst, X64Reg base, int32_t disp);
void x64_movzx16_rm(X64Asm *a, X64Reg dst, X64Reg base, int32_t disp);
void x64_movzx16_rr(X64Asm *a, X64Reg dst, X64Reg src);   /* 32-bit dst: the upper half zeroed */
void x64_movsxd_rr(X64Asm *a, X64Reg dst, X64Reg src);          /* sign-extend 32 -> 64 */
/* dst = [base + index*scale + disp], scale 1/2/4/8 */
void x64_mov_rmi(X64Asm *a, X64Reg dst, X64Reg base, X64Reg index, int scale, int32_t disp);
void x64_mov_mri(X64Asm *a, X64Reg base, X64Reg index, int scale, int32_t disp, X64Reg src);
void x64_lea(X64Asm *a, X64Reg dst, X64Reg base, int32_t disp);
void x64_lea_rmi(X64Asm *a, X64Reg dst, X64Reg base, X64Reg index, int scale, int32_t disp);

/* ---- arithmetic and logic ---- */
void x64_alu_rr(X64Asm *a, X64Alu op, X64Reg dst, X64Reg src);
void x64_alu_ri(X64Asm *a, X64Alu op, X64Reg dst, int32_t imm);        /* imm8 form when it fits */
void x64_alu_rm(X64Asm *a, X64Alu op, X64Reg dst, X64Reg base, int32_t disp);
void x64_alu_mr(X64Asm *a, X64Alu op, X64Reg base, int32_t disp, X64Reg src);
void x64_alu_mi(X64Asm *a, X64Alu op, X64Reg base, int32_t disp, int32_t imm);
void x64_alu32_rr(X64Asm *a, X64Alu op, X64Reg dst, X64Reg src);
void x64_alu32_rm(X64Asm *a, X64Alu op, X64Reg dst, X64Reg base, int32_t disp);
void x64_alu32_ri(X64Asm *a, X64Alu op, X64Reg dst, int32_t imm);
void x64_alu32_mi(X64Asm *a, X64Alu op, X64Reg base, int32_t disp, int32_t imm);
void x64_or8_mi(X64Asm *a, X64Reg base, int32_t disp, uint8_t imm);    /* or byte [base+disp], imm8 */
void x64_cmp8_mi(X64Asm *a, X64Reg base, int32_t disp, uint8_t imm);
void x64_test8_mi(X64Asm *a, X64Reg base, int32_t disp, uint8_t imm);  /* test byte [base+disp], imm8 */
void x64_imul32_rr(X64Asm *a, X64Reg dst, X64Reg src);                 /* sets OF on overflow */
void x64_cdq(X64Asm *a);                                               /* edx = sign of eax */
void x64_idiv32(X64Asm *a, X64Reg r);                                  /* eax, edx = edx:eax / r, % r */
void x64_test_rr(X64Asm *a, X64Reg x, X64Reg y);
void x64_test32_rr(X64Asm *a, X64Reg x, X64Reg y);
void x64_test_ri(X64Asm *a, X64Reg r, int32_t imm);
void x64_shift_ri(X64Asm *a, X64Shift op, X64Reg r, uint8_t imm);
void x64_shift32_ri(X64Asm *a, X64Shift op, X64Reg r, uint8_t imm);
void x64_shift32_cl(X64Asm *a, X64Shift op, X64Reg r);                 /* by cl */
void x64_neg32(X64Asm *a, X64Reg r);
void x64_not32(X64Asm *a, X64Reg r);
void x64_setcc(X64Asm *a, X64Cond c, X64Reg r8);                        /* low byte of r */
void x64_inc_m32(X64Asm *a, X64Reg base, int32_t disp);
void x64_dec_m32(X64Asm *a, X64Reg base, int32_t disp);
void x64_add_m64_i(X64Asm *a, X64Reg base, int32_t disp, int32_t imm);

/* ---- SSE2 scalar doubles ---- */
void x64_movq_xr(X64Asm *a, X64Xmm dst, X64Reg src);     /* 66 REX.W 0F 6E */
void x64_movq_rx(X64Asm *a, X64Reg dst, X64Xmm src);     /* 66 REX.W 0F 7E */
void x64_cvtsi2sd32(X64Asm *a, X64Xmm dst, X64Reg src);  /* F2 0F 2A (32-bit source) */
void x64_cvttsd2si32(X64Asm *a, X64Reg dst, X64Xmm src); /* F2 0F 2C */
void x64_addsd(X64Asm *a, X64Xmm dst, X64Xmm src);
void x64_subsd(X64Asm *a, X64Xmm dst, X64Xmm src);
void x64_mulsd(X64Asm *a, X64Xmm dst, X64Xmm src);
void x64_divsd(X64Asm *a, X64Xmm dst, X64Xmm src);
void x64_ucomisd(X64Asm *a, X64Xmm x, X64Xmm y);
void x64_movapd(X64Asm *a, X64Xmm dst, X64Xmm src);    /* 66 0F 28: xmm to xmm */

/* ---- code memory (x64_mem.c) ----
 * JIT code lives in chunks of mmap'd pages that are PROT_READ|PROT_EXEC
 * except while being written (PROT_READ|PROT_WRITE), never both; code is
 * written through a second, writable view of the same memory or through
 * /proc/self/mem when the kernel allows it, so the pages need not flip at
 * all (x64_mem.c).  Writes can be batched: x64_code_begin / x64_code_end bracket several installs
 * with one pair of mprotect flips per touched chunk, over the pages
 * written.  Inside a batch the bytes are copied at x64_code_end: the
 * assemblers must live until then, and the code may not run before. */
typedef struct X64CodeSpace X64CodeSpace;
X64CodeSpace *x64_code_space_new(void);
/* The same with a window of `window` bytes (0: none) -- for tests. */
X64CodeSpace *x64_code_space_new_window(size_t window);
void x64_code_space_free(X64CodeSpace *cs);
void x64_code_begin(X64CodeSpace *cs);
void x64_code_end(X64CodeSpace *cs);
/* Copy a finished assembly into executable memory (inside or outside a
 * batch), its rel32 calls fixed up for where it lands; returns its
 * address or NULL (out of memory, mmap failure, or a rel32 call that
 * would not reach its target from there). */
void *x64_code_install(X64CodeSpace *cs, X64Asm *a);
/* The window all of cs's code is installed in (both 0: none known), for
 * X64Asm.near_lo / near_hi. */
void x64_code_window(const X64CodeSpace *cs, uintptr_t *lo, uintptr_t *hi);
/* Release code installed earlier (its bytes may be reused). */
void x64_code_release(X64CodeSpace *cs, void *code, size_t len);
size_t x64_code_bytes(const X64CodeSpace *cs);      /* bytes installed and live */
/* How installs write code (--jit-write): into a second, writable view of
 * the window's memory (alias), through /proc/self/mem (proc-mem), or by
 * flipping page protections (mprotect).  A new space takes the first
 * that works, in that order; x64_code_set_writes, before the first
 * install, can only move down that list.  x64_code_writes says what the
 * next install in the window will do. */
typedef enum { X64_WRITES_ALIAS, X64_WRITES_PROC_MEM, X64_WRITES_MPROTECT } X64Writes;
void x64_code_set_writes(X64CodeSpace *cs, X64Writes how);
X64Writes x64_code_writes(const X64CodeSpace *cs);
/* True unless installs flip page protections (4-8 us a pair), so batching
 * them gains little. */
bool x64_code_writes_cheap(const X64CodeSpace *cs);

/* ---- disassembly (x64_disasm.c; capstone when built with it) ----
 * Prints one instruction per line with its offset.  annotate(ctx, offset)
 * may return a line to print before the instruction at that code offset
 * (e.g. the bytecode instruction it implements) or NULL.  Without capstone
 * prints a hex dump and says so.  Returns false on a capstone error. */
typedef const char *(*X64Annotate)(void *ctx, size_t offset);
bool x64_disasm(FILE *out, const uint8_t *code, size_t len, uint64_t addr, X64Annotate annotate, void *ctx);

#endif
