/*
 * parse_stmt.c -- statements and declarations: blocks, var/let/const,
 * if, loops (for, for-in, for-of), switch, try, labels, jumps with their
 * early errors (break/continue targets, return outside functions), and
 * automatic semicolon insertion.
 *
 * ASI (ECMA-262 12.10): a missing `;` is accepted before `}`, at the end
 * of input, or when a line terminator precedes the offending token.  The
 * restricted productions (return/break/continue/throw operands, postfix
 * ++/--) look at Token.nl_before themselves.
 */
#include "parser_internal.h"

#include <string.h>

bool parse_consume_semicolon(Parser *p)
{
    if (p->tok.type == T_SEMI) return parse_next(p);
    if (p->tok.type == T_RBRACE || p->tok.type == T_EOF || p->tok.nl_before) return true;
    parse_unexpected(p);
    return false;
}

static Node *parse_block(Parser *p)
{
    Node *b = parse_node(p, N_BLOCK, &p->tok);
    if (!b || !parse_expect(p, T_LBRACE)) return NULL;
    while (p->tok.type != T_RBRACE) {
        Node *s = parse_statement(p, STMT_DECL);
        if (!s || !parse_push(p, &b->u.list, s)) return NULL;
    }
    if (!parse_next(p)) return NULL;
    return parse_finish(p, b);
}

/* ------------------------------------------------------------------ */
/* Declarations                                                         */

Node *parse_var_decl(Parser *p, VarKind kind, bool no_in, bool for_head)
{
    Node *d = parse_node(p, N_VAR_DECL, &p->tok);
    if (!d || !parse_next(p)) return NULL;
    d->u.var.kind = kind;
    for (;;) {
        Token dt = p->tok;
        Node *target = parse_binding_target(p);
        if (!target || !parse_check_binding(p, target, kind != VAR_VAR)) return NULL;
        Node *decl = parse_node(p, N_DECLARATOR, &dt);
        if (!decl) return NULL;
        decl->u.decl.target = target;
        if (p->tok.type == T_ASSIGN) {
            if (!parse_next(p)) return NULL;
            decl->u.decl.init = parse_assign(p, no_in);
            if (!decl->u.decl.init) return NULL;
        } else if (!for_head) {
            if (kind == VAR_CONST) return parse_fail(p, &p->tok, "Missing initializer in const declaration");
            if (target->kind != N_IDENT)
                return parse_fail(p, &p->tok, "Missing initializer in destructuring declaration");
        }
        if (!parse_push(p, &d->u.var.decls, parse_finish(p, decl))) return NULL;
        if (p->tok.type != T_COMMA) break;
        if (!parse_next(p)) return NULL;
    }
    return parse_finish(p, d);
}

/* `let` starts a declaration (rather than naming a variable)? */
static bool let_starts_decl(Parser *p)
{
    if (p->tok.type != T_NAME || p->tok.cw != CW_LET || p->tok.escaped) return false;
    if (parse_is_strict(p)) return true;
    const Token *a = parse_peek(p);
    return a->type == T_NAME || a->type == T_LBRACKET || a->type == T_LBRACE;
}

/* ------------------------------------------------------------------ */
/* Loops                                                                */

static void mark_loop_labels(Parser *p, uint32_t start)
{
    for (Label *l = p->fn->labels; l && l->body_start == start; l = l->next) l->is_loop = true;
}

static Node *loop_body(Parser *p)
{
    p->fn->loop_depth++;
    p->fn->break_depth++;
    Node *b = parse_statement(p, STMT_ONLY);
    p->fn->loop_depth--;
    p->fn->break_depth--;
    return b;
}

static Node *parse_for(Parser *p, const Token *start)
{
    if (!parse_next(p)) return NULL;
    bool is_await = false;
    if (p->tok.type == T_NAME && p->tok.cw == CW_AWAIT && !p->tok.escaped) {
        if (!p->fn->is_async) return parse_fail(p, &p->tok, "Unexpected reserved word");
        is_await = true;
        p->await_serial++;   /* a module with a top-level for-await is async (esm.c) */
        if (!parse_next(p)) return NULL;
    }
    if (!parse_expect(p, T_LPAREN)) return NULL;
    Node *init = NULL;
    bool is_decl = false;
    Token init_tok = p->tok;
    if (p->tok.type == T_SEMI) {
        /* no init */
    } else if (p->tok.type == T_VAR || p->tok.type == T_CONST || let_starts_decl(p)) {
        VarKind kind = p->tok.type == T_VAR ? VAR_VAR : p->tok.type == T_CONST ? VAR_CONST : VAR_LET;
        init = parse_var_decl(p, kind, true, true);
        is_decl = true;
    } else {
        p->cover.set = false;
        init = parse_expression_cover(p, true);
    }
    if (p->failed) return NULL;
    bool is_of = p->tok.type == T_NAME && p->tok.cw == CW_OF && !p->tok.escaped;
    if (is_await && !is_of) return parse_unexpected(p);
    if (init && (p->tok.type == T_IN || is_of)) {
        const char *what = is_of ? "for-of" : "for-in";
        if (is_decl) {
            if (init->u.var.decls.count != 1)
                return parse_fail(p, &init_tok, "Invalid left-hand side in %s loop: Must have a single binding.", what);
            Node *d = init->u.var.decls.items[0];
            if (d->u.decl.init &&
                (is_of || parse_is_strict(p) || init->u.var.kind != VAR_VAR || d->u.decl.target->kind != N_IDENT))
                return parse_fail(p, &init_tok, "%s loop variable declaration may not have an initializer.", what);
        } else {
            if (is_of && init_tok.type == T_NAME && init_tok.cw == CW_LET && !init_tok.escaped)
                return parse_fail(p, &init_tok, "The left-hand side of a for-of loop may not start with 'let'.");
            if (is_of && !is_await && init->kind == N_IDENT && !init->paren && init_tok.cw == CW_ASYNC &&
                !init_tok.escaped)
                return parse_fail(p, &init_tok, "The left-hand side of a for-of loop may not be 'async'.");
            if ((init->kind == N_OBJECT || init->kind == N_ARRAY) && !init->paren) {
                init = parse_to_pattern(p, init, false);
                if (!init) return NULL;
            } else if (init->kind != N_IDENT && init->kind != N_MEMBER) {
                return parse_fail(p, &init_tok, "Invalid left-hand side in for-loop");
            } else if (init->kind == N_IDENT && parse_is_strict(p) &&
                       (!strcmp(init->u.ident.name, "eval") || !strcmp(init->u.ident.name, "arguments"))) {
                return parse_fail(p, &init_tok, "Unexpected eval or arguments in strict mode");
            }
            p->cover.set = false;
        }
        if (!parse_next(p)) return NULL;
        Node *n = parse_node(p, is_of ? N_FOR_OF : N_FOR_IN, start);
        if (!n) return NULL;
        n->u.forin.left = init;
        n->u.forin.is_await = is_await;
        n->u.forin.right = is_of ? parse_assign(p, false) : parse_expression(p, false);
        if (!n->u.forin.right || !parse_expect(p, T_RPAREN)) return NULL;
        mark_loop_labels(p, start->start);
        n->u.forin.body = loop_body(p);
        if (!n->u.forin.body) return NULL;
        return parse_finish(p, n);
    }
    if (!is_decl && p->cover.set) {
        parse_raise_cover(p);
        return NULL;
    }
    if (is_decl) {
        for (uint32_t i = 0; i < init->u.var.decls.count; i++) {
            Node *d = init->u.var.decls.items[i];
            if (d->u.decl.init) continue;
            if (init->u.var.kind == VAR_CONST) return parse_fail(p, &p->tok, "Missing initializer in const declaration");
            if (d->u.decl.target->kind != N_IDENT)
                return parse_fail(p, &p->tok, "Missing initializer in destructuring declaration");
        }
    }
    Node *n = parse_node(p, N_FOR, start);
    if (!n || !parse_expect(p, T_SEMI)) return NULL;
    n->u.for_.init = init;
    if (p->tok.type != T_SEMI && !(n->u.for_.test = parse_expression(p, false))) return NULL;
    if (!parse_expect(p, T_SEMI)) return NULL;
    if (p->tok.type != T_RPAREN && !(n->u.for_.update = parse_expression(p, false))) return NULL;
    if (!parse_expect(p, T_RPAREN)) return NULL;
    mark_loop_labels(p, start->start);
    n->u.for_.body = loop_body(p);
    if (!n->u.for_.body) return NULL;
    return parse_finish(p, n);
}

/* ------------------------------------------------------------------ */
/* Other statements                                                     */

static Node *paren_expr(Parser *p)
{
    if (!parse_expect(p, T_LPAREN)) return NULL;
    Node *e = parse_expression(p, false);
    if (!e || !parse_expect(p, T_RPAREN)) return NULL;
    return e;
}

static Node *parse_jump(Parser *p, bool is_break, const Token *start)
{
    Node *n = parse_node(p, is_break ? N_BREAK : N_CONTINUE, start);
    if (!n || !parse_next(p)) return NULL;
    if (p->tok.type == T_NAME && !p->tok.nl_before) {
        Label *l = p->fn->labels;
        while (l && strcmp(l->name, p->tok.name)) l = l->next;
        if (!l) return parse_fail(p, &p->tok, "Undefined label '%s'", p->tok.name);
        if (!is_break && !l->is_loop)
            return parse_fail(p, &p->tok, "Illegal continue statement: '%s' does not denote an iteration statement",
                              p->tok.name);
        n->u.jump.label = p->tok.name;
        if (!parse_next(p)) return NULL;
    } else if (is_break ? p->fn->break_depth == 0 : p->fn->loop_depth == 0) {
        return parse_fail(p, start, is_break ? "Illegal break statement"
                                             : "Illegal continue statement: no surrounding iteration statement");
    }
    if (!parse_consume_semicolon(p)) return NULL;
    return parse_finish(p, n);
}

static Node *parse_switch(Parser *p, const Token *start)
{
    Node *n = parse_node(p, N_SWITCH, start);
    if (!n || !parse_next(p)) return NULL;
    n->u.switch_.disc = paren_expr(p);
    if (!n->u.switch_.disc || !parse_expect(p, T_LBRACE)) return NULL;
    bool has_default = false;
    p->fn->break_depth++;
    while (p->tok.type != T_RBRACE) {
        Node *c = parse_node(p, N_CASE, &p->tok);
        if (!c) break;
        if (p->tok.type == T_CASE) {
            if (!parse_next(p) || !(c->u.case_.test = parse_expression(p, false))) break;
        } else if (p->tok.type == T_DEFAULT) {
            if (has_default) {
                parse_fail(p, &p->tok, "More than one default clause in switch statement");
                break;
            }
            has_default = true;
            if (!parse_next(p)) break;
        } else {
            parse_unexpected(p);
            break;
        }
        if (!parse_expect(p, T_COLON)) break;
        while (p->tok.type != T_CASE && p->tok.type != T_DEFAULT && p->tok.type != T_RBRACE) {
            Node *s = parse_statement(p, STMT_DECL);
            if (!s || !parse_push(p, &c->u.case_.body, s)) break;
        }
        if (p->failed || !parse_push(p, &n->u.switch_.cases, parse_finish(p, c))) break;
    }
    p->fn->break_depth--;
    if (p->failed || !parse_next(p)) return NULL;
    return parse_finish(p, n);
}

static Node *parse_try(Parser *p, const Token *start)
{
    Node *n = parse_node(p, N_TRY, start);
    if (!n || !parse_next(p)) return NULL;
    if (!(n->u.try_.block = parse_block(p))) return NULL;
    if (p->tok.type == T_CATCH) {
        if (!parse_next(p)) return NULL;
        if (p->tok.type == T_LPAREN) {
            if (!parse_next(p)) return NULL;
            Node *param = parse_binding_target(p);
            if (!param || !parse_check_binding(p, param, false) || !parse_expect(p, T_RPAREN)) return NULL;
            n->u.try_.param = param;
        }
        if (!(n->u.try_.handler = parse_block(p))) return NULL;
    }
    if (p->tok.type == T_FINALLY) {
        if (!parse_next(p) || !(n->u.try_.finalizer = parse_block(p))) return NULL;
    }
    if (!n->u.try_.handler && !n->u.try_.finalizer) return parse_fail(p, &p->tok, "Missing catch or finally after try");
    return parse_finish(p, n);
}

static Node *parse_labeled(Parser *p, const Token *start, int mode)
{
    const char *name = start->name;
    if (!parse_check_name(p, start) || !parse_check_yield_await(p, start)) return NULL;
    if (!parse_is_strict(p) || !lex_is_strict_reserved((ContextWord)start->cw)) {
        /* ok */
    } else {
        return parse_fail(p, start, "Unexpected strict mode reserved word");
    }
    for (Label *l = p->fn->labels; l; l = l->next)
        if (!strcmp(l->name, name)) return parse_fail(p, start, "Label '%s' has already been declared", name);
    if (!parse_next(p) || !parse_next(p)) return NULL;   /* name, ':' */
    Label label = { name, p->tok.start, false, p->fn->labels };
    /* `a: b: while ...`: the outer label's body is this labelled statement */
    for (Label *o = p->fn->labels; o && o->body_start == start->start; o = o->next) o->body_start = p->tok.start;
    p->fn->labels = &label;
    /* sloppy code may label a function, except as a loop body */
    Node *body = parse_statement(p, parse_is_strict(p) || mode == STMT_ONLY ? STMT_ONLY : STMT_FN_OK);
    p->fn->labels = label.next;
    if (!body) return NULL;
    Node *n = parse_node(p, N_LABELED, start);
    if (!n) return NULL;
    n->u.labeled.label = name;
    n->u.labeled.body = body;
    return parse_finish(p, n);
}

static Node *expr_statement(Parser *p)
{
    Node *e = parse_expression(p, false);
    if (!e) return NULL;
    Node *s = parse_node_like(p, N_EXPR_STMT, e);
    if (!s) return NULL;
    s->u.unary.arg = e;
    if (!parse_consume_semicolon(p)) return NULL;
    return parse_finish(p, s);
}

/* ------------------------------------------------------------------ */
/* Dispatch                                                             */

static Node *statement(Parser *p, int mode)
{
    Token start = p->tok;
    Node *n;
    switch ((int)p->tok.type) {
    case T_LBRACE: return parse_block(p);
    case T_SEMI:
        n = parse_node(p, N_EMPTY, &start);
        if (!n || !parse_next(p)) return NULL;
        return parse_finish(p, n);
    case T_VAR:
        n = parse_var_decl(p, VAR_VAR, false, false);
        if (!n || !parse_consume_semicolon(p)) return NULL;
        return parse_finish(p, n);
    case T_CONST:
        if (mode != STMT_DECL) return parse_fail(p, &start, "Lexical declaration cannot appear in a single-statement context");
        n = parse_var_decl(p, VAR_CONST, false, false);
        if (!n || !parse_consume_semicolon(p)) return NULL;
        return parse_finish(p, n);
    case T_FUNCTION:
        if (mode == STMT_ONLY)
            return parse_fail(p, &start, parse_is_strict(p)
                ? "In strict mode code, functions can only be declared at top level or inside a block."
                : "In non-strict mode code, functions can only be declared at top level, inside a block, or as the body of an if statement.");
        if (mode == STMT_FN_OK && parse_is_strict(p))
            return parse_fail(p, &start, "In strict mode code, functions can only be declared at top level or inside a block.");
        if (mode == STMT_FN_OK && parse_peek(p)->type == T_STAR)
            return parse_fail(p, &start, "Generators can only be declared at the top level or inside a block.");
        return parse_function(p, FN_DECL, parse_pos(&start));
    case T_CLASS:
        if (mode != STMT_DECL) return parse_unexpected(p);
        return parse_class(p, true);
    case T_IF: {
        n = parse_node(p, N_IF, &start);
        if (!n || !parse_next(p) || !(n->u.if_.test = paren_expr(p))) return NULL;
        int body_mode = parse_is_strict(p) ? STMT_ONLY : STMT_FN_OK;
        if (!(n->u.if_.then = parse_statement(p, body_mode))) return NULL;
        if (p->tok.type == T_ELSE) {
            if (!parse_next(p) || !(n->u.if_.else_ = parse_statement(p, body_mode))) return NULL;
        }
        return parse_finish(p, n);
    }
    case T_FOR: return parse_for(p, &start);
    case T_WHILE:
        n = parse_node(p, N_WHILE, &start);
        if (!n || !parse_next(p) || !(n->u.loop.test = paren_expr(p))) return NULL;
        mark_loop_labels(p, start.start);
        if (!(n->u.loop.body = loop_body(p))) return NULL;
        return parse_finish(p, n);
    case T_DO:
        n = parse_node(p, N_DO_WHILE, &start);
        if (!n || !parse_next(p)) return NULL;
        mark_loop_labels(p, start.start);
        if (!(n->u.loop.body = loop_body(p))) return NULL;
        if (!parse_expect(p, T_WHILE) || !(n->u.loop.test = paren_expr(p))) return NULL;
        if (p->tok.type == T_SEMI && !parse_next(p)) return NULL;
        return parse_finish(p, n);
    case T_CONTINUE: return parse_jump(p, false, &start);
    case T_BREAK: return parse_jump(p, true, &start);
    case T_RETURN:
        if (!p->fn->allow_return) return parse_fail(p, &start, "Illegal return statement");
        n = parse_node(p, N_RETURN, &start);
        if (!n || !parse_next(p)) return NULL;
        if (p->tok.type != T_SEMI && p->tok.type != T_RBRACE && p->tok.type != T_EOF && !p->tok.nl_before) {
            if (!(n->u.unary.arg = parse_expression(p, false))) return NULL;
        }
        if (!parse_consume_semicolon(p)) return NULL;
        return parse_finish(p, n);
    case T_THROW:
        n = parse_node(p, N_THROW, &start);
        if (!n || !parse_next(p)) return NULL;
        if (p->tok.nl_before) return parse_fail(p, &p->tok, "Illegal newline after throw");
        if (!(n->u.unary.arg = parse_expression(p, false)) || !parse_consume_semicolon(p)) return NULL;
        return parse_finish(p, n);
    case T_WITH:
        if (parse_is_strict(p)) return parse_fail(p, &start, "Strict mode code may not include a with statement");
        n = parse_node(p, N_WITH, &start);
        if (!n || !parse_next(p) || !(n->u.with.object = paren_expr(p))) return NULL;
        if (!(n->u.with.body = parse_statement(p, STMT_ONLY))) return NULL;
        return parse_finish(p, n);
    case T_SWITCH: return parse_switch(p, &start);
    case T_TRY: return parse_try(p, &start);
    case T_DEBUGGER:
        n = parse_node(p, N_DEBUGGER, &start);
        if (!n || !parse_next(p) || !parse_consume_semicolon(p)) return NULL;
        return parse_finish(p, n);
    case T_IMPORT:
        if (parse_peek(p)->type == T_LPAREN || parse_peek(p)->type == T_DOT) return expr_statement(p);
        return parse_fail(p, &start, "Cannot use import statement outside a module");
    case T_EXPORT:
        if (!(p->flags & PARSE_MODULE)) return parse_fail(p, &start, "Unexpected token 'export'");
        return parse_unexpected(p);
    case T_NAME:
        if (let_starts_decl(p)) {
            if (mode != STMT_DECL) {
                /* `if (a) let \n x` is the expression `let` followed by `x` */
                const Token *a = parse_peek(p);
                if (a->type == T_LBRACKET || !a->nl_before || parse_is_strict(p))
                    return parse_fail(p, &start, "Lexical declaration cannot appear in a single-statement context");
                return expr_statement(p);
            }
            n = parse_var_decl(p, VAR_LET, false, false);
            if (!n || !parse_consume_semicolon(p)) return NULL;
            return parse_finish(p, n);
        }
        if (p->tok.cw == CW_ASYNC && !p->tok.escaped) {
            const Token *a = parse_peek(p);
            if (a->type == T_FUNCTION && !a->nl_before) {
                if (mode != STMT_DECL)
                    return parse_fail(p, &start, "Async functions can only be declared at the top level or inside a block.");
                if (!parse_next(p)) return NULL;
                return parse_function(p, FN_DECL | FN_ASYNC, parse_pos(&start));
            }
        }
        if (parse_peek(p)->type == T_COLON) return parse_labeled(p, &start, mode);
        return expr_statement(p);
    default:
        return expr_statement(p);
    }
}

Node *parse_statement(Parser *p, int mode)
{
    if (!parse_enter(p)) return NULL;
    Node *n = statement(p, mode);
    parse_leave(p);
    return n;
}

/* ------------------------------------------------------------------ */
/* Module items (PARSE_MODULE, top level only): docs/runtime.md "Modules".
 * import/export are desugared into calls on the hidden parameter %m of the
 * module's wrapper (engine/esm.c), which moves them before the module body:
 *   %m.imp(local, specifier, imported)   imported "*" = the namespace
 *   %m.exp(name, () => local)            a getter reading the live binding
 *                                        (`export default expr`: the const `default`)
 *   %m.rexp(name, specifier, imported)   export {x as name} from / export * as name from
 *   %m.star(specifier)                   export * from
 *   %m.dep(specifier)                    import 'specifier'
 * An import attributes clause (`with { type: 'json' }`) after the specifier
 * adds one more argument to each of these calls: the array literal
 * ['key', 'value', ...] (no argument for no clause or `with {}`). */

static Node *mod_str(Parser *p, const Token *at, const char *s)
{
    Node *n = parse_node(p, N_STRING, at);
    if (!n) return NULL;
    size_t len = strlen(s);
    uint16_t *u = arena_alloc(p->arena, (len + 1) * sizeof *u);
    if (!u) return parse_fail(p, at, "out of memory");
    for (size_t i = 0; i < len; i++) u[i] = (unsigned char)s[i];   /* names here are ASCII or passed through bytewise */
    n->u.str.units = u;
    n->u.str.len = (uint32_t)len;
    return parse_finish(p, n);
}

static Node *mod_ident(Parser *p, const Token *at, const char *name)
{
    Node *n = parse_node(p, N_IDENT, at);
    if (!n) return NULL;
    n->u.ident.name = name;
    return parse_finish(p, n);
}

/* EXPR_STMT %m.<method>(args...) */
static bool mod_call6(Parser *p, NodeList *out, const Token *at, const char *method, Node *a, Node *b, Node *c,
                      Node *d, Node *e, Node *f);
static bool mod_call(Parser *p, NodeList *out, const Token *at, const char *method, Node *a, Node *b, Node *c)
{
    return mod_call6(p, out, at, method, a, b, c, NULL, NULL, NULL);
}

static bool mod_call5(Parser *p, NodeList *out, const Token *at, const char *method, Node *a, Node *b, Node *c,
                      Node *d, Node *e)
{
    return mod_call6(p, out, at, method, a, b, c, d, e, NULL);
}

static Node *mod_num(Parser *p, const Token *at, double v)
{
    Node *n = parse_node(p, N_NUMBER, at);
    if (!n) return NULL;
    n->u.num.value = v;
    return parse_finish(p, n);
}

/* A NULL argument is left out (the arguments after it move up). */
static bool mod_call6(Parser *p, NodeList *out, const Token *at, const char *method, Node *a, Node *b, Node *c,
                      Node *d, Node *e, Node *f)
{
    Node *callee = parse_node(p, N_MEMBER, at);
    Node *call = parse_node(p, N_CALL, at);
    Node *stmt = parse_node(p, N_EXPR_STMT, at);
    if (!callee || !call || !stmt) return false;
    callee->u.member.object = mod_ident(p, at, "%m");
    callee->u.member.property = mod_ident(p, at, method);
    if (!callee->u.member.object || !callee->u.member.property || !parse_finish(p, callee)) return false;
    call->u.call.callee = callee;
    Node *args[6] = { a, b, c, d, e, f };
    for (int i = 0; i < 6; i++)
        if (args[i] && !parse_push(p, &call->u.call.args, args[i])) return false;
    if (!parse_finish(p, call)) return false;
    stmt->u.unary.arg = call;
    return parse_finish(p, stmt) && parse_push(p, out, stmt);
}

/* %m.exp(name, () => local) */
static bool mod_export_local(Parser *p, NodeList *out, const Token *at, const char *name, const char *local)
{
    Node *fn = parse_node(p, N_FUNCTION, at);
    Node *ret = parse_node(p, N_RETURN, at);
    if (!fn || !ret) return false;
    ret->u.unary.arg = mod_ident(p, at, local);
    if (!ret->u.unary.arg || !parse_finish(p, ret) || !parse_push(p, &fn->u.func.body, ret)) return false;
    fn->u.func.is_arrow = fn->u.func.is_expr_body = true;
    fn->u.func.is_strict = fn->u.func.has_simple_params = fn->u.func.is_expression = true;
    fn->u.func.body_start = at->start;
    if (!parse_finish(p, fn)) return false;
    Node *s = mod_str(p, at, name);
    return s && mod_call(p, out, at, "exp", s, fn, NULL);
}

/* An IdentifierName or a string after import { / export { / as. */
static const char *mod_name(Parser *p, bool allow_string)
{
    if (p->tok.type == T_STRING && allow_string) {
        char *s = arena_alloc(p->arena, p->tok.len + 1);
        if (!s) return parse_fail(p, &p->tok, "out of memory");
        for (uint32_t i = 0; i < p->tok.len; i++) s[i] = p->tok.str[i] < 128 ? (char)p->tok.str[i] : '?';
        if (!parse_next(p)) return NULL;
        return s;
    }
    if (!p->tok.name || p->tok.type == T_STRING) return parse_unexpected(p);
    const char *n = p->tok.name;
    if (!parse_next(p)) return NULL;
    return n;
}

static bool mod_is_word(const Parser *p, const char *w)
{
    return p->tok.type == T_NAME && !p->tok.escaped && strcmp(p->tok.name, w) == 0;
}

static Node *string_node_here(Parser *p)
{
    Node *n = parse_node(p, N_STRING, &p->tok);
    if (!n) return NULL;
    n->u.str.units = p->tok.str;
    n->u.str.len = p->tok.len;
    if (!parse_next(p)) return NULL;
    return parse_finish(p, n);
}

static Node *mod_from(Parser *p)
{
    if (!mod_is_word(p, "from")) return parse_unexpected(p);
    if (!parse_next(p)) return NULL;
    if (p->tok.type != T_STRING) return parse_unexpected(p);
    return string_node_here(p);
}

static bool same_units(const Node *a, const Node *b)
{
    return a->u.str.len == b->u.str.len && memcmp(a->u.str.units, b->u.str.units, a->u.str.len * sizeof *a->u.str.units) == 0;
}

/* WithClause (ES2025 import attributes) after a module specifier:
 * `with { key: 'value', 'key2': 'value', }` -> *attrs = the array literal
 * ['key', 'value', ...], NULL when there is no clause or it is empty.
 * Keys are IdentifierNames or strings, values strings; a key given twice is
 * a SyntaxError.  Which keys and values are supported is the loader's
 * business (esm.c: a TypeError as node, when the graph loads). */
static bool mod_attributes(Parser *p, Node **attrs)
{
    *attrs = NULL;
    if (p->tok.type != T_WITH) return true;
    Token at = p->tok;
    if (!parse_next(p)) return false;
    Node *arr = parse_node(p, N_ARRAY, &at);
    if (!arr || !parse_expect(p, T_LBRACE)) return false;
    while (p->tok.type != T_RBRACE) {
        Token kt = p->tok;
        Node *key;
        if (p->tok.type == T_STRING) {
            key = string_node_here(p);
        } else if (p->tok.name) {
            key = mod_str(p, &kt, p->tok.name);
            if (key && !parse_next(p)) return false;
        } else {
            return parse_unexpected(p), false;
        }
        if (!key) return false;
        for (uint32_t i = 0; i < arr->u.list.count; i += 2)
            if (same_units(arr->u.list.items[i], key)) {
                char name[64];
                uint32_t n = 0;
                for (; n < key->u.str.len && n < sizeof name - 1; n++)
                    name[n] = key->u.str.units[n] < 128 ? (char)key->u.str.units[n] : '?';
                name[n] = 0;
                return parse_fail(p, &kt, "Import attribute has duplicate key '%s'", name), false;
            }
        if (!parse_expect(p, T_COLON)) return false;
        if (p->tok.type != T_STRING) return parse_unexpected(p), false;
        Node *val = string_node_here(p);
        if (!val || !parse_push(p, &arr->u.list, key) || !parse_push(p, &arr->u.list, val)) return false;
        if (p->tok.type != T_COMMA) break;
        if (!parse_next(p)) return false;
    }
    if (!parse_expect(p, T_RBRACE) || !parse_finish(p, arr)) return false;
    if (arr->u.list.count > 0) *attrs = arr;
    return true;
}

/* Declarations bound by a statement: VAR_DECL identifiers (patterns: their identifiers), function, class. */
static bool mod_export_bound(Parser *p, NodeList *out, const Token *at, Node *t)
{
    if (!t) return true;
    switch ((int)t->kind) {
    case N_IDENT: return mod_export_local(p, out, at, t->u.ident.name, t->u.ident.name);
    case N_ASSIGN_PATTERN: return mod_export_bound(p, out, at, t->u.assign.target);
    case N_REST: return mod_export_bound(p, out, at, t->u.unary.arg);
    case N_ARRAY_PATTERN:
        for (size_t i = 0; i < t->u.list.count; i++)
            if (!mod_export_bound(p, out, at, t->u.list.items[i])) return false;
        return true;
    case N_OBJECT_PATTERN:
        for (size_t i = 0; i < t->u.list.count; i++) {
            Node *it = t->u.list.items[i];
            if (!mod_export_bound(p, out, at, it->kind == N_PROPERTY ? it->u.prop.value : it)) return false;
        }
        return true;
    default: return true;
    }
}

static bool mod_import(Parser *p, NodeList *out, Token start)
{
    if (!parse_next(p)) return false;
    if (p->tok.type == T_STRING) {   /* import 'x' */
        Node *spec = string_node_here(p), *attrs;
        if (!spec || !mod_attributes(p, &attrs) || !parse_consume_semicolon(p)) return false;
        return mod_call(p, out, &start, "dep", spec, attrs, NULL);
    }
    int n = 0, cap = 16;
    const char **names = arena_alloc(p->arena, cap * sizeof *names), **locals = arena_alloc(p->arena, cap * sizeof *locals);
    if (!names || !locals) return parse_fail(p, &start, "out of memory"), false;
    if (p->tok.type == T_NAME) {   /* default */
        names[n] = "default";
        locals[n++] = p->tok.name;
        if (!parse_check_name(p, &p->tok) || !parse_next(p)) return false;
        if (p->tok.type == T_COMMA && !parse_next(p)) return false;
    }
    if (p->tok.type == T_STAR) {
        if (!parse_next(p)) return false;
        if (!mod_is_word(p, "as") || !parse_next(p)) return parse_unexpected(p), false;
        if (p->tok.type != T_NAME || !parse_check_name(p, &p->tok)) return parse_unexpected(p), false;
        names[n] = "*";
        locals[n++] = p->tok.name;
        if (!parse_next(p)) return false;
    } else if (p->tok.type == T_LBRACE) {
        if (!parse_next(p)) return false;
        while (p->tok.type != T_RBRACE) {
            if (n + 1 >= cap) {
                const char **nn = arena_alloc(p->arena, 2 * cap * sizeof *nn), **nl = arena_alloc(p->arena, 2 * cap * sizeof *nl);
                if (!nn || !nl) return parse_fail(p, &p->tok, "out of memory"), false;
                memcpy(nn, names, n * sizeof *nn);
                memcpy(nl, locals, n * sizeof *nl);
                names = nn;
                locals = nl;
                cap *= 2;
            }
            bool plain = p->tok.type == T_NAME;
            Token nt = p->tok;
            const char *name = mod_name(p, true);
            if (!name) return false;
            const char *local = name;
            if (mod_is_word(p, "as")) {
                if (!parse_next(p)) return false;
                if (p->tok.type != T_NAME || !parse_check_name(p, &p->tok)) return parse_unexpected(p), false;
                local = p->tok.name;
                if (!parse_next(p)) return false;
            } else if (!plain || !parse_check_name(p, &nt)) {
                return parse_fail(p, &nt, "Unexpected reserved word"), false;
            }
            names[n] = name;
            locals[n++] = local;
            if (p->tok.type != T_COMMA) break;
            if (!parse_next(p)) return false;
        }
        if (!parse_expect(p, T_RBRACE)) return false;
    } else if (n == 0) {
        return parse_unexpected(p), false;
    }
    Node *spec = mod_from(p), *attrs;
    if (!spec || !mod_attributes(p, &attrs) || !parse_consume_semicolon(p)) return false;
    if (n == 0) return mod_call(p, out, &start, "dep", spec, attrs, NULL);
    for (int i = 0; i < n; i++) {
        for (int j = 0; j < i; j++)
            if (strcmp(locals[i], locals[j]) == 0)
                return parse_fail(p, &start, "Identifier '%s' has already been declared", locals[i]), false;
        Node *l = mod_str(p, &start, locals[i]), *m = mod_str(p, &start, names[i]);
        Node *ln = mod_num(p, &start, start.line), *cn = mod_num(p, &start, start.col);
        if (!l || !m || !ln || !cn || !mod_call6(p, out, &start, "imp", l, spec, m, ln, cn, attrs)) return false;
    }
    return true;
}

static bool mod_export(Parser *p, NodeList *out, Token start)
{
    if (!parse_next(p)) return false;
    if (p->tok.type == T_STAR) {
        if (!parse_next(p)) return false;
        const char *as = NULL;
        if (mod_is_word(p, "as")) {
            if (!parse_next(p) || !(as = mod_name(p, true))) return false;
        }
        Node *spec = mod_from(p), *attrs;
        if (!spec || !mod_attributes(p, &attrs) || !parse_consume_semicolon(p)) return false;
        if (!as) return mod_call(p, out, &start, "star", spec, attrs, NULL);
        Node *a = mod_str(p, &start, as), *s = mod_str(p, &start, "*");
        return a && s && mod_call5(p, out, &start, "rexp", a, spec, s, attrs, NULL);
    }
    if (p->tok.type == T_LBRACE) {
        int n = 0, cap = 16;
        const char **names = arena_alloc(p->arena, cap * sizeof *names), **locals = arena_alloc(p->arena, cap * sizeof *locals);
        bool *plain = arena_alloc(p->arena, cap * sizeof *plain);
        Token *toks = arena_alloc(p->arena, cap * sizeof *toks);
        if (!names || !locals || !plain || !toks) return parse_fail(p, &start, "out of memory"), false;
        if (!parse_next(p)) return false;
        while (p->tok.type != T_RBRACE) {
            if (n + 1 >= cap) {
                const char **nn = arena_alloc(p->arena, 2 * cap * sizeof *nn), **nl = arena_alloc(p->arena, 2 * cap * sizeof *nl);
                bool *np = arena_alloc(p->arena, 2 * cap * sizeof *np);
                Token *nt = arena_alloc(p->arena, 2 * cap * sizeof *nt);
                if (!nn || !nl || !np || !nt) return parse_fail(p, &p->tok, "out of memory"), false;
                memcpy(nn, names, n * sizeof *nn);
                memcpy(nl, locals, n * sizeof *nl);
                memcpy(np, plain, n * sizeof *np);
                memcpy(nt, toks, n * sizeof *nt);
                names = nn;
                locals = nl;
                plain = np;
                toks = nt;
                cap *= 2;
            }
            toks[n] = p->tok;
            plain[n] = p->tok.type == T_NAME && parse_check_name(p, &p->tok);
            const char *local = mod_name(p, true);
            if (!local) return false;
            const char *name = local;
            if (mod_is_word(p, "as")) {
                if (!parse_next(p) || !(name = mod_name(p, true))) return false;
            }
            names[n] = name;
            locals[n++] = local;
            if (p->tok.type != T_COMMA) break;
            if (!parse_next(p)) return false;
        }
        if (!parse_expect(p, T_RBRACE)) return false;
        if (mod_is_word(p, "from")) {
            Node *spec = mod_from(p), *attrs;
            if (!spec || !mod_attributes(p, &attrs) || !parse_consume_semicolon(p)) return false;
            for (int i = 0; i < n; i++) {
                Node *a = mod_str(p, &start, names[i]), *b = mod_str(p, &start, locals[i]);
                if (!a || !b || !mod_call5(p, out, &start, "rexp", a, spec, b, attrs, NULL)) return false;
            }
            return true;
        }
        if (!parse_consume_semicolon(p)) return false;
        for (int i = 0; i < n; i++) {
            if (!plain[i]) return parse_fail(p, &toks[i], "Unexpected token '%s'", locals[i]), false;
            if (!mod_export_local(p, out, &start, names[i], locals[i])) return false;
        }
        return true;
    }
    if (p->tok.type == T_DEFAULT) {
        if (!parse_next(p)) return false;
        Token dt = p->tok;
        if (p->tok.type == T_FUNCTION || p->tok.type == T_CLASS ||
            (p->tok.type == T_NAME && p->tok.cw == CW_ASYNC && !p->tok.escaped && parse_peek(p)->type == T_FUNCTION &&
             !parse_peek(p)->nl_before)) {
            if (p->tok.type != T_CLASS) {
                /* `export default [async] function [*] [name] () {}`: a hoisted function
                 * declaration (usable before its position and, through the export, by an
                 * importer in a cycle before this module's body runs); without a name it
                 * binds `default` */
                int kind = FN_DECL | FN_DEFAULT;
                if (p->tok.type == T_NAME) {
                    kind |= FN_ASYNC;
                    if (!parse_next(p)) return false;
                }
                Node *d = parse_function(p, kind, parse_pos(&dt));
                if (!d || !parse_push(p, out, d)) return false;
                return mod_export_local(p, out, &start, "default", d->u.func.name->u.ident.name);
            }
            const Token *nx = parse_peek(p);
            bool named = nx->type == T_NAME && !(nx->cw == CW_NONE && strcmp(nx->name, "extends") == 0);
            if (named) {
                Node *d = statement(p, STMT_DECL);
                if (!d || !parse_push(p, out, d)) return false;
                return mod_export_local(p, out, &start, "default", d->u.cls.name->u.ident.name);
            }
        }
        /* export default AssignmentExpression; -> const %default = expr */
        Node *decl = parse_node(p, N_VAR_DECL, &dt);
        Node *dr = parse_node(p, N_DECLARATOR, &dt);
        if (!decl || !dr) return false;
        decl->u.var.kind = VAR_CONST;
        /* the binding's name is the reserved word `default`: no code can name it,
         * and anonymous functions and classes take it as their name */
        dr->u.decl.target = mod_ident(p, &dt, "default");
        if (!dr->u.decl.target) return false;
        dr->u.decl.init = parse_assign(p, false);
        if (!dr->u.decl.init) return false;
        /* `export default class {}`: a declaration, no semicolon */
        bool decl_form = dt.type == T_FUNCTION || dt.type == T_CLASS || dt.type == T_NAME;
        if (!(decl_form && (dr->u.decl.init->kind == N_FUNCTION || dr->u.decl.init->kind == N_CLASS)) &&
            !parse_consume_semicolon(p))
            return false;
        if (!parse_finish(p, dr) || !parse_push(p, &decl->u.var.decls, dr) || !parse_finish(p, decl)) return false;
        if (!parse_push(p, out, decl)) return false;
        return mod_export_local(p, out, &start, "default", "default");
    }
    Node *d;
    if (p->tok.type == T_VAR || p->tok.type == T_CONST || p->tok.type == T_FUNCTION || p->tok.type == T_CLASS ||
        (p->tok.type == T_NAME && (let_starts_decl(p) || (p->tok.cw == CW_ASYNC && !p->tok.escaped))))
        d = statement(p, STMT_DECL);
    else
        return parse_unexpected(p), false;
    if (!d || !parse_push(p, out, d)) return false;
    if (d->kind == N_VAR_DECL) {
        for (size_t i = 0; i < d->u.var.decls.count; i++)
            if (!mod_export_bound(p, out, &start, d->u.var.decls.items[i]->u.decl.target)) return false;
        return true;
    }
    if (d->kind == N_FUNCTION_DECL && d->u.func.name) return mod_export_local(p, out, &start, d->u.func.name->u.ident.name, d->u.func.name->u.ident.name);
    if (d->kind == N_CLASS_DECL && d->u.cls.name) return mod_export_local(p, out, &start, d->u.cls.name->u.ident.name, d->u.cls.name->u.ident.name);
    return parse_unexpected(p), false;
}

bool parse_module_item(Parser *p, NodeList *out)
{
    Token start = p->tok;
    return start.type == T_IMPORT ? mod_import(p, out, start) : mod_export(p, out, start);
}
