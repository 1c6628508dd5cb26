/*
 * test_bigint.c -- BigInt arithmetic (bigint.c) in isolation: parsing and
 * printing round trips in every radix, the canonical form (no -0, no
 * leading zero limbs), Knuth division checked by reconstruction, shifts
 * rounding toward -Infinity, two's complement bitwise operators, asIntN /
 * asUintN, conversion to double (ties to even) and exact comparison with
 * doubles.  Runs under semispace with a collection at every allocation, so
 * every result moves while the next one is made.
 */
#include <check.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "tierlab.h"
#include "bigint.h"
#include "error.h"
#include "flags.h"
#include "runtime.h"
#include "vm.h"

static TlVM *tvm;
static VM *vm;

static void setup(void)
{
    TlFlags flags;
    flags_init(&flags);
    flags.gc = "semispace";
    tvm = tl_vm_new(&flags, 0, NULL);
    ck_assert_ptr_nonnull(tvm);
    vm = (VM *)tvm;
    vm->heap.stress_every = 1;
}

static void teardown(void)
{
    tl_vm_free(tvm);
    tvm = NULL;
    vm = NULL;
}

/* A BigInt from ASCII text (StringToBigInt syntax); must parse. */
static JSValue B(const char *s)
{
    JSValue v = bigint_from_literal(vm, s, strlen(s));
    ck_assert_msg(val_is_bigint(v), "does not parse: %s", s);
    return v;
}

/* The decimal (or radix) text of v, compared with want. */
static void check_text(JSValue v, int radix, const char *want)
{
    ck_assert(val_is_bigint(v));
    char *s = bigint_to_cstr(v, radix);
    ck_assert_ptr_nonnull(s);
    ck_assert_str_eq(s, want);
    free(s);
}

/* a op b with a rooted while b is made. */
static JSValue op2(BinOp op, const char *a, const char *b)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *ha = heap_handle(vm, B(a));
    JSValue vb = B(b);
    JSValue r = bigint_binary(vm, op, *ha, vb);
    heap_scope_close(vm, hs);
    return r;
}

START_TEST(parse_print)
{
    check_text(B("0"), 10, "0");
    check_text(B("-0"), 10, "0");
    ck_assert_uint_eq(val_bigint(B("-0"))->neg, 0);
    check_text(B("000123"), 10, "123");
    check_text(B("  -987654321098765432109876543210  "), 10, "-987654321098765432109876543210");
    check_text(B("0xFFFFFFFFFFFFFFFF"), 10, "18446744073709551615");
    check_text(B("0x10000000000000000"), 16, "10000000000000000");
    check_text(B("0b101"), 2, "101");
    check_text(B("0o777"), 8, "777");
    check_text(B("-35"), 36, "-z");
    ck_assert_uint_eq(val_bigint(B("0x0000000000000000000000001"))->len, 1);
    /* not BigInts */
    const char *bad[] = { "1.5", "1e3", "0x", "-0x1", "1_0", "abc", "+", "1n" };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        ck_assert_msg(bigint_from_literal(vm, bad[i], strlen(bad[i])) == VAL_UNDEFINED, "%s parsed", bad[i]);
}
END_TEST

START_TEST(radix_round_trip)
{
    const char *v = "123456789012345678901234567890123456789012345678901234567890";
    static const int radices[] = { 2, 7, 10, 16, 36 };
    for (size_t ri = 0; ri < sizeof radices / sizeof radices[0]; ri++) {
        int r = radices[ri];
        HandleScope hs = heap_scope_open(vm);
        JSValue *h = heap_handle(vm, B(v));
        char *s = bigint_to_cstr(*h, r);
        ck_assert_ptr_nonnull(s);
        /* parse it back digit by digit: value = value * r + d */
        JSValue *acc = heap_handle(vm, bigint_from_uint64(vm, 0));
        for (const char *p = s; *p; p++) {
            int d = *p <= '9' ? *p - '0' : *p - 'a' + 10;
            ck_assert_int_lt(d, r);
            HandleScope inner = heap_scope_open(vm);
            JSValue *hm = heap_handle(vm, bigint_from_uint64(vm, (uint64_t)r));
            *acc = bigint_binary(vm, BIN_MUL, *acc, *hm);
            *acc = bigint_add_small(vm, *acc, d);
            heap_scope_close(vm, inner);
        }
        ck_assert_msg(bigint_equal(*acc, *h), "radix %d: %s", r, s);
        free(s);
        heap_scope_close(vm, hs);
    }
}
END_TEST

START_TEST(arithmetic)
{
    check_text(op2(BIN_ADD, "18446744073709551615", "1"), 10, "18446744073709551616");
    check_text(op2(BIN_SUB, "18446744073709551616", "1"), 10, "18446744073709551615");
    check_text(op2(BIN_SUB, "5", "5"), 10, "0");
    check_text(op2(BIN_MUL, "-18446744073709551615", "18446744073709551615"), 10,
               "-340282366920938463426481119284349108225");
    check_text(op2(BIN_DIV, "-7", "2"), 10, "-3");
    check_text(op2(BIN_MOD, "-7", "2"), 10, "-1");
    check_text(op2(BIN_MOD, "7", "-2"), 10, "1");
    check_text(op2(BIN_EXP, "2", "200"), 16, "100000000000000000000000000000000000000000000000000");
    check_text(op2(BIN_EXP, "-3", "3"), 10, "-27");
    ck_assert(op2(BIN_DIV, "1", "0") == VAL_EXCEPTION);
    err_take(vm);
    ck_assert(op2(BIN_EXP, "2", "-1") == VAL_EXCEPTION);
    err_take(vm);
    ck_assert(op2(BIN_USHR, "2", "1") == VAL_EXCEPTION);
    err_take(vm);
}
END_TEST

/* q * b + r == a, |r| < |b|, r has a's sign: for operands whose top limbs
 * exercise Knuth's qhat corrections. */
START_TEST(division_reconstructs)
{
    const char *as[] = { "0xffffffffffffffffffffffffffffffffffffffffffffffff", "-57896044618658097711785492504343953926634992332820282019728792003956564819969",
                         "0x7fffffffffffffff0000000000000000ffffffffffffffff", "123456789012345678901234567890123456789" };
    const char *bs[] = { "0x10000000000000001", "0x8000000000000000000000000000000000000001", "-18446744073709551615", "0xfffffffffffffffffffffffffffffffe",
                         "98765432109876543210" };
    for (size_t i = 0; i < sizeof as / sizeof as[0]; i++)
        for (size_t j = 0; j < sizeof bs / sizeof bs[0]; j++) {
            HandleScope hs = heap_scope_open(vm);
            JSValue *a = heap_handle(vm, B(as[i]));
            JSValue *b = heap_handle(vm, B(bs[j]));
            JSValue *q = heap_handle(vm, bigint_binary(vm, BIN_DIV, *a, *b));
            JSValue *r = heap_handle(vm, bigint_binary(vm, BIN_MOD, *a, *b));
            JSValue *qb = heap_handle(vm, bigint_binary(vm, BIN_MUL, *q, *b));
            JSValue back = bigint_binary(vm, BIN_ADD, *qb, *r);
            ck_assert_msg(bigint_equal(back, *a), "%s / %s", as[i], bs[j]);
            JSValue *rabs = heap_handle(vm, val_bigint(*r)->neg ? bigint_negate(vm, *r) : *r);
            JSValue babs = val_bigint(*b)->neg ? bigint_negate(vm, *b) : *b;
            ck_assert(bigint_compare(*rabs, babs) < 0);
            ck_assert(bigint_is_zero(*r) || val_bigint(*r)->neg == val_bigint(*a)->neg);
            heap_scope_close(vm, hs);
        }
}
END_TEST

START_TEST(shifts_and_bits)
{
    check_text(op2(BIN_SHR, "-1", "100"), 10, "-1");
    check_text(op2(BIN_SHR, "-255", "4"), 10, "-16");
    check_text(op2(BIN_SHR, "-256", "4"), 10, "-16");
    check_text(op2(BIN_SHL, "1", "64"), 16, "10000000000000000");
    check_text(op2(BIN_SHL, "12", "-2"), 10, "3");
    check_text(op2(BIN_AND, "-12", "10"), 10, "0");
    check_text(op2(BIN_OR, "-12", "10"), 10, "-2");
    check_text(op2(BIN_XOR, "-12", "-10"), 10, "2");
    check_text(op2(BIN_AND, "-1", "0x1ffffffffffffffffffff"), 16, "1ffffffffffffffffffff");
    check_text(bigint_bit_not(vm, B("0xffffffffffffffff")), 16, "-10000000000000000");
    check_text(bigint_as_n(vm, 64, B("-1"), false), 16, "ffffffffffffffff");
    check_text(bigint_as_n(vm, 64, B("0x8000000000000000"), true), 10, "-9223372036854775808");
    check_text(bigint_as_n(vm, 65, B("0x10000000000000000"), true), 10, "-18446744073709551616");
    check_text(bigint_as_n(vm, 3, B("-25"), true), 10, "-1");
    check_text(bigint_as_n(vm, 0, B("77"), true), 10, "0");
}
END_TEST

START_TEST(doubles)
{
    ck_assert(bigint_to_double(B("9007199254740993")) == 9007199254740992.0);   /* tie: to even */
    ck_assert(bigint_to_double(B("9007199254740995")) == 9007199254740996.0);
    ck_assert(bigint_to_double(bigint_negate(vm, B("0x1fffffffffffffc00"))) == -3.6893488147419103e+19);   /* 2^65 - 2^10: up */
    ck_assert(isinf(bigint_to_double(op2(BIN_SHL, "1", "1024"))));
    check_text(bigint_from_double(vm, 1e21), 10, "1000000000000000000000");
    check_text(bigint_from_double(vm, -18446744073709551616.0), 10, "-18446744073709551616");
    ck_assert_int_eq(bigint_compare_double(B("1"), 1.5), -1);
    ck_assert_int_eq(bigint_compare_double(B("2"), 1.5), 1);
    ck_assert_int_eq(bigint_compare_double(B("-2"), -1.5), -1);
    ck_assert_int_eq(bigint_compare_double(B("9007199254740993"), 9007199254740992.0), 1);
    ck_assert_int_eq(bigint_compare_double(B("0"), -0.0), 0);
    ck_assert_int_eq(bigint_compare_double(B("5"), NAN), 2);
    ck_assert_int_eq(bigint_compare_double(op2(BIN_SHL, "1", "2000"), INFINITY), -1);
    ck_assert_uint_eq(bigint_to_uint64(B("-1")), UINT64_MAX);
    ck_assert_int_eq(bigint_to_int64(B("0x8000000000000000")), INT64_MIN);
}
END_TEST

START_TEST(equality_and_hash)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *a = heap_handle(vm, op2(BIN_SHL, "3", "100"));
    JSValue *b = heap_handle(vm, op2(BIN_MUL, "3", "0x10000000000000000000000000"));
    ck_assert(bigint_equal(*a, *b));
    ck_assert(rt_strict_equals(*a, *b));
    ck_assert(rt_same_value_zero(*a, *b));
    ck_assert_uint_eq(bigint_hash(*a), bigint_hash(*b));
    JSValue c = bigint_negate(vm, *a);
    ck_assert(!bigint_equal(c, *a));
    heap_scope_close(vm, hs);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("bigint");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, parse_print);
    tcase_add_test(tc, radix_round_trip);
    tcase_add_test(tc, arithmetic);
    tcase_add_test(tc, division_reconstructs);
    tcase_add_test(tc, shifts_and_bits);
    tcase_add_test(tc, doubles);
    tcase_add_test(tc, equality_and_hash);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
