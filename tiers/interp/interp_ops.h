/*
 * interp_ops.h -- the interpreter's out-of-line opcode helpers
 * (interp_ops.c, prefix interp_): the less frequent opcodes and the slow
 * halves of the hot ones, kept out of the dispatch loop so it stays
 * readable.  Internal to tiers/interp (the baseline JIT may call them too).
 *
 * Conventions: JSValue results are VAL_EXCEPTION on a throw; int results
 * are -1 on a throw.  Pointers into the VM stack (regs) stay valid across
 * allocation (the stack never moves); values read from them must be re-read.
 */
#ifndef TL_INTERP_OPS_H
#define TL_INTERP_OPS_H

#include <math.h>
#include <stdint.h>

#include "bigint.h"
#include "runtime.h"
#include "str.h"
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

#endif
