/*
 * comp_generator.c -- yield, yield*, await and their return paths (part of
 * the compiler, see compiler.c; the opcodes are in bytecode.def, the run
 * time in builtins/generator.c, the design in docs/generators.md).
 *
 * A generator or async function has registers g..g+3 (FuncState.gen_reg):
 * after a suspension R(g+1) holds the value and R(g+2) the mode it was
 * resumed with, so every yield and await is followed by RESUME, and a
 * return resumption becomes an ordinary return statement from there
 * (emit_return: finally blocks, iterator closing).  for await and the
 * function prologue / epilogue are in comp_stmt.c and compiler.c.
 */
#include "builtins/generator.h"
#include "compiler_internal.h"
#include "error.h"

static int fresh(FuncState *fs, int dst) { return dst >= 0 ? dst : reg_alloc(fs); }

int emit_await(FuncState *fs, int v, int dst)
{
    int g = fs->gen_reg;
    bc_emit(&fs->b, BC_AWAIT, g, v);
    uint32_t next = 0;
    emit_jump(fs, BC_RESUME, g, 0, &next);   /* a rejection throws here */
    patch_here(fs, next);
    dst = fresh(fs, dst);
    bc_emit(&fs->b, BC_MOV, dst, g + 1);
    return dst;
}

/* After a yield resumed: next -> the value, throw -> thrown by RESUME,
 * return -> a return statement from here (finally blocks run; an async
 * generator awaits the value first). */
static int after_yield(FuncState *fs, int dst)
{
    int g = fs->gen_reg, mark = fs->sp;
    uint32_t normal = 0;
    emit_jump(fs, BC_RESUME, g, 0, &normal);
    int r = g + 1;
    if (fs->fi->is_async) r = emit_await(fs, g + 1, -1);
    emit_return(fs, r);
    reg_free_to(fs, mark);
    patch_here(fs, normal);
    dst = fresh(fs, dst);
    bc_emit(&fs->b, BC_MOV, dst, g + 1);
    return dst;
}

/* yield* in an async generator (ECMA-262 15.5.5 with generatorKind async):
 * the inner results are awaited, their values yielded as they are; a
 * return resumption awaits its value before it is forwarded. */
static int async_yield_star(FuncState *fs, Node *n, int dst)
{
    int g = fs->gen_reg, mark = fs->sp;
    int obj = expr(fs, n->u.yield_.arg, -1);
    int it = reg_alloc_n(fs, 2), m = reg_alloc(fs), v = reg_alloc(fs), t = reg_alloc(fs);
    set_pos(fs, n);
    bc_emit(&fs->b, BC_GET_ASYNC_ITERATOR, it, obj);
    bc_emit(&fs->b, BC_LOAD_UNDEF, g + 1);
    bc_emit(&fs->b, BC_LOAD_INT, g + 2, GEN_MODE_NEXT);
    uint32_t top = here(fs), no_method = 0, done = 0, loop = 0, next = 0;
    bc_emit(&fs->b, BC_MOV, m, g + 2);   /* the kind of the received completion */
    emit_jump(fs, BC_ASYNC_YIELD_STAR, g, it, &no_method);
    bc_emit(&fs->b, BC_AWAIT, g, g + 1);
    emit_jump(fs, BC_RESUME, g, 0, &next);
    patch_here(fs, next);
    emit_jump(fs, BC_ASYNC_ITER_RESULT, v, g + 1, &done);
    bc_emit(&fs->b, BC_YIELD, g, v, 1);
    /* a return resumption: its value is awaited first (a rejection makes it a throw) */
    bc_emit(&fs->b, BC_LOAD_INT, t, GEN_MODE_RETURN);
    emit_jump(fs, BC_JSTRICT_NE, g + 2, t, &loop);
    bc_emit(&fs->b, BC_AWAIT, g, g + 1);
    bc_emit(&fs->b, BC_LOAD_INT, t, GEN_MODE_NEXT);
    emit_jump(fs, BC_JSTRICT_NE, g + 2, t, &loop);
    bc_emit(&fs->b, BC_LOAD_INT, g + 2, GEN_MODE_RETURN);
    patch_here(fs, loop);
    emit_loop(fs, top);
    /* no throw method: close the iterator, then TypeError; no return method: return the awaited value */
    patch_here(fs, no_method);
    uint32_t is_return = 0, no_close = 0;
    bc_emit(&fs->b, BC_LOAD_INT, t, GEN_MODE_THROW);
    emit_jump(fs, BC_JSTRICT_NE, g + 2, t, &is_return);
    emit_jump(fs, BC_ASYNC_ITER_CLOSE, t, it, &no_close);
    emit_await(fs, t, t);
    bc_emit(&fs->b, BC_THROW_IF_NOT_OBJECT, t);
    patch_here(fs, no_close);
    bc_emit(&fs->b, BC_THROW_ERROR, ERRMSG_BAD_ARG, const_atom(fs, "The iterator does not provide a 'throw' method."));
    patch_here(fs, is_return);
    emit_return(fs, emit_await(fs, g + 1, t));
    /* done: its value is the result (a return completion when returning) */
    patch_here(fs, done);
    bc_emit(&fs->b, BC_GET_PROP, g + 1, g + 1, const_atom(fs, "value"), fb_new(fs, FB_PROP));
    uint32_t normal = 0;
    bc_emit(&fs->b, BC_LOAD_INT, t, GEN_MODE_RETURN);
    emit_jump(fs, BC_JSTRICT_NE, m, t, &normal);
    emit_return(fs, g + 1);
    patch_here(fs, normal);
    reg_free_to(fs, mark);
    dst = fresh(fs, dst);
    bc_emit(&fs->b, BC_MOV, dst, g + 1);
    return dst;
}

int expr_yield(FuncState *fs, Node *n, int dst)
{
    int g = fs->gen_reg;
    if (g < 0 || !fs->fi->is_generator) {
        comp_error(fs->C, n, "yield outside a generator");
        return fresh(fs, dst);
    }
    int mark = fs->sp;
    if (n->u.yield_.delegate) {
        if (fs->fi->is_async) return async_yield_star(fs, n, dst);
        int obj = expr(fs, n->u.yield_.arg, -1);
        int it = reg_alloc_n(fs, 2);
        set_pos(fs, n);
        bc_emit(&fs->b, BC_GET_ITERATOR, it, obj);
        bc_emit(&fs->b, BC_LOAD_UNDEF, g + 1);
        bc_emit(&fs->b, BC_LOAD_INT, g + 2, 0);
        uint32_t top = here(fs), done = 0;
        emit_jump(fs, BC_YIELD_STAR, g, it, &done);
        emit_jump(fs, BC_YIELD_STAR_RESULT, g, 0, &done);
        bc_emit(&fs->b, BC_YIELD, g, g + 1, 1);   /* the inner result as it is */
        emit_loop(fs, top);
        patch_here(fs, done);
        reg_free_to(fs, mark);
        return after_yield(fs, dst);
    }
    int v;
    if (n->u.yield_.arg) {
        v = expr(fs, n->u.yield_.arg, -1);
    } else {
        v = reg_alloc(fs);
        bc_emit(&fs->b, BC_LOAD_UNDEF, v);
    }
    set_pos(fs, n);
    if (fs->fi->is_async) v = emit_await(fs, v, -1);   /* AsyncGeneratorYield(? Await(value)) */
    bc_emit(&fs->b, BC_YIELD, g, v, 0);
    reg_free_to(fs, mark);
    return after_yield(fs, dst);
}

int expr_await(FuncState *fs, Node *n, int dst)
{
    if (fs->gen_reg < 0 || !fs->fi->is_async) {
        comp_error(fs->C, n, "await outside an async function");
        return fresh(fs, dst);
    }
    int mark = fs->sp;
    int v = expr(fs, n->u.unary.arg, -1);
    set_pos(fs, n);
    reg_free_to(fs, mark);
    return emit_await(fs, v, dst);
}
