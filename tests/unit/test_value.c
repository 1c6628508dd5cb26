/*
 * test_value.c -- NaN boxing (value.h): ints, doubles, -0, NaN
 * canonicalisation, misc constants and cell pointers.
 */
#include <check.h>
#include <math.h>
#include <stdlib.h>
#include "value.h"

START_TEST(ints)
{
    int32_t samples[] = { 0, 1, -1, 42, INT32_MAX, INT32_MIN };
    for (size_t i = 0; i < sizeof samples / sizeof *samples; i++) {
        JSValue v = val_from_int(samples[i]);
        ck_assert(val_is_int(v));
        ck_assert(val_is_number(v));
        ck_assert(!val_is_double(v));
        ck_assert(!val_is_cell(v));
        ck_assert_int_eq(val_int(v), samples[i]);
        ck_assert(val_to_number(v) == (double)samples[i]);
    }
}
END_TEST

START_TEST(doubles)
{
    double samples[] = { 0.5, -1.25, 1e300, -1e-300, 5e-324, INFINITY, -INFINITY, 1.7976931348623157e308 };
    for (size_t i = 0; i < sizeof samples / sizeof *samples; i++) {
        JSValue v = val_from_double(samples[i]);
        ck_assert(val_is_double(v));
        ck_assert(val_is_number(v));
        ck_assert(!val_is_int(v));
        ck_assert(val_double(v) == samples[i]);
    }
}
END_TEST

START_TEST(negative_zero)
{
    JSValue z = val_number(-0.0);
    ck_assert(val_is_double(z));
    ck_assert(signbit(val_double(z)));
    JSValue p = val_number(0.0);
    ck_assert(val_is_int(p));
    ck_assert_int_eq(val_int(p), 0);
    ck_assert(val_number(3.0) == val_from_int(3));
    ck_assert(val_is_double(val_number(3.5)));
    ck_assert(val_is_double(val_number(2147483648.0)));
    ck_assert(val_is_int(val_number(-2147483648.0)));
}
END_TEST

START_TEST(nan_canonical)
{
    uint64_t bits = 0xFFFF123456789ABCull;   /* a NaN whose tag would collide */
    double weird;
    memcpy(&weird, &bits, sizeof weird);
    ck_assert(weird != weird);
    JSValue v = val_from_double(weird);
    ck_assert(v == VAL_NAN_BITS);
    ck_assert(val_is_double(v));
    ck_assert(val_from_double(NAN) == VAL_NAN_BITS);
    ck_assert(val_from_double(-NAN) == VAL_NAN_BITS);
    ck_assert(val_number(NAN) == VAL_NAN_BITS);
    ck_assert(isnan(val_to_number(v)));
}
END_TEST

START_TEST(misc_constants)
{
    JSValue all[] = { VAL_UNDEFINED, VAL_NULL, VAL_FALSE, VAL_TRUE, VAL_HOLE, VAL_UNINIT, VAL_EXCEPTION };
    for (size_t i = 0; i < sizeof all / sizeof *all; i++) {
        ck_assert(!val_is_number(all[i]));
        ck_assert(!val_is_cell(all[i]));
        for (size_t j = 0; j < i; j++) ck_assert(all[i] != all[j]);
    }
    ck_assert(val_is_bool(VAL_TRUE) && val_is_bool(VAL_FALSE));
    ck_assert(!val_is_bool(VAL_NULL) && !val_is_bool(VAL_UNDEFINED));
    ck_assert(val_bool(val_from_bool(true)) && !val_bool(val_from_bool(false)));
    ck_assert(val_is_nullish(VAL_NULL) && val_is_nullish(VAL_UNDEFINED) && !val_is_nullish(VAL_FALSE));
}
END_TEST

START_TEST(pointers)
{
    /* heap cells are 8-aligned, below 2^48 */
    uint64_t *mem = malloc(64);
    ck_assert_ptr_nonnull(mem);
    JSValue v = val_from_cell(mem);
    ck_assert(val_is_cell(v));
    ck_assert(!val_is_number(v));
    ck_assert_ptr_eq((void *)val_cell(v), (void *)mem);
    free(mem);
    JSValue hi = val_from_cell((void *)(uintptr_t)0x00007ffffffff000ull);
    ck_assert(val_is_cell(hi));
    ck_assert((uintptr_t)val_cell(hi) == 0x00007ffffffff000ull);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("value");
    TCase *tc = tcase_create("boxing");
    tcase_add_test(tc, ints);
    tcase_add_test(tc, doubles);
    tcase_add_test(tc, negative_zero);
    tcase_add_test(tc, nan_canonical);
    tcase_add_test(tc, misc_constants);
    tcase_add_test(tc, pointers);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
