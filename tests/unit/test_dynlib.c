/*
 * test_dynlib.c -- libraries opened on first use (engine/dynlib.h): a
 * library that loads resolves every name into its typed pointer; a missing
 * library or function fails once, with a message naming it, and is not
 * retried.  libm stands in for capstone and PAPI (always there).
 */
#include <check.h>
#include <gnu/lib-names.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "dynlib.h"

#define M_FUNCS(X) X(cos) X(sqrt)
static struct { M_FUNCS(DYNLIB_FIELD) } m;
static const char *const m_names[] = { M_FUNCS(DYNLIB_NAME) };

START_TEST(loads_and_resolves)
{
    DynLib lib = DYNLIB_INIT(LIBM_SO, m_names, m);
    ck_assert_uint_eq(lib.n, 2);
    ck_assert(dynlib_ready(&lib));
    ck_assert_int_eq(lib.state, 1);
    ck_assert(m.cos(0.0) == 1.0);
    ck_assert(m.sqrt(16.0) == 4.0);
    ck_assert(dynlib_ready(&lib));   /* loaded once: the second call is a check */
}
END_TEST

START_TEST(missing_library)
{
    void *fns[2] = { NULL, NULL };
    DynLib lib = DYNLIB_INIT("libtierlab-no-such-library.so.0", m_names, fns);
    ck_assert(!dynlib_ready(&lib));
    ck_assert_int_eq(lib.state, -1);
    ck_assert_msg(strstr(lib.error, "cannot load libtierlab-no-such-library.so.0"), "%s", lib.error);
    ck_assert(fns[0] == NULL && fns[1] == NULL);
    lib.error[0] = '\0';
    ck_assert(!dynlib_ready(&lib));    /* remembered, not retried */
    ck_assert_str_eq(lib.error, "");
}
END_TEST

START_TEST(missing_function)
{
    static const char *const names[] = { "cos", "tierlab_no_such_function" };
    void *fns[2] = { NULL, NULL };
    DynLib lib = DYNLIB_INIT(LIBM_SO, names, fns);
    ck_assert(!dynlib_ready(&lib));
    ck_assert_msg(strstr(lib.error, "has no tierlab_no_such_function"), "%s", lib.error);
    ck_assert(fns[0] == NULL);   /* cos was found, then cleared with the library closed */
}
END_TEST

static Suite *dynlib_suite(void)
{
    Suite *s = suite_create("dynlib");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, loads_and_resolves);
    tcase_add_test(tc, missing_library);
    tcase_add_test(tc, missing_function);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(dynlib_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
