/*
 * vm.c -- the VM's life cycle and the public embedding API (tl_*).
 *
 * Start-up order matters, each step needs the previous ones:
 *   heap (plan from --gc) -> atoms -> empty shape -> one-unit strings ->
 *   realm (intrinsics, global object) -> tiers (--tiers).
 * Running a script: read -> parse (AST) -> compile (bytecode) -> run the
 * top-level proto in the first enabled tier; an escaping exception is
 * reported with its stack and gives exit status 1.
 */
#include <errno.h>
#include <inttypes.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "tierlab.h"
#include "compiler.h"
#include "error.h"
#include "eventloop.h"
#include "gc.h"
#include "jobs.h"
#include "modules.h"
#include "esm.h"
#include "parser.h"
#include "realm.h"
#include "shape.h"
#include "str.h"
#include "tier.h"
#include "vm.h"
#include "weak.h"
#include "baseline/baseline.h"
#include "builtins/process.h"

struct TlVM {
    VM vm;
};

#define HANDLE_CAPACITY (1u << 20)

static void vm_free_all(VM *vm);

/* C stack kept free below the last native re-entry (vm_native_room): the
 * parser and compiler at their nesting limits need about 1 MB, 4 MB with
 * AddressSanitizer's larger frames.  At most 3/4 of a smaller stack. */
#if defined(__SANITIZE_ADDRESS__)
#define NATIVE_STACK_RESERVE ((size_t)6 << 20)
#else
#define NATIVE_STACK_RESERVE ((size_t)4 << 20)
#endif
/* When the stack's extent is unknown: this much below vm_init's frame
 * (about what 200 re-entries took before the stack was measured). */
#define NATIVE_STACK_FALLBACK ((size_t)256 << 10)

/* The current thread's stack: lowest address and size (false: unknown). */
static bool thread_stack(uintptr_t *lo, size_t *size)
{
    pthread_attr_t attr;
    void *base = NULL;
    *size = 0;
    if (pthread_getattr_np(pthread_self(), &attr) != 0) return false;
    pthread_attr_getstack(&attr, &base, size);
    pthread_attr_destroy(&attr);
    *lo = (uintptr_t)base;
    return base != NULL && *size > 0;
}

static uintptr_t native_stack_limit(void)
{
    uintptr_t here = vm_stack_pointer(), lo;
    size_t size;
    if (!thread_stack(&lo, &size) || here < lo || here - lo > size) return here - NATIVE_STACK_FALLBACK;
    size_t reserve = size / 4 * 3 < NATIVE_STACK_RESERVE ? size / 4 * 3 : NATIVE_STACK_RESERVE;
    return lo + reserve;
}

static bool fail(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("tierlab: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    return false;
}

static bool vm_init(VM *vm, const TlFlags *flags, int script_argc, char **script_argv)
{
    vm->flags = *flags;
    vm->exception = VAL_HOLE;
    vm->tier_result = VAL_HOLE;
    vm->global = vm->global_lex = VAL_UNDEFINED;
    for (int i = 0; i < INTR__COUNT; i++) vm->intrinsics[i] = VAL_UNDEFINED;
    vm->unit_strings = VAL_UNDEFINED;
    vm->re_cache = VAL_UNDEFINED;
    vm->start_ns = stats_now_ns();
    vm->random_state[0] = flags->deterministic ? 0x9E3779B97F4A7C15ull : vm->start_ns ^ 0x9E3779B97F4A7C15ull;
    vm->random_state[1] = flags->deterministic ? 0xBF58476D1CE4E5B9ull : (uint64_t)(uintptr_t)vm ^ 0xBF58476D1CE4E5B9ull;

    if (flags->stack_size < 1000 || flags->stack_size > (1 << 28))
        return fail("--stack-size must be between 1000 and 268435456 slots");
    if (flags->max_native_depth < 1 || flags->max_native_depth > 100000)
        return fail("--max-native-depth must be between 1 and 100000");
    if (flags->gc_stress < 0) return fail("--gc-stress must not be negative");

    size_t nslots = (size_t)flags->stack_size;
    vm->stack = calloc(nslots, sizeof(JSValue));
    vm->frame_cap = (uint32_t)(nslots / 4 < 16 ? 16 : nslots / 4);
    vm->frames = calloc(vm->frame_cap, sizeof(Frame));
    vm->native_stack_limit = native_stack_limit();
    vm->handles.cap = HANDLE_CAPACITY;
    vm->handles.slots = calloc(HANDLE_CAPACITY, sizeof(JSValue));
    if (!vm->stack || !vm->frames || !vm->handles.slots) return fail("out of memory creating the VM");
    /* calloc's zero bits are the double +0.0, a valid value, so the stack
     * needs no initialising pass (which would touch all of its pages at
     * start-up); frames set every register they use when pushed. */
    vm->stack_end = vm->stack + nslots;
    vm->stack_top = vm->stack;

    if (!heap_init(vm, &vm->heap, flags->gc, flags->heap, flags->max_heap)) return false;
    vm->heap.stress_every = (uint32_t)flags->gc_stress;
    vm->heap.verify = flags->gc_verify;
    vm->heap.trace = (uint8_t)(flags->trace_gc ? (flags->deterministic ? 2 : 1) : 0);

    /* Nothing below may be collected half-built: defer GC during start-up. */
    vm->heap.no_gc++;
    bool ok = atom_init(vm) && shape_init(vm) && str_init(vm) &&
              realm_init(vm, script_argc, script_argv);
    vm->heap.no_gc--;
    if (!ok) return fail("could not create the global environment (out of memory?)");

    char err[256];
    if (!tier_configure(vm, flags->tiers, err, sizeof err)) return fail("%s", err);
    return true;
}

/* Under --deterministic the clocks are virtual: they start at a fixed
 * instant and advance one millisecond per reading, so programs that read
 * the time still see it move, and every run sees the same values. */
#define DETERMINISTIC_EPOCH_MS 1700000000000.0   /* 2023-11-14T22:13:20Z */

double vm_wall_ms(VM *vm)
{
    if (vm->flags.deterministic) return DETERMINISTIC_EPOCH_MS + (double)++vm->virtual_clock_ms;
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}

double vm_monotonic_ms(VM *vm)
{
    if (vm->flags.deterministic) return (double)++vm->virtual_clock_ms;
    return (double)(stats_now_ns() - vm->start_ns) / 1e6;
}

double vm_time_origin_ms(VM *vm)
{
    if (vm->flags.deterministic) return DETERMINISTIC_EPOCH_MS;
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6 - (double)(stats_now_ns() - vm->start_ns) / 1e6;
}

TlVM *tl_vm_new(const TlFlags *flags, int script_argc, char **script_argv)
{
    TlVM *t = calloc(1, sizeof *t);
    if (!t) {
        fail("out of memory");
        return NULL;
    }
    if (!vm_init(&t->vm, flags, script_argc, script_argv)) {
        vm_free_all(&t->vm);
        free(t);
        return NULL;
    }
    return t;
}

static void vm_free_all(VM *vm)
{
    bl_free_all(vm);
    for (FunctionProto *fp = vm->protos, *next; fp; fp = next) {
        next = fp->next;
        bc_proto_free(fp);
    }
    vm->protos = NULL;
    loop_free(vm);   /* closes libuv handles; calls no JS */
    job_free(vm);
    weak_free(vm);
    if (vm->heap.plan) {
        atom_free(vm);
        heap_destroy(vm, &vm->heap);
    }
    free(vm->stack);
    free(vm->frames);
    free(vm->handles.slots);
}

void tl_vm_free(TlVM *t)
{
    if (!t) return;
    vm_free_all(&t->vm);
    free(t);
}

/* ---- running source ----------------------------------------------------- */

static Source *source_new(const char *name, const char *src, size_t len)
{
    Source *s = calloc(1, sizeof *s);
    if (!s) return NULL;
    s->name = strdup(name);
    s->text = malloc(len + 1);
    if (!s->name || !s->text) {
        free(s->name);
        free(s->text);
        free(s);
        return NULL;
    }
    memcpy(s->text, src, len);
    s->text[len] = '\0';
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

/* U+2028 LINE SEPARATOR or U+2029 PARAGRAPH SEPARATOR in UTF-8 at p? */
static bool is_ls_ps(const char *p, const char *end)
{
    return end - p >= 3 && (unsigned char)p[0] == 0xE2 && (unsigned char)p[1] == 0x80 &&
           ((unsigned char)p[2] == 0xA8 || (unsigned char)p[2] == 0xA9);
}

/* "file:line:col: SyntaxError: message" followed by the line and a caret. */
static void report_syntax_error(const Source *s, uint32_t line, uint32_t col, const char *msg)
{
    fprintf(stderr, "%s:%u:%u: SyntaxError: %s\n", s->name, line, col, msg);
    /* lines end at \n, \r\n, a lone \r, U+2028 or U+2029 (E2 80 A8/A9), as
     * the lexer counts them; the caret stays within the printed line */
    const char *p = s->text, *end = s->text + s->len;
    for (uint32_t l = 1; l < line && p < end; p++) {
        if (*p == '\n' || (*p == '\r' && (p + 1 == end || p[1] != '\n'))) l++;
        else if (is_ls_ps(p, end)) {
            l++;
            p += 2;
        }
    }
    const char *eol = p;
    while (eol < end && *eol != '\n' && *eol != '\r' && !is_ls_ps(eol, end)) eol++;
    if (eol - p > 200 || p >= end) return;
    fprintf(stderr, "%.*s\n", (int)(eol - p), p);
    for (uint32_t c = 1; c < col && c < 200 && p + c - 1 < eol; c++) fputc(p[c - 1] == '\t' ? '\t' : ' ', stderr);
    fputs("^\n", stderr);
}

static JSValue syntax_error(VM *vm, const Source *s, uint32_t line, uint32_t col, const char *msg,
                            bool print_errors)
{
    if (print_errors) {
        report_syntax_error(s, line, col, msg);
        return VAL_EXCEPTION;   /* nothing pending: already reported */
    }
    return err_throw_type(vm, SyntaxError, "%s", msg);
}

JSValue vm_eval_source(VM *vm, const char *name, const char *src, size_t len, bool print_errors)
{
    return vm_eval_source_flags(vm, name, src, len, print_errors, 0);
}

JSValue vm_eval_source_flags(VM *vm, const char *name, const char *src, size_t len, bool print_errors,
                             int parse_flags)
{
    Source *source = source_new(name, src, len);
    if (!source) return err_throw(vm, ERRMSG_OUT_OF_MEMORY);

    Arena arena = {0};
    ParseError perr;
    uint64_t t0 = stats_now_ns();
    Node *program = parse_program(&arena, source->text, source->len, parse_flags, &perr);
    uint64_t t1 = stats_now_ns();
    vm->stats.v[STAT_parse_ns] += t1 - t0;
    if (!program) {
        JSValue r = syntax_error(vm, source, perr.line, perr.col, perr.message, print_errors);
        arena_free(&arena);
        source_release(source);
        return r;
    }
    if (vm->flags.print_ast) ast_dump(program, stdout);

    CompileError cerr;
    FunctionProto *before = vm->protos;   /* new protos are pushed in front */
    FunctionProto *fp = comp_compile_program(vm, program, source, &cerr);
    vm->stats.v[STAT_compile_ns] += stats_now_ns() - t1;
    for (FunctionProto *p = vm->protos; p && p != before; p = p->next) {
        vm->stats.v[STAT_functions_compiled]++;
        vm->stats.v[STAT_bytecode_bytes] += p->code_len;
    }
    arena_free(&arena);
    if (!fp) {
        JSValue r = err_pending(vm) ? VAL_EXCEPTION   /* OOM while compiling */
                                    : syntax_error(vm, source, cerr.line, cerr.col, cerr.message, print_errors);
        source_release(source);
        return r;
    }
    source_release(source);   /* protos keep their own references */
    if (vm->flags.print_bytecode) bc_disassemble(vm, fp, stdout);

    uint64_t t2 = stats_now_ns();
    JSValue result = vm_run_proto(vm, fp);
    vm->stats.v[STAT_exec_ns] += stats_now_ns() - t2;
    return result;
}

static int tl_report(TlVM *t, JSValue r);

int tl_run_source(TlVM *t, const char *name, const char *src, size_t len)
{
    return tl_report(t, vm_eval_source(&t->vm, name, src, len, true));
}

/* 0, or 1 after printing the pending exception (if any) as uncaught. */
static int tl_report(TlVM *t, JSValue r)
{
    VM *vm = &t->vm;
    if (r != VAL_EXCEPTION) return 0;
    if (err_pending(vm)) {
        JSValue exc = err_take(vm);
        HandleScope hs = heap_scope_open(vm);
        JSValue *h = heap_handle(vm, exc);
        fflush(stdout);
        err_report_uncaught(vm, *h, stderr);
        heap_scope_close(vm, hs);
    }
    return 1;
}

int tl_run_file(TlVM *t, const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "tierlab: cannot open '%s': %s\n", path, strerror(errno));
        return 2;
    }
    size_t cap = 1 << 16, len = 0;
    char *buf = malloc(cap);
    size_t n;
    while (buf && (n = fread(buf + len, 1, cap - len, f)) > 0) {
        len += n;
        if (len == cap) {
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
    bool read_error = ferror(f) != 0;
    fclose(f);
    if (!buf || read_error) {
        fprintf(stderr, "tierlab: cannot read '%s'%s\n", path, buf ? "" : ": out of memory");
        free(buf);
        return 2;
    }
    /* A leading #! line is a comment. */
    if (len >= 2 && buf[0] == '#' && buf[1] == '!') {
        for (size_t i = 0; i < len && buf[i] != '\n'; i++) buf[i] = ' ';
    }
    /* the main module: require, module, __filename..., process.argv[1] */
    if (!mod_set_main(&t->vm, path)) {   /* out of memory: report it */
        free(buf);
        VM *vm = &t->vm;
        HandleScope hs = heap_scope_open(vm);
        JSValue *exc = heap_handle(vm, err_take(vm));
        err_report_uncaught(vm, *exc, stderr);
        heap_scope_close(vm, hs);
        return 1;
    }
    int rc;
    /* an ES module: .mjs, or module syntax in the file (node 22's detection; engine/esm.c) */
    if (esm_format_is_module(&t->vm, path, buf, len, PARSE_TOP_RETURN)) {
        free(buf);
        rc = tl_report(t, esm_run_main(&t->vm, path));
    } else {
        /* node runs a CommonJS main file in the module wrapper: a top-level
         * `return` ends it (the script stays a classic script otherwise) */
        rc = tl_report(t, vm_eval_source_flags(&t->vm, path, buf, len, true, PARSE_TOP_RETURN));
        free(buf);
    }
    if (rc == 0) mod_main_loaded(&t->vm);
    return rc;
}

int tl_run_loop(TlVM *t) { return loop_run(&t->vm); }

int tl_run_exit(TlVM *t, int status) { return bi_process_exit_status(&t->vm, status); }

static void json_string(FILE *out, const char *s)
{
    fputc('"', out);
    for (; *s; s++) {
        unsigned char ch = (unsigned char)*s;
        if (ch == '"' || ch == '\\') fprintf(out, "\\%c", ch);
        else if (ch < 0x20) fprintf(out, "\\u%04x", ch);
        else fputc(ch, out);
    }
    fputc('"', out);
}

/* "functions": per-function tier statistics of every function that ran. */
static void print_function_stats(VM *vm, FILE *out)
{
    fputs(", \"functions\": [", out);
    bool first = true;
    for (const FunctionProto *fp = vm->protos; fp; fp = fp->next) {
        if (!fp->invocations && !fp->tier_code[TIER_BASELINE]) continue;
        char *name = val_is_string(fp->name) ? str_to_utf8(vm, fp->name, NULL) : NULL;
        fprintf(out, "%s\n  {\"name\": ", first ? "" : ",");
        json_string(out, name && name[0] ? name : (fp->flags & FP_TOP_LEVEL) ? "<script>" : "<anonymous>");
        free(name);
        fputs(", \"file\": ", out);
        json_string(out, fp->source ? fp->source->name : "");
        fprintf(out,
                ", \"line\": %u, \"bytecode_bytes\": %u, \"invocations\": %u, \"tier\": \"%s\", "
                "\"baseline_invocations\": %u, \"baseline_compile_ns\": %" PRIu64 ", \"baseline_install_ns\": %" PRIu64
                ", \"baseline_code_bytes\": %u, "
                "\"osr_entries\": %u}",
                fp->line, fp->code_len, fp->invocations, fp->tier_code[TIER_BASELINE] ? "baseline" : "interp",
                fp->bl_invocations, fp->bl_compile_ns, fp->bl_install_ns, fp->bl_code_bytes, fp->osr_entries);
        first = false;
    }
    fputs("]", out);
}

void tl_print_stats(TlVM *t, FILE *out, bool json)
{
    heap_sync_stats(&t->vm);   /* allocation since the last collection */
    if (json) {
        fputc('{', out);
        stats_print_json_fields(&t->vm.stats, out);
        print_function_stats(&t->vm, out);
        fputs("}\n", out);
    } else {
        stats_print_table(&t->vm.stats, out);
    }
}

size_t tl_gc_pause_kinds(TlVM *t, char *kind, uint64_t *cpu_ns, size_t max)
{
    Heap *h = &t->vm.heap;
    if (!h->plan || !h->plan->stats) return 0;
    const GcStats *st = h->plan->stats(h);
    for (size_t i = 0; i < st->nevents && i < max; i++) {
        const GcEvent *e = &st->events[i];
        if (kind) kind[i] = e->kind == GC_KIND_MINOR ? 'm' : e->kind == GC_KIND_MAJOR ? 'M' : 'F';
        if (cpu_ns) cpu_ns[i] = e->pause_cpu_ns;
    }
    return (size_t)st->collections;
}

size_t tl_gc_pauses(TlVM *t, uint64_t *out, size_t max)
{
    Heap *h = &t->vm.heap;
    if (!h->plan || !h->plan->stats) return 0;
    const GcStats *st = h->plan->stats(h);
    for (size_t i = 0; i < st->nevents && i < max; i++) out[i] = st->events[i].pause_ns;
    return (size_t)st->collections;
}
