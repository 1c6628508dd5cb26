/*
 * x64.c -- the x86-64 encoder: a growable byte buffer, labels with rel32
 * fixups, and one emitter per instruction form declared in x64.h.
 *
 * Every instruction with a ModRM operand goes through emit_insn(), which
 * writes, in the order the SDM requires:
 *
 *     [legacy prefix 66/F2/F3] [REX] opcode... ModRM [SIB] [disp8/disp32]
 *
 * and the caller appends any immediate.  The r/m operand is an `Rm`:
 * either a register (direct, mod=11) or [base + index*scale + disp].
 * The emitters themselves are one line each on top of that.
 */
#include "x64/x64.h"

#include <stdlib.h>
#include <string.h>

/* ===================================================================== */
/* Buffer                                                                 */
/* ===================================================================== */

void x64_init(X64Asm *a) { memset(a, 0, sizeof *a); }

void x64_free(X64Asm *a)
{
    free(a->buf);
    free(a->label_pos);
    free(a->fixups);
    memset(a, 0, sizeof *a);
}

/* Grow *p (elements of size `elem`) so it holds at least `need`. */
static bool grow(void **p, uint32_t *cap, size_t need, size_t elem)
{
    if (need <= *cap) return true;
    size_t n = *cap ? (size_t)*cap * 2 : 16;
    while (n < need) n *= 2;
    if (n > UINT32_MAX) return false;
    void *q = realloc(*p, n * elem);
    if (!q) return false;
    *p = q;
    *cap = (uint32_t)n;
    return true;
}

/* Room for n more bytes, or set oom (and every later byte is dropped). */
static bool reserve(X64Asm *a, size_t n)
{
    if (a->oom) return false;
    if (a->len + n <= a->cap) return true;
    size_t cap = a->cap ? a->cap * 2 : 256;
    while (cap < a->len + n) cap *= 2;
    uint8_t *b = realloc(a->buf, cap);
    if (!b) {
        a->oom = true;
        return false;
    }
    a->buf = b;
    a->cap = cap;
    return true;
}

static void emit8(X64Asm *a, uint8_t b)
{
    if (reserve(a, 1)) a->buf[a->len++] = b;
}

/* Little-endian, as every x86 displacement and immediate is. */
static void emit_le(X64Asm *a, uint64_t v, int bytes)
{
    if (!reserve(a, (size_t)bytes)) return;
    for (int i = 0; i < bytes; i++) a->buf[a->len++] = (uint8_t)(v >> (8 * i));
}

static void emit32(X64Asm *a, int32_t v) { emit_le(a, (uint32_t)v, 4); }

static bool fits8(int64_t v) { return v >= INT8_MIN && v <= INT8_MAX; }
static bool fits32(int64_t v) { return v >= INT32_MIN && v <= INT32_MAX; }

/* An encoding the hardware cannot express (rsp as index, scale 3, a bad
 * label) poisons the assembly like an allocation failure: x64_finish and
 * x64_code_install refuse it. */
static void invalid(X64Asm *a) { a->oom = true; }

/* ===================================================================== */
/* ModRM / SIB / REX                                                      */
/* ===================================================================== */

#define NO_REG (-1)

/* The r/m operand of an instruction: a register (reg >= 0), or memory
 * [base + index*scale + disp] with index NO_REG when there is none. */
typedef struct Rm {
    int reg;
    int base, index, scale;
    int32_t disp;
} Rm;

static Rm R(int reg) { return (Rm){ reg, NO_REG, NO_REG, 1, 0 }; }
static Rm M(int base, int32_t disp) { return (Rm){ NO_REG, base, NO_REG, 1, disp }; }
static Rm MI(int base, int index, int scale, int32_t disp) { return (Rm){ NO_REG, base, index, scale, disp }; }

/* Encoding flags for emit_insn. */
enum {
    F_W = 1 << 0,     /* REX.W: 64-bit operand size */
    F_B8 = 1 << 1,    /* byte register in r/m: spl/bpl/sil/dil need a REX */
    F_66 = 1 << 2,    /* operand-size / SSE prefix */
    F_F2 = 1 << 3,    /* SSE scalar-double prefix */
};

static int scale_bits(int scale)
{
    switch (scale) {
    case 1: return 0;
    case 2: return 1;
    case 4: return 2;
    case 8: return 3;
    }
    return -1;
}

/* ModRM (+SIB, +disp) for `reg` (register number or /digit) and `rm`. */
static void emit_modrm(X64Asm *a, int reg, Rm rm)
{
    int r = reg & 7;
    if (rm.reg != NO_REG) {
        emit8(a, (uint8_t)(0xC0 | r << 3 | (rm.reg & 7)));
        return;
    }
    /* mod=00 with base 101 (rbp/r13) means "no base, disp32" (RIP-relative
     * without SIB), so those bases always carry a displacement. */
    int mod = (rm.disp == 0 && (rm.base & 7) != 5) ? 0 : fits8(rm.disp) ? 1 : 2;
    /* r/m 100 (rsp/r12) means "a SIB byte follows". */
    bool sib = rm.index != NO_REG || (rm.base & 7) == 4;
    emit8(a, (uint8_t)(mod << 6 | r << 3 | (sib ? 4 : (rm.base & 7))));
    if (sib) {
        int idx = rm.index == NO_REG ? 4 : (rm.index & 7);   /* 100 = no index */
        int ss = rm.index == NO_REG ? 0 : scale_bits(rm.scale);
        emit8(a, (uint8_t)(ss << 6 | idx << 3 | (rm.base & 7)));
    }
    if (mod == 1) emit8(a, (uint8_t)(int8_t)rm.disp);
    if (mod == 2) emit32(a, rm.disp);
}

/* Emit opcode bytes from the most significant non-zero byte down
 * (0x0FAF -> 0F AF; 0x01 -> 01). */
static void emit_opcode(X64Asm *a, uint32_t op)
{
    int n = op > 0xFFFF ? 3 : op > 0xFF ? 2 : 1;
    for (int i = n - 1; i >= 0; i--) emit8(a, (uint8_t)(op >> (8 * i)));
}

/* One instruction: prefixes, REX, opcode, ModRM/SIB/disp.  `reg` is the
 * ModRM.reg register or the opcode extension /digit (digits are < 8, so
 * they never set REX.R). */
static void emit_insn(X64Asm *a, unsigned flags, uint32_t op, int reg, Rm rm)
{
    if (rm.reg == NO_REG &&
        (rm.base < 0 || rm.base > 15 || rm.index == 4 || rm.index > 15 || scale_bits(rm.scale) < 0)) {
        invalid(a);
        return;
    }
    if (flags & F_66) emit8(a, 0x66);
    if (flags & F_F2) emit8(a, 0xF2);
    int b = rm.reg != NO_REG ? rm.reg : rm.base;
    int x = rm.reg == NO_REG && rm.index != NO_REG ? rm.index : 0;
    uint8_t rex = (uint8_t)((flags & F_W ? 8 : 0) | (reg & 8 ? 4 : 0) | (x & 8 ? 2 : 0) | (b & 8 ? 1 : 0));
    bool byte_reg = (flags & F_B8) && rm.reg >= 4 && rm.reg <= 7;
    if (rex || byte_reg) emit8(a, 0x40 | rex);
    emit_opcode(a, op);
    emit_modrm(a, reg, rm);
}

/* An opcode with the register in its low three bits (push, pop, mov
 * r, imm): REX.B carries the fourth bit. */
static void emit_op_plus_r(X64Asm *a, bool w, uint8_t op, int r)
{
    uint8_t rex = (uint8_t)((w ? 8 : 0) | (r & 8 ? 1 : 0));
    if (rex) emit8(a, 0x40 | rex);
    emit8(a, (uint8_t)(op + (r & 7)));
}

/* ===================================================================== */
/* Labels and control flow                                                */
/* ===================================================================== */

/* label_pos values: >= 0 bound there, -1 unbound, LABEL_TWICE bound twice
 * (a caller bug x64_finish reports). */
#define LABEL_UNBOUND (-1)
#define LABEL_TWICE INT32_MIN

X64Label x64_label_new(X64Asm *a)
{
    if (!grow((void **)&a->label_pos, &a->label_cap, a->nlabels + 1, sizeof *a->label_pos)) {
        a->oom = true;
        return -1;
    }
    a->label_pos[a->nlabels] = LABEL_UNBOUND;
    return (X64Label)a->nlabels++;
}

static bool label_valid(const X64Asm *a, X64Label l) { return l >= 0 && (uint32_t)l < a->nlabels; }

void x64_bind(X64Asm *a, X64Label l)
{
    if (!label_valid(a, l)) {
        invalid(a);
        return;
    }
    a->label_pos[l] = a->label_pos[l] == LABEL_UNBOUND ? (int32_t)a->len : LABEL_TWICE;
}

bool x64_label_bound(const X64Asm *a, X64Label l) { return label_valid(a, l) && a->label_pos[l] >= 0; }

int32_t x64_label_offset(const X64Asm *a, X64Label l) { return x64_label_bound(a, l) ? a->label_pos[l] : -1; }

/* Record a rel32 field (at the current end) that x64_finish points at l. */
static void emit_rel32(X64Asm *a, X64Label l)
{
    if (!label_valid(a, l)) {
        invalid(a);
        return;
    }
    if (a->oom) return;
    if (!grow((void **)&a->fixups, &a->fixup_cap, a->nfixups + 1, sizeof *a->fixups)) {
        a->oom = true;
        return;
    }
    a->fixups[a->nfixups].at = (uint32_t)a->len;
    a->fixups[a->nfixups].label = l;
    a->nfixups++;
    emit32(a, 0);
}

void x64_jmp(X64Asm *a, X64Label l)
{
    emit8(a, 0xE9);
    emit_rel32(a, l);
}

void x64_jcc(X64Asm *a, X64Cond c, X64Label l)
{
    emit8(a, 0x0F);
    emit8(a, (uint8_t)(0x80 + c));
    emit_rel32(a, l);
}

void x64_jmp_r(X64Asm *a, X64Reg r) { emit_insn(a, 0, 0xFF, 4, R(r)); }
void x64_call_r(X64Asm *a, X64Reg r) { emit_insn(a, 0, 0xFF, 2, R(r)); }

/* The shortest mov (x64_mov_ri): an address below 4 GiB takes 6 bytes, not 10. */
void x64_call_abs(X64Asm *a, const void *fn)
{
    x64_mov_ri(a, X64_R11, (uint64_t)(uintptr_t)fn);
    x64_call_r(a, X64_R11);
}

void x64_ret(X64Asm *a) { emit8(a, 0xC3); }
void x64_push(X64Asm *a, X64Reg r) { emit_op_plus_r(a, false, 0x50, r); }
void x64_pop(X64Asm *a, X64Reg r) { emit_op_plus_r(a, false, 0x58, r); }

bool x64_finish(X64Asm *a)
{
    if (a->oom) return false;
    for (uint32_t i = 0; i < a->nlabels; i++)
        if (a->label_pos[i] == LABEL_TWICE) return false;
    for (uint32_t i = 0; i < a->nfixups; i++) {
        int32_t target = a->label_pos[a->fixups[i].label];
        if (target < 0) return false;
        uint32_t at = a->fixups[i].at;
        /* rel32 counts from the end of the field, which ends the instruction */
        int32_t rel = target - (int32_t)(at + 4);
        for (int k = 0; k < 4; k++) a->buf[at + k] = (uint8_t)((uint32_t)rel >> (8 * k));
    }
    return true;
}

/* ===================================================================== */
/* Moves                                                                  */
/* ===================================================================== */

void x64_mov_rr(X64Asm *a, X64Reg dst, X64Reg src) { emit_insn(a, F_W, 0x89, src, R(dst)); }
void x64_mov32_rr(X64Asm *a, X64Reg dst, X64Reg src) { emit_insn(a, 0, 0x89, src, R(dst)); }

void x64_mov_ri(X64Asm *a, X64Reg dst, uint64_t imm)
{
    if (imm <= UINT32_MAX) {                    /* mov r32, imm32 zero-extends */
        emit_op_plus_r(a, false, 0xB8, dst);
        emit_le(a, imm, 4);
    } else if (fits32((int64_t)imm)) {          /* mov r/m64, simm32 */
        emit_insn(a, F_W, 0xC7, 0, R(dst));
        emit32(a, (int32_t)imm);
    } else {                                    /* movabs r64, imm64 */
        emit_op_plus_r(a, true, 0xB8, dst);
        emit_le(a, imm, 8);
    }
}

void x64_mov_rm(X64Asm *a, X64Reg dst, X64Reg base, int32_t disp) { emit_insn(a, F_W, 0x8B, dst, M(base, disp)); }
void x64_mov_mr(X64Asm *a, X64Reg base, int32_t disp, X64Reg src) { emit_insn(a, F_W, 0x89, src, M(base, disp)); }

void x64_mov_mi(X64Asm *a, X64Reg base, int32_t disp, int32_t imm)
{
    emit_insn(a, F_W, 0xC7, 0, M(base, disp));
    emit32(a, imm);
}

void x64_mov32_rm(X64Asm *a, X64Reg dst, X64Reg base, int32_t disp) { emit_insn(a, 0, 0x8B, dst, M(base, disp)); }
void x64_mov32_mr(X64Asm *a, X64Reg base, int32_t disp, X64Reg src) { emit_insn(a, 0, 0x89, src, M(base, disp)); }

void x64_mov32_mi(X64Asm *a, X64Reg base, int32_t disp, int32_t imm)
{
    emit_insn(a, 0, 0xC7, 0, M(base, disp));
    emit32(a, imm);
}

/* A 32-bit destination: the upper half of the 64-bit register is zeroed. */
void x64_movzx8_rm(X64Asm *a, X64Reg dst, X64Reg base, int32_t disp) { emit_insn(a, 0, 0x0FB6, dst, M(base, disp)); }
void x64_movzx16_rm(X64Asm *a, X64Reg dst, X64Reg base, int32_t disp) { emit_insn(a, 0, 0x0FB7, dst, M(base, disp)); }
void x64_movsxd_rr(X64Asm *a, X64Reg dst, X64Reg src) { emit_insn(a, F_W, 0x63, dst, R(src)); }

void x64_mov_rmi(X64Asm *a, X64Reg dst, X64Reg base, X64Reg index, int scale, int32_t disp)
{
    emit_insn(a, F_W, 0x8B, dst, MI(base, index, scale, disp));
}

void x64_mov_mri(X64Asm *a, X64Reg base, X64Reg index, int scale, int32_t disp, X64Reg src)
{
    emit_insn(a, F_W, 0x89, src, MI(base, index, scale, disp));
}

void x64_lea(X64Asm *a, X64Reg dst, X64Reg base, int32_t disp) { emit_insn(a, F_W, 0x8D, dst, M(base, disp)); }

/* ===================================================================== */
/* Arithmetic and logic                                                   */
/* ===================================================================== */

/* The classic ALU opcodes: op*8 + 1 is "r/m, reg", op*8 + 3 "reg, r/m". */
static uint32_t alu_to_rm(X64Alu op) { return (uint32_t)op * 8 + 1; }
static uint32_t alu_from_rm(X64Alu op) { return (uint32_t)op * 8 + 3; }

/* op r/m, imm: 83 /op ib when imm fits a sign-extended byte, else 81 /op id. */
static void alu_imm(X64Asm *a, unsigned flags, X64Alu op, Rm rm, int32_t imm)
{
    bool short_form = fits8(imm);
    emit_insn(a, flags, short_form ? 0x83 : 0x81, op, rm);
    if (short_form) emit8(a, (uint8_t)(int8_t)imm);
    else emit32(a, imm);
}

void x64_alu_rr(X64Asm *a, X64Alu op, X64Reg dst, X64Reg src) { emit_insn(a, F_W, alu_to_rm(op), src, R(dst)); }
void x64_alu_ri(X64Asm *a, X64Alu op, X64Reg dst, int32_t imm) { alu_imm(a, F_W, op, R(dst), imm); }

void x64_alu_rm(X64Asm *a, X64Alu op, X64Reg dst, X64Reg base, int32_t disp)
{
    emit_insn(a, F_W, alu_from_rm(op), dst, M(base, disp));
}

void x64_alu_mr(X64Asm *a, X64Alu op, X64Reg base, int32_t disp, X64Reg src)
{
    emit_insn(a, F_W, alu_to_rm(op), src, M(base, disp));
}

void x64_alu_mi(X64Asm *a, X64Alu op, X64Reg base, int32_t disp, int32_t imm) { alu_imm(a, F_W, op, M(base, disp), imm); }
void x64_alu32_rr(X64Asm *a, X64Alu op, X64Reg dst, X64Reg src) { emit_insn(a, 0, alu_to_rm(op), src, R(dst)); }
void x64_alu32_ri(X64Asm *a, X64Alu op, X64Reg dst, int32_t imm) { alu_imm(a, 0, op, R(dst), imm); }
void x64_alu32_mi(X64Asm *a, X64Alu op, X64Reg base, int32_t disp, int32_t imm) { alu_imm(a, 0, op, M(base, disp), imm); }
void x64_add_m64_i(X64Asm *a, X64Reg base, int32_t disp, int32_t imm) { alu_imm(a, F_W, X64_ADD, M(base, disp), imm); }

/* 80 /op ib: the byte-sized group-1 form. */
void x64_or8_mi(X64Asm *a, X64Reg base, int32_t disp, uint8_t imm)
{
    emit_insn(a, 0, 0x80, X64_OR, M(base, disp));
    emit8(a, imm);
}

void x64_cmp8_mi(X64Asm *a, X64Reg base, int32_t disp, uint8_t imm)
{
    emit_insn(a, 0, 0x80, X64_CMP, M(base, disp));
    emit8(a, imm);
}

/* F6 /0 ib: test byte [base+disp], imm8 (no write, unlike or8). */
void x64_test8_mi(X64Asm *a, X64Reg base, int32_t disp, uint8_t imm)
{
    emit_insn(a, 0, 0xF6, 0, M(base, disp));
    emit8(a, imm);
}

void x64_imul32_rr(X64Asm *a, X64Reg dst, X64Reg src) { emit_insn(a, 0, 0x0FAF, dst, R(src)); }
void x64_cdq(X64Asm *a) { emit8(a, 0x99); }
void x64_idiv32(X64Asm *a, X64Reg r) { emit_insn(a, 0, 0xF7, 7, R(r)); }
void x64_test_rr(X64Asm *a, X64Reg x, X64Reg y) { emit_insn(a, F_W, 0x85, y, R(x)); }
void x64_test32_rr(X64Asm *a, X64Reg x, X64Reg y) { emit_insn(a, 0, 0x85, y, R(x)); }

void x64_test_ri(X64Asm *a, X64Reg r, int32_t imm)
{
    emit_insn(a, F_W, 0xF7, 0, R(r));
    emit32(a, imm);
}

/* C1 /op ib.  Counts are masked by the CPU (6 bits for 64-bit, 5 for 32). */
void x64_shift_ri(X64Asm *a, X64Shift op, X64Reg r, uint8_t imm)
{
    emit_insn(a, F_W, 0xC1, op, R(r));
    emit8(a, imm);
}

void x64_shift32_ri(X64Asm *a, X64Shift op, X64Reg r, uint8_t imm)
{
    emit_insn(a, 0, 0xC1, op, R(r));
    emit8(a, imm);
}

void x64_shift32_cl(X64Asm *a, X64Shift op, X64Reg r) { emit_insn(a, 0, 0xD3, op, R(r)); }
void x64_neg32(X64Asm *a, X64Reg r) { emit_insn(a, 0, 0xF7, 3, R(r)); }
void x64_not32(X64Asm *a, X64Reg r) { emit_insn(a, 0, 0xF7, 2, R(r)); }
void x64_setcc(X64Asm *a, X64Cond c, X64Reg r8) { emit_insn(a, F_B8, 0x0F90u + c, 0, R(r8)); }
void x64_inc_m32(X64Asm *a, X64Reg base, int32_t disp) { emit_insn(a, 0, 0xFF, 0, M(base, disp)); }
void x64_dec_m32(X64Asm *a, X64Reg base, int32_t disp) { emit_insn(a, 0, 0xFF, 1, M(base, disp)); }

/* ===================================================================== */
/* SSE2 scalar doubles (the 66/F2 prefix precedes REX)                    */
/* ===================================================================== */

void x64_movq_xr(X64Asm *a, X64Xmm dst, X64Reg src) { emit_insn(a, F_66 | F_W, 0x0F6E, dst, R(src)); }
void x64_movq_rx(X64Asm *a, X64Reg dst, X64Xmm src) { emit_insn(a, F_66 | F_W, 0x0F7E, src, R(dst)); }
void x64_cvtsi2sd32(X64Asm *a, X64Xmm dst, X64Reg src) { emit_insn(a, F_F2, 0x0F2A, dst, R(src)); }
void x64_cvttsd2si32(X64Asm *a, X64Reg dst, X64Xmm src) { emit_insn(a, F_F2, 0x0F2C, dst, R(src)); }
void x64_addsd(X64Asm *a, X64Xmm dst, X64Xmm src) { emit_insn(a, F_F2, 0x0F58, dst, R(src)); }
void x64_mulsd(X64Asm *a, X64Xmm dst, X64Xmm src) { emit_insn(a, F_F2, 0x0F59, dst, R(src)); }
void x64_subsd(X64Asm *a, X64Xmm dst, X64Xmm src) { emit_insn(a, F_F2, 0x0F5C, dst, R(src)); }
void x64_divsd(X64Asm *a, X64Xmm dst, X64Xmm src) { emit_insn(a, F_F2, 0x0F5E, dst, R(src)); }
void x64_ucomisd(X64Asm *a, X64Xmm x, X64Xmm y) { emit_insn(a, F_66, 0x0F2E, x, R(y)); }
