/*
 * path.c -- node's posix path rules (prefix bi_path_): the C functions
 * modules.c resolves with, and the built-in 'path' module (join, resolve,
 * normalize, dirname, basename, extname, isAbsolute, relative, sep,
 * delimiter; path.posix is path).  The algorithms are node's
 * (lib/path.js, posix): a trailing slash survives normalize and join but
 * not resolve, '..' above the root is dropped, basename's suffix rule and
 * extname's dot rules are node's own.  Paths are handled as UTF-8.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "path.h"

#include "bi_internal.h"
#include "call.h"
#include "process.h"

static char *dup_cstr(const char *s)
{
    size_t n = strlen(s) + 1;
    char *d = malloc(n);
    if (d) memcpy(d, s, n);
    return d;
}

/* a + "/" + b (a may end with '/'), malloc'd */
static char *join2(const char *a, const char *b)
{
    size_t na = strlen(a), nb = strlen(b);
    char *r = malloc(na + nb + 2);
    if (!r) return NULL;
    memcpy(r, a, na);
    size_t o = na;
    if (o == 0 || r[o - 1] != '/') r[o++] = '/';
    memcpy(r + o, b, nb + 1);
    return r;
}

static bool def(VM *vm, JSValue *obj, const char *name, JSValue v, uint32_t attrs)
{
    return realm_def_value(vm, *obj, name, v, attrs) == 0;
}

static JSValue cstr_value(VM *vm, const char *s) { return str_from_utf8(vm, s, strlen(s)); }

/* ==== the C functions ========================================================= */

/* path.posix.normalize: '.' and '..' segments folded, '//' collapsed, a
 * trailing slash kept; '' -> '.'.  malloc'd. */
char *bi_path_normalize(const char *p)
{
    size_t n = strlen(p);
    if (n == 0) return dup_cstr(".");
    bool abs = p[0] == '/', trailing = p[n - 1] == '/';
    char *out = malloc(n + 3);
    size_t *starts = malloc((n / 2 + 2) * sizeof *starts);   /* start of each kept segment in out */
    if (!out || !starts) {
        free(out);
        free(starts);
        return NULL;
    }
    size_t o = 0, nseg = 0, dotdots = 0;   /* dotdots: leading '..' segments (relative paths) */
    if (abs) out[o++] = '/';
    for (size_t i = 0; i < n;) {
        while (i < n && p[i] == '/') i++;
        size_t s = i;
        while (i < n && p[i] != '/') i++;
        size_t len = i - s;
        if (len == 0 || (len == 1 && p[s] == '.')) continue;
        if (len == 2 && p[s] == '.' && p[s + 1] == '.') {
            if (nseg > dotdots) {
                o = starts[--nseg];   /* drop the last real segment and its separator */
                if (o > (size_t)abs) o--;
                continue;
            }
            if (abs) continue;   /* above the root */
        }
        if (o > (size_t)abs) out[o++] = '/';
        starts[nseg++] = o;
        if (len == 2 && p[s] == '.' && p[s + 1] == '.') dotdots = nseg;
        memcpy(out + o, p + s, len);
        o += len;
    }
    free(starts);
    if (o == 0) out[o++] = '.';
    if (trailing && out[o - 1] != '/') out[o++] = '/';
    out[o] = '\0';
    return out;
}

/* path.posix.dirname, malloc'd. */
char *bi_path_dirname(const char *p)
{
    size_t n = strlen(p);
    if (n == 0) return dup_cstr(".");
    bool root = p[0] == '/';
    long end = -1;
    bool matched_slash = true;
    for (long i = (long)n - 1; i >= 1; i--) {
        if (p[i] == '/') {
            if (!matched_slash) {
                end = i;
                break;
            }
        } else {
            matched_slash = false;
        }
    }
    if (end == -1) return dup_cstr(root ? "/" : ".");
    if (root && end == 1) return dup_cstr("//");
    char *r = malloc((size_t)end + 1);
    if (r) {
        memcpy(r, p, (size_t)end);
        r[end] = '\0';
    }
    return r;
}

/* path.resolve over parts (right to left until absolute, then the cwd). */
char *bi_path_resolve(const char *const *parts, int n)
{
    char *acc = dup_cstr("");
    bool absolute = false;
    char *cwd = NULL;
    for (int i = n - 1; i >= -1 && !absolute && acc; i--) {
        const char *part;
        if (i >= 0) {
            part = parts[i];
        } else {
            cwd = getcwd(NULL, 0);
            part = cwd ? cwd : "/";
        }
        if (!*part) continue;
        char *next = *acc ? join2(part, acc) : dup_cstr(part);
        free(acc);
        acc = next;
        absolute = part[0] == '/';
    }
    free(cwd);
    if (!acc) return NULL;
    char *norm = bi_path_normalize(acc);
    free(acc);
    if (!norm) return NULL;
    size_t len = strlen(norm);
    while (len > 1 && norm[len - 1] == '/') norm[--len] = '\0';   /* resolve drops trailing slashes */
    return norm;
}

/* ==== the 'path' module ========================================================= */

/* Each argument as a C string, validated as node's validateString(arg, name). */
static char **string_args(VM *vm, JSValue *args, int argc, const char *name)
{
    char **v = calloc((size_t)argc + 1, sizeof *v);
    if (!v) {
        err_throw(vm, ERRMSG_OUT_OF_MEMORY);
        return NULL;
    }
    for (int i = 0; i < argc; i++) {
        if (!val_is_string(args[i])) {
            char nm[32];
            if (strcmp(name, "paths") == 0) snprintf(nm, sizeof nm, "paths[%d]", i);
            else snprintf(nm, sizeof nm, "%s", name);
            bi_process_throw_arg_type(vm, nm, "of type string", args[i]);
            for (int k = 0; k < i; k++) free(v[k]);
            free(v);
            return NULL;
        }
        v[i] = str_to_utf8(vm, args[i], NULL);
    }
    return v;
}

static void free_args(char **v, int n)
{
    for (int i = 0; v && i < n; i++) free(v[i]);
    free(v);
}

static JSValue take_cstr(VM *vm, char *s)
{
    if (!s) return err_throw(vm, ERRMSG_OUT_OF_MEMORY);
    JSValue r = cstr_value(vm, s);
    free(s);
    return r;
}

static JSValue path_join(VM *vm, JSValue *args, int argc, JSValue nt)
{
    char **v = string_args(vm, args, argc, "path");
    if (!v) return VAL_EXCEPTION;
    size_t total = 1;
    for (int i = 0; i < argc; i++) total += strlen(v[i]) + 1;
    char *joined = malloc(total);
    if (!joined) {
        free_args(v, argc);
        return err_throw(vm, ERRMSG_OUT_OF_MEMORY);
    }
    size_t o = 0;
    for (int i = 0; i < argc; i++) {
        if (!*v[i]) continue;
        if (o) joined[o++] = '/';
        size_t n = strlen(v[i]);
        memcpy(joined + o, v[i], n);
        o += n;
    }
    joined[o] = '\0';
    free_args(v, argc);
    char *r = bi_path_normalize(joined);
    free(joined);
    return take_cstr(vm, r);
}

static JSValue path_resolve_fn(VM *vm, JSValue *args, int argc, JSValue nt)
{
    char **v = string_args(vm, args, argc, "paths");
    if (!v) return VAL_EXCEPTION;
    char *r = bi_path_resolve((const char *const *)v, argc);
    free_args(v, argc);
    return take_cstr(vm, r);
}

/* normalize (magic 0), dirname (1), isAbsolute (2), extname (3) */
static JSValue path_one(VM *vm, JSValue *args, int argc, JSValue nt)
{
    JSValue p = bi_arg(args, argc, 0);
    if (!val_is_string(p)) return bi_process_throw_arg_type(vm, "path", "of type string", p);
    char *s = str_to_utf8(vm, p, NULL);
    if (!s) return err_throw(vm, ERRMSG_OUT_OF_MEMORY);
    int magic = call_native_callee(vm)->magic;
    char *r = NULL;
    if (magic == 0) r = bi_path_normalize(s);
    else if (magic == 1) r = bi_path_dirname(s);
    else if (magic == 2) {
        bool abs = s[0] == '/';
        free(s);
        return val_from_bool(abs);
    } else {
        /* node's posix extname */
        long n = (long)strlen(s), start_dot = -1, start_part = 0, end = -1, pre_dot = 0;
        bool matched_slash = true;
        for (long i = n - 1; i >= 0; i--) {
            if (s[i] == '/') {
                if (!matched_slash) {
                    start_part = i + 1;
                    break;
                }
                continue;
            }
            if (end == -1) {
                matched_slash = false;
                end = i + 1;
            }
            if (s[i] == '.') {
                if (start_dot == -1) start_dot = i;
                else if (pre_dot != 1) pre_dot = 1;
            } else if (start_dot != -1) {
                pre_dot = -1;
            }
        }
        if (start_dot == -1 || end == -1 || pre_dot == 0 ||
            (pre_dot == 1 && start_dot == end - 1 && start_dot == start_part + 1))
            r = dup_cstr("");
        else {
            r = malloc((size_t)(end - start_dot) + 1);
            if (r) {
                memcpy(r, s + start_dot, (size_t)(end - start_dot));
                r[end - start_dot] = '\0';
            }
        }
    }
    free(s);
    return take_cstr(vm, r);
}

static JSValue path_basename(VM *vm, JSValue *args, int argc, JSValue nt)
{
    JSValue p = bi_arg(args, argc, 0), e = bi_arg(args, argc, 1);
    if (!val_is_string(p)) return bi_process_throw_arg_type(vm, "path", "of type string", p);
    if (e != VAL_UNDEFINED && !val_is_string(e)) return bi_process_throw_arg_type(vm, "ext", "of type string", e);
    char *s = str_to_utf8(vm, p, NULL);
    char *ext = val_is_string(e) ? str_to_utf8(vm, e, NULL) : NULL;
    if (!s) {
        free(ext);
        return err_throw(vm, ERRMSG_OUT_OF_MEMORY);
    }
    /* node's posix basename, suffix rules included ('c.js' minus 'c.js' is '') */
    long n = (long)strlen(s), start = 0, end = -1;
    bool matched_slash = true;
    long el = ext ? (long)strlen(ext) : 0;
    if (el > 0 && el <= n && strcmp(ext, s) == 0) {
        end = 0;
    } else if (el > 0 && el <= n) {
        long ext_idx = el - 1, first_non_slash_end = -1;
        for (long i = n - 1; i >= 0; i--) {
            if (s[i] == '/') {
                if (!matched_slash) {
                    start = i + 1;
                    break;
                }
            } else {
                if (first_non_slash_end == -1) {
                    matched_slash = false;
                    first_non_slash_end = i + 1;
                }
                if (ext_idx >= 0) {
                    if (s[i] == ext[ext_idx]) {
                        if (--ext_idx == -1) end = i;
                    } else {
                        ext_idx = -1;
                        end = first_non_slash_end;
                    }
                }
            }
        }
        if (start == end) end = first_non_slash_end;
        else if (end == -1) end = n;
    } else {
        for (long i = n - 1; i >= 0; i--) {
            if (s[i] == '/') {
                if (!matched_slash) {
                    start = i + 1;
                    break;
                }
            } else if (end == -1) {
                matched_slash = false;
                end = i + 1;
            }
        }
        if (end == -1) start = end = 0;
    }
    char *r = malloc((size_t)(end - start) + 1);
    if (r) {
        memcpy(r, s + start, (size_t)(end - start));
        r[end - start] = '\0';
    }
    free(s);
    free(ext);
    return take_cstr(vm, r);
}

/* Split an absolute normalized path into its segments (pointers into p, which is modified). */
static size_t split_segments(char *p, char **seg, size_t max)
{
    size_t n = 0;
    char *save = NULL;
    for (char *t = strtok_r(p, "/", &save); t && n < max; t = strtok_r(NULL, "/", &save)) seg[n++] = t;
    return n;
}

static JSValue path_relative(VM *vm, JSValue *args, int argc, JSValue nt)
{
    JSValue a = bi_arg(args, argc, 0), b = bi_arg(args, argc, 1);
    if (!val_is_string(a)) return bi_process_throw_arg_type(vm, "from", "of type string", a);
    if (!val_is_string(b)) return bi_process_throw_arg_type(vm, "to", "of type string", b);
    char *fa = str_to_utf8(vm, a, NULL), *fb = str_to_utf8(vm, b, NULL);
    const char *pa[] = { fa ? fa : "" }, *pb[] = { fb ? fb : "" };
    char *from = bi_path_resolve(pa, 1), *to = bi_path_resolve(pb, 1);
    free(fa);
    free(fb);
    size_t fl = from ? strlen(from) : 0, tl = to ? strlen(to) : 0;
    char **fs = from ? malloc((fl / 2 + 2) * sizeof *fs) : NULL;
    char **ts = to ? malloc((tl / 2 + 2) * sizeof *ts) : NULL;
    char *r = fs && ts ? malloc(fl / 2 * 3 + tl + 4) : NULL;
    if (!r) {
        free(from), free(to), free(fs), free(ts);
        return err_throw(vm, ERRMSG_OUT_OF_MEMORY);
    }
    size_t nf = split_segments(from, fs, fl / 2 + 2), nt_ = split_segments(to, ts, tl / 2 + 2), common = 0;
    while (common < nf && common < nt_ && strcmp(fs[common], ts[common]) == 0) common++;
    size_t o = 0;
    for (size_t k = common; k < nf; k++) {
        if (o) r[o++] = '/';
        memcpy(r + o, "..", 2);
        o += 2;
    }
    for (size_t k = common; k < nt_; k++) {
        if (o) r[o++] = '/';
        size_t n = strlen(ts[k]);
        memcpy(r + o, ts[k], n);
        o += n;
    }
    r[o] = '\0';
    free(from), free(to), free(fs), free(ts);
    return take_cstr(vm, r);
}

JSValue bi_path_new(VM *vm)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue r = VAL_EXCEPTION;
    JSValue p = obj_new(vm, vm_intrinsic(vm, INTR_ObjectPrototype));
    if (p == VAL_EXCEPTION) goto out;
    JSValue *hp = heap_handle(vm, p);
    static const struct {
        const char *name;
        NativeFn fn;
        int length, magic;
    } fns[] = {
        { "resolve", path_resolve_fn, 0, 0 }, { "normalize", path_one, 1, 0 }, { "isAbsolute", path_one, 1, 2 },
        { "join", path_join, 0, 0 },          { "relative", path_relative, 2, 0 }, { "dirname", path_one, 1, 1 },
        { "basename", path_basename, 2, 0 },  { "extname", path_one, 1, 3 },
    };
    for (size_t i = 0; i < sizeof fns / sizeof fns[0]; i++) {
        JSValue f = fn_new_native(vm, fns[i].name, fns[i].fn, fns[i].length, fns[i].magic);
        if (f == VAL_EXCEPTION || !def(vm, hp, fns[i].name, f, PROP_DEFAULT)) goto out;
    }
    JSValue v;
    if ((v = cstr_value(vm, "/")) == VAL_EXCEPTION || !def(vm, hp, "sep", v, PROP_DEFAULT)) goto out;
    if ((v = cstr_value(vm, ":")) == VAL_EXCEPTION || !def(vm, hp, "delimiter", v, PROP_DEFAULT)) goto out;
    if (!def(vm, hp, "posix", *hp, PROP_DEFAULT)) goto out;
    r = *hp;
out:
    heap_scope_close(vm, hs);
    return r;
}
