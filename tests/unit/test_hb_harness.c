/*
 * test_hb_harness.c -- the run side of tierlab-bench: experiment files
 * (good and malformed, with line numbers), matrix resolution, filters and
 * shards, the JSONL store (resume, torn last line), the counter ladder with
 * forced fallbacks, and the output adapters.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../../harness/adapters.h"
#include "../../harness/counters.h"
#include "../../harness/experiment.h"
#include "../../harness/heapmin.h"
#include "../../harness/json.h"
#include "../../harness/store.h"
#include "unit_tmp.h"

static const char *GOOD =
    "name: t\n"
    "executions: 2\n"
    "iterations: 4\n"
    "timeout: 30\n"
    "memory_limit: 512M\n"
    "counters: [task-clock, instructions]\n"
    "suites:\n"
    "  s:\n"
    "    path: /nonexistent\n"
    "    benchmarks: [a, b]\n"
    "executors:\n"
    "  tl: {path: /bin/true, kind: tierlab}\n"
    "  nd: {path: /bin/true, kind: node}\n"
    "axes:\n"
    "  gc: {ms: [--gc=marksweep], ss: [--gc=semispace]}\n"
    "  heap: {factors: [2, 3]}\n"
    "configurations:\n"
    "  - executor: tl\n"
    "    axes: [gc, heap]\n"
    "  - executor: nd\n"
    "    variants: {ign: [--max-opt=0]}\n";

START_TEST(loads_and_resolves)
{
    unit_tmp_make("tl-hb");
    Experiment exp;
    Matrix m;
    char err[512];
    ck_assert_msg(exp_load(&exp, unit_tmp_write("good.yaml", GOOD), err, sizeof err), "%s", err);
    ck_assert_int_eq(exp.executions, 2);
    ck_assert_int_eq(exp.iterations, 4);
    ck_assert_uint_eq(exp.memory_limit, 512ull << 20);
    ck_assert_str_eq(exp.counters, "task-clock,instructions");
    ck_assert(exp_resolve(&exp, &m, err, sizeof err));
    /* 2 benchmarks x (2 gc x 2 heap + 1 node variant) */
    ck_assert_uint_eq(m.n, 10);
    ck_assert_str_eq(m.cells[0].id, "s/a/ms/2x");
    ck_assert_double_eq(m.cells[0].heap_factor, 2.0);
    ck_assert_str_eq(m.cells[0].flags.items[0], "--gc=marksweep");
    ck_assert_str_eq(m.cells[9].id, "s/b/nd:ign");
    ck_assert_uint_eq(strlen(m.run_id), 64);

    /* identical input, identical identity; a changed flag, a new one */
    Experiment exp2;
    Matrix m2;
    ck_assert(exp_load(&exp2, unit_tmp_write("good2.yaml", GOOD), err, sizeof err));
    ck_assert(exp_resolve(&exp2, &m2, err, sizeof err));
    ck_assert_str_eq(m.run_id, m2.run_id);
    exp_matrix_free(&m2);
    exp_free(&exp2);
    char *changed = strdup(GOOD);
    char *p = strstr(changed, "--max-opt=0");
    p[10] = '1';
    ck_assert(exp_load(&exp2, unit_tmp_write("good3.yaml", changed), err, sizeof err));
    ck_assert(exp_resolve(&exp2, &m2, err, sizeof err));
    ck_assert_str_ne(m.run_id, m2.run_id);
    free(changed);
    exp_matrix_free(&m2);
    exp_free(&exp2);

    /* filters, then shards partition what is left */
    StrList f = {0};
    char *items[] = {"/ss/"};
    f.items = items;
    f.n = 1;
    exp_filter(&m, &f, 0, 0);
    ck_assert_uint_eq(m.n, 4);
    size_t total = 0;
    for (int k = 0; k < 3; k++) {
        Matrix s;
        ck_assert(exp_resolve(&exp, &s, err, sizeof err));
        exp_filter(&s, NULL, k, 3);
        total += s.n;
        exp_matrix_free(&s);
    }
    ck_assert_uint_eq(total, 10);
    exp_matrix_free(&m);
    exp_free(&exp);
    unit_tmp_remove();
}
END_TEST

/* Each malformed file must fail with "FILE:LINE: ..." naming the problem. */
START_TEST(malformed_files_name_the_line)
{
    static const struct { const char *text, *expect; } cases[] = {
        {"name: x\nsuites:\n  s:\n    pathh: a\n", ":4: unknown suite key 'pathh'"},
        {"name: [x\n", "YAML error"},
        {"name: x\nexecutions: -1\n", ":2: executions must be an integer"},
        {"name: x\nbogus: 1\n", ":2: unknown key 'bogus'"},
        {"name: x\nsuites:\n  s: {path: ., benchmarks: [a]}\nconfigurations:\n  - executor: nope\n",
         ":5: unknown executor 'nope'"},
        {"name: x\nsuites:\n  s: {path: ., benchmarks: [a]}\nexecutors:\n  e: {path: x}\n"
         "configurations:\n  - executor: e\n    axes: [zz]\n", "unknown axis 'zz'"},
        {"name: x\nsuites:\n  s: {adapter: awfy, benchmarks: [a]}\n", "needs a command"},
        {"name: x\nmemory_limit: lots\n", ":2: memory_limit must be a size"},
        {"", "empty experiment file"},
        /* heap factors only where tierlab --find-min-heap and --heap apply */
        {"name: x\nsuites:\n  s: {path: ., benchmarks: [a]}\nexecutors:\n  n: {path: node, kind: node}\n"
         "axes:\n  heap: {factors: [2]}\nconfigurations:\n  - executor: n\n    axes: [heap]\n",
         ":9: axis 'heap' has heap factors, but executor 'n' is not of kind tierlab"},
        {"name: x\nsuites:\n  s: {adapter: process, command: \"true\", benchmarks: [a]}\nexecutors:\n"
         "  t: {path: t, kind: tierlab}\naxes:\n  heap: {factors: [2]}\nconfigurations:\n  - executor: t\n"
         "    axes: [heap]\n",
         ":9: axis 'heap' has heap factors, but suite 's' runs a command (process adapter)"},
    };
    unit_tmp_make("tl-hb");
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        Experiment exp;
        char err[512] = "";
        char name[32];
        snprintf(name, sizeof name, "bad%zu.yaml", i);
        ck_assert_msg(!exp_load(&exp, unit_tmp_write(name, cases[i].text), err, sizeof err), "case %zu loaded", i);
        ck_assert_msg(strstr(err, cases[i].expect) != NULL, "case %zu: '%s' lacks '%s'", i, err, cases[i].expect);
    }
    Experiment exp;
    char err[512];
    ck_assert(!exp_load(&exp, "/nonexistent/x.yaml", err, sizeof err));
    ck_assert_ptr_nonnull(strstr(err, "cannot open"));
    unit_tmp_remove();
}
END_TEST

/* Two configurations with one name would be one cell to the store (the
 * second lost); two tierlab builds are told apart by their names. */
START_TEST(config_names_are_unique)
{
    unit_tmp_make("tl-hb");
    Experiment exp;
    Matrix m;
    char err[512] = "";
    ck_assert(exp_load(&exp,
                       unit_tmp_write("dup.yaml", "name: x\nsuites:\n  s: {path: ., benchmarks: [b]}\nexecutors:\n"
                                                  "  t: {path: t, kind: tierlab}\nconfigurations:\n"
                                                  "  - executor: t\n    variants: {a: [--x]}\n"
                                                  "  - executor: t\n    variants: {a: [--y]}\n"),
                       err, sizeof err));
    ck_assert(!exp_resolve(&exp, &m, err, sizeof err));
    ck_assert_msg(strstr(err, "two configurations are both named 'a'") != NULL, "%s", err);
    exp_free(&exp);
    ck_assert(exp_load(&exp,
                       unit_tmp_write("ab.yaml", "name: x\nsuites:\n  s: {path: ., benchmarks: [b, c]}\nexecutors:\n"
                                                 "  old: {path: t1, kind: tierlab}\n  new: {path: t2, kind: tierlab}\n"
                                                 "axes:\n  tiers: {i: [--i]}\nconfigurations:\n"
                                                 "  - executor: old\n    axes: [tiers]\n"
                                                 "  - executor: new\n    axes: [tiers]\n"),
                       err, sizeof err));
    ck_assert_msg(exp_resolve(&exp, &m, err, sizeof err), "%s", err);
    ck_assert_uint_eq(m.n, 4);
    ck_assert_str_eq(m.cells[0].config, "old:i");
    ck_assert_str_eq(m.cells[2].config, "new:i");
    /* run order: a benchmark's configurations back to back, their order
     * reversed on every other execution (matrix: old b, old c, new b, new c) */
    size_t order[4];
    static const size_t even[4] = {0, 2, 1, 3}, odd[4] = {2, 0, 3, 1};
    exp_run_order(&m, 0, order);
    for (int i = 0; i < 4; i++) ck_assert_uint_eq(order[i], even[i]);
    exp_run_order(&m, 3, order);
    for (int i = 0; i < 4; i++) ck_assert_uint_eq(order[i], odd[i]);
    exp_matrix_free(&m);
    exp_free(&exp);
    unit_tmp_remove();
}
END_TEST

/* The minimum heap is shared by the tier configurations of one plan: the
 * search keeps every flag but the tier-selection ones. */
START_TEST(min_heap_plan_flags_drop_only_tier_flags)
{
    Executor ex = {.name = "t", .path = "t", .kind = EXECUTOR_TIERLAB};
    char *flags[] = {"--stack-size=5000", "--tiers=interp,baseline", "--gc=semispace", "--baseline-after=5",
                     "--no-osr", "--osr=false", "--nursery=1048576", "--eager=baseline", "--heap=99",
                     "--max-heap=99", "--opt-passes=-licm", "--tier-scale=2", "--baseline-filter=f",
                     "--opt-after=9", "--gc-stress=0", "--tiersx"};
    Cell c = {.executor = &ex, .flags = {flags, sizeof flags / sizeof *flags}};
    StrList plan = {0};
    heapmin_plan_flags(&c, &plan);
    ck_assert_uint_eq(plan.n, 5);
    ck_assert_str_eq(plan.items[0], "--stack-size=5000");
    ck_assert_str_eq(plan.items[1], "--gc=semispace");
    ck_assert_str_eq(plan.items[2], "--nursery=1048576");
    ck_assert_str_eq(plan.items[3], "--gc-stress=0");
    ck_assert_str_eq(plan.items[4], "--tiersx");   /* not a tier flag: only exact names are dropped */
    ck_assert_str_eq(heapmin_plan_name(&plan), "semispace");
    for (size_t i = 0; i < plan.n; i++) free(plan.items[i]);
    free(plan.items);
    StrList none = {0};
    ck_assert_str_eq(heapmin_plan_name(&none), "default");
}
END_TEST

static size_t count_lines(const char *path, const char *needle)
{
    FILE *f = fopen(path, "r");
    ck_assert_ptr_nonnull(f);
    char line[65536];
    size_t n = 0;
    while (fgets(line, sizeof line, f)) n += strstr(line, needle) != NULL;
    fclose(f);
    return n;
}

START_TEST(store_resumes_and_cuts_a_torn_line)
{
    unit_tmp_make("tl-hb");
    Experiment exp;
    Matrix m;
    char err[512];
    ck_assert(exp_load(&exp, unit_tmp_write("good.yaml", GOOD), err, sizeof err));
    ck_assert(exp_resolve(&exp, &m, err, sizeof err));
    char out[128];
    snprintf(out, sizeof out, "%s/run", unit_tmpdir);

    Store st;
    ck_assert_msg(store_open(&st, unit_tmpdir, out, &exp, &m, true, err, sizeof err), "%s", err);
    ck_assert(!st.resumed);
    store_append(&st, "{\"type\":\"exec\",\"cell\":\"s/a/ms/2x\",\"exec\":0,\"status\":\"ok\"}");
    store_add_note(&st, "k1", 12345, "\"plan\":\"marksweep\"");
    store_close(&st);
    /* a torn record, as a kill in the middle of a write leaves it */
    char path[256];
    snprintf(path, sizeof path, "%s/results.jsonl", out);
    FILE *f = fopen(path, "a");
    ck_assert_ptr_nonnull(f);
    fputs("{\"type\":\"exec\",\"cell\":\"s/b/ms", f);
    fclose(f);

    ck_assert(store_open(&st, unit_tmpdir, out, &exp, &m, true, err, sizeof err));
    ck_assert(st.resumed);
    ck_assert(store_is_done(&st, "s/a/ms/2x", 0));
    ck_assert(!store_is_done(&st, "s/a/ms/2x", 1));
    ck_assert(!store_is_done(&st, "s/b/ms/2x", 0));
    unsigned long long bytes = 0;
    ck_assert(store_find_note(&st, "k1", &bytes));
    ck_assert_uint_eq(bytes, 12345);
    store_append(&st, "{\"type\":\"exec\",\"cell\":\"s/b/ms/2x\",\"exec\":0,\"status\":\"ok\"}");
    store_close(&st);
    ck_assert_uint_eq(count_lines(path, "\"type\":\"exec\""), 2);
    ck_assert_uint_eq(count_lines(path, "\"type\":\"header\""), 1);
    /* every line parses */
    f = fopen(path, "r");
    char line[65536];
    while (fgets(line, sizeof line, f)) {
        JsonDoc d;
        ck_assert_msg(json_parse(&d, line, strlen(line)), "bad line: %.80s", line);
        json_doc_free(&d);
    }
    fclose(f);

    /* another experiment into the same --out: refused, the file untouched */
    Experiment other;
    Matrix om;
    char *text = strdup(GOOD);
    text[strlen("name: ")] = 'u';   /* name: t -> name: u */
    ck_assert(exp_load(&other, unit_tmp_write("other.yaml", text), err, sizeof err));
    ck_assert(exp_resolve(&other, &om, err, sizeof err));
    ck_assert(!store_open(&st, unit_tmpdir, out, &other, &om, true, err, sizeof err));
    ck_assert_msg(strstr(err, "holds the results of another run") && strstr(err, "--no-resume"), "%s", err);
    ck_assert_uint_eq(count_lines(path, "\"type\":\"exec\""), 2);
    exp_matrix_free(&om);
    exp_free(&other);
    free(text);

    /* --no-resume starts a new file */
    ck_assert(store_open(&st, unit_tmpdir, out, &exp, &m, false, err, sizeof err));
    ck_assert(!st.resumed);
    store_close(&st);
    ck_assert_uint_eq(count_lines(path, "\"type\":\"exec\""), 0);
    exp_matrix_free(&m);
    exp_free(&exp);
    unit_tmp_remove();
}
END_TEST

START_TEST(counter_ladder_falls_back)
{
    CtrSet s;
    char err[256];
    /* unknown names are errors */
    ck_assert(!ctr_open(&s, "task-clock,bogus", err, sizeof err));
    ck_assert_ptr_nonnull(strstr(err, "unknown counter 'bogus'"));

    /* forced to getrusage: software events work, hardware events are null with reasons */
    ck_assert(ctr_open_from(&s, "task-clock,page-faults,instructions", CTR_SRC_RUSAGE, err, sizeof err));
    ck_assert_int_eq(s.n, 3);
    ck_assert_int_eq(s.c[0].source, CTR_SRC_RUSAGE);
    ck_assert_int_eq(s.c[2].source, CTR_SRC_NONE);
    ck_assert_ptr_nonnull(strstr(s.c[2].error, "no software fallback"));
    ctr_start(&s);
    volatile double x = 0;
    for (int i = 0; i < 20000000; i++) x += i;
    ctr_stop(&s);
    ck_assert_uint_gt(s.c[0].value, 0);
    char *buf = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&buf, &len);
    ctr_write_json(&s, mem);
    fclose(mem);
    JsonDoc d;
    ck_assert_msg(json_parse(&d, buf, len), "%s", buf);
    JsonValue *ins = json_get(d.root, "instructions");
    ck_assert_ptr_nonnull(ins);
    ck_assert_int_eq(json_get(ins, "value")->type, JSON_NULL);   /* never a 0 */
    ck_assert_str_eq(json_get_str(json_get(d.root, "task-clock"), "source"), "rusage");
    json_doc_free(&d);
    free(buf);
    ctr_close(&s);

    /* forced to perf software events: task-clock comes from perf or, where
     * perf_event_open is not allowed, from getrusage */
    ck_assert(ctr_open_from(&s, "task-clock", CTR_SRC_PERF_SW, err, sizeof err));
    ck_assert(s.c[0].source == CTR_SRC_PERF_SW || s.c[0].source == CTR_SRC_RUSAGE);
    ctr_close(&s);

    /* the full ladder never reports an unavailable hardware event as a number */
    ck_assert(ctr_open(&s, "cycles", err, sizeof err));
    ctr_start(&s);
    ctr_stop(&s);
    if (s.c[0].source == CTR_SRC_NONE) ck_assert(s.c[0].error[0] != '\0');
    ctr_close(&s);
}
END_TEST

/* A fake process result through each adapter into a store. */
START_TEST(adapters_turn_output_into_records)
{
    unit_tmp_make("tl-hb");
    char yaml[1024];
    snprintf(yaml, sizeof yaml,
             "name: a\nsuites:\n  p:\n    path: %s\n    benchmarks: [x]\n"
             "  w:\n    adapter: awfy\n    command: \"{executor} {flags} h.js {benchmark} {iterations} {inner}\"\n"
             "    benchmarks: [Richards]\n    inner: 7\n"
             "executors:\n  tl: {path: /bin/tl, kind: tierlab, flags: [--x]}\n"
             "configurations:\n  - executor: tl\n    variants: {d: [--y]}\n",
             unit_tmpdir);
    Experiment exp;
    Matrix m;
    char err[512];
    ck_assert_msg(exp_load(&exp, unit_tmp_write("a.yaml", yaml), err, sizeof err), "%s", err);
    ck_assert(exp_resolve(&exp, &m, err, sizeof err));
    ck_assert_uint_eq(m.n, 2);

    char **argv = adapt_argv(&exp, &m.cells[0], 5, 64ull << 20);
    ck_assert_str_eq(argv[0], "/bin/tl");
    ck_assert_str_eq(argv[1], "--x");
    ck_assert_str_eq(argv[2], "--y");
    ck_assert_str_eq(argv[3], "--heap=67108864");
    bool saw_iters = false;
    for (char **a = argv; *a; a++) saw_iters |= strcmp(*a, "--bench-iterations=5") == 0;
    ck_assert(saw_iters);
    adapt_free_argv(argv);
    argv = adapt_argv(&exp, &m.cells[1], 3, 0);
    ck_assert_str_eq(argv[0], "/bin/sh");
    ck_assert_str_eq(argv[2], "/bin/tl '--x' '--y' h.js Richards 3 7");

    char out[128];
    snprintf(out, sizeof out, "%s/run", unit_tmpdir);
    Store st;
    ck_assert(store_open(&st, unit_tmpdir, out, &exp, &m, false, err, sizeof err));
    RunResult r;
    memset(&r, 0, sizeof r);
    r.status = RUN_OK;
    r.proto = strdup("{\"type\":\"start\",\"startup_ns\":42}\n"
                     "{\"type\":\"iteration\",\"i\":0,\"wall_ns\":100,\"cpu_ns\":90,\"stats\":{\"gc_count\":1},\"counters\":{}}\n"
                     "{\"type\":\"iteration\",\"i\":1,\"wall_ns\":80,\"cpu_ns\":70,\"stats\":{},\"counters\":{}}\n"
                     "{\"type\":\"end\",\"stats\":{\"gc_count\":1},\"gc_pauses_ns\":[5,6]}\n"
                     "{\"type\":\"iteration\",\"i\":2,\"wall");   /* torn by a crash */
    r.proto_len = strlen(r.proto);
    ck_assert_int_eq(adapt_record(&st, &m.cells[0], 0, NULL, &r, 0, 0), 2);
    free(r.proto);
    r.proto = NULL;
    r.out = strdup("Starting\nRichards: iterations=1 runtime: 1500us\nRichards: iterations=1 runtime: 2ms\n");
    r.out_len = strlen(r.out);
    ck_assert_int_eq(adapt_record(&st, &m.cells[1], 0, argv, &r, 0, 0), 2);
    free(r.out);
    r.out = NULL;
    r.status = RUN_FAILED;
    r.exit_code = 139;   /* /bin/sh's report of a child killed by SIGSEGV */
    ck_assert_int_eq(adapt_record(&st, &m.cells[1], 1, argv, &r, 0, 0), 0);
    store_close(&st);
    adapt_free_argv(argv);

    char path[256];
    snprintf(path, sizeof path, "%s/results.jsonl", out);
    ck_assert_uint_eq(count_lines(path, "\"type\":\"iteration\""), 4);
    ck_assert_uint_eq(count_lines(path, "\"startup_ns\":42"), 1);
    ck_assert_uint_eq(count_lines(path, "\"gc_pauses_ns\":[5,6]"), 1);
    ck_assert_uint_eq(count_lines(path, "\"wall_ns\":1500000,"), 1);
    ck_assert_uint_eq(count_lines(path, "\"wall_ns\":2000000,"), 1);
    ck_assert_uint_eq(count_lines(path, "\"status\":\"crash\",\"exit_code\":0,\"signal\":11"), 1);
    exp_matrix_free(&m);
    exp_free(&exp);
    unit_tmp_remove();
}
END_TEST

int main(void)
{
    Suite *s = suite_create("harness");
    TCase *tc = tcase_create("run side");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, loads_and_resolves);
    tcase_add_test(tc, malformed_files_name_the_line);
    tcase_add_test(tc, config_names_are_unique);
    tcase_add_test(tc, store_resumes_and_cuts_a_torn_line);
    tcase_add_test(tc, counter_ladder_falls_back);
    tcase_add_test(tc, adapters_turn_output_into_records);
    tcase_add_test(tc, min_heap_plan_flags_drop_only_tier_flags);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
