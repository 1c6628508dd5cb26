/*
 * minheap.c -- `tierlab --find-min-heap [flags] FILE.js` (prefix minheap_).
 *
 * Binary search over the heap cap for the smallest heap in which the
 * program completes (exit status 0).  Every probe is a child process
 * (fork + exec of /proc/self/exe with `--heap=X --max-heap=X` and the
 * user's other flags and arguments), so a probe that crashes, runs out of
 * memory or aborts cannot take the search down.  The probes' output goes
 * to /dev/null.
 *
 * Search: caps double from 1 MiB until a probe succeeds (a program that
 * fails even at 16 GiB is an error), then bisect between the last failure
 * and the first success down to 1% of the cap or 1 MiB, whichever is finer
 * (never finer than 4 KiB).
 *
 * Every probe has a time limit; a probe that exceeds it is killed and
 * counts as failing -- a heap so tight that the
 * collector thrashes is not a heap the program "completes" in.  The limit
 * is --timeout if given (the probes also get the flag), else PROBE_LIMIT
 * until the first probe succeeds, then SLOWDOWN times that probe's run
 * time (at least PROBE_MIN).  Timeouts are reported on stderr.
 */
#if !defined(_DEFAULT_SOURCE)
#define _DEFAULT_SOURCE
#endif
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "minheap.h"

#define START ((uint64_t)1 << 20)
#define LIMIT ((uint64_t)16 << 30)
#define MIB ((uint64_t)1 << 20)
#define PROBE_LIMIT 120.0   /* seconds, before any probe has succeeded */
#define PROBE_MIN 10.0      /* seconds, at least */
#define SLOWDOWN 20.0       /* a probe may take this many times the first success */

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static bool starts_with(const char *s, const char *p) { return strncmp(s, p, strlen(p)) == 0; }

/* Flags this search owns: dropped from the user's flags. */
static bool ours(const char *a)
{
    return starts_with(a, "--find-min-heap") || starts_with(a, "--no-find-min-heap") ||
           strcmp(a, "--heap") == 0 || starts_with(a, "--heap=") || strcmp(a, "--max-heap") == 0 ||
           starts_with(a, "--max-heap=");
}

/* Run the program under a cap of `cap` bytes for at most `limit` seconds;
 * true if it exited with 0.  *took is its run time. */
static bool probe(uint64_t cap, double limit, double *took, int argc, char **argv, int first)
{
    char heap[64], max[64];
    snprintf(heap, sizeof heap, "--heap=%llu", (unsigned long long)cap);
    snprintf(max, sizeof max, "--max-heap=%llu", (unsigned long long)cap);
    char **cargv = calloc((size_t)argc + 3, sizeof *cargv);
    if (!cargv) return false;
    int n = 0;
    cargv[n++] = argv[0];
    cargv[n++] = heap;
    cargv[n++] = max;
    for (int i = 1; i < argc; i++)
        if (i >= first || !ours(argv[i])) cargv[n++] = argv[i];
    cargv[n] = NULL;

    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    if (pid < 0) {
        free(cargv);
        perror("tierlab: --find-min-heap: fork");
        return false;
    }
    if (pid == 0) {
        int devnull = open("/dev/null", O_WRONLY);
        if (devnull >= 0) {
            dup2(devnull, STDOUT_FILENO);
            dup2(devnull, STDERR_FILENO);
        }
        execv("/proc/self/exe", cargv);
        _exit(127);
    }
    free(cargv);
    double t0 = now_s();
    int status;
    long nap_ns = 1000000;   /* poll every 1 ms, backing off to 50 ms */
    for (;;) {
        pid_t r = waitpid(pid, &status, WNOHANG);
        if (r == pid) break;
        if (r < 0 && errno != EINTR) return false;
        if (now_s() - t0 > limit) {
            kill(pid, SIGKILL);
            while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
            fprintf(stderr, "tierlab: --find-min-heap: the probe with a %llu-byte heap ran over %.0f s; counted as failing\n",
                    (unsigned long long)cap, limit);
            *took = now_s() - t0;
            return false;
        }
        struct timespec nap = { 0, nap_ns };
        nanosleep(&nap, NULL);
        if (nap_ns < 50000000) nap_ns *= 2;
    }
    *took = now_s() - t0;
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

int minheap_run(const char *plan, double timeout, int argc, char **argv, int first)
{
    if (first >= argc) {
        fprintf(stderr, "tierlab: --find-min-heap needs a script (tierlab --find-min-heap [flags] FILE.js)\n");
        return 1;
    }
    /* the child gets --timeout too (it exits with 124); the margin lets it */
    double limit = timeout > 0 ? timeout + 1.0 : PROBE_LIMIT, took = 0;
    /* grow until a probe succeeds: (lo, hi] holds the minimum */
    uint64_t lo = 0, hi = START;
    while (!probe(hi, limit, &took, argc, argv, first)) {
        lo = hi;
        if (hi >= LIMIT) {
            fprintf(stderr,
                    "tierlab: --find-min-heap: %s does not complete even with a %llu-byte heap (plan %s); "
                    "run it without --find-min-heap to see why\n",
                    argv[first], (unsigned long long)LIMIT, plan);
            return 1;
        }
        hi *= 2;
    }
    if (timeout <= 0) limit = took * SLOWDOWN > PROBE_MIN ? took * SLOWDOWN : PROBE_MIN;
    /* bisect to 1% of the cap or 1 MiB, whichever is finer */
    for (;;) {
        uint64_t prec = hi / 100 < MIB ? hi / 100 : MIB;
        if (prec < 4096) prec = 4096;
        if (hi - lo <= prec) break;
        uint64_t mid = (lo + (hi - lo) / 2) & ~(uint64_t)4095;
        if (mid <= lo) break;
        if (probe(mid, limit, &took, argc, argv, first)) hi = mid;
        else lo = mid;
    }
    printf("min-heap: %llu bytes (plan %s)\n", (unsigned long long)hi, plan);
    return 0;
}
