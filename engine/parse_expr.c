/*
 * parse_expr.c -- expressions: primary expressions, literals (object,
 * array, template, regexp), arrows (cover grammar), member/call/new
 * chains with optional chaining, unary, binary (precedence climbing),
 * conditional and assignment, and the patterns that object/array
 * literals turn into (see parser_internal.h for the cover protocol).
 */
#include "parser_internal.h"
#include "regexp.h"

#include <string.h>

static Node *parse_unary(Parser *p);
static Node *parse_template(Parser *p, bool tagged);

static bool is_bare_arrow(const Node *n)
{
    return n->kind == N_FUNCTION && n->u.func.is_arrow && !n->paren;
}

static void *fail_node(Parser *p, const Node *n, const char *msg)
{
    return parse_fail_at(p, n->line, n->col, "%s", msg);
}

/* ------------------------------------------------------------------ */
/* Cover errors                                                         */

bool parse_raise_cover(Parser *p)
{
    parse_fail_at(p, p->cover.line, p->cover.col, "%s", p->cover.msg);
    return false;
}

static void set_cover(Parser *p, const Token *at, const char *msg)
{
    if (p->cover.set) return;
    p->cover.set = true;
    p->cover.line = at->line;
    p->cover.col = at->col;
    p->cover.msg = msg;
}

/* ------------------------------------------------------------------ */
/* Identifiers                                                          */

/* Checks for a T_NAME used as an identifier reference. */
static bool check_ident_ref(Parser *p, const Token *t)
{
    if (!parse_check_name(p, t)) return false;
    if (parse_is_strict(p) && lex_is_strict_reserved((ContextWord)t->cw)) {
        parse_fail(p, t, "Unexpected strict mode reserved word");
        return false;
    }
    if (!parse_check_yield_await(p, t)) return false;
    if (t->cw == CW_ARGUMENTS) {
        for (FuncCtx *c = p->fn; c; c = c->up) {
            if (c->in_field_init) {
                parse_fail(p, t, "'arguments' is not allowed in class field initializer or static initialization block");
                return false;
            }
            if (!c->is_arrow) break;
        }
        parse_mark_arguments(p);
    }
    return true;
}

static Node *ident_node(Parser *p, const Token *t)
{
    Node *n = parse_node(p, N_IDENT, t);
    if (!n) return NULL;
    n->u.ident.name = t->name;
    n->end = t->end;
    return n;
}

static bool is_name_token(const Token *t)
{
    return t->type == T_NAME || (t->type >= T_BREAK && t->type <= T_WITH);
}

/* ------------------------------------------------------------------ */
/* Literals                                                             */

static Node *number_node(Parser *p)
{
    if (p->tok.legacy_octal && parse_is_strict(p)) {
        bool octal = true;
        for (uint32_t i = p->tok.start; i < p->tok.end; i++)
            if (p->src[i] == '8' || p->src[i] == '9') octal = false;
        return parse_fail(p, &p->tok, octal ? "Octal literals are not allowed in strict mode."
                                            : "Decimals with leading zeros are not allowed in strict mode.");
    }
    Node *n = parse_node(p, N_NUMBER, &p->tok);
    if (!n) return NULL;
    n->u.num.value = p->tok.num;
    if (!parse_next(p)) return NULL;
    return parse_finish(p, n);
}

static Node *bigint_node(Parser *p)
{
    Node *n = parse_node(p, N_BIGINT, &p->tok);
    if (!n) return NULL;
    n->u.big.text = p->tok.name;
    n->u.big.len = p->tok.len;
    if (!parse_next(p)) return NULL;
    return parse_finish(p, n);
}

static Node *string_node(Parser *p)
{
    if (p->tok.legacy_octal && parse_is_strict(p))
        return parse_fail(p, &p->tok, "Octal escape sequences are not allowed in strict mode.");
    Node *n = parse_node(p, N_STRING, &p->tok);
    if (!n) return NULL;
    n->u.str.units = p->tok.str;
    n->u.str.len = p->tok.len;
    if (!parse_next(p)) return NULL;
    return parse_finish(p, n);
}

static Node *synth_ident(Parser *p, const Token *at, const char *name)
{
    Node *n = parse_node(p, N_IDENT, at);
    if (!n) return NULL;
    n->u.ident.name = name;
    return parse_finish(p, n);
}

/* `import(specifier[, options])` and (in modules) `import.meta`:
 * docs/runtime.md "Modules".  In a module, %m.dyn(specifier[, options]) /
 * %m.meta (%m: the module wrapper's parameter, engine/esm.c); elsewhere the
 * hidden global %dynimport(specifier, __filename[, options]). */
static Node *import_call(Parser *p, const Token *t)
{
    Token at = *t;
    bool module = (p->flags & PARSE_MODULE) != 0;
    if (!parse_next(p)) return NULL;
    if (p->tok.type == T_DOT) {
        if (!module) return parse_fail(p, &at, "Cannot use 'import.meta' outside a module");
        if (!parse_next(p)) return NULL;
        if (p->tok.type != T_NAME || p->tok.escaped || strcmp(p->tok.name, "meta") != 0) return parse_unexpected(p);
        if (!parse_next(p)) return NULL;
        Node *m = parse_node(p, N_MEMBER, &at);
        if (!m || !(m->u.member.object = synth_ident(p, &at, "%m")) ||
            !(m->u.member.property = synth_ident(p, &at, "meta")))
            return NULL;
        return parse_finish(p, m);
    }
    if (p->tok.type != T_LPAREN) return parse_unexpected(p);
    if (!parse_next(p)) return NULL;
    Node *arg = parse_assign(p, false), *options = NULL;
    if (!arg) return NULL;
    if (p->tok.type == T_COMMA && !parse_next(p)) return NULL;   /* a trailing comma */
    if (p->tok.type != T_RPAREN) {   /* import(specifier, options) */
        if (!(options = parse_assign(p, false))) return NULL;
        if (p->tok.type == T_COMMA && !parse_next(p)) return NULL;
    }
    if (!parse_expect(p, T_RPAREN)) return NULL;
    Node *call = parse_node(p, N_CALL, &at);
    if (!call) return NULL;
    Node *callee;
    if (module) {
        callee = parse_node(p, N_MEMBER, &at);
        if (!callee || !(callee->u.member.object = synth_ident(p, &at, "%m")) ||
            !(callee->u.member.property = synth_ident(p, &at, "dyn")) || !parse_finish(p, callee))
            return NULL;
        if (!parse_push(p, &call->u.call.args, arg) || (options && !parse_push(p, &call->u.call.args, options)))
            return NULL;
    } else {
        callee = synth_ident(p, &at, "%dynimport");
        Node *ref = synth_ident(p, &at, "__filename");
        if (!callee || !ref || !parse_push(p, &call->u.call.args, arg) || !parse_push(p, &call->u.call.args, ref) ||
            (options && !parse_push(p, &call->u.call.args, options)))
            return NULL;
    }
    call->u.call.callee = callee;
    return parse_finish(p, call);
}

Node *parse_property_key(Parser *p, bool *computed)
{
    *computed = false;
    if (is_name_token(&p->tok)) {
        Node *n = ident_node(p, &p->tok);
        if (!n || !parse_next(p)) return NULL;
        return n;
    }
    if (p->tok.type == T_STRING) return string_node(p);
    if (p->tok.type == T_NUMBER) return number_node(p);
    if (p->tok.type == T_BIGINT) return bigint_node(p);
    if (p->tok.type == T_LBRACKET) {
        if (!parse_next(p)) return NULL;
        Node *e = parse_assign(p, false);
        if (!e || !parse_expect(p, T_RBRACKET)) return NULL;
        *computed = true;
        return e;
    }
    return parse_unexpected(p);
}

static Node *parse_array(Parser *p)
{
    Node *arr = parse_node(p, N_ARRAY, &p->tok);
    if (!arr || !parse_next(p)) return NULL;
    while (p->tok.type != T_RBRACKET) {
        Node *item = NULL;
        if (p->tok.type == T_COMMA) {
            if (!parse_push(p, &arr->u.list, NULL) || !parse_next(p)) return NULL;
            continue;
        }
        if (p->tok.type == T_ELLIPSIS) {
            item = parse_node(p, N_SPREAD, &p->tok);
            if (!item || !parse_next(p)) return NULL;
            item->u.unary.arg = parse_assign_cover(p, false);
            if (!item->u.unary.arg) return NULL;
            parse_finish(p, item);
        } else {
            item = parse_assign_cover(p, false);
            if (!item) return NULL;
        }
        if (!parse_push(p, &arr->u.list, item)) return NULL;
        if (p->tok.type == T_RBRACKET) continue;
        if (!parse_expect(p, T_COMMA)) return NULL;
        if (item->kind == N_SPREAD && p->tok.type == T_RBRACKET) p->spread_comma = arr;
    }
    if (!parse_next(p)) return NULL;
    return parse_finish(p, arr);
}

static Node *parse_method(Parser *p, const Token *at, int kind)
{
    Node *f = parse_node(p, N_FUNCTION, at);
    if (!f) return NULL;
    return parse_function_rest(p, f, kind);
}

static Node *parse_object_member(Parser *p, int *protos)
{
    Token start = p->tok;
    Node *prop = parse_node(p, N_PROPERTY, &start);
    if (!prop) return NULL;
    if (p->tok.type == T_ELLIPSIS) {
        if (!parse_next(p)) return NULL;
        prop->u.prop.kind = PROP_SPREAD_KIND;
        prop->u.prop.value = parse_assign_cover(p, false);
        if (!prop->u.prop.value) return NULL;
        return parse_finish(p, prop);
    }
    int acc = 0, gen = 0;   /* FN_GETTER / FN_SETTER; FN_GENERATOR / FN_ASYNC */
    if (p->tok.type == T_STAR) {
        gen = FN_GENERATOR;
        if (!parse_next(p)) return NULL;
    } else if (p->tok.type == T_NAME && !p->tok.escaped &&
               (p->tok.cw == CW_GET || p->tok.cw == CW_SET || p->tok.cw == CW_ASYNC)) {
        const Token *a = parse_peek(p);
        if ((parse_starts_key(a) || a->type == T_STAR) && !(p->tok.cw == CW_ASYNC && a->nl_before)) {
            if (p->tok.cw == CW_ASYNC) {
                gen = FN_ASYNC;
                if (!parse_next(p)) return NULL;
                if (p->tok.type == T_STAR) {
                    gen |= FN_GENERATOR;
                    if (!parse_next(p)) return NULL;
                }
            } else {
                acc = p->tok.cw == CW_GET ? FN_GETTER : FN_SETTER;
                if (!parse_next(p)) return NULL;
            }
        }
    }
    Token ktok = p->tok;
    bool computed;
    Node *key = parse_property_key(p, &computed);
    if (!key) return NULL;
    prop->u.prop.key = key;
    prop->u.prop.computed = computed;
    if (acc) {
        if (p->tok.type != T_LPAREN) return parse_unexpected(p);
        prop->u.prop.kind = acc == FN_GETTER ? PROP_GET : PROP_SET;
        prop->u.prop.value = parse_method(p, &start, acc);
    } else if (p->tok.type == T_LPAREN) {
        prop->u.prop.kind = PROP_METHOD;
        prop->u.prop.value = parse_method(p, gen ? &start : &ktok, FN_METHOD | gen);
    } else if (gen) {
        return parse_unexpected(p);
    } else if (p->tok.type == T_COLON) {
        if (!parse_next(p)) return NULL;
        prop->u.prop.kind = PROP_INIT;
        prop->u.prop.value = parse_assign_cover(p, false);
        if (prop->u.prop.value && parse_key_is(key, computed, "__proto__") && ++*protos == 2)
            set_cover(p, &ktok, "Duplicate __proto__ fields are not allowed in object literals");
    } else if (ktok.type == T_NAME && !computed) {
        if (!check_ident_ref(p, &ktok)) return NULL;
        prop->u.prop.kind = PROP_INIT;
        prop->u.prop.shorthand = true;
        Node *v = ident_node(p, &ktok);
        if (!v) return NULL;
        if (p->tok.type == T_ASSIGN) {
            Token eq = p->tok;
            if (!parse_next(p)) return NULL;
            Node *ap = parse_node_like(p, N_ASSIGN_PATTERN, v);
            if (!ap) return NULL;
            ap->u.assign.op = OP_ASSIGN;
            ap->u.assign.target = v;
            ap->u.assign.value = parse_assign(p, false);
            if (!ap->u.assign.value) return NULL;
            parse_finish(p, ap);
            set_cover(p, &eq, "Invalid shorthand property initializer");
            v = ap;
        }
        prop->u.prop.value = v;
    } else {
        return parse_unexpected(p);
    }
    if (!prop->u.prop.value) return NULL;
    return parse_finish(p, prop);
}

static Node *parse_object(Parser *p)
{
    Node *obj = parse_node(p, N_OBJECT, &p->tok);
    if (!obj || !parse_next(p)) return NULL;
    int protos = 0;
    while (p->tok.type != T_RBRACE) {
        Node *prop = parse_object_member(p, &protos);
        if (!prop || !parse_push(p, &obj->u.list, prop)) return NULL;
        if (p->tok.type == T_RBRACE) continue;
        if (!parse_expect(p, T_COMMA)) return NULL;
        if (prop->u.prop.kind == PROP_SPREAD_KIND && p->tok.type == T_RBRACE) p->spread_comma = obj;
    }
    if (!parse_next(p)) return NULL;
    return parse_finish(p, obj);
}

/* Template literal; the current token is TEMPLATE or TEMPLATE_HEAD. */
static Node *parse_template(Parser *p, bool tagged)
{
    Node *t = parse_node(p, N_TEMPLATE, &p->tok);
    if (!t) return NULL;
    for (;;) {
        Token *q = &p->tok;
        Node *cooked = parse_node(p, N_STRING, q);
        Node *raw = parse_node(p, N_STRING, q);
        if (!cooked || !raw) return NULL;
        if (q->bad_escape) {
            if (!tagged)
                return parse_fail(p, q, q->bad_escape == BAD_ESC_HEX ? "Invalid hexadecimal escape sequence"
                                      : q->bad_escape == BAD_ESC_UNICODE ? "Invalid Unicode escape sequence"
                                      : "Octal escape sequences are not allowed in template strings.");
            cooked->u.str.units = NULL;
            cooked->u.str.len = UINT32_MAX;
        } else {
            cooked->u.str.units = q->str;
            cooked->u.str.len = q->len;
        }
        raw->u.str.units = q->raw;
        raw->u.str.len = q->raw_len;
        cooked->end = raw->end = q->end;
        if (!parse_push(p, &t->u.tmpl.quasis, cooked) || !parse_push(p, &t->u.tmpl.raws, raw)) return NULL;
        if (q->type == T_TEMPLATE || q->type == T_TEMPLATE_TAIL) break;
        if (!parse_next(p)) return NULL;
        Node *e = parse_expression(p, false);
        if (!e || !parse_push(p, &t->u.tmpl.exprs, e)) return NULL;
        if (p->tok.type != T_RBRACE) return parse_unexpected(p);
        p->has_ahead = false;   /* a rescan drops the lookahead and its error */
        p->lx.err[0] = 0;
        if (!lex_template_cont(&p->lx, &p->tok)) { parse_lex_error(p); return NULL; }
    }
    if (!parse_next(p)) return NULL;
    return parse_finish(p, t);
}

/* ------------------------------------------------------------------ */
/* Arrows and parentheses                                               */

/* The current token is `=>`; params are already patterns. */
static Node *parse_arrow(Parser *p, Pos start, NodeList params, bool simple, uint32_t this0,
                         uint32_t args0, bool is_async)
{
    if (p->tok.nl_before) return parse_unexpected(p);
    Node *f = parse_node_at(p, N_FUNCTION, start);
    if (!f) return NULL;
    FuncNode *fn = &f->u.func;
    fn->is_arrow = true;
    fn->is_async = is_async;
    uint32_t y0 = p->yield_serial, a0 = p->await_serial, ai0 = p->await_ident_serial;
    fn->is_expression = true;
    fn->params = params;
    fn->has_simple_params = simple;
    if (p->this_serial != this0) fn->uses_this = true;
    if (p->args_serial != args0) fn->uses_arguments = true;
    if (!parse_next(p)) return NULL;
    FuncCtx ctx;
    memset(&ctx, 0, sizeof ctx);
    ctx.up = p->fn;
    ctx.fn = fn;
    ctx.strict = p->fn->strict;
    ctx.is_arrow = true;
    ctx.allow_return = true;
    ctx.allow_super_call = p->fn->allow_super_call;
    ctx.allow_super_prop = p->fn->allow_super_prop;
    ctx.allow_new_target = p->fn->allow_new_target;
    ctx.is_async = is_async;
    fn->is_strict = ctx.strict;
    p->fn = &ctx;
    bool ok = false;
    fn->body_start = p->tok.start;
    if (p->tok.type == T_LBRACE) {
        ok = parse_next(p) && parse_body(p, &fn->body, T_RBRACE) && parse_expect(p, T_RBRACE);
    } else {
        fn->is_expr_body = true;
        Node *e = parse_assign(p, false);
        if (e) {
            Node *r = parse_node_like(p, N_RETURN, e);
            if (r) {
                r->u.unary.arg = e;
                ok = parse_set_height(p, r) && parse_push(p, &fn->body, r);
            }
        }
    }
    p->fn = ctx.up;
    p->yield_serial = y0;
    p->await_serial = a0;
    p->await_ident_serial = ai0;
    if (!ok || !parse_check_params(p, fn, true)) return NULL;
    return parse_finish(p, f);
}

/* Arrow parameters parsed as an expression (a parenthesised list or the
 * arguments of `async (...)`) may not contain yield or await expressions;
 * an async arrow's may not use `await` as a name either. */
static bool check_arrow_params(Parser *p, Pos at, uint32_t y0, uint32_t a0, uint32_t ai0, bool is_async)
{
    if (p->yield_serial != y0) {
        parse_fail_at(p, at.line, at.col, "Yield expression not allowed in formal parameter");
        return false;
    }
    if (p->await_serial != a0) {
        parse_fail_at(p, at.line, at.col, "Illegal await-expression in formal parameters of async function");
        return false;
    }
    if (is_async && p->await_ident_serial != ai0) {
        parse_fail_at(p, at.line, at.col, "'await' is not a valid identifier name in an async function");
        return false;
    }
    return true;
}

/* `(` ... `)`: a parenthesised expression or an arrow's parameters. */
static Node *parse_paren(Parser *p)
{
    Pos start = parse_pos(&p->tok);
    if (!parse_next(p)) return NULL;
    uint32_t this0 = p->this_serial, args0 = p->args_serial;
    uint32_t y0 = p->yield_serial, a0 = p->await_serial, ai0 = p->await_ident_serial;
    NodeList items = { 0 };
    if (p->tok.type == T_RPAREN) {
        Pos close = parse_pos(&p->tok);
        if (!parse_next(p)) return NULL;
        if (p->tok.type != T_ARROW || p->tok.nl_before)
            return parse_fail_at(p, close.line, close.col, "Unexpected token ')'");
        return parse_arrow(p, start, items, true, this0, args0, false);
    }
    CoverError saved = p->cover;
    p->cover.set = false;
    Node *rest = NULL;
    Pos rest_tok = start;
    bool trailing = false;
    for (;;) {
        if (p->tok.type == T_ELLIPSIS) {
            rest_tok = parse_pos(&p->tok);
            if (!parse_next(p)) return NULL;
            Node *target = parse_binding_target(p);
            if (!target) return NULL;
            rest = parse_node_at(p, N_REST, rest_tok);
            if (!rest) return NULL;
            rest->u.unary.arg = target;
            parse_finish(p, rest);
            if (p->tok.type != T_RPAREN) return parse_unexpected(p);
            break;
        }
        Node *e = parse_assign_cover(p, false);
        if (!e || !parse_push(p, &items, e)) return NULL;
        if (p->tok.type != T_COMMA) break;
        if (!parse_next(p)) return NULL;
        if (p->tok.type == T_RPAREN) {
            trailing = true;
            break;
        }
    }
    Pos close = parse_pos(&p->tok);
    if (!parse_expect(p, T_RPAREN)) return NULL;
    if (p->tok.type == T_ARROW && !p->tok.nl_before) {
        bool simple = !rest;
        if (!check_arrow_params(p, start, y0, a0, ai0, false)) return NULL;
        for (uint32_t i = 0; i < items.count; i++) {
            Node *e = items.items[i];
            Node *param;
            if (e->kind == N_ASSIGN && e->u.assign.op == OP_ASSIGN && !e->paren) {
                e->kind = N_ASSIGN_PATTERN;
                e->u.assign.target = parse_to_pattern(p, e->u.assign.target, true);
                param = e->u.assign.target ? e : NULL;
            } else {
                param = parse_to_pattern(p, e, true);
            }
            if (!param) return NULL;
            if (param->kind != N_IDENT) simple = false;
            items.items[i] = param;
        }
        if (rest && !parse_push(p, &items, rest)) return NULL;
        p->cover = saved;
        return parse_arrow(p, start, items, simple, this0, args0, false);
    }
    if (rest) return parse_fail_at(p, rest_tok.line, rest_tok.col, "Unexpected token '...'");
    if (trailing) return parse_fail_at(p, close.line, close.col, "Unexpected token ')'");
    if (p->cover.set) { parse_raise_cover(p); return NULL; }
    p->cover = saved;
    Node *e;
    if (items.count == 1) {
        e = items.items[0];
    } else {
        e = parse_node_like(p, N_SEQUENCE, items.items[0]);
        if (!e) return NULL;
        e->u.list = items;
        e->end = items.items[items.count - 1]->end;
        if (!parse_set_height(p, e)) return NULL;
    }
    e->paren = 1;
    return e;
}

/* ------------------------------------------------------------------ */
/* Primary expressions                                                  */

/* One element of an argument list: `... AssignmentExpression` as an
 * N_SPREAD node, or an AssignmentExpression.  With cover, elements are
 * parsed as the cover grammar (async( ... ) may turn out to be arrow
 * parameters). */
static Node *parse_argument(Parser *p, bool cover)
{
    Node *(*assign)(Parser *, bool) = cover ? parse_assign_cover : parse_assign;
    if (p->tok.type != T_ELLIPSIS) return assign(p, false);
    Node *e = parse_node(p, N_SPREAD, &p->tok);
    if (!e || !parse_next(p)) return NULL;
    e->u.unary.arg = assign(p, false);
    if (!e->u.unary.arg) return NULL;
    parse_finish(p, e);
    return e;
}

/* `async (` ...: the arguments of a call to a function named async, or
 * the parameters of an async arrow (cover grammar, like parse_paren).
 * The current token is `async`, followed by `(` on the same line. */
static Node *parse_async_paren(Parser *p)
{
    Token at = p->tok;
    Pos start = parse_pos(&at);
    uint32_t this0 = p->this_serial, args0 = p->args_serial;
    uint32_t y0 = p->yield_serial, a0 = p->await_serial, ai0 = p->await_ident_serial;
    Node *callee = ident_node(p, &at);
    if (!callee || !parse_next(p) || !parse_next(p)) return NULL;   /* async ( */
    CoverError saved = p->cover;
    p->cover.set = false;
    NodeList items = { 0 };
    bool comma_after_spread = false;
    while (p->tok.type != T_RPAREN) {
        Node *e = parse_argument(p, true);
        if (!e || !parse_push(p, &items, e)) return NULL;
        if (p->tok.type == T_RPAREN) break;
        if (p->tok.type != T_COMMA) return parse_fail(p, &p->tok, "missing ) after argument list");
        if (!parse_next(p)) return NULL;
        if (e->kind == N_SPREAD) comma_after_spread = true;
    }
    if (!parse_next(p)) return NULL;
    if (p->tok.type == T_ARROW && !p->tok.nl_before) {
        if (!check_arrow_params(p, start, y0, a0, ai0, true)) return NULL;
        bool simple = true;
        for (uint32_t i = 0; i < items.count; i++) {
            Node *e = items.items[i];
            Node *param;
            if (e->kind == N_SPREAD) {
                if (i + 1 != items.count || comma_after_spread)
                    return fail_node(p, e, "Rest parameter must be last formal parameter");
                e->kind = N_REST;
                e->u.unary.arg = parse_to_pattern(p, e->u.unary.arg, true);
                param = e->u.unary.arg ? e : NULL;
            } else if (e->kind == N_ASSIGN && e->u.assign.op == OP_ASSIGN && !e->paren) {
                e->kind = N_ASSIGN_PATTERN;
                e->u.assign.target = parse_to_pattern(p, e->u.assign.target, true);
                param = e->u.assign.target ? e : NULL;
            } else {
                param = parse_to_pattern(p, e, true);
            }
            if (!param) return NULL;
            if (param->kind != N_IDENT) simple = false;
            items.items[i] = param;
        }
        p->cover = saved;
        return parse_arrow(p, start, items, simple, this0, args0, true);
    }
    if (p->cover.set) { parse_raise_cover(p); return NULL; }
    p->cover = saved;
    Node *c = parse_node_like(p, N_CALL, callee);
    if (!c) return NULL;
    c->u.call.callee = callee;
    c->u.call.args = items;
    return parse_finish(p, c);
}

static Node *parse_primary(Parser *p)
{
    Token *t = &p->tok;
    Node *n;
    bool in_new = p->in_new;   /* `new async()` constructs async: no call here */
    p->in_new = false;
    switch ((int)t->type) {
    case T_NAME: {
        if (t->cw == CW_ASYNC && !t->escaped) {
            const Token *a = parse_peek(p);
            if (a->type == T_FUNCTION && !a->nl_before) {
                Pos start = parse_pos(t);
                if (!parse_next(p)) return NULL;
                return parse_function(p, FN_EXPR | FN_ASYNC, start);
            }
            if (a->type == T_NAME && !a->nl_before) {
                /* async x => ... */
                Pos start = parse_pos(t);
                uint32_t this0 = p->this_serial, args0 = p->args_serial;
                if (!parse_next(p)) return NULL;
                const Token *arrow = parse_peek(p);
                if (arrow->type != T_ARROW || arrow->nl_before) return parse_unexpected(p);
                if (p->tok.cw == CW_AWAIT) return parse_fail(p, &p->tok, "'await' is not a valid identifier name in an async function");
                if (!check_ident_ref(p, t)) return NULL;
                n = ident_node(p, t);
                if (!n || !parse_next(p)) return NULL;
                NodeList params = { 0 };
                if (!parse_push(p, &params, n)) return NULL;
                return parse_arrow(p, start, params, true, this0, args0, true);
            }
            if (a->type == T_LPAREN && !a->nl_before && !in_new) return parse_async_paren(p);
        }
        if (!check_ident_ref(p, t)) return NULL;
        Pos start = parse_pos(t);
        uint32_t this0 = p->this_serial, args0 = p->args_serial;
        n = ident_node(p, t);
        if (!n || !parse_next(p)) return NULL;
        if (p->tok.type == T_ARROW && !p->tok.nl_before) {
            NodeList params = { 0 };
            if (!parse_push(p, &params, n)) return NULL;
            return parse_arrow(p, start, params, true, this0, args0, false);
        }
        return n;
    }
    case T_IMPORT: return import_call(p, t);
    case T_NUMBER: return number_node(p);
    case T_BIGINT: return bigint_node(p);
    case T_STRING: return string_node(p);
    case T_TEMPLATE: case T_TEMPLATE_HEAD: return parse_template(p, false);
    case T_THIS:
        parse_mark_this(p);
        n = parse_node(p, N_THIS, t);
        break;
    case T_NULL: n = parse_node(p, N_NULL_LIT, t); break;
    case T_TRUE: n = parse_node(p, N_TRUE_LIT, t); break;
    case T_FALSE: n = parse_node(p, N_FALSE_LIT, t); break;
    case T_SLASH: case T_SLASH_ASSIGN:
        p->has_ahead = false;   /* a rescan drops the lookahead and its error */
        p->lx.err[0] = 0;
        if (!lex_regexp(&p->lx, t)) { parse_lex_error(p); return NULL; }
        {   /* a pattern that does not parse is an early SyntaxError (22.2.1.1) */
            const char *why = re_syntax_check(t->str, t->len, t->flags);
            if (why) {
                int slen = (int)(t->end - t->start);
                return parse_fail(p, t, "Invalid regular expression: %.*s: %s",
                                  slen, p->lx.src + t->start, why);
            }
        }
        n = parse_node(p, N_REGEXP, t);
        if (!n) return NULL;
        n->u.regexp.pattern = t->str;
        n->u.regexp.plen = t->len;
        n->u.regexp.flags = t->flags;
        break;
    case T_LPAREN: return parse_paren(p);
    case T_LBRACKET: return parse_array(p);
    case T_LBRACE: return parse_object(p);
    case T_FUNCTION: return parse_function(p, FN_EXPR, parse_pos(t));
    case T_CLASS: return parse_class(p, false);
    default: return parse_unexpected(p);
    }
    if (!n || !parse_next(p)) return NULL;
    return parse_finish(p, n);
}

/* ------------------------------------------------------------------ */
/* Member, call and new chains                                          */

static bool parse_args(Parser *p, NodeList *args)
{
    if (!parse_expect(p, T_LPAREN)) return false;
    while (p->tok.type != T_RPAREN) {
        Node *a = parse_argument(p, false);
        if (!a || !parse_push(p, args, a)) return false;
        if (p->tok.type != T_RPAREN && p->tok.type != T_COMMA)
            return parse_fail(p, &p->tok, "missing ) after argument list"), false;
        if (p->tok.type == T_COMMA && !parse_next(p)) return false;
    }
    return parse_next(p);
}

static Node *member_name(Parser *p, Node *obj, bool optional)
{
    if (p->tok.type == T_PRIVATE_NAME) {
        /* o.#x: a computed member whose key is the binding "#x" (scope.c) */
        if (obj->kind == N_SUPER) return parse_fail(p, &p->tok, "Unexpected private field");
        Node *m = parse_node_like(p, N_MEMBER, obj);
        Node *name = ident_node(p, &p->tok);
        if (!m || !name || !parse_next(p)) return NULL;
        m->u.member.object = obj;
        m->u.member.property = name;
        m->u.member.computed = true;
        m->u.member.optional = optional;
        return parse_finish(p, m);
    }
    if (!is_name_token(&p->tok)) return parse_unexpected(p);
    Node *m = parse_node_like(p, N_MEMBER, obj);
    Node *name = ident_node(p, &p->tok);
    if (!m || !name || !parse_next(p)) return NULL;
    m->u.member.object = obj;
    m->u.member.property = name;
    m->u.member.optional = optional;
    return parse_finish(p, m);
}

static Node *member_computed(Parser *p, Node *obj, bool optional)
{
    if (!parse_expect(p, T_LBRACKET)) return NULL;
    Node *m = parse_node_like(p, N_MEMBER, obj);
    if (!m) return NULL;
    m->u.member.object = obj;
    m->u.member.computed = true;
    m->u.member.optional = optional;
    m->u.member.property = parse_expression(p, false);
    if (!m->u.member.property || !parse_expect(p, T_RBRACKET)) return NULL;
    return parse_finish(p, m);
}

static Node *call(Parser *p, Node *callee, bool optional)
{
    Node *c = parse_node_like(p, N_CALL, callee);
    if (!c) return NULL;
    c->u.call.callee = callee;
    c->u.call.optional = optional;
    if (!parse_args(p, &c->u.call.args)) return NULL;
    /* `(eval)(x)` is direct too; `(0, eval)(x)` and `eval?.(x)` are not */
    if (callee->kind == N_IDENT && !optional && !strcmp(callee->u.ident.name, "eval")) {
        /* a direct eval sees this function's this/arguments, through arrows */
        p->fn->fn->has_direct_eval = true;
        parse_mark_this(p);
        parse_mark_arguments(p);
    }
    return parse_finish(p, c);
}

/* Suffixes after a primary; in_new stops before call arguments. */
static Node *parse_chain(Parser *p, Node *e, bool in_new)
{
    bool optional = false;
    Node *start = e;
    for (int links = 0; e; links++) {
        if (links > PARSE_MAX_CHAIN) return parse_fail(p, &p->tok, "Maximum call stack size exceeded");
        switch ((int)p->tok.type) {
        case T_DOT:
            if (!parse_next(p)) return NULL;
            e = member_name(p, e, false);
            continue;
        case T_QDOT:
            if (in_new) return parse_fail(p, &p->tok, "Invalid optional chain from new expression");
            if (!parse_next(p)) return NULL;
            optional = true;
            if (p->tok.type == T_TEMPLATE || p->tok.type == T_TEMPLATE_HEAD)
                return parse_fail(p, &p->tok, "Invalid tagged template on optional chain");
            if (p->tok.type == T_LPAREN) e = call(p, e, true);
            else if (p->tok.type == T_LBRACKET) e = member_computed(p, e, true);
            else e = member_name(p, e, true);
            continue;
        case T_LBRACKET:
            e = member_computed(p, e, false);
            continue;
        case T_LPAREN:
            if (in_new) break;
            e = call(p, e, false);
            continue;
        case T_TEMPLATE: case T_TEMPLATE_HEAD: {
            if (optional) return parse_fail(p, &p->tok, "Invalid tagged template on optional chain");
            Node *tt = parse_node_like(p, N_TAGGED_TEMPLATE, e);
            if (!tt) return NULL;
            tt->u.tagged.tag = e;
            tt->u.tagged.quasi = parse_template(p, true);
            if (!tt->u.tagged.quasi) return NULL;
            e = parse_finish(p, tt);
            continue;
        }
        default:
            break;
        }
        break;
    }
    if (!e) return NULL;
    if (optional) {
        Node *ch = parse_node_like(p, N_OPTIONAL_CHAIN, start);
        if (!ch) return NULL;
        ch->u.chain.expr = e;
        e = parse_finish(p, ch);
    }
    return e;
}

static Node *parse_super(Parser *p)
{
    Token t = p->tok;
    if (!parse_next(p)) return NULL;
    bool ok = p->tok.type == T_LPAREN ? p->fn->allow_super_call
            : (p->tok.type == T_DOT || p->tok.type == T_LBRACKET) ? p->fn->allow_super_prop : false;
    if (!ok) return parse_fail(p, &t, "'super' keyword unexpected here");
    parse_mark_this(p);
    Node *n = parse_node(p, N_SUPER, &t);
    if (n) n->end = t.end;
    return n;
}

static Node *parse_new(Parser *p)
{
    Pos start = parse_pos(&p->tok);
    if (!parse_next(p)) return NULL;
    if (p->tok.type == T_DOT) {
        if (!parse_next(p)) return NULL;
        if (p->tok.type != T_NAME || p->tok.cw != CW_TARGET || p->tok.escaped) return parse_unexpected(p);
        if (!p->fn->allow_new_target) return parse_fail_at(p, start.line, start.col, "new.target expression is not allowed here");
        parse_mark_this(p);
        Node *n = parse_node_at(p, N_NEW_TARGET, start);
        if (!n || !parse_next(p)) return NULL;
        return parse_finish(p, n);
    }
    if (!parse_enter(p)) return NULL;
    Node *callee;
    if (p->tok.type == T_NEW) callee = parse_new(p);
    else if (p->tok.type == T_SUPER) callee = parse_super(p);
    else {
        p->in_new = true;
        callee = parse_primary(p);
        p->in_new = false;
    }
    Node *n = NULL;
    if (callee && is_bare_arrow(callee)) callee = parse_unexpected(p);
    if (callee) callee = parse_chain(p, callee, true);
    if (callee) n = parse_node_at(p, N_NEW, start);
    if (n) {
        n->u.call.callee = callee;
        if (p->tok.type == T_LPAREN && !parse_args(p, &n->u.call.args)) n = NULL;
    }
    parse_leave(p);
    return parse_finish(p, n);
}

Node *parse_lhs(Parser *p)
{
    Node *e;
    if (p->tok.type == T_NEW) e = parse_new(p);
    else if (p->tok.type == T_SUPER) e = parse_super(p);
    else {
        e = parse_primary(p);
        if (e && is_bare_arrow(e)) return e;
    }
    if (!e) return NULL;
    return parse_chain(p, e, false);
}

/* ------------------------------------------------------------------ */
/* Unary and update                                                     */

static bool simple_target(Parser *p, const Node *e, const char *msg)
{
    if (e->kind == N_IDENT) {
        if (parse_is_strict(p) && (!strcmp(e->u.ident.name, "eval") || !strcmp(e->u.ident.name, "arguments"))) {
            fail_node(p, e, "Unexpected eval or arguments in strict mode");
            return false;
        }
        return true;
    }
    if (e->kind == N_MEMBER) return true;
    fail_node(p, e, msg);
    return false;
}

/* `await` UnaryExpression, in an async function body. */
static Node *parse_await(Parser *p)
{
    Token t = p->tok;
    if (t.escaped) return parse_fail(p, &t, "Keyword must not contain escaped characters");
    if (p->fn->in_params) return parse_fail(p, &t, "Illegal await-expression in formal parameters of async function");
    p->await_serial++;
    if (!parse_enter(p)) return NULL;
    Node *n = parse_node(p, N_AWAIT, &t);
    Node *arg = n && parse_next(p) ? parse_unary(p) : NULL;
    parse_leave(p);
    if (!arg) return NULL;
    if (is_bare_arrow(arg)) return fail_node(p, arg, "Malformed arrow function parameter list");
    n->u.unary.arg = arg;
    return parse_finish(p, n);
}

static Node *parse_unary(Parser *p)
{
    AstOp op;
    switch ((int)p->tok.type) {
    case T_DELETE: op = OP_DELETE; break;
    case T_VOID: op = OP_VOID; break;
    case T_TYPEOF: op = OP_TYPEOF; break;
    case T_PLUS: op = OP_PLUS; break;
    case T_MINUS: op = OP_NEG; break;
    case T_TILDE: op = OP_BIT_NOT; break;
    case T_BANG: op = OP_NOT; break;
    case T_INC: op = OP_INC; break;
    case T_DEC: op = OP_DEC; break;
    case T_NAME:
        if (p->tok.cw == CW_AWAIT && p->fn->is_async) return parse_await(p);
        /* fall through */
    default: {
        Node *e = parse_lhs(p);
        if (!e || is_bare_arrow(e)) return e;
        if ((p->tok.type == T_INC || p->tok.type == T_DEC) && !p->tok.nl_before) {
            if (!simple_target(p, e, "Invalid left-hand side expression in postfix operation")) return NULL;
            Node *u = parse_node_like(p, N_UPDATE, e);
            if (!u) return NULL;
            u->u.update.op = p->tok.type == T_INC ? OP_INC : OP_DEC;
            u->u.update.arg = e;
            if (!parse_next(p)) return NULL;
            return parse_finish(p, u);
        }
        return e;
    }
    }
    Pos start = parse_pos(&p->tok);
    if (!parse_enter(p)) return NULL;
    Node *n = NULL;
    Node *arg = parse_next(p) ? parse_unary(p) : NULL;
    parse_leave(p);
    if (!arg) return NULL;
    if (is_bare_arrow(arg)) return fail_node(p, arg, "Malformed arrow function parameter list");
    if (op == OP_INC || op == OP_DEC) {
        if (!simple_target(p, arg, "Invalid left-hand side expression in prefix operation")) return NULL;
        n = parse_node_at(p, N_UPDATE, start);
        if (!n) return NULL;
        n->u.update.op = op;
        n->u.update.arg = arg;
        n->u.update.prefix = true;
        return parse_finish(p, n);
    }
    if (op == OP_DELETE && arg->kind == N_IDENT && parse_is_strict(p))
        return parse_fail_at(p, start.line, start.col, "Delete of an unqualified identifier in strict mode.");
    n = parse_node_at(p, N_UNARY, start);
    if (!n) return NULL;
    n->u.unary.op = op;
    n->u.unary.arg = arg;
    return parse_finish(p, n);
}

/* ------------------------------------------------------------------ */
/* Binary operators                                                     */

static int binop(TokType t, bool no_in, AstOp *op)
{
    switch ((int)t) {
    case T_NULLISH: *op = OP_NULLISH; return 1;
    case T_OR: *op = OP_OR; return 1;
    case T_AND: *op = OP_AND; return 2;
    case T_PIPE: *op = OP_BIT_OR; return 3;
    case T_CARET: *op = OP_BIT_XOR; return 4;
    case T_AMP: *op = OP_BIT_AND; return 5;
    case T_EQ: *op = OP_EQ; return 6;
    case T_NE: *op = OP_NE; return 6;
    case T_SEQ: *op = OP_STRICT_EQ; return 6;
    case T_SNE: *op = OP_STRICT_NE; return 6;
    case T_LT: *op = OP_LT; return 7;
    case T_GT: *op = OP_GT; return 7;
    case T_LE: *op = OP_LE; return 7;
    case T_GE: *op = OP_GE; return 7;
    case T_INSTANCEOF: *op = OP_INSTANCEOF; return 7;
    case T_IN: *op = OP_IN; return no_in ? 0 : 7;
    case T_SHL: *op = OP_SHL; return 8;
    case T_SHR: *op = OP_SHR; return 8;
    case T_USHR: *op = OP_USHR; return 8;
    case T_PLUS: *op = OP_ADD; return 9;
    case T_MINUS: *op = OP_SUB; return 9;
    case T_STAR: *op = OP_MUL; return 10;
    case T_SLASH: *op = OP_DIV; return 10;
    case T_PERCENT: *op = OP_MOD; return 10;
    case T_STARSTAR: *op = OP_EXP; return 11;
    default: return 0;
    }
}

static bool is_logical(const Node *n, bool nullish)
{
    if (n->kind != N_LOGICAL || n->paren) return false;
    return nullish ? n->u.binary.op == OP_NULLISH : n->u.binary.op != OP_NULLISH;
}

static Node *parse_binary(Parser *p, int min_prec, bool no_in)
{
    Node *left;
    if (p->tok.type == T_PRIVATE_NAME) {
        /* `#x in o` is the only expression a bare private name starts */
        const Token *a = parse_peek(p);
        if (a->type != T_IN || no_in || min_prec > 7)
            return parse_fail(p, &p->tok, "Unexpected identifier '%s'", p->tok.name);
        left = ident_node(p, &p->tok);
        if (!left || !parse_next(p)) return NULL;
    } else {
        left = parse_unary(p);
    }
    for (int links = 0; left; links++) {
        if (is_bare_arrow(left)) break;
        AstOp op;
        int prec = binop(p->tok.type, no_in, &op);
        if (!prec || prec < min_prec) break;
        if (links > PARSE_MAX_CHAIN) return parse_fail(p, &p->tok, "Maximum call stack size exceeded");
        if (op == OP_EXP && (left->kind == N_UNARY || left->kind == N_AWAIT) && !left->paren)
            return parse_fail(p, &p->tok, "Unary operator used immediately before exponentiation expression. "
                                          "Parenthesis must be used to disambiguate operator precedence");
        Pos optok = parse_pos(&p->tok);
        TokType optype = p->tok.type;
        if (!parse_next(p)) return NULL;
        Node *right;
        if (op == OP_EXP) {
            if (!parse_enter(p)) return NULL;
            right = parse_binary(p, prec, no_in);
            parse_leave(p);
        } else {
            right = parse_binary(p, prec + 1, no_in);
        }
        if (!right) return NULL;
        if (is_bare_arrow(right)) return fail_node(p, right, "Malformed arrow function parameter list");
        if (op == OP_NULLISH ? (is_logical(left, false) || is_logical(right, false))
                             : (op == OP_AND || op == OP_OR) && (is_logical(left, true) || is_logical(right, true)))
            return parse_fail_at(p, optok.line, optok.col, "Unexpected token '%s'", lex_token_text(optype));
        bool logical = op == OP_AND || op == OP_OR || op == OP_NULLISH;
        Node *n = parse_node_like(p, logical ? N_LOGICAL : N_BINARY, left);
        if (!n) return NULL;
        n->u.binary.op = op;
        n->u.binary.left = left;
        n->u.binary.right = right;
        left = parse_finish(p, n);
    }
    return left;
}

/* ------------------------------------------------------------------ */
/* Conditional, assignment, comma                                       */

static Node *parse_conditional(Parser *p, bool no_in)
{
    Node *test = parse_binary(p, 1, no_in);
    if (!test || p->tok.type != T_QUESTION || is_bare_arrow(test)) return test;
    if (!parse_next(p)) return NULL;
    Node *c = parse_node_like(p, N_CONDITIONAL, test);
    if (!c) return NULL;
    c->u.cond.test = test;
    c->u.cond.then = parse_assign(p, false);
    if (!c->u.cond.then || !parse_expect(p, T_COLON)) return NULL;
    c->u.cond.else_ = parse_assign(p, no_in);
    if (!c->u.cond.else_) return NULL;
    return parse_finish(p, c);
}

static bool assign_op(TokType t, AstOp *op)
{
    switch ((int)t) {
    case T_ASSIGN: *op = OP_ASSIGN; return true;
    case T_PLUS_ASSIGN: *op = OP_ADD; return true;
    case T_MINUS_ASSIGN: *op = OP_SUB; return true;
    case T_STAR_ASSIGN: *op = OP_MUL; return true;
    case T_SLASH_ASSIGN: *op = OP_DIV; return true;
    case T_PERCENT_ASSIGN: *op = OP_MOD; return true;
    case T_STARSTAR_ASSIGN: *op = OP_EXP; return true;
    case T_SHL_ASSIGN: *op = OP_SHL; return true;
    case T_SHR_ASSIGN: *op = OP_SHR; return true;
    case T_USHR_ASSIGN: *op = OP_USHR; return true;
    case T_AMP_ASSIGN: *op = OP_BIT_AND; return true;
    case T_PIPE_ASSIGN: *op = OP_BIT_OR; return true;
    case T_CARET_ASSIGN: *op = OP_BIT_XOR; return true;
    case T_AND_ASSIGN: *op = OP_AND; return true;
    case T_OR_ASSIGN: *op = OP_OR; return true;
    case T_NULLISH_ASSIGN: *op = OP_NULLISH; return true;
    default: return false;
    }
}

/* An assignment expression that may leave a cover error pending when it
 * is a bare object/array literal (it may still become a pattern). */
/* Can t start an AssignmentExpression (the operand of `yield`)? */
static bool starts_expression(const Token *t)
{
    switch ((int)t->type) {
    case T_NAME: case T_NUMBER: case T_BIGINT: case T_STRING: case T_TEMPLATE: case T_TEMPLATE_HEAD: case T_REGEXP:
    case T_SLASH: case T_SLASH_ASSIGN: case T_LPAREN: case T_LBRACKET: case T_LBRACE: case T_PLUS:
    case T_MINUS: case T_BANG: case T_TILDE: case T_INC: case T_DEC: case T_THIS: case T_NULL: case T_TRUE:
    case T_FALSE: case T_FUNCTION: case T_CLASS: case T_NEW: case T_SUPER: case T_TYPEOF: case T_VOID:
    case T_DELETE: case T_IMPORT:
        return true;
    default:
        return false;
    }
}

/* yield [[no LineTerminator here] [*] AssignmentExpression], in a generator body. */
static Node *parse_yield(Parser *p, bool no_in)
{
    Token t = p->tok;
    if (t.escaped) return parse_fail(p, &t, "Keyword must not contain escaped characters");
    if (p->fn->in_params) return parse_fail(p, &t, "Yield expression not allowed in formal parameter");
    p->yield_serial++;
    Node *n = parse_node(p, N_YIELD, &t);
    if (!n || !parse_next(p)) return NULL;
    if (p->tok.type == T_STAR && !p->tok.nl_before) {
        n->u.yield_.delegate = true;
        if (!parse_next(p)) return NULL;
        if (!(n->u.yield_.arg = parse_assign(p, no_in))) return NULL;
    } else if (!p->tok.nl_before && starts_expression(&p->tok)) {
        if (!(n->u.yield_.arg = parse_assign(p, no_in))) return NULL;
    }
    return parse_finish(p, n);
}

Node *parse_assign_cover(Parser *p, bool no_in)
{
    if (!parse_enter(p)) return NULL;
    if (p->tok.type == T_NAME && p->tok.cw == CW_YIELD && p->fn->is_generator) {
        Node *y = parse_yield(p, no_in);
        parse_leave(p);
        return y;
    }
    CoverError saved = p->cover;
    p->cover.set = false;
    Node *left = parse_conditional(p, no_in);
    Node *result = NULL;
    AstOp op;
    if (!left) goto out;
    if (assign_op(p->tok.type, &op)) {
        if (op == OP_ASSIGN && (left->kind == N_OBJECT || left->kind == N_ARRAY) && !left->paren) {
            left = parse_to_pattern(p, left, false);
            if (!left) goto out;
            p->cover.set = false;
        } else if (!simple_target(p, left, "Invalid left-hand side in assignment")) {
            goto out;
        }
        if (p->cover.set) {
            parse_raise_cover(p);
            goto out;
        }
        if (!parse_next(p)) goto out;
        Node *n = parse_node_like(p, N_ASSIGN, left);
        if (!n) goto out;
        n->u.assign.op = op;
        n->u.assign.target = left;
        n->u.assign.value = parse_assign(p, no_in);
        if (!n->u.assign.value) goto out;
        p->cover = saved;
        result = parse_finish(p, n);
        goto out;
    }
    if (p->tok.type == T_ARROW && !p->tok.nl_before) {
        /* `f(a) => 1`, `a.b => 1`, `() => {} => 1` */
        parse_fail(p, &p->tok, "Malformed arrow function parameter list");
        goto out;
    }
    if (p->cover.set) {
        if ((left->kind == N_OBJECT || left->kind == N_ARRAY) && !left->paren) {
            if (saved.set) p->cover = saved;
        } else {
            parse_raise_cover(p);
            goto out;
        }
    } else {
        p->cover = saved;
    }
    result = left;
out:
    parse_leave(p);
    return result;
}

Node *parse_assign(Parser *p, bool no_in)
{
    CoverError saved = p->cover;
    p->cover.set = false;
    Node *e = parse_assign_cover(p, no_in);
    if (!e) return NULL;
    if (p->cover.set) { parse_raise_cover(p); return NULL; }
    p->cover = saved;
    return e;
}

static Node *expression(Parser *p, bool no_in, bool cover)
{
    Node *first = cover ? parse_assign_cover(p, no_in) : parse_assign(p, no_in);
    if (!first || p->tok.type != T_COMMA) return first;
    Node *seq = parse_node_like(p, N_SEQUENCE, first);
    if (!seq || !parse_push(p, &seq->u.list, first)) return NULL;
    while (p->tok.type == T_COMMA) {
        if (!parse_next(p)) return NULL;
        Node *e = cover ? parse_assign_cover(p, no_in) : parse_assign(p, no_in);
        if (!e || !parse_push(p, &seq->u.list, e)) return NULL;
    }
    return parse_finish(p, seq);
}

Node *parse_expression(Parser *p, bool no_in) { return expression(p, no_in, false); }

/* For `for (LHS in/of ...)` heads: cover errors stay pending. */
Node *parse_expression_cover(Parser *p, bool no_in) { return expression(p, no_in, true); }

/* ------------------------------------------------------------------ */
/* Patterns                                                             */

static Node *to_element(Parser *p, Node *n, bool binding)
{
    if ((n->kind == N_ASSIGN && n->u.assign.op == OP_ASSIGN && !n->paren) || n->kind == N_ASSIGN_PATTERN) {
        n->kind = N_ASSIGN_PATTERN;
        n->u.assign.target = parse_to_pattern(p, n->u.assign.target, binding);
        return n->u.assign.target ? n : NULL;
    }
    return parse_to_pattern(p, n, binding);
}

/* Reinterpret an expression as an assignment (binding=false) or binding
 * (binding=true: identifiers only) pattern, in place. */
Node *parse_to_pattern(Parser *p, Node *n, bool binding)
{
    static const char bad[] = "Invalid destructuring assignment target";
    switch ((int)n->kind) {
    case N_IDENT:
        if (n->paren && binding) return fail_node(p, n, bad);
        if (parse_is_strict(p) && (!strcmp(n->u.ident.name, "eval") || !strcmp(n->u.ident.name, "arguments")))
            return fail_node(p, n, "Unexpected eval or arguments in strict mode");
        return n;
    case N_MEMBER:
        if (binding) return fail_node(p, n, bad);
        return n;
    case N_OBJECT: case N_OBJECT_PATTERN:
        if (n->paren) return fail_node(p, n, bad);
        if (n == p->spread_comma) return fail_node(p, n, "Rest element must be last element");
        n->kind = N_OBJECT_PATTERN;
        for (uint32_t i = 0; i < n->u.list.count; i++) {
            Node *it = n->u.list.items[i];
            if (it->kind == N_REST || (it->kind == N_PROPERTY && it->u.prop.kind == PROP_SPREAD_KIND)) {
                if (i + 1 != n->u.list.count) return fail_node(p, it, "Rest element must be last element");
                Node *arg = it->kind == N_REST ? it->u.unary.arg : it->u.prop.value;
                arg = parse_to_pattern(p, arg, binding);
                if (!arg) return NULL;
                if (arg->kind != N_IDENT && arg->kind != N_MEMBER)
                    return fail_node(p, arg, "`...` must be followed by an assignable reference in assignment contexts");
                if (it->kind != N_REST) {
                    Node *r = parse_node_like(p, N_REST, it);
                    if (!r) return NULL;
                    n->u.list.items[i] = r;
                    it = r;
                }
                it->u.unary.arg = arg;
                continue;
            }
            if (it->kind != N_PROPERTY || it->u.prop.kind != PROP_INIT) return fail_node(p, it, bad);
            it->u.prop.value = to_element(p, it->u.prop.value, binding);
            if (!it->u.prop.value) return NULL;
        }
        return n;
    case N_ARRAY: case N_ARRAY_PATTERN:
        if (n->paren) return fail_node(p, n, bad);
        if (n == p->spread_comma) return fail_node(p, n, "Rest element must be last element");
        n->kind = N_ARRAY_PATTERN;
        for (uint32_t i = 0; i < n->u.list.count; i++) {
            Node *it = n->u.list.items[i];
            if (!it) continue;
            if (it->kind == N_SPREAD || it->kind == N_REST) {
                if (i + 1 != n->u.list.count) return fail_node(p, it, "Rest element must be last element");
                it->kind = N_REST;
                it->u.unary.arg = parse_to_pattern(p, it->u.unary.arg, binding);
                if (!it->u.unary.arg) return NULL;
                continue;
            }
            n->u.list.items[i] = to_element(p, it, binding);
            if (!n->u.list.items[i]) return NULL;
        }
        return n;
    default:
        return fail_node(p, n, bad);
    }
}

Node *parse_binding_target(Parser *p)
{
    Pos start = parse_pos(&p->tok);
    if (p->tok.type == T_NAME) {
        if (!parse_check_name(p, &p->tok) || !parse_check_yield_await(p, &p->tok)) return NULL;
        Node *n = ident_node(p, &p->tok);
        if (!n || !parse_next(p)) return NULL;
        return n;
    }
    if (p->tok.type != T_LBRACKET && p->tok.type != T_LBRACE) return parse_unexpected(p);
    if (!parse_enter(p)) return NULL;
    bool array = p->tok.type == T_LBRACKET;
    TokType close = array ? T_RBRACKET : T_RBRACE;
    Node *pat = parse_node_at(p, array ? N_ARRAY_PATTERN : N_OBJECT_PATTERN, start);
    Node *result = NULL;
    if (!pat || !parse_next(p)) goto out;
    while (p->tok.type != close) {
        Node *item;
        if (array && p->tok.type == T_COMMA) {
            if (!parse_push(p, &pat->u.list, NULL) || !parse_next(p)) goto out;
            continue;
        }
        if (p->tok.type == T_ELLIPSIS) {
            item = parse_node(p, N_REST, &p->tok);
            if (!item || !parse_next(p)) goto out;
            if (!array && p->tok.type != T_NAME) {
                parse_fail(p, &p->tok, "`...` must be followed by an identifier in declaration contexts");
                goto out;
            }
            item->u.unary.arg = parse_binding_target(p);
            if (!item->u.unary.arg) goto out;
            parse_finish(p, item);
            if (!parse_push(p, &pat->u.list, item)) goto out;
            if (p->tok.type != close) {
                parse_fail(p, &p->tok, "Rest element must be last element");
                goto out;
            }
            break;
        }
        if (array) {
            item = parse_binding_element(p);
            if (!item) goto out;
        } else {
            Token ktok = p->tok;
            bool computed;
            item = parse_node(p, N_PROPERTY, &ktok);
            Node *key = item ? parse_property_key(p, &computed) : NULL;
            if (!key) goto out;
            item->u.prop.kind = PROP_INIT;
            item->u.prop.key = key;
            item->u.prop.computed = computed;
            if (p->tok.type == T_COLON) {
                if (!parse_next(p)) goto out;
                item->u.prop.value = parse_binding_element(p);
            } else if (ktok.type == T_NAME && !computed) {
                if (!parse_check_name(p, &ktok) || !parse_check_yield_await(p, &ktok)) goto out;
                Node *v = ident_node(p, &ktok);
                item->u.prop.shorthand = true;
                if (v && p->tok.type == T_ASSIGN) {
                    Node *ap = parse_node_like(p, N_ASSIGN_PATTERN, v);
                    if (!ap || !parse_next(p)) goto out;
                    ap->u.assign.op = OP_ASSIGN;
                    ap->u.assign.target = v;
                    ap->u.assign.value = parse_assign(p, false);
                    v = ap->u.assign.value ? parse_finish(p, ap) : NULL;
                }
                item->u.prop.value = v;
            } else {
                parse_unexpected(p);
                goto out;
            }
            if (!item->u.prop.value) goto out;
            parse_finish(p, item);
        }
        if (!parse_push(p, &pat->u.list, item)) goto out;
        if (p->tok.type != close && !parse_expect(p, T_COMMA)) goto out;
    }
    if (!parse_next(p)) goto out;
    result = parse_finish(p, pat);
out:
    parse_leave(p);
    return result;
}

Node *parse_binding_element(Parser *p)
{
    Node *t = parse_binding_target(p);
    if (!t || p->tok.type != T_ASSIGN) return t;
    Node *ap = parse_node_like(p, N_ASSIGN_PATTERN, t);
    if (!ap || !parse_next(p)) return NULL;
    ap->u.assign.op = OP_ASSIGN;
    ap->u.assign.target = t;
    ap->u.assign.value = parse_assign(p, false);
    if (!ap->u.assign.value) return NULL;
    return parse_finish(p, ap);
}
