/*
 * compare.c -- `tierlab-bench compare RUN_A RUN_B`: what changed from A to
 * B (declared in report.h).
 *
 * Both runs are loaded and analysed like a report.  For every cell present
 * in both, the ratio of steady-state means B/A gets a two-level bootstrap
 * interval; a change is called only when the interval excludes 1.  Per
 * configuration, the geomean of the ratios gets its interval from the same
 * draws.  Timings from different machines are not comparable, so runs whose
 * machine identities differ are refused unless forced.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "report.h"

static const RepCell *find_id(const RepRun *run, const char *id)
{
    for (size_t i = 0; i < run->ncells; i++)
        if (strcmp(run->cells[i].id, id) == 0) return &run->cells[i];
    return NULL;
}

static const char *verdict(StInterval r)
{
    if (!r.valid || !isfinite(r.lo)) return "n/a";
    if (r.hi < 1) return "**faster**";
    if (r.lo > 1) return "**slower**";
    return "no change";
}

int rep_compare(const char *run_a, const char *run_b, bool force)
{
    RepOptions o = {.force = force};
    return rep_compare_opts(run_a, run_b, &o);
}

int rep_compare_opts(const char *run_a, const char *run_b, const RepOptions *opts)
{
    RepRun a, b;
    char err[512];
    if (!rep_load(&a, run_a, err, sizeof err)) {
        fprintf(stderr, "tierlab-bench compare: %s\n", err);
        rep_free(&a);
        return 1;
    }
    if (!rep_load(&b, run_b, err, sizeof err)) {
        fprintf(stderr, "tierlab-bench compare: %s\n", err);
        rep_free(&a), rep_free(&b);
        return 1;
    }
    char ma[512], mb[512];
    rep_machine_id(&a, ma, sizeof ma);
    rep_machine_id(&b, mb, sizeof mb);
    bool same = strcmp(ma, mb) == 0;
    if (!same && !(opts && opts->force)) {
        fprintf(stderr,
                "tierlab-bench compare: the runs come from different machines\n"
                "  A: %s\n  B: %s\n"
                "timings from different machines are not comparable; pass --force to compare anyway\n",
                ma, mb);
        rep_free(&a), rep_free(&b);
        return 2;
    }
    RepOptions o = opts ? *opts : (RepOptions){0};
    o.baseline = NULL;   /* a baseline of one run may not exist in the other */
    rep_analyse(&a, &o, err, sizeof err);
    rep_analyse(&b, &o, err, sizeof err);
    int R = a.resamples;

    printf("# Compare\n\n- A: `%s`\n- B: `%s`\n- machine: %s%s\n\n", run_a, run_b, same ? ma : "DIFFERENT — ",
           same ? "" : "compared with --force");
    if (!same) printf("  - A: %s\n  - B: %s\n\n", ma, mb);
    printf("Ratio = B steady-state mean / A steady-state mean (< 1: B is faster), 95%% two-level bootstrap "
           "interval (%d resamples); a change is called only when the interval excludes 1.\n\n",
           R);
    printf("| cell | A steady | B steady | B/A [95%% CI] | change | warmup A → B |\n|---|---|---|---|---|---|\n");

    /* Draws per common cell, kept for the per-configuration geomeans. */
    double **draws = calloc(b.ncells + 1, sizeof *draws);
    double *est = calloc(b.ncells + 1, sizeof *est);
    size_t common = 0, changed = 0, only_b = 0;
    for (size_t i = 0; i < b.ncells; i++) {
        const RepCell *cb = &b.cells[i], *ca = find_id(&a, cb->id);
        if (!ca) {
            only_b++;
            continue;
        }
        common++;
        char s1[32], s2[32];
        StInterval r = {NAN, NAN, NAN, false};
        if (ca->steady.valid && cb->steady.valid) {
            RepSample sa, sb;
            rep_sample(ca, &sa);
            rep_sample(cb, &sb);
            draws[i] = malloc((size_t)R * sizeof(double));
            r = st_bootstrap_ratio(&sa.s, &sb.s, R, rep_seed(cb->id), draws[i]);
            est[i] = r.est;
            rep_sample_free(&sa);
            rep_sample_free(&sb);
        }
        printf("| %s | %s | %s | ", cb->id, rep_fmt_time(ca->steady.est, s1, sizeof s1),
               rep_fmt_time(cb->steady.est, s2, sizeof s2));
        if (r.valid) printf("%.3f [%.3f, %.3f]", r.est, r.lo, r.hi);
        else printf("n/a");
        printf(" | %s | %s → %s |\n", verdict(r), ca->warmup, cb->warmup);
        changed += r.valid && (r.hi < 1 || r.lo > 1);
    }
    size_t only_a = 0;
    for (size_t i = 0; i < a.ncells; i++) only_a += find_id(&b, a.cells[i].id) == NULL;
    printf("\n%zu common cells, %zu changed; %zu only in A, %zu only in B.\n\n", common, changed, only_a, only_b);

    printf("## Per configuration (geomean of B/A)\n\n| configuration | cells | geomean B/A [95%% CI] | change |\n"
           "|---|---|---|---|\n");
    for (size_t k = 0; k < b.nconfigs; k++) {
        double *e = malloc((b.ncells + 1) * sizeof *e);
        const double **d = malloc((b.ncells + 1) * sizeof *d);
        size_t n = 0;
        for (size_t i = 0; i < b.ncells; i++)
            if (b.cells[i].config_idx == (int)k && draws[i]) e[n] = est[i], d[n++] = draws[i];
        if (n) {
            StInterval g = st_geomean_interval(e, (const double *const *)d, n, R);
            printf("| %s | %zu | %.3f [%.3f, %.3f] | %s |\n", b.configs[k], n, g.est, g.lo, g.hi, verdict(g));
        }
        free(e);
        free(d);
    }
    for (size_t i = 0; i < b.ncells; i++) free(draws[i]);
    free(draws), free(est);
    rep_free(&a), rep_free(&b);
    return 0;
}
