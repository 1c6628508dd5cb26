/*
 * test_interrupt.c -- the interrupt flag (vm->interrupted: an embedder's or
 * a fuzzer's time limit) stops native loops that call short callbacks or
 * run many short regexp matches (Check).  Those never reach a LOOP
 * instruction, where the interpreter polls the flag; vm_call/vm_construct
 * and re_exec poll it too (docs/reliability.md).  A program with neither
 * loops nor native callbacks (an exponential tree of recursive calls) is
 * stopped where a call spends its budget, in the interpreter and in
 * baseline code: a second thread sets the flag while it runs.  So is an
 * Atomics.wait that nothing can notify.
 */
#include <check.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "tierlab.h"
#include "atom.h"
#include "error.h"
#include "flags.h"
#include "vm.h"

static VM *new_vm(void)
{
    TlFlags flags;
    flags_init(&flags);
    TlVM *t = tl_vm_new(&flags, 0, NULL);
    ck_assert_msg(t != NULL, "tl_vm_new failed");
    return (VM *)t;
}

/* Run src with the flag set: it must end with the "Script interrupted"
 * RangeError (not caught by the script's own try/catch); then, with the flag
 * clear, the same source must run and return expect (a number). */
static void check_interrupted(const char *src, double expect)
{
    VM *vm = new_vm();
    vm->interrupted = true;
    JSValue r = vm_eval_source(vm, "<test>", src, strlen(src), false);
    ck_assert_msg(r == VAL_EXCEPTION, "not interrupted: %s", src);
    ck_assert(err_pending(vm));
    vm->interrupted = false;
    JSValue exc = err_take(vm);
    ck_assert(val_is_object(exc));
    JSValue name = obj_get(vm, exc, atom_from_cstr(vm, "name"));
    char *n = val_is_string(name) ? str_to_utf8(vm, name, NULL) : NULL;
    JSValue msg = obj_get(vm, exc, atom_from_cstr(vm, "message"));
    char *d = val_is_string(msg) ? str_to_utf8(vm, msg, NULL) : NULL;
    ck_assert_msg(n && strcmp(n, "RangeError") == 0 && d && strstr(d, "Script interrupted"),
                  "%s: got %s: %s", src, n ? n : "?", d ? d : "?");
    free(n);
    free(d);
    r = vm_eval_source(vm, "<test>", src, strlen(src), false);
    if (r == VAL_EXCEPTION) {
        char *e = err_pending(vm) ? err_describe(vm, err_take(vm)) : NULL;
        ck_abort_msg("%s: %s", src, e ? e : "?");
    }
    ck_assert_msg(val_is_number(r) && val_to_number(r) == expect, "%s: wrong result", src);
    tl_vm_free((TlVM *)vm);
}

START_TEST(sort_comparator)
{
    check_interrupted("var r; try { r = [3, 1, 2].sort(function (a, b) { return a - b; })[0]; } catch (e) { r = -1; } r", 1);
}
END_TEST

START_TEST(replace_callback)
{
    check_interrupted("'aXbXc'.replace(/X/g, function () { return 'YY'; }).length", 7);
}
END_TEST

START_TEST(replace_string_global)
{
    /* no callback: one re_exec per match */
    check_interrupted("'a,b,c,d'.replace(/,/g, ';;').length", 10);
}
END_TEST

START_TEST(split_regexp)
{
    check_interrupted("'a,b,c'.split(/,/).length", 3);
}
END_TEST

START_TEST(array_callbacks)
{
    check_interrupted("[1, 2, 3].map(function (x) { return x * 2; }).reduce(function (a, b) { return a + b; })", 12);
}
END_TEST

START_TEST(json_reviver)
{
    check_interrupted("JSON.parse('[1,2,3]', function (k, v) { return v; }).length", 3);
}
END_TEST

START_TEST(construct)
{
    check_interrupted("Reflect.construct(function () { this.x = 5; }, []).x", 5);
}
END_TEST

/* The flag set by another thread 50 ms into a run of 2^40 calls without a
 * loop: the run must end with the interrupt, not after its 2^40 calls. */
static void *set_flag_later(void *arg)
{
    struct timespec ts = {0, 50 * 1000 * 1000};
    nanosleep(&ts, NULL);
    __atomic_store_n(&((VM *)arg)->interrupted, true, __ATOMIC_SEQ_CST);
    return NULL;
}

/* Run src (which must not end by itself soon) with the flag set 50 ms in
 * by another thread: it must end with the "Script interrupted" RangeError. */
static void check_interrupted_later(const char *src, const char *tiers, const char *eager)
{
    TlFlags flags;
    flags_init(&flags);
    flags.tiers = tiers;
    flags.eager = eager;
    VM *vm = (VM *)tl_vm_new(&flags, 0, NULL);
    ck_assert(vm != NULL);
    pthread_t t;
    ck_assert(pthread_create(&t, NULL, set_flag_later, vm) == 0);
    JSValue r = vm_eval_source(vm, "<test>", src, strlen(src), false);
    pthread_join(t, NULL);
    ck_assert_msg(r == VAL_EXCEPTION, "%s%s: not interrupted", tiers, eager);
    JSValue exc = err_take(vm);
    JSValue msg = obj_get(vm, exc, atom_from_cstr(vm, "message"));
    char *d = val_is_string(msg) ? str_to_utf8(vm, msg, NULL) : NULL;
    ck_assert_msg(d && strstr(d, "Script interrupted"), "%s: got %s", tiers, d ? d : "?");
    free(d);
    tl_vm_free((TlVM *)vm);
}

static void check_call_tree(const char *tiers, const char *eager)
{
    check_interrupted_later(
        "function f(n) { if (n > 40) return 0; f(n + 1); f(n + 1); return 1; }\n"
        "function g(n) { return n > 40 ? 0 : h(n + 1) + h(n + 1); }\n"
        "function h(n) { return g(n); }\n"
        "var r; try { r = f(0) + g(0); } catch (e) { r = -1; } r",
        tiers, eager);
}

START_TEST(call_tree_interp)
{
    check_call_tree("interp", "");
}
END_TEST

START_TEST(call_tree_baseline)
{
    check_call_tree("interp,baseline", "");
}
END_TEST

START_TEST(call_tree_eager_baseline)
{
    check_call_tree("interp,baseline", "baseline");
}
END_TEST

/* An Atomics.wait nothing can notify (this is the only thread) and without
 * a timeout: it sleeps in slices and ends at the interrupt. */
START_TEST(atomics_wait_forever)
{
    check_interrupted_later("var r; try { r = Atomics.wait(new Int32Array(new SharedArrayBuffer(8)), 1, 0); }"
                            " catch (e) { r = -1; } r", "interp", "");
}
END_TEST

int main(void)
{
    Suite *s = suite_create("interrupt");
    TCase *tc = tcase_create("native loops");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, sort_comparator);
    tcase_add_test(tc, replace_callback);
    tcase_add_test(tc, replace_string_global);
    tcase_add_test(tc, split_regexp);
    tcase_add_test(tc, array_callbacks);
    tcase_add_test(tc, json_reviver);
    tcase_add_test(tc, construct);
    tcase_add_test(tc, call_tree_interp);
    tcase_add_test(tc, call_tree_baseline);
    tcase_add_test(tc, call_tree_eager_baseline);
    tcase_add_test(tc, atomics_wait_forever);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
