/*
 * test_gc_weak.c -- unit tests of weak references (engine/weak.h) under
 * every GC plan (Check), with the heap verifier on: the ephemeron fixpoint
 * (a chain of entries stored backwards survives through its first key and
 * dies with it), a value that references its own key does not keep it, a
 * dead key frees its value, WEAK_REF slots follow moved targets and clear
 * dead ones, FinalizationRegistry rows become pending, and in the
 * generational plans an old table with nursery keys across minor
 * collections.  nogc runs its weak-only marking on explicit collections.
 */
#include <check.h>
#include <string.h>

#include "tierlab.h"
#include "flags.h"
#include "gc.h"
#include "object.h"
#include "vm.h"
#include "weak.h"
#include "unit_gc.h"

static const char *const plans[] = { "marksweep", "semispace", "markcompact", "gencopy", "genms", "rc", "nogc" };
#define NPLANS (sizeof plans / sizeof plans[0])

static VM *new_vm(const char *plan) { return unit_gc_vm(plan, 0, 0, 0, true); }

static void full_collect(VM *vm) { heap_collect(vm, GC_REASON_EXPLICIT); }

/* A fresh object-like test cell: a 2-slot VALARRAY (slot 0 may point on). */
static JSValue new_cell(VM *vm, int32_t tag) { return val_from_cell(unit_new_arr(vm, 2, tag)); }

static JSValue new_weak(VM *vm, WeakLayout layout, uint32_t cap)
{
    JSValue a = weak_array_new(vm, layout, cap);
    ck_assert(a != VAL_EXCEPTION);
    return a;
}

/* Row i of ephemeron table t := (k, v). */
static void set_row(VM *vm, JSValue t, uint32_t i, JSValue k, JSValue v)
{
    ValArray *a = unit_arr(t);
    weak_store_weak(&a->v[2 * i], k);
    heap_store(&vm->heap, &a->hdr, &a->v[2 * i + 1], v);
}

/* The value of key k in table t, or VAL_HOLE. */
static JSValue lookup(JSValue t, JSValue k)
{
    ValArray *a = unit_arr(t);
    for (uint32_t i = 0; i + 1 < a->capacity; i += 2)
        if (a->v[i] == k) return a->v[i + 1];
    return VAL_HOLE;
}

static uint32_t live_rows(JSValue t)
{
    ValArray *a = unit_arr(t);
    uint32_t n = 0;
    for (uint32_t i = 0; i + 1 < a->capacity; i += 2) n += val_is_cell(a->v[i]);
    return n;
}

/* A chain k0 -> k1 -> ... -> kN stored backwards (row 0 holds the last
 * link), so each round of the fixpoint discovers one more key. */
START_TEST(test_ephemeron_chain)
{
    enum { N = 40 };
    for (size_t p = 0; p < NPLANS; p++) {
        VM *vm = new_vm(plans[p]);
        HandleScope hs = heap_scope_open(vm);
        JSValue *table = heap_handle(vm, new_weak(vm, WEAK_EPHEMERON, 2 * N));
        JSValue *keys = heap_handle(vm, val_from_cell(unit_new_arr(vm, N + 1, 0)));
        for (uint32_t i = 0; i <= N; i++) {
            JSValue c = new_cell(vm, (int32_t)i);
            heap_store(&vm->heap, val_cell(*keys), &unit_arr(*keys)->v[i], c);
        }
        for (uint32_t i = 0; i < N; i++) set_row(vm, *table, N - 1 - i, unit_arr(*keys)->v[i], unit_arr(*keys)->v[i + 1]);
        JSValue *head = heap_handle(vm, unit_arr(*keys)->v[0]);
        *keys = VAL_UNDEFINED;   /* from now on only head roots the chain */
        full_collect(vm);
        full_collect(vm);
        ck_assert_msg(live_rows(*table) == N, "%s: %u live rows", plans[p], live_rows(*table));
        JSValue k = *head;
        for (int32_t i = 1; i <= N; i++) {
            k = lookup(*table, k);
            ck_assert_msg(val_is_cell(k) && unit_arr(k)->v[1] == val_from_int(i), "%s: link %d", plans[p], i);
        }
        *head = VAL_UNDEFINED;
        full_collect(vm);
        ck_assert_msg(live_rows(*table) == 0, "%s: %u rows left", plans[p], live_rows(*table));
        heap_scope_close(vm, hs);
        tl_vm_free((TlVM *)vm);
    }
}
END_TEST

/* A dead key frees its value; a value referencing its own key does not
 * keep it alive (observed through WEAK_REF arrays). */
START_TEST(test_dead_keys_and_cycles)
{
    for (size_t p = 0; p < NPLANS; p++) {
        VM *vm = new_vm(plans[p]);
        HandleScope hs = heap_scope_open(vm);
        JSValue *table = heap_handle(vm, new_weak(vm, WEAK_EPHEMERON, 8));
        JSValue *k1 = heap_handle(vm, new_cell(vm, 1)), *v1 = heap_handle(vm, new_cell(vm, 2));
        JSValue *k2 = heap_handle(vm, new_cell(vm, 3)), *v2 = heap_handle(vm, new_cell(vm, 4));
        heap_store(&vm->heap, val_cell(*v2), &unit_arr(*v2)->v[0], *k2);   /* v2 -> k2: an ephemeron cycle */
        set_row(vm, *table, 0, *k1, *v1);
        set_row(vm, *table, 1, *k2, *v2);
        JSValue *refs[4];
        JSValue *targets[4] = { k1, v1, k2, v2 };
        for (int i = 0; i < 4; i++) {
            refs[i] = heap_handle(vm, new_weak(vm, WEAK_REF, 1));
            weak_store_weak(&unit_arr(*refs[i])->v[0], *targets[i]);
        }
        full_collect(vm);
        for (int i = 0; i < 4; i++)
            ck_assert_msg(unit_arr(*refs[i])->v[0] == *targets[i], "%s: target %d moved without its ref", plans[p], i);
        ck_assert(lookup(*table, *k1) == *v1 && lookup(*table, *k2) == *v2);
        *k1 = *v1 = *k2 = *v2 = VAL_UNDEFINED;
        full_collect(vm);
        full_collect(vm);
        for (int i = 0; i < 4; i++)
            ck_assert_msg(unit_arr(*refs[i])->v[0] == VAL_UNDEFINED, "%s: target %d still referenced", plans[p], i);
        ck_assert_int_eq(live_rows(*table), 0);
        heap_scope_close(vm, hs);
        tl_vm_free((TlVM *)vm);
    }
}
END_TEST

/* WEAK_FINREG: a dead target makes its row pending (target VAL_NULL,
 * count 1) and keeps the held value; a dead token is cleared. */
START_TEST(test_finreg_rows)
{
    for (size_t p = 0; p < NPLANS; p++) {
        VM *vm = new_vm(plans[p]);
        HandleScope hs = heap_scope_open(vm);
        JSValue *owner = heap_handle(vm, new_cell(vm, 0));
        JSValue *cells = heap_handle(vm, new_weak(vm, WEAK_FINREG, FR_ROWS + 2 * FR_WIDTH));
        ValArray *a = unit_arr(*cells);
        weak_store_weak(&a->v[FR_OWNER], *owner);
        a->v[FR_USED] = val_from_int(2 * FR_WIDTH);
        JSValue *dying = heap_handle(vm, new_cell(vm, 1)), *kept = heap_handle(vm, new_cell(vm, 2));
        JSValue *held = heap_handle(vm, new_cell(vm, 3)), *token = heap_handle(vm, new_cell(vm, 4));
        a = unit_arr(*cells);
        weak_store_weak(&a->v[FR_ROWS], *dying);
        heap_store(&vm->heap, &a->hdr, &a->v[FR_ROWS + 1], *held);
        weak_store_weak(&a->v[FR_ROWS + 2], *token);
        weak_store_weak(&a->v[FR_ROWS + FR_WIDTH], *kept);
        heap_store(&vm->heap, &a->hdr, &a->v[FR_ROWS + FR_WIDTH + 1], val_from_int(9));
        *dying = *held = *token = VAL_UNDEFINED;
        full_collect(vm);
        a = unit_arr(*cells);
        ck_assert_msg(a->v[FR_ROWS] == VAL_NULL && a->count == 1, "%s: row not pending", plans[p]);
        ck_assert_msg(val_is_cell(a->v[FR_ROWS + 1]) && unit_arr(a->v[FR_ROWS + 1])->v[1] == val_from_int(3),
                      "%s: held value lost", plans[p]);
        ck_assert_msg(a->v[FR_ROWS + 2] == VAL_UNDEFINED, "%s: dead token kept", plans[p]);
        ck_assert(a->v[FR_ROWS + FR_WIDTH] == *kept && a->v[FR_OWNER] == *owner);
        ck_assert(weak_cleanup_due(vm));
        heap_scope_close(vm, hs);
        tl_vm_free((TlVM *)vm);
    }
}
END_TEST

/* Generational plans: an old table gets nursery keys and values; minor
 * collections keep the live ones (rewritten to their promoted copies)
 * and clear the dead ones, with no remembered-set entry for weak slots. */
START_TEST(test_old_table_young_keys)
{
    static const char *const gens[] = { "gencopy", "genms" };
    for (size_t p = 0; p < 2; p++) {
        VM *vm = new_vm(gens[p]);
        HandleScope hs = heap_scope_open(vm);
        JSValue *table = heap_handle(vm, new_weak(vm, WEAK_EPHEMERON, 64));
        full_collect(vm);   /* the table is old now */
        JSValue *live_key = heap_handle(vm, new_cell(vm, 7));
        ck_assert(vm->heap.plan->is_young(&vm->heap, val_cell(*live_key)));
        for (uint32_t i = 0; i < 32; i++) {
            JSValue v = new_cell(vm, (int32_t)(100 + i));
            JSValue *hv = heap_handle(vm, v);
            JSValue k = i == 0 ? *live_key : new_cell(vm, (int32_t)i);
            set_row(vm, *table, i, k, *hv);
        }
        heap_collect(vm, GC_REASON_ALLOC);   /* a minor collection */
        ck_assert_int_eq(live_rows(*table), 1);
        JSValue v = lookup(*table, *live_key);
        ck_assert(val_is_cell(v) && unit_arr(v)->v[1] == val_from_int(100));
        ck_assert(!vm->heap.plan->is_young(&vm->heap, val_cell(*live_key)));
        *live_key = VAL_UNDEFINED;
        full_collect(vm);
        ck_assert_int_eq(live_rows(*table), 0);
        heap_scope_close(vm, hs);
        tl_vm_free((TlVM *)vm);
    }
}
END_TEST

/* --gc-verify checks weak slots too, also of arrays nothing references:
 * a WeakRef slot pointing into from-space (semispace) or at a freed cell
 * (rc) aborts with a report naming the weak array. */
static const char *verify_plan;

static void dangling_weak_slot(void *unused)
{
    (void)unused;
    VM *vm = new_vm(verify_plan);
    JSValue ref = new_weak(vm, WEAK_REF, 1);
    HandleScope hs = heap_scope_open(vm);
    JSValue *href = heap_handle(vm, ref);
    JSValue stale = new_cell(vm, 1);   /* unrooted: dies in the next collection */
    full_collect(vm);
    JSValue r = *href;
    heap_scope_close(vm, hs);          /* the WeakRef array stays in the registry only */
    unit_arr(r)->v[0] = stale;         /* a weak slot holding a dead cell's old address */
    full_collect(vm);                  /* the verifier runs first and must abort */
}

START_TEST(test_verifier_catches_dangling_weak_slot)
{
    static const char *const vplans[] = { "semispace", "rc" };
    for (size_t p = 0; p < 2; p++) {
        verify_plan = vplans[p];
        char report[4096];
        unit_expect_abort(dangling_weak_slot, NULL, report, sizeof report);
        ck_assert_msg(strstr(report, "gc-verify FAILED") != NULL, "%s: %s", vplans[p], report);
        ck_assert_msg(strstr(report, "WEAKARRAY") != NULL || strstr(report, "weak registry") != NULL, "%s: %s",
                      vplans[p], report);
    }
}
END_TEST

static Suite *weak_suite(void)
{
    Suite *s = suite_create("gc_weak");
    TCase *tc = tcase_create("weak");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_ephemeron_chain);
    tcase_add_test(tc, test_dead_keys_and_cycles);
    tcase_add_test(tc, test_finreg_rows);
    tcase_add_test(tc, test_old_table_young_keys);
    tcase_add_test(tc, test_verifier_catches_dangling_weak_slot);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(weak_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
