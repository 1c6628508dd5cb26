/*
 * test_gc_plans.c -- unit tests of the markcompact plan (Check); the rc
 * plan's tests join here when it lands.
 *
 * Sliding compaction must update every root and every interior pointer,
 * keep the cells in allocation order, reclaim garbage (the bump pointer
 * drops), and at the hard cap (--heap) return NULL with the RangeError
 * pending while leaving the heap usable.
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "tierlab.h"
#include "flags.h"
#include "gc.h"
#include "object.h"
#include "vm.h"
#include "unit_gc.h"

static VM *new_vm(const char *plan, size_t heap) { return unit_gc_vm(plan, heap, 0, 0, false); }

static ValArray *new_arr(VM *vm, uint32_t n, int32_t tag)
{
    ValArray *a = (ValArray *)vm_alloc(vm, CELL_VALARRAY, sizeof(ValArray) + n * sizeof(JSValue));
    if (!a) return NULL;
    a->capacity = n;
    a->count = n;
    for (uint32_t i = 0; i < n; i++) a->v[i] = val_from_int(tag);
    return a;
}

static ValArray *arr(JSValue v)
{
    ck_assert(val_is_kind(v, CELL_VALARRAY));
    return (ValArray *)val_cell(v);
}

/* Interleave live cells (kept in *keep, a VALARRAY of n slots) with garbage;
 * live cell i holds [i, pointer to live cell i-1]. */
START_TEST(test_compaction_preserves_pointers_and_order)
{
    VM *vm = new_vm("markcompact", 0);
    enum { N = 2000 };
    HandleScope hs = heap_scope_open(vm);
    JSValue *keep = heap_handle(vm, val_from_cell((Cell *)new_arr(vm, N, 0)));
    JSValue *single = heap_handle(vm, VAL_NULL);
    for (int i = 0; i < N; i++) {
        ck_assert_ptr_nonnull(new_arr(vm, 5, -1));   /* garbage */
        ValArray *a = new_arr(vm, 2, i);
        ck_assert_ptr_nonnull(a);
        a->v[1] = i ? arr(*keep)->v[i - 1] : VAL_NULL;
        heap_store(&vm->heap, val_cell(*keep), &arr(*keep)->v[i], val_from_cell((Cell *)a));
        if (i == N / 2) *single = val_from_cell((Cell *)a);
    }
    uint8_t *bump_before = vm->heap.bump;
    uintptr_t prev_addr = (uintptr_t)val_cell(arr(*keep)->v[0]);
    heap_collect(vm, GC_REASON_EXPLICIT);
    ck_assert_uint_lt((uintptr_t)vm->heap.bump, (uintptr_t)bump_before);                      /* garbage gone */
    ck_assert_uint_lt((uintptr_t)val_cell(arr(*keep)->v[0]), prev_addr + 1);   /* slid down */
    ValArray *k = arr(*keep);
    for (int i = 0; i < N; i++) {
        ValArray *a = arr(k->v[i]);
        ck_assert_int_eq(val_int(a->v[0]), i);
        if (i) {
            ck_assert(a->v[1] == k->v[i - 1]);                               /* interior pointer */
            ck_assert_uint_lt((uintptr_t)val_cell(k->v[i - 1]), (uintptr_t)a);   /* order kept */
        }
    }
    ck_assert(*single == k->v[N / 2]);                                       /* root updated */
    heap_scope_close(vm, hs);
    tl_vm_free((TlVM *)vm);
}
END_TEST

START_TEST(test_garbage_reclaimed)
{
    VM *vm = new_vm("markcompact", 0);
    heap_collect(vm, GC_REASON_EXPLICIT);
    uintptr_t base_used = (uintptr_t)vm->heap.bump;
    for (int round = 0; round < 20; round++)
        for (int i = 0; i < 10000; i++) ck_assert_ptr_nonnull(new_arr(vm, 6, i));
    heap_collect(vm, GC_REASON_EXPLICIT);
    ck_assert_uint_eq((uintptr_t)vm->heap.bump, base_used);
    tl_vm_free((TlVM *)vm);
}
END_TEST

START_TEST(test_oom_at_cap)
{
    VM *vm = new_vm("markcompact", 4u << 20);
    HandleScope hs = heap_scope_open(vm);
    JSValue *keep = heap_handle(vm, VAL_NULL);
    int n = 0;
    for (;;) {
        ValArray *a = new_arr(vm, 30, n);
        if (!a) break;
        a->v[0] = *keep;
        *keep = val_from_cell((Cell *)a);
        ck_assert_int_lt(++n, 10000000);
    }
    ck_assert(vm->exception != VAL_HOLE);
    vm->exception = VAL_HOLE;
    ck_assert_int_gt(n, 1000);
    ck_assert_uint_le(vm->heap.plan->stats(&vm->heap)->heap_bytes, 4u << 20);
    ck_assert_ptr_null(new_arr(vm, 1 << 20, 0));   /* a large cell fails too */
    vm->exception = VAL_HOLE;
    *keep = VAL_NULL;                              /* drop it all: usable again */
    for (int i = 0; i < 100000; i++) ck_assert_ptr_nonnull(new_arr(vm, 30, i));
    heap_scope_close(vm, hs);
    tl_vm_free((TlVM *)vm);
}
END_TEST

static Suite *plans_suite(void)
{
    Suite *s = suite_create("gc_plans");
    TCase *tc = tcase_create("markcompact");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_compaction_preserves_pointers_and_order);
    tcase_add_test(tc, test_garbage_reclaimed);
    tcase_add_test(tc, test_oom_at_cap);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(plans_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
