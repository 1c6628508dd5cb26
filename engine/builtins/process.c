/*
 * process.c -- Node's `process` object (prefix bi_process_) and the
 * Node-style errors of the host modules.  The model is in process.h.
 *
 * State: INTR_ProcessState is a ValArray (PS_* below).  Listeners live in
 * a null-prototype object, event key -> Array of records [fn, once]; emit
 * walks a copy, so listeners added or removed meanwhile do not change the
 * current emit (node's arrayClone).  Every function here keeps JS values
 * it holds across an allocation in handles (bi_internal.h's rule).
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>

#include "process.h"

#include "bi_internal.h"
#include "call.h"
#include "eventloop.h"
#include "fs.h"
#include "jobs.h"
#if TL_HAVE_LIBUV
#include <uv.h>
#endif

#ifndef TL_VERSION_STRING
#define TL_VERSION_STRING "0.0.0"
#endif

extern char **environ;

enum {
    PS_EVENTS,          /* null-proto object: event key -> Array of [fn, once] */
    PS_EXIT_CODE,       /* process.exitCode as set (validated): undefined, null, number or string */
    PS_EXITING,         /* 'exit' was emitted (node's process._exiting) */
    PS_STDOUT, PS_STDERR,                /* the stream objects */
    PS_STDOUT_WRITE, PS_STDERR_WRITE,    /* their original write functions */
    PS_KEY_WRITE,       /* the atom "write" */
    PS_ARGV,            /* the array process.argv started as */
    PS_SCRIPT_SET,      /* true once argv[1] is the script's path */
    PS__COUNT
};

static ValArray *pstate(VM *vm) { return (ValArray *)val_cell(vm_intrinsic(vm, INTR_ProcessState)); }
static bool have_state(VM *vm) { return val_is_kind(vm_intrinsic(vm, INTR_ProcessState), CELL_VALARRAY); }
static void pset(VM *vm, int i, JSValue v)
{
    ValArray *a = pstate(vm);
    heap_store(&vm->heap, &a->hdr, &a->v[i], v);
}

/* ---- Node-style errors ------------------------------------------------------ */

static const char *const type_names[ERROR_TYPE__COUNT] = {
    "Error", "EvalError", "RangeError", "ReferenceError", "SyntaxError", "TypeError", "URIError", "AggregateError",
};

static char *vformat(const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    char *s = n >= 0 ? malloc((size_t)n + 1) : NULL;
    if (s) vsnprintf(s, (size_t)n + 1, fmt, ap);
    return s;
}

/* Define obj[name] = v as an own data property with attrs. */
static bool def(VM *vm, JSValue obj, const char *name, JSValue v, uint32_t attrs)
{
    return realm_def_value(vm, obj, name, v, attrs) == 0;
}

static bool def_str(VM *vm, JSValue *obj, const char *name, const char *s, uint32_t attrs)
{
    JSValue v = str_from_cstr(vm, s);
    return v != VAL_EXCEPTION && def(vm, *obj, name, v, attrs);
}

JSValue bi_process_throw_code(VM *vm, ErrorType type, const char *code, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *text = vformat(fmt, ap);
    va_end(ap);
    if (!text) return err_throw(vm, ERRMSG_OUT_OF_MEMORY);
    HandleScope hs = heap_scope_open(vm);
    JSValue r = VAL_EXCEPTION;
    JSValue msg = str_from_cstr(vm, text);
    free(text);
    if (msg == VAL_EXCEPTION) goto out;
    JSValue e = err_new(vm, type, msg);
    if (e == VAL_EXCEPTION) goto out;
    JSValue *he = heap_handle(vm, e);
    if (!def_str(vm, he, "code", code, PROP_DEFAULT)) goto out;
    /* "TypeError: msg\n    at ..." -> "TypeError [CODE]: msg\n    at ..." */
    PropDesc d;
    if (obj_get_own_property(vm, *he, vm_atom(vm, ATOM_stack), &d) == 1 && !(d.attrs & PROP_ACCESSOR) &&
        val_is_string(d.value)) {
        char *st = str_to_utf8(vm, d.value, NULL);
        size_t tn = strlen(type_names[type]);
        if (st && strncmp(st, type_names[type], tn) == 0) {
            size_t n = strlen(st) + strlen(code) + 4;
            char *ns = malloc(n);
            if (ns) {
                snprintf(ns, n, "%s [%s]%s", type_names[type], code, st + tn);
                JSValue sv = str_from_cstr(vm, ns);
                free(ns);
                if (sv == VAL_EXCEPTION || obj_define_value(vm, *he, vm_atom(vm, ATOM_stack), sv, PROP_HIDDEN) < 0) {
                    free(st);
                    goto out;
                }
            }
        }
        free(st);
    }
    r = err_throw_value(vm, *he);
out:
    heap_scope_close(vm, hs);
    return r;
}

static char *dup_cstr(const char *s)
{
    size_t n = strlen(s) + 1;
    char *d = malloc(n);
    if (d) memcpy(d, s, n);
    return d;
}

/* An own data property (no getter runs); VAL_HOLE when absent. */
static JSValue own_data(VM *vm, JSValue obj, JSValue key)
{
    PropDesc d;
    if (obj_get_own_property(vm, obj, key, &d) != 1 || (d.attrs & PROP_ACCESSOR)) return VAL_HOLE;
    return d.value;
}

char *bi_process_received(VM *vm, JSValue v)
{
    if (v == VAL_UNDEFINED) return dup_cstr("undefined");
    if (v == VAL_NULL) return dup_cstr("null");
    HandleScope hs = heap_scope_open(vm);
    JSValue *hv = heap_handle(vm, v);
    char *r = NULL;
    if (val_is_function(*hv)) {
        JSValue n = own_data(vm, *hv, vm_atom(vm, ATOM_name));
        if (val_is_string(n) && str_length(n) > 0) {
            char *s = str_to_utf8(vm, n, NULL);
            size_t len = s ? strlen(s) + 10 : 0;
            r = s ? malloc(len) : NULL;
            if (r) snprintf(r, len, "function %s", s);
            free(s);
            goto out;
        }
    } else if (val_is_object(*hv)) {
        /* value.constructor.name, read without running getters */
        for (JSValue p = *hv; val_is_object(p); p = val_obj(p)->proto) {
            JSValue c = own_data(vm, p, vm_atom(vm, ATOM_constructor));
            if (c == VAL_HOLE) continue;
            JSValue n = val_is_function(c) ? own_data(vm, c, vm_atom(vm, ATOM_name)) : VAL_HOLE;
            if (val_is_string(n) && str_length(n) > 0) {
                char *s = str_to_utf8(vm, n, NULL);
                size_t len = s ? strlen(s) + 16 : 0;
                r = s ? malloc(len) : NULL;
                if (r) snprintf(r, len, "an instance of %s", s);
                free(s);
                goto out;
            }
            break;
        }
        r = bi_inspect_to_cstr(vm, *hv, false);
        goto out;
    }
    char *s = bi_inspect_to_cstr(vm, *hv, false);
    if (!s) goto out;
    const char *type = val_is_number(*hv) ? "number" : val_is_string(*hv) ? "string" : val_is_bool(*hv) ? "boolean"
                     : val_is_symbol(*hv) ? "symbol" : val_is_function(*hv) ? "function" : "bigint";
    size_t n = strlen(s);
    if (n > 28) memcpy(s + 25, "...", 4);
    size_t len = strlen(s) + 32;
    r = malloc(len);
    if (r) snprintf(r, len, "type %s (%s)", type, s);
    free(s);
out:
    if (err_pending(vm) && !r) err_take(vm);
    heap_scope_close(vm, hs);
    return r;
}

JSValue bi_process_throw_arg_type(VM *vm, const char *name, const char *expected, JSValue v)
{
    char *d = bi_process_received(vm, v);
    JSValue r = bi_process_throw_code(vm, TypeError, "ERR_INVALID_ARG_TYPE", "The \"%s\" argument must be %s. Received %s",
                                      name, expected, d ? d : "a value");
    free(d);
    return r;
}

/* ---- process.exitCode, exit ------------------------------------------------- */

/* node's validateInteger for exitCode: null / undefined, an integer, or a
 * string that reads as one. */
static bool check_exit_code(VM *vm, JSValue v)
{
    if (val_is_nullish(v)) return true;
    double d;
    if (val_is_string(v)) {
        JSValue n = str_length(v) > 0 ? rt_to_number(vm, v) : val_number(NAN);
        if (n == VAL_EXCEPTION) return false;
        d = val_to_number(n);
        if (!(isfinite(d) && d == trunc(d))) {
            bi_process_throw_arg_type(vm, "code", "of type number", v);
            return false;
        }
    } else if (!val_is_number(v)) {
        bi_process_throw_arg_type(vm, "code", "of type number", v);
        return false;
    } else {
        d = val_to_number(v);
    }
    if (!(isfinite(d) && d == trunc(d))) {
        char *s = bi_process_received(vm, v);
        const char *shown = s && strncmp(s, "type number (", 13) == 0 ? s + 13 : s;
        size_t n = shown ? strlen(shown) : 0;
        bi_process_throw_code(vm, RangeError, "ERR_OUT_OF_RANGE",
                              "The value of \"code\" is out of range. It must be an integer. Received %.*s",
                              (int)(n && shown[n - 1] == ')' ? n - 1 : n), shown ? shown : "");
        free(s);
        return false;
    }
    if (d < -9007199254740991.0 || d > 9007199254740991.0) {
        bi_process_throw_code(vm, RangeError, "ERR_OUT_OF_RANGE",
                              "The value of \"code\" is out of range. It must be >= -9007199254740991 && <= 9007199254740991. Received %.17g", d);
        return false;
    }
    return true;
}

/* process.exitCode || 0 as a C int (a valid string reads as its number). */
static int exit_code_now(VM *vm)
{
    JSValue v = pstate(vm)->v[PS_EXIT_CODE];
    double d = 0;
    if (val_is_number(v)) d = val_to_number(v);
    else if (val_is_string(v)) {
        char *s = str_to_utf8(vm, v, NULL);
        d = s ? strtod(s, NULL) : 0;
        free(s);
    }
    if (!(d == d)) return 0;
    return (int)(int64_t)d;
}

static JSValue get_exit_code(VM *vm, JSValue *args, int argc, JSValue nt) { return pstate(vm)->v[PS_EXIT_CODE]; }

static JSValue set_exit_code(VM *vm, JSValue *args, int argc, JSValue nt)
{
    JSValue v = bi_arg(args, argc, 0);
    if (!check_exit_code(vm, v)) return VAL_EXCEPTION;
    pset(vm, PS_EXIT_CODE, args[0]);
    return VAL_UNDEFINED;
}

static int emit(VM *vm, JSValue key, int argc, const JSValue *argv);

/* Emit 'exit' once (node's process._exiting); false if a listener threw. */
static bool emit_exit(VM *vm)
{
    if (pstate(vm)->v[PS_EXITING] == VAL_TRUE) return true;
    pset(vm, PS_EXITING, VAL_TRUE);
    JSValue key = atom_from_cstr(vm, "exit");
    if (key == VAL_EXCEPTION) return false;
    JSValue code = val_from_int(exit_code_now(vm));
    return emit(vm, key, 1, &code) >= 0;
}

/* --stats when process.exit ends the program before the shell prints them
 * (the counters; the per-function list of --stats=json is the shell's). */
static void print_stats_now(VM *vm)
{
    if (vm->flags.stats[0] == '\0') return;
    heap_sync_stats(vm);
    if (strcmp(vm->flags.stats, "json") == 0) stats_print_json(&vm->stats, stderr);
    else stats_print_table(&vm->stats, stderr);
}

static JSValue process_exit(VM *vm, JSValue *args, int argc, JSValue nt)
{
    if (argc > 0) {
        if (!check_exit_code(vm, args[0])) return VAL_EXCEPTION;
        pset(vm, PS_EXIT_CODE, args[0]);
    }
    if (!emit_exit(vm)) return VAL_EXCEPTION;   /* node: the listener's exception propagates */
    int code = exit_code_now(vm);
    fflush(stdout);
    print_stats_now(vm);
    fflush(stderr);
    exit(code);
}

int bi_process_exit_status(VM *vm, int status)
{
    if (!have_state(vm)) return status;
    if (status != 0) pset(vm, PS_EXIT_CODE, val_from_int(status));
    /* After a clean run node lets V8 run the microtasks the listeners
     * queued (not timers); job_drain runs them (and nextTicks, which node
     * would not run: docs/runtime.md). */
    if (!emit_exit(vm) || (status == 0 && !job_drain(vm))) {
        HandleScope hs = heap_scope_open(vm);
        JSValue *exc = heap_handle(vm, err_take(vm));
        fflush(stdout);
        err_report_uncaught(vm, *exc, stderr);
        heap_scope_close(vm, hs);
        return 1;
    }
    return exit_code_now(vm);
}

/* ---- events: on, once, off, emit, ... --------------------------------------------- */

/* The record list of an event (an Array), or VAL_HOLE. */
static JSValue listeners_of(VM *vm, JSValue key)
{
    JSValue l = own_data(vm, pstate(vm)->v[PS_EVENTS], key);
    return val_is_array(l) ? l : VAL_HOLE;
}

/* The event name argument as a property key (strings and symbols). */
static JSValue event_key(VM *vm, JSValue ev)
{
    return val_is_symbol(ev) ? ev : atom_to_key(vm, ev);
}

/* on / addListener (magic 0), once (1), prependListener (2), prependOnceListener (3) */
static JSValue process_on(VM *vm, JSValue *args, int argc, JSValue nt)
{
    int magic = call_native_callee(vm)->magic;
    if (!rt_is_callable(bi_arg(args, argc, 1))) return bi_process_throw_arg_type(vm, "listener", "of type function", bi_arg(args, argc, 1));
    BI_SCOPE;
    JSValue k = event_key(vm, args[0]);
    if (k == VAL_EXCEPTION) BI_RETURN(k);
    JSValue *hk = heap_handle(vm, k);
    JSValue *pair = heap_handle(vm, args[1]);   /* consecutive handles: the record's values */
    heap_handle(vm, val_from_bool(magic & 1));
    JSValue rec = arr_new_from(vm, pair, 2);
    if (rec == VAL_EXCEPTION) BI_RETURN(rec);
    JSValue *hrec = heap_handle(vm, rec);
    JSValue l = listeners_of(vm, *hk);
    if (l == VAL_HOLE) {
        l = arr_new(vm, 0);
        if (l == VAL_EXCEPTION || obj_define_value(vm, pstate(vm)->v[PS_EVENTS], *hk, l, PROP_DEFAULT) < 0)
            BI_RETURN(VAL_EXCEPTION);
        l = listeners_of(vm, *hk);
    }
    JSValue *hl = heap_handle(vm, l);
    if (magic & 2) {
        /* prepend: a new list with the record first */
        uint32_t n = val_obj(*hl)->length;
        JSValue nl = arr_new(vm, 0);
        if (nl == VAL_EXCEPTION) BI_RETURN(nl);
        JSValue *hn = heap_handle(vm, nl);
        if (arr_push(vm, *hn, *hrec) < 0) BI_RETURN(VAL_EXCEPTION);
        for (uint32_t i = 0; i < n; i++) {
            JSValue r;
            if (arr_fast_get(*hl, i, &r) && arr_push(vm, *hn, r) < 0) BI_RETURN(VAL_EXCEPTION);
        }
        if (obj_define_value(vm, pstate(vm)->v[PS_EVENTS], *hk, *hn, PROP_DEFAULT) < 0) BI_RETURN(VAL_EXCEPTION);
    } else if (arr_push(vm, *hl, *hrec) < 0) {
        BI_RETURN(VAL_EXCEPTION);
    }
    BI_RETURN(args[-1]);
}

/* Remove the record at index i of the event's list (a new array). */
static bool remove_record(VM *vm, JSValue *hk, uint32_t at)
{
    HandleScope hs = heap_scope_open(vm);
    bool ok = false;
    JSValue *hl = heap_handle(vm, listeners_of(vm, *hk));
    if (*hl == VAL_HOLE) goto done_ok;
    uint32_t n = val_obj(*hl)->length;
    if (n <= 1) {
        ok = obj_delete(vm, pstate(vm)->v[PS_EVENTS], *hk) >= 0;
        goto out;
    }
    JSValue nl = arr_new(vm, 0);
    if (nl == VAL_EXCEPTION) goto out;
    JSValue *hn = heap_handle(vm, nl);
    for (uint32_t i = 0; i < n; i++) {
        JSValue r;
        if (i != at && arr_fast_get(*hl, i, &r) && arr_push(vm, *hn, r) < 0) goto out;
    }
    if (obj_define_value(vm, pstate(vm)->v[PS_EVENTS], *hk, *hn, PROP_DEFAULT) < 0) goto out;
done_ok:
    ok = true;
out:
    heap_scope_close(vm, hs);
    return ok;
}

static JSValue record_fn(JSValue rec)
{
    JSValue fn = VAL_UNDEFINED;
    if (val_is_array(rec)) arr_fast_get(rec, 0, &fn);
    return fn;
}

/* off / removeListener: the most recently added registration of fn. */
static JSValue process_off(VM *vm, JSValue *args, int argc, JSValue nt)
{
    if (!rt_is_callable(bi_arg(args, argc, 1))) return bi_process_throw_arg_type(vm, "listener", "of type function", bi_arg(args, argc, 1));
    BI_SCOPE;
    JSValue k = event_key(vm, args[0]);
    if (k == VAL_EXCEPTION) BI_RETURN(k);
    JSValue *hk = heap_handle(vm, k);
    JSValue l = listeners_of(vm, *hk);
    if (l != VAL_HOLE) {
        for (uint32_t i = val_obj(l)->length; i-- > 0;) {
            JSValue rec;
            if (arr_fast_get(l, i, &rec) && record_fn(rec) == args[1]) {
                if (!remove_record(vm, hk, i)) BI_RETURN(VAL_EXCEPTION);
                break;
            }
        }
    }
    BI_RETURN(args[-1]);
}

static JSValue process_remove_all(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    if (argc == 0 || args[0] == VAL_UNDEFINED) {
        JSValue e = obj_new(vm, VAL_NULL);
        if (e == VAL_EXCEPTION) BI_RETURN(e);
        pset(vm, PS_EVENTS, e);
        BI_RETURN(args[-1]);
    }
    JSValue k = event_key(vm, args[0]);
    if (k == VAL_EXCEPTION || obj_delete(vm, pstate(vm)->v[PS_EVENTS], k) < 0) BI_RETURN(VAL_EXCEPTION);
    BI_RETURN(args[-1]);
}

/* Call every listener of key with argv (this = process): 1 if there were
 * some, 0 if none, -1 if one threw (exception pending; the rest do not run). */
static int emit(VM *vm, JSValue key, int argc, const JSValue *argv)
{
    HandleScope hs = heap_scope_open(vm);
    int r = -1;
    JSValue *hk = heap_handle(vm, key);
    JSValue *args = NULL;   /* argv in consecutive handles */
    for (int i = 0; i < argc; i++) {
        JSValue *h = heap_handle(vm, argv[i]);
        if (!args) args = h;
    }
    JSValue l = listeners_of(vm, *hk);
    if (l == VAL_HOLE || val_obj(l)->length == 0) {
        r = 0;
        goto out;
    }
    JSValue *hl = heap_handle(vm, l);
    JSValue *hc = heap_handle(vm, arr_new(vm, 0));
    if (*hc == VAL_EXCEPTION) goto out;
    for (uint32_t i = 0; i < val_obj(*hl)->length; i++) {
        JSValue rec;
        if (arr_fast_get(*hl, i, &rec) && arr_push(vm, *hc, rec) < 0) goto out;
    }
    JSValue *hrec = heap_handle(vm, VAL_UNDEFINED);
    for (uint32_t i = 0; i < val_obj(*hc)->length; i++) {
        if (!arr_fast_get(*hc, i, hrec) || !val_is_array(*hrec)) continue;
        JSValue once = VAL_FALSE;
        arr_fast_get(*hrec, 1, &once);
        if (once == VAL_TRUE) {
            /* a once listener is removed before it runs */
            JSValue live = listeners_of(vm, *hk);
            for (uint32_t j = 0; live != VAL_HOLE && j < val_obj(live)->length; j++) {
                JSValue rec;
                if (arr_fast_get(live, j, &rec) && rec == *hrec) {
                    if (!remove_record(vm, hk, j)) goto out;
                    break;
                }
            }
        }
        if (vm_call(vm, record_fn(*hrec), loop_process_object(vm), argc, args) == VAL_EXCEPTION) goto out;
    }
    r = 1;
out:
    heap_scope_close(vm, hs);
    return r;
}

static JSValue process_emit(VM *vm, JSValue *args, int argc, JSValue nt)
{
    JSValue k = event_key(vm, bi_arg(args, argc, 0));
    if (k == VAL_EXCEPTION) return k;
    int r = emit(vm, k, argc > 1 ? argc - 1 : 0, args + 1);
    return r < 0 ? VAL_EXCEPTION : val_from_bool(r > 0);
}

/* listeners (magic 0): a new array of the functions; listenerCount (1) */
static JSValue process_listeners(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    JSValue k = event_key(vm, bi_arg(args, argc, 0));
    if (k == VAL_EXCEPTION) BI_RETURN(k);
    JSValue l = listeners_of(vm, k);
    uint32_t n = l == VAL_HOLE ? 0 : val_obj(l)->length;
    if (call_native_callee(vm)->magic == 1) BI_RETURN(val_from_int((int32_t)n));
    JSValue *hl = heap_handle(vm, l);
    JSValue out = arr_new(vm, 0);
    if (out == VAL_EXCEPTION) BI_RETURN(out);
    JSValue *ho = heap_handle(vm, out);
    for (uint32_t i = 0; i < n; i++) {
        JSValue rec;
        if (arr_fast_get(*hl, i, &rec) && arr_push(vm, *ho, record_fn(rec)) < 0) BI_RETURN(VAL_EXCEPTION);
    }
    BI_RETURN(*ho);
}

/* ---- stdout / stderr ---------------------------------------------------------------- */

static void write_fd(int fd, const char *p, size_t n)
{
    FILE *f = fd == 2 ? stderr : stdout;
    if (fd == 2) fflush(stdout);
    fwrite(p, 1, n, f);
    if (fd == 2) fflush(stderr);
}

/* stream.write(chunk[, encoding][, callback]) -> true; magic = fd */
static JSValue stream_write(VM *vm, JSValue *args, int argc, JSValue nt)
{
    int fd = call_native_callee(vm)->magic;
    JSValue chunk = bi_arg(args, argc, 0);
    if (!val_is_string(chunk))
        return bi_process_throw_arg_type(vm, "chunk", "of type string or an instance of Buffer, TypedArray, or DataView",
                                         chunk);
    JSValue enc = bi_arg(args, argc, 1), cb = bi_arg(args, argc, 2);
    if (rt_is_callable(enc)) {
        cb = enc;
        enc = VAL_UNDEFINED;
    }
    FsEncoding e = FS_ENC_UTF8;
    if (val_is_string(enc) && !bi_fs_encoding(vm, enc, &e)) {
        char *s = str_to_utf8(vm, enc, NULL);
        JSValue r = bi_process_throw_code(vm, TypeError, "ERR_UNKNOWN_ENCODING", "Unknown encoding: %s", s ? s : "");
        free(s);
        return r;
    }
    size_t n;
    char *bytes = bi_fs_encode(vm, chunk, e, &n);
    if (!bytes) return VAL_EXCEPTION;
    write_fd(fd, bytes, n);
    free(bytes);
    if (rt_is_callable(cb)) {
        /* node calls it with (null) once the write is done, from the tick queue */
        JSValue a = VAL_NULL;
        JSValue arr = arr_new_from(vm, &a, 1);
        if (arr == VAL_EXCEPTION || !job_enqueue_tick(vm, args[argc > 2 ? 2 : 1], arr)) return VAL_EXCEPTION;
    }
    return VAL_TRUE;
}

int bi_process_write_hook(VM *vm, int fd, const char *text, size_t len)
{
    if (!have_state(vm)) return 0;
    ValArray *ps = pstate(vm);
    JSValue stream = ps->v[fd == 2 ? PS_STDERR : PS_STDOUT];
    JSValue orig = ps->v[fd == 2 ? PS_STDERR_WRITE : PS_STDOUT_WRITE];
    if (!val_is_object(stream) || own_data(vm, stream, ps->v[PS_KEY_WRITE]) == orig) return 0;
    HandleScope hs = heap_scope_open(vm);
    int r = -1;
    JSValue *hs_ = heap_handle(vm, stream);
    JSValue w = obj_get(vm, *hs_, pstate(vm)->v[PS_KEY_WRITE]);
    if (w == VAL_EXCEPTION) goto out;
    if (w == pstate(vm)->v[fd == 2 ? PS_STDERR_WRITE : PS_STDOUT_WRITE]) {
        r = 0;
        goto out;
    }
    JSValue *hw = heap_handle(vm, w);
    JSValue s = str_from_utf8(vm, text, len);
    if (s == VAL_EXCEPTION) goto out;
    JSValue *hstr = heap_handle(vm, s);
    if (!rt_is_callable(*hw)) {
        err_throw_type(vm, TypeError, "stream.write is not a function");
        goto out;
    }
    r = vm_call(vm, *hw, *hs_, 1, hstr) == VAL_EXCEPTION ? -1 : 1;
out:
    heap_scope_close(vm, hs);
    return r;
}

static bool make_stream(VM *vm, int fd)
{
    HandleScope hs = heap_scope_open(vm);
    bool ok = false;
    JSValue s = obj_new(vm, vm_intrinsic(vm, INTR_ObjectPrototype));
    if (s == VAL_EXCEPTION) goto out;
    JSValue *h = heap_handle(vm, s);
    if (!def(vm, *h, "fd", val_from_int(fd), PROP_DEFAULT)) goto out;
    if (isatty(fd) && !def(vm, *h, "isTTY", VAL_TRUE, PROP_DEFAULT)) goto out;
    JSValue w = fn_new_native(vm, "write", stream_write, 3, fd);
    if (w == VAL_EXCEPTION) goto out;
    JSValue *hw = heap_handle(vm, w);
    if (!def(vm, *h, "write", *hw, PROP_HIDDEN)) goto out;
    pset(vm, fd == 2 ? PS_STDERR : PS_STDOUT, *h);
    pset(vm, fd == 2 ? PS_STDERR_WRITE : PS_STDOUT_WRITE, *hw);
    ok = def(vm, loop_process_object(vm), fd == 2 ? "stderr" : "stdout", *h, PROP_DEFAULT);
out:
    heap_scope_close(vm, hs);
    return ok;
}

/* ---- hrtime, uptime, cwd -------------------------------------------------------- */

/* The monotonic clock in nanoseconds; --deterministic: the VM's virtual clock (vm.c). */
static uint64_t hrtime_ns(VM *vm)
{
    return vm->flags.deterministic ? (uint64_t)(vm_monotonic_ms(vm) * 1e6) : stats_now_ns();
}

/* hrtime.bigint(): the same clock as one BigInt of nanoseconds. */
static JSValue process_hrtime_bigint(VM *vm, JSValue *args, int argc, JSValue nt)
{
    return bigint_from_uint64(vm, hrtime_ns(vm));
}

/* hrtime([prev]): [seconds, nanoseconds] of a monotonic clock, or the time since prev. */
static JSValue process_hrtime(VM *vm, JSValue *args, int argc, JSValue nt)
{
    uint64_t now = hrtime_ns(vm);
    double sec = (double)(now / 1000000000u), ns = (double)(now % 1000000000u);
    JSValue prev = bi_arg(args, argc, 0);
    if (prev != VAL_UNDEFINED) {
        if (!val_is_array(prev)) return bi_process_throw_arg_type(vm, "time", "an instance of Array", prev);
        if (val_obj(prev)->length != 2)
            return bi_process_throw_code(vm, RangeError, "ERR_OUT_OF_RANGE",
                                         "The value of \"time\" is out of range. It must be 2. Received %u",
                                         val_obj(prev)->length);
        JSValue a = bi_get_index(vm, prev, 0);
        if (a == VAL_EXCEPTION) return a;
        JSValue an = rt_to_number(vm, a);
        if (an == VAL_EXCEPTION) return an;
        JSValue b = bi_get_index(vm, args[0], 1);
        if (b == VAL_EXCEPTION) return b;
        JSValue bn = rt_to_number(vm, b);
        if (bn == VAL_EXCEPTION) return bn;
        sec -= val_to_number(an);
        ns -= val_to_number(bn);
        if (ns < 0) {
            sec -= 1;
            ns += 1e9;
        }
    }
    JSValue pair[2] = { val_number(sec), val_number(ns) };
    return arr_new_from(vm, pair, 2);
}

static JSValue process_uptime(VM *vm, JSValue *args, int argc, JSValue nt)
{
    return val_number(vm_monotonic_ms(vm) / 1e3);
}

static JSValue process_cwd(VM *vm, JSValue *args, int argc, JSValue nt)
{
    char *d = getcwd(NULL, 0);
    if (!d) return err_throw_type(vm, Error, "process.cwd(): %s", strerror(errno));
    JSValue r = str_from_utf8(vm, d, strlen(d));
    free(d);
    return r;
}

/* ---- installation ---------------------------------------------------------------- */

static bool make_argv(VM *vm, JSValue *hp, int argc, char **argv)
{
    HandleScope hs = heap_scope_open(vm);
    bool ok = false;
    JSValue a = arr_new(vm, 0);
    if (a == VAL_EXCEPTION) goto out;
    JSValue *ha = heap_handle(vm, a);
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0) n = (ssize_t)strlen(strcpy(exe, "tierlab"));
    exe[n] = '\0';
    JSValue s = str_from_utf8(vm, exe, (size_t)n);
    if (s == VAL_EXCEPTION || arr_push(vm, *ha, s) < 0) goto out;
    if (!def(vm, *hp, "execPath", s, PROP_DEFAULT)) goto out;
    for (int i = 0; i < argc; i++) {
        s = str_from_utf8(vm, argv[i], strlen(argv[i]));
        if (s == VAL_EXCEPTION || arr_push(vm, *ha, s) < 0) goto out;
    }
    pset(vm, PS_ARGV, *ha);
    ok = def(vm, *hp, "argv", *ha, PROP_DEFAULT);
out:
    heap_scope_close(vm, hs);
    return ok;
}

bool bi_process_set_script(VM *vm, const char *abs_path)
{
    HandleScope hs = heap_scope_open(vm);
    bool ok = false;
    JSValue *ha = heap_handle(vm, pstate(vm)->v[PS_ARGV]);
    JSValue s = str_from_utf8(vm, abs_path, strlen(abs_path));
    if (s == VAL_EXCEPTION || !val_is_array(*ha)) goto out;
    JSValue *hstr = heap_handle(vm, s);
    /* argv[1..] move up one (the first time: a later script replaces it) */
    uint32_t n = val_obj(*ha)->length;
    for (uint32_t i = n; i > 1 && pstate(vm)->v[PS_SCRIPT_SET] != VAL_TRUE; i--) {
        JSValue v = bi_get_index(vm, *ha, i - 1);
        if (v == VAL_EXCEPTION || bi_set_index(vm, *ha, i, v) < 0) goto out;
    }
    ok = bi_set_index(vm, *ha, 1, *hstr) >= 0;
    if (ok) pset(vm, PS_SCRIPT_SET, VAL_TRUE);
out:
    heap_scope_close(vm, hs);
    return ok;
}

static bool make_env(VM *vm, JSValue *hp)
{
    HandleScope hs = heap_scope_open(vm);
    bool ok = false;
    JSValue env = obj_new(vm, vm_intrinsic(vm, INTR_ObjectPrototype));
    if (env == VAL_EXCEPTION) goto out;
    JSValue *he = heap_handle(vm, env);
    for (char **e = environ; e && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq || eq == *e) continue;
        HandleScope inner = heap_scope_open(vm);
        JSValue k = str_from_utf8(vm, *e, (size_t)(eq - *e));
        if (k == VAL_EXCEPTION) goto out;
        k = atom_to_key(vm, k);
        if (k == VAL_EXCEPTION) goto out;
        JSValue *hk = heap_handle(vm, k);
        JSValue v = str_from_utf8(vm, eq + 1, strlen(eq + 1));
        if (v == VAL_EXCEPTION || obj_define_value(vm, *he, *hk, v, PROP_DEFAULT) < 0) goto out;
        heap_scope_close(vm, inner);
    }
    ok = def(vm, *hp, "env", *he, PROP_DEFAULT);
out:
    heap_scope_close(vm, hs);
    return ok;
}

bool bi_process_init(VM *vm, int script_argc, char **script_argv)
{
    HandleScope hs = heap_scope_open(vm);
    bool ok = false;
    JSValue st = valarray_new(vm, PS__COUNT);
    if (st == VAL_EXCEPTION) goto out;
    ((ValArray *)val_cell(st))->count = PS__COUNT;
    vm->intrinsics[INTR_ProcessState] = st;
    JSValue ev = obj_new(vm, VAL_NULL);
    if (ev == VAL_EXCEPTION) goto out;
    pset(vm, PS_EVENTS, ev);
    pset(vm, PS_EXITING, VAL_FALSE);
    JSValue wk = atom_from_cstr(vm, "write");
    if (wk == VAL_EXCEPTION) goto out;
    pset(vm, PS_KEY_WRITE, wk);
    JSValue p = loop_process_object(vm);
    if (p == VAL_EXCEPTION) goto out;
    JSValue *hp = heap_handle(vm, p);
    if (!make_argv(vm, hp, script_argc, script_argv) || !make_env(vm, hp) || !make_stream(vm, 1) ||
        !make_stream(vm, 2))
        goto out;
    static const struct {
        const char *name;
        NativeFn fn;
        int length, magic;
    } methods[] = {
        { "exit", process_exit, 1, 0 },
        { "on", process_on, 2, 0 },
        { "addListener", process_on, 2, 0 },
        { "once", process_on, 2, 1 },
        { "prependListener", process_on, 2, 2 },
        { "prependOnceListener", process_on, 2, 3 },
        { "off", process_off, 2, 0 },
        { "removeListener", process_off, 2, 0 },
        { "removeAllListeners", process_remove_all, 1, 0 },
        { "emit", process_emit, 1, 0 },
        { "listeners", process_listeners, 1, 0 },
        { "listenerCount", process_listeners, 1, 1 },
        { "hrtime", process_hrtime, 1, 0 },
        { "uptime", process_uptime, 0, 0 },
        { "cwd", process_cwd, 0, 0 },
    };
    for (size_t i = 0; i < sizeof methods / sizeof methods[0]; i++)
        if (realm_def_method(vm, *hp, methods[i].name, methods[i].fn, methods[i].length, methods[i].magic) < 0) goto out;
    /* process.hrtime.bigint (node names the function hrtimeBigInt) */
    JSValue hk = atom_from_cstr(vm, "hrtime");
    if (hk == VAL_EXCEPTION) goto out;
    JSValue hrtime = obj_get(vm, *hp, hk);
    if (hrtime == VAL_EXCEPTION || !val_is_object(hrtime)) goto out;
    JSValue *hh = heap_handle(vm, hrtime);
    JSValue hb = fn_new_native(vm, "hrtimeBigInt", process_hrtime_bigint, 0, 0);
    if (hb == VAL_EXCEPTION) goto out;
    JSValue *hhb = heap_handle(vm, hb);
    JSValue bk = atom_from_cstr(vm, "bigint");
    if (bk == VAL_EXCEPTION || obj_define_value(vm, *hh, bk, *hhb, PROP_DEFAULT) < 0) goto out;
    /* exitCode: an accessor that validates, like node's */
    JSValue g = fn_new_native(vm, "get exitCode", get_exit_code, 0, 0);
    if (g == VAL_EXCEPTION) goto out;
    JSValue *hg = heap_handle(vm, g);
    JSValue s = fn_new_native(vm, "set exitCode", set_exit_code, 1, 0);
    if (s == VAL_EXCEPTION) goto out;
    JSValue *hset = heap_handle(vm, s);
    JSValue k = atom_from_cstr(vm, "exitCode");
    if (k == VAL_EXCEPTION || obj_define_accessor(vm, *hp, k, *hg, *hset, PROP_ENUMERABLE | PROP_CONFIGURABLE) < 0)
        goto out;
#if defined(__linux__)
    const char *platform = "linux";
#elif defined(__APPLE__)
    const char *platform = "darwin";
#else
    const char *platform = "unknown";
#endif
#if defined(__x86_64__)
    const char *arch = "x64";
#elif defined(__aarch64__)
    const char *arch = "arm64";
#else
    const char *arch = "unknown";
#endif
    if (!def_str(vm, hp, "platform", platform, PROP_DEFAULT) || !def_str(vm, hp, "arch", arch, PROP_DEFAULT) ||
        !def(vm, *hp, "pid", val_from_int((int32_t)getpid()), PROP_DEFAULT) ||
        !def(vm, *hp, "ppid", val_from_int((int32_t)getppid()), PROP_DEFAULT) ||
        !def_str(vm, hp, "version", "v" TL_VERSION_STRING, PROP_DEFAULT))
        goto out;
    JSValue vs = obj_new(vm, vm_intrinsic(vm, INTR_ObjectPrototype));
    if (vs == VAL_EXCEPTION) goto out;
    JSValue *hvs = heap_handle(vm, vs);
    if (!def_str(vm, hvs, "tierlab", TL_VERSION_STRING, PROP_DEFAULT)) goto out;
#if TL_HAVE_LIBUV
    if (!def_str(vm, hvs, "uv", uv_version_string(), PROP_DEFAULT)) goto out;
#endif
    if (!def(vm, *hp, "versions", *hvs, PROP_DEFAULT)) goto out;
    JSValue tag = str_from_cstr(vm, "process");
    if (tag == VAL_EXCEPTION ||
        obj_define_value(vm, *hp, vm_intrinsic(vm, INTR_SymbolToStringTag), tag, PROP_CONFIGURABLE) < 0)
        goto out;
    ok = true;
out:
    heap_scope_close(vm, hs);
    return ok;
}
