/*
 * heapmin.c -- minimum heaps for heap-factor axes (see heapmin.h).
 *
 * heapmin_find: plan flags -> cache key -> note in the store? -> else ask
 * the engine (--find-min-heap, or the harness's bisection when the engine
 * lacks the flag) -> note the result (or the failure) -> return it.
 */
#include "heapmin.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "adapters.h"
#include "json.h"
#include "runner.h"
#include "sha256.h"

#define FALLBACK_LO (1ull << 20)
#define FALLBACK_HI (16ull << 30)
/* The engine's search runs ~10-25 probes of the whole bench run. */
#define SEARCH_TIMEOUT_FACTOR 40

typedef struct EngineInfo {
    char sha256[65];
    int has_flag;          /* --find-min-heap in --help: -1 not asked yet, 0, 1 */
} EngineInfo;

struct HeapMinCtx {
    const Experiment *exp;
    EngineInfo *engines;   /* parallel to exp->executors */
};

static char *xstrdup(const char *s)
{
    char *d = strdup(s);
    if (!d) {
        fputs("tierlab-bench: out of memory\n", stderr);
        exit(2);
    }
    return d;
}

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

HeapMinCtx *heapmin_new(const Experiment *exp)
{
    HeapMinCtx *ctx = calloc(1, sizeof *ctx);
    EngineInfo *eng = calloc(exp->nexecutors ? exp->nexecutors : 1, sizeof *eng);
    if (!ctx || !eng) {
        fputs("tierlab-bench: out of memory\n", stderr);
        exit(2);
    }
    ctx->exp = exp;
    ctx->engines = eng;
    for (size_t i = 0; i < exp->nexecutors; i++) eng[i].has_flag = -1;
    return ctx;
}

void heapmin_free(HeapMinCtx *ctx)
{
    if (!ctx) return;
    free(ctx->engines);
    free(ctx);
}

/* ---- plan flags ------------------------------------------------------------- */

static bool flag_is(const char *arg, const char *name)
{
    size_t n = strlen(name);
    if (strncmp(arg, name, n) == 0 && (arg[n] == '\0' || arg[n] == '=')) return true;
    /* a boolean flag's negation: --no-osr */
    return strncmp(arg, "--no-", 5) == 0 && strncmp(arg + 5, name + 2, n - 2) == 0 &&
           (arg[5 + n - 2] == '\0' || arg[5 + n - 2] == '=');
}

void heapmin_plan_flags(const Cell *c, StrList *out)
{
    static const char *const drop[] = {"--tiers",   "--baseline-after", "--opt-after", "--tier-scale",
                                       "--baseline-filter", "--osr", "--eager", "--opt-passes",
                                       "--heap",    "--max-heap"};
    for (size_t i = 0; i < c->flags.n; i++) {
        bool keep = true;
        for (size_t k = 0; k < sizeof drop / sizeof *drop && keep; k++) keep = !flag_is(c->flags.items[i], drop[k]);
        if (keep) exp_strlist_push(out, c->flags.items[i]);
    }
}

const char *heapmin_plan_name(const StrList *plan_flags)
{
    const char *name = "default";
    for (size_t i = 0; i < plan_flags->n; i++)
        if (strncmp(plan_flags->items[i], "--gc=", 5) == 0) name = plan_flags->items[i] + 5;
    return name;
}

/* ---- the engine ---------------------------------------------------------------- */

static EngineInfo *engine_info(HeapMinCtx *ctx, const Cell *c)
{
    EngineInfo *info = &ctx->engines[c->executor - ctx->exp->executors];
    if (info->has_flag >= 0) return info;
    char *path = exp_executor_path(c->executor->path);
    if (!path || !sha256_file_hex(path, info->sha256)) snprintf(info->sha256, sizeof info->sha256, "unreadable");
    free(path);
    char *argv[] = {c->executor->path, "--help", NULL};
    RunSpec spec = {argv, 30, 0, false};
    RunResult res;
    bool ran = run_exec(&spec, &res);
    info->has_flag = ran && res.status == RUN_OK && res.out && strstr(res.out, "--find-min-heap") != NULL;
    if (ran) run_result_free(&res);
    return info;
}

/* `tierlab PLAN --find-min-heap --bench-iterations=N FILE.js` */
static bool engine_search(const Experiment *exp, const Cell *c, const StrList *plan, HeapMin *out, char ***argv_out)
{
    size_t n = 0;
    char **argv = calloc(plan->n + 5, sizeof *argv);
    char iters[64];
    if (!argv) return false;
    snprintf(iters, sizeof iters, "--bench-iterations=%d", c->iterations);
    argv[n++] = xstrdup(c->executor->path);
    for (size_t i = 0; i < plan->n; i++) argv[n++] = xstrdup(plan->items[i]);
    argv[n++] = xstrdup("--find-min-heap");
    argv[n++] = xstrdup(iters);
    argv[n++] = xstrdup(c->bench_file);
    *argv_out = argv;
    RunSpec spec = {argv, exp->timeout_s * SEARCH_TIMEOUT_FACTOR, exp->memory_limit, false};
    RunResult res;
    if (!run_exec(&spec, &res)) {
        snprintf(out->error, sizeof out->error, "cannot start %s", c->executor->path);
        return false;
    }
    const char *line = res.status == RUN_OK && res.out ? strstr(res.out, "min-heap: ") : NULL;
    unsigned long long bytes = line ? strtoull(line + 10, NULL, 10) : 0;
    if (bytes > 0) {
        out->bytes = bytes;
    } else {
        /* the engine says why on stderr (e.g. fails even at 16 GiB) */
        const char *tail = res.err_tail;
        size_t len = strlen(tail);
        while (len > 0 && (tail[len - 1] == '\n' || tail[len - 1] == ' ')) len--;
        const char *last = tail + len;
        while (last > tail && last[-1] != '\n') last--;
        snprintf(out->error, sizeof out->error, "--find-min-heap %s%s: %.*s", run_status_name(res.status),
                 res.status == RUN_TIMEOUT ? " (the whole search)" : "", (int)(tail + len - last), last);
    }
    run_result_free(&res);
    return bytes > 0;
}

/* The harness's own bisection, for engines without --find-min-heap: whole
 * bench runs at 1 MiB precision. */
static bool runs_within(const Experiment *exp, const Cell *plan_cell, unsigned long long heap)
{
    char **argv = adapt_argv(exp, plan_cell, plan_cell->iterations, heap);
    RunSpec spec = {argv, exp->timeout_s, exp->memory_limit, true};
    RunResult res;
    bool ok = run_exec(&spec, &res) && res.status == RUN_OK;
    run_result_free(&res);
    adapt_free_argv(argv);
    return ok;
}

static bool fallback_search(const Experiment *exp, const Cell *c, const StrList *plan, HeapMin *out)
{
    Cell pc = *c;
    pc.flags = *plan;
    unsigned long long lo = FALLBACK_LO, hi = 64ull << 20;
    while (!runs_within(exp, &pc, hi)) {
        lo = hi;
        hi *= 2;
        if (hi > FALLBACK_HI) {
            snprintf(out->error, sizeof out->error, "fails even with a %llu MiB heap", FALLBACK_HI >> 20);
            return false;
        }
    }
    while (hi - lo > (1ull << 20)) {
        unsigned long long mid = (lo + (hi - lo) / 2) & ~((1ull << 20) - 1);
        if (mid <= lo) break;
        if (runs_within(exp, &pc, mid)) hi = mid;
        else lo = mid;
    }
    out->bytes = hi;
    return true;
}

/* ---- the cache ------------------------------------------------------------------- */

bool heapmin_find(HeapMinCtx *ctx, Store *st, const Cell *c, HeapMin *out)
{
    memset(out, 0, sizeof *out);
    EngineInfo *info = engine_info(ctx, c);
    StrList plan = {0};
    heapmin_plan_flags(c, &plan);
    char key[4096];
    int k = snprintf(key, sizeof key, "min_heap %s iterations=%d engine=%s plan=", c->bench_file, c->iterations,
                     info->sha256);
    for (size_t i = 0; i < plan.n && k > 0 && (size_t)k < sizeof key; i++)
        k += snprintf(key + k, sizeof key - (size_t)k, "%s%s", i ? " " : "", plan.items[i]);
    unsigned long long cached;
    if (store_find_note(st, key, &cached)) {
        out->cached = true;
        out->bytes = cached;
        if (!cached)
            snprintf(out->error, sizeof out->error,
                     "the minimum-heap search failed earlier in this run (its note in results.jsonl says why)");
        exp_strlist_free(&plan);
        return cached > 0;
    }
    char plan_name[256];
    snprintf(plan_name, sizeof plan_name, "%s", heapmin_plan_name(&plan));
    fprintf(stderr, "tierlab-bench: finding the minimum heap of %s under plan %s (%s) ...\n", c->bench_file,
            plan_name, info->has_flag ? "tierlab --find-min-heap" : "the harness's bisection");
    double t0 = now_s();
    char **argv = NULL;
    bool ok = info->has_flag ? engine_search(ctx->exp, c, &plan, out, &argv)
                             : fallback_search(ctx->exp, c, &plan, out);
    double secs = now_s() - t0;

    /* the note: the key plus what the report shows */
    char *fields = NULL;
    size_t flen = 0;
    FILE *f = open_memstream(&fields, &flen);
    if (f) {
        fputs("\"benchmark\":", f);
        json_write_string(f, c->bench_file);
        fputs(",\"plan\":", f);
        json_write_string(f, plan_name);
        fputs(",\"plan_flags\":[", f);
        for (size_t i = 0; i < plan.n; i++) {
            if (i) fputc(',', f);
            json_write_string(f, plan.items[i]);
        }
        fprintf(f, "],\"iterations\":%d,\"engine_sha256\":", c->iterations);
        json_write_string(f, info->sha256);
        fputs(",\"source\":", f);
        json_write_string(f, info->has_flag ? "tierlab --find-min-heap" : "tierlab-bench bisection");
        fprintf(f, ",\"seconds\":%.3f", secs);
        if (argv) {
            fputs(",\"argv\":[", f);
            for (size_t i = 0; argv[i]; i++) {
                if (i) fputc(',', f);
                json_write_string(f, argv[i]);
            }
            fputc(']', f);
        }
        if (!ok) {
            fputs(",\"error\":", f);
            json_write_string(f, out->error);
        }
        fclose(f);
    }
    store_add_note(st, key, ok ? out->bytes : 0, fields);
    free(fields);
    for (size_t i = 0; argv && argv[i]; i++) free(argv[i]);
    free(argv);
    exp_strlist_free(&plan);
    if (ok)
        fprintf(stderr, "tierlab-bench: minimum heap of %s under plan %s: %llu bytes (%.1f s)\n", c->bench_file,
                plan_name, out->bytes, secs);
    return ok;
}
