/*
 * compiler.c -- AST -> bytecode driver (prefix comp_): per-function state
 * (registers, constants, feedback slots, jumps), scope entry/exit, name
 * resolution and function prologues.  Statements are in comp_stmt.c,
 * expressions in comp_expr.c, destructuring in comp_pattern.c, classes in
 * comp_class.c, yield / await in comp_generator.c, scope analysis (run
 * first) in scope.c.
 *
 * Pipeline: scope_analyze_program (whole program) -> compile_proto for the
 * script, which compiles nested functions as it meets them (children are
 * finished before their parent) -> FunctionProtos on vm->protos.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bigint.h"
#include "compiler_internal.h"
#include "error.h"

/* ---- registers --------------------------------------------------------- */

int reg_alloc(FuncState *fs)
{
    int r = fs->sp++;
    if (fs->sp > fs->maxreg) fs->maxreg = fs->sp;
    if (fs->sp > 65000) {
        comp_error(fs->C, NULL, "function too large (too many registers)");
        fs->sp = 1;
    }
    return r;
}

int reg_alloc_n(FuncState *fs, int n)
{
    int r = fs->sp;
    for (int i = 0; i < n; i++) reg_alloc(fs);
    return r;
}

void reg_free_to(FuncState *fs, int mark)
{
    if (mark < fs->sp) fs->sp = mark;
}

/* ---- constants ----------------------------------------------------------- */

static uint32_t bytes_hash(const char *p, uint32_t n)
{
    uint32_t h = 2166136261u;
    for (uint32_t i = 0; i < n; i++) h = (h ^ (uint8_t)p[i]) * 16777619u;
    return h;
}

/* Find a deduplicated constant by its key bytes; -1 if absent. */
static int ckey_find(FuncState *fs, const char *key, uint32_t len, uint32_t *slot)
{
    if (!fs->ckey_cap) {
        fs->ckey_cap = 64;
        fs->ckeys = calloc(fs->ckey_cap, sizeof *fs->ckeys);
        if (!fs->ckeys) abort();
    }
    uint32_t i = bytes_hash(key, len) & (fs->ckey_cap - 1);
    for (;; i = (i + 1) & (fs->ckey_cap - 1)) {
        ConstKey *e = &fs->ckeys[i];
        if (!e->key) { *slot = i; return -1; }
        if (e->len == len && memcmp(e->key, key, len) == 0) return (int)e->idx;
    }
}

static void ckey_add(FuncState *fs, const char *key, uint32_t len, uint32_t idx)
{
    if ((fs->ckey_count + 1) * 2 > fs->ckey_cap) {
        uint32_t ncap = fs->ckey_cap * 2;
        ConstKey *ne = calloc(ncap, sizeof *ne);
        if (!ne) abort();
        for (uint32_t j = 0; j < fs->ckey_cap; j++) {
            if (!fs->ckeys[j].key) continue;
            uint32_t i = bytes_hash(fs->ckeys[j].key, fs->ckeys[j].len) & (ncap - 1);
            while (ne[i].key) i = (i + 1) & (ncap - 1);
            ne[i] = fs->ckeys[j];
        }
        free(fs->ckeys);
        fs->ckeys = ne;
        fs->ckey_cap = ncap;
    }
    uint32_t slot;
    ckey_find(fs, key, len, &slot);
    ConstKey *e = &fs->ckeys[slot];
    e->key = malloc(len ? len : 1);
    if (!e->key) abort();
    memcpy(e->key, key, len);
    e->len = len;
    e->idx = idx;
    fs->ckey_count++;
}

/* Append v to proto->consts.  The proto is on vm->protos, so its constants
 * are GC roots from here on. */
int const_value(FuncState *fs, JSValue v)
{
    FunctionProto *fp = fs->fp;
    if (val_is_exception(v)) {
        comp_error(fs->C, NULL, "out of memory while compiling");
        v = VAL_UNDEFINED;
    }
    if (fp->nconsts == fs->const_cap) {
        fs->const_cap = fs->const_cap ? fs->const_cap * 2 : 16;
        JSValue *nc = realloc(fp->consts, fs->const_cap * sizeof *nc);
        if (!nc) abort();
        fp->consts = nc;
    }
    fp->consts[fp->nconsts] = v;
    return (int)fp->nconsts++;
}

static int keyed_const(FuncState *fs, char type, const void *data, uint32_t len, JSValue (*make)(FuncState *, const void *, uint32_t))
{
    char stackbuf[128];
    char *key = len + 1 <= sizeof stackbuf ? stackbuf : malloc(len + 1);
    if (!key) abort();
    key[0] = type;
    memcpy(key + 1, data, len);
    uint32_t slot;
    int k = ckey_find(fs, key, len + 1, &slot);
    if (k < 0) {
        JSValue v = make(fs, data, len);   /* may allocate (and collect) */
        k = const_value(fs, v);
        ckey_add(fs, key, len + 1, (uint32_t)k);
    }
    if (key != stackbuf) free(key);
    return k;
}

static JSValue make_atom(FuncState *fs, const void *data, uint32_t len)
{
    return atom_from_cstr(fs->vm, (const char *)data);
}
static JSValue make_utf16(FuncState *fs, const void *data, uint32_t len)
{
    return atom_from_utf16(fs->vm, (const uint16_t *)data, len / 2);
}
static JSValue make_number(FuncState *fs, const void *data, uint32_t len)
{
    double d;
    memcpy(&d, data, sizeof d);
    return val_number(d);
}

int const_atom(FuncState *fs, const char *name)
{
    return keyed_const(fs, 'a', name, (uint32_t)strlen(name) + 1, make_atom);
}

int const_utf16(FuncState *fs, const uint16_t *units, uint32_t len)
{
    return keyed_const(fs, 's', units ? units : (const uint16_t *)"", len * 2, make_utf16);
}

int const_number(FuncState *fs, double d)
{
    return keyed_const(fs, 'n', &d, sizeof d, make_number);
}

static JSValue make_bigint(FuncState *fs, const void *data, uint32_t len)
{
    return bigint_from_literal(fs->vm, (const char *)data, len);
}

int const_bigint(FuncState *fs, const char *text, uint32_t len)
{
    return keyed_const(fs, 'b', text, len, make_bigint);
}

int const_hole(FuncState *fs)
{
    if (fs->hole_k < 0) fs->hole_k = const_value(fs, VAL_HOLE);
    return fs->hole_k;
}

int fb_new(FuncState *fs, FeedbackKind kind)
{
    FunctionProto *fp = fs->fp;
    if (fp->nfeedback == fs->fb_cap) {
        fs->fb_cap = fs->fb_cap ? fs->fb_cap * 2 : 16;
        fs->fb_kinds = realloc(fs->fb_kinds, fs->fb_cap);
        if (!fs->fb_kinds) abort();
    }
    fs->fb_kinds[fp->nfeedback] = (uint8_t)kind;
    return (int)fp->nfeedback++;
}

/* ---- code and jumps ---------------------------------------------------- */

uint32_t here(FuncState *fs) { return fs->b.len; }

void set_pos(FuncState *fs, Node *n)
{
    if (n && n->line) bc_set_pos(&fs->b, n->line, n->col);
}

static int jump_offset(Opcode op)
{
    int off = 1;
    for (const char *f = bc_ops[op].format; *f; f++) {
        if (*f == 'J') return off;
        off += (*f == 'R' || *f == 'N') ? 2 : 4;
    }
    return -1;
}

/* Pending jumps form a chain through their J operands: each holds the
 * offset+1 of the previous pending jump of the same list (0 ends it). */
uint32_t emit_jump(FuncState *fs, Opcode op, int a, int b, uint32_t *list)
{
    uint32_t at;
    const char *f = bc_ops[op].format;
    if (strcmp(f, "J") == 0) at = bc_emit(&fs->b, op, 0);
    else if (strcmp(f, "RJ") == 0) at = bc_emit(&fs->b, op, a, 0);
    else if (strcmp(f, "RRJ") == 0) at = bc_emit(&fs->b, op, a, b, 0);
    else at = bc_emit(&fs->b, op, a, b, 0, fb_new(fs, FB_COMPARE));   /* RRJF */
    int32_t link = (int32_t)*list;
    memcpy(fs->b.code + at + jump_offset(op), &link, 4);
    *list = at + 1;
    return at;
}

/* The current position cannot be reached: the last instruction does not
 * fall through and no jump has been patched to land here. */
bool code_dead(FuncState *fs)
{
    if (fs->b.len == 0) return false;
    Opcode last = (Opcode)fs->b.code[fs->b.last];
    return (bc_ops[last].flags & OPF_TERMINAL) && fs->label_pc != fs->b.len + 1;
}

void patch_to(FuncState *fs, uint32_t list, uint32_t target)
{
    if (list) fs->label_pc = target + 1;
    while (list) {
        uint32_t at = list - 1;
        int32_t next;
        memcpy(&next, fs->b.code + at + jump_offset((Opcode)fs->b.code[at]), 4);
        bc_patch_jump(&fs->b, at, target);
        list = (uint32_t)next;
    }
}

void patch_here(FuncState *fs, uint32_t list) { patch_to(fs, list, here(fs)); }

void emit_loop(FuncState *fs, uint32_t target)
{
    /* LOOP shrinks the budget by its (negative) offset, and only a budget
     * run out polls vm->interrupted: an empty body (`for (;;) {}`) would
     * jump to itself with offset 0 and never be interrupted. */
    if (target == here(fs)) bc_emit(&fs->b, BC_NOP);
    bc_emit(&fs->b, BC_LOOP, (int)((int64_t)target - (int64_t)here(fs)));
}

void emit_load_number(FuncState *fs, int dst, double d)
{
    if (d >= -2147483648.0 && d <= 2147483647.0 && (double)(int32_t)d == d && !(d == 0 && signbit(d)))
        bc_emit(&fs->b, BC_LOAD_INT, dst, (int32_t)d);
    else
        bc_emit(&fs->b, BC_LOAD_CONST, dst, const_number(fs, d));
}

void add_handler(FuncState *fs, uint32_t start, uint32_t end, uint32_t handler, int exc_reg, int env_reg)
{
    if (fs->nhandlers == fs->handler_cap) {
        fs->handler_cap = fs->handler_cap ? fs->handler_cap * 2 : 8;
        fs->handlers = realloc(fs->handlers, fs->handler_cap * sizeof *fs->handlers);
        if (!fs->handlers) abort();
    }
    fs->handlers[fs->nhandlers++] = (ExcHandler){ start, end, handler, (uint16_t)exc_reg, (uint16_t)env_reg };
    fs->label_pc = handler + 1;   /* reachable through the handler table */
}

/* ---- scopes -------------------------------------------------------------- */

void scope_enter(FuncState *fs, Scope *s)
{
    s->reg_base = fs->sp;
    int nenv = 0;
    for (Var *v = s->vars; v; v = v->next) {
        v->initialized = false;
        if (v->loc == LOC_GLOBAL) continue;
        if (v->captured) {
            v->loc = LOC_ENV;
            v->index = nenv++;
        } else if (v->param_reg >= 0) {
            v->loc = LOC_REG;
            v->index = v->param_reg;
        } else {
            v->loc = LOC_REG;
            v->index = reg_alloc(fs);
        }
    }
    s->has_env = false;
    s->env_size = nenv;
    if (nenv) {
        bc_emit(&fs->b, BC_PUSH_ENV, nenv);
        s->has_env = true;
        ctl_push(fs, CT_ENV);
    }
    fs->scope = s;
    int t = -1;
    for (Var *v = s->vars; v; v = v->next) {
        if (!v->needs_tdz || v->loc == LOC_GLOBAL) continue;
        if (v->loc == LOC_REG) {
            bc_emit(&fs->b, BC_LOAD_UNINIT, v->index);
        } else {
            if (t < 0) {
                t = reg_alloc(fs);
                bc_emit(&fs->b, BC_LOAD_UNINIT, t);
            }
            bc_emit(&fs->b, BC_STORE_ENV, 0, v->index, t);
        }
    }
    if (t >= 0) reg_free_to(fs, t);
}

/* Instantiate the hoisted function declarations of s. */
void scope_init_functions(FuncState *fs, Scope *s)
{
    for (Var *v = s->vars; v; v = v->next) {
        if (!v->is_fn_decl || !v->fn_node) continue;
        FuncInfo *fi = scope_func_of(fs->C, v->fn_node);
        if (!fi) continue;
        int mark = fs->sp;
        int t = reg_alloc(fs);
        set_pos(fs, v->fn_node);
        int child = compile_function(fs, fi, v->name);
        bc_emit(&fs->b, BC_CLOSURE, t, child);
        if (v->loc == LOC_GLOBAL) bc_emit(&fs->b, BC_DECLARE_FUNC, const_atom(fs, v->name), t);
        else store_var(fs, v, 0, t);
        v->initialized = true;
        Scope *vs = fs->C->eval_var_scope;
        Var *outer = vs && s->kind == SC_FUNCTION && fs->fi->is_eval ? scope_lookup_local(vs, v->name) : NULL;
        if (outer) {   /* sloppy direct eval: the function is also the caller's var */
            int depth = 0;
            for (Scope *x = fs->scope; x && x != vs; x = x->parent)
                if (x->has_env) depth++;
            store_var(fs, outer, depth, t);
        }
        reg_free_to(fs, mark);
    }
}

void scope_leave(FuncState *fs, Scope *s, bool reachable)
{
    if (s->has_env) {
        if (reachable && !code_dead(fs)) bc_emit(&fs->b, BC_POP_ENV);
        ctl_pop(fs);
    }
    fs->scope = s->parent;
    reg_free_to(fs, s->reg_base);
}

/* ---- names --------------------------------------------------------------- */

NameRef resolve_name(FuncState *fs, const char *name)
{
    NameRef r = { NULL, 0, false };
    int depth = 0;
    for (Scope *s = fs->scope; s; s = s->parent) {
        Var *v = scope_lookup_local(s, name);
        if (v && v->loc != LOC_NONE) {
            r.var = v;
            r.depth = depth;
            return r;
        }
        if (s->kind == SC_WITH) r.with = true;
        if (s->has_env) depth++;
    }
    return r;
}

bool var_needs_check(Var *v)
{
    return v->needs_tdz && !v->initialized;
}

/* Mapped sloppy parameter: the arguments object holds its value while
 * mapped and after being unmapped (arguments.h); ARG_LOAD / ARG_STORE
 * leave the parameter's own storage in charge otherwise. */
static void mapped_access(FuncState *fs, Var *v, int depth, int reg, bool store)
{
    int mark = fs->sp;
    Var *av = v->map_flag;
    int a = av->index;   /* an uncaptured arguments object is read in place */
    if (av->loc == LOC_ENV) {
        a = reg_alloc(fs);
        bc_emit(&fs->b, BC_LOAD_ENV, a, depth, av->index);
    }
    if (store) bc_emit(&fs->b, BC_ARG_STORE, a, v->map_index, reg);
    else bc_emit(&fs->b, BC_ARG_LOAD, reg, a, v->map_index);
    reg_free_to(fs, mark);
}

void load_var_to(FuncState *fs, Var *v, int depth, int dst, bool check)
{
    if (v->map_flag) {
        Var saved = *v;
        saved.map_flag = NULL;
        load_var_to(fs, &saved, depth, dst, check);
        mapped_access(fs, v, depth, dst, false);
        return;
    }
    switch (v->loc) {
    case LOC_REG:
        if (check) bc_emit(&fs->b, BC_CHECK_TDZ, v->index, const_atom(fs, v->name));
        if (dst != v->index) bc_emit(&fs->b, BC_MOV, dst, v->index);
        break;
    case LOC_ENV:
        if (check) bc_emit(&fs->b, BC_LOAD_ENV_CHECK, dst, depth, v->index, const_atom(fs, v->name));
        else bc_emit(&fs->b, BC_LOAD_ENV, dst, depth, v->index);
        break;
    case LOC_GLOBAL:
    case LOC_NONE:
        bc_emit(&fs->b, BC_GET_GLOBAL, dst, const_atom(fs, v->name), fb_new(fs, FB_PROP));
        break;
    }
}

void store_var(FuncState *fs, Var *v, int depth, int src)
{
    if (v->map_flag) {
        Var saved = *v;
        saved.map_flag = NULL;
        store_var(fs, &saved, depth, src);
        mapped_access(fs, v, depth, src, true);
        return;
    }
    switch (v->loc) {
    case LOC_REG:
        if (src != v->index) bc_emit(&fs->b, BC_MOV, v->index, src);
        break;
    case LOC_ENV:
        bc_emit(&fs->b, BC_STORE_ENV, depth, v->index, src);
        break;
    case LOC_GLOBAL:
    case LOC_NONE:
        bc_emit(&fs->b, BC_SET_GLOBAL, const_atom(fs, v->name), src, fb_new(fs, FB_PROP));
        break;
    }
}

/* `with` scopes between the current scope and the binding: test each object
 * (innermost first) with `in`; *done collects the jumps of the hits. */
typedef void (*WithHit)(FuncState *fs, int obj, int atom, int reg);

static void with_chain(FuncState *fs, const char *name, int reg, WithHit hit, uint32_t *done)
{
    int depth = 0;
    for (Scope *s = fs->scope; s; s = s->parent) {
        Var *v = scope_lookup_local(s, name);
        if (v && v->loc != LOC_NONE) return;
        if (s->kind == SC_WITH) {
            int mark = fs->sp;
            int obj = reg_alloc(fs), t = reg_alloc(fs);
            /* the with object is the scope's only variable */
            Var *wv = s->with_var;
            if (wv->loc == LOC_REG) bc_emit(&fs->b, BC_MOV, obj, wv->index);
            else bc_emit(&fs->b, BC_LOAD_ENV, obj, depth, wv->index);
            int atom = const_atom(fs, name);
            bc_emit(&fs->b, BC_WITH_HAS, t, obj, atom);
            uint32_t miss = 0;
            emit_jump(fs, BC_JUMP_IF_FALSE, t, 0, &miss);
            hit(fs, obj, atom, reg);
            emit_jump(fs, BC_JUMP, 0, 0, done);
            patch_here(fs, miss);
            reg_free_to(fs, mark);
        }
        if (s->has_env) depth++;
    }
}

static void with_get(FuncState *fs, int obj, int atom, int reg)
{
    bc_emit(&fs->b, BC_GET_PROP, reg, obj, atom, fb_new(fs, FB_PROP));
}
static void with_set(FuncState *fs, int obj, int atom, int reg)
{
    bc_emit(&fs->b, BC_SET_PROP, obj, atom, reg, fb_new(fs, FB_PROP));
}

/* Inside `with`: a function found on the object is called with it as this. */
static void with_call(FuncState *fs, int obj, int atom, int reg)
{
    bc_emit(&fs->b, BC_GET_PROP, reg, obj, atom, fb_new(fs, FB_PROP));
    bc_emit(&fs->b, BC_MOV, reg + 1, obj);
}

static void with_delete(FuncState *fs, int obj, int atom, int reg)
{
    bc_emit(&fs->b, BC_DELETE_PROP, reg, obj, atom);
}

/* `delete name` inside `with`: deletes from the first object binding it;
 * else a declared binding is not deletable, a global property is. */
void delete_name_with(FuncState *fs, const char *name, int dst)
{
    NameRef r = resolve_name(fs, name);
    uint32_t done = 0;
    with_chain(fs, name, dst, with_delete, &done);
    if (!r.var || r.var->loc == LOC_GLOBAL) {
        int mark = fs->sp;
        int g = reg_alloc(fs);
        bc_emit(&fs->b, BC_LOAD_GLOBAL_THIS, g);
        bc_emit(&fs->b, BC_DELETE_PROP, dst, g, const_atom(fs, name));
        reg_free_to(fs, mark);
    } else {
        bc_emit(&fs->b, BC_LOAD_FALSE, dst);
    }
    patch_here(fs, done);
}

static int load_name_with(FuncState *fs, const char *name, int dst, bool as_callee, bool as_typeof)
{
    NameRef r = resolve_name(fs, name);
    uint32_t done = 0;
    if (r.with) {
        if (dst < 0) dst = reg_alloc(fs);
        with_chain(fs, name, dst, as_callee ? with_call : with_get, &done);
    }
    if (as_callee) bc_emit(&fs->b, BC_LOAD_UNDEF, dst + 1);
    Var *v = r.var;
    if (!v || v->loc == LOC_GLOBAL) {
        if (dst < 0) dst = reg_alloc(fs);
        bc_emit(&fs->b, as_typeof ? BC_GET_GLOBAL_TYPEOF : BC_GET_GLOBAL, dst, const_atom(fs, name), fb_new(fs, FB_PROP));
    } else if (v->kind == BK_PARAM && v->needs_tdz && !v->initialized) {
        /* a parameter read by an earlier parameter's default */
        bc_emit(&fs->b, BC_THROW_ERROR, ERRMSG_TDZ, const_atom(fs, name));
        if (dst < 0) dst = reg_alloc(fs);
    } else if (v->loc == LOC_REG && dst < 0 && !v->map_flag) {
        if (var_needs_check(v)) bc_emit(&fs->b, BC_CHECK_TDZ, v->index, const_atom(fs, v->name));
        dst = v->index;
    } else {
        if (dst < 0) dst = reg_alloc(fs);
        load_var_to(fs, v, r.depth, dst, var_needs_check(v));
    }
    patch_here(fs, done);
    return dst;
}

int load_name(FuncState *fs, const char *name, int dst, Node *at)
{
    return load_name_with(fs, name, dst, false, false);
}

/* The operand of typeof: an unresolvable name gives undefined, not a ReferenceError. */
int load_name_typeof(FuncState *fs, const char *name, int dst)
{
    return load_name_with(fs, name, dst, false, true);
}

/* callee -> base, this (undefined, or the `with` object holding it) -> base+1 */
void load_callee_name(FuncState *fs, const char *name, int base)
{
    load_name_with(fs, name, base, true, false);
}

bool var_is_readonly(Var *v)
{
    return v->kind == BK_CONST || v->kind == BK_CLASS_INNER || v->kind == BK_CALLEE;
}

void store_name(FuncState *fs, const char *name, int src, Node *at, bool init)
{
    NameRef r = resolve_name(fs, name);
    uint32_t done = 0;
    if (r.with) with_chain(fs, name, src, with_set, &done);
    Var *v = r.var;
    if (!v || v->loc == LOC_GLOBAL) {
        if (init && v && scope_is_lexical(v->kind))
            bc_emit(&fs->b, BC_INIT_LEX, const_atom(fs, name), src);
        else
            bc_emit(&fs->b, BC_SET_GLOBAL, const_atom(fs, name), src, fb_new(fs, FB_PROP));
    } else if (!init && var_is_readonly(v)) {
        if (v->kind == BK_CALLEE && !fs->fi->strict) {
            /* sloppy: assignment to the function's own name is ignored */
        } else {
            if (var_needs_check(v)) {
                int mark = fs->sp;
                int t = reg_alloc(fs);
                load_var_to(fs, v, r.depth, t, true);
                reg_free_to(fs, mark);
            }
            bc_emit(&fs->b, BC_THROW_ERROR, ERRMSG_CONST_ASSIGN, const_atom(fs, name));
        }
    } else {
        if (!init && var_needs_check(v)) {
            if (v->loc == LOC_REG) {
                bc_emit(&fs->b, BC_CHECK_TDZ, v->index, const_atom(fs, v->name));
            } else {
                int mark = fs->sp;
                int t = reg_alloc(fs);
                load_var_to(fs, v, r.depth, t, true);
                reg_free_to(fs, mark);
            }
        }
        store_var(fs, v, r.depth, src);
        if (init && v->scope->kind != SC_SWITCH) v->initialized = true;
    }
    patch_here(fs, done);
}

void init_binding(FuncState *fs, const char *name, int src, Node *at)
{
    store_name(fs, name, src, at, true);
}

/* ---- functions ----------------------------------------------------------- */

static uint32_t expected_length(FuncNode *fn)
{
    uint32_t n = 0;
    for (uint32_t i = 0; i < fn->params.count; i++) {
        NodeKind k = fn->params.items[i]->kind;
        if (k == N_ASSIGN_PATTERN || k == N_REST || k == N_ASSIGN) break;
        n++;
    }
    return n;
}

static void mark_params_initialized(FuncState *fs, Node *p)
{
    if (!p) return;
    switch ((int)p->kind) {   /* partial dispatch: the rest share the default */
    case N_IDENT: {
        Var *v = scope_lookup_local(fs->fi->scope, p->u.ident.name);
        if (v) v->initialized = true;
        break;
    }
    case N_ASSIGN_PATTERN: case N_ASSIGN: mark_params_initialized(fs, p->u.assign.target); break;
    case N_REST: case N_SPREAD: mark_params_initialized(fs, p->u.unary.arg); break;
    case N_ARRAY_PATTERN: case N_ARRAY:
        for (uint32_t i = 0; i < p->u.list.count; i++) mark_params_initialized(fs, p->u.list.items[i]);
        break;
    case N_OBJECT_PATTERN: case N_OBJECT:
        for (uint32_t i = 0; i < p->u.list.count; i++) {
            Node *it = p->u.list.items[i];
            if (it && it->kind == N_PROPERTY) mark_params_initialized(fs, it->u.prop.value);
            else mark_params_initialized(fs, it);
        }
        break;
    default: break;
    }
}

/* Parameters: defaults, destructuring, rest; captured ones move to the env. */
static void emit_params(FuncState *fs, FuncNode *fn)
{
    for (uint32_t i = 0; i < fn->params.count; i++) {
        Node *p = fn->params.items[i];
        int reg = 1 + (int)i;
        int mark = fs->sp;
        if (p->kind == N_REST) {
            int t = reg_alloc(fs);
            bc_emit(&fs->b, BC_CREATE_REST, t, i);
            Node *target = p->u.unary.arg;
            if (target->kind == N_IDENT) init_binding(fs, target->u.ident.name, t, p);
            else pattern_bind(fs, target, t, BIND_INIT);
        } else if (p->kind == N_ASSIGN_PATTERN || p->kind == N_ASSIGN) {
            Node *target = p->u.assign.target;
            uint32_t dflt = 0, skip = 0;
            emit_jump(fs, BC_JUMP_IF_UNDEF, reg, 0, &dflt);
            emit_jump(fs, BC_JUMP, 0, 0, &skip);
            patch_here(fs, dflt);
            expr_named(fs, p->u.assign.value, reg, target->kind == N_IDENT ? target->u.ident.name : NULL);
            patch_here(fs, skip);
            if (target->kind == N_IDENT) {
                Var *v = scope_lookup_local(fs->fi->scope, target->u.ident.name);
                if (v && v->loc == LOC_ENV) store_var(fs, v, 0, reg);
            } else {
                pattern_bind(fs, target, reg, BIND_INIT);
            }
        } else if (p->kind == N_IDENT) {
            Var *v = scope_lookup_local(fs->fi->scope, p->u.ident.name);
            if (v && v->loc == LOC_ENV) store_var(fs, v, 0, reg);
        } else {
            pattern_bind(fs, p, reg, BIND_INIT);
        }
        reg_free_to(fs, mark);
        mark_params_initialized(fs, p);
    }
    for (Var *v = fs->fi->scope->vars; v; v = v->next)
        if (v->kind == BK_PARAM) v->initialized = true;
}

/* Hidden bindings captured by arrows, the callee name and `arguments`. */
static void emit_function_specials(FuncState *fs)
{
    FuncInfo *fi = fs->fi;
    int mark = fs->sp;
    if (fi->this_var) store_var(fs, fi->this_var, 0, 0);
    if (fi->newtarget_var) {
        int t = reg_alloc(fs);
        bc_emit(&fs->b, BC_LOAD_NEW_TARGET, t);
        store_var(fs, fi->newtarget_var, 0, t);
    }
    if (fi->callee_var && fi->callee_var->kind == BK_CALLEE) {
        Var *v = fi->callee_var;
        if (v->loc == LOC_REG) bc_emit(&fs->b, BC_LOAD_CALLEE, v->index);
        else {
            int t = reg_alloc(fs);
            bc_emit(&fs->b, BC_LOAD_CALLEE, t);
            store_var(fs, v, 0, t);
        }
    }
    if (fi->arguments_var && fi->arguments_var->kind == BK_INTERNAL) {
        Var *v = fi->arguments_var;
        int t = v->loc == LOC_REG ? v->index : reg_alloc(fs);
        if (fi->mapped_args) bc_emit(&fs->b, BC_CREATE_MAPPED_ARGUMENTS, t, fi->fn->params.count);
        else bc_emit(&fs->b, BC_CREATE_ARGUMENTS, t);
        if (v->loc != LOC_REG) store_var(fs, v, 0, t);
    }
    reg_free_to(fs, mark);
}

/* Program prologue: global declarations. */
static void emit_global_decls(FuncState *fs, Scope *s)
{
    for (Var *v = s->vars; v; v = v->next) {
        if (v->loc != LOC_GLOBAL) continue;
        if (v->kind == BK_VAR || (v->kind == BK_FUNC && !v->fn_node)) {
            bc_emit(&fs->b, BC_DECLARE_VAR, const_atom(fs, v->name));
        } else if (scope_is_lexical(v->kind)) {
            bc_emit(&fs->b, BC_DECLARE_LEX, const_atom(fs, v->name), v->kind == BK_CONST ? 1 : 0);
        }
    }
}

static void finish_proto(FuncState *fs)
{
    FunctionProto *fp = fs->fp;
    fp->code = fs->b.code;
    fp->code_len = fs->b.len;
    fp->lines = fs->b.lines;
    fp->nlines = fs->b.nlines;
    fs->b.code = NULL;
    fs->b.lines = NULL;
    fp->nregs = (uint32_t)fs->maxreg;
    if (fp->nfeedback) {
        FeedbackSlot *fb = calloc(fp->nfeedback, sizeof *fb);
        if (!fb) abort();
        for (uint32_t i = 0; i < fp->nfeedback; i++) {
            fb[i].kind = fs->fb_kinds[i];
            fb[i].state = IC_UNINIT;
            if (fb[i].kind == FB_CALL) fb[i].u.call_target = VAL_UNDEFINED;
            else
                for (int j = 0; j < FB_POLY_MAX; j++) {
                    fb[i].u.prop[j].holder = VAL_UNDEFINED;
                    fb[i].u.prop[j].proto = VAL_UNDEFINED;
                }
        }
        fp->feedback = fb;
    }
    if (fs->nhandlers) {
        fp->handlers = fs->handlers;
        fp->nhandlers = fs->nhandlers;
        fs->handlers = NULL;
    }
    free(fs->handlers);
    free(fs->fb_kinds);
    for (uint32_t i = 0; i < fs->ckey_cap; i++) free(fs->ckeys[i].key);
    free(fs->ckeys);
    bc_builder_free(&fs->b);
}

static void add_child(FuncState *parent, FunctionProto *child, int *index)
{
    FunctionProto *fp = parent->fp;
    if (fp->nchildren == parent->child_cap) {
        parent->child_cap = parent->child_cap ? parent->child_cap * 2 : 8;
        fp->children = realloc(fp->children, parent->child_cap * sizeof *fp->children);
        if (!fp->children) abort();
    }
    *index = (int)fp->nchildren;
    fp->children[fp->nchildren++] = child;
}

/* Compile one function; returns its index in parent->fp->children (the
 * program itself is compiled with parent == NULL by comp_compile_program). */
static FunctionProto *compile_proto(Compiler *C, FuncState *parent, FuncInfo *fi, const char *name)
{
    VM *vm = C->vm;
    FuncState fsv;
    FuncState *fs = &fsv;
    memset(fs, 0, sizeof *fs);
    fs->C = C;
    fs->vm = vm;
    fs->fi = fi;
    fs->parent = parent;
    fs->completion_reg = -1;
    fs->gen_reg = -1;
    fs->hole_k = -1;
    fs->fp = bc_proto_new(vm);
    FunctionProto *fp = fs->fp;
    bc_builder_init(&fs->b);
    FuncNode *fn = fi->fn;
    Node *node = fi->node ? fi->node : fi->cls_node;

    /* name, flags, source range */
    int nk = const_atom(fs, name ? name : "");
    fp->name = fp->consts[nk];
    uint32_t flags = 0;
    if (fi->strict) flags |= FP_STRICT;
    if (fi->is_arrow) flags |= FP_ARROW;
    if (fi->is_program) flags |= FP_TOP_LEVEL;
    if (fi->is_program && fi->is_eval) flags |= FP_EVAL;
    if (fi->is_method && !fi->is_ctor) flags |= FP_METHOD;
    if (fi->is_ctor) flags |= FP_CLASS_CTOR;
    if (fi->is_derived) flags |= FP_DERIVED;
    if (fi->arguments_var && fi->arguments_var->kind == BK_INTERNAL) flags |= FP_USES_ARGUMENTS;
    if (fi->is_generator) flags |= FP_GENERATOR;
    if (fi->is_async) flags |= FP_ASYNC;
    if (fn) {
        if (fn->is_getter) flags |= FP_GETTER;
        if (fn->is_setter) flags |= FP_SETTER;
        if (fn->is_expression && fn->name && !fn->is_arrow) flags |= FP_NAMED_EXPR;
    }
    fp->source = C->src;
    if (C->src) C->src->refs++;
    if (node) {
        fp->src_start = node->start;
        fp->src_end = node->end;
        fp->line = node->line;
        fp->col = node->col;
    }

    /* parameters: r1..nparams */
    uint32_t nparams = 0;
    if (fn) {
        for (uint32_t i = 0; i < fn->params.count; i++) {
            Node *p = fn->params.items[i];
            if (p->kind == N_REST) {
                flags |= FP_HAS_REST;
                break;
            }
            nparams++;
            Node *id = p->kind == N_IDENT ? p : ((p->kind == N_ASSIGN_PATTERN || p->kind == N_ASSIGN) &&
                                                 p->u.assign.target->kind == N_IDENT) ? p->u.assign.target : NULL;
            if (id) {
                Var *v = scope_lookup_local(fi->scope, id->u.ident.name);
                if (v && v->kind == BK_PARAM) v->param_reg = 1 + (int)i;
            }
        }
        fp->length = expected_length(fn);
    }
    if (fi->synth_ctor && fi->is_derived) flags |= FP_HAS_REST;
    fp->nparams = nparams;
    fp->flags = flags;
    fs->sp = fs->maxreg = 1 + (int)nparams;

    if (node) set_pos(fs, node);
    /* generators and async functions: g..g+3 (bytecode.def); an async
     * function starts its promise before anything can throw, and its
     * catch-all handler covers the parameters too */
    int gen_env = -1;
    uint32_t gen_start = 0;
    if (fi->is_generator || fi->is_async) {
        fs->gen_reg = reg_alloc_n(fs, 3);
        gen_env = reg_alloc(fs);
        if (!fi->is_generator) bc_emit(&fs->b, BC_ASYNC_START, fs->gen_reg);
        gen_start = here(fs);
        bc_emit(&fs->b, BC_GET_ENV, gen_env);
    }
    Scope *s = fi->scope;
    scope_enter(fs, s);
    if (fi->is_program) {
        fs->completion_reg = reg_alloc(fs);
        if (fi->this_var) store_var(fs, fi->this_var, 0, 0);   /* eval code: arrows see the caller's this */
        emit_global_decls(fs, s);
        scope_init_functions(fs, s);
        stmt_list(fs, &node->u.program.body);
        bc_emit(&fs->b, BC_RETURN, fs->completion_reg);
    } else {
        emit_function_specials(fs);
        if (fn) emit_params(fs, fn);
        scope_init_functions(fs, s);
        if (fi->synth_ctor) {
            if (fi->is_derived) {
                int mark = fs->sp;
                int args = reg_alloc(fs), res = reg_alloc(fs);
                bc_emit(&fs->b, BC_CREATE_REST, args, 0);
                bc_emit(&fs->b, BC_SUPER_CALL_SPREAD, res, args);
                if (fi->this_var) store_var(fs, fi->this_var, 0, 0);
                reg_free_to(fs, mark);
            }
            class_emit_fields(fs);
        } else if (fi->static_init || fi->inst_init) {
            class_emit_fields(fs);
        } else {
            if (fi->is_ctor && !fi->is_derived) class_emit_fields(fs);
            Scope *bs = fi->body_scope;
            if (bs) {
                scope_enter(fs, bs);
                /* a body var named like a parameter starts with its value */
                for (Var *v = bs->vars; v; v = v->next) {
                    Var *pv = v->kind == BK_VAR ? scope_lookup_local(s, v->name) : NULL;
                    if (pv && pv->kind == BK_PARAM) {
                        int mark = fs->sp;
                        int t = reg_alloc(fs);
                        load_var_to(fs, pv, bs->has_env ? 1 : 0, t, false);
                        store_var(fs, v, 0, t);
                        reg_free_to(fs, mark);
                    }
                }
                scope_init_functions(fs, bs);
            }
            if (fi->is_generator) {
                /* the body starts suspended, after the parameters are bound */
                bc_emit(&fs->b, BC_GENERATOR_START, fs->gen_reg);
                gen_start = here(fs);
            }
            if (fn) stmt_list(fs, &fn->body);
            if (bs) scope_leave(fs, bs, false);
        }
        if (!code_dead(fs)) {
            if (fs->gen_reg >= 0) {
                bc_emit(&fs->b, BC_LOAD_UNDEF, fs->gen_reg + 1);
                bc_emit(&fs->b, BC_GEN_RETURN, fs->gen_reg, fs->gen_reg + 1);
            } else {
                bc_emit(&fs->b, BC_RETURN_UNDEF);
            }
        }
        if (fs->gen_reg >= 0) {
            /* the outermost handler: an exception leaving the body ends the generator
             * (rethrown) or rejects the async function's promise */
            add_handler(fs, gen_start, here(fs), here(fs), fs->gen_reg + 1, gen_env);
            bc_emit(&fs->b, BC_GEN_THROW, fs->gen_reg, fs->gen_reg + 1);
        }
    }
    scope_leave(fs, s, false);
    /* A sloppy function whose code never reads `this` (no `this`, no
     * arrow or direct eval seeing it, no super) is called without the
     * global-object / wrapper substitution: no code could observe it.
     * Methods, accessors, generators and async functions keep it. */
    if (!fi->strict && !fi->is_arrow && !fi->is_program && !fi->is_method && !fi->is_generator && !fi->is_async &&
        !fi->reads_this && !fi->this_var && !(fn && (fn->is_getter || fn->is_setter)))
        fp->flags |= FP_THIS_UNUSED;
    finish_proto(fs);
    return fp;
}

int compile_function(FuncState *parent, FuncInfo *fi, const char *name)
{
    const char *nm = name;
    if (fi->fn && fi->fn->name && !fi->is_method) nm = fi->fn->name->u.ident.name;
    FunctionProto *child = compile_proto(parent->C, parent, fi, nm);
    int idx;
    add_child(parent, child, &idx);
    return idx;
}

/* Script code, or direct eval code seeing the caller's env levels. */
static FunctionProto *compile_top(VM *vm, Node *program, Source *src, CompileError *err, const EvalScope *es)
{
    Compiler C;
    memset(&C, 0, sizeof C);
    C.vm = vm;
    C.src = src;
    C.err = err;
    err->message[0] = 0;
    err->line = err->col = 0;
    FunctionProto *fp = NULL;
    if (!program || program->kind != N_PROGRAM) {
        comp_error(&C, program, "not a program");
    } else {
        Scope *outer = es ? scope_eval_outer(&C, es->names, es->counts, es->levels, es->strict, es->var_level) : NULL;
        FuncInfo *fi = scope_analyze_program(&C, program, outer, es != NULL, es && es->global_vars && !es->strict);
        if (es && es->strict) fi->strict = true;
        if (!C.failed) fp = compile_proto(&C, NULL, fi, es ? "eval" : "");
    }
    for (uint32_t i = 0; i < C.nallocs; i++) free(C.allocs[i]);
    free(C.allocs);
    free(C.scopes.e);
    free(C.classes.e);
    free(C.undef_new_target.e);
    if (C.failed) return NULL;   /* partially built protos stay on vm->protos, empty and unused */
    return fp;
}

FunctionProto *comp_compile_program(VM *vm, Node *program, Source *src, CompileError *err)
{
    return compile_top(vm, program, src, err, NULL);
}

FunctionProto *comp_compile_eval_code(VM *vm, Node *program, Source *src, const EvalScope *es, CompileError *err)
{
    return compile_top(vm, program, src, err, es);
}
