/*
 * test_interp.c -- unit tests of the interpreter tier, calls and ICs (Check).
 *
 * Each VM test runs under marksweep and under semispace with a collection
 * at every allocation.  Covered: the tier registry (--tiers parsing and its
 * error message), vm_call / vm_construct re-entry with arguments, deep
 * recursion as a catchable RangeError, the exception path across frames,
 * and inline-cache state transitions (mono -> poly -> mega).
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "tierlab.h"
#include "atom.h"
#include "error.h"
#include "flags.h"
#include "tier.h"
#include "vm.h"
#include "unit_vm.h"

static JSValue global(VM *vm, const char *name)
{
    return obj_get(vm, vm->global, atom_from_cstr(vm, name));
}

START_TEST(test_tier_configure)
{
    VM *vm = unit_vm_for_mode(0);
    char err[128];
    ck_assert(tier_configure(vm, "interp", err, sizeof err));
    ck_assert_int_eq(vm->ntiers, 1);
    ck_assert_str_eq(vm->tiers[0]->name, "interp");
    ck_assert(!tier_configure(vm, "interp,bogus", err, sizeof err));
    ck_assert_str_eq(err, "unknown tier 'bogus' (available: interp, baseline)");
    ck_assert(tier_configure(vm, "baseline", err, sizeof err));
    ck_assert_int_eq(vm->ntiers, 2);
    ck_assert_str_eq(vm->tiers[1]->name, "baseline");
    ck_assert(vm->baseline_enabled);
    ck_assert(tier_find("interp") != NULL);
    ck_assert(tier_find("nope") == NULL);
    unit_vm_free(vm);
}
END_TEST

START_TEST(test_vm_call_and_construct)
{
    VM *vm = unit_vm_for_mode(_i);
    unit_eval(vm, "function add(a, b, c) { return a + b + (c === undefined ? 100 : c); }"
             "function P(x) { this.x = x; }"
             "function count() { return arguments.length; }");
    JSValue args[3] = {val_from_int(1), val_from_int(2), val_from_int(3)};
    JSValue r = vm_call(vm, global(vm, "add"), VAL_UNDEFINED, 2, args);
    ck_assert(r == val_from_int(103));
    r = vm_call(vm, global(vm, "count"), VAL_UNDEFINED, 3, args);
    ck_assert(r == val_from_int(3));
    HandleScope hs = heap_scope_open(vm);
    JSValue *o = heap_handle(vm, vm_construct(vm, global(vm, "P"), 1, args, VAL_UNDEFINED));
    ck_assert(val_is_object(*o));
    ck_assert(obj_get(vm, *o, atom_from_cstr(vm, "x")) == val_from_int(1));
    heap_scope_close(vm, hs);
    /* calling a non-function throws a TypeError and leaves the stack clean */
    JSValue *saved_top = vm->stack_top;
    r = vm_call(vm, val_from_int(5), VAL_UNDEFINED, 0, NULL);
    ck_assert(r == VAL_EXCEPTION && err_pending(vm));
    err_take(vm);
    ck_assert(vm->stack_top == saved_top);
    ck_assert_uint_eq(vm->frame_count, 0);
    unit_vm_free(vm);
}
END_TEST

START_TEST(test_deep_recursion)
{
    VM *vm = unit_vm_for_mode(0);
    JSValue r = unit_eval(vm, "function f(n) { return f(n + 1) + 1; }"
                         "var r; try { f(0); } catch (e) { r = e instanceof RangeError; } r");
    ck_assert(r == VAL_TRUE);
    ck_assert_uint_eq(vm->frame_count, 0);
    r = unit_eval(vm, "function g(n) { return n === 0 ? 0 : 1 + g(n - 1); } g(20000)");
    ck_assert(r == val_from_int(20000));
    unit_vm_free(vm);
}
END_TEST

START_TEST(test_exceptions_across_frames)
{
    VM *vm = unit_vm_for_mode(_i);
    JSValue r = unit_eval(vm, "function a() { throw new TypeError('x'); }"
                         "function b() { try { a(); } finally { globalThis.fin = 1; } }"
                         "var got; try { b(); } catch (e) { got = e.message + fin; } got");
    ck_assert(val_is_string(r));
    char *s = str_to_utf8(vm, r, NULL);
    ck_assert_str_eq(s, "x1");
    free(s);
    /* through a native (Array.prototype.map re-enters the interpreter) */
    r = unit_eval(vm, "var n = 0; try { [1, 2].map(function (v) { if (v === 2) throw v; return v; }); }"
                 "catch (e) { n = e; } n");
    ck_assert(r == val_from_int(2));
    unit_vm_free(vm);
}
END_TEST

START_TEST(test_ic_states)
{
    VM *vm = unit_vm_for_mode(_i);
    unit_eval(vm, "function getx(o) { return o.x; }"
             "for (var i = 0; i < 10; i++) getx({x: 1});");
    FunctionProto *fp = unit_find_proto(vm, "getx");
    ck_assert(fp != NULL);
    FeedbackSlot *s = NULL;
    for (uint32_t i = 0; i < fp->nfeedback; i++)
        if (fp->feedback[i].kind == FB_PROP) s = &fp->feedback[i];
    ck_assert(s != NULL);
    ck_assert_int_eq(s->state, IC_MONO);
    unit_eval(vm, "getx({a: 1, x: 2}); getx({b: 1, x: 2});");
    ck_assert_int_eq(s->state, IC_POLY);
    ck_assert_uint_eq(s->count, 3);
    unit_eval(vm, "getx({c: 1, x: 2}); getx({d: 1, x: 2}); getx({e: 1, x: 2});");
    ck_assert_int_eq(s->state, IC_MEGA);
    JSValue r = unit_eval(vm, "getx({f: 1, x: 7})");
    ck_assert(r == val_from_int(7));
    unit_vm_free(vm);
}
END_TEST

static Suite *interp_suite(void)
{
    Suite *s = suite_create("interp");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_tier_configure);
    tcase_add_loop_test(tc, test_vm_call_and_construct, 0, 2);
    tcase_add_test(tc, test_deep_recursion);
    tcase_add_loop_test(tc, test_exceptions_across_frames, 0, 2);
    tcase_add_loop_test(tc, test_ic_states, 0, 2);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(interp_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
