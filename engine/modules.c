/*
 * modules.c -- CommonJS modules (prefix mod_); the model is in modules.h.
 *
 * require(id), Node's algorithm (lib/internal/modules/cjs/loader.js):
 *
 *   validate id -> built-in? (fs, node:fs, ...) return it
 *   resolve     './x', '../x', '/x': X = the path from the requiring
 *               module's directory; else each node_modules directory up
 *               from it: X = dir/node_modules/id
 *                 file:      X, X.js, X.json
 *                 directory: X/package.json "main" (as a file, then as a
 *                            directory), X/index.js, X/index.json
 *               then the real path (symlinks resolved), or MODULE_NOT_FOUND
 *   cache       require.cache[filename] -> its module.exports (also while
 *               it is still loading: that is how cycles see partial exports)
 *   load        a new module is cached first, then run (.json: JSON.parse;
 *               anything else: compiled as a function body and called); if
 *               that throws, it leaves the cache and its parent's children
 *   -> module.loaded = true; return module.exports
 *
 * Paths follow node's posix rules (builtins/path.c, also the 'path' module).
 * GC: every value kept across an allocation sits in a handle; the cache,
 * the main module and Module.prototype are reachable from
 * INTR_ModuleState.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "modules.h"

#include "builtins/bi_internal.h"
#include "builtins/fs.h"
#include "builtins/path.h"
#include "builtins/process.h"
#include "call.h"
#include "compiler.h"
#include "esm.h"
#include "eventloop.h"
#include "parser.h"

enum {
    MS_CACHE,        /* require.cache: null-proto object, filename -> module */
    MS_MAIN,         /* the main module, or undefined */
    MS_PROTO,        /* Module.prototype */
    MS_JSON_PARSE,   /* the original JSON.parse */
    MS_PATH,         /* the 'path' module, built on first use */
    MS_TIMERS,       /* the 'timers' module, built on first use */
    MS__COUNT
};

static ValArray *mstate(VM *vm) { return (ValArray *)val_cell(vm_intrinsic(vm, INTR_ModuleState)); }
static void mset(VM *vm, int i, JSValue v)
{
    ValArray *a = mstate(vm);
    heap_store(&vm->heap, &a->hdr, &a->v[i], v);
}

/* ==== small helpers ======================================================= */

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

static char *cat2(const char *a, const char *b)
{
    size_t na = strlen(a), nb = strlen(b);
    char *r = malloc(na + nb + 1);
    if (!r) return NULL;
    memcpy(r, a, na);
    memcpy(r + na, b, nb + 1);
    return r;
}

static bool def(VM *vm, JSValue *obj, const char *name, JSValue v, uint32_t attrs)
{
    return realm_def_value(vm, *obj, name, v, attrs) == 0;
}

static JSValue cstr_value(VM *vm, const char *s) { return str_from_utf8(vm, s, strlen(s)); }

/* obj[name] for an own data property, without running getters; VAL_HOLE if none. */
static JSValue own_data(VM *vm, JSValue *obj, const char *name)
{
    JSValue k = atom_from_cstr(vm, name);
    if (k == VAL_EXCEPTION) {
        err_take(vm);
        return VAL_HOLE;
    }
    PropDesc d;
    if (!val_is_object(*obj) || obj_get_own_property(vm, *obj, k, &d) != 1 || (d.attrs & PROP_ACCESSOR)) return VAL_HOLE;
    return d.value;
}

/* obj[name], running getters (module.exports is read this way, as in node). */
static JSValue get(VM *vm, JSValue *obj, const char *name)
{
    JSValue k = atom_from_cstr(vm, name);
    if (k == VAL_EXCEPTION) return k;
    return obj_get(vm, *obj, k);
}

static bool is_file(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

static bool is_dir(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* The whole file, malloc'd (NUL-terminated), or NULL with errno set. */
static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 1 << 14, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        size_t got = fread(buf + n, 1, cap - n - 1, f);
        n += got;
        if (got == 0) break;
        if (n + 1 == cap) {
            char *nb = realloc(buf, cap * 2);
            if (!nb) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = nb;
            cap *= 2;
        }
    }
    int e = ferror(f) ? EIO : ENOMEM;
    fclose(f);
    if (!buf) {
        errno = e;
        return NULL;
    }
    buf[n] = '\0';
    *len = n;
    return buf;
}

/* ==== module objects ========================================================= */

/* Node's module.paths: dir/node_modules for dir and every ancestor (not
 * inside a node_modules directory itself). */
static JSValue node_module_paths(VM *vm, const char *dir)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue r = VAL_EXCEPTION;
    JSValue a = arr_new(vm, 0);
    if (a == VAL_EXCEPTION) goto out;
    JSValue *ha = heap_handle(vm, a);
    char *d = dup_cstr(dir);
    while (d) {
        const char *base = strrchr(d, '/');
        base = base ? base + 1 : d;
        if (strcmp(base, "node_modules") != 0) {
            char *p = strcmp(d, "/") == 0 ? dup_cstr("/node_modules") : join2(d, "node_modules");
            JSValue s = p ? cstr_value(vm, p) : VAL_EXCEPTION;
            free(p);
            if (s == VAL_EXCEPTION || arr_push(vm, *ha, s) < 0) {
                free(d);
                goto out;
            }
        }
        if (strcmp(d, "/") == 0 || strchr(d, '/') == NULL) break;
        char *up = bi_path_dirname(d);
        free(d);
        d = up;
    }
    free(d);
    r = *ha;
out:
    heap_scope_close(vm, hs);
    return r;
}

static JSValue make_require(VM *vm, JSValue *module);

/* A new Module: id, path, exports, filename, loaded, children, paths (the
 * enumerable members, in node's order) and a hidden parent. */
static JSValue new_module(VM *vm, const char *id, const char *filename, JSValue *parent)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue r = VAL_EXCEPTION;
    char *dir = bi_path_dirname(filename);
    if (!dir) {
        err_throw(vm, ERRMSG_OUT_OF_MEMORY);
        goto out;
    }
    JSValue m = obj_new(vm, mstate(vm)->v[MS_PROTO]);
    if (m == VAL_EXCEPTION) goto out;
    JSValue *hm = heap_handle(vm, m);
    JSValue v;
    if ((v = cstr_value(vm, id)) == VAL_EXCEPTION || !def(vm, hm, "id", v, PROP_DEFAULT)) goto out;
    if ((v = cstr_value(vm, dir)) == VAL_EXCEPTION || !def(vm, hm, "path", v, PROP_DEFAULT)) goto out;
    if ((v = obj_new(vm, vm_intrinsic(vm, INTR_ObjectPrototype))) == VAL_EXCEPTION || !def(vm, hm, "exports", v, PROP_DEFAULT))
        goto out;
    if ((v = cstr_value(vm, filename)) == VAL_EXCEPTION || !def(vm, hm, "filename", v, PROP_DEFAULT)) goto out;
    if (!def(vm, hm, "loaded", VAL_FALSE, PROP_DEFAULT)) goto out;
    if ((v = arr_new(vm, 0)) == VAL_EXCEPTION || !def(vm, hm, "children", v, PROP_DEFAULT)) goto out;
    if ((v = node_module_paths(vm, dir)) == VAL_EXCEPTION || !def(vm, hm, "paths", v, PROP_DEFAULT)) goto out;
    if (!def(vm, hm, "parent", parent ? *parent : VAL_NULL, PROP_HIDDEN)) goto out;
    r = *hm;
out:
    free(dir);
    heap_scope_close(vm, hs);
    return r;
}

/* parent.children.push(child) unless (scan) it is there already. */
static bool add_child(VM *vm, JSValue *parent, JSValue *child, bool scan)
{
    if (!parent) return true;
    JSValue ch = own_data(vm, parent, "children");
    if (!val_is_array(ch)) return true;
    if (scan)
        for (uint32_t i = 0; i < val_obj(ch)->length; i++) {
            JSValue c;
            if (arr_fast_get(ch, i, &c) && c == *child) return true;
        }
    return arr_push(vm, ch, *child) >= 0;
}

/* Remove child from parent.children (a module that failed to load). */
static void remove_child(VM *vm, JSValue *parent, JSValue *child)
{
    if (!parent) return;
    HandleScope hs = heap_scope_open(vm);
    JSValue *ch = heap_handle(vm, own_data(vm, parent, "children"));
    if (val_is_array(*ch)) {
        uint32_t n = val_obj(*ch)->length;
        for (uint32_t i = 0; i < n; i++) {
            JSValue c;
            if (!arr_fast_get(*ch, i, &c) || c != *child) continue;
            bool ok = true;
            for (uint32_t j = i; ok && j + 1 < n; j++) {
                JSValue next = bi_get_index(vm, *ch, j + 1);
                ok = next != VAL_EXCEPTION && bi_set_index(vm, *ch, j, next) >= 0;
            }
            if (ok) bi_set_length(vm, *ch, n - 1);
            break;
        }
    }
    if (err_pending(vm)) err_take(vm);   /* the load error is the one to report */
    heap_scope_close(vm, hs);
}

/* The directory a require resolves against: the module's filename's. */
static char *module_dir(VM *vm, JSValue *module)
{
    JSValue f = own_data(vm, module, "filename");
    char *s = val_is_string(f) ? str_to_utf8(vm, f, NULL) : NULL;
    char *d = s && s[0] == '/' ? bi_path_dirname(s) : getcwd(NULL, 0);
    free(s);
    return d;
}

/* ==== errors ================================================================== */

/* Error "Cannot find module 'x'\nRequire stack:\n- ..." with code
 * MODULE_NOT_FOUND and requireStack (the parent chain's filenames). */
static JSValue throw_not_found(VM *vm, const char *request, JSValue *parent)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue r = VAL_EXCEPTION;
    JSValue stack = arr_new(vm, 0);
    if (stack == VAL_EXCEPTION) goto out;
    JSValue *hstack = heap_handle(vm, stack);
    size_t cap = strlen(request) + 64, len;
    char *msg = malloc(cap);
    if (!msg) {
        err_throw(vm, ERRMSG_OUT_OF_MEMORY);
        goto out;
    }
    len = (size_t)snprintf(msg, cap, "Cannot find module '%s'", request);
    JSValue *cur = heap_handle(vm, parent ? *parent : VAL_UNDEFINED);
    for (int depth = 0; val_is_object(*cur) && depth < 1000; depth++) {
        JSValue f = own_data(vm, cur, "filename");
        if (!val_is_string(f)) break;
        if (arr_push(vm, *hstack, f) < 0) {
            free(msg);
            goto out;
        }
        char *fs = str_to_utf8(vm, own_data(vm, cur, "filename"), NULL);
        size_t need = len + (fs ? strlen(fs) : 0) + 32;
        if (need > cap) {
            char *nm = realloc(msg, need * 2);
            if (!nm) {
                free(fs);
                break;
            }
            msg = nm;
            cap = need * 2;
        }
        len += (size_t)snprintf(msg + len, cap - len, "%s- %s", depth == 0 ? "\nRequire stack:\n" : "\n", fs ? fs : "");
        free(fs);
        *cur = own_data(vm, cur, "parent");
    }
    JSValue m = cstr_value(vm, msg);
    free(msg);
    if (m == VAL_EXCEPTION) goto out;
    JSValue e = err_new(vm, Error, m);
    if (e == VAL_EXCEPTION) goto out;
    JSValue *he = heap_handle(vm, e);
    JSValue code = cstr_value(vm, "MODULE_NOT_FOUND");
    if (code == VAL_EXCEPTION || !def(vm, he, "code", code, PROP_DEFAULT) ||
        !def(vm, he, "requireStack", *hstack, PROP_DEFAULT))
        goto out;
    r = err_throw_value(vm, *he);
out:
    heap_scope_close(vm, hs);
    return r;
}

/* A SyntaxError for file:line:col: its stack names the place first
 * ("SyntaxError: msg\n    at /abs/file.js:3:5\n    at <the require call>"). */
static JSValue throw_syntax(VM *vm, const char *file, uint32_t line, uint32_t col, const char *text)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue r = VAL_EXCEPTION;
    JSValue m = cstr_value(vm, text);
    if (m == VAL_EXCEPTION) goto out;
    JSValue e = err_new(vm, SyntaxError, m);
    if (e == VAL_EXCEPTION) goto out;
    JSValue *he = heap_handle(vm, e);
    JSValue st = own_data(vm, he, "stack");
    char *s = val_is_string(st) ? str_to_utf8(vm, st, NULL) : NULL;
    const char *frames = s ? strstr(s, "\n    at ") : NULL;
    size_t n = strlen(text) + strlen(file) + (frames ? strlen(frames) : 0) + 64;
    char *ns = malloc(n);
    if (ns) {
        snprintf(ns, n, "SyntaxError: %s\n    at %s:%u:%u%s", text, file, line, col, frames ? frames : "");
        JSValue sv = cstr_value(vm, ns);
        free(ns);
        if (sv == VAL_EXCEPTION || obj_define_value(vm, *he, vm_atom(vm, ATOM_stack), sv, PROP_HIDDEN) < 0) {
            free(s);
            goto out;
        }
    }
    free(s);
    r = err_throw_value(vm, *he);
out:
    heap_scope_close(vm, hs);
    return r;
}

/* ==== resolution ================================================================ */

static char *load_as_file(const char *x)
{
    if (is_file(x)) return dup_cstr(x);
    static const char *const exts[] = { ".js", ".json" };
    for (size_t i = 0; i < 2; i++) {
        char *p = cat2(x, exts[i]);
        if (p && is_file(p)) return p;
        free(p);
    }
    return NULL;
}

static char *load_index(const char *x)
{
    static const char *const names[] = { "index.js", "index.json" };
    for (size_t i = 0; i < 2; i++) {
        char *p = join2(x, names[i]);
        if (p && is_file(p)) return p;
        free(p);
    }
    return NULL;
}

/* package.json's "main" (malloc'd), NULL if none; false + exception if the
 * file does not parse (node 20's SyntaxError "Error parsing <file>: ..."). */
static bool package_main(VM *vm, const char *dir, char **out)
{
    *out = NULL;
    char *pj = join2(dir, "package.json");
    size_t len;
    char *text = pj ? read_file(pj, &len) : NULL;
    if (!text) {
        free(pj);
        return true;
    }
    HandleScope hs = heap_scope_open(vm);
    bool ok = false;
    JSValue s = bi_fs_decode(vm, text, len, FS_ENC_UTF8);
    free(text);
    if (s == VAL_EXCEPTION) goto out;
    JSValue *hs_ = heap_handle(vm, s);
    JSValue parsed = vm_call(vm, mstate(vm)->v[MS_JSON_PARSE], VAL_UNDEFINED, 1, hs_);
    if (parsed == VAL_EXCEPTION) {
        /* node 20: SyntaxError "Error parsing <file>: <message>" with a path */
        JSValue *exc = heap_handle(vm, err_take(vm));
        JSValue m = val_is_object(*exc) ? own_data(vm, exc, "message") : VAL_HOLE;
        char *ms = val_is_string(m) ? str_to_utf8(vm, m, NULL) : NULL;
        size_t n = strlen(pj) + (ms ? strlen(ms) : 0) + 32;
        char *text = malloc(n);
        if (text) snprintf(text, n, "Error parsing %s: %s", pj, ms ? ms : "invalid JSON");
        free(ms);
        JSValue tv = text ? cstr_value(vm, text) : VAL_EXCEPTION;
        free(text);
        if (tv == VAL_EXCEPTION) goto out;
        JSValue e = err_new(vm, SyntaxError, tv);
        if (e == VAL_EXCEPTION) goto out;
        JSValue *he = heap_handle(vm, e);
        JSValue pv = cstr_value(vm, pj);
        if (pv == VAL_EXCEPTION || !def(vm, he, "path", pv, PROP_DEFAULT)) goto out;
        err_throw_value(vm, *he);
        goto out;
    }
    JSValue *hp = heap_handle(vm, parsed);
    JSValue main = val_is_object(*hp) ? own_data(vm, hp, "main") : VAL_HOLE;
    if (val_is_string(main) && str_length(main) > 0) *out = str_to_utf8(vm, main, NULL);
    ok = true;
out:
    free(pj);
    heap_scope_close(vm, hs);
    return ok;
}

/* "type" of a package.json text: MOD_TYPE_NONE if it has none or does not
 * parse (node reports an invalid package.json; this only decides formats). */
static int package_type_of(VM *vm, const char *text, size_t len)
{
    int type = MOD_TYPE_NONE;
    HandleScope hs = heap_scope_open(vm);
    JSValue s = bi_fs_decode(vm, text, len, FS_ENC_UTF8);
    JSValue parsed = VAL_EXCEPTION;
    if (s != VAL_EXCEPTION) {
        JSValue *h = heap_handle(vm, s);
        parsed = vm_call(vm, mstate(vm)->v[MS_JSON_PARSE], VAL_UNDEFINED, 1, h);
    }
    if (parsed == VAL_EXCEPTION) {
        if (err_pending(vm)) err_take(vm);
    } else if (val_is_object(parsed)) {
        JSValue *hp = heap_handle(vm, parsed);
        JSValue t = own_data(vm, hp, "type");
        char *ts = val_is_string(t) ? str_to_utf8(vm, t, NULL) : NULL;
        if (ts && strcmp(ts, "module") == 0) type = MOD_TYPE_MODULE;
        else if (ts && strcmp(ts, "commonjs") == 0) type = MOD_TYPE_COMMONJS;
        free(ts);
        if (t == VAL_EXCEPTION && err_pending(vm)) err_take(vm);
    }
    heap_scope_close(vm, hs);
    return type;
}

int mod_package_type(VM *vm, const char *file)
{
    char *real = realpath(file, NULL);
    char *dir = bi_path_dirname(real ? real : file);
    free(real);
    int type = MOD_TYPE_NONE;
    while (dir) {
        const char *base = strrchr(dir, '/');
        if (base && strcmp(base + 1, "node_modules") == 0) break;   /* the scope ends there */
        char *pj = join2(dir, "package.json");
        size_t len = 0;
        char *text = pj && is_file(pj) ? read_file(pj, &len) : NULL;
        free(pj);
        if (text) {   /* the nearest package.json decides, "type" or not */
            type = package_type_of(vm, text, len);
            free(text);
            break;
        }
        if (strcmp(dir, "/") == 0 || strcmp(dir, ".") == 0) break;
        char *up = bi_path_dirname(dir);
        free(dir);
        dir = up;
    }
    free(dir);
    return type;
}

static bool load_as_directory(VM *vm, const char *x, char **found)
{
    *found = NULL;
    if (!is_dir(x)) return true;
    char *main = NULL;
    if (!package_main(vm, x, &main)) return false;
    if (main) {
        char *m = join2(x, main);
        char *mn = m ? bi_path_normalize(m) : NULL;
        free(m);
        free(main);
        if (mn) {
            *found = load_as_file(mn);
            if (!*found) *found = load_index(mn);
            free(mn);
        }
        if (*found) return true;
    }
    *found = load_index(x);
    return true;
}

static bool is_relative(const char *r)
{
    return r[0] == '/' || (r[0] == '.' && (r[1] == '\0' || r[1] == '/' ||
                                           (r[1] == '.' && (r[2] == '\0' || r[2] == '/'))));
}

/* The real path of the file `request` names from `parent`, malloc'd;
 * NULL with MODULE_NOT_FOUND (or another error) pending. */
static char *resolve(VM *vm, const char *request, JSValue *parent)
{
    char *dir = module_dir(vm, parent);
    if (!dir) {
        err_throw(vm, ERRMSG_OUT_OF_MEMORY);
        return NULL;
    }
    char *found = NULL;
    bool ok = true;
    size_t rl = strlen(request);
    bool dir_only = rl > 0 && request[rl - 1] == '/';
    if (is_relative(request)) {
        char *x0 = request[0] == '/' ? dup_cstr(request) : join2(dir, request);
        char *x = x0 ? bi_path_normalize(x0) : NULL;
        free(x0);
        if (x) {
            size_t xl = strlen(x);
            while (xl > 1 && x[xl - 1] == '/') x[--xl] = '\0';
            if (!dir_only) found = load_as_file(x);
            if (!found) ok = load_as_directory(vm, x, &found);
        }
        free(x);
    } else {
        char *d = dup_cstr(dir);
        while (d && !found && ok) {
            const char *base = strrchr(d, '/');
            base = base ? base + 1 : d;
            if (strcmp(base, "node_modules") != 0) {
                char *nm = join2(d, "node_modules");
                char *x = nm ? join2(nm, request) : NULL;
                free(nm);
                if (x) {
                    size_t xl = strlen(x);
                    while (xl > 1 && x[xl - 1] == '/') x[--xl] = '\0';
                    if (!dir_only) found = load_as_file(x);
                    if (!found) ok = load_as_directory(vm, x, &found);
                }
                free(x);
            }
            if (strcmp(d, "/") == 0) break;
            char *up = bi_path_dirname(d);
            free(d);
            d = up;
        }
        free(d);
    }
    free(dir);
    if (!ok) return NULL;
    if (!found) {
        throw_not_found(vm, request, parent);
        return NULL;
    }
    char *real = realpath(found, NULL);
    if (real) {
        free(found);
        return real;
    }
    return found;
}

/* ==== loading ==================================================================== */

static Source *source_new(const char *name, char *text, size_t len)
{
    Source *s = calloc(1, sizeof *s);
    if (!s) return NULL;
    s->name = dup_cstr(name);
    if (!s->name) {
        free(s);
        return NULL;
    }
    s->text = text;
    s->len = len;
    s->refs = 1;
    return s;
}

static void source_release(Source *s)
{
    if (s && --s->refs == 0) {
        free(s->name);
        free(s->text);
        free(s);
    }
}

static Node *ident(Arena *a, const char *name)
{
    Node *n = ast_new(a, N_IDENT, 1, 1, 0);
    if (n) n->u.ident.name = name;
    return n;
}

/* The program `(function (exports, require, module, __filename, __dirname)
 * { <body> })` around a body parsed with PARSE_FUNCTION_BODY. */
static Node *wrap_body(Arena *a, Node *body, size_t len)
{
    static const char *const params[] = { "exports", "require", "module", "__filename", "__dirname" };
    Node *fn = ast_new(a, N_FUNCTION, 1, 1, 0);
    Node *stmt = ast_new(a, N_EXPR_STMT, 1, 1, 0);
    Node *prog = ast_new(a, N_PROGRAM, 1, 1, 0);
    FuncNode *top = arena_alloc(a, sizeof(FuncNode));
    if (!fn || !stmt || !prog || !top) return NULL;
    fn->u.func = *body->u.program.func;   /* the body's facts: strictness, this, arguments, eval */
    fn->u.func.name = NULL;
    fn->u.func.is_expression = true;
    fn->u.func.has_simple_params = true;
    fn->u.func.body = body->u.program.body;
    fn->u.func.body_start = 0;
    memset(&fn->u.func.params, 0, sizeof fn->u.func.params);
    for (size_t i = 0; i < sizeof params / sizeof params[0]; i++) {
        Node *p = ident(a, params[i]);
        if (!p) return NULL;
        ast_list_push(a, &fn->u.func.params, p);
    }
    fn->end = (uint32_t)len;
    fn->height = body->height < UINT16_MAX ? (uint16_t)(body->height + 1) : UINT16_MAX;
    stmt->u.unary.arg = fn;
    stmt->end = (uint32_t)len;
    stmt->height = fn->height < UINT16_MAX ? (uint16_t)(fn->height + 1) : UINT16_MAX;
    ast_list_push(a, &prog->u.program.body, stmt);
    prog->end = (uint32_t)len;
    prog->height = stmt->height < UINT16_MAX ? (uint16_t)(stmt->height + 1) : UINT16_MAX;
    top->has_simple_params = true;
    top->body = prog->u.program.body;
    prog->u.program.func = top;
    return prog;
}

/* Compile the file's text (owned: freed here) to the wrapper function. */
static JSValue compile_module(VM *vm, const char *filename, char *text, size_t len)
{
    /* a leading #! line is a comment, as for the main script */
    if (len >= 2 && text[0] == '#' && text[1] == '!')
        for (size_t i = 0; i < len && text[i] != '\n'; i++) text[i] = ' ';
    Source *src = source_new(filename, text, len);
    if (!src) {
        free(text);
        return err_throw(vm, ERRMSG_OUT_OF_MEMORY);
    }
    Arena arena = { 0 };
    ParseError perr;
    uint64_t t0 = stats_now_ns();
    Node *body = parse_program(&arena, src->text, src->len, PARSE_FUNCTION_BODY, &perr);
    uint64_t t1 = stats_now_ns();
    vm->stats.v[STAT_parse_ns] += t1 - t0;
    JSValue r = VAL_EXCEPTION;
    if (!body) {
        throw_syntax(vm, filename, perr.line, perr.col, perr.message);
        goto out;
    }
    Node *prog = wrap_body(&arena, body, src->len);
    if (!prog) {
        err_throw(vm, ERRMSG_OUT_OF_MEMORY);
        goto out;
    }
    if (vm->flags.print_ast) ast_dump(prog, stdout);
    CompileError cerr;
    FunctionProto *before = vm->protos;
    FunctionProto *fp = comp_compile_program(vm, prog, src, &cerr);
    vm->stats.v[STAT_compile_ns] += stats_now_ns() - t1;
    for (FunctionProto *p = vm->protos; p && p != before; p = p->next) {
        vm->stats.v[STAT_functions_compiled]++;
        vm->stats.v[STAT_bytecode_bytes] += p->code_len;
    }
    if (!fp) {
        if (!err_pending(vm)) throw_syntax(vm, filename, cerr.line, cerr.col, cerr.message);
        goto out;
    }
    if (vm->flags.print_bytecode) bc_disassemble(vm, fp, stdout);
    r = vm_run_proto(vm, fp);   /* the completion value: the function */
    if (r != VAL_EXCEPTION && !val_is_function(r)) r = bi_throw_type(vm, "module wrapper did not compile to a function");
out:
    arena_free(&arena);
    source_release(src);   /* the protos keep their own references */
    return r;
}

static bool run_js(VM *vm, JSValue *module, const char *filename)
{
    size_t len;
    char *text = read_file(filename, &len);
    if (!text) {
        bi_process_throw_code(vm, Error, errno == ENOENT ? "ENOENT" : "EIO", "%s, open '%s'", strerror(errno), filename);
        return false;
    }
    if (len >= 3 && (unsigned char)text[0] == 0xEF && (unsigned char)text[1] == 0xBB && (unsigned char)text[2] == 0xBF)
        memset(text, ' ', 3);   /* a BOM: node strips it */
    if (len >= 2 && text[0] == '#' && text[1] == '!')
        for (size_t i = 0; i < len && text[i] != '\n'; i++) text[i] = ' ';
    HandleScope hs = heap_scope_open(vm);
    bool ok = false;
    if (esm_format_is_module(vm, filename, text, len, PARSE_FUNCTION_BODY)) {
        /* require(esm), node 22.12+: module.exports is the module's namespace */
        free(text);
        JSValue ns = esm_require(vm, filename);
        ok = ns != VAL_EXCEPTION && def(vm, module, "exports", ns, PROP_DEFAULT);
        goto out;
    }
    JSValue fn = compile_module(vm, filename, text, len);
    if (fn == VAL_EXCEPTION) goto out;
    JSValue *hfn = heap_handle(vm, fn);
    char *dir = bi_path_dirname(filename);
    if (!dir) {
        err_throw(vm, ERRMSG_OUT_OF_MEMORY);
        goto out;
    }
    /* the arguments (exports, require, module, __filename, __dirname) in consecutive handles */
    JSValue *argv = heap_handle(vm, VAL_UNDEFINED);
    for (int i = 1; i < 5; i++) heap_handle(vm, VAL_UNDEFINED);
    argv[2] = *module;
    JSValue v = get(vm, module, "exports");
    if (v != VAL_EXCEPTION) {
        argv[0] = v;
        v = make_require(vm, module);
    }
    if (v != VAL_EXCEPTION) {
        argv[1] = v;
        v = cstr_value(vm, filename);
    }
    if (v != VAL_EXCEPTION) {
        argv[3] = v;
        v = cstr_value(vm, dir);
    }
    free(dir);
    if (v == VAL_EXCEPTION) goto out;
    argv[4] = v;
    ok = vm_call(vm, *hfn, *argv, 5, argv) != VAL_EXCEPTION;
out:
    heap_scope_close(vm, hs);
    return ok;
}

static bool run_json(VM *vm, JSValue *module, const char *filename)
{
    size_t len;
    char *text = read_file(filename, &len);
    if (!text) {
        bi_process_throw_code(vm, Error, errno == ENOENT ? "ENOENT" : "EIO", "%s, open '%s'", strerror(errno), filename);
        return false;
    }
    size_t skip = len >= 3 && (unsigned char)text[0] == 0xEF && (unsigned char)text[1] == 0xBB &&
                  (unsigned char)text[2] == 0xBF ? 3 : 0;
    HandleScope hs = heap_scope_open(vm);
    bool ok = false;
    JSValue s = bi_fs_decode(vm, text + skip, len - skip, FS_ENC_UTF8);
    free(text);
    if (s == VAL_EXCEPTION) goto out;
    JSValue *hstr = heap_handle(vm, s);
    JSValue v = vm_call(vm, mstate(vm)->v[MS_JSON_PARSE], VAL_UNDEFINED, 1, hstr);
    if (v == VAL_EXCEPTION) {
        /* node: "<filename>: <the JSON.parse message>" */
        JSValue *exc = heap_handle(vm, err_take(vm));
        if (val_is_object(*exc)) {
            JSValue m = own_data(vm, exc, "message");
            char *ms = val_is_string(m) ? str_to_utf8(vm, m, NULL) : NULL;
            size_t n = strlen(filename) + (ms ? strlen(ms) : 0) + 4;
            char *full = malloc(n);
            if (full) {
                snprintf(full, n, "%s: %s", filename, ms ? ms : "");
                JSValue fm = cstr_value(vm, full);
                if (fm != VAL_EXCEPTION) obj_define_value(vm, *exc, vm_atom(vm, ATOM_message), fm, PROP_HIDDEN);
                free(full);
            }
            free(ms);
            if (err_pending(vm)) err_take(vm);
        }
        err_throw_value(vm, *exc);
        goto out;
    }
    JSValue k = atom_from_cstr(vm, "exports");
    if (k == VAL_EXCEPTION) goto out;
    JSValue *hk = heap_handle(vm, k);
    ok = obj_set(vm, *module, *hk, v, *module) >= 0;
    if (!ok && !err_pending(vm)) ok = true;
out:
    heap_scope_close(vm, hs);
    return ok;
}

static bool ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

/* require of a resolved filename from parent (NULL: none). */
static JSValue load(VM *vm, const char *filename, JSValue *parent)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue r = VAL_EXCEPTION;
    JSValue key = atom_from_cstr(vm, filename);
    if (key == VAL_EXCEPTION) goto out;
    JSValue *hk = heap_handle(vm, key);
    PropDesc d;
    if (obj_get_own_property(vm, mstate(vm)->v[MS_CACHE], *hk, &d) == 1 && !(d.attrs & PROP_ACCESSOR) &&
        val_is_object(d.value)) {
        JSValue *cached = heap_handle(vm, d.value);
        if (!add_child(vm, parent, cached, true)) goto out;
        r = get(vm, cached, "exports");
        goto out;
    }
    JSValue m = new_module(vm, filename, filename, parent);
    if (m == VAL_EXCEPTION) goto out;
    JSValue *hm = heap_handle(vm, m);
    if (obj_define_value(vm, mstate(vm)->v[MS_CACHE], *hk, *hm, PROP_DEFAULT) < 0) goto out;
    if (!add_child(vm, parent, hm, false)) goto out;
    bool ok = ends_with(filename, ".json") ? run_json(vm, hm, filename) : run_js(vm, hm, filename);
    if (!ok) {
        /* node: a module that threw leaves the cache and its parent's children */
        HandleScope ehs = heap_scope_open(vm);
        JSValue *exc = heap_handle(vm, err_take(vm));
        obj_delete(vm, mstate(vm)->v[MS_CACHE], *hk);
        if (err_pending(vm)) err_take(vm);
        remove_child(vm, parent, hm);
        err_throw_value(vm, *exc);
        heap_scope_close(vm, ehs);
        goto out;
    }
    if (!def(vm, hm, "loaded", VAL_TRUE, PROP_DEFAULT)) goto out;
    r = get(vm, hm, "exports");
out:
    heap_scope_close(vm, hs);
    return r;
}

/* ==== built-in modules ============================================================ */

/* The 'path' module, built once (builtins/path.c). */
static JSValue path_module(VM *vm)
{
    if (val_is_object(mstate(vm)->v[MS_PATH])) return mstate(vm)->v[MS_PATH];
    JSValue p = bi_path_new(vm);
    if (p != VAL_EXCEPTION) mset(vm, MS_PATH, p);
    return p;
}

static JSValue timers_module(VM *vm)
{
    if (val_is_object(mstate(vm)->v[MS_TIMERS])) return mstate(vm)->v[MS_TIMERS];
    HandleScope hs = heap_scope_open(vm);
    JSValue r = VAL_EXCEPTION;
    JSValue t = obj_new(vm, vm_intrinsic(vm, INTR_ObjectPrototype));
    if (t == VAL_EXCEPTION) goto out;
    JSValue *ht = heap_handle(vm, t);
    static const char *const names[] = { "setTimeout", "clearTimeout", "setInterval", "clearInterval",
                                         "setImmediate", "clearImmediate" };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        JSValue v = get(vm, &vm->global, names[i]);
        if (v == VAL_EXCEPTION || !def(vm, ht, names[i], v, PROP_DEFAULT)) goto out;
    }
    mset(vm, MS_TIMERS, *ht);
    r = *ht;
out:
    heap_scope_close(vm, hs);
    return r;
}

/* The built-in module `name` (without node:), or VAL_HOLE when there is none. */
static JSValue builtin(VM *vm, const char *name)
{
    if (!strcmp(name, "fs")) return bi_fs_module(vm);
    if (!strcmp(name, "fs/promises")) {
        JSValue fs = bi_fs_module(vm);
        if (fs == VAL_EXCEPTION) return fs;
        HandleScope hs = heap_scope_open(vm);
        JSValue *h = heap_handle(vm, fs);
        JSValue r = get(vm, h, "promises");
        heap_scope_close(vm, hs);
        return r;
    }
    if (!strcmp(name, "path") || !strcmp(name, "path/posix")) return path_module(vm);
    if (!strcmp(name, "timers")) return timers_module(vm);
    if (!strcmp(name, "process")) return loop_process_object(vm);
    return VAL_HOLE;
}

/* ==== require ======================================================================= */

/* require(id); callee data = the requiring module */
static JSValue require_fn(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    JSValue *module = heap_handle(vm, call_native_callee(vm)->data);
    JSValue id = bi_arg(args, argc, 0);
    if (!val_is_string(id)) BI_RETURN(bi_process_throw_arg_type(vm, "id", "of type string", id));
    if (str_length(id) == 0)
        BI_RETURN(bi_process_throw_code(vm, TypeError, "ERR_INVALID_ARG_VALUE",
                                        "The argument 'id' must be a non-empty string. Received ''"));
    char *req = str_to_utf8(vm, id, NULL);
    if (!req) BI_RETURN(err_throw(vm, ERRMSG_OUT_OF_MEMORY));
    bool prefixed = strncmp(req, "node:", 5) == 0;
    JSValue b = builtin(vm, prefixed ? req + 5 : req);
    if (b != VAL_HOLE || prefixed) {
        if (b == VAL_HOLE)
            b = bi_process_throw_code(vm, Error, "ERR_UNKNOWN_BUILTIN_MODULE", "No such built-in module: %s", req);
        free(req);
        BI_RETURN(b);
    }
    char *filename = resolve(vm, req, module);
    free(req);
    if (!filename) BI_RETURN(VAL_EXCEPTION);
    JSValue r = load(vm, filename, module);
    free(filename);
    BI_RETURN(r);
}

/* require.resolve(id): the filename require(id) would load (or the id of a built-in). */
static JSValue require_resolve(VM *vm, JSValue *args, int argc, JSValue nt)
{
    BI_SCOPE;
    JSValue *module = heap_handle(vm, call_native_callee(vm)->data);
    JSValue id = bi_arg(args, argc, 0);
    if (!val_is_string(id)) BI_RETURN(bi_process_throw_arg_type(vm, "request", "of type string", id));
    char *req = str_to_utf8(vm, id, NULL);
    if (!req) BI_RETURN(err_throw(vm, ERRMSG_OUT_OF_MEMORY));
    bool prefixed = strncmp(req, "node:", 5) == 0;
    JSValue b = builtin(vm, prefixed ? req + 5 : req);
    if (b == VAL_EXCEPTION) {
        free(req);
        BI_RETURN(b);
    }
    if (b != VAL_HOLE) {
        free(req);
        BI_RETURN(args[0]);
    }
    char *filename = resolve(vm, req, module);
    free(req);
    if (!filename) BI_RETURN(VAL_EXCEPTION);
    JSValue r = cstr_value(vm, filename);
    free(filename);
    BI_RETURN(r);
}

/* A native closure whose data is the module. */
static JSValue closure(VM *vm, const char *name, NativeFn fn, int length, JSValue *module)
{
    JSValue f = fn_new_native(vm, name, fn, length, 0);
    if (f == VAL_EXCEPTION) return f;
    JSFunction *jf = (JSFunction *)val_obj(f);
    heap_store(&vm->heap, &jf->obj.hdr, &jf->data, *module);
    return f;
}

/* require for one module: resolve, main, cache (node's enumerable members). */
static JSValue make_require(VM *vm, JSValue *module)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue r = VAL_EXCEPTION;
    JSValue req = closure(vm, "require", require_fn, 1, module);
    if (req == VAL_EXCEPTION) goto out;
    JSValue *hreq = heap_handle(vm, req);
    JSValue res = closure(vm, "resolve", require_resolve, 1, module);
    if (res == VAL_EXCEPTION || !def(vm, hreq, "resolve", res, PROP_DEFAULT) ||
        !def(vm, hreq, "main", mstate(vm)->v[MS_MAIN], PROP_DEFAULT) ||
        !def(vm, hreq, "cache", mstate(vm)->v[MS_CACHE], PROP_DEFAULT))
        goto out;
    r = *hreq;
out:
    heap_scope_close(vm, hs);
    return r;
}

/* The globals a classic main script gets for module m. */
static bool set_globals(VM *vm, JSValue *m, const char *filename, const char *dirname)
{
    HandleScope hs = heap_scope_open(vm);
    bool ok = false;
    JSValue v;
    if ((v = make_require(vm, m)) == VAL_EXCEPTION || !def(vm, &vm->global, "require", v, PROP_HIDDEN)) goto out;
    if (!def(vm, &vm->global, "module", *m, PROP_HIDDEN)) goto out;
    if ((v = get(vm, m, "exports")) == VAL_EXCEPTION || !def(vm, &vm->global, "exports", v, PROP_HIDDEN)) goto out;
    if ((v = cstr_value(vm, filename)) == VAL_EXCEPTION || !def(vm, &vm->global, "__filename", v, PROP_HIDDEN)) goto out;
    if ((v = cstr_value(vm, dirname)) == VAL_EXCEPTION || !def(vm, &vm->global, "__dirname", v, PROP_HIDDEN)) goto out;
    ok = true;
out:
    heap_scope_close(vm, hs);
    return ok;
}

bool mod_set_main(VM *vm, const char *path)
{
    char *abs = realpath(path, NULL);
    if (!abs) {
        const char *parts[] = { path };
        abs = bi_path_resolve(parts, 1);
    }
    char *dir = abs ? bi_path_dirname(abs) : NULL;
    HandleScope hs = heap_scope_open(vm);
    bool ok = false;
    if (!dir) {
        err_throw(vm, ERRMSG_OUT_OF_MEMORY);
        goto out;
    }
    JSValue m = new_module(vm, ".", abs, NULL);
    if (m == VAL_EXCEPTION) goto out;
    JSValue *hm = heap_handle(vm, m);
    mset(vm, MS_MAIN, *hm);
    JSValue key = atom_from_cstr(vm, abs);
    if (key == VAL_EXCEPTION || obj_define_value(vm, mstate(vm)->v[MS_CACHE], key, *hm, PROP_DEFAULT) < 0) goto out;
    ok = set_globals(vm, hm, abs, dir) && bi_process_set_script(vm, abs);
out:
    heap_scope_close(vm, hs);
    free(abs);
    free(dir);
    return ok;
}

void mod_main_loaded(VM *vm)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *m = heap_handle(vm, mstate(vm)->v[MS_MAIN]);
    if (val_is_object(*m) && !def(vm, m, "loaded", VAL_TRUE, PROP_DEFAULT)) err_take(vm);
    heap_scope_close(vm, hs);
}

bool mod_drop_main_globals(VM *vm)
{
    static const char *const names[] = { "require", "module", "exports", "__filename", "__dirname" };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        JSValue key = atom_from_cstr(vm, names[i]);
        if (key == VAL_EXCEPTION || obj_delete(vm, vm->global, key) < 0) return false;
    }
    return true;
}

static JSValue module_illegal(VM *vm, JSValue *args, int argc, JSValue nt)
{
    return bi_throw_type(vm, "Illegal constructor");
}

bool mod_install(VM *vm)
{
    HandleScope hs = heap_scope_open(vm);
    bool ok = false;
    char *cwd = NULL, *eval_file = NULL;
    JSValue st = valarray_new(vm, MS__COUNT);
    if (st == VAL_EXCEPTION) goto out;
    ((ValArray *)val_cell(st))->count = MS__COUNT;
    vm->intrinsics[INTR_ModuleState] = st;
    JSValue cache = obj_new(vm, VAL_NULL);
    if (cache == VAL_EXCEPTION) goto out;
    mset(vm, MS_CACHE, cache);
    /* Module.prototype, with a (non-global) Module constructor so that
     * console.log shows "Module { ... }" as node does */
    JSValue proto = obj_new(vm, vm_intrinsic(vm, INTR_ObjectPrototype));
    if (proto == VAL_EXCEPTION) goto out;
    mset(vm, MS_PROTO, proto);
    JSValue ctor = fn_new_native(vm, "Module", module_illegal, 0, 0);
    if (ctor == VAL_EXCEPTION) goto out;
    JSValue *hc = heap_handle(vm, ctor);
    if (obj_define_value(vm, *hc, vm_atom(vm, ATOM_prototype), mstate(vm)->v[MS_PROTO], 0) < 0 ||
        obj_define_value(vm, mstate(vm)->v[MS_PROTO], vm_atom(vm, ATOM_constructor), *hc, PROP_HIDDEN) < 0)
        goto out;
    JSValue json = get(vm, &vm->global, "JSON");
    if (json == VAL_EXCEPTION) goto out;
    JSValue *hj = heap_handle(vm, json);
    JSValue parse = val_is_object(*hj) ? get(vm, hj, "parse") : VAL_UNDEFINED;
    if (parse == VAL_EXCEPTION) goto out;
    mset(vm, MS_JSON_PARSE, parse);
    mset(vm, MS_MAIN, VAL_UNDEFINED);
    /* code run without a file: node's [eval] module in the working directory */
    cwd = getcwd(NULL, 0);
    eval_file = join2(cwd ? cwd : "/", "[eval]");
    if (!eval_file) goto out;
    JSValue m = new_module(vm, "[eval]", eval_file, NULL);
    if (m == VAL_EXCEPTION) goto out;
    JSValue *hm = heap_handle(vm, m);
    ok = set_globals(vm, hm, "[eval]", ".");
out:
    free(cwd);
    free(eval_file);
    heap_scope_close(vm, hs);
    return ok;
}

