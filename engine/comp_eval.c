/*
 * comp_eval.c -- direct eval (part of the compiler, see compiler.c).
 *
 * A call `eval(code)` whose callee resolves to the global name is compiled
 * as a runtime test: when the callee is still the realm's original eval,
 * a native helper (kept as a constant) receives
 *     (code, current env, scope descriptor, this, strict)
 * (strict = bit 0 of a mode int, bit 1: called from script top level)
 * where the descriptor lists, innermost first, the slot names of every env
 * level visible at the call site (scope.c keeps every binding of scopes that
 * contain a direct eval in envs).  The helper parses the code, compiles it
 * with those levels as outer scopes (comp_compile_eval_code), closes it over
 * the passed env and calls it with the caller's this, so the code reads and
 * writes the caller's variables.  Its own declarations stay local to the
 * eval (the strict-mode behaviour, also used for sloppy code inside
 * functions), except that sloppy eval at script top level declares its
 * var/function on the global object.  Otherwise the call is an ordinary
 * call.  In an ES module the call site is inside the wrapper's `with` over
 * the imports (engine/esm.c): its level is a "%with" slot in the
 * descriptor, rebuilt as a `with` scope (scope_eval_outer).
 */
#include <stdlib.h>
#include <string.h>

#include "array.h"
#include "compiler_internal.h"
#include "error.h"
#include "function.h"
#include "parser.h"

static void source_unref(Source *s)
{
    if (s && --s->refs == 0) {
        free(s->name);
        free(s->text);
        free(s);
    }
}

/* Parse, compile and run eval code: es describes the caller's env levels
 * (none for indirect eval), *env the env the code closes over; code, env
 * and this_v point to rooted slots (compiling allocates and may move cells).  Code
 * starting with a "use strict" directive is strict eval code: its var and
 * function declarations stay in its own environment. */
static JSValue eval_run(VM *vm, const JSValue *code, const JSValue *env, EvalScope *es, const JSValue *this_v)
{
    JSValue result = VAL_EXCEPTION;
    size_t len = 0;
    char *text = str_to_wtf8(vm, *code, &len);
    Source *src = calloc(1, sizeof *src);
    if (!text || !src) abort();
    src->name = strdup("<eval>");
    src->text = text;
    src->len = len;
    src->refs = 1;
    Arena arena;
    memset(&arena, 0, sizeof arena);
    ParseError perr;
    Node *prog = parse_program(&arena, text, len, PARSE_EVAL | PARSE_WTF8 | (es->strict ? PARSE_STRICT : 0), &perr);
    if (!prog) {
        err_throw_type(vm, SyntaxError, "%s", perr.message);
    } else {
        if (prog->u.program.is_strict) {
            es->strict = true;
            es->var_level = -1;
        }
        CompileError cerr;
        FunctionProto *fp = comp_compile_eval_code(vm, prog, src, es, &cerr);
        if (!fp) {
            if (!err_pending(vm)) err_throw_type(vm, SyntaxError, "%s", cerr.message);
        } else {
            if (vm->flags.print_bytecode) bc_disassemble(vm, fp, stdout);
            JSValue fn = fn_new_closure(vm, fp, *env);
            if (fn != VAL_EXCEPTION) result = vm_call(vm, fn, *this_v, 0, NULL);
        }
    }
    arena_free(&arena);
    source_unref(src);
    return result;
}

/* Indirect eval (PerformEval with direct = false): eval code in the global
 * environment; sloppy var/function declarations become (configurable)
 * global properties, let/const/class stay in the eval's own scope. */
JSValue comp_eval_indirect(VM *vm, JSValue code)
{
    if (!val_is_string(code)) return code;
    EvalScope es = { NULL, NULL, 0, false, true, -1 };
    HandleScope hs = heap_scope_open(vm);
    JSValue *hc = heap_handle(vm, code);
    JSValue *he = heap_handle(vm, VAL_UNDEFINED);   /* script code's env */
    JSValue *ht = heap_handle(vm, vm->global);
    JSValue r = eval_run(vm, hc, he, &es, ht);
    heap_scope_close(vm, hs);
    return r;
}

/* The helper: args = code, env, descriptor, this, strict. */
static JSValue direct_eval(VM *vm, JSValue *args, int argc, JSValue nt)
{
    if (argc < 5 || !val_is_string(args[0])) return argc > 0 ? args[0] : VAL_UNDEFINED;
    int mode = val_is_int(args[4]) ? val_int(args[4]) : 0;   /* 1 strict, 2 script top level */
    bool strict = (mode & 1) != 0;

    /* the descriptor as C strings (nothing below allocates on the JS heap) */
    JSValue desc = args[2];
    uint32_t levels = val_is_array(desc) ? val_obj(desc)->length : 0;
    EvalScope es = { calloc(levels + 1, sizeof(char **)), calloc(levels + 1, sizeof(uint32_t)), levels, strict,
                     (mode & 2) != 0, -1 };
    if (!es.names || !es.counts) abort();
    for (uint32_t l = 0; l < levels; l++) {
        JSValue lv = VAL_UNDEFINED;
        if (!arr_fast_get(desc, l, &lv) || !val_is_array(lv)) continue;
        uint32_t n = val_obj(lv)->length;
        es.names[l] = calloc(n + 1, sizeof(char *));
        if (!es.names[l]) abort();
        es.counts[l] = n;
        for (uint32_t i = 0; i < n; i++) {
            JSValue nm;
            if (arr_fast_get(lv, i, &nm) && val_is_string(nm)) es.names[l][i] = str_to_utf8(vm, nm, NULL);
        }
        /* a trailing "%var" marks the caller's function-level scope */
        if (n && es.names[l][n - 1] && strcmp(es.names[l][n - 1], "%var") == 0) {
            es.var_level = (int)l;
            es.counts[l] = n - 1;
        }
    }

    JSValue result = eval_run(vm, &args[0], &args[1], &es, &args[3]);
    for (uint32_t l = 0; l < levels; l++) {
        if (es.names[l])   /* counts[l] + 1: a "%var" marker may follow the slots */
            for (uint32_t i = 0; i <= es.counts[l]; i++) free(es.names[l][i]);
        free(es.names[l]);
    }
    free(es.names);
    free(es.counts);
    return result;
}

/* The scope descriptor of the call site: per env level, its slot names. */
static JSValue make_descriptor(FuncState *fs)
{
    VM *vm = fs->vm;
    HandleScope hs = heap_scope_open(vm);
    JSValue *desc = heap_handle(vm, arr_new(vm, 0));
    JSValue *level = heap_handle(vm, VAL_UNDEFINED);
    if (*desc == VAL_EXCEPTION) goto fail;
    for (Scope *s = fs->scope; s; s = s->parent) {
        if (!s->has_env) continue;
        *level = arr_new(vm, 0);
        if (*level == VAL_EXCEPTION) goto fail;
        for (int i = 0; i < s->env_size; i++) {
            const char *name = "";
            const char *mark = "";   /* lexical bindings: \1 let/class, \2 const */
            int map = -1;            /* mapped sloppy parameter: \3<index>: */
            for (Var *v = s->vars; v; v = v->next)
                if (v->loc == LOC_ENV && v->index == i) {
                    name = v->name;
                    mark = v->kind == BK_CONST || v->kind == BK_CLASS_INNER ? "\2"
                         : scope_is_lexical(v->kind)                          ? "\1" : "";
                    if (v->map_flag && v->map_flag->loc == LOC_ENV) map = v->map_index;
                }
            char buf[256];
            if (map >= 0 && strlen(name) < sizeof buf - 16) {
                snprintf(buf, sizeof buf, "\3%d:%s", map, name);
                name = buf;
            } else if (*mark && *name && strlen(name) < sizeof buf - 1) {
                snprintf(buf, sizeof buf, "%s%s", mark, name);
                name = buf;
            }
            JSValue a = atom_from_cstr(vm, name);
            if (a == VAL_EXCEPTION || arr_push(vm, *level, a) < 0) goto fail;
        }
        Scope *vs = fs->fi->body_scope ? fs->fi->body_scope : fs->fi->scope;
        if (s == vs && !fs->fi->is_program) {
            JSValue a = atom_from_cstr(vm, "%var");
            if (a == VAL_EXCEPTION || arr_push(vm, *level, a) < 0) goto fail;
        }
        if (arr_push(vm, *desc, *level) < 0) goto fail;
    }
    JSValue r = *desc;
    heap_scope_close(vm, hs);
    return r;
fail:
    heap_scope_close(vm, hs);
    return VAL_EXCEPTION;
}

int direct_eval_call(FuncState *fs, Node *n, int dst)
{
    VM *vm = fs->vm;
    NodeList *args = &n->u.call.args;
    if (args->count == 0 || args->items[0]->kind == N_SPREAD || n->u.call.optional) return -1;
    NameRef ref = resolve_name(fs, "eval");
    /* strict code sees a `with` only inside an ES module (engine/esm.c): its
     * object holds the imports (never `eval`), and the descriptor lists its
     * level as "%with", so the eval code looks imports up through it */
    bool module_with = ref.with && fs->fi->strict && !ref.var;
    if ((ref.with && !module_with) || (ref.var && ref.var->loc != LOC_GLOBAL)) return -1;

    /* constants: the original eval, the helper, the descriptor */
    JSValue orig = obj_get(vm, vm->global, vm_atom(vm, ATOM_eval));
    if (!val_is_function(orig)) {
        if (orig == VAL_EXCEPTION) err_take(vm);
        return -1;
    }
    int k_orig = const_value(fs, orig);
    JSValue helper = fn_new_native(vm, "eval", direct_eval, 1, 0);
    if (helper == VAL_EXCEPTION) {
        err_take(vm);
        return -1;
    }
    int k_helper = const_value(fs, helper);
    JSValue desc = make_descriptor(fs);
    if (desc == VAL_EXCEPTION) {
        err_take(vm);
        return -1;
    }
    int k_desc = const_value(fs, desc);

    if (dst < 0) dst = reg_alloc(fs);
    int mark = fs->sp;
    int cal = reg_alloc(fs), t = reg_alloc(fs);
    set_pos(fs, n);
    bc_emit(&fs->b, BC_GET_GLOBAL, cal, const_atom(fs, "eval"), fb_new(fs, FB_PROP));
    bc_emit(&fs->b, BC_LOAD_CONST, t, k_orig);
    uint32_t ordinary = 0, done = 0;
    emit_jump(fs, BC_JSTRICT_NE, cal, t, &ordinary);

    /* direct: helper(code, env, descriptor, this, strict) */
    int base = reg_alloc_n(fs, 7);
    bc_emit(&fs->b, BC_LOAD_CONST, base, k_helper);
    bc_emit(&fs->b, BC_LOAD_UNDEF, base + 1);
    expr_to(fs, args->items[0], base + 2);
    for (uint32_t i = 1; i < args->count; i++) expr_effect(fs, args->items[i]);
    bc_emit(&fs->b, BC_GET_ENV, base + 3);
    bc_emit(&fs->b, BC_LOAD_CONST, base + 4, k_desc);
    emit_this(fs, base + 5);
    bool top = fs->fi->is_program && (!fs->fi->is_eval || fs->fi->eval_global_vars);
    bc_emit(&fs->b, BC_LOAD_INT, base + 6, (fs->fi->strict ? 1 : 0) | (top ? 2 : 0));
    set_pos(fs, n);
    bc_emit(&fs->b, BC_CALL, dst, base, 5, fb_new(fs, FB_CALL));
    emit_jump(fs, BC_JUMP, 0, 0, &done);

    /* ordinary call of whatever eval is now */
    patch_here(fs, ordinary);
    reg_free_to(fs, base);
    base = reg_alloc_n(fs, 2);
    bc_emit(&fs->b, BC_MOV, base, cal);
    bc_emit(&fs->b, BC_LOAD_UNDEF, base + 1);
    for (uint32_t i = 0; i < args->count; i++) {
        int r = reg_alloc(fs);
        expr_to(fs, args->items[i], r);
    }
    set_pos(fs, n);
    bc_emit(&fs->b, BC_CALL, dst, base, args->count, fb_new(fs, FB_CALL));
    patch_here(fs, done);
    reg_free_to(fs, mark);
    return dst;
}
