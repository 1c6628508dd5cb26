/*
 * error.c -- throwing, error objects and stack traces (prefix err_).
 *
 * A throw stores the exception in vm->exception and returns VAL_EXCEPTION;
 * nothing here unwinds.  Engine errors come from the errors.def table (type +
 * printf format with %s arguments).  Error objects are JSObjects of class
 * CLS_ERROR with the intrinsic prototype of their type, an own `message`
 * (when given) and an own `stack` string captured at creation:
 *     "TypeError: msg\n    at f (file.js:3:7)\n    at file.js:9:1"
 * (both non-enumerable).  Stack capture walks vm->frames from the top and
 * never runs JS.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "bigint.h"
#include "error.h"
#include "builtins/builtins.h"
#include "function.h"
#include "numconv.h"
#include "runtime.h"
#include "str.h"

#define STACK_TRACE_LIMIT 10

static const struct {
    ErrorType type;
    const char *fmt;
} err_table[ERRMSG__COUNT] = {
#define ERR(id, type, fmt) {type, fmt},
#include "errors.def"
#undef ERR
};

static const char *const type_names[ERROR_TYPE__COUNT] = {
    "Error", "EvalError", "RangeError", "ReferenceError", "SyntaxError", "TypeError", "URIError",
    "AggregateError",
};

static IntrinsicId type_proto(ErrorType t)
{
    switch (t) {
    case Error: return INTR_ErrorPrototype;
    case EvalError: return INTR_EvalErrorPrototype;
    case RangeError: return INTR_RangeErrorPrototype;
    case ReferenceError: return INTR_ReferenceErrorPrototype;
    case SyntaxError: return INTR_SyntaxErrorPrototype;
    case TypeError: return INTR_TypeErrorPrototype;
    case URIError: return INTR_URIErrorPrototype;
    case AggregateError: return INTR_AggregateErrorPrototype;
    case ERROR_TYPE__COUNT: break;
    }
    return INTR_ErrorPrototype;
}

/* ---- a small malloc'd text buffer ---------------------------------------- */

typedef struct Text {
    char *p;
    size_t len, cap;
} Text;

static void text_add(Text *t, const char *s, size_t n)
{
    if (t->len + n + 1 > t->cap) {
        size_t ncap = t->cap ? t->cap * 2 : 128;
        while (ncap < t->len + n + 1) ncap *= 2;
        char *np = realloc(t->p, ncap);
        if (!np) return;   /* truncated text rather than a crash */
        t->p = np;
        t->cap = ncap;
    }
    memcpy(t->p + t->len, s, n);
    t->len += n;
    t->p[t->len] = 0;
}
static void text_cstr(Text *t, const char *s) { text_add(t, s, strlen(s)); }

static char *vformat(const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (n < 0) n = 0;
    char *s = malloc((size_t)n + 1);
    if (s) vsnprintf(s, (size_t)n + 1, fmt, ap);
    return s;
}

/* ---- stack capture -------------------------------------------------------- */

/* The Error constructors' own native frame is left out of the trace (the
 * error is about the caller, as in other engines). */
static bool is_error_ctor(VM *vm, JSValue callee)
{
    if (!val_is_function(callee)) return false;
    JSValue n = fn_name(vm, callee);
    if (!val_is_kind(n, CELL_STRING)) return false;
    JSString *s = (JSString *)val_cell(n);
    static const char suffix[] = "Error";
    uint32_t k = sizeof suffix - 1;
    if (s->length < k) return false;
    for (uint32_t i = 0; i < k; i++)
        if (str_unit(s, s->length - k + i) != (uint8_t)suffix[i]) return false;
    return true;
}

/* The frames below index top, innermost first. */
static char *capture_below(VM *vm, uint32_t top)
{
    Text t = {0};
    text_add(&t, "", 0);
    int shown = 0;
    for (uint32_t i = top; i-- > 0 && shown < STACK_TRACE_LIMIT;) {
        Frame *fr = &vm->frames[i];
        FunctionProto *fp = fr->proto;
        if (!fp && i + 1 == vm->frame_count && is_error_ctor(vm, fr->callee)) continue;
        if (shown) text_cstr(&t, "\n");
        shown++;
        if (!fp) {
            /* native frame: fn_name may allocate but we hold no cells here */
            char *name = NULL;
            if (val_is_function(fr->callee)) {
                JSValue n = fn_name(vm, vm->frames[i].callee);
                if (n != VAL_EXCEPTION && val_is_string(n) && str_length(n) > 0) name = str_to_utf8(vm, n, NULL);
                if (n == VAL_EXCEPTION) err_take(vm);
            }
            text_cstr(&t, "    at ");
            text_cstr(&t, name ? name : "<anonymous>");
            text_cstr(&t, " (native)");
            free(name);
            continue;
        }
        char pos[64] = "";
        if (fr->pc && fr->pc >= fp->code && fr->pc < fp->code + fp->code_len + 1) {
            uint32_t line = 0, col = 0;
            bc_position(fp, (uint32_t)(fr->pc - fp->code), &line, &col);
            snprintf(pos, sizeof pos, ":%u:%u", line, col);
        } else {
            snprintf(pos, sizeof pos, ":%u:%u", fp->line, fp->col);
        }
        const char *file = fp->source && fp->source->name ? fp->source->name : "<anonymous>";
        char *name = NULL;
        if (!(fp->flags & FP_TOP_LEVEL)) {
            JSValue n = val_is_function(fr->callee) ? fn_name(vm, fr->callee) : fp->name;
            if (!val_is_string(n) || str_length(n) == 0) n = fp->name;
            if (val_is_string(n) && str_length(n) > 0) name = str_to_utf8(vm, n, NULL);
        }
        text_cstr(&t, "    at ");
        if (name) {
            text_cstr(&t, name);
            text_cstr(&t, " (");
            text_cstr(&t, file);
            text_cstr(&t, pos);
            text_cstr(&t, ")");
        } else {
            text_cstr(&t, file);
            text_cstr(&t, pos);
        }
        free(name);
    }
    return t.p;
}

char *err_capture_stack(VM *vm)
{
    return capture_below(vm, vm->frame_count);
}

/* Error.captureStackTrace(obj, fn): called from a native frame (skipped);
 * with fn, the frames from the innermost call of fn upwards are left out
 * (nothing when fn is not on the stack). */
char *err_capture_stack_above(VM *vm, JSValue fn)
{
    uint32_t top = vm->frame_count;
    if (top > 0 && !vm->frames[top - 1].proto) top--;   /* the native caller itself */
    if (val_is_function(fn)) {
        uint32_t i = top;
        while (i > 0 && vm->frames[i - 1].callee != fn) i--;
        top = i > 0 ? i - 1 : 0;
    }
    return capture_below(vm, top);
}

/* ---- error objects --------------------------------------------------------- */

JSValue err_new(VM *vm, ErrorType type, JSValue message)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *hmsg = heap_handle(vm, message);
    if (!val_is_undefined(message) && !val_is_string(message)) {
        JSValue s = rt_to_string(vm, message);
        if (s == VAL_EXCEPTION) { heap_scope_close(vm, hs); return s; }
        *hmsg = s;
    }
    JSValue proto = vm_intrinsic(vm, type_proto(type));
    if (!val_is_object(proto)) proto = VAL_NULL;
    JSValue obj = obj_new_class(vm, proto, CLS_ERROR, sizeof(JSObject));
    if (obj == VAL_EXCEPTION) { heap_scope_close(vm, hs); return obj; }
    JSValue *hobj = heap_handle(vm, obj);
    if (!val_is_undefined(*hmsg) &&
        obj_define_value(vm, *hobj, vm_atom(vm, ATOM_message), *hmsg, PROP_HIDDEN) < 0) {
        heap_scope_close(vm, hs);
        return VAL_EXCEPTION;
    }

    /* stack = "Type: message" + "\n" + frames */
    Text t = {0};
    text_cstr(&t, type_names[type < ERROR_TYPE__COUNT ? type : Error]);
    if (val_is_string(*hmsg) && str_length(*hmsg) > 0) {
        char *m = str_to_utf8(vm, *hmsg, NULL);
        text_cstr(&t, ": ");
        text_cstr(&t, m);
        free(m);
    }
    char *frames = err_capture_stack(vm);
    if (frames && *frames) {
        text_cstr(&t, "\n");
        text_cstr(&t, frames);
    }
    free(frames);
    JSValue stack = t.p ? str_from_utf8(vm, t.p, t.len) : VAL_UNDEFINED;
    free(t.p);
    if (stack == VAL_EXCEPTION ||
        obj_define_value(vm, *hobj, vm_atom(vm, ATOM_stack), stack, PROP_HIDDEN) < 0) {
        heap_scope_close(vm, hs);
        return VAL_EXCEPTION;
    }
    JSValue r = *hobj;
    heap_scope_close(vm, hs);
    return r;
}

static JSValue throw_new(VM *vm, ErrorType type, const char *cmsg)
{
    JSValue msg = cmsg ? str_from_cstr(vm, cmsg) : VAL_UNDEFINED;
    if (msg == VAL_EXCEPTION) return msg;
    JSValue e = err_new(vm, type, msg);
    if (e == VAL_EXCEPTION) return e;
    vm->exception = e;
    return VAL_EXCEPTION;
}

JSValue err_throw(VM *vm, ErrorMsg msg, ...)
{
    va_list ap;
    va_start(ap, msg);
    char *text = vformat(err_table[msg].fmt, ap);
    va_end(ap);
    JSValue r = throw_new(vm, err_table[msg].type, text ? text : err_table[msg].fmt);
    free(text);
    return r;
}

JSValue err_throw_type(VM *vm, ErrorType type, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *text = vformat(fmt, ap);
    va_end(ap);
    JSValue r = throw_new(vm, type, text ? text : fmt);
    free(text);
    return r;
}

JSValue err_throw_value(VM *vm, JSValue v)
{
    vm->exception = v;
    return VAL_EXCEPTION;
}

JSValue err_take(VM *vm)
{
    JSValue v = vm->exception;
    vm->exception = VAL_HOLE;
    return v;
}

/* ---- describing values ------------------------------------------------------ */

static char *dup_cstr(const char *s)
{
    size_t n = strlen(s) + 1;
    char *d = malloc(n);
    if (d) memcpy(d, s, n);
    return d;
}

char *err_describe(VM *vm, JSValue v)
{
    char buf[NUM_BUF_SIZE + 16];
    if (val_is_number(v)) {
        num_to_cstr(val_to_number(v), buf);
        return dup_cstr(buf);
    }
    if (v == VAL_UNDEFINED) return dup_cstr("undefined");
    if (v == VAL_NULL) return dup_cstr("null");
    if (v == VAL_TRUE) return dup_cstr("true");
    if (v == VAL_FALSE) return dup_cstr("false");
    if (val_is_string(v)) return str_to_utf8(vm, v, NULL);
    if (val_is_bigint(v)) return bigint_to_cstr(v, 10);
    if (val_is_symbol(v)) {
        JSValue d = ((JSSymbol *)val_cell(v))->description;
        Text t = {0};
        text_cstr(&t, "Symbol(");
        if (val_is_string(d)) {
            char *s = str_to_utf8(vm, d, NULL);
            text_cstr(&t, s);
            free(s);
        }
        text_cstr(&t, ")");
        return t.p;
    }
    if (val_is_function(v)) {
        JSFunction *f = (JSFunction *)val_obj(v);
        Text t = {0};
        text_cstr(&t, (val_obj(v)->flags & OBJ_CLASS_CTOR) ? "class " : "function ");
        if (f->fp && val_is_string(f->fp->name)) {
            char *s = str_to_utf8(vm, f->fp->name, NULL);
            text_cstr(&t, s);
            free(s);
        }
        return t.p;
    }
    if (val_is_array(v)) return dup_cstr("[object Array]");
    if (val_is_object(v)) {
        switch ((ObjClass)val_obj(v)->cls) {
        case CLS_ERROR: return dup_cstr("[object Error]");
        case CLS_FUNCTION: return dup_cstr("[object Function]");
        case CLS_ARGUMENTS: return dup_cstr("[object Arguments]");
        case CLS_DATE: return dup_cstr("[object Date]");
        case CLS_REGEXP: return dup_cstr("[object RegExp]");
        case CLS_OBJECT: case CLS_ARRAY: case CLS_BOOLEAN: case CLS_NUMBER: case CLS_STRING:
        case CLS_SYMBOL: case CLS_BIGINT: case CLS_ARRAY_ITERATOR: case CLS_STRING_ITERATOR: case CLS_FOR_IN:
        case CLS_MAP: case CLS_SET: case CLS_WEAKMAP: case CLS_WEAKSET: case CLS_PROMISE: case CLS_GENERATOR:
        case CLS_ARRAY_BUFFER: case CLS_TYPED_ARRAY: case CLS_DATA_VIEW:
        case CLS_WEAKREF: case CLS_FINREG: case CLS_PROXY: case CLS_ITER_HELPER:
        case CLS__COUNT:
            break;
        }
        return dup_cstr("[object Object]");
    }
    return dup_cstr("<internal>");
}

/* Get(obj, key) as UTF-8 text via ToString, or NULL (any exception dropped). */
static char *prop_text(VM *vm, JSValue *obj, AtomId key)
{
    JSValue v = obj_get(vm, *obj, vm_atom(vm, key));
    if (v == VAL_EXCEPTION) { err_take(vm); return NULL; }
    if (val_is_undefined(v)) return NULL;
    v = rt_to_string(vm, v);
    if (v == VAL_EXCEPTION) { err_take(vm); return NULL; }
    return str_to_utf8(vm, v, NULL);
}

void err_report_uncaught(VM *vm, JSValue exc, FILE *out)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *h = heap_handle(vm, exc);
    JSValue saved = err_take(vm);   /* nothing should be pending, but keep it safe */
    (void)saved;
    if (val_is_object(*h) && val_obj(*h)->cls == CLS_ERROR) {
        /* headline from the current name/message (like Error.prototype.toString) */
        char *name = prop_text(vm, h, ATOM_name);
        char *msg = prop_text(vm, h, ATOM_message);
        Text t = {0};
        text_cstr(&t, "Uncaught ");
        const char *nm = name ? name : "Error";
        text_cstr(&t, nm);
        if (msg && *msg) {
            if (*nm) text_cstr(&t, ": ");
            text_cstr(&t, msg);
        }
        free(name);
        free(msg);
        /* then the captured frames (the lines after the stack's headline) */
        PropDesc d;
        if (obj_get_own_property(vm, *h, vm_atom(vm, ATOM_stack), &d) == 1 &&
            !(d.attrs & PROP_ACCESSOR) && val_is_string(d.value)) {
            char *st = str_to_utf8(vm, d.value, NULL);
            char *at = st ? strstr(st, "\n    at ") : NULL;
            if (at) text_cstr(&t, at);
            free(st);
        }
        if (err_pending(vm)) err_take(vm);
        fprintf(out, "%s\n", t.p ? t.p : "Uncaught Error");
        free(t.p);
    } else if (val_is_string(*h)) {
        char *s = str_to_utf8(vm, *h, NULL);
        fprintf(out, "Uncaught '%s'\n", s);
        free(s);
    } else if (val_is_object(*h)) {
        fputs("Uncaught ", out);
        bi_inspect(vm, *h, out, false);
        fputc('\n', out);
    } else {
        char *s = err_describe(vm, *h);
        fprintf(out, "Uncaught %s\n", s);
        free(s);
    }
    if (err_pending(vm)) err_take(vm);
    fflush(out);
    heap_scope_close(vm, hs);
}
