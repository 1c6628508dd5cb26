/* main — the tierlab shell.
 *
 *   tierlab [flags] FILE.js [args...]
 *   tierlab [flags] -e CODE [args...]
 *   tierlab --help | --version
 *
 * Pipeline: parse flags (flags.def) -> create a VM through the public API
 * (include/tierlab.h, the only engine header used here) -> run the script ->
 * optionally run the bench protocol (--bench-iterations) -> print statistics
 * -> free the VM.
 *
 * Exit codes: 0 ok, 1 script error (uncaught exception, syntax error),
 * 2 usage error (bad flag, missing or unreadable file), 124 --timeout hit.
 * Statistics (--stats, --stats=json) go to stderr so stdout stays the
 * program's own output.
 */
#include "tierlab.h"
#include "flags.h"
#include "stats.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
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

/* Bench protocol: the script defined run(); call it n times, timing each
 * call, one line per iteration on stderr:
 *     tierlab-bench: iteration=I ns=N
 * Stops at the first iteration that throws. */
static int run_bench_iterations(TlVM *vm, int64_t n)
{
    static const char call[] = "run();";
    for (int64_t i = 1; i <= n; i++) {
        uint64_t t0 = stats_now_ns();
        int rc = tl_run_source(vm, "<bench>", call, sizeof call - 1);
        uint64_t t1 = stats_now_ns();
        if (rc != 0)
            return rc;
        fprintf(stderr, "tierlab-bench: iteration=%lld ns=%llu\n",
                (long long)i, (unsigned long long)(t1 - t0));
    }
    return 0;
}

int main(int argc, char **argv)
{
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

    int rc = code ? tl_run_source(vm, "<eval>", code, strlen(code))
                  : tl_run_file(vm, path);
    if (rc == 0 && flags.bench_iterations > 0)
        rc = run_bench_iterations(vm, flags.bench_iterations);

    fflush(stdout);
    if (flags.stats[0] != '\0')
        tl_print_stats(vm, stderr, stats_json);

    tl_vm_free(vm);
    fflush(stdout);
    fflush(stderr);
    switch (rc) {
    case 0: return 0;
    case 2: return EXIT_USAGE;
    default: return EXIT_SCRIPT_ERROR;
    }
}
