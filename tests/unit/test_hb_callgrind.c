/*
 * test_hb_callgrind.c -- instruction counts per phase from callgrind's
 * profile parts (harness/callgrind.c), without valgrind: synthetic parts
 * in the format callgrind 3.19 writes, replayed against the phase stack;
 * the command line; the ELF symbol check; the JSON of the counts (an
 * unavailable phase is null with a reason, never 0); the experiment key
 * and the store's resume of callgrind records.  The run under real
 * valgrind is tests/harness/callgrind.sh.
 */
#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../harness/callgrind.h"
#include "../../harness/experiment.h"
#include "../../harness/json.h"
#include "../../harness/store.h"
#include "unit_tmp.h"

/* One part as callgrind writes it (header, then a cost body we never read). */
static void part(int number, bool last, const char *trigger, const char *events, const char *summary)
{
    char name[32], text[1024];
    if (last) snprintf(name, sizeof name, "cg.out");
    else snprintf(name, sizeof name, "cg.out.%d", number);
    snprintf(text, sizeof text,
             "# callgrind format\nversion: 1\ncreator: callgrind-3.19.0\npid: 42\ncmd:  tierlab x.js\npart: %d\n\n"
             "desc: I1 cache: \ndesc: Timerange: Basic block 0 - 10\ndesc: Trigger: %s\n\npositions: line\n"
             "events: %s\nsummary: %s\n\n\nob=(1) /bin/x\nfl=(1) x.c\nfn=(1) main\n1 5\n\ntotals: %s\n",
             number, trigger, events, summary, summary);
    unit_tmp_write(name, text);
}

typedef struct Step {
    const char *trigger;
    unsigned cost;
} Step;

/* The bench protocol's sequence (engine/main.c run_bench) with 2 iterations:
 * costs chosen so that each phase's sum is recognisable. */
static const Step PROTOCOL[] = {
    {"--dump-before=tl_vm_new", 100},          /* other: process start */
    {"--dump-after=tl_vm_new", 1000},          /* init */
    {"--dump-before=tl_run_source", 10},       /* other */
    {"--dump-after=tl_run_source", 5},         /* exec: globalThis.__bench = true */
    {"--dump-before=tl_run_file", 10},         /* other */
    {"--dump-before=parse_program", 20},       /* exec */
    {"--dump-after=parse_program", 300},       /* parse */
    {"--dump-before=comp_compile_program", 1}, /* exec */
    {"--dump-before=heap_collect", 40},        /* compile */
    {"--dump-after=heap_collect", 500},        /* gc, nested in the compiler */
    {"--dump-after=comp_compile_program", 60}, /* compile */
    {"--dump-after=xl_run_file", 0},           /* another function matched by ?l_run_file: ignored */
    {"--dump-after=tl_run_file", 70},          /* exec */
    {"--dump-before=tl_run_loop", 3},          /* other */
    {"--dump-after=tl_run_loop", 4},           /* exec: still startup */
    /* iteration 0 */
    {"--dump-before=tl_run_source", 7},        /* other: protocol records */
    {"--dump-before=bl_compile", 200},         /* exec */
    {"--dump-after=bl_compile", 90},           /* baseline */
    {"--dump-after=tl_run_source", 11},        /* exec */
    {"--dump-before=tl_run_loop", 2},          /* other */
    {"--dump-after=tl_run_loop", 1},           /* exec */
    /* iteration 1 */
    {"--dump-before=tl_run_source", 8},        /* other */
    {"--dump-after=tl_run_source", 150},       /* exec */
    {"--dump-before=tl_run_loop", 2},          /* other */
    {"--dump-after=tl_run_loop", 1},           /* exec */
    {"--dump-before=tl_vm_free", 9},           /* other */
    {"--dump-after=tl_vm_free", 30},           /* teardown */
    {"Program termination", 6},                /* other: exit */
};

static void write_protocol(void)
{
    size_t n = sizeof PROTOCOL / sizeof *PROTOCOL;
    for (size_t i = 0; i < n; i++) {
        char sum[32];
        snprintf(sum, sizeof sum, "%u", PROTOCOL[i].cost);
        part((int)i + 1, i == n - 1, PROTOCOL[i].trigger, "Ir", sum);
    }
}

static void all_symbols(CgResult *r)
{
    r->symbols_read = true;
    for (int i = 0; i < CG_NFUNCS; i++) r->have_func[i] = true;
}

START_TEST(replays_parts_into_phases_and_iterations)
{
    unit_tmp_make("tl-hbcg");
    write_protocol();
    unit_tmp_write("cg.outline", "not ours");       /* neither the base nor base.N */
    unit_tmp_write("cg.out.x", "not ours either");
    char out[128];
    snprintf(out, sizeof out, "%s/cg.out", unit_tmpdir);
    CgResult r;
    memset(&r, 0, sizeof r);
    ck_assert_msg(cg_read(out, 2, &r), "%s", r.error);
    ck_assert(r.ok);
    ck_assert_str_eq(r.tool, "callgrind-3.19.0");
    ck_assert_uint_eq(r.parts, sizeof PROTOCOL / sizeof *PROTOCOL);
    ck_assert_int_eq(r.unbalanced, 0);
    uint64_t sum = 0;
    for (size_t i = 0; i < r.parts; i++) sum += PROTOCOL[i].cost;
    ck_assert_uint_eq(r.total, sum);
    ck_assert_uint_eq(r.process.v[CG_PARSE], 300);
    ck_assert_uint_eq(r.process.v[CG_COMPILE], 100);
    ck_assert_uint_eq(r.process.v[CG_GC], 500);
    ck_assert_uint_eq(r.process.v[CG_BASELINE], 90);
    ck_assert_uint_eq(r.process.v[CG_INIT], 1000);
    ck_assert_uint_eq(r.process.v[CG_TEARDOWN], 30);
    ck_assert_uint_eq(r.process.v[CG_EXEC], 5 + 20 + 1 + 70 + 4 + 200 + 11 + 1 + 150 + 1);
    ck_assert_uint_eq(r.process.v[CG_OTHER], 100 + 10 + 10 + 3 + 7 + 2 + 8 + 2 + 9 + 6);
    uint64_t phases = 0;
    for (int p = 0; p < CG_NPHASES; p++) phases += r.process.v[p];
    ck_assert_uint_eq(phases, r.total);
    /* startup: everything before iteration 0's entry call */
    ck_assert_uint_eq(r.startup.v[CG_INIT], 1000);
    ck_assert_uint_eq(r.startup.v[CG_PARSE], 300);
    ck_assert_uint_eq(r.startup.v[CG_GC], 500);
    ck_assert_uint_eq(r.startup.v[CG_EXEC], 5 + 20 + 1 + 70 + 4);
    ck_assert_uint_eq(r.startup.v[CG_OTHER], 100 + 10 + 10 + 3 + 7);   /* up to iteration 0's entry */
    /* iterations: the cost inside their tl_run_source and tl_run_loop */
    ck_assert(r.iter_ok);
    ck_assert_uint_eq(r.niter, 2);
    ck_assert_uint_eq(r.iter[0].v[CG_EXEC], 200 + 11 + 1);
    ck_assert_uint_eq(r.iter[0].v[CG_BASELINE], 90);
    ck_assert_uint_eq(r.iter[0].v[CG_OTHER], 0);
    ck_assert_uint_eq(r.iter[1].v[CG_EXEC], 151);
    ck_assert_uint_eq(r.iter[1].v[CG_BASELINE], 0);
    cg_result_free(&r);

    /* the protocol said 3 iterations: the split is refused, the totals stay */
    memset(&r, 0, sizeof r);
    ck_assert(cg_read(out, 3, &r));
    ck_assert(!r.iter_ok);
    ck_assert_ptr_nonnull(strstr(r.iter_error, "found 2 iteration boundaries"));
    ck_assert_uint_eq(r.process.v[CG_GC], 500);
    cg_result_free(&r);

    /* parts are removed, the other files stay */
    cg_remove_parts(out);
    ck_assert_int_ne(access(out, F_OK), 0);
    char other[160];
    snprintf(other, sizeof other, "%s/cg.outline", unit_tmpdir);
    ck_assert_int_eq(access(other, F_OK), 0);
    memset(&r, 0, sizeof r);
    ck_assert(!cg_read(out, -1, &r));
    ck_assert_ptr_nonnull(strstr(r.error, "no profile"));
    unit_tmp_remove();
}
END_TEST

START_TEST(unbalanced_and_odd_parts)
{
    unit_tmp_make("tl-hbcg");
    /* a leave without an entry, a leave that skips a frame, Ir not first */
    part(1, false, "--dump-after=heap_collect", "Dr Ir", "7 10");
    part(2, false, "--dump-before=tl_run_file", "Dr Ir", "0 20");
    part(3, false, "--dump-before=parse_program", "Dr Ir", "0 30");
    part(4, false, "--dump-after=tl_run_file", "Dr Ir", "0 40");   /* parse_program never left */
    part(5, true, "Program termination", "Dr Ir", "0 50");
    char out[128];
    snprintf(out, sizeof out, "%s/cg.out", unit_tmpdir);
    CgResult r;
    memset(&r, 0, sizeof r);
    ck_assert(cg_read(out, -1, &r));
    ck_assert_uint_eq(r.total, 150);
    ck_assert_int_eq(r.unbalanced, 2);
    ck_assert_uint_eq(r.process.v[CG_OTHER], 10 + 20 + 50);
    ck_assert_uint_eq(r.process.v[CG_EXEC], 30);
    ck_assert_uint_eq(r.process.v[CG_PARSE], 40);
    cg_result_free(&r);

    /* a part that is not a profile makes the whole read fail, clearly */
    unit_tmp_write("cg.out.6", "garbage\n");
    memset(&r, 0, sizeof r);
    ck_assert(!cg_read(out, -1, &r));
    ck_assert_ptr_nonnull(strstr(r.error, "not a readable callgrind profile"));
    cg_result_free(&r);
    /* events without Ir */
    cg_remove_parts(out);
    part(1, true, "Program termination", "Dr Dw", "1 2");
    memset(&r, 0, sizeof r);
    ck_assert(!cg_read(out, -1, &r));
    unit_tmp_remove();
}
END_TEST

START_TEST(command_line_and_symbols)
{
    char *engine[] = {"build/tierlab", "--bench-iterations=2", "x.js", NULL};
    char **v = cg_argv("valgrind", "/tmp/d/cg.out", engine);
    size_t n = 0;
    bool before = false, after = false, exact_after = false;
    while (v[n]) {
        before |= strcmp(v[n], "--dump-before=parse_program") == 0;
        after |= strcmp(v[n], "--dump-after=?arse_program") == 0;
        exact_after |= strcmp(v[n], "--dump-after=parse_program") == 0;
        n++;
    }
    ck_assert_str_eq(v[0], "valgrind");
    ck_assert_str_eq(v[1], "--tool=callgrind");
    ck_assert_str_eq(v[3], "--callgrind-out-file=/tmp/d/cg.out");
    ck_assert(before && after && !exact_after);
    ck_assert_uint_eq(n, 4 + 2 * CG_NFUNCS + 3);
    ck_assert_str_eq(v[n - 3], "build/tierlab");
    ck_assert_str_eq(v[n - 1], "x.js");
    for (size_t i = 0; i < n; i++) free(v[i]);
    free(v);

    unit_tmp_make("tl-hbcg");
    CgResult r;
    memset(&r, 0, sizeof r);
    ck_assert(!cg_symbols(unit_tmp_write("script.sh", "#!/bin/sh\necho hi\n"), &r));
    ck_assert_ptr_nonnull(strstr(r.symbols_error, "not an ELF file"));
    ck_assert(!cg_symbols("/nonexistent/tierlab", &r));
    /* this test binary is ELF with a symbol table but none of the engine's functions */
    ck_assert_msg(cg_symbols("/proc/self/exe", &r), "%s", r.symbols_error);
    for (int i = 0; i < CG_NFUNCS; i++) ck_assert(!r.have_func[i]);
    char why[300];
    ck_assert(!cg_phase_available(&r, CG_PARSE, why, sizeof why));
    ck_assert_ptr_nonnull(strstr(why, "parse_program"));
    ck_assert(cg_phase_available(&r, CG_OTHER, why, sizeof why));
    unit_tmp_remove();
}
END_TEST

/* The counts' JSON: values with their source; unavailable = null + error. */
START_TEST(counts_json_never_reports_zero_for_unavailable)
{
    CgResult r;
    memset(&r, 0, sizeof r);
    all_symbols(&r);
    for (int i = 0; i < CG_NFUNCS; i++)
        if (cg_funcs[i].phase == CG_GC || strcmp(cg_funcs[i].name, "bl_flush") == 0) r.have_func[i] = false;
    CgCounts c = {{0}};
    c.v[CG_EXEC] = 1000;
    c.v[CG_OTHER] = 10;
    char *buf = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&buf, &len);
    cg_write_counts(m, &r, &c, true);
    fclose(m);
    JsonDoc d;
    ck_assert_msg(json_parse(&d, buf, len), "%s", buf);
    double v;
    ck_assert(json_get_num(json_get(d.root, "total"), "value", &v) && v == 1010);
    ck_assert(json_get_num(json_get(d.root, "engine"), "value", &v) && v == 1000);
    ck_assert_str_eq(json_get_str(json_get(d.root, "exec"), "source"), "callgrind");
    /* measured zero is a value */
    ck_assert(json_get_num(json_get(d.root, "parse"), "value", &v) && v == 0);
    /* missing function: null with the reason */
    const JsonValue *gc = json_get(d.root, "gc");
    ck_assert_int_eq(json_get(gc, "value")->type, JSON_NULL);
    ck_assert_ptr_nonnull(strstr(json_get_str(gc, "error"), "heap_collect"));
    /* partly missing: a value, and which function was not seen */
    ck_assert_str_eq(json_get_str(json_get(d.root, "baseline"), "missing"), "bl_flush");
    json_doc_free(&d);
    free(buf);

    /* no counts at all (the execution failed) */
    snprintf(r.error, sizeof r.error, "the execution under callgrind timeout");
    buf = NULL;
    m = open_memstream(&buf, &len);
    cg_write_counts(m, &r, NULL, true);
    fclose(m);
    ck_assert(json_parse(&d, buf, len));
    for (size_t i = 0; i < d.root->len; i++) {
        ck_assert_int_eq(json_get(d.root->items[i], "value")->type, JSON_NULL);
        ck_assert_str_eq(json_get_str(d.root->items[i], "error"), "the execution under callgrind timeout");
    }
    ck_assert_uint_eq(d.root->len, CG_NPHASES + 2);
    json_doc_free(&d);
    free(buf);
}
END_TEST

static const char *EXPERIMENT =
    "name: t\n"
    "suites:\n"
    "  s: {path: /nonexistent, benchmarks: [a]}\n"
    "executors:\n"
    "  tl: {path: /bin/true, kind: tierlab}\n"
    "  nd: {path: /bin/true, kind: node}\n"
    "configurations:\n"
    "  - executor: tl\n"
    "    variants: {x: []}\n"
    "  - executor: nd\n"
    "    variants: {y: []}\n";

START_TEST(experiment_key_and_resume)
{
    unit_tmp_make("tl-hbcg");
    char text[2048], err[512];
    Experiment exp;
    Matrix m;
    /* absent: off, and the run id does not mention it */
    ck_assert(exp_load(&exp, unit_tmp_write("a.yaml", EXPERIMENT), err, sizeof err));
    ck_assert(!exp.callgrind.enabled);
    ck_assert(exp_resolve(&exp, &m, err, sizeof err));
    char id_without[65];
    memcpy(id_without, m.run_id, 65);
    ck_assert(exp_callgrind_cell(&m.cells[0]));
    ck_assert(!exp_callgrind_cell(&m.cells[1]));   /* node */
    exp_matrix_free(&m);
    exp_free(&exp);

    snprintf(text, sizeof text, "%scallgrind: true\ntimeout: 10\nmemory_limit: 1G\n", EXPERIMENT);
    ck_assert_msg(exp_load(&exp, unit_tmp_write("b.yaml", text), err, sizeof err), "%s", err);
    ck_assert(exp.callgrind.enabled);
    ck_assert_int_eq(exp.callgrind.executions, 1);
    ck_assert_str_eq(exp.callgrind.valgrind, "valgrind");
    ck_assert_double_eq(exp_callgrind_timeout(&exp), 500);
    ck_assert_uint_eq(exp_callgrind_memory(&exp), 2ull << 30);
    ck_assert(exp_resolve(&exp, &m, err, sizeof err));
    ck_assert_str_ne(m.run_id, id_without);

    /* the store resumes callgrind executions apart from timed ones */
    char out[128];
    snprintf(out, sizeof out, "%s/run", unit_tmpdir);
    Store st;
    ck_assert_msg(store_open(&st, unit_tmpdir, out, &exp, &m, true, err, sizeof err), "%s", err);
    store_append(&st, "{\"type\":\"callgrind\",\"cell\":\"s/a/x\",\"exec\":0,\"status\":\"ok\"}");
    store_close(&st);
    ck_assert(store_open(&st, unit_tmpdir, out, &exp, &m, true, err, sizeof err));
    ck_assert(st.resumed);
    ck_assert(store_callgrind_done(&st, "s/a/x", 0));
    ck_assert(!store_callgrind_done(&st, "s/a/x", 1));
    ck_assert(!store_is_done(&st, "s/a/x", 0));
    store_close(&st);
    exp_matrix_free(&m);
    exp_free(&exp);

    snprintf(text, sizeof text, "%scallgrind:\n  executions: 3\n  iterations: 2\n  valgrind: /opt/vg\n", EXPERIMENT);
    ck_assert_msg(exp_load(&exp, unit_tmp_write("c.yaml", text), err, sizeof err), "%s", err);
    ck_assert_int_eq(exp.callgrind.executions, 3);
    ck_assert_int_eq(exp.callgrind.iterations, 2);
    ck_assert_str_eq(exp.callgrind.valgrind, "/opt/vg");
    exp_free(&exp);

    /* malformed: the line is named */
    snprintf(text, sizeof text, "%scallgrind:\n  executions: 0\n", EXPERIMENT);
    ck_assert(!exp_load(&exp, unit_tmp_write("d.yaml", text), err, sizeof err));
    ck_assert_msg(strstr(err, "d.yaml:13:") && strstr(err, "callgrind executions"), "%s", err);
    snprintf(text, sizeof text, "%scallgrind:\n  tool: x\n", EXPERIMENT);
    ck_assert(!exp_load(&exp, unit_tmp_write("e.yaml", text), err, sizeof err));
    ck_assert_msg(strstr(err, "e.yaml:13:") && strstr(err, "unknown callgrind key 'tool'"), "%s", err);
    snprintf(text, sizeof text, "%scallgrind: maybe\n", EXPERIMENT);
    ck_assert(!exp_load(&exp, unit_tmp_write("f.yaml", text), err, sizeof err));
    ck_assert_msg(strstr(err, "f.yaml:12:") && strstr(err, "true or false"), "%s", err);
    unit_tmp_remove();
}
END_TEST

int main(void)
{
    Suite *s = suite_create("harness-callgrind");
    TCase *tc = tcase_create("callgrind");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, replays_parts_into_phases_and_iterations);
    tcase_add_test(tc, unbalanced_and_odd_parts);
    tcase_add_test(tc, command_line_and_symbols);
    tcase_add_test(tc, counts_json_never_reports_zero_for_unavailable);
    tcase_add_test(tc, experiment_key_and_resume);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
