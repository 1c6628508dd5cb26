/*
 * test_gc_gen.c -- unit tests of the generational plans gencopy and genms
 * (Check): survival across minor and major collections, promotion, an
 * old->young store through heap_store surviving a minor GC, a missing
 * barrier caught by the verifier (in a forked child), large cells, --heap
 * as a hard cap on nursery + old generation.
 */
#include <check.h>
#include <string.h>

#include "tierlab.h"
#include "flags.h"
#include "gc.h"
#include "object.h"
#include "vm.h"
#include "unit_gc.h"

static const char *const PLANS[] = { "gencopy", "genms" };
#define NPLANS (int)(sizeof PLANS / sizeof PLANS[0])

static VM *new_vm(const char *plan)
{
    TlFlags flags;
    flags_init(&flags);
    flags.gc = plan;
    flags.nursery = 256 * 1024;
    TlVM *t = tl_vm_new(&flags, 0, NULL);
    ck_assert_msg(t != NULL, "tl_vm_new failed for plan %s", plan);
    return (VM *)t;
}

/* a minor GC: the default reason for a full nursery */
static void minor_gc(VM *vm) { heap_collect(vm, GC_REASON_ALLOC); }
static void major_gc(VM *vm) { heap_collect(vm, GC_REASON_EXPLICIT); }

START_TEST(test_survive_and_promote)
{
    VM *vm = new_vm(PLANS[_i]);
    const GcStrategy *p = vm->heap.plan;
    HandleScope hs = heap_scope_open(vm);
    JSValue *root = heap_handle(vm, val_from_cell(&unit_new_arr(vm, 4, 7)->hdr));
    ck_assert(p->is_young(&vm->heap, val_cell(*root)));
    minor_gc(vm);
    ck_assert(!p->is_young(&vm->heap, val_cell(*root)));   /* promoted after one minor GC */
    ck_assert_int_eq(val_int(unit_arr(*root)->v[3]), 7);
    major_gc(vm);
    ck_assert_int_eq(val_int(unit_arr(*root)->v[0]), 7);
    ck_assert_uint_gt(p->stats(&vm->heap)->bytes_promoted, 0);
    ck_assert_uint_gt(p->stats(&vm->heap)->minor, 0);
    ck_assert_uint_gt(p->stats(&vm->heap)->major, 0);
    heap_scope_close(vm, hs);
    tl_vm_free((TlVM *)vm);
}
END_TEST

START_TEST(test_old_to_young_store)
{
    VM *vm = new_vm(PLANS[_i]);
    vm->heap.verify = true;
    HandleScope hs = heap_scope_open(vm);
    JSValue *old = heap_handle(vm, val_from_cell(&unit_new_arr(vm, 2, 0)->hdr));
    minor_gc(vm);                                /* *old is now in the old generation */
    for (int round = 0; round < 20; round++) {
        ValArray *young = unit_new_arr(vm, 3, round);
        heap_store(&vm->heap, val_cell(*old), &unit_arr(*old)->v[round & 1], val_from_cell(&young->hdr));
        minor_gc(vm);                            /* only the barrier keeps `young` alive */
        ValArray *y = unit_arr(unit_arr(*old)->v[round & 1]);
        ck_assert(!vm->heap.plan->is_young(&vm->heap, y));
        ck_assert_int_eq(val_int(y->v[2]), round);
    }
    major_gc(vm);
    ck_assert_int_eq(val_int(unit_arr(unit_arr(*old)->v[1])->v[0]), 19);
    heap_scope_close(vm, hs);
    tl_vm_free((TlVM *)vm);
}
END_TEST

/* Without the barrier the verifier must abort (before the minor GC) and
 * name the holder and the field: v[0] of a ValArray is at offset 16. */
static void store_without_barrier(void *plan)
{
    VM *vm = new_vm(plan);
    vm->heap.verify = true;
    HandleScope hs = heap_scope_open(vm);
    JSValue *old = heap_handle(vm, val_from_cell(&unit_new_arr(vm, 1, 0)->hdr));
    minor_gc(vm);
    ValArray *young = unit_new_arr(vm, 1, 1);
    unit_arr(*old)->v[0] = val_from_cell(&young->hdr);   /* deliberately no heap_store */
    minor_gc(vm);
    heap_scope_close(vm, hs);
}

START_TEST(test_missing_barrier_caught)
{
    char report[2048];
    unit_expect_abort(store_without_barrier, (void *)PLANS[_i], report, sizeof report);
    ck_assert_msg(strstr(report, "held at offset 16 of a VALARRAY cell") != NULL, "report: %s", report);
}
END_TEST

START_TEST(test_churn_and_large)
{
    VM *vm = new_vm(PLANS[_i]);
    HandleScope hs = heap_scope_open(vm);
    JSValue *keep = heap_handle(vm, val_from_cell(&unit_new_arr(vm, 64, 0)->hdr));
    /* a large cell goes straight to the old generation and is fully dirty */
    JSValue *big = heap_handle(vm, val_from_cell(&unit_new_arr(vm, 40000, 5)->hdr));
    ck_assert(!vm->heap.plan->is_young(&vm->heap, val_cell(*big)));
    for (int i = 0; i < 200000; i++) {
        ValArray *a = unit_new_arr(vm, 6, i);           /* mostly garbage: many minor GCs */
        if (i % 3001 == 0) heap_store(&vm->heap, val_cell(*keep), &unit_arr(*keep)->v[(i / 3001) % 64], val_from_cell(&a->hdr));
        if (i % 5003 == 0) heap_store(&vm->heap, val_cell(*big), &unit_arr(*big)->v[i % 40000], val_from_cell(&a->hdr));
    }
    major_gc(vm);
    for (int k = 0; k < 64 && k * 3001 < 200000; k++) {
        JSValue v = unit_arr(*keep)->v[k];
        ck_assert(val_is_cell(v));
        ck_assert_int_eq(val_int(unit_arr(v)->v[5]) % 3001, 0);
    }
    ck_assert_int_eq(val_int(unit_arr(unit_arr(*big)->v[0])->v[0]), 0);
    ck_assert_int_eq(val_int(unit_arr(*big)->v[1]), 5);
    ck_assert_uint_gt(vm->heap.plan->stats(&vm->heap)->minor, 5);
    heap_scope_close(vm, hs);
    tl_vm_free((TlVM *)vm);
}
END_TEST

/* --heap is a hard cap on nursery + old footprint: fill the heap with a
 * live chain of cells of mixed sizes (small, mid-size and large, which go
 * to the old generation directly) until allocation fails; no successful
 * allocation may leave the footprint above the cap, the failure must be
 * the pending out-of-memory exception, and after dropping the chain the
 * heap must serve allocations again. */
START_TEST(test_heap_cap)
{
    const size_t cap = 16u << 20;
    TlFlags flags;
    flags_init(&flags);
    flags.gc = PLANS[_i];
    flags.heap = cap;
    VM *vm = (VM *)tl_vm_new(&flags, 0, NULL);
    ck_assert_ptr_nonnull(vm);
    const GcStrategy *p = vm->heap.plan;
    HandleScope hs = heap_scope_open(vm);
    JSValue *head = heap_handle(vm, VAL_NULL);
    static const uint32_t sizes[] = { 2, 6, 13, 40, 100, 300, 30000 };
    bool oom = false;
    uint64_t held = 0;
    for (uint32_t i = 0; i < 10000000 && !oom; i++) {
        uint32_t n = sizes[i % 7 == 6 ? (i / 7) % 7 : i % 6];
        ValArray *a = (ValArray *)vm_alloc(vm, CELL_VALARRAY, sizeof(ValArray) + n * sizeof(JSValue));
        if (!a) {
            oom = true;
            break;
        }
        a->capacity = a->count = n;
        a->v[0] = *head;
        for (uint32_t k = 1; k < n; k++) a->v[k] = val_from_int((int32_t)i);
        *head = val_from_cell(&a->hdr);
        held += n * 8;
        ck_assert_msg(p->stats(&vm->heap)->heap_bytes <= cap, "%s: footprint %llu over the cap after %u cells",
                      PLANS[_i], (unsigned long long)p->stats(&vm->heap)->heap_bytes, i);
    }
    ck_assert_msg(oom, "%s: no out-of-memory after %llu bytes", PLANS[_i], (unsigned long long)held);
    ck_assert(vm->exception == vm->intrinsics[INTR_OutOfMemoryError]);
    ck_assert_uint_gt(held, cap / 4);   /* the cap was used, not refused early */
    vm->exception = VAL_HOLE;
    *head = VAL_NULL;
    for (int i = 0; i < 1000; i++) ck_assert_ptr_nonnull(unit_new_arr(vm, i % 3 ? 50 : 30000, i));
    ck_assert(p->stats(&vm->heap)->heap_bytes <= cap);
    heap_scope_close(vm, hs);
    tl_vm_free((TlVM *)vm);
}
END_TEST

static Suite *gen_suite(void)
{
    Suite *s = suite_create("gc_gen");
    TCase *tc = tcase_create("generational");
    tcase_set_timeout(tc, 120);
    tcase_add_loop_test(tc, test_survive_and_promote, 0, NPLANS);
    tcase_add_loop_test(tc, test_old_to_young_store, 0, NPLANS);
    tcase_add_loop_test(tc, test_missing_barrier_caught, 0, NPLANS);
    tcase_add_loop_test(tc, test_churn_and_large, 0, NPLANS);
    tcase_add_loop_test(tc, test_heap_cap, 0, NPLANS);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(gen_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
