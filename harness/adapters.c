/*
 * adapters.c -- command lines and output adapters (see adapters.h).
 */
#include "adapters.h"

#include <stdlib.h>
#include <string.h>

#include "callgrind.h"
#include "json.h"

typedef struct Argv {
    char **v;
    size_t n, cap;
} Argv;

static void arg(Argv *a, const char *s)
{
    if (a->n + 2 > a->cap) {
        a->cap = a->cap ? a->cap * 2 : 16;
        a->v = realloc(a->v, a->cap * sizeof *a->v);
        if (!a->v) {
            fputs("tierlab-bench: out of memory\n", stderr);
            exit(2);
        }
    }
    a->v[a->n++] = strdup(s);
    a->v[a->n] = NULL;
}

/* Substitute {executor} {flags} {benchmark} {iterations} {inner} {path} and
 * run through /bin/sh -c. */
static void template_argv(Argv *a, const Cell *c, int iterations)
{
    char flags[2048] = "";
    for (size_t i = 0; i < c->flags.n; i++) {
        size_t l = strlen(flags);
        snprintf(flags + l, sizeof flags - l, "%s'%s'", i ? " " : "", c->flags.items[i]);
    }
    char out[8192];
    size_t o = 0;
    for (const char *p = c->suite->command; *p && o < sizeof out - 1; p++) {
        const char *rep = NULL;
        char num[32];
        size_t skip = 0;
        if (*p == '{') {
            const char *end = strchr(p, '}');
            if (end) {
                size_t n = (size_t)(end - p - 1);
                if (n == 8 && !strncmp(p + 1, "executor", n)) rep = c->executor->path;
                else if (n == 5 && !strncmp(p + 1, "flags", n)) rep = flags;
                else if (n == 9 && !strncmp(p + 1, "benchmark", n)) rep = c->benchmark;
                else if (n == 4 && !strncmp(p + 1, "path", n)) rep = c->suite->path;
                else if (n == 10 && !strncmp(p + 1, "iterations", n)) {
                    snprintf(num, sizeof num, "%d", iterations);
                    rep = num;
                } else if (n == 5 && !strncmp(p + 1, "inner", n)) {
                    snprintf(num, sizeof num, "%d", c->suite->inner);
                    rep = num;
                }
                if (rep) skip = n + 1;
            }
        }
        if (rep) {
            o += (size_t)snprintf(out + o, sizeof out - o, "%s", rep);
            if (o >= sizeof out) o = sizeof out - 1;
            p += skip;
        } else {
            out[o++] = *p;
        }
    }
    out[o] = '\0';
    arg(a, "/bin/sh");
    arg(a, "-c");
    arg(a, out);
}

/* The tierlab adapter's command line; counters: pass --bench-counters;
 * deterministic: add --deterministic (a fixed Math.random seed). */
static char **engine_argv(const Experiment *exp, const Cell *c, int iterations, unsigned long long heap_bytes,
                          bool counters, bool deterministic)
{
    Argv a = {0};
    char buf[256];
    if (c->suite->adapter != ADAPTER_TIERLAB) {
        template_argv(&a, c, iterations);
        return a.v;
    }
    arg(&a, c->executor->path);
    for (size_t i = 0; i < c->flags.n; i++) arg(&a, c->flags.items[i]);
    if (c->executor->kind == EXECUTOR_NODE) {
        arg(&a, "benchmarks/harness/node_bench.js");
        arg(&a, c->bench_file);
        snprintf(buf, sizeof buf, "%d", iterations);
        arg(&a, buf);
        return a.v;
    }
    if (heap_bytes) {
        snprintf(buf, sizeof buf, "--heap=%llu", heap_bytes);
        arg(&a, buf);
        snprintf(buf, sizeof buf, "--max-heap=%llu", heap_bytes);
        arg(&a, buf);
    }
    if (deterministic) arg(&a, "--deterministic");
    snprintf(buf, sizeof buf, "--bench-iterations=%d", iterations);
    arg(&a, buf);
    arg(&a, "--bench-fd=3");
    if (counters && exp->counters && exp->counters[0]) {
        snprintf(buf, sizeof buf, "--bench-counters=%s", exp->counters);
        arg(&a, buf);
    }
    arg(&a, c->bench_file);
    return a.v;
}

char **adapt_argv(const Experiment *exp, const Cell *c, int iterations, unsigned long long heap_bytes)
{
    return engine_argv(exp, c, iterations, heap_bytes, true, false);
}

char **adapt_callgrind_argv(const Experiment *exp, const Cell *c, int iterations, unsigned long long heap_bytes,
                            const char *valgrind, const char *out_file)
{
    char **inner = engine_argv(exp, c, iterations, heap_bytes, false, true);
    char **v = cg_argv(valgrind, out_file, inner);
    adapt_free_argv(inner);
    return v;
}

void adapt_free_argv(char **argv)
{
    for (char **p = argv; p && *p; p++) free(*p);
    free(argv);
}

/* ---- records ---------------------------------------------------------------- */

static void cell_fields(FILE *out, const Cell *c, int exec)
{
    fputs("\"cell\":", out);
    json_write_string(out, c->id);
    fputs(",\"suite\":", out);
    json_write_string(out, c->suite->name);
    fputs(",\"benchmark\":", out);
    json_write_string(out, c->benchmark);
    fputs(",\"config\":", out);
    json_write_string(out, c->config);
    fputs(",\"executor\":", out);
    json_write_string(out, c->executor->name);
    fprintf(out, ",\"exec\":%d", exec);
}

/* Append a record built in memory. */
typedef struct Rec {
    char *buf;
    size_t len;
    FILE *f;
} Rec;

static void rec_open(Rec *r) { r->buf = NULL; r->len = 0; r->f = open_memstream(&r->buf, &r->len); }
static void rec_commit(Rec *r, Store *st)
{
    fclose(r->f);
    store_append(st, r->buf);
    free(r->buf);
}

static void iteration_record(Store *st, const Cell *c, int exec, int i, uint64_t wall, int64_t cpu,
                             const JsonValue *stats, const JsonValue *counters)
{
    Rec r;
    rec_open(&r);
    fputs("{\"type\":\"iteration\",", r.f);
    cell_fields(r.f, c, exec);
    fprintf(r.f, ",\"i\":%d,\"wall_ns\":%llu", i, (unsigned long long)wall);
    if (cpu >= 0)
        fprintf(r.f, ",\"cpu_ns\":%lld", (long long)cpu);
    else
        fputs(",\"cpu_ns\":null", r.f);
    fputs(",\"stats\":", r.f);
    if (stats) json_write_value(r.f, stats); else fputs("{}", r.f);
    fputs(",\"counters\":", r.f);
    if (counters) json_write_value(r.f, counters); else fputs("{}", r.f);
    fputc('}', r.f);
    rec_commit(&r, st);
}

/* Bench protocol: start / iteration / end lines. */
static int protocol_records(Store *st, const Cell *c, int exec, const RunResult *res, int64_t *startup,
                            JsonDoc *end_doc)
{
    int n = 0;
    const char *p = res->proto, *end = res->proto ? res->proto + res->proto_len : NULL;
    while (p && p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl) break;   /* torn line from a crash */
        JsonDoc d;
        if (json_parse(&d, p, (size_t)(nl - p))) {
            const char *type = json_get_str(d.root, "type");
            if (type && strcmp(type, "iteration") == 0) {
                int64_t wall = 0, cpu = -1, idx = n;
                json_get_i64(d.root, "wall_ns", &wall);
                json_get_i64(d.root, "cpu_ns", &cpu);
                json_get_i64(d.root, "i", &idx);
                iteration_record(st, c, exec, (int)idx, (uint64_t)wall, cpu, json_get(d.root, "stats"),
                                 json_get(d.root, "counters"));
                n++;
            } else if (type && strcmp(type, "start") == 0) {
                json_get_i64(d.root, "startup_ns", startup);
            } else if (type && strcmp(type, "end") == 0) {
                json_doc_free(end_doc);
                *end_doc = d;
                p = nl + 1;
                continue;
            }
        }
        json_doc_free(&d);
        p = nl + 1;
    }
    return n;
}

/* AWFY: "Name: iterations=K runtime: Tus" per iteration. */
static int awfy_records(Store *st, const Cell *c, int exec, const RunResult *res)
{
    int n = 0;
    const char *p = res->out, *end = res->out ? res->out + res->out_len : NULL;
    while (p && p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t len = nl ? (size_t)(nl - p) : (size_t)(end - p);
        char line[512];
        snprintf(line, sizeof line, "%.*s", (int)(len < sizeof line - 1 ? len : sizeof line - 1), p);
        const char *rt = strstr(line, "runtime:");
        if (rt && strstr(line, "iterations=")) {
            char *unit;
            double v = strtod(rt + 8, &unit);
            while (*unit == ' ') unit++;
            double scale = strncmp(unit, "ms", 2) == 0 ? 1e6 : strncmp(unit, "ns", 2) == 0 ? 1 : 1e3;
            iteration_record(st, c, exec, n, (uint64_t)(v * scale), -1, NULL, NULL);
            n++;
        }
        p += len + 1;
    }
    return n;
}

int adapt_record(Store *st, const Cell *c, int exec, char **argv, const RunResult *res, unsigned long long heap,
                 unsigned long long min_heap)
{
    int64_t startup = -1;
    JsonDoc end_doc = {0};
    int n = 0;
    switch (c->suite->adapter) {
    case ADAPTER_TIERLAB: n = protocol_records(st, c, exec, res, &startup, &end_doc); break;
    case ADAPTER_AWFY: n = awfy_records(st, c, exec, res); break;
    case ADAPTER_PROCESS:
        n = 0;
        if (res->status == RUN_OK) {
            iteration_record(st, c, exec, 0, res->wall_ns, (int64_t)(res->user_ns + res->sys_ns), NULL, NULL);
            n = 1;
        }
        break;
    }
    RunStatus status = res->status;
    int exit_code = res->exit_code, sig = res->signal;
    /* Commands run through /bin/sh report a child killed by signal N as exit 128+N. */
    if (c->suite->adapter != ADAPTER_TIERLAB && status == RUN_FAILED && exit_code > 128 && exit_code < 128 + 65) {
        sig = exit_code - 128;
        exit_code = 0;
        status = RUN_CRASH;
    }
    if (status == RUN_OK && n == 0) status = RUN_FAILED;   /* ran but reported nothing */

    Rec r;
    rec_open(&r);
    fputs("{\"type\":\"exec\",", r.f);
    cell_fields(r.f, c, exec);
    fprintf(r.f, ",\"status\":\"%s\",\"exit_code\":%d,\"signal\":", run_status_name(status), exit_code);
    if (sig) fprintf(r.f, "%d", sig); else fputs("null", r.f);
    fprintf(r.f, ",\"wall_ns\":%llu,\"user_ns\":%llu,\"sys_ns\":%llu,\"maxrss_kb\":%llu,\"iterations\":%d",
            (unsigned long long)res->wall_ns, (unsigned long long)res->user_ns, (unsigned long long)res->sys_ns,
            (unsigned long long)res->maxrss_kb, n);
    if (startup >= 0) fprintf(r.f, ",\"startup_ns\":%lld", (long long)startup); else fputs(",\"startup_ns\":null", r.f);
    if (heap) fprintf(r.f, ",\"heap_bytes\":%llu,\"min_heap_bytes\":%llu", heap, min_heap);
    JsonValue *es = end_doc.root ? json_get(end_doc.root, "stats") : NULL;
    JsonValue *gp = end_doc.root ? json_get(end_doc.root, "gc_pauses_ns") : NULL;
    fputs(",\"end_stats\":", r.f);
    if (es) json_write_value(r.f, es); else fputs("null", r.f);
    fputs(",\"gc_pauses_ns\":", r.f);
    if (gp) json_write_value(r.f, gp); else fputs("null", r.f);
    /* per pause: its kind and its CPU time (tierlab's end record) */
    JsonValue *gk = end_doc.root ? json_get(end_doc.root, "gc_pause_kinds") : NULL;
    JsonValue *gcpu = end_doc.root ? json_get(end_doc.root, "gc_pauses_cpu_ns") : NULL;
    if (gk) fputs(",\"gc_pause_kinds\":", r.f), json_write_value(r.f, gk);
    if (gcpu) fputs(",\"gc_pauses_cpu_ns\":", r.f), json_write_value(r.f, gcpu);
    fputs(",\"argv\":[", r.f);
    for (int i = 0; argv && argv[i]; i++) {
        if (i) fputc(',', r.f);
        json_write_string(r.f, argv[i]);
    }
    fputs("],\"stderr_tail\":", r.f);
    json_write_string(r.f, res->err_tail);
    fputc('}', r.f);
    rec_commit(&r, st);
    json_doc_free(&end_doc);
    return n;
}

/* ---- callgrind executions ------------------------------------------------------ */

int adapt_protocol_iterations(const RunResult *res)
{
    int n = 0;
    const char *p = res->proto, *end = res->proto ? res->proto + res->proto_len : NULL;
    while (p && p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl) break;
        JsonDoc d;
        if (json_parse(&d, p, (size_t)(nl - p))) {
            const char *type = json_get_str(d.root, "type");
            n += type && strcmp(type, "iteration") == 0;
        }
        json_doc_free(&d);
        p = nl + 1;
    }
    return n;
}

void adapt_callgrind_record(Store *st, const Cell *c, int exec, char **argv, const RunResult *res,
                            const CgResult *cg)
{
    Rec r;
    rec_open(&r);
    fputs("{\"type\":\"callgrind\",", r.f);
    cell_fields(r.f, c, exec);
    RunStatus status = res->status;
    int iterations = adapt_protocol_iterations(res);
    if (status == RUN_OK && iterations == 0) status = RUN_FAILED;   /* ran but reported nothing */
    fprintf(r.f, ",\"status\":\"%s\",\"exit_code\":%d,\"signal\":", run_status_name(status), res->exit_code);
    if (res->signal) fprintf(r.f, "%d", res->signal); else fputs("null", r.f);
    fprintf(r.f, ",\"wall_ns\":%llu,\"iterations\":%d,\"tool\":", (unsigned long long)res->wall_ns, iterations);
    json_write_string(r.f, cg && cg->tool[0] ? cg->tool : "callgrind");
    /* Counts only from a clean execution: a failed one stopped at an unknown point. */
    bool counts = status == RUN_OK && cg && cg->ok;
    CgResult none;
    if (!counts) {
        memset(&none, 0, sizeof none);
        if (status != RUN_OK)
            snprintf(none.error, sizeof none.error, "the execution under callgrind %s", run_status_name(status));
        else
            snprintf(none.error, sizeof none.error, "%s", cg && cg->error[0] ? cg->error : "no callgrind profile");
    }
    const CgResult *src = counts ? cg : &none;
    fputs(",\"instructions\":", r.f);
    cg_write_counts(r.f, src, counts ? &cg->process : NULL, true);
    fputs(",\"startup\":", r.f);
    cg_write_counts(r.f, src, counts ? &cg->startup : NULL, true);
    fputs(",\"per_iteration\":", r.f);
    if (counts && cg->iter_ok) {
        fputc('[', r.f);
        for (size_t i = 0; i < cg->niter; i++) {
            if (i) fputc(',', r.f);
            cg_write_counts(r.f, cg, &cg->iter[i], true);
        }
        fputc(']', r.f);
    } else {
        fputs("null,\"per_iteration_error\":", r.f);
        json_write_string(r.f, counts ? cg->iter_error : src->error);
    }
    if (counts) fprintf(r.f, ",\"parts\":%zu,\"unbalanced\":%d", cg->parts, cg->unbalanced);
    fputs(",\"argv\":[", r.f);
    for (int i = 0; argv && argv[i]; i++) {
        if (i) fputc(',', r.f);
        json_write_string(r.f, argv[i]);
    }
    fputs("],\"stderr_tail\":", r.f);
    json_write_string(r.f, res->err_tail);
    fputc('}', r.f);
    rec_commit(&r, st);
}
