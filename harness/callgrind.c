/*
 * callgrind.c -- instruction counts per phase from callgrind's profile parts
 * (the method is described in callgrind.h).
 *
 * Pipeline: cg_argv builds the valgrind command line -> the runner runs it
 * -> cg_symbols reads which phase functions the engine binary defines (ELF
 * symbol table) -> cg_read lists the parts, reads each part's header
 * (part number, trigger, cost) and replays them in order -> the adapters
 * write the counts with cg_write_counts.
 */
#include "callgrind.h"

#include <dirent.h>
#include <elf.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "json.h"

const CgFunc cg_funcs[CG_NFUNCS] = {
#define CG_FUNC(fn, phase) {fn, CG_##phase},
#include "callgrind.def"
};

const char *const cg_phase_names[CG_NPHASES] = {
#define CG_PHASE(id, name, desc) name,
#include "callgrind.def"
};

const char *const cg_phase_descs[CG_NPHASES] = {
#define CG_PHASE(id, name, desc) desc,
#include "callgrind.def"
};

#define MAX_DEPTH 4096

static void *xrealloc(void *p, size_t n)
{
    void *r = realloc(p, n ? n : 1);
    if (!r) {
        fputs("tierlab-bench: out of memory\n", stderr);
        exit(2);
    }
    return r;
}

static char *xstrdup(const char *s)
{
    return strcpy(xrealloc(NULL, strlen(s) + 1), s);
}

/* ------------------------------------------------------------------------ */
/* The command line                                                          */
/* ------------------------------------------------------------------------ */

char **cg_argv(const char *valgrind, const char *out_file, char *const *engine_argv)
{
    size_t n = 0;
    while (engine_argv[n]) n++;
    char **v = xrealloc(NULL, (n + 8 + 2 * CG_NFUNCS) * sizeof *v);
    size_t k = 0;
    char buf[4200];
    v[k++] = xstrdup(valgrind);
    v[k++] = xstrdup("--tool=callgrind");
    v[k++] = xstrdup("-q");
    snprintf(buf, sizeof buf, "--callgrind-out-file=%s", out_file);
    v[k++] = xstrdup(buf);
    for (int i = 0; i < CG_NFUNCS; i++) {
        snprintf(buf, sizeof buf, "--dump-before=%s", cg_funcs[i].name);
        v[k++] = xstrdup(buf);
        /* a pattern distinct from the one above (see callgrind.h) */
        snprintf(buf, sizeof buf, "--dump-after=?%s", cg_funcs[i].name + 1);
        v[k++] = xstrdup(buf);
    }
    for (size_t i = 0; i < n; i++) v[k++] = xstrdup(engine_argv[i]);
    v[k] = NULL;
    return v;
}

/* ------------------------------------------------------------------------ */
/* The engine's symbol table (ELF64)                                         */
/* ------------------------------------------------------------------------ */

static bool symbols_fail(CgResult *r, const char *binary, const char *why)
{
    snprintf(r->symbols_error, sizeof r->symbols_error, "%s: %s", binary, why);
    return false;
}

bool cg_symbols(const char *binary, CgResult *r)
{
    memset(r->have_func, 0, sizeof r->have_func);
    r->symbols_read = false;
    FILE *f = fopen(binary, "rb");
    if (!f) return symbols_fail(r, binary, strerror(errno));
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    if (size < (long)sizeof(Elf64_Ehdr) || size > (1L << 30)) {
        fclose(f);
        return symbols_fail(r, binary, "not an ELF file");
    }
    unsigned char *img = xrealloc(NULL, (size_t)size);
    bool read_ok = fread(img, 1, (size_t)size, f) == (size_t)size;
    fclose(f);
    const Elf64_Ehdr *eh = (const Elf64_Ehdr *)img;
    const char *why = NULL;
    if (!read_ok) why = "cannot read";
    else if (memcmp(eh->e_ident, ELFMAG, SELFMAG) != 0) why = "not an ELF file";
    else if (eh->e_ident[EI_CLASS] != ELFCLASS64) why = "not a 64-bit ELF file";
    else if (eh->e_shentsize != sizeof(Elf64_Shdr) || eh->e_shoff > (uint64_t)size ||
             (uint64_t)eh->e_shnum * sizeof(Elf64_Shdr) > (uint64_t)size - eh->e_shoff)
        why = "malformed section table";
    bool found_symtab = false;
    for (unsigned s = 0; !why && s < eh->e_shnum; s++) {
        const Elf64_Shdr *sh = (const Elf64_Shdr *)(img + eh->e_shoff) + s;
        if (sh->sh_type != SHT_SYMTAB) continue;
        if (sh->sh_link >= eh->e_shnum || sh->sh_entsize != sizeof(Elf64_Sym) || sh->sh_offset > (uint64_t)size ||
            sh->sh_size > (uint64_t)size - sh->sh_offset) {
            why = "malformed symbol table";
            break;
        }
        const Elf64_Shdr *strh = (const Elf64_Shdr *)(img + eh->e_shoff) + sh->sh_link;
        if (strh->sh_offset > (uint64_t)size || strh->sh_size > (uint64_t)size - strh->sh_offset) {
            why = "malformed string table";
            break;
        }
        found_symtab = true;
        const char *strs = (const char *)img + strh->sh_offset;
        const Elf64_Sym *sym = (const Elf64_Sym *)(img + sh->sh_offset);
        for (size_t i = 0; i < sh->sh_size / sizeof *sym; i++) {
            if (ELF64_ST_TYPE(sym[i].st_info) != STT_FUNC || sym[i].st_shndx == SHN_UNDEF) continue;
            if (sym[i].st_name >= strh->sh_size) continue;
            const char *name = strs + sym[i].st_name;
            size_t room = strh->sh_size - sym[i].st_name;
            for (int k = 0; k < CG_NFUNCS; k++)
                if (strnlen(name, room) < room && strcmp(name, cg_funcs[k].name) == 0) r->have_func[k] = true;
        }
    }
    free(img);
    if (why) return symbols_fail(r, binary, why);
    if (!found_symtab) return symbols_fail(r, binary, "no symbol table (a stripped binary?)");
    r->symbols_read = true;
    return true;
}

bool cg_phase_available(const CgResult *r, CgPhase p, char *why, size_t len)
{
    if (!r->symbols_read) {
        snprintf(why, len, "phases unknown: %s", r->symbols_error);
        return false;
    }
    if (p == CG_OTHER) return true;
    size_t k = (size_t)snprintf(why, len, "not in the engine's symbol table:");
    for (int i = 0; i < CG_NFUNCS; i++) {
        if (cg_funcs[i].phase != p) continue;
        if (r->have_func[i]) return true;
        if (k < len) k += (size_t)snprintf(why + k, len - k, " %s", cg_funcs[i].name);
    }
    return false;
}

/* ------------------------------------------------------------------------ */
/* Reading the parts                                                         */
/* ------------------------------------------------------------------------ */

enum { TRIG_NONE, TRIG_BEFORE, TRIG_AFTER };

typedef struct Part {
    long number;
    uint64_t cost;
    int trig;          /* TRIG_* */
    int func;          /* index into cg_funcs, -1: not one of ours */
} Part;

static int func_index(const char *name)
{
    for (int i = 0; i < CG_NFUNCS; i++)
        if (strcmp(cg_funcs[i].name, name) == 0) return i;
    return -1;
}

/* The Ir column of a "summary:" / "totals:" line, given the events line. */
static bool ir_of(const char *values, const char *events, uint64_t *out)
{
    int col = 0;
    if (events) {
        char ev[512];
        snprintf(ev, sizeof ev, "%s", events);
        int i = 0;
        col = -1;
        for (char *save, *t = strtok_r(ev, " \t\r\n", &save); t; t = strtok_r(NULL, " \t\r\n", &save), i++)
            if (strcmp(t, "Ir") == 0) col = i;
        if (col < 0) return false;
    }
    const char *p = values;
    for (int i = 0;; i++) {
        while (*p == ' ' || *p == '\t') p++;
        char *end;
        unsigned long long v = strtoull(p, &end, 10);
        if (end == p) return false;
        if (i == col) {
            *out = v;
            return true;
        }
        p = end;
    }
}

/* One part's header.  false: not a callgrind profile. */
static bool read_part(const char *path, long fallback_number, Part *pt, char *tool, size_t toollen)
{
    FILE *f = fopen(path, "r");
    if (!f) return false;
    char *line = NULL, *events = NULL;
    size_t cap = 0;
    ssize_t n;
    bool have_cost = false, is_profile = false;
    pt->number = fallback_number;
    pt->cost = 0;
    pt->trig = TRIG_NONE;
    pt->func = -1;
    while ((n = getline(&line, &cap, f)) > 0) {
        while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r')) line[--n] = 0;
        if (strncmp(line, "# callgrind format", 18) == 0 || strncmp(line, "version:", 8) == 0) {
            is_profile = true;
        } else if (strncmp(line, "creator: ", 9) == 0) {
            if (tool && !tool[0]) snprintf(tool, toollen, "%s", line + 9);
        } else if (strncmp(line, "part: ", 6) == 0) {
            pt->number = strtol(line + 6, NULL, 10);
        } else if (strncmp(line, "desc: Trigger: ", 15) == 0) {
            const char *t = line + 15;
            if (strncmp(t, "--dump-before=", 14) == 0) pt->trig = TRIG_BEFORE, pt->func = func_index(t + 14);
            else if (strncmp(t, "--dump-after=", 13) == 0) pt->trig = TRIG_AFTER, pt->func = func_index(t + 13);
        } else if (strncmp(line, "events: ", 8) == 0) {
            free(events);
            events = xstrdup(line + 8);
        } else if (strncmp(line, "summary: ", 9) == 0 || strncmp(line, "totals: ", 8) == 0) {
            have_cost = ir_of(strchr(line, ':') + 1, events, &pt->cost);
            if (have_cost) break;   /* the header is all we need */
        }
    }
    free(line);
    free(events);
    fclose(f);
    return is_profile && have_cost;
}

static int part_cmp(const void *a, const void *b)
{
    const Part *x = a, *y = b;
    return (x->number > y->number) - (x->number < y->number);
}

/* Split out_file into directory and base name. */
static void split_path(const char *out_file, char *dir, size_t dlen, const char **base)
{
    const char *slash = strrchr(out_file, '/');
    if (slash) {
        snprintf(dir, dlen, "%.*s", (int)(slash - out_file), out_file);
        if (!dir[0]) snprintf(dir, dlen, "/");
        *base = slash + 1;
    } else {
        snprintf(dir, dlen, ".");
        *base = out_file;
    }
}

/* "<base>" (suffix 0) or "<base>.<digits>" (suffix N); -1 otherwise. */
static long part_suffix(const char *name, const char *base)
{
    size_t bl = strlen(base);
    if (strncmp(name, base, bl) != 0) return -1;
    if (name[bl] == 0) return 0;
    if (name[bl] != '.' || !name[bl + 1]) return -1;
    char *end;
    long v = strtol(name + bl + 1, &end, 10);
    return *end || v <= 0 ? -1 : v;
}

static void charge(CgResult *r, int *stack, int depth, long region, uint64_t cost)
{
    CgPhase ph = depth > 0 ? cg_funcs[stack[depth - 1]].phase : CG_OTHER;
    r->process.v[ph] += cost;
    r->total += cost;
    if (region == -1) r->startup.v[ph] += cost;
    else if (region >= 0) r->iter[region].v[ph] += cost;
}

bool cg_read(const char *out_file, int expected_iterations, CgResult *r)
{
    char dir[4096];
    const char *base;
    split_path(out_file, dir, sizeof dir, &base);
    DIR *d = opendir(dir);
    if (!d) {
        snprintf(r->error, sizeof r->error, "cannot read %.180s: %s", dir, strerror(errno));
        return false;
    }
    Part *parts = NULL;
    size_t n = 0, cap = 0;
    long max_suffix = 0;
    struct dirent *de;
    char path[8300];
    while ((de = readdir(d))) {
        long suffix = part_suffix(de->d_name, base);
        if (suffix < 0) continue;
        if (n == cap) parts = xrealloc(parts, (cap = cap ? 2 * cap : 256) * sizeof *parts);
        snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
        /* the final part (no suffix) comes last when no part line says otherwise */
        if (!read_part(path, suffix ? suffix : -1, &parts[n], r->tool, sizeof r->tool)) {
            snprintf(r->error, sizeof r->error, "%.200s is not a readable callgrind profile", path);
            closedir(d);
            free(parts);
            return false;
        }
        if (suffix > max_suffix) max_suffix = suffix;
        n++;
    }
    closedir(d);
    if (n == 0) {
        snprintf(r->error, sizeof r->error, "callgrind wrote no profile (%s)", out_file);
        free(parts);
        return false;
    }
    for (size_t i = 0; i < n; i++)
        if (parts[i].number < 0) parts[i].number = max_suffix + 1;
    qsort(parts, n, sizeof *parts, part_cmp);

    /* Replay: charge each part to the current phase and region, then apply
     * the boundary that ended it.  region: -1 startup, k >= 0 iteration k,
     * -2 between iterations and after the last one. */
    int stack[MAX_DEPTH], depth = 0;
    long region = -1, iter = -1;
    bool file_seen = false, overflow = false;
    size_t cap_iter = 0;
    for (size_t i = 0; i < n; i++) {
        const Part *p = &parts[i];
        charge(r, stack, depth, depth > 0 ? region : iter < 0 ? -1 : -2, p->cost);
        if (p->func < 0) continue;
        const char *fn = cg_funcs[p->func].name;
        if (p->trig == TRIG_BEFORE) {
            if (depth == 0) {
                /* top level: the bench protocol's sequence (callgrind.h) */
                if (strcmp(fn, "tl_run_file") == 0) {
                    file_seen = true;
                } else if (strcmp(fn, "tl_run_source") == 0 && file_seen) {
                    iter++;
                    if ((size_t)iter == cap_iter) {
                        cap_iter = cap_iter ? 2 * cap_iter : 16;
                        r->iter = xrealloc(r->iter, cap_iter * sizeof *r->iter);
                    }
                    memset(&r->iter[iter], 0, sizeof r->iter[iter]);
                    r->niter = (size_t)iter + 1;
                }
                if (iter >= 0)
                    region = strcmp(fn, "tl_run_source") == 0 || strcmp(fn, "tl_run_loop") == 0 ? iter : -2;
            }
            if (depth == MAX_DEPTH) overflow = true;
            else stack[depth++] = p->func;
        } else if (p->trig == TRIG_AFTER) {
            int k = depth;
            while (k > 0 && stack[k - 1] != p->func) k--;
            if (k == 0) {
                r->unbalanced++;   /* left without being entered: ignore */
            } else {
                if (k != depth) r->unbalanced++;
                depth = k - 1;
            }
        }
    }
    free(parts);
    r->parts = n;
    r->ok = true;
    r->iter_ok = true;
    if (overflow) {
        r->iter_ok = false;
        snprintf(r->iter_error, sizeof r->iter_error, "phase functions nested deeper than %d", MAX_DEPTH);
    } else if (expected_iterations >= 0 && (long)r->niter != expected_iterations) {
        r->iter_ok = false;
        snprintf(r->iter_error, sizeof r->iter_error,
                 "found %zu iteration boundaries, the protocol reported %d iterations", r->niter,
                 expected_iterations);
    }
    return true;
}

void cg_remove_parts(const char *out_file)
{
    char dir[4096], path[8300];
    const char *base;
    split_path(out_file, dir, sizeof dir, &base);
    DIR *d = opendir(dir);
    if (!d) return;
    struct dirent *de;
    while ((de = readdir(d))) {
        if (part_suffix(de->d_name, base) < 0) continue;
        snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
        unlink(path);
    }
    closedir(d);
}

void cg_result_free(CgResult *r)
{
    free(r->iter);
    r->iter = NULL;
    r->niter = 0;
}

/* ------------------------------------------------------------------------ */
/* Writing                                                                   */
/* ------------------------------------------------------------------------ */

static void write_value(FILE *out, bool first, const char *name, const uint64_t *v, const char *error,
                        const char *missing)
{
    if (!first) fputc(',', out);
    json_write_string(out, name);
    if (v) fprintf(out, ":{\"value\":%llu,\"source\":\"callgrind\"", (unsigned long long)*v);
    else fputs(":{\"value\":null,\"source\":\"callgrind\"", out);
    if (error) {
        fputs(",\"error\":", out);
        json_write_string(out, error);
    }
    if (missing && missing[0]) {
        fputs(",\"missing\":", out);
        json_write_string(out, missing);
    }
    fputc('}', out);
}

void cg_write_counts(FILE *out, const CgResult *r, const CgCounts *c, bool with_total)
{
    fputc('{', out);
    bool first = true;
    if (with_total) {
        uint64_t sum = 0;
        for (int p = 0; c && p < CG_NPHASES; p++) sum += c->v[p];
        write_value(out, true, "total", c ? &sum : NULL, c ? NULL : r->error, NULL);
        /* the engine's part: what the bench protocol's own records (timings,
         * pid) cannot change, so it repeats exactly under --deterministic */
        char why[300];
        uint64_t engine = c ? sum - c->v[CG_OTHER] : 0;
        bool known = c && cg_phase_available(r, CG_OTHER, why, sizeof why);
        write_value(out, false, "engine", known ? &engine : NULL, known ? NULL : c ? why : r->error, NULL);
        first = false;
    }
    for (int p = 0; p < CG_NPHASES; p++) {
        char why[300], missing[200] = "";
        if (!c) {
            write_value(out, first, cg_phase_names[p], NULL, r->error, NULL);
        } else if (!cg_phase_available(r, (CgPhase)p, why, sizeof why)) {
            write_value(out, first, cg_phase_names[p], NULL, why, NULL);
        } else {
            /* some of the phase's functions missing: the value is a lower bound */
            size_t k = 0;
            for (int i = 0; i < CG_NFUNCS; i++)
                if (cg_funcs[i].phase == (CgPhase)p && !r->have_func[i] && k < sizeof missing)
                    k += (size_t)snprintf(missing + k, sizeof missing - k, "%s%s", k ? " " : "", cg_funcs[i].name);
            write_value(out, first, cg_phase_names[p], &c->v[p], NULL, missing);
        }
        first = false;
    }
    fputc('}', out);
}
