/*
 * ast.h -- the abstract syntax tree (prefix ast_) produced by the parser and
 * consumed by the bytecode compiler.
 *
 * Nodes live in an Arena and are freed in one go after compilation.
 * Identifier names are NUL-terminated UTF-8 (WTF-8 for lone surrogates)
 * in the arena; string literal values are UTF-16 (cooked).  Every node
 * records its 1-based line/column and its source byte range [start, end).
 *
 * The parser resolves nothing: scopes, hoisting, captures and TDZ are the
 * compiler's work.  It does record per-function facts it sees cheaply
 * (uses `arguments`, contains direct `eval`, strictness, simple params).
 *
 * Conventions the parser keeps (added by the front end; all additive):
 *  - line/col are 1-based; columns count BYTES from the line start.
 *  - [start, end) of a FUNCTION is its exact source text for
 *    Function.prototype.toString: `function f(...) {...}`, `(a) => a`,
 *    methods from the key (`m() {}`), accessors from `get`/`set`; a class
 *    constructor's FUNCTION spans the whole class text (and its name is the
 *    class name; is_expression is false).  body_start is the `{` (or the
 *    first byte of an arrow's expression body, wrapped in one RETURN).
 *  - Node.paren: the expression was parenthesised (the outermost parens).
 *  - uses_this is also set by super and new.target; both it and
 *    uses_arguments propagate from arrows to the nearest non-arrow function
 *    (inclusive).  has_direct_eval is set on the innermost function only
 *    (`eval(...)` and `(eval)(...)`, not `eval?.()`), and a direct eval
 *    also sets uses_this/uses_arguments along the arrow chain.
 *  - program.func holds the script's facts; its body aliases program.body.
 *  - Object literal spread `{...x}`: PROPERTY kind PROP_SPREAD_KIND, key NULL.
 *    Object pattern rest `{...r}`: a REST item.  Shorthand with default
 *    `{a = 1}` (patterns only): PROPERTY value = ASSIGN_PATTERN(IDENT a, 1).
 *  - Class fields: PROPERTY kind PROP_INIT, value NULL without initialiser;
 *    the initialiser is parsed like a method body (this/super/new.target
 *    allowed, `arguments` rejected) but its facts are not recorded anywhere.
 *  - Private names: `#x` is an IDENT named "#x" -- a class member key (not
 *    computed), the property of a computed MEMBER (o.#x), or the left
 *    operand of BINARY `in` (#x in o).  Class `static { }` blocks are
 *    PROPERTY kind PROP_STATIC_BLOCK, value = a method-like FUNCTION.
 *  - Optional chains: OPTIONAL_CHAIN wraps the longest member/call chain
 *    that contains `?.`; the link right after each `?.` has optional=true.
 *    `(a?.b).c` ends the chain at the parenthesis.
 *  - Sloppy-mode `if (x) function f() {}` and `L: function f() {}` put a
 *    FUNCTION_DECL directly as the if branch / labelled body (Annex B).
 *  - Tagged templates: a cooked quasi with an invalid escape is a STRING
 *    with units == NULL and len == UINT32_MAX.
 *  - Generators and async functions: FuncNode.is_generator / is_async
 *    (methods too; `async x => x` and `async (x) => x` are arrows with
 *    is_async).  YIELD and AWAIT appear only in the bodies of such
 *    functions, never in their parameters (early errors).
 *  - IDENT names are NUL-terminated and live as long as the arena; a name
 *    spelled like a keyword (`a.if`, `{class: 1}`) may point to static text.
 */
#ifndef TL_AST_H
#define TL_AST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum NodeKind {
#define NODE(name, member) N_##name,
#include "ast.def"
#undef NODE
    N__COUNT
} NodeKind;

/* Arena: bump allocation in chunks (malloc); ast_arena_free releases all. */
typedef struct ArenaChunk ArenaChunk;
typedef struct Arena {
    ArenaChunk *head;
    size_t used, cap;
} Arena;
void *arena_alloc(Arena *a, size_t bytes);          /* zeroed, 8-aligned */
char *arena_strdup(Arena *a, const char *s, size_t n);
void arena_free(Arena *a);

typedef struct Node Node;

typedef struct NodeList {
    Node **items;
    uint32_t count, cap;
} NodeList;
void ast_list_push(Arena *a, NodeList *l, Node *n);

typedef enum VarKind { VAR_VAR, VAR_LET, VAR_CONST } VarKind;
typedef enum PropKind { PROP_INIT, PROP_GET, PROP_SET, PROP_METHOD, PROP_SPREAD_KIND,
                        PROP_STATIC_BLOCK /* class `static { }`: value = FUNCTION (is_static), key NULL */ } PropKind;

/* Operators are token-like enums shared with the lexer's punctuators. */
typedef enum AstOp {
    OP_NONE,
    /* binary */
    OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_MOD, OP_EXP,
    OP_SHL, OP_SHR, OP_USHR, OP_BIT_AND, OP_BIT_OR, OP_BIT_XOR,
    OP_EQ, OP_NE, OP_STRICT_EQ, OP_STRICT_NE, OP_LT, OP_LE, OP_GT, OP_GE,
    OP_IN, OP_INSTANCEOF,
    /* logical */
    OP_AND, OP_OR, OP_NULLISH,
    /* unary */
    OP_NEG, OP_PLUS, OP_NOT, OP_BIT_NOT, OP_TYPEOF, OP_VOID, OP_DELETE,
    /* update */
    OP_INC, OP_DEC,
    /* assignment: OP_ASSIGN or a compound op (binary/logical op above) */
    OP_ASSIGN,
} AstOp;

typedef struct FuncNode {
    Node *name;            /* IDENT or NULL */
    NodeList params;       /* patterns: IDENT, ARRAY/OBJECT_PATTERN, ASSIGN_PATTERN, REST (last) */
    NodeList body;         /* statements; for expression-bodied arrows one RETURN */
    bool is_arrow, is_expr_body, is_method, is_getter, is_setter;
    bool is_class_ctor, is_derived, is_static, is_async, is_generator;
    bool is_strict;        /* "use strict" in body or inherited or class code */
    bool has_simple_params;
    bool uses_arguments;   /* `arguments` appears (not inside a nested non-arrow function) */
    bool uses_this;        /* `this`/super appears, including in nested arrows */
    bool has_direct_eval;  /* eval(...) call appears */
    bool is_expression;    /* function expression (the name binds only inside) */
    uint32_t body_start;   /* source offset of the opening brace/body */
} FuncNode;

typedef struct ClassNode {
    Node *name;            /* IDENT or NULL */
    Node *super_class;     /* expression or NULL */
    Node *constructor;     /* FUNCTION node (is_class_ctor) or NULL: compiler synthesises */
    NodeList members;      /* PROPERTY nodes: kind METHOD/GET/SET, is_static, value = FUNCTION;
                              kind INIT = a field (public instance/static field, value may be NULL) */
} ClassNode;

struct Node {
    NodeKind kind;
    uint32_t line, col;
    uint32_t start, end;   /* byte offsets into the source */
    uint8_t paren;         /* added: the expression was written in parentheses (the
                              parser's cover grammar needs it; `(a) = 1` is fine,
                              `({a}) = 1` is not).  Columns are counted in BYTES. */
    uint16_t height;       /* added: height of the subtree (leaves 0, saturating).  The
                              parser rejects trees higher than PARSE_MAX_HEIGHT
                              (parser_internal.h), so recursive walkers such as the
                              compiler never need more than that many levels. */
    union {
        struct { double value; } num;
        struct { const char *text; uint32_t len; } big;
        struct { uint16_t *units; uint32_t len; } str;
        struct { NodeList quasis; NodeList raws; NodeList exprs; } tmpl;  /* quasis/raws: STRING nodes (cooked may be NULL-units with len = UINT32_MAX for invalid escapes in tagged templates) */
        struct { Node *tag; Node *quasi; } tagged;                        /* quasi is a TEMPLATE */
        struct { uint16_t *pattern; uint32_t plen; char *flags; } regexp;
        struct { const char *name; } ident;
        NodeList list;
        struct { PropKind kind; Node *key; Node *value; bool computed, shorthand, is_static; } prop;
        /* key: IDENT (name), STRING, NUMBER, or any expression when computed */
        FuncNode func;
        ClassNode cls;
        struct { AstOp op; Node *arg; } unary;
        struct { Node *arg; bool delegate; } yield_;                     /* arg may be NULL (not for yield*) */
        struct { AstOp op; Node *arg; bool prefix; } update;
        struct { AstOp op; Node *left, *right; } binary;
        struct { AstOp op; Node *target, *value; } assign;
        struct { Node *test, *then, *else_; } cond;
        struct { Node *callee; NodeList args; bool optional; } call;   /* optional: `f?.()` */
        struct { Node *object; Node *property; bool computed, optional; } member; /* property: IDENT when !computed;
                                                                           o.#x: computed, property IDENT "#x" */
        struct { Node *expr; } chain;
        struct { VarKind kind; NodeList decls; } var;                   /* decls: DECLARATOR */
        struct { Node *target; Node *init; } decl;                      /* target: IDENT or pattern */
        struct { Node *test, *then, *else_; } if_;
        struct { Node *init, *test, *update, *body; } for_;             /* init: VAR_DECL, expression or NULL */
        struct { Node *left, *right, *body; bool is_await; } forin;     /* left: VAR_DECL (one declarator, no init) or target;
                                                                           is_await: `for await (... of ...)` */
        struct { Node *test, *body; } loop;
        struct { const char *label; } jump;                             /* label may be NULL */
        struct { Node *object, *body; } with;
        struct { Node *disc; NodeList cases; } switch_;                 /* cases: CASE */
        struct { Node *test; NodeList body; } case_;                    /* test NULL = default */
        struct { const char *label; Node *body; } labeled;
        struct { Node *block; Node *param; Node *handler; Node *finalizer; } try_; /* param may be NULL (optional catch binding) */
        struct { NodeList body; bool is_strict; FuncNode *func; } program;
    } u;
};

Node *ast_new(Arena *a, NodeKind kind, uint32_t line, uint32_t col, uint32_t start);
const char *ast_kind_name(NodeKind k);

/* Private names keep their '#', which no other identifier can start with. */
static inline bool ast_is_private_name(const Node *n) { return n && n->kind == N_IDENT && n->u.ident.name[0] == '#'; }
static inline bool ast_is_private_member(const Node *n)
{
    return n && n->kind == N_MEMBER && ast_is_private_name(n->u.member.property);
}
/* --print-ast: an indented dump. */
void ast_dump(const Node *n, void *file);

#endif
