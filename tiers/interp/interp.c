/*
 * interp.c -- the bytecode interpreter (prefix interp_): one dispatch loop,
 * computed goto by default, `switch` when TL_INTERP_SWITCH is defined.
 *
 * Loop state lives in C locals: fr (the top Frame), pc, regs, and the
 * proto's constants and feedback vector.  JS->JS calls push a Frame and
 * reload these locals; RETURN pops and reloads the caller's.  Only C->JS
 * re-entry (vm_call from a native, a getter ...) nests interp_run.
 *
 * Safepoints: every operation that may allocate, throw or re-enter is
 * preceded by SYNC(), which stores pc into the frame (stack traces, the
 * handler search and the GC's view of the frame depend on it).  Registers
 * are VM-stack slots (roots), so values are always re-read from regs after
 * a safepoint; never keep a JSObject* across one.
 *
 * Exceptions: one path (label `exception`): look for the innermost handler
 * of the top frame covering its pc, else pop the frame and retry in the
 * caller, stopping at the FRAME_ENTRY frame (return VAL_EXCEPTION to C).
 *
 * Fast paths inline (int32 and double arithmetic, compare-and-branch,
 * property ICs, dense array elements, global ICs, calls); everything else
 * calls the shared rt_ / obj_ slow paths or the helpers in interp_ops.c.
 */
#include <assert.h>
#include <stdlib.h>

#include "interp.h"
#include "interp_ops.h"

#include "baseline/baseline.h"
#include "builtins/generator.h"
#include "policy.h"

#include "allocsite.h"
#include "arguments.h"
#include "array.h"
#include "bigint.h"
#include "call.h"
#include "error.h"
#include "function.h"
#include "private.h"
#include "proxy.h"
#include "runtime.h"
#include "shape.h"
#include "str.h"
#include "typedarray.h"

#define LIKELY(x) __builtin_expect(!!(x), 1)
#define UNLIKELY(x) __builtin_expect(!!(x), 0)

/* Instruction sizes by operand format (bytecode.h: R,N = 2 bytes; K,A,F,I,J = 4).
 * Debug builds check each against bc_ops[] at run time (NEXT). */
enum {
    SZ_ = 1, SZ_R = 3, SZ_N = 3, SZ_A = 5, SZ_J = 5,
    SZ_RR = 5, SZ_RN = 5, SZ_RK = 7, SZ_RI = 7, SZ_RA = 7, SZ_AR = 7, SZ_AN = 7, SZ_NK = 7, SZ_RJ = 7,
    SZ_RRR = 7, SZ_RNR = 7, SZ_RRN = 7, SZ_RNN = 7, SZ_NNR = 7,
    SZ_RRA = 9, SZ_RAR = 9, SZ_RRRN = 9, SZ_RRF = 9, SZ_RRJ = 9,
    SZ_RAF = 11, SZ_RARN = 11, SZ_ARF = 11, SZ_RRRF = 11, SZ_RRNF = 11, SZ_RKK = 11, SZ_RNNA = 11,
    SZ_RRAF = 13, SZ_RARF = 13, SZ_RRIF = 13, SZ_RRJF = 13,
};

/* ---- inline caches ----------------------------------------------------------- */

/* Property read through the slot's entries (own or prototype hit):
 * 1 = *out is the value, 2 = *out is a getter to call, 0 = miss. */
static inline int ic_get(const FeedbackSlot *s, JSObject *o, uint32_t epoch, JSValue *out)
{
    Shape *sh = o->shape;
    const PropIcEntry *e = s->u.prop, *end = e + s->count;
    for (; e < end; e++) {
        if (e->shape != sh) continue;
        JSObject *holder;
        if (e->holder == VAL_UNDEFINED) holder = o;
        else if (e->epoch == epoch && o->proto == e->proto) holder = val_obj(e->holder);
        else return 0;
        JSValue v = holder->slots->v[e->slot];
        if (UNLIKELY(e->pad & FB_ENTRY_GETTER)) {
            *out = ((ValArray *)val_cell(v))->v[0];
            return 2;
        }
        *out = v;
        return 1;
    }
    return 0;
}

/* Property of a string primitive: entries with shape NULL (feedback.h). */
static inline bool ic_get_string(const FeedbackSlot *s, uint32_t epoch, JSValue *out)
{
    const PropIcEntry *e = s->u.prop, *end = e + s->count;
    for (; e < end; e++) {
        if (e->shape == NULL && e->epoch == epoch) {
            *out = val_obj(e->holder)->slots->v[e->slot];
            return true;
        }
    }
    return false;
}

/* Property write: an existing own writable data property, or adding one
 * along a cached shape transition (holder = the new shape). */
static inline int ic_set(VM *vm, const FeedbackSlot *s, JSObject *o, JSValue v, uint32_t *need)
{
    Shape *sh = o->shape;
    const PropIcEntry *e = s->u.prop, *end = e + s->count;
    for (; e < end; e++) {
        if (e->shape != sh) continue;
        if (e->holder == VAL_UNDEFINED) {
            heap_store(&vm->heap, &o->slots->hdr, &o->slots->v[e->slot], v);
            return 1;
        }
        Shape *ns = (Shape *)val_cell(e->holder);
        if (e->epoch == vm->proto_epoch && o->proto == e->proto &&
            (o->flags & (OBJ_EXTENSIBLE | OBJ_IS_PROTO)) == OBJ_EXTENSIBLE) {
            if (UNLIKELY(!o->slots || o->slots->capacity < ns->slot_count)) {
                *need = ns->slot_count;   /* hit, once the slots have grown */
                return 2;
            }
            heap_store_cell(&vm->heap, &o->hdr, (Cell **)&o->shape, &ns->hdr);
            heap_store(&vm->heap, &o->slots->hdr, &o->slots->v[e->slot], v);
            return 1;
        }
        return 0;
    }
    return 0;
}

/* Global variable: entry 0 names the global object (holder undefined) or
 * the global lexical scope (holder null); the epoch guards against a new
 * lexical declaration shadowing a global property. */
static inline bool ic_global_get(VM *vm, const FeedbackSlot *s, JSValue *out)
{
    if (!s->count) return false;
    const PropIcEntry *e = &s->u.prop[0];
    JSObject *g = val_obj(e->holder == VAL_UNDEFINED ? vm->global : vm->global_lex);
    if (g->shape != e->shape || e->epoch != vm->proto_epoch) return false;
    JSValue v = g->slots->v[e->slot];
    if (v == VAL_UNINIT) return false;
    *out = v;
    return true;
}

static inline bool ic_global_set(VM *vm, const FeedbackSlot *s, JSValue v)
{
    if (!s->count) return false;
    const PropIcEntry *e = &s->u.prop[0];
    JSObject *g = val_obj(e->holder == VAL_UNDEFINED ? vm->global : vm->global_lex);
    if (g->shape != e->shape || e->epoch != vm->proto_epoch || g->slots->v[e->slot] == VAL_UNINIT) return false;
    heap_store(&vm->heap, &g->slots->hdr, &g->slots->v[e->slot], v);
    return true;
}

/* ---- small pieces of the loop ------------------------------------------------- */

static inline JSValue env_up(JSValue env, uint32_t depth)
{
    while (depth--) env = ((JSEnv *)val_cell(env))->parent;
    return env;
}

/* The value a construct frame returns for RETURN v (bytecode.h). */
static JSValue construct_result(VM *vm, Frame *fr, JSValue v)
{
    if (val_is_object(v)) return v;
    if (fr->proto->flags & FP_DERIVED) {
        if (v != VAL_UNDEFINED) return err_throw(vm, ERRMSG_DERIVED_RETURN);
        if (fr->regs[0] == VAL_UNINIT) return interp_throw_this_tdz(vm);
    }
    return fr->regs[0];
}

/* ToInt32 of a number value (int32 or double). */
static inline int32_t num_to_int32(JSValue v)
{
    if (val_is_int(v)) return val_int(v);
    double d = val_double(v);
    if (d >= -2147483648.0 && d <= 2147483647.0) return (int32_t)d;   /* truncates; NaN fails both tests */
    if (fabs(d) < 9223372036854775808.0) return (int32_t)(uint32_t)(int64_t)d;   /* truncates, then modulo 2^32 */
    if (!isfinite(d)) return 0;
    double m = fmod(trunc(d), 4294967296.0);
    if (m < 0) m += 4294967296.0;
    return (int32_t)(uint32_t)m;
}

static inline int32_t i32_shl(int32_t a, int32_t b) { return (int32_t)((uint32_t)a << (b & 31)); }

/* The frame whose `this` a super() call in fr binds: fr itself, or for an
 * arrow function the innermost derived-constructor frame below it (the
 * arrow runs while that constructor is active). */
static Frame *super_frame(VM *vm, Frame *fr)
{
    if (!(fr->proto->flags & FP_ARROW)) return fr;
    for (Frame *f = fr - 1; f >= vm->frames; f--)
        if ((f->flags & FRAME_CONSTRUCT) && f->proto && (f->proto->flags & FP_DERIVED)) return f;
    return fr;
}

/* Bind `this` after super(): ReferenceError when already bound. */
static bool bind_super_this(VM *vm, Frame *fr, JSValue v)
{
    Frame *sf = super_frame(vm, fr);
    if (sf->regs[0] != VAL_UNINIT) {
        err_throw(vm, ERRMSG_SUPER_TWICE);
        return false;
    }
    sf->regs[0] = v;
    return true;
}

/* Find the handler of frame fr covering its pc, or NULL. */
static const ExcHandler *find_handler(const Frame *fr)
{
    const FunctionProto *fp = fr->proto;
    uint32_t off = (uint32_t)(fr->pc - fp->code);
    for (uint32_t i = 0; i < fp->nhandlers; i++) {
        const ExcHandler *h = &fp->handlers[i];
        if (off >= h->start && off < h->end) return h;
    }
    return NULL;
}

/* ---- the dispatch loop ------------------------------------------------------- */

#ifdef NDEBUG
#define COUNT_OP() ((void)0)
#define CHECK_SIZE(n) ((void)0)
#else
#define COUNT_OP() (vm->stats.v[STAT_bytecodes]++)
#define CHECK_SIZE(n) assert((n) == bc_ops[*pc].size)
#endif

#if defined(TL_INTERP_STEP)
/* Step mode (interp_step.c): execute one instruction and report where the
 * top frame continues: its pc when it is still the frame we started in,
 * NULL when the top frame changed (a call, a return, an unwind). */
#define CASE(name) case BC_##name:
#define DISPATCH() do { fr->pc = pc; return vm->frame_count == step_frames ? pc : NULL; } while (0)
#elif defined(TL_INTERP_SWITCH)
#define CASE(name) case BC_##name:
#define DISPATCH() goto dispatch
#else
#define CASE(name) L_##name:
#define DISPATCH() do { COUNT_OP(); goto *labels[*pc]; } while (0)
#endif
#define NEXT(n) do { CHECK_SIZE(n); pc += (n); DISPATCH(); } while (0)

/* Leaving the loop because the FRAME_ENTRY frame finished (value or
 * VAL_EXCEPTION).  Step mode hands the value to bl_run through the VM. */
#ifdef TL_INTERP_STEP
#define RUN_RETURN(v) do { vm->tier_result = (v); return NULL; } while (0)
#else
#define RUN_RETURN(v) return (v)
#endif

/* Tier switch points: entering a frame (call, return, handler, OSR at a
 * loop header) whose function has baseline code continues there. */
#ifdef TL_INTERP_STEP
#define TIER_SWITCH() ((void)0)
#else
#define TIER_SWITCH() do { if (UNLIKELY(fr->proto->tier_code[TIER_BASELINE] != NULL)) goto enter_tier; } while (0)
#endif
/* A call spends the callee's budget; exhausted budgets go to the policy.
 * That is also where calls poll the interrupt flag, as LOOP does: a program
 * without loops (an exponential tree of recursive calls) still spends its
 * budgets, so it is stopped within one budget (POLL_BUDGET bytecode bytes
 * of calls at most) at no cost on the common path. */
#define SPEND_CALL_BUDGET()                                                          \
    do {                                                                             \
        if (UNLIKELY((fr->proto->budget -= (int32_t)fr->proto->code_len) < 0)) {    \
            policy_budget_exhausted(vm, fr, false);                                  \
            if (vm->interrupted) {                                                   \
                SYNC();                                                              \
                err_throw(vm, ERRMSG_INTERRUPTED, "timeout");                        \
                goto exception;                                                      \
            }                                                                        \
        }                                                                            \
    } while (0)
#define JUMP_BY(off) do { pc += (off); DISPATCH(); } while (0)

/* Operands at byte offsets of the current instruction. */
#define U16(off) bc_u16(pc + (off))
#define U32(off) bc_u32(pc + (off))
#define I32(off) bc_i32(pc + (off))
#define R(i) regs[i]
#define K(i) consts[i]

#define SYNC() (fr->pc = pc)
#define CHECK(v) do { if (UNLIKELY((v) == VAL_EXCEPTION)) goto exception; } while (0)
#define CHECK_INT(r) do { if (UNLIKELY((r) < 0)) goto exception; } while (0)
#define LOAD_FRAME()                   \
    do {                               \
        regs = fr->regs;               \
        pc = fr->pc;                   \
        consts = fr->proto->consts;    \
        fbv = fr->proto->feedback;     \
    } while (0)
#define STRICT() ((fr->proto->flags & FP_STRICT) != 0)
#define FB_TYPES(slot, x, y) (fbv[slot].types |= (uint8_t)(fb_type_of(x) | fb_type_of(y)))

/* An instruction both tiers run (interp_op_*, interp_ops.h): continue
 * where it says.  jump_at: the offset of its J operand (0: none).  The
 * op is forced inline and returns a constant on each path, so the switch
 * folds into the op's paths (no compare is left on the fast paths). */
#define RUN_OP(op, size, jump_at)                                            \
    do {                                                                     \
        switch (op(vm, fr, regs, fbv, pc)) {                                 \
        case OP_NEXT: NEXT(size);                                            \
        case OP_JUMP: JUMP_BY(I32(jump_at));                                 \
        case OP_THROW: goto exception;                                       \
        case OP_ENTERED:                                                     \
            fr = call_top_frame(vm);                                         \
            LOAD_FRAME();                                                    \
            TIER_SWITCH();                                                   \
            DISPATCH();                                                      \
        }                                                                    \
        __builtin_unreachable();                                             \
    } while (0)

/* Arithmetic on R(b), R(c) into R(a), format RRRF.  INT_OP computes an
 * int32 result into r_ and leaves the block when it does not fit. */
#define ARITH(binop, INT_OP, DBL_EXPR)                                       \
    {                                                                        \
        JSValue x = R(U16(3)), y = R(U16(5));                                \
        if (LIKELY(val_is_int(x) && val_is_int(y))) {                        \
            int32_t xi = val_int(x), yi = val_int(y), r_;                    \
            fbv[U32(7)].types |= FB_TYPE_INT32;                              \
            INT_OP                                                           \
        }                                                                    \
        if (LIKELY(val_is_number(x) && val_is_number(y))) {                  \
            double xd = val_to_number(x), yd = val_to_number(y);             \
            FB_TYPES(U32(7), x, y);                                          \
            R(U16(1)) = DBL_EXPR;                                            \
            NEXT(SZ_RRRF);                                                   \
        }                                                                    \
        SYNC();                                                              \
        fbv[U32(7)].types |= (uint8_t)(fb_type_of_slow(x) | fb_type_of_slow(y)); \
        JSValue r = rt_binary(vm, binop, x, y);                              \
        CHECK(r);                                                            \
        R(U16(1)) = r;                                                       \
        NEXT(SZ_RRRF);                                                       \
    }

/* Bitwise operators: int32 operands inline, other numbers through an
 * inline ToInt32, the rest through rt_binary. */
#define BITOP(binop, EXPR)                                                   \
    {                                                                        \
        JSValue x = R(U16(3)), y = R(U16(5));                                \
        if (LIKELY(val_is_int(x) && val_is_int(y))) {                        \
            int32_t xi = val_int(x), yi = val_int(y);                        \
            fbv[U32(7)].types |= FB_TYPE_INT32;                              \
            R(U16(1)) = EXPR;                                                \
            NEXT(SZ_RRRF);                                                   \
        }                                                                    \
        if (val_is_number(x) && val_is_number(y)) {                          \
            int32_t xi = num_to_int32(x), yi = num_to_int32(y);              \
            FB_TYPES(U32(7), x, y);                                          \
            R(U16(1)) = EXPR;                                                \
            NEXT(SZ_RRRF);                                                   \
        }                                                                    \
        SYNC();                                                              \
        fbv[U32(7)].types |= (uint8_t)(fb_type_of_slow(x) | fb_type_of_slow(y)); \
        JSValue r = rt_binary(vm, binop, x, y);                              \
        CHECK(r);                                                            \
        R(U16(1)) = r;                                                       \
        NEXT(SZ_RRRF);                                                       \
    }

/* Conversions R(b) -> R(a), format RR: a value that already passes IS is
 * copied, any other goes through the runtime's CONVERT_FN (may run JS). */
#define CONVERT(IS, CONVERT_FN)                                              \
    {                                                                        \
        JSValue x = R(U16(3));                                               \
        if (LIKELY(IS(x))) {                                                 \
            R(U16(1)) = x;                                                   \
            NEXT(SZ_RR);                                                     \
        }                                                                    \
        SYNC();                                                              \
        JSValue v = CONVERT_FN(vm, x);                                       \
        CHECK(v);                                                            \
        R(U16(1)) = v;                                                       \
        NEXT(SZ_RR);                                                         \
    }

/* Relational comparison of x and y into int `res` (1/0), numbers inline. */
#define RELATIONAL(OPC, CMP, x, y, fbslot)                                   \
    int res;                                                                 \
    if (LIKELY(val_is_int(x) && val_is_int(y))) {                            \
        fbv[fbslot].types |= FB_TYPE_INT32;                                  \
        res = val_int(x) CMP val_int(y);                                     \
    } else if (val_is_number(x) && val_is_number(y)) {                       \
        FB_TYPES(fbslot, x, y);                                              \
        res = val_to_number(x) CMP val_to_number(y);                         \
    } else {                                                                 \
        SYNC();                                                              \
        fbv[fbslot].types |= (uint8_t)(fb_type_of_slow(x) | fb_type_of_slow(y)); \
        res = rt_relational(vm, OPC, x, y);                              \
        CHECK_INT(res);                                                      \
    }

#define COMPARE_OP(OPC, CMP)                                                 \
    {                                                                        \
        JSValue x = R(U16(3)), y = R(U16(5));                                \
        RELATIONAL(OPC, CMP, x, y, U32(7))                                   \
        R(U16(1)) = val_from_bool(res);                                      \
        NEXT(SZ_RRRF);                                                       \
    }

/* Fused compare-and-branch (RRJF): jump when the comparison equals WANT. */
#define JCOMPARE_OP(OPC, CMP, WANT)                                          \
    {                                                                        \
        JSValue x = R(U16(1)), y = R(U16(3));                                \
        RELATIONAL(OPC, CMP, x, y, U32(9))                                   \
        if (res == (WANT)) JUMP_BY(I32(5));                                  \
        NEXT(SZ_RRJF);                                                       \
    }

/* Loose equality into `res`: identical ints/objects inline. */
#define LOOSE_EQ(x, y, fbslot)                                               \
    int res;                                                                 \
    if (val_is_int(x) && val_is_int(y)) {                                    \
        fbv[fbslot].types |= FB_TYPE_INT32;                                  \
        res = x == y;                                                        \
    } else if (val_is_number(x) && val_is_number(y)) {                       \
        FB_TYPES(fbslot, x, y);                                              \
        res = val_to_number(x) == val_to_number(y);                          \
    } else {                                                                 \
        SYNC();                                                              \
        fbv[fbslot].types |= (uint8_t)(fb_type_of_slow(x) | fb_type_of_slow(y)); \
        res = rt_loose_equals(vm, x, y);                                     \
        CHECK_INT(res);                                                      \
    }


#ifdef TL_INTERP_STEP
const uint8_t *interp_step(VM *vm, const uint8_t *at)
#else
JSValue interp_run(VM *vm)
#endif
{
#if !defined(TL_INTERP_SWITCH) && !defined(TL_INTERP_STEP)
    static const void *const labels[] = {
#define OP(name, fmt, fb, flags) [BC_##name] = &&L_##name,
#include "bytecode.def"
#undef OP
    };
    _Static_assert(sizeof labels / sizeof labels[0] == BC__COUNT, "every opcode needs a label");
#endif
    Frame *fr = call_top_frame(vm);
    const uint8_t *pc;
    JSValue *regs, *consts;
    FeedbackSlot *fbv;
    /* scratch shared by the call opcodes (do_call) */
    JSValue *w;
    uint32_t argc;
    uint16_t ret;
    JSValue new_target, retv;
    bool construct;

    LOAD_FRAME();
#if defined(TL_INTERP_STEP)
    const uint32_t step_frames = vm->frame_count;
    if (!at) goto exception;   /* unwind the pending exception from the top frame */
    pc = at;
    COUNT_OP();
    switch ((Opcode)*pc) {
#elif defined(TL_INTERP_SWITCH)
    if (fr->flags & FRAME_ENTRY) SPEND_CALL_BUDGET();
    TIER_SWITCH();
dispatch:
    COUNT_OP();
    switch ((Opcode)*pc) {
#else
    if (fr->flags & FRAME_ENTRY) SPEND_CALL_BUDGET();   /* other frames spent theirs when pushed */
    TIER_SWITCH();
    DISPATCH();
    {
#endif

    /* ---- loads and moves ---- */
    CASE(NOP) NEXT(SZ_);
    CASE(MOV) R(U16(1)) = R(U16(3)); NEXT(SZ_RR);
    CASE(LOAD_CONST) R(U16(1)) = K(U32(3)); NEXT(SZ_RK);
    CASE(LOAD_INT) R(U16(1)) = val_from_int(I32(3)); NEXT(SZ_RI);
    CASE(LOAD_UNDEF) R(U16(1)) = VAL_UNDEFINED; NEXT(SZ_R);
    CASE(LOAD_NULL) R(U16(1)) = VAL_NULL; NEXT(SZ_R);
    CASE(LOAD_TRUE) R(U16(1)) = VAL_TRUE; NEXT(SZ_R);
    CASE(LOAD_FALSE) R(U16(1)) = VAL_FALSE; NEXT(SZ_R);
    CASE(LOAD_UNINIT) R(U16(1)) = VAL_UNINIT; NEXT(SZ_R);
    CASE(CHECK_TDZ)
        if (UNLIKELY(R(U16(1)) == VAL_UNINIT)) {
            SYNC();
            interp_throw_tdz(vm, K(U32(3)));
            goto exception;
        }
        NEXT(SZ_RA);
    CASE(CHECK_THIS)
        if (UNLIKELY(R(U16(1)) == VAL_UNINIT)) {
            SYNC();
            interp_throw_this_tdz(vm);
            goto exception;
        }
        NEXT(SZ_R);
    CASE(LOAD_CALLEE) R(U16(1)) = fr->callee; NEXT(SZ_R);
    CASE(LOAD_NEW_TARGET) R(U16(1)) = fr->new_target; NEXT(SZ_R);
    CASE(LOAD_GLOBAL_THIS) R(U16(1)) = vm->global; NEXT(SZ_R);

    /* ---- environments ---- */
    CASE(PUSH_ENV) RUN_OP(interp_op_push_env, SZ_N, 0);
    CASE(POP_ENV) fr->env = ((JSEnv *)val_cell(fr->env))->parent; NEXT(SZ_);
    CASE(COPY_ENV)
        SYNC();
        CHECK_INT(interp_copy_env(vm, fr));
        NEXT(SZ_);
    CASE(GET_ENV) R(U16(1)) = fr->env; NEXT(SZ_R);
    CASE(SET_ENV) fr->env = R(U16(1)); NEXT(SZ_R);
    CASE(LOAD_ENV) {
        JSEnv *e = (JSEnv *)val_cell(env_up(fr->env, U16(3)));
        R(U16(1)) = e->vars[U16(5)];
        NEXT(SZ_RNN);
    }
    CASE(STORE_ENV) {
        JSEnv *e = (JSEnv *)val_cell(env_up(fr->env, U16(1)));
        heap_store(&vm->heap, &e->hdr, &e->vars[U16(3)], R(U16(5)));
        NEXT(SZ_NNR);
    }
    CASE(LOAD_ENV_CHECK) {
        JSEnv *e = (JSEnv *)val_cell(env_up(fr->env, U16(3)));
        JSValue v = e->vars[U16(5)];
        if (UNLIKELY(v == VAL_UNINIT)) {
            SYNC();
            interp_throw_tdz(vm, K(U32(7)));
            goto exception;
        }
        R(U16(1)) = v;
        NEXT(SZ_RNNA);
    }

    /* ---- globals ---- */
    CASE(GET_GLOBAL) {
        FeedbackSlot *s = &fbv[U32(7)];
        JSValue v;
        if (LIKELY(ic_global_get(vm, s, &v))) {
            vm->stats.v[STAT_ic_hits]++;
            R(U16(1)) = v;
            NEXT(SZ_RAF);
        }
        SYNC();
        vm->stats.v[STAT_ic_misses]++;
        v = fb_get_global_miss(vm, s, K(U32(3)), false);
        CHECK(v);
        R(U16(1)) = v;
        NEXT(SZ_RAF);
    }
    CASE(GET_GLOBAL_TYPEOF) {
        FeedbackSlot *s = &fbv[U32(7)];
        JSValue v;
        if (LIKELY(ic_global_get(vm, s, &v))) {
            R(U16(1)) = v;
            NEXT(SZ_RAF);
        }
        SYNC();
        v = fb_get_global_miss(vm, s, K(U32(3)), true);
        CHECK(v);
        R(U16(1)) = v;
        NEXT(SZ_RAF);
    }
    CASE(SET_GLOBAL) {
        FeedbackSlot *s = &fbv[U32(7)];
        JSValue v = R(U16(5));
        if (LIKELY(ic_global_set(vm, s, v))) {
            vm->stats.v[STAT_ic_hits]++;
            NEXT(SZ_ARF);
        }
        SYNC();
        vm->stats.v[STAT_ic_misses]++;
        CHECK_INT(fb_set_global_miss(vm, s, K(U32(1)), v, STRICT()));
        NEXT(SZ_ARF);
    }
    CASE(DECLARE_VAR)
        SYNC();
        CHECK_INT(interp_declare_var(vm, K(U32(1)), (fr->proto->flags & FP_EVAL) != 0));
        NEXT(SZ_A);
    CASE(DECLARE_FUNC)
        SYNC();
        CHECK_INT(interp_declare_func(vm, K(U32(1)), R(U16(5)), (fr->proto->flags & FP_EVAL) != 0));
        NEXT(SZ_AR);
    CASE(DECLARE_LEX)
        SYNC();
        CHECK_INT(interp_declare_lex(vm, K(U32(1)), U16(5) != 0));
        NEXT(SZ_AN);
    CASE(INIT_LEX)
        SYNC();
        CHECK_INT(interp_init_lex(vm, K(U32(1)), R(U16(5))));
        NEXT(SZ_AR);

    /* ---- properties ---- */
    CASE(GET_PROP) {
        JSValue obj = R(U16(3)), v;
        FeedbackSlot *s = &fbv[U32(9)];
        if (LIKELY(val_is_object(obj))) {
            JSObject *o = val_obj(obj);
            int hit = ic_get(s, o, vm->proto_epoch, &v);
            if (LIKELY(hit == 1)) {
                vm->stats.v[STAT_ic_hits]++;
                R(U16(1)) = v;
                NEXT(SZ_RRAF);
            }
            if (hit == 2 && v == vm_intrinsic(vm, INTR_TypedArrayLengthGetter) && o->cls == CLS_TYPED_ARRAY) {
                /* the original %TypedArray%.prototype.length getter, resolved by the IC: its result without the call */
                vm->stats.v[STAT_ic_hits]++;
                R(U16(1)) = val_number(ta_length((const JSTypedArray *)o));
                NEXT(SZ_RRAF);
            }
            if (hit == 2 && val_is_function(v)) {
                /* cached getter: call it like a JS call from here (the
                 * result lands in R(a) when it returns) */
                vm->stats.v[STAT_ic_hits]++;
                SYNC();
                w = vm->stack_top;
                if (UNLIKELY(w + 2 > vm->stack_end)) {
                    call_throw_overflow(vm);
                    goto exception;
                }
                w[0] = v;
                w[1] = obj;
                vm->stack_top = w + 2;
                argc = 0;
                ret = U16(1);
                construct = false;
                new_target = VAL_UNDEFINED;
                goto do_call;
            }
            if (o->cls == CLS_ARRAY && K(U32(5)) == vm_atom(vm, ATOM_length)) {
                R(U16(1)) = o->length <= INT32_MAX ? val_from_int((int32_t)o->length) : val_from_double(o->length);
                NEXT(SZ_RRAF);
            }
        } else if (val_is_string(obj)) {
            if (K(U32(5)) == vm_atom(vm, ATOM_length)) {
                R(U16(1)) = val_from_int((int32_t)str_length(obj));
                NEXT(SZ_RRAF);
            }
            if (LIKELY(ic_get_string(s, vm->proto_epoch, &v))) {
                vm->stats.v[STAT_ic_hits]++;
                R(U16(1)) = v;
                NEXT(SZ_RRAF);
            }
        }
        SYNC();
        vm->stats.v[STAT_ic_misses]++;
        v = fb_get_prop_miss(vm, s, obj, K(U32(5)));
        CHECK(v);
        R(U16(1)) = v;
        NEXT(SZ_RRAF);
    }
    CASE(SET_PROP) {
        JSValue obj = R(U16(1));
        FeedbackSlot *s = &fbv[U32(9)];
        if (LIKELY(val_is_object(obj))) {
            uint32_t need = 0;
            int hit = ic_set(vm, s, val_obj(obj), R(U16(7)), &need);
            if (LIKELY(hit == 1)) {
                vm->stats.v[STAT_ic_hits]++;
                NEXT(SZ_RARF);
            }
            if (hit == 2) {
                /* a cached transition, but the object's slots must grow first */
                SYNC();
                if (!shape_reserve_slots(vm, &R(U16(1)), need)) goto exception;
                if (ic_set(vm, s, val_obj(R(U16(1))), R(U16(7)), &need) == 1) {
                    vm->stats.v[STAT_ic_hits]++;
                    NEXT(SZ_RARF);
                }
                obj = R(U16(1));
            }
        }
        SYNC();
        vm->stats.v[STAT_ic_misses]++;
        CHECK_INT(fb_set_prop_miss(vm, s, obj, K(U32(3)), R(U16(7)), STRICT()));
        NEXT(SZ_RARF);
    }
    CASE(GET_ELEM) RUN_OP(interp_op_get_elem, SZ_RRRF, 0);
    CASE(SET_ELEM) RUN_OP(interp_op_set_elem, SZ_RRRF, 0);
    CASE(DELETE_PROP) {
        SYNC();
        int r = rt_delete(vm, R(U16(3)), K(U32(5)), STRICT());
        CHECK_INT(r);
        R(U16(1)) = val_from_bool(r);
        NEXT(SZ_RRA);
    }
    CASE(DELETE_ELEM) {
        SYNC();
        int r = rt_delete(vm, R(U16(3)), R(U16(5)), STRICT());
        CHECK_INT(r);
        R(U16(1)) = val_from_bool(r);
        NEXT(SZ_RRR);
    }
    CASE(GET_SUPER) {
        SYNC();
        JSValue v = interp_get_super(vm, fr, R(U16(3)));
        CHECK(v);
        R(U16(1)) = v;
        NEXT(SZ_RR);
    }
    CASE(SET_SUPER)
        SYNC();
        CHECK_INT(interp_set_super(vm, fr, R(U16(1)), R(U16(3))));
        NEXT(SZ_RR);
    CASE(DEFINE_FIELD) RUN_OP(interp_op_define_field, SZ_RAR, 0);
    CASE(DEFINE_OWN)
        SYNC();
        CHECK_INT(interp_define_own(vm, R(U16(1)), R(U16(3)), R(U16(5)), U16(7)));
        NEXT(SZ_RRRN);
    CASE(COPY_DATA_PROPS)
        SYNC();
        CHECK_INT(interp_copy_data_props(vm, R(U16(1)), R(U16(3)), R(U16(5))));
        NEXT(SZ_RRR);
    CASE(PRIV_NAME) {
        SYNC();
        JSValue pn = priv_name_new(vm, K(U32(3)), R(U16(7)), U16(9));
        CHECK(pn);
        R(U16(1)) = pn;
        NEXT(SZ_RARN);
    }
    CASE(PRIV_GET) {
        SYNC();
        JSValue v = priv_get(vm, R(U16(3)), R(U16(5)));
        CHECK(v);
        R(U16(1)) = v;
        NEXT(SZ_RRR);
    }
    CASE(PRIV_SET)
        SYNC();
        CHECK_INT(priv_set(vm, R(U16(1)), R(U16(3)), R(U16(5))));
        NEXT(SZ_RRR);
    CASE(PRIV_HAS) {
        SYNC();
        int r = priv_has(vm, R(U16(5)), R(U16(3)));
        CHECK_INT(r);
        R(U16(1)) = val_from_bool(r);
        NEXT(SZ_RRR);
    }
    CASE(PRIV_DEFINE) {
        SYNC();
        uint16_t c = U16(5);
        int kind = U16(7);
        CHECK_INT(priv_define(vm, R(U16(1)), R(U16(3)), R(c), kind == PRIV_ACCESSOR ? R(c + 1) : VAL_UNDEFINED, kind));
        NEXT(SZ_RRRN);
    }
    CASE(SET_HOME_OBJECT) {
        JSValue f = R(U16(1));
        if (val_is_function(f)) {
            JSFunction *fn = (JSFunction *)val_obj(f);
            heap_store(&vm->heap, &fn->obj.hdr, &fn->home, R(U16(3)));
        }
        NEXT(SZ_RR);
    }

    /* ---- object creation ---- */
    CASE(NEW_OBJECT) RUN_OP(interp_op_new_object, SZ_R, 0);
    CASE(NEW_ARRAY) RUN_OP(interp_op_new_array, SZ_RN, 0);
    CASE(ARRAY_PUSH) {
        JSObject *o = val_obj(R(U16(1)));
        ValArray *el = o->elements;
        if (LIKELY(el && o->length < el->capacity && (o->flags & OBJ_EXTENSIBLE) &&
                   !(o->flags & (OBJ_SPARSE | OBJ_FROZEN_ELEMENTS | OBJ_LENGTH_READONLY)))) {
            heap_store(&vm->heap, &el->hdr, &el->v[o->length], R(U16(3)));
            o->length++;
            NEXT(SZ_RR);
        }
        SYNC();
        CHECK_INT(arr_push(vm, R(U16(1)), R(U16(3))));
        NEXT(SZ_RR);
    }
    CASE(ARRAY_HOLE)
        SYNC();
        CHECK_INT(interp_array_hole(vm, R(U16(1))));
        NEXT(SZ_R);
    CASE(ARRAY_SPREAD)
        SYNC();
        CHECK_INT(rt_spread_into(vm, R(U16(1)), R(U16(3))));
        NEXT(SZ_RR);
    CASE(NEW_REGEXP) RUN_OP(interp_op_new_regexp, SZ_RKK, 0);
    CASE(CLOSURE) RUN_OP(interp_op_closure, SZ_RN, 0);
    CASE(CREATE_CLASS)
        SYNC();
        CHECK_INT(interp_create_class(vm, fr, fr->proto->children[U16(3)], &R(U16(1)), R(U16(5))));
        NEXT(SZ_RNR);
    CASE(CREATE_MAPPED_ARGUMENTS) {
        SYNC();
        JSValue v = call_create_arguments(vm, fr, U16(3));
        CHECK(v);
        R(U16(1)) = v;
        NEXT(SZ_RN);
    }
    CASE(ARG_LOAD)
        R(U16(1)) = args_param_load_fast(vm, R(U16(3)), U16(5), R(U16(1)));
        NEXT(SZ_RRN);
    CASE(ARG_STORE)
        SYNC();
        CHECK_INT(args_param_store(vm, R(U16(1)), U16(3), R(U16(5))));
        NEXT(SZ_RNR);
    CASE(CREATE_ARGUMENTS) {
        SYNC();
        JSValue v = call_create_arguments(vm, fr, 0);
        CHECK(v);
        R(U16(1)) = v;
        NEXT(SZ_R);
    }
    CASE(CREATE_REST) {
        SYNC();
        JSValue v = call_create_rest(vm, fr, U16(3));
        CHECK(v);
        R(U16(1)) = v;
        NEXT(SZ_RN);
    }

    /* ---- arithmetic ---- */
    CASE(ADD) RUN_OP(interp_op_add, SZ_RRRF, 0);
    CASE(SUB)
        ARITH(BIN_SUB,
              if (LIKELY(!__builtin_sub_overflow(xi, yi, &r_))) {
                  R(U16(1)) = val_from_int(r_);
                  NEXT(SZ_RRRF);
              },
              val_from_double(xd - yd))
    CASE(MUL)
        ARITH(BIN_MUL,
              if (LIKELY(!__builtin_mul_overflow(xi, yi, &r_) && (r_ != 0 || (xi | yi) >= 0))) {
                  R(U16(1)) = val_from_int(r_);
                  NEXT(SZ_RRRF);
              },
              val_from_double(xd * yd))
    CASE(DIV)
        ARITH(BIN_DIV,
              if (yi != 0 && xi != INT32_MIN && (r_ = xi / yi) * yi == xi && (xi != 0 || yi > 0)) {
                  R(U16(1)) = val_from_int(r_);
                  NEXT(SZ_RRRF);
              },
              val_number(xd / yd))
    CASE(MOD)
        ARITH(BIN_MOD,
              if (yi != 0 && !(yi == -1 && xi == INT32_MIN) && ((r_ = xi % yi) != 0 || xi >= 0)) {
                  R(U16(1)) = val_from_int(r_);   /* C's % truncates like JS; 0 from xi < 0 is -0 */
                  NEXT(SZ_RRRF);
              },
              val_number(interp_fmod(xd, yd)))
    CASE(EXP) {
        JSValue x = R(U16(3)), y = R(U16(5));
        SYNC();
        FB_TYPES(U32(7), x, y);
        JSValue r = rt_binary(vm, BIN_EXP, x, y);
        CHECK(r);
        R(U16(1)) = r;
        NEXT(SZ_RRRF);
    }
    CASE(BIT_AND) BITOP(BIN_AND, val_from_int(xi & yi))
    CASE(BIT_OR) BITOP(BIN_OR, val_from_int(xi | yi))
    CASE(BIT_XOR) BITOP(BIN_XOR, val_from_int(xi ^ yi))
    CASE(SHL) BITOP(BIN_SHL, val_from_int(i32_shl(xi, yi)))
    CASE(SHR) BITOP(BIN_SHR, val_from_int(xi >> (yi & 31)))
    CASE(USHR) BITOP(BIN_USHR, val_number((double)((uint32_t)xi >> (yi & 31))))
    CASE(ADD_IMM) {
        JSValue x = R(U16(3));
        int32_t imm = I32(5), r;
        if (LIKELY(val_is_int(x))) {
            fbv[U32(9)].types |= FB_TYPE_INT32;
            if (LIKELY(!__builtin_add_overflow(val_int(x), imm, &r)))
                R(U16(1)) = val_from_int(r);
            else
                R(U16(1)) = val_from_double((double)val_int(x) + imm);
            NEXT(SZ_RRIF);
        }
        if (val_is_double(x)) {
            fbv[U32(9)].types |= FB_TYPE_DOUBLE;
            R(U16(1)) = val_from_double(val_double(x) + imm);
            NEXT(SZ_RRIF);
        }
        SYNC();
        fbv[U32(9)].types |= fb_type_of_slow(x);
        JSValue v = rt_add(vm, x, val_from_int(imm));
        CHECK(v);
        R(U16(1)) = v;
        NEXT(SZ_RRIF);
    }
    CASE(INC)
    CASE(DEC) {
        JSValue x = R(U16(3));
        int delta = *pc == BC_INC ? 1 : -1;
        int32_t r;
        if (LIKELY(val_is_int(x))) {
            fbv[U32(5)].types |= FB_TYPE_INT32;
            if (LIKELY(!__builtin_add_overflow(val_int(x), delta, &r)))
                R(U16(1)) = val_from_int(r);
            else
                R(U16(1)) = val_from_double((double)val_int(x) + delta);
            NEXT(SZ_RRF);
        }
        if (val_is_double(x)) {
            fbv[U32(5)].types |= FB_TYPE_DOUBLE;
            R(U16(1)) = val_from_double(val_double(x) + delta);
            NEXT(SZ_RRF);
        }
        SYNC();
        fbv[U32(5)].types |= fb_type_of_slow(x);
        JSValue v = rt_inc(vm, x, delta);
        CHECK(v);
        R(U16(1)) = v;
        NEXT(SZ_RRF);
    }
    CASE(NEG) {
        JSValue x = R(U16(3));
        if (val_is_int(x) && val_int(x) != 0 && val_int(x) != INT32_MIN) {
            fbv[U32(5)].types |= FB_TYPE_INT32;
            R(U16(1)) = val_from_int(-val_int(x));
            NEXT(SZ_RRF);
        }
        if (val_is_number(x)) {
            fbv[U32(5)].types |= fb_type_of(x);
            R(U16(1)) = val_from_double(-val_to_number(x));
            NEXT(SZ_RRF);
        }
        SYNC();
        fbv[U32(5)].types |= fb_type_of_slow(x);
        JSValue v = rt_negate(vm, x);
        CHECK(v);
        R(U16(1)) = v;
        NEXT(SZ_RRF);
    }
    CASE(BIT_NOT) {
        JSValue x = R(U16(3));
        if (LIKELY(val_is_int(x))) {
            R(U16(1)) = val_from_int(~val_int(x));
            NEXT(SZ_RR);
        }
        SYNC();
        JSValue v = rt_bit_not(vm, x);
        CHECK(v);
        R(U16(1)) = v;
        NEXT(SZ_RR);
    }
    CASE(TO_NUMBER) CONVERT(val_is_number, rt_to_number)
    CASE(TO_NUMERIC) RUN_OP(interp_op_to_numeric, SZ_RR, 0);
    CASE(TO_STRING) CONVERT(val_is_string, rt_to_string)
    CASE(TO_PROPERTY_KEY) {
        SYNC();
        JSValue v = rt_to_property_key(vm, R(U16(3)));
        CHECK(v);
        R(U16(1)) = v;
        NEXT(SZ_RR);
    }
    CASE(TO_OBJECT) CONVERT(val_is_object, rt_to_object)
    CASE(NOT) {
        JSValue x = R(U16(3));
        R(U16(1)) = val_is_bool(x) ? (x ^ 1) : val_from_bool(!rt_to_boolean(x));
        NEXT(SZ_RR);
    }
    CASE(TYPEOF) R(U16(1)) = rt_typeof(vm, R(U16(3))); NEXT(SZ_RR);

    /* ---- comparisons ---- */
    CASE(EQ) {
        JSValue x = R(U16(3)), y = R(U16(5));
        LOOSE_EQ(x, y, U32(7))
        R(U16(1)) = val_from_bool(res);
        NEXT(SZ_RRRF);
    }
    CASE(NE) {
        JSValue x = R(U16(3)), y = R(U16(5));
        LOOSE_EQ(x, y, U32(7))
        R(U16(1)) = val_from_bool(!res);
        NEXT(SZ_RRRF);
    }
    CASE(STRICT_EQ) {
        JSValue x = R(U16(3)), y = R(U16(5));
        FB_TYPES(U32(7), x, y);
        R(U16(1)) = val_from_bool(interp_strict_eq(x, y));
        NEXT(SZ_RRRF);
    }
    CASE(STRICT_NE) {
        JSValue x = R(U16(3)), y = R(U16(5));
        FB_TYPES(U32(7), x, y);
        R(U16(1)) = val_from_bool(!interp_strict_eq(x, y));
        NEXT(SZ_RRRF);
    }
    CASE(LT) COMPARE_OP(REL_LT, <)
    CASE(LE) COMPARE_OP(REL_LE, <=)
    CASE(GT) COMPARE_OP(REL_GT, >)
    CASE(GE) COMPARE_OP(REL_GE, >=)
    CASE(INSTANCEOF) {
        SYNC();
        int r = rt_instanceof(vm, R(U16(3)), R(U16(5)));
        CHECK_INT(r);
        R(U16(1)) = val_from_bool(r);
        NEXT(SZ_RRR);
    }
    CASE(WITH_HAS) {
        SYNC();
        int r = rt_with_has(vm, R(U16(3)), K(U32(5)));
        CHECK_INT(r);
        R(U16(1)) = val_from_bool(r);
        NEXT(SZ_RRA);
    }
    CASE(IN) {
        SYNC();
        int r = rt_in(vm, R(U16(3)), R(U16(5)));
        CHECK_INT(r);
        R(U16(1)) = val_from_bool(r);
        NEXT(SZ_RRR);
    }

    /* ---- control flow ---- */
    CASE(JUMP) JUMP_BY(I32(1));
    CASE(LOOP)
        /* the budget shrinks by the loop's size in bytecode bytes (I32(1) < 0) */
        if (UNLIKELY((fr->proto->budget += I32(1)) < 0)) {
            if (vm->interrupted) {
                SYNC();
                err_throw(vm, ERRMSG_INTERRUPTED, "timeout");
                goto exception;
            }
            SYNC();
            if (policy_budget_exhausted(vm, fr, true)) {
                pc += I32(1);   /* on-stack replacement at the loop header */
                TIER_SWITCH();
                DISPATCH();
            }
        }
        JUMP_BY(I32(1));
    CASE(JUMP_IF_TRUE) RUN_OP(interp_op_jump_if_true, SZ_RJ, 3);
    CASE(JUMP_IF_FALSE) RUN_OP(interp_op_jump_if_false, SZ_RJ, 3);
    CASE(JUMP_IF_NULLISH)
        if (val_is_nullish(R(U16(1)))) JUMP_BY(I32(3));
        NEXT(SZ_RJ);
    CASE(JUMP_IF_NOT_NULLISH)
        if (!val_is_nullish(R(U16(1)))) JUMP_BY(I32(3));
        NEXT(SZ_RJ);
    CASE(JUMP_IF_UNDEF)
        if (R(U16(1)) == VAL_UNDEFINED) JUMP_BY(I32(3));
        NEXT(SZ_RJ);
    CASE(JLT) JCOMPARE_OP(REL_LT, <, 1)
    CASE(JLE) JCOMPARE_OP(REL_LE, <=, 1)
    CASE(JGT) JCOMPARE_OP(REL_GT, >, 1)
    CASE(JGE) JCOMPARE_OP(REL_GE, >=, 1)
    CASE(JNLT) JCOMPARE_OP(REL_LT, <, 0)
    CASE(JNLE) JCOMPARE_OP(REL_LE, <=, 0)
    CASE(JNGT) JCOMPARE_OP(REL_GT, >, 0)
    CASE(JNGE) JCOMPARE_OP(REL_GE, >=, 0)
    CASE(JEQ) {
        JSValue x = R(U16(1)), y = R(U16(3));
        LOOSE_EQ(x, y, U32(9))
        if (res) JUMP_BY(I32(5));
        NEXT(SZ_RRJF);
    }
    CASE(JNE) {
        JSValue x = R(U16(1)), y = R(U16(3));
        LOOSE_EQ(x, y, U32(9))
        if (!res) JUMP_BY(I32(5));
        NEXT(SZ_RRJF);
    }
    CASE(JSTRICT_EQ) RUN_OP(interp_op_jstrict_eq, SZ_RRJF, 5);
    CASE(JSTRICT_NE) RUN_OP(interp_op_jstrict_ne, SZ_RRJF, 5);

    /* ---- calls ---- */
    CASE(CALL)
        SYNC();
        w = &R(U16(3));
        argc = U16(5);
        ret = U16(1);
        construct = false;
        new_target = VAL_UNDEFINED;
        fb_record_call(&fbv[U32(7)], w[0]);
        goto do_call;
    CASE(CALL_SPREAD)
        SYNC();
        fb_record_call(&fbv[U32(7)], R(U16(3)));
        w = interp_spread_window(vm, R(U16(3)), R(U16(3) + 1), R(U16(5)), &argc);
        if (!w) goto exception;
        ret = U16(1);
        construct = false;
        new_target = VAL_UNDEFINED;
        goto do_call;
    CASE(NEW)
        SYNC();
        w = &R(U16(3));
        argc = U16(5);
        ret = U16(1);
        construct = true;
        new_target = w[0];
        fb_record_call(&fbv[U32(7)], w[0]);
        goto do_call;
    CASE(NEW_SPREAD)
        SYNC();
        fb_record_call(&fbv[U32(7)], R(U16(3)));
        w = interp_spread_window(vm, R(U16(3)), VAL_UNDEFINED, R(U16(5)), &argc);
        if (!w) goto exception;
        ret = U16(1);
        construct = true;
        new_target = w[0];
        goto do_call;
    CASE(SUPER_CALL)
    CASE(SUPER_CALL_SPREAD) {
        SYNC();
        Frame *sf = super_frame(vm, fr);
        JSValue parent = val_obj(sf->callee)->proto;
        if (!rt_is_constructor(parent)) {
            char *d = err_describe(vm, parent);
            err_throw(vm, ERRMSG_SUPER_NOT_CTOR, d ? d : "");
            free(d);
            goto exception;
        }
        if (*pc == BC_SUPER_CALL) {
            /* copy the arguments into a fresh window at the stack top */
            uint32_t n = U16(5);
            w = vm->stack_top;
            if (w + 2 + n > vm->stack_end) {
                call_throw_overflow(vm);
                goto exception;
            }
            w[0] = parent;
            w[1] = VAL_UNDEFINED;
            for (uint32_t i = 0; i < n; i++) w[2 + i] = R(U16(3) + i);
            vm->stack_top = w + 2 + n;
            argc = n;
        } else {
            w = interp_spread_window(vm, parent, VAL_UNDEFINED, R(U16(3)), &argc);
            if (!w) goto exception;
        }
        ret = U16(1);
        construct = true;
        new_target = super_frame(vm, fr)->new_target;
        goto do_call;
    }

    /* Shared call sequence: w[0] = callee, w[1] = this, w[2..2+argc) =
     * arguments; bytecode callees get a frame at w+1 and run in this loop,
     * natives are called directly. */
do_call:
    for (;;) {
        JSValue f = w[0];
        if (UNLIKELY(!val_is_function(f))) {
            if (construct ? rt_is_constructor(f) : proxy_is_callable(f)) {
                /* a function proxy: its [[Call]] / [[Construct]] runs like a native */
                JSValue v = proxy_call(vm, f, w[1], argc, w + 2, construct ? new_target : VAL_HOLE);
                vm->stack_top = fr->top;
                CHECK(v);
                if (UNLIKELY(*pc == BC_SUPER_CALL || *pc == BC_SUPER_CALL_SPREAD) && !bind_super_this(vm, fr, v))
                    goto exception;
                regs[ret] = v;
                pc += bc_ops[*pc].size;
                DISPATCH();
            }
            char *text = (*pc == BC_CALL || *pc == BC_NEW) ? interp_callee_text(fr->proto, pc) : NULL;
            if (text) err_throw(vm, construct ? ERRMSG_NOT_CONSTRUCTOR : ERRMSG_NOT_FUNCTION, text);
            else if (construct) call_throw_not_constructor(vm, f);
            else call_throw_not_callable(vm, f);
            free(text);
            goto exception;
        }
        JSFunction *fn = (JSFunction *)val_obj(f);
        if (UNLIKELY(construct && !(fn->obj.flags & OBJ_IS_CONSTRUCTOR))) {
            call_throw_not_constructor(vm, f);
            goto exception;
        }
        if (LIKELY(fn->fp != NULL)) {
            uint16_t flags = 0;
            if (construct) {
                flags = FRAME_CONSTRUCT;
                if (fn->fp->flags & FP_DERIVED) {
                    w[1] = VAL_UNINIT;
                } else {
                    /* new_target is a C local: root it while `this` is allocated */
                    HandleScope hs = heap_scope_open(vm);
                    JSValue *hnt = heap_handle(vm, new_target);
                    /* pretenuring: a NEW is a site, keyed by its call feedback slot
                     * (what the baseline tier's construct stub sees too) */
                    AllocSite *site = NULL;
                    bool pre = *pc == BC_NEW ? site_enter(&vm->heap, &fbv[U32(7)], &site) : vm->heap.pretenure;
                    JSValue t = call_create_this(vm, *hnt);
                    bool ok = t != VAL_EXCEPTION;
                    if (ok) {
                        w[1] = t;
                        /* room for the properties this site's constructor added last time */
                        if (*pc == BC_NEW && fbv[U32(7)].hits) ok = shape_reserve_slots(vm, &w[1], fbv[U32(7)].hits);
                    }
                    site_leave(&vm->heap, site, pre, ok ? w[1] : VAL_EXCEPTION);
                    new_target = *hnt;
                    heap_scope_close(vm, hs);
                    if (!ok) goto exception;
                }
            } else if (UNLIKELY(fn->fp->flags & FP_CLASS_CTOR)) {
                call_throw_class_call(vm, f);
                goto exception;
            }
            Frame *nf = call_push(vm, w[0], w + 1, argc, new_target, ret, flags);
            if (UNLIKELY(!nf)) goto exception;
            fr = nf;
            LOAD_FRAME();
            SPEND_CALL_BUDGET();
            TIER_SWITCH();
            DISPATCH();
        }
        if (fn->native) {
            if (construct) w[1] = VAL_UNDEFINED;
            JSValue v = call_native(vm, f, w + 2, argc, new_target);
            vm->stack_top = fr->top;
            CHECK(v);
            if (UNLIKELY(*pc == BC_SUPER_CALL || *pc == BC_SUPER_CALL_SPREAD) && !bind_super_this(vm, fr, v))
                goto exception;
            regs[ret] = v;
            pc += bc_ops[*pc].size;
            DISPATCH();
        }
        CHECK_INT(call_unbind(vm, w, &argc, construct ? &new_target : NULL));
    }

    CASE(RETURN)
        retv = R(U16(1));
        goto do_return;
    CASE(RETURN_UNDEF)
        retv = VAL_UNDEFINED;
        goto do_return;

    /* Pop the frame; the caller resumes after its call instruction.  A
     * SUPER_CALL there also binds the caller's `this`. */
do_return: {
        if (UNLIKELY(fr->flags & FRAME_CONSTRUCT)) {
            SYNC();
            retv = construct_result(vm, fr, retv);
            CHECK(retv);
        }
        uint16_t flags = fr->flags, rr = fr->ret_reg;
        fr = call_pop(vm);
        if (flags & FRAME_ENTRY) RUN_RETURN(retv);
        LOAD_FRAME();
        if ((flags & FRAME_CONSTRUCT) && *pc == BC_NEW && val_is_object(retv)) {
            uint32_t n = val_obj(retv)->shape->slot_count;
            FeedbackSlot *cs = &fbv[U32(7)];
            if (n > cs->hits && n <= 64) cs->hits = n;
        }
        if (UNLIKELY(*pc == BC_SUPER_CALL || *pc == BC_SUPER_CALL_SPREAD) && !bind_super_this(vm, fr, retv)) {
            if (UNLIKELY(flags & FRAME_NESTED)) RUN_RETURN(TIER_THROW);
            goto exception;
        }
        regs[rr] = retv;
        pc += bc_ops[*pc].size;
        if (UNLIKELY(flags & FRAME_NESTED)) {
            /* back in the baseline frame that ran this call nested (bl_call) */
            SYNC();
            RUN_RETURN(TIER_STOPPED);
        }
        TIER_SWITCH();
        DISPATCH();
    }
    CASE(THROW)
        SYNC();
        err_throw_value(vm, R(U16(1)));
        goto exception;
    CASE(THROW_ERROR)
        SYNC();
        interp_throw_error(vm, U16(1), K(U32(3)));
        goto exception;

    /* ---- iteration ---- */
    CASE(GET_ITERATOR) RUN_OP(interp_op_get_iterator, SZ_RR, 0);
    CASE(ITER_NEXT) RUN_OP(interp_op_iter_next, SZ_RRJ, 5);
    CASE(ITER_CLOSE) RUN_OP(interp_op_iter_close, SZ_R, 0);
    CASE(FOR_IN_START) {
        SYNC();
        JSValue v = interp_for_in_start(vm, R(U16(3)));
        CHECK(v);
        R(U16(1)) = v;
        NEXT(SZ_RR);
    }
    CASE(FOR_IN_NEXT) {
        SYNC();
        JSValue v;
        int r = interp_for_in_next(vm, &R(U16(3)), &v);
        CHECK_INT(r);
        if (!r) JUMP_BY(I32(5));
        R(U16(1)) = v;
        NEXT(SZ_RRJ);
    }

    /* ---- misc ---- */
    CASE(CHECK_OBJECT_COERCIBLE)
        if (UNLIKELY(val_is_nullish(R(U16(1))))) {
            SYNC();
            err_throw(vm, ERRMSG_NULL_TO_OBJECT);
            goto exception;
        }
        NEXT(SZ_R);
    CASE(THROW_IF_NOT_OBJECT)
        if (UNLIKELY(!val_is_object(R(U16(1))))) {
            SYNC();
            char *d = err_describe(vm, R(U16(1)));
            err_throw(vm, ERRMSG_ITER_RESULT, d ? d : "");
            free(d);
            goto exception;
        }
        NEXT(SZ_R);
    CASE(DEBUGGER) NEXT(SZ_);

    /* ---- generators and async functions (builtins/generator.h) ----
     * Suspending saves the frame in the generator object and leaves it
     * through do_return; resuming pushes a new FRAME_ENTRY frame (C). */
    CASE(GENERATOR_START) {
        SYNC();
        JSValue g = bi_generator_start(vm, fr, U16(1),
                                       (fr->proto->flags & FP_ASYNC) ? GEN_KIND_ASYNC_GENERATOR : GEN_KIND_GENERATOR);
        CHECK(g);
        R(U16(1)) = g;
        bi_generator_suspend(vm, fr, g, pc + SZ_R, GEN_SUSPENDED_START);
        retv = g;
        goto do_return;
    }
    CASE(ASYNC_START) RUN_OP(interp_op_async_start, SZ_R, 0);
    CASE(YIELD) {
        SYNC();
        bool go_on;
        retv = bi_generator_yield(vm, &R(U16(1)), R(U16(3)), U16(5) != 0, &go_on);
        CHECK(retv);
        if (go_on) NEXT(SZ_RRN);   /* an async generator with queued requests */
        bi_generator_suspend(vm, fr, R(U16(1)), pc + SZ_RRN, GEN_SUSPENDED_YIELD);
        goto do_return;
    }
    CASE(AWAIT)
        SYNC();
        retv = bi_generator_await(vm, R(U16(1)), R(U16(3)));
        CHECK(retv);
        bi_generator_suspend(vm, fr, R(U16(1)), pc + SZ_RR, -1);
        goto do_return;
    CASE(RESUME) {
        JSValue mode = R(U16(1) + 2);
        if (LIKELY(mode == val_from_int(GEN_MODE_NEXT))) JUMP_BY(I32(3));
        if (mode == val_from_int(GEN_MODE_THROW)) {
            SYNC();
            err_throw_value(vm, R(U16(1) + 1));
            goto exception;
        }
        NEXT(SZ_RJ);
    }
    CASE(YIELD_STAR) {
        SYNC();
        JSValue m;
        int r = interp_yield_star_method(vm, &R(U16(1)), &R(U16(3)), &m);
        CHECK_INT(r);
        if (r == 1) JUMP_BY(I32(5));
        if (r == 2) NEXT(SZ_RRJ);   /* the array fast path made the result */
        /* an inner generator resumes in this loop; its yield returns to R(a+1) */
        r = bi_generator_resume_inline(vm, m, R(U16(3)), R(U16(1) + 1), (uint16_t)(U16(1) + 1));
        CHECK_INT(r);
        if (r) {
            fr = call_top_frame(vm);
            LOAD_FRAME();
            TIER_SWITCH();
            DISPATCH();
        }
        JSValue v = vm_call(vm, m, R(U16(3)), 1, &R(U16(1) + 1));
        CHECK(v);
        R(U16(1) + 1) = v;
        NEXT(SZ_RRJ);
    }
    CASE(YIELD_STAR_RESULT) {
        SYNC();
        int r = interp_yield_star_result(vm, &R(U16(1)));
        CHECK_INT(r);
        if (r) JUMP_BY(I32(3));
        NEXT(SZ_RJ);
    }
    CASE(GEN_RETURN)
        SYNC();
        retv = bi_generator_return(vm, R(U16(1)), R(U16(3)));
        CHECK(retv);
        goto do_return;
    CASE(GEN_THROW)
        SYNC();
        retv = bi_generator_throw(vm, R(U16(1)), R(U16(3)));
        CHECK(retv);
        goto do_return;
    CASE(FOR_OF_NEXT) RUN_OP(interp_op_for_of_next, SZ_RRJ, 5);
    CASE(FOR_OF_RESULT) RUN_OP(interp_op_for_of_result, SZ_RJ, 3);
    CASE(GET_ASYNC_ITERATOR)
        SYNC();
        CHECK_INT(bi_generator_async_iterator(vm, &R(U16(1)), R(U16(3))));
        NEXT(SZ_RR);
    CASE(ASYNC_YIELD_STAR) {
        SYNC();
        int r = interp_async_yield_star(vm, &R(U16(1)), &R(U16(3)));
        CHECK_INT(r);
        if (r) JUMP_BY(I32(5));
        NEXT(SZ_RRJ);
    }
    CASE(ASYNC_ITER_RESULT) RUN_OP(interp_op_async_iter_result, SZ_RRJ, 5);
    CASE(ASYNC_ITER_CLOSE)
    CASE(ASYNC_ITER_CLOSE_QUIET) {
        SYNC();
        int r = interp_async_iter_close(vm, R(U16(3)), &R(U16(1)), *pc == BC_ASYNC_ITER_CLOSE_QUIET);
        CHECK_INT(r);
        if (r) JUMP_BY(I32(5));
        NEXT(SZ_RRJ);
    }

#if defined(TL_INTERP_SWITCH) || defined(TL_INTERP_STEP)
    case BC__COUNT:
        abort();
#endif
    }

    /* The one throw path. */
exception:
    for (;;) {
        if (fr->proto && !vm->interrupted) {
            const ExcHandler *h = find_handler(fr);
            if (h) {
                regs = fr->regs;
                fr->env = regs[h->env_reg];
                regs[h->exc_reg] = err_pending(vm) ? err_take(vm) : VAL_UNDEFINED;
                vm->stack_top = fr->top;
                pc = fr->proto->code + h->handler;
                consts = fr->proto->consts;
                fbv = fr->proto->feedback;
                TIER_SWITCH();
                DISPATCH();
            }
        }
        uint16_t flags = fr->flags;
        fr = call_pop(vm);
        if (flags & FRAME_ENTRY) RUN_RETURN(VAL_EXCEPTION);
        if (!fr) RUN_RETURN(VAL_EXCEPTION);
        if (UNLIKELY(flags & FRAME_NESTED)) RUN_RETURN(TIER_THROW);   /* the baseline caller unwinds its frame */
    }

#ifndef TL_INTERP_STEP
    /* The top frame runs in baseline code until the top frame changes
     * (then this loop picks up the new top frame, in whatever tier it is)
     * or this activation's FRAME_ENTRY frame finishes. */
enter_tier: {
        fr->pc = pc;
        JSValue r = bl_run(vm, fr);
        if (r != VAL_HOLE) return r;
        fr = call_top_frame(vm);
        LOAD_FRAME();
        TIER_SWITCH();
        DISPATCH();
    }
#endif
}

#ifndef TL_INTERP_STEP
/* ---- the tier ------------------------------------------------------------------- */

static bool interp_compile(VM *vm, FunctionProto *fp) { return true; }
static void interp_discard(VM *vm, FunctionProto *fp) {}

const Tier tier_interp = {
    .name = "interp",
    .level = 0,
    .compile = interp_compile,
    .execute = interp_run,
    .discard = interp_discard,
};
#endif
