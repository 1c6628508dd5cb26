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
 * one.  Default constructors are synthesised without an AST.
 */
#include <stdio.h>
#include <string.h>

#include "compiler_internal.h"

static bool uses_super(FuncState *fs, Node *fnode)
{
    FuncInfo *fi = scope_func_of(fs->C, fnode);
    return fi && fi->uses_super_prop;
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
    int sup = reg_alloc(fs);
    if (c->super_class) expr_to(fs, c->super_class, sup);
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

    for (uint32_t i = 0; i < c->members.count; i++) {
        Node *m = c->members.items[i];
        int m2 = fs->sp;
        set_pos(fs, m);
        char buf[128], nbuf[160];
        const char *sname = m->u.prop.computed ? NULL : static_key_name(fs, m->u.prop.key, buf, sizeof buf);
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
    for (uint32_t i = 0; i < c->members.count; i++) {
        Node *m = c->members.items[i];
        if (m->u.prop.kind != PROP_INIT || m->u.prop.is_static != want_static) continue;
        int mark = fs->sp;
        set_pos(fs, m);
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
