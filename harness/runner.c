/*
 * runner.c -- process executions (see runner.h).
 */
#include "runner.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define GRACE_NS 2000000000ull

static uint64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

const char *run_status_name(RunStatus s)
{
    switch (s) {
    case RUN_OK: return "ok";
    case RUN_FAILED: return "failed";
    case RUN_CRASH: return "crash";
    case RUN_TIMEOUT: return "timeout";
    case RUN_OOM: return "oom";
    case RUN_NOT_STARTED: return "not-started";
    }
    return "?";
}

typedef struct Buf {
    char *p;
    size_t len, cap;
} Buf;

static void buf_add(Buf *b, const char *d, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 4096;
        while (cap < b->len + n + 1) cap *= 2;
        char *p = realloc(b->p, cap);
        if (!p) return;   /* drop output rather than die; the run is still recorded */
        b->p = p;
        b->cap = cap;
    }
    memcpy(b->p + b->len, d, n);
    b->len += n;
    b->p[b->len] = '\0';
}

static void tail_add(char *tail, size_t *len, const char *d, size_t n)
{
    if (n >= RUN_TAIL) {
        memcpy(tail, d + n - RUN_TAIL, RUN_TAIL);
        *len = RUN_TAIL;
    } else {
        if (*len + n > RUN_TAIL) {
            size_t drop = *len + n - RUN_TAIL;
            memmove(tail, tail + drop, *len - drop);
            *len -= drop;
        }
        memcpy(tail + *len, d, n);
        *len += n;
    }
    tail[*len] = '\0';
}

static void child(const RunSpec *spec, int out_w, int err_w, int proto_w)
{
    setpgid(0, 0);
    int devnull = open("/dev/null", O_RDONLY);
    if (devnull >= 0) dup2(devnull, 0);
    dup2(out_w, 1);
    dup2(err_w, 2);
    if (spec->proto_fd) {
        if (proto_w != 3) {
            dup2(proto_w, 3);
            close(proto_w);
        }
    } else {
        close(3);
    }
    if (spec->memory_limit) {
        struct rlimit rl = {spec->memory_limit, spec->memory_limit};
        setrlimit(RLIMIT_AS, &rl);
    }
    execvp(spec->argv[0], spec->argv);
    fprintf(stderr, "tierlab-bench: cannot execute '%s': %s\n", spec->argv[0], strerror(errno));
    _exit(127);
}

bool run_exec(const RunSpec *spec, RunResult *res)
{
    memset(res, 0, sizeof *res);
    res->status = RUN_NOT_STARTED;
    int out[2], err[2], proto[2] = {-1, -1};
    if (pipe(out) < 0) return false;
    if (pipe(err) < 0) {
        close(out[0]); close(out[1]);
        return false;
    }
    /* fd 3 must not be taken by our own pipes in the child: pipe fds are >= 3
     * here, and child() moves the proto end onto 3 after the others are dup'd. */
    if (spec->proto_fd && pipe(proto) < 0) {
        close(out[0]); close(out[1]); close(err[0]); close(err[1]);
        return false;
    }
    uint64_t start = now_ns();
    pid_t pid = fork();
    if (pid < 0) {
        close(out[0]); close(out[1]); close(err[0]); close(err[1]);
        if (proto[0] >= 0) { close(proto[0]); close(proto[1]); }
        return false;
    }
    if (pid == 0) {
        close(out[0]);
        close(err[0]);
        if (proto[0] >= 0) close(proto[0]);
        /* keep the write ends off fd 3 before moving proto there */
        int ow = out[1] == 3 ? dup(out[1]) : out[1];
        int ew = err[1] == 3 ? dup(err[1]) : err[1];
        child(spec, ow, ew, proto[1]);
    }
    setpgid(pid, pid);
    close(out[1]);
    close(err[1]);
    if (proto[1] >= 0) close(proto[1]);

    Buf ob = {0}, pb = {0};
    size_t tail_len = 0;
    struct pollfd pfd[3] = {{out[0], POLLIN, 0}, {err[0], POLLIN, 0}, {proto[0], POLLIN, 0}};
    int open_fds = proto[0] >= 0 ? 3 : 2;
    if (proto[0] < 0) pfd[2].fd = -1;
    uint64_t deadline = spec->timeout_s > 0 ? start + (uint64_t)(spec->timeout_s * 1e9) : 0;
    bool timed_out = false, killed = false;
    char chunk[65536];
    while (open_fds > 0) {
        int wait_ms = 1000;
        if (deadline) {
            uint64_t t = now_ns();
            uint64_t limit = timed_out ? deadline + GRACE_NS : deadline;
            if (t >= limit) {
                if (!timed_out) {
                    timed_out = true;
                    kill(-pid, SIGTERM);
                } else if (!killed) {
                    killed = true;
                    kill(-pid, SIGKILL);
                    break;   /* stop reading: grandchildren may hold the pipes open */
                }
                continue;
            }
            uint64_t left = (limit - t) / 1000000 + 1;
            wait_ms = left < 1000 ? (int)left : 1000;
        }
        int n = poll(pfd, 3, wait_ms);
        if (n < 0 && errno != EINTR) break;
        for (int i = 0; i < 3 && n > 0; i++) {
            if (pfd[i].fd < 0 || !(pfd[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
            ssize_t r = read(pfd[i].fd, chunk, sizeof chunk);
            if (r <= 0) {
                close(pfd[i].fd);
                pfd[i].fd = -1;
                open_fds--;
                continue;
            }
            if (i == 0) buf_add(&ob, chunk, (size_t)r);
            else if (i == 1) tail_add(res->err_tail, &tail_len, chunk, (size_t)r);
            else buf_add(&pb, chunk, (size_t)r);
        }
    }
    for (int i = 0; i < 3; i++)
        if (pfd[i].fd >= 0) close(pfd[i].fd);

    int status = 0;
    struct rusage ru;
    memset(&ru, 0, sizeof ru);
    while (wait4(pid, &status, 0, &ru) < 0 && errno == EINTR) {}
    kill(-pid, SIGKILL);   /* leftovers of the process group */
    res->wall_ns = now_ns() - start;
    res->user_ns = (uint64_t)ru.ru_utime.tv_sec * 1000000000ull + (uint64_t)ru.ru_utime.tv_usec * 1000ull;
    res->sys_ns = (uint64_t)ru.ru_stime.tv_sec * 1000000000ull + (uint64_t)ru.ru_stime.tv_usec * 1000ull;
    res->maxrss_kb = (uint64_t)ru.ru_maxrss;
    res->out = ob.p;
    res->out_len = ob.len;
    res->proto = pb.p;
    res->proto_len = pb.len;

    if (timed_out) {
        res->status = RUN_TIMEOUT;
        res->signal = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
    } else if (WIFSIGNALED(status)) {
        res->signal = WTERMSIG(status);
        res->status = RUN_CRASH;
    } else {
        res->exit_code = WEXITSTATUS(status);
        bool oom = strstr(res->err_tail, "ut of memory") != NULL;
        res->status = res->exit_code == 0 ? RUN_OK : oom ? RUN_OOM : RUN_FAILED;
    }
    return true;
}

void run_result_free(RunResult *res)
{
    free(res->out);
    free(res->proto);
    res->out = res->proto = NULL;
}
