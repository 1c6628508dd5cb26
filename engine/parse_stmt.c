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
        return parse_fail(p, &start, "Cannot use import statement outside a module");
    case T_EXPORT:
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
