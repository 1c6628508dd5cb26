/*
 * meta.c -- machine and software metadata for the results header.
 * Every fact is read from /proc, /sys, uname or a short command; a fact
 * that cannot be read is written as null, never guessed.
 */
#include "meta.h"

#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>
#include <unistd.h>

#include "counters.h"
#include "json.h"
#include "sha256.h"

/* First line of a file, trimmed; NULL if unreadable. */
static char *read_line(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f) return NULL;
    char buf[512];
    char *r = fgets(buf, sizeof buf, f) ? strdup(buf) : NULL;
    fclose(f);
    if (r) r[strcspn(r, "\n")] = '\0';
    return r;
}

/* Output of a shell command's first line; NULL on failure. */
static char *command_line(const char *cmd)
{
    FILE *p = popen(cmd, "r");
    if (!p) return NULL;
    char buf[512];
    char *r = fgets(buf, sizeof buf, p) ? strdup(buf) : NULL;
    int rc = pclose(p);
    if (rc != 0) {
        free(r);
        return NULL;
    }
    if (r) r[strcspn(r, "\n")] = '\0';
    return r;
}

static char *cpuinfo_field(const char *field)
{
    FILE *f = fopen("/proc/cpuinfo", "r");
    if (!f) return NULL;
    char line[1024];
    char *r = NULL;
    size_t n = strlen(field);
    while (fgets(line, sizeof line, f)) {
        if (strncmp(line, field, n) == 0) {
            char *colon = strchr(line, ':');
            if (colon) {
                colon++;
                while (*colon == ' ' || *colon == '\t') colon++;
                colon[strcspn(colon, "\n")] = '\0';
                r = strdup(colon);
            }
            break;
        }
    }
    fclose(f);
    return r;
}

static void kv_str(FILE *out, bool *first, const char *key, const char *val)
{
    fprintf(out, "%s", *first ? "" : ",");
    *first = false;
    json_write_string(out, key);
    fputc(':', out);
    if (val)
        json_write_string(out, val);
    else
        fputs("null", out);
}

char *meta_machine_id(void)
{
    struct utsname u;
    uname(&u);
    char *model = cpuinfo_field("model name");
    size_t n = strlen(u.nodename) + strlen(u.release) + (model ? strlen(model) : 1) + 8;
    char *id = malloc(n);
    if (id) snprintf(id, n, "%s|%s|%s", u.nodename, model ? model : "?", u.release);
    free(model);
    return id;
}

/* "kvm", "xen", ... or "none"; NULL if unknown. */
static char *detect_virt(void)
{
    char *v = command_line("systemd-detect-virt 2>/dev/null");
    if (v) return v;
    char *flags = cpuinfo_field("flags");
    if (flags) {
        bool hv = strstr(flags, " hypervisor") != NULL;
        free(flags);
        if (hv) {
            char *product = read_line("/sys/class/dmi/id/product_name");
            if (product) return product;
            return strdup("hypervisor (unknown)");
        }
        return strdup("none");
    }
    return NULL;
}

void meta_write_json(FILE *out, const Experiment *exp, const Matrix *m)
{
    struct utsname u;
    uname(&u);
    bool first = true;
    fputc('{', out);
    char *id = meta_machine_id();
    kv_str(out, &first, "machine_id", id);
    free(id);
    kv_str(out, &first, "hostname", u.nodename);
    kv_str(out, &first, "kernel", u.release);
    kv_str(out, &first, "kernel_version", u.version);
    kv_str(out, &first, "arch", u.machine);
    char *s = cpuinfo_field("model name");
    kv_str(out, &first, "cpu", s);
    free(s);
    fprintf(out, ",\"cores_online\":%ld", sysconf(_SC_NPROCESSORS_ONLN));
    fprintf(out, ",\"memory_bytes\":%lld", (long long)sysconf(_SC_PHYS_PAGES) * (long long)sysconf(_SC_PAGESIZE));
    s = detect_virt();
    kv_str(out, &first, "virtualization", s);
    free(s);
    /* Facts that are one line of a file or of a command's output. */
    static const struct { const char *key; bool is_file; const char *source; } facts[] = {
        {"aslr", true, "/proc/sys/kernel/randomize_va_space"},
        {"cpufreq_governor", true, "/sys/devices/system/cpu/cpu0/cpufreq/scaling_governor"},
        {"no_turbo", true, "/sys/devices/system/cpu/intel_pstate/no_turbo"},
        {"loadavg", true, "/proc/loadavg"},
        {"git_commit", false, "git rev-parse HEAD 2>/dev/null"},
        {"compiler", false, "cc --version 2>/dev/null"},
        {"build_type", false, "grep -m1 '^CMAKE_BUILD_TYPE:' build/CMakeCache.txt 2>/dev/null | cut -d= -f2"},
        {"build_flags", false, "grep -m1 '^CMAKE_C_FLAGS_RELEASE:' build/CMakeCache.txt 2>/dev/null | cut -d= -f2"},
        {"node_version", false, "node --version 2>/dev/null"},
    };
    for (size_t i = 0; i < sizeof facts / sizeof facts[0]; i++) {
        s = facts[i].is_file ? read_line(facts[i].source) : command_line(facts[i].source);
        kv_str(out, &first, facts[i].key, s);
        free(s);
    }
    s = command_line("git status --porcelain --untracked-files=no 2>/dev/null | head -c 1 | wc -c");
    kv_str(out, &first, "git_dirty", s ? (strcmp(s, "0") == 0 ? "no" : "yes") : NULL);
    free(s);

    /* engine binaries: one hash per distinct executor path */
    fputs(",\"executors\":{", out);
    for (size_t i = 0; i < exp->nexecutors; i++) {
        const Executor *e = &exp->executors[i];
        char hash[65];
        char *found = exp_executor_path(e->path);
        const char *path = found ? found : e->path;
        if (i) fputc(',', out);
        json_write_string(out, e->name);
        fputs(":{\"path\":", out);
        json_write_string(out, path);
        fputs(",\"sha256\":", out);
        if (sha256_file_hex(path, hash))
            json_write_string(out, hash);
        else
            fputs("null", out);
        fputc('}', out);
        free(found);
    }
    fputc('}', out);

    /* what this machine can count, per requested counter */
    fputs(",\"counters\":", out);
    CtrSet cs;
    char err[256];
    if (exp->counters && ctr_open(&cs, exp->counters, err, sizeof err)) {
        ctr_start(&cs);
        ctr_stop(&cs);
        fputc('{', out);
        for (int i = 0; i < cs.n; i++) {
            if (i) fputc(',', out);
            json_write_string(out, cs.c[i].name);
            fputs(":{\"source\":", out);
            json_write_string(out, ctr_source_name(cs.c[i].source));
            fputs(",\"error\":", out);
            if (cs.c[i].error[0])
                json_write_string(out, cs.c[i].error);
            else
                fputs("null", out);
            fputc('}', out);
        }
        fputc('}', out);
        ctr_close(&cs);
    } else {
        fputs("{}", out);
    }
    fprintf(out, ",\"cells\":%zu}", m->n);
}
