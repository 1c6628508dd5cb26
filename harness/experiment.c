/*
 * experiment.c -- loading experiment files (YAML via libyaml's document
 * API) and resolving them into the matrix of cells.
 *
 * Loading checks shape and types and reports "FILE:LINE: message"; unknown
 * keys are errors too (a typo must not silently change an experiment).
 * Resolving crosses the axes of each configuration, expands "all"
 * benchmarks from the suite folder (sorted, so the matrix is stable), and
 * hashes the canonical JSON of the result into the run identity.
 */
#include "experiment.h"

#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <yaml.h>

#include "json.h"
#include "sha256.h"

typedef struct Loader {
    yaml_document_t doc;
    const char *file;
    char *err;
    size_t errlen;
} Loader;

static bool fail_at(Loader *ld, const yaml_node_t *n, const char *fmt, ...)
{
    va_list ap;
    int k = snprintf(ld->err, ld->errlen, "%s:%zu: ", ld->file, n ? n->start_mark.line + 1 : (size_t)0);
    va_start(ap, fmt);
    if (k >= 0 && (size_t)k < ld->errlen) vsnprintf(ld->err + k, ld->errlen - (size_t)k, fmt, ap);
    va_end(ap);
    return false;
}

static char *xstrdup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *d = malloc(n);
    if (!d) {
        fputs("tierlab-bench: out of memory\n", stderr);
        exit(2);
    }
    return memcpy(d, s, n);
}

static void *xcalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size);
    if (!p) {
        fputs("tierlab-bench: out of memory\n", stderr);
        exit(2);
    }
    return p;
}

void exp_strlist_push(StrList *l, const char *s)
{
    char **items = realloc(l->items, (l->n + 1) * sizeof *items);
    if (!items) {
        fputs("tierlab-bench: out of memory\n", stderr);
        exit(2);
    }
    l->items = items;
    l->items[l->n++] = xstrdup(s);
}

void exp_strlist_free(StrList *l)
{
    for (size_t i = 0; i < l->n; i++) free(l->items[i]);
    free(l->items);
    l->items = NULL;
    l->n = 0;
}

/* ---- YAML node access ------------------------------------------------------ */

static yaml_node_t *node(Loader *ld, int id) { return yaml_document_get_node(&ld->doc, id); }

static const char *scalar(const yaml_node_t *n)
{
    return n && n->type == YAML_SCALAR_NODE ? (const char *)n->data.scalar.value : NULL;
}

static bool expect(Loader *ld, const yaml_node_t *n, yaml_node_type_t type, const char *what)
{
    if (n && n->type == type) return true;
    return fail_at(ld, n, "%s must be a %s", what,
                   type == YAML_MAPPING_NODE ? "mapping" : type == YAML_SEQUENCE_NODE ? "list" : "scalar");
}

static bool get_int(Loader *ld, const yaml_node_t *n, const char *what, int lo, int hi, int *out)
{
    const char *s = scalar(n);
    char *end;
    long v = s ? strtol(s, &end, 10) : 0;
    if (!s || *end || v < lo || v > hi) return fail_at(ld, n, "%s must be an integer in %d..%d", what, lo, hi);
    *out = (int)v;
    return true;
}

static bool get_double(Loader *ld, const yaml_node_t *n, const char *what, double *out)
{
    const char *s = scalar(n);
    char *end;
    double v = s ? strtod(s, &end) : 0;
    if (!s || *end || !(v > 0)) return fail_at(ld, n, "%s must be a positive number", what);
    *out = v;
    return true;
}

static bool get_size(Loader *ld, const yaml_node_t *n, const char *what, uint64_t *out)
{
    const char *s = scalar(n);
    char *end;
    double v = s ? strtod(s, &end) : -1;
    if (!s || v < 0) return fail_at(ld, n, "%s must be a size such as 512M or 2G", what);
    uint64_t mult = 1;
    switch (*end) {
    case 'k': case 'K': mult = 1ull << 10; end++; break;
    case 'm': case 'M': mult = 1ull << 20; end++; break;
    case 'g': case 'G': mult = 1ull << 30; end++; break;
    case '\0': break;
    default: return fail_at(ld, n, "%s must be a size such as 512M or 2G", what);
    }
    if (*end == 'B' || *end == 'b') end++;
    if (*end) return fail_at(ld, n, "%s must be a size such as 512M or 2G", what);
    *out = (uint64_t)(v * (double)mult);
    return true;
}

/* A scalar or a list of scalars -> StrList. */
static bool get_strings(Loader *ld, const yaml_node_t *n, const char *what, StrList *out)
{
    if (n && n->type == YAML_SCALAR_NODE) {
        exp_strlist_push(out, scalar(n));
        return true;
    }
    if (!expect(ld, n, YAML_SEQUENCE_NODE, what)) return false;
    for (yaml_node_item_t *it = n->data.sequence.items.start; it < n->data.sequence.items.top; it++) {
        const char *s = scalar(node(ld, *it));
        if (!s) return fail_at(ld, node(ld, *it), "%s: every item must be a string", what);
        exp_strlist_push(out, s);
    }
    return true;
}

#define FOR_PAIRS(ld, map, k, v)                                                                   \
    for (yaml_node_pair_t *p_ = (map)->data.mapping.pairs.start; p_ < (map)->data.mapping.pairs.top; \
         p_++)                                                                                     \
        for (yaml_node_t *k = node(ld, p_->key), *v = node(ld, p_->value); k; k = NULL)

/* ---- sections ---------------------------------------------------------------- */

static bool load_suite(Loader *ld, Experiment *exp, Suite *s, const yaml_node_t *key, yaml_node_t *val)
{
    s->name = xstrdup(scalar(key));
    s->line = (int)key->start_mark.line + 1;
    s->adapter = ADAPTER_TIERLAB;
    if (!expect(ld, val, YAML_MAPPING_NODE, "a suite")) return false;
    bool all = false;
    FOR_PAIRS(ld, val, k, v) {
        const char *name = scalar(k);
        if (!name) return fail_at(ld, k, "suite keys must be strings");
        if (strcmp(name, "path") == 0) {
            if (!scalar(v)) return fail_at(ld, v, "path must be a string");
            s->path = xstrdup(scalar(v));
        } else if (strcmp(name, "adapter") == 0) {
            const char *a = scalar(v);
            if (a && strcmp(a, "tierlab") == 0) s->adapter = ADAPTER_TIERLAB;
            else if (a && strcmp(a, "awfy") == 0) s->adapter = ADAPTER_AWFY;
            else if (a && strcmp(a, "process") == 0) s->adapter = ADAPTER_PROCESS;
            else return fail_at(ld, v, "adapter must be tierlab, awfy or process");
        } else if (strcmp(name, "command") == 0) {
            if (!scalar(v)) return fail_at(ld, v, "command must be a string");
            s->command = xstrdup(scalar(v));
        } else if (strcmp(name, "benchmarks") == 0) {
            if (scalar(v) && strcmp(scalar(v), "all") == 0)
                all = true;
            else if (!get_strings(ld, v, "benchmarks", &s->benchmarks))
                return false;
        } else if (strcmp(name, "iterations") == 0) {
            if (!get_int(ld, v, "iterations", 1, 1000000, &s->iterations)) return false;
        } else if (strcmp(name, "inner") == 0) {
            if (!get_int(ld, v, "inner", 1, 1000000000, &s->inner)) return false;
        } else {
            return fail_at(ld, k, "unknown suite key '%s' (path, adapter, command, benchmarks, iterations, inner)", name);
        }
    }
    if (!s->path) s->path = xstrdup(".");
    if (s->adapter != ADAPTER_TIERLAB && !s->command)
        return fail_at(ld, key, "suite '%s': the %s adapter needs a command", s->name,
                       s->adapter == ADAPTER_AWFY ? "awfy" : "process");
    if (all) {
        DIR *d = opendir(s->path);
        if (!d) return fail_at(ld, key, "suite '%s': cannot read folder '%s': %s", s->name, s->path, strerror(errno));
        struct dirent *de;
        while ((de = readdir(d))) {
            size_t n = strlen(de->d_name);
            if (n > 3 && strcmp(de->d_name + n - 3, ".js") == 0) {
                char tmp[256];
                snprintf(tmp, sizeof tmp, "%.*s", (int)(n - 3), de->d_name);
                exp_strlist_push(&s->benchmarks, tmp);
            }
        }
        closedir(d);
        qsort(s->benchmarks.items, s->benchmarks.n, sizeof(char *), (int (*)(const void *, const void *))strcmp);
    }
    if (s->benchmarks.n == 0) return fail_at(ld, key, "suite '%s' has no benchmarks", s->name);
    if (s->inner == 0) s->inner = 1;
    (void)exp;
    return true;
}

static bool load_executor(Loader *ld, Executor *e, const yaml_node_t *key, yaml_node_t *val)
{
    e->name = xstrdup(scalar(key));
    e->line = (int)key->start_mark.line + 1;
    e->kind = EXECUTOR_COMMAND;
    if (!expect(ld, val, YAML_MAPPING_NODE, "an executor")) return false;
    FOR_PAIRS(ld, val, k, v) {
        const char *name = scalar(k);
        if (!name) return fail_at(ld, k, "executor keys must be strings");
        if (strcmp(name, "path") == 0) {
            if (!scalar(v)) return fail_at(ld, v, "path must be a string");
            e->path = xstrdup(scalar(v));
        } else if (strcmp(name, "kind") == 0) {
            const char *s = scalar(v);
            if (s && strcmp(s, "tierlab") == 0) e->kind = EXECUTOR_TIERLAB;
            else if (s && strcmp(s, "node") == 0) e->kind = EXECUTOR_NODE;
            else if (s && strcmp(s, "command") == 0) e->kind = EXECUTOR_COMMAND;
            else return fail_at(ld, v, "kind must be tierlab, node or command");
        } else if (strcmp(name, "flags") == 0) {
            if (!get_strings(ld, v, "flags", &e->flags)) return false;
        } else {
            return fail_at(ld, k, "unknown executor key '%s' (path, kind, flags)", name);
        }
    }
    if (!e->path) return fail_at(ld, key, "executor '%s' needs a path", e->name);
    return true;
}

static bool load_axis(Loader *ld, Axis *a, const yaml_node_t *key, yaml_node_t *val)
{
    a->name = xstrdup(scalar(key));
    a->line = (int)key->start_mark.line + 1;
    if (!expect(ld, val, YAML_MAPPING_NODE, "an axis")) return false;
    size_t n = (size_t)(val->data.mapping.pairs.top - val->data.mapping.pairs.start);
    a->values = xcalloc(n + 64, sizeof *a->values);
    FOR_PAIRS(ld, val, k, v) {
        const char *name = scalar(k);
        if (!name) return fail_at(ld, k, "axis value names must be strings");
        if (strcmp(name, "factors") == 0) {
            /* heap factors: each becomes a value named "<f>x" */
            if (!expect(ld, v, YAML_SEQUENCE_NODE, "factors")) return false;
            for (yaml_node_item_t *it = v->data.sequence.items.start; it < v->data.sequence.items.top; it++) {
                double f = 0;
                if (!get_double(ld, node(ld, *it), "a heap factor", &f)) return false;
                if (a->n >= n + 64) return fail_at(ld, v, "too many heap factors");
                AxisValue *av = &a->values[a->n++];
                char nm[32];
                snprintf(nm, sizeof nm, "%gx", f);
                av->name = xstrdup(nm);
                av->heap_factor = f;
            }
        } else {
            AxisValue *av = &a->values[a->n++];
            av->name = xstrdup(name);
            if (!get_strings(ld, v, "axis value flags", &av->flags)) return false;
        }
    }
    if (a->n == 0) return fail_at(ld, key, "axis '%s' has no values", a->name);
    return true;
}

static bool load_config(Loader *ld, ConfigSpec *c, yaml_node_t *val)
{
    c->line = (int)val->start_mark.line + 1;
    if (!expect(ld, val, YAML_MAPPING_NODE, "a configuration")) return false;
    FOR_PAIRS(ld, val, k, v) {
        const char *name = scalar(k);
        if (!name) return fail_at(ld, k, "configuration keys must be strings");
        if (strcmp(name, "executor") == 0) {
            if (!scalar(v)) return fail_at(ld, v, "executor must be a name");
            c->executor = xstrdup(scalar(v));
        } else if (strcmp(name, "axes") == 0) {
            if (!get_strings(ld, v, "axes", &c->axes)) return false;
        } else if (strcmp(name, "variants") == 0) {
            if (!expect(ld, v, YAML_MAPPING_NODE, "variants")) return false;
            size_t n = (size_t)(v->data.mapping.pairs.top - v->data.mapping.pairs.start);
            c->variants = xcalloc(n, sizeof *c->variants);
            FOR_PAIRS(ld, v, vk, vv) {
                AxisValue *av = &c->variants[c->nvariants++];
                if (!scalar(vk)) return fail_at(ld, vk, "variant names must be strings");
                av->name = xstrdup(scalar(vk));
                if (!get_strings(ld, vv, "variant flags", &av->flags)) return false;
            }
        } else {
            return fail_at(ld, k, "unknown configuration key '%s' (executor, axes, variants)", name);
        }
    }
    if (!c->executor) return fail_at(ld, val, "a configuration needs an executor");
    return true;
}

static bool get_bool(Loader *ld, const yaml_node_t *n, const char *what, bool *out)
{
    const char *s = scalar(n);
    if (s && (strcmp(s, "true") == 0 || strcmp(s, "yes") == 0 || strcmp(s, "on") == 0)) *out = true;
    else if (s && (strcmp(s, "false") == 0 || strcmp(s, "no") == 0 || strcmp(s, "off") == 0)) *out = false;
    else return fail_at(ld, n, "%s must be true or false", what);
    return true;
}

/* callgrind: true | false | {executions, iterations, timeout, memory_limit, valgrind, keep} */
static bool load_callgrind(Loader *ld, CallgrindSpec *cg, const yaml_node_t *key, yaml_node_t *val)
{
    cg->line = (int)key->start_mark.line + 1;
    cg->executions = 1;
    if (val->type == YAML_SCALAR_NODE) return get_bool(ld, val, "callgrind", &cg->enabled);
    if (!expect(ld, val, YAML_MAPPING_NODE, "callgrind")) return false;
    cg->enabled = true;
    FOR_PAIRS(ld, val, k, v) {
        const char *name = scalar(k);
        if (!name) return fail_at(ld, k, "callgrind keys must be strings");
        if (strcmp(name, "executions") == 0) {
            if (!get_int(ld, v, "callgrind executions", 1, 100, &cg->executions)) return false;
        } else if (strcmp(name, "iterations") == 0) {
            if (!get_int(ld, v, "callgrind iterations", 1, 1000000, &cg->iterations)) return false;
        } else if (strcmp(name, "timeout") == 0) {
            if (!get_double(ld, v, "callgrind timeout", &cg->timeout_s)) return false;
        } else if (strcmp(name, "memory_limit") == 0) {
            if (!get_size(ld, v, "callgrind memory_limit", &cg->memory_limit)) return false;
        } else if (strcmp(name, "valgrind") == 0) {
            if (!scalar(v) || !scalar(v)[0]) return fail_at(ld, v, "valgrind must be a path or a command name");
            free(cg->valgrind);
            cg->valgrind = xstrdup(scalar(v));
        } else if (strcmp(name, "keep") == 0) {
            if (!get_bool(ld, v, "callgrind keep", &cg->keep)) return false;
        } else {
            return fail_at(ld, k,
                           "unknown callgrind key '%s' (executions, iterations, timeout, memory_limit, valgrind, keep)",
                           name);
        }
    }
    return true;
}

/* Heap factors are multiples of the minimum heap that `tierlab
 * --find-min-heap` finds, applied with --heap/--max-heap: only a tierlab
 * executor running the bench protocol can have them. */
static bool heap_axis_allowed(Loader *ld, const Experiment *exp, const ConfigSpec *c, const Axis *ax)
{
    bool factors = false;
    for (size_t v = 0; v < ax->n; v++) factors |= ax->values[v].heap_factor > 0;
    if (!factors) return true;
    const Executor *ex = NULL;
    for (size_t j = 0; j < exp->nexecutors; j++)
        if (strcmp(exp->executors[j].name, c->executor) == 0) ex = &exp->executors[j];
    if (ex && ex->kind != EXECUTOR_TIERLAB) {
        snprintf(ld->err, ld->errlen,
                 "%s:%d: axis '%s' has heap factors, but executor '%s' is not of kind tierlab: heap factors are "
                 "multiples of the minimum heap found with tierlab --find-min-heap and need tierlab's --heap",
                 ld->file, c->line, ax->name, c->executor);
        return false;
    }
    for (size_t s = 0; s < exp->nsuites; s++) {
        if (exp->suites[s].adapter == ADAPTER_TIERLAB) continue;
        snprintf(ld->err, ld->errlen,
                 "%s:%d: axis '%s' has heap factors, but suite '%s' runs a command (%s adapter) that gets no --heap: "
                 "heap factors need the tierlab adapter",
                 ld->file, c->line, ax->name, exp->suites[s].name,
                 exp->suites[s].adapter == ADAPTER_AWFY ? "awfy" : "process");
        return false;
    }
    return true;
}

static bool load_root(Loader *ld, Experiment *exp, yaml_node_t *root)
{
    if (!expect(ld, root, YAML_MAPPING_NODE, "the experiment")) return false;
    exp->executions = 5;
    exp->iterations = 10;
    exp->timeout_s = 300;
    FOR_PAIRS(ld, root, k, v) {
        const char *name = scalar(k);
        if (!name) return fail_at(ld, k, "top-level keys must be strings");
        if (strcmp(name, "name") == 0) {
            if (!scalar(v)) return fail_at(ld, v, "name must be a string");
            exp->name = xstrdup(scalar(v));
        } else if (strcmp(name, "description") == 0) {
            /* free text */
        } else if (strcmp(name, "executions") == 0) {
            if (!get_int(ld, v, "executions", 1, 10000, &exp->executions)) return false;
        } else if (strcmp(name, "iterations") == 0) {
            if (!get_int(ld, v, "iterations", 1, 1000000, &exp->iterations)) return false;
        } else if (strcmp(name, "timeout") == 0) {
            if (!get_double(ld, v, "timeout", &exp->timeout_s)) return false;
        } else if (strcmp(name, "memory_limit") == 0) {
            if (!get_size(ld, v, "memory_limit", &exp->memory_limit)) return false;
        } else if (strcmp(name, "counters") == 0) {
            StrList l = {0};
            if (!get_strings(ld, v, "counters", &l)) return false;
            size_t len = 1;
            for (size_t i = 0; i < l.n; i++) len += strlen(l.items[i]) + 1;
            exp->counters = xcalloc(len, 1);
            for (size_t i = 0; i < l.n; i++) {
                if (i) strcat(exp->counters, ",");
                strcat(exp->counters, l.items[i]);
            }
            exp_strlist_free(&l);
        } else if (strcmp(name, "suites") == 0 || strcmp(name, "executors") == 0 || strcmp(name, "axes") == 0) {
            if (!expect(ld, v, YAML_MAPPING_NODE, name)) return false;
            size_t n = (size_t)(v->data.mapping.pairs.top - v->data.mapping.pairs.start);
            if (name[0] == 's') exp->suites = xcalloc(n, sizeof *exp->suites);
            if (name[0] == 'e') exp->executors = xcalloc(n, sizeof *exp->executors);
            if (name[0] == 'a') exp->axes = xcalloc(n, sizeof *exp->axes);
            FOR_PAIRS(ld, v, sk, sv) {
                if (!scalar(sk)) return fail_at(ld, sk, "%s names must be strings", name);
                bool ok = name[0] == 's'   ? load_suite(ld, exp, &exp->suites[exp->nsuites++], sk, sv)
                          : name[0] == 'e' ? load_executor(ld, &exp->executors[exp->nexecutors++], sk, sv)
                                           : load_axis(ld, &exp->axes[exp->naxes++], sk, sv);
                if (!ok) return false;
            }
        } else if (strcmp(name, "callgrind") == 0) {
            if (!load_callgrind(ld, &exp->callgrind, k, v)) return false;
        } else if (strcmp(name, "configurations") == 0) {
            if (!expect(ld, v, YAML_SEQUENCE_NODE, "configurations")) return false;
            size_t n = (size_t)(v->data.sequence.items.top - v->data.sequence.items.start);
            exp->configs = xcalloc(n, sizeof *exp->configs);
            for (yaml_node_item_t *it = v->data.sequence.items.start; it < v->data.sequence.items.top; it++)
                if (!load_config(ld, &exp->configs[exp->nconfigs++], node(ld, *it))) return false;
        } else {
            return fail_at(ld, k,
                           "unknown key '%s' (name, description, executions, iterations, timeout, memory_limit, "
                           "counters, suites, executors, axes, configurations, callgrind)",
                           name);
        }
    }
    if (!exp->name) return fail_at(ld, root, "the experiment needs a name");
    if (exp->callgrind.enabled && !exp->callgrind.valgrind) exp->callgrind.valgrind = xstrdup("valgrind");
    if (exp->nsuites == 0) return fail_at(ld, root, "the experiment needs at least one suite");
    if (exp->nconfigs == 0) return fail_at(ld, root, "the experiment needs at least one configuration");
    /* cross references */
    for (size_t i = 0; i < exp->nconfigs; i++) {
        ConfigSpec *c = &exp->configs[i];
        bool found = false;
        for (size_t j = 0; j < exp->nexecutors; j++) found |= strcmp(exp->executors[j].name, c->executor) == 0;
        if (!found) {
            snprintf(ld->err, ld->errlen, "%s:%d: unknown executor '%s'", ld->file, c->line, c->executor);
            return false;
        }
        for (size_t a = 0; a < c->axes.n; a++) {
            const Axis *ax = NULL;
            for (size_t j = 0; j < exp->naxes; j++)
                if (strcmp(exp->axes[j].name, c->axes.items[a]) == 0) ax = &exp->axes[j];
            if (!ax) {
                snprintf(ld->err, ld->errlen, "%s:%d: unknown axis '%s'", ld->file, c->line, c->axes.items[a]);
                return false;
            }
            if (!heap_axis_allowed(ld, exp, c, ax)) return false;
        }
    }
    return true;
}

bool exp_load(Experiment *exp, const char *path, char *err, size_t errlen)
{
    memset(exp, 0, sizeof *exp);
    exp->file = xstrdup(path);
    FILE *f = fopen(path, "rb");
    if (!f) {
        snprintf(err, errlen, "%s: cannot open: %s", path, strerror(errno));
        exp_free(exp);
        return false;
    }
    yaml_parser_t parser;
    Loader ld = {.file = path, .err = err, .errlen = errlen};
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_file(&parser, f);
    bool ok;
    if (!yaml_parser_load(&parser, &ld.doc)) {
        snprintf(err, errlen, "%s:%zu:%zu: YAML error: %s", path, parser.problem_mark.line + 1,
                 parser.problem_mark.column + 1, parser.problem ? parser.problem : "malformed");
        ok = false;
    } else {
        yaml_node_t *root = yaml_document_get_root_node(&ld.doc);
        ok = root ? load_root(&ld, exp, root) : (snprintf(err, errlen, "%s: empty experiment file", path), false);
        yaml_document_delete(&ld.doc);
    }
    yaml_parser_delete(&parser);
    fclose(f);
    if (!ok) exp_free(exp);
    return ok;
}

void exp_free(Experiment *exp)
{
    for (size_t i = 0; i < exp->nsuites; i++) {
        free(exp->suites[i].name);
        free(exp->suites[i].path);
        free(exp->suites[i].command);
        exp_strlist_free(&exp->suites[i].benchmarks);
    }
    for (size_t i = 0; i < exp->nexecutors; i++) {
        free(exp->executors[i].name);
        free(exp->executors[i].path);
        exp_strlist_free(&exp->executors[i].flags);
    }
    for (size_t i = 0; i < exp->naxes; i++) {
        for (size_t j = 0; j < exp->axes[i].n; j++) {
            free(exp->axes[i].values[j].name);
            exp_strlist_free(&exp->axes[i].values[j].flags);
        }
        free(exp->axes[i].values);
        free(exp->axes[i].name);
    }
    for (size_t i = 0; i < exp->nconfigs; i++) {
        free(exp->configs[i].executor);
        exp_strlist_free(&exp->configs[i].axes);
        for (size_t j = 0; j < exp->configs[i].nvariants; j++) {
            free(exp->configs[i].variants[j].name);
            exp_strlist_free(&exp->configs[i].variants[j].flags);
        }
        free(exp->configs[i].variants);
    }
    free(exp->suites);
    free(exp->executors);
    free(exp->axes);
    free(exp->configs);
    free(exp->file);
    free(exp->name);
    free(exp->counters);
    free(exp->callgrind.valgrind);
    memset(exp, 0, sizeof *exp);
}

/* ---- resolving ----------------------------------------------------------------- */

typedef struct Builder {
    Cell *cells;
    size_t n, cap;
} Builder;

static Cell *new_cell(Builder *b)
{
    if (b->n == b->cap) {
        b->cap = b->cap ? b->cap * 2 : 64;
        Cell *c = realloc(b->cells, b->cap * sizeof *c);
        if (!c) {
            fputs("tierlab-bench: out of memory\n", stderr);
            exit(2);
        }
        b->cells = c;
    }
    Cell *c = &b->cells[b->n++];
    memset(c, 0, sizeof *c);
    return c;
}

static const Executor *find_executor(const Experiment *exp, const char *name)
{
    for (size_t i = 0; i < exp->nexecutors; i++)
        if (strcmp(exp->executors[i].name, name) == 0) return &exp->executors[i];
    return NULL;
}

static const Axis *find_axis(const Experiment *exp, const char *name)
{
    for (size_t i = 0; i < exp->naxes; i++)
        if (strcmp(exp->axes[i].name, name) == 0) return &exp->axes[i];
    return NULL;
}

/* One configuration = a list of AxisValues (one per crossed axis or a variant). */
static void emit_cells(const Experiment *exp, Builder *b, const ConfigSpec *cs, const AxisValue **vals, size_t nvals)
{
    const Executor *ex = find_executor(exp, cs->executor);
    char config[512] = "";
    /* a peer's configurations carry its name; so do tierlab's when two
     * builds are compared (an A/B of engines), else their names would be
     * the same */
    size_t ntierlab = 0;
    for (size_t i = 0; i < exp->nexecutors; i++) ntierlab += exp->executors[i].kind == EXECUTOR_TIERLAB;
    if (ex->kind != EXECUTOR_TIERLAB || ntierlab > 1) snprintf(config, sizeof config, "%s:", ex->name);
    for (size_t i = 0; i < nvals; i++) {
        size_t len = strlen(config);
        snprintf(config + len, sizeof config - len, "%s%s", i && config[len - 1] != ':' ? "/" : "", vals[i]->name);
    }
    if (nvals == 0) snprintf(config + strlen(config), sizeof config - strlen(config), "%s", ex->name);
    for (size_t s = 0; s < exp->nsuites; s++) {
        const Suite *su = &exp->suites[s];
        for (size_t k = 0; k < su->benchmarks.n; k++) {
            Cell *c = new_cell(b);
            c->suite = su;
            c->executor = ex;
            c->benchmark = xstrdup(su->benchmarks.items[k]);
            c->config = xstrdup(config);
            char path[1024];
            snprintf(path, sizeof path, "%s/%s.js", su->path, c->benchmark);
            c->bench_file = xstrdup(path);
            char id[1200];
            snprintf(id, sizeof id, "%s/%s/%s", su->name, c->benchmark, config);
            c->id = xstrdup(id);
            c->iterations = su->iterations ? su->iterations : exp->iterations;
            for (size_t f = 0; f < ex->flags.n; f++) exp_strlist_push(&c->flags, ex->flags.items[f]);
            for (size_t i = 0; i < nvals; i++) {
                for (size_t f = 0; f < vals[i]->flags.n; f++) exp_strlist_push(&c->flags, vals[i]->flags.items[f]);
                if (vals[i]->heap_factor > 0) c->heap_factor = vals[i]->heap_factor;
            }
        }
    }
}

char *exp_executor_path(const char *name)
{
    if (strchr(name, '/')) return xstrdup(name);
    const char *env = getenv("PATH");
    char *dirs = xstrdup(env ? env : "/usr/bin:/bin");
    char *found = NULL;
    for (char *save, *d = strtok_r(dirs, ":", &save); d && !found; d = strtok_r(NULL, ":", &save)) {
        size_t n = strlen(d) + strlen(name) + 2;
        char *full = xcalloc(n, 1);
        snprintf(full, n, "%s/%s", d, name);
        if (access(full, X_OK) == 0)
            found = full;
        else
            free(full);
    }
    free(dirs);
    return found;
}

bool exp_resolve(const Experiment *exp, Matrix *m, char *err, size_t errlen)
{
    Builder b = {0};
    for (size_t i = 0; i < exp->nconfigs; i++) {
        const ConfigSpec *cs = &exp->configs[i];
        if (cs->nvariants) {
            for (size_t v = 0; v < cs->nvariants; v++) {
                const AxisValue *val = &cs->variants[v];
                emit_cells(exp, &b, cs, &val, 1);
            }
            continue;
        }
        size_t na = cs->axes.n;
        if (na > 16) {
            snprintf(err, errlen, "%s:%d: too many axes", exp->file, cs->line);
            return false;
        }
        const Axis *axes[16];
        size_t idx[16] = {0};
        for (size_t a = 0; a < na; a++) axes[a] = find_axis(exp, cs->axes.items[a]);
        /* odometer over the cross product */
        for (;;) {
            const AxisValue *vals[16];
            for (size_t a = 0; a < na; a++) vals[a] = &axes[a]->values[idx[a]];
            emit_cells(exp, &b, cs, vals, na);
            size_t a = na;
            while (a > 0 && ++idx[a - 1] == axes[a - 1]->n) idx[--a] = 0;
            if (a == 0) break;
        }
    }
    m->cells = b.cells;
    m->n = b.n;
    /* two cells with one id would be one cell to the store (a resumed run
     * skips an id it has): the second would be lost without a word */
    for (size_t i = 0; i < m->n; i++)
        for (size_t j = i + 1; j < m->n; j++)
            if (strcmp(m->cells[i].id, m->cells[j].id) == 0) {
                snprintf(err, errlen, "%s: two configurations are both named '%s' (rename a variant or an axis value)",
                         exp->file, m->cells[i].config);
                return false;
            }
    /* run identity */
    char *buf = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&buf, &len);
    if (!mem) {
        snprintf(err, errlen, "out of memory");
        return false;
    }
    exp_write_json(exp, m, mem);
    /* The binaries are part of the configuration: a rebuilt engine is a new run. */
    for (size_t i = 0; i < exp->nexecutors; i++) {
        char hash[65] = "unreadable";
        char *path = exp_executor_path(exp->executors[i].path);
        if (path) sha256_file_hex(path, hash);
        fprintf(mem, "\nexecutor %s %s", exp->executors[i].name, hash);
        free(path);
    }
    fclose(mem);
    sha256_hex(buf, len, m->run_id);
    free(buf);
    return true;
}

void exp_run_order(const Matrix *m, int e, size_t *order)
{
    size_t k = 0;
    bool *placed = calloc(m->n ? m->n : 1, sizeof *placed);
    if (!placed) {   /* out of memory: the matrix order */
        for (size_t i = 0; i < m->n; i++) order[i] = i;
        return;
    }
    for (size_t i = 0; i < m->n; i++) {
        if (placed[i]) continue;
        /* the group of cells i belongs to: same suite, same benchmark */
        size_t start = k;
        for (size_t j = i; j < m->n; j++) {
            if (placed[j] || m->cells[j].suite != m->cells[i].suite ||
                strcmp(m->cells[j].benchmark, m->cells[i].benchmark) != 0)
                continue;
            placed[j] = true;
            order[k++] = j;
        }
        if (e % 2)
            for (size_t a = start, b = k - 1; a < b; a++, b--) {
                size_t t = order[a];
                order[a] = order[b];
                order[b] = t;
            }
    }
    free(placed);
}

void exp_matrix_free(Matrix *m)
{
    for (size_t i = 0; i < m->n; i++) {
        Cell *c = &m->cells[i];
        free(c->id);
        free(c->benchmark);
        free(c->bench_file);
        free(c->config);
        exp_strlist_free(&c->flags);
    }
    free(m->cells);
    m->cells = NULL;
    m->n = 0;
}

void exp_filter(Matrix *m, const StrList *filters, int shard_k, int shard_n)
{
    size_t out = 0, seen = 0;
    for (size_t i = 0; i < m->n; i++) {
        Cell *c = &m->cells[i];
        bool keep = !filters || filters->n == 0;
        for (size_t f = 0; filters && f < filters->n && !keep; f++) keep = strstr(c->id, filters->items[f]) != NULL;
        if (keep && shard_n > 0) keep = (int)(seen++ % (size_t)shard_n) == shard_k;
        if (keep) {
            m->cells[out++] = *c;
        } else {
            free(c->id);
            free(c->benchmark);
            free(c->bench_file);
            free(c->config);
            exp_strlist_free(&c->flags);
        }
    }
    m->n = out;
}

static void write_strlist(FILE *out, const StrList *l)
{
    fputc('[', out);
    for (size_t i = 0; i < l->n; i++) {
        if (i) fputc(',', out);
        json_write_string(out, l->items[i]);
    }
    fputc(']', out);
}

void exp_write_json(const Experiment *exp, const Matrix *m, FILE *out)
{
    static const char *adapters[] = {"tierlab", "awfy", "process"};
    fputs("{\"name\":", out);
    json_write_string(out, exp->name);
    fprintf(out, ",\"executions\":%d,\"timeout_s\":%g,\"memory_limit\":%llu,\"counters\":", exp->executions,
            exp->timeout_s, (unsigned long long)exp->memory_limit);
    json_write_string(out, exp->counters ? exp->counters : "");
    fputs(",\"cells\":[", out);
    for (size_t i = 0; i < m->n; i++) {
        const Cell *c = &m->cells[i];
        if (i) fputc(',', out);
        fputs("{\"id\":", out);
        json_write_string(out, c->id);
        fputs(",\"executor\":", out);
        json_write_string(out, c->executor->path);
        fputs(",\"adapter\":", out);
        json_write_string(out, adapters[c->suite->adapter]);
        fputs(",\"file\":", out);
        json_write_string(out, c->bench_file);
        fputs(",\"flags\":", out);
        write_strlist(out, &c->flags);
        fprintf(out, ",\"iterations\":%d,\"heap_factor\":%g}", c->iterations, c->heap_factor);
    }
    fputc(']', out);
    /* Only when asked for, so that experiments without it keep their run ids. */
    if (exp->callgrind.enabled) {
        const CallgrindSpec *cg = &exp->callgrind;
        fprintf(out, ",\"callgrind\":{\"executions\":%d,\"iterations\":%d,\"timeout_s\":%g,\"memory_limit\":%llu,"
                     "\"valgrind\":",
                cg->executions, cg->iterations, exp_callgrind_timeout(exp),
                (unsigned long long)exp_callgrind_memory(exp));
        json_write_string(out, cg->valgrind);
        fputc('}', out);
    }
    fputc('}', out);
}

bool exp_callgrind_cell(const Cell *c)
{
    return c->executor->kind == EXECUTOR_TIERLAB && c->suite->adapter == ADAPTER_TIERLAB;
}

double exp_callgrind_timeout(const Experiment *exp)
{
    return exp->callgrind.timeout_s > 0 ? exp->callgrind.timeout_s : 50 * exp->timeout_s;
}

uint64_t exp_callgrind_memory(const Experiment *exp)
{
    return exp->callgrind.memory_limit ? exp->callgrind.memory_limit : 2 * exp->memory_limit;
}
