/*
 * adapters.h -- how a cell becomes a command line, and how its output
 * becomes records (prefix adapt_).
 *
 *   tierlab  tierlab [flags] --bench-iterations=N --bench-fd=3 [--bench-counters=..] FILE.js
 *            node    [flags] benchmarks/harness/node_bench.js FILE.js N
 *            -> protocol records on fd 3 (harness/README.md)
 *   awfy     the suite's command template; stdout lines "Name: iterations=K runtime: Tus"
 *   process  the suite's command template; one record: the whole process's wall time
 */
#ifndef TL_HARNESS_ADAPTERS_H
#define TL_HARNESS_ADAPTERS_H

#include "callgrind.h"
#include "experiment.h"
#include "runner.h"
#include "store.h"

/* NULL-terminated argv (malloc'd, free with adapt_free_argv).  heap_bytes > 0
 * adds --heap/--max-heap for tierlab. */
char **adapt_argv(const Experiment *exp, const Cell *cell, int iterations, unsigned long long heap_bytes);
void adapt_free_argv(char **argv);
/* The same under callgrind (tierlab adapter): no --bench-counters (hardware
 * counters mean nothing under valgrind), --deterministic so that runs repeat
 * their counts, wrapped by cg_argv. */
char **adapt_callgrind_argv(const Experiment *exp, const Cell *cell, int iterations, unsigned long long heap_bytes,
                            const char *valgrind, const char *out_file);
/* Turn one execution's output into iteration records plus its exec record,
 * appended to the store.  heap > 0: the execution ran with --heap=heap, a
 * multiple of min_heap (both go into the exec record).  Returns the number
 * of iterations recorded. */
int adapt_record(Store *st, const Cell *cell, int exec, char **argv, const RunResult *res, unsigned long long heap,
                 unsigned long long min_heap);

/* How many iteration records the bench protocol wrote. */
int adapt_protocol_iterations(const RunResult *res);
/* The "callgrind" record of one execution under callgrind (harness/README.md);
 * cg NULL when no profile could be read. */
void adapt_callgrind_record(Store *st, const Cell *cell, int exec, char **argv, const RunResult *res,
                            const CgResult *cg);

#endif
