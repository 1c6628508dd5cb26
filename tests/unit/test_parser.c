/*
 * test_parser.c -- unit tests for the parser (engine/parser.c,
 * parse_expr.c, parse_stmt.c): accepted and rejected programs, error
 * messages and positions, AST shapes of the cover grammar, per-function
 * facts, source ranges, and the nesting bound.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parser.h"

static Arena arena;
static ParseError perr;

static Node *parse(const char *src, int flags)
{
    arena_free(&arena);
    return parse_program(&arena, src, strlen(src), flags, &perr);
}

static Node *first_stmt(const char *src)
{
    Node *p = parse(src, 0);
    ck_assert_msg(p != NULL, "%s: %s", src, perr.message);
    ck_assert_uint_ge(p->u.program.body.count, 1);
    return p->u.program.body.items[0];
}

static Node *first_expr(const char *src)
{
    Node *s = first_stmt(src);
    ck_assert_int_eq(s->kind, N_EXPR_STMT);
    return s->u.unary.arg;
}

static void teardown(void) { arena_free(&arena); }

static const char *const valid[] = {
    "var a = 1, b; let c = 2; const d = 3;",
    "a = b ? c : d; a, b, c;",
    "x = (a, b = 1, {c, d: [e]} = {}, ...f) => a",
    "x = () => {}; y = a => a * 2; z = (a) => ({a});",
    "[a, , b = 1, ...c] = d; ({a, b: {c = 1}, ...r} = o);",
    "for (const [k, v] of m) {} for (let k in o) {} for (var i = 0; i < n; i++) {}",
    "for ({a = 1} of list) {} for ([x, y] of pts) {}",
    ("class A extends B { constructor() { super(); } static s() {} get g() { return 1; } set g(v) {} "
     "[k]() {} x = 1; static y; 'q' = 2 }"),
    "o = { a, b: 1, [c]: 2, d() {}, get e() { return 1; }, set e(v) {}, ...f, get: 1, set: 2 };",
    "t = `a${b}c${`d${e}`}f`; tag`\\unicode and \\x`;",
    "a?.b.c; a?.[0]?.(1); a ?? b; (a || b) ?? c; a ** b ** c; (-a) ** 2;",
    "x = /ab+c/gi.test(s); if (/x/.test(y)) /z/g;",
    "L: for (;;) { M: for (;;) { continue L; } break; }",
    "switch (x) { case 1: let y; break; default: }",
    "try {} catch {} try {} catch ({a}) {} finally {}",
    "function f() { return new.target; } x = function () { return () => new.target; };",
    "with (o) { x; }",
    "var let = 1; let = 2; var yield = 3, async = 4, of = 5, get = 6, static = 7;",
    "a\n++b\nc\n--d",
    "x = y\n/re/g.exec(z)",
    "do x; while (0) y",
    "if (a) function f() {}",
    "0x1F + 0o17 + 0b11 + 1_000 + .5e1 + 017 + 09",
    "'\\x41\\u0042\\u{43}\\101'",
    "\\u0061bc = caf\xc3\xa9 + \xcf\x80",
    "({__proto__: a, __proto__: b} = c);",
    "new a.b.c(); new new X()(); new X; function t() { new.target === void 0 || 1; }",
    "#!/usr/bin/env tierlab\nx",
    "a = b\n(c)",
    "async = 1; async(x); await = 2",
    "function* g() { yield; yield 1; yield* g(); var f = () => yield; } var yield;",
    "async function f() { await 1; for await (x of y); } async x => x; async (a, ...b) => a; new async();",
    "class A { async *m() {} static async n() {} *[Symbol.iterator]() {} } ({ async *m() {}, *n() {}, async: 1 });",
    "class A { static static() {} get; set; static }",
    "o.\\u0069f = { \\u0069f: 1 }; class E { \\u0069f() {} }",
};

static const struct { const char *src; int flags; const char *msg; uint32_t line, col; } invalid[] = {
    { "}", 0, "Unexpected token '}'", 1, 1 },
    { "var x = ", 0, "Unexpected end of input", 1, 9 },
    { "a b", 0, "Unexpected identifier 'b'", 1, 3 },
    { "a = 'abc", 0, "Invalid or unexpected token", 1, 5 },
    { "const x;", 0, "Missing initializer in const declaration", 0, 0 },
    { "let [a];", 0, "Missing initializer in destructuring declaration", 0, 0 },
    { "break;", 0, "Illegal break statement", 1, 1 },
    { "while (1) { continue L; }", 0, "Undefined label 'L'", 0, 0 },
    { "L: { continue L; }", 0, "Illegal continue statement: 'L' does not denote an iteration statement", 0, 0 },
    { "return 1", 0, "Illegal return statement", 1, 1 },
    { "1 = 2", 0, "Invalid left-hand side in assignment", 1, 1 },
    { "a?.b = 1", 0, "Invalid left-hand side in assignment", 0, 0 },
    { "({a = 1});", 0, "Invalid shorthand property initializer", 1, 5 },
    { "f({a = 1})", 0, "Invalid shorthand property initializer", 0, 0 },
    { "x = {__proto__: 1, __proto__: 2}", 0, "Duplicate __proto__ fields are not allowed in object literals", 0, 0 },
    { "a ?? b || c", 0, "Unexpected token '||'", 0, 0 },
    { "a && b ?? c", 0, "Unexpected token '?\?'", 0, 0 },
    { "-a ** 2", 0, "Unary operator used immediately before exponentiation", 0, 0 },
    { "010", PARSE_STRICT, "Octal literals are not allowed in strict mode.", 0, 0 },
    { "'use strict'; '\\01'", 0, "Octal escape sequences are not allowed in strict mode.", 0, 0 },
    { "function f() { '\\01'; 'use strict'; }", 0, "Octal escape sequences are not allowed in strict mode.", 0, 0 },
    { "'use strict'; delete x;", 0, "Delete of an unqualified identifier in strict mode.", 0, 0 },
    { "'use strict'; with (a) {}", 0, "Strict mode code may not include a with statement", 0, 0 },
    { "'use strict'; var eval;", 0, "Unexpected eval or arguments in strict mode", 0, 0 },
    { "function arguments() { 'use strict'; }", 0, "Unexpected eval or arguments in strict mode", 0, 0 },
    { "function f(a, a) { 'use strict'; }", 0, "Duplicate parameter name not allowed in this context", 0, 0 },
    { "(a, a) => 1", 0, "Duplicate parameter name not allowed in this context", 0, 0 },
    { "function f(a = 1) { 'use strict'; }", 0, "Illegal 'use strict' directive", 0, 0 },
    { "'use strict'; var implements;", 0, "Unexpected strict mode reserved word", 0, 0 },
    { "class A { m() { var static; } }", 0, "Unexpected strict mode reserved word", 0, 0 },
    { "throw\n1", 0, "Illegal newline after throw", 2, 1 },
    { "x\n=>1", 0, "Unexpected token '=>'", 2, 1 },
    { "a\n++\n", 0, "Unexpected end of input", 0, 0 },
    { "new a?.b", 0, "Invalid optional chain from new expression", 0, 0 },
    { "a?.b`x`", 0, "Invalid tagged template on optional chain", 0, 0 },
    { "`\\x`", 0, "Invalid hexadecimal escape sequence", 0, 0 },
    { "`\\01`", 0, "Octal escape sequences are not allowed in template strings.", 0, 0 },
    { "function f() { super.x }", 0, "'super' keyword unexpected here", 0, 0 },
    { "class A { constructor() { super(); } }", 0, "'super' keyword unexpected here", 0, 0 },
    { "new.target", 0, "new.target expression is not allowed here", 0, 0 },
    { "class A { constructor() {} constructor() {} }", 0, "A class may only have one constructor", 0, 0 },
    { "class A { get constructor() {} }", 0, "Class constructor may not be an accessor", 0, 0 },
    { "class A { x = arguments }", 0, "'arguments' is not allowed in class field initializer", 0, 0 },
    { "function* g() { var yield; }", 0, "Unexpected identifier 'yield'", 0, 0 },
    { "function* g(x = yield) {}", 0, "Yield expression not allowed in formal parameter", 0, 0 },
    { "async function f() { var await; }", 0, "Unexpected reserved word", 0, 0 },
    { "async function f(a = await 1) {}", 0, "Illegal await-expression in formal parameters of async function", 0, 0 },
    { "async (await) => 1", 0, "'await' is not a valid identifier name in an async function", 0, 0 },
    { "function f() { for await (x of y); }", 0, "Unexpected reserved word", 0, 0 },
    { "class A { *constructor() {} }", 0, "Class constructor may not be a generator", 0, 0 },
    { "if (a) function* g() {}", 0, "Generators can only be declared at the top level or inside a block.", 0, 0 },
    { "if (a) let x = 1;", 0, "Lexical declaration cannot appear in a single-statement context", 0, 0 },
    { "switch (a) { default: default: }", 0, "More than one default clause in switch statement", 0, 0 },
    { "try {}", 0, "Missing catch or finally after try", 0, 0 },
    { "L: L: ;", 0, "Label 'L' has already been declared", 0, 0 },
    { "[a + b] = c", 0, "Invalid destructuring assignment target", 0, 0 },
    { "({a}) = 1", 0, "Invalid left-hand side in assignment", 0, 0 },
    { "((a)) => 1", 0, "Invalid destructuring assignment target", 0, 0 },
    { "(a, ...b, c) => 1", 0, "Unexpected token ','", 0, 0 },
    { "function f(...a, b) {}", 0, "Rest parameter must be last formal parameter", 0, 0 },
    { "/* never", 0, "Invalid or unexpected token", 1, 1 },
    { "x = 1.5n", 0, "Invalid or unexpected token", 0, 0 },
    { "x = 017n", 0, "Invalid or unexpected token", 0, 0 },
    { "x = 1e3n", 0, "Invalid or unexpected token", 0, 0 },
    { "x = 1nn", 0, "Invalid or unexpected token", 0, 0 },
    { "let let = 1", 0, "let is disallowed as a lexically bound name", 0, 0 },
    { "for (let x of a, b) {}", 0, "Unexpected token ','", 0, 0 },
    { "for (var a, b of c) {}", 0, "Must have a single binding", 0, 0 },
    { "a => {} + 1", 0, "Unexpected token '+'", 0, 0 },
    { "x = /a/gg", 0, "Invalid regular expression flags", 0, 0 },
    { "\n  @", 0, "Invalid or unexpected token", 2, 3 },
    { "var \\u0069f = 1", 0, "Keyword must not contain escaped characters", 1, 5 },
    { "x = \\u0069f", 0, "Keyword must not contain escaped characters", 1, 5 },
};

START_TEST(accepts_valid)
{
    const char *src = valid[_i];
    ck_assert_msg(parse(src, 0) != NULL, "%s -> %u:%u %s", src, perr.line, perr.col, perr.message);
}
END_TEST

START_TEST(rejects_invalid)
{
    const char *src = invalid[_i].src;
    Node *p = parse(src, invalid[_i].flags);
    ck_assert_msg(p == NULL, "%s was accepted", src);
    ck_assert_msg(strstr(perr.message, invalid[_i].msg) != NULL, "%s: got '%s'", src, perr.message);
    ck_assert_uint_ge(perr.line, 1);
    ck_assert_uint_ge(perr.col, 1);
    if (invalid[_i].line) {
        ck_assert_msg(perr.line == invalid[_i].line && perr.col == invalid[_i].col, "%s: at %u:%u", src,
                      perr.line, perr.col);
    }
}
END_TEST

START_TEST(cover_grammar_shapes)
{
    Node *e = first_expr("[a, {b = 1}, ...c] = d");
    ck_assert_int_eq(e->kind, N_ASSIGN);
    Node *t = e->u.assign.target;
    ck_assert_int_eq(t->kind, N_ARRAY_PATTERN);
    ck_assert_int_eq(t->u.list.items[1]->kind, N_OBJECT_PATTERN);
    Node *prop = t->u.list.items[1]->u.list.items[0];
    ck_assert_int_eq(prop->kind, N_PROPERTY);
    ck_assert_int_eq(prop->u.prop.value->kind, N_ASSIGN_PATTERN);
    ck_assert_int_eq(t->u.list.items[2]->kind, N_REST);

    e = first_expr("({a, ...b} = c)");
    ck_assert(e->paren);
    ck_assert_int_eq(e->u.assign.target->kind, N_OBJECT_PATTERN);
    ck_assert_int_eq(e->u.assign.target->u.list.items[1]->kind, N_REST);

    e = first_expr("f = (a, b = 1, [c], ...d) => a");
    Node *f = e->u.assign.value;
    ck_assert_int_eq(f->kind, N_FUNCTION);
    ck_assert(f->u.func.is_arrow && f->u.func.is_expr_body && !f->u.func.has_simple_params);
    ck_assert_int_eq(f->u.func.params.count, 4);
    ck_assert_int_eq(f->u.func.params.items[1]->kind, N_ASSIGN_PATTERN);
    ck_assert_int_eq(f->u.func.params.items[2]->kind, N_ARRAY_PATTERN);
    ck_assert_int_eq(f->u.func.params.items[3]->kind, N_REST);
    ck_assert_int_eq(f->u.func.body.items[0]->kind, N_RETURN);

    e = first_expr("a?.b.c(d)");
    ck_assert_int_eq(e->kind, N_OPTIONAL_CHAIN);
    Node *c = e->u.chain.expr;
    ck_assert_int_eq(c->kind, N_CALL);
    ck_assert(!c->u.call.optional);
    Node *m = c->u.call.callee;
    ck_assert(!m->u.member.optional);
    ck_assert(m->u.member.object->u.member.optional);

    e = first_expr("(a?.b).c");
    ck_assert_int_eq(e->kind, N_MEMBER);
    ck_assert_int_eq(e->u.member.object->kind, N_OPTIONAL_CHAIN);

    e = first_expr("a ** b ** c");
    ck_assert_int_eq(e->u.binary.op, OP_EXP);
    ck_assert_int_eq(e->u.binary.right->kind, N_BINARY);

    e = first_expr("tag`a\\x${1}b`");
    ck_assert_int_eq(e->kind, N_TAGGED_TEMPLATE);
    Node *q = e->u.tagged.quasi;
    ck_assert_int_eq(q->u.tmpl.quasis.count, 2);
    ck_assert_uint_eq(q->u.tmpl.quasis.items[0]->u.str.len, UINT32_MAX);
    ck_assert_uint_eq(q->u.tmpl.raws.items[0]->u.str.len, 3);

    Node *s = first_stmt("let [x] = y;");
    ck_assert_int_eq(s->kind, N_VAR_DECL);
    ck_assert_int_eq(s->u.var.kind, VAR_LET);
    s = first_stmt("let\nx = 1");
    ck_assert_int_eq(s->kind, N_VAR_DECL);
    s = first_stmt("for (x of y) ;");
    ck_assert_int_eq(s->kind, N_FOR_OF);
    s = first_stmt("a: b: while (1) continue a;");
    ck_assert_int_eq(s->kind, N_LABELED);
}
END_TEST

START_TEST(asi_and_restricted_productions)
{
    /* return\n1 returns undefined, then evaluates 1 */
    Node *p = parse("function f() { return\n1 }", 0);
    ck_assert(p != NULL);
    Node *body0 = p->u.program.body.items[0]->u.func.body.items[0];
    ck_assert_int_eq(body0->kind, N_RETURN);
    ck_assert(body0->u.unary.arg == NULL);
    /* a\n++b is a; ++b */
    p = parse("a\n++b", 0);
    ck_assert_int_eq(p->u.program.body.count, 2);
    ck_assert(p->u.program.body.items[1]->u.unary.arg->u.update.prefix);
    /* no ASI before ( [ ` on the next line */
    p = parse("a\n(b)\nc\n[0]\nd\n`t`", 0);
    ck_assert_int_eq(p->u.program.body.count, 3);
    /* break/continue labels do not cross a newline */
    p = parse("L: while (1) { break\nL }", 0);
    ck_assert(p != NULL);
    /* regexp vs division by context */
    Node *e = first_expr("a = b\n/c/g");
    ck_assert_int_eq(e->u.assign.value->kind, N_BINARY);
    e = first_expr("x = [/a/g, 1 / 2 / 3]");
    ck_assert_int_eq(e->u.assign.value->u.list.items[0]->kind, N_REGEXP);
    ck_assert_int_eq(e->u.assign.value->u.list.items[1]->kind, N_BINARY);
    Node *s = first_stmt("if (a) /b/.test(c)");
    ck_assert_int_eq(s->u.if_.then->u.unary.arg->u.call.callee->u.member.object->kind, N_REGEXP);
    /* parse flags */
    ck_assert(parse("return 1", PARSE_FUNCTION_BODY) != NULL);
    ck_assert(parse("new.target", PARSE_EVAL) != NULL);
    ck_assert(parse("with (a) {}", PARSE_STRICT) == NULL);
    ck_assert(parse("do ; while (0) x", 0) != NULL);
    ck_assert(parse("var a = 1 var b", 0) == NULL);
}
END_TEST

START_TEST(function_facts)
{
    const char *src = "function f(a) { return () => arguments[0] + this.x; }\n"
                      "function g() { eval('1'); }\n"
                      "function h() { 'use strict'; return function () {}; }\n"
                      "class K extends Object { constructor() { super(); } m() {} }\n"
                      "function k(a, b = 1) { function inner() { arguments; } }";
    Node *p = parse(src, 0);
    ck_assert_msg(p != NULL, "%s", perr.message);
    Node *f = p->u.program.body.items[0];
    ck_assert(f->u.func.uses_arguments && f->u.func.uses_this && f->u.func.has_simple_params);
    ck_assert(!f->u.func.is_strict);
    Node *arrow = f->u.func.body.items[0]->u.unary.arg;
    ck_assert(arrow->u.func.is_arrow && arrow->u.func.uses_arguments && arrow->u.func.uses_this);
    /* the exact source text of f */
    ck_assert_int_eq(f->start, 0);
    ck_assert(strncmp(src + f->start, "function f(a) {", 15) == 0);
    ck_assert_int_eq(src[f->end - 1], '}');
    ck_assert_int_eq(src[f->u.func.body_start], '{');

    Node *g = p->u.program.body.items[1];
    ck_assert(g->u.func.has_direct_eval);
    Node *h = p->u.program.body.items[2];
    ck_assert(h->u.func.is_strict);
    Node *inner = h->u.func.body.items[1]->u.unary.arg;
    ck_assert_int_eq(inner->kind, N_FUNCTION);
    ck_assert(inner->u.func.is_strict && inner->u.func.is_expression);
    Node *k = p->u.program.body.items[3];
    Node *ctor = k->u.cls.constructor;
    ck_assert(ctor && ctor->u.func.is_class_ctor && ctor->u.func.is_derived && ctor->u.func.is_strict);
    ck_assert_int_eq(ctor->start, k->start);
    ck_assert_int_eq(ctor->end, k->end);
    ck_assert(strncmp(src + ctor->start, "class K", 7) == 0);
    ck_assert_int_eq(k->u.cls.members.count, 1);
    ck_assert(k->u.cls.members.items[0]->u.prop.value->u.func.is_strict);
    Node *kk = p->u.program.body.items[4];
    ck_assert(!kk->u.func.uses_arguments);
    ck_assert(!kk->u.func.has_simple_params);
    ck_assert(!p->u.program.is_strict);
    ck_assert(parse("'use strict'; x", 0)->u.program.is_strict);
}
END_TEST

START_TEST(positions)
{
    Node *p = parse("a;\n  b + c;", 0);
    ck_assert(p != NULL);
    Node *s = p->u.program.body.items[1];
    ck_assert_int_eq(s->line, 2);
    ck_assert_int_eq(s->col, 3);
    Node *e = s->u.unary.arg;
    ck_assert_int_eq(e->u.binary.right->col, 7);
    ck_assert_int_eq(e->start, 5);
    ck_assert_int_eq(e->end, 10);
}
END_TEST

START_TEST(nesting_is_bounded)
{
    static const struct { const char *prefix, *open; } cases[] = {
        { "", "(" }, { "", "[" }, { "x=", "{a:" }, { "", "!" }, { "", "-" }, { "", "x=>" }, { "", "a?b:" },
        { "", "a=" }, { "", "function f(){" }, { "", "{" }, { "", "if(1)" }, { "x=", "class extends " },
        { "", "new " }, { "", "a[" }, { "", "f(" }, { "", "`${" }, { "", "while(1)" }, { "", "typeof " },
        { "", "++" }, { "var ", "[" }, { "", "x={[" }, { "", "a**" }, { "x=", "[..." }, { "", "do " },
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        size_t n = 100000, w = strlen(cases[k].open), pl = strlen(cases[k].prefix);
        char *src = malloc(pl + n * w + 16);
        memcpy(src, cases[k].prefix, pl);
        size_t len = pl;
        for (size_t i = 0; i < n; i++, len += w) memcpy(src + len, cases[k].open, w);
        src[len++] = '1';
        src[len] = 0;
        ck_assert(parse(src, 0) == NULL);
        ck_assert_msg(strstr(perr.message, "Maximum call stack size exceeded") != NULL, "%s: %s", cases[k].open,
                      perr.message);
        free(src);
    }
    /* long flat chains are loops, but also capped */
    size_t n = 200000;
    char *src = malloc(n * 2 + 2);
    for (size_t i = 0; i < n; i++) { src[2 * i] = 'a'; src[2 * i + 1] = '+'; }
    src[2 * n] = 'a';
    src[2 * n + 1] = 0;
    ck_assert(parse(src, 0) == NULL);
    free(src);
    /* stacked chains ((a+...+a)+...+a): each chain is short, the tree is not */
    src = malloc(40 * (4 + 2 * 3000) + 16);
    size_t sl = 0;
    for (int i = 0; i < 40; i++) src[sl++] = '(';
    src[sl++] = 'a';
    for (int i = 0; i < 40; i++) {
        for (int j = 0; j < 3000; j++) { src[sl++] = '+'; src[sl++] = 'a'; }
        src[sl++] = ')';
    }
    src[sl] = 0;
    ck_assert(parse(src, 0) == NULL);
    ck_assert(strstr(perr.message, "Maximum call stack size exceeded") != NULL);
    free(src);
    /* moderate nesting is fine */
    char buf[4096];
    size_t len = 0;
    for (int i = 0; i < 500; i++) buf[len++] = '(';
    buf[len++] = '1';
    for (int i = 0; i < 500; i++) buf[len++] = ')';
    buf[len] = 0;
    ck_assert(parse(buf, 0) != NULL);
}
END_TEST

START_TEST(truncations_fail_cleanly)
{
    const char *src = "class A extends B { constructor(x = `t${a?.b}`) { super(...x); } static #m }"
                      " for (const {a, b: [c] = []} of d) L: { break L; } /re[/]/g; x ?\?= y ** 2;";
    size_t n = strlen(src);
    for (size_t i = 0; i < n; i++) {
        Node *p = parse_program(&arena, src, i, 0, &perr);
        if (!p) {
            ck_assert(perr.message[0]);
            ck_assert_uint_ge(perr.line, 1);
        }
        arena_free(&arena);
    }
}
END_TEST

static Suite *parser_suite(void)
{
    Suite *s = suite_create("parser");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, NULL, teardown);
    tcase_set_timeout(tc, 60);
    tcase_add_loop_test(tc, accepts_valid, 0, (int)(sizeof valid / sizeof valid[0]));
    tcase_add_loop_test(tc, rejects_invalid, 0, (int)(sizeof invalid / sizeof invalid[0]));
    tcase_add_test(tc, cover_grammar_shapes);
    tcase_add_test(tc, asi_and_restricted_productions);
    tcase_add_test(tc, function_facts);
    tcase_add_test(tc, positions);
    tcase_add_test(tc, nesting_is_bounded);
    tcase_add_test(tc, truncations_fail_cleanly);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(parser_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
