/*
 * store.c -- append-only JSON Lines with resume (see store.h).
 */
#include "store.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "json.h"
#include "meta.h"

static void push(char ***arr, size_t *n, size_t *cap, const char *s)
{
    if (*n == *cap) {
        *cap = *cap ? *cap * 2 : 64;
        char **a = realloc(*arr, *cap * sizeof *a);
        if (!a) {
            fputs("tierlab-bench: out of memory\n", stderr);
            exit(2);
        }
        *arr = a;
    }
    (*arr)[(*n)++] = strdup(s);
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
        free(buf);
        buf = NULL;
    }
    fclose(f);
    if (buf) {
        buf[n] = '\0';
        *len = (size_t)n;
    }
    return buf;
}

/* The run_id in the first line of a results file, or "" . */
static void header_run_id(const char *path, char out[65])
{
    out[0] = '\0';
    FILE *f = fopen(path, "rb");
    if (!f) return;
    char *line = NULL;
    size_t cap = 0;
    ssize_t n = getline(&line, &cap, f);
    fclose(f);
    if (n > 0) {
        JsonDoc d;
        if (json_parse(&d, line, (size_t)n)) {
            const char *id = json_get_str(d.root, "run_id");
            if (id && strlen(id) == 64) memcpy(out, id, 65);
        }
        json_doc_free(&d);
    }
    free(line);
}

/* Load done keys and notes; cut a torn last line. */
static bool load_existing(Store *st, char *err, size_t errlen)
{
    size_t len = 0;
    char *buf = slurp(st->path, &len);
    if (!buf) {
        snprintf(err, errlen, "%s: cannot read: %s", st->path, strerror(errno));
        return false;
    }
    size_t good = 0;
    char *p = buf;
    while (p < buf + len) {
        char *nl = memchr(p, '\n', (size_t)(buf + len - p));
        if (!nl) break;   /* torn last line */
        JsonDoc d;
        if (json_parse(&d, p, (size_t)(nl - p))) {
            const char *type = json_get_str(d.root, "type");
            bool cg = type && strcmp(type, "callgrind") == 0;
            if (type && (strcmp(type, "exec") == 0 || cg)) {
                const char *cell = json_get_str(d.root, "cell");
                int64_t ex;
                if (cell && json_get_i64(d.root, "exec", &ex)) {
                    char key[1200];
                    snprintf(key, sizeof key, cg ? "%s\tcallgrind %lld" : "%s\t%lld", cell, (long long)ex);
                    push(&st->done, &st->ndone, &st->cap, key);
                }
            } else if (type && strcmp(type, "note") == 0) {
                const char *k = json_get_str(d.root, "key");
                int64_t bytes;
                if (k && json_get_i64(d.root, "bytes", &bytes)) {
                    char key[1200];
                    snprintf(key, sizeof key, "%s\t%lld", k, (long long)bytes);
                    push(&st->notes, &st->nnotes, &st->cap_notes, key);
                }
            }
        } else {
            json_doc_free(&d);
            break;   /* a corrupt line: keep what precedes it */
        }
        json_doc_free(&d);
        p = nl + 1;
        good = (size_t)(p - buf);
    }
    free(buf);
    if (good < len && truncate(st->path, (off_t)good) != 0) {
        snprintf(err, errlen, "%s: cannot cut the torn last record: %s", st->path, strerror(errno));
        return false;
    }
    return true;
}

bool store_open(Store *st, const char *root, const char *out_dir, const Experiment *exp, const Matrix *m,
                bool resume, char *err, size_t errlen)
{
    memset(st, 0, sizeof *st);
    mkdir(root, 0777);
    if (resume) {
        /* newest matching directory */
        DIR *d = opendir(out_dir ? "." : root);
        struct dirent *de;
        char best[1024] = "";
        size_t nlen = strlen(exp->name);
        while (!out_dir && d && (de = readdir(d))) {
            if (strncmp(de->d_name, exp->name, nlen) != 0 || de->d_name[nlen] != '-') continue;
            char path[1100], id[65];
            snprintf(path, sizeof path, "%s/%s/results.jsonl", root, de->d_name);
            header_run_id(path, id);
            if (strcmp(id, m->run_id) == 0 && strcmp(de->d_name, best) > 0)
                snprintf(best, sizeof best, "%s", de->d_name);
        }
        if (d) closedir(d);
        if (out_dir) {
            char path[1100], id[65];
            snprintf(path, sizeof path, "%s/results.jsonl", out_dir);
            header_run_id(path, id);
            struct stat sb;
            if (strcmp(id, m->run_id) == 0) {
                snprintf(st->dir, sizeof st->dir, "%s", out_dir);
            } else if (stat(path, &sb) == 0 && sb.st_size > 0) {
                /* another experiment's (or another build's) results: never overwrite them silently */
                snprintf(err, errlen,
                         "%s holds the results of another run (run id %.12s, this one is %.12s: the experiment or an "
                         "executor binary changed); choose another --out, or pass --no-resume to overwrite it",
                         path, id[0] ? id : "unreadable", m->run_id);
                return false;
            }
        } else if (best[0]) {
            snprintf(st->dir, sizeof st->dir, "%s/%s", root, best);
        }
        if (st->dir[0]) {
            snprintf(st->path, sizeof st->path, "%s/results.jsonl", st->dir);
            if (!load_existing(st, err, errlen)) return false;
            st->f = fopen(st->path, "ab");
            if (!st->f) {
                snprintf(err, errlen, "%s: cannot append: %s", st->path, strerror(errno));
                return false;
            }
            st->resumed = true;
            return true;
        }
    }
    if (out_dir) {
        snprintf(st->dir, sizeof st->dir, "%s", out_dir);
    } else {
        char stamp[32];
        time_t t = time(NULL);
        strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", localtime(&t));
        snprintf(st->dir, sizeof st->dir, "%s/%s-%s", root, exp->name, stamp);
    }
    if (mkdir(st->dir, 0777) != 0 && errno != EEXIST) {
        snprintf(err, errlen, "%s: cannot create: %s", st->dir, strerror(errno));
        return false;
    }
    snprintf(st->path, sizeof st->path, "%s/results.jsonl", st->dir);
    st->f = fopen(st->path, "wb");
    if (!st->f) {
        snprintf(err, errlen, "%s: cannot create: %s", st->path, strerror(errno));
        return false;
    }
    char stamp[32];
    time_t t = time(NULL);
    strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%SZ", gmtime(&t));
    fprintf(st->f, "{\"type\":\"header\",\"schema\":1,\"run_id\":\"%s\",\"started\":\"%s\",\"experiment\":",
            m->run_id, stamp);
    exp_write_json(exp, m, st->f);
    fputs(",\"meta\":", st->f);
    meta_write_json(st->f, exp, m);
    fputs("}\n", st->f);
    fflush(st->f);
    return true;
}

bool store_is_done(const Store *st, const char *cell, int exec)
{
    char key[1200];
    snprintf(key, sizeof key, "%s\t%d", cell, exec);
    for (size_t i = 0; i < st->ndone; i++)
        if (strcmp(st->done[i], key) == 0) return true;
    return false;
}

bool store_callgrind_done(const Store *st, const char *cell, int exec)
{
    char key[1200];
    snprintf(key, sizeof key, "%s\tcallgrind %d", cell, exec);
    for (size_t i = 0; i < st->ndone; i++)
        if (strcmp(st->done[i], key) == 0) return true;
    return false;
}

void store_append(Store *st, const char *json)
{
    fputs(json, st->f);
    fputc('\n', st->f);
    fflush(st->f);
}

bool store_find_note(const Store *st, const char *key, unsigned long long *bytes)
{
    size_t n = strlen(key);
    for (size_t i = 0; i < st->nnotes; i++)
        if (strncmp(st->notes[i], key, n) == 0 && st->notes[i][n] == '\t') {
            *bytes = strtoull(st->notes[i] + n + 1, NULL, 10);
            return true;
        }
    return false;
}

void store_add_note(Store *st, const char *key, unsigned long long bytes, const char *fields)
{
    char line[1400];
    snprintf(line, sizeof line, "%s\t%llu", key, bytes);
    push(&st->notes, &st->nnotes, &st->cap_notes, line);
    fputs("{\"type\":\"note\",\"kind\":\"min_heap\",\"key\":", st->f);
    json_write_string(st->f, key);
    fprintf(st->f, ",\"bytes\":%llu%s%s}\n", bytes, fields && fields[0] ? "," : "", fields ? fields : "");
    fflush(st->f);
}

void store_close(Store *st)
{
    if (st->f) fclose(st->f);
    for (size_t i = 0; i < st->ndone; i++) free(st->done[i]);
    for (size_t i = 0; i < st->nnotes; i++) free(st->notes[i]);
    free(st->done);
    free(st->notes);
    memset(st, 0, sizeof *st);
}
