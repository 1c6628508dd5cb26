/*
 * test_shape.c -- unit tests of shapes and ordinary objects (Check).
 *
 * Each test runs twice: under marksweep and under semispace with a
 * collection at every allocation (every cell moves constantly, so a
 * missing handle shows up as garbage).  Covered: shared transitions and
 * stable slots, hash-indexed tables, dictionary mode (delete, attribute
 * change, > 64 properties) with a fresh shape identity per change,
 * [[OwnPropertyKeys]] order, defineProperty validation, accessors on
 * the prototype chain, read-only inherited properties, for-in keys.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tierlab.h"
#include "array.h"
#include "atom.h"
#include "error.h"
#include "flags.h"
#include "function.h"
#include "shape.h"
#include "str.h"
#include "vm.h"
#include "unit_vm.h"

static JSValue key(VM *vm, const char *s)
{
    JSValue k = atom_from_cstr(vm, s);
    ck_assert(k != VAL_EXCEPTION);
    return k;
}

static JSValue new_obj(VM *vm)
{
    JSValue o = obj_new(vm, vm_intrinsic(vm, INTR_ObjectPrototype));
    ck_assert(o != VAL_EXCEPTION);
    return o;
}

/* (keys are made first: making an atom allocates and may move objects) */
static void put(VM *vm, JSValue *h, const char *k, int v)
{
    JSValue kv = key(vm, k);
    ck_assert_int_eq(obj_set(vm, *h, kv, val_from_int(v), *h), 1);
}

static int get_int(VM *vm, JSValue *o, const char *k)
{
    JSValue kv = key(vm, k);
    JSValue v = obj_get(vm, *o, kv);
    ck_assert(val_is_int(v));
    return val_int(v);
}

/* key i of an own-keys array as a C string (static buffer) */
static const char *key_at(VM *vm, JSValue arr, uint32_t i)
{
    static char buf[64];
    JSValue k = val_obj(arr)->elements->v[i];
    char *s = str_to_utf8(vm, k, NULL);
    snprintf(buf, sizeof buf, "%s", s ? s : "?");
    free(s);
    return buf;
}

START_TEST(test_transitions_shared)
{
    VM *vm = unit_vm_for_mode(_i);
    HandleScope hs = heap_scope_open(vm);
    JSValue *a = heap_handle(vm, new_obj(vm));
    JSValue *b = heap_handle(vm, new_obj(vm));
    put(vm, a, "x", 1);
    put(vm, a, "y", 2);
    put(vm, b, "x", 3);
    put(vm, b, "y", 4);
    ck_assert_ptr_eq(val_obj(*a)->shape, val_obj(*b)->shape);
    uint32_t attrs;
    JSValue k1 = key(vm, "y");
    ck_assert_int_eq(shape_lookup(val_obj(*a)->shape, k1, &attrs), 1);
    ck_assert_int_eq(attrs, PROP_DEFAULT);
    JSValue k2 = key(vm, "z");
    ck_assert_int_eq(shape_lookup(val_obj(*a)->shape, k2, &attrs), -1);
    JSValue *c = heap_handle(vm, new_obj(vm));
    put(vm, c, "y", 5);
    put(vm, c, "x", 6);
    ck_assert_ptr_ne(val_obj(*a)->shape, val_obj(*c)->shape);
    ck_assert_int_eq(get_int(vm, b, "y"), 4);
    ck_assert_int_eq(get_int(vm, c, "x"), 6);
    /* overwriting keeps the shape */
    JSValue *s = heap_handle(vm, val_from_cell(val_obj(*a)->shape));
    put(vm, a, "x", 10);
    ck_assert_ptr_eq(val_obj(*a)->shape, val_cell(*s));
    ck_assert_int_eq(get_int(vm, a, "x"), 10);
    heap_scope_close(vm, hs);
    unit_vm_free(vm);
}
END_TEST

START_TEST(test_many_properties)
{
    VM *vm = unit_vm_for_mode(_i);
    HandleScope hs = heap_scope_open(vm);
    JSValue *o = heap_handle(vm, new_obj(vm));
    char name[32];
    for (int i = 0; i < 200; i++) {
        snprintf(name, sizeof name, "p%d", i);
        put(vm, o, name, i * 3);
        if (i == 20) ck_assert(!(val_obj(*o)->shape->flags & SHAPE_DICT));
    }
    ck_assert(val_obj(*o)->shape->flags & SHAPE_DICT);
    for (int i = 0; i < 200; i++) {
        snprintf(name, sizeof name, "p%d", i);
        ck_assert_int_eq(get_int(vm, o, name), i * 3);
    }
    JSValue k3 = key(vm, "nope");
    ck_assert(obj_get(vm, *o, k3) == VAL_UNDEFINED);
    JSValue keys = obj_own_keys(vm, *o, OWNKEYS_STRINGS);
    ck_assert_int_eq(val_obj(keys)->length, 200);
    JSValue *hk = heap_handle(vm, keys);
    ck_assert_str_eq(key_at(vm, *hk, 0), "p0");
    ck_assert_str_eq(key_at(vm, *hk, 199), "p199");
    heap_scope_close(vm, hs);
    unit_vm_free(vm);
}
END_TEST

START_TEST(test_delete_and_dict)
{
    VM *vm = unit_vm_for_mode(_i);
    HandleScope hs = heap_scope_open(vm);
    JSValue *o = heap_handle(vm, new_obj(vm));
    put(vm, o, "a", 1);
    put(vm, o, "b", 2);
    JSValue *ab = heap_handle(vm, val_from_cell(val_obj(*o)->shape));
    put(vm, o, "c", 3);
    /* deleting the last-added property returns to the parent shape */
    JSValue k4 = key(vm, "c");
    ck_assert_int_eq(obj_delete(vm, *o, k4), 1);
    ck_assert_ptr_eq(val_obj(*o)->shape, val_cell(*ab));
    JSValue k5 = key(vm, "c");
    ck_assert(obj_get(vm, *o, k5) == VAL_UNDEFINED);
    put(vm, o, "c", 3);
    /* deleting from the middle makes a dictionary; order is kept */
    JSValue k6 = key(vm, "a");
    ck_assert_int_eq(obj_delete(vm, *o, k6), 1);
    JSValue *d1 = heap_handle(vm, val_from_cell(val_obj(*o)->shape));
    ck_assert(val_obj(*o)->shape->flags & SHAPE_DICT);
    JSValue k7 = key(vm, "a");
    ck_assert_int_eq(obj_has_own(vm, *o, k7), 0);
    put(vm, o, "a", 4);
    ck_assert_ptr_ne(val_obj(*o)->shape, val_cell(*d1));   /* fresh identity per change */
    JSValue *k = heap_handle(vm, obj_own_keys(vm, *o, OWNKEYS_STRINGS));
    ck_assert_int_eq(val_obj(*k)->length, 3);
    ck_assert_str_eq(key_at(vm, *k, 0), "b");
    ck_assert_str_eq(key_at(vm, *k, 1), "c");
    ck_assert_str_eq(key_at(vm, *k, 2), "a");
    ck_assert_int_eq(get_int(vm, o, "a"), 4);
    /* churn: many adds and deletes keep working (compaction) */
    char name[32];
    for (int i = 0; i < 500; i++) {
        snprintf(name, sizeof name, "t%d", i);
        put(vm, o, name, i);
        if (i >= 3) {
            snprintf(name, sizeof name, "t%d", i - 3);
            JSValue k8 = key(vm, name);
            ck_assert_int_eq(obj_delete(vm, *o, k8), 1);
        }
    }
    ck_assert_int_eq(get_int(vm, o, "t499"), 499);
    ck_assert_int_eq(get_int(vm, o, "t497"), 497);
    JSValue k9 = key(vm, "t496");
    ck_assert_int_eq(obj_has_own(vm, *o, k9), 0);
    ck_assert_int_eq(get_int(vm, o, "b"), 2);
    ck_assert_int_le(val_obj(*o)->shape->slot_count, 64);
    heap_scope_close(vm, hs);
    unit_vm_free(vm);
}
END_TEST

START_TEST(test_key_order)
{
    VM *vm = unit_vm_for_mode(_i);
    HandleScope hs = heap_scope_open(vm);
    JSValue *o = heap_handle(vm, new_obj(vm));
    JSValue *sym = heap_handle(vm, sym_new(vm, VAL_UNDEFINED));
    ck_assert_int_eq(obj_define_value(vm, *o, *sym, VAL_TRUE, PROP_DEFAULT), 1);
    put(vm, o, "z", 1);
    ck_assert_int_eq(obj_set(vm, *o, val_from_int(10), VAL_NULL, *o), 1);
    put(vm, o, "a", 2);
    ck_assert_int_eq(obj_set(vm, *o, val_from_int(2), VAL_NULL, *o), 1);
    /* a very sparse index switches to sparse mode; order stays numeric */
    ck_assert_int_eq(obj_set(vm, *o, val_from_int(100000), VAL_NULL, *o), 1);
    ck_assert(val_obj(*o)->flags & OBJ_SPARSE);
    ck_assert_int_eq(obj_set(vm, *o, val_from_int(5), VAL_NULL, *o), 1);
    JSValue *k = heap_handle(vm, obj_own_keys(vm, *o, OWNKEYS_STRINGS | OWNKEYS_SYMBOLS));
    ck_assert_int_eq(val_obj(*k)->length, 7);
    const char *want[] = { "2", "5", "10", "100000", "z", "a" };
    for (int i = 0; i < 6; i++) ck_assert_str_eq(key_at(vm, *k, (uint32_t)i), want[i]);
    ck_assert(val_obj(*k)->elements->v[6] == *sym);
    ck_assert(obj_get(vm, *o, val_from_int(5)) == VAL_NULL);
    ck_assert(obj_get(vm, *o, *sym) == VAL_TRUE);
    heap_scope_close(vm, hs);
    unit_vm_free(vm);
}
END_TEST

START_TEST(test_define_property)
{
    VM *vm = unit_vm_for_mode(_i);
    HandleScope hs = heap_scope_open(vm);
    JSValue *o = heap_handle(vm, new_obj(vm));
    JSValue x = key(vm, "x");
    PropDesc d = { val_from_int(1), VAL_HOLE, VAL_HOLE, 0, DESC_HAS_VALUE };
    ck_assert_int_eq(obj_define_own(vm, *o, x, &d, false), 1);
    PropDesc got;
    JSValue k10 = key(vm, "x");
    ck_assert_int_eq(obj_get_own_property(vm, *o, k10, &got), 1);
    ck_assert_int_eq(got.attrs, 0);   /* absent fields default to false */
    ck_assert(got.value == val_from_int(1));
    /* non-writable, non-configurable: only same-value redefinition */
    JSValue k11 = key(vm, "x");
    ck_assert_int_eq(obj_set(vm, *o, k11, val_from_int(2), *o), 0);
    d.value = val_from_int(1);
    JSValue k12 = key(vm, "x");
    ck_assert_int_eq(obj_define_own(vm, *o, k12, &d, false), 1);
    d.value = val_from_int(2);
    JSValue k13 = key(vm, "x");
    ck_assert_int_eq(obj_define_own(vm, *o, k13, &d, false), 0);
    PropDesc e = { VAL_HOLE, VAL_HOLE, VAL_HOLE, PROP_ENUMERABLE, DESC_HAS_ENUMERABLE };
    JSValue k14 = key(vm, "x");
    ck_assert_int_eq(obj_define_own(vm, *o, k14, &e, false), 0);
    JSValue k15 = key(vm, "x");
    ck_assert_int_eq(obj_delete(vm, *o, k15), 0);
    JSValue k16 = key(vm, "x");
    ck_assert_int_eq(obj_define_own(vm, *o, k16, &d, true), -1);
    ck_assert(err_pending(vm));
    vm->exception = VAL_HOLE;
    /* configurable data -> accessor conversion keeps enumerable/configurable */
    JSValue k17 = key(vm, "y");
    ck_assert_int_eq(obj_define_value(vm, *o, k17, val_from_int(7), PROP_DEFAULT), 1);
    PropDesc acc = { VAL_HOLE, VAL_UNDEFINED, VAL_HOLE, 0, DESC_HAS_GET };
    JSValue k18 = key(vm, "y");
    ck_assert_int_eq(obj_define_own(vm, *o, k18, &acc, false), 1);
    JSValue k19 = key(vm, "y");
    ck_assert_int_eq(obj_get_own_property(vm, *o, k19, &got), 1);
    ck_assert_int_eq(got.attrs, PROP_ACCESSOR | PROP_ENUMERABLE | PROP_CONFIGURABLE);
    ck_assert(got.getter == VAL_UNDEFINED && got.setter == VAL_UNDEFINED);
    JSValue k20 = key(vm, "y");
    ck_assert(obj_get(vm, *o, k20) == VAL_UNDEFINED);
    JSValue k21 = key(vm, "y");
    ck_assert_int_eq(obj_set(vm, *o, k21, val_from_int(1), *o), 0);
    /* inherited read-only blocks assignment; inherited writable does not */
    JSValue *child = heap_handle(vm, obj_new(vm, *o));
    JSValue k22 = key(vm, "x");
    ck_assert_int_eq(obj_set(vm, *child, k22, val_from_int(5), *child), 0);
    JSValue k23 = key(vm, "x");
    ck_assert_int_eq(obj_has_own(vm, *child, k23), 0);
    JSValue k24 = key(vm, "w");
    ck_assert_int_eq(obj_define_value(vm, *o, k24, val_from_int(1), PROP_DEFAULT), 1);
    JSValue k25 = key(vm, "w");
    ck_assert_int_eq(obj_set(vm, *child, k25, val_from_int(5), *child), 1);
    ck_assert_int_eq(get_int(vm, child, "w"), 5);
    ck_assert_int_eq(get_int(vm, o, "w"), 1);
    /* non-extensible */
    obj_prevent_extensions(vm, *child);
    JSValue k26 = key(vm, "new");
    ck_assert_int_eq(obj_set(vm, *child, k26, val_from_int(5), *child), 0);
    ck_assert_int_eq(obj_set_proto(vm, *child, VAL_NULL), 0);
    /* prototype cycles are refused */
    JSValue *p = heap_handle(vm, new_obj(vm));
    JSValue *q = heap_handle(vm, obj_new(vm, *p));
    ck_assert_int_eq(obj_set_proto(vm, *p, *q), 0);
    uint32_t ep = vm->proto_epoch;
    ck_assert_int_eq(obj_set_proto(vm, *q, VAL_NULL), 1);
    ck_assert(val_obj(*p)->flags & OBJ_IS_PROTO);
    put(vm, p, "k", 1);   /* p is a prototype: key changes bump the epoch */
    ck_assert_uint_ne(vm->proto_epoch, ep);
    heap_scope_close(vm, hs);
    unit_vm_free(vm);
}
END_TEST

START_TEST(test_for_in_keys)
{
    VM *vm = unit_vm_for_mode(_i);
    HandleScope hs = heap_scope_open(vm);
    JSValue *proto = heap_handle(vm, obj_new(vm, VAL_NULL));
    put(vm, proto, "inh", 1);
    put(vm, proto, "shadow", 1);
    JSValue k27 = key(vm, "hidden");
    ck_assert_int_eq(obj_define_value(vm, *proto, k27, VAL_TRUE, PROP_HIDDEN), 1);
    JSValue *o = heap_handle(vm, obj_new(vm, *proto));
    put(vm, o, "own", 1);
    ck_assert_int_eq(obj_set(vm, *o, val_from_int(1), VAL_TRUE, *o), 1);
    JSValue k28 = key(vm, "shadow");
    ck_assert_int_eq(obj_define_value(vm, *o, k28, VAL_TRUE, PROP_WRITABLE), 1);
    JSValue ks = obj_for_in_keys(vm, *o);
    ck_assert(ks != VAL_EXCEPTION);
    ValArray *a = (ValArray *)val_cell(ks);
    ck_assert_uint_eq(a->count, 3);
    const char *want[] = { "1", "own", "inh" };
    for (uint32_t i = 0; i < 3; i++) {
        char *s = str_to_utf8(vm, ((ValArray *)val_cell(ks))->v[i], NULL);
        ck_assert_str_eq(s, want[i]);
        free(s);
    }
    heap_scope_close(vm, hs);
    unit_vm_free(vm);
}
END_TEST


static JSValue dummy_native(VM *vm, JSValue *args, int argc, JSValue new_target)
{
    (void)vm; (void)args; (void)argc; (void)new_target;
    return VAL_UNDEFINED;
}

START_TEST(test_functions_and_wrappers)
{
    VM *vm = unit_vm_for_mode(_i);
    HandleScope hs = heap_scope_open(vm);
    JSValue *f = heap_handle(vm, fn_new_native(vm, "foo", dummy_native, 2, 0));
    ck_assert(*f != VAL_EXCEPTION);
    JSValue *k = heap_handle(vm, obj_own_keys(vm, *f, OWNKEYS_STRINGS));
    ck_assert_int_eq(val_obj(*k)->length, 2);
    ck_assert_str_eq(key_at(vm, *k, 0), "length");
    ck_assert_str_eq(key_at(vm, *k, 1), "name");
    PropDesc d;
    ck_assert_int_eq(obj_get_own_property(vm, *f, vm_atom(vm, ATOM_name), &d), 1);
    ck_assert_int_eq(d.attrs, PROP_CONFIGURABLE);
    JSValue arg = val_from_int(1);
    JSValue *b = heap_handle(vm, fn_new_bound(vm, *f, VAL_UNDEFINED, &arg, 1));
    ck_assert(*b != VAL_EXCEPTION);
    ck_assert(obj_get(vm, *b, vm_atom(vm, ATOM_length)) == val_from_int(1));
    char *name = str_to_utf8(vm, fn_name(vm, *b), NULL);
    ck_assert_str_eq(name, "bound foo");
    free(name);
    JSValue sk = key(vm, "get");
    ck_assert_int_eq(fn_set_name(vm, *f, sk, "get"), 1);
    name = str_to_utf8(vm, fn_name(vm, *f), NULL);
    ck_assert_str_eq(name, "get get");
    free(name);

    /* String wrapper: read-only indices and length from the string */
    JSValue *w = heap_handle(vm, obj_new_class(vm, vm_intrinsic(vm, INTR_StringPrototype), CLS_STRING,
                                               sizeof(JSWrapper)));
    JSValue str = str_from_cstr(vm, "abc");
    ((JSWrapper *)val_obj(*w))->internal = str;
    ck_assert(obj_get(vm, *w, vm_atom(vm, ATOM_length)) == val_from_int(3));
    JSValue ch = obj_get(vm, *w, val_from_int(1));
    name = str_to_utf8(vm, ch, NULL);
    ck_assert_str_eq(name, "b");
    free(name);
    ck_assert_int_eq(obj_set(vm, *w, val_from_int(1), VAL_TRUE, *w), 0);
    ck_assert_int_eq(obj_delete(vm, *w, val_from_int(0)), 0);
    ck_assert_int_eq(obj_set(vm, *w, val_from_int(5), VAL_TRUE, *w), 1);
    JSValue ek = key(vm, "extra");
    ck_assert_int_eq(obj_set(vm, *w, ek, VAL_TRUE, *w), 1);
    k = heap_handle(vm, obj_own_keys(vm, *w, OWNKEYS_STRINGS));
    ck_assert_int_eq(val_obj(*k)->length, 6);
    const char *want[] = { "0", "1", "2", "5", "length", "extra" };
    for (uint32_t i = 0; i < 6; i++) ck_assert_str_eq(key_at(vm, *k, i), want[i]);
    heap_scope_close(vm, hs);
    unit_vm_free(vm);
}
END_TEST

int main(void)
{
    Suite *s;
    TCase *tc = unit_core_tcase(&s, "shape", 60);
    tcase_add_loop_test(tc, test_transitions_shared, 0, 2);
    tcase_add_loop_test(tc, test_many_properties, 0, 2);
    tcase_add_loop_test(tc, test_delete_and_dict, 0, 2);
    tcase_add_loop_test(tc, test_key_order, 0, 2);
    tcase_add_loop_test(tc, test_define_property, 0, 2);
    tcase_add_loop_test(tc, test_for_in_keys, 0, 2);
    tcase_add_loop_test(tc, test_functions_and_wrappers, 0, 2);
    return unit_run_suite(s);
}
