/*
 * process.h -- Node's `process` object (prefix bi_process_) and the
 * Node-style errors every host module throws (fs.c, modules.c).
 *
 * process.c adds its members to the object eventloop.c creates
 * (loop_process_object): argv, env, exit, exitCode, stdout / stderr,
 * the EventEmitter methods (on, once, off, emit, ...), hrtime, platform,
 * pid, ... (docs/runtime.md lists them).  Its state is one ValArray,
 * INTR_ProcessState: the listeners, the exit code, the original stream
 * write functions.
 *
 * Exit.  Node's order: 'exit' listeners run once, with the exit code, when
 * the program ends (bi_process_exit_status, called by the shell through
 * tl_run_exit) or when process.exit() is called; process.exit() then
 * flushes stdio and ends the process at once (C exit()), as node's
 * reallyExit does.  No JS runs after the 'exit' listeners.
 */
#ifndef TL_BI_PROCESS_H
#define TL_BI_PROCESS_H

#include <stddef.h>
#include "error.h"
#include "vm.h"

/* Install the members (realm_init, after loop_install).  script_argv are
 * the arguments after the script name (process.argv[2..]). */
bool bi_process_init(VM *vm, int script_argc, char **script_argv);
/* The script's absolute path becomes process.argv[1] (modules.c, once). */
bool bi_process_set_script(VM *vm, const char *abs_path);
/* The end of the program: status is the shell's (0, or 1 after an uncaught
 * error, which becomes process.exitCode).  Emits 'exit' unless process.exit
 * already did, and returns the status the process exits with
 * (process.exitCode || 0; 1 if a listener threw, after reporting it). */
int bi_process_exit_status(VM *vm, int status);

/* console.c: when the program replaced process.stdout.write (or stderr's),
 * console output goes through that function as in node.  Returns 0 when
 * the original is in place (the caller writes itself), 1 when the text was
 * handed to the JS function, -1 when that threw (exception pending). */
int bi_process_write_hook(VM *vm, int fd, const char *text, size_t len);

/* ---- Node-style errors (node's lib/internal/errors.js) ------------------ */

/* Throw a new error of `type` whose own enumerable `code` is code and whose
 * stack headline reads "Type [CODE]: message", like node's. */
JSValue bi_process_throw_code(VM *vm, ErrorType type, const char *code, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* ERR_INVALID_ARG_TYPE: 'The "name" argument must be <expected>. Received ...' */
JSValue bi_process_throw_arg_type(VM *vm, const char *name, const char *expected, JSValue v);
/* node's determineSpecificType(v): "undefined", "type number (5)",
 * "an instance of Object", "function f" (malloc'd; NULL on OOM). */
char *bi_process_received(VM *vm, JSValue v);

#endif
