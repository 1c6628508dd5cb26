/*
 * experiment.h -- an experiment file, loaded and resolved (prefix exp_).
 *
 * exp_load reads the YAML (format in harness/README.md) into an Experiment;
 * exp_resolve expands it into the matrix of Cells: every (suite, benchmark,
 * configuration) with the exact argv to run.  Every error names the file and
 * the line.  The resolved matrix, serialised canonically, is hashed into the
 * run identity, so changing anything that affects a measurement starts a new
 * run while an identical file resumes the old one.
 */
#ifndef TL_HARNESS_EXPERIMENT_H
#define TL_HARNESS_EXPERIMENT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define EXP_MAX_ARGS 32

typedef enum AdapterKind {
    ADAPTER_TIERLAB,   /* bench protocol records on fd 3 (tierlab, node via node_bench.js) */
    ADAPTER_AWFY,      /* "Name: iterations=N runtime: Tus" lines on stdout */
    ADAPTER_PROCESS,   /* one record per process: its whole wall time */
} AdapterKind;

typedef enum ExecutorKind { EXECUTOR_TIERLAB, EXECUTOR_NODE, EXECUTOR_COMMAND } ExecutorKind;

typedef struct StrList {
    char **items;
    size_t n;
} StrList;

/* Appends a copy of s (out of memory: message and exit 2); frees the
 * strings and empties the list. */
void exp_strlist_push(StrList *l, const char *s);
void exp_strlist_free(StrList *l);

typedef struct Suite {
    char *name;
    char *path;               /* folder of benchmark files */
    AdapterKind adapter;
    char *command;            /* awfy/process: template with {executor} {flags} {benchmark} {iterations} {inner} {path} */
    StrList benchmarks;       /* resolved names ("all" expanded) */
    int iterations;           /* in-process iterations (0 = experiment default) */
    int inner;                /* awfy inner iterations */
    int line;
} Suite;

typedef struct Executor {
    char *name;
    char *path;
    ExecutorKind kind;
    StrList flags;            /* always passed */
    int line;
} Executor;

typedef struct AxisValue {
    char *name;
    StrList flags;
    double heap_factor;       /* > 0: a heap-factor value (flags get --heap=factor×min) */
} AxisValue;

typedef struct Axis {
    char *name;
    AxisValue *values;
    size_t n;
    int line;
} Axis;

typedef struct ConfigSpec {
    char *executor;
    StrList axes;             /* names of axes to cross */
    AxisValue *variants;      /* alternatively: explicit named flag sets */
    size_t nvariants;
    int line;
} ConfigSpec;

/* `callgrind:` -- extra process executions per tierlab cell under valgrind's
 * callgrind, for deterministic instruction counts per phase (callgrind.h).
 * They are not timed runs: their records are of type "callgrind". */
typedef struct CallgrindSpec {
    bool enabled;
    int executions;           /* per cell (default 1) */
    int iterations;           /* in-process iterations (0 = the cell's) */
    double timeout_s;         /* per execution (0 = 50 x the experiment's timeout) */
    uint64_t memory_limit;    /* bytes (0 = 2 x the experiment's limit) */
    char *valgrind;           /* path or name on PATH (default "valgrind") */
    bool keep;                /* keep the profile parts in RUN/callgrind/ */
    int line;
} CallgrindSpec;

typedef struct Experiment {
    char *file;
    char *name;
    int executions, iterations;
    double timeout_s;
    uint64_t memory_limit;    /* bytes, 0 = none */
    char *counters;           /* comma list for --bench-counters */
    Suite *suites; size_t nsuites;
    Executor *executors; size_t nexecutors;
    Axis *axes; size_t naxes;
    ConfigSpec *configs; size_t nconfigs;
    CallgrindSpec callgrind;
} Experiment;

/* One cell of the matrix: everything needed to run it and to name it. */
typedef struct Cell {
    char *id;                 /* suite/benchmark/config */
    const Suite *suite;
    const Executor *executor;
    char *benchmark;
    char *bench_file;         /* path of the benchmark file (tierlab adapter) */
    char *config;             /* "interp/marksweep", "node:ignition" */
    StrList flags;            /* configuration flags (executor flags + axis values) */
    double heap_factor;       /* 0 unless a heap axis is crossed */
    int iterations;
} Cell;

typedef struct Matrix {
    Cell *cells;
    size_t n;
    char run_id[65];          /* hex SHA-256 of the canonical resolved matrix */
} Matrix;

/* false + message "FILE:LINE: ..." in err. */
bool exp_load(Experiment *exp, const char *path, char *err, size_t errlen);
void exp_free(Experiment *exp);
bool exp_resolve(const Experiment *exp, Matrix *m, char *err, size_t errlen);
void exp_matrix_free(Matrix *m);
/* Keep only cells whose id contains one of the filters (none = keep all),
 * then the k-th of N deterministic shards (N = 0: no sharding). */
void exp_filter(Matrix *m, const StrList *filters, int shard_k, int shard_n);
/* The order execution e runs the cells in (order: m->n indices): one
 * benchmark at a time, all its configurations back to back, so that a
 * machine drifting during the run (thermal state, other load) touches
 * the configurations being compared alike -- and their order reversed on
 * every other execution, so that none is always first.  The matrix order
 * is configuration-major (all of A, then all of B). */
void exp_run_order(const Matrix *m, int e, size_t *order);
/* An executor's file: as given when it contains a '/', else the first
 * executable of that name on PATH (malloc'd); NULL if not found. */
char *exp_executor_path(const char *name);
/* Whether a cell can run under callgrind (a tierlab executor through the
 * bench protocol: the phase functions are tierlab's). */
bool exp_callgrind_cell(const Cell *c);
/* The callgrind execution's effective timeout and memory limit. */
double exp_callgrind_timeout(const Experiment *exp);
uint64_t exp_callgrind_memory(const Experiment *exp);
/* The canonical JSON of the resolved matrix (hashed into run_id; stored in the header). */
void exp_write_json(const Experiment *exp, const Matrix *m, FILE *out);

#endif
