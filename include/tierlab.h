/*
 * tierlab.h -- the public embedding API (prefix tl_).  The only header a
 * program embedding the engine includes.
 */
#ifndef TIERLAB_H
#define TIERLAB_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define TIERLAB_VERSION "0.1.0"

typedef struct TlVM TlVM;
struct TlFlags;

/* A VM configured by flags (see engine/flags.def).  NULL + a message on
 * stderr on failure (unknown --gc plan, unknown tier name). */
TlVM *tl_vm_new(const struct TlFlags *flags, int script_argc, char **script_argv);
/* Run a script file: 0 ok; 1 uncaught error or syntax error (printed to
 * stderr); 2 unreadable file. */
int tl_run_file(TlVM *vm, const char *path);
int tl_run_source(TlVM *vm, const char *name, const char *src, size_t len);
/* Drain the microtasks the script left, then run the event loop (timers,
 * immediates, I/O) until no work is left: 0 ok; 1 an uncaught exception in
 * a callback or an unhandled Promise rejection (printed to stderr). */
int tl_run_loop(TlVM *vm);
/* The end of a run, Node's way: status is 0, or 1 after an uncaught error
 * (it becomes process.exitCode); the process's 'exit' listeners run (once,
 * also if process.exit already ran them: then not again), and the status
 * to exit with is returned: process.exitCode || 0, or 1 if a listener threw. */
int tl_run_exit(TlVM *vm, int status);
void tl_print_stats(TlVM *vm, FILE *out, bool json);
/* Pause times (ns) of the collections so far, oldest first: writes at most
 * max of them to out and returns how many collections there were in all
 * (the plan keeps a log of the first 65,536). */
size_t tl_gc_pauses(TlVM *vm, uint64_t *out, size_t max);
/* The same log with each collection's kind ('m' minor, 'M' major, 'F' full)
 * and its pause in the collecting thread's CPU time (either may be NULL). */
size_t tl_gc_pause_kinds(TlVM *vm, char *kind, uint64_t *cpu_ns, size_t max);
void tl_vm_free(TlVM *vm);

#ifdef __cplusplus
}
#endif

#endif
