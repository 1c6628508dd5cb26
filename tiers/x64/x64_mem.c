/*
 * x64_mem.c -- executable memory for JIT code, W^X.
 *
 * Code lives in chunks of pages, carved from one window of address space
 * reserved up front (REGION_SIZE, PROT_NONE until a chunk takes it) just
 * below the binary's code when that space is free: every address in it is
 * within rel32 reach of the others and of the binary's C functions, so
 * JIT code calls its stubs and helpers with a 5-byte rel32 (x64_call_abs,
 * fixed up at install) where mov r11, imm64 + call r11 took 13 -- 7% of the
 * baseline's code.  A window placed elsewhere (the space below the binary
 * taken) still keeps JIT code's calls to JIT code rel32; without one (the
 * reservation failed) chunks are mapped anywhere and every call goes
 * through r11.  Once the window is full, chunks are mapped anywhere and
 * x64_code_window reports none, so later code calls through r11 again
 * (code emitted for the window that does not fit it is not installed:
 * fix_relocs).  A chunk is PROT_READ|PROT_EXEC
 * except while it is being written, when it is PROT_READ|PROT_WRITE; it is
 * never both writable and executable.  Space inside a chunk is handed out
 * by a bump pointer, and released code goes on a free list (sorted by
 * address, neighbours merged) that later installs search first-fit.
 *
 * Writing code, the first of three ways that works (x64_code_set_writes,
 * --jit-write, can ask for a later one):
 *
 * Alias (since session 15): the window's chunks are two views of the same
 * shared memory -- read+execute in the window, read+write at an address of
 * the kernel's choosing (Chunk.rw) -- so an install is a memcpy, with no
 * system call (the pwrite below took ~2 us of a median 6.6 us install
 * here).  No mapping is ever writable and executable; the code's bytes
 * are writable at another address (as in JavaScriptCore's iOS JIT, whose
 * writable mapping's address is kept secret).  Views are
 * MAP_SHARED, which a fork would share: the atfork hook gives a child a
 * private copy of each aliased chunk before the child or its parent
 * writes code again (the parent waits on a pipe).  A page mapped twice
 * counts twice in the resident size tierlab-bench reports, so the
 * writable view lets go of pages the bump pointer has passed, 64 KiB at a
 * time (drop_written).  Chunks outside the window (it is full) take the
 * next way.
 *
 * Through /proc/self/mem when the kernel allows it.  The
 * kernel writes to the read+execute pages itself (as a debugger plants a
 * breakpoint), so no mapping ever becomes writable, and one pwrite costs
 * ~0.4 us where a pair of mprotect flips costs 4-8 us on this project's
 * VMs -- more than compiling a small function (session 6's VM; session
 * 11's measured 1.7 us and 9 us, and benchmarks/machine_costs.c prints
 * them for the machine at hand).  The kernel copies page by
 * page (~0.3 us a page), still cheaper than the flips for large functions
 * too (their user-space copy takes a trapped fault per fresh page); only a
 * function over WRITE_MAX bytes flips.  The flips remain the fallback when
 * /proc/self/mem cannot be opened or written (no /proc,
 * proc_mem.force_override=never, a security module).
 * The descriptor is reopened in a forked child (it would name the parent's
 * memory) and closed across exec.
 *
 * Batching: between x64_code_begin and x64_code_end, installs only take
 * their space and record the copy; x64_code_end writes them -- through
 * /proc/self/mem, or by flipping the pages the batch touched writable,
 * copying, and flipping back: one pair of mprotect calls per touched chunk,
 * over just the pages written.  The assemblers must stay alive until
 * x64_code_end, and code installed in a batch may not run before it ends.
 */
#include "x64/x64.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

/* Code is placed at 16-byte boundaries (what compilers do for functions). */
#define CODE_ALIGN 16
#define CHUNK_MIN (256u * 1024u)
#define INT3 0xCC

typedef struct Chunk {
    uint8_t *base;
    size_t size, used;      /* bump pointer: [base, base+used) handed out */
    bool writable;
    uint8_t *rw;             /* its writable view (aliased), never executable; NULL: none */
    size_t dropped;          /* aliased: [rw, rw+dropped) unmapped from the page tables (rss) */
    struct Chunk *next;
} Chunk;

typedef struct FreeBlock {
    uint8_t *at;
    size_t len;
    struct FreeBlock *next;  /* sorted by address */
} FreeBlock;

typedef struct Copy {
    uint8_t *at;
    const uint8_t *src;
    size_t len, span;        /* bytes to copy; bytes reserved (padded with int3) */
    bool src_padded;         /* src holds the int3 padding too (x64_finish) */
    bool written;
} Copy;

/* Past this many bytes an install flips the pages instead of writing
 * through /proc/self/mem.  Measured on this project's VMs (session 6,
 * fresh pages): 64 KiB took 17-38 us through /proc/self/mem against
 * 63-94 us by flips and memcpy; 16 KiB 5-13 us against 25-47 us.  The
 * bound only keeps one system call's copy finite. */
#define WRITE_MAX (1024u * 1024u)

struct X64CodeSpace {
    Chunk *chunks;
    FreeBlock *free;
    int batch;               /* nesting depth of x64_code_begin */
    size_t live;             /* bytes installed and not released */
    Copy *copies;            /* installs waiting for x64_code_end */
    size_t ncopies, copy_cap;
    int mem_fd;              /* /proc/self/mem, or -1: write by flipping pages */
    unsigned mem_gen;        /* fork_gen when mem_fd was opened */
    bool no_mem;             /* X64_WRITES_MPROTECT: never open it */
    /* X64_WRITES_ALIAS: the window's chunks are shared memory mapped
     * twice (read+exec in the window, read+write elsewhere). */
    bool alias;
    struct X64CodeSpace *next_aliased;   /* the list the fork hook walks */
    /* The window every chunk is carved from (PROT_NONE until a chunk
     * takes it), so code and stubs reach each other -- and, placed below
     * the binary, its C helpers -- with rel32 calls (x64_code_window);
     * NULL when it could not be reserved (chunks are mapped anywhere). */
    uint8_t *region;
    size_t region_size, region_used;
    bool region_full;        /* a chunk did not fit: x64_code_window reports none */
};

static size_t round_up(size_t n, size_t to) { return (n + to - 1) / to * to; }

/* ===================================================================== */
/* Forks, and the aliased views                                           */
/* ===================================================================== */

/* Counts forks: a child's inherited /proc/self/mem descriptor names its
 * parent's memory.  (Process-wide by nature, as fork is; written only by
 * the atfork hook.) */
static volatile unsigned fork_gen;
static pthread_once_t fork_hook_once = PTHREAD_ONCE_INIT;

/* The code spaces with an alias.  Its views are MAP_SHARED, so a
 * forked child would share its parent's code bytes: the child's hook
 * gives each aliased chunk a private copy before it runs on, and the
 * parent's hook waits for that (a pipe) before the parent may write code
 * again.  The list's lock, held across fork, keeps a space from joining
 * or leaving meanwhile. */
static pthread_mutex_t aliased_lock = PTHREAD_MUTEX_INITIALIZER;
static X64CodeSpace *aliased;
static int fork_pipe[2] = {-1, -1};   /* child -> parent: copies made */

/* In a forked child: replace c's shared views by a private read+exec copy
 * at the same address (false: out of memory). */
static bool unalias_chunk(Chunk *c)
{
    void *copy = mmap(NULL, c->size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (copy == MAP_FAILED) return false;
    memcpy(copy, c->base, c->used);
    if (mprotect(copy, c->size, PROT_READ | PROT_EXEC) != 0 ||
        mremap(copy, c->size, c->size, MREMAP_MAYMOVE | MREMAP_FIXED, c->base) != (void *)c->base) {
        munmap(copy, c->size);
        return false;
    }
    munmap(c->rw, c->size);
    c->rw = NULL;
    return true;
}

static void before_fork(void)
{
    pthread_mutex_lock(&aliased_lock);
    if (aliased && pipe2(fork_pipe, O_CLOEXEC) != 0) fork_pipe[0] = fork_pipe[1] = -1;
}

static void after_fork_in_parent(void)
{
    if (fork_pipe[0] >= 0) {
        close(fork_pipe[1]);
        char done;
        while (read(fork_pipe[0], &done, 1) < 0 && errno == EINTR) {}   /* 0: the child is gone */
        close(fork_pipe[0]);
        fork_pipe[0] = fork_pipe[1] = -1;
    }
    pthread_mutex_unlock(&aliased_lock);
}

static void after_fork_in_child(void)
{
    fork_gen++;
    for (X64CodeSpace *cs = aliased; cs; cs = cs->next_aliased) {
        for (Chunk *c = cs->chunks; c; c = c->next) {
            /* A child left running its parent's live code bytes would see
             * them change under it: better to stop here. */
            if (c->rw && !unalias_chunk(c)) {
                static const char msg[] = "tierlab: fork: no memory for a private copy of JIT code\n";
                (void)!write(STDERR_FILENO, msg, sizeof msg - 1);
                _exit(70);
            }
        }
        cs->alias = false;
    }
    aliased = NULL;
    if (fork_pipe[1] >= 0) {
        (void)!write(fork_pipe[1], "", 1);
        close(fork_pipe[0]);
        close(fork_pipe[1]);
        fork_pipe[0] = fork_pipe[1] = -1;
    }
    pthread_mutex_unlock(&aliased_lock);
}

static void install_fork_hook(void)
{
    (void)pthread_atfork(before_fork, after_fork_in_parent, after_fork_in_child);
}

/* Chunks in the window will be aliased (alias_map says whether the
 * kernel lets them be). */
static void alias_open(X64CodeSpace *cs)
{
    (void)pthread_once(&fork_hook_once, install_fork_hook);
    pthread_mutex_lock(&aliased_lock);
    cs->alias = true;
    cs->next_aliased = aliased;
    aliased = cs;
    pthread_mutex_unlock(&aliased_lock);
}

/* No more aliased chunks.  Those made keep their views, and the space
 * stays on the list until it is freed. */
static void alias_close(X64CodeSpace *cs)
{
    pthread_mutex_lock(&aliased_lock);
    cs->alias = false;
    pthread_mutex_unlock(&aliased_lock);
}

static void alias_forget(X64CodeSpace *cs)
{
    alias_close(cs);
    pthread_mutex_lock(&aliased_lock);
    for (X64CodeSpace **pp = &aliased; *pp; pp = &(*pp)->next_aliased)
        if (*pp == cs) {
            *pp = cs->next_aliased;
            break;
        }
    pthread_mutex_unlock(&aliased_lock);
}

/* ===================================================================== */
/* Chunks and protection                                                  */
/* ===================================================================== */

static bool protect(Chunk *c, bool writable)
{
    if (c->writable == writable) return true;
    if (mprotect(c->base, c->size, writable ? PROT_READ | PROT_WRITE : PROT_READ | PROT_EXEC) != 0)
        return false;
    c->writable = writable;
    return true;
}

/* Map [at, at+size) of the window (`at` page-aligned, inside it) as
 * shared memory, read+exec, and a second view of the same pages at c->rw,
 * read+write: mremap with an old size of 0 duplicates a shared mapping.
 * Shared anonymous memory (shown as /dev/zero in /proc/PID/maps), not a
 * memfd: perf takes /dev/zero for anonymous memory and names JIT code
 * from --perf-map's /tmp/perf-PID.map there, and would not in a memfd.
 * False (and the window's range left PROT_NONE): no alias for this
 * chunk, and none from now on. */
static bool alias_map(X64CodeSpace *cs, Chunk *c, uint8_t *at, size_t size)
{
    if (!cs->alias) return false;
    void *rw = MAP_FAILED;
    if (mmap(at, size, PROT_READ | PROT_EXEC, MAP_SHARED | MAP_ANONYMOUS | MAP_FIXED, -1, 0) == (void *)at) {
        rw = mremap(at, 0, size, MREMAP_MAYMOVE);
        if (rw != MAP_FAILED && mprotect(rw, size, PROT_READ | PROT_WRITE) == 0) {
            c->rw = rw;
            return true;
        }
    }
    if (rw != MAP_FAILED) munmap(rw, size);
    /* a failed MAP_FIXED may have unmapped the range: reserve it again */
    (void)mmap(at, size, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED, -1, 0);
    alias_close(cs);
    return false;
}

static Chunk *chunk_new(X64CodeSpace *cs, size_t need)
{
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
    size_t size = round_up(need > CHUNK_MIN ? need : CHUNK_MIN, page);
    Chunk *c = calloc(1, sizeof *c);
    if (!c) return NULL;
    void *p = MAP_FAILED;
    if (cs->region && size <= cs->region_size - cs->region_used &&
        (alias_map(cs, c, cs->region + cs->region_used, size) ||
         mprotect(cs->region + cs->region_used, size, PROT_READ | PROT_EXEC) == 0)) {
        p = cs->region + cs->region_used;
        cs->region_used += size;
    } else {
        if (cs->region) cs->region_full = true;
        p = mmap(NULL, size, PROT_READ | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    }
    if (p == MAP_FAILED) {
        free(c);
        return NULL;
    }
    c->base = p;
    c->size = size;
    c->next = cs->chunks;
    cs->chunks = c;
    return c;
}

static bool in_chunk(const Chunk *c, const uint8_t *p) { return p >= c->base && p < c->base + c->size; }

static Chunk *chunk_of(X64CodeSpace *cs, const uint8_t *p)
{
    for (Chunk *c = cs->chunks; c; c = c->next)
        if (in_chunk(c, p)) return c;
    return NULL;
}

/* Make c writable for a write; outside a batch the caller seals it again. */
static bool open_for_write(Chunk *c) { return protect(c, true); }

static void seal_unless_batch(X64CodeSpace *cs, Chunk *c)
{
    /* mprotect back to RX can fail only on a bad range, which we never pass;
     * if it does, the chunk stays RW and not executable: safe, never RWX. */
    if (!cs->batch) (void)protect(c, false);
}

/* ===================================================================== */
/* Writing through /proc/self/mem                                         */
/* ===================================================================== */

static void mem_open(X64CodeSpace *cs)
{
    (void)pthread_once(&fork_hook_once, install_fork_hook);
    cs->mem_gen = fork_gen;
    cs->mem_fd = open("/proc/self/mem", O_RDWR | O_CLOEXEC);
}

static void mem_close(X64CodeSpace *cs)
{
    if (cs->mem_fd >= 0) close(cs->mem_fd);
    cs->mem_fd = -1;
}

static bool pwrite_all(int fd, const void *src, size_t len, const uint8_t *at)
{
    return pwrite(fd, src, len, (off_t)(uintptr_t)at) == (ssize_t)len;
}

/* Write len bytes of src to `at` and int3 up to span (src_padded: src has
 * them) through /proc/self/mem.  False: use the flips instead (a failed
 * write also turns this path off for good: the kernel refuses it). */
static bool mem_write(X64CodeSpace *cs, uint8_t *at, const uint8_t *src, size_t len, size_t span, bool src_padded)
{
    static const uint8_t int3s[CODE_ALIGN] = {
        INT3, INT3, INT3, INT3, INT3, INT3, INT3, INT3, INT3, INT3, INT3, INT3, INT3, INT3, INT3, INT3,
    };
    if (span > WRITE_MAX) return false;
    if (cs->mem_fd >= 0 && cs->mem_gen != fork_gen) {   /* a forked child: reopen for its own memory */
        mem_close(cs);
        mem_open(cs);
    }
    if (cs->mem_fd < 0) return false;
    bool ok = src_padded ? pwrite_all(cs->mem_fd, src, span, at)
                         : pwrite_all(cs->mem_fd, src, len, at) &&
                               (span == len || pwrite_all(cs->mem_fd, int3s, span - len, at + len));
    if (!ok) mem_close(cs);
    return ok;
}

/* The window's size (V8's code range is as large): address space only
 * (PROT_NONE, no reserve) until chunks take it -- but it counts against
 * RLIMIT_AS (tierlab-bench's memory_limit).  Past it, code goes anywhere
 * and calls through r11. */
#define REGION_SIZE ((size_t)128 << 20)

/* Reserve the window just below the binary's code when the address space
 * there is free (so rel32 reaches its C helpers too), else anywhere. */
static void region_reserve(X64CodeSpace *cs, size_t size)
{
    const size_t align = (size_t)2 << 20;
    uintptr_t text = (uintptr_t)(const void *)x64_code_space_new / align * align;
    size = round_up(size, (size_t)sysconf(_SC_PAGESIZE));
    size_t step = round_up(size, align) + align;
    for (int k = 1; k <= 3; k++) {
        if (text < (size_t)k * step) break;
        void *hint = (void *)(text - (size_t)k * step);
        void *p = mmap(hint, size, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED_NOREPLACE, -1, 0);
        if (p == hint) {
            cs->region = p;
            break;
        }
        if (p != MAP_FAILED) munmap(p, size);   /* a kernel without MAP_FIXED_NOREPLACE put it elsewhere */
    }
    if (!cs->region) {
        void *p = mmap(NULL, size, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
        if (p != MAP_FAILED) cs->region = p;
    }
    if (cs->region) cs->region_size = size;
}

X64CodeSpace *x64_code_space_new(void) { return x64_code_space_new_window(REGION_SIZE); }

X64CodeSpace *x64_code_space_new_window(size_t window)
{
    X64CodeSpace *cs = calloc(1, sizeof(X64CodeSpace));
    if (!cs) return NULL;
    mem_open(cs);
    if (window) region_reserve(cs, window);
    if (cs->region) alias_open(cs);
    return cs;
}

void x64_code_window(const X64CodeSpace *cs, uintptr_t *lo, uintptr_t *hi)
{
    bool have = cs && cs->region && !cs->region_full;
    *lo = have ? (uintptr_t)cs->region : 0;
    *hi = have ? (uintptr_t)cs->region + cs->region_size : 0;
}

X64Writes x64_code_writes(const X64CodeSpace *cs)
{
    return cs->alias ? X64_WRITES_ALIAS : cs->mem_fd >= 0 ? X64_WRITES_PROC_MEM : X64_WRITES_MPROTECT;
}

bool x64_code_writes_cheap(const X64CodeSpace *cs) { return cs && x64_code_writes(cs) != X64_WRITES_MPROTECT; }

void x64_code_set_writes(X64CodeSpace *cs, X64Writes how)
{
    if (how == X64_WRITES_PROC_MEM || how == X64_WRITES_MPROTECT) alias_close(cs);
    if (how == X64_WRITES_MPROTECT) {
        mem_close(cs);
        cs->no_mem = true;
    }
}

void x64_code_space_free(X64CodeSpace *cs)
{
    if (!cs) return;
    for (Chunk *c = cs->chunks, *next; c; c = next) {
        next = c->next;
        bool in_region = cs->region && c->base >= cs->region && c->base < cs->region + cs->region_size;
        if (!in_region) munmap(c->base, c->size);   /* else the window's, below */
        if (c->rw) munmap(c->rw, c->size);
        free(c);
    }
    if (cs->region) munmap(cs->region, cs->region_size);
    for (FreeBlock *f = cs->free, *next; f; f = next) {
        next = f->next;
        free(f);
    }
    free(cs->copies);
    mem_close(cs);
    alias_forget(cs);
    free(cs);
}

void x64_code_begin(X64CodeSpace *cs) { cs->batch++; }

/* Flip [lo, hi) of chunk c's pages writable, copy the batch's functions in
 * that chunk, flip back. */
static void copy_into_chunk(X64CodeSpace *cs, Chunk *c)
{
    uint8_t *lo = NULL, *hi = NULL;
    for (size_t i = 0; i < cs->ncopies; i++) {
        Copy *k = &cs->copies[i];
        if (k->written || !in_chunk(c, k->at)) continue;
        if (!lo || k->at < lo) lo = k->at;
        if (!hi || k->at + k->span > hi) hi = k->at + k->span;
    }
    if (!lo) return;
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
    lo = c->base + (size_t)(lo - c->base) / page * page;
    size_t span = round_up((size_t)(hi - lo), page);
    if (mprotect(lo, span, PROT_READ | PROT_WRITE) != 0) abort();   /* code already promised */
    for (size_t i = 0; i < cs->ncopies; i++) {
        Copy *k = &cs->copies[i];
        if (k->written || !in_chunk(c, k->at)) continue;
        memcpy(k->at, k->src, k->len);
        memset(k->at + k->len, INT3, k->span - k->len);
    }
    if (mprotect(lo, span, PROT_READ | PROT_EXEC) != 0) abort();
}

void x64_code_end(X64CodeSpace *cs)
{
    if (cs->batch == 0 || --cs->batch > 0) return;
    bool all_written = true;
    for (size_t i = 0; i < cs->ncopies; i++) {
        Copy *k = &cs->copies[i];
        k->written = mem_write(cs, k->at, k->src, k->len, k->span, k->src_padded);
        all_written &= k->written;
    }
    for (Chunk *c = cs->chunks; c; c = c->next) {
        if (all_written && !c->writable) continue;   /* nothing to copy or seal here */
        copy_into_chunk(cs, c);
        (void)protect(c, false);   /* a release inside the batch opened the whole chunk */
    }
    cs->ncopies = 0;
}

/* ===================================================================== */
/* Allocation: free list first, then a chunk's bump pointer               */
/* ===================================================================== */

static uint8_t *take_free(X64CodeSpace *cs, size_t len)
{
    for (FreeBlock **pp = &cs->free; *pp; pp = &(*pp)->next) {
        FreeBlock *f = *pp;
        if (f->len < len) continue;
        uint8_t *at = f->at;
        f->at += len;
        f->len -= len;
        if (f->len == 0) {
            *pp = f->next;
            free(f);
        }
        return at;
    }
    return NULL;
}

static uint8_t *take_bump(X64CodeSpace *cs, size_t len)
{
    for (Chunk *c = cs->chunks; c; c = c->next) {
        if (c->size - c->used >= len) {
            c->used += len;
            return c->base + c->used - len;
        }
    }
    Chunk *c = chunk_new(cs, len);
    if (!c) return NULL;
    c->used = len;
    return c->base;
}

/* The free blocks around `at`: *prev the last below it, the result the
 * first at or above it (either may be NULL). */
static FreeBlock *free_neighbours(X64CodeSpace *cs, const uint8_t *at, FreeBlock **prev)
{
    FreeBlock *next = cs->free;
    *prev = NULL;
    while (next && next->at < at) {
        *prev = next;
        next = next->next;
    }
    return next;
}

/* Insert [at, at+len) of chunk c into the sorted free list, merging
 * neighbours of the same chunk (two mmaps may be adjacent; a block must
 * never span chunks, whose protections flip separately). */
static bool give_free(X64CodeSpace *cs, Chunk *c, uint8_t *at, size_t len)
{
    FreeBlock *prev, *next = free_neighbours(cs, at, &prev);
    if (prev && in_chunk(c, prev->at) && prev->at + prev->len == at) {
        prev->len += len;
        if (next && in_chunk(c, next->at) && prev->at + prev->len == next->at) {
            prev->len += next->len;
            prev->next = next->next;
            free(next);
        }
        return true;
    }
    if (next && in_chunk(c, next->at) && at + len == next->at) {
        next->at = at;
        next->len += len;
        return true;
    }
    FreeBlock *f = malloc(sizeof *f);
    if (!f) return false;
    *f = (FreeBlock){ at, len, next };
    if (prev) prev->next = f;
    else cs->free = f;
    return true;
}

/* ===================================================================== */
/* Install and release                                                    */
/* ===================================================================== */

/* Point a's rel32 calls and jumps at their targets for code placed at
 * `at` (false: one is out of reach from there). */
static bool fix_relocs(X64Asm *a, const uint8_t *at)
{
    for (uint32_t i = 0; i < a->nrelocs; i++) {
        const X64Reloc *r = &a->relocs[i];
        int64_t d = (int64_t)(uintptr_t)r->target - (int64_t)(uintptr_t)(at + r->at + 4);
        if (d < INT32_MIN || d > INT32_MAX) return false;
        int32_t d32 = (int32_t)d;
        memcpy(a->buf + r->at, &d32, 4);
    }
    return true;
}

/* Take the pages of c's writable view that the bump pointer has passed
 * out of the page tables (they stay in the shared memory, mapped read+execute):
 * a page mapped at two addresses counts twice in the process's resident
 * size, which tierlab-bench reports as its memory.  A later write there
 * (a release, a reuse) faults the page back in. */
#define DROP_BATCH (64u * 1024u)

static void drop_written(Chunk *c)
{
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
    size_t full = c->used / page * page;
    if (full < c->dropped + DROP_BATCH) return;
    if (madvise(c->rw + c->dropped, full - c->dropped, MADV_DONTNEED) == 0) c->dropped = full;
}

void *x64_code_install(X64CodeSpace *cs, X64Asm *a)
{
    if (!cs || a->oom || a->len == 0) return NULL;
    size_t len = round_up(a->len, CODE_ALIGN);
    uint8_t *at = take_free(cs, len);
    if (!at) at = take_bump(cs, len);
    if (!at) return NULL;
    Chunk *c = chunk_of(cs, at);
    if (!fix_relocs(a, at)) {
        (void)give_free(cs, c, at, len);
        return NULL;
    }
    bool padded = a->padded == a->len && a->cap >= len;   /* x64_finish wrote the int3s */
    if (c->rw) {
        /* aliased: a copy through the chunk's writable view, in or out of a batch */
        uint8_t *w = c->rw + (at - c->base);
        memcpy(w, a->buf, padded ? len : a->len);
        if (!padded) memset(w + a->len, INT3, len - a->len);
        drop_written(c);
    } else if (cs->batch) {
        if (cs->ncopies == cs->copy_cap) {
            size_t cap = cs->copy_cap ? cs->copy_cap * 2 : 32;
            Copy *k = realloc(cs->copies, cap * sizeof *k);
            if (!k) {
                (void)give_free(cs, c, at, len);
                return NULL;
            }
            cs->copies = k;
            cs->copy_cap = cap;
        }
        cs->copies[cs->ncopies++] = (Copy){at, a->buf, a->len, len, padded, false};
    } else if (!c->writable && mem_write(cs, at, a->buf, a->len, len, padded)) {
        /* written through /proc/self/mem: the pages stayed read+execute */
    } else if (!c->writable) {
        /* Outside a batch only the pages written flip (RX -> RW -> RX):
         * two small mprotects instead of the whole chunk's, which is most
         * of the cost of compiling a small function. */
        size_t page = (size_t)sysconf(_SC_PAGESIZE);
        uint8_t *lo = c->base + (size_t)(at - c->base) / page * page;
        size_t span = round_up((size_t)(at + len - lo), page);
        if (mprotect(lo, span, PROT_READ | PROT_WRITE) != 0) {
            (void)give_free(cs, c, at, len);
            return NULL;
        }
        memcpy(at, a->buf, a->len);
        memset(at + a->len, INT3, len - a->len);   /* padding traps if reached */
        if (mprotect(lo, span, PROT_READ | PROT_EXEC) != 0) abort();   /* cannot leave code unexecutable */
    } else {
        if (!open_for_write(c)) {
            (void)give_free(cs, c, at, len);
            return NULL;
        }
        memcpy(at, a->buf, a->len);
        memset(at + a->len, INT3, len - a->len);
        seal_unless_batch(cs, c);
    }
    /* x86 keeps instruction fetch coherent with stores; this is a no-op
     * there but keeps the intent visible. */
    __builtin___clear_cache((char *)at, (char *)at + len);
    cs->live += a->len;
    return at;
}

void x64_code_release(X64CodeSpace *cs, void *code, size_t len)
{
    if (!cs || !code || len == 0) return;
    uint8_t *at = code;
    Chunk *c = chunk_of(cs, at);
    size_t span = round_up(len, CODE_ALIGN);
    /* Not ours, misaligned, running off the chunk or already free: ignore
     * rather than corrupt the free list. */
    if (!c || (uintptr_t)at % CODE_ALIGN || span > (size_t)(c->base + c->used - at)) return;
    FreeBlock *prev, *next = free_neighbours(cs, at, &prev);
    if ((prev && prev->at + prev->len > at) || (next && at + span > next->at)) return;
    /* Fill with int3 so a stale call into released code traps at once. */
    if (c->rw) {
        memset(c->rw + (at - c->base), INT3, span);
    } else if (open_for_write(c)) {
        memset(at, INT3, span);
        seal_unless_batch(cs, c);
    }
    if (!give_free(cs, c, at, span)) return;   /* lost to the allocator: leaks, stays safe */
    cs->live -= len <= cs->live ? len : cs->live;
}

size_t x64_code_bytes(const X64CodeSpace *cs) { return cs ? cs->live : 0; }
