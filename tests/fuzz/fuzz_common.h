/*
 * fuzz_common.h -- shared set-up of the libFuzzer targets (tests/fuzz/).
 *
 * A fresh VM per input (so one input cannot poison the next), configured like
 * the shell with a small heap; the time limit is the interpreter's own
 * interrupt flag (vm->interrupted, checked at loop back-edges and calls), set
 * by an ITIMER_VIRTUAL alarm (SIGVTALRM: libFuzzer owns SIGALRM for -timeout), so a looping program ends with a catchable
 * "Script interrupted" RangeError instead of a libFuzzer timeout.
 */
#ifndef TL_FUZZ_COMMON_H
#define TL_FUZZ_COMMON_H

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>

#include "tierlab.h"
#include "flags.h"
#include "vm.h"

/* struct TlVM is { VM vm; } (engine/vm.c): the VM is its first member. */
static inline VM *fuzz_vm(TlVM *t) { return (VM *)(void *)t; }

/* The VM the alarm interrupts; only the signal handler and the target touch it. */
static VM *volatile fuzz_current;

static void fuzz_on_alarm(int sig)
{
    (void)sig;
    VM *vm = fuzz_current;
    if (vm)
        vm->interrupted = true;
}

static inline TlVM *fuzz_vm_new(const char *max_heap)
{
    static int quiet;
    if (!quiet) {
        /* The engine's own stdout/stderr (uncaught errors) are silenced with
         * libFuzzer's -close_fd_mask=3 (run.sh), which keeps sanitizer and
         * fuzzer reports visible. */
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = fuzz_on_alarm;
        sigaction(SIGVTALRM, &sa, NULL);
        quiet = 1;
    }
    TlFlags flags;
    flags_init(&flags);
    flags_parse_size(max_heap, &flags.max_heap);
    flags.stack_size = 100000;
    flags.deterministic = true;
    const char *gc = getenv("FUZZ_GC");          /* e.g. FUZZ_GC=semispace */
    if (gc)
        flags.gc = gc;
    const char *stress = getenv("FUZZ_GC_STRESS");
    if (stress)
        flags.gc_stress = atoi(stress);
    const char *tiers = getenv("FUZZ_TIERS");    /* e.g. FUZZ_TIERS=interp,baseline */
    if (tiers)
        flags.tiers = tiers;
    const char *eager = getenv("FUZZ_EAGER");    /* FUZZ_EAGER=baseline: every function JIT-compiled on its first call */
    if (eager)
        flags.eager = eager;
    static char *argv0[] = {"fuzz", NULL};
    return tl_vm_new(&flags, 0, argv0);
}

/* One VM shared by `every` consecutive inputs (then freed and made anew):
 * VM creation dominates the cost of the small targets (fuzz_json,
 * fuzz_compile), whose scripts leave no state a later input can see besides
 * protos and atoms -- which is why the VM is renewed, not kept forever. */
static inline TlVM *fuzz_vm_shared(const char *max_heap, int every)
{
    static TlVM *shared;
    static int uses;
    if (shared && ++uses >= every) {
        tl_vm_free(shared);
        shared = NULL;
    }
    if (!shared) {
        shared = fuzz_vm_new(max_heap);
        uses = 0;
    }
    return shared;
}

/* Arm the interrupt for `ms` milliseconds of CPU time on this VM.  The
 * flag is cleared first: nothing in the engine resets it, so on a shared VM
 * one interrupted input would otherwise interrupt all the following ones. */
static inline void fuzz_arm(TlVM *t, long ms)
{
    fuzz_vm(t)->interrupted = false;
    fuzz_current = fuzz_vm(t);
    struct itimerval it;
    memset(&it, 0, sizeof it);
    it.it_value.tv_sec = ms / 1000;
    it.it_value.tv_usec = (ms % 1000) * 1000;
    setitimer(ITIMER_VIRTUAL, &it, NULL);
}

static inline void fuzz_disarm(void)
{
    struct itimerval it;
    memset(&it, 0, sizeof it);
    setitimer(ITIMER_VIRTUAL, &it, NULL);
    fuzz_current = NULL;
}

#endif
