/*
 * baseline.c -- the baseline JIT's compiler driver, entry stub and the
 * tier descriptor.  The per-opcode templates are in bl_templates.c.
 *
 * Register conventions inside baseline code (all callee-saved in the
 * System V ABI, so they survive calls into C):
 *   rbx = fr->regs   r12 = vm   r13 = fr   r14 = fr->proto->feedback
 *   r15 = the int32 tag (0xFFF9 << 48): boxing is `or rax, r15`
 * Nothing else lives across instructions: every value is in its VM stack
 * slot, so the code can be entered at any instruction (bl_run) and the GC
 * sees every value.
 *
 * The entry stub (one per VM) is  uint32_t enter(VM *vm, Frame *fr, void *at):
 * it saves the callee-saved registers, loads the pinned ones and calls
 * `at`.  Baseline code leaves with `ret`: to the stub, or -- for a call
 * made from baseline code -- to the call stub (bl_stubs.c), with eax = 0
 * when its RETURN popped the frame inline into a caller that runs it
 * nested, else eax != 0 and vm->tier_result says what happened.
 */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "baseline.h"
#include "bl_internal.h"

#include "call.h"
#include "interp/interp.h"
#include "function.h"
#include "policy.h"
#include "stats.h"
#include "str.h"
#include "tier.h"

typedef uint32_t (*BlEnterFn)(VM *vm, Frame *fr, void *at);

/* Compiled code waits in a batch until it is installed when installing
 * flips code pages writable and back (W^X): a pair of mprotects costs more
 * (4-8 us on a VM) than compiling a small function, so one flip serves a
 * whole batch, and a function stays in the interpreter while it waits.
 * When the code space writes through /proc/self/mem (~0.4 us, no flip;
 * x64_mem.c) there is nothing to share, and code is installed at once. */
#define BL_BATCH 16

/* The first assembler's initial room (x64_reserve): code bytes and labels
 * (one per bytecode byte, and the templates' own) -- enough for all but
 * the largest functions of the benchmarks (~70 KB of code). */
#define BL_ASM_BYTES (64u * 1024u)
#define BL_ASM_LABELS 4096u

typedef struct Pending {
    FunctionProto *fp;
    BlCode *bc;              /* its native offsets, filled; code not yet installed */
    uint64_t emit_ns;        /* time to emit it */
    uint32_t entry_off[2];   /* its call and construct entries' code offsets (UINT32_MAX: none) */
} Pending;

/* BlCode blocks (with their native-offset tables) come from a bump arena
 * of MetaChunks: they live as long as the VM (protos are never freed
 * before it, and a discarded function's block stays), and a bump arena
 * touches its pages densely where malloc's size classes would touch a
 * fresh page per class (a first touch costs ~1 us on these VMs). */
#define META_CHUNK (64u * 1024u)

typedef struct MetaChunk {
    struct MetaChunk *next;
    uint8_t *cur, *end;      /* free space: [cur, end) */
} MetaChunk;

struct BlState {
    X64CodeSpace *space;
    MetaChunk *meta;         /* newest first; allocation bumps meta->cur */
    BlEnterFn enter;
    BlStubs stubs;           /* the call stub's entries (bl_stubs.c) */
    Pending pending[BL_BATCH];
    X64Asm asms[BL_BATCH];   /* the pending functions' code; buffers reused across batches */
    int npending;
};

/* A BlCode with room for n native offsets, from the arena (NULL: out of
 * memory).  Freed only with the VM (bl_free_all). */
static BlCode *meta_alloc(BlState *st, uint32_t n)
{
    size_t size = (sizeof(BlCode) + (size_t)n * sizeof(uint32_t) + 15) & ~(size_t)15;
    MetaChunk *m = st->meta;
    if (!m || (size_t)(m->end - m->cur) < size) {
        size_t cap = sizeof *m + (size > META_CHUNK ? size : META_CHUNK);
        m = malloc(cap);
        if (!m) return NULL;
        m->cur = (uint8_t *)(m + 1);
        m->end = (uint8_t *)m + cap;
        m->next = st->meta;
        st->meta = m;
    }
    BlCode *bc = (BlCode *)(void *)m->cur;
    m->cur += size;
    bc->native_off = (uint32_t *)(bc + 1);
    return bc;
}

/* Give back the last meta_alloc (a compile that failed). */
static void meta_unalloc(BlState *st, BlCode *bc)
{
    if (st->meta && (uint8_t *)bc >= (uint8_t *)(st->meta + 1) && (uint8_t *)bc < st->meta->cur) st->meta->cur = (uint8_t *)bc;
}

/* The entry stub and its exit sequence. */
static bool make_stub(BlState *st)
{
    X64Asm a;
    x64_init(&a);
    x64_push(&a, X64_RBP);
    x64_mov_rr(&a, X64_RBP, X64_RSP);
    x64_push(&a, X64_RBX);
    x64_push(&a, X64_R12);
    x64_push(&a, X64_R13);
    x64_push(&a, X64_R14);
    x64_push(&a, X64_R15);
    /* six pushes keep rsp = 8 (mod 16) here, so it is 16-byte aligned
     * inside baseline code after the call below (at its calls into C) */
    x64_mov_rr(&a, BL_VM, X64_RDI);
    x64_mov_rr(&a, BL_FR, X64_RSI);
    x64_mov_rm(&a, BL_REGS, BL_FR, (int32_t)offsetof(Frame, regs));
    x64_mov_rm(&a, BL_FBV, BL_FR, (int32_t)offsetof(Frame, proto));
    x64_mov_rm(&a, BL_FBV, BL_FBV, (int32_t)offsetof(FunctionProto, feedback));
    x64_mov_ri(&a, BL_INTTAG, (uint64_t)VAL_TAG_INT << VAL_TAG_SHIFT);
    x64_call_r(&a, X64_RDX);   /* baseline code leaves with `ret` (eax: see above) */
    x64_pop(&a, X64_R15);
    x64_pop(&a, X64_R14);
    x64_pop(&a, X64_R13);
    x64_pop(&a, X64_R12);
    x64_pop(&a, X64_RBX);
    x64_pop(&a, X64_RBP);
    x64_ret(&a);
    bool ok = x64_finish(&a) && !a.oom;
    uint8_t *code = ok ? x64_code_install(st->space, &a) : NULL;
    x64_free(&a);
    if (!code) return false;
    st->enter = (BlEnterFn)(void *)code;
    return true;
}

/* bl_call nests JS calls on the C stack; it stops nesting (and lets the
 * driver run the callee instead) this far above the bound of native
 * re-entry (vm_native_room), so natives called from deep baseline code
 * still have room to re-enter. */
#define C_STACK_RESERVE (2u << 20)

static void set_c_stack_limit(VM *vm)
{
    uintptr_t here = (uintptr_t)__builtin_frame_address(0);
    uintptr_t limit = vm->native_stack_limit + C_STACK_RESERVE;
    vm->c_stack_limit = limit < here ? limit : UINTPTR_MAX;   /* no room: never nest */
}

/* Where the frame continues after the instruction at pc ran as r says. */
static int status(const FunctionProto *fp, const uint8_t *pc, const uint8_t *r)
{
    if (!r) return BL_LEAVE;
    if (r == pc + bc_ops[*pc].size) return BL_NEXT;
    if ((bc_ops[*pc].flags & OPF_JUMP) && r == fp->code + bc_jump_target(fp->code, (uint32_t)(pc - fp->code)))
        return BL_TARGET;
    return BL_LEAVE;   /* a handler: interp_step left fr->pc there */
}

/* Opcodes whose step is a bl_ops.c function instead of interp_step: the
 * interpreter's case without the step function's dispatch around it
 * (~70 instructions: its prologue, frame reload, switch and the status
 * above) -- the ones that baseline code still runs in C by the thousand
 * per benchmark iteration (a string ADD, a strict compare of strings, a
 * truth test of an object, PUSH_ENV, async functions' ASYNC_START ...). */
static const BlOpFn step_direct[BC__COUNT] = {
    [BC_ADD] = bl_op_add,
    [BC_JSTRICT_EQ] = bl_op_jstrict_eq,
    [BC_JSTRICT_NE] = bl_op_jstrict_ne,
    [BC_JUMP_IF_TRUE] = bl_op_jump_if_true,
    [BC_JUMP_IF_FALSE] = bl_op_jump_if_false,
    [BC_TO_NUMERIC] = bl_op_to_numeric,
    [BC_PUSH_ENV] = bl_op_push_env,
    [BC_ASYNC_START] = bl_op_async_start,
    [BC_ASYNC_ITER_RESULT] = bl_op_async_iter_result,
    [BC_ITER_CLOSE] = bl_op_iter_close,
    [BC_NEW_REGEXP] = bl_op_new_regexp,
};

int bl_step(VM *vm, uint32_t at)
{
    Frame *fr = call_top_frame(vm);
    const uint8_t *pc = fr->proto->code + at;
    BlOpFn direct = step_direct[*pc];
    if (direct) return direct(vm, fr, pc);
    return status(fr->proto, pc, interp_step(vm, pc));
}

/* After a nested call ended (TIER_STOPPED / TIER_THROW) in the frame that
 * made it: the status of the call instruction. */
static int after_nested(VM *vm, Frame *fr, const uint8_t *pc, JSValue r)
{
    if (r == TIER_STOPPED) return status(fr->proto, pc, fr->pc);
    return status(fr->proto, pc, interp_step(vm, NULL));   /* TIER_THROW: unwind this frame */
}

int bl_call(VM *vm, uint32_t at)
{
    Frame *fr = call_top_frame(vm);
    const uint8_t *pc = fr->proto->code + at;
    uint32_t depth = vm->frame_count;
    const uint8_t *next = interp_step(vm, pc);
    if (next || vm->frame_count != depth + 1) return status(fr->proto, pc, next);   /* a native ran, or a throw */
    if ((uintptr_t)__builtin_frame_address(0) < vm->c_stack_limit) return BL_LEAVE;   /* the driver runs it */
    vm->frames[depth].flags |= FRAME_NESTED;
    return after_nested(vm, fr, pc, interp_run(vm));
}

/* CALL of a bytecode function: a frame for the stub to call when the
 * callee has baseline code and room to run nested, else none. */
static BlCallTarget call_target(VM *vm, Frame *fr, JSValue *w, uint32_t argc_ret, const uint8_t *pc)
{
    BlCallTarget none = {NULL, NULL};
    uint32_t argc = argc_ret & 0xFFFF;
    JSFunction *fn = call_as_bytecode(w[0]);
    if (!fn) return bl_call_native(vm, fr, w, argc_ret, pc);
    if (!fn->fp->tier_code[TIER_BASELINE] || (fn->fp->flags & FP_CLASS_CTOR)) return none;
    FunctionProto *fp = fn->fp;
    if (!bl_nest_room(vm, fp, w, argc)) return none;
    fr->pc = pc;
    fb_record_call(&fr->proto->feedback[bc_u32(pc + 7)], w[0]);
    Frame *nf = call_push(vm, w[0], w + 1, argc, VAL_UNDEFINED, (uint16_t)(argc_ret >> 16), 0);
    if (!nf) {
        vm->exception = VAL_HOLE;   /* the slow path repeats the call and throws */
        return none;
    }
    return bl_nest_entry(vm, nf);
}

BlCallTarget bl_call_enter(VM *vm, Frame *fr, JSValue *w, uint32_t argc_ret, const uint8_t *pc)
{
    BlCallTarget t = *pc == BC_NEW ? bl_call_construct(vm, fr, w, argc_ret, pc) : call_target(vm, fr, w, argc_ret, pc);
    if (t.code || t.frame) return t;
    /* the interpreter's call sequence; an interpreted callee runs nested */
    int st = bl_call(vm, (uint32_t)(pc - fr->proto->code));
    return (BlCallTarget){NULL, (Frame *)(uintptr_t)(st + 1)};
}

BlCallTarget bl_nest_entry(VM *vm, Frame *nf)
{
    nf->flags |= FRAME_NESTED;
    FunctionProto *fp = nf->proto;
    fp->bl_invocations++;
    if ((fp->budget -= (int32_t)fp->code_len) < 0) policy_budget_exhausted(vm, nf, false);
    const BlCode *bc = fp->tier_code[TIER_BASELINE];
    return (BlCallTarget){(uint8_t *)bc->code + bc->native_off[0], nf};
}

int bl_call_leave(VM *vm, Frame *fr, const uint8_t *pc)
{
    JSValue r = vm->tier_result;
    vm->tier_result = VAL_HOLE;
    if (r == VAL_HOLE) r = interp_run(vm);   /* the callee left its code: the driver finishes the call */
    return after_nested(vm, fr, pc, r);
}

/* --jit-write (tier.c checked the name): auto takes what the code space
 * found; asking for a way it could not set up says so and goes on with
 * the next one down. */
static void set_writes(X64CodeSpace *cs, const char *how)
{
    static const char *const names[] = {"alias", "proc-mem", "mprotect"};
    for (X64Writes w = X64_WRITES_ALIAS; w <= X64_WRITES_MPROTECT; w++) {
        if (strcmp(how, names[w]) != 0) continue;
        x64_code_set_writes(cs, w);
        if (x64_code_writes(cs) != w)
            fprintf(stderr, "tierlab: --jit-write=%s: not available here; JIT code is written by %s\n", how,
                    names[x64_code_writes(cs)]);
    }
}

static BlState *state(VM *vm)
{
    if (vm->bl) return vm->bl;
    set_c_stack_limit(vm);
    BlState *st = calloc(1, sizeof *st);
    if (!st) return NULL;
    st->space = x64_code_space_new();
    if (st->space) set_writes(st->space, vm->flags.jit_write);
    /* The assembler an immediate install reuses for every compile, sized
     * for most functions once here, so compiles do not grow it by copies. */
    if (st->space) x64_reserve(&st->asms[0], BL_ASM_BYTES, BL_ASM_LABELS);
    if (st->space && make_stub(st)) st->stubs = bl_emit_call_stub(st->space, vm->heap.barrier != GC_BARRIER_NONE);
    if (!st->stubs.call) {
        if (st->space) x64_code_space_free(st->space);
        free(st);
        return NULL;
    }
    vm->bl = st;
    return st;
}

/* --print-code: the bytecode instruction whose inline code starts at a
 * code offset, or whose entry pad (BlCode.native_off) or cold code
 * (BlCode.cold_off) does. */
typedef struct Annot {
    const FunctionProto *fp;
    const BlCode *bc;
    char line[96];
} Annot;

static const char *annotate(void *ctx, size_t offset)
{
    Annot *an = ctx;
    const BlCode *bc = an->bc;
    if ((const uint8_t *)bc->code + offset == bc->call_entry) return "  ;; call entry (the call stub's fast path goes on here: the frame push)";
    if ((const uint8_t *)bc->code + offset == bc->construct_entry)
        return "  ;; construct entry (the stub's NEW fast path goes on here: `this`, the frame push)";
    for (uint32_t pc = 0; pc < an->fp->code_len; pc += bc_ops[an->fp->code[pc]].size) {
        const char *name = bc_ops[an->fp->code[pc]].name;
        if (bc->code_off[pc] == offset) {
            snprintf(an->line, sizeof an->line, "  ;; %04u %s", pc, name);
            return an->line;
        }
        if (bc->native_off[pc] == offset) {
            snprintf(an->line, sizeof an->line, "  ;; %04u %s (entry pad: loads the cached register)", pc, name);
            return an->line;
        }
        if (bc->cold_off[pc] == offset) {
            snprintf(an->line, sizeof an->line, "  ;; %04u %s (cold: slow path, out-of-line halves)", pc, name);
            return an->line;
        }
    }
    return NULL;
}

/* --perf-map: perf's JIT interface, one "START SIZE name" line per
 * function in /tmp/perf-PID.map, so `perf report` names baseline code. */
static void perf_map_add(VM *vm, const FunctionProto *fp, const void *code, uint32_t len)
{
    static FILE *map;
    if (!map) {
        char path[64];
        snprintf(path, sizeof path, "/tmp/perf-%d.map", (int)getpid());
        map = fopen(path, "a");
        if (!map) return;
    }
    char *name = val_is_string(fp->name) ? str_to_utf8(vm, fp->name, NULL) : NULL;
    fprintf(map, "%lx %x bl:%s:%u:%s\n", (unsigned long)(uintptr_t)code, len, fp->source ? fp->source->name : "?",
            fp->line, name && name[0] ? name : "<anonymous>");
    free(name);
    fflush(map);
}

/* Install one pending function's code (inside the batch); the batch's
 * install time is shared equally by its functions. */
static bool install(VM *vm, BlState *st, const Pending *p, X64Asm *a, uint64_t share_ns)
{
    FunctionProto *fp = p->fp;
    BlCode *bc = p->bc;
    void *code = x64_code_install(st->space, a);
    if (!code) return false;   /* bc stays in the arena */
    bc->code = code;
    bc->code_len = (uint32_t)a->len;
    bc->call_entry = p->entry_off[0] == UINT32_MAX ? st->stubs.slow : (uint8_t *)code + p->entry_off[0];
    bc->construct_entry = p->entry_off[1] == UINT32_MAX ? st->stubs.slow : (uint8_t *)code + p->entry_off[1];
    fp->tier_code[TIER_BASELINE] = bc;
    fp->bl_code_bytes = bc->code_len;
    fp->bl_compile_ns = p->emit_ns + share_ns;
    fp->bl_install_ns = share_ns;
    vm->stats.v[STAT_baseline_compile_ns] += fp->bl_compile_ns;
    vm->stats.v[STAT_baseline_install_ns] += share_ns;
    vm->stats.v[STAT_functions_baseline]++;
    vm->stats.v[STAT_machine_code_bytes] += bc->code_len;
    return true;
}

/* --perf-map and --print-code, once the batch's bytes are in place. */
static void announce(VM *vm, const FunctionProto *fp)
{
    const BlCode *bc = fp->tier_code[TIER_BASELINE];
    if (vm->flags.perf_map) perf_map_add(vm, fp, bc->code, bc->code_len);
    if (vm->flags.print_code && bc->code_off) {
        Annot an = {.fp = fp, .bc = bc};
        fprintf(stdout, "--- baseline code (%u bytes for %u bytecode bytes)\n", bc->code_len, fp->code_len);
        x64_disasm(stdout, bc->code, bc->code_len, (uint64_t)(uintptr_t)bc->code, annotate, &an);
    }
}

/* bl_flush from time t0 (a compile that installs at once passes the end of
 * its emission: one clock read fewer). */
static void flush_from(VM *vm, uint64_t t0)
{
    BlState *st = vm->bl;
    if (!st || !st->npending) return;
    int n = st->npending;
    st->npending = 0;
    x64_code_begin(st->space);
    BlCode *done[BL_BATCH];
    for (int i = 0; i < n; i++) {
        Pending *p = &st->pending[i];
        p->fp->tier_state = TIER_STATE_DONE;
        done[i] = NULL;
        /* share_ns is fixed up below, once the batch's time is known */
        if (install(vm, st, p, &st->asms[i], 0)) done[i] = p->fp->tier_code[TIER_BASELINE];
    }
    x64_code_end(st->space);
    uint64_t share = (stats_now_ns() - t0) / (uint64_t)n;
    for (int i = 0; i < n; i++) {
        FunctionProto *fp = st->pending[i].fp;
        if (!done[i]) {
            policy_trace_baseline(vm, fp, false);
            continue;
        }
        fp->bl_compile_ns += share;
        fp->bl_install_ns += share;
        vm->stats.v[STAT_baseline_compile_ns] += share;
        vm->stats.v[STAT_baseline_install_ns] += share;
        policy_trace_baseline(vm, fp, true);
        announce(vm, fp);
    }
}

void bl_flush(VM *vm) { flush_from(vm, stats_now_ns()); }

/* What a function's compile time covers: from here to the end of its
 * installation -- its BlCode and native-offset table, emission, label
 * resolution, and its share of the install (space, the copy into code
 * memory, the page flips if any).  Not covered: the per-VM setup on the
 * first compile (code space, entry and call stubs), --perf-map and
 * --print-code output. */
bool bl_compile(VM *vm, FunctionProto *fp)
{
    if (fp->tier_code[TIER_BASELINE]) return true;
    BlState *st = state(vm);
    if (!st) return false;
    uint64_t t0 = stats_now_ns();
    /* the BlCode and its native-offset table (--print-code: and code_off
     * and cold_off after it) in one block of the arena */
    uint32_t n = fp->code_len + 1, tables = vm->flags.print_code ? 3 : 1;
    BlCode *bc = meta_alloc(st, tables * n);
    if (!bc) return false;
    bc->code_off = vm->flags.print_code ? bc->native_off + n : NULL;
    bc->cold_off = vm->flags.print_code ? bc->native_off + 2 * n : NULL;
    memset(bc->native_off, 0xFF, tables * n * sizeof *bc->native_off);   /* UINT32_MAX */
    X64Asm *a = &st->asms[st->npending];
    x64_reset(a);
    /* where the code will go: calls to stubs and helpers in reach are rel32 */
    x64_code_window(st->space, &a->near_lo, &a->near_hi);
    uint32_t entry_off[2];
    if (!bl_emit_function(vm, fp, a, bc->native_off, bc->code_off, bc->cold_off, entry_off, &st->stubs)) {
        meta_unalloc(st, bc);
        return false;
    }
    uint64_t t1 = stats_now_ns();
    st->pending[st->npending++] = (Pending){fp, bc, t1 - t0, {entry_off[0], entry_off[1]}};
    fp->tier_state = TIER_STATE_PENDING;
    /* asked each time: a kernel that refuses a write turns the cheap path off */
    if (x64_code_writes_cheap(st->space) || st->npending == BL_BATCH) flush_from(vm, t1);
    return true;
}

bool bl_batching(VM *vm)
{
    BlState *st = state(vm);
    return st && !x64_code_writes_cheap(st->space);
}

JSValue bl_run(VM *vm, Frame *fr)
{
    FunctionProto *fp = fr->proto;
    const BlCode *bc = fp->tier_code[TIER_BASELINE];
    uint32_t at = (uint32_t)(fr->pc - fp->code);
    if (at == 0) fp->bl_invocations++;
    vm->tier_result = VAL_HOLE;
    if (vm->bl->enter(vm, fr, (uint8_t *)bc->code + bc->native_off[at]) == 0) {
        /* fr returned inline into a caller that runs it nested (FRAME_NESTED):
         * what the interpreter's return does then -- the caller's pc past its
         * call, and TIER_STOPPED */
        Frame *caller = call_top_frame(vm);
        caller->pc += bc_ops[*caller->pc].size;
        return TIER_STOPPED;
    }
    JSValue r = vm->tier_result;
    vm->tier_result = VAL_HOLE;
    return r;
}

void bl_free_all(VM *vm)
{
    for (FunctionProto *fp = vm->protos; fp; fp = fp->next) fp->tier_code[TIER_BASELINE] = NULL;
    if (vm->bl) {
        for (int i = 0; i < BL_BATCH; i++) x64_free(&vm->bl->asms[i]);
        vm->bl->npending = 0;
        for (MetaChunk *m = vm->bl->meta, *next; m; m = next) {   /* every BlCode with its native_off */
            next = m->next;
            free(m);
        }
        x64_code_space_free(vm->bl->space);
        free(vm->bl);
        vm->bl = NULL;
    }
}

/* ---- the tier ---- */

static bool tier_bl_compile(VM *vm, FunctionProto *fp) { return bl_compile(vm, fp); }

/* Baseline frames run under the interpreter's driver loop (interp_run). */
static JSValue tier_bl_execute(VM *vm) { return tier_interp.execute(vm); }

static void tier_bl_discard(VM *vm, FunctionProto *fp)
{
    BlCode *bc = fp->tier_code[TIER_BASELINE];
    if (!bc) return;
    x64_code_release(vm->bl->space, bc->code, bc->code_len);
    /* bc stays in the arena until the VM ends */
    fp->tier_code[TIER_BASELINE] = NULL;
}

const Tier tier_baseline = {
    .name = "baseline",
    .level = TIER_BASELINE,
    .compile = tier_bl_compile,
    .execute = tier_bl_execute,
    .discard = tier_bl_discard,
};
