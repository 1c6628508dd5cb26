/*
 * unit_gc.h -- helpers shared by the GC unit tests (test_gc_*.c): value
 * arrays as test cells, and running a body that must abort in a forked
 * child (the heap verifiers report on stderr and abort).
 */
#ifndef TL_UNIT_GC_H
#define TL_UNIT_GC_H

#include <check.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tierlab.h"
#include "flags.h"
#include "heap.h"
#include "object.h"
#include "vm.h"

/* A VM running GC plan `plan`: --heap, --max-heap and --nursery of 0
 * take the defaults; `verify` turns the heap verifier (--gc-verify) on. */
static inline VM *unit_gc_vm(const char *plan, size_t heap, size_t max_heap, size_t nursery, bool verify)
{
    TlFlags flags;
    flags_init(&flags);
    flags.gc = plan;
    flags.heap = heap;
    flags.max_heap = max_heap;
    flags.nursery = nursery;
    flags.gc_verify = verify;
    TlVM *t = tl_vm_new(&flags, 0, NULL);
    ck_assert_msg(t != NULL, "tl_vm_new failed for plan %s", plan);
    return (VM *)t;
}

/* A VALARRAY cell of n slots, each holding the int `tag`. */
static inline ValArray *unit_new_arr(VM *vm, uint32_t n, int32_t tag)
{
    ValArray *a = (ValArray *)vm_alloc(vm, CELL_VALARRAY, sizeof(ValArray) + n * sizeof(JSValue));
    ck_assert_ptr_nonnull(a);
    a->capacity = n;
    a->count = n;
    for (uint32_t i = 0; i < n; i++) a->v[i] = val_from_int(tag);
    return a;
}

static inline ValArray *unit_arr(JSValue v) { return (ValArray *)val_cell(v); }

/*
 * Runs body(arg) in a forked child whose stderr goes to a temporary file;
 * the child must die of a signal (an abort).  Returns the child's stderr,
 * NUL-terminated, in report[0..cap).  Fails the test if the child exited
 * normally or wrote nothing.
 */
static inline void unit_expect_abort(void (*body)(void *), void *arg, char *report, size_t cap)
{
    char path[] = "/tmp/tierlab-unit-XXXXXX";
    int fd = mkstemp(path);
    ck_assert_int_ge(fd, 0);
    pid_t pid = fork();
    ck_assert_int_ge(pid, 0);
    if (pid == 0) {
        dup2(fd, 2);
        body(arg);
        _exit(0);
    }
    int status;
    waitpid(pid, &status, 0);
    ssize_t n = pread(fd, report, cap - 1, 0);
    close(fd);
    unlink(path);
    ck_assert_msg(WIFSIGNALED(status), "the child did not abort (exit status %d)", WEXITSTATUS(status));
    ck_assert_int_gt(n, 0);
    report[n] = 0;
}

#endif
