/*
 * test_hb_stats.c -- the harness statistics (harness/stats.c): bootstrap
 * intervals with a fixed seed, geomean intervals, PELT on synthetic series
 * with known changepoints, warmup classes and their consistency.
 */
#include <check.h>
#include <math.h>
#include <stdlib.h>

#include "../../harness/stats.h"

/* Deterministic noise for synthetic series: uniform in [-amp, amp]. */
static double noise(StRng *r, double amp)
{
    return amp * (2.0 * (double)(st_rng_next(r) >> 11) / 9007199254740992.0 - 1.0);
}

/* nexec executions of n iterations each around `level` (relative noise). */
typedef struct Fake {
    double *x[8];
    size_t n[8];
    StSample s;
} Fake;

static void fake_make(Fake *f, size_t nexec, size_t n, double level, double rel, uint64_t seed)
{
    StRng r;
    st_rng_seed(&r, seed);
    for (size_t e = 0; e < nexec; e++) {
        f->x[e] = malloc(n * sizeof(double));
        f->n[e] = n;
        for (size_t i = 0; i < n; i++) f->x[e][i] = level * (1 + noise(&r, rel));
    }
    f->s = (StSample){(const double *const *)f->x, f->n, nexec};
}

static void fake_free(Fake *f)
{
    for (size_t e = 0; e < f->s.nexec; e++) free(f->x[e]);
}

START_TEST(descriptive)
{
    double x[] = {5, 1, 4, 2, 3};
    ck_assert_double_eq_tol(st_mean(x, 5), 3, 1e-12);
    ck_assert_double_eq_tol(st_median(x, 5), 3, 1e-12);
    ck_assert_double_eq_tol(st_quantile(x, 5, 0.25), 2, 1e-12);
    ck_assert_double_eq_tol(st_stddev(x, 5), sqrt(2.5), 1e-12);
    double g[] = {1, 4, 16};
    ck_assert_double_eq_tol(st_geomean(g, 3), 4, 1e-12);
    ck_assert(isnan(st_mean(x, 0)));
    /* inputs untouched */
    ck_assert_double_eq(x[0], 5);
}
END_TEST

START_TEST(outliers_marked_not_removed)
{
    double x[20];
    bool out[20];
    for (int i = 0; i < 20; i++) x[i] = 10 + (i % 3) * 0.1;
    x[7] = 100;
    ck_assert_uint_eq(st_mark_outliers(x, 20, ST_OUTLIER_K, out), 1);
    ck_assert(out[7]);
    ck_assert(!out[6]);
    ck_assert_double_eq(x[7], 100);
}
END_TEST

START_TEST(rng_reproducible)
{
    StRng a, b;
    st_rng_seed(&a, 42);
    st_rng_seed(&b, 42);
    for (int i = 0; i < 100; i++) ck_assert_uint_eq(st_rng_next(&a), st_rng_next(&b));
    for (int i = 0; i < 1000; i++) ck_assert_uint_lt(st_rng_below(&a, 7), 7);
}
END_TEST

START_TEST(bootstrap_identical_collapses)
{
    /* Every iteration identical: every resample gives the same ratio. */
    double x[10];
    for (int i = 0; i < 10; i++) x[i] = 3.0;
    const double *xs[3] = {x, x, x};
    size_t ns[3] = {10, 10, 10};
    StSample a = {xs, ns, 3};
    double y[10];
    for (int i = 0; i < 10; i++) y[i] = 6.0;
    const double *ys[3] = {y, y, y};
    StSample b = {ys, ns, 3};
    StInterval iv = st_bootstrap_ratio(&a, &b, ST_RESAMPLES, ST_SEED, NULL);
    ck_assert(iv.valid);
    ck_assert_double_eq_tol(iv.est, 2, 1e-12);
    ck_assert_double_eq_tol(iv.lo, 2, 1e-12);
    ck_assert_double_eq_tol(iv.hi, 2, 1e-12);
    iv = st_bootstrap_ratio(&a, &a, ST_RESAMPLES, ST_SEED, NULL);
    ck_assert_double_eq_tol(iv.lo, 1, 1e-12);
    ck_assert_double_eq_tol(iv.hi, 1, 1e-12);
}
END_TEST

START_TEST(bootstrap_shift_of_two)
{
    Fake a, b;
    fake_make(&a, 5, 30, 10.0, 0.05, 1);
    fake_make(&b, 5, 30, 20.0, 0.05, 2);
    StInterval iv = st_bootstrap_ratio(&a.s, &b.s, ST_RESAMPLES, ST_SEED, NULL);
    ck_assert(iv.valid);
    ck_assert(iv.lo <= 2.0 && 2.0 <= iv.hi);
    ck_assert(iv.lo > 1.0);
    ck_assert(iv.hi - iv.lo < 0.2);
    /* Same seed, same interval. */
    StInterval again = st_bootstrap_ratio(&a.s, &b.s, ST_RESAMPLES, ST_SEED, NULL);
    ck_assert_double_eq(iv.lo, again.lo);
    ck_assert_double_eq(iv.hi, again.hi);
    /* No difference: the interval contains 1. */
    Fake c;
    fake_make(&c, 5, 30, 10.0, 0.05, 3);
    iv = st_bootstrap_ratio(&a.s, &c.s, ST_RESAMPLES, ST_SEED, NULL);
    ck_assert(iv.lo <= 1.0 && 1.0 <= iv.hi);
    fake_free(&a), fake_free(&b), fake_free(&c);
}
END_TEST

START_TEST(bootstrap_executions_are_the_unit)
{
    /* Two executions at very different levels: the interval must reflect
     * the between-execution spread, not the tiny within-execution noise. */
    double lo[20], hi[20];
    for (int i = 0; i < 20; i++) lo[i] = 10 + 0.001 * (i % 2), hi[i] = 14 + 0.001 * (i % 2);
    const double *xs[4] = {lo, hi, lo, hi};
    size_t ns[4] = {20, 20, 20, 20};
    StSample s = {xs, ns, 4};
    StInterval iv = st_bootstrap_mean(&s, ST_RESAMPLES, ST_SEED);
    ck_assert_double_eq_tol(iv.est, 12.0005, 1e-9);
    ck_assert(iv.hi - iv.lo > 2.0);
}
END_TEST

START_TEST(geomean_interval)
{
    enum { NB = 3 };
    double levels[NB] = {1.5, 2.0, 3.0}, est[NB];
    double *draws[NB];
    Fake a[NB], b[NB];
    for (int k = 0; k < NB; k++) {
        fake_make(&a[k], 5, 20, 10.0, 0.02, 10 + k);
        fake_make(&b[k], 5, 20, 10.0 * levels[k], 0.02, 20 + k);
        draws[k] = malloc(ST_RESAMPLES * sizeof(double));
        est[k] = st_bootstrap_ratio(&a[k].s, &b[k].s, ST_RESAMPLES, ST_SEED + (uint64_t)k, draws[k]).est;
    }
    StInterval g = st_geomean_interval(est, (const double *const *)draws, NB, ST_RESAMPLES);
    double expect = cbrt(1.5 * 2.0 * 3.0);
    ck_assert(g.valid);
    ck_assert_double_eq_tol(g.est, expect, 0.05);
    ck_assert(g.lo <= expect && expect <= g.hi);
    ck_assert(g.lo > 1.0);
    for (int k = 0; k < NB; k++) fake_free(&a[k]), fake_free(&b[k]), free(draws[k]);
}
END_TEST

START_TEST(pelt_step_found)
{
    double x[100];
    StRng r;
    st_rng_seed(&r, 7);
    for (int i = 0; i < 100; i++) x[i] = (i < 30 ? 20.0 : 10.0) + noise(&r, 0.2);
    size_t cps[100];
    size_t n = st_pelt(x, 100, 0, cps);
    ck_assert_uint_eq(n, 1);
    ck_assert(cps[0] >= 28 && cps[0] <= 32);
}
END_TEST

START_TEST(pelt_flat_none)
{
    double x[100];
    StRng r;
    st_rng_seed(&r, 8);
    for (int i = 0; i < 100; i++) x[i] = 10.0 + noise(&r, 0.2);
    size_t cps[100];
    ck_assert_uint_eq(st_pelt(x, 100, 0, cps), 0);
    /* A perfectly constant series too. */
    for (int i = 0; i < 100; i++) x[i] = 5.0;
    ck_assert_uint_eq(st_pelt(x, 100, 0, cps), 0);
}
END_TEST

START_TEST(pelt_two_steps)
{
    double x[150];
    StRng r;
    st_rng_seed(&r, 9);
    for (int i = 0; i < 150; i++) x[i] = (i < 20 ? 50.0 : i < 70 ? 20.0 : 10.0) + noise(&r, 0.3);
    size_t cps[150];
    size_t n = st_pelt(x, 150, 0, cps);
    ck_assert_uint_eq(n, 2);
    ck_assert(cps[0] >= 18 && cps[0] <= 22);
    ck_assert(cps[1] >= 68 && cps[1] <= 72);
}
END_TEST

static StClass classify(const double *x, size_t n, double *steady)
{
    StWarmup w;
    st_warmup(x, n, NULL, &w);
    StClass c = w.cls;
    if (steady) *steady = w.steady_mean;
    st_warmup_free(&w);
    return c;
}

START_TEST(warmup_classes)
{
    double x[100], steady;
    StRng r;
    st_rng_seed(&r, 11);
    for (int i = 0; i < 100; i++) x[i] = 10.0 + noise(&r, 0.1);
    ck_assert_int_eq(classify(x, 100, NULL), ST_FLAT);

    for (int i = 0; i < 100; i++) x[i] = (i < 10 ? 30.0 : 10.0) + noise(&r, 0.1);
    ck_assert_int_eq(classify(x, 100, &steady), ST_WARMUP);
    ck_assert_double_eq_tol(steady, 10.0, 0.1);

    for (int i = 0; i < 100; i++) x[i] = (i < 50 ? 10.0 : 15.0) + noise(&r, 0.1);
    ck_assert_int_eq(classify(x, 100, NULL), ST_SLOWDOWN);

    /* Faster, then slower again at the end: slowdown (last is not the fastest). */
    for (int i = 0; i < 100; i++) x[i] = (i < 10 ? 30.0 : i < 60 ? 10.0 : 12.0) + noise(&r, 0.05);
    ck_assert_int_eq(classify(x, 100, NULL), ST_SLOWDOWN);

    /* The final change comes in the last two iterations: no steady state. */
    for (int i = 0; i < 100; i++) x[i] = (i < 98 ? 10.0 : 40.0) + noise(&r, 0.05);
    ck_assert_int_eq(classify(x, 100, NULL), ST_NO_STEADY);

    /* Short series: one slow first iteration, then steady (PELT alone needs
     * two points per segment). */
    double s10[10] = {82.5, 3.1, 2.8, 3.3, 2.7, 3.4, 2.7, 2.9, 3.0, 3.2};
    ck_assert_int_eq(classify(s10, 10, &steady), ST_WARMUP);
    ck_assert_double_eq_tol(steady, 3.0, 0.2);
    /* ... but an ordinary first iteration is not split off. */
    s10[0] = 3.5;
    ck_assert_int_eq(classify(s10, 10, NULL), ST_FLAT);

    /* A tiny level change (0.5%) that PELT may find is still flat. */
    for (int i = 0; i < 100; i++) x[i] = (i < 50 ? 10.0 : 10.05) + noise(&r, 0.001);
    ck_assert_int_eq(classify(x, 100, NULL), ST_FLAT);
}
END_TEST

START_TEST(consistency)
{
    char buf[96];
    StClass same[3] = {ST_WARMUP, ST_WARMUP, ST_WARMUP};
    StConsistency c = st_consistency(same, 3);
    ck_assert(c.consistent);
    ck_assert_str_eq(st_consistency_str(&c, buf, sizeof buf), "consistent warmup");
    StClass mix[3] = {ST_FLAT, ST_WARMUP, ST_FLAT};
    c = st_consistency(mix, 3);
    ck_assert(!c.consistent && !c.bad);
    ck_assert_str_eq(st_consistency_str(&c, buf, sizeof buf), "inconsistent (2 flat, 1 warmup)");
    StClass bad[2] = {ST_FLAT, ST_SLOWDOWN};
    c = st_consistency(bad, 2);
    ck_assert(c.bad);
    ck_assert_str_eq(st_consistency_str(&c, buf, sizeof buf), "bad inconsistent (1 flat, 1 slowdown)");
}
END_TEST

static Suite *stats_suite(void)
{
    Suite *s = suite_create("hb_stats");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, descriptive);
    tcase_add_test(tc, outliers_marked_not_removed);
    tcase_add_test(tc, rng_reproducible);
    tcase_add_test(tc, bootstrap_identical_collapses);
    tcase_add_test(tc, bootstrap_shift_of_two);
    tcase_add_test(tc, bootstrap_executions_are_the_unit);
    tcase_add_test(tc, geomean_interval);
    tcase_add_test(tc, pelt_step_found);
    tcase_add_test(tc, pelt_flat_none);
    tcase_add_test(tc, pelt_two_steps);
    tcase_add_test(tc, warmup_classes);
    tcase_add_test(tc, consistency);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(stats_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
