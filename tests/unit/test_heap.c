/*
 * test_heap.c -- unit tests of the heap facade and the GC plans (Check).
 *
 * Every test runs under each plan (a loop over PLANS): chains of VALARRAY
 * cells rooted through handles survive collections intact (and move under
 * the moving plans, with the handles updated), unrooted garbage is reclaimed, a
 * 1e6-long list is marked without recursion, stress mode, OOM with a small
 * heap returns NULL and leaves the heap usable, large cells.
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

static const char *const PLANS[] = { "marksweep", "semispace", "markcompact", "gencopy", "genms", "rc" };
#define NPLANS (int)(sizeof PLANS / sizeof PLANS[0])

static VM *new_vm(const char *plan, size_t heap, size_t max_heap) { return unit_gc_vm(plan, heap, max_heap, 0, false); }

static void free_vm(VM *vm) { tl_vm_free((TlVM *)vm); }

/* A VALARRAY of n values, all int(tag); NULL on OOM. */
static ValArray *new_arr(VM *vm, uint32_t n, int32_t tag)
{
    ValArray *a = (ValArray *)vm_alloc(vm, CELL_VALARRAY, sizeof(ValArray) + n * sizeof(JSValue));
    if (!a) return NULL;
    a->capacity = n;
    a->count = n;
    for (uint32_t i = 0; i < n; i++) a->v[i] = val_from_int(tag);
    return a;
}

/* Loops over a million cells test with plain `if`s and fail with
 * ck_abort_msg: every ck_assert that holds still sends its place to the
 * Check parent (_mark_point, a write to a pipe), about 2 us each -- which
 * made this file take 100 s of CPU, half of it in the kernel. */

/* A list of n nodes [next, int i], built so that node i is at depth i;
 * *root holds the head. */
static void build_list(VM *vm, JSValue *root, int n)
{
    *root = VAL_NULL;
    for (int i = n - 1; i >= 0; i--) {
        ValArray *a = new_arr(vm, 2, i);
        if (!a) ck_abort_msg("%s: build_list failed at %d", vm->heap.plan->name, i);
        a->v[0] = *root;   /* re-read the root after the allocation */
        *root = val_from_cell(a);
    }
}

static void check_list(JSValue head, int n)
{
    JSValue p = head;
    for (int i = 0; i < n; i++) {
        if (!val_is_kind(p, CELL_VALARRAY)) ck_abort_msg("list node %d is not a value array", i);
        ValArray *a = (ValArray *)val_cell(p);
        if (a->capacity != 2 || !val_is_int(a->v[1]) || val_int(a->v[1]) != i)
            ck_abort_msg("list node %d: capacity %u, not [next, %d]", i, a->capacity, i);
        p = a->v[0];
    }
    ck_assert(p == VAL_NULL);
}

static GcStats *stats(VM *vm) { return vm->heap.plan->stats(&vm->heap); }

/* ---- survivors -------------------------------------------------------------- */

START_TEST(test_survivors)
{
    for (int p = 0; p < NPLANS; p++) {
        VM *vm = new_vm(PLANS[p], 0, 0);
        HandleScope hs = heap_scope_open(vm);
        JSValue *list = heap_handle(vm, VAL_NULL);
        build_list(vm, list, 1000);
        JSValue before = *list;
        heap_collect(vm, GC_REASON_EXPLICIT);
        check_list(*list, 1000);
        if (vm->heap.plan->moving) ck_assert_msg(*list != before, "%s: the handle was not updated", PLANS[p]);
        else ck_assert(*list == before);
        /* collect again after more allocation */
        for (int i = 0; i < 10000; i++)
            if (!new_arr(vm, 3, i)) ck_abort_msg("%s: allocation %d failed", PLANS[p], i);
        heap_collect(vm, GC_REASON_EXPLICIT);
        check_list(*list, 1000);
        heap_scope_close(vm, hs);
        free_vm(vm);
    }
}
END_TEST

/* ---- garbage is reclaimed ----------------------------------------------------- */

START_TEST(test_garbage_reclaimed)
{
    for (int p = 0; p < NPLANS; p++) {
        VM *vm = new_vm(PLANS[p], 0, 0);
        heap_collect(vm, GC_REASON_EXPLICIT);
        uint64_t base = stats(vm)->live_bytes;
        HandleScope hs = heap_scope_open(vm);
        JSValue *list = heap_handle(vm, VAL_NULL);
        build_list(vm, list, 20000);
        heap_collect(vm, GC_REASON_EXPLICIT);
        uint64_t with_list = stats(vm)->live_bytes;
        ck_assert_msg(with_list >= base + 20000 * 32, "%s: live %llu base %llu", PLANS[p],
                      (unsigned long long)with_list, (unsigned long long)base);
        *list = VAL_NULL;   /* drop it */
        heap_collect(vm, GC_REASON_EXPLICIT);
        ck_assert_msg(stats(vm)->live_bytes <= base + 1024, "%s: garbage not reclaimed", PLANS[p]);
        ck_assert(stats(vm)->bytes_freed >= 20000 * 32);
        /* lots of garbage never makes the heap grow much */
        for (int i = 0; i < 2000000; i++)
            if (!new_arr(vm, 4, i)) ck_abort_msg("%s: allocation %d failed", PLANS[p], i);
        ck_assert_msg(stats(vm)->heap_bytes <= 64u << 20, "%s: heap grew to %llu", PLANS[p],
                      (unsigned long long)stats(vm)->heap_bytes);
        ck_assert(stats(vm)->collections > 3);
        heap_scope_close(vm, hs);
        heap_sync_stats(vm);
        ck_assert(vm->stats.v[STAT_bytes_allocated] >= 2000000ull * 48);
        ck_assert(vm->stats.v[STAT_gc_count] == stats(vm)->collections);
        free_vm(vm);
    }
}
END_TEST

/* ---- a deep list is marked without recursion ------------------------------ */

START_TEST(test_deep_list)
{
    for (int p = 0; p < NPLANS; p++) {
        VM *vm = new_vm(PLANS[p], 0, 0);
        HandleScope hs = heap_scope_open(vm);
        JSValue *list = heap_handle(vm, VAL_NULL);
        build_list(vm, list, 1000000);
        heap_collect(vm, GC_REASON_EXPLICIT);
        check_list(*list, 1000000);
        heap_scope_close(vm, hs);
        free_vm(vm);
    }
}
END_TEST

/* ---- stress mode ----------------------------------------------------------- */

START_TEST(test_stress)
{
    for (int p = 0; p < NPLANS; p++) {
        VM *vm = new_vm(PLANS[p], 0, 0);
        vm->heap.stress_every = 1;
        vm->heap.verify = true;
        uint64_t n0 = stats(vm)->collections;
        HandleScope hs = heap_scope_open(vm);
        JSValue *list = heap_handle(vm, VAL_NULL);
        build_list(vm, list, 200);
        ck_assert_uint_ge(stats(vm)->collections - n0, 200);
        check_list(*list, 200);
        vm->heap.stress_every = 7;
        vm->heap.verify = false;
        n0 = stats(vm)->collections;
        build_list(vm, list, 700);
        ck_assert_uint_eq(stats(vm)->collections - n0, 100);
        check_list(*list, 700);
        heap_scope_close(vm, hs);
        free_vm(vm);
    }
}
END_TEST

/* ---- out of memory ----------------------------------------------------------- */

START_TEST(test_oom)
{
    for (int p = 0; p < NPLANS; p++) {
        VM *vm = new_vm(PLANS[p], 0, 16u << 20);   /* --max-heap alone: the cap */
        HandleScope hs = heap_scope_open(vm);
        JSValue *keep = heap_handle(vm, VAL_NULL);
        /* keep everything alive until the heap is exhausted */
        int n = 0;
        for (;;) {
            ValArray *a = new_arr(vm, 30, n);
            if (!a) break;
            a->v[0] = *keep;
            *keep = val_from_cell(a);
            if (++n >= 10000000) ck_abort_msg("%s: no out-of-memory under a 16 MB cap", PLANS[p]);
        }
        ck_assert_msg(vm->exception != VAL_HOLE, "%s: no exception pending after OOM", PLANS[p]);
        if (val_is_object(vm->intrinsics[INTR_OutOfMemoryError]))
            ck_assert(vm->exception == vm->intrinsics[INTR_OutOfMemoryError]);
        vm->exception = VAL_HOLE;
        ck_assert_int_gt(n, 1000);
        ck_assert_msg(stats(vm)->heap_bytes <= 16u << 20, "%s: footprint %llu over the cap", PLANS[p],
                      (unsigned long long)stats(vm)->heap_bytes);
        /* large cells fail too */
        ck_assert_ptr_null(new_arr(vm, 1 << 20, 0));
        vm->exception = VAL_HOLE;
        /* drop the data: the heap is usable again */
        *keep = VAL_NULL;
        JSValue *list = heap_handle(vm, VAL_NULL);
        build_list(vm, list, 10000);
        check_list(*list, 10000);
        heap_scope_close(vm, hs);
        free_vm(vm);
    }
}
END_TEST

/* ---- large cells --------------------------------------------------------------- */

START_TEST(test_large)
{
    for (int p = 0; p < NPLANS; p++) {
        VM *vm = new_vm(PLANS[p], 0, 0);
        HandleScope hs = heap_scope_open(vm);
        JSValue *big = heap_handle(vm, VAL_NULL);
        JSValue *small = heap_handle(vm, VAL_NULL);
        ValArray *a = new_arr(vm, 100000, 7);   /* 800 KB */
        ck_assert_ptr_nonnull(a);
        *big = val_from_cell(a);
        build_list(vm, small, 100);
        /* the large cell points to small cells, which must survive and be updated */
        a = (ValArray *)val_cell(*big);
        heap_store(&vm->heap, &a->hdr, &a->v[5], *small);   /* not the newest cell: the barrier */
        *small = VAL_NULL;
        JSValue before = *big;
        heap_collect(vm, GC_REASON_EXPLICIT);
        ck_assert_msg(*big == before, "%s: a large cell moved", PLANS[p]);   /* large cells never move */
        a = (ValArray *)val_cell(*big);
        ck_assert_int_eq(val_int(a->v[99999]), 7);
        check_list(a->v[5], 100);
        /* unrooted large cells are freed: allocating 400 MB in 800 KB pieces
         * stays within 256 MB */
        for (int i = 0; i < 500; i++) ck_assert_ptr_nonnull(new_arr(vm, 100000, i));
        ck_assert_uint_le(stats(vm)->heap_bytes, 256u << 20);
        heap_collect(vm, GC_REASON_EXPLICIT);
        a = (ValArray *)val_cell(*big);
        check_list(a->v[5], 100);
        heap_scope_close(vm, hs);
        free_vm(vm);
    }
}
END_TEST

/* ---- mixed sizes and no_gc -------------------------------------------------------- */

START_TEST(test_sizes_and_no_gc)
{
    for (int p = 0; p < NPLANS; p++) {
        VM *vm = new_vm(PLANS[p], 0, 0);
        HandleScope hs = heap_scope_open(vm);
        JSValue *arr = heap_handle(vm, VAL_NULL);
        ValArray *top = new_arr(vm, 600, 0);
        ck_assert_ptr_nonnull(top);
        *arr = val_from_cell(top);
        /* cells of every size up to ~4.8 KB, each filled with its index */
        for (uint32_t i = 0; i < 600; i++) {
            ValArray *a = new_arr(vm, i, (int32_t)i);
            ck_assert_ptr_nonnull(a);
            ValArray *t = (ValArray *)val_cell(*arr);
            heap_store(&vm->heap, &t->hdr, &t->v[i], val_from_cell(a));
            for (int g = 0; g < 50; g++)
                if (!new_arr(vm, i % 40, -1)) ck_abort_msg("%s: garbage %u/%d failed", PLANS[p], i, g);
        }
        vm->heap.no_gc++;
        uint64_t n0 = stats(vm)->collections;
        for (int i = 0; i < 200000; i++)
            if (!new_arr(vm, 8, i)) ck_abort_msg("%s: allocation %d under no_gc failed", PLANS[p], i);
        ck_assert_uint_eq(stats(vm)->collections, n0);
        vm->heap.no_gc--;
        heap_collect(vm, GC_REASON_EXPLICIT);
        for (uint32_t i = 0; i < 600; i++) {
            ValArray *a = (ValArray *)val_cell(((ValArray *)val_cell(*arr))->v[i]);
            ck_assert_uint_eq(a->capacity, i);
            for (uint32_t j = 0; j < i; j++)
                if (a->v[j] != val_from_int((int32_t)i)) ck_abort_msg("%s: cell %u slot %u changed", PLANS[p], i, j);
        }
        heap_scope_close(vm, hs);
        free_vm(vm);
    }
}
END_TEST

/* ---- nogc: allocation only ---------------------------------------------------- */

START_TEST(test_nogc)
{
    VM *vm = new_vm("nogc", 0, 32u << 20);
    HandleScope hs = heap_scope_open(vm);
    JSValue *list = heap_handle(vm, VAL_NULL);
    build_list(vm, list, 10000);
    heap_collect(vm, GC_REASON_EXPLICIT);
    check_list(*list, 10000);
    ck_assert_ptr_nonnull(new_arr(vm, 100000, 1));   /* a large cell */
    vm->heap.verify = true;
    heap_collect(vm, GC_REASON_EXPLICIT);
    vm->heap.verify = false;
    int n = 0;
    while (new_arr(vm, 4, n)) n++;
    ck_assert(vm->exception != VAL_HOLE);
    ck_assert_uint_le(stats(vm)->heap_bytes, 32u << 20);
    heap_scope_close(vm, hs);
    free_vm(vm);
}
END_TEST

START_TEST(test_unknown_plan)
{
    ck_assert_ptr_null(gc_find("no-such-plan"));
    ck_assert_ptr_nonnull(gc_find("marksweep"));
    ck_assert_ptr_nonnull(gc_find("semispace"));
    TlFlags flags;
    flags_init(&flags);
    flags.gc = "no-such-plan";
    ck_assert_ptr_null(tl_vm_new(&flags, 0, NULL));
}
END_TEST

static Suite *heap_suite(void)
{
    Suite *s = suite_create("heap");
    TCase *tc = tcase_create("plans");
    tcase_set_timeout(tc, 300);
    tcase_add_test(tc, test_survivors);
    tcase_add_test(tc, test_garbage_reclaimed);
    tcase_add_test(tc, test_deep_list);
    tcase_add_test(tc, test_stress);
    tcase_add_test(tc, test_oom);
    tcase_add_test(tc, test_large);
    tcase_add_test(tc, test_sizes_and_no_gc);
    tcase_add_test(tc, test_nogc);
    tcase_add_test(tc, test_unknown_plan);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(heap_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
