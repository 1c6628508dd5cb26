/*
 * ast.c -- the AST arena, node construction and the --print-ast dump
 * (prefix ast_, plus the arena_ functions declared in ast.h).
 *
 * The arena hands out zeroed, 8-aligned memory from malloc'd chunks; a
 * request larger than a chunk gets a chunk of its own.  Nothing is freed
 * before arena_free.
 */
#include "ast.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* Arena                                                                */

struct ArenaChunk {
    ArenaChunk *next;
    size_t cap;
    _Alignas(8) unsigned char data[];
};

enum { ARENA_CHUNK = 64 * 1024 };

void *arena_alloc(Arena *a, size_t bytes)
{
    bytes = (bytes + 7) & ~(size_t)7;
    if (!a->head || a->cap - a->used < bytes) {
        size_t cap = bytes > ARENA_CHUNK / 4 ? bytes : ARENA_CHUNK;
        ArenaChunk *c = calloc(1, sizeof(ArenaChunk) + cap);
        if (!c) return NULL;
        c->cap = cap;
        if (cap != ARENA_CHUNK && a->head) {
            /* a big block: keep bumping in the current chunk afterwards */
            c->next = a->head->next;
            a->head->next = c;
            return c->data;
        }
        c->next = a->head;
        a->head = c;
        a->used = 0;
        a->cap = cap;
    }
    void *p = a->head->data + a->used;
    a->used += bytes;
    return p;   /* chunks come from calloc and are never reused: already zero */
}

char *arena_strdup(Arena *a, const char *s, size_t n)
{
    char *p = arena_alloc(a, n + 1);
    if (!p) return NULL;
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

void arena_free(Arena *a)
{
    ArenaChunk *c = a->head;
    while (c) {
        ArenaChunk *next = c->next;
        free(c);
        c = next;
    }
    a->head = NULL;
    a->used = a->cap = 0;
}

/* ------------------------------------------------------------------ */
/* Nodes and lists                                                      */

Node *ast_new(Arena *a, NodeKind kind, uint32_t line, uint32_t col, uint32_t start)
{
    Node *n = arena_alloc(a, sizeof(Node));
    if (!n) return NULL;
    n->kind = kind;
    n->line = line;
    n->col = col;
    n->start = start;
    n->end = start;
    return n;
}

/* On allocation failure the item is dropped and items stays valid; the
 * parser checks l->count afterwards. */
void ast_list_push(Arena *a, NodeList *l, Node *n)
{
    if (l->count == l->cap) {
        uint32_t cap = l->cap ? l->cap * 2 : 4;
        Node **items = arena_alloc(a, cap * sizeof(Node *));
        if (!items) return;
        if (l->count) memcpy(items, l->items, l->count * sizeof(Node *));
        l->items = items;
        l->cap = cap;
    }
    l->items[l->count++] = n;
}

static const char *const kind_names[N__COUNT] = {
#define NODE(name, member) #name,
#include "ast.def"
#undef NODE
};

const char *ast_kind_name(NodeKind k) { return k < N__COUNT ? kind_names[k] : "?"; }

/* ------------------------------------------------------------------ */
/* Dump                                                                 */

static const char *op_name(AstOp op)
{
    switch (op) {
    case OP_NONE: return "";
    case OP_ADD: return "+";
    case OP_SUB: return "-";
    case OP_MUL: return "*";
    case OP_DIV: return "/";
    case OP_MOD: return "%";
    case OP_EXP: return "**";
    case OP_SHL: return "<<";
    case OP_SHR: return ">>";
    case OP_USHR: return ">>>";
    case OP_BIT_AND: return "&";
    case OP_BIT_OR: return "|";
    case OP_BIT_XOR: return "^";
    case OP_EQ: return "==";
    case OP_NE: return "!=";
    case OP_STRICT_EQ: return "===";
    case OP_STRICT_NE: return "!==";
    case OP_LT: return "<";
    case OP_LE: return "<=";
    case OP_GT: return ">";
    case OP_GE: return ">=";
    case OP_IN: return "in";
    case OP_INSTANCEOF: return "instanceof";
    case OP_AND: return "&&";
    case OP_OR: return "||";
    case OP_NULLISH: return "??";
    case OP_NEG: return "-";
    case OP_PLUS: return "+";
    case OP_NOT: return "!";
    case OP_BIT_NOT: return "~";
    case OP_TYPEOF: return "typeof";
    case OP_VOID: return "void";
    case OP_DELETE: return "delete";
    case OP_INC: return "++";
    case OP_DEC: return "--";
    case OP_ASSIGN: return "=";
    }
    return "?";
}

static void put_u16(FILE *f, const uint16_t *u, uint32_t len)
{
    fputc('"', f);
    for (uint32_t i = 0; i < len && i < 200; i++) {
        uint16_t c = u[i];
        if (c == '"' || c == '\\') fprintf(f, "\\%c", c);
        else if (c >= 0x20 && c < 0x7F) fputc(c, f);
        else if (c == '\n') fputs("\\n", f);
        else fprintf(f, "\\u%04X", c);
    }
    if (len > 200) fputs("...", f);
    fputc('"', f);
}

static void dump(FILE *f, const Node *n, int depth, const char *label);

static void dump_list(FILE *f, const NodeList *l, int depth, const char *label)
{
    if (!l->count) return;
    fprintf(f, "%*s%s: [%u]\n", depth * 2, "", label, l->count);
    for (uint32_t i = 0; i < l->count; i++) dump(f, l->items[i], depth + 1, NULL);
}

static void dump_func(FILE *f, const FuncNode *fn, int depth)
{
    fprintf(f, "%*sflags:", depth * 2, "");
#define FLAG(x) if (fn->x) fprintf(f, " " #x)
    FLAG(is_arrow); FLAG(is_expr_body); FLAG(is_method); FLAG(is_getter); FLAG(is_setter);
    FLAG(is_class_ctor); FLAG(is_derived); FLAG(is_static); FLAG(is_async); FLAG(is_generator);
    FLAG(is_strict); FLAG(has_simple_params); FLAG(uses_arguments); FLAG(uses_this);
    FLAG(has_direct_eval); FLAG(is_expression);
#undef FLAG
    fprintf(f, " body_start=%u\n", fn->body_start);
    if (fn->name) dump(f, fn->name, depth, "name");
    dump_list(f, &fn->params, depth, "params");
    dump_list(f, &fn->body, depth, "body");
}

static void dump(FILE *f, const Node *n, int depth, const char *label)
{
    fprintf(f, "%*s", depth * 2, "");
    if (label) fprintf(f, "%s: ", label);
    if (!n) { fputs("(null)\n", f); return; }
    fprintf(f, "%s @%u:%u [%u,%u)", ast_kind_name(n->kind), n->line, n->col, n->start, n->end);
    if (n->paren) fputs(" (paren)", f);
    depth++;
    switch (n->kind) {
    case N_NUMBER: fprintf(f, " %.17g\n", n->u.num.value); break;
    case N_BIGINT: fprintf(f, " %.*sn\n", (int)n->u.big.len, n->u.big.text); break;
    case N_STRING:
        fputc(' ', f);
        if (n->u.str.len == UINT32_MAX) fputs("<invalid escape>", f);
        else put_u16(f, n->u.str.units, n->u.str.len);
        fputc('\n', f);
        break;
    case N_TEMPLATE:
        fputc('\n', f);
        dump_list(f, &n->u.tmpl.quasis, depth, "cooked");
        dump_list(f, &n->u.tmpl.raws, depth, "raw");
        dump_list(f, &n->u.tmpl.exprs, depth, "exprs");
        break;
    case N_TAGGED_TEMPLATE:
        fputc('\n', f);
        dump(f, n->u.tagged.tag, depth, "tag");
        dump(f, n->u.tagged.quasi, depth, "quasi");
        break;
    case N_REGEXP:
        fputs(" /", f);
        put_u16(f, n->u.regexp.pattern, n->u.regexp.plen);
        fprintf(f, "/%s\n", n->u.regexp.flags ? n->u.regexp.flags : "");
        break;
    case N_IDENT: fprintf(f, " %s\n", n->u.ident.name); break;
    case N_THIS: case N_SUPER: case N_NEW_TARGET: case N_NULL_LIT: case N_TRUE_LIT:
    case N_FALSE_LIT: case N_EMPTY: case N_DEBUGGER:
        fputc('\n', f);
        break;
    case N_ARRAY: case N_OBJECT: case N_SEQUENCE: case N_ARRAY_PATTERN: case N_OBJECT_PATTERN:
    case N_BLOCK:
        fputc('\n', f);
        for (uint32_t i = 0; i < n->u.list.count; i++) dump(f, n->u.list.items[i], depth, NULL);
        break;
    case N_PROPERTY: {
        static const char *const pk[] = { "init", "get", "set", "method", "spread" };
        fprintf(f, " %s%s%s%s\n", pk[n->u.prop.kind], n->u.prop.computed ? " computed" : "",
                n->u.prop.shorthand ? " shorthand" : "", n->u.prop.is_static ? " static" : "");
        if (n->u.prop.key) dump(f, n->u.prop.key, depth, "key");
        dump(f, n->u.prop.value, depth, "value");
        break;
    }
    case N_FUNCTION: case N_FUNCTION_DECL:
        fputc('\n', f);
        dump_func(f, &n->u.func, depth);
        break;
    case N_CLASS: case N_CLASS_DECL:
        fputc('\n', f);
        if (n->u.cls.name) dump(f, n->u.cls.name, depth, "name");
        if (n->u.cls.super_class) dump(f, n->u.cls.super_class, depth, "extends");
        if (n->u.cls.constructor) dump(f, n->u.cls.constructor, depth, "constructor");
        dump_list(f, &n->u.cls.members, depth, "members");
        break;
    case N_UNARY: case N_SPREAD: case N_REST: case N_EXPR_STMT: case N_RETURN: case N_THROW:
        fprintf(f, " %s\n", op_name(n->u.unary.op));
        if (n->u.unary.arg) dump(f, n->u.unary.arg, depth, NULL);
        break;
    case N_YIELD:
        fprintf(f, "%s\n", n->u.yield_.delegate ? " delegate" : "");
        if (n->u.yield_.arg) dump(f, n->u.yield_.arg, depth, NULL);
        break;
    case N_AWAIT:
        fputc('\n', f);
        dump(f, n->u.unary.arg, depth, NULL);
        break;
    case N_UPDATE:
        fprintf(f, " %s%s\n", n->u.update.prefix ? "prefix " : "postfix ", op_name(n->u.update.op));
        dump(f, n->u.update.arg, depth, NULL);
        break;
    case N_BINARY: case N_LOGICAL:
        fprintf(f, " %s\n", op_name(n->u.binary.op));
        dump(f, n->u.binary.left, depth, NULL);
        dump(f, n->u.binary.right, depth, NULL);
        break;
    case N_ASSIGN: case N_ASSIGN_PATTERN:
        fprintf(f, " %s=\n", n->u.assign.op == OP_ASSIGN ? "" : op_name(n->u.assign.op));
        dump(f, n->u.assign.target, depth, "target");
        dump(f, n->u.assign.value, depth, "value");
        break;
    case N_CONDITIONAL:
        fputc('\n', f);
        dump(f, n->u.cond.test, depth, "test");
        dump(f, n->u.cond.then, depth, "then");
        dump(f, n->u.cond.else_, depth, "else");
        break;
    case N_CALL: case N_NEW:
        fprintf(f, "%s\n", n->u.call.optional ? " optional" : "");
        dump(f, n->u.call.callee, depth, "callee");
        dump_list(f, &n->u.call.args, depth, "args");
        break;
    case N_MEMBER:
        fprintf(f, "%s%s\n", n->u.member.computed ? " computed" : "", n->u.member.optional ? " optional" : "");
        dump(f, n->u.member.object, depth, "object");
        dump(f, n->u.member.property, depth, "property");
        break;
    case N_OPTIONAL_CHAIN:
        fputc('\n', f);
        dump(f, n->u.chain.expr, depth, NULL);
        break;
    case N_VAR_DECL: {
        static const char *const vk[] = { "var", "let", "const" };
        fprintf(f, " %s\n", vk[n->u.var.kind]);
        for (uint32_t i = 0; i < n->u.var.decls.count; i++) dump(f, n->u.var.decls.items[i], depth, NULL);
        break;
    }
    case N_DECLARATOR:
        fputc('\n', f);
        dump(f, n->u.decl.target, depth, "target");
        if (n->u.decl.init) dump(f, n->u.decl.init, depth, "init");
        break;
    case N_IF:
        fputc('\n', f);
        dump(f, n->u.if_.test, depth, "test");
        dump(f, n->u.if_.then, depth, "then");
        if (n->u.if_.else_) dump(f, n->u.if_.else_, depth, "else");
        break;
    case N_FOR:
        fputc('\n', f);
        dump(f, n->u.for_.init, depth, "init");
        dump(f, n->u.for_.test, depth, "test");
        dump(f, n->u.for_.update, depth, "update");
        dump(f, n->u.for_.body, depth, "body");
        break;
    case N_FOR_IN: case N_FOR_OF:
        fprintf(f, "%s\n", n->u.forin.is_await ? " await" : "");
        dump(f, n->u.forin.left, depth, "left");
        dump(f, n->u.forin.right, depth, "right");
        dump(f, n->u.forin.body, depth, "body");
        break;
    case N_WHILE: case N_DO_WHILE:
        fputc('\n', f);
        dump(f, n->u.loop.test, depth, "test");
        dump(f, n->u.loop.body, depth, "body");
        break;
    case N_CONTINUE: case N_BREAK:
        fprintf(f, " %s\n", n->u.jump.label ? n->u.jump.label : "");
        break;
    case N_WITH:
        fputc('\n', f);
        dump(f, n->u.with.object, depth, "object");
        dump(f, n->u.with.body, depth, "body");
        break;
    case N_SWITCH:
        fputc('\n', f);
        dump(f, n->u.switch_.disc, depth, "disc");
        dump_list(f, &n->u.switch_.cases, depth, "cases");
        break;
    case N_CASE:
        fputc('\n', f);
        dump(f, n->u.case_.test, depth, "test");
        dump_list(f, &n->u.case_.body, depth, "body");
        break;
    case N_LABELED:
        fprintf(f, " %s\n", n->u.labeled.label);
        dump(f, n->u.labeled.body, depth, NULL);
        break;
    case N_TRY:
        fputc('\n', f);
        dump(f, n->u.try_.block, depth, "block");
        if (n->u.try_.param) dump(f, n->u.try_.param, depth, "param");
        if (n->u.try_.handler) dump(f, n->u.try_.handler, depth, "handler");
        if (n->u.try_.finalizer) dump(f, n->u.try_.finalizer, depth, "finally");
        break;
    case N_PROGRAM:
        fprintf(f, "%s\n", n->u.program.is_strict ? " strict" : "");
        if (n->u.program.func) dump_func(f, n->u.program.func, depth);
        else dump_list(f, &n->u.program.body, depth, "body");
        break;
    case N__COUNT:
        fputc('\n', f);
        break;
    }
}

void ast_dump(const Node *n, void *file)
{
    dump(file ? (FILE *)file : stdout, n, 0, NULL);
}
