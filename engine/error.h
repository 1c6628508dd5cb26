/*
 * error.h -- throwing and describing errors (prefix err_).
 *
 * Errors are returned, never longjmp'd: a throwing operation stores the
 * exception in vm->exception and returns VAL_EXCEPTION (or -1/false).  The
 * interpreter has one throw path that consults the handler tables.  Error
 * objects get a `stack` string captured when they are created:
 *     "TypeError: msg\n    at f (file.js:3:7)\n    at file.js:9:1"
 */
#ifndef TL_ERROR_H
#define TL_ERROR_H

#include <stdio.h>
#include "vm.h"

typedef enum ErrorType {
    Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError, AggregateError,
    ERROR_TYPE__COUNT
} ErrorType;

typedef enum ErrorMsg {
#define ERR(id, type, fmt) ERRMSG_##id,
#include "errors.def"
#undef ERR
    ERRMSG__COUNT
} ErrorMsg;

/* Throw a new error of the message's type; args fill the format's %s. */
JSValue err_throw(VM *vm, ErrorMsg msg, ...);
JSValue err_throw_type(VM *vm, ErrorType type, const char *fmt, ...);   /* for builtins with ad-hoc text */
JSValue err_throw_value(VM *vm, JSValue v);     /* throw any JS value */
static inline bool err_pending(VM *vm) { return vm->exception != VAL_HOLE; }
JSValue err_take(VM *vm);                      /* return and clear the pending exception */
/* new Error object of the type with a message (captures the stack). */
JSValue err_new(VM *vm, ErrorType type, JSValue message);
/* Capture the current JS stack as "    at ..." lines (malloc'd). */
char *err_capture_stack(VM *vm);
/* The same for Error.captureStackTrace: without the calling native frame,
 * and without the frames from the innermost call of fn up (if fn is a function). */
char *err_capture_stack_above(VM *vm, JSValue fn);
/* Print "Uncaught <toString>\n<stack>" for an escaped exception. */
void err_report_uncaught(VM *vm, JSValue exc, FILE *out);
/* Describe any value briefly for messages ("undefined", "[object Object]", "foo"), malloc'd. */
char *err_describe(VM *vm, JSValue v);

#endif
