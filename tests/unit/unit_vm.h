/*
 * unit_vm.h -- helpers shared by the unit tests that run a real VM
 * (test_array.c, test_baseline.c, test_builtins.c, test_interp.c,
 * test_regexp.c, test_runtime.c, test_shape.c): creating one, evaluating
 * a script that must not throw, finding a compiled function by name, and
 * running a suite of per-mode loop tests.
 *
 * Loop tests pass their index as a `mode`: 0 runs the default GC plan,
 * 1 runs semispace with a collection at every allocation, so cells move
 * under the code being tested.
 */
#ifndef TL_UNIT_VM_H
#define TL_UNIT_VM_H

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "tierlab.h"
#include "error.h"
#include "flags.h"
#include "function.h"
#include "str.h"
#include "vm.h"

/* Default flags, plus GC stress under semispace for mode 1. */
static inline void unit_flags_for_mode(TlFlags *flags, int mode)
{
    flags_init(flags);
    if (mode == 1) {
        flags->gc = "semispace";
        flags->gc_stress = 1;
    }
}

static inline VM *unit_vm_new(const TlFlags *flags)
{
    TlVM *t = tl_vm_new(flags, 0, NULL);
    ck_assert_msg(t != NULL, "tl_vm_new failed");
    return (VM *)t;
}

static inline VM *unit_vm_for_mode(int mode)
{
    TlFlags flags;
    unit_flags_for_mode(&flags, mode);
    return unit_vm_new(&flags);
}

/*
 * A semispace VM that collects at every allocation from now on (its own
 * start-up runs unstressed): for tests of C code on primitive values.
 */
static inline VM *unit_stress_vm_new(void)
{
    TlFlags flags;
    flags_init(&flags);
    flags.gc = "semispace";
    VM *vm = unit_vm_new(&flags);
    vm->heap.stress_every = 1;
    return vm;
}

static inline void unit_vm_free(VM *vm) { tl_vm_free((TlVM *)vm); }

/* Runs src as a script; an uncaught exception fails the test. */
static inline JSValue unit_eval(VM *vm, const char *src)
{
    JSValue r = vm_eval_source(vm, "<test>", src, strlen(src), false);
    if (r == VAL_EXCEPTION && err_pending(vm)) {
        char *d = err_describe(vm, err_take(vm));
        ck_abort_msg("uncaught exception: %s", d ? d : "?");
    }
    return r;
}

/* The compiled function named `name`, or NULL. */
static inline FunctionProto *unit_find_proto(VM *vm, const char *name)
{
    for (FunctionProto *fp = vm->protos; fp; fp = fp->next) {
        if (!val_is_string(fp->name)) continue;
        char *s = str_to_utf8(vm, fp->name, NULL);
        bool eq = s && strcmp(s, name) == 0;
        free(s);
        if (eq) return fp;
    }
    return NULL;
}

/* A suite with one test case, "core", allowed `timeout` seconds; the
 * caller adds its tests to the returned case. */
static inline TCase *unit_core_tcase(Suite **out, const char *name, int timeout)
{
    *out = suite_create(name);
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, timeout);
    suite_add_tcase(*out, tc);
    return tc;
}

/* Runs s; the process exit status. */
static inline int unit_run_suite(Suite *s)
{
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}

#endif
