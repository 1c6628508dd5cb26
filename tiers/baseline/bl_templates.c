/*
 * bl_templates.c -- one machine-code template per opcode (prefix bl_).
 *
 * The table at the end names a template for every opcode in bytecode.def:
 * an opcode without one is a compile error.  A template either has an
 * inline fast path (moves, int32 arithmetic with overflow checks,
 * compare-and-branch, inline caches for properties, globals and dense
 * elements, environment slots) that falls back to the slow path, or is
 * STEP_ONLY: its code is just the slow path.
 *
 * The slow path of every instruction is a call to interp_step -- the
 * interpreter's own implementation of that instruction -- followed by a
 * check of where execution continues: the next instruction (or, for a
 * jump, its target) continues in this code; anything else (a call pushed a
 * frame, a return popped one, an exception went to a handler or unwound)
 * leaves through the exit, and the driver resumes the top frame.
 *
 * Layout: each template's fast path is straight-line code that falls into
 * the next instruction; its slow path and its less common halves (doubles
 * after int32, other IC entries, typed arrays) are queued on the cold list
 * (defer) and emitted after the body.
 *
 * Scratch registers: rax, rcx, rdx, rsi, rdi, r8-r11 (caller-saved, dead
 * between instructions -- except the register cache: on the fall-through
 * from a fast path, rax (and xmm0 for a double) still holds the value the
 * instruction stored; see Ctx.fnext).  Pinned: see baseline.c.
 */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "bl_internal.h"
#include "baseline.h"

#include "arguments.h"
#include "builtins/generator.h"
#include "bytecode.h"
#include "interp/interp_ops.h"

#include "feedback.h"
#include "object.h"
#include "shape.h"
#include "typedarray.h"

#define BL_COLD_INLINE 256   /* cold entries before the list moves to the heap */

typedef struct Ctx Ctx;
typedef struct Cold Cold;
typedef void (*ColdFn)(Ctx *c, const Cold *d);
struct Cold {
    ColdFn fn;
    uint32_t at;             /* the instruction (c->pc / c->at while emitting it) */
    int32_t arg;
    uint32_t fb;             /* a feedback slot, when the cold code records one */
    X64Label entry, fnext, l1, l2, l3;
};

struct Ctx {
    VM *vm;
    FunctionProto *fp;
    X64Asm *a;
    X64Label label0;         /* label label0 + pc is bytecode offset pc's (only instruction starts are bound) */
    X64Label exit;
    const uint8_t *pc;       /* the instruction being compiled */
    uint32_t at;             /* its offset */
    bool barrier;            /* the GC plan needs a write barrier */
    const BlStubs *stubs;    /* the call stub's entries (bl_stubs.c) */
    /* cold code: slow paths and the less common halves of templates,
     * emitted after the function body (emit_cold) so the fast paths are
     * straight-line code that falls into the next instruction */
    struct Cold *cold;       /* cold_buf, or on the heap past BL_COLD_INLINE entries */
    uint32_t ncold, cold_cap;
    Cold spare;
    Cold cold_buf[BL_COLD_INLINE];
    bool in_cold;            /* emitting cold code: nothing falls through */
    bool cold_oom;
    /* The register cache.  fnext is the next instruction's "hot" entry:
     * a template that sets out_slot promises that every path reaching
     * fnext (the fall-through of its fast path, cold code that jumps
     * there) has rax = R(out_slot).  The driver binds fnext where the
     * next instruction starts; unless that instruction is a jump target
     * it then starts with in_slot = out_slot, and if its template relied
     * on that (in_used), its generic entry (label0 + pc: jumps, slow
     * paths, native_off) becomes a cold pad that loads rax first; if
     * not, the generic entry is bound at fnext's place afterwards. */
    X64Label fnext;
    int32_t out_slot;        /* -1: nothing known at fnext */
    int32_t in_slot;         /* -1, or the register rax holds at this instruction's start */
    bool in_used;            /* the template relied on in_slot (its generic entry needs a pad) */
    /* R(out_slot) / R(in_slot) is an int32 however the instruction is
     * entered: set after LOAD_INT (every way into an instruction that is
     * not a jump target or handler runs the one before it) */
    bool out_int, in_int;
    /* when R(out_slot) / R(in_slot) is a double, xmm0 holds it too (so a
     * chain of double arithmetic does not go through rax and memory) */
    bool out_xmm, in_xmm;
    /* R(out_slot) / R(in_slot) holds the constant out_k / in_k (undefined,
     * null, true or false: LOAD_UNDEF ...) however the instruction is
     * entered, as out_int */
    bool out_is_k, in_is_k;
    JSValue out_k, in_k;
    uint32_t *off;           /* native_off */
    uint32_t *cold_off;      /* BlCode.cold_off (--print-code), or NULL */
    const uint8_t *is_target;
};

#define A (c->a)
#define OPU16(off) bc_u16(c->pc + (off))
#define OPU32(off) bc_u32(c->pc + (off))
#define OPI32(off) bc_i32(c->pc + (off))
#define SLOT(r) ((int32_t)(r) * 8)
#define FBSLOT(f) ((int32_t)((f) * sizeof(FeedbackSlot)))
#define TMP X64_R10

static X64Label next_label(const Ctx *c) { return c->label0 + (X64Label)(c->at + bc_ops[*c->pc].size); }
static X64Label target_label(const Ctx *c) { return c->label0 + (X64Label)bc_jump_target(c->fp->code, c->at); }

static void ld(Ctx *c, X64Reg r, uint32_t reg) { x64_mov_rm(A, r, BL_REGS, SLOT(reg)); }
/* The first load of a template: from rax when the register cache holds
 * R(reg) (only before anything clobbered rax).  Only the arithmetic,
 * compare and branch templates use it, where values form chains: each
 * use costs the instruction a pad (compile time). */
static void ld_in(Ctx *c, X64Reg r, uint32_t reg)
{
    if (c->in_slot == (int32_t)reg) {
        if (r != X64_RAX) x64_mov_rr(A, r, X64_RAX);
        c->in_used = true;
        return;
    }
    ld(c, r, reg);
    if (r == X64_RAX) c->in_slot = -1;
}
/* R(reg) is known to be an int32 at this instruction's start. */
static bool known_int(const Ctx *c, uint32_t reg) { return c->in_int && c->in_slot == (int32_t)reg; }
/* xmm0 holds R(reg) whenever that is a double. */
static bool in_xmm0(Ctx *c, uint32_t reg)
{
    if (!c->in_xmm || c->in_slot != (int32_t)reg) return false;
    c->in_used = true;
    return true;
}

/* What is known of a two-operand instruction's operands where it starts
 * (for its cold code, emitted later): in xmm0 when a double; an int32. */
enum { XMM_A = 1, XMM_B = 2, INT_A = 4, INT_B = 8 };
static int int_flags(const Ctx *c, uint32_t ra, uint32_t rb)
{
    return (known_int(c, ra) ? INT_A : 0) | (known_int(c, rb) ? INT_B : 0);
}
static int xmm_flags(Ctx *c, uint32_t ra, uint32_t rb)
{
    return (in_xmm0(c, ra) ? XMM_A : 0) | (in_xmm0(c, rb) ? XMM_B : 0) | int_flags(c, ra, rb);
}
/* Two doubles in rax and rcx (the operands a and b) into xmm0 and xmm1,
 * taking what xmm0 holds already (flags from xmm_flags). */
static void doubles_to_xmm(Ctx *c, int flags)
{
    if (flags & XMM_B) x64_movapd(A, X64_XMM1, X64_XMM0);
    else x64_movq_xr(A, X64_XMM1, X64_RCX);
    if (!(flags & XMM_A)) x64_movq_xr(A, X64_XMM0, X64_RAX);
}

/* rax = R(ra), rcx = R(rb), using the cache for either. */
static void ld2_in(Ctx *c, uint32_t ra, uint32_t rb)
{
    if (c->in_slot == (int32_t)rb && c->in_slot != (int32_t)ra) {
        x64_mov_rr(A, X64_RCX, X64_RAX);
        ld(c, X64_RAX, ra);
        c->in_used = true;
        return;
    }
    ld_in(c, X64_RAX, ra);
    ld_in(c, X64_RCX, rb);
}
static void st(Ctx *c, uint32_t reg, X64Reg r) { x64_mov_mr(A, BL_REGS, SLOT(reg), r); }
static void st_imm(Ctx *c, uint32_t reg, JSValue v)
{
    x64_mov_ri(A, X64_RAX, v);
    st(c, reg, X64_RAX);
}
/* st_imm as the whole template: it falls through with rax = R(reg), never a double. */
static void load_imm(Ctx *c, uint32_t reg, JSValue v)
{
    st_imm(c, reg, v);
    c->out_slot = (int32_t)reg;
    c->out_xmm = true;
    c->out_is_k = v == VAL_UNDEFINED || v == VAL_NULL || v == VAL_TRUE || v == VAL_FALSE;
    c->out_k = v;
}

/* ---- calls into C: the helpers in bl_helpers.def ---- */

typedef enum BlHelperId {
#define BL_HELPER(name, fn, may_gc, may_throw) BLH_##name,
#include "bl_helpers.def"
#undef BL_HELPER
} BlHelperId;

typedef struct BlHelper {
    const char *name;
    const void *fn;
    bool may_gc, may_throw;
} BlHelper;

static const BlHelper bl_helpers[] = {
#define BL_HELPER(name, fn, may_gc, may_throw) {#fn, (const void *)fn, may_gc, may_throw},
#include "bl_helpers.def"
#undef BL_HELPER
};

static void call_helper(Ctx *c, BlHelperId id) { x64_call_abs(A, bl_helpers[id].fn); }

/* ---- cold code ---- */

/* The next instruction's hot entry, made on first use (most templates
 * never jump there). */
static X64Label fnext_label(Ctx *c)
{
    if (c->fnext < 0) c->fnext = x64_label_new(A);
    return c->fnext;
}

/* Queue fn to emit cold code for the current instruction after the body;
 * returns the entry to fill in (entry is a new label, fnext the next
 * instruction's hot entry).  Out of memory: the compile fails (cold_oom;
 * the entry returned is a spare that is never emitted). */
static Cold *defer(Ctx *c, ColdFn fn)
{
    Cold *d = &c->spare;
    if (c->ncold == c->cold_cap) {
        uint32_t cap = c->cold_cap * 2;
        Cold *n = c->cold == c->cold_buf ? malloc(cap * sizeof *n) : realloc(c->cold, cap * sizeof *n);
        if (n) {
            if (c->cold == c->cold_buf) memcpy(n, c->cold_buf, sizeof c->cold_buf);
            c->cold = n;
            c->cold_cap = cap;
        } else {
            c->cold_oom = true;
        }
    }
    if (c->ncold < c->cold_cap) d = &c->cold[c->ncold++];
    d->fn = fn;
    d->at = c->at;
    d->arg = 0;
    d->fb = 0;
    d->entry = x64_label_new(A);
    d->fnext = c->fnext;
    d->l1 = d->l2 = -1;
    return d;
}

/* ---- the slow path ---- */

/* eax holds a BL_* status: go where it says. */
static void emit_dispatch_status(Ctx *c)
{
    uint8_t flags = bc_ops[*c->pc].flags;
    if (!(flags & OPF_JUMP)) {
        x64_test32_rr(A, X64_RAX, X64_RAX);
        x64_jcc(A, X64_CC_NE, c->exit);
        if (flags & OPF_TERMINAL) x64_jmp(A, c->exit);
        else if (c->in_cold) x64_jmp(A, next_label(c));
        return;   /* BL_NEXT falls through to the next instruction */
    }
    x64_alu32_ri(A, X64_CMP, X64_RAX, BL_TARGET);
    x64_jcc(A, X64_CC_E, target_label(c));
    x64_jcc(A, X64_CC_A, c->exit);
    if (flags & OPF_TERMINAL) x64_jmp(A, c->exit);
    else if (c->in_cold) x64_jmp(A, next_label(c));
}

/* Call helper(vm, bytecode offset) (bl_call) and dispatch on its status. */
static void emit_step_with(Ctx *c, BlHelperId helper)
{
    x64_mov_rr(A, X64_RDI, BL_VM);
    x64_mov_ri(A, X64_RSI, c->at);
    call_helper(c, helper);
    emit_dispatch_status(c);
}
/* The interpreter's step (bl_step) through the step stubs, which leave
 * the function's code themselves on any status but BL_NEXT / BL_TARGET. */
static void emit_step(Ctx *c)
{
    uint8_t flags = bc_ops[*c->pc].flags;
    x64_mov_ri(A, X64_RSI, c->at);
    x64_call_abs(A, (flags & OPF_JUMP) ? c->stubs->step_jump : c->stubs->step);
    if (flags & OPF_JUMP) x64_jcc(A, X64_CC_E, target_label(c));
    if (flags & OPF_TERMINAL) x64_jmp(A, c->exit);
    else if (c->in_cold) x64_jmp(A, next_label(c));
}

static void cold_step(Ctx *c, const Cold *d)
{
    x64_bind(A, d->entry);
    emit_step(c);
}
/* A new label for a fast path's bail-outs: the slow path, out of line. */
static X64Label slow_label(Ctx *c) { return defer(c, cold_step)->entry; }
/* A fast path jumps to `slow` to bail out: emit the slow path there, out
 * of line (the template's code falls into the next instruction). */
static void emit_slow(Ctx *c, X64Label slow)
{
    Cold *d = defer(c, cold_step);
    d->entry = slow;
}

/* ---- value tests ---- */

static void jump_unless_int(Ctx *c, X64Reg r, X64Label fail)
{
    x64_mov_rr(A, TMP, r);
    x64_shift_ri(A, X64_SHR, TMP, VAL_TAG_SHIFT);
    x64_alu32_ri(A, X64_CMP, TMP, (int32_t)VAL_TAG_INT);
    x64_jcc(A, X64_CC_NE, fail);
}

/* jump_unless_int for r = R(reg): when r was loaded from the frame (not
 * the register cache: `cached`), the tag is compared there -- one
 * instruction where the test on r takes three.  The flags are the same
 * (above: not a number, below: a double); an int32 JSValue has zeros
 * between its tag and its 32-bit payload (val_from_int), and a value
 * that had not would only take the slow path. */
static void jump_unless_int_at(Ctx *c, X64Reg r, uint32_t reg, bool cached, X64Label fail)
{
    if (cached) {
        jump_unless_int(c, r, fail);
        return;
    }
    x64_alu32_mi(A, X64_CMP, BL_REGS, SLOT(reg) + 4, (int32_t)(VAL_TAG_INT << 16));
    x64_jcc(A, X64_CC_NE, fail);
}

/* rax = R(ra), rcx = R(rb) (ld2_in), each checked to be an int32 unless
 * known to be one (known_a, known_b): else a jump to `fail`. */
static void ld2_int32(Ctx *c, uint32_t ra, uint32_t rb, bool known_a, bool known_b, X64Label fail)
{
    bool ca = c->in_slot == (int32_t)ra, cb = c->in_slot == (int32_t)rb;
    ld2_in(c, ra, rb);
    if (!known_a) jump_unless_int_at(c, X64_RAX, ra, ca, fail);
    if (!known_b) jump_unless_int_at(c, X64_RCX, rb, cb, fail);
}

/* r holds a value; continue with r = the JSObject* when it is an object. */
static void untag_cell(Ctx *c, X64Reg r) { bl_untag_cell(A, r); }

static void jump_if_value(Ctx *c, X64Reg r, JSValue v, X64Cond cc, X64Label l)
{
    x64_mov_ri(A, TMP, v);
    x64_alu_rr(A, X64_CMP, r, TMP);
    x64_jcc(A, cc, l);
}

/* Type feedback: set `bits` in slot fb's types -- one `or` to memory
 * every time, 8 bytes.  Testing first and setting out of line (a load and
 * a branch not taken in the steady state) took 27 bytes a type a site
 * (5.7% of all code) and measured no faster (docs/tiers.md, session 14).
 * Clobbers the flags. */
static void record_type(Ctx *c, uint32_t fb, uint8_t bits)
{
    int32_t types = FBSLOT(fb) + (int32_t)offsetof(FeedbackSlot, types);
    x64_or8_mi(A, BL_FBV, types, bits);
}
static void record_int(Ctx *c, uint32_t fb) { record_type(c, fb, FB_TYPE_INT32); }

/* [holder cell] slot = value with the plan's barrier: holder in rdi-free
 * registers is passed as (holder, slot address, value). */
static void store_barriered(Ctx *c, X64Reg holder, X64Reg slot_addr, X64Reg value)
{
    if (!c->barrier) {
        x64_mov_mr(A, slot_addr, 0, value);
        return;
    }
    /* heap_barrier_value(vm, holder, slot, value): move into rsi/rdx/rcx
     * without clobbering (the callers pass r8, r9, r11). */
    x64_mov_rr(A, X64_RSI, holder);
    x64_mov_rr(A, X64_RDX, slot_addr);
    x64_mov_rr(A, X64_RCX, value);
    x64_mov_rr(A, X64_RDI, BL_VM);
    call_helper(c, BLH_barrier);
}

/* ---- templates: moves and constants ---- */

#define STEP_ONLY(name) \
    static void emit_##name(Ctx *c) { emit_step(c); }

/* The slow path called directly: helper(vm, fr, pc) of bl_ops.c -- the
 * interpreter's case for the instruction without interp_step's dispatch
 * around it -- and its BL_* status. */
static void emit_op_helper(Ctx *c, BlHelperId helper)
{
    x64_mov_rr(A, X64_RDI, BL_VM);
    x64_mov_rr(A, X64_RSI, BL_FR);
    x64_mov_ri(A, X64_RDX, (uint64_t)(uintptr_t)c->pc);
    call_helper(c, helper);
    emit_dispatch_status(c);
}
#define OP_HELPER(name, helper) \
    static void emit_##name(Ctx *c) { emit_op_helper(c, BLH_##helper); }

static void emit_NOP(Ctx *c) { (void)c; }
static void emit_DEBUGGER(Ctx *c) { (void)c; }
static void emit_MOV(Ctx *c)
{
    ld(c, X64_RAX, OPU16(3));
    st(c, OPU16(1), X64_RAX);
    c->out_slot = OPU16(1);
}
static void emit_LOAD_CONST(Ctx *c)
{
    /* read at run time: a moving GC updates the constant in place */
    x64_mov_ri(A, X64_RAX, (uint64_t)(uintptr_t)&c->fp->consts[OPU32(3)]);
    x64_mov_rm(A, X64_RAX, X64_RAX, 0);
    st(c, OPU16(1), X64_RAX);
    x64_movq_xr(A, X64_XMM0, X64_RAX);   /* for double arithmetic next */
    c->out_slot = OPU16(1);
    c->out_xmm = true;
}
static void emit_LOAD_INT(Ctx *c)
{
    load_imm(c, OPU16(1), val_from_int(OPI32(3)));
    c->out_int = true;
}
static void emit_LOAD_UNDEF(Ctx *c) { load_imm(c, OPU16(1), VAL_UNDEFINED); }
static void emit_LOAD_NULL(Ctx *c) { load_imm(c, OPU16(1), VAL_NULL); }
static void emit_LOAD_TRUE(Ctx *c) { load_imm(c, OPU16(1), VAL_TRUE); }
static void emit_LOAD_FALSE(Ctx *c) { load_imm(c, OPU16(1), VAL_FALSE); }
static void emit_LOAD_UNINIT(Ctx *c) { load_imm(c, OPU16(1), VAL_UNINIT); }

static void check_not_uninit(Ctx *c)
{
    X64Label slow = slow_label(c);
    ld(c, X64_RAX, OPU16(1));
    jump_if_value(c, X64_RAX, VAL_UNINIT, X64_CC_E, slow);
    c->out_slot = OPU16(1);
}
static void emit_CHECK_TDZ(Ctx *c) { check_not_uninit(c); }
static void emit_CHECK_THIS(Ctx *c) { check_not_uninit(c); }

static void load_frame_field(Ctx *c, size_t field)
{
    x64_mov_rm(A, X64_RAX, BL_FR, (int32_t)field);
    st(c, OPU16(1), X64_RAX);
}
static void emit_LOAD_CALLEE(Ctx *c) { load_frame_field(c, offsetof(Frame, callee)); }
static void emit_LOAD_NEW_TARGET(Ctx *c) { load_frame_field(c, offsetof(Frame, new_target)); }
static void emit_LOAD_GLOBAL_THIS(Ctx *c)
{
    x64_mov_rm(A, X64_RAX, BL_VM, (int32_t)offsetof(VM, global));
    st(c, OPU16(1), X64_RAX);
}

/* ---- environments ---- */

STEP_ONLY(PUSH_ENV)
STEP_ONLY(COPY_ENV)
static void emit_POP_ENV(Ctx *c)
{
    x64_mov_rm(A, X64_RAX, BL_FR, (int32_t)offsetof(Frame, env));
    untag_cell(c, X64_RAX);
    x64_mov_rm(A, X64_RAX, X64_RAX, (int32_t)offsetof(JSEnv, parent));
    x64_mov_mr(A, BL_FR, (int32_t)offsetof(Frame, env), X64_RAX);
}
static void emit_GET_ENV(Ctx *c) { load_frame_field(c, offsetof(Frame, env)); }
static void emit_SET_ENV(Ctx *c)
{
    ld(c, X64_RAX, OPU16(1));
    x64_mov_mr(A, BL_FR, (int32_t)offsetof(Frame, env), X64_RAX);
}

/* rax = the JSEnv* `depth` levels up from the frame's environment. */
static void env_up(Ctx *c, uint32_t depth)
{
    x64_mov_rm(A, X64_RAX, BL_FR, (int32_t)offsetof(Frame, env));
    untag_cell(c, X64_RAX);
    while (depth--) {
        x64_mov_rm(A, X64_RAX, X64_RAX, (int32_t)offsetof(JSEnv, parent));
        untag_cell(c, X64_RAX);
    }
}
static void emit_LOAD_ENV(Ctx *c)
{
    env_up(c, OPU16(3));
    x64_mov_rm(A, X64_RAX, X64_RAX, (int32_t)(offsetof(JSEnv, vars) + (size_t)OPU16(5) * 8));
    st(c, OPU16(1), X64_RAX);
    c->out_slot = OPU16(1);
}
static void emit_STORE_ENV(Ctx *c)
{
    env_up(c, OPU16(1));
    x64_mov_rr(A, X64_R8, X64_RAX);
    x64_lea(A, X64_R9, X64_RAX, (int32_t)(offsetof(JSEnv, vars) + (size_t)OPU16(3) * 8));
    ld(c, X64_R11, OPU16(5));
    store_barriered(c, X64_R8, X64_R9, X64_R11);
}
static void emit_LOAD_ENV_CHECK(Ctx *c)
{
    X64Label slow = x64_label_new(A);
    env_up(c, OPU16(3));
    x64_mov_rm(A, X64_RAX, X64_RAX, (int32_t)(offsetof(JSEnv, vars) + (size_t)OPU16(5) * 8));
    jump_if_value(c, X64_RAX, VAL_UNINIT, X64_CC_E, slow);
    st(c, OPU16(1), X64_RAX);
    emit_slow(c, slow);
    c->out_slot = OPU16(1);
}

/* ---- globals ---- */

/* The global IC (entry 0 of the slot, which set_global_entry fills: its
 * `proto` is the global lexical scope or the global object it names):
 * rax = that scope or object's slots ValArray, bails to `slow` unless the
 * epoch and shape match; leaves rcx = the address of the value slot.
 * The epoch goes first: an unused entry (zeros, also once
 * megamorphic) has epoch 0, which the VM's never is, so its `proto` is
 * never read.  No check for an uninitialized binding (the interpreter's
 * ic_global_get keeps one): feedback.c caches a lexical binding only
 * once it is initialized, and a binding never returns to its TDZ --
 * a new one changes the scope's shape. */
static void global_ic(Ctx *c, uint32_t fb, X64Label slow)
{
    int32_t e = FBSLOT(fb) + (int32_t)offsetof(FeedbackSlot, u.prop);
    x64_mov32_rm(A, X64_RDX, BL_VM, (int32_t)offsetof(VM, proto_epoch));
    x64_alu32_rm(A, X64_CMP, X64_RDX, BL_FBV, e + (int32_t)offsetof(PropIcEntry, epoch));
    x64_jcc(A, X64_CC_NE, slow);
    x64_mov_rm(A, X64_RAX, BL_FBV, e + (int32_t)offsetof(PropIcEntry, proto));
    untag_cell(c, X64_RAX);
    x64_mov_rm(A, X64_RDX, X64_RAX, (int32_t)offsetof(JSObject, shape));
    x64_alu_rm(A, X64_CMP, X64_RDX, BL_FBV, e + (int32_t)offsetof(PropIcEntry, shape));
    x64_jcc(A, X64_CC_NE, slow);
    x64_mov_rm(A, X64_RAX, X64_RAX, (int32_t)offsetof(JSObject, slots));
    x64_mov32_rm(A, X64_RDX, BL_FBV, e + (int32_t)offsetof(PropIcEntry, slot));
    x64_lea_rmi(A, X64_RCX, X64_RAX, X64_RDX, 8, (int32_t)offsetof(ValArray, v));
}

static void emit_GET_GLOBAL(Ctx *c)
{
    global_ic(c, OPU32(7), slow_label(c));
    x64_mov_rm(A, X64_RAX, X64_RCX, 0);
    st(c, OPU16(1), X64_RAX);
    c->out_slot = OPU16(1);
}
static void emit_GET_GLOBAL_TYPEOF(Ctx *c)
{
    global_ic(c, OPU32(7), slow_label(c));
    x64_mov_rm(A, X64_RAX, X64_RCX, 0);
    st(c, OPU16(1), X64_RAX);
    c->out_slot = OPU16(1);
}
static void emit_SET_GLOBAL(Ctx *c)
{
    X64Label slow = x64_label_new(A);
    global_ic(c, OPU32(7), slow);
    x64_mov_rr(A, X64_R8, X64_RAX);            /* the slots ValArray */
    x64_mov_rr(A, X64_R9, X64_RCX);
    ld(c, X64_R11, OPU16(5));
    store_barriered(c, X64_R8, X64_R9, X64_R11);
    emit_slow(c, slow);
}
STEP_ONLY(DECLARE_VAR)
STEP_ONLY(DECLARE_FUNC)
STEP_ONLY(DECLARE_LEX)
STEP_ONLY(INIT_LEX)

/* ---- properties ---- */

/* The first entry's common case, tested without a loop: rax (a JSObject*)
 * has entry 0's shape and entry 0 is an own data property (pad == 0, see
 * FB_ENTRY_HOLDER).  Jumps to `other` for another shape, to `not_own`
 * for entry 0's shape with another kind of entry (a prototype's property,
 * a getter, a transition); on a hit leaves rdx = the slots ValArray and
 * rcx = the slot index.  Clobbers rsi. */
static void ic_own0(Ctx *c, uint32_t fb, X64Label other, X64Label not_own)
{
    int32_t e = FBSLOT(fb) + (int32_t)offsetof(FeedbackSlot, u.prop);
    x64_mov_rm(A, X64_RSI, X64_RAX, (int32_t)offsetof(JSObject, shape));
    x64_alu_rm(A, X64_CMP, X64_RSI, BL_FBV, e + (int32_t)offsetof(PropIcEntry, shape));
    x64_jcc(A, X64_CC_NE, other);
    x64_cmp8_mi(A, BL_FBV, e + (int32_t)offsetof(PropIcEntry, pad), 0);
    x64_jcc(A, X64_CC_NE, not_own);
    x64_mov32_rm(A, X64_RCX, BL_FBV, e + (int32_t)offsetof(PropIcEntry, slot));
    x64_mov_rm(A, X64_RDX, X64_RAX, (int32_t)offsetof(JSObject, slots));
}

/* Call the property IC stub `stub` (bl_stubs.c: ic_find, ic_get or
 * ic_get_prim) for feedback slot fb: rdx = the slot. */
static void call_ic_stub(Ctx *c, const void *stub, uint32_t fb)
{
    x64_lea(A, X64_RDX, BL_FBV, FBSLOT(fb));
    x64_call_abs(A, stub);
}

/* GET_PROP's other cases, out of line: entry = an object that is not an
 * array (for `length`) or missed IC entry 0, l3 = entry 0's shape but not
 * an own data property (a method on a prototype), l1 = not an object, l2
 * = the slow path.  Past `length`, entry and l1 are one call of ic_get_any. */
static void cold_get_prop(Ctx *c, const Cold *d)
{
    bool is_length = d->arg;
    X64Label hit = x64_label_new(A), slow = d->l2;
    x64_bind(A, d->entry);
    if (is_length) {
        X64Label other = x64_label_new(A);
        ic_own0(c, OPU32(9), other, d->l3);
        x64_mov_rmi(A, X64_RAX, X64_RDX, X64_RCX, 8, (int32_t)offsetof(ValArray, v));
        st(c, OPU16(1), X64_RAX);
        x64_jmp(A, d->fnext);                  /* rax = R(a) */
        x64_bind(A, other);
        call_ic_stub(c, c->stubs->ic_get, OPU32(9));
    } else {
        x64_bind(A, d->l1);
        call_ic_stub(c, c->stubs->ic_get_any, OPU32(9));
    }
    x64_bind(A, hit);                          /* rax = the value's address, or 0 */
    x64_test_rr(A, X64_RAX, X64_RAX);
    x64_jcc(A, X64_CC_E, slow);
    x64_mov_rm(A, X64_RAX, X64_RAX, 0);
    st(c, OPU16(1), X64_RAX);
    x64_jmp(A, d->fnext);                      /* rax = R(a) */
    x64_bind(A, d->l3);                        /* entry 0 found: no search */
    x64_lea(A, X64_RDX, BL_FBV, FBSLOT(OPU32(9)) + (int32_t)offsetof(FeedbackSlot, u.prop));
    x64_call_abs(A, c->stubs->ic_get_entry);
    x64_jmp(A, hit);
    if (is_length) {
        /* a string's length */
        x64_bind(A, d->l1);
        _Static_assert(CELL_STRING == 0 && CELL_ROPE == 1, "string kinds first");
        x64_cmp8_mi(A, X64_RAX, 1, CELL_ROPE);
        x64_jcc(A, X64_CC_A, slow);
        _Static_assert(offsetof(JSString, length) == offsetof(JSRope, length), "one length field");
        x64_mov32_rm(A, X64_RCX, X64_RAX, (int32_t)offsetof(JSString, length));
        x64_test32_rr(A, X64_RCX, X64_RCX);
        x64_jcc(A, X64_CC_S, slow);
        x64_alu_rr(A, X64_OR, X64_RCX, BL_INTTAG);
        st(c, OPU16(1), X64_RCX);
        x64_jmp(A, next_label(c));
    }
    x64_bind(A, slow);
    emit_step(c);
}

static void emit_GET_PROP(Ctx *c)
{
    bool is_length = c->fp->consts[OPU32(5)] == vm_atom(c->vm, ATOM_length);
    fnext_label(c);
    Cold *d = defer(c, cold_get_prop);
    d->arg = is_length;
    d->l1 = x64_label_new(A);
    d->l2 = x64_label_new(A);
    d->l3 = x64_label_new(A);
    X64Label other = d->entry, not_obj = d->l1, slow = d->l2;
    ld(c, X64_RAX, OPU16(3));
    x64_mov_rr(A, TMP, X64_RAX);
    x64_shift_ri(A, X64_SHR, TMP, VAL_TAG_SHIFT);
    x64_alu32_ri(A, X64_CMP, TMP, (int32_t)VAL_TAG_CELL);
    x64_jcc(A, X64_CC_NE, slow);
    untag_cell(c, X64_RAX);
    x64_cmp8_mi(A, X64_RAX, 1, CELL_OBJECT);   /* kind: header bits 8..15 */
    x64_jcc(A, X64_CC_NE, not_obj);
    if (is_length) {
        /* array.length; other objects out of line */
        x64_movzx16_rm(A, X64_RCX, X64_RAX, (int32_t)offsetof(JSObject, cls));
        x64_alu32_ri(A, X64_CMP, X64_RCX, CLS_ARRAY);
        x64_jcc(A, X64_CC_NE, other);
        x64_mov32_rm(A, X64_RAX, X64_RAX, (int32_t)offsetof(JSObject, length));
        x64_test32_rr(A, X64_RAX, X64_RAX);
        x64_jcc(A, X64_CC_S, slow);              /* > INT32_MAX: a double */
        x64_alu_rr(A, X64_OR, X64_RAX, BL_INTTAG);
    } else {
        ic_own0(c, OPU32(9), other, d->l3);
        x64_mov_rmi(A, X64_RAX, X64_RDX, X64_RCX, 8, (int32_t)offsetof(ValArray, v));
    }
    st(c, OPU16(1), X64_RAX);
    c->out_slot = OPU16(1);
}

/* obj (a JSObject*) may take a new property by a shape transition alone:
 * extensible, and not a prototype (whose changes bump the epoch).
 * Clobbers scratch. */
static void jump_unless_adds_plainly(Ctx *c, X64Reg obj, X64Reg scratch, X64Label slow)
{
    x64_movzx16_rm(A, scratch, obj, (int32_t)offsetof(JSObject, flags));
    x64_alu32_ri(A, X64_AND, scratch, OBJ_EXTENSIBLE | OBJ_IS_PROTO);
    x64_alu32_ri(A, X64_CMP, scratch, OBJ_EXTENSIBLE);
    x64_jcc(A, X64_CC_NE, slow);
}

/* SET_PROP hit on entry rdx of a transition (pad == FB_ENTRY_HOLDER: the
 * holder is the shape after adding the property), rax = the object: what
 * the interpreter's ic_set does -- same epoch and prototype, an extensible
 * non-prototype object whose slots have room -- then the new shape and the
 * value.  Only without a write barrier (the shape store would need one). */
static void set_transition(Ctx *c, X64Label slow)
{
    x64_cmp8_mi(A, X64_RDX, (int32_t)offsetof(PropIcEntry, pad), FB_ENTRY_HOLDER);
    x64_jcc(A, X64_CC_NE, slow);
    x64_mov32_rm(A, X64_RSI, BL_VM, (int32_t)offsetof(VM, proto_epoch));
    x64_mov32_rm(A, TMP, X64_RDX, (int32_t)offsetof(PropIcEntry, epoch));
    x64_alu_rr(A, X64_CMP, X64_RSI, TMP);
    x64_jcc(A, X64_CC_NE, slow);
    x64_mov_rm(A, X64_RSI, X64_RAX, (int32_t)offsetof(JSObject, proto));
    x64_alu_rm(A, X64_CMP, X64_RSI, X64_RDX, (int32_t)offsetof(PropIcEntry, proto));
    x64_jcc(A, X64_CC_NE, slow);
    jump_unless_adds_plainly(c, X64_RAX, X64_RSI, slow);
    x64_mov_rm(A, X64_RCX, X64_RDX, (int32_t)offsetof(PropIcEntry, holder));
    untag_cell(c, X64_RCX);                                        /* the new Shape */
    x64_mov_rm(A, X64_R8, X64_RAX, (int32_t)offsetof(JSObject, slots));
    x64_test_rr(A, X64_R8, X64_R8);
    x64_jcc(A, X64_CC_E, slow);
    x64_mov32_rm(A, X64_RSI, X64_RCX, (int32_t)offsetof(Shape, slot_count));
    x64_mov32_rm(A, TMP, X64_R8, (int32_t)offsetof(ValArray, capacity));
    x64_alu_rr(A, X64_CMP, TMP, X64_RSI);
    x64_jcc(A, X64_CC_B, slow);                                    /* the slots must grow first */
    x64_mov_mr(A, X64_RAX, (int32_t)offsetof(JSObject, shape), X64_RCX);
    x64_mov32_rm(A, X64_RCX, X64_RDX, (int32_t)offsetof(PropIcEntry, slot));
    ld(c, X64_R11, OPU16(7));
    x64_mov_mri(A, X64_R8, X64_RCX, 8, (int32_t)offsetof(ValArray, v), X64_R11);
}

/* SET_PROP's other IC entries and transitions, out of line: entry = IC
 * entry 0 missed, l3 = entry 0's shape but not an own data property (a
 * transition), l1 = the own-property store (back in line), l2 = the slow
 * path. */
static void cold_set_prop(Ctx *c, const Cold *d)
{
    X64Label slow = d->l2, found = x64_label_new(A);
    x64_bind(A, d->l3);                        /* entry 0's shape: no search */
    x64_lea(A, X64_RDX, BL_FBV, FBSLOT(OPU32(9)) + (int32_t)offsetof(FeedbackSlot, u.prop));
    x64_jmp(A, found);
    x64_bind(A, d->entry);
    call_ic_stub(c, c->stubs->ic_find, OPU32(9));
    x64_test_rr(A, X64_RDX, X64_RDX);
    x64_jcc(A, X64_CC_E, slow);
    x64_bind(A, found);
    X64Label transition = x64_label_new(A);
    x64_cmp8_mi(A, X64_RDX, (int32_t)offsetof(PropIcEntry, pad), 0);   /* own writable data property */
    x64_jcc(A, X64_CC_NE, c->barrier ? slow : transition);
    x64_mov32_rm(A, X64_RCX, X64_RDX, (int32_t)offsetof(PropIcEntry, slot));
    x64_mov_rm(A, X64_RDX, X64_RAX, (int32_t)offsetof(JSObject, slots));
    x64_jmp(A, d->l1);
    if (!c->barrier) {
        x64_bind(A, transition);
        set_transition(c, slow);
        x64_jmp(A, next_label(c));
    }
    x64_bind(A, slow);
    emit_step(c);
}

static void emit_SET_PROP(Ctx *c)
{
    Cold *d = defer(c, cold_set_prop);
    d->l1 = x64_label_new(A);
    d->l2 = x64_label_new(A);
    d->l3 = x64_label_new(A);
    X64Label other = d->entry, own = d->l1, slow = d->l2;
    ld(c, X64_RAX, OPU16(1));
    bl_unbox_object_or(A, X64_RAX, TMP, slow);
    ic_own0(c, OPU32(9), other, d->l3);
    x64_bind(A, own);
    /* rdx = the slots ValArray, rcx = the slot */
    x64_mov_rr(A, X64_R8, X64_RDX);
    x64_shift_ri(A, X64_SHL, X64_RCX, 3);
    x64_lea(A, X64_R9, X64_RDX, (int32_t)offsetof(ValArray, v));
    x64_alu_rr(A, X64_ADD, X64_R9, X64_RCX);
    ld(c, X64_R11, OPU16(7));
    store_barriered(c, X64_R8, X64_R9, X64_R11);
}

/* The bounds check of a dense element, shared by the element templates
 * and the array walk of FOR_OF_NEXT / ITER_NEXT: obj = the JSObject*, idx
 * = the index zero-extended (an int32; a negative one compares above
 * every bound as unsigned -- a capacity never reaches 2^31 elements, 16
 * GiB, so it always fails the capacity check).  Leaves elems = the
 * elements ValArray; goes to `past_length` when idx >= length, to `slow`
 * when there are no elements or idx >= capacity. */
static void elem_bounds(Ctx *c, X64Reg obj, X64Reg idx, X64Reg elems, X64Label past_length, X64Label slow)
{
    x64_alu32_rm(A, X64_CMP, idx, obj, (int32_t)offsetof(JSObject, length));
    x64_jcc(A, X64_CC_AE, past_length);
    x64_mov_rm(A, elems, obj, (int32_t)offsetof(JSObject, elements));
    x64_test_rr(A, elems, elems);
    x64_jcc(A, X64_CC_E, slow);
    x64_alu32_rm(A, X64_CMP, idx, elems, (int32_t)offsetof(ValArray, capacity));
    x64_jcc(A, X64_CC_AE, slow);
}

/* rax = obj (JSObject*), rcx = the key value: goes to `slow` unless the
 * key is an int32; then rcx = the index zero-extended, and every other
 * way out (elem_bounds) goes to `other` with rax and rcx so (the
 * typed-array entry of cold_elem); leaves r8 = the elements ValArray with
 * 0 <= i < length, i < capacity. */
static void element_bounds(Ctx *c, X64Label slow, X64Label other)
{
    jump_unless_int(c, X64_RCX, slow);
    x64_mov32_rr(A, X64_RCX, X64_RCX);
    elem_bounds(c, X64_RAX, X64_RCX, X64_R8, other, other);
}

/* rax = val_number(xmm0): an int32 when exact and not -0, else the double
 * (NaN canonicalized).  Clobbers rcx, xmm1. */
static void box_number(X64Asm *a)
{
    X64Label dbl = x64_label_new(a), boxed = x64_label_new(a), nonzero = x64_label_new(a);
    x64_cvttsd2si32(a, X64_RCX, X64_XMM0);
    x64_cvtsi2sd32(a, X64_XMM1, X64_RCX);
    x64_ucomisd(a, X64_XMM0, X64_XMM1);
    x64_jcc(a, X64_CC_P, dbl);
    x64_jcc(a, X64_CC_NE, dbl);
    x64_test32_rr(a, X64_RCX, X64_RCX);
    x64_jcc(a, X64_CC_NE, nonzero);
    x64_movq_rx(a, X64_RAX, X64_XMM0);
    x64_test_rr(a, X64_RAX, X64_RAX);
    x64_jcc(a, X64_CC_S, dbl);                 /* -0 */
    x64_bind(a, nonzero);
    x64_mov32_rr(a, X64_RAX, X64_RCX);
    x64_alu_rr(a, X64_OR, X64_RAX, BL_INTTAG);
    x64_jmp(a, boxed);
    x64_bind(a, dbl);
    x64_movq_rx(a, X64_RAX, X64_XMM0);
    x64_ucomisd(a, X64_XMM0, X64_XMM0);
    x64_jcc(a, X64_CC_NP, boxed);
    x64_mov_ri(a, X64_RAX, VAL_NAN_BITS);
    x64_bind(a, boxed);
}

/* GET_ELEM's and SET_ELEM's typed-array half, in their out-of-line code
 * where the dense-array path bailed with rax = a JSObject* and rcx = an
 * int32 index zero-extended (set: r9 = the value).  Float64Array
 * elements in machine code at the site (the arrays of float code: a call
 * there measured fluid 12% slower), other kinds through the stubs
 * ta_get / ta_set, one call of the typed array element path
 * (engine/typedarray.h: it never allocates or throws, and declines what
 * it does not handle). */

/* rax = a typed array (JSTypedArray*), rcx = the index: rdx + rcx*8 +
 * offsetof(Bytes, data) = the address of a Float64Array's element, or a
 * jump to `other` (another kind, or a resizable or detached buffer) or
 * `fail` (an index not in 0..length-1). */
static void emit_ta_f64_addr(X64Asm *a, X64Label other, X64Label fail)
{
    /* a negative index fails the length check (unsigned), and the C path
     * (ta_jit_get_elem / ta_jit_set_elem) refuses it */
    x64_movzx16_rm(a, X64_RDX, X64_RAX, (int32_t)offsetof(JSTypedArray, kind));
    x64_alu32_ri(a, X64_CMP, X64_RDX, TA_Float64);
    x64_jcc(a, X64_CC_NE, other);
    x64_mov_rm(a, X64_RDX, X64_RAX, (int32_t)offsetof(JSTypedArray, buffer));
    bl_untag_cell(a, X64_RDX);
    _Static_assert((AB_RESIZABLE | AB_DETACHED) <= 0xFF, "flags tested as a byte");
    x64_test8_mi(a, X64_RDX, (int32_t)offsetof(JSArrayBuffer, flags), AB_RESIZABLE | AB_DETACHED);
    x64_jcc(a, X64_CC_NE, other);
    /* not resizable, not detached: t->length is the length (ta_length) */
    x64_alu32_rm(a, X64_CMP, X64_RCX, X64_RAX, (int32_t)offsetof(JSTypedArray, length));
    x64_jcc(a, X64_CC_AE, fail);
    x64_mov_rm(a, X64_RDX, X64_RDX, (int32_t)offsetof(JSArrayBuffer, data));
    bl_untag_cell(a, X64_RDX);
    x64_mov32_rm(a, X64_R8, X64_RAX, (int32_t)offsetof(JSTypedArray, byte_offset));
    x64_alu_rr(a, X64_ADD, X64_RDX, X64_R8);
}

/* The Float64Array element (rax = a JSObject*, rcx = an int32 index
 * zero-extended; set: r9 = the value): falls through done (get: rax =
 * the element), or jumps to `other` (another kind: the ta_get / ta_set
 * stubs) or `fail` (not a typed array, out of range, not a number).
 * Clobbers rdx, r8, r10, xmm0, xmm1 (get: rcx). */
static void ta_f64(X64Asm *a, bool set, X64Label other, X64Label fail)
{
    x64_movzx16_rm(a, X64_RDX, X64_RAX, (int32_t)offsetof(JSObject, cls));
    x64_alu32_ri(a, X64_CMP, X64_RDX, CLS_TYPED_ARRAY);
    x64_jcc(a, X64_CC_NE, fail);
    emit_ta_f64_addr(a, other, fail);
    const int32_t data = (int32_t)offsetof(Bytes, data);
    if (set) {
        /* a number: a double's bits as they are (NaN is canonical), an
         * int32 converted; anything else is the C path's */
        X64Label store = x64_label_new(a);
        x64_alu_rr(a, X64_CMP, X64_R9, BL_INTTAG);
        x64_jcc(a, X64_CC_B, store);
        bl_cmp_tag(a, X64_R9, X64_R10, VAL_TAG_INT);
        x64_jcc(a, X64_CC_NE, fail);
        x64_cvtsi2sd32(a, X64_XMM0, X64_R9);
        x64_movq_rx(a, X64_R9, X64_XMM0);
        x64_bind(a, store);
        x64_mov_mri(a, X64_RDX, X64_RCX, 8, data, X64_R9);   /* raw bytes: no barrier */
    } else {
        x64_mov_rmi(a, X64_RAX, X64_RDX, X64_RCX, 8, data);
        x64_movq_xr(a, X64_XMM0, X64_RAX);
        box_number(a);                               /* ta_load's val_number */
    }
}

/* The out-of-line code of GET_ELEM / SET_ELEM: at l1 (the dense-array
 * path bailed with rax = a JSObject*, rcx = an int32 index zero-extended)
 * a typed array's element (ta_f64, other kinds through the
 * ta_get / ta_set stubs), then at the entry (anything else: not an
 * object, a key not an int32, a hole) the C path. */
static void cold_elem(Ctx *c, const Cold *d)
{
    bool set = d->arg;
    X64Label other = x64_label_new(A);
    x64_bind(A, d->l1);
    if (set) ld(c, X64_R9, OPU16(5));
    ta_f64(A, set, other, d->entry);
    if (!set) st(c, OPU16(1), X64_RAX);
    x64_jmp(A, next_label(c));
    x64_bind(A, other);
    x64_call_abs(A, set ? c->stubs->ta_set : c->stubs->ta_get);
    x64_jcc(A, X64_CC_E, d->entry);
    if (!set) st(c, OPU16(1), X64_RAX);
    x64_jmp(A, next_label(c));
    x64_bind(A, d->entry);
    emit_op_helper(c, set ? BLH_op_set_elem : BLH_op_get_elem);
}

static void emit_GET_ELEM(Ctx *c)
{
    Cold *d = defer(c, cold_elem);
    d->l1 = x64_label_new(A);
    X64Label slow = d->entry;
    ld(c, X64_RAX, OPU16(3));
    ld(c, X64_RCX, OPU16(5));
    bl_unbox_object_or(A, X64_RAX, TMP, slow);
    element_bounds(c, slow, d->l1);
    x64_mov_rmi(A, X64_RAX, X64_R8, X64_RCX, 8, (int32_t)offsetof(ValArray, v));
    jump_if_value(c, X64_RAX, VAL_HOLE, X64_CC_E, slow);
    st(c, OPU16(1), X64_RAX);
    c->out_slot = OPU16(1);
}

static void emit_SET_ELEM(Ctx *c)
{
    Cold *d = defer(c, cold_elem);
    d->arg = true;
    d->l1 = x64_label_new(A);
    X64Label slow = d->entry;
    ld(c, X64_RAX, OPU16(1));
    ld(c, X64_RCX, OPU16(3));
    bl_unbox_object_or(A, X64_RAX, TMP, slow);
    jump_unless_int(c, X64_RCX, slow);
    x64_mov32_rr(A, X64_RCX, X64_RCX);
    /* not an array: a typed array's entry (rax, rcx as it needs them) */
    x64_movzx16_rm(A, X64_RDX, X64_RAX, (int32_t)offsetof(JSObject, cls));
    x64_alu32_ri(A, X64_CMP, X64_RDX, CLS_ARRAY);
    x64_jcc(A, X64_CC_NE, d->l1);
    x64_movzx16_rm(A, X64_RDX, X64_RAX, (int32_t)offsetof(JSObject, flags));
    x64_alu32_ri(A, X64_AND, X64_RDX, OBJ_FROZEN_ELEMENTS | OBJ_SPARSE);
    x64_jcc(A, X64_CC_NE, slow);
    elem_bounds(c, X64_RAX, X64_RCX, X64_R8, slow, slow);
    x64_lea_rmi(A, X64_R9, X64_R8, X64_RCX, 8, (int32_t)offsetof(ValArray, v));
    x64_mov_ri(A, TMP, VAL_HOLE);
    x64_alu_rm(A, X64_CMP, TMP, X64_R9, 0);
    x64_jcc(A, X64_CC_E, slow);
    ld(c, X64_R11, OPU16(5));
    store_barriered(c, X64_R8, X64_R9, X64_R11);
}

STEP_ONLY(DELETE_PROP)
STEP_ONLY(DELETE_ELEM)
STEP_ONLY(GET_SUPER)
STEP_ONLY(SET_SUPER)
STEP_ONLY(DEFINE_OWN)
STEP_ONLY(COPY_DATA_PROPS)
STEP_ONLY(SET_HOME_OBJECT)
STEP_ONLY(PRIV_NAME)
STEP_ONLY(PRIV_GET)
STEP_ONLY(PRIV_SET)
STEP_ONLY(PRIV_HAS)
STEP_ONLY(PRIV_DEFINE)

/* ---- object creation ---- */

/* heap_alloc's fast paths (engine/heap.h) in machine code: rax = a new
 * cell of `bytes` (a multiple of 8) with its header written, or a jump to
 * `slow`, where the instruction's C path allocates (heap_alloc_slow and
 * collections, --gc-stress, allocation-site tracking).  First the bump
 * pointer (semispace, markcompact, the generational nurseries, nogc),
 * then the exact-size free lists (marksweep); a plan with neither (rc)
 * always goes to `slow`.  Everything is read from the heap at run time,
 * so a plan may change its spaces without recompiling.  Not inline:
 * --gc-stress (stress_every counts allocations in C) and allocation
 * sites (sites != NULL: generational plans with --pretenure; the site's
 * sampling and pretenuring are C's -- without a table h->pretenure is
 * never set, allocsite.h).  Clobbers rcx, rdx. */
static void inline_alloc(Ctx *c, CellKind kind, size_t bytes, X64Label slow)
{
    const int32_t h = (int32_t)offsetof(VM, heap);
    X64Label list = x64_label_new(A), have = x64_label_new(A);
    _Static_assert(sizeof(uint32_t) == sizeof(((Heap *)0)->stress_every), "stress_every is a dword");
    x64_alu_mi(A, X64_CMP, BL_VM, h + (int32_t)offsetof(Heap, sites), 0);
    x64_jcc(A, X64_CC_NE, slow);
    x64_alu32_mi(A, X64_CMP, BL_VM, h + (int32_t)offsetof(Heap, stress_every), 0);
    x64_jcc(A, X64_CC_NE, slow);
    /* bump: [bump, bump + bytes) within bump_limit (bump NULL: no bump space) */
    x64_mov_rm(A, X64_RAX, BL_VM, h + (int32_t)offsetof(Heap, bump));
    x64_test_rr(A, X64_RAX, X64_RAX);
    x64_jcc(A, X64_CC_E, list);
    x64_lea(A, X64_RDX, X64_RAX, (int32_t)bytes);
    x64_alu_rm(A, X64_CMP, X64_RDX, BL_VM, h + (int32_t)offsetof(Heap, bump_limit));
    x64_jcc(A, X64_CC_A, list);
    x64_mov_mr(A, BL_VM, h + (int32_t)offsetof(Heap, bump), X64_RDX);
    x64_jmp(A, have);
    /* the free list of this size: bytes <= free_max and a cell on it (a
     * free cell links to the next through the word after its header) */
    x64_bind(A, list);
    x64_alu_mi(A, X64_CMP, BL_VM, h + (int32_t)offsetof(Heap, free_max), (int32_t)bytes);
    x64_jcc(A, X64_CC_B, slow);
    x64_mov_rm(A, X64_RCX, BL_VM, h + (int32_t)offsetof(Heap, free_lists));
    x64_mov_rm(A, X64_RAX, X64_RCX, (int32_t)bytes);          /* free_lists[bytes / 8] */
    x64_test_rr(A, X64_RAX, X64_RAX);
    x64_jcc(A, X64_CC_E, slow);
    x64_mov_rm(A, X64_RDX, X64_RAX, 8);
    x64_mov_mr(A, X64_RCX, (int32_t)bytes, X64_RDX);
    x64_bind(A, have);
    x64_add_m64_i(A, BL_VM, h + (int32_t)offsetof(Heap, bytes_allocated), (int32_t)bytes);
    x64_add_m64_i(A, BL_VM, h + (int32_t)offsetof(Heap, cells_allocated), 1);
    x64_mov_ri(A, X64_RCX, heap_make_header(kind, bytes));
    x64_mov_mr(A, X64_RAX, 0, X64_RCX);
}

/* r8 = a new ValArray of capacity n (count 0) with every value `fill`,
 * or a jump to `slow`.  Clobbers rax, rcx, rdx. */
static void inline_valarray(Ctx *c, uint32_t n, JSValue fill, X64Label slow)
{
    inline_alloc(c, CELL_VALARRAY, sizeof(ValArray) + (size_t)n * sizeof(JSValue), slow);
    _Static_assert(offsetof(ValArray, count) == offsetof(ValArray, capacity) + 4, "capacity, count: one word");
    x64_mov_mi(A, X64_RAX, (int32_t)offsetof(ValArray, capacity), (int32_t)n);   /* count = 0 */
    x64_mov_ri(A, X64_RCX, fill);
    for (uint32_t i = 0; i < n; i++) x64_mov_mr(A, X64_RAX, (int32_t)(offsetof(ValArray, v) + i * sizeof(JSValue)), X64_RCX);
    x64_mov_rr(A, X64_R8, X64_RAX);
}

/* rax = a new ordinary JSObject (tagged) of class cls whose prototype is
 * intrinsic proto, as obj_new_class makes it (empty shape, extensible,
 * the prototype flagged OBJ_IS_PROTO), or a jump to `slow`.  store: the
 * offset of its slots or elements field, which gets r8 (a ValArray
 * allocated just before: an initialising store), or 0 for neither.
 * Clobbers rcx, rdx. */
static void inline_new_object(Ctx *c, IntrinsicId proto, ObjClass cls, int32_t store, X64Label slow)
{
    _Static_assert(offsetof(JSObject, flags) == offsetof(JSObject, cls) + 2 &&
                       offsetof(JSObject, length) == offsetof(JSObject, cls) + 4 &&
                       sizeof(JSObject) == offsetof(JSObject, cls) + 8,
                   "cls, flags and length fill the last word");
    inline_alloc(c, CELL_OBJECT, sizeof(JSObject), slow);
    x64_mov_rm(A, X64_RCX, BL_VM, (int32_t)offsetof(VM, empty_shape));
    x64_mov_mr(A, X64_RAX, (int32_t)offsetof(JSObject, shape), X64_RCX);
    x64_mov_rm(A, X64_RCX, BL_VM, (int32_t)(offsetof(VM, intrinsics) + proto * sizeof(JSValue)));
    x64_mov_mr(A, X64_RAX, (int32_t)offsetof(JSObject, proto), X64_RCX);
    untag_cell(c, X64_RCX);
    x64_or8_mi(A, X64_RCX, (int32_t)offsetof(JSObject, flags), OBJ_IS_PROTO);
    x64_mov_mi(A, X64_RAX, (int32_t)offsetof(JSObject, slots), 0);
    x64_mov_mi(A, X64_RAX, (int32_t)offsetof(JSObject, elements), 0);
    if (store) x64_mov_mr(A, X64_RAX, store, X64_R8);
    x64_mov_mi(A, X64_RAX, (int32_t)offsetof(JSObject, cls), (int32_t)((uint32_t)cls | (uint32_t)OBJ_EXTENSIBLE << 16));
    x64_mov_ri(A, X64_RCX, val_from_cell(NULL));
    x64_alu_rr(A, X64_OR, X64_RAX, X64_RCX);
}

/* NEW_OBJECT / NEW_ARRAY inline, the C path (bl_ops.c: allocation sites,
 * collections) out of line.  A backing store (n > 0) is allocated before
 * the object: if the object then does not fit, the store is garbage and
 * the C path starts over. */
static void cold_new_object(Ctx *c, const Cold *d)
{
    x64_bind(A, d->entry);
    emit_op_helper(c, (BlHelperId)d->arg);
}
static void new_object(Ctx *c, IntrinsicId proto, ObjClass cls, BlHelperId helper, int32_t store, uint32_t n,
                       JSValue fill)
{
    Cold *d = defer(c, cold_new_object);
    d->arg = (int32_t)helper;
    if (n) inline_valarray(c, n, fill, d->entry);
    inline_new_object(c, proto, cls, n ? store : 0, d->entry);
    st(c, OPU16(1), X64_RAX);
}

/* How many slots an object literal will need: the DEFINE_FIELDs into
 * R(reg) that follow NEW_OBJECT in straight-line code (up to the first
 * jump or jump target), rounded up as shape_reserve_slots grows slots (4,
 * 8, 16, ...), so the literal ends with the capacity the C path would
 * give it.  Only a hint: capacity is never observable. */
#define BL_LITERAL_SLOTS_MAX 16
static uint32_t literal_slots(const Ctx *c, uint32_t reg)
{
    uint32_t n = 0;
    const FunctionProto *fp = c->fp;
    uint32_t pc = c->at + bc_ops[*c->pc].size;
    for (int k = 0; k < 64 && pc < fp->code_len && !c->is_target[pc]; k++, pc += bc_ops[fp->code[pc]].size) {
        uint8_t op = fp->code[pc];
        if (bc_ops[op].flags & (OPF_JUMP | OPF_TERMINAL)) break;
        if (op == BC_DEFINE_FIELD && bc_u16(fp->code + pc + 1) == reg) n++;
    }
    if (n == 0) return 0;
    uint32_t cap = 4;
    while (cap < n) cap *= 2;
    return cap <= BL_LITERAL_SLOTS_MAX ? cap : 0;
}

static void emit_NEW_OBJECT(Ctx *c)
{
    new_object(c, INTR_ObjectPrototype, CLS_OBJECT, BLH_op_new_object, (int32_t)offsetof(JSObject, slots),
               literal_slots(c, OPU16(1)), VAL_UNDEFINED);
}
/* [] with room for n elements: holes (interp_new_array); long literals
 * are the C path's.  An empty literal gets the room its first element
 * would grow it to (arr_put_element: 8), so that the pushes that usually
 * follow take the call stub's in-place path instead of growing the
 * elements in C; the interpreter allocates no elements (capacity is never
 * observable). */
#define BL_INLINE_ELEMENTS_MAX 16
#define BL_EMPTY_ARRAY_ROOM 8
static void emit_NEW_ARRAY(Ctx *c)
{
    uint32_t n = OPU16(3) ? OPU16(3) : BL_EMPTY_ARRAY_ROOM;
    if (n > BL_INLINE_ELEMENTS_MAX) emit_op_helper(c, BLH_op_new_array);
    else new_object(c, INTR_ArrayPrototype, CLS_ARRAY, BLH_op_new_array, (int32_t)offsetof(JSObject, elements), n, VAL_HOLE);
}

/* DEFINE_FIELD: a new property added through the transition cached on
 * the object's shape (shape_add_cached: its last transition is this key
 * with default attributes, the slots have room) -- an object literal's
 * fields after its NEW_OBJECT.  Bails to obj_define_value for anything
 * else: a prototype object (the epoch), a non-extensible object, a
 * dictionary, a missed cache; and with a write barrier (the shape store
 * would need one, as SET_PROP's transitions).  An index or `length` key
 * is always C's. */
static void emit_DEFINE_FIELD(Ctx *c)
{
    JSValue key = c->fp->consts[OPU32(3)];
    if (c->barrier || !val_is_string(key) || key == vm_atom(c->vm, ATOM_length)) {
        emit_op_helper(c, BLH_op_define_field);
        return;
    }
    Cold *d = defer(c, cold_new_object);
    d->arg = (int32_t)BLH_op_define_field;
    X64Label slow = d->entry;
    ld(c, X64_RAX, OPU16(1));
    bl_unbox_object_or(A, X64_RAX, TMP, slow);
    jump_unless_adds_plainly(c, X64_RAX, X64_RCX, slow);
    x64_mov_rm(A, X64_RSI, X64_RAX, (int32_t)offsetof(JSObject, shape));
    x64_mov_rm(A, X64_RDX, X64_RSI, (int32_t)offsetof(Shape, last_child));
    x64_test_rr(A, X64_RDX, X64_RDX);
    x64_jcc(A, X64_CC_E, slow);
    /* the key, read at run time (a moving GC updates the constant) */
    x64_mov_ri(A, X64_RCX, (uint64_t)(uintptr_t)&c->fp->consts[OPU32(3)]);
    x64_mov_rm(A, X64_RCX, X64_RCX, 0);
    x64_alu_rm(A, X64_CMP, X64_RCX, X64_RSI, (int32_t)offsetof(Shape, last_key));
    x64_jcc(A, X64_CC_NE, slow);
    x64_alu32_mi(A, X64_CMP, X64_RSI, (int32_t)offsetof(Shape, last_attrs), PROP_DEFAULT);
    x64_jcc(A, X64_CC_NE, slow);
    x64_alu32_mi(A, X64_CMP, X64_RSI, (int32_t)offsetof(Shape, flags), 0);   /* SHAPE_DICT */
    x64_jcc(A, X64_CC_NE, slow);
    x64_mov_rm(A, X64_R8, X64_RAX, (int32_t)offsetof(JSObject, slots));
    x64_test_rr(A, X64_R8, X64_R8);
    x64_jcc(A, X64_CC_E, slow);
    x64_mov32_rm(A, X64_RCX, X64_RDX, (int32_t)offsetof(Shape, slot_count));
    x64_alu32_rm(A, X64_CMP, X64_RCX, X64_R8, (int32_t)offsetof(ValArray, capacity));
    x64_jcc(A, X64_CC_A, slow);
    x64_mov_mr(A, X64_RAX, (int32_t)offsetof(JSObject, shape), X64_RDX);
    ld(c, X64_R11, OPU16(7));
    x64_mov_mri(A, X64_R8, X64_RCX, 8, (int32_t)offsetof(ValArray, v) - (int32_t)sizeof(JSValue), X64_R11);
}

/* An array literal's next element (R(a) is the literal's array): stored
 * in place while the array is dense, extensible and has room -- the
 * interpreter's fast case; growing is its slow path. */
static void emit_ARRAY_PUSH(Ctx *c)
{
    X64Label slow = x64_label_new(A);
    ld(c, X64_RAX, OPU16(1));
    untag_cell(c, X64_RAX);
    x64_movzx16_rm(A, X64_RCX, X64_RAX, (int32_t)offsetof(JSObject, flags));
    x64_alu32_ri(A, X64_AND, X64_RCX, OBJ_EXTENSIBLE | OBJ_SPARSE | OBJ_FROZEN_ELEMENTS | OBJ_LENGTH_READONLY);
    x64_alu32_ri(A, X64_CMP, X64_RCX, OBJ_EXTENSIBLE);
    x64_jcc(A, X64_CC_NE, slow);
    x64_mov_rm(A, X64_R8, X64_RAX, (int32_t)offsetof(JSObject, elements));
    x64_test_rr(A, X64_R8, X64_R8);
    x64_jcc(A, X64_CC_E, slow);
    x64_mov32_rm(A, X64_RCX, X64_RAX, (int32_t)offsetof(JSObject, length));
    x64_mov32_rm(A, X64_RDX, X64_R8, (int32_t)offsetof(ValArray, capacity));
    x64_alu_rr(A, X64_CMP, X64_RCX, X64_RDX);
    x64_jcc(A, X64_CC_AE, slow);
    x64_lea(A, X64_RDX, X64_RCX, 1);
    x64_mov32_mr(A, X64_RAX, (int32_t)offsetof(JSObject, length), X64_RDX);
    x64_shift_ri(A, X64_SHL, X64_RCX, 3);
    x64_lea(A, X64_R9, X64_R8, (int32_t)offsetof(ValArray, v));
    x64_alu_rr(A, X64_ADD, X64_R9, X64_RCX);
    ld(c, X64_R11, OPU16(3));
    store_barriered(c, X64_R8, X64_R9, X64_R11);
    emit_slow(c, slow);
}
STEP_ONLY(ARRAY_HOLE)
STEP_ONLY(ARRAY_SPREAD)
STEP_ONLY(NEW_REGEXP)
OP_HELPER(CLOSURE, op_closure)
STEP_ONLY(CREATE_CLASS)
STEP_ONLY(CREATE_ARGUMENTS)
STEP_ONLY(CREATE_MAPPED_ARGUMENTS)
/* A mapped parameter: one call that never allocates or throws. */
static void emit_ARG_LOAD(Ctx *c)
{
    x64_mov_rr(A, X64_RDI, BL_VM);
    ld(c, X64_RSI, OPU16(3));
    x64_mov_ri(A, X64_RDX, OPU16(5));
    ld(c, X64_RCX, OPU16(1));
    call_helper(c, BLH_arg_load);
    st(c, OPU16(1), X64_RAX);
}
STEP_ONLY(ARG_STORE)
STEP_ONLY(CREATE_REST)

/* ---- int32 arithmetic ---- */

typedef enum IntOp { I_ADD, I_SUB, I_MUL, I_AND, I_OR, I_XOR, I_SHL, I_SHR, I_USHR } IntOp;

/* eax = eax op ecx on int32 operands; bails on overflow or a result that
 * is not an int32 (-0, >= 2^31 unsigned). */
static void int_op(Ctx *c, IntOp op, X64Label slow, X64Label overflow)
{
    switch (op) {
    case I_ADD: x64_alu32_rr(A, X64_ADD, X64_RAX, X64_RCX); x64_jcc(A, X64_CC_O, overflow); break;
    case I_SUB: x64_alu32_rr(A, X64_SUB, X64_RAX, X64_RCX); x64_jcc(A, X64_CC_O, overflow); break;
    case I_MUL: {
        X64Label nonzero = x64_label_new(A);
        x64_mov32_rr(A, X64_RDX, X64_RAX);
        x64_imul32_rr(A, X64_RAX, X64_RCX);
        x64_jcc(A, X64_CC_O, overflow);
        x64_test32_rr(A, X64_RAX, X64_RAX);
        x64_jcc(A, X64_CC_NE, nonzero);
        x64_alu32_rr(A, X64_OR, X64_RDX, X64_RCX);
        x64_jcc(A, X64_CC_S, overflow);        /* a negative factor: the product is -0 */
        x64_bind(A, nonzero);
        break;
    }
    case I_AND: x64_alu32_rr(A, X64_AND, X64_RAX, X64_RCX); break;
    case I_OR: x64_alu32_rr(A, X64_OR, X64_RAX, X64_RCX); break;
    case I_XOR: x64_alu32_rr(A, X64_XOR, X64_RAX, X64_RCX); break;
    case I_SHL: x64_shift32_cl(A, X64_SHL, X64_RAX); break;
    case I_SHR: x64_shift32_cl(A, X64_SAR, X64_RAX); break;
    case I_USHR:
        x64_shift32_cl(A, X64_SHR, X64_RAX);
        x64_test32_rr(A, X64_RAX, X64_RAX);
        x64_jcc(A, X64_CC_S, slow);            /* >= 2^31: a double */
        break;
    }
}

/* xmm0, xmm1 = rax, rcx as doubles (int32s converted), their types
 * recorded in feedback slot fb; bail to `fail` when one is not a number
 * (the to_doubles stub, bl_stubs.c).  Clobbers rdx, r10, r11. */
static void numbers_to_xmm(Ctx *c, uint32_t fb, X64Label fail)
{
    x64_lea(A, X64_RDX, BL_FBV, FBSLOT(fb) + (int32_t)offsetof(FeedbackSlot, types));
    x64_call_abs(A, c->stubs->to_doubles);
    x64_jcc(A, X64_CC_NE, fail);
}

/* numbers_to_xmm, then on to `then` (-1: fall through), for operands
 * with the XMM_ / INT_ `flags`: when one is an int32 constant (`x * 2`,
 * `y > 4.0`: the compiler makes both int32 constants) a double other one
 * -- the case of float code -- is converted inline, without the stub. */
static void operands_to_xmm(Ctx *c, int flags, uint32_t fb, X64Label fail, X64Label then)
{
    int ints = flags & (INT_A | INT_B);
    X64Label done = then;
    if (ints == INT_A || ints == INT_B) {
        X64Label stub = x64_label_new(A);
        if (done < 0) done = x64_label_new(A);
        x64_alu_rr(A, X64_CMP, ints == INT_A ? X64_RCX : X64_RAX, BL_INTTAG);
        x64_jcc(A, X64_CC_AE, stub);            /* not a double */
        record_type(c, fb, FB_TYPE_INT32 | FB_TYPE_DOUBLE);
        if (ints == INT_A) {
            x64_cvtsi2sd32(A, X64_XMM0, X64_RAX);
            x64_movq_xr(A, X64_XMM1, X64_RCX);
        } else {
            x64_movq_xr(A, X64_XMM0, X64_RAX);
            x64_cvtsi2sd32(A, X64_XMM1, X64_RCX);
        }
        x64_jmp(A, done);
        x64_bind(A, stub);
    }
    numbers_to_xmm(c, fb, fail);
    if (then >= 0) x64_jmp(A, then);
    else if (done >= 0) x64_bind(A, done);
}

/* The double half of ADD/SUB/MUL: R(a) = val_from_double(x op y), NaN
 * canonicalized; bails for non-numbers.  Entered at `not_int` with rax,
 * rcx = the operands (one of them not an int32) or at `overflow` after an
 * int32 result that did not fit (rax clobbered).  Two doubles -- the case
 * of float code -- are one unsigned compare each (a double's bits are
 * below the int32 tag in r15); a mix of int32 and double converts. */
static void double_op(Ctx *c, IntOp op, int xmm, X64Label not_int, X64Label overflow, X64Label slow, X64Label done)
{
    X64Label mixed = x64_label_new(A), both = x64_label_new(A), store = x64_label_new(A);
    X64Label nan = x64_label_new(A);
    x64_bind(A, not_int);
    x64_alu_rr(A, X64_CMP, X64_RAX, BL_INTTAG);
    x64_jcc(A, X64_CC_AE, mixed);
    x64_alu_rr(A, X64_CMP, X64_RCX, BL_INTTAG);
    x64_jcc(A, X64_CC_AE, mixed);
    record_type(c, OPU32(7), FB_TYPE_DOUBLE);
    doubles_to_xmm(c, xmm);
    x64_bind(A, both);
    if (op == I_ADD) x64_addsd(A, X64_XMM0, X64_XMM1);
    else if (op == I_SUB) x64_subsd(A, X64_XMM0, X64_XMM1);
    else x64_mulsd(A, X64_XMM0, X64_XMM1);
    x64_movq_rx(A, X64_RAX, X64_XMM0);
    x64_ucomisd(A, X64_XMM0, X64_XMM0);
    x64_jcc(A, X64_CC_P, nan);
    x64_bind(A, store);
    st(c, OPU16(1), X64_RAX);
    x64_jmp(A, done);                          /* rax = R(a) */
    x64_bind(A, nan);
    x64_mov_ri(A, X64_RAX, VAL_NAN_BITS);
    x64_jmp(A, store);
    x64_bind(A, overflow);
    ld(c, X64_RAX, OPU16(3));
    ld(c, X64_RCX, OPU16(5));
    x64_bind(A, mixed);
    operands_to_xmm(c, xmm, OPU32(7), slow, both);
}

/* The double half of a binop and its slow path, out of line. */
static void cold_binop(Ctx *c, const Cold *d)
{
    double_op(c, (IntOp)(d->arg & 0xFF), d->arg >> 8, d->entry, d->l1, d->l2, d->fnext);
    x64_bind(A, d->l2);
    emit_step(c);
}

/* RRRF: R(a) = R(b) op R(c) */
static void binop(Ctx *c, IntOp op)
{
    X64Label slow, not_int, overflow;
    if (op == I_ADD || op == I_SUB || op == I_MUL) {
        fnext_label(c);
        Cold *d = defer(c, cold_binop);
        d->arg = (int32_t)op | xmm_flags(c, OPU16(3), OPU16(5)) << 8;
        d->l1 = x64_label_new(A);
        d->l2 = x64_label_new(A);
        not_int = d->entry;
        overflow = d->l1;
        slow = d->l2;
    } else {
        slow = not_int = overflow = slow_label(c);
    }
    ld2_int32(c, OPU16(3), OPU16(5), known_int(c, OPU16(3)), known_int(c, OPU16(5)), not_int);
    record_int(c, OPU32(7));
    int_op(c, op, slow, overflow);   /* an int32 result that does not fit: the double path */
    x64_mov32_rr(A, X64_RAX, X64_RAX);
    x64_alu_rr(A, X64_OR, X64_RAX, BL_INTTAG);
    st(c, OPU16(1), X64_RAX);
    c->out_slot = OPU16(1);
    c->out_xmm = true;           /* the double half leaves its result in xmm0 */
}
static void emit_ADD(Ctx *c) { binop(c, I_ADD); }
static void emit_SUB(Ctx *c) { binop(c, I_SUB); }
static void emit_MUL(Ctx *c) { binop(c, I_MUL); }

/* DIV: both operands as doubles (the interpreter's exact int32 quotient is
 * val_number's int32 form too). */
static void emit_DIV(Ctx *c)
{
    X64Label slow = slow_label(c);
    int ints = int_flags(c, OPU16(3), OPU16(5));
    ld2_in(c, OPU16(3), OPU16(5));
    operands_to_xmm(c, ints, OPU32(7), slow, -1);
    x64_divsd(A, X64_XMM0, X64_XMM1);
    box_number(A);
    st(c, OPU16(1), X64_RAX);
    c->out_slot = OPU16(1);
    c->out_xmm = true;
}

/* MOD on int32 operands with an int32 result (not -0) inline; other
 * numbers (and the int32 cases that are not an int32: x % 0, -0) as
 * doubles through interp_mod_number, the interpreter's own double half
 * (an LCG's `seed * 1103515245 % 2^31` is a double); the rest is the
 * interpreter's. */
static void emit_MOD(Ctx *c)
{
    X64Label slow = x64_label_new(A), nonzero = x64_label_new(A), dbl = x64_label_new(A);
    ld2_int32(c, OPU16(3), OPU16(5), false, false, dbl);
    record_int(c, OPU32(7));
    x64_test32_rr(A, X64_RCX, X64_RCX);
    x64_jcc(A, X64_CC_E, dbl);                 /* x % 0 is NaN */
    x64_alu32_ri(A, X64_CMP, X64_RCX, -1);
    x64_jcc(A, X64_CC_E, dbl);                 /* INT32_MIN % -1 traps; x % -1 may be -0 */
    x64_mov32_rr(A, X64_R8, X64_RAX);
    x64_cdq(A);
    x64_idiv32(A, X64_RCX);
    x64_test32_rr(A, X64_RDX, X64_RDX);
    x64_jcc(A, X64_CC_NE, nonzero);
    x64_test32_rr(A, X64_R8, X64_R8);
    x64_jcc(A, X64_CC_S, dbl);                 /* -0 */
    x64_bind(A, nonzero);
    x64_mov32_rr(A, X64_RAX, X64_RDX);
    x64_alu_rr(A, X64_OR, X64_RAX, BL_INTTAG);
    st(c, OPU16(1), X64_RAX);
    x64_jmp(A, fnext_label(c));
    x64_bind(A, dbl);
    ld(c, X64_RAX, OPU16(3));
    ld(c, X64_RCX, OPU16(5));
    numbers_to_xmm(c, OPU32(7), slow);
    call_helper(c, BLH_mod);
    st(c, OPU16(1), X64_RAX);
    emit_slow(c, slow);
    c->out_slot = OPU16(1);
}
STEP_ONLY(EXP)
static void emit_BIT_AND(Ctx *c) { binop(c, I_AND); }
static void emit_BIT_OR(Ctx *c) { binop(c, I_OR); }
static void emit_BIT_XOR(Ctx *c) { binop(c, I_XOR); }
static void emit_SHL(Ctx *c) { binop(c, I_SHL); }
static void emit_SHR(Ctx *c) { binop(c, I_SHR); }
static void emit_USHR(Ctx *c) { binop(c, I_USHR); }

/* R(a) = R(b) + imm with int32 overflow check; fb = feedback slot.  A
 * double adds the immediate as a double (val_from_double, as the
 * interpreter: a NaN operand is already canonical and stays the result). */
static void cold_add_imm(Ctx *c, const Cold *d)
{
    x64_bind(A, d->entry);
    x64_alu_rr(A, X64_CMP, X64_RAX, BL_INTTAG);   /* a double's bits are below the int32 tag */
    x64_jcc(A, X64_CC_AE, d->l1);
    record_type(c, d->fb, FB_TYPE_DOUBLE);
    if (!d->l2) x64_movq_xr(A, X64_XMM0, X64_RAX);
    x64_mov_ri(A, X64_RCX, (uint32_t)d->arg);
    x64_cvtsi2sd32(A, X64_XMM1, X64_RCX);
    x64_addsd(A, X64_XMM0, X64_XMM1);
    x64_movq_rx(A, X64_RAX, X64_XMM0);
    st(c, OPU16(1), X64_RAX);
    x64_jmp(A, d->fnext);                          /* rax = R(a) */
    x64_bind(A, d->l1);
    emit_step(c);
}
static void add_imm(Ctx *c, int32_t imm, uint32_t fb)
{
    fnext_label(c);
    Cold *d = defer(c, cold_add_imm);
    d->arg = imm;
    d->fb = fb;
    d->l1 = x64_label_new(A);
    d->l2 = in_xmm0(c, OPU16(3));        /* a flag here: xmm0 holds the double already */
    X64Label dbl = d->entry, slow = d->l1;
    bool cached = c->in_slot == (int32_t)OPU16(3);
    ld_in(c, X64_RAX, OPU16(3));
    jump_unless_int_at(c, X64_RAX, OPU16(3), cached, dbl);
    record_int(c, fb);
    x64_alu32_ri(A, X64_ADD, X64_RAX, imm);
    x64_jcc(A, X64_CC_O, slow);
    x64_mov32_rr(A, X64_RAX, X64_RAX);
    x64_alu_rr(A, X64_OR, X64_RAX, BL_INTTAG);
    st(c, OPU16(1), X64_RAX);
    c->out_slot = OPU16(1);
    c->out_xmm = true;
}
static void emit_ADD_IMM(Ctx *c) { add_imm(c, OPI32(5), OPU32(9)); }
static void emit_INC(Ctx *c) { add_imm(c, 1, OPU32(5)); }
static void emit_DEC(Ctx *c) { add_imm(c, -1, OPU32(5)); }
static void emit_NEG(Ctx *c)
{
    X64Label slow = x64_label_new(A), dbl = x64_label_new(A);
    ld_in(c, X64_RAX, OPU16(3));
    jump_unless_int(c, X64_RAX, dbl);
    record_int(c, OPU32(5));
    x64_test32_rr(A, X64_RAX, X64_RAX);
    x64_jcc(A, X64_CC_E, slow);                /* -0 */
    x64_neg32(A, X64_RAX);
    x64_jcc(A, X64_CC_O, slow);                /* -INT32_MIN */
    x64_mov32_rr(A, X64_RAX, X64_RAX);
    x64_alu_rr(A, X64_OR, X64_RAX, BL_INTTAG);
    st(c, OPU16(1), X64_RAX);
    x64_jmp(A, fnext_label(c));
    /* a double other than NaN (whose negation is NaN again): flip the sign */
    x64_bind(A, dbl);
    x64_jcc(A, X64_CC_A, slow);                /* not a number (flags of the tag compare) */
    jump_if_value(c, X64_RAX, VAL_NAN_BITS, X64_CC_E, slow);
    record_type(c, OPU32(5), FB_TYPE_DOUBLE);
    x64_mov_ri(A, TMP, 1ull << 63);
    x64_alu_rr(A, X64_XOR, X64_RAX, TMP);
    st(c, OPU16(1), X64_RAX);
    emit_slow(c, slow);
    c->out_slot = OPU16(1);
}
static void emit_BIT_NOT(Ctx *c)
{
    X64Label slow = slow_label(c);
    ld(c, X64_RAX, OPU16(3));
    jump_unless_int(c, X64_RAX, slow);
    x64_not32(A, X64_RAX);
    x64_mov32_rr(A, X64_RAX, X64_RAX);
    x64_alu_rr(A, X64_OR, X64_RAX, BL_INTTAG);
    st(c, OPU16(1), X64_RAX);
    c->out_slot = OPU16(1);
}
STEP_ONLY(TO_NUMBER)
STEP_ONLY(TO_NUMERIC)
STEP_ONLY(TO_STRING)
STEP_ONLY(TO_PROPERTY_KEY)
STEP_ONLY(TO_OBJECT)
static void emit_NOT(Ctx *c)
{
    X64Label slow = slow_label(c), flip = x64_label_new(A);
    ld(c, X64_RAX, OPU16(3));
    jump_if_value(c, X64_RAX, VAL_TRUE, X64_CC_E, flip);
    jump_if_value(c, X64_RAX, VAL_FALSE, X64_CC_NE, slow);
    x64_bind(A, flip);
    x64_alu_ri(A, X64_XOR, X64_RAX, 1);        /* VAL_TRUE == VAL_FALSE | 1 */
    st(c, OPU16(1), X64_RAX);
    c->out_slot = OPU16(1);
}
STEP_ONLY(TYPEOF)

/* ---- comparisons ---- */

/* Numeric comparisons (relational and loose equality of numbers). */
typedef enum CmpOp { C_LT, C_LE, C_GT, C_GE, C_EQ, C_NE } CmpOp;
static const X64Cond int_cc[] = {X64_CC_L, X64_CC_LE, X64_CC_G, X64_CC_GE, X64_CC_E, X64_CC_NE};

/* rax, rcx = R(ra), R(rb); when both are int32 compare them (flags for
 * int_cc[op]) and fall through; else go to `dbl`. */
static void int_compare(Ctx *c, uint32_t ra, uint32_t rb, uint32_t fb, X64Label dbl)
{
    ld2_int32(c, ra, rb, known_int(c, ra), known_int(c, rb), dbl);
    record_int(c, fb);
    x64_alu32_rr(A, X64_CMP, X64_RAX, X64_RCX);
}

/* rax, rcx hold numbers (else bail to slow): compare them as doubles and
 * go to `yes` when `op` holds, to `no` when it does not (NaN: only NE). */
static void double_compare(Ctx *c, CmpOp op, int xmm, uint32_t fb, X64Label yes, X64Label no, X64Label slow)
{
    X64Label mixed = x64_label_new(A), cmp = x64_label_new(A);
    /* two doubles: one unsigned compare with the int32 tag each */
    x64_alu_rr(A, X64_CMP, X64_RAX, BL_INTTAG);
    x64_jcc(A, X64_CC_AE, mixed);
    x64_alu_rr(A, X64_CMP, X64_RCX, BL_INTTAG);
    x64_jcc(A, X64_CC_AE, mixed);
    record_type(c, fb, FB_TYPE_DOUBLE);
    doubles_to_xmm(c, xmm);
    x64_bind(A, cmp);
    /* ucomisd: unordered sets ZF, PF and CF, so A / AE are false for NaN */
    switch (op) {
    case C_LT: x64_ucomisd(A, X64_XMM1, X64_XMM0); x64_jcc(A, X64_CC_A, yes); break;
    case C_LE: x64_ucomisd(A, X64_XMM1, X64_XMM0); x64_jcc(A, X64_CC_AE, yes); break;
    case C_GT: x64_ucomisd(A, X64_XMM0, X64_XMM1); x64_jcc(A, X64_CC_A, yes); break;
    case C_GE: x64_ucomisd(A, X64_XMM0, X64_XMM1); x64_jcc(A, X64_CC_AE, yes); break;
    case C_EQ:
        x64_ucomisd(A, X64_XMM0, X64_XMM1);
        x64_jcc(A, X64_CC_P, no);
        x64_jcc(A, X64_CC_E, yes);
        break;
    case C_NE:
        x64_ucomisd(A, X64_XMM0, X64_XMM1);
        x64_jcc(A, X64_CC_P, yes);
        x64_jcc(A, X64_CC_NE, yes);
        break;
    }
    x64_jmp(A, no);
    /* an int32 and a double (or a non-number: slow) */
    x64_bind(A, mixed);
    operands_to_xmm(c, xmm, fb, slow, cmp);
}

static void cold_compare(Ctx *c, const Cold *d)
{
    X64Label t = x64_label_new(A), f = x64_label_new(A);
    x64_bind(A, d->entry);
    double_compare(c, (CmpOp)(d->arg & 0xFF), d->arg >> 8, OPU32(7), t, f, d->l1);
    x64_bind(A, t);
    st_imm(c, OPU16(1), VAL_TRUE);
    x64_jmp(A, d->fnext);                      /* rax = R(a) */
    x64_bind(A, f);
    st_imm(c, OPU16(1), VAL_FALSE);
    x64_jmp(A, d->fnext);
    x64_bind(A, d->l1);
    emit_step(c);
}

/* RRRF: R(a) = R(b) op R(c) as a boolean */
static void compare(Ctx *c, CmpOp op)
{
    fnext_label(c);
    Cold *d = defer(c, cold_compare);
    d->arg = (int32_t)op | xmm_flags(c, OPU16(3), OPU16(5)) << 8;
    d->l1 = x64_label_new(A);
    X64Label dbl = d->entry;
    x64_alu32_rr(A, X64_XOR, X64_RDX, X64_RDX);   /* setcc writes only dl */
    int_compare(c, OPU16(3), OPU16(5), OPU32(7), dbl);
    x64_setcc(A, int_cc[op], X64_RDX);
    x64_mov_ri(A, X64_RAX, VAL_FALSE);
    x64_alu_rr(A, X64_OR, X64_RAX, X64_RDX);
    st(c, OPU16(1), X64_RAX);
    c->out_slot = OPU16(1);
    c->out_xmm = true;           /* a boolean */
}
static void emit_EQ(Ctx *c) { compare(c, C_EQ); }
static void emit_NE(Ctx *c) { compare(c, C_NE); }

/* r's kind as the comparisons' feedback sees it: a double jumps to
 * `slow`, anything but an int32 to `not_int`; an int32 falls through.
 * Leaves TMP = r's tag. */
static void jump_unless_int32(Ctx *c, X64Reg r, X64Label slow, X64Label not_int)
{
    x64_mov_rr(A, TMP, r);
    x64_shift_ri(A, X64_SHR, TMP, VAL_TAG_SHIFT);
    x64_alu32_ri(A, X64_CMP, TMP, (int32_t)VAL_TAG_INT);
    x64_jcc(A, X64_CC_B, slow);                 /* a double */
    x64_jcc(A, X64_CC_NE, not_int);
}

/* Strict equality of R(x) and R(y) through the strict_eq stub
 * (bl_stubs.c; 40 bytes here where the inline tests took ~290): jumps to
 * `equal` or `unequal`, or falls through when contents must be compared
 * (doubles, strings, BigInts: the slow path's). */
static void strict_eq_call(Ctx *c, uint32_t x, uint32_t y, uint32_t fb, X64Label equal, X64Label unequal)
{
    ld(c, X64_RAX, x);
    ld(c, X64_RCX, y);
    x64_lea(A, X64_RDX, BL_FBV, FBSLOT(fb) + (int32_t)offsetof(FeedbackSlot, types));
    x64_call_abs(A, c->stubs->strict_eq);
    x64_jcc(A, X64_CC_E, equal);
    x64_jcc(A, X64_CC_B, unequal);
}

/* Strict equality of R(x) and R(y) when the instruction before loaded one
 * of them with undefined, null, true or false (x === null, ...): equal
 * exactly when the bits are, whatever the other is; the feedback the
 * interpreter records (int32 or other per operand; a double is the slow
 * path's).  False when neither is such a constant. */
static bool strict_eq_const(Ctx *c, uint32_t x, uint32_t y, uint32_t fb, X64Label equal, X64Label unequal,
                            X64Label slow)
{
    if (c->in_slot < 0 || !c->in_is_k || x == y || (c->in_slot != (int32_t)x && c->in_slot != (int32_t)y))
        return false;
    ld(c, X64_RAX, c->in_slot == (int32_t)x ? y : x);
    record_type(c, fb, FB_TYPE_OTHER);          /* the constant */
    x64_mov_ri(A, TMP, c->in_k);
    x64_alu_rr(A, X64_CMP, X64_RAX, TMP);
    x64_jcc(A, X64_CC_E, equal);                /* the constant itself: nothing else to record */
    /* unequal, unless a double (the interpreter records it and compares) */
    jump_unless_int32(c, X64_RAX, slow, unequal);
    record_type(c, fb, FB_TYPE_INT32);
    x64_jmp(A, unequal);
    return true;
}

/* RRRF: R(a) = R(b) === R(c) (or !==) */
static void strict_compare(Ctx *c, bool negate)
{
    X64Label slow = slow_label(c), eq = x64_label_new(A), ne = x64_label_new(A);
    if (!strict_eq_const(c, OPU16(3), OPU16(5), OPU32(7), eq, ne, slow)) {
        strict_eq_call(c, OPU16(3), OPU16(5), OPU32(7), eq, ne);
        x64_jmp(A, slow);
    }
    x64_bind(A, eq);
    st_imm(c, OPU16(1), negate ? VAL_FALSE : VAL_TRUE);
    x64_jmp(A, fnext_label(c));                      /* rax = R(a) */
    x64_bind(A, ne);
    st_imm(c, OPU16(1), negate ? VAL_TRUE : VAL_FALSE);
    c->out_slot = OPU16(1);                    /* both fall to fnext with rax = R(a), a boolean */
    c->out_xmm = true;
}
static void emit_STRICT_EQ(Ctx *c) { strict_compare(c, false); }
static void emit_STRICT_NE(Ctx *c) { strict_compare(c, true); }
static void emit_LT(Ctx *c) { compare(c, C_LT); }
static void emit_LE(Ctx *c) { compare(c, C_LE); }
static void emit_GT(Ctx *c) { compare(c, C_GT); }
static void emit_GE(Ctx *c) { compare(c, C_GE); }
STEP_ONLY(INSTANCEOF)
STEP_ONLY(IN)
STEP_ONLY(WITH_HAS)

/* ---- control flow ---- */

static void emit_JUMP(Ctx *c) { x64_jmp(A, target_label(c)); }
static void emit_LOOP(Ctx *c)
{
    /* the budget shrinks by the loop's size; exhausted: the interpreter's
     * LOOP polls interrupts and asks the policy */
    x64_mov_ri(A, X64_RAX, (uint64_t)(uintptr_t)&c->fp->budget);
    x64_alu32_mi(A, X64_ADD, X64_RAX, 0, OPI32(1));
    x64_jcc(A, X64_CC_S, slow_label(c));
    x64_jmp(A, target_label(c));
}

/* RJ with a value test done inline for the common values: booleans, then
 * an int32 (0 is falsy), undefined and null (falsy); the rest is
 * rt_to_boolean's, through the slow path. */
static void cold_truth(Ctx *c, const Cold *d)
{
    bool want = d->arg;
    X64Label slow = x64_label_new(A);
    X64Label yes = want ? target_label(c) : next_label(c), no = want ? next_label(c) : target_label(c);
    x64_bind(A, d->entry);
    jump_unless_int(c, X64_RAX, slow);
    x64_test32_rr(A, X64_RAX, X64_RAX);
    x64_jcc(A, X64_CC_NE, yes);
    x64_jmp(A, no);
    x64_bind(A, slow);
    jump_if_value(c, X64_RAX, VAL_UNDEFINED, X64_CC_E, no);
    jump_if_value(c, X64_RAX, VAL_NULL, X64_CC_E, no);
    emit_step(c);
}
static void jump_if_truth(Ctx *c, bool want)
{
    Cold *d = defer(c, cold_truth);
    d->arg = want;
    ld_in(c, X64_RAX, OPU16(1));
    jump_if_value(c, X64_RAX, want ? VAL_TRUE : VAL_FALSE, X64_CC_E, target_label(c));
    jump_if_value(c, X64_RAX, want ? VAL_FALSE : VAL_TRUE, X64_CC_NE, d->entry);
    c->out_slot = OPU16(1);                    /* falls through with rax = R(a), a boolean */
    c->out_xmm = true;
}
static void emit_JUMP_IF_TRUE(Ctx *c) { jump_if_truth(c, true); }
static void emit_JUMP_IF_FALSE(Ctx *c) { jump_if_truth(c, false); }
static void emit_JUMP_IF_NULLISH(Ctx *c)
{
    ld(c, X64_RAX, OPU16(1));
    jump_if_value(c, X64_RAX, VAL_UNDEFINED, X64_CC_E, target_label(c));
    jump_if_value(c, X64_RAX, VAL_NULL, X64_CC_E, target_label(c));
}
static void emit_JUMP_IF_NOT_NULLISH(Ctx *c)
{
    ld(c, X64_RAX, OPU16(1));
    jump_if_value(c, X64_RAX, VAL_UNDEFINED, X64_CC_E, next_label(c));
    jump_if_value(c, X64_RAX, VAL_NULL, X64_CC_NE, target_label(c));
}
static void emit_JUMP_IF_UNDEF(Ctx *c)
{
    ld(c, X64_RAX, OPU16(1));
    jump_if_value(c, X64_RAX, VAL_UNDEFINED, X64_CC_E, target_label(c));
}

/* RRJF: jump when (R(a) op R(b)) == want (numbers inline). */
static void cold_compare_branch(Ctx *c, const Cold *d)
{
    bool want = d->arg >> 8 & 1;
    X64Label yes = want ? target_label(c) : next_label(c), no = want ? next_label(c) : target_label(c);
    x64_bind(A, d->entry);
    double_compare(c, (CmpOp)(d->arg & 0xFF), d->arg >> 9, OPU32(9), yes, no, d->l1);
    x64_bind(A, d->l1);
    emit_step(c);
}
static void compare_branch(Ctx *c, CmpOp op, bool want)
{
    Cold *d = defer(c, cold_compare_branch);
    d->arg = (int32_t)op | (int32_t)want << 8 | xmm_flags(c, OPU16(1), OPU16(3)) << 9;
    d->l1 = x64_label_new(A);
    int_compare(c, OPU16(1), OPU16(3), OPU32(9), d->entry);
    x64_jcc(A, want ? int_cc[op] : x64_cond_negate(int_cc[op]), target_label(c));
    c->out_slot = OPU16(1);                    /* falls through with rax = R(a), an int32 */
    c->out_xmm = true;
}
static void emit_JLT(Ctx *c) { compare_branch(c, C_LT, true); }
static void emit_JLE(Ctx *c) { compare_branch(c, C_LE, true); }
static void emit_JGT(Ctx *c) { compare_branch(c, C_GT, true); }
static void emit_JGE(Ctx *c) { compare_branch(c, C_GE, true); }
static void emit_JNLT(Ctx *c) { compare_branch(c, C_LT, false); }
static void emit_JNLE(Ctx *c) { compare_branch(c, C_LE, false); }
static void emit_JNGT(Ctx *c) { compare_branch(c, C_GT, false); }
static void emit_JNGE(Ctx *c) { compare_branch(c, C_GE, false); }
static void emit_JEQ(Ctx *c) { compare_branch(c, C_EQ, true); }
static void emit_JNE(Ctx *c) { compare_branch(c, C_EQ, false); }
static void strict_branch(Ctx *c, bool negate)
{
    X64Label slow = x64_label_new(A);
    X64Label equal = negate ? next_label(c) : target_label(c), unequal = negate ? target_label(c) : next_label(c);
    if (!strict_eq_const(c, OPU16(1), OPU16(3), OPU32(9), equal, unequal, slow))
        strict_eq_call(c, OPU16(1), OPU16(3), OPU32(9), equal, unequal);   /* falls into slow */
    x64_bind(A, slow);
    emit_step(c);
}
static void emit_JSTRICT_EQ(Ctx *c) { strict_branch(c, false); }
static void emit_JSTRICT_NE(Ctx *c) { strict_branch(c, true); }

/* ---- calls: the interpreter's call sequence pushes the callee's frame
 * (or runs a native in place); bl_call then runs the callee nested ---- */
#define CALL_OP(name) \
    static void emit_##name(Ctx *c) { emit_step_with(c, BLH_call); }
/* CALL and NEW go through the call stub (bl_stubs.c), which runs the
 * whole instruction -- a callee with baseline code as a machine call on
 * this code's stack, whose inline RETURN comes back to the stub; natives
 * in place; anything else through the interpreter's call sequence -- and
 * returns its status in eax. */
static void machine_call(Ctx *c, bool construct)
{
    x64_lea(A, X64_RDX, BL_REGS, SLOT(OPU16(3)));
    x64_mov_ri(A, X64_RCX, (uint32_t)OPU16(5) | (uint32_t)OPU16(1) << 16);
    x64_mov_ri(A, X64_R8, (uint64_t)(uintptr_t)c->pc);
    uint64_t flags = construct ? FRAME_NESTED | FRAME_CONSTRUCT : FRAME_NESTED;
    x64_mov_ri(A, X64_RSI, (uint64_t)OPU16(5) | (uint64_t)OPU16(1) << 32 | flags << 48);
    x64_lea(A, X64_R9, BL_FBV, FBSLOT(OPU32(7)));
    x64_call_abs(A, construct ? c->stubs->construct : c->stubs->call);
    emit_dispatch_status(c);
}
static void emit_CALL(Ctx *c) { machine_call(c, false); }
static void emit_NEW(Ctx *c) { machine_call(c, true); }
CALL_OP(CALL_SPREAD)
CALL_OP(NEW_SPREAD)
CALL_OP(SUPER_CALL)
CALL_OP(SUPER_CALL_SPREAD)
/* RETURN from a frame that a caller runs nested (FRAME_NESTED alone: the
 * call stub, bl_call_enter or bl_call pushed it): what the interpreter's
 * do_return does then -- pop, store the result in the caller's register
 * -- inline, ending with `ret` and eax = 0 to the call stub (or to
 * bl_run, which then steps the caller's pc past its call and reports
 * TIER_STOPPED).  Any other frame (a base constructor's returning into
 * NEW, a FRAME_ENTRY frame, the rest) goes to the return stub
 * (bl_stubs.c), out of line: its code is the VM's, not every RETURN's. */
static void cold_return(Ctx *c, const Cold *d)
{
    x64_bind(A, d->entry);
    x64_mov_ri(A, X64_R8, c->at);
    x64_mov_ri(A, TMP, (uint64_t)(uintptr_t)(d->arg ? c->stubs->ret_construct : c->stubs->ret_other));
    x64_jmp_r(A, TMP);
}
static void return_value(Ctx *c)   /* r11 = the value, as the stub takes it */
{
    /* a frame that NEW may have pushed (a base constructor's) */
    bool constructed = !(c->fp->flags & (FP_DERIVED | FP_ARROW | FP_METHOD | FP_GENERATOR | FP_ASYNC));
    Cold *d = defer(c, cold_return);
    d->arg = constructed;
    x64_movzx16_rm(A, X64_RCX, BL_FR, (int32_t)offsetof(Frame, flags));
    x64_alu32_ri(A, X64_CMP, X64_RCX, FRAME_NESTED);
    x64_jcc(A, X64_CC_NE, d->entry);
    bl_emit_return_pop(A, X64_R11);
}
static void emit_RETURN(Ctx *c)
{
    ld(c, X64_R11, OPU16(1));
    return_value(c);
}
static void emit_RETURN_UNDEF(Ctx *c)
{
    x64_mov_ri(A, X64_R11, VAL_UNDEFINED);
    return_value(c);
}
STEP_ONLY(THROW)
STEP_ONLY(THROW_ERROR)

/* ---- iteration ---- */
OP_HELPER(GET_ITERATOR, op_get_iterator)

/* ITER_NEXT / FOR_OF_NEXT over an array (pair R(b) = the array, R(b+1) =
 * the next index, an int32): the element inline while the index is below
 * the length and the capacity and the slot holds no hole -- the
 * interpreter's fast case; at the end, R(b+1) = INT32_MAX (exhausted for
 * good).  for_of: the element goes to R(a) and jumps, exhaustion leaves
 * the hole in R(a) and falls through; ITER_NEXT the other way round.
 * Anything else (an iterator object, a hole, an index past the capacity)
 * is bl_ops.c's, directly. */
static void array_iter_next(Ctx *c, bool for_of, BlHelperId helper)
{
    X64Label slow = x64_label_new(A), done = x64_label_new(A);
    uint32_t pair = OPU16(3);
    ld(c, X64_RAX, pair + 1);
    jump_unless_int(c, X64_RAX, slow);
    x64_mov32_rr(A, X64_RAX, X64_RAX);                       /* the index (>= 0) */
    ld(c, X64_RCX, pair);
    untag_cell(c, X64_RCX);
    elem_bounds(c, X64_RCX, X64_RAX, X64_RSI, done, slow);
    x64_mov_rmi(A, X64_RDI, X64_RSI, X64_RAX, 8, (int32_t)offsetof(ValArray, v));
    jump_if_value(c, X64_RDI, VAL_HOLE, X64_CC_E, slow);
    st(c, OPU16(1), X64_RDI);
    x64_alu32_ri(A, X64_ADD, X64_RAX, 1);
    x64_alu_rr(A, X64_OR, X64_RAX, BL_INTTAG);
    st(c, pair + 1, X64_RAX);
    x64_jmp(A, for_of ? target_label(c) : next_label(c));
    x64_bind(A, done);
    st_imm(c, pair + 1, val_from_int(INT32_MAX));
    if (for_of) {
        st_imm(c, OPU16(1), VAL_HOLE);
        x64_jmp(A, next_label(c));
    } else {
        x64_jmp(A, target_label(c));
    }
    x64_bind(A, slow);
    emit_op_helper(c, helper);
}
static void emit_ITER_NEXT(Ctx *c) { array_iter_next(c, false, BLH_op_iter_next); }
STEP_ONLY(ITER_CLOSE)
STEP_ONLY(FOR_IN_START)
STEP_ONLY(FOR_IN_NEXT)

/* ---- misc ---- */
static void emit_CHECK_OBJECT_COERCIBLE(Ctx *c)
{
    X64Label slow = x64_label_new(A);
    ld(c, X64_RAX, OPU16(1));
    jump_if_value(c, X64_RAX, VAL_UNDEFINED, X64_CC_E, slow);
    jump_if_value(c, X64_RAX, VAL_NULL, X64_CC_E, slow);
    emit_slow(c, slow);
}
static void emit_THROW_IF_NOT_OBJECT(Ctx *c)
{
    X64Label slow = x64_label_new(A);
    ld(c, X64_RAX, OPU16(1));
    bl_unbox_object_or(A, X64_RAX, TMP, slow);
    emit_slow(c, slow);
}

/* ---- generators and async functions ---- */
STEP_ONLY(GENERATOR_START)
STEP_ONLY(ASYNC_START)
STEP_ONLY(YIELD)
STEP_ONLY(AWAIT)
/* RESUME: a generator resumed by next() (the usual mode) jumps; throw
 * and return are the interpreter's. */
static void emit_RESUME(Ctx *c)
{
    X64Label slow = x64_label_new(A);
    ld(c, X64_RAX, OPU16(1) + 2);
    jump_if_value(c, X64_RAX, val_from_int(GEN_MODE_NEXT), X64_CC_E, target_label(c));
    jump_if_value(c, X64_RAX, val_from_int(GEN_MODE_THROW), X64_CC_E, slow);
    x64_jmp(A, next_label(c));
    x64_bind(A, slow);
    emit_step(c);
}
STEP_ONLY(YIELD_STAR)
STEP_ONLY(YIELD_STAR_RESULT)
STEP_ONLY(GEN_RETURN)
STEP_ONLY(GEN_THROW)
static void emit_FOR_OF_NEXT(Ctx *c) { array_iter_next(c, true, BLH_op_for_of_step); }
/* FOR_OF_RESULT: the hole (an array walk ended) jumps; a result object of
 * the shape every built-in iterator's results share (the
 * IterResultTemplate intrinsic's: value in slot 0, done in slot 1) with a
 * boolean `done` is read inline -- bi_generator_result_fast, the
 * interpreter's first test; anything else is interp_iter_result's
 * (getters, other shapes, a TypeError for a non-object). */
static void emit_FOR_OF_RESULT(Ctx *c)
{
    X64Label slow = x64_label_new(A);
    ld(c, X64_RAX, OPU16(1));
    jump_if_value(c, X64_RAX, VAL_HOLE, X64_CC_E, target_label(c));
    bl_unbox_object_or(A, X64_RAX, TMP, slow);
    x64_mov_rm(A, X64_RDX, BL_VM, (int32_t)(offsetof(VM, intrinsics) + INTR_IterResultTemplate * sizeof(JSValue)));
    untag_cell(c, X64_RDX);
    x64_mov_rm(A, X64_RDX, X64_RDX, (int32_t)offsetof(JSObject, shape));
    x64_alu_rm(A, X64_CMP, X64_RDX, X64_RAX, (int32_t)offsetof(JSObject, shape));
    x64_jcc(A, X64_CC_NE, slow);
    x64_mov_rm(A, X64_RDX, X64_RAX, (int32_t)offsetof(JSObject, slots));
    x64_mov_rm(A, X64_RCX, X64_RDX, (int32_t)(offsetof(ValArray, v) + sizeof(JSValue)));
    jump_if_value(c, X64_RCX, VAL_TRUE, X64_CC_E, target_label(c));
    jump_if_value(c, X64_RCX, VAL_FALSE, X64_CC_NE, slow);
    x64_mov_rm(A, X64_RCX, X64_RDX, (int32_t)offsetof(ValArray, v));
    st(c, OPU16(1), X64_RCX);
    x64_jmp(A, next_label(c));
    x64_bind(A, slow);
    emit_op_helper(c, BLH_op_for_of_result);
}
STEP_ONLY(GET_ASYNC_ITERATOR)
STEP_ONLY(ASYNC_YIELD_STAR)
STEP_ONLY(ASYNC_ITER_RESULT)
STEP_ONLY(ASYNC_ITER_CLOSE)
STEP_ONLY(ASYNC_ITER_CLOSE_QUIET)

/* ---- the table and the function ---- */

typedef void (*Template)(Ctx *c);
static const Template templates[BC__COUNT] = {
#define OP(name, fmt, fb, flags) [BC_##name] = emit_##name,
#include "bytecode.def"
#undef OP
};

/* The generic entry of an instruction that starts with rax = R(slot)
 * (the register cache): load it, then the hot entry. */
static void cold_pad(Ctx *c, const Cold *d)
{
    x64_bind(A, d->entry);
    c->off[d->at] = (uint32_t)x64_offset(A);
    ld(c, X64_RAX, (uint32_t)d->arg);
    if (d->fb) x64_movq_xr(A, X64_XMM0, X64_RAX);   /* the instruction takes a double from xmm0 */
    x64_jmp(A, d->fnext);
}

static void emit_cold(Ctx *c)
{
    c->in_cold = true;
    c->in_slot = -1;
    c->in_int = c->in_xmm = c->in_is_k = false;
    for (uint32_t i = 0; i < c->ncold; i++) {
        Cold d = c->cold[i];   /* a copy: cold code may queue more (the array may move) */
        c->at = d.at;
        c->pc = c->fp->code + d.at;
        if (c->cold_off && d.fn != cold_pad && c->cold_off[d.at] == UINT32_MAX)
            c->cold_off[d.at] = (uint32_t)x64_offset(A);
        d.fn(c, &d);
    }
}

/* Jump targets and handlers: their generic entry stays inline (a loop
 * header is entered by a jump each iteration), and nothing is cached or
 * known there (they are entered without running the instruction before
 * them). */
static void mark_targets(const FunctionProto *fp, uint8_t *is_target)
{
    memset(is_target, 0, fp->code_len + 1);
    for (uint32_t pc = 0; pc < fp->code_len; pc += bc_ops[fp->code[pc]].size) {
        if (bc_ops[fp->code[pc]].flags & OPF_JUMP) is_target[bc_jump_target(fp->code, pc)] = 1;
    }
    for (uint32_t i = 0; i < fp->nhandlers; i++) is_target[fp->handlers[i].handler] = 1;
}

bool bl_emit_function(VM *vm, FunctionProto *fp, X64Asm *a, uint32_t *off, uint32_t *code_off, uint32_t *cold_off,
                      uint32_t entry_off[2], const BlStubs *stubs)
{
    Ctx ctx;   /* not zero-initialized as a whole: cold_buf is filled up to ncold */
    ctx.vm = vm;
    ctx.fp = fp;
    ctx.a = a;
    ctx.label0 = ctx.exit = 0;
    ctx.pc = NULL;
    ctx.at = 0;
    ctx.barrier = vm->heap.barrier != GC_BARRIER_NONE;
    ctx.stubs = stubs;
    ctx.cold = ctx.cold_buf;
    ctx.ncold = 0;
    ctx.cold_cap = BL_COLD_INLINE;
    ctx.in_cold = ctx.cold_oom = false;
    ctx.out_slot = ctx.in_slot = -1;
    ctx.out_int = ctx.in_int = ctx.out_xmm = ctx.in_xmm = false;
    ctx.off = off;
    ctx.cold_off = cold_off;
    Ctx *c = &ctx;
    uint8_t small[256];
    uint8_t *is_target = fp->code_len < sizeof small ? small : malloc(fp->code_len + 1);
    if (!is_target) return false;
    mark_targets(fp, is_target);
    ctx.is_target = is_target;
    /* one label per bytecode offset, in one block (no table to allocate);
     * the one at code_len: falling off the end cannot happen, bound for safety */
    c->label0 = x64_labels_new(a, fp->code_len + 1);
    bool ok = c->label0 >= 0;
    if (ok) {
        c->exit = x64_label_new(a);
        c->fnext = -1;
        for (uint32_t pc = 0; pc < fp->code_len; pc += bc_ops[fp->code[pc]].size) {
            c->pc = fp->code + pc;
            c->at = pc;
            size_t start = x64_offset(a);
            if (code_off) code_off[pc] = (uint32_t)start;
            X64Label fhere = c->fnext;
            int32_t slot = c->out_slot;
            bool xmm = c->out_xmm;
            if (fhere >= 0) x64_bind(a, fhere);
            if (slot >= 0 && !is_target[pc]) {
                /* entered by falling through with rax = R(slot) */
                c->in_slot = slot;
                c->in_int = c->out_int;
                c->in_is_k = c->out_is_k;
                c->in_k = c->out_k;
                c->in_xmm = xmm;
            } else {
                c->in_slot = -1;
                c->in_int = c->in_xmm = c->in_is_k = false;
            }
            c->in_used = false;
            c->fnext = -1;
            c->out_slot = -1;
            c->out_int = c->out_xmm = c->out_is_k = false;
            templates[fp->code[pc]](c);
            if (c->in_used) {
                /* the template relied on rax (and xmm0): every other way
                 * in goes through a pad that loads them */
                c->at = pc;
                c->pc = fp->code + pc;
                if (fhere < 0) {
                    fhere = x64_label_new(a);
                    x64_bind_at(a, fhere, start);
                }
                Cold *d = defer(c, cold_pad);
                d->entry = c->label0 + (X64Label)pc;
                d->fnext = fhere;
                d->arg = slot;
                d->fb = xmm;
            } else {
                x64_bind_at(a, c->label0 + (X64Label)pc, start);
                off[pc] = (uint32_t)start;
            }
        }
        x64_bind(a, c->label0 + (X64Label)fp->code_len);
        if (c->fnext >= 0) x64_bind(a, c->fnext);
        /* leave: the driver (or a caller's call stub) goes on as vm->tier_result says */
        x64_bind(a, c->exit);
        x64_mov_ri(a, X64_RAX, 1);
        x64_ret(a);
        /* the call stub's ways in (bl_stubs.c) */
        size_t entry = x64_offset(a);
        entry_off[0] = bl_emit_call_entry(a, fp, c->label0, stubs) ? (uint32_t)entry : UINT32_MAX;
        entry = x64_offset(a);
        entry_off[1] = bl_emit_construct_entry(a, fp, c->label0, stubs) ? (uint32_t)entry : UINT32_MAX;
        emit_cold(c);
        ok = x64_finish(a) && !a->oom && !c->cold_oom;
    }
    if (c->cold != c->cold_buf) free(c->cold);
    if (is_target != small) free(is_target);
    return ok;
}
