/*
 * test_eventloop.c -- unit tests of the event loop's C API (Check):
 * thread-pool work whose completion calls back into JS (1,000 requests in
 * flight, under moving-GC stress), cancellation when the VM is freed with
 * work pending, an exception in a completion stopping the loop, pins kept
 * across collections, and tl_run_loop's status for an unhandled
 * rejection.  The JS-visible behaviour (timers, ordering, Promises) is
 * tested by tests/js/runtime.
 */
#include <check.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "tierlab.h"
#include "atom.h"
#include "error.h"
#include "eventloop.h"
#include "flags.h"
#include "object.h"
#include "vm.h"

static VM *new_vm(const char *plan, int64_t stress)
{
    TlFlags flags;
    flags_init(&flags);
    flags.gc = plan;
    flags.gc_stress = stress;
    TlVM *t = tl_vm_new(&flags, 0, NULL);
    ck_assert_msg(t != NULL, "tl_vm_new failed for plan %s", plan);
    return (VM *)t;
}

static void free_vm(VM *vm) { tl_vm_free((TlVM *)vm); }

static void run_js(VM *vm, const char *src)
{
    ck_assert_int_eq(tl_run_source((TlVM *)vm, "<test>", src, strlen(src)), 0);
}

static JSValue global(VM *vm, const char *name)
{
    JSValue k = atom_from_cstr(vm, name);
    ck_assert(k != VAL_EXCEPTION);
    return obj_get(vm, vm->global, k);
}

/* ---- pool work calling back into JS ---------------------------------------- */

typedef struct Job {
    int index;
    long result;             /* computed on a pool thread */
} Job;

static atomic_int cancelled;

static void work_sum(void *data)
{
    Job *j = data;
    long s = 0;
    for (int k = 0; k <= j->index * 100; k++) s += k;
    j->result = s;
}

/* record(index, result): allocates in JS before it stores, so the
 * completion runs with the collector moving things under it. */
static void done_record(VM *vm, void *data, JSValue *keep, int status)
{
    Job *j = data;
    if (status == LOOP_CANCELLED) {
        atomic_fetch_add(&cancelled, 1);
    } else {
        JSValue argv[2] = { val_from_int(j->index), val_number((double)j->result) };
        loop_call(vm, *keep, VAL_UNDEFINED, 2, argv);
    }
    free(j);
}

static bool queue_jobs(VM *vm, int n)
{
    for (int i = 0; i < n; i++) {
        Job *j = malloc(sizeof *j);
        ck_assert_ptr_nonnull(j);
        j->index = i;
        j->result = -1;
        if (!loop_queue_work(vm, work_sum, done_record, j, global(vm, "record"))) {
            free(j);
            return false;
        }
    }
    return true;
}

START_TEST(pool_thousand_requests)
{
    const char *plans[] = { "semispace", "marksweep", "gencopy" };
    for (int p = 0; p < 3; p++) {
        VM *vm = new_vm(plans[p], 7);
        run_js(vm, "var got = []; function record(i, v) { var junk = [{ i: i }, 'x' + i]; got[i] = v + junk.length - 2; }");
        ck_assert(queue_jobs(vm, 1000));
        ck_assert_int_eq(tl_run_loop((TlVM *)vm), 0);
        /* every request completed once, with the sum computed on the pool */
        run_js(vm, "var bad = 0; for (var i = 0; i < 1000; i++) { var n = i * 100; if (got[i] !== n * (n + 1) / 2) bad++; }"
                   "if (got.length !== 1000 || bad) throw new Error('pool results: ' + got.length + ' / bad ' + bad);");
        ck_assert_uint_eq(vm->stats.v[STAT_pool_tasks], 1000);
        ck_assert_uint_ge(vm->stats.v[STAT_macrotasks], 1000);
        free_vm(vm);
    }
}
END_TEST

START_TEST(pool_cancelled_on_free)
{
    VM *vm = new_vm("semispace", 0);
    run_js(vm, "function record() { throw new Error('must not run'); }");
    atomic_store(&cancelled, 0);
    ck_assert(queue_jobs(vm, 200));
    free_vm(vm);   /* never ran the loop: every done callback sees LOOP_CANCELLED */
    ck_assert_int_eq(atomic_load(&cancelled), 200);
}
END_TEST

START_TEST(pool_exception_stops_loop)
{
    VM *vm = new_vm("marksweep", 0);
    run_js(vm, "var calls = 0; function record(i) { calls++; throw new TypeError('from a completion'); }");
    atomic_store(&cancelled, 0);
    ck_assert(queue_jobs(vm, 50));
    ck_assert_int_eq(tl_run_loop((TlVM *)vm), 1);   /* reported on stderr, status 1 */
    ck_assert(loop_stopping(vm));
    ck_assert(!err_pending(vm));
    run_js(vm, "if (calls !== 1) throw new Error('calls ' + calls);");
    free_vm(vm);   /* the rest complete as cancelled */
    ck_assert_int_eq(atomic_load(&cancelled), 49);
}
END_TEST

/* ---- pins --------------------------------------------------------------------- */

START_TEST(pins_survive_moving_collections)
{
    VM *vm = new_vm("semispace", 0);
    run_js(vm, "var o = { tag: 'pinned' };");
    uint32_t pins[100];
    for (int i = 0; i < 100; i++) {
        pins[i] = loop_pin(vm, i % 2 ? global(vm, "o") : val_from_int(i));
        ck_assert_uint_ne(pins[i], LOOP_NO_PIN);
    }
    JSValue before = loop_pinned(vm, pins[1]);
    run_js(vm, "o = null;");   /* now only the pins hold the object */
    heap_collect(vm, GC_REASON_EXPLICIT);
    heap_collect(vm, GC_REASON_EXPLICIT);
    JSValue after = loop_pinned(vm, pins[1]);
    ck_assert(val_is_object(after));
    ck_assert(after != before);   /* semispace moved it and updated the pin */
    for (int i = 1; i < 100; i += 2) ck_assert(loop_pinned(vm, pins[i]) == after);
    for (int i = 0; i < 100; i += 2) ck_assert(loop_pinned(vm, pins[i]) == val_from_int(i));
    JSValue tag = obj_get(vm, after, atom_from_cstr(vm, "tag"));
    ck_assert(val_is_string(tag));
    /* freed slots are reused */
    loop_unpin(vm, pins[3]);
    ck_assert_uint_eq(loop_pin(vm, VAL_TRUE), pins[3]);
    for (int i = 0; i < 100; i++) loop_unpin(vm, pins[i]);
    free_vm(vm);
}
END_TEST

/* ---- loop status ---------------------------------------------------------------- */

START_TEST(run_loop_status)
{
    VM *vm = new_vm("marksweep", 0);
    run_js(vm, "var n = 0; setTimeout(function () { n++; }, 1); Promise.resolve().then(function () { n++; });");
    ck_assert_int_eq(tl_run_loop((TlVM *)vm), 0);
    run_js(vm, "if (n !== 2) throw new Error('n ' + n);");
    /* an unhandled rejection: status 1, nothing left pending */
    run_js(vm, "Promise.reject(new Error('unhandled (expected in this test)'));");
    ck_assert_int_eq(tl_run_loop((TlVM *)vm), 1);
    ck_assert(!err_pending(vm));
    free_vm(vm);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("eventloop");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, pool_thousand_requests);
    tcase_add_test(tc, pool_cancelled_on_free);
    tcase_add_test(tc, pool_exception_stops_loop);
    tcase_add_test(tc, pins_survive_moving_collections);
    tcase_add_test(tc, run_loop_status);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
