/*
 * report.c -- `tierlab-bench report RUN`: load results.jsonl, analyse it,
 * write raw.csv, summary.csv, report.md and report.tex, then the figures.
 * The pipeline is described in report.h.
 */
#include "report.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "plots.h"

const char *const rep_stat_names[REP_NSTATS] = {
#define STAT(name, unit, desc) #name,
#include "../engine/stats.def"
};

const char *const rep_phase_names[REP_NPHASES] = {
#define X(e, s) s,
    REP_PHASES(X)
#undef X
};

/* ------------------------------------------------------------------------ */
/* Small helpers                                                             */
/* ------------------------------------------------------------------------ */

static void *xrealloc(void *p, size_t n)
{
    void *r = realloc(p, n ? n : 1);
    if (!r) {
        fprintf(stderr, "tierlab-bench: out of memory\n");
        exit(2);
    }
    return r;
}

static char *xstrdup(const char *s)
{
    return strcpy(xrealloc(NULL, strlen(s) + 1), s);
}

#define GROW(arr, n, cap)                                         \
    do {                                                          \
        if ((n) == (cap)) {                                       \
            (cap) = (cap) ? 2 * (cap) : 8;                        \
            (arr) = xrealloc((arr), (cap) * sizeof *(arr));       \
        }                                                         \
    } while (0)

char *rep_fmt_time(double ns, char *buf, size_t len)
{
    if (!isfinite(ns)) snprintf(buf, len, "n/a");
    else if (fabs(ns) >= 1e9) snprintf(buf, len, "%.3g s", ns / 1e9);
    else if (fabs(ns) >= 1e6) snprintf(buf, len, "%.3g ms", ns / 1e6);
    else if (fabs(ns) >= 1e3) snprintf(buf, len, "%.3g µs", ns / 1e3);
    else snprintf(buf, len, "%.3g ns", ns);
    return buf;
}

char *rep_fmt_count(double v, char *buf, size_t len)
{
    if (!isfinite(v)) snprintf(buf, len, "n/a");
    else if (fabs(v) >= 1e9) snprintf(buf, len, "%.4g G", v / 1e9);
    else if (fabs(v) >= 1e6) snprintf(buf, len, "%.4g M", v / 1e6);
    else if (fabs(v) >= 1e4) snprintf(buf, len, "%.4g k", v / 1e3);
    else snprintf(buf, len, "%.0f", v);
    return buf;
}

uint64_t rep_seed(const char *id)
{
    uint64_t h = 1469598103934665603ULL;
    for (const unsigned char *p = (const unsigned char *)id; *p; p++) h = (h ^ *p) * 1099511628211ULL;
    return h ^ ST_SEED;
}

const char *rep_machine_id(const RepRun *run, char *buf, size_t len)
{
    const char *id = json_get_str(run->meta, "machine_id");
    if (id) {
        snprintf(buf, len, "%s", id);
        return buf;
    }
    const char *h = json_get_str(run->meta, "hostname"), *c = json_get_str(run->meta, "cpu"),
               *k = json_get_str(run->meta, "kernel");
    snprintf(buf, len, "%s|%s|%s", h ? h : "?", c ? c : "?", k ? k : "?");
    return buf;
}

static double median_of(double *v, size_t n)
{
    return n ? st_median(v, n) : NAN;
}

/* ------------------------------------------------------------------------ */
/* Loading                                                                   */
/* ------------------------------------------------------------------------ */

static int config_index(RepRun *run, const char *config)
{
    for (size_t i = 0; i < run->nconfigs; i++)
        if (strcmp(run->configs[i], config) == 0) return (int)i;
    run->configs = xrealloc(run->configs, (run->nconfigs + 1) * sizeof *run->configs);
    run->configs[run->nconfigs] = xstrdup(config);
    return (int)run->nconfigs++;
}

/* The cell with this id, created on first sight.  A cell id is
 * suite/benchmark/configuration, and only the configuration may hold '/'. */
static RepCell *cell_get(RepRun *run, const char *id, const char *suite, const char *bench, const char *config)
{
    for (size_t i = run->ncells; i-- > 0;)
        if (strcmp(run->cells[i].id, id) == 0) return &run->cells[i];
    GROW(run->cells, run->ncells, run->cap);
    RepCell *c = &run->cells[run->ncells++];
    memset(c, 0, sizeof *c);
    c->id = xstrdup(id);
    const char *s1 = strchr(id, '/'), *s2 = s1 ? strchr(s1 + 1, '/') : NULL;
    if (suite) c->suite = xstrdup(suite);
    else c->suite = s1 ? strndup(id, (size_t)(s1 - id)) : xstrdup(id);
    if (bench) c->bench = xstrdup(bench);
    else c->bench = s2 ? strndup(s1 + 1, (size_t)(s2 - s1 - 1)) : xstrdup("");
    c->config = xstrdup(config ? config : s2 ? s2 + 1 : "");
    c->executor = xstrdup("");
    c->config_idx = config_index(run, c->config);
    c->heap_bytes = c->min_heap_bytes = NAN;
    return c;
}

/* The execution being assembled: an execution record closes it. */
static RepExec *exec_get(RepCell *c, int exec)
{
    for (size_t i = 0; i < c->nex; i++)
        if (c->ex[i].exec == exec) return &c->ex[i];
    GROW(c->ex, c->nex, c->cap);
    RepExec *e = &c->ex[c->nex++];
    memset(e, 0, sizeof *e);
    e->exec = exec;
    e->wall_ns = e->startup_ns = NAN;
    e->heap_bytes = e->min_heap_bytes = NAN;
    return e;
}

static bool cell_fields(RepRun *run, const JsonValue *r, RepCell **cell, int *exec)
{
    const char *id = json_get_str(r, "cell");
    int64_t ex;
    if (!id || !json_get_i64(r, "exec", &ex)) return false;
    *cell = cell_get(run, id, json_get_str(r, "suite"), json_get_str(r, "benchmark"), json_get_str(r, "config"));
    const char *executor = json_get_str(r, "executor");
    if (executor && !(*cell)->executor[0]) {
        free((*cell)->executor);
        (*cell)->executor = xstrdup(executor);
    }
    *exec = (int)ex;
    return true;
}

static double num_or_nan(const JsonValue *r, const char *key)
{
    double v;
    return json_get_num(r, key, &v) ? v : NAN;
}

/* Index of a counter name; -1 once REP_MAX_COUNTERS names are taken. */
static int counter_index(RepRun *run, const char *name)
{
    for (size_t i = 0; i < run->ncounters; i++)
        if (strcmp(run->counters[i], name) == 0) return (int)i;
    if (run->ncounters == REP_MAX_COUNTERS) return -1;
    run->counters[run->ncounters] = xstrdup(name);
    return (int)run->ncounters++;
}

static void load_iteration(RepRun *run, const JsonValue *r)
{
    RepCell *c;
    int exn;
    if (!cell_fields(run, r, &c, &exn)) return;
    RepExec *e = exec_get(c, exn);
    if (e->status[0]) return;   /* already closed: a stray duplicate */
    int64_t i = (int64_t)e->n;
    json_get_i64(r, "i", &i);
    /* A restarted attempt (resume after a kill) starts again at 0: keep only
     * the attempt that the exec record will close. */
    if (e->n > 0 && i <= e->it[e->n - 1].i) e->n = 0;
    GROW(e->it, e->n, e->cap);
    RepIter *it = &e->it[e->n++];
    memset(it, 0, sizeof *it);
    it->i = (int)i;
    it->wall = num_or_nan(r, "wall_ns");
    it->cpu = num_or_nan(r, "cpu_ns");
    for (int k = 0; k < REP_MAX_COUNTERS; k++) it->ctr[k] = NAN;
    const JsonValue *ctr = json_get(r, "counters");
    for (size_t k = 0; ctr && ctr->type == JSON_OBJECT && k < ctr->len; k++) {
        int idx = counter_index(run, ctr->keys[k]);
        double v;
        if (idx >= 0 && json_get_num(ctr->items[k], "value", &v)) it->ctr[idx] = v;
    }
    const JsonValue *st = json_get(r, "stats");
    for (int k = 0; k < REP_NSTATS; k++) {
        double v;
        if (st && json_get_num(st, rep_stat_names[k], &v)) {
            it->stat[k] = v;
            it->has |= 1ULL << k;
        } else {
            it->stat[k] = NAN;
        }
    }
}

static void load_exec(RepRun *run, const JsonValue *r)
{
    RepCell *c;
    int exn;
    if (!cell_fields(run, r, &c, &exn)) return;
    RepExec *e = exec_get(c, exn);
    const char *status = json_get_str(r, "status");
    snprintf(e->status, sizeof e->status, "%s", status && status[0] ? status : "failed");
    int64_t v = 0;
    e->exit_code = json_get_i64(r, "exit_code", &v) ? (int)v : 0;
    e->signal = json_get_i64(r, "signal", &v) ? (int)v : 0;
    e->wall_ns = num_or_nan(r, "wall_ns");
    e->startup_ns = num_or_nan(r, "startup_ns");
    e->heap_bytes = num_or_nan(r, "heap_bytes");
    e->min_heap_bytes = num_or_nan(r, "min_heap_bytes");
    if (!isfinite(c->heap_bytes) && isfinite(e->heap_bytes)) {
        c->heap_bytes = e->heap_bytes;
        c->min_heap_bytes = e->min_heap_bytes;
    }
    const char *tail = json_get_str(r, "stderr_tail");
    e->stderr_tail = xstrdup(tail ? tail : "");
    const JsonValue *p = json_get(r, "gc_pauses_ns");
    if (p && p->type == JSON_ARRAY && p->len && !e->npauses) {
        e->pauses = xrealloc(e->pauses, p->len * sizeof *e->pauses);
        for (size_t k = 0; k < p->len; k++)
            if (p->items[k]->type == JSON_NUMBER) e->pauses[e->npauses++] = p->items[k]->num;
    }
}

/* A protocol "end" record stored on its own (cell, exec, gc_pauses_ns):
 * the pauses, when the exec record did not carry them. */
static void load_end(RepRun *run, const JsonValue *r)
{
    RepCell *c;
    int exn;
    if (!cell_fields(run, r, &c, &exn)) return;
    RepExec *e = exec_get(c, exn);
    const JsonValue *p = json_get(r, "gc_pauses_ns");
    if (e->npauses || !p || p->type != JSON_ARRAY || !p->len) return;
    e->pauses = xrealloc(e->pauses, p->len * sizeof *e->pauses);
    for (size_t k = 0; k < p->len; k++)
        if (p->items[k]->type == JSON_NUMBER) e->pauses[e->npauses++] = p->items[k]->num;
}

/* {"total":{"value":N,...},"parse":{...},...} -> out[REP_CG_N] (NAN when null). */
static void cg_counts(const JsonValue *obj, double *out)
{
    for (int k = 0; k < REP_CG_N; k++) {
        const char *name = k == REP_CG_TOTAL ? "total" : k == REP_CG_ENGINE ? "engine" : cg_phase_names[k];
        double v;
        const JsonValue *o = json_get(obj, name);
        out[k] = o && json_get_num(o, "value", &v) ? v : NAN;
    }
    if (!isfinite(out[REP_CG_ENGINE]) && !json_get(obj, "engine"))   /* records written before "engine" */
        out[REP_CG_ENGINE] = out[REP_CG_TOTAL] - out[CG_OTHER];
}

static void load_callgrind(RepRun *run, const JsonValue *r)
{
    RepCell *c;
    int exn;
    if (!cell_fields(run, r, &c, &exn)) return;
    RepCg *g = NULL;
    for (size_t i = 0; i < c->ncg && !g; i++)
        if (c->cg[i].exec == exn) g = &c->cg[i];   /* a repeated execution: the last record wins */
    if (g) {
        free(g->iter), free(g->error);
    } else {
        GROW(c->cg, c->ncg, c->capcg);
        g = &c->cg[c->ncg++];
    }
    memset(g, 0, sizeof *g);
    g->exec = exn;
    const char *status = json_get_str(r, "status");
    snprintf(g->status, sizeof g->status, "%s", status ? status : "failed");
    cg_counts(json_get(r, "instructions"), g->process);
    cg_counts(json_get(r, "startup"), g->startup);
    const JsonValue *it = json_get(r, "per_iteration");
    if (it && it->type == JSON_ARRAY && it->len) {
        g->iter = xrealloc(NULL, it->len * sizeof *g->iter);
        g->niter = it->len;
        for (size_t i = 0; i < it->len; i++) cg_counts(it->items[i], g->iter[i]);
    }
    const JsonValue *total = json_get(json_get(r, "instructions"), "total");
    const char *err = total ? json_get_str(total, "error") : NULL;
    if (!err) err = json_get_str(r, "per_iteration_error");
    if (err) g->error = xstrdup(err);
    run->has_callgrind = true;
}

const RepCg *rep_cg_first(const RepCell *c)
{
    for (size_t i = 0; i < c->ncg; i++)
        if (strcmp(c->cg[i].status, "ok") == 0 && isfinite(c->cg[i].process[REP_CG_TOTAL])) return &c->cg[i];
    return NULL;
}

/* Pre-register the cells of the resolved experiment, in matrix order, so a
 * cell that never ran still shows up (and the baseline is the first
 * configuration of the file). */
static void load_header_cells(RepRun *run)
{
    const JsonValue *cells = json_get(run->experiment, "cells");
    if (!cells || cells->type != JSON_ARRAY) return;
    for (size_t i = 0; i < cells->len; i++) {
        const char *id = json_get_str(cells->items[i], "id");
        if (!id) continue;
        RepCell *c = cell_get(run, id, NULL, NULL, NULL);
        double hf;
        if (json_get_num(cells->items[i], "heap_factor", &hf)) c->heap_factor = hf;
    }
}

bool rep_load(RepRun *run, const char *run_dir, char *err, size_t errlen)
{
    memset(run, 0, sizeof *run);
    run->dir = xstrdup(run_dir);
    run->baseline = -1;
    char path[4096];
    snprintf(path, sizeof path, "%s/results.jsonl", run_dir);
    FILE *f = fopen(path, "r");
    if (!f) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        return false;
    }
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    while ((len = getline(&line, &cap, f)) > 0) {
        while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r')) line[--len] = 0;
        if (len == 0) continue;
        JsonDoc d;
        if (!json_parse(&d, line, (size_t)len) || !d.root || d.root->type != JSON_OBJECT) {
            json_doc_free(&d);
            run->bad_lines++;
            continue;
        }
        const char *type = json_get_str(d.root, "type");
        if (type && strcmp(type, "header") == 0 && !run->header.root) {
            run->header = d;
            run->meta = json_get(d.root, "meta");
            run->experiment = json_get(d.root, "experiment");
            load_header_cells(run);
            continue;   /* keep this document */
        }
        if (!type) {
            /* not a record of ours */
        } else if (strcmp(type, "iteration") == 0) {
            load_iteration(run, d.root);
        } else if (strcmp(type, "exec") == 0) {
            load_exec(run, d.root);
        } else if (strcmp(type, "end") == 0) {
            load_end(run, d.root);
        } else if (strcmp(type, "callgrind") == 0) {
            load_callgrind(run, d.root);
        } else if (strcmp(type, "note") == 0) {
            char *buf = NULL;
            size_t blen = 0;
            FILE *m = open_memstream(&buf, &blen);
            json_write_value(m, d.root);
            fclose(m);
            run->notes = xrealloc(run->notes, (run->nnotes + 1) * sizeof *run->notes);
            run->notes[run->nnotes++] = buf;
        }
        json_doc_free(&d);
    }
    free(line);
    fclose(f);

    /* Drop executions that never got their exec record (interrupted). */
    for (size_t i = 0; i < run->ncells; i++) {
        RepCell *c = &run->cells[i];
        size_t k = 0;
        for (size_t j = 0; j < c->nex; j++) {
            if (c->ex[j].status[0]) c->ex[k++] = c->ex[j];
            else free(c->ex[j].it);
        }
        c->nex = k;
        if (c->heap_factor > 0) run->has_heap_axis = true;
    }
    return true;
}

void rep_free(RepRun *run)
{
    for (size_t i = 0; i < run->ncells; i++) {
        RepCell *c = &run->cells[i];
        for (size_t j = 0; j < c->nex; j++) {
            RepExec *e = &c->ex[j];
            free(e->it), free(e->pauses), free(e->stderr_tail), free(e->steady);
            st_warmup_free(&e->warm);
        }
        for (size_t j = 0; j < c->ncg; j++) free(c->cg[j].iter), free(c->cg[j].error);
        free(c->cg);
        free(c->ex), free(c->id), free(c->suite), free(c->bench), free(c->config), free(c->executor);
        free(c->speedup_draws);
    }
    free(run->cells);
    for (size_t i = 0; i < run->nconfigs; i++) free(run->configs[i]);
    free(run->configs);
    for (size_t i = 0; i < run->ncounters; i++) free(run->counters[i]);
    for (size_t i = 0; i < run->nnotes; i++) free(run->notes[i]);
    free(run->notes);
    free(run->geomean), free(run->geomean_n);
    json_doc_free(&run->header);
    free(run->dir);
    memset(run, 0, sizeof *run);
}

/* ------------------------------------------------------------------------ */
/* Analysis                                                                  */
/* ------------------------------------------------------------------------ */

static int cmp_iter(const void *a, const void *b)
{
    const RepIter *x = a, *y = b;
    return (x->i > y->i) - (x->i < y->i);
}

static void analyse_exec(RepExec *e)
{
    qsort(e->it, e->n, sizeof *e->it, cmp_iter);
    double *w = xrealloc(NULL, (e->n + 1) * sizeof *w);
    bool *out = xrealloc(NULL, (e->n + 1) * sizeof *out);
    for (size_t i = 0; i < e->n; i++) w[i] = e->it[i].wall;
    st_warmup(w, e->n, NULL, &e->warm);
    /* Outliers are judged within each changepoint segment: a slow warmup
     * iteration is a level of its own, not an outlier of the steady state. */
    for (size_t k = 0; e->warm.segs && k <= e->warm.ncps; k++) {
        const StSegment *sg = &e->warm.segs[k];
        st_mark_outliers(w + sg->start, sg->end - sg->start, ST_OUTLIER_K, out + sg->start);
    }
    for (size_t i = 0; i < e->n; i++) e->it[i].outlier = out[i];
    free(out);
    /* Steady state: the final segment; without one, the second half. */
    e->steady_from = e->warm.cls == ST_NO_STEADY ? e->n / 2 : e->warm.steady_start;
    e->nsteady = e->n - e->steady_from;
    e->steady = xrealloc(NULL, (e->nsteady + 1) * sizeof *e->steady);
    memcpy(e->steady, w + e->steady_from, e->nsteady * sizeof *w);
    free(w);
    for (size_t i = 0; i < e->n; i++) {
        const RepIter *it = &e->it[i];
        e->wall_sum += it->wall;
        e->has |= it->has;
        for (int k = 0; k < REP_NSTATS; k++)
            if (it->has & (1ULL << k)) e->sum[k] += it->stat[k];
    }
    e->analysed = true;
}

#define HAS(e, s) (((e)->has >> (s)) & 1)

void rep_sample(const RepCell *c, RepSample *cs)
{
    cs->x = xrealloc(NULL, (c->nex + 1) * sizeof *cs->x);
    cs->n = xrealloc(NULL, (c->nex + 1) * sizeof *cs->n);
    size_t k = 0;
    for (size_t j = 0; j < c->nex; j++) {
        const RepExec *e = &c->ex[j];
        if (!e->analysed) continue;
        cs->x[k] = e->steady;
        cs->n[k++] = e->nsteady;
    }
    cs->s = (StSample){(const double *const *)cs->x, cs->n, k};
}

void rep_sample_free(RepSample *cs)
{
    free(cs->x), free(cs->n);
}

/* Per counter: the median over a cell's analysed executions of the mean
 * value over their steady iterations (executions without a value skipped). */
static void cell_counters(RepCell *c, size_t ncounters)
{
    double *v = xrealloc(NULL, (c->nex + 1) * sizeof *v);
    for (size_t k = 0; k < REP_MAX_COUNTERS; k++) {
        c->ctr_steady[k] = NAN;
        if (k >= ncounters) continue;
        size_t n = 0;
        for (size_t j = 0; j < c->nex; j++) {
            const RepExec *e = &c->ex[j];
            if (!e->analysed) continue;
            double sum = 0;
            size_t m = 0;
            for (size_t i = e->steady_from; i < e->n; i++)
                if (isfinite(e->it[i].ctr[k])) sum += e->it[i].ctr[k], m++;
            if (m) v[n++] = sum / (double)m;
        }
        c->ctr_steady[k] = median_of(v, n);
    }
    free(v);
}

static void analyse_cell(RepCell *c, int resamples)
{
    size_t m = c->nex + 1, nok = 0, ncls = 0;
    double *first = xrealloc(NULL, m * sizeof(double)), *steady = xrealloc(NULL, m * sizeof(double));
    double *compile = xrealloc(NULL, m * sizeof(double)), *gc = xrealloc(NULL, m * sizeof(double));
    double *gcn = xrealloc(NULL, m * sizeof(double)), *startup = xrealloc(NULL, m * sizeof(double));
    size_t ncompile = 0, ngc = 0, nstartup = 0;
    StClass *cls = xrealloc(NULL, m * sizeof *cls);
    double phase_sum[REP_NPHASES] = {0}, wall_iter = 0, gc_iter = 0;
    size_t nphase = 0, niter_gc = 0;
    c->pause_max_ns = NAN;

    for (size_t j = 0; j < c->nex; j++) {
        RepExec *e = &c->ex[j];
        if (strcmp(e->status, "ok") != 0) {
            c->failed++;
            continue;
        }
        c->ok++;
        if (isfinite(e->startup_ns)) startup[nstartup++] = e->startup_ns;
        if (e->n == 0) continue;
        analyse_exec(e);
        c->niter += e->n;
        for (size_t i = 0; i < e->n; i++) c->outliers += e->it[i].outlier;
        first[nok] = e->it[0].wall;
        steady[nok++] = e->warm.steady_mean;
        if (e->n >= ST_MIN_CLASSIFY) cls[ncls++] = e->warm.cls;
        wall_iter += e->wall_sum;
        if (HAS(e, RS_compile_ns) || HAS(e, RS_baseline_compile_ns) || HAS(e, RS_opt_compile_ns))
            compile[ncompile++] = e->sum[RS_compile_ns] + e->sum[RS_baseline_compile_ns] + e->sum[RS_opt_compile_ns];
        if (HAS(e, RS_gc_ns)) {
            gc[ngc] = e->sum[RS_gc_ns];
            gcn[ngc++] = e->sum[RS_gc_count];
            gc_iter += e->sum[RS_gc_ns];
            niter_gc += e->n;
        }
        for (size_t i = 0; i < e->n; i++) {   /* NAN max = none reported yet */
            double p = e->it[i].stat[RS_gc_pause_max_ns];
            if (isfinite(p) && !(p <= c->pause_max_ns)) c->pause_max_ns = p;
        }
        if (HAS(e, RS_parse_ns) || HAS(e, RS_compile_ns) || HAS(e, RS_gc_ns)) {
            double ph[REP_NPHASES] = {
                [REP_PH_PARSE] = e->sum[RS_parse_ns],
                [REP_PH_BYTECODE] = e->sum[RS_compile_ns],
                [REP_PH_BASELINE] = e->sum[RS_baseline_compile_ns],
                [REP_PH_OPT] = e->sum[RS_opt_compile_ns],
                [REP_PH_GC] = e->sum[RS_gc_ns],
            };
            double rest = e->wall_sum;
            for (int k = 0; k < REP_PH_EXECUTE; k++) rest -= ph[k];
            ph[REP_PH_EXECUTE] = rest > 0 ? rest : 0;
            for (int k = 0; k < REP_NPHASES; k++) phase_sum[k] += ph[k];
            nphase++;
        }
    }
    size_t niter_all = c->niter ? c->niter : 1;
    c->iter_wall_mean = c->niter ? wall_iter / (double)niter_all : NAN;
    c->iter_gc_mean = niter_gc ? gc_iter / (double)niter_gc : NAN;
    c->first_iter = median_of(first, nok);
    c->steady_median = median_of(steady, nok);
    c->compile_ns = median_of(compile, ncompile);
    c->gc_ns = median_of(gc, ngc);
    c->gc_count = median_of(gcn, ngc);
    c->startup_ns = median_of(startup, nstartup);
    for (int k = 0; k < REP_NPHASES; k++) c->phase[k] = nphase ? phase_sum[k] / (double)nphase : NAN;
    c->cons = st_consistency(cls, ncls);
    st_consistency_str(&c->cons, c->warmup, sizeof c->warmup);
    if (ncls == 0 && nok > 0) snprintf(c->warmup, sizeof c->warmup, "n/a (< %d iterations)", ST_MIN_CLASSIFY);

    RepSample cs;
    rep_sample(c, &cs);
    c->steady = st_bootstrap_mean(&cs.s, resamples, rep_seed(c->id));
    rep_sample_free(&cs);
    c->speedup = (StInterval){NAN, NAN, NAN, false};
    free(first), free(steady), free(compile), free(gc), free(gcn), free(startup), free(cls);
}

static RepCell *find_cell(RepRun *run, const char *suite, const char *bench, int config_idx)
{
    for (size_t i = 0; i < run->ncells; i++) {
        RepCell *c = &run->cells[i];
        if (c->config_idx == config_idx && strcmp(c->suite, suite) == 0 && strcmp(c->bench, bench) == 0) return c;
    }
    return NULL;
}

bool rep_analyse(RepRun *run, const RepOptions *opts, char *err, size_t errlen)
{
    run->resamples = opts && opts->resamples > 0 ? opts->resamples : ST_RESAMPLES;
    run->baseline = run->nconfigs ? 0 : -1;
    if (opts && opts->baseline) {
        run->baseline = -1;
        for (size_t i = 0; i < run->nconfigs; i++)
            if (strcmp(run->configs[i], opts->baseline) == 0) run->baseline = (int)i;
        if (run->baseline < 0) {
            snprintf(err, errlen, "baseline configuration '%s' is not in this run", opts->baseline);
            return false;
        }
    }
    for (size_t i = 0; i < run->ncells; i++) {
        analyse_cell(&run->cells[i], run->resamples);
        cell_counters(&run->cells[i], run->ncounters);
    }

    /* Speedups against the baseline cell of the same benchmark. */
    run->geomean = xrealloc(NULL, (run->nconfigs + 1) * sizeof *run->geomean);
    run->geomean_n = xrealloc(NULL, (run->nconfigs + 1) * sizeof *run->geomean_n);
    for (size_t k = 0; k < run->nconfigs; k++) {
        run->geomean[k] = (StInterval){NAN, NAN, NAN, false};
        run->geomean_n[k] = 0;
    }
    if (run->baseline < 0) return true;
    for (size_t i = 0; i < run->ncells; i++) {
        RepCell *c = &run->cells[i];
        RepCell *b = find_cell(run, c->suite, c->bench, run->baseline);
        if (!b || !c->steady.valid || !b->steady.valid) continue;
        if (c == b) {   /* exactly 1 by definition; no interval against itself */
            c->speedup = (StInterval){1, NAN, NAN, true};
            continue;
        }
        RepSample cs, bs;
        rep_sample(c, &cs);
        rep_sample(b, &bs);
        c->speedup_draws = xrealloc(NULL, (size_t)run->resamples * sizeof(double));
        c->speedup = st_bootstrap_ratio(&cs.s, &bs.s, run->resamples, rep_seed(c->id) ^ 0x5bd1e995, c->speedup_draws);
        rep_sample_free(&cs);
        rep_sample_free(&bs);
    }
    for (size_t k = 0; k < run->nconfigs; k++) {
        if ((int)k == run->baseline) continue;
        double *est = xrealloc(NULL, (run->ncells + 1) * sizeof *est);
        const double **draws = xrealloc(NULL, (run->ncells + 1) * sizeof *draws);
        size_t nb = 0;
        for (size_t i = 0; i < run->ncells; i++) {
            RepCell *c = &run->cells[i];
            if (c->config_idx != (int)k || !c->speedup.valid || !c->speedup_draws) continue;
            est[nb] = c->speedup.est;
            draws[nb++] = c->speedup_draws;
        }
        if (nb) run->geomean[k] = st_geomean_interval(est, (const double *const *)draws, nb, run->resamples);
        run->geomean_n[k] = nb;
        free(est), free(draws);
    }
    return true;
}

/* ------------------------------------------------------------------------ */
/* CSV                                                                       */
/* ------------------------------------------------------------------------ */

static void csv_str(FILE *f, const char *s)
{
    if (!strpbrk(s, ",\"\n\r")) {
        fputs(s, f);
        return;
    }
    fputc('"', f);
    for (; *s; s++) {
        if (*s == '"') fputc('"', f);
        fputc(*s, f);
    }
    fputc('"', f);
}

static void csv_num(FILE *f, double v)
{
    if (isfinite(v)) fprintf(f, ",%.15g", v);
    else fputc(',', f);
}

static bool write_raw_csv(const RepRun *run, const char *path)
{
    FILE *f = fopen(path, "w");
    if (!f) return false;
    fputs("suite,benchmark,config,executor,heap_factor,exec,status,i,wall_ns,cpu_ns,steady,outlier", f);
    for (int k = 0; k < REP_NSTATS; k++) fprintf(f, ",%s", rep_stat_names[k]);
    for (size_t k = 0; k < run->ncounters; k++) fputs(",ctr_", f), csv_str(f, run->counters[k]);
    fputc('\n', f);
    for (size_t i = 0; i < run->ncells; i++) {
        const RepCell *c = &run->cells[i];
        for (size_t j = 0; j < c->nex; j++) {
            const RepExec *e = &c->ex[j];
            for (size_t t = 0; t < e->n; t++) {
                const RepIter *it = &e->it[t];
                csv_str(f, c->suite), fputc(',', f);
                csv_str(f, c->bench), fputc(',', f);
                csv_str(f, c->config), fputc(',', f);
                csv_str(f, c->executor);
                fprintf(f, ",%g,%d,%s,%d", c->heap_factor, e->exec, e->status, it->i);
                csv_num(f, it->wall);
                csv_num(f, it->cpu);
                fprintf(f, ",%d,%d", e->analysed && t >= e->steady_from, it->outlier);
                for (int k = 0; k < REP_NSTATS; k++) csv_num(f, it->has & (1ULL << k) ? it->stat[k] : NAN);
                for (size_t k = 0; k < run->ncounters; k++) csv_num(f, it->ctr[k]);
                fputc('\n', f);
            }
        }
    }
    return fclose(f) == 0;
}

static bool write_summary_csv(const RepRun *run, const char *path)
{
    FILE *f = fopen(path, "w");
    if (!f) return false;
    fputs("suite,benchmark,config,executor,heap_factor,execs_ok,execs_failed,iterations,outliers,"
          "first_iter_ns,steady_median_ns,steady_mean_ns,steady_ci_lo_ns,steady_ci_hi_ns,"
          "speedup,speedup_ci_lo,speedup_ci_hi,warmup,compile_ns,gc_ns,gc_count,gc_pause_max_ns,startup_ns,"
          "heap_bytes,min_heap_bytes",
          f);
    for (int k = 0; k < REP_NPHASES; k++) {
        fputs(",phase_", f);
        for (const char *p = rep_phase_names[k]; *p; p++) fputc(*p == ' ' ? '_' : *p, f);
        fputs("_ns", f);
    }
    for (size_t k = 0; k < run->ncounters; k++) fputs(",steady_ctr_", f), csv_str(f, run->counters[k]);
    fputc('\n', f);
    for (size_t i = 0; i < run->ncells; i++) {
        const RepCell *c = &run->cells[i];
        csv_str(f, c->suite), fputc(',', f);
        csv_str(f, c->bench), fputc(',', f);
        csv_str(f, c->config), fputc(',', f);
        csv_str(f, c->executor);
        fprintf(f, ",%g,%zu,%zu,%zu,%zu", c->heap_factor, c->ok, c->failed, c->niter, c->outliers);
        csv_num(f, c->first_iter);
        csv_num(f, c->steady_median);
        csv_num(f, c->steady.est);
        csv_num(f, c->steady.lo);
        csv_num(f, c->steady.hi);
        csv_num(f, c->speedup.est);
        csv_num(f, c->speedup.lo);
        csv_num(f, c->speedup.hi);
        fputc(',', f);
        csv_str(f, c->warmup);
        csv_num(f, c->compile_ns);
        csv_num(f, c->gc_ns);
        csv_num(f, c->gc_count);
        csv_num(f, c->pause_max_ns);
        csv_num(f, c->startup_ns);
        csv_num(f, c->heap_bytes);
        csv_num(f, c->min_heap_bytes);
        for (int k = 0; k < REP_NPHASES; k++) csv_num(f, c->phase[k]);
        for (size_t k = 0; k < run->ncounters; k++) csv_num(f, c->ctr_steady[k]);
        fputc('\n', f);
    }
    return fclose(f) == 0;
}

/* ------------------------------------------------------------------------ */
/* Markdown                                                                  */
/* ------------------------------------------------------------------------ */

/* Table cells must not contain '|' or newlines. */
static void md_text(FILE *f, const char *s)
{
    for (; *s; s++) {
        if (*s == '|') fputs("\\|", f);
        else if (*s == '\n' || *s == '\r') fputc(' ', f);
        else fputc(*s, f);
    }
}

static void md_interval(FILE *f, StInterval iv, bool time)
{
    char a[32], b[32], c[32];
    if (!iv.valid || !isfinite(iv.est)) {
        fputs("n/a", f);
        return;
    }
    if (!time && !isfinite(iv.lo)) {
        fprintf(f, "%.3f×", iv.est);
        return;
    }
    if (time) fprintf(f, "%s [%s, %s]", rep_fmt_time(iv.est, a, sizeof a), rep_fmt_time(iv.lo, b, sizeof b),
                      rep_fmt_time(iv.hi, c, sizeof c));
    else fprintf(f, "%.3f× [%.3f, %.3f]", iv.est, iv.lo, iv.hi);
}

static void md_scalar(FILE *f, const JsonValue *v)
{
    switch (v->type) {
    case JSON_NULL: fputs("null", f); break;
    case JSON_BOOL: fputs(v->boolean ? "true" : "false", f); break;
    case JSON_NUMBER:
        if (v->is_int) fprintf(f, "%lld", (long long)v->i);
        else fprintf(f, "%g", v->num);
        break;
    case JSON_STRING: md_text(f, v->str); break;
    case JSON_ARRAY:
    case JSON_OBJECT: {
        char *buf = NULL;
        size_t len = 0;
        FILE *m = open_memstream(&buf, &len);
        json_write_value(m, v);
        fclose(m);
        fputc('`', f);
        md_text(f, buf);
        fputc('`', f);
        free(buf);
        break;
    }
    }
}

static void md_machine(FILE *f, const RepRun *run)
{
    fputs("## Machine and software\n\n", f);
    if (!run->meta || run->meta->type != JSON_OBJECT) {
        fputs("No metadata: the results file has no header record.\n\n", f);
        return;
    }
    const char *virt = json_get_str(run->meta, "virtualization");
    if (virt) {
        bool vm = strcmp(virt, "none") != 0;
        fprintf(f, "**Virtual machine:** %s (`%s`)%s\n\n", vm ? "yes" : "no", virt,
                vm ? " — timings on a VM are noisier; hardware counters are usually unavailable" : "");
    }
    fputs("| key | value |\n|---|---|\n", f);
    const JsonValue *m = run->meta;
    for (size_t i = 0; i < m->len; i++) {
        if (strcmp(m->keys[i], "counters") == 0 || strcmp(m->keys[i], "executors") == 0) continue;
        fputs("| ", f);
        md_text(f, m->keys[i]);
        fputs(" | ", f);
        md_scalar(f, m->items[i]);
        fputs(" |\n", f);
    }
    fputc('\n', f);
    const JsonValue *ex = json_get(m, "executors");
    if (ex && ex->type == JSON_OBJECT && ex->len) {
        fputs("| executor | path | sha256 |\n|---|---|---|\n", f);
        for (size_t i = 0; i < ex->len; i++) {
            const char *p = json_get_str(ex->items[i], "path"), *h = json_get_str(ex->items[i], "sha256");
            fputs("| ", f);
            md_text(f, ex->keys[i]);
            fprintf(f, " | `%s` | %.16s%s |\n", p ? p : "?", h ? h : "n/a", h ? "…" : "");
        }
        fputc('\n', f);
    }
    const JsonValue *ctr = json_get(m, "counters");
    fputs("### Counters\n\n", f);
    if (!ctr || ctr->type != JSON_OBJECT || ctr->len == 0) {
        fputs("No counters were requested or none could be opened.\n\n", f);
    } else {
        fputs("| counter | source | available | reason |\n|---|---|---|---|\n", f);
        for (size_t i = 0; i < ctr->len; i++) {
            const char *src = json_get_str(ctr->items[i], "source"), *e = json_get_str(ctr->items[i], "error");
            bool ok = src && strcmp(src, "none") != 0 && !e;
            fputs("| ", f);
            md_text(f, ctr->keys[i]);
            fprintf(f, " | %s | %s | ", src ? src : "?", ok ? "yes" : "**no**");
            md_text(f, e ? e : "");
            fputs(" |\n", f);
        }
        fputs("\nValues per iteration: `raw.csv` (`ctr_*`, empty = unavailable, never 0); steady-state medians "
              "per cell: `summary.csv` (`steady_ctr_*`).\n\n",
              f);
    }
}

static void md_benchmarks(FILE *f, const RepRun *run)
{
    char a[32], b[32], c2[32], d[32], e[32];
    const char *base = run->baseline >= 0 ? run->configs[run->baseline] : NULL;
    fputs("## Benchmarks\n\n", f);
    fprintf(f, "Steady state = mean of the final PELT segment of each execution; the interval is a two-level "
               "bootstrap (%d resamples, executions then iterations). Speedup = baseline mean / mean "
               "(> 1 is faster than `%s`).\n\n",
            run->resamples, base ? base : "n/a");
    for (size_t i = 0; i < run->ncells; i++) {
        const RepCell *c = &run->cells[i];
        bool seen = false;   /* one table per (suite, benchmark), at its first cell */
        for (size_t j = 0; j < i && !seen; j++)
            seen = strcmp(run->cells[j].suite, c->suite) == 0 && strcmp(run->cells[j].bench, c->bench) == 0;
        if (seen) continue;
        fprintf(f, "### %s/%s\n\n", c->suite, c->bench);
        fputs("| configuration | execs ok/failed | first iteration | steady median | steady mean [95% CI] | "
              "speedup [95% CI] | warmup | compile | GC (collections) | startup |\n",
              f);
        fputs("|---|---|---|---|---|---|---|---|---|---|\n", f);
        for (size_t j = i; j < run->ncells; j++) {
            const RepCell *x = &run->cells[j];
            if (strcmp(x->suite, c->suite) != 0 || strcmp(x->bench, c->bench) != 0) continue;
            fputs("| ", f);
            md_text(f, x->config);
            if (x->config_idx == run->baseline) fputs(" (baseline)", f);
            fprintf(f, " | %zu/%zu | %s | %s | ", x->ok, x->failed, rep_fmt_time(x->first_iter, a, sizeof a),
                    rep_fmt_time(x->steady_median, b, sizeof b));
            md_interval(f, x->steady, true);
            fputs(" | ", f);
            md_interval(f, x->speedup, false);
            fprintf(f, " | %s | %s | %s", x->warmup, rep_fmt_time(x->compile_ns, c2, sizeof c2),
                    rep_fmt_time(x->gc_ns, d, sizeof d));
            if (isfinite(x->gc_count)) fprintf(f, " (%.0f)", x->gc_count);
            fprintf(f, " | %s |\n", rep_fmt_time(x->startup_ns, e, sizeof e));
        }
        fputc('\n', f);
    }
}

static void md_speedups(FILE *f, const RepRun *run)
{
    fputs("## Speedups (geometric mean over benchmarks)\n\n", f);
    if (run->baseline < 0) {
        fputs("No configurations, no speedups.\n\n", f);
        return;
    }
    fprintf(f, "Baseline: `%s`. Interval: percentile bootstrap of the geomean from the per-benchmark draws.\n\n",
            run->configs[run->baseline]);
    fputs("| configuration | benchmarks | geomean speedup [95% CI] | significant |\n|---|---|---|---|\n", f);
    for (size_t k = 0; k < run->nconfigs; k++) {
        StInterval g = run->geomean[k];
        fputs("| ", f);
        md_text(f, run->configs[k]);
        if ((int)k == run->baseline) {
            fputs(" (baseline) | | 1 | |\n", f);
            continue;
        }
        fprintf(f, " | %zu | ", run->geomean_n[k]);
        md_interval(f, g, false);
        const char *sig = !g.valid || (int)k == run->baseline ? "" : g.lo > 1 ? "faster" : g.hi < 1 ? "slower" : "no";
        fprintf(f, " | %s |\n", sig);
    }
    fputc('\n', f);
}

static void md_warmup(FILE *f, const RepRun *run)
{
    size_t count[ST_NCLASSES] = {0}, cons = 0, incons = 0, bad = 0;
    for (size_t i = 0; i < run->ncells; i++) {
        const RepCell *c = &run->cells[i];
        for (int k = 0; k < ST_NCLASSES; k++) count[k] += c->cons.count[k];
        if (c->cons.total == 0) continue;
        if (c->cons.consistent) cons++;
        else if (c->cons.bad) bad++;
        else incons++;
    }
    fputs("## Warmup classes\n\n", f);
    fputs("Per process execution, from PELT changepoints (normal mean/variance cost, penalty 15·log n): "
          "*flat* (no change beyond the noise band), *warmup* (the final segment is the fastest), *slowdown* "
          "(an earlier segment was faster), *no steady state* (the final segment is shorter than "
          "max(3, 5% of n) iterations).\n\n",
          f);
    fputs("| class | executions |\n|---|---|\n", f);
    for (int k = 0; k < ST_NCLASSES; k++) fprintf(f, "| %s | %zu |\n", st_class_name((StClass)k), count[k]);
    fprintf(f, "\nCells: %zu consistent, %zu inconsistent (flat/warmup mix), %zu bad inconsistent.\n\n", cons,
            incons, bad);
}

static void md_failures(FILE *f, const RepRun *run)
{
    size_t n = 0;
    for (size_t i = 0; i < run->ncells; i++) {
        const RepCell *c = &run->cells[i];
        if (c->nex == 0) n++;
        for (size_t j = 0; j < c->nex; j++) n += strcmp(c->ex[j].status, "ok") != 0;
    }
    fputs("## Failures\n\n", f);
    if (n == 0) {
        fputs("None: every execution finished and checked its result.\n\n", f);
        return;
    }
    size_t never = 0;
    for (size_t i = 0; i < run->ncells; i++) {
        const RepCell *c = &run->cells[i];
        if (c->nex == 0) fprintf(f, "- `%s`: no completed execution in this run.\n", c->id), never++;
    }
    if (never) fputc('\n', f);
    for (size_t i = 0; i < run->ncells; i++) {
        const RepCell *c = &run->cells[i];
        for (size_t j = 0; j < c->nex; j++) {
            const RepExec *e = &c->ex[j];
            if (strcmp(e->status, "ok") == 0) continue;
            fprintf(f, "### `%s` execution %d: %s", c->id, e->exec, e->status);
            if (e->signal) fprintf(f, " (signal %d)", e->signal);
            else fprintf(f, " (exit code %d)", e->exit_code);
            fprintf(f, " after %zu iterations\n\n", e->n);
            if (e->stderr_tail && e->stderr_tail[0]) {
                fputs("```\n", f);
                fputs(e->stderr_tail, f);
                if (e->stderr_tail[strlen(e->stderr_tail) - 1] != '\n') fputc('\n', f);
                fputs("```\n\n", f);
            } else {
                fputs("(no stderr output)\n\n", f);
            }
        }
    }
}

/* ------------------------------------------------------------------------ */
/* Instruction counts (callgrind records)                                    */
/* ------------------------------------------------------------------------ */

static const char *cg_column(int k)
{
    return k == REP_CG_TOTAL ? "total" : k == REP_CG_ENGINE ? "engine" : cg_phase_names[k];
}

/* Column order of tables: total, engine, then the phases. */
static int cg_order(int i)
{
    return i == 0 ? REP_CG_TOTAL : i == 1 ? REP_CG_ENGINE : i - 2;
}

static void cg_csv_row(FILE *f, const RepCell *c, const RepCg *g, const char *scope, int i, const double *v)
{
    csv_str(f, c->suite), fputc(',', f);
    csv_str(f, c->bench), fputc(',', f);
    csv_str(f, c->config), fputc(',', f);
    csv_str(f, c->executor);
    fprintf(f, ",%g,%d,%s,%s,", c->heap_factor, g->exec, g->status, scope);
    if (i >= 0) fprintf(f, "%d", i);
    for (int k = 0; k < REP_CG_N; k++) csv_num(f, v[cg_order(k)]);
    fputc('\n', f);
}

static bool write_callgrind_csv(const RepRun *run, const char *path)
{
    FILE *f = fopen(path, "w");
    if (!f) return false;
    fputs("suite,benchmark,config,executor,heap_factor,exec,status,scope,i", f);
    for (int k = 0; k < REP_CG_N; k++) fprintf(f, ",%s", cg_column(cg_order(k)));
    fputc('\n', f);
    for (size_t i = 0; i < run->ncells; i++) {
        const RepCell *c = &run->cells[i];
        for (size_t j = 0; j < c->ncg; j++) {
            const RepCg *g = &c->cg[j];
            cg_csv_row(f, c, g, "process", -1, g->process);
            cg_csv_row(f, c, g, "startup", -1, g->startup);
            for (size_t t = 0; t < g->niter; t++) cg_csv_row(f, c, g, "iteration", (int)t, g->iter[t]);
        }
    }
    return fclose(f) == 0;
}

/* Do the executions of a cell agree on every engine phase?  *spread: the
 * largest relative difference of the engine total. */
static size_t cg_repeats(const RepCell *c, bool *same, double *spread)
{
    const RepCg *a = rep_cg_first(c);
    size_t n = 0;
    *same = true;
    *spread = 0;
    for (size_t j = 0; a && j < c->ncg; j++) {
        const RepCg *b = &c->cg[j];
        if (strcmp(b->status, "ok") != 0 || !isfinite(b->process[REP_CG_TOTAL])) continue;
        n++;
        for (int k = 0; k < REP_CG_N; k++) {
            if (k == CG_OTHER || k == REP_CG_TOTAL) continue;   /* protocol records print timings */
            bool fa = isfinite(a->process[k]), fb = isfinite(b->process[k]);
            if (fa != fb || (fa && a->process[k] != b->process[k])) *same = false;
        }
        double ea = a->process[REP_CG_ENGINE], eb = b->process[REP_CG_ENGINE];
        if (isfinite(ea) && isfinite(eb) && ea > 0) *spread = fmax(*spread, fabs(eb - ea) / ea);
    }
    return n;
}

static void md_callgrind(FILE *f, const RepRun *run)
{
    if (!run->has_callgrind) return;
    char buf[32];
    fputs("## Instruction counts (callgrind)\n\n", f);
    fputs("Executions under valgrind's callgrind (not timed; `--deterministic`): instructions per phase over the "
          "whole process, from profile dumps at the entry and exit of the engine's phase functions "
          "(`harness/callgrind.def`). *engine* = total − *other* (process start, flag parsing, the bench "
          "protocol's own records, exit). *iterations*: the first and last in-process iteration. *repeatable*: "
          "every engine phase identical across the executions. All values in `callgrind.csv`.\n\n",
          f);
    fputs("| benchmark | configuration", f);
    for (int k = 0; k < REP_CG_N; k++) fprintf(f, " | %s", cg_column(cg_order(k)));
    fputs(" | iterations first → last | repeatable |\n|---|---", f);
    for (int k = 0; k < REP_CG_N + 2; k++) fputs("|---", f);
    fputs("|\n", f);
    for (size_t i = 0; i < run->ncells; i++) {
        const RepCell *c = &run->cells[i];
        if (c->ncg == 0) continue;
        const RepCg *g = rep_cg_first(c);
        fputs("| ", f);
        md_text(f, c->suite), fputc('/', f), md_text(f, c->bench);
        fputs(" | ", f);
        md_text(f, c->config);
        if (!g) {
            fputs(" | ", f);
            const RepCg *bad = &c->cg[0];
            fprintf(f, "**%s**: ", bad->status);
            md_text(f, bad->error ? bad->error : "no counts");
            for (int k = 1; k < REP_CG_N + 2; k++) fputs(" |", f);
            fputs(" |\n", f);
            continue;
        }
        for (int k = 0; k < REP_CG_N; k++) fprintf(f, " | %s", rep_fmt_count(g->process[cg_order(k)], buf, sizeof buf));
        if (g->niter) {
            fprintf(f, " | %s", rep_fmt_count(g->iter[0][REP_CG_ENGINE], buf, sizeof buf));
            fprintf(f, " → %s", rep_fmt_count(g->iter[g->niter - 1][REP_CG_ENGINE], buf, sizeof buf));
        } else {
            fputs(" | n/a", f);
        }
        bool same;
        double spread;
        size_t n = cg_repeats(c, &same, &spread);
        if (n < 2) fputs(" | 1 run |\n", f);
        else if (same) fprintf(f, " | yes (%zu runs) |\n", n);
        else fprintf(f, " | **no** (engine ±%.2g%%) |\n", 100 * spread);
    }
    fputc('\n', f);
    for (size_t i = 0; i < run->ncells; i++) {
        const RepCell *c = &run->cells[i];
        const RepCg *g = rep_cg_first(c);
        if (g && g->error) {
            fprintf(f, "- `%s`: ", c->id);
            md_text(f, g->error);
            fputc('\n', f);
        }
    }
    fputc('\n', f);
}

static char *fmt_bytes(double b, char *buf, size_t len)
{
    if (!isfinite(b)) snprintf(buf, len, "n/a");
    else if (b >= 1 << 30) snprintf(buf, len, "%.3g GiB", b / (1 << 30));
    else if (b >= 1 << 20) snprintf(buf, len, "%.3g MiB", b / (1 << 20));
    else snprintf(buf, len, "%.3g KiB", b / (1 << 10));
    return buf;
}

/* The minimum heaps the run found (min_heap notes, heapmin.h) and the heap
 * each heap-factor cell ran with. */
static void md_min_heaps(FILE *f, const RepRun *run)
{
    size_t n = 0;
    for (size_t i = 0; i < run->nnotes; i++) n += strstr(run->notes[i], "\"kind\":\"min_heap\"") != NULL;
    if (n == 0 && !run->has_heap_axis) return;
    char a[32], b[32];
    fputs("## Minimum heaps\n\n", f);
    fputs("Heap-factor cells run with `--heap` = `--max-heap` = factor × the minimum heap of their benchmark under "
          "their GC plan (the plan's flags without the tier flags), found once per (benchmark, plan, iterations, "
          "engine binary) by `tierlab --find-min-heap` running the bench protocol (or by the harness's own "
          "bisection for an engine without that flag) and cached in `results.jsonl`.\n\n",
          f);
    if (n) {
        fputs("| benchmark | plan | iterations | minimum heap | found by | search time |\n|---|---|---|---|---|---|\n", f);
        for (size_t i = 0; i < run->nnotes; i++) {
            JsonDoc d;
            if (!strstr(run->notes[i], "\"kind\":\"min_heap\"") ||
                !json_parse(&d, run->notes[i], strlen(run->notes[i])))
                continue;
            const char *bench = json_get_str(d.root, "benchmark"), *plan = json_get_str(d.root, "plan");
            const char *src = json_get_str(d.root, "source"), *err = json_get_str(d.root, "error");
            double bytes = NAN, secs = NAN, iters = NAN;
            json_get_num(d.root, "bytes", &bytes);
            json_get_num(d.root, "seconds", &secs);
            json_get_num(d.root, "iterations", &iters);
            fputs("| ", f);
            md_text(f, bench ? bench : json_get_str(d.root, "key") ? json_get_str(d.root, "key") : "?");
            fputs(" | ", f);
            md_text(f, plan ? plan : "?");
            if (isfinite(iters)) fprintf(f, " | %.0f | ", iters);
            else fputs(" | ? | ", f);
            if (bytes > 0) fprintf(f, "%s (%.0f bytes)", fmt_bytes(bytes, a, sizeof a), bytes);
            else fputs("**none**: ", f), md_text(f, err ? err : "the search failed");
            fputs(" | ", f);
            md_text(f, src ? src : "?");
            fprintf(f, " | %s |\n", isfinite(secs) ? rep_fmt_time(secs * 1e9, b, sizeof b) : "?");
            json_doc_free(&d);
        }
        fputc('\n', f);
    }
    if (run->has_heap_axis) {
        fputs("| cell | heap factor | heap | minimum |\n|---|---|---|---|\n", f);
        for (size_t i = 0; i < run->ncells; i++) {
            const RepCell *c = &run->cells[i];
            if (c->heap_factor <= 0) continue;
            fputs("| ", f);
            md_text(f, c->id);
            fprintf(f, " | %g× | %s | %s |\n", c->heap_factor, fmt_bytes(c->heap_bytes, a, sizeof a),
                    fmt_bytes(c->min_heap_bytes, b, sizeof b));
        }
        fputc('\n', f);
    }
}

static bool write_report_md(const RepRun *run, const char *path, const char *figures_md)
{
    FILE *f = fopen(path, "w");
    if (!f) return false;
    const char *name = json_get_str(run->experiment, "name");
    const char *rid = run->header.root ? json_get_str(run->header.root, "run_id") : NULL;
    const char *started = run->header.root ? json_get_str(run->header.root, "started") : NULL;
    fprintf(f, "# Benchmark report: %s\n\n", name ? name : run->dir);
    fprintf(f, "- run: `%s`\n- run id: `%s`\n- started: %s\n- cells: %zu, configurations: %zu\n", run->dir,
            rid ? rid : "n/a", started ? started : "n/a", run->ncells, run->nconfigs);
    if (run->bad_lines) fprintf(f, "- %zu unreadable line(s) skipped (a torn last line?)\n", run->bad_lines);
    fprintf(f, "- files: `raw.csv` (one row per iteration), `summary.csv` (one row per cell), %s`report.tex`, "
               "`figures/` (each figure with its editable `.gp` and `.dat`)\n\n",
            run->has_callgrind ? "`callgrind.csv` (instruction counts per phase), " : "");
    md_machine(f, run);
    md_speedups(f, run);
    md_benchmarks(f, run);
    md_warmup(f, run);
    md_min_heaps(f, run);
    md_callgrind(f, run);
    fputs("## Figures\n\nHow to read each figure: docs/experiments.md.\n\n", f);
    fputs(figures_md ? figures_md : "Figures were not generated (--no-plots).\n", f);
    fputc('\n', f);
    md_failures(f, run);
    size_t other = 0;
    for (size_t i = 0; i < run->nnotes; i++) other += !strstr(run->notes[i], "\"kind\":\"min_heap\"");
    if (other) {
        fputs("## Notes\n\n", f);
        for (size_t i = 0; i < run->nnotes; i++)
            if (!strstr(run->notes[i], "\"kind\":\"min_heap\"")) fprintf(f, "- `%s`\n", run->notes[i]);
        fputc('\n', f);
    }
    return fclose(f) == 0;
}

/* ------------------------------------------------------------------------ */
/* LaTeX (booktabs)                                                          */
/* ------------------------------------------------------------------------ */

static void tex_text(FILE *f, const char *s)
{
    for (; *s; s++) {
        switch (*s) {
        case '_': case '%': case '&': case '#': case '$': case '{': case '}':
            fputc('\\', f), fputc(*s, f);
            break;
        case '~': fputs("\\textasciitilde{}", f); break;
        case '^': fputs("\\textasciicircum{}", f); break;
        case '\\': fputs("\\textbackslash{}", f); break;
        default: fputc(*s, f);
        }
    }
}

static void tex_ms(FILE *f, double ns)
{
    if (isfinite(ns)) fprintf(f, "%.3f", ns / 1e6);
    else fputs("--", f);
}

static bool write_report_tex(const RepRun *run, const char *path)
{
    FILE *f = fopen(path, "w");
    if (!f) return false;
    fputs("% Generated by tierlab-bench report; needs \\usepackage{booktabs}.\n", f);
    for (size_t i = 0; i < run->ncells; i++) {
        const RepCell *c = &run->cells[i];
        bool seen = false;   /* one table per suite */
        for (size_t j = 0; j < i && !seen; j++) seen = strcmp(run->cells[j].suite, c->suite) == 0;
        if (seen) continue;
        fputs("\\begin{table}[t]\n\\centering\n\\small\n\\begin{tabular}{llrrrl}\n\\toprule\n", f);
        fputs("Benchmark & Configuration & Steady (ms) & 95\\% CI (ms) & Speedup & Warmup \\\\\n\\midrule\n", f);
        const char *prev = NULL;
        for (size_t j = i; j < run->ncells; j++) {
            const RepCell *x = &run->cells[j];
            if (strcmp(x->suite, c->suite) != 0) continue;
            if (prev && strcmp(prev, x->bench) != 0) fputs("\\addlinespace\n", f);
            if (!prev || strcmp(prev, x->bench) != 0) tex_text(f, x->bench);
            prev = x->bench;
            fputs(" & ", f);
            tex_text(f, x->config);
            fputs(" & ", f);
            tex_ms(f, x->steady.est);
            fputs(" & ", f);
            if (x->steady.valid) {
                fputc('[', f), tex_ms(f, x->steady.lo), fputs(", ", f), tex_ms(f, x->steady.hi), fputc(']', f);
            } else {
                fputs("--", f);
            }
            if (x->speedup.valid) fprintf(f, " & %.2f$\\times$ & ", x->speedup.est);
            else fputs(" & -- & ", f);
            tex_text(f, x->warmup);
            fputs(" \\\\\n", f);
        }
        if (run->baseline >= 0) {
            fputs("\\midrule\n", f);
            for (size_t k = 0; k < run->nconfigs; k++) {
                StInterval g = run->geomean[k];
                if (!g.valid) continue;
                fputs("Geomean & ", f);
                tex_text(f, run->configs[k]);
                fprintf(f, " & & & %.2f$\\times$ [%.2f, %.2f] & \\\\\n", g.est, g.lo, g.hi);
            }
        }
        fputs("\\bottomrule\n\\end{tabular}\n\\caption{Suite ", f);
        tex_text(f, c->suite);
        fputs(": steady-state time per iteration (mean of the final changepoint segment; 95\\% two-level "
              "bootstrap interval) and speedup over ",
              f);
        tex_text(f, run->baseline >= 0 ? run->configs[run->baseline] : "--");
        fputs(".}\n\\end{table}\n\n", f);
    }
    return fclose(f) == 0;
}

/* ------------------------------------------------------------------------ */
/* The command                                                               */
/* ------------------------------------------------------------------------ */

int rep_report(const char *run_dir, const char *baseline)
{
    RepOptions o = {.baseline = baseline};
    return rep_report_opts(run_dir, &o);
}

int rep_report_opts(const char *run_dir, const RepOptions *opts)
{
    RepRun run;
    char err[512], path[4096];
    if (!rep_load(&run, run_dir, err, sizeof err)) {
        fprintf(stderr, "tierlab-bench report: %s\n", err);
        rep_free(&run);
        return 1;
    }
    if (!rep_analyse(&run, opts, err, sizeof err)) {
        fprintf(stderr, "tierlab-bench report: %s\n", err);
        rep_free(&run);
        return 1;
    }
    int status = 0;
    snprintf(path, sizeof path, "%s/raw.csv", run_dir);
    if (write_raw_csv(&run, path)) printf("%s\n", path);
    else fprintf(stderr, "tierlab-bench report: cannot write %s: %s\n", path, strerror(errno)), status = 1;
    snprintf(path, sizeof path, "%s/summary.csv", run_dir);
    if (write_summary_csv(&run, path)) printf("%s\n", path);
    else fprintf(stderr, "tierlab-bench report: cannot write %s: %s\n", path, strerror(errno)), status = 1;
    if (run.has_callgrind) {
        snprintf(path, sizeof path, "%s/callgrind.csv", run_dir);
        if (write_callgrind_csv(&run, path)) printf("%s\n", path);
        else fprintf(stderr, "tierlab-bench report: cannot write %s: %s\n", path, strerror(errno)), status = 1;
    }

    char *figs = NULL;
    size_t figlen = 0;
    if (!(opts && opts->no_plots)) {
        FILE *m = open_memstream(&figs, &figlen);
        if (plot_all(&run, m) != 0) status = 1;
        fclose(m);
    }
    snprintf(path, sizeof path, "%s/report.md", run_dir);
    if (write_report_md(&run, path, figs)) printf("%s\n", path);
    else fprintf(stderr, "tierlab-bench report: cannot write %s: %s\n", path, strerror(errno)), status = 1;
    snprintf(path, sizeof path, "%s/report.tex", run_dir);
    if (write_report_tex(&run, path)) printf("%s\n", path);
    else fprintf(stderr, "tierlab-bench report: cannot write %s: %s\n", path, strerror(errno)), status = 1;
    free(figs);
    rep_free(&run);
    return status;
}
