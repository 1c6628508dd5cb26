/* main — the tierlab shell.
 *
 *   tierlab [flags] FILE.js [args...]
 *   tierlab [flags] -e CODE [args...]
 *   tierlab --help | --version
 *
 * Pipeline: parse flags (flags.def) -> create a VM through the public API
 * (include/tierlab.h, the only engine header used here) -> run the script,
 * or run the bench protocol (--bench-iterations, below) -> print statistics
 * -> free the VM.
 *
 * Exit codes: 0 ok, 1 script error (uncaught exception, syntax error),
 * 2 usage error (bad flag, missing or unreadable file), 124 --timeout hit;
 * a script may choose its own with process.exitCode / process.exit(code).
 * Statistics (--stats, --stats=json) go to stderr so stdout stays the
 * program's own output.
 */
#include "tierlab.h"
#include "flags.h"
#include "stats.h"
#include "gc.h" /* gc_print_list (--gc=list) */
#include "minheap.h"
#ifdef TL_HAVE_COUNTERS
#include "harness/counters.h" /* PAPI / perf_event / getrusage ladder */
#endif

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#ifndef TL_VERSION_STRING
#define TL_VERSION_STRING "0.0.0"
#endif

enum { EXIT_SCRIPT_ERROR = 1, EXIT_USAGE = 2, EXIT_TIMEOUT = 124 };

static void print_usage(FILE *out)
{
    fputs("usage: tierlab [flags] FILE.js [args...]\n"
          "       tierlab [flags] -e CODE [args...]\n"
          "       tierlab --help | --version\n"
          "\n"
          "Script arguments are visible to the program as scriptArgs.\n"
          "Exit codes: 0 ok, 1 script error, 2 usage error, 124 timeout.\n\n",
          out);
}

/* --timeout: SIGALRM ends the process; only async-signal-safe calls here. */
static void on_timeout(int sig)
{
    (void)sig;
    static const char msg[] = "tierlab: timeout reached (--timeout)\n";
    ssize_t ignored = write(STDERR_FILENO, msg, sizeof msg - 1);
    (void)ignored;
    _exit(EXIT_TIMEOUT);
}

static void arm_timeout(double seconds)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_timeout;
    sigaction(SIGALRM, &sa, NULL);
    struct itimerval it;
    memset(&it, 0, sizeof it);
    it.it_value.tv_sec = (time_t)seconds;
    it.it_value.tv_usec = (suseconds_t)((seconds - (double)(time_t)seconds) * 1e6);
    if (it.it_value.tv_sec == 0 && it.it_value.tv_usec == 0)
        it.it_value.tv_usec = 1;
    setitimer(ITIMER_REAL, &it, NULL);
}

/* ------------------------------------------------------------------------
 * Bench protocol (--bench-iterations=N; consumed by harness/ and mirrored by
 * benchmarks/harness/node_bench.js for node):
 *
 *   1. the global __bench is set to true, then the script runs (it defines
 *      the entry function and skips its stand-alone driver);
 *   2. the entry (--bench-entry, default run) is called N times; an
 *      exception (the benchmark's own result check) ends the run, exit 1;
 *   3. one JSON object per line goes to --bench-fd (default 2):
 *        {"type":"start","engine":"tierlab","version":..,"pid":..,"startup_ns":..,"flags":{..}}
 *        {"type":"iteration","i":0,"wall_ns":..,"cpu_ns":..,"stats":{..},"counters":{..}}
 *        {"type":"end","iterations":N,"total_ns":..,"stats":{..},"gc_pauses_ns":[..],
 *         "gc_pause_kinds":"mmM..","gc_pauses_cpu_ns":[..]}
 *      "stats" are the deltas of every stats.def counter over the iteration
 *      (read through tl_print_stats, the only window the public API gives);
 *      "counters" the events of --bench-counters (harness/counters.c: an
 *      unavailable event is null with its reason, never 0).
 * ------------------------------------------------------------------------ */

/* Snapshot the VM's counters: tl_print_stats(json) into memory, parsed back
 * into a TlStats by counter name. */
static void snapshot_stats(TlVM *vm, TlStats *out)
{
    stats_reset(out);
    char *buf = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&buf, &len);
    if (!mem)
        return;
    tl_print_stats(vm, mem, true);
    fclose(mem);
    for (int id = 0; id < STAT__COUNT; id++) {
        char key[96];
        snprintf(key, sizeof key, "\"%s\":", stats_name((TlStatId)id));
        const char *at = buf ? strstr(buf, key) : NULL;
        if (at)
            out->v[id] = strtoull(at + strlen(key), NULL, 10);
    }
    free(buf);
}

/* A TlStats as one JSON object without the trailing newline. */
static char *stats_json(const TlStats *s)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&buf, &len);
    if (!mem)
        return NULL;
    stats_print_json(s, mem);
    fclose(mem);
    if (len > 0 && buf[len - 1] == '\n')
        buf[len - 1] = '\0';
    return buf;
}

static uint64_t cpu_now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static FILE *open_bench_stream(int64_t fd)
{
    if (fd == 2)
        return stderr;
    if (fd == 1)
        return stdout;
    FILE *f = fd >= 0 ? fdopen((int)fd, "w") : NULL;
    if (!f)
        fprintf(stderr, "tierlab: --bench-fd=%lld is not writable; using stderr\n", (long long)fd);
    return f ? f : stderr;
}

static int run_bench(TlVM *vm, const TlFlags *flags, const char *path, uint64_t t_main)
{
    static const char mark[] = "globalThis.__bench = true;";
    if (tl_run_source(vm, "<bench>", mark, sizeof mark - 1) != 0)
        return 1;
    int rc = tl_run_file(vm, path);
    if (rc == 0)
        rc = tl_run_loop(vm); /* the script's own async work, before timing */
    if (rc != 0)
        return rc;

    char call[256];
    int n = snprintf(call, sizeof call, "%s();", flags->bench_entry);
    if (n <= 0 || (size_t)n >= sizeof call) {
        fprintf(stderr, "tierlab: --bench-entry name too long\n");
        return 2;
    }

#ifdef TL_HAVE_COUNTERS
    CtrSet counters;
    bool use_counters = flags->bench_counters[0] != '\0';
    if (use_counters) {
        char err[256];
        if (!ctr_open(&counters, flags->bench_counters, err, sizeof err)) {
            fprintf(stderr, "tierlab: --bench-counters: %s\n", err);
            return 2;
        }
    }
#else
    if (flags->bench_counters[0] != '\0') {
        fprintf(stderr, "tierlab: --bench-counters: this build has no counter support\n");
        return 2;
    }
#endif

    FILE *out = open_bench_stream(flags->bench_fd);
    uint64_t startup = stats_now_ns() - t_main;
    char *fj = NULL;
    size_t fj_len = 0;
    FILE *mem = open_memstream(&fj, &fj_len);
    if (mem) {
        flags_print_json(flags, mem);
        fclose(mem);
        if (fj_len > 0 && fj[fj_len - 1] == '\n')
            fj[fj_len - 1] = '\0';
    }
    fprintf(out, "{\"type\":\"start\",\"engine\":\"tierlab\",\"version\":\"%s\",\"pid\":%ld,"
                 "\"startup_ns\":%llu,\"flags\":%s}\n",
            TL_VERSION_STRING, (long)getpid(), (unsigned long long)startup, fj ? fj : "{}");
    free(fj);

    TlStats first, before, after, delta;
    snapshot_stats(vm, &first);
    size_t gc_first = tl_gc_pauses(vm, NULL, 0);   /* collections before the iterations */
    uint64_t t_start = stats_now_ns();
    int64_t i = 0;
    for (; i < flags->bench_iterations; i++) {
        snapshot_stats(vm, &before);
#ifdef TL_HAVE_COUNTERS
        if (use_counters)
            ctr_start(&counters);
#endif
        uint64_t w0 = stats_now_ns(), c0 = cpu_now_ns();
        rc = tl_run_source(vm, "<bench>", call, (size_t)n);
        if (rc == 0)
            rc = tl_run_loop(vm); /* an iteration includes its microtasks and timers */
        uint64_t w1 = stats_now_ns(), c1 = cpu_now_ns();
#ifdef TL_HAVE_COUNTERS
        if (use_counters)
            ctr_stop(&counters);
#endif
        if (rc != 0)
            break;
        snapshot_stats(vm, &after);
        stats_delta(&delta, &after, &before);
        char *js = stats_json(&delta);
        fprintf(out, "{\"type\":\"iteration\",\"i\":%lld,\"wall_ns\":%llu,\"cpu_ns\":%llu,"
                     "\"stats\":%s,\"counters\":",
                (long long)i, (unsigned long long)(w1 - w0), (unsigned long long)(c1 - c0),
                js ? js : "{}");
        free(js);
#ifdef TL_HAVE_COUNTERS
        if (use_counters)
            ctr_write_json(&counters, out);
        else
#endif
            fputs("{}", out);
        fputs("}\n", out);
        fflush(out);
    }
    snapshot_stats(vm, &after);
    stats_delta(&delta, &after, &first);
    char *js = stats_json(&delta);
    fprintf(out, "{\"type\":\"end\",\"iterations\":%lld,\"total_ns\":%llu,\"stats\":%s,\"gc_pauses_ns\":",
            (long long)i, (unsigned long long)(stats_now_ns() - t_start), js ? js : "{}");
    free(js);
    /* Pauses of the collections during the iterations (the plan logs the
     * first 65,536 collections of a process; later ones are not listed). */
    size_t gc_all = tl_gc_pauses(vm, NULL, 0);
    uint64_t *pauses = gc_all > gc_first ? malloc(gc_all * sizeof *pauses) : NULL;
    size_t logged = pauses ? tl_gc_pauses(vm, pauses, gc_all) : 0;
    if (logged > gc_all) logged = gc_all;
    fputc('[', out);
    for (size_t k = gc_first; pauses && k < logged; k++)
        fprintf(out, "%s%llu", k > gc_first ? "," : "", (unsigned long long)pauses[k]);
    /* each one's kind and CPU-time pause (experiments/gc_pauses.py splits
     * the minor pauses out of them) */
    char *kinds = pauses ? malloc(gc_all + 1) : NULL;
    uint64_t *cpu = pauses ? malloc(gc_all * sizeof *cpu) : NULL;
    size_t nk = kinds && cpu ? tl_gc_pause_kinds(vm, kinds, cpu, logged) : 0;
    if (nk > logged) nk = logged;
    fputs("],\"gc_pause_kinds\":\"", out);
    for (size_t k = gc_first; k < nk; k++) fputc(kinds[k], out);
    fputs("\",\"gc_pauses_cpu_ns\":[", out);
    for (size_t k = gc_first; k < nk; k++)
        fprintf(out, "%s%llu", k > gc_first ? "," : "", (unsigned long long)cpu[k]);
    fputs("]}\n", out);
    free(kinds);
    free(cpu);
    free(pauses);
    fflush(out);
#ifdef TL_HAVE_COUNTERS
    if (use_counters)
        ctr_close(&counters);
#endif
    return rc == 0 ? 0 : 1;
}

int main(int argc, char **argv)
{
    uint64_t t_main = stats_now_ns();
    TlFlags flags;
    flags_init(&flags);

    /* --help / --version anywhere among the leading flags win. */
    for (int i = 1; i < argc && strncmp(argv[i], "--", 2) == 0; i++) {
        if (strcmp(argv[i], "--") == 0)
            break;
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            print_usage(stdout);
            flags_print_help(stdout);
            return 0;
        }
        if (strcmp(argv[i], "--version") == 0) {
            printf("tierlab %s\n", TL_VERSION_STRING);
            return 0;
        }
    }
    if (argc > 1 && strcmp(argv[1], "-h") == 0) {
        print_usage(stdout);
        flags_print_help(stdout);
        return 0;
    }

    int first = argc;
    if (flags_parse(&flags, argc, argv, &first) != 0)
        return EXIT_USAGE;
    if (strcmp(flags.gc, "list") == 0) {
        gc_print_list(stdout);
        return 0;
    }
    if (flags.find_min_heap)
        return minheap_run(flags.gc, flags.timeout, argc, argv, first);

    bool stats_json = false;
    if (flags.stats[0] != '\0') {
        if (strcmp(flags.stats, "json") == 0)
            stats_json = true;
        else if (strcmp(flags.stats, "table") != 0) {
            fprintf(stderr, "tierlab: bad value '%s' for flag '--stats' (expected table|json)\n",
                    flags.stats);
            return EXIT_USAGE;
        }
    }

    /* What to run: -e CODE, or a file. */
    const char *code = NULL;
    const char *path = NULL;
    if (first < argc && strcmp(argv[first], "-e") == 0) {
        if (first + 1 >= argc) {
            fprintf(stderr, "tierlab: -e needs an argument\n");
            return EXIT_USAGE;
        }
        code = argv[first + 1];
        first += 2;
    } else if (first < argc && argv[first][0] == '-' && argv[first][1] != '\0') {
        fprintf(stderr, "tierlab: unknown option '%s' (see --help)\n", argv[first]);
        return EXIT_USAGE;
    } else if (first < argc) {
        path = argv[first];
        first += 1;
    } else {
        print_usage(stderr);
        fprintf(stderr, "tierlab: no script given\n");
        return EXIT_USAGE;
    }

    if (flags.timeout < 0) {
        fprintf(stderr, "tierlab: bad value for flag '--timeout' (expected seconds >= 0)\n");
        return EXIT_USAGE;
    }
    if (flags.timeout > 0)
        arm_timeout(flags.timeout);

    TlVM *vm = tl_vm_new(&flags, argc - first, argv + first);
    if (!vm)
        return EXIT_USAGE; /* tl_vm_new printed why */

    int rc;
    if (flags.bench_iterations > 0 && path)
        rc = run_bench(vm, &flags, path, t_main);
    else
        rc = code ? tl_run_source(vm, "<eval>", code, strlen(code))
                  : tl_run_file(vm, path);
    /* then microtasks and the event loop (timers, immediates, I/O), as node */
    if (rc == 0 && flags.bench_iterations <= 0)
        rc = tl_run_loop(vm);
    /* process 'exit' listeners; process.exitCode decides a clean run's status */
    int status = rc == 0 ? 0 : rc == 2 ? EXIT_USAGE : EXIT_SCRIPT_ERROR;
    if (rc != 2)
        status = tl_run_exit(vm, status);

    fflush(stdout);
    if (flags.stats[0] != '\0')
        tl_print_stats(vm, stderr, stats_json);

    tl_vm_free(vm);
    fflush(stdout);
    fflush(stderr);
    return status;
}
