/*
 * test_flags.c -- the flag table (flags.def) and the statistics registry
 * (stats.def): defaults, every value kind, bare and negated flags, error
 * reporting, JSON output, and counter arithmetic.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "flags.h"
#include "stats.h"

/* flags_parse over a NULL-terminated list (argv[0] is the program). */
static int parse(TlFlags *f, const char **args, int *first)
{
    int argc = 0;
    while (args[argc])
        argc++;
    return flags_parse(f, argc, (char **)args, first);
}

/* Run fn with stderr redirected to a temp file; return what it printed. */
static char captured[4096];
static int capture_stderr(int (*fn)(TlFlags *, const char *), TlFlags *f, const char *arg)
{
    fflush(stderr);
    FILE *tmp = tmpfile();
    ck_assert_ptr_nonnull(tmp);
    FILE *saved = stderr;
    stderr = tmp;
    int rc = fn(f, arg);
    fflush(stderr);
    stderr = saved;
    rewind(tmp);
    size_t n = fread(captured, 1, sizeof captured - 1, tmp);
    captured[n] = '\0';
    fclose(tmp);
    return rc;
}

START_TEST(defaults)
{
    TlFlags f;
    flags_init(&f);
    ck_assert_str_eq(f.tiers, "interp");
    ck_assert_str_eq(f.gc, "marksweep");
    ck_assert_uint_eq(f.heap, 0);
    ck_assert_int_eq(f.gc_stress, 0);
    ck_assert(!f.gc_verify);
    ck_assert(f.osr);
    ck_assert_str_eq(f.stats, "");
    ck_assert_int_eq(f.stack_size, 1000000);
    ck_assert_int_eq(f.max_native_depth, 10000);
    ck_assert(f.timeout == 0.0);
}
END_TEST

START_TEST(all_kinds)
{
    TlFlags f;
    flags_init(&f);
    const char *args[] = { "tierlab", "--gc=semispace", "--heap=64M", "--max-heap=1G",
                           "--gc-stress=13", "--gc-verify", "--no-osr", "--timeout=2.5",
                           "--stats=json", "--stack-size=5000", "script.js", "--heap=1", NULL };
    int first = -1;
    ck_assert_int_eq(parse(&f, args, &first), 0);
    ck_assert_int_eq(first, 10);
    ck_assert_str_eq(f.gc, "semispace");
    ck_assert_uint_eq(f.heap, 64ull << 20);
    ck_assert_uint_eq(f.max_heap, 1ull << 30);
    ck_assert_int_eq(f.gc_stress, 13);
    ck_assert(f.gc_verify);
    ck_assert(!f.osr);
    ck_assert(f.timeout == 2.5);
    ck_assert_str_eq(f.stats, "json");
    ck_assert_int_eq(f.stack_size, 5000);
}
END_TEST

START_TEST(bare_values)
{
    TlFlags f;
    flags_init(&f);
    const char *args[] = { "tierlab", "--gc-stress", "--stats", "--trace-gc", "--", "--not-a-flag", NULL };
    int first = -1;
    ck_assert_int_eq(parse(&f, args, &first), 0);
    ck_assert_int_eq(first, 5);
    ck_assert_int_eq(f.gc_stress, 1);
    ck_assert_str_eq(f.stats, "table");
    ck_assert(f.trace_gc);
}
END_TEST

START_TEST(underscore_spelling_and_bools)
{
    TlFlags f;
    flags_init(&f);
    ck_assert_int_eq(flags_parse_one(&f, "--gc_verify=true"), 0);
    ck_assert(f.gc_verify);
    ck_assert_int_eq(flags_parse_one(&f, "--gc-verify=false"), 0);
    ck_assert(!f.gc_verify);
    ck_assert_int_eq(flags_parse_one(&f, "--osr=0"), 0);
    ck_assert(!f.osr);
    ck_assert_int_eq(flags_parse_one(&f, "--osr=yes"), 0);
    ck_assert(f.osr);
}
END_TEST

START_TEST(sizes)
{
    uint64_t n;
    ck_assert_int_eq(flags_parse_size("4096", &n), 0);
    ck_assert_uint_eq(n, 4096);
    ck_assert_int_eq(flags_parse_size("4096k", &n), 0);
    ck_assert_uint_eq(n, 4096ull << 10);
    ck_assert_int_eq(flags_parse_size("64MB", &n), 0);
    ck_assert_uint_eq(n, 64ull << 20);
    ck_assert_int_eq(flags_parse_size("2g", &n), 0);
    ck_assert_uint_eq(n, 2ull << 30);
    ck_assert_int_eq(flags_parse_size("", &n), -1);
    ck_assert_int_eq(flags_parse_size("-1", &n), -1);
    ck_assert_int_eq(flags_parse_size("12q", &n), -1);
    ck_assert_int_eq(flags_parse_size("1M2", &n), -1);
    ck_assert_int_eq(flags_parse_size("99999999999999999999G", &n), -1);
}
END_TEST

START_TEST(errors_are_reported)
{
    TlFlags f;
    flags_init(&f);
    ck_assert_int_eq(capture_stderr(flags_parse_one, &f, "--foo"), -1);
    ck_assert_str_eq(captured, "tierlab: unknown flag '--foo' (see --help)\n");
    ck_assert_int_eq(capture_stderr(flags_parse_one, &f, "--heap=lots"), -1);
    ck_assert_ptr_nonnull(strstr(captured, "bad value 'lots' for flag '--heap'"));
    ck_assert_int_eq(capture_stderr(flags_parse_one, &f, "--gc"), -1);
    ck_assert_ptr_nonnull(strstr(captured, "needs a value"));
    ck_assert_int_eq(capture_stderr(flags_parse_one, &f, "--timeout=inf"), -1);
    ck_assert_int_eq(capture_stderr(flags_parse_one, &f, "--stack-size=12x"), -1);
    ck_assert_int_eq(capture_stderr(flags_parse_one, &f, "--no-gc"), -1);  /* not a bool */
    ck_assert_int_eq(capture_stderr(flags_parse_one, &f, "--osr=maybe"), -1);
    /* a failed parse leaves the old value */
    ck_assert_uint_eq(f.heap, 0);
    ck_assert_str_eq(f.gc, "marksweep");
}
END_TEST

START_TEST(json_output)
{
    TlFlags f;
    flags_init(&f);
    ck_assert_int_eq(flags_parse_one(&f, "--gc=a\"b"), 0);
    FILE *tmp = tmpfile();
    flags_print_json(&f, tmp);
    rewind(tmp);
    char buf[8192];
    size_t n = fread(buf, 1, sizeof buf - 1, tmp);
    buf[n] = '\0';
    fclose(tmp);
    ck_assert(buf[0] == '{');
    ck_assert_ptr_nonnull(strstr(buf, "\"gc\": \"a\\\"b\""));
    ck_assert_ptr_nonnull(strstr(buf, "\"gc-stress\": 0"));
    ck_assert_ptr_nonnull(strstr(buf, "\"osr\": true"));
    ck_assert_ptr_nonnull(strstr(buf, "\"stack-size\": 1000000"));
}
END_TEST

START_TEST(help_lists_every_flag)
{
    FILE *tmp = tmpfile();
    flags_print_help(tmp);
    rewind(tmp);
    char buf[16384];
    size_t n = fread(buf, 1, sizeof buf - 1, tmp);
    buf[n] = '\0';
    fclose(tmp);
    ck_assert_ptr_nonnull(strstr(buf, "--gc-stress=int"));
    ck_assert_ptr_nonnull(strstr(buf, "--heap=size"));
    ck_assert_ptr_nonnull(strstr(buf, "--print-bytecode=bool"));
}
END_TEST

START_TEST(stats_arithmetic)
{
    TlStats a, b, d;
    stats_reset(&a);
    stats_reset(&b);
    stats_add(&a, STAT_gc_ns, 100);
    stats_inc(&a, STAT_gc_count);
    stats_max(&a, STAT_gc_pause_max_ns, 70);
    b = a;
    stats_add(&b, STAT_gc_ns, 50);
    stats_inc(&b, STAT_gc_count);
    stats_max(&b, STAT_gc_pause_max_ns, 40);   /* smaller: no change */
    stats_max(&b, STAT_gc_pause_max_ns, 90);
    stats_delta(&d, &b, &a);
    ck_assert_uint_eq(d.v[STAT_gc_ns], 50);
    ck_assert_uint_eq(d.v[STAT_gc_count], 1);
    ck_assert_uint_eq(d.v[STAT_gc_pause_max_ns], 90);  /* maxima are not subtracted */
    ck_assert_str_eq(stats_name(STAT_parse_ns), "parse_ns");
    ck_assert_str_eq(stats_unit(STAT_bytes_allocated), "bytes");
}
END_TEST

START_TEST(stats_output)
{
    TlStats s;
    stats_reset(&s);
    s.v[STAT_parse_ns] = 1500000;
    s.v[STAT_gc_count] = 3;
    FILE *tmp = tmpfile();
    stats_print_json(&s, tmp);
    stats_print_table(&s, tmp);
    rewind(tmp);
    char buf[16384];
    size_t n = fread(buf, 1, sizeof buf - 1, tmp);
    buf[n] = '\0';
    fclose(tmp);
    ck_assert_ptr_nonnull(strstr(buf, "{\"parse_ns\": 1500000,"));
    ck_assert_ptr_nonnull(strstr(buf, "\"gc_count\": 3"));
    ck_assert_ptr_nonnull(strstr(buf, "1.500  ms"));
    uint64_t t0 = stats_now_ns(), t1 = stats_now_ns();
    ck_assert(t1 >= t0);
}
END_TEST

static Suite *flags_suite(void)
{
    Suite *s = suite_create("flags");
    TCase *tc = tcase_create("flags");
    tcase_add_test(tc, defaults);
    tcase_add_test(tc, all_kinds);
    tcase_add_test(tc, bare_values);
    tcase_add_test(tc, underscore_spelling_and_bools);
    tcase_add_test(tc, sizes);
    tcase_add_test(tc, errors_are_reported);
    tcase_add_test(tc, json_output);
    tcase_add_test(tc, help_lists_every_flag);
    suite_add_tcase(s, tc);
    TCase *ts = tcase_create("stats");
    tcase_add_test(ts, stats_arithmetic);
    tcase_add_test(ts, stats_output);
    suite_add_tcase(s, ts);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(flags_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
