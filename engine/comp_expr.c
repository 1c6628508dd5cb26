/*
 * comp_expr.c -- expressions (part of the compiler, see compiler.c).
 *
 * expr(fs, n, dst) evaluates n and returns the register holding its value:
 * dst when dst >= 0, else any register -- a local variable's own register
 * when n is that variable (no MOV), or a fresh temporary.  Temporaries a
 * subexpression leaves above the result are freed before returning.
 * test_jump() compiles an expression for its truthiness only, using the
 * fused compare-and-branch opcodes.
 *
 * Hazard: a local's register returned for the left operand may be
 * reassigned by the right operand (`a + (a = 1)`); such lefts are copied
 * first (has_assign).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "array.h"
#include "bigint.h"
#include "compiler_internal.h"
#include "error.h"
#include "runtime.h"

/* Allocate dst if needed; returns the mark to free temporaries to. */
static int begin(FuncState *fs, int *dst)
{
    if (*dst < 0) {
        *dst = reg_alloc(fs);
        return *dst + 1;
    }
    return fs->sp;
}

static int fresh(FuncState *fs, int dst) { return dst >= 0 ? dst : reg_alloc(fs); }

/* Does n (outside nested functions) contain an assignment or update? */
static bool has_assign(Node *n)
{
    if (!n) return false;
    switch ((int)n->kind) {   /* partial dispatch: the rest share the default */
    case N_ASSIGN: case N_UPDATE: return true;
    case N_NUMBER: case N_BIGINT: case N_STRING: case N_IDENT: case N_THIS: case N_NULL_LIT: case N_TRUE_LIT:
    case N_FALSE_LIT: case N_FUNCTION: case N_REGEXP: case N_NEW_TARGET: case N_SUPER:
        return false;
    case N_BINARY: case N_LOGICAL: return has_assign(n->u.binary.left) || has_assign(n->u.binary.right);
    case N_UNARY: case N_SPREAD: return has_assign(n->u.unary.arg);
    case N_MEMBER: return has_assign(n->u.member.object) || (n->u.member.computed && has_assign(n->u.member.property));
    case N_CONDITIONAL: return has_assign(n->u.cond.test) || has_assign(n->u.cond.then) || has_assign(n->u.cond.else_);
    case N_OPTIONAL_CHAIN: return has_assign(n->u.chain.expr);
    case N_CALL: case N_NEW:
        /* a callee cannot write our register locals (captured ones live in envs) */
        if (has_assign(n->u.call.callee)) return true;
        for (uint32_t i = 0; i < n->u.call.args.count; i++)
            if (has_assign(n->u.call.args.items[i])) return true;
        return false;
    case N_ARRAY: case N_SEQUENCE:
        for (uint32_t i = 0; i < n->u.list.count; i++)
            if (has_assign(n->u.list.items[i])) return true;
        return false;
    case N_TEMPLATE:
        for (uint32_t i = 0; i < n->u.tmpl.exprs.count; i++)
            if (has_assign(n->u.tmpl.exprs.items[i])) return true;
        return false;
    default: return true;   /* object literals, classes...: be conservative */
    }
}

/* Could n (outside nested functions) read the variable `name`?  Nested
 * functions cannot see a register local (captured ones live in envs). */
bool expr_mentions(Node *n, const char *name)
{
    if (!n) return false;
    switch ((int)n->kind) {   /* partial: unknown kinds answer yes */
    case N_IDENT: return strcmp(n->u.ident.name, name) == 0;
    case N_NUMBER: case N_BIGINT: case N_STRING: case N_THIS: case N_NULL_LIT: case N_TRUE_LIT: case N_FALSE_LIT:
    case N_FUNCTION: case N_REGEXP: case N_NEW_TARGET:
        return false;
    case N_BINARY: case N_LOGICAL:
        return expr_mentions(n->u.binary.left, name) || expr_mentions(n->u.binary.right, name);
    case N_UNARY: case N_SPREAD: return expr_mentions(n->u.unary.arg, name);
    case N_MEMBER:
        return expr_mentions(n->u.member.object, name) ||
               (n->u.member.computed && expr_mentions(n->u.member.property, name));
    case N_CONDITIONAL:
        return expr_mentions(n->u.cond.test, name) || expr_mentions(n->u.cond.then, name) ||
               expr_mentions(n->u.cond.else_, name);
    case N_CALL: case N_NEW:
        if (expr_mentions(n->u.call.callee, name)) return true;
        for (uint32_t i = 0; i < n->u.call.args.count; i++)
            if (expr_mentions(n->u.call.args.items[i], name)) return true;
        return false;
    case N_ARRAY:
        for (uint32_t i = 0; i < n->u.list.count; i++)
            if (expr_mentions(n->u.list.items[i], name)) return true;
        return false;
    case N_OBJECT:
        for (uint32_t i = 0; i < n->u.list.count; i++) {
            Node *p = n->u.list.items[i];
            if (!p) continue;
            if (p->kind != N_PROPERTY) {
                if (expr_mentions(p, name)) return true;
                continue;
            }
            if (p->u.prop.computed && expr_mentions(p->u.prop.key, name)) return true;
            if (p->u.prop.kind == PROP_INIT || p->u.prop.kind == PROP_SPREAD_KIND)
                if (expr_mentions(p->u.prop.value, name)) return true;
        }
        return false;
    case N_TEMPLATE:
        for (uint32_t i = 0; i < n->u.tmpl.exprs.count; i++)
            if (expr_mentions(n->u.tmpl.exprs.items[i], name)) return true;
        return false;
    case N_OPTIONAL_CHAIN: return expr_mentions(n->u.chain.expr, name);
    default: return true;
    }
}

/* r is an existing register (variable/param/this), not a temporary of ours. */
static int protect(FuncState *fs, int r, int mark, Node *rest)
{
    if (r < mark && has_assign(rest)) {
        int t = reg_alloc(fs);
        bc_emit(&fs->b, BC_MOV, t, r);
        return t;
    }
    return r;
}

bool is_anon_fn(Node *n)
{
    if (!n) return false;
    if (n->kind == N_FUNCTION) return n->u.func.name == NULL;
    if (n->kind == N_CLASS) return n->u.cls.name == NULL;
    return false;
}

static FuncInfo *non_arrow_fi(FuncInfo *f)
{
    while (f && f->is_arrow) f = f->parent;
    return f;
}

/* GET_SUPER/SET_SUPER use r0 as the receiver; an arrow's r0 is not its
 * lexical this, so load it there first. */
void super_receiver(FuncState *fs)
{
    if (!fs->fi->is_arrow) return;
    int mark = fs->sp;
    int t = emit_this(fs, -1);
    if (t != 0) bc_emit(&fs->b, BC_MOV, 0, t);
    reg_free_to(fs, mark);
}

/* An arrow that uses super: [[HomeObject]] = its method's home. */
static void arrow_home(FuncState *fs, FuncInfo *fi, int reg)
{
    if (!fi || !fi->arrow_super) return;
    FuncInfo *na = non_arrow_fi(fi);
    if (!na || !na->home_var) return;
    int mark = fs->sp;
    NameRef r = resolve_name(fs, na->home_var->name);
    if (r.var) {
        int t = reg_alloc(fs);
        load_var_to(fs, r.var, r.depth, t, false);
        bc_emit(&fs->b, BC_SET_HOME_OBJECT, reg, t);
    }
    reg_free_to(fs, mark);
}

int emit_this(FuncState *fs, int dst)
{
    FuncInfo *fi = fs->fi;
    if (fi->is_arrow) {
        FuncInfo *na = non_arrow_fi(fi);
        dst = fresh(fs, dst);
        if (!na || (na->is_program && !na->is_eval) || !na->this_var) {
            bc_emit(&fs->b, BC_LOAD_GLOBAL_THIS, dst);
            return dst;
        }
        NameRef r = resolve_name(fs, "%this");
        if (r.var) load_var_to(fs, r.var, r.depth, dst, false);
        if (na->is_derived) bc_emit(&fs->b, BC_CHECK_THIS, dst);
        return dst;
    }
    fi->reads_this = true;
    if (fi->is_derived) bc_emit(&fs->b, BC_CHECK_THIS, 0);
    if (dst >= 0 && dst != 0) {
        bc_emit(&fs->b, BC_MOV, dst, 0);
        return dst;
    }
    return 0;
}

/* ---- keys ------------------------------------------------------------------ */

static bool utf16_index(const uint16_t *u, uint32_t len, uint32_t *out)
{
    if (len == 0 || len > 10) return false;
    if (len > 1 && u[0] == '0') return false;
    uint64_t v = 0;
    for (uint32_t i = 0; i < len; i++) {
        if (u[i] < '0' || u[i] > '9') return false;
        v = v * 10 + (u[i] - '0');
    }
    if (v > 2147483646u) return false;
    *out = (uint32_t)v;
    return true;
}

static bool number_index(double d, uint32_t *out)
{
    if (d >= 0 && d <= 2147483646.0 && (double)(uint32_t)d == d && !(d == 0 && signbit(d))) {
        *out = (uint32_t)d;
        return true;
    }
    return false;
}

/* UTF-16 -> UTF-8 into buf (for names). */
static const char *utf16_to_buf(const uint16_t *u, uint32_t len, char *buf, size_t sz)
{
    size_t o = 0;
    for (uint32_t i = 0; i < len && o + 4 < sz; i++) {
        uint32_t c = u[i];
        if (c >= 0xD800 && c <= 0xDBFF && i + 1 < len && u[i + 1] >= 0xDC00 && u[i + 1] <= 0xDFFF) {
            c = 0x10000 + ((c - 0xD800) << 10) + (u[i + 1] - 0xDC00);
            i++;
        }
        if (c < 0x80) buf[o++] = (char)c;
        else if (c < 0x800) { buf[o++] = (char)(0xC0 | (c >> 6)); buf[o++] = (char)(0x80 | (c & 63)); }
        else if (c < 0x10000) {
            buf[o++] = (char)(0xE0 | (c >> 12)); buf[o++] = (char)(0x80 | ((c >> 6) & 63));
            buf[o++] = (char)(0x80 | (c & 63));
        } else {
            buf[o++] = (char)(0xF0 | (c >> 18)); buf[o++] = (char)(0x80 | ((c >> 12) & 63));
            buf[o++] = (char)(0x80 | ((c >> 6) & 63)); buf[o++] = (char)(0x80 | (c & 63));
        }
    }
    buf[o] = 0;
    return buf;
}

/* Name of a non-computed key (for function names), or NULL. */
const char *static_key_name(FuncState *fs, Node *key, char *buf, size_t bufsz)
{
    if (!key) return NULL;
    if (key->kind == N_IDENT) return key->u.ident.name;
    if (key->kind == N_STRING) return utf16_to_buf(key->u.str.units, key->u.str.len, buf, bufsz);
    if (key->kind == N_NUMBER) {
        double d = key->u.num.value;
        uint32_t idx;
        if (number_index(d, &idx)) snprintf(buf, bufsz, "%u", idx);
        else {
            JSValue s = rt_number_to_string(fs->vm, d, 10);
            char *p = val_is_string(s) ? str_to_utf8(fs->vm, s, NULL) : NULL;
            snprintf(buf, bufsz, "%s", p ? p : "?");
            free(p);
        }
        return buf;
    }
    if (key->kind == N_BIGINT) {
        /* {1n: v}: the key is the decimal string of the value */
        JSValue b = bigint_from_literal(fs->vm, key->u.big.text, key->u.big.len);
        char *p = val_is_bigint(b) ? bigint_to_cstr(b, 10) : NULL;
        if (b == VAL_EXCEPTION) err_take(fs->vm);
        snprintf(buf, bufsz, "%s", p ? p : "?");
        free(p);
        return buf;
    }
    return NULL;
}

/* Kinds of static keys: an atom constant, or an integer index. */
typedef struct StaticKey { bool is_index; uint32_t index; int atom; } StaticKey;

static bool static_key(FuncState *fs, Node *key, StaticKey *out)
{
    out->is_index = false;
    if (key->kind == N_IDENT) {
        out->atom = const_atom(fs, key->u.ident.name);
        return true;
    }
    if (key->kind == N_STRING) {
        if (utf16_index(key->u.str.units, key->u.str.len, &out->index)) out->is_index = true;
        else out->atom = const_utf16(fs, key->u.str.units, key->u.str.len);
        return true;
    }
    if (key->kind == N_NUMBER) {
        if (number_index(key->u.num.value, &out->index)) {
            out->is_index = true;
            return true;
        }
        char buf[64];
        out->atom = const_atom(fs, static_key_name(fs, key, buf, sizeof buf));
        return true;
    }
    if (key->kind == N_BIGINT) {
        char buf[512];
        const char *name = static_key_name(fs, key, buf, sizeof buf);
        uint32_t idx = 0;
        bool index = name[0] >= '1' && name[0] <= '9' && strlen(name) <= 9;
        for (const char *q = name; index && *q; q++) index = *q >= '0' && *q <= '9';
        if (index) idx = (uint32_t)strtoul(name, NULL, 10);
        if (index || strcmp(name, "0") == 0) {
            out->is_index = true;
            out->index = idx;
        } else {
            out->atom = const_atom(fs, name);
        }
        return true;
    }
    return false;
}

/* A property key in a register (for DEFINE_OWN etc.). */
int key_reg(FuncState *fs, Node *key, bool computed, int dst)
{
    StaticKey sk;
    if (!computed && static_key(fs, key, &sk)) {
        dst = fresh(fs, dst);
        if (sk.is_index) bc_emit(&fs->b, BC_LOAD_INT, dst, (int32_t)sk.index);
        else bc_emit(&fs->b, BC_LOAD_CONST, dst, sk.atom);
        return dst;
    }
    int mark = begin(fs, &dst);
    int r = expr(fs, key, -1);
    bc_emit(&fs->b, BC_TO_PROPERTY_KEY, dst, r);
    reg_free_to(fs, mark);
    return dst;
}

/* ---- member access -------------------------------------------------------- */

/* For `o.x` / `o[k]` with a constant non-index string: the atom, else -1. */
static int member_atom(FuncState *fs, Node *m)
{
    Node *p = m->u.member.property;
    if (!m->u.member.computed) return const_atom(fs, p->u.ident.name);
    if (p->kind == N_STRING) {
        uint32_t idx;
        if (!utf16_index(p->u.str.units, p->u.str.len, &idx)) return const_utf16(fs, p->u.str.units, p->u.str.len);
    }
    return -1;
}

/* Errors of a property access point at the property name, as in V8. */
static void member_pos(FuncState *fs, Node *m)
{
    set_pos(fs, !m->u.member.computed && m->u.member.property ? m->u.member.property : m);
}

/* A call's position: the method name for o.m(), else the callee's start. */
static void call_pos(FuncState *fs, Node *n, Node *callee)
{
    if (callee && callee->kind == N_OPTIONAL_CHAIN) callee = callee->u.chain.expr;
    if (callee && callee->kind == N_MEMBER) member_pos(fs, callee);
    else set_pos(fs, n);
}

static int super_key(FuncState *fs, Node *m)
{
    int a = member_atom(fs, m);
    int k = reg_alloc(fs);
    if (a >= 0) bc_emit(&fs->b, BC_LOAD_CONST, k, a);
    else {
        int r = expr(fs, m->u.member.property, -1);
        bc_emit(&fs->b, BC_TO_PROPERTY_KEY, k, r);
    }
    return k;
}

static int expr_member(FuncState *fs, Node *n, int dst)
{
    int mark = begin(fs, &dst);
    if (n->u.member.object->kind == N_SUPER) {
        int k = super_key(fs, n);
        set_pos(fs, n);
        super_receiver(fs);
        bc_emit(&fs->b, BC_GET_SUPER, dst, k);
        reg_free_to(fs, mark);
        return dst;
    }
    int m0 = fs->sp;
    int obj = expr(fs, n->u.member.object, -1);
    if (n->u.member.optional) emit_jump(fs, BC_JUMP_IF_NULLISH, obj, 0, &fs->opt_list);
    int a = member_atom(fs, n);
    if (a >= 0) {
        member_pos(fs, n);
        bc_emit(&fs->b, BC_GET_PROP, dst, obj, a, fb_new(fs, FB_PROP));
    } else {
        obj = protect(fs, obj, m0, n->u.member.property);
        int k = expr(fs, n->u.member.property, -1);
        set_pos(fs, n);
        if (ast_is_private_member(n)) bc_emit(&fs->b, BC_PRIV_GET, dst, obj, k);
        else bc_emit(&fs->b, BC_GET_ELEM, dst, obj, k, fb_new(fs, FB_PROP));
    }
    reg_free_to(fs, mark);
    return dst;
}

/* ---- calls ----------------------------------------------------------------- */

static bool args_have_spread(NodeList *args)
{
    for (uint32_t i = 0; i < args->count; i++)
        if (args->items[i]->kind == N_SPREAD) return true;
    return false;
}

static int spread_array(FuncState *fs, NodeList *args, uint32_t from)
{
    int arr = reg_alloc(fs);
    bc_emit(&fs->b, BC_NEW_ARRAY, arr, args->count - from);
    for (uint32_t i = from; i < args->count; i++) {
        int mark = fs->sp;
        Node *a = args->items[i];
        if (a->kind == N_SPREAD) {
            int v = expr(fs, a->u.unary.arg, -1);
            bc_emit(&fs->b, BC_ARRAY_SPREAD, arr, v);
        } else {
            int v = expr(fs, a, -1);
            bc_emit(&fs->b, BC_ARRAY_PUSH, arr, v);
        }
        reg_free_to(fs, mark);
    }
    return arr;
}

/* Arguments into consecutive registers starting at fs->sp. */
static void push_args(FuncState *fs, NodeList *args)
{
    for (uint32_t i = 0; i < args->count; i++) {
        int r = reg_alloc(fs);
        expr_to(fs, args->items[i], r);
    }
}

static int expr_super_call(FuncState *fs, Node *n, int dst)
{
    int mark = begin(fs, &dst);
    NodeList *args = &n->u.call.args;
    int base = fs->sp;
    if (args_have_spread(args)) {
        int arr = spread_array(fs, args, 0);
        set_pos(fs, n);
        bc_emit(&fs->b, BC_SUPER_CALL_SPREAD, dst, arr);
    } else {
        push_args(fs, args);
        set_pos(fs, n);
        bc_emit(&fs->b, BC_SUPER_CALL, dst, base, args->count);
    }
    reg_free_to(fs, mark);
    FuncInfo *fi = fs->fi;
    if (!fi->is_arrow) {
        if (fi->this_var) {
            NameRef r = resolve_name(fs, "%this");
            if (r.var) store_var(fs, r.var, r.depth, 0);
        }
        if (fi->is_ctor) class_emit_fields(fs);
    } else {
        /* super() in an arrow binds the constructor's this (SUPER_CALL did,
         * in its frame): the copy arrows read, then the instance fields */
        FuncInfo *na = fi;
        while (na && na->is_arrow) na = na->parent;
        if (na && na->this_var) {
            NameRef r = resolve_name(fs, "%this");
            if (r.var) store_var(fs, r.var, r.depth, dst);
        }
        class_emit_instance_init(fs, dst);
    }
    return dst;
}

/* An optional chain (a?.b.c) collects its ?. tests' nullish jumps in
 * fs->opt_list.  chain_open starts an empty list for the chain and returns
 * the enclosing one; chain_close restores it and, if any test can short-
 * circuit, lands those jumps on `load_op dst` past the chain's value. */
static uint32_t chain_open(FuncState *fs)
{
    uint32_t outer = fs->opt_list;
    fs->opt_list = 0;
    return outer;
}

static void chain_close(FuncState *fs, uint32_t outer, Opcode load_op, int dst)
{
    uint32_t nullish = fs->opt_list;
    fs->opt_list = outer;
    if (!nullish) return;
    uint32_t end = 0;
    emit_jump(fs, BC_JUMP, 0, 0, &end);
    patch_here(fs, nullish);
    bc_emit(&fs->b, load_op, dst);
    patch_here(fs, end);
}

/* Callee o.m / o[k] / super.m into base, this into base+1. */
static void callee_member(FuncState *fs, Node *callee, int base)
{
    if (callee->u.member.object->kind == N_SUPER) {
        emit_this(fs, base + 1);
        int m2 = fs->sp;
        int k = super_key(fs, callee);
        super_receiver(fs);
        bc_emit(&fs->b, BC_GET_SUPER, base, k);
        reg_free_to(fs, m2);
    } else {
        expr_to(fs, callee->u.member.object, base + 1);
        if (callee->u.member.optional) emit_jump(fs, BC_JUMP_IF_NULLISH, base + 1, 0, &fs->opt_list);
        int a = member_atom(fs, callee);
        member_pos(fs, callee);
        if (a >= 0) {
            bc_emit(&fs->b, BC_GET_PROP, base, base + 1, a, fb_new(fs, FB_PROP));
        } else {
            int m2 = fs->sp;
            int k = expr(fs, callee->u.member.property, -1);
            if (ast_is_private_member(callee)) bc_emit(&fs->b, BC_PRIV_GET, base, base + 1, k);
            else bc_emit(&fs->b, BC_GET_ELEM, base, base + 1, k, fb_new(fs, FB_PROP));
            reg_free_to(fs, m2);
        }
    }
}

/* The parser's name for import() outside modules (no source text can spell
 * it), when the realm has the function (esm_install). */
static bool is_dynimport(FuncState *fs, const Node *n)
{
    return n->kind == N_IDENT && n->u.ident.name[0] == '%' && strcmp(n->u.ident.name, "%dynimport") == 0 &&
           val_is_function(vm_intrinsic(fs->vm, INTR_DynImport));
}

static int expr_call(FuncState *fs, Node *n, int dst, int template_k)
{
    Node *callee = n->kind == N_TAGGED_TEMPLATE ? n->u.tagged.tag : n->u.call.callee;
    if (n->kind == N_CALL && callee->kind == N_SUPER) return expr_super_call(fs, n, dst);
    if (n->kind == N_CALL && callee->kind == N_IDENT && strcmp(callee->u.ident.name, "eval") == 0) {
        int r = direct_eval_call(fs, n, dst);
        if (r >= 0) return r;
    }
    int mark = fs->sp;
    int base = reg_alloc_n(fs, 2);
    if (callee->kind == N_OPTIONAL_CHAIN && callee->u.chain.expr->kind == N_MEMBER) {
        /* (o?.m)(): the reference survives the parentheses, so this = o */
        uint32_t outer = chain_open(fs);
        callee_member(fs, callee->u.chain.expr, base);
        chain_close(fs, outer, BC_LOAD_UNDEF, base);
    } else if (callee->kind == N_MEMBER) {
        callee_member(fs, callee, base);
    } else if (callee->kind == N_IDENT && !is_dynimport(fs, callee) && resolve_name(fs, callee->u.ident.name).with) {
        load_callee_name(fs, callee->u.ident.name, base);
    } else {
        expr_to(fs, callee, base);
        bc_emit(&fs->b, BC_LOAD_UNDEF, base + 1);
    }
    if (n->kind == N_CALL && n->u.call.optional) emit_jump(fs, BC_JUMP_IF_NULLISH, base, 0, &fs->opt_list);
    int res = dst >= 0 ? dst : base;
    if (n->kind == N_TAGGED_TEMPLATE) {
        NodeList *exprs = &n->u.tagged.quasi->u.tmpl.exprs;
        int t = reg_alloc(fs);
        bc_emit(&fs->b, BC_LOAD_CONST, t, template_k);
        push_args(fs, exprs);
        call_pos(fs, n, callee);
        bc_emit(&fs->b, BC_CALL, res, base, exprs->count + 1, fb_new(fs, FB_CALL));
    } else if (args_have_spread(&n->u.call.args)) {
        int arr = spread_array(fs, &n->u.call.args, 0);
        call_pos(fs, n, callee);
        bc_emit(&fs->b, BC_CALL_SPREAD, res, base, arr, fb_new(fs, FB_CALL));
    } else {
        push_args(fs, &n->u.call.args);
        call_pos(fs, n, callee);
        bc_emit(&fs->b, BC_CALL, res, base, n->u.call.args.count, fb_new(fs, FB_CALL));
    }
    reg_free_to(fs, dst >= 0 ? mark : base + 1);
    return res;
}

static int expr_new(FuncState *fs, Node *n, int dst)
{
    int mark = fs->sp;
    int base = reg_alloc_n(fs, 2);
    expr_to(fs, n->u.call.callee, base);
    int res = dst >= 0 ? dst : base;
    if (args_have_spread(&n->u.call.args)) {
        int arr = spread_array(fs, &n->u.call.args, 0);
        set_pos(fs, n);
        bc_emit(&fs->b, BC_NEW_SPREAD, res, base, arr, fb_new(fs, FB_CALL));
    } else {
        push_args(fs, &n->u.call.args);
        set_pos(fs, n);
        bc_emit(&fs->b, BC_NEW, res, base, n->u.call.args.count, fb_new(fs, FB_CALL));
    }
    reg_free_to(fs, dst >= 0 ? mark : base + 1);
    return res;
}

/* ---- literals ------------------------------------------------------------- */

static int expr_array(FuncState *fs, Node *n, int dst)
{
    int mark = begin(fs, &dst);
    NodeList *l = &n->u.list;
    bc_emit(&fs->b, BC_NEW_ARRAY, dst, l->count);
    for (uint32_t i = 0; i < l->count; i++) {
        Node *e = l->items[i];
        int m2 = fs->sp;
        if (!e) bc_emit(&fs->b, BC_ARRAY_HOLE, dst);
        else if (e->kind == N_SPREAD) {
            int v = expr(fs, e->u.unary.arg, -1);
            bc_emit(&fs->b, BC_ARRAY_SPREAD, dst, v);
        } else {
            int v = expr(fs, e, -1);
            bc_emit(&fs->b, BC_ARRAY_PUSH, dst, v);
        }
        reg_free_to(fs, m2);
    }
    reg_free_to(fs, mark);
    return dst;
}

static bool fn_uses_super(FuncState *fs, Node *fnode)
{
    FuncInfo *fi = scope_func_of(fs->C, fnode);
    return fi && fi->uses_super_prop;
}

static int expr_object(FuncState *fs, Node *n, int dst)
{
    int mark = begin(fs, &dst);
    bc_emit(&fs->b, BC_NEW_OBJECT, dst);
    NodeList *l = &n->u.list;
    for (uint32_t i = 0; i < l->count; i++) {
        Node *p = l->items[i];
        int m2 = fs->sp;
        set_pos(fs, p);
        if (p->kind == N_SPREAD || (p->kind == N_PROPERTY && p->u.prop.kind == PROP_SPREAD_KIND)) {
            Node *arg = p->kind == N_SPREAD ? p->u.unary.arg : p->u.prop.value;
            int v = expr(fs, arg, -1);
            int u = reg_alloc(fs);
            bc_emit(&fs->b, BC_LOAD_UNDEF, u);
            bc_emit(&fs->b, BC_COPY_DATA_PROPS, dst, v, u);
            reg_free_to(fs, m2);
            continue;
        }
        char buf[128];
        Node *key = p->u.prop.key;
        Node *val = p->u.prop.value;
        const char *sname = p->u.prop.computed ? NULL : static_key_name(fs, key, buf, sizeof buf);
        if (p->u.prop.kind == PROP_INIT) {
            StaticKey sk;
            if (!p->u.prop.computed && !p->u.prop.shorthand && sname && strcmp(sname, "__proto__") == 0) {
                int v = expr(fs, val, -1);
                bc_emit(&fs->b, BC_SET_PROP, dst, const_atom(fs, "__proto__"), v, fb_new(fs, FB_PROP));
            } else if (!p->u.prop.computed && static_key(fs, key, &sk) && !sk.is_index) {
                int v = expr_named(fs, val, -1, sname);
                bc_emit(&fs->b, BC_DEFINE_FIELD, dst, sk.atom, v);
            } else {
                int k = key_reg(fs, key, p->u.prop.computed, -1);
                int v = expr_named(fs, val, -1, sname);
                int fl = DEF_ENUMERABLE;
                if (p->u.prop.computed && is_anon_fn(val)) fl |= DEF_SET_NAME;
                bc_emit(&fs->b, BC_DEFINE_OWN, dst, k, v, fl);
            }
        } else {
            /* methods and accessors */
            int k = key_reg(fs, key, p->u.prop.computed, -1);
            int f = reg_alloc(fs);
            FuncInfo *fi = scope_func_of(fs->C, val);
            char nbuf[160];
            const char *fname = sname;
            if (sname && p->u.prop.kind != PROP_METHOD) {
                snprintf(nbuf, sizeof nbuf, "%s %s", p->u.prop.kind == PROP_GET ? "get" : "set", sname);
                fname = nbuf;
            }
            int child = fi ? compile_function(fs, fi, fname) : 0;
            bc_emit(&fs->b, BC_CLOSURE, f, child);
            int fl = DEF_ENUMERABLE;
            if (p->u.prop.kind == PROP_GET) fl |= DEF_GETTER;
            if (p->u.prop.kind == PROP_SET) fl |= DEF_SETTER;
            if (p->u.prop.computed) fl |= DEF_SET_NAME;
            if (fn_uses_super(fs, val)) fl |= DEF_SET_HOME;
            bc_emit(&fs->b, BC_DEFINE_OWN, dst, k, f, fl);
        }
        reg_free_to(fs, m2);
    }
    reg_free_to(fs, mark);
    return dst;
}

static int expr_template(FuncState *fs, Node *n, int dst)
{
    int mark = begin(fs, &dst);
    NodeList *q = &n->u.tmpl.quasis, *e = &n->u.tmpl.exprs;
    Node *q0 = q->count ? q->items[0] : NULL;
    bool started = false;
    if (q0 && (q0->u.str.len > 0 || e->count == 0)) {
        bc_emit(&fs->b, BC_LOAD_CONST, dst, const_utf16(fs, q0->u.str.units, q0->u.str.len));
        started = true;
    } else if (!q0 && e->count == 0) {
        bc_emit(&fs->b, BC_LOAD_CONST, dst, const_utf16(fs, NULL, 0));
        started = true;
    }
    for (uint32_t i = 0; i < e->count; i++) {
        int m2 = fs->sp;
        int v = expr(fs, e->items[i], -1);
        if (!started) {
            bc_emit(&fs->b, BC_TO_STRING, dst, v);
            started = true;
        } else {
            int t = reg_alloc(fs);
            bc_emit(&fs->b, BC_TO_STRING, t, v);
            bc_emit(&fs->b, BC_ADD, dst, dst, t, fb_new(fs, FB_BINOP));
        }
        reg_free_to(fs, m2);
        Node *qs = i + 1 < q->count ? q->items[i + 1] : NULL;
        if (qs && qs->u.str.len > 0 && qs->u.str.len != UINT32_MAX) {
            int t = reg_alloc(fs);
            bc_emit(&fs->b, BC_LOAD_CONST, t, const_utf16(fs, qs->u.str.units, qs->u.str.len));
            bc_emit(&fs->b, BC_ADD, dst, dst, t, fb_new(fs, FB_BINOP));
            reg_free_to(fs, m2);
        }
    }
    reg_free_to(fs, mark);
    return dst;
}

/* The frozen template object of a tagged template, built once at compile
 * time and kept as a constant. */
static int template_object(FuncState *fs, Node *tmpl)
{
    VM *vm = fs->vm;
    NodeList *q = &tmpl->u.tmpl.quasis, *raws = &tmpl->u.tmpl.raws;
    HandleScope hs = heap_scope_open(vm);
    JSValue *cooked = heap_handle(vm, arr_new(vm, 0));
    JSValue *raw = heap_handle(vm, VAL_UNDEFINED);
    if (*cooked != VAL_EXCEPTION) *raw = arr_new(vm, 0);
    int k = -1;
    if (*cooked == VAL_EXCEPTION || *raw == VAL_EXCEPTION) goto fail;
    for (uint32_t i = 0; i < q->count; i++) {
        Node *c = q->items[i];
        JSValue s = (c->u.str.len == UINT32_MAX || (!c->u.str.units && c->u.str.len)) ? VAL_UNDEFINED
                    : str_from_utf16(vm, c->u.str.units, c->u.str.len);
        if (s == VAL_EXCEPTION || arr_push(vm, *cooked, s) < 0) goto fail;
        Node *r = i < raws->count ? raws->items[i] : c;
        uint32_t rl = r->u.str.len == UINT32_MAX ? 0 : r->u.str.len;
        s = str_from_utf16(vm, r->u.str.units, rl);
        if (s == VAL_EXCEPTION || arr_push(vm, *raw, s) < 0) goto fail;
    }
    if (obj_define_value(vm, *cooked, vm_atom(vm, ATOM_raw), *raw, 0) < 0) goto fail;
    for (int j = 0; j < 2; j++) {
        JSValue a = j ? *raw : *cooked;
        if (obj_prevent_extensions(vm, a) < 0) goto fail;
        JSObject *o = val_obj(j ? *raw : *cooked);
        o->flags |= OBJ_FROZEN_ELEMENTS | OBJ_SEALED_ELEMENTS | OBJ_LENGTH_READONLY;
        o->flags &= (uint16_t)~OBJ_EXTENSIBLE;
    }
    k = const_value(fs, *cooked);
    heap_scope_close(vm, hs);
    return k;
fail:
    heap_scope_close(vm, hs);
    comp_error(fs->C, tmpl, "out of memory while compiling a template");
    return const_value(fs, VAL_UNDEFINED);
}

/* ---- operators ------------------------------------------------------------- */

static Opcode binop_opcode(AstOp op)
{
    switch ((int)op) {   /* partial dispatch: the rest share the default */
    case OP_ADD: return BC_ADD;
    case OP_SUB: return BC_SUB;
    case OP_MUL: return BC_MUL;
    case OP_DIV: return BC_DIV;
    case OP_MOD: return BC_MOD;
    case OP_EXP: return BC_EXP;
    case OP_SHL: return BC_SHL;
    case OP_SHR: return BC_SHR;
    case OP_USHR: return BC_USHR;
    case OP_BIT_AND: return BC_BIT_AND;
    case OP_BIT_OR: return BC_BIT_OR;
    case OP_BIT_XOR: return BC_BIT_XOR;
    case OP_EQ: return BC_EQ;
    case OP_NE: return BC_NE;
    case OP_STRICT_EQ: return BC_STRICT_EQ;
    case OP_STRICT_NE: return BC_STRICT_NE;
    case OP_LT: return BC_LT;
    case OP_LE: return BC_LE;
    case OP_GT: return BC_GT;
    case OP_GE: return BC_GE;
    case OP_IN: return BC_IN;
    case OP_INSTANCEOF: return BC_INSTANCEOF;
    default: return BC_NOP;
    }
}

static bool int_literal(Node *n, int32_t *out)
{
    if (n && n->kind == N_NUMBER) {
        double d = n->u.num.value;
        if (d >= -2147483648.0 && d <= 2147483647.0 && (double)(int32_t)d == d && !(d == 0 && signbit(d))) {
            *out = (int32_t)d;
            return true;
        }
    }
    return false;
}

/* dst = l op r for an arithmetic/comparison opcode. */
static void emit_binop(FuncState *fs, Opcode op, int dst, int l, int r)
{
    switch (bc_ops[op].feedback) {
    case FB_BINOP: case FB_COMPARE: bc_emit(&fs->b, op, dst, l, r, fb_new(fs, (FeedbackKind)bc_ops[op].feedback)); break;
    default: bc_emit(&fs->b, op, dst, l, r); break;
    }
}

/* Fold number op number at compile time (operators whose result needs no
 * runtime conversions). */
static bool fold_numbers(AstOp op, double a, double b, double *out)
{
    bool ints = a >= -2147483648.0 && a <= 2147483647.0 && b >= -2147483648.0 && b <= 2147483647.0 &&
                a == (double)(int32_t)a && b == (double)(int32_t)b;
    int32_t ia = ints ? (int32_t)a : 0, ib = ints ? (int32_t)b : 0;
    switch ((int)op) {   /* partial: the others are left to run time */
    case OP_ADD: *out = a + b; return true;
    case OP_SUB: *out = a - b; return true;
    case OP_MUL: *out = a * b; return true;
    case OP_DIV: *out = a / b; return true;
    case OP_BIT_OR: if (!ints) return false; *out = (double)(ia | ib); return true;
    case OP_BIT_AND: if (!ints) return false; *out = (double)(ia & ib); return true;
    case OP_BIT_XOR: if (!ints) return false; *out = (double)(ia ^ ib); return true;
    case OP_SHL: if (!ints) return false; *out = (double)(int32_t)((uint32_t)ia << (ib & 31)); return true;
    case OP_SHR: if (!ints) return false; *out = (double)(ia >> (ib & 31)); return true;
    case OP_USHR: if (!ints) return false; *out = (double)((uint32_t)ia >> (ib & 31)); return true;
    default: return false;
    }
}

static int expr_binary(FuncState *fs, Node *n, int dst)
{
    AstOp op = n->u.binary.op;
    double folded;
    if (n->u.binary.left->kind == N_NUMBER && n->u.binary.right->kind == N_NUMBER &&
        fold_numbers(op, n->u.binary.left->u.num.value, n->u.binary.right->u.num.value, &folded)) {
        dst = fresh(fs, dst);
        emit_load_number(fs, dst, folded);
        return dst;
    }
    int mark = begin(fs, &dst);
    int m0 = fs->sp;
    int32_t imm;
    if (op == OP_ADD && int_literal(n->u.binary.right, &imm)) {
        int l = expr(fs, n->u.binary.left, -1);
        bc_emit(&fs->b, BC_ADD_IMM, dst, l, imm, fb_new(fs, FB_BINOP));
        reg_free_to(fs, mark);
        return dst;
    }
    int l = expr(fs, n->u.binary.left, -1);
    l = protect(fs, l, m0, n->u.binary.right);
    int r = expr(fs, n->u.binary.right, -1);
    Opcode bop = binop_opcode(op);
    if (bop == BC_NOP) comp_error(fs->C, n, "bad binary operator");
    set_pos(fs, n);
    if (op == OP_IN && ast_is_private_name(n->u.binary.left)) bc_emit(&fs->b, BC_PRIV_HAS, dst, l, r);
    else emit_binop(fs, bop, dst, l, r);
    reg_free_to(fs, mark);
    return dst;
}

static int expr_logical(FuncState *fs, Node *n, int dst)
{
    int mark = begin(fs, &dst);
    expr_to(fs, n->u.binary.left, dst);
    uint32_t end = 0;
    Opcode j = n->u.binary.op == OP_AND ? BC_JUMP_IF_FALSE
             : n->u.binary.op == OP_OR ? BC_JUMP_IF_TRUE : BC_JUMP_IF_NOT_NULLISH;
    emit_jump(fs, j, dst, 0, &end);
    expr_to(fs, n->u.binary.right, dst);
    patch_here(fs, end);
    reg_free_to(fs, mark);
    return dst;
}

static bool is_global_ref(FuncState *fs, const char *name)
{
    NameRef r = resolve_name(fs, name);
    return !r.with && (!r.var || r.var->loc == LOC_GLOBAL);
}

static int expr_unary(FuncState *fs, Node *n, int dst)
{
    AstOp op = n->u.unary.op;
    Node *arg = n->u.unary.arg;
    if (op == OP_NEG && arg->kind == N_NUMBER) {
        dst = fresh(fs, dst);
        emit_load_number(fs, dst, -arg->u.num.value);
        return dst;
    }
    if (op == OP_DELETE) {
        int mark = begin(fs, &dst);
        uint32_t saved = fs->opt_list, nullish = 0;
        bool chain = arg->kind == N_OPTIONAL_CHAIN && arg->u.chain.expr->kind == N_MEMBER;
        if (chain) {   /* delete o?.a: true when the chain short-circuits */
            fs->opt_list = 0;
            arg = arg->u.chain.expr;
        }
        if (arg->kind == N_MEMBER && arg->u.member.object->kind != N_SUPER) {
            int obj = expr(fs, arg->u.member.object, -1);
            if (arg->u.member.optional) emit_jump(fs, BC_JUMP_IF_NULLISH, obj, 0, &fs->opt_list);
            int a = member_atom(fs, arg);
            if (a >= 0) bc_emit(&fs->b, BC_DELETE_PROP, dst, obj, a);
            else {
                int k = expr(fs, arg->u.member.property, -1);
                bc_emit(&fs->b, BC_DELETE_ELEM, dst, obj, k);
            }
        } else if (arg->kind == N_IDENT) {
            if (resolve_name(fs, arg->u.ident.name).with) {
                delete_name_with(fs, arg->u.ident.name, dst);
            } else if (is_global_ref(fs, arg->u.ident.name)) {
                int g = reg_alloc(fs);
                bc_emit(&fs->b, BC_LOAD_GLOBAL_THIS, g);
                bc_emit(&fs->b, BC_DELETE_PROP, dst, g, const_atom(fs, arg->u.ident.name));
            } else {
                bc_emit(&fs->b, BC_LOAD_FALSE, dst);
            }
        } else {
            expr_effect(fs, arg);
            bc_emit(&fs->b, BC_LOAD_TRUE, dst);
        }
        if (chain) {
            nullish = fs->opt_list;
            fs->opt_list = saved;
            if (nullish) {
                uint32_t end = 0;
                emit_jump(fs, BC_JUMP, 0, 0, &end);
                patch_here(fs, nullish);
                bc_emit(&fs->b, BC_LOAD_TRUE, dst);
                patch_here(fs, end);
            }
        }
        reg_free_to(fs, mark);
        return dst;
    }
    if (op == OP_TYPEOF && arg->kind == N_IDENT && resolve_name(fs, arg->u.ident.name).with) {
        /* inside with: the objects first, then an unresolvable name is undefined */
        int mark = begin(fs, &dst);
        int t = reg_alloc(fs);
        load_name_typeof(fs, arg->u.ident.name, t);
        bc_emit(&fs->b, BC_TYPEOF, dst, t);
        reg_free_to(fs, mark);
        return dst;
    }
    if (op == OP_TYPEOF && arg->kind == N_IDENT && is_global_ref(fs, arg->u.ident.name)) {
        int mark = begin(fs, &dst);
        int t = reg_alloc(fs);
        bc_emit(&fs->b, BC_GET_GLOBAL_TYPEOF, t, const_atom(fs, arg->u.ident.name), fb_new(fs, FB_PROP));
        bc_emit(&fs->b, BC_TYPEOF, dst, t);
        reg_free_to(fs, mark);
        return dst;
    }
    if (op == OP_VOID) {
        int mark = fs->sp;
        expr_effect(fs, arg);
        reg_free_to(fs, mark);
        dst = fresh(fs, dst);
        bc_emit(&fs->b, BC_LOAD_UNDEF, dst);
        return dst;
    }
    int mark = begin(fs, &dst);
    int v = expr(fs, arg, -1);
    set_pos(fs, n);
    switch ((int)op) {   /* partial dispatch: the rest share the default */
    case OP_NEG: bc_emit(&fs->b, BC_NEG, dst, v, fb_new(fs, FB_BINOP)); break;
    case OP_PLUS: bc_emit(&fs->b, BC_TO_NUMBER, dst, v); break;
    case OP_NOT: bc_emit(&fs->b, BC_NOT, dst, v); break;
    case OP_BIT_NOT: bc_emit(&fs->b, BC_BIT_NOT, dst, v); break;
    case OP_TYPEOF: bc_emit(&fs->b, BC_TYPEOF, dst, v); break;
    default: comp_error(fs->C, n, "bad unary operator"); break;
    }
    reg_free_to(fs, mark);
    return dst;
}

/* ---- assignment and update ------------------------------------------------- */

/* A reference: where an assignment target's value lives. */
typedef struct LRef {
    int kind;            /* 0 name, 1 property (atom), 2 element, 3 super, 4 private (o.#x) */
    const char *name;
    int obj, key, atom;
} LRef;

static void lref_eval(FuncState *fs, Node *t, LRef *r, Node *rest)
{
    memset(r, 0, sizeof *r);
    if (t->kind == N_IDENT) {
        r->kind = 0;
        r->name = t->u.ident.name;
        return;
    }
    if (t->kind != N_MEMBER) {
        comp_error(fs->C, t, "Invalid left-hand side in assignment");
        return;
    }
    if (t->u.member.object->kind == N_SUPER) {
        r->kind = 3;
        r->key = super_key(fs, t);
        return;
    }
    int m0 = fs->sp;
    r->obj = expr(fs, t->u.member.object, -1);
    r->atom = member_atom(fs, t);
    if (r->atom >= 0) {
        r->kind = 1;
        if (r->obj < m0 && has_assign(rest)) {   /* the value may reassign the variable */
            int c = reg_alloc(fs);
            bc_emit(&fs->b, BC_MOV, c, r->obj);
            r->obj = c;
        }
    } else {
        r->kind = ast_is_private_member(t) ? 4 : 2;
        if (r->obj < m0 && (has_assign(rest) || has_assign(t->u.member.property))) {
            int c = reg_alloc(fs);
            bc_emit(&fs->b, BC_MOV, c, r->obj);
            r->obj = c;
        }
        int k = expr(fs, t->u.member.property, -1);
        if (k < m0 && has_assign(rest)) {
            int c = reg_alloc(fs);
            bc_emit(&fs->b, BC_MOV, c, k);
            k = c;
        }
        r->key = k;
    }
}

static int lref_get(FuncState *fs, LRef *r, int dst, Node *at)
{
    switch (r->kind) {
    case 0: return load_name(fs, r->name, dst, at);
    case 1: dst = fresh(fs, dst); bc_emit(&fs->b, BC_GET_PROP, dst, r->obj, r->atom, fb_new(fs, FB_PROP)); return dst;
    case 2: dst = fresh(fs, dst); bc_emit(&fs->b, BC_GET_ELEM, dst, r->obj, r->key, fb_new(fs, FB_PROP)); return dst;
    case 4: dst = fresh(fs, dst); bc_emit(&fs->b, BC_PRIV_GET, dst, r->obj, r->key); return dst;
    default: dst = fresh(fs, dst); super_receiver(fs); bc_emit(&fs->b, BC_GET_SUPER, dst, r->key); return dst;
    }
}

static void lref_set(FuncState *fs, LRef *r, int v, Node *at)
{
    set_pos(fs, at);
    switch (r->kind) {
    case 0: store_name(fs, r->name, v, at, false); break;
    case 1: bc_emit(&fs->b, BC_SET_PROP, r->obj, r->atom, v, fb_new(fs, FB_PROP)); break;
    case 2: bc_emit(&fs->b, BC_SET_ELEM, r->obj, r->key, v, fb_new(fs, FB_PROP)); break;
    case 4: bc_emit(&fs->b, BC_PRIV_SET, r->obj, r->key, v); break;
    default: super_receiver(fs); bc_emit(&fs->b, BC_SET_SUPER, r->key, v); break;
    }
}

/* The variable's register if name is a plain local we may write directly. */
static int direct_local(FuncState *fs, const char *name)
{
    NameRef r = resolve_name(fs, name);
    if (!r.var || r.with || r.var->loc != LOC_REG || r.var->map_flag) return -1;
    if (r.var->kind == BK_CONST || r.var->kind == BK_CLASS_INNER || r.var->kind == BK_CALLEE) return -1;
    if (r.var->needs_tdz && !r.var->initialized) return -1;
    return r.var->index;
}

static bool final_write(Node *e)
{
    switch ((int)e->kind) {   /* partial dispatch: the rest share the default */
    case N_NUMBER: case N_STRING: case N_BINARY: case N_UNARY: case N_CALL: case N_NEW: case N_MEMBER:
    case N_FUNCTION: case N_IDENT: case N_TRUE_LIT: case N_FALSE_LIT: case N_NULL_LIT: case N_THIS:
    case N_REGEXP:
        return true;
    case N_CONDITIONAL: return final_write(e->u.cond.then) && final_write(e->u.cond.else_);
    default: return false;
    }
}

static int expr_assign(FuncState *fs, Node *n, int dst)
{
    Node *t = n->u.assign.target, *val = n->u.assign.value;
    AstOp op = n->u.assign.op;
    bool discard = dst == DISCARD;
    if (discard) dst = -1;
    if (op == OP_ASSIGN) {
        if (t->kind == N_IDENT) {
            const char *name = t->u.ident.name;
            int loc = direct_local(fs, name);
            if (loc >= 0 && final_write(val)) {
                expr_named(fs, val, loc, name);
                if (dst >= 0 && dst != loc) bc_emit(&fs->b, BC_MOV, dst, loc);
                return dst >= 0 ? dst : loc;
            }
            int mark = fs->sp;
            int v = expr_named(fs, val, dst, name);
            set_pos(fs, n);
            store_name(fs, name, v, n, false);
            if (v >= mark) reg_free_to(fs, v + 1);
            return v;
        }
        if (t->kind == N_MEMBER) {
            int mark = fs->sp;
            LRef r;
            lref_eval(fs, t, &r, val);
            int v = expr(fs, val, dst);
            lref_set(fs, &r, v, n);
            reg_free_to(fs, v >= mark ? v + 1 : mark);
            return v;
        }
        /* destructuring assignment */
        int mark = begin(fs, &dst);
        expr_to(fs, val, dst);
        pattern_bind(fs, t, dst, BIND_ASSIGN);
        reg_free_to(fs, mark);
        return dst;
    }
    if (op == OP_AND || op == OP_OR || op == OP_NULLISH) {
        int mark = begin(fs, &dst);
        LRef r;
        lref_eval(fs, t, &r, val);
        lref_get(fs, &r, dst, n);
        uint32_t end = 0;
        Opcode j = op == OP_AND ? BC_JUMP_IF_FALSE : op == OP_OR ? BC_JUMP_IF_TRUE : BC_JUMP_IF_NOT_NULLISH;
        emit_jump(fs, j, dst, 0, &end);
        expr_named(fs, val, dst, t->kind == N_IDENT ? t->u.ident.name : NULL);
        lref_set(fs, &r, dst, n);
        patch_here(fs, end);
        reg_free_to(fs, mark);
        return dst;
    }
    /* compound: x op= v */
    Opcode bop = binop_opcode(op);
    int32_t imm = 0;
    bool use_imm = op == OP_ADD && int_literal(val, &imm);
    if (t->kind == N_IDENT) {
        int loc = direct_local(fs, t->u.ident.name);
        if (loc >= 0 && !has_assign(val)) {
            int mark = fs->sp;
            if (use_imm) bc_emit(&fs->b, BC_ADD_IMM, loc, loc, imm, fb_new(fs, FB_BINOP));
            else {
                int v = expr(fs, val, -1);
                set_pos(fs, n);
                emit_binop(fs, bop, loc, loc, v);
            }
            reg_free_to(fs, mark);
            if (dst >= 0 && dst != loc) bc_emit(&fs->b, BC_MOV, dst, loc);
            return dst >= 0 ? dst : loc;
        }
    }
    int mark = begin(fs, &dst);
    LRef r;
    lref_eval(fs, t, &r, val);
    int cur = lref_get(fs, &r, -1, n);
    if (use_imm) {
        bc_emit(&fs->b, BC_ADD_IMM, dst, cur, imm, fb_new(fs, FB_BINOP));
    } else {
        if (cur != dst && has_assign(val)) {
            bc_emit(&fs->b, BC_MOV, dst, cur);
            cur = dst;
        }
        int v = expr(fs, val, -1);
        set_pos(fs, n);
        emit_binop(fs, bop, dst, cur, v);
    }
    lref_set(fs, &r, dst, n);
    reg_free_to(fs, mark);
    return dst;
}

static int expr_update(FuncState *fs, Node *n, int dst)
{
    bool discard = dst == DISCARD;
    if (discard) dst = -1;
    Node *t = n->u.update.arg;
    Opcode op = n->u.update.op == OP_INC ? BC_INC : BC_DEC;
    bool want_old = !n->u.update.prefix && !discard;
    if (t->kind == N_IDENT) {
        int loc = direct_local(fs, t->u.ident.name);
        if (loc >= 0) {
            if (!want_old) {
                bc_emit(&fs->b, op, loc, loc, fb_new(fs, FB_BINOP));
                if (dst >= 0 && dst != loc) bc_emit(&fs->b, BC_MOV, dst, loc);
                return dst >= 0 ? dst : loc;
            }
            dst = fresh(fs, dst);
            bc_emit(&fs->b, BC_TO_NUMERIC, dst, loc);
            bc_emit(&fs->b, op, loc, dst, fb_new(fs, FB_BINOP));
            return dst;
        }
    }
    int mark = begin(fs, &dst);
    LRef r;
    lref_eval(fs, t, &r, NULL);
    int cur = lref_get(fs, &r, -1, n);
    set_pos(fs, n);
    if (want_old) {
        bc_emit(&fs->b, BC_TO_NUMERIC, dst, cur);
        int nv = reg_alloc(fs);
        bc_emit(&fs->b, op, nv, dst, fb_new(fs, FB_BINOP));
        lref_set(fs, &r, nv, n);
    } else {
        bc_emit(&fs->b, op, dst, cur, fb_new(fs, FB_BINOP));
        lref_set(fs, &r, dst, n);
    }
    reg_free_to(fs, mark);
    return dst;
}

/* ---- the dispatcher ------------------------------------------------------- */

int expr_named(FuncState *fs, Node *n, int dst, const char *name)
{
    if (name && is_anon_fn(n)) {
        if (dst == DISCARD) dst = -1;
        if (n->kind == N_CLASS) return class_expr(fs, n, dst, name);
        dst = fresh(fs, dst);
        FuncInfo *fi = scope_func_of(fs->C, n);
        int child = fi ? compile_function(fs, fi, name) : 0;
        bc_emit(&fs->b, BC_CLOSURE, dst, child);
        arrow_home(fs, fi, dst);
        return dst;
    }
    return expr(fs, n, dst);
}

void expr_to(FuncState *fs, Node *n, int dst)
{
    int r = expr(fs, n, dst);
    if (r != dst) bc_emit(&fs->b, BC_MOV, dst, r);
}

void expr_effect(FuncState *fs, Node *n)
{
    int mark = fs->sp;
    expr(fs, n, DISCARD);
    reg_free_to(fs, mark);
}

int expr(FuncState *fs, Node *n, int dst)
{
    if (fs->C->failed || !n) {
        dst = dst >= 0 ? dst : reg_alloc(fs);
        return dst;
    }
    if (n->kind == N_ASSIGN) return expr_assign(fs, n, dst);
    if (n->kind == N_UPDATE) return expr_update(fs, n, dst);
    if (dst == DISCARD) dst = -1;
    switch (n->kind) {
    case N_NUMBER:
        dst = fresh(fs, dst);
        emit_load_number(fs, dst, n->u.num.value);
        return dst;
    case N_BIGINT:
        dst = fresh(fs, dst);
        bc_emit(&fs->b, BC_LOAD_CONST, dst, const_bigint(fs, n->u.big.text, n->u.big.len));
        return dst;
    case N_STRING:
        dst = fresh(fs, dst);
        bc_emit(&fs->b, BC_LOAD_CONST, dst, const_utf16(fs, n->u.str.units, n->u.str.len));
        return dst;
    case N_TEMPLATE: return expr_template(fs, n, dst);
    case N_TAGGED_TEMPLATE: {
        int k = template_object(fs, n->u.tagged.quasi);
        return expr_call(fs, n, dst, k);
    }
    case N_REGEXP: {
        dst = fresh(fs, dst);
        int kp = const_utf16(fs, n->u.regexp.pattern, n->u.regexp.plen);
        int kf = const_atom(fs, n->u.regexp.flags ? n->u.regexp.flags : "");
        set_pos(fs, n);
        bc_emit(&fs->b, BC_NEW_REGEXP, dst, kp, kf);
        return dst;
    }
    case N_IDENT:
        if (strcmp(n->u.ident.name, "undefined") == 0 && is_global_ref(fs, "undefined")) {
            dst = fresh(fs, dst);
            bc_emit(&fs->b, BC_LOAD_UNDEF, dst);
            return dst;
        }
        if (is_dynimport(fs, n)) {   /* import() outside modules (parse_expr.c): the realm's function */
            dst = fresh(fs, dst);
            bc_emit(&fs->b, BC_LOAD_CONST, dst, const_value(fs, vm_intrinsic(fs->vm, INTR_DynImport)));
            return dst;
        }
        set_pos(fs, n);
        return load_name(fs, n->u.ident.name, dst, n);
    case N_THIS: return emit_this(fs, dst);
    case N_NEW_TARGET:
        dst = fresh(fs, dst);
        if (comp_map_get(&fs->C->undef_new_target, n)) {   /* in a field initialiser (scope.c) */
            bc_emit(&fs->b, BC_LOAD_UNDEF, dst);
        } else if (fs->fi->is_arrow || fs->fi->is_program) {   /* arrows and direct eval code: the function's */
            NameRef r = resolve_name(fs, "%newtarget");
            if (r.var) load_var_to(fs, r.var, r.depth, dst, false);
            else bc_emit(&fs->b, BC_LOAD_UNDEF, dst);
        } else {
            bc_emit(&fs->b, BC_LOAD_NEW_TARGET, dst);
        }
        return dst;
    case N_NULL_LIT: dst = fresh(fs, dst); bc_emit(&fs->b, BC_LOAD_NULL, dst); return dst;
    case N_TRUE_LIT: dst = fresh(fs, dst); bc_emit(&fs->b, BC_LOAD_TRUE, dst); return dst;
    case N_FALSE_LIT: dst = fresh(fs, dst); bc_emit(&fs->b, BC_LOAD_FALSE, dst); return dst;
    case N_ARRAY: return expr_array(fs, n, dst);
    case N_OBJECT: return expr_object(fs, n, dst);
    case N_FUNCTION: {
        dst = fresh(fs, dst);
        FuncInfo *fi = scope_func_of(fs->C, n);
        int child = fi ? compile_function(fs, fi, NULL) : 0;
        bc_emit(&fs->b, BC_CLOSURE, dst, child);
        arrow_home(fs, fi, dst);
        return dst;
    }
    case N_CLASS: return class_expr(fs, n, dst, NULL);
    case N_YIELD: return expr_yield(fs, n, dst);
    case N_AWAIT: return expr_await(fs, n, dst);
    case N_UNARY: return expr_unary(fs, n, dst);
    case N_BINARY: return expr_binary(fs, n, dst);
    case N_LOGICAL: return expr_logical(fs, n, dst);
    case N_CONDITIONAL: {
        int mark = begin(fs, &dst);
        uint32_t else_l = 0, end = 0;
        test_jump(fs, n->u.cond.test, false, &else_l);
        expr_to(fs, n->u.cond.then, dst);
        if (!code_dead(fs)) emit_jump(fs, BC_JUMP, 0, 0, &end);
        patch_here(fs, else_l);
        expr_to(fs, n->u.cond.else_, dst);
        patch_here(fs, end);
        reg_free_to(fs, mark);
        return dst;
    }
    case N_CALL: return expr_call(fs, n, dst, -1);
    case N_NEW: return expr_new(fs, n, dst);
    case N_MEMBER: return expr_member(fs, n, dst);
    case N_OPTIONAL_CHAIN: {
        int mark = begin(fs, &dst);
        uint32_t outer = chain_open(fs);
        expr_to(fs, n->u.chain.expr, dst);
        chain_close(fs, outer, BC_LOAD_UNDEF, dst);
        reg_free_to(fs, mark);
        return dst;
    }
    case N_SEQUENCE: {
        NodeList *l = &n->u.list;
        for (uint32_t i = 0; i + 1 < l->count; i++) expr_effect(fs, l->items[i]);
        if (!l->count) {
            dst = fresh(fs, dst);
            bc_emit(&fs->b, BC_LOAD_UNDEF, dst);
            return dst;
        }
        return expr(fs, l->items[l->count - 1], dst);
    }
    case N_SUPER:
        comp_error(fs->C, n, "'super' keyword unexpected here");
        return fresh(fs, dst);
    case N_SPREAD: case N_REST: case N_ARRAY_PATTERN: case N_OBJECT_PATTERN: case N_ASSIGN_PATTERN:
    case N_PROPERTY:
        comp_error(fs->C, n, "unexpected %s in expression", ast_kind_name(n->kind));
        return fresh(fs, dst);
    case N_ASSIGN: case N_UPDATE:
        return fresh(fs, dst);   /* handled above */
    case N_FUNCTION_DECL: case N_CLASS_DECL: case N_VAR_DECL: case N_DECLARATOR: case N_EXPR_STMT:
    case N_BLOCK: case N_EMPTY: case N_IF: case N_FOR: case N_FOR_IN: case N_FOR_OF: case N_WHILE:
    case N_DO_WHILE: case N_CONTINUE: case N_BREAK: case N_RETURN: case N_WITH: case N_SWITCH:
    case N_CASE: case N_LABELED: case N_THROW: case N_TRY: case N_DEBUGGER: case N_PROGRAM: case N__COUNT:
        comp_error(fs->C, n, "statement %s in expression position", ast_kind_name(n->kind));
        return fresh(fs, dst);
    }
    return fresh(fs, dst);
}

/* ---- conditions ------------------------------------------------------------ */

static bool compare_jump(AstOp op, bool when, Opcode *out)
{
    switch ((int)op) {   /* partial dispatch: the rest share the default */
    case OP_LT: *out = when ? BC_JLT : BC_JNLT; return true;
    case OP_LE: *out = when ? BC_JLE : BC_JNLE; return true;
    case OP_GT: *out = when ? BC_JGT : BC_JNGT; return true;
    case OP_GE: *out = when ? BC_JGE : BC_JNGE; return true;
    case OP_EQ: *out = when ? BC_JEQ : BC_JNE; return true;
    case OP_NE: *out = when ? BC_JNE : BC_JEQ; return true;
    case OP_STRICT_EQ: *out = when ? BC_JSTRICT_EQ : BC_JSTRICT_NE; return true;
    case OP_STRICT_NE: *out = when ? BC_JSTRICT_NE : BC_JSTRICT_EQ; return true;
    default: return false;
    }
}

static bool is_undefined_lit(FuncState *fs, Node *n)
{
    if (n->kind == N_IDENT) return strcmp(n->u.ident.name, "undefined") == 0 && is_global_ref(fs, "undefined");
    return n->kind == N_UNARY && n->u.unary.op == OP_VOID && n->u.unary.arg->kind == N_NUMBER;
}

/* x == null, x != undefined, x !== undefined ...: one nullish/undefined
 * branch instead of a load and a compare. */
static bool nullish_test(FuncState *fs, Node *n, bool when, uint32_t *list)
{
    AstOp op = n->u.binary.op;
    Node *l = n->u.binary.left, *r = n->u.binary.right;
    bool r_null = r->kind == N_NULL_LIT, r_undef = is_undefined_lit(fs, r);
    if (!r_null && !r_undef) {
        if (l->kind == N_NULL_LIT || is_undefined_lit(fs, l)) {
            Node *t = l;
            l = r;
            r = t;
            r_null = r->kind == N_NULL_LIT;
            r_undef = !r_null;
        } else {
            return false;
        }
    }
    Opcode j;
    if (op == OP_EQ || op == OP_NE) {
        bool jump_if_nullish = (op == OP_EQ) == when;
        j = jump_if_nullish ? BC_JUMP_IF_NULLISH : BC_JUMP_IF_NOT_NULLISH;
    } else if (r_undef && ((op == OP_STRICT_EQ && when) || (op == OP_STRICT_NE && !when))) {
        j = BC_JUMP_IF_UNDEF;
    } else {
        return false;
    }
    int mark = fs->sp;
    int v = expr(fs, l, -1);
    set_pos(fs, n);
    emit_jump(fs, j, v, 0, list);
    reg_free_to(fs, mark);
    return true;
}

/* Jump to *list when ToBoolean(n) == when; fall through otherwise. */
void test_jump(FuncState *fs, Node *n, bool when, uint32_t *list)
{
    int mark = fs->sp;
    switch ((int)n->kind) {   /* partial dispatch: the rest share the default */
    case N_TRUE_LIT: case N_FALSE_LIT: {
        bool v = n->kind == N_TRUE_LIT;
        if (v == when) emit_jump(fs, BC_JUMP, 0, 0, list);
        return;
    }
    case N_NUMBER: {
        bool v = n->u.num.value != 0 && n->u.num.value == n->u.num.value;
        if (v == when) emit_jump(fs, BC_JUMP, 0, 0, list);
        return;
    }
    case N_UNARY:
        if (n->u.unary.op == OP_NOT) {
            test_jump(fs, n->u.unary.arg, !when, list);
            return;
        }
        break;
    case N_LOGICAL:
        if (n->u.binary.op == OP_AND) {
            if (!when) {
                test_jump(fs, n->u.binary.left, false, list);
                test_jump(fs, n->u.binary.right, false, list);
            } else {
                uint32_t skip = 0;
                test_jump(fs, n->u.binary.left, false, &skip);
                test_jump(fs, n->u.binary.right, true, list);
                patch_here(fs, skip);
            }
            return;
        }
        if (n->u.binary.op == OP_OR) {
            if (when) {
                test_jump(fs, n->u.binary.left, true, list);
                test_jump(fs, n->u.binary.right, true, list);
            } else {
                uint32_t skip = 0;
                test_jump(fs, n->u.binary.left, true, &skip);
                test_jump(fs, n->u.binary.right, false, list);
                patch_here(fs, skip);
            }
            return;
        }
        break;
    case N_BINARY: {
        Opcode j;
        if (nullish_test(fs, n, when, list)) return;
        if (compare_jump(n->u.binary.op, when, &j)) {
            int m0 = fs->sp;
            int l = expr(fs, n->u.binary.left, -1);
            l = protect(fs, l, m0, n->u.binary.right);
            int r = expr(fs, n->u.binary.right, -1);
            set_pos(fs, n);
            emit_jump(fs, j, l, r, list);
            reg_free_to(fs, mark);
            return;
        }
        break;
    }
    default: break;
    }
    int r = expr(fs, n, -1);
    emit_jump(fs, when ? BC_JUMP_IF_TRUE : BC_JUMP_IF_FALSE, r, 0, list);
    reg_free_to(fs, mark);
}
