/*
 * parser_internal.h -- state shared by the parser's files (private to the
 * front end; not for the compiler).
 *
 *   parser.c      core (tokens, errors, depth), program, functions, classes
 *   parse_expr.c  expressions, literals, templates, arrows, patterns
 *   parse_stmt.c  statements, declarations, labels, ASI
 *
 * Every parse_ function returns the node, or NULL with p->err filled
 * (p->failed set).  A hole in an array literal is the only NULL item and
 * is pushed by the array parser itself.
 *
 * Depth: parse_assign, parse_statement, parse_unary and the right operand
 * of `**` count nesting in p->depth; beyond PARSE_MAX_DEPTH the parse fails
 * with "Maximum call stack size exceeded", so no input overflows the C
 * stack.  Left-associative chains (a+b+c..., a.b.c..., f()()...) are
 * loops, capped at PARSE_MAX_CHAIN links; and since chains can stack
 * (`((a+...)+...)`), every finished node records its height and a tree
 * higher than PARSE_MAX_HEIGHT is refused, so that the recursive compiler
 * (even an ASan build) stays within its C stack.
 *
 * Cover grammar: object/array literals and parenthesised lists are parsed
 * as expressions and converted to patterns / arrow parameters once `=` or
 * `=>` shows what they are.  Errors that only hold for the expression
 * reading (`{a = 1}`, duplicate __proto__) are remembered in p->cover and
 * raised as soon as the literal is used as a plain expression.
 */
#ifndef TL_PARSER_INTERNAL_H
#define TL_PARSER_INTERNAL_H

#include "lexer.h"
#include "parser.h"

enum { PARSE_MAX_DEPTH = 1200, PARSE_MAX_CHAIN = 5000, PARSE_MAX_HEIGHT = 6000 };

typedef struct Label {
    const char *name;
    uint32_t body_start;   /* first byte of the labelled statement's body */
    bool is_loop;
    struct Label *next;
} Label;

/* One function (or the program, or a class field initialiser) being parsed. */
typedef struct FuncCtx {
    struct FuncCtx *up;
    FuncNode *fn;
    bool strict;
    bool is_arrow;
    bool allow_return, allow_super_call, allow_super_prop, allow_new_target;
    bool in_field_init;    /* `arguments` is an error here */
    bool in_static_block;  /* class static block: `await` is reserved */
    bool is_generator;     /* `yield` is an operator (body and parameters) */
    bool is_async;         /* `await` is an operator (body and parameters) */
    bool in_params;        /* parsing the formal parameters: yield/await expressions are errors */
    int loop_depth;        /* enclosing loops (continue targets) */
    int break_depth;       /* enclosing loops and switches */
    Label *labels;
} FuncCtx;

typedef struct CoverError {
    bool set;
    uint32_t line, col;
    const char *msg;
} CoverError;

typedef struct Parser {
    Arena *arena;
    Lexer lx;
    const char *src;
    Token tok;             /* the current token */
    Token ahead;           /* one token of lookahead (has_ahead) */
    bool has_ahead;
    uint32_t prev_end;     /* end offset of the last consumed token */
    FuncCtx *fn;
    int depth;
    int flags;             /* PARSE_* */
    bool failed;
    ParseError *err;
    CoverError cover;
    /* bumped on each `this`/`super`/`arguments` so that an arrow whose
     * parameters were parsed before `=>` was seen can learn about them */
    uint32_t this_serial, args_serial;
    /* bumped on each yield / await expression and each `await` used as an
     * identifier, so that arrow parameters parsed as an expression can be
     * checked once `=>` shows what they were */
    uint32_t yield_serial, await_serial, await_ident_serial;
    /* the last array/object literal with a comma after its spread element
     * (`[...a,]`): fine as a literal, an error as a pattern */
    const Node *spread_comma;
    bool in_new;           /* parse_primary is reading the callee of `new` */
} Parser;

/* A token's position, kept instead of a whole Token in recursive frames
 * (keeps deep nesting cheap on the C stack). */
typedef struct Pos { uint32_t line, col, start, end; } Pos;
static inline Pos parse_pos(const Token *t)
{
    Pos q = { t->line, t->col, t->start, t->end };
    return q;
}
Node *parse_node_at(Parser *p, NodeKind kind, Pos at);

/* parser.c: tokens and errors */
bool parse_next(Parser *p);
bool parse_eat(Parser *p, TokType t);
bool parse_expect(Parser *p, TokType t);
const Token *parse_peek(Parser *p);
void *parse_fail(Parser *p, const Token *at, const char *fmt, ...);
void *parse_fail_at(Parser *p, uint32_t line, uint32_t col, const char *fmt, ...);
void *parse_unexpected(Parser *p);
Node *parse_node(Parser *p, NodeKind kind, const Token *at);
Node *parse_node_like(Parser *p, NodeKind kind, const Node *at);
Node *parse_finish(Parser *p, Node *n);   /* sets end and height; NULL if too high */
bool parse_set_height(Parser *p, Node *n);
bool parse_push(Parser *p, NodeList *l, Node *n);
bool parse_enter(Parser *p);
static inline void parse_leave(Parser *p) { p->depth--; }
void parse_mark_this(Parser *p);
void parse_mark_arguments(Parser *p);
bool parse_is_strict(const Parser *p);
bool parse_lex_error(Parser *p);
/* A T_NAME usable as an identifier (not an escaped reserved word)? */
bool parse_check_name(Parser *p, const Token *t);
bool parse_key_is(const Node *key, bool computed, const char *name);
bool parse_starts_key(const Token *t);

/* parser.c: functions and classes */
enum { FN_DECL = 1, FN_EXPR = 2, FN_METHOD = 4, FN_GETTER = 8, FN_SETTER = 16, FN_CTOR = 32,
       FN_DERIVED = 64, FN_STATIC = 128, FN_GENERATOR = 256, FN_ASYNC = 512,
       FN_DEFAULT = 1024 /* `export default function`: the name may be left out (binding `default`) */ };
/* Parse `(params) { body }` into fnode (a FUNCTION/FUNCTION_DECL node). */
Node *parse_function_rest(Parser *p, Node *fnode, int kind);
/* `function` [*] [name] (params) { body }: the current token is
 * `function`; for `async function` the `async` token (at start) has been
 * consumed.  kind: FN_DECL or FN_EXPR, plus FN_ASYNC. */
Node *parse_function(Parser *p, int kind, Pos start);
/* Is this `yield` / `await` token usable as an identifier here?  Fails
 * with the message node gives otherwise. */
bool parse_check_yield_await(Parser *p, const Token *t);
Node *parse_class(Parser *p, bool is_decl);
/* Statements up to `end` with directive prologue handling. */
bool parse_body(Parser *p, NodeList *out, TokType end);
/* Check a finished parameter list / binding: strictness, duplicates. */
bool parse_check_params(Parser *p, FuncNode *fn, bool force_unique);
bool parse_check_binding(Parser *p, Node *target, bool lexical);

/* parse_expr.c */
Node *parse_expression(Parser *p, bool no_in);
Node *parse_expression_cover(Parser *p, bool no_in);
Node *parse_assign(Parser *p, bool no_in);
Node *parse_assign_cover(Parser *p, bool no_in);
Node *parse_lhs(Parser *p);
Node *parse_binding_target(Parser *p);
Node *parse_binding_element(Parser *p);
Node *parse_to_pattern(Parser *p, Node *n, bool binding);
Node *parse_property_key(Parser *p, bool *computed);
bool parse_raise_cover(Parser *p);

/* parse_stmt.c */
/* mode: what may appear where a statement is expected */
enum { STMT_ONLY = 0, STMT_DECL = 1, STMT_FN_OK = 2 /* sloppy: if-bodies and labels may be functions */ };
Node *parse_statement(Parser *p, int mode);
Node *parse_var_decl(Parser *p, VarKind kind, bool no_in, bool for_head);
/* An import or export declaration at a module's top level (desugared: parse_stmt.c). */
bool parse_module_item(Parser *p, NodeList *out);
bool parse_consume_semicolon(Parser *p);

#endif
