/*
 * comp_class.c -- class definitions (part of the compiler, see compiler.c).
 *
 *   [class scope: inner name binding, hidden computed field keys]
 *   sup = heritage, or the hole constant when there is no extends
 *   CREATE_CLASS c, <ctor child>, sup      ; c = constructor, c+1 = prototype
 *   SET_HOME_OBJECT c, c+1
 *   per member, in order: methods/accessors via DEFINE_OWN (non-enumerable,
 *   DEF_SET_HOME when the method uses super); computed field keys are
 *   evaluated here and kept in hidden class-scope variables
 *   initialise the inner name binding
 *   static fields: a synthesised method called with this = c
 * Instance fields are defined by the constructor itself (class_emit_fields):
 * at entry of a base constructor, right after super() returns in a derived
 * one.  When an arrow in a derived constructor calls super(), they are a
 * synthesised method instead (<instance_members_initializer>, made with the
 * class, kept in the hidden class-scope binding %ii) that every super()
 * calls with the new this, the direct ones and those in arrows.  Default
 * constructors are synthesised without an AST.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compiler_internal.h"
#include "private.h"

static bool uses_super(FuncState *fs, Node *fnode)
{
    FuncInfo *fi = scope_func_of(fs->C, fnode);
    return fi && fi->uses_super_prop;
}

static bool same_private(const Node *m, const Var *v)
{
    return ast_is_private_name(m->u.prop.key) && !strcmp(m->u.prop.key->u.ident.name, v->name);
}

/* A hidden class-scope binding (private name, method closure, computed
 * key) into a new register. */
static void load_hidden_to(FuncState *fs, const char *name, int r)
{
    NameRef ref = resolve_name(fs, name);
    if (ref.var) load_var_to(fs, ref.var, ref.depth, r, false);
    else comp_error(fs->C, NULL, "internal error: hidden binding %s not found", name);
}

static int load_hidden(FuncState *fs, const char *name)
{
    int r = reg_alloc(fs);
    load_hidden_to(fs, name, r);
    return r;
}

/* Create the class's private names (before anything else of it runs). */
static void emit_private_names(FuncState *fs, ClassInfo *ci, ClassNode *c, const char *cname)
{
    if (!ci->npriv) return;
    int mark = fs->sp;
    int cn = reg_alloc(fs), r = reg_alloc(fs);
    bc_emit(&fs->b, BC_LOAD_CONST, cn, const_atom(fs, cname));
    for (uint32_t i = 0; i < ci->npriv; i++) {
        Var *v = ci->priv_names[i];
        unsigned flags = 0;
        for (uint32_t j = 0; j < c->members.count; j++) {
            Node *m = c->members.items[j];
            if (!same_private(m, v)) continue;
            if (m->u.prop.kind != PROP_INIT) flags |= SYM_PRIVATE_METHOD;
            if (m->u.prop.is_static) flags |= SYM_PRIVATE_STATIC;
        }
        bc_emit(&fs->b, BC_PRIV_NAME, r, const_atom(fs, v->name), cn, flags);
        store_var(fs, v, 0, r);
    }
    reg_free_to(fs, mark);
}

/* PrivateMethodOrAccessorAdd for every private method / accessor pair of
 * the class placed static (target = the class) or not (target = this). */
static void emit_private_methods(FuncState *fs, ClassInfo *ci, ClassNode *c, int target, bool want_static)
{
    for (uint32_t i = 0; i < ci->npriv; i++) {
        Var *v = ci->priv_names[i];
        int meth = -1, get = -1, set = -1;
        for (uint32_t j = 0; j < c->members.count; j++) {
            Node *m = c->members.items[j];
            if (!same_private(m, v) || m->u.prop.is_static != want_static) continue;
            if (m->u.prop.kind == PROP_METHOD) meth = (int)j;
            if (m->u.prop.kind == PROP_GET) get = (int)j;
            if (m->u.prop.kind == PROP_SET) set = (int)j;
        }
        if (meth < 0 && get < 0 && set < 0) continue;
        int mark = fs->sp;
        int k = load_hidden(fs, v->name);
        if (meth >= 0) {
            int f = load_hidden(fs, ci->priv_fn[meth]->name);
            bc_emit(&fs->b, BC_PRIV_DEFINE, target, k, f, PRIV_METHOD);
        } else {
            int pr = reg_alloc_n(fs, 2);
            if (get >= 0) load_hidden_to(fs, ci->priv_fn[get]->name, pr);
            else bc_emit(&fs->b, BC_LOAD_UNDEF, pr);
            if (set >= 0) load_hidden_to(fs, ci->priv_fn[set]->name, pr + 1);
            else bc_emit(&fs->b, BC_LOAD_UNDEF, pr + 1);
            bc_emit(&fs->b, BC_PRIV_DEFINE, target, k, pr, PRIV_ACCESSOR);
        }
        reg_free_to(fs, mark);
    }
}

int class_expr(FuncState *fs, Node *n, int dst, const char *name)
{
    ClassNode *c = &n->u.cls;
    ClassInfo *ci = comp_map_get(&fs->C->classes, n);
    if (!ci) {
        comp_error(fs->C, n, "internal error: class not analysed");
        return dst >= 0 ? dst : reg_alloc(fs);
    }
    const char *cname = c->name ? c->name->u.ident.name : (name ? name : "");
    if (dst < 0) dst = reg_alloc(fs);
    int mark = fs->sp;
    set_pos(fs, n);
    scope_enter(fs, ci->scope);
    emit_private_names(fs, ci, c, cname);
    int sup = reg_alloc(fs);
    if (c->super_class) {
        /* the heritage sees the enclosing classes' private names (scope.c
         * resolved it before declaring these): hide ours while compiling it */
        const char **saved = ci->npriv ? calloc(ci->npriv, sizeof *saved) : NULL;
        for (uint32_t i = 0; saved && i < ci->npriv; i++) {
            saved[i] = ci->priv_names[i]->name;
            ci->priv_names[i]->name = "%hidden";
        }
        expr_to(fs, c->super_class, sup);
        for (uint32_t i = 0; saved && i < ci->npriv; i++) ci->priv_names[i]->name = saved[i];
        free(saved);
    }
    else bc_emit(&fs->b, BC_LOAD_CONST, sup, const_hole(fs));
    int pair = reg_alloc_n(fs, 2);
    int child = compile_function(fs, ci->ctor, cname);
    set_pos(fs, n);
    bc_emit(&fs->b, BC_CREATE_CLASS, pair, child, sup);
    bc_emit(&fs->b, BC_SET_HOME_OBJECT, pair, pair + 1);
    if (ci->home_proto) {
        store_var(fs, ci->home_proto, 0, pair + 1);
        store_var(fs, ci->home_ctor, 0, pair);
    }
    if (ci->inst_init) {   /* before anything (a static block) can construct an instance */
        int m2 = fs->sp;
        int f = reg_alloc(fs);
        bc_emit(&fs->b, BC_CLOSURE, f, compile_function(fs, ci->inst_init, "<instance_members_initializer>"));
        bc_emit(&fs->b, BC_SET_HOME_OBJECT, f, pair + 1);
        store_var(fs, ci->inst_init_var, 0, f);
        reg_free_to(fs, m2);
    }

    for (uint32_t i = 0; i < c->members.count; i++) {
        Node *m = c->members.items[i];
        int m2 = fs->sp;
        set_pos(fs, m);
        char buf[128], nbuf[160];
        const char *sname = m->u.prop.computed ? NULL : static_key_name(fs, m->u.prop.key, buf, sizeof buf);
        if (m->u.prop.kind == PROP_STATIC_BLOCK) continue;
        if (m->u.prop.kind == PROP_INIT) {
            if (m->u.prop.computed && ci->field_keys[i]) {
                int k = key_reg(fs, m->u.prop.key, true, -1);
                store_var(fs, ci->field_keys[i], 0, k);
            }
            reg_free_to(fs, m2);
            continue;
        }
        Node *val = m->u.prop.value;
        int target = m->u.prop.is_static ? pair : pair + 1;
        if (ci->priv_fn[i]) {
            /* a private method or accessor: its closure waits in a hidden
             * binding for PRIV_DEFINE (on the class below, or per instance) */
            if (m->u.prop.kind != PROP_METHOD) {
                snprintf(nbuf, sizeof nbuf, "%s %s", m->u.prop.kind == PROP_GET ? "get" : "set", sname);
                sname = nbuf;
            }
            FuncInfo *fi = scope_func_of(fs->C, val);
            int f = reg_alloc(fs);
            bc_emit(&fs->b, BC_CLOSURE, f, fi ? compile_function(fs, fi, sname) : 0);
            if (uses_super(fs, val)) bc_emit(&fs->b, BC_SET_HOME_OBJECT, f, target);
            store_var(fs, ci->priv_fn[i], 0, f);
            reg_free_to(fs, m2);
            continue;
        }
        int k = key_reg(fs, m->u.prop.key, m->u.prop.computed, -1);
        const char *fname = sname;
        if (sname && m->u.prop.kind != PROP_METHOD) {
            snprintf(nbuf, sizeof nbuf, "%s %s", m->u.prop.kind == PROP_GET ? "get" : "set", sname);
            fname = nbuf;
        }
        FuncInfo *fi = scope_func_of(fs->C, val);
        int f = reg_alloc(fs);
        int fchild = fi ? compile_function(fs, fi, fname) : 0;
        bc_emit(&fs->b, BC_CLOSURE, f, fchild);
        int fl = 0;
        if (m->u.prop.kind == PROP_GET) fl |= DEF_GETTER;
        if (m->u.prop.kind == PROP_SET) fl |= DEF_SETTER;
        if (m->u.prop.computed) fl |= DEF_SET_NAME;
        if (uses_super(fs, val)) fl |= DEF_SET_HOME;
        bc_emit(&fs->b, BC_DEFINE_OWN, target, k, f, fl);
        reg_free_to(fs, m2);
    }
    if (ci->name_var) {
        store_var(fs, ci->name_var, 0, pair);
        ci->name_var->initialized = true;
    }
    emit_private_methods(fs, ci, c, pair, true);
    if (ci->static_init) {
        int m2 = fs->sp;
        int base = reg_alloc_n(fs, 2);
        int sc = compile_function(fs, ci->static_init, "<static_initializer>");
        bc_emit(&fs->b, BC_CLOSURE, base, sc);
        bc_emit(&fs->b, BC_SET_HOME_OBJECT, base, pair);
        bc_emit(&fs->b, BC_MOV, base + 1, pair);
        bc_emit(&fs->b, BC_CALL, base, base, 0, fb_new(fs, FB_CALL));
        reg_free_to(fs, m2);
    }
    bc_emit(&fs->b, BC_MOV, dst, pair);
    scope_leave(fs, ci->scope, true);
    reg_free_to(fs, mark);
    return dst;
}

/* After super() in fs (the derived constructor or an arrow in it) returned
 * this_reg: call the class's instance-elements initialiser, if it has one,
 * with this = this_reg. */
void class_emit_instance_init(FuncState *fs, int this_reg)
{
    FuncInfo *na = fs->fi;
    while (na && na->is_arrow) na = na->parent;
    ClassInfo *ci = na && na->cls_node ? comp_map_get(&fs->C->classes, na->cls_node) : NULL;
    if (!ci || !ci->inst_init) return;
    int mark = fs->sp;
    int base = reg_alloc_n(fs, 2);
    load_hidden_to(fs, ci->inst_init_var->name, base);
    bc_emit(&fs->b, BC_MOV, base + 1, this_reg);
    bc_emit(&fs->b, BC_CALL, base, base, 0, fb_new(fs, FB_CALL));
    reg_free_to(fs, mark);
}

/* Define the instance fields on this (constructor) or the static fields on
 * the class (static initialiser). */
void class_emit_fields(FuncState *fs)
{
    FuncInfo *fi = fs->fi;
    if (!fi->cls_node) return;
    ClassInfo *ci = comp_map_get(&fs->C->classes, fi->cls_node);
    if (!ci) return;
    bool want_static = fi->static_init;
    ClassNode *c = &fi->cls_node->u.cls;
    if (fi->is_ctor && ci->inst_init) {   /* after a direct super(): the synthesised initialiser */
        class_emit_instance_init(fs, 0);
        return;
    }
    /* InitializeInstanceElements: private methods first, then the fields */
    if (!want_static) emit_private_methods(fs, ci, c, 0, false);
    for (uint32_t i = 0; i < c->members.count; i++) {
        Node *m = c->members.items[i];
        if (m->u.prop.kind == PROP_STATIC_BLOCK && want_static) {
            /* a static block: its own function, called with this = the class */
            int mark = fs->sp;
            set_pos(fs, m);
            int base = reg_alloc_n(fs, 2);
            FuncInfo *bf = scope_func_of(fs->C, m->u.prop.value);
            bc_emit(&fs->b, BC_CLOSURE, base, bf ? compile_function(fs, bf, "<static_initializer>") : 0);
            bc_emit(&fs->b, BC_SET_HOME_OBJECT, base, 0);
            bc_emit(&fs->b, BC_MOV, base + 1, 0);
            bc_emit(&fs->b, BC_CALL, base, base, 0, fb_new(fs, FB_CALL));
            reg_free_to(fs, mark);
            continue;
        }
        if (m->u.prop.kind != PROP_INIT || m->u.prop.is_static != want_static) continue;
        int mark = fs->sp;
        set_pos(fs, m);
        if (ast_is_private_name(m->u.prop.key)) {
            const char *pname = m->u.prop.key->u.ident.name;
            int k = load_hidden(fs, pname);
            int v = reg_alloc(fs);
            if (m->u.prop.value) expr_named(fs, m->u.prop.value, v, pname);
            else bc_emit(&fs->b, BC_LOAD_UNDEF, v);
            bc_emit(&fs->b, BC_PRIV_DEFINE, 0, k, v, PRIV_FIELD);
            reg_free_to(fs, mark);
            continue;
        }
        char buf[128];
        const char *sname = m->u.prop.computed ? NULL : static_key_name(fs, m->u.prop.key, buf, sizeof buf);
        int k;
        if (m->u.prop.computed && ci->field_keys[i]) {
            k = reg_alloc(fs);
            NameRef r = resolve_name(fs, ci->field_keys[i]->name);
            if (r.var) load_var_to(fs, r.var, r.depth, k, false);
        } else {
            k = key_reg(fs, m->u.prop.key, false, -1);
        }
        int v = reg_alloc(fs);
        if (m->u.prop.value) expr_named(fs, m->u.prop.value, v, sname);
        else bc_emit(&fs->b, BC_LOAD_UNDEF, v);
        int fl = DEF_ENUMERABLE;
        if (m->u.prop.computed && is_anon_fn(m->u.prop.value)) fl |= DEF_SET_NAME;
        bc_emit(&fs->b, BC_DEFINE_OWN, 0, k, v, fl);
        reg_free_to(fs, mark);
    }
}
