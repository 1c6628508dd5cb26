/*
 * report.h -- from results.jsonl to tables, figures and comparisons
 * (prefix rep_).
 *
 * Pipeline of `tierlab-bench report RUN`:
 *
 *   rep_load      read <run>/results.jsonl: the header, every iteration of
 *                 every execution that has its exec record (an execution
 *                 without one was interrupted and is ignored; a resumed
 *                 execution that restarted keeps only its last attempt),
 *                 exec records (status, stderr tail, GC pauses) and notes;
 *   rep_analyse   per execution: outliers, PELT changepoints, warmup class,
 *                 steady-state time; per cell: medians, bootstrap intervals,
 *                 speedups against the baseline configuration, phase
 *                 totals; per configuration: geomean speedups;
 *   rep_report    raw.csv, summary.csv, report.md, report.tex, then the
 *                 figures (plots.h) under <run>/figures/.
 *
 * `tierlab-bench compare A B` (compare.c) loads and analyses both runs and
 * prints B/A per common cell with intervals.
 *
 * The model below is shared by report.c, compare.c and plots.c; it owns all
 * its memory (rep_free).  Times are nanoseconds as doubles; a value that was
 * not measured is NAN, never 0.
 */
#ifndef TL_HARNESS_REPORT_H
#define TL_HARNESS_REPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "callgrind.h"
#include "json.h"
#include "stats.h"

/* Every engine statistic, by its stats.def name (RS_gc_ns, ...). */
typedef enum RepStat {
#define STAT(name, unit, desc) RS_##name,
#include "../engine/stats.def"
    REP_NSTATS
} RepStat;
_Static_assert(REP_NSTATS <= 64, "RepIter.has is a 64-bit mask");

extern const char *const rep_stat_names[REP_NSTATS];

#define REP_MAX_COUNTERS 16        /* distinct counter names kept per run */

typedef struct RepIter {
    int i;
    double wall, cpu;              /* cpu NAN when unknown */
    double ctr[REP_MAX_COUNTERS];  /* by RepRun.counters index; NAN = unavailable */
    double stat[REP_NSTATS];
    uint64_t has;                  /* bit k: stat[k] was reported (not null, not absent) */
    bool outlier;                  /* > ST_OUTLIER_K IQRs beyond the quartiles of its execution */
} RepIter;

typedef struct RepExec {
    int exec;
    char status[16];               /* ok | failed | crash | timeout | oom */
    int exit_code, signal;         /* signal 0 = none */
    double wall_ns, startup_ns;
    double heap_bytes, min_heap_bytes;   /* heap-factor cells: --heap and the minimum it multiplies; else NAN */
    char *stderr_tail;
    RepIter *it;
    size_t n, cap;
    double *pauses;                /* gc_pauses_ns, may be empty */
    size_t npauses;
    /* analysis (ok executions with iterations) */
    bool analysed;
    StWarmup warm;
    size_t steady_from;            /* steady iterations are it[steady_from..n) */
    double *steady;                /* their wall times (the bootstrap sample) */
    size_t nsteady;
    double sum[REP_NSTATS];        /* per-statistic totals over the iterations */
    uint64_t has;                  /* statistics reported by at least one iteration */
    double wall_sum;
} RepExec;

/* Phases of the time-breakdown figure. */
#define REP_PHASES(X)                      \
    X(PARSE, "parse")                      \
    X(BYTECODE, "bytecode compile")        \
    X(BASELINE, "baseline compile")        \
    X(OPT, "opt compile")                  \
    X(GC, "GC")                            \
    X(EXECUTE, "execute")

typedef enum RepPhase {
#define X(e, s) REP_PH_##e,
    REP_PHASES(X)
#undef X
    REP_NPHASES
} RepPhase;

extern const char *const rep_phase_names[REP_NPHASES];

/* Instruction counts of one execution under callgrind (a "callgrind"
 * record): index CG_* of callgrind.h, then the process total and the
 * engine's part of it (total minus OTHER).  NAN = unavailable. */
#define REP_CG_TOTAL CG_NPHASES
#define REP_CG_ENGINE (CG_NPHASES + 1)
#define REP_CG_N (CG_NPHASES + 2)

typedef struct RepCg {
    int exec;
    char status[16];
    double process[REP_CG_N];
    double startup[REP_CG_N];
    double (*iter)[REP_CG_N];      /* per in-process iteration; NULL when not split */
    size_t niter;
    char *error;                   /* why counts or iterations are missing, or NULL */
} RepCg;

typedef struct RepCell {
    char *id, *suite, *bench, *config, *executor;
    double heap_factor;            /* 0: no heap axis */
    int config_idx;                /* into RepRun.configs */
    RepExec *ex;
    size_t nex, cap;
    /* analysis */
    size_t ok, failed, niter, outliers;
    double first_iter;             /* median over ok executions of iteration 0 */
    double steady_median;          /* median over ok executions of their steady-state time */
    StInterval steady;             /* mean steady-state time with its interval */
    StInterval speedup;            /* baseline mean / this mean (> 1: faster than the baseline) */
    double *speedup_draws;         /* bootstrap draws of speedup (ST resamples), or NULL */
    StConsistency cons;
    char warmup[96];               /* consistency string */
    double compile_ns;             /* median per execution: compile + baseline + opt compile */
    double gc_ns, gc_count, pause_max_ns, startup_ns;
    double heap_bytes, min_heap_bytes;   /* of the first execution that reports them, else NAN */
    double phase[REP_NPHASES];     /* mean per execution; NAN when the engine reports no stats */
    double iter_wall_mean, iter_gc_mean;   /* mean per iteration (for the time-space curves) */
    double ctr_steady[REP_MAX_COUNTERS];    /* median over executions of the steady-state mean */
    RepCg *cg;                     /* executions under callgrind, in record order */
    size_t ncg, capcg;
} RepCell;

typedef struct RepRun {
    char *dir;
    JsonDoc header;                /* header.root NULL when the file has none */
    const JsonValue *meta, *experiment;
    RepCell *cells;
    size_t ncells, cap;
    char **configs;                /* in order of first appearance */
    size_t nconfigs;
    int baseline;                  /* index into configs, -1 when none */
    char *counters[REP_MAX_COUNTERS];   /* counter names in order of first appearance */
    size_t ncounters;
    char **notes;                  /* note records, re-serialised */
    size_t nnotes;
    size_t bad_lines;              /* unparsable lines (a torn last line) */
    StInterval *geomean;           /* per configuration: geomean speedup vs the baseline */
    size_t *geomean_n;             /* ... over how many benchmarks */
    bool has_heap_axis;
    bool has_callgrind;            /* some cell has a callgrind record */
    int resamples;
} RepRun;

typedef struct RepOptions {
    const char *baseline;          /* configuration name; NULL = the first in the file */
    bool force;                    /* compare: allow runs from different machines */
    bool no_plots;
    int resamples;                 /* 0 = ST_RESAMPLES */
} RepOptions;

/* false + message in err when the file cannot be read. */
bool rep_load(RepRun *run, const char *run_dir, char *err, size_t errlen);
/* false + message when the baseline configuration does not exist. */
bool rep_analyse(RepRun *run, const RepOptions *opts, char *err, size_t errlen);
void rep_free(RepRun *run);

/* The steady-state sample of an analysed cell, for the bootstrap: views into
 * its executions' steady iterations (valid while the run lives). */
typedef struct RepSample {
    const double **x;
    size_t *n;
    StSample s;
} RepSample;

void rep_sample(const RepCell *c, RepSample *out);
void rep_sample_free(RepSample *s);

/* The commands.  Both print what they wrote (or the table) and return a
 * process exit status: 0 = success; compare returns 2 when it refuses runs
 * from different machines.  baseline NULL = the first configuration. */
int rep_report(const char *run_dir, const char *baseline);
int rep_report_opts(const char *run_dir, const RepOptions *opts);
int rep_compare(const char *run_a, const char *run_b, bool force);
int rep_compare_opts(const char *run_a, const char *run_b, const RepOptions *opts);

/* Shared formatting: "12.3 ms", "850 µs", "n/a" for NAN. */
char *rep_fmt_time(double ns, char *buf, size_t len);
/* The first execution under callgrind with counts (status ok), or NULL. */
const RepCg *rep_cg_first(const RepCell *c);
/* Instruction counts: "12.3 M", "950", "n/a" for NAN. */
char *rep_fmt_count(double v, char *buf, size_t len);
/* A stable seed for a cell (FNV-1a of its id mixed with ST_SEED). */
uint64_t rep_seed(const char *id);
/* The machine identity of a run (meta.machine_id, else hostname|cpu|kernel). */
const char *rep_machine_id(const RepRun *run, char *buf, size_t len);

#endif
