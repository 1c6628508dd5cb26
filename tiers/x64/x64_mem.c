/*
 * x64_mem.c -- executable memory for JIT code, W^X.
 *
 * Code lives in chunks of mmap'd pages.  A chunk is PROT_READ|PROT_EXEC
 * except while it is being written, when it is PROT_READ|PROT_WRITE; it is
 * never both writable and executable.  Space inside a chunk is handed out
 * by a bump pointer, and released code goes on a free list (sorted by
 * address, neighbours merged) that later installs search first-fit.
 *
 * Batching: between x64_code_begin and x64_code_end, a chunk flipped to
 * writable stays writable until x64_code_end, so installing many functions
 * costs one pair of mprotect calls per touched chunk.  No code in a chunk
 * may run while the chunk is writable, so callers do not execute JIT code
 * inside a batch.
 */
#include "x64/x64.h"

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
    struct Chunk *next;
} Chunk;

typedef struct FreeBlock {
    uint8_t *at;
    size_t len;
    struct FreeBlock *next;  /* sorted by address */
} FreeBlock;

struct X64CodeSpace {
    Chunk *chunks;
    FreeBlock *free;
    int batch;               /* nesting depth of x64_code_begin */
    size_t live;             /* bytes installed and not released */
};

static size_t round_up(size_t n, size_t to) { return (n + to - 1) / to * to; }

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

static Chunk *chunk_new(X64CodeSpace *cs, size_t need)
{
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
    size_t size = round_up(need > CHUNK_MIN ? need : CHUNK_MIN, page);
    Chunk *c = calloc(1, sizeof *c);
    if (!c) return NULL;
    void *p = mmap(NULL, size, PROT_READ | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
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

X64CodeSpace *x64_code_space_new(void) { return calloc(1, sizeof(X64CodeSpace)); }

void x64_code_space_free(X64CodeSpace *cs)
{
    if (!cs) return;
    for (Chunk *c = cs->chunks, *next; c; c = next) {
        next = c->next;
        munmap(c->base, c->size);
        free(c);
    }
    for (FreeBlock *f = cs->free, *next; f; f = next) {
        next = f->next;
        free(f);
    }
    free(cs);
}

void x64_code_begin(X64CodeSpace *cs) { cs->batch++; }

void x64_code_end(X64CodeSpace *cs)
{
    if (cs->batch == 0 || --cs->batch > 0) return;
    for (Chunk *c = cs->chunks; c; c = c->next) (void)protect(c, false);
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

void *x64_code_install(X64CodeSpace *cs, const X64Asm *a)
{
    if (!cs || a->oom || a->len == 0) return NULL;
    size_t len = round_up(a->len, CODE_ALIGN);
    uint8_t *at = take_free(cs, len);
    if (!at) at = take_bump(cs, len);
    if (!at) return NULL;
    Chunk *c = chunk_of(cs, at);
    if (!cs->batch && !c->writable) {
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
    if (open_for_write(c)) {
        memset(at, INT3, span);
        seal_unless_batch(cs, c);
    }
    if (!give_free(cs, c, at, span)) return;   /* lost to the allocator: leaks, stays safe */
    cs->live -= len <= cs->live ? len : cs->live;
}

size_t x64_code_bytes(const X64CodeSpace *cs) { return cs ? cs->live : 0; }
