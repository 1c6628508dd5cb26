/* fuzz_regexp -- libFuzzer target: compile a RegExp with the engine's own
 * regexp API (re_parse_flags / re_compile / re_exec, engine/regexp.h) and
 * run it over a subject, then (optionally) through the String.prototype
 * methods in a tiny script.
 *
 * Input layout:
 *   byte 0   flags: bit 0..6 = d g i m s u y; bit 7 = also run the script
 *            (replace with a template and a function, split, matchAll,
 *            match, search, test, exec with lastIndex, replaceAll and the
 *            pattern as a regexp literal through eval)
 *   byte 1   bits 0..2: the subject is repeated 4^k times (1 .. 16384;
 *            at most 1M units in all, 2K in the script); bit 3: subject bytes are UTF-16LE code units
 *            (lone surrogates, 16-bit strings) instead of UTF-8 (WTF-8);
 *            bits 4..7: first start index of the engine-level exec
 *   rest     pattern bytes (UTF-8/WTF-8), a NUL byte, subject bytes; with no
 *            NUL the subject is the pattern text itself
 *
 * Oracles besides the sanitizers: re_syntax_check (the parser's early-error
 * check for regexp literals) must agree with re_compile about validity, and
 * every match must report capture offsets inside the subject, start <= end,
 * and group 0 set.  Catastrophic patterns end through the 500 ms CPU alarm
 * (vm->interrupted, polled by the matcher every 64K steps; RE_STEP_BUDGET
 * is the engine's own backstop), i.e. with a RangeError, never a hang. */
#include "fuzz_common.h"
#include "error.h"
#include "object.h"
#include "regexp.h"
#include "str.h"

#define MAX_SUBJECT (1u << 20)
/* The script's subject is smaller: the template's "$`" and "$'" make the
 * replace output quadratic (an empty pattern over 12K units builds 300M
 * units -- legal, and a minute of ASan reallocs on a loaded machine: a
 * slow unit, not a finding). */
#define MAX_SCRIPT_SUBJECT (1u << 11)

static const char flag_chars[] = "dgimsuy";
static const uint32_t flag_bits[] = { RE_FLAG_D, RE_FLAG_G, RE_FLAG_I, RE_FLAG_M, RE_FLAG_S, RE_FLAG_U, RE_FLAG_Y };

static void die(const char *what, const char *detail)
{
    fprintf(stderr, "fuzz_regexp: %s%s%s\n", what, detail ? ": " : "", detail ? detail : "");
    abort();
}

/* Decode the subject: UTF-16LE units or WTF-8, repeated `rep` times. */
static JSValue make_subject(VM *vm, const uint8_t *p, size_t n, bool utf16, uint32_t rep)
{
    JSValue base;
    if (utf16) {
        size_t units = n / 2;
        uint16_t *u = malloc((units + 1) * sizeof *u);
        for (size_t i = 0; i < units; i++) u[i] = (uint16_t)(p[2 * i] | p[2 * i + 1] << 8);
        base = str_from_utf16(vm, u, units);
        free(u);
    } else {
        base = str_from_utf8(vm, (const char *)p, n);
    }
    if (base == VAL_EXCEPTION || rep <= 1) return base;
    uint32_t len = str_length(base);
    if (len == 0) return base;
    while (rep > 1 && (uint64_t)len * rep > MAX_SUBJECT) rep /= 2;
    HandleScope hs = heap_scope_open(vm);
    JSValue *hb = heap_handle(vm, base), *acc = heap_handle(vm, base);
    for (uint32_t i = 1; i < rep; i++) {    /* a rope; flattened once by the matcher */
        JSValue c = str_concat(vm, *acc, *hb);
        if (c == VAL_EXCEPTION) { heap_scope_close(vm, hs); return c; }
        *acc = c;
    }
    JSValue r = *acc;
    heap_scope_close(vm, hs);
    return r;
}

/* The engine-level part: compile, cross-check with the literal check, exec
 * like RegExpBuiltinExec in a global loop. */
static void engine_level(VM *vm, JSValue *hpat, JSValue *hsub, uint32_t bits, const char *ftext, uint32_t start)
{
    HandleScope hs = heap_scope_open(vm);
    JSString *ps = str_flatten(vm, *hpat);
    if (!ps) goto out;
    uint32_t plen = ps->length;
    uint16_t *units = malloc(((size_t)plen + 1) * sizeof *units);
    for (uint32_t i = 0; i < plen; i++) units[i] = str_unit(ps, i);
    const char *early = re_syntax_check(units, plen, ftext);
    free(units);

    JSValue *hf = heap_handle(vm, str_from_cstr(vm, ftext));
    if (*hf == VAL_EXCEPTION) goto out;
    uint32_t parsed;
    if (!re_parse_flags(vm, *hf, &parsed) || parsed != bits) die("re_parse_flags disagrees with the flag bits", ftext);
    JSValue prog = re_compile(vm, *hpat, bits, *hf);
    if (prog == VAL_EXCEPTION) {
        JSValue exc = err_take(vm);
        char *d = err_describe(vm, exc);
        bool syntax = d && strstr(d, "SyntaxError") && !strstr(d, "too large");
        if (!early && syntax) die("re_compile rejects a pattern re_syntax_check accepts", d);
        free(d);
        goto out;
    }
    if (early) die("re_syntax_check rejects a pattern re_compile accepts", early);
    JSValue *hprog = heap_handle(vm, prog);
    const ReProgram *p = re_program(*hprog);
    uint32_t ncaps = p->ncaps;
    if (ncaps < 1 || ncaps > 65536) die("implausible capture count", NULL);
    for (uint32_t i = 1; i < ncaps; i++) {
        uint32_t nl;
        const uint16_t *nm = re_group_name(re_program(*hprog), i, &nl);
        if (nl) (void)nm[nl - 1];   /* ASan checks the names area */
    }
    int32_t *caps = malloc(2 * (size_t)ncaps * sizeof *caps);
    JSString *s = str_flatten(vm, *hsub);
    if (!s) { err_take(vm); free(caps); goto out; }
    uint32_t len = s->length;
    bool global = (bits & (RE_FLAG_G | RE_FLAG_Y)) != 0, sticky = (bits & RE_FLAG_Y) != 0;
    uint32_t at = start > len ? len : start;
    for (uint32_t iter = 0; iter <= len + 1; iter++) {
        s = str_flatten(vm, *hsub);     /* flat already: no allocation */
        for (uint32_t i = 0; i < 2 * ncaps; i++) caps[i] = -7;
        int r = re_exec(vm, *hprog, s, at, sticky, caps);
        if (r < 0) { err_take(vm); break; }
        if (r == 0 || vm->interrupted) break;   /* many short execs never reach the matcher's poll */
        if (caps[0] < 0 || caps[1] < caps[0] || (uint32_t)caps[1] > len) die("bad group 0 offsets", NULL);
        if ((uint32_t)caps[0] + 1 < at) die("match starts before the start index", NULL);
        for (uint32_t i = 1; i < ncaps; i++) {
            int32_t a = caps[2 * i], b = caps[2 * i + 1];
            if (a == -1 && b == -1) continue;
            if (a < 0 || b < a || (uint32_t)b > len) die("bad capture offsets", NULL);
            JSValue sub = str_substring(vm, *hsub, (uint32_t)a, (uint32_t)b);
            if (sub == VAL_EXCEPTION) { err_take(vm); break; }
        }
        if (!global) break;
        uint32_t next = (uint32_t)caps[1];
        if (caps[1] == caps[0]) {       /* AdvanceStringIndex */
            s = str_flatten(vm, *hsub);
            next = at + 1;
            if ((bits & RE_FLAG_U) && at + 1 < len && str_unit(s, at) >= 0xD800 && str_unit(s, at) <= 0xDBFF &&
                str_unit(s, at + 1) >= 0xDC00 && str_unit(s, at + 1) <= 0xDFFF)
                next = at + 2;
            if ((uint32_t)caps[1] + 1 > next) next = (uint32_t)caps[1] + 1;
        }
        if (next > len) break;
        at = next;
    }
    free(caps);
out:
    if (err_pending(vm)) err_take(vm);
    heap_scope_close(vm, hs);
}

/* Append the UTF-16 units of a string as a JS string literal of \u escapes. */
static void lit(char **buf, size_t *n, size_t *cap, VM *vm, JSValue v)
{
    JSString *s = str_flatten(vm, v);
    uint32_t len = s ? s->length : 0;
    if (*n + (size_t)len * 6 + 64 > *cap) {
        *cap = *n + (size_t)len * 6 + 4096;
        *buf = realloc(*buf, *cap);
    }
    (*buf)[(*n)++] = '"';
    for (uint32_t i = 0; i < len; i++) *n += (size_t)sprintf(*buf + *n, "\\u%04x", str_unit(s, i));
    (*buf)[(*n)++] = '"';
}

static const char script_tail[] =
    ";\nvar re; try { re = new RegExp(P, F); } catch (e) { re = null; }\n"
    "try { eval('/' + P + '/' + F); } catch (e) {}\n"
    "if (re) {\n"
    "  var out = [];\n"
    "  try { out.push(S.replace(re, \"[$&|$1|$2|$<n>|$$|$`|$'|$10|$<a>]\")); } catch (e) {}\n"
    "  try { out.push(S.replace(re, function () { return arguments.length + ':' + arguments[0] + typeof arguments[arguments.length - 1]; })); } catch (e) {}\n"
    "  try { out.push(S.split(re).length, S.split(re, 3).join()); } catch (e) {}\n"
    "  try { if (re.global) for (var m of S.matchAll(re)) out.push(m.index, m.length, m.groups, m.indices && m.indices[0]); } catch (e) {}\n"
    "  try { out.push(S.match(re), S.search(re), re.test(S)); } catch (e) {}\n"
    "  try { re.lastIndex = 3; out.push(re.exec(S), re.lastIndex); } catch (e) {}\n"
    "  try { if (re.global) out.push(S.replaceAll(re, '<$&>')); } catch (e) {}\n"
    "  try { out.push(String(re), re.flags, re.source); } catch (e) {}\n"
    "}\n";

static void script_level(TlVM *t, JSValue *hpat, JSValue *hbase, uint32_t rep, const char *ftext)
{
    VM *vm = fuzz_vm(t);
    size_t cap = 8192, n = 0;
    char *src = malloc(cap);
    n += (size_t)sprintf(src, "var P = ");
    lit(&src, &n, &cap, vm, *hpat);
    memcpy(src + n, ", S = ", 6);
    n += 6;
    lit(&src, &n, &cap, vm, *hbase);
    n += (size_t)sprintf(src + n, ".repeat(%u), F = \"%s\"", rep, ftext);
    if (n + sizeof script_tail > cap) src = realloc(src, cap = n + sizeof script_tail);
    memcpy(src + n, script_tail, sizeof script_tail - 1);
    n += sizeof script_tail - 1;
    tl_run_source(t, "<fuzz-regexp>", src, n);
    free(src);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2) return 0;
    uint8_t fb = data[0], mode = data[1];
    data += 2;
    size -= 2;
    char ftext[8];
    size_t fl = 0;
    uint32_t bits = 0;
    for (int i = 0; i < 7; i++)
        if (fb & (1u << i)) {
            ftext[fl++] = flag_chars[i];
            bits |= flag_bits[i];
        }
    ftext[fl] = '\0';
    uint32_t rep = 1u << (2 * (mode & 7));
    bool utf16 = (mode & 8) != 0;
    uint32_t start = mode >> 4;
    const uint8_t *nul = memchr(data, 0, size);
    size_t plen = nul ? (size_t)(nul - data) : size;
    const uint8_t *sub = nul ? nul + 1 : data;
    size_t slen = nul ? size - plen - 1 : size;

    TlVM *t = fuzz_vm_shared("64M", 64);   /* nothing global is left behind but atoms */
    if (!t) return 0;
    VM *vm = fuzz_vm(t);
    HandleScope hs = heap_scope_open(vm);
    JSValue *hpat = heap_handle(vm, str_from_utf8(vm, (const char *)data, plen));
    JSValue *hbase = heap_handle(vm, make_subject(vm, sub, slen, utf16, 1));
    JSValue *hsub = heap_handle(vm, VAL_UNDEFINED);
    if (*hpat == VAL_EXCEPTION || *hbase == VAL_EXCEPTION) goto out;
    *hsub = make_subject(vm, sub, slen, utf16, rep);
    if (*hsub == VAL_EXCEPTION) goto out;

    fuzz_arm(t, 500);
    engine_level(vm, hpat, hsub, bits, ftext, start);
    fuzz_disarm();
    if (fb & 0x80) {
        uint32_t blen = str_length(*hbase);
        while (rep > 1 && (uint64_t)blen * rep > MAX_SCRIPT_SUBJECT) rep /= 2;
        fuzz_arm(t, 500);
        script_level(t, hpat, hbase, rep, ftext);
        fuzz_disarm();
    }
out:
    if (err_pending(vm)) err_take(vm);
    heap_scope_close(vm, hs);
    return 0;
}
