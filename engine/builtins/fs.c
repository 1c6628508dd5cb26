/*
 * fs.c -- Node's `fs` module (prefix bi_fs_): readFile, writeFile,
 * appendFile, stat, lstat, readdir, mkdir, mkdtemp, unlink, rmdir, rm,
 * rename, access in three forms each -- fooSync(...), foo(..., callback)
 * and fs.promises.foo(...) -- plus existsSync, fs.constants, fs.Stats and
 * fs.Dirent.  The string encodings are in fs_encoding.c.
 *
 * One request, three forms:
 *
 *   parse (loop thread)   JS arguments -> an FsReq in C memory: paths and
 *                         the bytes to write are copied out of the heap
 *   run                   the system calls (fs_run), touching only the FsReq:
 *                           sync      right here
 *                           callback  on the libuv pool (loop_queue_work)
 *                           promise   on the pool too
 *   build (loop thread)   FsReq -> the result value or a Node-shaped error
 *                           sync      return it / throw it
 *                           callback  callback(err) / callback(null, value)
 *                                     in one loop_task
 *                           promise   settle the promise in one loop_task
 *
 * The callback or the promise waits in the pool request's `keep` handle
 * (a GC root) while the work runs.  Argument errors throw synchronously in
 * the sync and callback forms (as in node) and reject the promise in the
 * promise form.  Errors of the system calls look like node's (libuv's
 * names and messages): err.code 'ENOENT', err.errno -2, err.syscall
 * 'open', err.path, message "ENOENT: no such file or directory, open 'x'".
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include "fs.h"

#include "bi_internal.h"
#include "call.h"
#include "eventloop.h"
#include "process.h"
#if TL_HAVE_LIBUV
#include <uv.h>
#endif

/* ==== requests ============================================================== */

/* X(NAME, js name, required args, optional args before the callback) */
#define FS_OPS(X)                         \
    X(READ_FILE, "readFile", 1, 1)        \
    X(WRITE_FILE, "writeFile", 2, 1)      \
    X(APPEND_FILE, "appendFile", 2, 1)    \
    X(STAT, "stat", 1, 1)                 \
    X(LSTAT, "lstat", 1, 1)               \
    X(READDIR, "readdir", 1, 1)           \
    X(MKDIR, "mkdir", 1, 1)               \
    X(MKDTEMP, "mkdtemp", 1, 1)           \
    X(UNLINK, "unlink", 1, 0)             \
    X(RMDIR, "rmdir", 1, 1)               \
    X(RM, "rm", 1, 1)                     \
    X(RENAME, "rename", 2, 0)             \
    X(ACCESS, "access", 1, 1)             \
    X(EXISTS, "exists", 1, 0)

typedef enum FsOp {
#define X(id, name, req, opt) OP_##id,
    FS_OPS(X)
#undef X
    OP__COUNT
} FsOp;

static const struct {
    const char *name;
    int required, optional;
} op_info[OP__COUNT] = {
#define X(id, name, req, opt) { name, req, opt },
    FS_OPS(X)
#undef X
};

enum { FORM_SYNC, FORM_CALLBACK, FORM_PROMISE };

/* The most readFile reads (node's kIoMaxLength, 2 GiB - 1). */
#define FS_MAX_READ ((size_t)2147483647)

typedef struct FsStat {
    double dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks;
    double atime_ms, mtime_ms, ctime_ms, birthtime_ms;
} FsStat;

/* Everything one operation needs and produces, in C memory only. */
typedef struct FsReq {
    FsOp op;
    int form;
    char *path;              /* NULL when fd >= 0 */
    char *dest;              /* rename */
    int fd;                  /* readFile/writeFile/appendFile on a descriptor, else -1 */
    char *data;              /* bytes to write; the file read */
    size_t len;
    bool has_enc;            /* readFile: decode with enc (else UTF-8, see fs.h) */
    FsEncoding enc;
    int oflags, mode;        /* open flags and mode; mkdir mode; access mode */
    bool recursive, force, with_types;
    /* results */
    int err;                 /* 0, or the errno of the failing call */
    const char *syscall;     /* that call's name in node's messages */
    bool err_path, err_dest; /* the message names path / dest */
    bool rm_eisdir;          /* rm of a directory without recursive: node's ERR_FS_EISDIR */
    bool too_large;          /* readFile beyond FS_MAX_READ: node's ERR_FS_FILE_TOO_LARGE */
    FsStat st;
    char **names;            /* readdir */
    uint8_t *types;          /* readdir, UV_DIRENT_* */
    size_t count;
    char *out_path;          /* mkdtemp: the directory; mkdir recursive: the first one made */
    bool exists;
} FsReq;

static void req_free(FsReq *r)
{
    free(r->path);
    free(r->dest);
    free(r->data);
    for (size_t i = 0; i < r->count; i++) free(r->names[i]);
    free(r->names);
    free(r->types);
    free(r->out_path);
    free(r);
}

/* ==== running (any thread: no VM, no heap) =================================== */

static void fail(FsReq *r, int err, const char *syscall, bool with_path)
{
    r->err = err;
    r->syscall = syscall;
    r->err_path = with_path && r->path;
}

static void run_read_file(FsReq *r)
{
    int fd = r->fd >= 0 ? r->fd : open(r->path, r->oflags | O_CLOEXEC, 0666);
    if (fd < 0) {
        fail(r, errno, "open", true);
        return;
    }
    struct stat st;
    size_t cap = fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 ? (size_t)st.st_size + 1 : 8192;
    char *buf = malloc(cap);
    size_t len = 0;
    while (buf) {
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
        ssize_t n = read(fd, buf + len, cap - len);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            fail(r, errno, "read", false);
            break;
        }
        if (n == 0) break;
        len += (size_t)n;
        if (len > FS_MAX_READ) {   /* node's kIoMaxLength: /dev/zero ends here */
            r->too_large = true;
            r->len = len;
            fail(r, EFBIG, "read", false);
            break;
        }
    }
    if (!buf && !r->err) fail(r, ENOMEM, "read", false);
    if (r->fd < 0) close(fd);
    if (r->err) {
        free(buf);
        return;
    }
    r->data = buf;
    r->len = len;
}

static void run_write_file(FsReq *r)
{
    int fd = r->fd >= 0 ? r->fd : open(r->path, r->oflags | O_CLOEXEC, (mode_t)r->mode);
    if (fd < 0) {
        fail(r, errno, "open", true);
        return;
    }
    size_t off = 0;
    while (off < r->len) {
        ssize_t n = write(fd, r->data + off, r->len - off);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            fail(r, errno, "write", false);
            break;
        }
        off += (size_t)n;
    }
    if (r->fd < 0) close(fd);
}

static double ts_ms(int64_t sec, uint32_t nsec) { return (double)sec * 1e3 + (double)nsec / 1e6; }

static void run_stat(FsReq *r)
{
    bool l = r->op == OP_LSTAT;
#ifdef STATX_BTIME
    struct statx sx;
    if (statx(AT_FDCWD, r->path, l ? AT_SYMLINK_NOFOLLOW : 0, STATX_BASIC_STATS | STATX_BTIME, &sx) != 0) {
        fail(r, errno, l ? "lstat" : "stat", true);
        return;
    }
    FsStat *s = &r->st;
    s->dev = (double)makedev(sx.stx_dev_major, sx.stx_dev_minor);
    s->mode = sx.stx_mode;
    s->nlink = sx.stx_nlink;
    s->uid = sx.stx_uid;
    s->gid = sx.stx_gid;
    s->rdev = (double)makedev(sx.stx_rdev_major, sx.stx_rdev_minor);
    s->blksize = sx.stx_blksize;
    s->ino = (double)sx.stx_ino;
    s->size = (double)sx.stx_size;
    s->blocks = (double)sx.stx_blocks;
    s->atime_ms = ts_ms(sx.stx_atime.tv_sec, sx.stx_atime.tv_nsec);
    s->mtime_ms = ts_ms(sx.stx_mtime.tv_sec, sx.stx_mtime.tv_nsec);
    s->ctime_ms = ts_ms(sx.stx_ctime.tv_sec, sx.stx_ctime.tv_nsec);
    s->birthtime_ms = (sx.stx_mask & STATX_BTIME) ? ts_ms(sx.stx_btime.tv_sec, sx.stx_btime.tv_nsec) : s->ctime_ms;
#else
    struct stat st;
    if ((l ? lstat(r->path, &st) : stat(r->path, &st)) != 0) {
        fail(r, errno, l ? "lstat" : "stat", true);
        return;
    }
    FsStat *s = &r->st;
    s->dev = (double)st.st_dev;
    s->mode = st.st_mode;
    s->nlink = (double)st.st_nlink;
    s->uid = st.st_uid;
    s->gid = st.st_gid;
    s->rdev = (double)st.st_rdev;
    s->blksize = (double)st.st_blksize;
    s->ino = (double)st.st_ino;
    s->size = (double)st.st_size;
    s->blocks = (double)st.st_blocks;
    s->atime_ms = ts_ms(st.st_atim.tv_sec, (uint32_t)st.st_atim.tv_nsec);
    s->mtime_ms = ts_ms(st.st_mtim.tv_sec, (uint32_t)st.st_mtim.tv_nsec);
    s->ctime_ms = ts_ms(st.st_ctim.tv_sec, (uint32_t)st.st_ctim.tv_nsec);
    s->birthtime_ms = s->ctime_ms;
#endif
}

/* libuv's UV_DIRENT_* numbering, which node's Dirent uses */
enum { DIRENT_UNKNOWN, DIRENT_FILE, DIRENT_DIR, DIRENT_LINK, DIRENT_FIFO, DIRENT_SOCKET, DIRENT_CHAR, DIRENT_BLOCK };

static uint8_t dirent_type(unsigned char d_type)
{
    switch (d_type) {
    case DT_REG: return DIRENT_FILE;
    case DT_DIR: return DIRENT_DIR;
    case DT_LNK: return DIRENT_LINK;
    case DT_FIFO: return DIRENT_FIFO;
    case DT_SOCK: return DIRENT_SOCKET;
    case DT_CHR: return DIRENT_CHAR;
    case DT_BLK: return DIRENT_BLOCK;
    default: return DIRENT_UNKNOWN;
    }
}

static int cmp_index_names(const void *a, const void *b, void *names)
{
    char **n = names;
    return strcmp(n[*(const size_t *)a], n[*(const size_t *)b]);
}

static void run_readdir(FsReq *r)
{
    DIR *d = opendir(r->path);
    if (!d) {
        fail(r, errno, "scandir", true);
        return;
    }
    size_t cap = 0;
    struct dirent *e;
    errno = 0;
    while ((e = readdir(d)) != NULL) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
        if (r->count == cap) {
            size_t nc = cap ? cap * 2 : 16;
            char **nn = realloc(r->names, nc * sizeof *nn);
            uint8_t *nt = nn ? realloc(r->types, nc) : NULL;
            if (nn) r->names = nn;
            if (!nt) {
                fail(r, ENOMEM, "scandir", true);
                break;
            }
            r->types = nt;
            cap = nc;
        }
        char *name = strdup(e->d_name);
        if (!name) {
            fail(r, ENOMEM, "scandir", true);
            break;
        }
        r->types[r->count] = dirent_type(e->d_type);
        r->names[r->count++] = name;
        errno = 0;
    }
    if (!r->err && errno) fail(r, errno, "scandir", true);
    closedir(d);
    if (r->err || r->count < 2) return;
    /* libuv sorts scandir results by strcmp: node lists names in that order */
    size_t *idx = malloc(r->count * sizeof *idx);
    char **names = malloc(r->count * sizeof *names);
    uint8_t *types = malloc(r->count);
    if (!idx || !names || !types) {
        free(idx), free(names), free(types);
        return;   /* unsorted, but complete */
    }
    for (size_t i = 0; i < r->count; i++) idx[i] = i;
    qsort_r(idx, r->count, sizeof *idx, cmp_index_names, r->names);
    for (size_t i = 0; i < r->count; i++) {
        names[i] = r->names[idx[i]];
        types[i] = r->types[idx[i]];
    }
    free(r->names);
    free(r->types);
    free(idx);
    r->names = names;
    r->types = types;
}

/* mkdir -p: the first directory created goes to out_path. */
static int mkdir_p(FsReq *r, char *path)
{
    if (mkdir(path, (mode_t)r->mode) == 0) {
        if (!r->out_path) r->out_path = strdup(path);
        return 0;
    }
    int e = errno;
    if (e == EEXIST) {
        struct stat st;
        return stat(path, &st) == 0 && S_ISDIR(st.st_mode) ? 0 : EEXIST;
    }
    if (e != ENOENT) return e;
    char *slash = strrchr(path, '/');
    while (slash && slash > path && slash[-1] == '/') slash--;
    if (!slash || slash == path) return ENOENT;
    *slash = '\0';
    int pe = mkdir_p(r, path);
    *slash = '/';
    if (pe) return pe;
    if (mkdir(path, (mode_t)r->mode) == 0) {
        if (!r->out_path) r->out_path = strdup(path);
        return 0;
    }
    e = errno;
    struct stat st;
    return e == EEXIST && stat(path, &st) == 0 && S_ISDIR(st.st_mode) ? 0 : e;
}

static void run_mkdir(FsReq *r)
{
    if (!r->recursive) {
        if (mkdir(r->path, (mode_t)r->mode) != 0) fail(r, errno, "mkdir", true);
        return;
    }
    char *p = strdup(r->path);
    size_t n = p ? strlen(p) : 0;
    while (n > 1 && p[n - 1] == '/') p[--n] = '\0';
    int e = p ? mkdir_p(r, p) : ENOMEM;
    free(p);
    if (e) fail(r, e, "mkdir", true);
}

static int rm_entry(const char *path, const struct stat *sb, int flag, struct FTW *ftw)
{
    (void)sb, (void)ftw;
    return (flag == FTW_DP ? rmdir(path) : unlink(path)) == 0 ? 0 : errno;
}

static void run_rm(FsReq *r)
{
    struct stat st;
    if (lstat(r->path, &st) != 0) {
        if (!(errno == ENOENT && r->force)) fail(r, errno, "lstat", true);
        return;
    }
    if (!S_ISDIR(st.st_mode)) {
        if (unlink(r->path) != 0) fail(r, errno, "unlink", true);
        return;
    }
    if (!r->recursive) {
        r->rm_eisdir = true;
        fail(r, EISDIR, "rm", true);
        return;
    }
    int e = nftw(r->path, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
    if (e) fail(r, e > 0 ? e : errno, "rm", true);
}

static void fs_run(void *data)
{
    FsReq *r = data;
    switch (r->op) {
    case OP_READ_FILE: run_read_file(r); break;
    case OP_WRITE_FILE:
    case OP_APPEND_FILE: run_write_file(r); break;
    case OP_STAT:
    case OP_LSTAT: run_stat(r); break;
    case OP_READDIR: run_readdir(r); break;
    case OP_MKDIR: run_mkdir(r); break;
    case OP_MKDTEMP: {
        size_t n = strlen(r->path);
        r->out_path = malloc(n + 7);
        if (!r->out_path) {
            fail(r, ENOMEM, "mkdtemp", true);
            break;
        }
        memcpy(r->out_path, r->path, n);
        memcpy(r->out_path + n, "XXXXXX", 7);
        free(r->path);
        r->path = strdup(r->out_path);   /* node's message names the template */
        if (!mkdtemp(r->out_path)) fail(r, errno, "mkdtemp", true);
        break;
    }
    case OP_UNLINK:
        if (unlink(r->path) != 0) fail(r, errno, "unlink", true);
        break;
    case OP_RMDIR:
        if (r->recursive) {
            r->force = false;
            run_rm(r);
        } else if (rmdir(r->path) != 0) {
            fail(r, errno, "rmdir", true);
        }
        break;
    case OP_RM: run_rm(r); break;
    case OP_RENAME:
        if (rename(r->path, r->dest) != 0) {
            fail(r, errno, "rename", true);
            r->err_dest = true;
        }
        break;
    case OP_ACCESS:
        if (access(r->path, r->mode) != 0) fail(r, errno, "access", true);
        break;
    case OP_EXISTS:
        r->exists = access(r->path, F_OK) == 0;
        break;
    case OP__COUNT:
        break;
    }
}

/* ==== the module's state: INTR_FsState =========================================== */

enum { FS_MODULE, FS_STATS_PROTO, FS_DIRENT_PROTO, FS_TYPE_SYMBOL, FS_DATE, FS__COUNT };

static ValArray *fstate(VM *vm) { return (ValArray *)val_cell(vm_intrinsic(vm, INTR_FsState)); }
static void fset(VM *vm, int i, JSValue v)
{
    ValArray *a = fstate(vm);
    heap_store(&vm->heap, &a->hdr, &a->v[i], v);
}

/* ==== building results (loop thread) ============================================ */

static const char *errno_code(int e)
{
#if TL_HAVE_LIBUV
    return uv_err_name(-e);
#else
    switch (e) {
    case ENOENT: return "ENOENT";
    case EEXIST: return "EEXIST";
    case EISDIR: return "EISDIR";
    case ENOTDIR: return "ENOTDIR";
    case ENOTEMPTY: return "ENOTEMPTY";
    case EACCES: return "EACCES";
    case EPERM: return "EPERM";
    case EBADF: return "EBADF";
    case EINVAL: return "EINVAL";
    case ENOMEM: return "ENOMEM";
    default: return "UNKNOWN";
    }
#endif
}

static const char *errno_message(int e)
{
#if TL_HAVE_LIBUV
    return uv_strerror(-e);
#else
    return strerror(e);
#endif
}

static bool def_val(VM *vm, JSValue *obj, const char *name, JSValue v, uint32_t attrs)
{
    return realm_def_value(vm, *obj, name, v, attrs) == 0;
}

static bool def_cstr(VM *vm, JSValue *obj, const char *name, const char *s, uint32_t attrs)
{
    JSValue v = str_from_utf8(vm, s, strlen(s));
    return v != VAL_EXCEPTION && def_val(vm, obj, name, v, attrs);
}

/* The Error node makes for a failed system call. */
static JSValue make_error(VM *vm, FsReq *r)
{
    if (r->too_large) {   /* the error as a value: thrown, then taken back */
        bi_process_throw_code(vm, RangeError, "ERR_FS_FILE_TOO_LARGE", "File size (%zu) is greater than 2 GiB", r->len);
        return err_take(vm);
    }
    HandleScope hs = heap_scope_open(vm);
    JSValue result = VAL_EXCEPTION;
    const char *code = errno_code(r->err), *desc = errno_message(r->err);
    size_t n = strlen(code) + strlen(desc) + strlen(r->syscall) + (r->path ? strlen(r->path) : 0) +
               (r->dest ? strlen(r->dest) : 0) + 64;
    char *msg = malloc(n);
    if (!msg) {
        heap_scope_close(vm, hs);
        return err_throw(vm, ERRMSG_OUT_OF_MEMORY);
    }
    if (r->rm_eisdir)
        snprintf(msg, n, "Path is a directory: rm returned EISDIR (is a directory) %s", r->path);
    else
        snprintf(msg, n, "%s: %s, %s%s%s%s%s%s%s", code, desc, r->syscall, r->err_path ? " '" : "",
                 r->err_path ? r->path : "", r->err_path ? "'" : "", r->err_dest ? " -> '" : "",
                 r->err_dest ? r->dest : "", r->err_dest ? "'" : "");
    JSValue m = str_from_utf8(vm, msg, strlen(msg));
    free(msg);
    if (m == VAL_EXCEPTION) goto out;
    JSValue e = err_new(vm, Error, m);
    if (e == VAL_EXCEPTION) goto out;
    JSValue *he = heap_handle(vm, e);
    if (r->rm_eisdir) {
        /* node's SystemError ERR_FS_EISDIR: code, info, errno (positive), syscall, path */
        JSValue info = obj_new(vm, vm_intrinsic(vm, INTR_ObjectPrototype));
        if (info == VAL_EXCEPTION) goto out;
        JSValue *hi = heap_handle(vm, info);
        if (!def_cstr(vm, hi, "code", "EISDIR", PROP_DEFAULT) || !def_cstr(vm, hi, "message", "is a directory", PROP_DEFAULT) ||
            !def_cstr(vm, hi, "path", r->path, PROP_DEFAULT) || !def_cstr(vm, hi, "syscall", "rm", PROP_DEFAULT) ||
            !def_val(vm, hi, "errno", val_from_int(EISDIR), PROP_DEFAULT) ||
            !def_cstr(vm, he, "name", "SystemError", PROP_HIDDEN) ||
            !def_cstr(vm, he, "code", "ERR_FS_EISDIR", PROP_DEFAULT) || !def_val(vm, he, "info", *hi, PROP_DEFAULT) ||
            !def_val(vm, he, "errno", val_from_int(EISDIR), PROP_DEFAULT) ||
            !def_cstr(vm, he, "syscall", "rm", PROP_DEFAULT) || !def_cstr(vm, he, "path", r->path, PROP_DEFAULT))
            goto out;
        /* the stack headline as node prints it */
        JSValue st = obj_get(vm, *he, vm_atom(vm, ATOM_stack));
        if (st == VAL_EXCEPTION) goto out;
        if (val_is_string(st)) {
            char *s = str_to_utf8(vm, st, NULL);
            const char *rest = s && !strncmp(s, "Error", 5) ? s + 5 : NULL;
            if (rest) {
                size_t ln = strlen(rest) + 40;
                char *ns = malloc(ln);
                if (ns) {
                    snprintf(ns, ln, "SystemError [ERR_FS_EISDIR]%s", rest);
                    bool ok = def_cstr(vm, he, "stack", ns, PROP_HIDDEN);
                    free(ns);
                    if (!ok) {
                        free(s);
                        goto out;
                    }
                }
            }
            free(s);
        }
    } else {
        if (!def_val(vm, he, "errno", val_from_int(-r->err), PROP_DEFAULT) ||
            !def_cstr(vm, he, "code", code, PROP_DEFAULT) || !def_cstr(vm, he, "syscall", r->syscall, PROP_DEFAULT))
            goto out;
        if (r->err_path && !def_cstr(vm, he, "path", r->path, PROP_DEFAULT)) goto out;
        if (r->err_dest && !def_cstr(vm, he, "dest", r->dest, PROP_DEFAULT)) goto out;
    }
    result = *he;
out:
    heap_scope_close(vm, hs);
    return result;
}

static JSValue make_date(VM *vm, double ms)
{
    JSValue d = fstate(vm)->v[FS_DATE];
    JSValue arg = val_number(round(ms));
    return vm_construct(vm, d, 1, &arg, d);
}

static JSValue make_stats(VM *vm, const FsStat *s)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue r = VAL_EXCEPTION;
    JSValue o = obj_new(vm, fstate(vm)->v[FS_STATS_PROTO]);
    if (o == VAL_EXCEPTION) goto out;
    JSValue *ho = heap_handle(vm, o);
    const struct {
        const char *name;
        double v;
    } fields[] = {
        { "dev", s->dev },         { "mode", s->mode },         { "nlink", s->nlink },       { "uid", s->uid },
        { "gid", s->gid },         { "rdev", s->rdev },         { "blksize", s->blksize },   { "ino", s->ino },
        { "size", s->size },       { "blocks", s->blocks },     { "atimeMs", s->atime_ms },  { "mtimeMs", s->mtime_ms },
        { "ctimeMs", s->ctime_ms }, { "birthtimeMs", s->birthtime_ms },
    };
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
        if (!def_val(vm, ho, fields[i].name, val_number(fields[i].v), PROP_DEFAULT)) goto out;
    const struct {
        const char *name;
        double ms;
    } dates[] = {
        { "atime", s->atime_ms }, { "mtime", s->mtime_ms }, { "ctime", s->ctime_ms }, { "birthtime", s->birthtime_ms },
    };
    for (size_t i = 0; i < sizeof dates / sizeof dates[0]; i++) {
        JSValue d = make_date(vm, dates[i].ms);
        if (d == VAL_EXCEPTION || !def_val(vm, ho, dates[i].name, d, PROP_DEFAULT)) goto out;
    }
    r = *ho;
out:
    heap_scope_close(vm, hs);
    return r;
}

static JSValue make_dirents(VM *vm, FsReq *r)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue result = VAL_EXCEPTION;
    JSValue a = arr_new(vm, 0);
    if (a == VAL_EXCEPTION) goto out;
    JSValue *ha = heap_handle(vm, a);
    JSValue dir = str_from_utf8(vm, r->path, strlen(r->path));
    if (dir == VAL_EXCEPTION) goto out;
    JSValue *hdir = heap_handle(vm, dir);
    for (size_t i = 0; i < r->count; i++) {
        HandleScope inner = heap_scope_open(vm);
        JSValue name = str_from_utf8(vm, r->names[i], strlen(r->names[i]));
        if (name == VAL_EXCEPTION) goto out;
        JSValue *hn = heap_handle(vm, name);
        if (!r->with_types) {
            if (arr_push(vm, *ha, *hn) < 0) goto out;
            heap_scope_close(vm, inner);
            continue;
        }
        uint8_t type = r->types[i];
        if (type == DIRENT_UNKNOWN) {
            /* some file systems do not fill d_type: ask lstat, as libuv does */
            size_t n = strlen(r->path) + strlen(r->names[i]) + 2;
            char *full = malloc(n);
            struct stat st;
            if (full) {
                snprintf(full, n, "%s/%s", r->path, r->names[i]);
                if (lstat(full, &st) == 0)
                    type = S_ISREG(st.st_mode) ? DIRENT_FILE : S_ISDIR(st.st_mode) ? DIRENT_DIR
                         : S_ISLNK(st.st_mode) ? DIRENT_LINK : S_ISFIFO(st.st_mode) ? DIRENT_FIFO
                         : S_ISSOCK(st.st_mode) ? DIRENT_SOCKET : S_ISCHR(st.st_mode) ? DIRENT_CHAR
                         : S_ISBLK(st.st_mode) ? DIRENT_BLOCK : DIRENT_UNKNOWN;
                free(full);
            }
        }
        JSValue d = obj_new(vm, fstate(vm)->v[FS_DIRENT_PROTO]);
        if (d == VAL_EXCEPTION) goto out;
        JSValue *hd = heap_handle(vm, d);
        if (!def_val(vm, hd, "name", *hn, PROP_DEFAULT) || !def_val(vm, hd, "parentPath", *hdir, PROP_DEFAULT) ||
            !def_val(vm, hd, "path", *hdir, PROP_DEFAULT) ||
            obj_define_value(vm, *hd, fstate(vm)->v[FS_TYPE_SYMBOL], val_from_int(type), PROP_DEFAULT) < 0 ||
            arr_push(vm, *ha, *hd) < 0)
            goto out;
        heap_scope_close(vm, inner);
    }
    result = *ha;
out:
    heap_scope_close(vm, hs);
    return result;
}

/* The value of a successful request (undefined for the ones without). */
static JSValue make_result(VM *vm, FsReq *r)
{
    switch (r->op) {
    case OP_READ_FILE: return bi_fs_decode(vm, r->data ? r->data : "", r->len, r->has_enc ? r->enc : FS_ENC_UTF8);
    case OP_STAT:
    case OP_LSTAT: return make_stats(vm, &r->st);
    case OP_READDIR: return make_dirents(vm, r);
    case OP_MKDIR:
        if (!r->recursive || !r->out_path) return VAL_UNDEFINED;
        return str_from_utf8(vm, r->out_path, strlen(r->out_path));
    case OP_MKDTEMP: return str_from_utf8(vm, r->out_path, strlen(r->out_path));
    case OP_EXISTS: return val_from_bool(r->exists);
    case OP_WRITE_FILE:
    case OP_APPEND_FILE:
    case OP_UNLINK:
    case OP_RMDIR:
    case OP_RM:
    case OP_RENAME:
    case OP_ACCESS:
    case OP__COUNT:
        break;
    }
    return VAL_UNDEFINED;
}

/* ==== arguments (loop thread) ===================================================== */

/* A path argument as a malloc'd UTF-8 string (node's getValidatedPath). */
static char *get_path(VM *vm, JSValue v, const char *name)
{
    if (!val_is_string(v)) {
        bi_process_throw_arg_type(vm, name, "of type string or an instance of Buffer or URL", v);
        return NULL;
    }
    size_t len;
    char *s = str_to_utf8(vm, v, &len);
    if (!s) {
        err_throw(vm, ERRMSG_OUT_OF_MEMORY);
        return NULL;
    }
    if (strlen(s) != len) {
        free(s);
        char *d = bi_inspect_to_cstr(vm, v, false);
        bi_process_throw_code(vm, TypeError, "ERR_INVALID_ARG_VALUE",
                              "The argument '%s' must be a string, Uint8Array, or URL without null bytes. Received %s",
                              name, d ? d : "");
        free(d);
        return NULL;
    }
    return s;
}

/* obj[name] (may run a getter); VAL_EXCEPTION on a throw. */
static JSValue get_opt(VM *vm, JSValue *obj, const char *name)
{
    JSValue k = atom_from_cstr(vm, name);
    if (k == VAL_EXCEPTION) return k;
    return obj_get(vm, *obj, k);
}

static bool bad_encoding(VM *vm, JSValue v)
{
    char *d = bi_inspect_to_cstr(vm, v, false);
    bi_process_throw_code(vm, TypeError, "ERR_INVALID_ARG_VALUE", "The argument 'encoding' is invalid encoding. Received %s",
                          d ? d : "");
    free(d);
    return false;
}

/* encoding from a string or undefined/null ('buffer' means none here) */
static bool take_encoding(VM *vm, FsReq *r, JSValue v)
{
    if (val_is_nullish(v)) return true;
    if (val_is_string(v) && str_length(v) == 6) {
        char *s = str_to_utf8(vm, v, NULL);
        bool buffer = s && strcmp(s, "buffer") == 0;
        free(s);
        if (buffer) return true;
    }
    if (!bi_fs_encoding(vm, v, &r->enc)) return bad_encoding(vm, v);
    r->has_enc = true;
    return true;
}

static bool take_flag(VM *vm, FsReq *r, JSValue v)
{
    if (val_is_nullish(v)) return true;
    if (val_is_int(v)) {
        r->oflags = val_int(v);
        return true;
    }
    static const struct {
        const char *s;
        int flags;
    } table[] = {
        { "r", O_RDONLY },
        { "rs", O_RDONLY | O_SYNC },
        { "sr", O_RDONLY | O_SYNC },
        { "r+", O_RDWR },
        { "rs+", O_RDWR | O_SYNC },
        { "sr+", O_RDWR | O_SYNC },
        { "w", O_TRUNC | O_CREAT | O_WRONLY },
        { "wx", O_TRUNC | O_CREAT | O_WRONLY | O_EXCL },
        { "xw", O_TRUNC | O_CREAT | O_WRONLY | O_EXCL },
        { "w+", O_TRUNC | O_CREAT | O_RDWR },
        { "wx+", O_TRUNC | O_CREAT | O_RDWR | O_EXCL },
        { "xw+", O_TRUNC | O_CREAT | O_RDWR | O_EXCL },
        { "a", O_APPEND | O_CREAT | O_WRONLY },
        { "ax", O_APPEND | O_CREAT | O_WRONLY | O_EXCL },
        { "xa", O_APPEND | O_CREAT | O_WRONLY | O_EXCL },
        { "as", O_APPEND | O_CREAT | O_WRONLY | O_SYNC },
        { "sa", O_APPEND | O_CREAT | O_WRONLY | O_SYNC },
        { "a+", O_APPEND | O_CREAT | O_RDWR },
        { "ax+", O_APPEND | O_CREAT | O_RDWR | O_EXCL },
        { "xa+", O_APPEND | O_CREAT | O_RDWR | O_EXCL },
        { "as+", O_APPEND | O_CREAT | O_RDWR | O_SYNC },
        { "sa+", O_APPEND | O_CREAT | O_RDWR | O_SYNC },
    };
    char *s = val_is_string(v) ? str_to_utf8(vm, v, NULL) : NULL;
    for (size_t i = 0; s && i < sizeof table / sizeof table[0]; i++)
        if (strcmp(s, table[i].s) == 0) {
            r->oflags = table[i].flags;
            free(s);
            return true;
        }
    free(s);
    char *d = bi_inspect_to_cstr(vm, v, false);
    bi_process_throw_code(vm, TypeError, "ERR_INVALID_ARG_VALUE", "The argument 'flags' is invalid. Received %s", d ? d : "");
    free(d);
    return false;
}

/* A mode: an integer, or an octal string ('644'). */
static bool take_mode(VM *vm, FsReq *r, JSValue v)
{
    if (val_is_nullish(v)) return true;
    if (val_is_number(v)) {
        double d = val_to_number(v);
        if (d == trunc(d) && d >= 0 && d <= 4294967295.0) {
            r->mode = (int)((uint32_t)d & 07777);
            return true;
        }
    } else if (val_is_string(v)) {
        char *s = str_to_utf8(vm, v, NULL), *end = NULL;
        long m = s && *s ? strtol(s, &end, 8) : -1;
        bool ok = end && *end == '\0' && m >= 0;
        free(s);
        if (ok) {
            r->mode = (int)(m & 07777);
            return true;
        }
    }
    bi_process_throw_arg_type(vm, "mode", "of type number", v);
    return false;
}

/* The options argument: undefined, a string (the encoding), or an object
 * whose members are read into r; anything else is node's type error. */
static bool take_options(VM *vm, FsReq *r, JSValue *opt, bool string_is_encoding)
{
    if (val_is_nullish(*opt)) return true;
    if (val_is_string(*opt) && string_is_encoding) return take_encoding(vm, r, *opt);
    if (!val_is_object(*opt) || val_is_function(*opt)) {
        bi_process_throw_arg_type(vm, "options", "one of type string or object", *opt);
        return false;
    }
    JSValue v;
    switch (r->op) {
    case OP_READ_FILE:
    case OP_WRITE_FILE:
    case OP_APPEND_FILE:
        if ((v = get_opt(vm, opt, "encoding")) == VAL_EXCEPTION || !take_encoding(vm, r, v)) return false;
        if ((v = get_opt(vm, opt, "flag")) == VAL_EXCEPTION || !take_flag(vm, r, v)) return false;
        if (r->op != OP_READ_FILE && ((v = get_opt(vm, opt, "mode")) == VAL_EXCEPTION || !take_mode(vm, r, v)))
            return false;
        return true;
    case OP_READDIR:
        if ((v = get_opt(vm, opt, "encoding")) == VAL_EXCEPTION || !take_encoding(vm, r, v)) return false;
        if ((v = get_opt(vm, opt, "withFileTypes")) == VAL_EXCEPTION) return false;
        r->with_types = rt_to_boolean(v);
        if ((v = get_opt(vm, opt, "recursive")) == VAL_EXCEPTION) return false;
        if (rt_to_boolean(v)) {
            bi_process_throw_code(vm, TypeError, "ERR_INVALID_ARG_VALUE",
                                  "The option 'recursive' of readdir is not supported by tierlab");
            return false;
        }
        return true;
    case OP_MKDIR:
        if ((v = get_opt(vm, opt, "recursive")) == VAL_EXCEPTION) return false;
        r->recursive = rt_to_boolean(v);
        if ((v = get_opt(vm, opt, "mode")) == VAL_EXCEPTION || !take_mode(vm, r, v)) return false;
        return true;
    case OP_RM:
    case OP_RMDIR:
        if ((v = get_opt(vm, opt, "recursive")) == VAL_EXCEPTION) return false;
        r->recursive = rt_to_boolean(v);
        if (r->op == OP_RM) {
            if ((v = get_opt(vm, opt, "force")) == VAL_EXCEPTION) return false;
            r->force = rt_to_boolean(v);
        }
        return true;
    case OP_STAT:
    case OP_LSTAT:
        if ((v = get_opt(vm, opt, "bigint")) == VAL_EXCEPTION) return false;
        if (rt_to_boolean(v)) {
            bi_process_throw_code(vm, TypeError, "ERR_INVALID_ARG_VALUE",
                                  "The option 'bigint' is not supported: tierlab has no BigInt");
            return false;
        }
        return true;
    case OP_MKDTEMP:
        if ((v = get_opt(vm, opt, "encoding")) == VAL_EXCEPTION || !take_encoding(vm, r, v)) return false;
        return true;
    case OP_UNLINK:
    case OP_RENAME:
    case OP_ACCESS:
    case OP_EXISTS:
    case OP__COUNT:
        break;
    }
    return true;
}

/* A descriptor (readFile/writeFile/appendFile accept one, except in the
 * promise form) or a path. */
static bool take_file(VM *vm, FsReq *r, JSValue v)
{
    /* (fs.promises takes a FileHandle there instead, which tierlab does not have) */
    if (r->form != FORM_PROMISE && val_is_number(v) && val_to_number(v) == trunc(val_to_number(v)) && val_to_number(v) >= 0 &&
        val_to_number(v) <= 2147483647.0) {
        r->fd = (int)val_to_number(v);
        return true;
    }
    return (r->path = get_path(vm, v, "path")) != NULL;
}

/* args[0 .. n): the arguments before the callback. */
static bool parse_args(VM *vm, FsReq *r, JSValue *args, int n)
{
    JSValue undef = VAL_UNDEFINED;
    JSValue *opt = n > op_info[r->op].required ? &args[op_info[r->op].required] : &undef;
    switch (r->op) {
    case OP_READ_FILE:
        r->oflags = O_RDONLY;
        return take_file(vm, r, bi_arg(args, n, 0)) && take_options(vm, r, opt, true);
    case OP_WRITE_FILE:
    case OP_APPEND_FILE: {
        r->oflags = r->op == OP_WRITE_FILE ? O_TRUNC | O_CREAT | O_WRONLY : O_APPEND | O_CREAT | O_WRONLY;
        r->mode = 0666;
        if (!take_file(vm, r, bi_arg(args, n, 0))) return false;
        JSValue data = bi_arg(args, n, 1);
        if (!val_is_string(data)) {
            bi_process_throw_arg_type(vm, "data", "of type string or an instance of Buffer, TypedArray, or DataView", data);
            return false;
        }
        if (!take_options(vm, r, opt, true)) return false;
        r->data = bi_fs_encode(vm, args[1], r->has_enc ? r->enc : FS_ENC_UTF8, &r->len);
        return r->data != NULL;
    }
    case OP_STAT:
    case OP_LSTAT:
    case OP_UNLINK:
    case OP_EXISTS:
        r->path = get_path(vm, bi_arg(args, n, 0), "path");
        return r->path && take_options(vm, r, opt, true);
    case OP_READDIR:
    case OP_RMDIR:
    case OP_RM:
        r->path = get_path(vm, bi_arg(args, n, 0), "path");
        return r->path && take_options(vm, r, opt, true);
    case OP_MKDIR:
        r->mode = 0777;
        r->path = get_path(vm, bi_arg(args, n, 0), "path");
        if (!r->path) return false;
        if (val_is_number(*opt) || val_is_string(*opt)) return take_mode(vm, r, *opt);
        return take_options(vm, r, opt, false);
    case OP_MKDTEMP:
        r->path = get_path(vm, bi_arg(args, n, 0), "prefix");
        return r->path && take_options(vm, r, opt, true);
    case OP_RENAME:
        r->path = get_path(vm, bi_arg(args, n, 0), "oldPath");
        return r->path && (r->dest = get_path(vm, bi_arg(args, n, 1), "newPath")) != NULL;
    case OP_ACCESS:
        r->mode = F_OK;
        r->path = get_path(vm, bi_arg(args, n, 0), "path");
        if (!r->path) return false;
        if (val_is_nullish(*opt)) return true;
        if (!val_is_int(*opt) || val_int(*opt) < 0 || val_int(*opt) > 7) {
            bi_process_throw_arg_type(vm, "mode", "an integer >= 0 && <= 7", *opt);
            return false;
        }
        r->mode = val_int(*opt);
        return true;
    case OP__COUNT:
        break;
    }
    return false;
}

/* ==== the three forms ================================================================ */

typedef struct FsTask {
    FsReq *req;
    JSValue *keep;           /* the callback or the promise (a handle) */
} FsTask;

/* callback(err) or callback(null[, value]) */
static bool callback_task(VM *vm, void *arg)
{
    FsTask *t = arg;
    FsReq *r = t->req;
    HandleScope hs = heap_scope_open(vm);
    bool ok = false;
    JSValue *argv = heap_handle(vm, VAL_NULL);   /* consecutive: the arguments */
    JSValue *second = heap_handle(vm, VAL_UNDEFINED);
    int argc = 1;
    if (r->err) {
        JSValue e = make_error(vm, r);
        if (e == VAL_EXCEPTION) goto out;
        *argv = e;
    } else {
        JSValue v = make_result(vm, r);
        if (v == VAL_EXCEPTION) goto out;
        *second = v;
        bool has_value = r->op == OP_READ_FILE || r->op == OP_STAT || r->op == OP_LSTAT || r->op == OP_READDIR ||
                         r->op == OP_MKDTEMP || (r->op == OP_MKDIR && r->recursive);
        argc = has_value ? 2 : 1;
    }
    ok = vm_call(vm, *t->keep, VAL_UNDEFINED, argc, argv) != VAL_EXCEPTION;
out:
    heap_scope_close(vm, hs);
    return ok;
}

static bool promise_task(VM *vm, void *arg)
{
    FsTask *t = arg;
    FsReq *r = t->req;
    JSValue v = r->err ? make_error(vm, r) : make_result(vm, r);
    if (v == VAL_EXCEPTION) return false;
    return bi_promise_settle(vm, *t->keep, v, r->err != 0);
}

static void fs_done(VM *vm, void *data, JSValue *keep, int status)
{
    FsReq *r = data;
    if (status == 0) {
        FsTask t = { r, keep };
        loop_task(vm, r->form == FORM_PROMISE ? promise_task : callback_task, &t);
    }
    req_free(r);
}

/* A promise rejected with the pending exception (argument errors of the
 * promise form). */
static JSValue rejected_with_pending(VM *vm)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *exc = heap_handle(vm, err_take(vm));
    JSValue p = bi_promise_new(vm);
    if (p != VAL_EXCEPTION) {
        JSValue *hp = heap_handle(vm, p);
        p = bi_promise_settle(vm, *hp, *exc, true) ? *hp : VAL_EXCEPTION;
    }
    heap_scope_close(vm, hs);
    return p;
}

/* Every fs function: magic = op * 4 + form. */
static JSValue fs_call(VM *vm, JSValue *args, int argc, JSValue nt)
{
    int magic = call_native_callee(vm)->magic;
    FsOp op = (FsOp)(magic >> 2);
    int form = magic & 3;
    int nargs = argc;
    JSValue *cb = NULL;
    if (form == FORM_CALLBACK) {
        /* node's maybeCallback(callback || options): the callback is the
         * last argument when some optional ones are left out */
        int at = op_info[op].required + op_info[op].optional;
        if (op_info[op].optional > 0) {
            /* readFile, writeFile, appendFile: callback || options; the
             * others: the options argument when it is a function */
            bool or_options = op == OP_READ_FILE || op == OP_WRITE_FILE || op == OP_APPEND_FILE;
            JSValue o = bi_arg(args, argc, at - 1);
            if (or_options ? !rt_to_boolean(bi_arg(args, argc, at)) : rt_is_callable(o)) at--;
        }
        JSValue f = bi_arg(args, argc, at);
        if (!rt_is_callable(f)) return bi_process_throw_arg_type(vm, "cb", "of type function", f);
        cb = &args[at];
        nargs = at;
    }
    FsReq *r = calloc(1, sizeof *r);
    if (!r) return err_throw(vm, ERRMSG_OUT_OF_MEMORY);
    r->op = op;
    r->form = form;
    r->fd = -1;
    if (!parse_args(vm, r, args, nargs)) {
        req_free(r);
        if (op == OP_EXISTS && err_pending(vm)) {
            err_take(vm);   /* existsSync(bad path) is false, as in node */
            return VAL_FALSE;
        }
        return form == FORM_PROMISE ? rejected_with_pending(vm) : VAL_EXCEPTION;
    }
    if (r->fd == 1 || r->fd == 2) {
        fflush(stdout);   /* console output buffered so far goes first */
        fflush(stderr);
    }
    if (form == FORM_SYNC) {
        fs_run(r);
        JSValue v = r->err ? make_error(vm, r) : make_result(vm, r);
        bool threw = r->err != 0;
        req_free(r);
        if (v == VAL_EXCEPTION) return v;
        return threw ? err_throw_value(vm, v) : v;
    }
    JSValue keep;
    if (form == FORM_PROMISE) {
        keep = bi_promise_new(vm);
        if (keep == VAL_EXCEPTION) {
            req_free(r);
            return keep;
        }
    } else {
        keep = *cb;
    }
    BI_SCOPE;
    JSValue *hk = heap_handle(vm, keep);
    if (!loop_queue_work(vm, fs_run, fs_done, r, *hk)) {
        req_free(r);
        BI_RETURN(VAL_EXCEPTION);
    }
    BI_RETURN(form == FORM_PROMISE ? *hk : VAL_UNDEFINED);
}

/* ==== Stats and Dirent ================================================================ */

static JSValue illegal_constructor(VM *vm, JSValue *args, int argc, JSValue nt)
{
    return bi_throw_type(vm, "Illegal constructor");
}

/* Stats.prototype.isFile ... (magic: the S_IFMT value); mode read from this.mode */
static JSValue stats_is(VM *vm, JSValue *args, int argc, JSValue nt)
{
    if (!val_is_object(args[-1])) return VAL_FALSE;
    JSValue k = atom_from_cstr(vm, "mode");
    if (k == VAL_EXCEPTION) return k;
    JSValue m = obj_get(vm, args[-1], k);
    if (m == VAL_EXCEPTION) return m;
    if (!val_is_number(m)) return VAL_FALSE;
    uint32_t mode = (uint32_t)val_to_number(m);
    return val_from_bool((int)(mode & S_IFMT) == call_native_callee(vm)->magic);
}

/* Dirent.prototype.isFile ... (magic: the UV_DIRENT_* type) */
static JSValue dirent_is(VM *vm, JSValue *args, int argc, JSValue nt)
{
    if (!val_is_object(args[-1])) return VAL_FALSE;
    JSValue t = obj_get(vm, args[-1], fstate(vm)->v[FS_TYPE_SYMBOL]);
    if (t == VAL_EXCEPTION) return t;
    return val_from_bool(val_is_int(t) && val_int(t) == call_native_callee(vm)->magic);
}

/* A prototype with a constructor `name` (also fs[name]) and its is* methods. */
static bool make_class(VM *vm, JSValue *hfs, const char *name, int slot, NativeFn is_fn, bool stats)
{
    HandleScope hs = heap_scope_open(vm);
    bool ok = false;
    JSValue p = obj_new(vm, vm_intrinsic(vm, INTR_ObjectPrototype));
    if (p == VAL_EXCEPTION) goto out;
    JSValue *hp = heap_handle(vm, p);
    fset(vm, slot, *hp);
    JSValue c = fn_new_native(vm, name, illegal_constructor, 0, 0);
    if (c == VAL_EXCEPTION) goto out;
    JSValue *hc = heap_handle(vm, c);
    if (obj_define_value(vm, *hc, vm_atom(vm, ATOM_prototype), *hp, 0) < 0 ||
        obj_define_value(vm, *hp, vm_atom(vm, ATOM_constructor), *hc, PROP_HIDDEN) < 0 ||
        !def_val(vm, hfs, name, *hc, PROP_DEFAULT))
        goto out;
    static const struct {
        const char *name;
        int mode, type;
    } kinds[] = {
        { "isDirectory", S_IFDIR, DIRENT_DIR },     { "isFile", S_IFREG, DIRENT_FILE },
        { "isBlockDevice", S_IFBLK, DIRENT_BLOCK }, { "isCharacterDevice", S_IFCHR, DIRENT_CHAR },
        { "isSymbolicLink", S_IFLNK, DIRENT_LINK }, { "isFIFO", S_IFIFO, DIRENT_FIFO },
        { "isSocket", S_IFSOCK, DIRENT_SOCKET },
    };
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
        if (realm_def_method(vm, *hp, kinds[i].name, is_fn, 0, stats ? kinds[i].mode : kinds[i].type) < 0) goto out;
    ok = true;
out:
    heap_scope_close(vm, hs);
    return ok;
}

/* ==== the module object =============================================================== */

static bool make_constants(VM *vm, JSValue *hfs)
{
    HandleScope hs = heap_scope_open(vm);
    bool ok = false;
    JSValue c = obj_new(vm, vm_intrinsic(vm, INTR_ObjectPrototype));
    if (c == VAL_EXCEPTION) goto out;
    JSValue *hc = heap_handle(vm, c);
    static const struct {
        const char *name;
        int v;
    } k[] = {
        { "O_RDONLY", O_RDONLY }, { "O_WRONLY", O_WRONLY }, { "O_RDWR", O_RDWR },   { "O_CREAT", O_CREAT },
        { "O_EXCL", O_EXCL },     { "O_TRUNC", O_TRUNC },   { "O_APPEND", O_APPEND }, { "O_SYNC", O_SYNC },
        { "S_IFMT", S_IFMT },     { "S_IFREG", S_IFREG },   { "S_IFDIR", S_IFDIR },   { "S_IFCHR", S_IFCHR },
        { "S_IFBLK", S_IFBLK },   { "S_IFIFO", S_IFIFO },   { "S_IFLNK", S_IFLNK },   { "S_IFSOCK", S_IFSOCK },
        { "F_OK", F_OK },         { "R_OK", R_OK },         { "W_OK", W_OK },         { "X_OK", X_OK },
        { "UV_DIRENT_UNKNOWN", DIRENT_UNKNOWN }, { "UV_DIRENT_FILE", DIRENT_FILE }, { "UV_DIRENT_DIR", DIRENT_DIR },
        { "UV_DIRENT_LINK", DIRENT_LINK },       { "UV_DIRENT_FIFO", DIRENT_FIFO }, { "UV_DIRENT_SOCKET", DIRENT_SOCKET },
        { "UV_DIRENT_CHAR", DIRENT_CHAR },       { "UV_DIRENT_BLOCK", DIRENT_BLOCK },
    };
    for (size_t i = 0; i < sizeof k / sizeof k[0]; i++)
        if (!def_val(vm, hc, k[i].name, val_from_int(k[i].v), PROP_DEFAULT)) goto out;
    ok = def_val(vm, hfs, "constants", *hc, PROP_DEFAULT);
out:
    heap_scope_close(vm, hs);
    return ok;
}

/* Define name on obj as the fs function for (op, form). */
static bool def_fn(VM *vm, JSValue *obj, const char *name, FsOp op, int form)
{
    int length = op_info[op].required + op_info[op].optional + (form == FORM_CALLBACK);
    JSValue f = fn_new_native(vm, name, fs_call, length, (int)op * 4 + form);   /* enumerable, as node's */
    return f != VAL_EXCEPTION && def_val(vm, obj, name, f, PROP_DEFAULT);
}

static JSValue build_module(VM *vm)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue result = VAL_EXCEPTION;
    JSValue st = valarray_new(vm, FS__COUNT);
    if (st == VAL_EXCEPTION) goto out;
    ((ValArray *)val_cell(st))->count = FS__COUNT;
    vm->intrinsics[INTR_FsState] = st;
    JSValue date = obj_get(vm, vm_intrinsic(vm, INTR_DatePrototype), vm_atom(vm, ATOM_constructor));
    if (date == VAL_EXCEPTION) goto out;
    fset(vm, FS_DATE, date);
    JSValue desc = str_from_cstr(vm, "type");
    if (desc == VAL_EXCEPTION) goto out;
    JSValue sym = sym_new(vm, desc);
    if (sym == VAL_EXCEPTION) goto out;
    fset(vm, FS_TYPE_SYMBOL, sym);
    JSValue fs = obj_new(vm, vm_intrinsic(vm, INTR_ObjectPrototype));
    if (fs == VAL_EXCEPTION) goto out;
    JSValue *hfs = heap_handle(vm, fs);
    JSValue pr = obj_new(vm, vm_intrinsic(vm, INTR_ObjectPrototype));
    if (pr == VAL_EXCEPTION) goto out;
    JSValue *hpr = heap_handle(vm, pr);
    for (int op = 0; op < OP__COUNT; op++) {
        char name[32];
        snprintf(name, sizeof name, "%sSync", op_info[op].name);
        if (!def_fn(vm, hfs, name, (FsOp)op, FORM_SYNC)) goto out;
        if (op == OP_EXISTS) continue;   /* fs.exists is deprecated in node; existsSync only */
        if (!def_fn(vm, hfs, op_info[op].name, (FsOp)op, FORM_CALLBACK) ||
            !def_fn(vm, hpr, op_info[op].name, (FsOp)op, FORM_PROMISE))
            goto out;
    }
    if (!def_val(vm, hfs, "promises", *hpr, PROP_DEFAULT) || !make_constants(vm, hfs)) goto out;
    JSValue consts = get_opt(vm, hfs, "constants");
    if (consts == VAL_EXCEPTION || !def_val(vm, hpr, "constants", consts, PROP_DEFAULT)) goto out;
    if (!make_class(vm, hfs, "Stats", FS_STATS_PROTO, stats_is, true) ||
        !make_class(vm, hfs, "Dirent", FS_DIRENT_PROTO, dirent_is, false))
        goto out;
    fset(vm, FS_MODULE, *hfs);
    result = *hfs;
out:
    heap_scope_close(vm, hs);
    return result;
}

JSValue bi_fs_module(VM *vm)
{
    JSValue st = vm_intrinsic(vm, INTR_FsState);
    if (val_is_kind(st, CELL_VALARRAY) && val_is_object(fstate(vm)->v[FS_MODULE])) return fstate(vm)->v[FS_MODULE];
    return build_module(vm);
}
