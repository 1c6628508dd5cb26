/*
 * comp_pattern.c -- destructuring (part of the compiler, see compiler.c):
 * binding patterns in declarations and parameters (BIND_INIT) and
 * assignment patterns (BIND_ASSIGN), whose leaves may be any reference.
 *
 * Array patterns follow the iterator protocol: a `done` register remembers
 * exhaustion so later elements get undefined without calling next(), and
 * the iterator is closed at the end unless it is done (in a generator, also
 * by a return() resumed at a yield inside the pattern: CT_ITER).  A member
 * assignment target (o.x, o[k]) is evaluated before its value is fetched.
 */
#include <stdio.h>
#include <string.h>

#include "compiler_internal.h"

/* Store src into an assignment target (identifier, member, or pattern). */
void assign_to(FuncState *fs, Node *target, int src)
{
    int mark = fs->sp;
    switch ((int)target->kind) {   /* partial dispatch: the rest share the default */
    case N_IDENT:
        store_name(fs, target->u.ident.name, src, target, false);
        break;
    case N_MEMBER: {
        Node *o = target->u.member.object;
        if (o->kind == N_SUPER) {
            int k = key_reg(fs, target->u.member.property, target->u.member.computed, -1);
            super_receiver(fs);
            bc_emit(&fs->b, BC_SET_SUPER, k, src);
            break;
        }
        int obj = expr(fs, o, -1);
        Node *p = target->u.member.property;
        set_pos(fs, target);
        if (!target->u.member.computed) {
            bc_emit(&fs->b, BC_SET_PROP, obj, const_atom(fs, p->u.ident.name), src, fb_new(fs, FB_PROP));
        } else {
            int k = expr(fs, p, -1);
            if (ast_is_private_member(target)) bc_emit(&fs->b, BC_PRIV_SET, obj, k, src);
            else bc_emit(&fs->b, BC_SET_ELEM, obj, k, src, fb_new(fs, FB_PROP));
        }
        break;
    }
    default:
        pattern_bind(fs, target, src, BIND_ASSIGN);
        break;
    }
    reg_free_to(fs, mark);
}

/* The reference of a member assignment target (o.x, o[k], o.#x), evaluated
 * before the value is fetched: the spec evaluates an AssignmentElement's
 * DestructuringAssignmentTarget before IteratorStepValue / GetV. */
typedef struct MemberRef { int obj, key; } MemberRef;   /* key -1: a named property */

static bool eval_member_ref(FuncState *fs, Node *item, BindMode mode, MemberRef *ref)
{
    Node *t = item;
    if (t && (t->kind == N_ASSIGN_PATTERN || t->kind == N_ASSIGN)) t = t->u.assign.target;
    if (mode != BIND_ASSIGN || !t || t->kind != N_MEMBER || t->u.member.object->kind == N_SUPER) return false;
    ref->obj = reg_alloc(fs);
    expr_to(fs, t->u.member.object, ref->obj);   /* a copy: later assignments to the variable do not count */
    ref->key = -1;
    if (t->u.member.computed) {
        ref->key = reg_alloc(fs);
        expr_to(fs, t->u.member.property, ref->key);
    }
    return true;
}

static void store_member_ref(FuncState *fs, Node *target, const MemberRef *ref, int src)
{
    set_pos(fs, target);
    if (ref->key < 0)
        bc_emit(&fs->b, BC_SET_PROP, ref->obj, const_atom(fs, target->u.member.property->u.ident.name), src,
                fb_new(fs, FB_PROP));
    else if (ast_is_private_member(target))
        bc_emit(&fs->b, BC_PRIV_SET, ref->obj, ref->key, src);
    else
        bc_emit(&fs->b, BC_SET_ELEM, ref->obj, ref->key, src, fb_new(fs, FB_PROP));
}

/* ref: the target's reference when eval_member_ref made it, else NULL. */
static void bind_leaf(FuncState *fs, Node *target, int src, BindMode mode, const MemberRef *ref)
{
    if (ref) store_member_ref(fs, target, ref, src);
    else if (target->kind == N_IDENT && mode == BIND_INIT) init_binding(fs, target->u.ident.name, src, target);
    else if (target->kind == N_IDENT || target->kind == N_MEMBER) assign_to(fs, target, src);
    else pattern_bind(fs, target, src, mode);
}

/* target = default when src is undefined. */
static void bind_with_default(FuncState *fs, Node *target, Node *def, int src, BindMode mode, const MemberRef *ref)
{
    int mark = fs->sp;
    int v = reg_alloc(fs);
    if (v != src) bc_emit(&fs->b, BC_MOV, v, src);
    uint32_t dflt = 0, skip = 0;
    emit_jump(fs, BC_JUMP_IF_UNDEF, v, 0, &dflt);
    emit_jump(fs, BC_JUMP, 0, 0, &skip);
    patch_here(fs, dflt);
    expr_named(fs, def, v, target->kind == N_IDENT ? target->u.ident.name : NULL);
    patch_here(fs, skip);
    bind_leaf(fs, target, v, mode, ref);
    reg_free_to(fs, mark);
}

static void bind_element(FuncState *fs, Node *item, int v, BindMode mode, const MemberRef *ref)
{
    if (item->kind == N_ASSIGN_PATTERN || item->kind == N_ASSIGN)
        bind_with_default(fs, item->u.assign.target, item->u.assign.value, v, mode, ref);
    else
        bind_leaf(fs, item, v, mode, ref);
}

/* Array destructuring.  `done` mirrors the iterator record's [[Done]]: it
 * is true across each next() call (a throwing next() is not closed) and
 * once the iterator is exhausted.  An abrupt completion of the elements
 * (a default, a nested pattern or a target assignment throws) closes the
 * iterator unless done, ignoring whatever return() does (IteratorClose
 * with a throw completion); a normal one closes it if not done. */
static void array_pattern(FuncState *fs, Node *p, int src, BindMode mode)
{
    int mark = fs->sp;
    int it = reg_alloc_n(fs, 2);
    int done = reg_alloc(fs);
    int envr = reg_alloc(fs);
    set_pos(fs, p);
    bc_emit(&fs->b, BC_GET_ITERATOR, it, src);
    bc_emit(&fs->b, BC_LOAD_FALSE, done);
    bc_emit(&fs->b, BC_GET_ENV, envr);
    Control *ctl = NULL;
    if (fs->fi->is_generator) {   /* a yield in a default: return() closes the iterator (emit_return) */
        ctl = ctl_push(fs, CT_ITER);
        ctl->iter_reg = it;
        ctl->done_reg = done;
    }
    uint32_t body_start = here(fs);
    NodeList *l = &p->u.list;
    for (uint32_t i = 0; i < l->count; i++) {
        Node *item = l->items[i];
        int m2 = fs->sp;
        MemberRef ref;
        bool has_ref = item && eval_member_ref(fs, item->kind == N_REST || item->kind == N_SPREAD ? item->u.unary.arg : item,
                                               mode, &ref);
        if (item && (item->kind == N_REST || item->kind == N_SPREAD)) {
            int arr = reg_alloc(fs), v = reg_alloc(fs);
            bc_emit(&fs->b, BC_NEW_ARRAY, arr, 0);
            uint32_t end = 0, fin = 0;
            emit_jump(fs, BC_JUMP_IF_TRUE, done, 0, &end);
            bc_emit(&fs->b, BC_LOAD_TRUE, done);
            uint32_t top = here(fs);
            emit_jump(fs, BC_ITER_NEXT, v, it, &fin);
            bc_emit(&fs->b, BC_ARRAY_PUSH, arr, v);
            emit_loop(fs, top);
            patch_here(fs, fin);
            patch_here(fs, end);
            bind_leaf(fs, item->u.unary.arg, arr, mode, has_ref ? &ref : NULL);
        } else {
            int v = reg_alloc(fs);
            bc_emit(&fs->b, BC_LOAD_UNDEF, v);
            uint32_t skip = 0, exhausted = 0;
            emit_jump(fs, BC_JUMP_IF_TRUE, done, 0, &skip);
            bc_emit(&fs->b, BC_LOAD_TRUE, done);
            emit_jump(fs, BC_ITER_NEXT, v, it, &exhausted);
            bc_emit(&fs->b, BC_LOAD_FALSE, done);
            patch_here(fs, exhausted);
            patch_here(fs, skip);
            if (item) bind_element(fs, item, v, mode, has_ref ? &ref : NULL);
        }
        reg_free_to(fs, m2);
    }
    uint32_t body_end = here(fs);
    if (ctl) ctl_pop(fs);
    uint32_t fin = 0;
    emit_jump(fs, BC_JUMP_IF_TRUE, done, 0, &fin);
    bc_emit(&fs->b, BC_ITER_CLOSE, it);
    if (body_end > body_start) {
        emit_jump(fs, BC_JUMP, 0, 0, &fin);
        int exc = reg_alloc(fs), ignored = reg_alloc(fs);
        add_handler(fs, body_start, body_end, here(fs), exc, envr);
        uint32_t rethrow = 0;
        emit_jump(fs, BC_JUMP_IF_TRUE, done, 0, &rethrow);
        uint32_t close_start = here(fs);
        bc_emit(&fs->b, BC_ITER_CLOSE, it);
        add_handler(fs, close_start, here(fs), here(fs), ignored, envr);
        patch_here(fs, rethrow);
        bc_emit(&fs->b, BC_THROW, exc);
    }
    patch_here(fs, fin);
    reg_free_to(fs, mark);
}

static void object_pattern(FuncState *fs, Node *p, int src, BindMode mode)
{
    int mark = fs->sp;
    NodeList *l = &p->u.list;
    set_pos(fs, p);
    bc_emit(&fs->b, BC_CHECK_OBJECT_COERCIBLE, src);
    bool has_rest = false;
    for (uint32_t i = 0; i < l->count; i++)
        if (l->items[i] && (l->items[i]->kind == N_REST || l->items[i]->kind == N_SPREAD)) has_rest = true;
    int excl = -1;
    if (has_rest) {
        excl = reg_alloc(fs);
        bc_emit(&fs->b, BC_NEW_ARRAY, excl, l->count);
    }
    for (uint32_t i = 0; i < l->count; i++) {
        Node *it = l->items[i];
        if (!it) continue;
        int m2 = fs->sp;
        if (it->kind == N_REST || it->kind == N_SPREAD) {
            MemberRef ref;
            bool has_ref = eval_member_ref(fs, it->u.unary.arg, mode, &ref);
            int r = reg_alloc(fs);
            bc_emit(&fs->b, BC_NEW_OBJECT, r);
            bc_emit(&fs->b, BC_COPY_DATA_PROPS, r, src, excl);
            bind_leaf(fs, it->u.unary.arg, r, mode, has_ref ? &ref : NULL);
            reg_free_to(fs, m2);
            continue;
        }
        Node *key = it->u.prop.key;
        MemberRef ref;
        bool has_ref;
        int v;
        if (!it->u.prop.computed && key->kind == N_IDENT && !has_rest) {
            has_ref = eval_member_ref(fs, it->u.prop.value, mode, &ref);   /* the target, then GetV */
            v = reg_alloc(fs);
            bc_emit(&fs->b, BC_GET_PROP, v, src, const_atom(fs, key->u.ident.name), fb_new(fs, FB_PROP));
        } else {
            int k = key_reg(fs, key, it->u.prop.computed, -1);   /* the key, the target, then GetV */
            if (has_rest) bc_emit(&fs->b, BC_ARRAY_PUSH, excl, k);
            has_ref = eval_member_ref(fs, it->u.prop.value, mode, &ref);
            v = reg_alloc(fs);
            bc_emit(&fs->b, BC_GET_ELEM, v, src, k, fb_new(fs, FB_PROP));
        }
        bind_element(fs, it->u.prop.value, v, mode, has_ref ? &ref : NULL);
        reg_free_to(fs, m2);
    }
    reg_free_to(fs, mark);
}

void pattern_bind(FuncState *fs, Node *target, int src, BindMode mode)
{
    if (!target || fs->C->failed) return;
    switch ((int)target->kind) {   /* partial dispatch: the rest share the default */
    case N_IDENT: case N_MEMBER: bind_leaf(fs, target, src, mode, NULL); break;
    case N_ASSIGN_PATTERN: case N_ASSIGN:
        bind_with_default(fs, target->u.assign.target, target->u.assign.value, src, mode, NULL);
        break;
    case N_ARRAY_PATTERN: case N_ARRAY: array_pattern(fs, target, src, mode); break;
    case N_OBJECT_PATTERN: case N_OBJECT: object_pattern(fs, target, src, mode); break;
    default:
        comp_error(fs->C, target, "Invalid destructuring assignment target");
        break;
    }
}
