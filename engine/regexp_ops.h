/*
 * regexp_ops.h -- the regexp program's instruction set (private to
 * regexp_parse.c and regexp_exec.c).  Code is an int32 array; operands
 * follow the opcode.  Pcs are absolute word indices.  Consuming ops or'ed
 * with RE_BACK read right to left (lookbehind bodies).
 */
#ifndef TL_REGEXP_OPS_H
#define TL_REGEXP_OPS_H

#define RE_BACK 0x100

/* RE_OP(name, operand words or -1 when variable) */
#define RE_OPS(X)                                                                        \
    X(CHAR, 1)       /* c: the unit / code point c */                                    \
    X(CHARI, 1)      /* c: canonicalized char equals c */                                \
    X(ANY, 0)        /* any but line terminators */                                      \
    X(ALL, 0)        /* any (s flag) */                                                  \
    X(CLASS, -1)     /* neg, n, n pairs lo hi (sorted) */                                \
    X(CLASSI, -1)    /* same, tested on the canonicalized char */                        \
    X(BOL, 0) X(EOL, 0) X(BOLM, 0) X(EOLM, 0) X(WORDB, 0) X(NWORDB, 0)                  \
    X(WORDBI, 0) X(NWORDBI, 0) /* \b \B under i + u: U+017F and U+212A are word chars */     \
    X(SPLIT, 2)      /* a, b: try a, on failure b */                                     \
    X(JMP, 1)                                                                            \
    X(SAVE, 1)       /* capture slot */                                                  \
    X(BACKREF, 1) X(BACKREFI, 1)                                                         \
    X(BACKREFN, -1)  /* icase, n, n groups: \k<name> of a duplicated name (one participates) */ \
    X(LOOP_INIT, 1)  /* r: count = 0 */                                                  \
    X(LOOP, 5)       /* r min max greedy exit */                                         \
    X(LOOP_BODY, 3)  /* r cap_lo cap_hi: remember the start, clear inner captures */    \
    X(LOOP_END, 3)   /* r min head: reject empty iterations past min, count++ */         \
    X(STAR, 4)       /* min max greedy len, then one single-char op of len words */      \
    X(LOOK, 4)       /* kind end cap_lo cap_hi; body ends with LOOK_END */               \
    X(LOOK_END, 0)                                                                       \
    X(TRIE, -1)      /* icase n fallback, n pairs (c, pc) sorted by c: a class-string trie node */ \
    X(MATCH, 0)

enum {
#define X(name, n) RE_OP_##name,
    RE_OPS(X)
#undef X
};

enum { RE_LOOK_AHEAD, RE_LOOK_NAHEAD, RE_LOOK_BEHIND, RE_LOOK_NBEHIND };

#endif
