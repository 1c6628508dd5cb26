/*
 * test_path.c -- node's posix path rules in C (builtins/path.c, prefix
 * bi_path_), the ones the module loader resolves with: normalize, dirname,
 * resolve.  Expected values are node 20's path.posix results.
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "builtins/path.h"

static void check_str(char *got, const char *want, const char *what, const char *input)
{
    ck_assert_msg(got != NULL, "%s('%s') returned NULL", what, input);
    ck_assert_msg(strcmp(got, want) == 0, "%s('%s') = '%s', want '%s'", what, input, got, want);
    free(got);
}

START_TEST(normalize_cases)
{
    static const char *const cases[][2] = {
        { "", "." },           { ".", "." },         { "./", "./" },        { "/", "/" },
        { "//", "/" },         { "/a//b/../c/.", "/a/c" }, { "a/..", "." },  { "a/../", "./" },
        { "/..", "/" },        { "/../a", "/a" },    { "../a", "../a" },    { "../../a/..", "../.." },
        { "a/b/../../..", ".." }, { "a/./b/", "a/b/" }, { "/a/b/c/../../d", "/a/d" }, { "a//b", "a/b" },
        { "./../x", "../x" },  { "x/../../y", "../y" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        check_str(bi_path_normalize(cases[i][0]), cases[i][1], "normalize", cases[i][0]);
}
END_TEST

START_TEST(dirname_cases)
{
    static const char *const cases[][2] = {
        { "", "." },  { "/", "/" },  { "a", "." },  { "/a", "/" },  { "/a/b", "/a" },  { "/a/b/", "/a" },
        { "a/b", "a" }, { "//a", "//" }, { "/a//b", "/a/" }, { "a/b/c.js", "a/b" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        check_str(bi_path_dirname(cases[i][0]), cases[i][1], "dirname", cases[i][0]);
}
END_TEST

START_TEST(resolve_cases)
{
    const char *a[] = { "/a/b", "./c" };
    check_str(bi_path_resolve(a, 2), "/a/b/c", "resolve", "/a/b ./c");
    const char *b[] = { "/a/b", "/x", "y/" };
    check_str(bi_path_resolve(b, 3), "/x/y", "resolve", "/a/b /x y/");
    const char *c[] = { "/" };
    check_str(bi_path_resolve(c, 1), "/", "resolve", "/");
    const char *d[] = { "/a", "", "..", "b/../c" };
    check_str(bi_path_resolve(d, 4), "/c", "resolve", "/a '' .. b/../c");
    /* relative: against the working directory */
    char *cwd = getcwd(NULL, 0);
    ck_assert(cwd != NULL);
    const char *e[] = { "x" };
    char *want = malloc(strlen(cwd) + 3);
    strcpy(want, cwd);
    strcat(want, strcmp(cwd, "/") ? "/x" : "x");
    check_str(bi_path_resolve(e, 1), want, "resolve", "x");
    check_str(bi_path_resolve(NULL, 0), cwd, "resolve", "(nothing)");
    free(want);
    free(cwd);
}
END_TEST

static Suite *path_suite(void)
{
    Suite *s = suite_create("path");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, normalize_cases);
    tcase_add_test(tc, dirname_cases);
    tcase_add_test(tc, resolve_cases);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(path_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
