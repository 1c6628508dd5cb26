/*
 * test_gc_rc.c -- unit tests of the rc plan (Check): counts kept by the
 * write barrier, deferred counting (roots are not counted, new cells are
 * counted when a collection first sees them), the release cascade,
 * garbage cycles freed by the cycle collector while live ones (rooted or
 * referenced from outside) survive, and the count verifier catching a
 * store that bypassed heap_store.
 */
#include <check.h>
#include <string.h>

#include "tierlab.h"
#include "flags.h"
#include "gc.h"
#include "object.h"
#include "rc.h"
#include "vm.h"
#include "unit_gc.h"

static VM *new_vm(void) { return unit_gc_vm("rc", 0, 0, 0, false); }

static Cell *cell(JSValue v) { return val_cell(v); }
static void store(VM *vm, JSValue holder, uint32_t i, JSValue v) { heap_store(&vm->heap, cell(holder), &unit_arr(holder)->v[i], v); }
static bool alive(VM *vm, const Cell *c) { return vm->heap.plan->contains(&vm->heap, c); }
static void collect(VM *vm) { heap_collect(vm, GC_REASON_ALLOC); }          /* counts and the ZCT */
static void full_collect(VM *vm) { heap_collect(vm, GC_REASON_EXPLICIT); }  /* + cycles */

START_TEST(test_barrier_counts)
{
    VM *vm = new_vm();
    ck_assert_str_eq(vm->heap.plan->name, "rc");
    ck_assert_int_eq(vm->heap.barrier, GC_BARRIER_RC);
    HandleScope hs = heap_scope_open(vm);
    JSValue *holder = heap_handle(vm, val_from_cell(&unit_new_arr(vm, 3, 0)->hdr));
    JSValue *child = heap_handle(vm, val_from_cell(&unit_new_arr(vm, 1, 7)->hdr));
    collect(vm);   /* neither is new any more; only handles reference them */
    ck_assert_uint_eq(rc_count(cell(*holder)), 0);
    ck_assert_uint_eq(rc_count(cell(*child)), 0);
    store(vm, *holder, 0, *child);
    ck_assert_uint_eq(rc_count(cell(*child)), 1);
    store(vm, *holder, 1, *child);
    ck_assert_uint_eq(rc_count(cell(*child)), 2);
    store(vm, *holder, 0, val_from_int(1));   /* the old value is released */
    ck_assert_uint_eq(rc_count(cell(*child)), 1);
    store(vm, *holder, 1, *child);            /* same value: no change */
    ck_assert_uint_eq(rc_count(cell(*child)), 1);

    /* only the holder keeps it now */
    Cell *c = cell(*child);
    *child = VAL_NULL;
    collect(vm);
    ck_assert(alive(vm, c));
    ck_assert_int_eq(val_int(((ValArray *)c)->v[0]), 7);
    ck_assert_uint_eq(rc_count(c), 1);

    /* the last reference goes: freed at the next collection, not before */
    store(vm, *holder, 1, VAL_UNDEFINED);
    ck_assert_uint_eq(rc_count(c), 0);
    ck_assert(alive(vm, c));
    collect(vm);
    ck_assert(!alive(vm, c));
    heap_scope_close(vm, hs);
    tl_vm_free((TlVM *)vm);
}
END_TEST

/* Roots are not counted; a new cell's fields are counted when the next
 * collection first looks at it, and stores into it are not counted before. */
START_TEST(test_deferred_and_new_cells)
{
    VM *vm = new_vm();
    HandleScope hs = heap_scope_open(vm);
    JSValue *a = heap_handle(vm, val_from_cell(&unit_new_arr(vm, 2, 0)->hdr));
    JSValue *b = heap_handle(vm, val_from_cell(&unit_new_arr(vm, 1, 5)->hdr));
    store(vm, *a, 0, *b);                       /* a is new: not counted yet */
    ck_assert_uint_eq(rc_count(cell(*b)), 0);
    collect(vm);
    ck_assert_uint_eq(rc_count(cell(*b)), 1);   /* counted from a's fields */
    ck_assert_uint_eq(rc_count(cell(*a)), 0);   /* a handle is a root: not counted */
    for (int i = 0; i < 5; i++) collect(vm);    /* rooted cells at zero survive */
    ck_assert(alive(vm, cell(*a)));
    ck_assert_int_eq(val_int(unit_arr(unit_arr(*a)->v[0])->v[0]), 5);
    heap_scope_close(vm, hs);
    tl_vm_free((TlVM *)vm);
}
END_TEST

/* Dropping the head of a long chain frees all of it in one collection (the
 * cascade is iterative: no C recursion on a 100,000-long list). */
START_TEST(test_release_cascade)
{
    VM *vm = new_vm();
    enum { N = 100000 };
    Cell **nodes = malloc(N * sizeof *nodes);
    ck_assert_ptr_nonnull(nodes);
    HandleScope hs = heap_scope_open(vm);
    JSValue *head = heap_handle(vm, VAL_NULL);
    for (int i = 0; i < N; i++) {
        ValArray *n = unit_new_arr(vm, 2, i);
        n->v[0] = *head;   /* initialising store into the new cell */
        *head = val_from_cell(&n->hdr);
    }
    collect(vm);
    ValArray *p = unit_arr(*head);
    for (int i = N - 1; i >= 0; i--) {
        nodes[i] = &p->hdr;
        ck_assert_int_eq(val_int(p->v[1]), i);
        ck_assert_uint_eq(rc_count(&p->hdr), i == N - 1 ? 0 : 1);
        p = i ? unit_arr(p->v[0]) : NULL;
    }
    GcStats *st = vm->heap.plan->stats(&vm->heap);
    uint64_t freed_before = st->bytes_freed;
    *head = VAL_NULL;
    collect(vm);
    for (int i = 0; i < N; i++) ck_assert_msg(!alive(vm, nodes[i]), "node %d survived", i);
    ck_assert_uint_ge(st->bytes_freed - freed_before, (uint64_t)N * (sizeof(ValArray) + 2 * sizeof(JSValue)));
    heap_scope_close(vm, hs);
    free(nodes);
    tl_vm_free((TlVM *)vm);
}
END_TEST

/* a <-> b, and a 3-cycle c -> d -> e -> c: counts never reach zero, so only
 * the cycle collector frees them, and only once nothing else refers to them. */
START_TEST(test_cycles)
{
    VM *vm = new_vm();
    HandleScope hs = heap_scope_open(vm);
    JSValue *a = heap_handle(vm, val_from_cell(&unit_new_arr(vm, 2, 1)->hdr));
    JSValue *b = heap_handle(vm, val_from_cell(&unit_new_arr(vm, 2, 2)->hdr));
    JSValue *c = heap_handle(vm, val_from_cell(&unit_new_arr(vm, 2, 3)->hdr));
    JSValue *d = heap_handle(vm, val_from_cell(&unit_new_arr(vm, 2, 4)->hdr));
    JSValue *e = heap_handle(vm, val_from_cell(&unit_new_arr(vm, 2, 5)->hdr));
    JSValue *outside = heap_handle(vm, val_from_cell(&unit_new_arr(vm, 1, 0)->hdr));
    collect(vm);
    store(vm, *a, 0, *b);
    store(vm, *b, 0, *a);
    store(vm, *c, 0, *d);
    store(vm, *d, 0, *e);
    store(vm, *e, 0, *c);
    store(vm, *outside, 0, *d);   /* the 3-cycle is referenced from a live cell */
    Cell *ca = cell(*a), *cb = cell(*b), *cc = cell(*c), *cd = cell(*d), *ce = cell(*e);

    /* rooted cycles survive a cycle collection, contents intact */
    full_collect(vm);
    ck_assert(alive(vm, ca) && alive(vm, cb) && alive(vm, cc));
    ck_assert_uint_eq(rc_count(ca), 1);
    ck_assert_uint_eq(rc_count(cd), 2);

    /* unrooted: a<->b is garbage, the 3-cycle still referenced from outside */
    *a = *b = *c = *d = *e = VAL_NULL;
    collect(vm);   /* counts alone cannot free a cycle */
    ck_assert(alive(vm, ca) && alive(vm, cb));
    full_collect(vm);
    ck_assert(!alive(vm, ca));
    ck_assert(!alive(vm, cb));
    ck_assert(alive(vm, cc) && alive(vm, cd) && alive(vm, ce));
    ck_assert_uint_eq(rc_count(cd), 2);   /* trial deletion gave the counts back */
    ck_assert_int_eq(val_int(((ValArray *)ce)->v[1]), 5);

    /* the outside reference goes: the 3-cycle is garbage too */
    store(vm, *outside, 0, VAL_UNDEFINED);
    full_collect(vm);
    ck_assert(!alive(vm, cc));
    ck_assert(!alive(vm, cd));
    ck_assert(!alive(vm, ce));
    ck_assert(alive(vm, cell(*outside)));
    heap_scope_close(vm, hs);
    tl_vm_free((TlVM *)vm);
}
END_TEST

/* A cycle that lost its last reference from a root, with no counted
 * decrement at all, is still found (new cells -> possible roots). */
START_TEST(test_cycle_dropped_from_root)
{
    VM *vm = new_vm();
    HandleScope hs = heap_scope_open(vm);
    JSValue *x = heap_handle(vm, val_from_cell(&unit_new_arr(vm, 1, 1)->hdr));
    ValArray *y = unit_new_arr(vm, 1, 2);
    y->v[0] = *x;
    unit_arr(*x)->v[0] = val_from_cell(&y->hdr);   /* x is new: a plain store is allowed */
    Cell *cx = cell(*x), *cy = &y->hdr;
    collect(vm);                  /* both counted at 1, x still rooted */
    ck_assert_uint_eq(rc_count(cx), 1);
    *x = VAL_NULL;
    collect(vm);
    full_collect(vm);
    ck_assert(!alive(vm, cx));
    ck_assert(!alive(vm, cy));
    heap_scope_close(vm, hs);
    tl_vm_free((TlVM *)vm);
}
END_TEST

/* --gc-verify: a store that bypasses heap_store leaves a count too low;
 * the count verifier must abort with a report (in a forked child). */
static void store_uncounted(void *unused)
{
    (void)unused;
    VM *vm = new_vm();
    vm->heap.verify = true;
    HandleScope hs = heap_scope_open(vm);
    JSValue *holder = heap_handle(vm, val_from_cell(&unit_new_arr(vm, 1, 0)->hdr));
    JSValue *child = heap_handle(vm, val_from_cell(&unit_new_arr(vm, 1, 0)->hdr));
    collect(vm);
    unit_arr(*holder)->v[0] = *child;   /* deliberately no heap_store */
    collect(vm);
    heap_scope_close(vm, hs);
}

START_TEST(test_verifier_catches_uncounted_store)
{
    char report[2048];
    unit_expect_abort(store_uncounted, NULL, report, sizeof report);
    ck_assert_msg(strstr(report, "has count 0 but 1 references") != NULL, "report: %s", report);
    ck_assert_msg(strstr(report, "referenced from a VALARRAY cell") != NULL, "report: %s", report);
}
END_TEST

/* Churn with the verifiers on: many short-lived cells, some stored into a
 * long-lived table that is overwritten (releases), with cycles among them. */
START_TEST(test_churn_verified)
{
    VM *vm = new_vm();
    vm->heap.verify = true;
    HandleScope hs = heap_scope_open(vm);
    JSValue *table = heap_handle(vm, val_from_cell(&unit_new_arr(vm, 64, 0)->hdr));
    for (int i = 0; i < 20000; i++) {
        ValArray *a = unit_new_arr(vm, 3, i);
        if (i % 7 == 0) {
            JSValue *ha = heap_handle(vm, val_from_cell(&a->hdr));
            ValArray *b = unit_new_arr(vm, 2, -i);
            b->v[0] = *ha;
            heap_store(&vm->heap, cell(*ha), &unit_arr(*ha)->v[0], val_from_cell(&b->hdr));   /* a cycle */
            store(vm, *table, (uint32_t)(i % 64), *ha);
            vm->handles.top--;
        }
        if (i % 997 == 0) full_collect(vm);
    }
    full_collect(vm);
    for (int k = 0; k < 64; k++) {
        JSValue v = unit_arr(*table)->v[k];
        ck_assert(val_is_cell(v));
        ck_assert_int_eq(val_int(unit_arr(v)->v[1]) % 64, k);
        ck_assert(val_cell(unit_arr(unit_arr(v)->v[0])->v[0]) == val_cell(v));
    }
    heap_scope_close(vm, hs);
    tl_vm_free((TlVM *)vm);
}
END_TEST

static Suite *rc_suite(void)
{
    Suite *s = suite_create("gc_rc");
    TCase *tc = tcase_create("rc");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_barrier_counts);
    tcase_add_test(tc, test_deferred_and_new_cells);
    tcase_add_test(tc, test_release_cascade);
    tcase_add_test(tc, test_cycles);
    tcase_add_test(tc, test_cycle_dropped_from_root);
    tcase_add_test(tc, test_verifier_catches_uncounted_store);
    tcase_add_test(tc, test_churn_verified);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(rc_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
