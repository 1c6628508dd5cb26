/*
 * runner.h -- one process execution (prefix run_): fork/exec in its own
 * process group with stdin from /dev/null, stdout/stderr/fd 3 on pipes,
 * RLIMIT_AS as the memory limit, and a wall-clock timeout (SIGTERM, then
 * SIGKILL after a grace period).  Output is collected in memory; stderr
 * keeps only its tail.
 */
#ifndef TL_HARNESS_RUNNER_H
#define TL_HARNESS_RUNNER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum RunStatus { RUN_OK, RUN_FAILED, RUN_CRASH, RUN_TIMEOUT, RUN_OOM, RUN_NOT_STARTED } RunStatus;

typedef struct RunSpec {
    char **argv;             /* NULL-terminated */
    double timeout_s;
    uint64_t memory_limit;   /* bytes, 0 = none */
    bool proto_fd;           /* open fd 3 for bench-protocol records */
} RunSpec;

#define RUN_TAIL 4096

typedef struct RunResult {
    RunStatus status;
    int exit_code;           /* valid when the process exited */
    int signal;              /* valid when it was killed by a signal */
    uint64_t wall_ns;
    uint64_t user_ns, sys_ns, maxrss_kb;
    char *out;   size_t out_len;     /* stdout, whole */
    char *proto; size_t proto_len;   /* fd 3, whole */
    char err_tail[RUN_TAIL + 1];     /* last RUN_TAIL bytes of stderr */
} RunResult;

bool run_exec(const RunSpec *spec, RunResult *res);
void run_result_free(RunResult *res);
const char *run_status_name(RunStatus s);

#endif
