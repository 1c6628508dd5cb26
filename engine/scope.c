/*
 * scope.c -- scope analysis, the compiler's first pass (prefix scope_).
 *
 * One walk over the whole program, in source order, that
 *   - creates a Scope for every function, block with lexical declarations,
 *     `for (let ...)` head, catch clause, switch case block, `with` body and
 *     class body, and maps its AST node to it;
 *   - declares bindings: parameters, `var` (hoisted to the function scope),
 *     let/const/class (block), function declarations (hoisted to their
 *     block; in sloppy code also a function-level var, Annex B);
 *   - resolves every identifier reference by name, marking bindings used
 *     from an inner function as captured (they will live in JSEnv slots);
 *   - decides which lexical bindings need TDZ checks: a reference seen
 *     before the declaration in source order, from a hoisted function
 *     declaration, or inside a switch case block;
 *   - creates the hidden bindings arrows capture lexically (%this,
 *     %newtarget, arguments) in the nearest non-arrow function;
 *   - gives functions with non-simple parameters a separate body scope,
 *     and sloppy functions whose `arguments` aliasing is observable hidden
 *     per-parameter flags (setup_mapped_arguments);
 *   - reports early errors (redeclarations, `let let`, misplaced super).
 * Code generation (compiler.c) walks the tree again and enters the same
 * scopes, so both passes resolve names identically.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compiler_internal.h"
#include "parser.h"

/* ---- compiler-wide helpers ------------------------------------------------ */

void *comp_alloc(Compiler *C, size_t size)
{
    void *p = calloc(1, size ? size : 1);
    if (!p) abort();
    if (C->nallocs == C->cap_allocs) {
        C->cap_allocs = C->cap_allocs ? C->cap_allocs * 2 : 64;
        C->allocs = realloc(C->allocs, C->cap_allocs * sizeof *C->allocs);
        if (!C->allocs) abort();
    }
    C->allocs[C->nallocs++] = p;
    return p;
}

char *comp_strdup(Compiler *C, const char *s)
{
    size_t n = strlen(s);
    char *p = comp_alloc(C, n + 1);
    memcpy(p, s, n);
    return p;
}

void comp_error(Compiler *C, Node *at, const char *fmt, ...)
{
    if (C->failed) return;
    C->failed = true;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(C->err->message, sizeof C->err->message, fmt, ap);
    va_end(ap);
    C->err->line = at ? at->line : 0;
    C->err->col = at ? at->col : 0;
}

static uint32_t ptr_hash(const void *p)
{
    uint64_t x = (uint64_t)(uintptr_t)p;
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdull;
    x ^= x >> 33;
    return (uint32_t)x;
}

void *comp_map_get(PtrMap *m, const void *key)
{
    if (!m->cap) return NULL;
    for (uint32_t i = ptr_hash(key) & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
        if (m->e[i].key == key) return m->e[i].value;
        if (!m->e[i].key) return NULL;
    }
}

void comp_map_put(PtrMap *m, const void *key, void *value)
{
    if ((m->count + 1) * 2 > m->cap) {
        uint32_t ncap = m->cap ? m->cap * 2 : 64;
        MapEntry *ne = calloc(ncap, sizeof *ne);
        if (!ne) abort();
        for (uint32_t j = 0; j < m->cap; j++) {
            if (!m->e[j].key) continue;
            uint32_t i = ptr_hash(m->e[j].key) & (ncap - 1);
            while (ne[i].key) i = (i + 1) & (ncap - 1);
            ne[i] = m->e[j];
        }
        free(m->e);
        m->e = ne;
        m->cap = ncap;
    }
    uint32_t i = ptr_hash(key) & (m->cap - 1);
    while (m->e[i].key && m->e[i].key != key) i = (i + 1) & (m->cap - 1);
    if (!m->e[i].key) m->count++;
    m->e[i].key = key;
    m->e[i].value = value;
}

/* ---- scopes and bindings ------------------------------------------------- */

bool scope_is_lexical(BindKind k)
{
    return k == BK_LET || k == BK_CONST || k == BK_CLASS || k == BK_CLASS_INNER;
}

static Scope *new_scope(Compiler *C, ScopeKind kind, Scope *parent, FuncInfo *fi)
{
    Scope *s = comp_alloc(C, sizeof *s);
    s->kind = kind;
    s->parent = parent;
    s->func = fi;
    return s;
}

static uint32_t name_hash(const char *p)
{
    uint32_t h = 2166136261u;
    for (; *p; p++) h = (h ^ (uint8_t)*p) * 16777619u;
    return h;
}

Var *scope_lookup_local(Scope *s, const char *name)
{
    if (s->hash) {
        for (uint32_t i = name_hash(name) & (s->hcap - 1);; i = (i + 1) & (s->hcap - 1)) {
            Var *v = s->hash[i];
            if (!v) return NULL;
            if (strcmp(v->name, name) == 0) return v;
        }
    }
    for (Var *v = s->vars; v; v = v->next)
        if (strcmp(v->name, name) == 0) return v;
    return NULL;
}

/* Scopes with many bindings get a hash index (kept at most half full);
 * the first binding of a name wins, as in the list. */
static void hash_insert(Scope *s, Var *v)
{
    uint32_t i = name_hash(v->name) & (s->hcap - 1);
    while (s->hash[i]) {
        if (strcmp(s->hash[i]->name, v->name) == 0) return;
        i = (i + 1) & (s->hcap - 1);
    }
    s->hash[i] = v;
}

static void index_var(Compiler *C, Scope *s, Var *v)
{
    if (s->nvars < 16 && !s->hash) return;
    if (!s->hash || (uint32_t)s->nvars * 2 > s->hcap) {
        uint32_t cap = s->hcap ? s->hcap * 2 : 64;
        while ((uint32_t)s->nvars * 2 > cap) cap *= 2;
        s->hash = comp_alloc(C, cap * sizeof *s->hash);
        s->hcap = cap;
        for (Var *w = s->vars; w; w = w->next) hash_insert(s, w);
    } else {
        hash_insert(s, v);
    }
}

static Var *add_var(Compiler *C, Scope *s, const char *name, BindKind kind)
{
    Var *v = comp_alloc(C, sizeof *v);
    v->name = name;
    v->kind = kind;
    v->scope = s;
    v->index = -1;
    v->param_reg = -1;
    if (s->last) s->last->next = v;
    else s->vars = v;
    s->last = v;
    s->nvars++;
    index_var(C, s, v);
    /* program-level declarations live on the global object / global_lex
     * (direct eval code keeps its own declarations local) */
    if (s->kind == SC_FUNCTION && s->func->is_program && kind != BK_INTERNAL &&
        (!s->func->is_eval || (s->func->eval_global_vars && !scope_is_lexical(kind))))
        v->loc = LOC_GLOBAL;
    return v;
}

/* Declare name in s; reports redeclaration errors. */
/* A function declaration that is neither a generator nor async. */
static bool plain_function(const Node *n)
{
    return n && n->kind == N_FUNCTION_DECL && !n->u.func.is_generator && !n->u.func.is_async;
}

static Var *declare(Compiler *C, Scope *s, const char *name, BindKind kind, Node *at)
{
    if ((kind == BK_VAR || kind == BK_FUNC) && s->kind == SC_FUNCTION && s->func->is_eval && s->func->is_program &&
        !s->func->strict) {
        /* EvalDeclarationInstantiation: a sloppy eval's var may not hoist
         * across a lexical binding of the caller (up to its var scope) */
        for (Scope *x = s->parent; x; x = x->parent) {
            Var *o = scope_lookup_local(x, name);
            if (o && scope_is_lexical(o->kind)) {
                comp_error(C, at, "Identifier '%s' has already been declared", name);
                break;
            }
            if (x == C->eval_var_scope) break;
        }
    }
    if (kind == BK_VAR && C->eval_var_scope && s->kind == SC_FUNCTION && s->func->is_eval) {
        /* sloppy direct eval: `var x` is the caller's x when the caller's
         * compiler pre-declared it (literal eval code, see predeclare_eval_vars) */
        Var *outer = scope_lookup_local(C->eval_var_scope, name);
        if (outer) return outer;
    }
    if (scope_is_lexical(kind) && strcmp(name, "let") == 0) {
        comp_error(C, at, "let is disallowed as a lexically bound name");
        return add_var(C, s, name, kind);
    }
    Var *old = scope_lookup_local(s, name);
    if (old) {
        bool old_lex = scope_is_lexical(old->kind) || (old->kind == BK_FUNC && s->kind != SC_FUNCTION);
        bool new_lex = scope_is_lexical(kind) || (kind == BK_FUNC && s->kind != SC_FUNCTION);
        if (old->kind == BK_CALLEE || old->kind == BK_INTERNAL) {
            old->kind = kind;       /* a real declaration shadows the callee name */
            return old;
        }
        /* Annex B: sloppy blocks may repeat plain function declarations */
        if (old->kind == BK_FUNC && kind == BK_FUNC && !s->func->strict &&
            (s->kind == SC_FUNCTION || (plain_function(old->fn_node) && plain_function(at))))
            return old;
        if (old->kind == BK_CATCH && kind == BK_VAR) return old;
        if (old_lex || new_lex || (old->kind == BK_CATCH && kind != BK_VAR)) {
            comp_error(C, at, "Identifier '%s' has already been declared", name);
            return old;
        }
        if (kind == BK_FUNC && old->kind == BK_PARAM) {
            /* FunctionDeclarationInstantiation sets the parameter binding,
             * so a mapped arguments[i] sees the function: a param write */
            old->was_param = true;
            s->func->param_assigned = true;
        }
        if (kind == BK_FUNC) old->kind = BK_FUNC;   /* function wins over var/param */
        return old;
    }
    return add_var(C, s, name, kind);
}

/* ---- bound names of patterns --------------------------------------------- */

typedef void (*NameFn)(Compiler *C, Scope *s, Node *ident, BindKind kind);

static void bound_names(Compiler *C, Scope *s, Node *p, BindKind kind, NameFn fn)
{
    if (!p) return;
    switch ((int)p->kind) {   /* partial dispatch: the rest share the default */
    case N_IDENT: fn(C, s, p, kind); break;
    case N_ARRAY_PATTERN: case N_ARRAY:
        for (uint32_t i = 0; i < p->u.list.count; i++) bound_names(C, s, p->u.list.items[i], kind, fn);
        break;
    case N_OBJECT_PATTERN: case N_OBJECT:
        for (uint32_t i = 0; i < p->u.list.count; i++) {
            Node *it = p->u.list.items[i];
            if (!it) continue;
            if (it->kind == N_PROPERTY) bound_names(C, s, it->u.prop.value, kind, fn);
            else bound_names(C, s, it, kind, fn);
        }
        break;
    case N_ASSIGN_PATTERN: case N_ASSIGN: bound_names(C, s, p->u.assign.target, kind, fn); break;
    case N_REST: case N_SPREAD: bound_names(C, s, p->u.unary.arg, kind, fn); break;
    default: break;
    }
}

static void declare_cb(Compiler *C, Scope *s, Node *id, BindKind kind)
{
    declare(C, s, id->u.ident.name, kind, id);
}

/* The binding a declaration in scope s refers to (for decl_seen). */
static Var *find_decl(Scope *s, const char *name)
{
    for (; s; s = s->parent) {
        Var *v = scope_lookup_local(s, name);
        if (v) return v;
        if (s->kind == SC_FUNCTION) break;
    }
    return NULL;
}

/* `var x` inside a block that (or whose parents) declare a lexical x. */
static void var_conflict_cb(Compiler *C, Scope *s, Node *id, BindKind kind)
{
    for (; s && s->kind != SC_FUNCTION; s = s->parent) {
        Var *v = scope_lookup_local(s, id->u.ident.name);
        if (v && v->kind != BK_CATCH && v->kind != BK_INTERNAL && v->kind != BK_VAR) {
            comp_error(C, id, "Identifier '%s' has already been declared", id->u.ident.name);
            return;
        }
    }
}

static void seen_cb(Compiler *C, Scope *s, Node *id, BindKind kind)
{
    Var *v = find_decl(s, id->u.ident.name);
    if (v) v->decl_seen = true;
}

/* ---- hoisting ------------------------------------------------------------- */

static void hoist_vars(Compiler *C, Scope *fs, Node *n, bool in_block)
{
    if (!n) return;
    switch ((int)n->kind) {   /* partial dispatch: the rest share the default */
    case N_VAR_DECL:
        if (n->u.var.kind == VAR_VAR)
            for (uint32_t i = 0; i < n->u.var.decls.count; i++)
                bound_names(C, fs, n->u.var.decls.items[i]->u.decl.target, BK_VAR, declare_cb);
        break;
    case N_BLOCK:
        for (uint32_t i = 0; i < n->u.list.count; i++) hoist_vars(C, fs, n->u.list.items[i], true);
        break;
    case N_IF: hoist_vars(C, fs, n->u.if_.then, true); hoist_vars(C, fs, n->u.if_.else_, true); break;
    case N_FOR: hoist_vars(C, fs, n->u.for_.init, true); hoist_vars(C, fs, n->u.for_.body, true); break;
    case N_FOR_IN: case N_FOR_OF:
        hoist_vars(C, fs, n->u.forin.left, true);
        hoist_vars(C, fs, n->u.forin.body, true);
        break;
    case N_WHILE: case N_DO_WHILE: hoist_vars(C, fs, n->u.loop.body, true); break;
    case N_LABELED: hoist_vars(C, fs, n->u.labeled.body, in_block); break;
    case N_TRY:
        hoist_vars(C, fs, n->u.try_.block, true);
        hoist_vars(C, fs, n->u.try_.handler, true);
        hoist_vars(C, fs, n->u.try_.finalizer, true);
        break;
    case N_SWITCH:
        for (uint32_t i = 0; i < n->u.switch_.cases.count; i++) {
            Node *c = n->u.switch_.cases.items[i];
            for (uint32_t j = 0; j < c->u.case_.body.count; j++) hoist_vars(C, fs, c->u.case_.body.items[j], true);
        }
        break;
    case N_WITH: hoist_vars(C, fs, n->u.with.body, true); break;
    case N_FUNCTION_DECL:
        /* Annex B: a sloppy-mode function in a block also gets a var
         * (plain functions only, not generators or async functions) */
        if (in_block && !fs->func->strict && n->u.func.name && !n->u.func.is_generator && !n->u.func.is_async) {
            const char *name = n->u.func.name->u.ident.name;
            Var *old = scope_lookup_local(fs, name);
            if (!old) add_var(C, fs, name, BK_VAR);
        }
        break;
    default: break;
    }
}

/* Declare the lexical declarations directly in a statement list. */
static void declare_lexicals(Compiler *C, Scope *s, NodeList *l)
{
    for (uint32_t i = 0; i < l->count; i++) {
        Node *n = l->items[i];
        while (n && n->kind == N_LABELED) n = n->u.labeled.body;
        if (!n) continue;
        if (n->kind == N_VAR_DECL && n->u.var.kind != VAR_VAR) {
            BindKind k = n->u.var.kind == VAR_CONST ? BK_CONST : BK_LET;
            for (uint32_t j = 0; j < n->u.var.decls.count; j++)
                bound_names(C, s, n->u.var.decls.items[j]->u.decl.target, k, declare_cb);
        } else if (n->kind == N_CLASS_DECL && n->u.cls.name) {
            declare(C, s, n->u.cls.name->u.ident.name, BK_CLASS, n);
        } else if (n->kind == N_FUNCTION_DECL && n->u.func.name) {
            Var *v = declare(C, s, n->u.func.name->u.ident.name, BK_FUNC, n);
            v->fn_node = n;
            v->is_fn_decl = true;
            v->decl_seen = true;
        }
    }
}

static bool has_lexicals(NodeList *l)
{
    for (uint32_t i = 0; i < l->count; i++) {
        Node *n = l->items[i];
        while (n && n->kind == N_LABELED) n = n->u.labeled.body;
        if (!n) continue;
        if ((n->kind == N_VAR_DECL && n->u.var.kind != VAR_VAR) || n->kind == N_CLASS_DECL ||
            n->kind == N_FUNCTION_DECL)
            return true;
    }
    return false;
}

/* ---- references ------------------------------------------------------------ */

static FuncInfo *non_arrow(FuncInfo *f)
{
    while (f && f->is_arrow) f = f->parent;
    return f;
}

static Var *hidden_var(Compiler *C, FuncInfo *f, const char *name)
{
    Var *v = scope_lookup_local(f->scope, name);
    if (!v) v = add_var(C, f->scope, name, BK_INTERNAL);
    v->captured = true;
    v->decl_seen = true;
    return v;
}

static Var *resolve_ref(Compiler *C, Scope *s, const char *name)
{
    bool crossed = false, crossed_decl = false;
    for (Scope *cur = s; cur; cur = cur->parent) {
        Var *v = scope_lookup_local(cur, name);
        if (v) {
            if (crossed && v->loc != LOC_GLOBAL) v->captured = true;
            if (v->kind == BK_PARAM && !v->decl_seen && !crossed) v->needs_tdz = true;
            if (scope_is_lexical(v->kind) && v->loc != LOC_GLOBAL) {
                if (!v->decl_seen || crossed_decl || cur->kind == SC_SWITCH) v->needs_tdz = true;
            }
            return v;
        }
        if (cur->kind == SC_WITH && crossed) cur->with_var->captured = true;
        if (cur->kind == SC_FUNCTION) {
            FuncInfo *f = cur->func;
            if (!f->is_arrow && !f->is_program && strcmp(name, "arguments") == 0) {
                if (!f->arguments_var) {
                    f->arguments_var = add_var(C, cur, "arguments", BK_INTERNAL);
                    f->arguments_var->decl_seen = true;
                }
                if (crossed) f->arguments_var->captured = true;
                return f->arguments_var;
            }
            if (f->is_decl) crossed_decl = true;
            crossed = true;
        }
    }
    return NULL;
}

/* A private name reference (o.#x, #x in o): the nearest enclosing class
 * that declares it, through functions, arrows and direct eval (whose
 * outer scopes list the "#x" env slots). */
/* The arguments object is used as a value (escapes): writes through
 * another reference to it must reach the parameters. */
static void note_args_escape(Compiler *C, Var *v)
{
    (void)C;
    if (v && v->kind == BK_INTERNAL && !strcmp(v->name, "arguments")) v->scope->func->args_escape = true;
}

static void resolve_private(Compiler *C, Scope *s, Node *id)
{
    if (!resolve_ref(C, s, id->u.ident.name))
        comp_error(C, id, "Private field '%s' must be declared in an enclosing class", id->u.ident.name);
}

/* Writes that make sloppy `arguments` mapping observable: to a parameter,
 * or to an element of `arguments`. */
static void note_write(Compiler *C, Scope *s, Node *t)
{
    if (!t) return;
    if (t->kind == N_IDENT) {
        Var *v = resolve_ref(C, s, t->u.ident.name);
        if (v && v->kind == BK_PARAM) v->scope->func->param_assigned = true;
    } else if (t->kind == N_MEMBER && t->u.member.object->kind == N_IDENT &&
               strcmp(t->u.member.object->u.ident.name, "arguments") == 0) {
        Var *v = resolve_ref(C, s, "arguments");
        if (v && v->kind == BK_INTERNAL) v->scope->func->args_written = true;
    }
}

/* A `var` declaration that assigns (it may name a parameter). */
static void write_cb(Compiler *C, Scope *s, Node *id, BindKind kind)
{
    (void)kind;
    note_write(C, s, id);
}

/* Sloppy `eval("... var x ...")` with literal code inside a function: the
 * var belongs to the function, so declare it there now (the eval code then
 * binds to it through its scope descriptor). */
static void predeclare_eval_vars(Compiler *C, Scope *s, Node *call)
{
    FuncInfo *f = s->func;
    if (!f || f->strict || f->is_program || f->is_arrow || call->u.call.args.count < 1) return;
    Node *code = call->u.call.args.items[0];
    if (code->kind != N_STRING || !code->u.str.units) return;
    size_t n = code->u.str.len;
    char *text = malloc(n * 3 + 1);
    if (!text) abort();
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t c = code->u.str.units[i];
        if (c < 0x80) text[o++] = (char)c;
        else if (c < 0x800) { text[o++] = (char)(0xC0 | (c >> 6)); text[o++] = (char)(0x80 | (c & 63)); }
        else {
            text[o++] = (char)(0xE0 | (c >> 12));
            text[o++] = (char)(0x80 | ((c >> 6) & 63));
            text[o++] = (char)(0x80 | (c & 63));
        }
    }
    text[o] = 0;
    Arena arena;
    memset(&arena, 0, sizeof arena);
    ParseError perr;
    Node *prog = parse_program(&arena, text, o, PARSE_EVAL, &perr);
    if (prog) {
        Scope *tmp = new_scope(C, SC_FUNCTION, NULL, f);
        bool failed = C->failed;
        for (uint32_t i = 0; i < prog->u.program.body.count; i++) hoist_vars(C, tmp, prog->u.program.body.items[i], false);
        for (uint32_t i = 0; i < prog->u.program.body.count; i++) {
            Node *d = prog->u.program.body.items[i];
            if (d->kind == N_FUNCTION_DECL && d->u.func.name && !scope_lookup_local(tmp, d->u.func.name->u.ident.name))
                add_var(C, tmp, d->u.func.name->u.ident.name, BK_VAR);   /* functions too */
        }
        C->failed = failed;   /* errors in the eval code are the eval's business */
        Scope *vs = f->body_scope ? f->body_scope : f->scope;
        for (Var *v = tmp->vars; v; v = v->next)
            if (v->kind == BK_VAR && !scope_lookup_local(vs, v->name)) {
                Var *nv = add_var(C, vs, comp_strdup(C, v->name), BK_VAR);
                nv->decl_seen = true;
            }
    }
    arena_free(&arena);
    free(text);
}

/* ---- the walk ------------------------------------------------------------- */

static void visit(Compiler *C, Scope *s, Node *n);
static FuncInfo *analyze_function(Compiler *C, Scope *outer, Node *node);

static void visit_list(Compiler *C, Scope *s, NodeList *l)
{
    for (uint32_t i = 0; i < l->count; i++) visit(C, s, l->items[i]);
}

/* Patterns: defaults and computed keys are expressions; targets of
 * assignment patterns are references. */
static void visit_pattern(Compiler *C, Scope *s, Node *p, bool is_decl)
{
    if (!p) return;
    switch ((int)p->kind) {   /* partial dispatch: the rest share the default */
    case N_IDENT:
        if (!is_decl) note_write(C, s, p);
        break;
    case N_ARRAY_PATTERN: case N_ARRAY:
        for (uint32_t i = 0; i < p->u.list.count; i++) visit_pattern(C, s, p->u.list.items[i], is_decl);
        break;
    case N_OBJECT_PATTERN: case N_OBJECT:
        for (uint32_t i = 0; i < p->u.list.count; i++) {
            Node *it = p->u.list.items[i];
            if (!it) continue;
            if (it->kind == N_PROPERTY) {
                if (it->u.prop.computed) visit(C, s, it->u.prop.key);
                visit_pattern(C, s, it->u.prop.value, is_decl);
            } else {
                visit_pattern(C, s, it, is_decl);
            }
        }
        break;
    case N_ASSIGN_PATTERN: case N_ASSIGN:
        visit_pattern(C, s, p->u.assign.target, is_decl);
        visit(C, s, p->u.assign.value);
        break;
    case N_REST: case N_SPREAD: visit_pattern(C, s, p->u.unary.arg, is_decl); break;
    default: note_write(C, s, p); visit(C, s, p); break;   /* member expressions in assignment patterns */
    }
}

static void visit_class(Compiler *C, Scope *s, Node *n)
{
    ClassNode *c = &n->u.cls;
    ClassInfo *ci = comp_alloc(C, sizeof *ci);
    comp_map_put(&C->classes, n, ci);
    Scope *cs = new_scope(C, SC_CLASS, s, s->func);
    ci->scope = cs;
    if (c->name) ci->name_var = add_var(C, cs, c->name->u.ident.name, BK_CLASS_INNER);
    /* the heritage sees the outer class's private names, not these */
    if (c->super_class) visit(C, cs, c->super_class);
    /* private names: one hidden binding "#x" each, created before anything
     * of the class is evaluated; private methods' closures in "%pm<i>" */
    ci->priv_fn = comp_alloc(C, (c->members.count + 1) * sizeof(Var *));
    ci->priv_names = comp_alloc(C, (c->members.count + 1) * sizeof(Var *));
    for (uint32_t i = 0; i < c->members.count; i++) {
        Node *m = c->members.items[i];
        if (!ast_is_private_name(m->u.prop.key)) continue;
        const char *pn = m->u.prop.key->u.ident.name;
        if (!scope_lookup_local(cs, pn)) {
            Var *v = add_var(C, cs, pn, BK_INTERNAL);
            v->captured = v->decl_seen = true;
            ci->priv_names[ci->npriv++] = v;
        }
        if (m->u.prop.kind != PROP_INIT) {
            char buf[32];
            snprintf(buf, sizeof buf, "%%pm%u", i);
            Var *v = add_var(C, cs, comp_strdup(C, buf), BK_INTERNAL);
            v->captured = v->decl_seen = true;
            ci->priv_fn[i] = v;
        }
    }
    ci->field_keys = comp_alloc(C, (c->members.count + 1) * sizeof(Var *));
    bool has_static_fields = false;
    for (uint32_t i = 0; i < c->members.count; i++) {
        Node *m = c->members.items[i];
        if (m->u.prop.kind == PROP_STATIC_BLOCK) {
            has_static_fields = true;
            continue;
        }
        if (m->u.prop.computed) visit(C, cs, m->u.prop.key);
        if (m->u.prop.kind == PROP_INIT) {
            if (m->u.prop.is_static) has_static_fields = true;
            if (m->u.prop.computed) {
                char buf[32];
                snprintf(buf, sizeof buf, "%%fk%u", i);
                Var *v = add_var(C, cs, comp_strdup(C, buf), BK_INTERNAL);
                v->captured = true;
                v->decl_seen = true;
                ci->field_keys[i] = v;
            }
        }
    }
    if (ci->name_var) ci->name_var->decl_seen = true;

    /* constructor (possibly synthesised) */
    FuncInfo *ctor;
    if (c->constructor) {
        ctor = analyze_function(C, cs, c->constructor);
    } else {
        ctor = comp_alloc(C, sizeof *ctor);
        ctor->parent = s->func;
        ctor->strict = true;
        ctor->synth_ctor = true;
        ctor->scope = new_scope(C, SC_FUNCTION, cs, ctor);
    }
    ctor->is_ctor = ctor->is_method = true;
    ctor->is_derived = c->super_class != NULL;
    ctor->strict = true;
    ctor->cls_node = n;
    ci->ctor = ctor;
    /* instance field initialisers run inside the constructor, or, when an
     * arrow in it calls super(), in a synthesised method every super() calls
     * (an arrow is another function: the fields cannot be inlined there) */
    FuncInfo *ii = NULL;
    if (ctor->is_derived && ctor->arrow_super_call) {
        ii = comp_alloc(C, sizeof *ii);
        ii->parent = s->func;
        ii->strict = true;
        ii->is_method = true;
        ii->inst_init = true;
        ii->cls_node = n;
        ii->scope = new_scope(C, SC_FUNCTION, cs, ii);
        ci->inst_init = ii;
        ci->inst_init_var = add_var(C, cs, "%ii", BK_INTERNAL);
        ci->inst_init_var->captured = ci->inst_init_var->decl_seen = true;
    }
    FuncInfo *saved_field_ctor = C->field_ctor;
    C->field_ctor = ii ? NULL : ctor;   /* new.target there is undefined, not the constructor's */
    for (uint32_t i = 0; i < c->members.count; i++) {
        Node *m = c->members.items[i];
        if (m->u.prop.kind == PROP_INIT && !m->u.prop.is_static && m->u.prop.value)
            visit(C, ii ? ii->scope : ctor->scope, m->u.prop.value);
    }
    C->field_ctor = saved_field_ctor;
    for (uint32_t i = 0; i < c->members.count; i++) {
        Node *m = c->members.items[i];
        if (m->u.prop.kind != PROP_INIT && m->u.prop.kind != PROP_STATIC_BLOCK && m->u.prop.value &&
            m->u.prop.value->kind == N_FUNCTION) {
            FuncInfo *f = analyze_function(C, cs, m->u.prop.value);
            f->is_method = true;
            f->strict = true;
        }
    }
    /* arrows inside members that use super get the member's home object
     * from hidden class-scope bindings */
    bool need_home = ctor->arrows_use_super || (ii && ii->arrows_use_super);
    for (uint32_t i = 0; i < c->members.count; i++) {
        Node *m = c->members.items[i];
        bool meth = m->u.prop.kind != PROP_INIT && m->u.prop.kind != PROP_STATIC_BLOCK;
        FuncInfo *f = meth && m->u.prop.value ? scope_func_of(C, m->u.prop.value) : NULL;
        if (f && f->arrows_use_super) need_home = true;
    }
    if (need_home) {
        ci->home_proto = add_var(C, cs, "%hp", BK_INTERNAL);
        ci->home_ctor = add_var(C, cs, "%hc", BK_INTERNAL);
        ci->home_proto->captured = ci->home_ctor->captured = true;
        ci->home_proto->decl_seen = ci->home_ctor->decl_seen = true;
        ctor->home_var = ci->home_proto;
        if (ii) ii->home_var = ci->home_proto;
        for (uint32_t i = 0; i < c->members.count; i++) {
            Node *m = c->members.items[i];
            bool meth = m->u.prop.kind != PROP_INIT && m->u.prop.kind != PROP_STATIC_BLOCK;
            FuncInfo *f = meth && m->u.prop.value ? scope_func_of(C, m->u.prop.value) : NULL;
            if (f) f->home_var = m->u.prop.is_static ? ci->home_ctor : ci->home_proto;
        }
    }
    if (has_static_fields) {
        FuncInfo *si = comp_alloc(C, sizeof *si);
        si->parent = s->func;
        si->strict = true;
        si->is_method = true;
        si->static_init = true;
        si->cls_node = n;
        si->scope = new_scope(C, SC_FUNCTION, cs, si);
        si->home_var = ci->home_ctor;
        ci->static_init = si;
        for (uint32_t i = 0; i < c->members.count; i++) {
            Node *m = c->members.items[i];
            if (m->u.prop.kind == PROP_INIT && m->u.prop.is_static && m->u.prop.value)
                visit(C, si->scope, m->u.prop.value);
            if (m->u.prop.kind == PROP_STATIC_BLOCK) {   /* a method of the class, called by the initialiser */
                FuncInfo *f = analyze_function(C, si->scope, m->u.prop.value);
                f->is_method = f->strict = true;
            }
        }
    }
}

static void visit_block_scope(Compiler *C, Scope *s, Node *key, NodeList *body, ScopeKind kind)
{
    if (has_lexicals(body)) {
        Scope *b = new_scope(C, kind, s, s->func);
        comp_map_put(&C->scopes, key, b);
        declare_lexicals(C, b, body);
        visit_list(C, b, body);
    } else {
        visit_list(C, s, body);
    }
}

static void visit(Compiler *C, Scope *s, Node *n)
{
    if (!n) return;
    switch (n->kind) {
    case N_NUMBER: case N_BIGINT: case N_STRING: case N_REGEXP: case N_NULL_LIT: case N_TRUE_LIT: case N_FALSE_LIT:
    case N_EMPTY: case N_DEBUGGER: case N_CONTINUE: case N_BREAK:
        break;
    case N_IDENT:
        if (ast_is_private_name(n)) comp_error(C, n, "Unexpected identifier '%s'", n->u.ident.name);
        else note_args_escape(C, resolve_ref(C, s, n->u.ident.name));
        break;
    case N_THIS: {
        FuncInfo *f = s->func;
        if (f->is_arrow) {
            FuncInfo *na = non_arrow(f);
            if (na && (!na->is_program || na->is_eval) && !na->this_var) na->this_var = hidden_var(C, na, "%this");
        }
        break;
    }
    case N_NEW_TARGET: {
        FuncInfo *na = non_arrow(s->func);
        if (na && na == C->field_ctor) {   /* a field initialiser inlined in the constructor */
            comp_map_put(&C->undef_new_target, n, n);
            break;
        }
        if (!na || na->is_program) {
            /* direct eval code inside a function: its caller's %newtarget */
            if (!(na && na->is_eval && resolve_ref(C, s, "%newtarget")))
                comp_error(C, n, "new.target expression is not allowed here");
            break;
        }
        if (s->func->is_arrow && !na->newtarget_var) na->newtarget_var = hidden_var(C, na, "%newtarget");
        break;
    }
    case N_SUPER: {
        FuncInfo *na = non_arrow(s->func);
        if (!na || !na->is_method) comp_error(C, n, "'super' keyword unexpected here");
        else na->uses_super_prop = true;
        if (s->func->is_arrow && na && !na->is_program) {
            if (!na->this_var) na->this_var = hidden_var(C, na, "%this");
            for (FuncInfo *f = s->func; f && f->is_arrow; f = f->parent) f->arrow_super = true;
            na->arrows_use_super = true;
        }
        break;
    }
    case N_TEMPLATE: visit_list(C, s, &n->u.tmpl.exprs); break;
    case N_TAGGED_TEMPLATE: visit(C, s, n->u.tagged.tag); visit(C, s, n->u.tagged.quasi); break;
    case N_ARRAY: case N_SEQUENCE: visit_list(C, s, &n->u.list); break;
    case N_OBJECT:
        for (uint32_t i = 0; i < n->u.list.count; i++) visit(C, s, n->u.list.items[i]);
        break;
    case N_PROPERTY:
        if (n->u.prop.computed) visit(C, s, n->u.prop.key);
        if (n->u.prop.value && n->u.prop.value->kind == N_FUNCTION &&
            (n->u.prop.kind == PROP_METHOD || n->u.prop.kind == PROP_GET || n->u.prop.kind == PROP_SET)) {
            FuncInfo *f = analyze_function(C, s, n->u.prop.value);
            f->is_method = true;
        } else {
            visit(C, s, n->u.prop.value);
        }
        break;
    case N_FUNCTION: case N_FUNCTION_DECL:
        if (n->kind == N_FUNCTION_DECL && n->u.func.name) note_write(C, s, n->u.func.name);   /* may replace a parameter */
        analyze_function(C, s, n);
        break;
    case N_CLASS: case N_CLASS_DECL:
        visit_class(C, s, n);
        if (n->kind == N_CLASS_DECL && n->u.cls.name) {
            Var *v = find_decl(s, n->u.cls.name->u.ident.name);
            if (v) v->decl_seen = true;
        }
        break;
    case N_UNARY: case N_SPREAD: case N_REST: case N_EXPR_STMT: case N_THROW: case N_RETURN: case N_AWAIT:
        if (n->kind == N_UNARY && n->u.unary.op == OP_DELETE) {
            Node *a = n->u.unary.arg;
            if (a->kind == N_OPTIONAL_CHAIN) a = a->u.chain.expr;
            if (ast_is_private_member(a)) comp_error(C, a, "Private fields can not be deleted");
        }
        visit(C, s, n->u.unary.arg);
        break;
    case N_YIELD: visit(C, s, n->u.yield_.arg); break;
    case N_UPDATE: note_write(C, s, n->u.update.arg); visit(C, s, n->u.update.arg); break;
    case N_BINARY: case N_LOGICAL:
        if (n->kind == N_BINARY && n->u.binary.op == OP_IN && ast_is_private_name(n->u.binary.left))
            resolve_private(C, s, n->u.binary.left);
        else
            visit(C, s, n->u.binary.left);
        visit(C, s, n->u.binary.right);
        break;
    case N_ASSIGN: case N_ASSIGN_PATTERN:
        note_write(C, s, n->u.assign.target);
        if (n->u.assign.target->kind == N_IDENT || n->u.assign.target->kind == N_MEMBER)
            visit(C, s, n->u.assign.target);
        else
            visit_pattern(C, s, n->u.assign.target, false);
        visit(C, s, n->u.assign.value);
        break;
    case N_CONDITIONAL:
        visit(C, s, n->u.cond.test); visit(C, s, n->u.cond.then); visit(C, s, n->u.cond.else_);
        break;
    case N_IF:
        visit(C, s, n->u.if_.test); visit(C, s, n->u.if_.then); visit(C, s, n->u.if_.else_);
        break;
    case N_CALL: case N_NEW:
        if (n->u.call.callee && n->u.call.callee->kind == N_SUPER) {
            FuncInfo *na = non_arrow(s->func);
            if (!na || !na->is_ctor || !na->is_derived) comp_error(C, n, "'super' keyword unexpected here");
            if (s->func->is_arrow && na && !na->is_program && !na->this_var) na->this_var = hidden_var(C, na, "%this");
            if (s->func->is_arrow && na) na->arrow_super_call = true;
        } else {
            visit(C, s, n->u.call.callee);
            Node *cal = n->u.call.callee;
            if (cal && cal->kind == N_MEMBER && cal->u.member.object->kind == N_IDENT &&
                !strcmp(cal->u.member.object->u.ident.name, "arguments"))   /* arguments[k]() passes it as this */
                note_args_escape(C, resolve_ref(C, s, "arguments"));
            if (n->kind == N_CALL && cal && cal->kind == N_IDENT && strcmp(cal->u.ident.name, "eval") == 0) {
                predeclare_eval_vars(C, s, n);
                FuncInfo *na = non_arrow(s->func);   /* eval code may read new.target */
                if (na && !na->is_program && !na->newtarget_var) na->newtarget_var = hidden_var(C, na, "%newtarget");
                /* a direct eval: everything it may see must live in envs */
                Scope **ns = comp_alloc(C, (C->neval + 1) * sizeof *ns);
                if (C->neval) memcpy(ns, C->eval_scopes, C->neval * sizeof *ns);
                ns[C->neval++] = s;
                C->eval_scopes = ns;
            }
        }
        visit_list(C, s, &n->u.call.args);
        break;
    case N_MEMBER:
        /* arguments[k] / arguments.length reads do not let the object escape */
        if (n->u.member.object->kind == N_IDENT && !strcmp(n->u.member.object->u.ident.name, "arguments"))
            resolve_ref(C, s, "arguments");
        else
            visit(C, s, n->u.member.object);
        if (ast_is_private_member(n)) resolve_private(C, s, n->u.member.property);
        else if (n->u.member.computed) visit(C, s, n->u.member.property);
        break;
    case N_OPTIONAL_CHAIN: visit(C, s, n->u.chain.expr); break;
    case N_ARRAY_PATTERN: case N_OBJECT_PATTERN: visit_pattern(C, s, n, false); break;
    case N_VAR_DECL:
        for (uint32_t i = 0; i < n->u.var.decls.count; i++) {
            Node *d = n->u.var.decls.items[i];
            visit_pattern(C, s, d->u.decl.target, true);
            visit(C, s, d->u.decl.init);
            bound_names(C, s, d->u.decl.target, BK_VAR, seen_cb);
            if (n->u.var.kind == VAR_VAR) bound_names(C, s, d->u.decl.target, BK_VAR, var_conflict_cb);
            if (n->u.var.kind == VAR_VAR && d->u.decl.init) bound_names(C, s, d->u.decl.target, BK_VAR, write_cb);
        }
        break;
    case N_DECLARATOR: visit(C, s, n->u.decl.init); break;
    case N_BLOCK: visit_block_scope(C, s, n, &n->u.list, SC_BLOCK); break;
    case N_FOR: {
        Scope *fsc = s;
        Node *init = n->u.for_.init;
        if (init && init->kind == N_VAR_DECL && init->u.var.kind != VAR_VAR) {
            fsc = new_scope(C, SC_FOR, s, s->func);
            comp_map_put(&C->scopes, n, fsc);
            BindKind k = init->u.var.kind == VAR_CONST ? BK_CONST : BK_LET;
            for (uint32_t j = 0; j < init->u.var.decls.count; j++)
                bound_names(C, fsc, init->u.var.decls.items[j]->u.decl.target, k, declare_cb);
        }
        visit(C, fsc, init);
        visit(C, fsc, n->u.for_.test);
        visit(C, fsc, n->u.for_.update);
        visit(C, fsc, n->u.for_.body);
        break;
    }
    case N_FOR_IN: case N_FOR_OF: {
        visit(C, s, n->u.forin.right);
        Scope *fsc = s;
        Node *left = n->u.forin.left;
        if (left->kind == N_VAR_DECL && left->u.var.kind != VAR_VAR) {
            fsc = new_scope(C, SC_FOR, s, s->func);
            comp_map_put(&C->scopes, n, fsc);
            BindKind k = left->u.var.kind == VAR_CONST ? BK_CONST : BK_LET;
            for (uint32_t j = 0; j < left->u.var.decls.count; j++)
                bound_names(C, fsc, left->u.var.decls.items[j]->u.decl.target, k, declare_cb);
        }
        if (left->kind == N_VAR_DECL) {
            for (uint32_t j = 0; j < left->u.var.decls.count; j++) {
                Node *d = left->u.var.decls.items[j];
                if (left->u.var.kind == VAR_VAR) bound_names(C, fsc, d->u.decl.target, BK_VAR, write_cb);
                visit_pattern(C, fsc, d->u.decl.target, true);
                visit(C, fsc, d->u.decl.init);
                bound_names(C, fsc, d->u.decl.target, BK_VAR, seen_cb);
            }
        } else if (left->kind == N_IDENT || left->kind == N_MEMBER) {
            note_write(C, fsc, left);
            visit(C, fsc, left);
        } else {
            visit_pattern(C, fsc, left, false);
        }
        visit(C, fsc, n->u.forin.body);
        break;
    }
    case N_WHILE: case N_DO_WHILE: visit(C, s, n->u.loop.test); visit(C, s, n->u.loop.body); break;
    case N_WITH: {
        visit(C, s, n->u.with.object);
        Scope *ws = new_scope(C, SC_WITH, s, s->func);
        ws->with_var = add_var(C, ws, "%with", BK_INTERNAL);
        ws->with_var->decl_seen = true;
        comp_map_put(&C->scopes, n, ws);
        visit(C, ws, n->u.with.body);
        break;
    }
    case N_SWITCH: {
        visit(C, s, n->u.switch_.disc);
        bool lex = false;
        for (uint32_t i = 0; i < n->u.switch_.cases.count; i++)
            if (has_lexicals(&n->u.switch_.cases.items[i]->u.case_.body)) lex = true;
        Scope *ss = s;
        if (lex) {
            ss = new_scope(C, SC_SWITCH, s, s->func);
            comp_map_put(&C->scopes, n, ss);
            for (uint32_t i = 0; i < n->u.switch_.cases.count; i++)
                declare_lexicals(C, ss, &n->u.switch_.cases.items[i]->u.case_.body);
        }
        for (uint32_t i = 0; i < n->u.switch_.cases.count; i++) {
            Node *c = n->u.switch_.cases.items[i];
            visit(C, ss, c->u.case_.test);
            visit_list(C, ss, &c->u.case_.body);
        }
        break;
    }
    case N_CASE: visit(C, s, n->u.case_.test); visit_list(C, s, &n->u.case_.body); break;
    case N_LABELED: visit(C, s, n->u.labeled.body); break;
    case N_TRY: {
        visit(C, s, n->u.try_.block);
        Node *h = n->u.try_.handler;
        if (h) {
            Scope *cs = new_scope(C, SC_CATCH, s, s->func);
            comp_map_put(&C->scopes, h, cs);
            if (n->u.try_.param) bound_names(C, cs, n->u.try_.param, BK_CATCH, declare_cb);
            if (n->u.try_.param) visit_pattern(C, cs, n->u.try_.param, true);
            NodeList *body = h->kind == N_BLOCK ? &h->u.list : NULL;
            if (body) {
                declare_lexicals(C, cs, body);
                visit_list(C, cs, body);
            } else {
                visit(C, cs, h);
            }
        }
        visit(C, s, n->u.try_.finalizer);
        break;
    }
    case N_PROGRAM: case N__COUNT: break;
    }
}

static FuncInfo *analyze_function(Compiler *C, Scope *outer, Node *node)
{
    FuncNode *fn = &node->u.func;
    FuncInfo *fi = comp_alloc(C, sizeof *fi);
    fi->node = node;
    fi->fn = fn;
    fi->parent = outer->func;
    fi->is_arrow = fn->is_arrow;
    fi->strict = fn->is_strict || (outer->func && outer->func->strict);
    fi->is_decl = node->kind == N_FUNCTION_DECL;
    fi->is_method = fn->is_method || fn->is_getter || fn->is_setter || fn->is_class_ctor;
    fi->is_ctor = fn->is_class_ctor;
    fi->is_derived = fn->is_derived;
    fi->next_all = C->funcs;
    C->funcs = fi;
    Scope *s = new_scope(C, SC_FUNCTION, outer, fi);
    fi->scope = s;
    comp_map_put(&C->scopes, node, s);
    fi->is_generator = fn->is_generator;
    fi->is_async = fn->is_async;

    for (uint32_t i = 0; i < fn->params.count; i++)
        bound_names(C, s, fn->params.items[i], BK_PARAM, declare_cb);
    /* With defaults or patterns, the body's declarations live in their own
     * scope, invisible to the parameter initialisers: f(a = x) { var x } */
    Scope *bs = s;
    bool simple = true;
    for (uint32_t i = 0; i < fn->params.count; i++)
        if (fn->params.items[i]->kind != N_IDENT) simple = false;
    if (!simple) {
        bs = new_scope(C, SC_BLOCK, s, fi);
        fi->body_scope = bs;
    }
    for (uint32_t i = 0; i < fn->body.count; i++) hoist_vars(C, bs, fn->body.items[i], false);
    declare_lexicals(C, bs, &fn->body);
    if (fn->is_expression && fn->name && !fn->is_arrow) {
        const char *name = fn->name->u.ident.name;
        if (!scope_lookup_local(s, name)) {
            fi->callee_var = add_var(C, s, name, BK_CALLEE);
            fi->callee_var->decl_seen = true;
        }
    }
    /* parameters are in TDZ until their own initialiser ran: (a = b, b) */
    for (uint32_t i = 0; i < fn->params.count; i++) {
        visit_pattern(C, s, fn->params.items[i], true);
        bound_names(C, s, fn->params.items[i], BK_PARAM, seen_cb);
    }
    for (Var *v = s->vars; v; v = v->next)
        if (v->kind == BK_PARAM) v->decl_seen = true;
    visit_list(C, bs, &fn->body);
    return fi;
}

/* Sloppy functions with simple parameters alias parameter i and
 * arguments[i] while i < the actual argument count (a mapped arguments
 * object, arguments.h).  Only when the aliasing is observable -- a
 * parameter or an arguments element is written, the object escapes
 * (anything but `arguments[k]` / `arguments.length` reads) or a direct
 * eval may do either -- do the parameters go through the object; the
 * last parameter of a duplicated name is the mapped one. */
static void setup_mapped_arguments(Compiler *C, FuncInfo *f)
{
    (void)C;
    FuncNode *fn = f->fn;
    Var *av = f->arguments_var;
    if (!fn || f->strict || f->is_arrow || !av || av->kind != BK_INTERNAL) return;
    if (!f->param_assigned && !f->args_written && !f->args_escape && !fn->has_direct_eval) return;
    for (uint32_t i = 0; i < fn->params.count; i++)
        if (fn->params.items[i]->kind != N_IDENT) return;
    for (uint32_t i = fn->params.count; i-- > 0;) {
        Var *pv = scope_lookup_local(f->scope, fn->params.items[i]->u.ident.name);
        if (!pv || (pv->kind != BK_PARAM && !pv->was_param) || pv->map_flag) continue;
        pv->map_flag = av;
        pv->map_index = (int)i;
        if (pv->captured) av->captured = true;
    }
    f->mapped_args = true;
}

FuncInfo *scope_func_of(Compiler *C, Node *fn_node)
{
    Scope *s = comp_map_get(&C->scopes, fn_node);
    return s ? s->func : NULL;
}

/* Scopes enclosing a direct eval keep all their bindings in envs. */
static void capture_for_eval(Compiler *C)
{
    for (uint32_t i = 0; i < C->neval; i++)
        for (Scope *s = C->eval_scopes[i]; s; s = s->parent) {
            FuncInfo *f = s->func;
            if (s->kind == SC_FUNCTION && f && !f->is_arrow && !f->is_program && f->fn && !f->arguments_var &&
                !scope_lookup_local(s, "arguments")) {
                f->arguments_var = add_var(C, s, "arguments", BK_INTERNAL);   /* eval code may use it */
                f->arguments_var->decl_seen = true;
            }
            for (Var *v = s->vars; v; v = v->next)
                if (v->loc != LOC_GLOBAL) {
                    v->captured = true;
                    if (scope_is_lexical(v->kind)) v->needs_tdz = true;   /* eval may run before the declaration */
                }
        }
}

FuncInfo *scope_analyze_program(Compiler *C, Node *program, Scope *outer, bool is_eval, bool global_vars)
{
    FuncInfo *fi = comp_alloc(C, sizeof *fi);
    fi->node = program;
    fi->is_program = true;
    fi->is_eval = is_eval;
    fi->eval_global_vars = global_vars;
    fi->strict = program->u.program.is_strict || (outer && outer->func && outer->func->strict);
    Scope *s = new_scope(C, SC_FUNCTION, outer, fi);
    fi->scope = s;
    comp_map_put(&C->scopes, program, s);
    NodeList *body = &program->u.program.body;
    for (uint32_t i = 0; i < body->count; i++) hoist_vars(C, s, body->items[i], false);
    declare_lexicals(C, s, body);
    visit_list(C, s, body);
    capture_for_eval(C);
    for (FuncInfo *f = C->funcs; f; f = f->next_all) setup_mapped_arguments(C, f);
    return fi;
}

/* Direct eval code sees the caller's envs: one synthetic scope per env
 * level (innermost first in names[]), whose bindings are env slots. */
Scope *scope_eval_outer(Compiler *C, char ***names, uint32_t *counts, uint32_t levels, bool strict, int var_level)
{
    FuncInfo *holder = comp_alloc(C, sizeof *holder);
    holder->strict = strict;
    Scope *outer = NULL;
    for (uint32_t l = levels; l-- > 0;) {
        Scope *sc = new_scope(C, SC_BLOCK, outer, holder);
        if ((int)l == var_level && !strict) C->eval_var_scope = sc;
        sc->has_env = true;
        sc->env_size = (int)counts[l];
        for (uint32_t i = 0; i < counts[l]; i++) {
            if (!names[l][i] || !names[l][i][0]) continue;
            if (strcmp(names[l][i], "%with") == 0) {
                /* a `with` level (an ES module's scope of imports, engine/esm.c):
                 * names not bound inside test the object first */
                sc->kind = SC_WITH;
                sc->with_var = add_var(C, sc, "%with", BK_INTERNAL);
                sc->with_var->loc = LOC_ENV;
                sc->with_var->index = (int)i;
                sc->with_var->captured = sc->with_var->decl_seen = true;
                continue;
            }
            if (names[l][i][0] == '%' && strcmp(names[l][i], "%newtarget")) continue;   /* hidden, except new.target */
            /* a leading \1 marks a let/class binding, \2 a const one, \3<i>: a
             * mapped parameter (make_descriptor) */
            const char *name = names[l][i];
            BindKind kind = BK_VAR;
            int map = -1;
            if (name[0] == '\1' || name[0] == '\2') {
                kind = name[0] == '\1' ? BK_LET : BK_CONST;
                name++;
            } else if (name[0] == '\3') {
                map = atoi(name + 1);
                name = strchr(name, ':') + 1;
            }
            Var *v = add_var(C, sc, name, kind);
            v->map_index = map;
            v->loc = LOC_ENV;
            v->index = (int)i;
            v->captured = v->decl_seen = true;
            v->needs_tdz = true;   /* the caller's binding may still be uninitialised */
        }
        /* mapped parameters reach the caller's arguments object, an env slot of the same level */
        Var *av = scope_lookup_local(sc, "arguments");
        for (Var *v = sc->vars; v; v = v->next)
            if (v->map_index >= 0 && v != av && av) v->map_flag = av;
        outer = sc;
    }
    return outer;
}
