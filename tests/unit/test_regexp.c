/*
 * test_regexp.c -- the regexp compiler and matcher (regexp_parse.c,
 * regexp_exec.c) in isolation: flags parsing, syntax errors, capture
 * offsets, sticky matching, lookbehind, case folding, the literal fast path
 * and the step budget on a catastrophic pattern.  Runs on a real VM under
 * the semispace plan with GC stress, so the compiled program moves at
 * every allocation (the matcher itself must not allocate).
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include "tierlab.h"
#include "error.h"
#include "flags.h"
#include "regexp.h"
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

/* Compiles pattern/flags; VAL_EXCEPTION on a syntax error (cleared). */
static JSValue compile(const char *pattern, const char *flags)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *hp = heap_handle(vm, str_from_cstr(vm, pattern));
    JSValue *hf = heap_handle(vm, str_from_cstr(vm, flags));
    uint32_t bits = 0;
    ck_assert(re_parse_flags(vm, *hf, &bits));
    JSValue r = re_compile(vm, *hp, bits, *hf);
    if (r == VAL_EXCEPTION) err_take(vm);
    heap_scope_close(vm, hs);
    return r;
}

/* Runs pattern on subject from start; returns 1/0/-1 and fills caps. */
static int run(const char *pattern, const char *flags, const char *subject, uint32_t start, int32_t *caps)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *hprog = heap_handle(vm, compile(pattern, flags));
    ck_assert(*hprog != VAL_EXCEPTION);
    JSValue *hsub = heap_handle(vm, str_from_utf8(vm, subject, strlen(subject)));
    JSString *s = str_flatten(vm, *hsub);
    ck_assert_ptr_nonnull(s);
    bool sticky = strchr(flags, 'y') != NULL;
    int r = re_exec(vm, *hprog, s, start, sticky, caps);
    heap_scope_close(vm, hs);
    return r;
}

START_TEST(flags_parsing)
{
    uint32_t bits;
    JSValue f = str_from_cstr(vm, "dgimsuy");
    ck_assert(re_parse_flags(vm, f, &bits));
    ck_assert_uint_eq(bits, RE_FLAG_D | RE_FLAG_G | RE_FLAG_I | RE_FLAG_M | RE_FLAG_S | RE_FLAG_U | RE_FLAG_Y);
    ck_assert(!re_parse_flags(vm, str_from_cstr(vm, "gg"), &bits));
    ck_assert(!re_parse_flags(vm, str_from_cstr(vm, "x"), &bits));
}
END_TEST

START_TEST(syntax_errors)
{
    const char *bad[] = { "(", ")", "[a", "*", "a**", "[b-a]", "a{3,2}", "(?<n>a)(?<n>b)", "\\", "(?<=a)*" };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        ck_assert_msg(compile(bad[i], "") == VAL_EXCEPTION, "accepted %s", bad[i]);
    const char *bad_u[] = { "\\q", "]", "{", "\\8", "\\p{Nope}" };
    for (size_t i = 0; i < sizeof bad_u / sizeof bad_u[0]; i++)
        ck_assert_msg(compile(bad_u[i], "u") == VAL_EXCEPTION, "accepted /%s/u", bad_u[i]);
    /* Annex B accepts these without u */
    const char *ok[] = { "\\q", "]", "{", "\\8", "a{,", "\\c" };
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++)
        ck_assert_msg(compile(ok[i], "") != VAL_EXCEPTION, "rejected %s", ok[i]);
}
END_TEST

static const char *check(const char *pattern, const char *flags)
{
    uint16_t units[64];
    uint32_t n = 0;
    for (const char *c = pattern; *c; c++) units[n++] = (uint8_t)*c;
    return re_syntax_check(units, n, flags);
}

START_TEST(literal_syntax_check)
{
    ck_assert_ptr_null(check("a(b)c", "g"));
    ck_assert_ptr_null(check("(?<x>a)\\k<x>", ""));
    ck_assert_str_eq(check("(", ""), "Unterminated group");
    ck_assert_str_eq(check("a", "gg"), "Invalid regular expression flags");
    ck_assert_str_eq(check("\\k<y>(?<x>a)", ""), "Invalid named capture referenced");
    ck_assert_ptr_nonnull(check("\\q", "u"));
}
END_TEST

START_TEST(captures_and_offsets)
{
    int32_t caps[16];
    ck_assert_int_eq(run("(\\d+)-(\\d+)", "", "tel 555-1234", 0, caps), 1);
    ck_assert_int_eq(caps[0], 4);
    ck_assert_int_eq(caps[1], 12);
    ck_assert_int_eq(caps[2], 4);
    ck_assert_int_eq(caps[3], 7);
    ck_assert_int_eq(caps[4], 8);
    ck_assert_int_eq(run("(a)|(b)", "", "b", 0, caps), 1);
    ck_assert_int_eq(caps[2], -1);
    ck_assert_int_eq(caps[4], 0);
    ck_assert_int_eq(run("x", "", "abc", 0, caps), 0);
    ck_assert_int_eq(run("a", "", "aaa", 2, caps), 1);
    ck_assert_int_eq(caps[0], 2);
}
END_TEST

START_TEST(sticky_and_literal)
{
    int32_t caps[4];
    ck_assert_int_eq(run("ab", "y", "xab", 0, caps), 0);
    ck_assert_int_eq(run("ab", "y", "xab", 1, caps), 1);
    ck_assert_int_eq(run("needle", "", "haystack with a needle in it", 0, caps), 1);
    ck_assert_int_eq(caps[0], 16);
    ck_assert_int_eq(caps[1], 22);
}
END_TEST

START_TEST(lookaround_and_backrefs)
{
    int32_t caps[8];
    ck_assert_int_eq(run("(?<=\\$)\\d+", "", "cost $42", 0, caps), 1);
    ck_assert_int_eq(caps[0], 6);
    ck_assert_int_eq(run("a(?!b)", "", "abac", 0, caps), 1);
    ck_assert_int_eq(caps[0], 2);
    ck_assert_int_eq(run("(\\w)\\1", "", "abccd", 0, caps), 1);
    ck_assert_int_eq(caps[0], 2);
    ck_assert_int_eq(run("\\1(a)", "", "a", 0, caps), 1);
}
END_TEST

START_TEST(case_folding)
{
    int32_t caps[4];
    ck_assert_int_eq(run("straße", "i", "STRAßE", 0, caps), 1);
    ck_assert_int_eq(run("σ", "i", "Σ", 0, caps), 1);
    ck_assert_int_eq(run("[а-я]+", "i", "ЖУК", 0, caps), 1);
    ck_assert_int_eq(caps[1], 3);
    ck_assert_uint_eq(re_canonicalize('a', false), 'A');
    ck_assert_uint_eq(re_canonicalize(0x17F, false), 0x17F);   /* never into ASCII without u */
    ck_assert_uint_eq(re_canonicalize(0x212A, true), 'k');
}
END_TEST

START_TEST(step_budget)
{
    int32_t caps[4];
    char subject[64];
    memset(subject, 'a', 34);
    subject[34] = '!';
    subject[35] = 0;
    ck_assert_int_eq(run("^(a+)+$", "", subject, 0, caps), -1);
    ck_assert(vm->exception != VAL_HOLE);
    err_take(vm);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("regexp");
    TCase *tc = tcase_create("regexp");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, flags_parsing);
    tcase_add_test(tc, syntax_errors);
    tcase_add_test(tc, literal_syntax_check);
    tcase_add_test(tc, captures_and_offsets);
    tcase_add_test(tc, sticky_and_literal);
    tcase_add_test(tc, lookaround_and_backrefs);
    tcase_add_test(tc, case_folding);
    tcase_add_test(tc, step_budget);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
