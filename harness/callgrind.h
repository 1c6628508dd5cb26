/*
 * callgrind.h -- deterministic instruction counts per phase under valgrind's
 * callgrind (prefix cg_).
 *
 * One process execution runs under
 *
 *   valgrind --tool=callgrind -q --callgrind-out-file=DIR/cg.out \
 *            --dump-before=F --dump-after=?F ... ENGINE ARGS
 *
 * for every function F of callgrind.def: callgrind writes one profile part
 * (DIR/cg.out.N) each time one of them is entered or left, so every part is
 * the cost of one stretch of execution between two phase boundaries, and
 * its "Trigger" line says which boundary ended it.  cg_read replays the
 * parts in order against a stack of the functions entered: a part's cost
 * goes to the phase of the innermost function on the stack (OTHER when the
 * stack is empty).  The after-pattern is "?" + F without its first letter
 * because callgrind 3.19 forgets a --dump-before when the same pattern is
 * also given to --dump-after; the trigger names the function itself, so a
 * pattern that also matches some other name only splits a part in two.
 *
 * Regions: the bench protocol (engine/main.c run_bench) calls, at top
 * level, tl_run_source (sets __bench), tl_run_file (the script),
 * tl_run_loop, then per iteration tl_run_source (the entry call) and
 * tl_run_loop.  Everything before the first iteration's call is "startup";
 * each iteration is the cost inside its two calls (what its wall_ns times).
 * The count of iterations found is checked against the protocol's records.
 *
 * A phase whose functions are all missing from the binary's symbol table
 * is unavailable (reported as null with the reason, never 0); its work is
 * then charged to whatever encloses it.
 */
#ifndef TL_HARNESS_CALLGRIND_H
#define TL_HARNESS_CALLGRIND_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

typedef enum CgPhase {
#define CG_PHASE(id, name, desc) CG_##id,
#include "callgrind.def"
    CG_NPHASES
} CgPhase;

/* How many functions callgrind.def lists. */
enum {
    CG_NFUNCS = 0
#define CG_FUNC(fn, phase) +1
#include "callgrind.def"
};

typedef struct CgFunc {
    const char *name;
    CgPhase phase;
} CgFunc;

extern const CgFunc cg_funcs[CG_NFUNCS];
extern const char *const cg_phase_names[CG_NPHASES];
extern const char *const cg_phase_descs[CG_NPHASES];

typedef struct CgCounts {
    uint64_t v[CG_NPHASES];
} CgCounts;

typedef struct CgResult {
    bool ok;                          /* the parts were read */
    char error[256];                  /* why not */
    char tool[64];                    /* "callgrind-3.19.0" (the parts' creator line) */
    size_t parts;
    uint64_t total;                   /* every instruction of the process */
    CgCounts process;                 /* per phase, whole process (sums to total) */
    CgCounts startup;                 /* before the first iteration */
    CgCounts *iter;                   /* per in-process iteration */
    size_t niter;
    bool iter_ok;                     /* iteration boundaries matched the protocol */
    char iter_error[200];
    int unbalanced;                   /* leaves without a matching entry (should be 0) */
    /* symbol table of the engine binary (cg_symbols) */
    bool symbols_read;
    bool have_func[CG_NFUNCS];
    char symbols_error[200];
} CgResult;

/* The callgrind command line around an engine argv (NULL-terminated,
 * malloc'd; free with the adapters' adapt_free_argv).  out_file is the
 * --callgrind-out-file path; its directory receives the parts. */
char **cg_argv(const char *valgrind, const char *out_file, char *const *engine_argv);
/* Which of callgrind.def's functions the ELF binary defines.  false (and
 * r->symbols_error) when it has no readable symbol table. */
bool cg_symbols(const char *binary, CgResult *r);
/* Read every part "<out_file>[.N]" and replay them.  expected_iterations:
 * how many the protocol reported (-1: do not check).  false + r->error when
 * no part could be read. */
bool cg_read(const char *out_file, int expected_iterations, CgResult *r);
/* Unlink the parts of out_file. */
void cg_remove_parts(const char *out_file);
void cg_result_free(CgResult *r);
/* A phase is available when one of its functions is in the binary (OTHER
 * and the total always are).  Why not, in why. */
bool cg_phase_available(const CgResult *r, CgPhase p, char *why, size_t len);
/* {"total":{"value":N,"source":"callgrind"},"engine":{...},"parse":{...},...}
 * (total and engine = total - other only with with_total); an unavailable
 * phase is {"value":null,"source":"callgrind","error":"..."}; c NULL: every
 * value null with r->error. */
void cg_write_counts(FILE *out, const CgResult *r, const CgCounts *c, bool with_total);

#endif
