/*
 * test_runtime.c -- conversions and operators of runtime.c on primitive
 * values (no JS code runs): ToNumber / ToString / ToInt32, the binary
 * operators' edge cases, equality tables and relational comparison, and the
 * err_ API's error objects.  Runs on a semispace VM with GC stress.
 */
#include <check.h>
#include <math.h>
#include <stdlib.h>
#include "tierlab.h"
#include "error.h"
#include "flags.h"
#include "runtime.h"
#include "str.h"
#include "vm.h"
#include "unit_vm.h"

static VM *vm;

static void setup(void) { vm = unit_stress_vm_new(); }

static void teardown(void)
{
    unit_vm_free(vm);
    vm = NULL;
}

static JSValue S(const char *s) { return str_from_cstr(vm, s); }
static JSValue D(double d) { return val_from_double(d); }
static JSValue I(int32_t i) { return val_from_int(i); }

static bool is_text(JSValue v, const char *s)
{
    if (!val_is_string(v)) return false;
    char *u = str_to_utf8(vm, v, NULL);
    bool r = strcmp(u, s) == 0;
    free(u);
    return r;
}

static double num(JSValue v)
{
    ck_assert(val_is_number(v));
    return val_to_number(v);
}

START_TEST(to_number_and_string)
{
    ck_assert(num(rt_to_number(vm, S(" 42 "))) == 42);
    ck_assert(isnan(num(rt_to_number(vm, VAL_UNDEFINED))));
    ck_assert(num(rt_to_number(vm, VAL_NULL)) == 0);
    ck_assert(num(rt_to_number(vm, VAL_TRUE)) == 1);
    ck_assert(signbit(num(rt_to_number(vm, S("-0")))));
    ck_assert(is_text(rt_to_string(vm, D(-0.0)), "0"));
    ck_assert(is_text(rt_to_string(vm, D(1e21)), "1e+21"));
    ck_assert(is_text(rt_to_string(vm, I(-7)), "-7"));
    ck_assert(is_text(rt_to_string(vm, VAL_NULL), "null"));
    ck_assert(is_text(rt_number_to_string(vm, 255, 16), "ff"));
    ck_assert(is_text(rt_typeof(vm, VAL_NULL), "object"));
    ck_assert(is_text(rt_typeof(vm, S("x")), "string"));
}
END_TEST

START_TEST(to_int32)
{
    static const struct { double d; int32_t i; } cases[] = {
        { 0, 0 }, { -0.0, 0 }, { 1.9, 1 }, { -1.9, -1 }, { 2147483648.0, INT32_MIN }, { 4294967296.0, 0 },
        { 4294967297.5, 1 }, { -4294967297.0, -1 }, { 1e21, -559939584 }, { INFINITY, 0 }, { NAN, 0 },
        { 9007199254740993.0, 0 }, { -2147483649.0, 2147483647 },
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        int32_t out;
        ck_assert(rt_to_int32(vm, D(cases[k].d), &out));
        ck_assert_int_eq(out, cases[k].i);
    }
}
END_TEST

START_TEST(arithmetic)
{
    ck_assert(num(rt_binary(vm, BIN_MOD, I(-5), I(5))) == 0 && signbit(num(rt_binary(vm, BIN_MOD, I(-5), I(5)))));
    ck_assert(num(rt_binary(vm, BIN_MOD, I(INT32_MIN), I(-1))) == 0);
    ck_assert(num(rt_binary(vm, BIN_MOD, D(5.5), I(2))) == 1.5);
    ck_assert(isnan(num(rt_binary(vm, BIN_MOD, I(1), I(0)))));
    ck_assert(isnan(num(rt_binary(vm, BIN_EXP, I(1), D(INFINITY)))));
    ck_assert(isnan(num(rt_binary(vm, BIN_EXP, I(1), D(NAN)))));
    ck_assert(num(rt_binary(vm, BIN_EXP, D(NAN), I(0))) == 1);
    ck_assert(num(rt_binary(vm, BIN_MUL, I(-1), I(0))) == 0 && signbit(num(rt_binary(vm, BIN_MUL, I(-1), I(0)))));
    ck_assert(num(rt_binary(vm, BIN_ADD, I(INT32_MAX), I(1))) == 2147483648.0);
    ck_assert(num(rt_binary(vm, BIN_USHR, I(-1), I(0))) == 4294967295.0);
    ck_assert(num(rt_binary(vm, BIN_SHL, I(1), I(33))) == 2);
    ck_assert(num(rt_binary(vm, BIN_SHR, I(-16), I(2))) == -4);
    ck_assert(num(rt_negate(vm, I(0))) == 0 && signbit(num(rt_negate(vm, I(0)))));
    ck_assert(num(rt_bit_not(vm, S("5"))) == -6);
    ck_assert(num(rt_inc(vm, I(INT32_MAX), 1)) == 2147483648.0);
}
END_TEST

START_TEST(concatenation)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *a = heap_handle(vm, S("n="));
    JSValue r = rt_add(vm, *a, D(0.5));
    ck_assert(is_text(r, "n=0.5"));
    r = rt_add(vm, VAL_TRUE, I(1));
    ck_assert(num(r) == 2);
    *a = S("1");
    r = rt_add(vm, VAL_NULL, *a);
    ck_assert(is_text(r, "null1"));
    heap_scope_close(vm, hs);
}
END_TEST

START_TEST(equality)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *a = heap_handle(vm, S("1"));
    ck_assert_int_eq(rt_loose_equals(vm, *a, I(1)), 1);
    ck_assert_int_eq(rt_loose_equals(vm, VAL_NULL, VAL_UNDEFINED), 1);
    ck_assert_int_eq(rt_loose_equals(vm, VAL_NULL, I(0)), 0);
    ck_assert_int_eq(rt_loose_equals(vm, VAL_TRUE, *a), 1);
    *a = S("");
    ck_assert_int_eq(rt_loose_equals(vm, *a, I(0)), 1);
    ck_assert_int_eq(rt_loose_equals(vm, D(NAN), D(NAN)), 0);
    ck_assert(rt_strict_equals(I(1), D(1.0)));
    ck_assert(rt_strict_equals(D(0.0), D(-0.0)));
    ck_assert(!rt_same_value(D(0.0), D(-0.0)));
    ck_assert(rt_same_value(D(NAN), D(NAN)));
    ck_assert(rt_same_value_zero(D(NAN), D(NAN)) && rt_same_value_zero(D(0.0), D(-0.0)));
    JSValue *x = heap_handle(vm, S("abc"));
    JSValue y = S("abc");
    ck_assert(rt_strict_equals(*x, y));
    heap_scope_close(vm, hs);
}
END_TEST

START_TEST(relational)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *a = heap_handle(vm, S("10"));
    JSValue *b = heap_handle(vm, S("9"));
    ck_assert_int_eq(rt_less_than(vm, *a, *b, true), 1);             /* strings: code units */
    ck_assert_int_eq(rt_less_than(vm, *a, I(9), true), 0);           /* numbers */
    ck_assert_int_eq(rt_relational(vm, REL_LE, D(NAN), D(NAN)), 0);
    ck_assert_int_eq(rt_relational(vm, REL_GE, VAL_NULL, I(0)), 1);
    ck_assert_int_eq(rt_relational(vm, REL_LE, VAL_UNDEFINED, I(0)), 0);
    ck_assert_int_eq(rt_relational(vm, REL_GT, I(2), I(1)), 1);
    heap_scope_close(vm, hs);
}
END_TEST

START_TEST(errors)
{
    JSValue r = err_throw(vm, ERRMSG_NOT_FUNCTION, "foo");
    ck_assert(r == VAL_EXCEPTION);
    ck_assert(err_pending(vm));
    HandleScope hs = heap_scope_open(vm);
    JSValue *e = heap_handle(vm, err_take(vm));
    ck_assert(!err_pending(vm));
    ck_assert(obj_is_class(*e, CLS_ERROR));
    ck_assert(val_obj(*e)->proto == vm_intrinsic(vm, INTR_TypeErrorPrototype));
    JSValue m = obj_get(vm, *e, vm_atom(vm, ATOM_message));
    ck_assert(is_text(m, "foo is not a function"));
    JSValue st = obj_get(vm, *e, vm_atom(vm, ATOM_stack));
    ck_assert(is_text(st, "TypeError: foo is not a function"));
    /* reading a property of null */
    r = rt_get_value(vm, VAL_NULL, S("x"));
    ck_assert(r == VAL_EXCEPTION);
    *e = err_take(vm);
    m = obj_get(vm, *e, vm_atom(vm, ATOM_message));
    ck_assert(is_text(m, "Cannot read properties of null (reading 'x')"));
    char *d = err_describe(vm, D(1.5));
    ck_assert_str_eq(d, "1.5");
    free(d);
    heap_scope_close(vm, hs);
}
END_TEST

START_TEST(primitive_properties)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *s = heap_handle(vm, S("h\xc3\xa9llo"));
    ck_assert(num(rt_get(vm, *s, vm_atom(vm, ATOM_length))) == 5);
    ck_assert(is_text(rt_get(vm, *s, I(1)), "\xc3\xa9"));
    ck_assert(rt_get(vm, *s, I(9)) == VAL_UNDEFINED);
    JSValue w = rt_to_object(vm, *s);
    ck_assert(obj_is_class(w, CLS_STRING));
    ck_assert_int_eq(rt_set(vm, *s, I(0), I(1), false), 0);
    ck_assert_int_eq(rt_set(vm, *s, I(0), I(1), true), -1);
    err_take(vm);
    heap_scope_close(vm, hs);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("runtime");
    TCase *tc = tcase_create("runtime");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, to_number_and_string);
    tcase_add_test(tc, to_int32);
    tcase_add_test(tc, arithmetic);
    tcase_add_test(tc, concatenation);
    tcase_add_test(tc, equality);
    tcase_add_test(tc, relational);
    tcase_add_test(tc, errors);
    tcase_add_test(tc, primitive_properties);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
