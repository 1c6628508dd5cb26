/*
 * main.c -- tierlab-bench, the experiment runner (see harness/README.md).
 *
 * `run` pipeline: load the YAML -> resolve the matrix (run identity) ->
 * filter/shard -> open or resume results.jsonl -> for each execution round,
 * for each cell not yet done: find the minimum heap if a heap factor asks
 * for it (heapmin.h), build the command line, run it with timeout and
 * memory limit, append its records -> the executions under callgrind, if
 * asked for (callgrind.h) -> report.  Rounds interleave the cells so that slow
 * drifts of the machine spread over every configuration alike.
 */
#include <signal.h>
#include <sys/stat.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "adapters.h"
#include "callgrind.h"
#include "counters.h"
#include "experiment.h"
#include "heapmin.h"
#include "json.h"
#include "meta.h"
#include "report.h"
#include "runner.h"
#include "store.h"


static void usage(FILE *out)
{
    fputs("usage: tierlab-bench COMMAND ...\n"
          "  plan    FILE.yaml [FILTER...]                  print the resolved matrix, run nothing\n"
          "  run     FILE.yaml [FILTER...] [--shard k/N] [--no-resume] [--out DIR] [--no-report]\n"
          "  report  RUN_DIR [--baseline CONFIG]            tables and figures from results.jsonl\n"
          "  compare RUN_A RUN_B [--force]                  what changed, with confidence intervals\n"
          "  merge   OUT_DIR SHARD_DIR...                    join shards of one run (same machine only)\n"
          "  doctor                                          what this machine can count, and why not\n",
          out);
}

static uint64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

typedef struct RunOptions {
    StrList filters;
    int shard_k, shard_n;
    bool resume, report;
    const char *out_dir;
} RunOptions;

static bool parse_shard(const char *s, int *k, int *n)
{
    char *end;
    long a = strtol(s, &end, 10);
    if (*end != '/') return false;
    long b = strtol(end + 1, &end, 10);
    if (*end || b < 1 || a < 0 || a >= b) return false;
    *k = (int)a;
    *n = (int)b;
    return true;
}

static bool load(const char *file, Experiment *exp, Matrix *m, const RunOptions *o)
{
    char err[1024];
    if (!exp_load(exp, file, err, sizeof err)) {
        fprintf(stderr, "tierlab-bench: %s\n", err);
        return false;
    }
    if (!exp_resolve(exp, m, err, sizeof err)) {
        fprintf(stderr, "tierlab-bench: %s\n", err);
        exp_free(exp);
        return false;
    }
    exp_filter(m, &o->filters, o->shard_k, o->shard_n);
    if (m->n == 0) {
        fprintf(stderr, "tierlab-bench: no cell matches the filters\n");
        exp_matrix_free(m);
        exp_free(exp);
        return false;
    }
    return true;
}

static int cmd_plan(const char *file, const RunOptions *o)
{
    Experiment exp;
    Matrix m;
    if (!load(file, &exp, &m, o)) return 2;
    printf("experiment %s: %zu cells x %d executions (run id %.12s)\n", exp.name, m.n, exp.executions, m.run_id);
    for (size_t i = 0; i < m.n; i++) {
        const Cell *c = &m.cells[i];
        char **argv = adapt_argv(&exp, c, c->iterations, 0);
        printf("%-50s %3d it  ", c->id, c->iterations);
        for (char **p = argv; *p; p++) printf(" %s", *p);
        if (c->heap_factor > 0) printf("   [heap = %g x min]", c->heap_factor);
        putchar('\n');
        adapt_free_argv(argv);
    }
    if (exp.callgrind.enabled) {
        printf("callgrind: %d execution(s) per tierlab cell, timeout %gs, then:\n", exp.callgrind.executions,
               exp_callgrind_timeout(&exp));
        for (size_t i = 0; i < m.n; i++) {
            const Cell *c = &m.cells[i];
            if (!exp_callgrind_cell(c)) {
                printf("%-50s (not a tierlab cell: no callgrind counts)\n", c->id);
                continue;
            }
            int it = exp.callgrind.iterations ? exp.callgrind.iterations : c->iterations;
            char **argv = adapt_callgrind_argv(&exp, c, it, 0, exp.callgrind.valgrind, "RUN/callgrind/CELL/cg.out");
            printf("%-50s %3d it  ", c->id, it);
            /* the engine part; the --dump options are the same for every cell */
            bool engine = false;
            for (char **p = argv; *p; p++) {
                if (!engine && strcmp(*p, c->executor->path) == 0) engine = true, printf(" valgrind ... --");
                if (engine) printf(" %s", *p);
            }
            putchar('\n');
            adapt_free_argv(argv);
        }
    }
    exp_matrix_free(&m);
    exp_free(&exp);
    return 0;
}

/* ---- heap factors ------------------------------------------------------------- */

/* The --heap of a cell (0 without a heap factor) and the minimum it is a
 * multiple of; false (with the reason in why) when there is none. */
static bool cell_heap(HeapMinCtx *hm, Store *st, const Cell *c, unsigned long long *heap, unsigned long long *min,
                      char *why, size_t len)
{
    *heap = *min = 0;
    if (c->heap_factor <= 0) return true;
    HeapMin h;
    if (!heapmin_find(hm, st, c, &h)) {
        snprintf(why, len, "no minimum heap for %s: %s", c->id, h.error);
        return false;
    }
    *min = h.bytes;
    *heap = (unsigned long long)((double)h.bytes * c->heap_factor);
    return true;
}

/* A cell that cannot run (no minimum heap): an exec record with the reason,
 * so that the report lists it under Failures. */
static void record_skipped(Store *st, const Experiment *exp, const Cell *c, int exec, const char *why)
{
    RunResult res;
    memset(&res, 0, sizeof res);
    res.status = RUN_FAILED;
    res.exit_code = 1;
    snprintf(res.err_tail, sizeof res.err_tail, "tierlab-bench: not run: %s\n", why);
    char **argv = adapt_argv(exp, c, c->iterations, 0);
    adapt_record(st, c, exec, argv, &res, 0, 0);
    adapt_free_argv(argv);
}

/* ---- callgrind ------------------------------------------------------------------- */

/* Run every cell that can be measured under callgrind (exp_callgrind_cell)
 * exp->callgrind.executions times, each in its own part directory under
 * RUN/callgrind/, and append one callgrind record per execution.  Returns
 * the number of executions that did not give counts. */
static size_t run_callgrind(Store *st, const Experiment *exp, const Matrix *m, HeapMinCtx *hm, const char *valgrind,
                            volatile sig_atomic_t *stop)
{
    const CallgrindSpec *cg = &exp->callgrind;
    size_t todo = 0, done = 0, failures = 0;
    for (int k = 0; k < cg->executions; k++)
        for (size_t i = 0; i < m->n; i++)
            todo += exp_callgrind_cell(&m->cells[i]) && !store_callgrind_done(st, m->cells[i].id, k);
    if (todo == 0) return 0;
    bool tty = isatty(2);
    char root[sizeof st->dir + 16];
    snprintf(root, sizeof root, "%s/callgrind", st->dir);
    mkdir(root, 0777);
    for (int k = 0; k < cg->executions && !*stop; k++) {
        for (size_t i = 0; i < m->n && !*stop; i++) {
            const Cell *c = &m->cells[i];
            if (!exp_callgrind_cell(c) || store_callgrind_done(st, c->id, k)) continue;
            unsigned long long heap, min;
            char why[800];
            if (!cell_heap(hm, st, c, &heap, &min, why, sizeof why)) {
                fprintf(stderr, "%stierlab-bench: %s; no callgrind execution\n", tty ? "\r\033[K" : "", why);
                continue;
            }
            int iterations = cg->iterations ? cg->iterations : c->iterations;
            fprintf(stderr, tty ? "\r\033[K[callgrind %zu/%zu] %s exec %d/%d, %d iterations"
                                : "[callgrind %zu/%zu] %s exec %d/%d, %d iterations\n",
                    done + 1, todo, c->id, k + 1, cg->executions, iterations);
            /* RUN/callgrind/<cell id with '/' -> '_'>.<k>/cg.out */
            char dir[sizeof root + 1300], out[sizeof dir + 16];
            int len = snprintf(dir, sizeof dir, "%s/", root);
            for (const char *p = c->id; *p && len < (int)sizeof dir - 16; p++) dir[len++] = *p == '/' ? '_' : *p;
            snprintf(dir + len, sizeof dir - (size_t)len, ".%d", k);
            mkdir(dir, 0777);
            snprintf(out, sizeof out, "%s/cg.out", dir);
            cg_remove_parts(out);   /* an interrupted attempt's parts */
            char **argv = adapt_callgrind_argv(exp, c, iterations, heap, valgrind, out);
            RunSpec spec = {argv, exp_callgrind_timeout(exp), exp_callgrind_memory(exp), true};
            RunResult res;
            if (!run_exec(&spec, &res)) {
                fprintf(stderr, "\ntierlab-bench: cannot start valgrind for %s\n", c->id);
                adapt_free_argv(argv);
                failures++;
                continue;
            }
            CgResult r;
            memset(&r, 0, sizeof r);
            char *bin = exp_executor_path(c->executor->path);
            cg_symbols(bin ? bin : c->executor->path, &r);
            free(bin);
            bool ok = res.status == RUN_OK && cg_read(out, adapt_protocol_iterations(&res), &r);
            adapt_callgrind_record(st, c, k, argv, &res, res.status == RUN_OK ? &r : NULL);
            if (!ok || !r.iter_ok) {
                failures += !ok;
                fprintf(stderr, "%s%s callgrind exec %d: %s\n", tty ? "\r\033[K" : "", c->id, k,
                        res.status != RUN_OK ? run_status_name(res.status) : !ok ? r.error : r.iter_error);
            }
            cg_result_free(&r);
            run_result_free(&res);
            adapt_free_argv(argv);
            if (!cg->keep) {
                cg_remove_parts(out);
                rmdir(dir);
            }
            done++;
        }
    }
    if (tty) fputs("\r\033[K", stderr);
    if (!cg->keep) rmdir(root);
    return failures;
}

/* ---- run ------------------------------------------------------------------------ */

/* An executor rebuilt in the middle of a run would mix two binaries in one
 * result: remember each executor file's identity and refuse to go on if it
 * changes.  Executors found through PATH (node) are checked the same way. */
typedef struct BinaryId {
    char path[2048];
    bool known;
    struct stat st;
} BinaryId;

static void binary_id(const char *path, BinaryId *id)
{
    memset(id, 0, sizeof *id);
    char *full = exp_executor_path(path);
    snprintf(id->path, sizeof id->path, "%s", full ? full : path);
    id->known = full && stat(full, &id->st) == 0;
    free(full);
}

static bool binary_unchanged(const BinaryId *id)
{
    struct stat st;
    if (!id->known) return true;
    if (stat(id->path, &st) != 0) return false;
    return st.st_size == id->st.st_size && st.st_mtim.tv_sec == id->st.st_mtim.tv_sec &&
           st.st_mtim.tv_nsec == id->st.st_mtim.tv_nsec && st.st_ino == id->st.st_ino;
}

static volatile sig_atomic_t stop_requested;
static void on_signal(int sig) { (void)sig; stop_requested = 1; }

static void fmt_duration(char *buf, size_t n, double s)
{
    if (s < 60) snprintf(buf, n, "%.0fs", s);
    else if (s < 3600) snprintf(buf, n, "%dm%02ds", (int)s / 60, (int)s % 60);
    else snprintf(buf, n, "%dh%02dm", (int)s / 3600, ((int)s % 3600) / 60);
}

static int cmd_run(const char *file, const RunOptions *o)
{
    Experiment exp;
    Matrix m;
    if (!load(file, &exp, &m, o)) return 2;
    char *valgrind = NULL;
    if (exp.callgrind.enabled) {
        valgrind = exp_executor_path(exp.callgrind.valgrind);
        if (!valgrind || access(valgrind, X_OK) != 0) {
            fprintf(stderr, "tierlab-bench: %s:%d: callgrind: '%s' not found; install valgrind (apt-get install "
                            "valgrind) or drop the callgrind key\n",
                    exp.file, exp.callgrind.line, exp.callgrind.valgrind);
            free(valgrind);
            exp_matrix_free(&m);
            exp_free(&exp);
            return 2;
        }
        size_t eligible = 0;
        for (size_t i = 0; i < m.n; i++) eligible += exp_callgrind_cell(&m.cells[i]);
        if (eligible < m.n)
            fprintf(stderr, "tierlab-bench: callgrind: %zu of %zu cells are not tierlab cells run through the bench "
                            "protocol; they get no instruction counts\n", m.n - eligible, m.n);
    }
    Store st;
    char err[1024];
    if (!store_open(&st, "results", o->out_dir, &exp, &m, o->resume, err, sizeof err)) {
        fprintf(stderr, "tierlab-bench: %s\n", err);
        return 2;
    }
    fprintf(stderr, "tierlab-bench: %s %s (%zu cells x %d executions)\n", st.resumed ? "resuming" : "writing",
            st.path, m.n, exp.executions);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);

    HeapMinCtx *hm = heapmin_new(&exp);
    BinaryId *bins = calloc(exp.nexecutors ? exp.nexecutors : 1, sizeof *bins);
    if (!bins) return 2;
    for (size_t i = 0; i < exp.nexecutors; i++) binary_id(exp.executors[i].path, &bins[i]);
    bool changed = false;

    size_t total = m.n * (size_t)exp.executions, todo = 0, done_now = 0, failures = 0;
    for (int e = 0; e < exp.executions; e++)
        for (size_t i = 0; i < m.n; i++) todo += !store_is_done(&st, m.cells[i].id, e);
    uint64_t t0 = now_ns();
    bool tty = isatty(2);
    size_t *order = calloc(m.n ? m.n : 1, sizeof *order);
    if (!order) {
        fputs("tierlab-bench: out of memory\n", stderr);
        exit(2);
    }
    for (int e = 0; e < exp.executions && !stop_requested; e++) {
        exp_run_order(&m, e, order);
        for (size_t i = 0; i < m.n && !stop_requested; i++) {
            const Cell *c = &m.cells[order[i]];
            if (store_is_done(&st, c->id, e)) continue;
            const BinaryId *bin = &bins[c->executor - exp.executors];
            if (!binary_unchanged(bin)) {
                fprintf(stderr, "%stierlab-bench: %s changed during the run (rebuilt?); stopping so that two "
                                "binaries are never mixed in one result (the run identity includes each "
                                "executor's hash: running again starts a new run).\n", tty ? "\r\033[K" : "", bin->path);
                changed = true;
                stop_requested = 1;
                break;
            }
            unsigned long long heap, min;
            char why[800];
            if (!cell_heap(hm, &st, c, &heap, &min, why, sizeof why)) {
                fprintf(stderr, "%stierlab-bench: %s; recorded as failed\n", tty ? "\r\033[K" : "", why);
                record_skipped(&st, &exp, c, e, why);
                failures++;
                continue;
            }
            double elapsed = (double)(now_ns() - t0) / 1e9;
            char eta[32] = "?";
            if (done_now > 0) fmt_duration(eta, sizeof eta, elapsed / (double)done_now * (double)(todo - done_now));
            fprintf(stderr, tty ? "\r\033[K[%zu/%zu] %s exec %d/%d, %d iterations, ETA %s" : "[%zu/%zu] %s exec %d/%d, %d iterations, ETA %s\n",
                    total - todo + done_now + 1, total, c->id, e + 1, exp.executions, c->iterations, eta);
            char **argv = adapt_argv(&exp, c, c->iterations, heap);
            RunSpec spec = {argv, exp.timeout_s, exp.memory_limit, c->suite->adapter == ADAPTER_TIERLAB};
            RunResult res;
            if (!run_exec(&spec, &res)) {
                fprintf(stderr, "\ntierlab-bench: cannot start a process for %s\n", c->id);
                adapt_free_argv(argv);
                continue;
            }
            adapt_record(&st, c, e, argv, &res, heap, min);
            if (res.status != RUN_OK) {
                failures++;
                fprintf(stderr, "%s%s exec %d: %s%s\n", tty ? "\r\033[K" : "", c->id, e, run_status_name(res.status),
                        res.status == RUN_TIMEOUT ? " (killed)" : "");
            }
            run_result_free(&res);
            adapt_free_argv(argv);
            done_now++;
        }
    }
    free(order);
    if (tty) fputs("\r\033[K", stderr);
    if (valgrind && !stop_requested) failures += run_callgrind(&st, &exp, &m, hm, valgrind, &stop_requested);
    heapmin_free(hm);
    free(valgrind);
    char dir[sizeof st.dir];
    snprintf(dir, sizeof dir, "%s", st.dir);
    store_close(&st);
    fprintf(stderr, "tierlab-bench: %zu executions run, %zu failed%s; results in %s/results.jsonl\n", done_now,
            failures, stop_requested ? " (interrupted: run again to resume)" : "", dir);
    exp_matrix_free(&m);
    exp_free(&exp);
    free(bins);
    if (changed) return 1;
    if (stop_requested) return 130;
    if (o->report) return rep_report(dir, NULL) == 0 ? 0 : 1;
    return 0;
}

/* ---- merge ---------------------------------------------------------------------- */

/* The machine_id and run_id of a run directory's header. */
static bool read_header(const char *dir, char *machine, size_t mlen, char *run_id, size_t rlen, char **line_out)
{
    char path[2048];
    snprintf(path, sizeof path, "%s/results.jsonl", dir);
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "tierlab-bench: cannot open %s\n", path);
        return false;
    }
    char *line = NULL;
    size_t cap = 0;
    ssize_t n = getline(&line, &cap, f);
    fclose(f);
    JsonDoc d;
    bool ok = n > 0 && json_parse(&d, line, (size_t)n);
    if (ok) {
        const char *mid = json_get_str(json_get(d.root, "meta"), "machine_id");
        const char *rid = json_get_str(d.root, "run_id");
        snprintf(machine, mlen, "%s", mid ? mid : "");
        snprintf(run_id, rlen, "%s", rid ? rid : "");
        json_doc_free(&d);
    } else {
        fprintf(stderr, "tierlab-bench: %s has no valid header\n", path);
    }
    if (ok && line_out) *line_out = line; else free(line);
    return ok;
}

static int cmd_merge(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return 2;
    }
    const char *out = argv[0];
    char machine0[512], run0[128];
    char *header = NULL;
    if (!read_header(argv[1], machine0, sizeof machine0, run0, sizeof run0, &header)) return 2;
    for (int i = 2; i < argc; i++) {
        char machine[512], run[128];
        if (!read_header(argv[i], machine, sizeof machine, run, sizeof run, NULL)) return 2;
        if (strcmp(machine, machine0) != 0) {
            fprintf(stderr, "tierlab-bench: refusing to merge %s (machine '%s') with %s (machine '%s'): timings from "
                            "different machines must not be pooled\n", argv[i], machine, argv[1], machine0);
            free(header);
            return 2;
        }
    }
    char cmd[4096];
    snprintf(cmd, sizeof cmd, "mkdir -p '%s'", out);
    if (system(cmd) != 0) return 2;
    char path[2048];
    snprintf(path, sizeof path, "%s/results.jsonl", out);
    FILE *f = fopen(path, "wb");
    if (!f) {
        fprintf(stderr, "tierlab-bench: cannot create %s\n", path);
        return 2;
    }
    fputs(header, f);
    free(header);
    for (int i = 1; i < argc; i++) {
        char in[2048];
        snprintf(in, sizeof in, "%s/results.jsonl", argv[i]);
        FILE *g = fopen(in, "rb");
        char *line = NULL;
        size_t cap = 0;
        ssize_t n;
        bool first = true;
        while (g && (n = getline(&line, &cap, g)) > 0) {
            if (!first && line[n - 1] == '\n') fputs(line, f);
            first = false;
        }
        free(line);
        if (g) fclose(g);
    }
    fclose(f);
    fprintf(stderr, "tierlab-bench: merged %d shards into %s\n", argc - 1, path);
    return 0;
}

/* doctor: can this machine count instructions under callgrind? */
static void doctor_callgrind(FILE *out)
{
    char *vg = exp_executor_path("valgrind");
    if (!vg) {
        fputs("callgrind: valgrind not found on PATH (apt-get install valgrind); experiments with a callgrind: key "
              "cannot run here\n",
              out);
        return;
    }
    char *argv[] = {vg, "--version", NULL};
    RunSpec spec = {argv, 30, 0, false};
    RunResult res;
    char version[64] = "?";
    if (run_exec(&spec, &res)) {
        if (res.status == RUN_OK && res.out) sscanf(res.out, "%63s", version);
        run_result_free(&res);
    }
    fprintf(out, "callgrind: %s (%s): deterministic instruction counts per phase with a callgrind: key in an "
                 "experiment\n", version, vg);
    free(vg);
}

int main(int argc, char **argv)
{
    if (argc < 2 || !strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
        usage(argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    const char *cmd = argv[1];
    if (!strcmp(cmd, "doctor")) {
        ctr_doctor(stdout);
        doctor_callgrind(stdout);
        char *id = meta_machine_id();
        printf("machine: %s\n", id ? id : "?");
        free(id);
        return 0;
    }
    if (!strcmp(cmd, "merge")) return cmd_merge(argc - 2, argv + 2);
    if (!strcmp(cmd, "report")) {
        if (argc < 3) { usage(stderr); return 2; }
        const char *baseline = NULL;
        for (int i = 3; i < argc; i++) {
            if (!strcmp(argv[i], "--baseline") && i + 1 < argc) baseline = argv[++i];
            else { fprintf(stderr, "tierlab-bench: unknown argument '%s'\n", argv[i]); return 2; }
        }
        return rep_report(argv[2], baseline) == 0 ? 0 : 1;
    }
    if (!strcmp(cmd, "compare")) {
        if (argc < 4) { usage(stderr); return 2; }
        bool force = argc > 4 && !strcmp(argv[4], "--force");
        return rep_compare(argv[2], argv[3], force) == 0 ? 0 : 1;
    }
    if (strcmp(cmd, "plan") != 0 && strcmp(cmd, "run") != 0) {
        fprintf(stderr, "tierlab-bench: unknown command '%s'\n", cmd);
        usage(stderr);
        return 2;
    }
    if (argc < 3) {
        usage(stderr);
        return 2;
    }
    RunOptions o = {.resume = true, .report = true};
    for (int i = 3; i < argc; i++) {
        if (!strcmp(argv[i], "--shard") && i + 1 < argc) {
            if (!parse_shard(argv[++i], &o.shard_k, &o.shard_n)) {
                fprintf(stderr, "tierlab-bench: --shard wants k/N with 0 <= k < N\n");
                return 2;
            }
        } else if (!strcmp(argv[i], "--no-resume")) {
            o.resume = false;
        } else if (!strcmp(argv[i], "--no-report")) {
            o.report = false;
        } else if (!strcmp(argv[i], "--out") && i + 1 < argc) {
            o.out_dir = argv[++i];
        } else if (argv[i][0] == '-') {
            fprintf(stderr, "tierlab-bench: unknown option '%s'\n", argv[i]);
            return 2;
        } else {
            char **items = realloc(o.filters.items, (o.filters.n + 1) * sizeof *items);
            if (!items) return 2;
            o.filters.items = items;
            o.filters.items[o.filters.n++] = argv[i];
        }
    }
    int rc = !strcmp(cmd, "plan") ? cmd_plan(argv[2], &o) : cmd_run(argv[2], &o);
    free(o.filters.items);
    return rc;
}
