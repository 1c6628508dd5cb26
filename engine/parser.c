/*
 * parser.c -- the parser's core (tokens, errors, depth bound), the
 * program entry point, functions and classes.  Expressions live in
 * parse_expr.c, statements in parse_stmt.c; parser_internal.h explains
 * the shared state (cover grammar, depth, per-function context).
 *
 * Pipeline of parse_program: lexer (one token + one lookahead, regexp
 * and template tokens rescanned on demand) -> recursive descent ->
 * syntactic early errors on the way -> AST in the caller's arena.
 */
#include "parser_internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* Errors                                                               */

static void *fail_v(Parser *p, uint32_t line, uint32_t col, const char *fmt, va_list ap)
{
    if (!p->failed) {
        p->failed = true;
        vsnprintf(p->err->message, sizeof p->err->message, fmt, ap);
        p->err->line = line;
        p->err->col = col;
    }
    return NULL;
}

void *parse_fail_at(Parser *p, uint32_t line, uint32_t col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fail_v(p, line, col, fmt, ap);
    va_end(ap);
    return NULL;
}

void *parse_fail(Parser *p, const Token *at, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fail_v(p, at->line, at->col, fmt, ap);
    va_end(ap);
    return NULL;
}

/* The lexer's first error becomes the parse error. */
bool parse_lex_error(Parser *p)
{
    parse_fail_at(p, p->lx.err_line, p->lx.err_col, "%s", p->lx.err);
    return false;
}

void *parse_unexpected(Parser *p)
{
    const Token *t = &p->tok;
    switch ((int)t->type) {
    case T_EOF: return parse_fail(p, t, "Unexpected end of input");
    case T_NUMBER: case T_BIGINT: return parse_fail(p, t, "Unexpected number");
    case T_STRING: return parse_fail(p, t, "Unexpected string");
    case T_TEMPLATE: case T_TEMPLATE_HEAD: case T_TEMPLATE_MIDDLE: case T_TEMPLATE_TAIL:
        return parse_fail(p, t, "Unexpected template string");
    case T_REGEXP: return parse_fail(p, t, "Unexpected regular expression");
    case T_NAME:
        if (parse_is_strict(p) && lex_is_strict_reserved((ContextWord)t->cw))
            return parse_fail(p, t, "Unexpected strict mode reserved word");
        return parse_fail(p, t, "Unexpected identifier '%s'", t->name);
    case T_PRIVATE_NAME: return parse_fail(p, t, "Unexpected identifier '%s'", t->name);
    case T_ENUM: return parse_fail(p, t, "Unexpected reserved word");
    default:
        return parse_fail(p, t, "Unexpected token '%s'", lex_token_text(t->type));
    }
}

/* ------------------------------------------------------------------ */
/* Tokens                                                               */

bool parse_next(Parser *p)
{
    if (p->failed) return false;
    p->prev_end = p->tok.end;
    if (p->has_ahead) {
        p->tok = p->ahead;
        p->has_ahead = false;
        if (p->tok.type == T_EOF && p->lx.err[0]) return parse_lex_error(p);
        return true;
    }
    if (!lex_next(&p->lx, &p->tok)) return parse_lex_error(p);
    return true;
}

const Token *parse_peek(Parser *p)
{
    if (!p->has_ahead) {
        /* a lexical error in the lookahead is reported when it is consumed */
        lex_next(&p->lx, &p->ahead);
        p->has_ahead = true;
    }
    return &p->ahead;
}

bool parse_eat(Parser *p, TokType t)
{
    if (p->tok.type != t) return false;
    return parse_next(p);
}

bool parse_expect(Parser *p, TokType t)
{
    if (p->failed) return false;
    if (p->tok.type != t) {
        parse_unexpected(p);
        return false;
    }
    return parse_next(p);
}

bool parse_enter(Parser *p)
{
    if (++p->depth > PARSE_MAX_DEPTH) {
        p->depth--;
        parse_fail(p, &p->tok, "Maximum call stack size exceeded");
        return false;
    }
    return true;
}

/* ------------------------------------------------------------------ */
/* Nodes                                                                */

Node *parse_node(Parser *p, NodeKind kind, const Token *at)
{
    Node *n = ast_new(p->arena, kind, at->line, at->col, at->start);
    if (!n) return parse_fail(p, at, "out of memory");
    return n;
}

Node *parse_node_at(Parser *p, NodeKind kind, Pos at)
{
    Node *n = ast_new(p->arena, kind, at.line, at.col, at.start);
    if (!n) return parse_fail_at(p, at.line, at.col, "out of memory");
    return n;
}

Node *parse_node_like(Parser *p, NodeKind kind, const Node *at)
{
    Node *n = ast_new(p->arena, kind, at->line, at->col, at->start);
    if (!n) return parse_fail_at(p, at->line, at->col, "out of memory");
    n->end = at->end;
    return n;
}

static uint32_t h_of(const Node *n) { return n ? n->height : 0; }

static uint32_t h_list(const NodeList *l)
{
    uint32_t h = 0;
    for (uint32_t i = 0; i < l->count; i++)
        if (l->items[i] && l->items[i]->height > h) h = l->items[i]->height;
    return h;
}

static uint32_t h_max(uint32_t a, uint32_t b) { return a > b ? a : b; }

/* The height of n's tallest child. */
static uint32_t child_height(const Node *n)
{
    switch (n->kind) {
    case N_NUMBER: case N_BIGINT: case N_STRING: case N_REGEXP: case N_IDENT: case N_THIS: case N_SUPER:
    case N_NEW_TARGET: case N_NULL_LIT: case N_TRUE_LIT: case N_FALSE_LIT: case N_EMPTY:
    case N_DEBUGGER: case N_CONTINUE: case N_BREAK: case N_PROGRAM: case N__COUNT:
        return 0;
    case N_TEMPLATE: return h_list(&n->u.tmpl.exprs);
    case N_TAGGED_TEMPLATE: return h_max(h_of(n->u.tagged.tag), h_of(n->u.tagged.quasi));
    case N_ARRAY: case N_OBJECT: case N_SEQUENCE: case N_ARRAY_PATTERN: case N_OBJECT_PATTERN:
    case N_BLOCK:
        return h_list(&n->u.list);
    case N_PROPERTY: return h_max(h_of(n->u.prop.key), h_of(n->u.prop.value));
    case N_FUNCTION: case N_FUNCTION_DECL:
        return h_max(h_list(&n->u.func.params), h_list(&n->u.func.body));
    case N_CLASS: case N_CLASS_DECL:
        return h_max(h_max(h_of(n->u.cls.super_class), h_of(n->u.cls.constructor)), h_list(&n->u.cls.members));
    case N_UNARY: case N_SPREAD: case N_REST: case N_EXPR_STMT: case N_RETURN: case N_THROW: case N_AWAIT:
        return h_of(n->u.unary.arg);
    case N_YIELD: return h_of(n->u.yield_.arg);
    case N_UPDATE: return h_of(n->u.update.arg);
    case N_BINARY: case N_LOGICAL: return h_max(h_of(n->u.binary.left), h_of(n->u.binary.right));
    case N_ASSIGN: case N_ASSIGN_PATTERN: return h_max(h_of(n->u.assign.target), h_of(n->u.assign.value));
    case N_CONDITIONAL:
        return h_max(h_of(n->u.cond.test), h_max(h_of(n->u.cond.then), h_of(n->u.cond.else_)));
    case N_CALL: case N_NEW: return h_max(h_of(n->u.call.callee), h_list(&n->u.call.args));
    case N_MEMBER: return h_max(h_of(n->u.member.object), h_of(n->u.member.property));
    case N_OPTIONAL_CHAIN: return h_of(n->u.chain.expr);
    case N_VAR_DECL: return h_list(&n->u.var.decls);
    case N_DECLARATOR: return h_max(h_of(n->u.decl.target), h_of(n->u.decl.init));
    case N_IF: return h_max(h_of(n->u.if_.test), h_max(h_of(n->u.if_.then), h_of(n->u.if_.else_)));
    case N_FOR:
        return h_max(h_max(h_of(n->u.for_.init), h_of(n->u.for_.test)),
                     h_max(h_of(n->u.for_.update), h_of(n->u.for_.body)));
    case N_FOR_IN: case N_FOR_OF:
        return h_max(h_of(n->u.forin.left), h_max(h_of(n->u.forin.right), h_of(n->u.forin.body)));
    case N_WHILE: case N_DO_WHILE: return h_max(h_of(n->u.loop.test), h_of(n->u.loop.body));
    case N_WITH: return h_max(h_of(n->u.with.object), h_of(n->u.with.body));
    case N_SWITCH: return h_max(h_of(n->u.switch_.disc), h_list(&n->u.switch_.cases));
    case N_CASE: return h_max(h_of(n->u.case_.test), h_list(&n->u.case_.body));
    case N_LABELED: return h_of(n->u.labeled.body);
    case N_TRY:
        return h_max(h_max(h_of(n->u.try_.block), h_of(n->u.try_.param)),
                     h_max(h_of(n->u.try_.handler), h_of(n->u.try_.finalizer)));
    }
    return 0;
}

bool parse_set_height(Parser *p, Node *n)
{
    uint32_t h = child_height(n) + 1;
    n->height = (uint16_t)(h > UINT16_MAX ? UINT16_MAX : h);
    if (h > PARSE_MAX_HEIGHT) {
        parse_fail_at(p, n->line, n->col, "Maximum call stack size exceeded");
        return false;
    }
    return true;
}

Node *parse_finish(Parser *p, Node *n)
{
    if (!n) return NULL;
    n->end = p->prev_end > n->start ? p->prev_end : n->start;
    return parse_set_height(p, n) ? n : NULL;
}

bool parse_push(Parser *p, NodeList *l, Node *n)
{
    uint32_t before = l->count;
    ast_list_push(p->arena, l, n);
    if (l->count == before) {
        parse_fail(p, &p->tok, "out of memory");
        return false;
    }
    return true;
}

bool parse_is_strict(const Parser *p) { return p->fn && p->fn->strict; }

bool parse_check_name(Parser *p, const Token *t)
{
    if (t->escaped_keyword) {
        parse_fail(p, t, "Keyword must not contain escaped characters");
        return false;
    }
    return true;
}

/* `this`/`super` is seen: the function and every arrow up to (and
 * including) the nearest non-arrow function use it. */
void parse_mark_this(Parser *p)
{
    p->this_serial++;
    for (FuncCtx *c = p->fn; c; c = c->up) {
        c->fn->uses_this = true;
        if (!c->is_arrow) break;
    }
}

void parse_mark_arguments(Parser *p)
{
    p->args_serial++;
    for (FuncCtx *c = p->fn; c; c = c->up) {
        c->fn->uses_arguments = true;
        if (!c->is_arrow) break;
    }
}

/* ------------------------------------------------------------------ */
/* Bindings and parameters                                              */

static bool is_eval_or_arguments(const char *s) { return !strcmp(s, "eval") || !strcmp(s, "arguments"); }

static bool is_strict_reserved_name(const char *s)
{
    static const char *const words[] = { "implements", "interface", "let", "package", "private",
                                         "protected", "public", "static", "yield" };
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (!strcmp(s, words[i])) return true;
    return false;
}

/* Collects the bound names of a pattern (for duplicate checks). */
typedef struct NameSet {
    Node *items[64];
    uint32_t count;
    bool overflow;
} NameSet;

static bool check_target(Parser *p, Node *t, bool lexical, NameSet *names, bool *dup_out)
{
    if (!t) return true;
    switch ((int)t->kind) {
    case N_IDENT: {
        const char *s = t->u.ident.name;
        if (parse_is_strict(p) && is_eval_or_arguments(s)) {
            parse_fail_at(p, t->line, t->col, "Unexpected eval or arguments in strict mode");
            return false;
        }
        if (parse_is_strict(p) && is_strict_reserved_name(s)) {
            parse_fail_at(p, t->line, t->col, "Unexpected strict mode reserved word");
            return false;
        }
        if (lexical && !strcmp(s, "let")) {
            parse_fail_at(p, t->line, t->col, "let is disallowed as a lexically bound name");
            return false;
        }
        if (names) {
            for (uint32_t i = 0; i < names->count; i++)
                if (!strcmp(names->items[i]->u.ident.name, s)) {
                    if (dup_out && !*dup_out) {
                        *dup_out = true;
                        names->items[0] = t;   /* remember where */
                    }
                    return true;
                }
            if (names->count < 64) names->items[names->count++] = t;
            else names->overflow = true;
        }
        return true;
    }
    case N_ASSIGN_PATTERN:
        return check_target(p, t->u.assign.target, lexical, names, dup_out);
    case N_REST:
        return check_target(p, t->u.unary.arg, lexical, names, dup_out);
    case N_ARRAY_PATTERN:
        for (uint32_t i = 0; i < t->u.list.count; i++)
            if (!check_target(p, t->u.list.items[i], lexical, names, dup_out)) return false;
        return true;
    case N_OBJECT_PATTERN:
        for (uint32_t i = 0; i < t->u.list.count; i++) {
            Node *it = t->u.list.items[i];
            Node *v = it->kind == N_PROPERTY ? it->u.prop.value : it;
            if (!check_target(p, v, lexical, names, dup_out)) return false;
        }
        return true;
    default:
        return true;   /* member targets (assignment patterns) bind nothing */
    }
}

bool parse_check_binding(Parser *p, Node *target, bool lexical)
{
    return check_target(p, target, lexical, NULL, NULL);
}

/* After the body is parsed (it may have said "use strict"): the name and
 * the parameters obey the function's final strictness; duplicates are
 * errors in strict code, arrows, methods and non-simple lists. */
bool parse_check_params(Parser *p, FuncNode *fn, bool force_unique)
{
    if (fn->name && fn->is_strict && is_eval_or_arguments(fn->name->u.ident.name))
        return parse_fail_at(p, fn->name->line, fn->name->col, "Unexpected eval or arguments in strict mode"), false;
    if (fn->name && fn->is_strict && is_strict_reserved_name(fn->name->u.ident.name))
        return parse_fail_at(p, fn->name->line, fn->name->col, "Unexpected strict mode reserved word"), false;
    NameSet names;
    names.count = 0;
    names.overflow = false;
    bool dup = false;
    for (uint32_t i = 0; i < fn->params.count; i++)
        if (!check_target(p, fn->params.items[i], false, &names, &dup)) return false;
    if (dup && (force_unique || fn->is_strict || !fn->has_simple_params || fn->is_arrow || fn->is_method)) {
        Node *at = names.items[0];
        return parse_fail_at(p, at->line, at->col, "Duplicate parameter name not allowed in this context"), false;
    }
    return true;
}

/* ------------------------------------------------------------------ */
/* Bodies and directives                                                */

static bool is_use_strict(Parser *p, const Node *s, uint32_t tok_start, uint32_t tok_end)
{
    if (s->kind != N_EXPR_STMT || !s->u.unary.arg || s->u.unary.arg->kind != N_STRING) return false;
    const Node *str = s->u.unary.arg;
    if (str->paren || str->start != tok_start || str->end != tok_end) return false;
    return tok_end - tok_start == 12 && !memcmp(p->src + tok_start + 1, "use strict", 10);
}

bool parse_body(Parser *p, NodeList *out, TokType end)
{
    bool prologue = true, octal = false;
    Token oct_tok = p->tok;
    while (p->tok.type != end) {
        if (p->tok.type == T_EOF) return parse_unexpected(p), false;
        if (prologue && p->tok.type == T_STRING) {
            Token st = p->tok;
            Node *s = parse_statement(p, STMT_DECL);
            if (!s) return false;
            if (s->kind == N_EXPR_STMT && s->u.unary.arg && s->u.unary.arg->kind == N_STRING &&
                !s->u.unary.arg->paren && s->u.unary.arg->start == st.start && s->u.unary.arg->end == st.end) {
                if (st.legacy_octal && !octal) { octal = true; oct_tok = st; }
                if (is_use_strict(p, s, st.start, st.end) && !p->fn->strict) {
                    if (!p->fn->fn->has_simple_params)
                        return parse_fail(p, &st, "Illegal 'use strict' directive in function with non-simple parameter list"), false;
                    p->fn->strict = true;
                    p->fn->fn->is_strict = true;
                }
                if (octal && p->fn->strict)
                    return parse_fail(p, &oct_tok, "Octal escape sequences are not allowed in strict mode."), false;
            } else {
                prologue = false;
            }
            if (!parse_push(p, out, s)) return false;
            continue;
        }
        prologue = false;
        if ((p->flags & PARSE_MODULE) && !p->fn->up &&
            (p->tok.type == T_EXPORT ||
             (p->tok.type == T_IMPORT && parse_peek(p)->type != T_LPAREN && parse_peek(p)->type != T_DOT))) {
            if (!parse_module_item(p, out)) return false;
            continue;
        }
        Node *s = parse_statement(p, STMT_DECL);
        if (!s || !parse_push(p, out, s)) return false;
    }
    return true;
}

/* ------------------------------------------------------------------ */
/* Functions                                                            */

static bool parse_params(Parser *p, FuncNode *fn)
{
    if (!parse_expect(p, T_LPAREN)) return false;
    fn->has_simple_params = true;
    while (p->tok.type != T_RPAREN) {
        Node *param;
        if (p->tok.type == T_ELLIPSIS) {
            Token at = p->tok;
            if (!parse_next(p)) return false;
            Node *target = parse_binding_target(p);
            if (!target) return false;
            if (p->tok.type == T_ASSIGN)
                return parse_fail(p, &p->tok, "Rest parameter may not have a default initializer"), false;
            param = parse_node(p, N_REST, &at);
            if (!param) return false;
            param->u.unary.arg = target;
            parse_finish(p, param);
            fn->has_simple_params = false;
            if (!parse_push(p, &fn->params, param)) return false;
            if (p->tok.type != T_RPAREN)
                return parse_fail(p, &p->tok, "Rest parameter must be last formal parameter"), false;
            break;
        }
        param = parse_binding_element(p);
        if (!param) return false;
        if (param->kind != N_IDENT) fn->has_simple_params = false;
        if (!parse_push(p, &fn->params, param)) return false;
        if (p->tok.type != T_RPAREN && !parse_expect(p, T_COMMA)) return false;
    }
    return parse_next(p);
}

Node *parse_function_rest(Parser *p, Node *fnode, int kind)
{
    FuncNode *fn = &fnode->u.func;
    FuncCtx ctx;
    memset(&ctx, 0, sizeof ctx);
    ctx.up = p->fn;
    ctx.fn = fn;
    ctx.strict = p->fn->strict;
    ctx.allow_return = true;
    ctx.allow_new_target = true;
    ctx.allow_super_prop = (kind & (FN_METHOD | FN_GETTER | FN_SETTER | FN_CTOR)) != 0;
    ctx.allow_super_call = (kind & FN_DERIVED) != 0;
    ctx.is_generator = (kind & FN_GENERATOR) != 0;
    ctx.is_async = (kind & FN_ASYNC) != 0;
    fn->is_strict = ctx.strict;
    fn->is_method = (kind & (FN_METHOD | FN_GETTER | FN_SETTER)) != 0;
    fn->is_getter = (kind & FN_GETTER) != 0;
    fn->is_setter = (kind & FN_SETTER) != 0;
    fn->is_class_ctor = (kind & FN_CTOR) != 0;
    fn->is_derived = (kind & FN_DERIVED) != 0;
    fn->is_static = (kind & FN_STATIC) != 0;
    fn->is_expression = (kind & FN_EXPR) != 0;
    fn->is_generator = ctx.is_generator;
    fn->is_async = ctx.is_async;
    /* yield/await seen inside this function do not concern an enclosing
     * arrow parameter list being parsed as an expression */
    uint32_t y0 = p->yield_serial, a0 = p->await_serial, ai0 = p->await_ident_serial;
    p->fn = &ctx;
    bool ok = false;
    Token ptok = p->tok;
    ctx.in_params = true;
    bool params_ok = parse_params(p, fn);
    ctx.in_params = false;
    if (params_ok) {
        if (fn->is_getter && fn->params.count != 0)
            parse_fail(p, &ptok, "Getter must not have any formal parameters.");
        else if (fn->is_setter && (fn->params.count != 1 || fn->params.items[0]->kind == N_REST))
            parse_fail(p, &ptok, fn->params.count == 1 ? "Setter function argument must not be a rest parameter"
                                                       : "Setter must have exactly one formal parameter.");
        else if (p->tok.type != T_LBRACE)
            parse_unexpected(p);
        else {
            fn->body_start = p->tok.start;
            if (parse_next(p) && parse_body(p, &fn->body, T_RBRACE) && parse_expect(p, T_RBRACE))
                ok = parse_check_params(p, fn, false);
        }
    }
    p->fn = ctx.up;
    p->yield_serial = y0;
    p->await_serial = a0;
    p->await_ident_serial = ai0;
    if (!ok) return NULL;
    return parse_finish(p, fnode);
}

bool parse_check_yield_await(Parser *p, const Token *t)
{
    if (t->type != T_NAME) return true;
    if (t->cw == CW_AWAIT) {
        for (FuncCtx *c = p->fn; c; c = c->up) {   /* a static block reserves await, arrows included */
            if (c->in_static_block) {
                parse_fail(p, t, "Unexpected reserved word");
                return false;
            }
            if (!c->is_arrow) break;
        }
    }
    if (t->cw == CW_YIELD && p->fn->is_generator) {
        parse_fail(p, t, "Unexpected identifier 'yield'");
        return false;
    }
    if (t->cw == CW_AWAIT) {
        if (p->fn->is_async) {
            parse_fail(p, t, "Unexpected reserved word");
            return false;
        }
        p->await_ident_serial++;
    }
    return true;
}

Node *parse_function(Parser *p, int kind, Pos start)
{
    bool is_decl = (kind & FN_DECL) != 0;
    if (!parse_next(p)) return NULL;
    if (p->tok.type == T_STAR) {
        kind |= FN_GENERATOR;
        if (!parse_next(p)) return NULL;
    }
    Node *fnode = parse_node_at(p, is_decl ? N_FUNCTION_DECL : N_FUNCTION, start);
    if (!fnode) return NULL;
    if (p->tok.type == T_NAME) {
        if (parse_is_strict(p) && lex_is_strict_reserved((ContextWord)p->tok.cw))
            return parse_unexpected(p);
        if (!parse_check_name(p, &p->tok)) return NULL;
        /* a declaration's name belongs to the enclosing scope, an
         * expression's to the function itself */
        if (is_decl) {
            if (!parse_check_yield_await(p, &p->tok)) return NULL;
        } else if (p->tok.cw == CW_YIELD && (kind & FN_GENERATOR)) {
            return parse_fail(p, &p->tok, "Unexpected identifier 'yield'");
        } else if (p->tok.cw == CW_AWAIT && (kind & FN_ASYNC)) {
            return parse_fail(p, &p->tok, "Unexpected reserved word");
        }
        Node *name = parse_node(p, N_IDENT, &p->tok);
        if (!name) return NULL;
        name->u.ident.name = p->tok.name;
        if (!parse_next(p)) return NULL;
        fnode->u.func.name = parse_finish(p, name);
    } else if (is_decl && (kind & FN_DEFAULT)) {
        /* `export default function () {}`: a declaration bound to `default`, a
         * reserved word no code can name; the function's name is "default" */
        Node *name = parse_node(p, N_IDENT, &p->tok);
        if (!name) return NULL;
        name->u.ident.name = "default";
        fnode->u.func.name = parse_finish(p, name);
    } else if (is_decl) {
        if (p->tok.type == T_LPAREN) return parse_fail(p, &p->tok, "Function statements require a function name");
        return parse_unexpected(p);
    }
    return parse_function_rest(p, fnode, kind);
}

/* ------------------------------------------------------------------ */
/* Classes                                                              */

bool parse_key_is(const Node *key, bool computed, const char *name)
{
    if (computed || !key) return false;
    if (key->kind == N_IDENT) return !strcmp(key->u.ident.name, name);
    if (key->kind == N_STRING) {
        size_t n = strlen(name);
        if (key->u.str.len != n) return false;
        for (size_t i = 0; i < n; i++)
            if (key->u.str.units[i] != (unsigned char)name[i]) return false;
        return true;
    }
    return false;
}

/* A token that can start a property name (after get/set/static). */
bool parse_starts_key(const Token *t)
{
    switch ((int)t->type) {
    case T_NAME: case T_STRING: case T_NUMBER: case T_BIGINT: case T_LBRACKET: case T_PRIVATE_NAME: return true;
    default: return t->type >= T_BREAK && t->type <= T_WITH;
    }
}

/* `static { statements }`: a method-like function called once with this =
 * the class; `arguments`, `await` and `return` are errors inside. */
static Node *parse_static_block(Parser *p, const Token *start)
{
    Node *prop = parse_node(p, N_PROPERTY, start);
    Node *f = parse_node(p, N_FUNCTION, start);
    if (!prop || !f || !parse_next(p)) return NULL;   /* now at `{` */
    FuncNode *fn = &f->u.func;
    FuncCtx ctx;
    memset(&ctx, 0, sizeof ctx);
    ctx.up = p->fn;
    ctx.fn = fn;
    ctx.strict = true;
    ctx.allow_super_prop = ctx.allow_new_target = true;
    ctx.in_field_init = ctx.in_static_block = true;
    fn->is_strict = fn->is_method = fn->is_static = fn->has_simple_params = true;
    fn->body_start = p->tok.start;
    uint32_t y0 = p->yield_serial, a0 = p->await_serial, ai0 = p->await_ident_serial;
    p->fn = &ctx;
    bool ok = parse_next(p) && parse_body(p, &fn->body, T_RBRACE) && parse_expect(p, T_RBRACE);
    p->fn = ctx.up;
    p->yield_serial = y0;
    p->await_serial = a0;
    p->await_ident_serial = ai0;
    if (!ok || !parse_finish(p, f)) return NULL;
    prop->u.prop.kind = PROP_STATIC_BLOCK;
    prop->u.prop.is_static = true;
    prop->u.prop.value = f;
    return parse_finish(p, prop);
}

static Node *parse_class_member(Parser *p, Node *cls, bool derived, Node **ctor)
{
    Token start = p->tok;
    bool is_static = false;
    int acc = 0;   /* FN_GETTER / FN_SETTER */
    int gen = 0;   /* FN_GENERATOR / FN_ASYNC */
    if (p->tok.type == T_NAME && p->tok.cw == CW_STATIC && !p->tok.escaped) {
        const Token *a = parse_peek(p);
        if (a->type == T_LBRACE) return parse_static_block(p, &start);
        if (parse_starts_key(a) || a->type == T_STAR) {
            is_static = true;
            if (!parse_next(p)) return NULL;
        }
    }
    Token kstart = p->tok;
    if (p->tok.type == T_STAR) {
        gen = FN_GENERATOR;
        if (!parse_next(p)) return NULL;
    } else if (p->tok.type == T_NAME && (p->tok.cw == CW_GET || p->tok.cw == CW_SET || p->tok.cw == CW_ASYNC) &&
               !p->tok.escaped) {
        const Token *a = parse_peek(p);
        if (parse_starts_key(a) || a->type == T_STAR) {
            if (p->tok.cw == CW_ASYNC) {
                /* `async` then a line break: a field named async (ASI) */
                if (!a->nl_before) {
                    gen = FN_ASYNC;
                    if (!parse_next(p)) return NULL;
                    if (p->tok.type == T_STAR) {
                        gen |= FN_GENERATOR;
                        if (!parse_next(p)) return NULL;
                    }
                }
            } else {
                acc = p->tok.cw == CW_GET ? FN_GETTER : FN_SETTER;
                if (!parse_next(p)) return NULL;
            }
        }
    }
    bool computed = false;
    Node *key;
    if (p->tok.type == T_PRIVATE_NAME) {
        if (!strcmp(p->tok.name, "#constructor"))
            return parse_fail(p, &p->tok, parse_peek(p)->type == T_LPAREN ? "Class constructor may not be a private method"
                                                                           : "Classes may not have a field named 'constructor'");
        key = parse_node(p, N_IDENT, &p->tok);
        if (!key) return NULL;
        key->u.ident.name = p->tok.name;
        if (!parse_next(p)) return NULL;
        parse_finish(p, key);
    } else {
        key = parse_property_key(p, &computed);
    }
    if (!key) return NULL;
    Node *prop = parse_node(p, N_PROPERTY, &start);
    if (!prop) return NULL;
    prop->u.prop.key = key;
    prop->u.prop.computed = computed;
    prop->u.prop.is_static = is_static;
    if (p->tok.type == T_LPAREN) {
        bool is_ctor = !is_static && parse_key_is(key, computed, "constructor");
        if (is_ctor && acc) return parse_fail(p, &kstart, "Class constructor may not be an accessor");
        if (is_ctor && (gen & FN_ASYNC)) return parse_fail(p, &kstart, "Class constructor may not be an async method");
        if (is_ctor && gen) return parse_fail(p, &kstart, "Class constructor may not be a generator");
        if (is_static && parse_key_is(key, computed, "prototype"))
            return parse_fail(p, &kstart, "Classes may not have a static property named 'prototype'");
        Node *f = parse_node(p, N_FUNCTION, &kstart);
        if (!f) return NULL;
        int kind = acc ? acc : FN_METHOD | gen;
        if (is_static) kind |= FN_STATIC;
        if (is_ctor) kind = FN_CTOR | (derived ? FN_DERIVED : 0);
        if (!parse_function_rest(p, f, kind)) return NULL;
        if (is_ctor) {
            if (*ctor) return parse_fail(p, &kstart, "A class may only have one constructor");
            *ctor = f;
            return cls;   /* not a member */
        }
        prop->u.prop.kind = acc == FN_GETTER ? PROP_GET : acc == FN_SETTER ? PROP_SET : PROP_METHOD;
        prop->u.prop.value = f;
        return parse_finish(p, prop);
    }
    if (acc || gen) return parse_unexpected(p);
    /* a field */
    if (parse_key_is(key, computed, "constructor"))
        return parse_fail(p, &kstart, "Classes may not have a field named 'constructor'");
    if (is_static && parse_key_is(key, computed, "prototype"))
        return parse_fail(p, &kstart, "Classes may not have a static property named 'prototype'");
    prop->u.prop.kind = PROP_INIT;
    if (p->tok.type == T_ASSIGN) {
        if (!parse_next(p)) return NULL;
        /* the initialiser behaves like a method body: this/super/new.target
         * are the instance's (or the class's); its facts go nowhere */
        FuncNode scratch;
        memset(&scratch, 0, sizeof scratch);
        FuncCtx ctx;
        memset(&ctx, 0, sizeof ctx);
        ctx.up = p->fn;
        ctx.fn = &scratch;
        ctx.strict = true;
        ctx.allow_super_prop = ctx.allow_new_target = true;
        ctx.in_field_init = true;
        p->fn = &ctx;
        Node *v = parse_assign(p, false);
        p->fn = ctx.up;
        if (!v) return NULL;
        prop->u.prop.value = v;
    }
    if (!parse_consume_semicolon(p)) return NULL;
    return parse_finish(p, prop);
}

/* Each private name is declared once, except one getter plus one setter
 * of the same placement (static or not). */
static bool check_private_names(Parser *p, Node *cls)
{
    NodeList *ms = &cls->u.cls.members;
    for (uint32_t i = 0; i < ms->count; i++) {
        Node *a = ms->items[i];
        if (!ast_is_private_name(a->u.prop.key)) continue;
        for (uint32_t j = 0; j < i; j++) {
            Node *b = ms->items[j];
            if (!ast_is_private_name(b->u.prop.key) || strcmp(a->u.prop.key->u.ident.name, b->u.prop.key->u.ident.name))
                continue;
            bool pair = a->u.prop.is_static == b->u.prop.is_static &&
                        ((a->u.prop.kind == PROP_GET && b->u.prop.kind == PROP_SET) ||
                         (a->u.prop.kind == PROP_SET && b->u.prop.kind == PROP_GET));
            bool third = false;   /* a pair may not take a third declaration */
            for (uint32_t k = 0; k < j && pair; k++) {
                Node *c = ms->items[k];
                if (ast_is_private_name(c->u.prop.key) && !strcmp(a->u.prop.key->u.ident.name, c->u.prop.key->u.ident.name))
                    third = true;
            }
            if (!pair || third) {
                parse_fail_at(p, a->u.prop.key->line, a->u.prop.key->col, "Identifier '%s' has already been declared",
                              a->u.prop.key->u.ident.name);
                return false;
            }
        }
    }
    return true;
}

/* `class` [name] [extends expr] { members }; current token is `class`. */
Node *parse_class(Parser *p, bool is_decl)
{
    Token start = p->tok;
    /* `class extends class extends ...` recurses through parse_lhs only */
    if (!parse_enter(p)) return NULL;
    Node *cls = parse_node(p, is_decl ? N_CLASS_DECL : N_CLASS, &start);
    if (!cls || !parse_next(p)) {
        parse_leave(p);
        return NULL;
    }
    bool saved_strict = p->fn->strict;
    p->fn->strict = true;   /* all parts of a class are strict code */
    Node *result = NULL;
    if (p->tok.type == T_NAME) {
        Node *name = parse_node(p, N_IDENT, &p->tok);
        if (!name) goto out;
        name->u.ident.name = p->tok.name;
        if (lex_is_strict_reserved((ContextWord)p->tok.cw)) { parse_unexpected(p); goto out; }
        if (!parse_check_name(p, &p->tok) || !parse_check_yield_await(p, &p->tok)) goto out;
        if (!parse_next(p)) goto out;
        cls->u.cls.name = parse_finish(p, name);
        if (!parse_check_binding(p, name, true)) goto out;
    } else if (is_decl) {
        parse_unexpected(p);
        goto out;
    }
    if (p->tok.type == T_EXTENDS) {
        if (!parse_next(p)) goto out;
        cls->u.cls.super_class = parse_lhs(p);
        if (!cls->u.cls.super_class) goto out;
    }
    if (!parse_expect(p, T_LBRACE)) goto out;
    Node *ctor = NULL;
    while (p->tok.type != T_RBRACE) {
        if (p->tok.type == T_SEMI) {
            if (!parse_next(p)) goto out;
            continue;
        }
        Node *m = parse_class_member(p, cls, cls->u.cls.super_class != NULL, &ctor);
        if (!m) goto out;
        if (m != cls && !parse_push(p, &cls->u.cls.members, m)) goto out;
    }
    if (!parse_next(p)) goto out;
    if (!check_private_names(p, cls)) goto out;
    parse_finish(p, cls);
    if (ctor) {
        /* Function.prototype.toString of a class constructor is the class text */
        ctor->start = cls->start;
        ctor->end = cls->end;
        ctor->line = cls->line;
        ctor->col = cls->col;
        ctor->u.func.name = cls->u.cls.name;
    }
    cls->u.cls.constructor = ctor;
    result = cls;
out:
    p->fn->strict = saved_strict;
    parse_leave(p);
    return result;
}

/* ------------------------------------------------------------------ */
/* Program                                                              */

Node *parse_program(Arena *arena, const char *src, size_t len, int flags, ParseError *err)
{
    Parser p;
    memset(&p, 0, sizeof p);
    memset(err, 0, sizeof *err);
    p.arena = arena;
    p.src = src;
    p.err = err;
    p.flags = flags;
    if (len >= UINT32_MAX) {   /* positions are 32-bit byte offsets */
        snprintf(err->message, sizeof err->message, "source text too large");
        err->line = err->col = 1;
        return NULL;
    }
    lex_init(&p.lx, arena, src, len);
    p.lx.wtf8 = (flags & PARSE_WTF8) != 0;

    FuncNode *top = arena_alloc(arena, sizeof(FuncNode));
    Node *prog = ast_new(arena, N_PROGRAM, 1, 1, 0);
    if (!top || !prog) {
        snprintf(err->message, sizeof err->message, "out of memory");
        err->line = err->col = 1;
        return NULL;
    }
    FuncCtx ctx;
    memset(&ctx, 0, sizeof ctx);
    ctx.fn = top;
    ctx.strict = (flags & (PARSE_STRICT | PARSE_MODULE)) != 0;
    ctx.allow_return = (flags & (PARSE_FUNCTION_BODY | PARSE_TOP_RETURN)) != 0;
    /* eval code may sit inside any function: the runtime knows, we do not */
    ctx.allow_new_target = (flags & (PARSE_EVAL | PARSE_FUNCTION_BODY)) != 0;
    ctx.allow_super_prop = ctx.allow_super_call = (flags & PARSE_EVAL) != 0;
    top->is_strict = ctx.strict;
    top->has_simple_params = true;
    ctx.is_async = (flags & PARSE_MODULE) != 0;   /* top-level await: the module wrapper becomes async (esm.c) */
    p.fn = &ctx;

    if (!lex_next(&p.lx, &p.tok)) {
        parse_lex_error(&p);
        return NULL;
    }
    /* p.failed too: a few helpers finish sub-nodes without checking */
    if (!parse_body(&p, &prog->u.program.body, T_EOF) || p.failed) return NULL;
    prog->end = (uint32_t)len;
    prog->u.program.is_strict = ctx.strict;
    top->is_strict = ctx.strict;
    top->is_async = (flags & PARSE_MODULE) && p.await_serial != 0;
    top->body = prog->u.program.body;
    top->body_start = 0;
    prog->u.program.func = top;
    return prog;
}
