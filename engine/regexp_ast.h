/*
 * regexp_ast.h -- the regexp compiler's AST and parser state, shared by the
 * parser (regexp_parse.c) and the code emitter (regexp_emit.c); private to
 * those two files (prefix re_).
 *
 * Nodes, their arrays and strings live in the parser's malloc arena
 * (palloc), freed in one go after emission; CharSet ranges are plain
 * malloc'd and freed by whoever built them.
 */
#ifndef TL_REGEXP_AST_H
#define TL_REGEXP_AST_H

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>

struct VM;

typedef enum NodeKind {
    N_EMPTY, N_CHAR, N_ANY, N_CLASS, N_ASSERT, N_BACKREF, N_NAMEDREF,
    N_GROUP, N_LOOK, N_QUANT, N_SEQ, N_ALT, N_STRSET,
} NodeKind;

typedef struct Node {
    NodeKind kind;
    int32_t a, b, c;            /* CHAR: a=char; ASSERT: a=op; BACKREF: a=group; GROUP: a=index (0 = none);
                                   LOOK: a=kind; QUANT: a=min b=max c=greedy */
    int32_t cap_lo, cap_hi;     /* QUANT/LOOK: captures [lo, hi) inside */
    uint32_t *ranges;           /* CLASS: pairs */
    uint32_t nranges;
    bool neg;
    const uint16_t *name;       /* NAMEDREF */
    uint32_t name_len;
    uint32_t flags;             /* ReFlag bits in force where the node was parsed (modifiers) */
    uint32_t **strs;            /* STRSET: the strings (>= 2 code points); kids[0] the CLASS of single
                                   characters or NULL; a: the empty string is a member */
    uint32_t *slens, nstrs;
    struct Node **kids;
    uint32_t nkids;
} Node;

typedef struct Parser {
    struct VM *vm;
    const uint16_t *p;
    uint32_t len, pos;
    uint32_t flags;
    bool u, named_mode;
    uint32_t ncaps;             /* groups seen so far + 1 */
    uint32_t total_caps;        /* from the pre-scan */
    uint32_t nregs;
    const char *error;          /* first syntax error */
    void **allocs;              /* arena: every malloc, freed at the end */
    size_t nallocs, cap_allocs;
    /* group names, by group index */
    const uint16_t **names;
    uint32_t *name_lens;
    uint16_t *name_store;       /* decoded names (may differ from source by escapes) */
    /* Duplicate named groups: the open Disjunctions from the root down, as
     * (id, alternative) pairs, and that path for each named group. */
    uint32_t *disj_stack;
    uint32_t disj_depth, next_disj;
    uint32_t **paths;
    uint32_t *path_lens;
    bool mod_icase;             /* some (?i:...) modifier group turns i on */
    int depth;
} Parser;

/* The first syntax error wins; always false (for `return fail(...)`). */
static inline bool fail(Parser *ps, const char *msg)
{
    if (!ps->error) ps->error = msg;
    return false;
}

/* ---- character sets: sorted, merged (lo, hi) code point ranges ---------------- */

typedef struct CharSet {
    uint32_t *r;     /* pairs lo, hi */
    uint32_t n, cap; /* number of pairs */
} CharSet;

static inline void cs_add(CharSet *s, uint32_t lo, uint32_t hi)
{
    if (s->n == s->cap) {
        uint32_t nc = s->cap ? s->cap * 2 : 8;
        uint32_t *nr = realloc(s->r, nc * 2 * sizeof *nr);
        if (!nr) return;
        s->r = nr;
        s->cap = nc;
    }
    s->r[2 * s->n] = lo;
    s->r[2 * s->n + 1] = hi;
    s->n++;
}

static inline int cmp_pair(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

static inline void cs_normalize(CharSet *s)
{
    if (s->n < 2) return;
    qsort(s->r, s->n, 2 * sizeof(uint32_t), cmp_pair);
    uint32_t w = 0;
    for (uint32_t i = 1; i < s->n; i++) {
        if (s->r[2 * i] <= s->r[2 * w + 1] + 1) {
            if (s->r[2 * i + 1] > s->r[2 * w + 1]) s->r[2 * w + 1] = s->r[2 * i + 1];
        } else {
            w++;
            s->r[2 * w] = s->r[2 * i];
            s->r[2 * w + 1] = s->r[2 * i + 1];
        }
    }
    s->n = w + 1;
}

/* ---- code ------------------------------------------------------------------------ */

typedef struct Emitter {
    int32_t *code;
    uint32_t len, cap;
    bool oom;
} Emitter;

/* regexp_parse.c: n's ranges plus their case-fold equivalents (i flag) into out. */
void re_class_fold(const Parser *ps, const Node *n, CharSet *out);
/* regexp_emit.c: the whole program for root into e (SAVE 0, body, SAVE 1, MATCH);
 * errors (a \\k<name> without its group) land in ps->error, OOM in e->oom. */
void re_emit_program(Parser *ps, Emitter *e, Node *root);

/* regexp_emit.c: the code units a match of n can start with.  Adds unit u < 256
 * as bit u of fs->units, any unit >= 256 as fs->high; fs->all when no useful
 * set is known (case folding, backreferences, string sets, any char).
 * Returns whether n can match the empty string (then what follows n starts
 * the match too).  Conservative: a unit outside the set never starts a match. */
typedef struct ReFirstSet {
    uint32_t units[8];
    bool high, all;
} ReFirstSet;
bool re_first_units(const Node *n, ReFirstSet *fs);

#endif
