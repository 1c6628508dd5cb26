/*
 * comp_stmt.c -- statements (part of the compiler, see compiler.c).
 *
 * Control flow out of statements (break/continue/return) walks a stack of
 * Control entries: environments to pop, for-of iterators to close and
 * finally blocks to run.  A jump into a finally block records its exit;
 * after the finally body a dispatch on the completion-kind register
 * replays each recorded exit from the try statement's own context.
 *
 * Loops test at the header and close with LOOP, the only backward jump
 * (tiering, OSR and interrupts hook it).  `for (let ...)` copies its
 * environment per iteration (COPY_ENV) when the bindings are captured;
 * for-in/of re-enter their per-iteration scope each time.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compiler_internal.h"
#include "error.h"

/* ---- control stack ------------------------------------------------------- */

Control *ctl_push(FuncState *fs, CtlKind kind)
{
    Control *c = comp_alloc(fs->C, sizeof *c);
    c->kind = kind;
    c->prev = fs->ctl;
    c->iter_reg = -1;
    fs->ctl = c;
    return c;
}

void ctl_pop(FuncState *fs) { fs->ctl = fs->ctl->prev; }

/* Jump into the finally block of c, recording how to continue afterwards. */
static void exit_via_finally(FuncState *fs, Control *c, ExitKind kind, Control *target)
{
    int code = 2 + c->nexits;
    FinallyExit *ne = comp_alloc(fs->C, (c->nexits + 1) * sizeof *ne);
    if (c->nexits) memcpy(ne, c->exits, c->nexits * sizeof *ne);
    ne[c->nexits] = (FinallyExit){ kind, target };
    c->exits = ne;
    c->nexits++;
    bc_emit(&fs->b, BC_LOAD_INT, c->kind_reg, code);
    emit_jump(fs, BC_JUMP, 0, 0, &c->finally_list);
}

/* Close the iterator of the for-of loop c (a break or return leaves it). */
static void emit_iter_close(FuncState *fs, Control *c)
{
    if (!c->iter_async) {
        bc_emit(&fs->b, BC_ITER_CLOSE, c->iter_reg);
        return;
    }
    /* AsyncIteratorClose with a normal completion: await return()'s result */
    int mark = fs->sp, t = reg_alloc(fs);
    uint32_t skip = 0;
    emit_jump(fs, BC_ASYNC_ITER_CLOSE, t, c->iter_reg, &skip);
    emit_await(fs, t, t);
    bc_emit(&fs->b, BC_THROW_IF_NOT_OBJECT, t);
    patch_here(fs, skip);
    reg_free_to(fs, mark);
}

/* break/continue to target: pop environments, close iterators, run finally blocks. */
static void emit_goto(FuncState *fs, Control *target, ExitKind kind)
{
    for (Control *c = fs->ctl; c && c != target; c = c->prev) {
        if (c->kind == CT_ENV) bc_emit(&fs->b, BC_POP_ENV);
        else if (c->kind == CT_LOOP && c->iter_reg >= 0) emit_iter_close(fs, c);
        else if (c->kind == CT_FINALLY) {
            exit_via_finally(fs, c, kind, target);
            return;
        }
    }
    if (kind == EXIT_BREAK) {
        if (target->iter_reg >= 0) emit_iter_close(fs, target);
        emit_jump(fs, BC_JUMP, 0, 0, &target->break_list);
    } else {
        emit_jump(fs, BC_JUMP, 0, 0, &target->continue_list);
    }
}

void emit_return(FuncState *fs, int reg)
{
    int g = fs->gen_reg, mark = fs->sp;
    if (g >= 0 && reg >= g && reg <= g + 3) {
        /* closing a for-await iterator on the way awaits, which reuses g+1 / g+2 */
        for (Control *c = fs->ctl; c; c = c->prev) {
            if (c->kind == CT_LOOP && c->iter_async) {
                int t = reg_alloc(fs);
                bc_emit(&fs->b, BC_MOV, t, reg);
                reg = t;
                break;
            }
            if (c->kind == CT_FINALLY) break;
        }
    }
    for (Control *c = fs->ctl; c; c = c->prev) {
        if (c->kind == CT_LOOP && c->iter_reg >= 0) emit_iter_close(fs, c);
        else if (c->kind == CT_ITER) {
            /* a return resumption inside a destructuring pattern (a yield in a
             * default): IteratorClose unless done; `done` first, so a throwing
             * return() is not closed again by the pattern's handler */
            uint32_t skip = 0;
            emit_jump(fs, BC_JUMP_IF_TRUE, c->done_reg, 0, &skip);
            bc_emit(&fs->b, BC_LOAD_TRUE, c->done_reg);
            bc_emit(&fs->b, BC_ITER_CLOSE, c->iter_reg);
            patch_here(fs, skip);
        } else if (c->kind == CT_FINALLY) {
            if (reg != c->val_reg) bc_emit(&fs->b, BC_MOV, c->val_reg, reg);
            exit_via_finally(fs, c, EXIT_RETURN, NULL);
            reg_free_to(fs, mark);
            return;
        }
    }
    if (g >= 0) bc_emit(&fs->b, BC_GEN_RETURN, g, reg);
    else bc_emit(&fs->b, BC_RETURN, reg);
    reg_free_to(fs, mark);
}

static bool has_label(Control *c, const char *label)
{
    for (int i = 0; i < c->nlabels; i++)
        if (strcmp(c->labels[i], label) == 0) return true;
    return false;
}

static void stmt_break_continue(FuncState *fs, Node *n)
{
    bool is_break = n->kind == N_BREAK;
    const char *label = n->u.jump.label;
    Control *t = NULL;
    for (Control *c = fs->ctl; c; c = c->prev) {
        if (label) {
            if ((c->kind == CT_LOOP || c->kind == CT_SWITCH || c->kind == CT_LABEL) && has_label(c, label)) {
                t = c;
                break;
            }
        } else if (c->kind == CT_LOOP || (is_break && c->kind == CT_SWITCH)) {
            t = c;
            break;
        }
    }
    if (!t) {
        if (label) comp_error(fs->C, n, "Undefined label '%s'", label);
        else comp_error(fs->C, n, is_break ? "Illegal break statement" : "Illegal continue statement: no surrounding iteration statement");
        return;
    }
    if (!is_break && t->kind != CT_LOOP) {
        comp_error(fs->C, n, "Illegal continue statement: '%s' does not denote an iteration statement", label);
        return;
    }
    emit_goto(fs, t, is_break ? EXIT_BREAK : EXIT_CONTINUE);
}

/* A loop's Control, taking the labels that precede it. */
static Control *loop_push(FuncState *fs)
{
    Control *c = ctl_push(fs, CT_LOOP);
    c->labels = fs->pending_labels;
    c->nlabels = fs->npending;
    fs->pending_labels = NULL;
    fs->npending = 0;
    return c;
}

/* ---- statements ---------------------------------------------------------- */

static void stmt_var_decl(FuncState *fs, Node *n)
{
    bool lexical = n->u.var.kind != VAR_VAR;
    for (uint32_t i = 0; i < n->u.var.decls.count; i++) {
        Node *d = n->u.var.decls.items[i];
        Node *target = d->u.decl.target;
        int mark = fs->sp;
        set_pos(fs, d);
        if (target->kind == N_IDENT) {
            const char *name = target->u.ident.name;
            if (!d->u.decl.init) {
                if (lexical) {
                    int t = reg_alloc(fs);
                    bc_emit(&fs->b, BC_LOAD_UNDEF, t);
                    init_binding(fs, name, t, d);
                }
            } else {
                /* compute straight into the variable's register when safe */
                NameRef r = resolve_name(fs, name);
                int dst = -1;
                if (r.var && r.var->loc == LOC_REG && !r.with && !r.var->map_flag && (lexical || !var_needs_check(r.var)) &&
                    (lexical || !var_is_readonly(r.var))) {
                    Node *e = d->u.decl.init;
                    NodeKind k = e->kind;
                    if (k == N_NUMBER || k == N_STRING || k == N_BINARY || k == N_UNARY || k == N_CALL ||
                        k == N_NEW || k == N_MEMBER || k == N_FUNCTION || k == N_IDENT || k == N_TRUE_LIT ||
                        k == N_FALSE_LIT || k == N_NULL_LIT || k == N_THIS || k == N_REGEXP)
                        dst = r.var->index;
                    else if ((k == N_ARRAY || k == N_OBJECT || k == N_TEMPLATE || k == N_CONDITIONAL ||
                              k == N_LOGICAL) && (lexical || fs->try_depth == 0) && !r.var->needs_tdz &&
                             !expr_mentions(e, name))
                        dst = r.var->index;   /* built in place: the initialiser never reads the variable,
                                                 and if it throws, the binding is out of scope
                                                 (or the exception leaves the function) */
                }
                int v = expr_named(fs, d->u.decl.init, dst, name);
                if (v != dst || dst < 0) init_binding(fs, name, v, d);
                else if (r.var->scope->kind != SC_SWITCH) r.var->initialized = true;
            }
        } else {
            int v = d->u.decl.init ? expr(fs, d->u.decl.init, -1) : -1;
            if (v < 0) {
                v = reg_alloc(fs);
                bc_emit(&fs->b, BC_LOAD_UNDEF, v);
            }
            pattern_bind(fs, target, v, BIND_INIT);
        }
        reg_free_to(fs, mark);
    }
}

static void stmt_if(FuncState *fs, Node *n)
{
    uint32_t else_list = 0;
    test_jump(fs, n->u.if_.test, false, &else_list);
    stmt(fs, n->u.if_.then);
    if (n->u.if_.else_) {
        uint32_t end = 0;
        if (!code_dead(fs)) emit_jump(fs, BC_JUMP, 0, 0, &end);
        patch_here(fs, else_list);
        stmt(fs, n->u.if_.else_);
        patch_here(fs, end);
    } else {
        patch_here(fs, else_list);
    }
}

/* Loop tests sit at the loop header; the back-edge is always LOOP. */
static void stmt_while(FuncState *fs, Node *n)
{
    Control *c = loop_push(fs);
    uint32_t top = here(fs);
    uint32_t exit = 0;
    test_jump(fs, n->u.loop.test, false, &exit);
    stmt(fs, n->u.loop.body);
    patch_here(fs, c->continue_list);
    emit_loop(fs, top);
    patch_here(fs, exit);
    patch_here(fs, c->break_list);
    ctl_pop(fs);
}

static void stmt_do_while(FuncState *fs, Node *n)
{
    Control *c = loop_push(fs);
    uint32_t top = here(fs);
    stmt(fs, n->u.loop.body);
    patch_here(fs, c->continue_list);
    uint32_t exit = 0;
    test_jump(fs, n->u.loop.test, false, &exit);
    emit_loop(fs, top);
    patch_here(fs, exit);
    patch_here(fs, c->break_list);
    ctl_pop(fs);
}

static void stmt_for(FuncState *fs, Node *n)
{
    Scope *s = comp_map_get(&fs->C->scopes, n);
    const char **labels = fs->pending_labels;
    int nlabels = fs->npending;
    fs->pending_labels = NULL;
    fs->npending = 0;
    if (s) scope_enter(fs, s);
    Node *init = n->u.for_.init;
    if (init) {
        if (init->kind == N_VAR_DECL) stmt_var_decl(fs, init);
        else {
            int mark = fs->sp;
            expr_effect(fs, init);
            reg_free_to(fs, mark);
        }
    }
    fs->pending_labels = labels;
    fs->npending = nlabels;
    Control *c = loop_push(fs);
    uint32_t top = here(fs);
    uint32_t exit = 0;
    if (n->u.for_.test) test_jump(fs, n->u.for_.test, false, &exit);
    stmt(fs, n->u.for_.body);
    patch_here(fs, c->continue_list);
    if (s && s->has_env) bc_emit(&fs->b, BC_COPY_ENV);   /* fresh bindings per iteration */
    if (n->u.for_.update) {
        int mark = fs->sp;
        expr_effect(fs, n->u.for_.update);
        reg_free_to(fs, mark);
    }
    emit_loop(fs, top);
    patch_here(fs, exit);
    patch_here(fs, c->break_list);
    ctl_pop(fs);
    if (s) scope_leave(fs, s, true);
}

/* Bind the current for-in/of value to the loop's left side. */
static void bind_loop_target(FuncState *fs, Node *left, int val)
{
    if (left->kind == N_VAR_DECL) {
        Node *target = left->u.var.decls.items[0]->u.decl.target;
        if (target->kind == N_IDENT) init_binding(fs, target->u.ident.name, val, left);
        else pattern_bind(fs, target, val, BIND_INIT);
    } else {
        assign_to(fs, left, val);
    }
}

static void stmt_for_in_of(FuncState *fs, Node *n)
{
    bool is_of = n->kind == N_FOR_OF;
    bool is_await = is_of && n->u.forin.is_await;
    if (is_await && (fs->gen_reg < 0 || !fs->fi->is_async)) {
        comp_error(fs->C, n, "for await is only valid in async functions");
        return;
    }
    Scope *s = comp_map_get(&fs->C->scopes, n);
    int mark = fs->sp;
    set_pos(fs, n->u.forin.right);
    int obj = expr(fs, n->u.forin.right, -1);
    int it = reg_alloc_n(fs, 2);
    int envr = -1, call = -1;
    if (is_await) {
        bc_emit(&fs->b, BC_GET_ASYNC_ITERATOR, it, obj);
        envr = reg_alloc(fs);
        bc_emit(&fs->b, BC_GET_ENV, envr);
        call = reg_alloc_n(fs, 2);   /* the window of next() */
    } else if (is_of) {
        bc_emit(&fs->b, BC_GET_ITERATOR, it, obj);
        envr = reg_alloc(fs);
        bc_emit(&fs->b, BC_GET_ENV, envr);
    } else {
        bc_emit(&fs->b, BC_FOR_IN_START, it, obj);
    }
    /* A plain uncaptured loop variable receives the value directly; its
     * scope then needs no per-iteration work and is entered once. */
    Node *left = n->u.forin.left;
    Var *direct = NULL;
    bool pre = false;
    if (left->kind == N_VAR_DECL && left->u.var.decls.items[0]->u.decl.target->kind == N_IDENT) {
        const char *nm = left->u.var.decls.items[0]->u.decl.target->u.ident.name;
        if (s) {
            Var *v = scope_lookup_local(s, nm);
            if (v && s->nvars == 1 && !v->captured && !v->needs_tdz) pre = true;
        } else {
            NameRef r = resolve_name(fs, nm);
            if (r.var && r.var->loc == LOC_REG && !r.with && !r.var->map_flag) direct = r.var;
        }
        if (pre) {
            scope_enter(fs, s);
            direct = scope_lookup_local(s, nm);
        }
    }
    int val = direct ? direct->index : reg_alloc(fs);
    Control *c = loop_push(fs);
    uint32_t top = here(fs);
    uint32_t exit = 0;
    if (is_await) {
        /* Await(Call(next, iterator)), then its done / value */
        set_pos(fs, n->u.forin.right);
        bc_emit(&fs->b, BC_MOV, call, it + 1);
        bc_emit(&fs->b, BC_MOV, call + 1, it);
        bc_emit(&fs->b, BC_CALL, call, call, 0, fb_new(fs, FB_CALL));
        emit_await(fs, call, call);
        emit_jump(fs, BC_ASYNC_ITER_RESULT, val, call, &exit);
    } else if (is_of) {
        uint32_t body = 0;
        emit_jump(fs, BC_FOR_OF_NEXT, val, it, &body);
        emit_jump(fs, BC_FOR_OF_RESULT, val, 0, &exit);
        patch_here(fs, body);
    } else {
        emit_jump(fs, BC_FOR_IN_NEXT, val, it, &exit);
    }
    uint32_t body_start = here(fs);
    if (is_of) {
        c->iter_reg = it;
        c->iter_async = is_await;
    }
    if (s && !pre) scope_enter(fs, s);
    if (direct) direct->initialized = true;
    else bind_loop_target(fs, left, val);
    stmt(fs, n->u.forin.body);
    if (s && !pre) scope_leave(fs, s, true);
    uint32_t body_end = here(fs);
    patch_here(fs, c->continue_list);
    emit_loop(fs, top);
    patch_here(fs, exit);
    c->iter_reg = -1;            /* the break path has already closed the iterator */
    patch_here(fs, c->break_list);
    ctl_pop(fs);
    if (pre) scope_leave(fs, s, true);
    if (is_of && body_end > body_start) {
        /* an exception thrown by the body closes the iterator */
        uint32_t skip = 0;
        emit_jump(fs, BC_JUMP, 0, 0, &skip);
        int exc = reg_alloc(fs);
        add_handler(fs, body_start, body_end, here(fs), exc, envr);
        if (is_await) {
            /* AsyncIteratorClose with a throw completion: return()'s result
             * is awaited, but whatever it does, exc is what is thrown */
            int t = reg_alloc(fs);
            uint32_t rethrow = 0;
            emit_jump(fs, BC_ASYNC_ITER_CLOSE_QUIET, t, it, &rethrow);
            bc_emit(&fs->b, BC_AWAIT, fs->gen_reg, t);
            patch_here(fs, rethrow);
        } else {
            /* IteratorClose with a throw completion: whatever return()
             * does (throw, return a non-object), exc is what is thrown */
            int ignored = reg_alloc(fs);
            uint32_t close_start = here(fs);
            bc_emit(&fs->b, BC_ITER_CLOSE, it);
            add_handler(fs, close_start, here(fs), here(fs), ignored, envr);
        }
        bc_emit(&fs->b, BC_THROW, exc);
        patch_here(fs, skip);
    }
    reg_free_to(fs, mark);
}

static void stmt_switch(FuncState *fs, Node *n)
{
    int mark = fs->sp;
    int d = reg_alloc(fs);
    expr_to(fs, n->u.switch_.disc, d);
    Scope *s = comp_map_get(&fs->C->scopes, n);
    if (s) {
        scope_enter(fs, s);
        scope_init_functions(fs, s);
    }
    Control *c = ctl_push(fs, CT_SWITCH);
    c->labels = fs->pending_labels;
    c->nlabels = fs->npending;
    fs->pending_labels = NULL;
    fs->npending = 0;
    NodeList *cases = &n->u.switch_.cases;
    uint32_t *lists = comp_alloc(fs->C, (cases->count + 1) * sizeof *lists);
    int def = -1;
    for (uint32_t i = 0; i < cases->count; i++) {
        Node *cs = cases->items[i];
        if (!cs->u.case_.test) {
            def = (int)i;
            continue;
        }
        int m2 = fs->sp;
        set_pos(fs, cs);
        int t = expr(fs, cs->u.case_.test, -1);
        emit_jump(fs, BC_JSTRICT_EQ, d, t, &lists[i]);
        reg_free_to(fs, m2);
    }
    if (def >= 0) emit_jump(fs, BC_JUMP, 0, 0, &lists[def]);
    else emit_jump(fs, BC_JUMP, 0, 0, &c->break_list);
    for (uint32_t i = 0; i < cases->count; i++) {
        patch_here(fs, lists[i]);
        stmt_list(fs, &cases->items[i]->u.case_.body);
    }
    patch_here(fs, c->break_list);
    ctl_pop(fs);
    if (s) scope_leave(fs, s, true);
    reg_free_to(fs, mark);
}

static void stmt_labeled(FuncState *fs, Node *n)
{
    const char **labels = NULL;
    int count = 0;
    Node *body = n;
    while (body && body->kind == N_LABELED) {
        const char **nl = comp_alloc(fs->C, (count + 1) * sizeof *nl);
        if (count) memcpy(nl, labels, count * sizeof *nl);
        nl[count++] = body->u.labeled.label;
        labels = nl;
        body = body->u.labeled.body;
    }
    if (!body) return;
    NodeKind k = body->kind;
    if (k == N_FOR || k == N_WHILE || k == N_DO_WHILE || k == N_FOR_IN || k == N_FOR_OF || k == N_SWITCH) {
        fs->pending_labels = labels;
        fs->npending = count;
        stmt(fs, body);
        fs->pending_labels = NULL;
        fs->npending = 0;
        return;
    }
    Control *c = ctl_push(fs, CT_LABEL);
    c->labels = labels;
    c->nlabels = count;
    stmt(fs, body);
    patch_here(fs, c->break_list);
    ctl_pop(fs);
}

static void block_body(FuncState *fs, Node *key, NodeList *body)
{
    Scope *s = comp_map_get(&fs->C->scopes, key);
    if (s) {
        scope_enter(fs, s);
        scope_init_functions(fs, s);
    }
    stmt_list(fs, body);
    if (s) scope_leave(fs, s, true);
}

static void stmt_try(FuncState *fs, Node *n)
{
    int mark = fs->sp;
    Control *fin = NULL;
    if (n->u.try_.finalizer) {
        fin = ctl_push(fs, CT_FINALLY);
        fin->kind_reg = reg_alloc(fs);
        fin->val_reg = reg_alloc(fs);
    }
    int envr = reg_alloc(fs);
    bc_emit(&fs->b, BC_GET_ENV, envr);
    /* completion value: UpdateEmpty(C, undefined) */
    if (fs->completion_reg >= 0) bc_emit(&fs->b, BC_LOAD_UNDEF, fs->completion_reg);
    uint32_t start = here(fs);
    fs->try_depth++;
    stmt(fs, n->u.try_.block);
    uint32_t end = here(fs);
    Node *h = n->u.try_.handler;
    if (h) {
        uint32_t after = 0;
        if (!code_dead(fs)) emit_jump(fs, BC_JUMP, 0, 0, &after);
        int exc = reg_alloc(fs);
        add_handler(fs, start, end, here(fs), exc, envr);
        Scope *cs = comp_map_get(&fs->C->scopes, h);
        if (cs) scope_enter(fs, cs);
        if (n->u.try_.param) {
            Node *p = n->u.try_.param;
            if (p->kind == N_IDENT) init_binding(fs, p->u.ident.name, exc, p);
            else pattern_bind(fs, p, exc, BIND_INIT);
        }
        if (cs) scope_init_functions(fs, cs);
        if (h->kind == N_BLOCK) stmt_list(fs, &h->u.list);
        else stmt(fs, h);
        if (cs) scope_leave(fs, cs, true);
        patch_here(fs, after);
    }
    fs->try_depth--;
    if (fin) {
        uint32_t fend = here(fs);
        if (!code_dead(fs)) {
            bc_emit(&fs->b, BC_LOAD_INT, fin->kind_reg, 0);
            emit_jump(fs, BC_JUMP, 0, 0, &fin->finally_list);
        }
        add_handler(fs, start, fend, here(fs), fin->val_reg, envr);
        bc_emit(&fs->b, BC_LOAD_INT, fin->kind_reg, 1);
        patch_here(fs, fin->finally_list);
        ctl_pop(fs);
        /* a finally block ending normally keeps the try/catch completion value */
        int saved = -1;
        if (fs->completion_reg >= 0) {
            saved = reg_alloc(fs);
            bc_emit(&fs->b, BC_MOV, saved, fs->completion_reg);
        }
        stmt(fs, n->u.try_.finalizer);
        if (saved >= 0 && !code_dead(fs)) bc_emit(&fs->b, BC_MOV, fs->completion_reg, saved);
        /* dispatch on the completion kind: 0 normal, 1 throw, 2.. recorded exits */
        int t = reg_alloc(fs);
        uint32_t next = 0;
        bc_emit(&fs->b, BC_LOAD_INT, t, 1);
        emit_jump(fs, BC_JSTRICT_NE, fin->kind_reg, t, &next);
        bc_emit(&fs->b, BC_THROW, fin->val_reg);
        patch_here(fs, next);
        for (int i = 0; i < fin->nexits; i++) {
            next = 0;
            bc_emit(&fs->b, BC_LOAD_INT, t, 2 + i);
            emit_jump(fs, BC_JSTRICT_NE, fin->kind_reg, t, &next);
            FinallyExit *e = &fin->exits[i];
            if (e->kind == EXIT_RETURN) emit_return(fs, fin->val_reg);
            else emit_goto(fs, e->target, e->kind);
            patch_here(fs, next);
        }
    }
    reg_free_to(fs, mark);
}

static void stmt_with(FuncState *fs, Node *n)
{
    int mark = fs->sp;
    int o = expr(fs, n->u.with.object, -1);
    Scope *s = comp_map_get(&fs->C->scopes, n);
    int t = reg_alloc(fs);
    bc_emit(&fs->b, BC_TO_OBJECT, t, o);
    scope_enter(fs, s);
    store_var(fs, s->with_var, 0, t);
    stmt(fs, n->u.with.body);
    scope_leave(fs, s, true);
    reg_free_to(fs, mark);
}

/* Annex B: a sloppy block-level function also assigns the function-level var. */
static void stmt_function_decl(FuncState *fs, Node *n)
{
    Scope *vs = fs->fi->body_scope ? fs->fi->body_scope : fs->fi->scope;
    if (fs->fi->strict || !n->u.func.name || fs->scope == vs || n->u.func.is_generator || n->u.func.is_async) return;
    const char *name = n->u.func.name->u.ident.name;
    Var *fv = scope_lookup_local(vs, name);
    if (!fv || fv->kind != BK_VAR) return;
    int mark = fs->sp;
    int r = load_name(fs, name, -1, n);
    int depth = 0;   /* env hops from here to the function-level var */
    for (Scope *s = fs->scope; s && s != vs; s = s->parent)
        if (s->has_env) depth++;
    store_var(fs, fv, depth, r);
    reg_free_to(fs, mark);
}

/* Completion values (eval results) are tracked outside loops only, so loop
 * bodies at top level carry no extra moves. */
static bool in_loop(FuncState *fs)
{
    for (Control *c = fs->ctl; c; c = c->prev)
        if (c->kind == CT_LOOP) return true;
    return false;
}

void stmt(FuncState *fs, Node *n)
{
    if (!n || fs->C->failed) return;
    set_pos(fs, n);
    int mark = fs->sp;
    switch ((int)n->kind) {   /* partial dispatch: the rest share the default */
    case N_EXPR_STMT:
        if (fs->completion_reg >= 0 && (!in_loop(fs) || fs->fi->is_eval)) expr_to(fs, n->u.unary.arg, fs->completion_reg);
        else expr_effect(fs, n->u.unary.arg);
        break;
    case N_VAR_DECL: stmt_var_decl(fs, n); break;
    case N_FUNCTION_DECL: stmt_function_decl(fs, n); break;
    case N_CLASS_DECL: {
        const char *name = n->u.cls.name ? n->u.cls.name->u.ident.name : "default";
        int r = class_expr(fs, n, -1, name);
        if (n->u.cls.name) init_binding(fs, name, r, n);
        break;
    }
    case N_BLOCK: block_body(fs, n, &n->u.list); break;
    case N_EMPTY: break;
    case N_IF: stmt_if(fs, n); break;
    case N_FOR: stmt_for(fs, n); break;
    case N_FOR_IN: case N_FOR_OF: stmt_for_in_of(fs, n); break;
    case N_WHILE: stmt_while(fs, n); break;
    case N_DO_WHILE: stmt_do_while(fs, n); break;
    case N_CONTINUE: case N_BREAK: stmt_break_continue(fs, n); break;
    case N_RETURN:
        /* the parser allows a `return` outside functions only in a CommonJS
         * main script (PARSE_TOP_RETURN): it ends the script */
        if (n->u.unary.arg) {
            int r = expr(fs, n->u.unary.arg, -1);
            if (fs->fi->is_generator && fs->fi->is_async) r = emit_await(fs, r, -1);   /* `return x` awaits x */
            emit_return(fs, r);
        } else {
            bool plain = fs->gen_reg < 0;
            for (Control *c = fs->ctl; c; c = c->prev)
                if (c->kind == CT_FINALLY || (c->kind == CT_LOOP && c->iter_reg >= 0)) plain = false;
            if (plain) bc_emit(&fs->b, BC_RETURN_UNDEF);
            else {
                int t = reg_alloc(fs);
                bc_emit(&fs->b, BC_LOAD_UNDEF, t);
                emit_return(fs, t);
            }
        }
        break;
    case N_WITH:
        /* paren: the ES module wrapper's own `with` (engine/esm.c) */
        if (fs->fi->strict && !n->paren) comp_error(fs->C, n, "Strict mode code may not include a with statement");
        else stmt_with(fs, n);
        break;
    case N_SWITCH: stmt_switch(fs, n); break;
    case N_LABELED: stmt_labeled(fs, n); break;
    case N_THROW: {
        int r = expr(fs, n->u.unary.arg, -1);
        set_pos(fs, n);
        bc_emit(&fs->b, BC_THROW, r);
        break;
    }
    case N_TRY: stmt_try(fs, n); break;
    case N_DEBUGGER: bc_emit(&fs->b, BC_DEBUGGER); break;
    case N_CASE: case N_DECLARATOR: case N_PROGRAM:
        comp_error(fs->C, n, "unexpected %s", ast_kind_name(n->kind));
        break;
    default:
        /* an expression in statement position (should be wrapped in EXPR_STMT) */
        expr_effect(fs, n);
        break;
    }
    reg_free_to(fs, mark);
}

void stmt_list(FuncState *fs, NodeList *l)
{
    for (uint32_t i = 0; i < l->count; i++) stmt(fs, l->items[i]);
}

