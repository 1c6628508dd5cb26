/*
 * test_gc_verify.c -- the heap verifier (gc_strategies/verify.c,
 * --gc-verify) must catch each broken invariant it checks, under every
 * plan (Check; each broken heap is built in a forked child, which must
 * abort with a report):
 *   - a root or a heap field still holding a dead cell's address after
 *     the collection that freed or moved it (freed memory, from-space, an
 *     emptied nursery), also when that cell was checked by the previous
 *     walk (the verifier's bitmaps must not carry over between walks);
 *   - a pointer to a cell with a forwarded header, with an invalid kind,
 *     and a misaligned one.
 * The remembered-set check (test_gc_gen.c: test_missing_barrier_caught),
 * rc's count check (test_gc_rc.c) and weak slots (test_gc_weak.c) have
 * their own tests.  A clean heap must pass: many walks over a churning
 * heap with the verifier on.
 */
#include <check.h>
#include <string.h>

#include "tierlab.h"
#include "flags.h"
#include "gc.h"
#include "object.h"
#include "vm.h"
#include "unit_gc.h"

static const char *const PLANS[] = { "marksweep", "semispace", "markcompact", "gencopy", "genms", "rc", "nogc" };
#define NPLANS (int)(sizeof PLANS / sizeof PLANS[0])
#define NCOLLECTING (NPLANS - 1)   /* nogc frees nothing: no dead cell to point at */

/* A victim of 400 slots (3.2 KiB): past marksweep's small size classes, so
 * it lives in a large-object space freed at once (a small marksweep cell
 * is swept lazily and looks valid until its block is swept). */
#define VICTIM_SLOTS 400

static VM *new_vm(const char *plan) { return unit_gc_vm(plan, 0, 0, 0, true); }

static void full_collect(VM *vm) { heap_collect(vm, GC_REASON_EXPLICIT); }

static void expect_report(void (*body)(void *), const char *plan, const char *want, const char *also)
{
    char report[4096];
    unit_expect_abort(body, (void *)plan, report, sizeof report);
    ck_assert_msg(strstr(report, "gc-verify FAILED") != NULL, "%s: %s", plan, report);
    ck_assert_msg(strstr(report, want) != NULL, "%s: wanted '%s' in: %s", plan, want, report);
    if (also) ck_assert_msg(strstr(report, also) != NULL, "%s: wanted '%s' in: %s", plan, also, report);
}

/* The victim is reachable through *h during one collection (both walks
 * check it), then dies in the next; its old address goes back into *h
 * (root) or into slot 0 of the anchor (heap field), and the next
 * collection's first walk must reject it. */
static void stale_pointer(void *plan, bool in_field)
{
    VM *vm = new_vm(plan);
    HandleScope hs = heap_scope_open(vm);
    JSValue *anchor = heap_handle(vm, val_from_cell(&unit_new_arr(vm, 2, 0)->hdr));
    JSValue *h = heap_handle(vm, val_from_cell(&unit_new_arr(vm, VICTIM_SLOTS, 7)->hdr));
    full_collect(vm);
    JSValue stale = *h;
    *h = VAL_NULL;
    full_collect(vm);
    if (in_field) unit_arr(*anchor)->v[0] = stale;   /* a raw store of a dead cell's address */
    else *h = stale;
    full_collect(vm);                                /* the verifier runs first and must abort */
    heap_scope_close(vm, hs);
}

static void stale_root(void *plan) { stale_pointer(plan, false); }
static void stale_field(void *plan) { stale_pointer(plan, true); }

START_TEST(test_stale_root_caught)
{
    expect_report(stale_root, PLANS[_i], "held by the root handle", NULL);
}
END_TEST

START_TEST(test_stale_field_caught)
{
    /* v[0] of a ValArray is at offset 16 */
    expect_report(stale_field, PLANS[_i], "held at offset 16 of a VALARRAY cell", NULL);
}
END_TEST

/* Generational plans: a young cell's address kept across a minor GC
 * (it was promoted; the nursery is empty and poisoned). */
static void stale_young(void *plan)
{
    VM *vm = new_vm(plan);
    HandleScope hs = heap_scope_open(vm);
    JSValue *h = heap_handle(vm, val_from_cell(&unit_new_arr(vm, 2, 5)->hdr));
    ck_assert(vm->heap.plan->is_young(&vm->heap, val_cell(*h)));
    JSValue stale = *h;
    heap_collect(vm, GC_REASON_ALLOC);               /* a minor GC moves it out of the nursery */
    ck_assert(*h != stale);
    *h = stale;
    heap_collect(vm, GC_REASON_ALLOC);
    heap_scope_close(vm, hs);
}

START_TEST(test_stale_young_caught)
{
    static const char *const gen[] = { "gencopy", "genms" };
    expect_report(stale_young, gen[_i], "pointer outside the live heap", "held by the root handle");
}
END_TEST

/* A live cell's header broken in place, then one walk (gc_verify_heap). */
typedef enum Breakage { BREAK_FORWARDED, BREAK_KIND, BREAK_ALIGN } Breakage;

static void broken_cell(void *plan, Breakage how)
{
    VM *vm = new_vm(plan);
    HandleScope hs = heap_scope_open(vm);
    JSValue *other = heap_handle(vm, val_from_cell(&unit_new_arr(vm, 2, 1)->hdr));
    JSValue *h = heap_handle(vm, val_from_cell(&unit_new_arr(vm, 2, 2)->hdr));
    gc_verify_heap(&vm->heap);                       /* clean: passes, and marks both as checked */
    Cell *c = val_cell(*h);
    switch (how) {
    case BREAK_FORWARDED:
        cell_forward_to(c, val_cell(*other));
        break;
    case BREAK_KIND:
        c->header = (c->header & ~(0xffull << CELL_KIND_SHIFT)) | (0xeeull << CELL_KIND_SHIFT);
        break;
    case BREAK_ALIGN:
        *h = val_from_cell((Cell *)(void *)((uint8_t *)c + 4));
        break;
    }
    gc_verify_heap(&vm->heap);
    heap_scope_close(vm, hs);
}

static void forwarded(void *plan) { broken_cell(plan, BREAK_FORWARDED); }
static void bad_kind(void *plan) { broken_cell(plan, BREAK_KIND); }
static void misaligned(void *plan) { broken_cell(plan, BREAK_ALIGN); }

START_TEST(test_forwarded_caught)
{
    /* markcompact finds its cell starts by parsing the space: the broken
     * header may already make the cell unknown to it */
    const char *want = strcmp(PLANS[_i], "markcompact") == 0 ? "pointer" : "pointer to a forwarded cell";
    expect_report(forwarded, PLANS[_i], want, "held by the root handle");
}
END_TEST

START_TEST(test_invalid_kind_caught)
{
    expect_report(bad_kind, PLANS[_i], "invalid cell kind", "held by the root handle");
}
END_TEST

START_TEST(test_misaligned_caught)
{
    expect_report(misaligned, PLANS[_i], "misaligned pointer", "held by the root handle");
}
END_TEST

/* A clean heap passes many walks: cells die, are reused and move while the
 * verifier's bitmaps are reused from walk to walk. */
START_TEST(test_clean_heap_passes)
{
    VM *vm = new_vm(PLANS[_i]);
    vm->heap.stress_every = 7;
    HandleScope hs = heap_scope_open(vm);
    JSValue *keep = heap_handle(vm, val_from_cell(&unit_new_arr(vm, 32, 0)->hdr));
    for (int i = 0; i < 3000; i++) {
        ValArray *a = unit_new_arr(vm, i % 5 == 0 ? VICTIM_SLOTS : 3, i);
        if (i % 11 == 0) heap_store(&vm->heap, val_cell(*keep), &unit_arr(*keep)->v[i % 32], val_from_cell(&a->hdr));
    }
    vm->heap.stress_every = 0;
    full_collect(vm);
    for (int k = 0; k < 32; k++) {
        JSValue v = unit_arr(*keep)->v[k];
        if (val_is_cell(v)) ck_assert_int_eq(val_int(unit_arr(v)->v[1]) % 32, k);
    }
    heap_scope_close(vm, hs);
    tl_vm_free((TlVM *)vm);
}
END_TEST

static Suite *verify_suite(void)
{
    Suite *s = suite_create("gc_verify");
    TCase *tc = tcase_create("verify");
    tcase_set_timeout(tc, 120);
    tcase_add_loop_test(tc, test_stale_root_caught, 0, NCOLLECTING);
    tcase_add_loop_test(tc, test_stale_field_caught, 0, NCOLLECTING);
    tcase_add_loop_test(tc, test_stale_young_caught, 0, 2);
    tcase_add_loop_test(tc, test_forwarded_caught, 0, NPLANS);
    tcase_add_loop_test(tc, test_invalid_kind_caught, 0, NPLANS);
    tcase_add_loop_test(tc, test_misaligned_caught, 0, NPLANS);
    tcase_add_loop_test(tc, test_clean_heap_passes, 0, NPLANS);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(verify_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
