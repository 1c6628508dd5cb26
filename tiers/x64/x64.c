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

/* The longest instruction this encoder writes (movabs: REX + B8 + imm64
 * is 10; prefix + REX + 2 opcode bytes + ModRM + SIB + disp32 + imm32 is
 * 14), rounded up.  Each emitter reserves this once and then writes
 * through a cursor, with no check per byte. */
#define MAX_INSN X64_MAX_INSN

void x64_init(X64Asm *a) { memset(a, 0, sizeof *a); }

void x64_free(X64Asm *a)
{
    free(a->buf);
    free(a->label_pos);
    free(a->relocs);
    memset(a, 0, sizeof *a);
}

/* Grow *p (elements of size `elem`) so it holds at least `need`. */
static bool grow(void **p, uint32_t *cap, size_t need, size_t elem)
{
    if (need <= *cap) return true;
    size_t n = *cap ? (size_t)*cap * 2 : 64;
    while (n < need) n *= 2;
    if (n > UINT32_MAX) return false;
    void *q = realloc(*p, n * elem);
    if (!q) return false;
    *p = q;
    *cap = (uint32_t)n;
    return true;
}

bool x64_reserve(X64Asm *a, size_t bytes, uint32_t labels)
{
    if (bytes > a->cap) {
        uint8_t *b = realloc(a->buf, bytes);
        if (!b) return false;
        a->buf = b;
        a->cap = bytes;
        if (!a->oom) a->limit = bytes - X64_MAX_INSN;
    }
    return grow((void **)&a->label_pos, &a->label_cap, labels, sizeof *a->label_pos);
}

/* Poison the assembly (allocation failure, or an operand the hardware
 * cannot encode): every later byte is dropped, x64_finish refuses it. */
static void poison(X64Asm *a)
{
    a->oom = true;
    a->limit = 0;
}

/* The slow half of room(): grow the buffer, or fail. */
static __attribute__((noinline, cold)) uint8_t *room_slow(X64Asm *a, size_t n)
{
    if (a->oom) return NULL;
    if (a->len + n > a->cap) {
        size_t cap = a->cap ? a->cap * 2 : 4096;
        while (cap < a->len + n) cap *= 2;
        uint8_t *b = realloc(a->buf, cap);
        if (!b) {
            poison(a);
            return NULL;
        }
        a->buf = b;
        a->cap = cap;
    }
    a->limit = a->cap - X64_MAX_INSN;   /* cap >= 4096 */
    return a->buf + a->len;
}

/* A cursor with room for n more bytes (NULL: the assembly failed). */
static inline uint8_t *room(X64Asm *a, size_t n)
{
    if (__builtin_expect(a->len + n <= a->cap && !a->oom, 1)) return a->buf + a->len;
    return room_slow(a, n);
}

/* Every emitter is an EMITTER: it compares len with `limit` (room for one
 * more instruction; 0 before the first byte and once the assembly
 * failed) and then writes through cursor() with no other check.  Its slow
 * half (grow the buffer, then emit again) is a separate cold function
 * reached by a tail call, so the fast half needs no stack frame: with the
 * growth inline, the compiler saved four registers in every emitter. */
#define EMITTER(name, params, args, ...)                                 \
    static __attribute__((noinline, cold)) void name##_grow params;     \
    void name params                                                     \
    {                                                                    \
        if (__builtin_expect(a->len >= a->limit, 0)) {                  \
            name##_grow args;                                            \
            return;                                                      \
        }                                                                \
        __VA_ARGS__                                                      \
    }                                                                    \
    static void name##_grow params                                       \
    {                                                                    \
        if (room_slow(a, X64_MAX_INSN + 1)) name args;                   \
    }

/* Where the next byte goes (an EMITTER checked the room). */
static inline uint8_t *cursor(X64Asm *a) { return a->buf + a->len; }

static inline void done(X64Asm *a, const uint8_t *p) { a->len = (size_t)(p - a->buf); }

/* A one-byte instruction (ret, cdq). */
static inline void emit_byte(X64Asm *a, uint8_t b)
{
    uint8_t *p = cursor(a);
    *p++ = b;
    done(a, p);
}

/* Little-endian, as every x86 displacement and immediate is. */
static inline uint8_t *put32(uint8_t *p, uint32_t v)
{
    memcpy(p, &v, 4);   /* x86-64 is little-endian */
    return p + 4;
}

static inline uint8_t *put64(uint8_t *p, uint64_t v)
{
    memcpy(p, &v, 8);
    return p + 8;
}

static inline bool fits8(int64_t v) { return v >= INT8_MIN && v <= INT8_MAX; }
static inline bool fits32(int64_t v) { return v >= INT32_MIN && v <= INT32_MAX; }

/* An encoding the hardware cannot express (rsp as index, scale 3, a bad
 * label) poisons the assembly like an allocation failure: x64_finish and
 * x64_code_install refuse it. */
static void invalid(X64Asm *a) { poison(a); }

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

static inline Rm R(int reg) { return (Rm){ reg, NO_REG, NO_REG, 1, 0 }; }
static inline Rm M(int base, int32_t disp) { return (Rm){ NO_REG, base, NO_REG, 1, disp }; }
static inline Rm MI(int base, int index, int scale, int32_t disp) { return (Rm){ NO_REG, base, index, scale, disp }; }

/* Encoding flags for put_insn. */
enum {
    F_W = 1 << 0,     /* REX.W: 64-bit operand size */
    F_B8 = 1 << 1,    /* byte register in r/m: spl/bpl/sil/dil need a REX */
    F_66 = 1 << 2,    /* operand-size / SSE prefix */
    F_F2 = 1 << 3,    /* SSE scalar-double prefix */
};

static inline int scale_bits(int scale)
{
    switch (scale) {
    case 1: return 0;
    case 2: return 1;
    case 4: return 2;
    case 8: return 3;
    }
    return -1;
}

/* Can rm be encoded?  (Registers always; memory needs a real base, an
 * index that is not rsp and a scale of 1/2/4/8.) */
static inline bool rm_valid(Rm rm)
{
    if (rm.reg != NO_REG) return true;
    if ((unsigned)rm.base > 15) return false;
    if (rm.index == NO_REG) return true;
    return (unsigned)rm.index <= 15 && rm.index != 4 && scale_bits(rm.scale) >= 0;
}

/* ModRM (+SIB, +disp) for `reg` (register number or /digit) and `rm`. */
static inline uint8_t *put_modrm(uint8_t *p, int reg, Rm rm)
{
    int r = reg & 7;
    if (rm.reg != NO_REG) {
        *p++ = (uint8_t)(0xC0 | r << 3 | (rm.reg & 7));
        return p;
    }
    /* mod=00 with base 101 (rbp/r13) means "no base, disp32" (RIP-relative
     * without SIB), so those bases always carry a displacement. */
    int mod = (rm.disp == 0 && (rm.base & 7) != 5) ? 0 : fits8(rm.disp) ? 1 : 2;
    /* r/m 100 (rsp/r12) means "a SIB byte follows". */
    bool sib = rm.index != NO_REG || (rm.base & 7) == 4;
    *p++ = (uint8_t)(mod << 6 | r << 3 | (sib ? 4 : (rm.base & 7)));
    if (sib) {
        int idx = rm.index == NO_REG ? 4 : (rm.index & 7);   /* 100 = no index */
        int ss = rm.index == NO_REG ? 0 : scale_bits(rm.scale);
        *p++ = (uint8_t)(ss << 6 | idx << 3 | (rm.base & 7));
    }
    if (mod == 1) *p++ = (uint8_t)(int8_t)rm.disp;
    else if (mod == 2) p = put32(p, (uint32_t)rm.disp);
    return p;
}

/* One instruction: prefixes, REX, opcode, ModRM/SIB/disp.  `reg` is the
 * ModRM.reg register or the opcode extension /digit (digits are < 8, so
 * they never set REX.R).  Opcode bytes go from the most significant
 * non-zero byte down (0x0FAF -> 0F AF; 0x01 -> 01).  Returns the cursor
 * after the instruction (the caller appends any immediate and calls
 * done), or NULL when the assembly failed.  Inlined into every emitter,
 * where flags, op and usually reg are constants. */
static inline __attribute__((always_inline)) uint8_t *put_insn(X64Asm *a, unsigned flags, uint32_t op, int reg, Rm rm)
{
    if (!rm_valid(rm)) {
        invalid(a);
        return NULL;
    }
    uint8_t *p = cursor(a);
    if (flags & F_66) *p++ = 0x66;
    if (flags & F_F2) *p++ = 0xF2;
    int b = rm.reg != NO_REG ? rm.reg : rm.base;
    int x = rm.reg == NO_REG && rm.index != NO_REG ? rm.index : 0;
    uint8_t rex = (uint8_t)((flags & F_W ? 8 : 0) | (reg & 8 ? 4 : 0) | (x & 8 ? 2 : 0) | (b & 8 ? 1 : 0));
    bool byte_reg = (flags & F_B8) && rm.reg >= 4 && rm.reg <= 7;
    if (rex || byte_reg) *p++ = (uint8_t)(0x40 | rex);
    if (op > 0xFFFF) *p++ = (uint8_t)(op >> 16);
    if (op > 0xFF) *p++ = (uint8_t)(op >> 8);
    *p++ = (uint8_t)op;
    return put_modrm(p, reg, rm);
}

/* put_insn and done: an instruction without an immediate. */
static inline __attribute__((always_inline)) void emit_insn(X64Asm *a, unsigned flags, uint32_t op, int reg, Rm rm)
{
    uint8_t *p = put_insn(a, flags, op, reg, rm);
    if (p) done(a, p);
}

/* ... followed by an imm8 / imm32. */
static inline __attribute__((always_inline)) void emit_insn_i8(X64Asm *a, unsigned flags, uint32_t op, int reg, Rm rm,
                                                                uint8_t imm)
{
    uint8_t *p = put_insn(a, flags, op, reg, rm);
    if (!p) return;
    *p++ = imm;
    done(a, p);
}

static inline __attribute__((always_inline)) void emit_insn_i32(X64Asm *a, unsigned flags, uint32_t op, int reg, Rm rm,
                                                                 int32_t imm)
{
    uint8_t *p = put_insn(a, flags, op, reg, rm);
    if (p) done(a, put32(p, (uint32_t)imm));
}

/* An opcode with the register in its low three bits (push, pop, mov
 * r, imm): REX.B carries the fourth bit.  Returns the cursor after it. */
static inline uint8_t *put_op_plus_r(uint8_t *p, bool w, uint8_t op, int r)
{
    uint8_t rex = (uint8_t)((w ? 8 : 0) | (r & 8 ? 1 : 0));
    if (rex) *p++ = (uint8_t)(0x40 | rex);
    *p++ = (uint8_t)(op + (r & 7));
    return p;
}

static inline void emit_op_plus_r(X64Asm *a, bool w, uint8_t op, int r)
{
    done(a, put_op_plus_r(cursor(a), w, op, r));
}

/* ===================================================================== */
/* Labels and control flow                                                */
/* ===================================================================== */

/* label_pos values: >= 0 bound there; LABEL_UNBOUND (-1) unbound and
 * unused; <= -2 unbound with uses: -2 - (offset of the newest use's rel32
 * field).  The uses of an unbound label form a chain through their own
 * rel32 fields (each holds the offset of the previous use's field, or
 * CHAIN_END), and binding the label patches the chain: no fixup table,
 * and each field is patched while the code around it is still in cache
 * (x64_finish used to revisit every one).  Binding a label twice is a
 * caller bug: it poisons the assembly, so x64_finish reports it. */
#define LABEL_UNBOUND (-1)
#define CHAIN_END UINT32_MAX

static inline uint32_t get32(const uint8_t *p)
{
    uint32_t v;
    memcpy(&v, p, 4);
    return v;
}

static __attribute__((noinline, cold)) X64Label labels_slow(X64Asm *a, uint32_t n)
{
    if (!grow((void **)&a->label_pos, &a->label_cap, (size_t)a->nlabels + n, sizeof *a->label_pos)) {
        poison(a);
        return -1;
    }
    X64Label first = (X64Label)a->nlabels;
    memset(a->label_pos + a->nlabels, 0xFF, (size_t)n * sizeof *a->label_pos);   /* LABEL_UNBOUND */
    a->nlabels += n;
    return first;
}

X64Label x64_label_new(X64Asm *a)
{
    if (__builtin_expect(a->nlabels < a->label_cap, 1)) {
        a->label_pos[a->nlabels] = LABEL_UNBOUND;
        return (X64Label)a->nlabels++;
    }
    return labels_slow(a, 1);
}

X64Label x64_labels_new(X64Asm *a, uint32_t n)
{
    if (n == 0 || n > INT32_MAX - a->nlabels) {
        invalid(a);
        return -1;
    }
    return labels_slow(a, n);
}

static inline bool label_valid(const X64Asm *a, X64Label l) { return l >= 0 && (uint32_t)l < a->nlabels; }

/* Bind l at pos (<= len) and patch the chain of its earlier uses. */
static void bind_to(X64Asm *a, X64Label l, int32_t pos)
{
    if (!label_valid(a, l) || a->label_pos[l] >= 0) {
        invalid(a);
        return;
    }
    int32_t v = a->label_pos[l];
    a->label_pos[l] = pos;
    if (v == LABEL_UNBOUND) return;
    uint32_t patched = 0;   /* counted here: a store through buf could alias a->unresolved */
    for (uint32_t at = (uint32_t)(-2 - v); at != CHAIN_END; patched++) {   /* patch the chain of uses */
        uint32_t prev = get32(a->buf + at);
        put32(a->buf + at, (uint32_t)(pos - (int32_t)(at + 4)));   /* rel32 counts from the field's end */
        at = prev;
    }
    a->unresolved -= patched;
}

void x64_bind(X64Asm *a, X64Label l) { bind_to(a, l, (int32_t)a->len); }

void x64_bind_at(X64Asm *a, X64Label l, size_t offset)
{
    if (offset > a->len) {
        invalid(a);
        return;
    }
    bind_to(a, l, (int32_t)offset);
}

bool x64_label_bound(const X64Asm *a, X64Label l) { return label_valid(a, l) && a->label_pos[l] >= 0; }

int32_t x64_label_offset(const X64Asm *a, X64Label l) { return x64_label_bound(a, l) ? a->label_pos[l] : -1; }

/* The rel32 field of a jump whose opcode ends at p: a label bound already
 * (a backward jump) is resolved at once; otherwise the field joins the
 * label's chain of uses, patched by x64_bind.  Returns the cursor after
 * the field, NULL on failure. */
static inline uint8_t *put_rel32(X64Asm *a, uint8_t *p, X64Label l)
{
    if (!label_valid(a, l)) {
        invalid(a);
        return NULL;
    }
    uint32_t at = (uint32_t)(p - a->buf);
    int32_t target = a->label_pos[l];
    if (target >= 0) return put32(p, (uint32_t)(target - (int32_t)(at + 4)));   /* rel32 counts from the field's end */
    a->label_pos[l] = -2 - (int32_t)at;   /* the newest use; its field links to the previous one */
    a->unresolved++;
    return put32(p, target == LABEL_UNBOUND ? CHAIN_END : (uint32_t)(-2 - target));
}

EMITTER(x64_jmp, (X64Asm *a, X64Label l), (a, l),
    uint8_t *p = cursor(a);
    *p++ = 0xE9;
    if ((p = put_rel32(a, p, l))) done(a, p);
)

EMITTER(x64_jcc, (X64Asm *a, X64Cond c, X64Label l), (a, c, l),
    uint8_t *p = cursor(a);
    *p++ = 0x0F;
    *p++ = (uint8_t)(0x80 + c);
    if ((p = put_rel32(a, p, l))) done(a, p);
)

/* A call of a label in the same code (E8 rel32). */
EMITTER(x64_call, (X64Asm *a, X64Label l), (a, l),
    uint8_t *p = cursor(a);
    *p++ = 0xE8;
    if ((p = put_rel32(a, p, l))) done(a, p);
)

EMITTER(x64_jmp_r, (X64Asm *a, X64Reg r), (a, r), emit_insn(a, 0, 0xFF, 4, R(r));)
EMITTER(x64_call_r, (X64Asm *a, X64Reg r), (a, r), emit_insn(a, 0, 0xFF, 2, R(r));)

/* rel32 reaches fn from every address of the install window (an
 * instruction there ends at most 2^31 - 1 bytes before or 2^31 after its
 * target, with a margin for the instruction's own length). */
static bool near_reach(const X64Asm *a, const void *fn)
{
    if (!a->near_hi) return false;
    int64_t t = (int64_t)(uintptr_t)fn, lo = (int64_t)a->near_lo, hi = (int64_t)a->near_hi;
    return t - lo < INT32_MAX - 16 && t - hi > INT32_MIN + 16;
}

/* opcode (E8 call / E9 jmp) with a rel32 to fn, fixed up at install
 * (no room for the reloc poisons the assembly) */
static void emit_near(X64Asm *a, uint8_t opcode, const void *fn)
{
    if (!grow((void **)&a->relocs, &a->reloc_cap, (size_t)a->nrelocs + 1, sizeof *a->relocs)) {
        poison(a);
        return;
    }
    uint8_t *p = room(a, 5);
    if (!p) return;
    p[0] = opcode;
    memset(p + 1, 0, 4);
    a->relocs[a->nrelocs++] = (X64Reloc){(uint32_t)(a->len + 1), fn};
    a->len += 5;
}

/* A call (or jump) to fn: rel32 when in reach of the install window, else
 * through r11 (x64_mov_ri: an address below 4 GiB takes 6 bytes, not 10). */
static void branch_abs(X64Asm *a, const void *fn, bool call)
{
    if (near_reach(a, fn)) {
        emit_near(a, call ? 0xE8 : 0xE9, fn);
        return;
    }
    x64_mov_ri(a, X64_R11, (uint64_t)(uintptr_t)fn);
    if (call) x64_call_r(a, X64_R11);
    else x64_jmp_r(a, X64_R11);
}

void x64_call_abs(X64Asm *a, const void *fn) { branch_abs(a, fn, true); }
void x64_jmp_abs(X64Asm *a, const void *fn) { branch_abs(a, fn, false); }

EMITTER(x64_ret, (X64Asm *a), (a), emit_byte(a, 0xC3);)

EMITTER(x64_push, (X64Asm *a, X64Reg r), (a, r), emit_op_plus_r(a, false, 0x50, r);)
EMITTER(x64_pop, (X64Asm *a, X64Reg r), (a, r), emit_op_plus_r(a, false, 0x58, r);)

/* Code is installed at 16-byte boundaries and padded with int3; x64_finish
 * writes that padding into the buffer (past len) so installing copies the
 * whole span in one write. */
#define PAD_ALIGN 16

bool x64_finish(X64Asm *a)
{
    if (a->oom || a->unresolved) return false;   /* a used label was never bound */
    size_t span = (a->len + PAD_ALIGN - 1) / PAD_ALIGN * PAD_ALIGN;
    uint8_t *p = room(a, span - a->len + 1);
    if (!p) return false;
    memset(p, 0xCC, span - a->len);
    a->padded = a->len;
    return true;
}

/* ===================================================================== */
/* Moves                                                                  */
/* ===================================================================== */

EMITTER(x64_mov_rr, (X64Asm *a, X64Reg dst, X64Reg src), (a, dst, src), emit_insn(a, F_W, 0x89, src, R(dst));)
EMITTER(x64_mov32_rr, (X64Asm *a, X64Reg dst, X64Reg src), (a, dst, src), emit_insn(a, 0, 0x89, src, R(dst));)

EMITTER(x64_mov_ri, (X64Asm *a, X64Reg dst, uint64_t imm), (a, dst, imm),
    if (fits32((int64_t)imm) && imm > UINT32_MAX) {   /* mov r/m64, simm32 */
        emit_insn_i32(a, F_W, 0xC7, 0, R(dst), (int32_t)imm);
        return;
    }
    uint8_t *p = cursor(a);
    if (imm <= UINT32_MAX) p = put32(put_op_plus_r(p, false, 0xB8, dst), (uint32_t)imm);   /* mov r32, imm32 zero-extends */
    else p = put64(put_op_plus_r(p, true, 0xB8, dst), imm);                                 /* movabs r64, imm64 */
    done(a, p);
)

EMITTER(x64_mov_rm, (X64Asm *a, X64Reg dst, X64Reg base, int32_t disp), (a, dst, base, disp), emit_insn(a, F_W, 0x8B, dst, M(base, disp));)
EMITTER(x64_mov_mr, (X64Asm *a, X64Reg base, int32_t disp, X64Reg src), (a, base, disp, src), emit_insn(a, F_W, 0x89, src, M(base, disp));)

EMITTER(x64_mov_mi, (X64Asm *a, X64Reg base, int32_t disp, int32_t imm), (a, base, disp, imm), emit_insn_i32(a, F_W, 0xC7, 0, M(base, disp), imm);)

EMITTER(x64_mov32_rm, (X64Asm *a, X64Reg dst, X64Reg base, int32_t disp), (a, dst, base, disp), emit_insn(a, 0, 0x8B, dst, M(base, disp));)
EMITTER(x64_mov32_mr, (X64Asm *a, X64Reg base, int32_t disp, X64Reg src), (a, base, disp, src), emit_insn(a, 0, 0x89, src, M(base, disp));)

EMITTER(x64_mov32_mi, (X64Asm *a, X64Reg base, int32_t disp, int32_t imm), (a, base, disp, imm), emit_insn_i32(a, 0, 0xC7, 0, M(base, disp), imm);)

/* A 32-bit destination: the upper half of the 64-bit register is zeroed. */
EMITTER(x64_movzx8_rm, (X64Asm *a, X64Reg dst, X64Reg base, int32_t disp), (a, dst, base, disp), emit_insn(a, 0, 0x0FB6, dst, M(base, disp));)
EMITTER(x64_movzx16_rm, (X64Asm *a, X64Reg dst, X64Reg base, int32_t disp), (a, dst, base, disp), emit_insn(a, 0, 0x0FB7, dst, M(base, disp));)
EMITTER(x64_movzx16_rr, (X64Asm *a, X64Reg dst, X64Reg src), (a, dst, src), emit_insn(a, 0, 0x0FB7, dst, R(src));)
EMITTER(x64_movsxd_rr, (X64Asm *a, X64Reg dst, X64Reg src), (a, dst, src), emit_insn(a, F_W, 0x63, dst, R(src));)

EMITTER(x64_mov_rmi, (X64Asm *a, X64Reg dst, X64Reg base, X64Reg index, int scale, int32_t disp), (a, dst, base, index, scale, disp),
    emit_insn(a, F_W, 0x8B, dst, MI(base, index, scale, disp));
)

EMITTER(x64_mov_mri, (X64Asm *a, X64Reg base, X64Reg index, int scale, int32_t disp, X64Reg src), (a, base, index, scale, disp, src),
    emit_insn(a, F_W, 0x89, src, MI(base, index, scale, disp));
)

EMITTER(x64_lea, (X64Asm *a, X64Reg dst, X64Reg base, int32_t disp), (a, dst, base, disp), emit_insn(a, F_W, 0x8D, dst, M(base, disp));)
EMITTER(x64_lea_rmi, (X64Asm *a, X64Reg dst, X64Reg base, X64Reg index, int scale, int32_t disp), (a, dst, base, index, scale, disp),
    emit_insn(a, F_W, 0x8D, dst, MI(base, index, scale, disp));
)

/* ===================================================================== */
/* Arithmetic and logic                                                   */
/* ===================================================================== */

/* The classic ALU opcodes: op*8 + 1 is "r/m, reg", op*8 + 3 "reg, r/m". */
static inline uint32_t alu_to_rm(X64Alu op) { return (uint32_t)op * 8 + 1; }
static inline uint32_t alu_from_rm(X64Alu op) { return (uint32_t)op * 8 + 3; }

/* op r/m, imm: 83 /op ib when imm fits a sign-extended byte, else 81 /op id. */
static inline __attribute__((always_inline)) void alu_imm(X64Asm *a, unsigned flags, X64Alu op, Rm rm, int32_t imm)
{
    if (fits8(imm)) emit_insn_i8(a, flags, 0x83, op, rm, (uint8_t)(int8_t)imm);
    else emit_insn_i32(a, flags, 0x81, op, rm, imm);
}

EMITTER(x64_alu_rr, (X64Asm *a, X64Alu op, X64Reg dst, X64Reg src), (a, op, dst, src), emit_insn(a, F_W, alu_to_rm(op), src, R(dst));)
EMITTER(x64_alu_ri, (X64Asm *a, X64Alu op, X64Reg dst, int32_t imm), (a, op, dst, imm), alu_imm(a, F_W, op, R(dst), imm);)

EMITTER(x64_alu_rm, (X64Asm *a, X64Alu op, X64Reg dst, X64Reg base, int32_t disp), (a, op, dst, base, disp),
    emit_insn(a, F_W, alu_from_rm(op), dst, M(base, disp));
)

EMITTER(x64_alu_mr, (X64Asm *a, X64Alu op, X64Reg base, int32_t disp, X64Reg src), (a, op, base, disp, src),
    emit_insn(a, F_W, alu_to_rm(op), src, M(base, disp));
)

EMITTER(x64_alu_mi, (X64Asm *a, X64Alu op, X64Reg base, int32_t disp, int32_t imm), (a, op, base, disp, imm), alu_imm(a, F_W, op, M(base, disp), imm);)
EMITTER(x64_alu32_rr, (X64Asm *a, X64Alu op, X64Reg dst, X64Reg src), (a, op, dst, src), emit_insn(a, 0, alu_to_rm(op), src, R(dst));)
EMITTER(x64_alu32_rm, (X64Asm *a, X64Alu op, X64Reg dst, X64Reg base, int32_t disp), (a, op, dst, base, disp),
    emit_insn(a, 0, alu_from_rm(op), dst, M(base, disp));
)
EMITTER(x64_alu32_ri, (X64Asm *a, X64Alu op, X64Reg dst, int32_t imm), (a, op, dst, imm), alu_imm(a, 0, op, R(dst), imm);)
EMITTER(x64_alu32_mi, (X64Asm *a, X64Alu op, X64Reg base, int32_t disp, int32_t imm), (a, op, base, disp, imm), alu_imm(a, 0, op, M(base, disp), imm);)
EMITTER(x64_add_m64_i, (X64Asm *a, X64Reg base, int32_t disp, int32_t imm), (a, base, disp, imm), alu_imm(a, F_W, X64_ADD, M(base, disp), imm);)

/* 80 /op ib: the byte-sized group-1 form. */
EMITTER(x64_or8_mi, (X64Asm *a, X64Reg base, int32_t disp, uint8_t imm), (a, base, disp, imm), emit_insn_i8(a, 0, 0x80, X64_OR, M(base, disp), imm);)
EMITTER(x64_cmp8_mi, (X64Asm *a, X64Reg base, int32_t disp, uint8_t imm), (a, base, disp, imm), emit_insn_i8(a, 0, 0x80, X64_CMP, M(base, disp), imm);)

/* F6 /0 ib: test byte [base+disp], imm8 (no write, unlike or8). */
EMITTER(x64_test8_mi, (X64Asm *a, X64Reg base, int32_t disp, uint8_t imm), (a, base, disp, imm), emit_insn_i8(a, 0, 0xF6, 0, M(base, disp), imm);)

EMITTER(x64_imul32_rr, (X64Asm *a, X64Reg dst, X64Reg src), (a, dst, src), emit_insn(a, 0, 0x0FAF, dst, R(src));)
EMITTER(x64_cdq, (X64Asm *a), (a), emit_byte(a, 0x99);)
EMITTER(x64_idiv32, (X64Asm *a, X64Reg r), (a, r), emit_insn(a, 0, 0xF7, 7, R(r));)
EMITTER(x64_test_rr, (X64Asm *a, X64Reg x, X64Reg y), (a, x, y), emit_insn(a, F_W, 0x85, y, R(x));)
EMITTER(x64_test32_rr, (X64Asm *a, X64Reg x, X64Reg y), (a, x, y), emit_insn(a, 0, 0x85, y, R(x));)

EMITTER(x64_test_ri, (X64Asm *a, X64Reg r, int32_t imm), (a, r, imm), emit_insn_i32(a, F_W, 0xF7, 0, R(r), imm);)

/* C1 /op ib.  Counts are masked by the CPU (6 bits for 64-bit, 5 for 32). */
EMITTER(x64_shift_ri, (X64Asm *a, X64Shift op, X64Reg r, uint8_t imm), (a, op, r, imm), emit_insn_i8(a, F_W, 0xC1, op, R(r), imm);)
EMITTER(x64_shift32_ri, (X64Asm *a, X64Shift op, X64Reg r, uint8_t imm), (a, op, r, imm), emit_insn_i8(a, 0, 0xC1, op, R(r), imm);)

EMITTER(x64_shift32_cl, (X64Asm *a, X64Shift op, X64Reg r), (a, op, r), emit_insn(a, 0, 0xD3, op, R(r));)
EMITTER(x64_neg32, (X64Asm *a, X64Reg r), (a, r), emit_insn(a, 0, 0xF7, 3, R(r));)
EMITTER(x64_not32, (X64Asm *a, X64Reg r), (a, r), emit_insn(a, 0, 0xF7, 2, R(r));)
EMITTER(x64_setcc, (X64Asm *a, X64Cond c, X64Reg r8), (a, c, r8), emit_insn(a, F_B8, 0x0F90u + c, 0, R(r8));)
EMITTER(x64_inc_m32, (X64Asm *a, X64Reg base, int32_t disp), (a, base, disp), emit_insn(a, 0, 0xFF, 0, M(base, disp));)
EMITTER(x64_dec_m32, (X64Asm *a, X64Reg base, int32_t disp), (a, base, disp), emit_insn(a, 0, 0xFF, 1, M(base, disp));)

/* ===================================================================== */
/* SSE2 scalar doubles (the 66/F2 prefix precedes REX)                    */
/* ===================================================================== */

EMITTER(x64_movq_xr, (X64Asm *a, X64Xmm dst, X64Reg src), (a, dst, src), emit_insn(a, F_66 | F_W, 0x0F6E, dst, R(src));)
EMITTER(x64_movq_rx, (X64Asm *a, X64Reg dst, X64Xmm src), (a, dst, src), emit_insn(a, F_66 | F_W, 0x0F7E, src, R(dst));)
EMITTER(x64_cvtsi2sd32, (X64Asm *a, X64Xmm dst, X64Reg src), (a, dst, src), emit_insn(a, F_F2, 0x0F2A, dst, R(src));)
EMITTER(x64_cvttsd2si32, (X64Asm *a, X64Reg dst, X64Xmm src), (a, dst, src), emit_insn(a, F_F2, 0x0F2C, dst, R(src));)
EMITTER(x64_addsd, (X64Asm *a, X64Xmm dst, X64Xmm src), (a, dst, src), emit_insn(a, F_F2, 0x0F58, dst, R(src));)
EMITTER(x64_mulsd, (X64Asm *a, X64Xmm dst, X64Xmm src), (a, dst, src), emit_insn(a, F_F2, 0x0F59, dst, R(src));)
EMITTER(x64_subsd, (X64Asm *a, X64Xmm dst, X64Xmm src), (a, dst, src), emit_insn(a, F_F2, 0x0F5C, dst, R(src));)
EMITTER(x64_divsd, (X64Asm *a, X64Xmm dst, X64Xmm src), (a, dst, src), emit_insn(a, F_F2, 0x0F5E, dst, R(src));)
EMITTER(x64_ucomisd, (X64Asm *a, X64Xmm x, X64Xmm y), (a, x, y), emit_insn(a, F_66, 0x0F2E, x, R(y));)
EMITTER(x64_movapd, (X64Asm *a, X64Xmm dst, X64Xmm src), (a, dst, src), emit_insn(a, F_66, 0x0F28, dst, R(src));)
