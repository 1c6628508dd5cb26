/*
 * test_hb_report.c -- `tierlab-bench report` and `compare` on the hand-made
 * runs in tests/harness/fixtures/ (written by make_fixtures.py): the model
 * that rep_load/rep_analyse build, the CSV rows, the Markdown sections, and
 * that every figure exists as a real PNG and PDF (or SVG).
 */
#include <check.h>
#include <libgen.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../../harness/report.h"

#define RESAMPLES 2000   /* enough for the checks, quick under sanitizers */

static char fixtures[4096];

static void find_fixtures(void)
{
    char src[4096];
    snprintf(src, sizeof src, "%s", __FILE__);   /* .../tests/unit/test_hb_report.c */
    snprintf(fixtures, sizeof fixtures, "%s/../harness/fixtures", dirname(src));
}

/* A scratch copy of a fixture run (the report writes into the run folder). */
static char *scratch_run(const char *name, const char *sed_expr)
{
    char tmpl[] = "/tmp/tl-hb-report-XXXXXX";
    char *dir = mkdtemp(tmpl);
    ck_assert_ptr_nonnull(dir);
    char cmd[9000];
    snprintf(cmd, sizeof cmd, "sed -e '%s' '%s/%s/results.jsonl' > '%s/results.jsonl'", sed_expr ? sed_expr : "",
             fixtures, name, dir);
    ck_assert_int_eq(system(cmd), 0);
    return strdup(dir);
}

static void remove_tree(char *dir)
{
    char cmd[4200];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    ck_assert_int_eq(system(cmd), 0);
    free(dir);
}

static char *slurp(const char *dir, const char *file, size_t *len)
{
    char path[4400];
    snprintf(path, sizeof path, "%s/%s", dir, file);
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    char *buf = NULL;
    size_t cap = 0, n = 0, r;
    char chunk[8192];
    while ((r = fread(chunk, 1, sizeof chunk, f)) > 0) {
        if (n + r + 1 > cap) buf = realloc(buf, cap = 2 * (n + r + 1));
        memcpy(buf + n, chunk, r);
        n += r;
    }
    fclose(f);
    if (!buf) buf = calloc(1, 1);
    buf[n] = 0;
    if (len) *len = n;
    return buf;
}

static size_t count_lines(const char *s)
{
    size_t n = 0;
    for (; *s; s++) n += *s == '\n';
    return n;
}

static bool have_gnuplot(void)
{
    return system("gnuplot --version >/dev/null 2>&1") == 0;
}

static void assert_magic(const char *dir, const char *file, const char *magic, size_t mlen)
{
    size_t len = 0;
    char *b = slurp(dir, file, &len);
    ck_assert_msg(b != NULL, "%s/%s missing", dir, file);
    ck_assert_msg(len > mlen && memcmp(b, magic, mlen) == 0, "%s/%s has the wrong magic bytes", dir, file);
    free(b);
}

/* A figure exists as PNG and as PDF, or SVG when gnuplot has no pdfcairo. */
static void assert_figure(const char *dir, const char *name)
{
    char file[512];
    snprintf(file, sizeof file, "figures/%s.png", name);
    assert_magic(dir, file, "\x89PNG\r\n\x1a\n", 8);
    snprintf(file, sizeof file, "figures/%s.pdf", name);
    char path[4600];
    snprintf(path, sizeof path, "%s/%s", dir, file);
    if (access(path, F_OK) == 0) {
        assert_magic(dir, file, "%PDF-", 5);
    } else {
        snprintf(file, sizeof file, "figures/%s.svg", name);
        size_t len;
        char *b = slurp(dir, file, &len);
        ck_assert_msg(b && (strstr(b, "<svg") != NULL), "%s: neither PDF nor SVG", name);
        free(b);
    }
    snprintf(file, sizeof file, "figures/%s.gp", name);
    free(slurp(dir, file, NULL));   /* the editable script is kept */
    snprintf(path, sizeof path, "%s/figures/%s.gp", dir, name);
    ck_assert_int_eq(access(path, R_OK), 0);
    snprintf(path, sizeof path, "%s/figures/%s.dat", dir, name);
    ck_assert_int_eq(access(path, R_OK), 0);
}

static const RepCell *cell(const RepRun *run, const char *id)
{
    for (size_t i = 0; i < run->ncells; i++)
        if (strcmp(run->cells[i].id, id) == 0) return &run->cells[i];
    ck_abort_msg("no cell %s", id);
    return NULL;
}

START_TEST(model)
{
    char *dir = scratch_run("tiny-run", NULL);
    RepRun run;
    char err[256];
    RepOptions o = {.resamples = RESAMPLES};
    ck_assert(rep_load(&run, dir, err, sizeof err));
    ck_assert(rep_analyse(&run, &o, err, sizeof err));
    ck_assert_uint_eq(run.ncells, 4);
    ck_assert_uint_eq(run.nconfigs, 2);
    ck_assert_str_eq(run.configs[run.baseline], "interp/marksweep");
    ck_assert(!run.has_heap_axis);

    /* The interrupted execution 3 (no exec record) is gone. */
    const RepCell *ri = cell(&run, "classic/richards/interp/marksweep");
    ck_assert_uint_eq(ri->nex, 3);
    ck_assert_uint_eq(ri->ok, 3);
    ck_assert_str_eq(ri->warmup, "consistent flat");
    ck_assert_double_eq_tol(ri->steady.est, 20e6, 0.3e6);

    const RepCell *rb = cell(&run, "classic/richards/baseline/marksweep");
    ck_assert_str_eq(rb->warmup, "consistent warmup");
    ck_assert(rb->speedup.valid);
    ck_assert(rb->speedup.lo <= 2.0 && 2.0 <= rb->speedup.hi);
    ck_assert(rb->speedup.lo > 1.0);
    /* compile time: 0.2 ms bytecode + 2 x 0.4 ms baseline per execution */
    ck_assert_double_eq_tol(rb->compile_ns, 1.0e6, 1);
    ck_assert_double_eq_tol(rb->first_iter, 25e6, 0.5e6);
    ck_assert_uint_eq(rb->outliers, 0);

    const RepCell *sb = cell(&run, "classic/sieve/baseline/marksweep");
    ck_assert_uint_eq(sb->ok, 2);
    ck_assert_uint_eq(sb->failed, 1);

    StInterval g = run.geomean[1];
    ck_assert(g.valid && g.lo <= 2.0 && 2.0 <= g.hi && g.lo > 1.0);
    rep_free(&run);
    remove_tree(dir);
}
END_TEST

START_TEST(baseline_option)
{
    char *dir = scratch_run("tiny-run", NULL);
    RepRun run;
    char err[256];
    RepOptions o = {.resamples = RESAMPLES, .baseline = "baseline/marksweep"};
    ck_assert(rep_load(&run, dir, err, sizeof err));
    ck_assert(rep_analyse(&run, &o, err, sizeof err));
    const RepCell *ri = cell(&run, "classic/richards/interp/marksweep");
    ck_assert(ri->speedup.hi < 1.0);
    rep_free(&run);

    o.baseline = "no/such/config";
    ck_assert(rep_load(&run, dir, err, sizeof err));
    ck_assert(!rep_analyse(&run, &o, err, sizeof err));
    ck_assert(strstr(err, "no/such/config") != NULL);
    rep_free(&run);
    remove_tree(dir);
}
END_TEST

START_TEST(report_files)
{
    char *dir = scratch_run("tiny-run", NULL);
    RepOptions o = {.resamples = RESAMPLES};
    ck_assert_int_eq(rep_report_opts(dir, &o), 0);

    char *raw = slurp(dir, "raw.csv", NULL);
    ck_assert_ptr_nonnull(raw);
    /* header + 2 x 3 x 15 (richards) + 3 x 15 + 2 x 15 + 4 (sieve, one crash after 4) */
    ck_assert_uint_eq(count_lines(raw), 1 + 90 + 45 + 30 + 4);
    ck_assert(strncmp(raw, "suite,benchmark,config,executor,heap_factor,exec,status,i,wall_ns", 64) == 0);
    ck_assert(strstr(raw, "classic,sieve,baseline/marksweep,tierlab,0,2,crash,3,") != NULL);
    ck_assert(strstr(raw, ",3,ok,") == NULL);            /* the interrupted execution */
    ck_assert(strstr(raw, "classic,richards,interp/marksweep,tierlab,0,0,ok,0,") != NULL);
    /* counters: one column each; an unavailable value is empty, never 0 */
    char *eol = strchr(raw, '\n');
    ck_assert(eol && strncmp(eol - 32, ",ctr_task-clock,ctr_instructions", 32) == 0);
    char *row2 = strchr(eol + 1, '\n');
    ck_assert(row2 && row2[-1] == ',');
    free(raw);

    char *sum = slurp(dir, "summary.csv", NULL);
    ck_assert_uint_eq(count_lines(sum), 5);
    ck_assert(strstr(sum, "\nclassic,sieve,baseline/marksweep,tierlab,0,2,1,30,") != NULL);
    ck_assert(strstr(sum, "consistent warmup") != NULL);
    free(sum);

    char *md = slurp(dir, "report.md", NULL);
    ck_assert(strstr(md, "## Machine and software") != NULL);
    ck_assert(strstr(md, "**Virtual machine:** yes") != NULL);
    ck_assert(strstr(md, "| instructions | none | **no** | PAPI_ECNFLCT |") != NULL);
    ck_assert(strstr(md, "### classic/richards") != NULL);
    ck_assert(strstr(md, "interp/marksweep (baseline)") != NULL);
    ck_assert(strstr(md, "crash (signal 11) after 4 iterations") != NULL);
    ck_assert(strstr(md, "Segmentation fault in fixture") != NULL);
    ck_assert(strstr(md, "**GC time–space curves**: skipped") != NULL);
    /* the fixture's min-heap note (an old one: key and bytes only) is in its own section */
    ck_assert(strstr(md, "## Minimum heaps") != NULL);
    ck_assert(strstr(md, "| classic/richards | ? | ? | 4 MiB (4194304 bytes) |") != NULL);
    free(md);

    char *tex = slurp(dir, "report.tex", NULL);
    ck_assert(strstr(tex, "\\toprule") && strstr(tex, "\\bottomrule"));
    free(tex);

    /* warmup curves: an event strip with a row per configuration and event
     * kind that happened, and the markers' legend (fixture: baseline
     * compiles in the baseline configuration, collections in both) */
    char *gp = slurp(dir, "figures/warmup-classic-richards.gp", NULL);
    ck_assert_ptr_nonnull(gp);
    ck_assert_ptr_nonnull(strstr(gp, "\"baseline/marksweep: baseline compile\""));
    ck_assert_ptr_nonnull(strstr(gp, "\"interp/marksweep: GC\""));
    ck_assert_ptr_null(strstr(gp, "\"interp/marksweep: baseline compile\""));
    ck_assert_ptr_nonnull(strstr(gp, "keyentry with points pt 9 ps 1.4 lc rgb \"black\" title \"baseline compile"));
    ck_assert_ptr_nonnull(strstr(gp, "do for [out = 1:2]"));
    free(gp);

    if (have_gnuplot()) {
        assert_figure(dir, "compile-vs-steady");
        assert_figure(dir, "warmup-classic-richards");
        assert_figure(dir, "warmup-classic-sieve");
        assert_figure(dir, "speedup");
        assert_figure(dir, "breakdown");
        assert_figure(dir, "gc-pauses");
        char path[4400];
        snprintf(path, sizeof path, "%s/figures/gc-time-space.png", dir);
        ck_assert_int_ne(access(path, F_OK), 0);   /* skipped, never drawn empty */
    }
    remove_tree(dir);
}
END_TEST

START_TEST(report_heap_axis)
{
    char *dir = scratch_run("tiny-heap", NULL);
    RepOptions o = {.resamples = RESAMPLES};
    ck_assert_int_eq(rep_report_opts(dir, &o), 0);
    char *dat = slurp(dir, "figures/gc-time-space.dat", NULL);
    ck_assert_ptr_nonnull(dat);
    ck_assert(strstr(dat, "# block 0: marksweep") && strstr(dat, "# block 1: semispace"));
    free(dat);
    if (have_gnuplot()) assert_figure(dir, "gc-time-space");
    remove_tree(dir);
}
END_TEST

START_TEST(time_space_complete_benchmarks_only)
{
    /* semispace ran out of memory at 1.5x: its curve would have only the 3x
     * point, so the plan is left out (with a note) rather than drawn wrong. */
    char *dir = scratch_run("tiny-heap", "/\"cell\":\"gc\\/alloc\\/semispace\\/1.5\"/s/\"status\":\"ok\"/\"status\":\"oom\"/");
    RepOptions o = {.resamples = RESAMPLES};
    ck_assert_int_eq(rep_report_opts(dir, &o), 0);
    char *dat = slurp(dir, "figures/gc-time-space.dat", NULL);
    ck_assert(strstr(dat, "# block 0: marksweep") != NULL);
    ck_assert(strstr(dat, "semispace") == NULL);
    free(dat);
    char *md = slurp(dir, "report.md", NULL);
    ck_assert(strstr(md, "plan `semispace` leaves out 1 benchmark") != NULL);
    ck_assert(strstr(md, "oom (exit code") != NULL);
    free(md);
    remove_tree(dir);
}
END_TEST

START_TEST(report_without_pauses)
{
    /* Strip the pause arrays: the CDF is skipped with a note, not drawn empty. */
    char *dir = scratch_run("tiny-run", "s/\"gc_pauses_ns\":\\[[0-9,]*\\]/\"gc_pauses_ns\":null/");
    RepOptions o = {.resamples = RESAMPLES};
    ck_assert_int_eq(rep_report_opts(dir, &o), 0);
    char *md = slurp(dir, "report.md", NULL);
    ck_assert(strstr(md, "**GC pause-time distribution**: skipped") != NULL);
    free(md);
    char path[4400];
    snprintf(path, sizeof path, "%s/figures/gc-pauses.png", dir);
    ck_assert_int_ne(access(path, F_OK), 0);
    remove_tree(dir);
}
END_TEST

START_TEST(compare_runs)
{
    char *a = scratch_run("tiny-run", NULL);
    char *same = scratch_run("tiny-run", NULL);
    char *other = scratch_run("tiny-run", "s/fixture-host|/elsewhere|/");
    RepOptions o = {.resamples = RESAMPLES};
    ck_assert_int_eq(rep_compare_opts(a, same, &o), 0);
    ck_assert_int_eq(rep_compare_opts(a, other, &o), 2);   /* different machines: refused */
    o.force = true;
    ck_assert_int_eq(rep_compare_opts(a, other, &o), 0);
    remove_tree(a), remove_tree(same), remove_tree(other);
}
END_TEST

START_TEST(missing_run)
{
    ck_assert_int_ne(rep_report("/nonexistent/tierlab-run", NULL), 0);
}
END_TEST

static Suite *report_suite(void)
{
    Suite *s = suite_create("hb_report");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, model);
    tcase_add_test(tc, baseline_option);
    tcase_add_test(tc, report_files);
    tcase_add_test(tc, report_heap_axis);
    tcase_add_test(tc, time_space_complete_benchmarks_only);
    tcase_add_test(tc, report_without_pauses);
    tcase_add_test(tc, compare_runs);
    tcase_add_test(tc, missing_run);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    find_fixtures();
    SRunner *sr = srunner_create(report_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
