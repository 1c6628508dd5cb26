/*
 * test_array.c -- unit tests of arrays and element storage (Check).
 *
 * Each test runs under marksweep and under semispace with a collection
 * at every allocation.  Covered: push and growth, holes, length
 * truncation (dense and sparse), the capacity >= length invariant,
 * invalid lengths (RangeError), non-writable length, index definition
 * beyond length, frozen and sealed elements, sparse mode, index atoms
 * 2^31-1..2^32-2 (ordered and counted as indices).
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "tierlab.h"
#include "array.h"
#include "atom.h"
#include "error.h"
#include "flags.h"
#include "shape.h"
#include "vm.h"
#include "unit_vm.h"

static JSValue len_key(VM *vm) { return vm_atom(vm, ATOM_length); }

static void check_invariant(JSValue a)
{
    JSObject *o = val_obj(a);
    if (!(o->flags & OBJ_SPARSE)) {
        uint32_t cap = o->elements ? o->elements->capacity : 0;
        ck_assert_uint_ge(cap, o->length);
        for (uint32_t i = o->length; i < cap; i++) ck_assert(o->elements->v[i] == VAL_HOLE);
    }
}

START_TEST(test_push_and_holes)
{
    VM *vm = unit_vm_for_mode(_i);
    HandleScope hs = heap_scope_open(vm);
    JSValue *a = heap_handle(vm, arr_new(vm, 0));
    for (int i = 0; i < 1000; i++) ck_assert_int_eq(arr_push(vm, *a, val_from_int(i)), 1);
    ck_assert_uint_eq(val_obj(*a)->length, 1000);
    check_invariant(*a);
    JSValue v;
    ck_assert(arr_fast_get(*a, 999, &v) && v == val_from_int(999));
    ck_assert(obj_get(vm, *a, len_key(vm)) == val_from_int(1000));
    /* a hole reads through to the prototype */
    ck_assert_int_eq(obj_delete(vm, *a, val_from_int(5)), 1);
    ck_assert(!arr_fast_get(*a, 5, &v));
    ck_assert(obj_get(vm, *a, val_from_int(5)) == VAL_UNDEFINED);
    ck_assert_int_eq(obj_set(vm, vm_intrinsic(vm, INTR_ArrayPrototype), val_from_int(5), VAL_TRUE,
                             vm_intrinsic(vm, INTR_ArrayPrototype)), 1);
    ck_assert(obj_get(vm, *a, val_from_int(5)) == VAL_TRUE);
    ck_assert_int_eq(obj_delete(vm, vm_intrinsic(vm, INTR_ArrayPrototype), val_from_int(5)), 1);
    ck_assert_int_eq(obj_has_property(vm, *a, val_from_int(5)), 0);
    /* writing past the end grows length */
    ck_assert_int_eq(obj_set(vm, *a, val_from_int(1500), VAL_NULL, *a), 1);
    ck_assert_uint_eq(val_obj(*a)->length, 1501);
    check_invariant(*a);
    heap_scope_close(vm, hs);
    unit_vm_free(vm);
}
END_TEST

START_TEST(test_length_semantics)
{
    VM *vm = unit_vm_for_mode(_i);
    HandleScope hs = heap_scope_open(vm);
    JSValue *a = heap_handle(vm, arr_new(vm, 0));
    for (int i = 0; i < 100; i++) arr_push(vm, *a, val_from_int(i));
    ck_assert_int_eq(obj_set(vm, *a, len_key(vm), val_from_int(3), *a), 1);
    ck_assert_uint_eq(val_obj(*a)->length, 3);
    check_invariant(*a);
    ck_assert(obj_get(vm, *a, val_from_int(50)) == VAL_UNDEFINED);
    ck_assert_int_eq(obj_set(vm, *a, len_key(vm), val_from_int(10), *a), 1);
    ck_assert(obj_get(vm, *a, val_from_int(5)) == VAL_UNDEFINED);
    ck_assert_int_eq(obj_has_own(vm, *a, val_from_int(5)), 0);
    check_invariant(*a);
    /* invalid lengths */
    ck_assert_int_eq(obj_set(vm, *a, len_key(vm), val_from_double(-1), *a), -1);
    ck_assert(err_pending(vm));
    vm->exception = VAL_HOLE;
    ck_assert_int_eq(obj_set(vm, *a, len_key(vm), val_from_double(1.5), *a), -1);
    vm->exception = VAL_HOLE;
    ck_assert_int_eq(arr_set_length(vm, *a, 4294967296.0), -1);
    vm->exception = VAL_HOLE;
    /* non-writable length */
    PropDesc ro = { VAL_HOLE, VAL_HOLE, VAL_HOLE, 0, DESC_HAS_WRITABLE };
    ck_assert_int_eq(obj_define_own(vm, *a, len_key(vm), &ro, false), 1);
    ck_assert_int_eq(obj_set(vm, *a, len_key(vm), val_from_int(2), *a), 0);
    ck_assert_int_eq(obj_set(vm, *a, val_from_int(10), VAL_TRUE, *a), 0);
    ck_assert_int_eq(obj_set(vm, *a, val_from_int(1), VAL_TRUE, *a), 1);
    ck_assert_uint_eq(val_obj(*a)->length, 10);
    PropDesc got;
    ck_assert_int_eq(obj_get_own_property(vm, *a, len_key(vm), &got), 1);
    ck_assert_int_eq(got.attrs, 0);
    ck_assert_int_eq(obj_delete(vm, *a, len_key(vm)), 0);
    heap_scope_close(vm, hs);
    unit_vm_free(vm);
}
END_TEST

START_TEST(test_sparse)
{
    VM *vm = unit_vm_for_mode(_i);
    HandleScope hs = heap_scope_open(vm);
    JSValue *a = heap_handle(vm, arr_new(vm, 0));
    arr_push(vm, *a, val_from_int(0));
    ck_assert_int_eq(obj_set(vm, *a, val_from_int(1000000), val_from_int(1), *a), 1);
    ck_assert(val_obj(*a)->flags & OBJ_SPARSE);
    ck_assert_uint_eq(val_obj(*a)->length, 1000001);
    ck_assert(obj_get(vm, *a, val_from_int(0)) == val_from_int(0));
    ck_assert(obj_get(vm, *a, val_from_int(1000000)) == val_from_int(1));
    /* a non-configurable element stops truncation */
    PropDesc nc = { val_from_int(7), VAL_HOLE, VAL_HOLE, PROP_WRITABLE | PROP_ENUMERABLE,
                    DESC_HAS_VALUE | DESC_HAS_WRITABLE | DESC_HAS_ENUMERABLE | DESC_HAS_CONFIGURABLE };
    ck_assert_int_eq(obj_define_own(vm, *a, val_from_int(500), &nc, false), 1);
    ck_assert_int_eq(obj_set(vm, *a, len_key(vm), val_from_int(10), *a), 0);
    ck_assert_uint_eq(val_obj(*a)->length, 501);
    ck_assert_int_eq(obj_has_own(vm, *a, val_from_int(1000000)), 0);
    ck_assert(obj_get(vm, *a, val_from_int(500)) == val_from_int(7));
    /* attributes force sparse mode on a dense object too */
    JSValue *b = heap_handle(vm, arr_new(vm, 3));
    ck_assert_int_eq(obj_define_own(vm, *b, val_from_int(1), &nc, false), 1);
    ck_assert(val_obj(*b)->flags & OBJ_SPARSE);
    ck_assert_uint_eq(val_obj(*b)->length, 3);
    ck_assert_int_eq(obj_delete(vm, *b, val_from_int(1)), 0);
    heap_scope_close(vm, hs);
    unit_vm_free(vm);
}
END_TEST

START_TEST(test_freeze_seal)
{
    VM *vm = unit_vm_for_mode(_i);
    HandleScope hs = heap_scope_open(vm);
    JSValue *a = heap_handle(vm, arr_new(vm, 0));
    for (int i = 0; i < 5; i++) arr_push(vm, *a, val_from_int(i));
    ck_assert_int_eq(obj_freeze(vm, *a, false), 1);
    ck_assert_int_eq(obj_is_frozen(vm, *a, false), 1);
    ck_assert_int_eq(obj_is_frozen(vm, *a, true), 0);
    ck_assert_int_eq(obj_set(vm, *a, val_from_int(0), VAL_TRUE, *a), 1);   /* sealed: writable */
    ck_assert_int_eq(obj_delete(vm, *a, val_from_int(0)), 0);
    ck_assert_int_eq(obj_set(vm, *a, len_key(vm), val_from_int(2), *a), 0);
    ck_assert_uint_eq(val_obj(*a)->length, 5);
    ck_assert_int_eq(arr_push(vm, *a, VAL_TRUE), -1);
    vm->exception = VAL_HOLE;
    ck_assert_int_eq(obj_freeze(vm, *a, true), 1);
    ck_assert_int_eq(obj_is_frozen(vm, *a, true), 1);
    ck_assert_int_eq(obj_set(vm, *a, val_from_int(1), VAL_TRUE, *a), 0);
    ck_assert(obj_get(vm, *a, val_from_int(1)) == val_from_int(1));
    PropDesc got;
    ck_assert_int_eq(obj_get_own_property(vm, *a, val_from_int(1), &got), 1);
    ck_assert_int_eq(got.attrs, PROP_ENUMERABLE);
    heap_scope_close(vm, hs);
    unit_vm_free(vm);
}
END_TEST


START_TEST(test_large_index_atoms)
{
    VM *vm = unit_vm_for_mode(_i);
    HandleScope hs = heap_scope_open(vm);
    JSValue *a = heap_handle(vm, arr_new(vm, 0));
    JSValue *big = heap_handle(vm, atom_from_cstr(vm, "4294967294"));
    JSValue *notidx = heap_handle(vm, atom_from_cstr(vm, "4294967295"));
    ck_assert_int_eq(obj_set(vm, *a, *notidx, VAL_TRUE, *a), 1);
    ck_assert_uint_eq(val_obj(*a)->length, 0);
    ck_assert_int_eq(obj_set(vm, *a, *big, VAL_TRUE, *a), 1);
    ck_assert_uint_eq(val_obj(*a)->length, 4294967295u);
    ck_assert_int_eq(obj_set(vm, *a, val_from_int(1), VAL_TRUE, *a), 1);
    JSValue *k = heap_handle(vm, obj_own_keys(vm, *a, OWNKEYS_STRINGS));
    ck_assert_uint_eq(val_obj(*k)->length, 4);
    ck_assert(val_obj(*k)->elements->v[1] == *big);    /* indices first, ascending */
    ck_assert(val_obj(*k)->elements->v[2] == vm_atom(vm, ATOM_length));
    ck_assert(val_obj(*k)->elements->v[3] == *notidx);
    ck_assert_int_eq(arr_set_length(vm, *a, 2), 1);
    ck_assert_int_eq(obj_has_own(vm, *a, *big), 0);
    ck_assert_int_eq(obj_has_own(vm, *a, *notidx), 1);
    ck_assert_int_eq(obj_has_own(vm, *a, val_from_int(1)), 1);
    heap_scope_close(vm, hs);
    unit_vm_free(vm);
}
END_TEST

int main(void)
{
    Suite *s;
    TCase *tc = unit_core_tcase(&s, "array", 60);
    tcase_add_loop_test(tc, test_push_and_holes, 0, 2);
    tcase_add_loop_test(tc, test_length_semantics, 0, 2);
    tcase_add_loop_test(tc, test_sparse, 0, 2);
    tcase_add_loop_test(tc, test_freeze_seal, 0, 2);
    tcase_add_loop_test(tc, test_large_index_atoms, 0, 2);
    return unit_run_suite(s);
}
