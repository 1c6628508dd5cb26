/*
 * interp_ops.h -- the interpreter's opcode helpers (prefix interp_):
 *   - out of line (interp_ops.c): the less frequent opcodes and the slow
 *     halves of the hot ones, kept out of the dispatch loop so it stays
 *     readable;
 *   - inline (interp_op_*, at the end): whole instructions that the
 *     dispatch loop and the baseline JIT's direct slow paths
 *     (tiers/baseline/bl_ops.c) both run -- one definition for both tiers.
 * Internal to tiers/interp and tiers/baseline.
 *
 * Conventions: JSValue results are VAL_EXCEPTION on a throw; int results
 * are -1 on a throw.  Pointers into the VM stack (regs) stay valid across
 * allocation (the stack never moves); values read from them must be re-read.
 */
#ifndef TL_INTERP_OPS_H
#define TL_INTERP_OPS_H

#include <math.h>
#include <stdint.h>

#include "allocsite.h"
#include "array.h"
#include "bigint.h"
#include "builtins/generator.h"
#include "call.h"
#include "feedback.h"
#include "function.h"
#include "object.h"
#include "runtime.h"
#include "str.h"
#include "typedarray.h"
#include "vm.h"

/* x % y on doubles: integral operands below 2^63 in magnitude use int64
 * division (exact: both convert exactly, and the remainder, smaller than
 * |y|, is the exact result fmod would give, so it converts back exactly;
 * much faster than fmod, which reduces bit by bit -- `seed * 1103515245 %
 * 2^31`, an LCG's step above 2^53, is the common case); the result takes
 * the dividend's sign. */
static inline double interp_fmod(double x, double y)
{
    if (fabs(x) < 9223372036854775808.0 && fabs(y) < 9223372036854775808.0 && y != 0 && x == (double)(int64_t)x &&
        y == (double)(int64_t)y) {
        int64_t r = (int64_t)x % (int64_t)y;
        if (r == 0 && signbit(x)) return -0.0;
        return (double)r;
    }
    return fmod(x, y);
}
/* x === y (STRICT_EQ, JSTRICT_EQ ...; baseline code's slow paths too):
 * numbers and identical non-doubles inline, distinct atoms differ,
 * rt_strict_equals for the rest. */
static inline bool interp_strict_eq(JSValue x, JSValue y)
{
    if (val_is_int(x) && val_is_int(y)) return x == y;
    if (x == y && !val_is_double(x)) return true;
    if (val_is_number(x) && val_is_number(y)) return val_to_number(x) == val_to_number(y);
    if (!val_is_string(x) || !val_is_string(y)) return val_is_bigint(x) && val_is_bigint(y) && bigint_equal(x, y);
    if (cell_kind(val_cell(x)) == CELL_STRING && cell_kind(val_cell(y)) == CELL_STRING &&
        str_is_atom((JSString *)val_cell(x)) && str_is_atom((JSString *)val_cell(y)))
        return false;   /* distinct atoms have distinct contents */
    return rt_strict_equals(x, y);
}

/* MOD's double half for the baseline JIT: val_number(interp_fmod(x, y)). */
JSValue interp_mod_number(double x, double y);

JSValue interp_throw_tdz(VM *vm, JSValue name);
JSValue interp_throw_this_tdz(VM *vm);
JSValue interp_throw_error(VM *vm, uint32_t msg, JSValue arg);   /* THROW_ERROR */

/* environments and globals */
int interp_copy_env(VM *vm, Frame *fr);
int interp_declare_var(VM *vm, JSValue key, bool eval);
int interp_declare_func(VM *vm, JSValue key, JSValue fn, bool eval);
int interp_declare_lex(VM *vm, JSValue key, bool is_const);
int interp_init_lex(VM *vm, JSValue key, JSValue v);

/* properties and objects */
JSValue interp_get_super(VM *vm, Frame *fr, JSValue key);
int interp_set_super(VM *vm, Frame *fr, JSValue key, JSValue v);
int interp_define_own(VM *vm, JSValue obj, JSValue key, JSValue v, uint32_t def_flags);
int interp_copy_data_props(VM *vm, JSValue target, JSValue src, JSValue excluded);
JSValue interp_new_array(VM *vm, uint32_t capacity);
int interp_array_hole(VM *vm, JSValue arr);
JSValue interp_new_regexp(VM *vm, JSValue pattern, JSValue flags);
/* CREATE_CLASS: out[0] = constructor, out[1] = prototype object. */
int interp_create_class(VM *vm, Frame *fr, struct FunctionProto *child, JSValue *out, JSValue super);

/* iteration; pair points at R(a) (iterator) and R(a+1) (next method, or an
 * int index for the array fast path, where R(a) is the array itself). */
int interp_get_iterator(VM *vm, JSValue *pair, JSValue iterable);
int interp_iter_next(VM *vm, JSValue *pair, JSValue *out);   /* 1 value, 0 done, -1 */
int interp_iter_close(VM *vm, JSValue *pair);
/* YIELD_STAR (ECMA-262 15.5.5) with g = &R(a): the inner iterator's
 * method to call with g[1] by mode g[2] (0, in *method); 1: mode return
 * and no return method; 2: g[1] is already the inner result (array fast
 * path); -1: exception (mode throw and no throw method: closed, TypeError). */
int interp_yield_star_method(VM *vm, JSValue *g, JSValue *pair, JSValue *method);
/* YIELD_STAR_RESULT: 1 when the inner result g[1] is done (g[1] = its value,
 * mode throw becomes next), 0 when not, -1 on a throw. */
int interp_yield_star_result(VM *vm, JSValue *g);
/* ASYNC_YIELD_STAR: g[1] = the inner iterator's next / throw / return (by
 * mode g[2]) called with g[1] (0), or 1 when the method is missing. */
int interp_async_yield_star(VM *vm, JSValue *g, JSValue *pair);
/* FOR_OF_RESULT / ASYNC_ITER_RESULT: result must be an object; 1 when it
 * is done, else 0 with *out = its value (IteratorComplete, IteratorValue). */
int interp_iter_result(VM *vm, JSValue result, JSValue *out);
/* ASYNC_ITER_CLOSE(_QUIET): *out = iter.return() (0), or 1 when there is
 * none -- or, quiet, when getting or calling it threw (dropped). */
int interp_async_iter_close(VM *vm, JSValue iter, JSValue *out, bool quiet);
JSValue interp_for_in_start(VM *vm, JSValue obj);
int interp_for_in_next(VM *vm, JSValue *en, JSValue *out);   /* 1 key, 0 done, -1 */

/* Spread calls: a window [callee, this, elements of arr...] at the stack top
 * (stack_top raised over it); NULL on a throw. */
JSValue *interp_spread_window(VM *vm, JSValue callee, JSValue this_val, JSValue arr, uint32_t *argc);

/* The source text of the callee of the call at pc ("obj.method"), for
 * "... is not a function" messages; malloc'd, NULL when not recognisable. */
char *interp_callee_text(const struct FunctionProto *fp, const uint8_t *pc);

/* ---- instructions shared by the interpreter and baseline code -------------- *
 *
 * interp_op_X(vm, fr, regs, fbv, pc) runs instruction X at pc of the top
 * frame fr, with regs = fr->regs and fbv = fr->proto->feedback (the
 * dispatch loop passes the copies it keeps in locals), and says where the
 * frame continues (OpNext).  Each saves pc into the frame (OP_SYNC) before
 * anything that may allocate, throw or re-enter; nothing else touches
 * fr->pc, which the caller advances: the loop (RUN_OP in interp.c) by the
 * instruction's size or its jump, bl_ops.c as interp_step would leave it.
 *
 * Forced inline: in the dispatch loop each return value is a constant on
 * its path, so the caller's switch over it folds away and the fast paths
 * compile as if written in the loop (measured, docs/tiers.md session 7). */

typedef enum OpNext {
    OP_NEXT,      /* the next instruction */
    OP_JUMP,      /* the instruction's jump target (its J operand) */
    OP_THROW,     /* an exception is pending: the throw path, from fr */
    OP_ENTERED,   /* a frame was pushed on top of fr (a generator resumed in
                   * the caller's loop): continue the new top frame */
} OpNext;

#define OP_INLINE static inline __attribute__((always_inline))
#define OP_SYNC() (fr->pc = pc)
#define OP_R(off) (regs[bc_u16(pc + (off))])
#define OP_K(off) (fr->proto->consts[bc_u32(pc + (off))])
#define OP_FB(off) (fbv[bc_u32(pc + (off))])
#define OP_LIKELY(x) __builtin_expect(!!(x), 1)

/* -- elements -- */

/* GET_ELEM RRRF: R(a) = R(b)[R(c)] -- dense and typed-array elements
 * inline, a flat string's unit, rt_get_value for the rest (string keys:
 * ToPropertyKey, then [[Get]]) */
OP_INLINE OpNext interp_op_get_elem(VM *vm, Frame *fr, JSValue *regs, FeedbackSlot *fbv, const uint8_t *pc)
{
    JSValue obj = OP_R(3), key = OP_R(5), v;
    if (OP_LIKELY(val_is_object(obj) && val_is_int(key) && val_int(key) >= 0) &&
        OP_LIKELY(arr_fast_get(obj, (uint32_t)val_int(key), &v) || ta_fast_get(obj, (uint32_t)val_int(key), &v))) {
        OP_R(1) = v;
        return OP_NEXT;
    }
    OP_SYNC();
    if (val_is_kind(obj, CELL_STRING) && val_is_int(key) && (uint32_t)val_int(key) < ((JSString *)val_cell(obj))->length) {
        /* s[i] on a flat string: the one-unit string */
        v = str_from_unit(vm, str_unit((JSString *)val_cell(obj), (uint32_t)val_int(key)));
    } else {
        v = rt_get_value(vm, obj, key);
    }
    if (v == VAL_EXCEPTION) return OP_THROW;
    OP_R(1) = v;
    return OP_NEXT;
}

/* SET_ELEM RRRF: R(a)[R(b)] = R(c) -- a dense element in place or appended,
 * a typed-array element, rt_set_value for the rest */
OP_INLINE OpNext interp_op_set_elem(VM *vm, Frame *fr, JSValue *regs, FeedbackSlot *fbv, const uint8_t *pc)
{
    JSValue obj = OP_R(1), key = OP_R(3), v = OP_R(5);
    if (OP_LIKELY(val_is_object(obj) && val_is_int(key) && val_int(key) >= 0)) {
        JSObject *o = val_obj(obj);
        uint32_t i = (uint32_t)val_int(key);
        ValArray *el = o->elements;
        if (OP_LIKELY(o->cls == CLS_ARRAY && el && i < el->capacity &&
                      !(o->flags & (OBJ_FROZEN_ELEMENTS | OBJ_SPARSE)))) {
            if (OP_LIKELY(i < o->length && el->v[i] != VAL_HOLE)) {
                heap_store(&vm->heap, &el->hdr, &el->v[i], v);
                return OP_NEXT;
            }
            /* append: only when the prototype has no elements (no inherited setter at i) */
            if (i == o->length &&
                (o->flags & (OBJ_EXTENSIBLE | OBJ_LENGTH_READONLY | OBJ_IS_PROTO)) == OBJ_EXTENSIBLE &&
                val_is_object(o->proto) && val_obj(o->proto)->length == 0 &&
                !(val_obj(o->proto)->flags & OBJ_SPARSE) && val_obj(o->proto)->cls != CLS_PROXY) {
                heap_store(&vm->heap, &el->hdr, &el->v[i], v);
                o->length = i + 1;
                return OP_NEXT;
            }
        }
        if (o->cls == CLS_TYPED_ARRAY && ta_fast_set(obj, i, v)) return OP_NEXT;
    }
    OP_SYNC();
    return rt_set_value(vm, obj, key, v, (fr->proto->flags & FP_STRICT) != 0) < 0 ? OP_THROW : OP_NEXT;
}

/* -- object creation -- */

/* NEW_OBJECT R: R(a) = {} (pretenuring, allocsite.h: this instruction is the site) */
OP_INLINE OpNext interp_op_new_object(VM *vm, Frame *fr, JSValue *regs, FeedbackSlot *fbv, const uint8_t *pc)
{
    OP_SYNC();
    AllocSite *site;
    bool pre = site_enter(&vm->heap, pc, &site);
    JSValue v = obj_new(vm, vm_intrinsic(vm, INTR_ObjectPrototype));
    site_leave(&vm->heap, site, pre, v);
    if (v == VAL_EXCEPTION) return OP_THROW;
    OP_R(1) = v;
    return OP_NEXT;
}

/* NEW_ARRAY RN: R(a) = an empty array with room for n elements */
OP_INLINE OpNext interp_op_new_array(VM *vm, Frame *fr, JSValue *regs, FeedbackSlot *fbv, const uint8_t *pc)
{
    OP_SYNC();
    AllocSite *site;
    bool pre = site_enter(&vm->heap, pc, &site);
    JSValue v = interp_new_array(vm, bc_u16(pc + 3));
    site_leave(&vm->heap, site, pre, v);
    if (v == VAL_EXCEPTION) return OP_THROW;
    OP_R(1) = v;
    return OP_NEXT;
}

/* NEW_REGEXP RKK: R(a) = /pattern/flags */
OP_INLINE OpNext interp_op_new_regexp(VM *vm, Frame *fr, JSValue *regs, FeedbackSlot *fbv, const uint8_t *pc)
{
    OP_SYNC();
    JSValue v = interp_new_regexp(vm, OP_K(3), OP_K(7));
    if (v == VAL_EXCEPTION) return OP_THROW;
    OP_R(1) = v;
    return OP_NEXT;
}

/* CLOSURE RN: R(a) = a closure of child function n over the frame's env */
OP_INLINE OpNext interp_op_closure(VM *vm, Frame *fr, JSValue *regs, FeedbackSlot *fbv, const uint8_t *pc)
{
    OP_SYNC();
    JSValue v = fn_new_closure(vm, fr->proto->children[bc_u16(pc + 3)], fr->env);
    if (v == VAL_EXCEPTION) return OP_THROW;
    OP_R(1) = v;
    return OP_NEXT;
}

/* DEFINE_FIELD RAR: define own data property R(a)[atom] = R(c) */
OP_INLINE OpNext interp_op_define_field(VM *vm, Frame *fr, JSValue *regs, FeedbackSlot *fbv, const uint8_t *pc)
{
    OP_SYNC();
    if (obj_define_value(vm, OP_R(1), OP_K(3), OP_R(7), PROP_DEFAULT) < 0) return OP_THROW;
    return OP_NEXT;
}

/* PUSH_ENV N: env = a new environment of n variables below env */
OP_INLINE OpNext interp_op_push_env(VM *vm, Frame *fr, JSValue *regs, FeedbackSlot *fbv, const uint8_t *pc)
{
    OP_SYNC();
    JSValue e = env_new(vm, fr->env, bc_u16(pc + 1));
    if (e == VAL_EXCEPTION) return OP_THROW;
    fr->env = e;
    return OP_NEXT;
}

/* -- arithmetic, conversions, branches -- */

/* ADD RRRF: int32 (overflow -> double), numbers, then rt_add_at (a string
 * result: this ADD is its allocation site); type feedback in slot f */
OP_INLINE OpNext interp_op_add(VM *vm, Frame *fr, JSValue *regs, FeedbackSlot *fbv, const uint8_t *pc)
{
    JSValue x = OP_R(3), y = OP_R(5);
    if (OP_LIKELY(val_is_int(x) && val_is_int(y))) {
        int32_t r;
        OP_FB(7).types |= FB_TYPE_INT32;
        if (OP_LIKELY(!__builtin_add_overflow(val_int(x), val_int(y), &r)))
            OP_R(1) = val_from_int(r);
        else
            OP_R(1) = val_from_double((double)val_int(x) + (double)val_int(y));
        return OP_NEXT;
    }
    if (OP_LIKELY(val_is_number(x) && val_is_number(y))) {
        OP_FB(7).types |= (uint8_t)(fb_type_of(x) | fb_type_of(y));
        OP_R(1) = val_from_double(val_to_number(x) + val_to_number(y));
        return OP_NEXT;
    }
    OP_SYNC();
    OP_FB(7).types |= (uint8_t)(fb_type_of_slow(x) | fb_type_of_slow(y));
    JSValue r = rt_add_at(vm, x, y, pc);
    if (r == VAL_EXCEPTION) return OP_THROW;
    OP_R(1) = r;
    return OP_NEXT;
}

/* TO_NUMERIC RR: R(a) = ToNumeric(R(b)) (a number is copied) */
OP_INLINE OpNext interp_op_to_numeric(VM *vm, Frame *fr, JSValue *regs, FeedbackSlot *fbv, const uint8_t *pc)
{
    JSValue x = OP_R(3);
    if (OP_LIKELY(val_is_number(x))) {
        OP_R(1) = x;
        return OP_NEXT;
    }
    OP_SYNC();
    JSValue v = rt_to_numeric(vm, x);
    if (v == VAL_EXCEPTION) return OP_THROW;
    OP_R(1) = v;
    return OP_NEXT;
}

/* JUMP_IF_TRUE / JUMP_IF_FALSE RJ: jump when ToBoolean(R(a)) is / is not true */
OP_INLINE OpNext interp_op_jump_if_true(VM *vm, Frame *fr, JSValue *regs, FeedbackSlot *fbv, const uint8_t *pc)
{
    JSValue x = OP_R(1);
    return x == VAL_TRUE || (x != VAL_FALSE && rt_to_boolean(x)) ? OP_JUMP : OP_NEXT;
}
OP_INLINE OpNext interp_op_jump_if_false(VM *vm, Frame *fr, JSValue *regs, FeedbackSlot *fbv, const uint8_t *pc)
{
    JSValue x = OP_R(1);
    return x == VAL_FALSE || (x != VAL_TRUE && !rt_to_boolean(x)) ? OP_JUMP : OP_NEXT;
}

/* JSTRICT_EQ / JSTRICT_NE RRJF: jump when R(a) === R(b) / !==; feedback in slot f */
OP_INLINE OpNext interp_op_jstrict_eq(VM *vm, Frame *fr, JSValue *regs, FeedbackSlot *fbv, const uint8_t *pc)
{
    JSValue x = OP_R(1), y = OP_R(3);
    OP_FB(9).types |= (uint8_t)(fb_type_of(x) | fb_type_of(y));
    return interp_strict_eq(x, y) ? OP_JUMP : OP_NEXT;
}
OP_INLINE OpNext interp_op_jstrict_ne(VM *vm, Frame *fr, JSValue *regs, FeedbackSlot *fbv, const uint8_t *pc)
{
    JSValue x = OP_R(1), y = OP_R(3);
    OP_FB(9).types |= (uint8_t)(fb_type_of(x) | fb_type_of(y));
    return interp_strict_eq(x, y) ? OP_NEXT : OP_JUMP;
}

/* -- iteration: pair = &R(b) is [iterator, next method], or [array, int
 * index] for the array walk (interp_get_iterator) -- */

/* GET_ITERATOR RR: R(a), R(a+1) = the iteration pair of R(b) */
OP_INLINE OpNext interp_op_get_iterator(VM *vm, Frame *fr, JSValue *regs, FeedbackSlot *fbv, const uint8_t *pc)
{
    OP_SYNC();
    return interp_get_iterator(vm, &OP_R(1), OP_R(3)) < 0 ? OP_THROW : OP_NEXT;
}

/* The array walk's step (pair[1] an int): 1 = *out is the next element,
 * 0 = done (for good), -1 = not a fast element (interp_iter_next takes it). */
OP_INLINE int interp_array_walk_next(JSValue *pair, JSValue *out)
{
    uint32_t i = (uint32_t)val_int(pair[1]);
    if (i >= val_obj(pair[0])->length) {
        pair[1] = val_from_int(INT32_MAX);   /* exhausted for good */
        return 0;
    }
    if (!OP_LIKELY(arr_fast_get(pair[0], i, out))) return -1;
    pair[1] = val_from_int((int32_t)i + 1);
    return 1;
}

/* ITER_NEXT RRJ: R(a) = the next value of pair R(b), or jump when done */
OP_INLINE OpNext interp_op_iter_next(VM *vm, Frame *fr, JSValue *regs, FeedbackSlot *fbv, const uint8_t *pc)
{
    JSValue *pair = &OP_R(3);
    JSValue v;
    if (OP_LIKELY(val_is_int(pair[1]))) {
        int r = interp_array_walk_next(pair, &v);
        if (r == 0) return OP_JUMP;
        if (OP_LIKELY(r > 0)) {
            OP_R(1) = v;
            return OP_NEXT;
        }
    }
    OP_SYNC();
    int r = interp_iter_next(vm, pair, &v);
    if (r < 0) return OP_THROW;
    if (!r) return OP_JUMP;
    OP_R(1) = v;
    return OP_NEXT;
}

/* FOR_OF_NEXT RRJ: R(a) = the next iteration result of pair R(b) and jump
 * to the loop body; for the array walk the value itself (FOR_OF_RESULT
 * passes it through), VAL_HOLE when done.  A generator resumes in the
 * caller's loop (OP_ENTERED); its result lands in R(a). */
OP_INLINE OpNext interp_op_for_of_next(VM *vm, Frame *fr, JSValue *regs, FeedbackSlot *fbv, const uint8_t *pc)
{
    JSValue *pair = &OP_R(3);
    JSValue v;
    if (OP_LIKELY(val_is_int(pair[1]))) {
        int r = interp_array_walk_next(pair, &v);
        if (r < 0) {
            OP_SYNC();
            r = interp_iter_next(vm, pair, &v);
            if (r < 0) return OP_THROW;
        }
        if (!r) {
            OP_R(1) = VAL_HOLE;
            return OP_NEXT;
        }
        OP_R(1) = v;
        return OP_JUMP;
    }
    OP_SYNC();
    int r = bi_generator_resume_inline(vm, pair[1], pair[0], VAL_UNDEFINED, bc_u16(pc + 1));
    if (r < 0) return OP_THROW;
    if (r) return OP_ENTERED;
    v = vm_call(vm, pair[1], pair[0], 0, NULL);
    if (v == VAL_EXCEPTION) return OP_THROW;
    OP_R(1) = v;
    return OP_NEXT;
}

/* FOR_OF_RESULT RJ: R(a) = the value of iteration result R(a), or jump
 * when it is done (VAL_HOLE: the array walk is done) */
OP_INLINE OpNext interp_op_for_of_result(VM *vm, Frame *fr, JSValue *regs, FeedbackSlot *fbv, const uint8_t *pc)
{
    JSValue res = OP_R(1);
    if (res == VAL_HOLE) return OP_JUMP;
    OP_SYNC();
    int r = interp_iter_result(vm, res, &OP_R(1));
    if (r < 0) return OP_THROW;
    return r ? OP_JUMP : OP_NEXT;
}

/* ITER_CLOSE R: IteratorClose of pair R(a) (leaving a loop early) */
OP_INLINE OpNext interp_op_iter_close(VM *vm, Frame *fr, JSValue *regs, FeedbackSlot *fbv, const uint8_t *pc)
{
    OP_SYNC();
    return interp_iter_close(vm, &OP_R(1)) < 0 ? OP_THROW : OP_NEXT;
}

/* -- async functions (builtins/generator.h) -- */

/* ASYNC_START R: R(a) = the async function's generator object */
OP_INLINE OpNext interp_op_async_start(VM *vm, Frame *fr, JSValue *regs, FeedbackSlot *fbv, const uint8_t *pc)
{
    OP_SYNC();
    JSValue g = bi_generator_start(vm, fr, bc_u16(pc + 1), GEN_KIND_ASYNC);
    if (g == VAL_EXCEPTION) return OP_THROW;
    OP_R(1) = g;
    return OP_NEXT;
}

/* ASYNC_ITER_RESULT RRJ: R(a) = the value of iteration result R(b), or jump when done */
OP_INLINE OpNext interp_op_async_iter_result(VM *vm, Frame *fr, JSValue *regs, FeedbackSlot *fbv, const uint8_t *pc)
{
    OP_SYNC();
    int r = interp_iter_result(vm, OP_R(3), &OP_R(1));
    if (r < 0) return OP_THROW;
    return r ? OP_JUMP : OP_NEXT;
}

#undef OP_SYNC
#undef OP_R
#undef OP_K
#undef OP_FB
#undef OP_LIKELY
#undef OP_INLINE

#endif
