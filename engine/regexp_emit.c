/*
 * regexp_emit.c -- AST -> int32 program (prefix re_; the instruction set is
 * regexp_ops.h, the AST regexp_ast.h).
 *
 * Lookbehind bodies are emitted backwards: terms in reverse order, every
 * consuming op or'ed with RE_BACK.  The flags of a node (case folding,
 * dotAll) are the ones in force where it was parsed, so pattern modifiers
 * need nothing here.  Quantified single characters become STAR (no loop
 * registers); other quantifiers LOOP_* with a register pair each.
 */
#include <stdlib.h>
#include <string.h>

#include "regexp.h"
#include "regexp_ast.h"
#include "regexp_ops.h"


static uint32_t emit(Emitter *e, int32_t w)
{
    if (e->len == e->cap) {
        uint32_t nc = e->cap ? e->cap * 2 : 64;
        int32_t *nw = realloc(e->code, nc * sizeof *nw);
        if (!nw) {
            e->oom = true;
            return e->len;
        }
        e->code = nw;
        e->cap = nc;
    }
    e->code[e->len] = w;
    return e->len++;
}

static void patch(Emitter *e, uint32_t at, int32_t v)
{
    if (at < e->len) e->code[at] = v;
}

/* A single-character matcher: CHAR/ANY/CLASS (used by the simple-star fast path). */
static bool is_single_char(const Node *n) { return n->kind == N_CHAR || n->kind == N_ANY || n->kind == N_CLASS; }

static void emit_node(Parser *ps, Emitter *e, Node *n, bool back);

static void emit_char_op(Parser *ps, Emitter *e, Node *n, int32_t backbit)
{
    bool icase = (n->flags & RE_FLAG_I) != 0;
    switch (n->kind) {
    case N_CHAR: {
        uint32_t c = (uint32_t)n->a;
        if (icase && re_canonicalize(c, ps->u) != c) {
            emit(e, RE_OP_CHARI | backbit);
            emit(e, (int32_t)re_canonicalize(c, ps->u));
        } else if (icase) {
            /* c may be the canonical form of other characters */
            emit(e, RE_OP_CHARI | backbit);
            emit(e, (int32_t)c);
        } else {
            emit(e, RE_OP_CHAR | backbit);
            emit(e, (int32_t)c);
        }
        break;
    }
    case N_ANY:
        emit(e, ((n->flags & RE_FLAG_S) ? RE_OP_ALL : RE_OP_ANY) | backbit);
        break;
    case N_CLASS: {
        CharSet s = { 0 };
        const uint32_t *r = n->ranges;
        uint32_t nr = n->nranges;
        if (icase) {
            re_class_fold(ps, n, &s);
            r = s.r;
            nr = s.n;
        }
        emit(e, (icase ? RE_OP_CLASSI : RE_OP_CLASS) | backbit);
        emit(e, n->neg);
        emit(e, (int32_t)nr);
        for (uint32_t i = 0; i < 2 * nr; i++) emit(e, (int32_t)r[i]);
        free(s.r);
        break;
    }
    case N_EMPTY: case N_ASSERT: case N_BACKREF: case N_NAMEDREF: case N_GROUP:
    case N_LOOK: case N_QUANT: case N_SEQ: case N_ALT: case N_STRSET:
        break;   /* not single-character nodes */
    }
}

/* The groups named name (GroupSpecifiersThatMatch): how many, the first in *first. */
static uint32_t find_name(Parser *ps, const uint16_t *name, uint32_t len, int32_t *first)
{
    uint32_t n = 0;
    for (uint32_t i = 1; i < ps->ncaps; i++)
        if (ps->names[i] && ps->name_lens[i] == len && !memcmp(ps->names[i], name, len * 2) && !n++)
            *first = (int32_t)i;
    return n;
}

static void emit_quant(Parser *ps, Emitter *e, Node *n, bool back)
{
    Node *atom = n->kids[0];
    int32_t mn = n->a, mx = n->b;
    int32_t backbit = back ? RE_BACK : 0;
    if (mx == 0) return;
    if (is_single_char(atom) && !ps->u) {
        emit(e, RE_OP_STAR);
        emit(e, mn);
        emit(e, mx);
        emit(e, n->c);
        uint32_t lenpos = emit(e, 0);
        uint32_t start = e->len;
        emit_char_op(ps, e, atom, backbit);
        patch(e, lenpos, (int32_t)(e->len - start));
        return;
    }
    if (mn == 1 && mx == 1) {
        emit_node(ps, e, atom, back);
        return;
    }
    int32_t r = (int32_t)ps->nregs;
    ps->nregs += 2;
    emit(e, RE_OP_LOOP_INIT);
    emit(e, r);
    uint32_t head = emit(e, RE_OP_LOOP);
    emit(e, r);
    emit(e, mn);
    emit(e, mx);
    emit(e, n->c);
    uint32_t exitpos = emit(e, 0);
    emit(e, RE_OP_LOOP_BODY);
    emit(e, r);
    emit(e, n->cap_lo);
    emit(e, n->cap_hi);
    emit_node(ps, e, atom, back);
    emit(e, RE_OP_LOOP_END);
    emit(e, r);
    emit(e, mn);
    emit(e, (int32_t)head);
    patch(e, exitpos, (int32_t)e->len);
}

/* ---- class strings as a trie ---------------------------------------------------------
 *
 * A v-mode class with strings matches like an alternation of its strings,
 * longest first, then its single characters, then the empty string.  At a
 * given position the strings that can match form a chain of prefixes of
 * the input (of suffixes, matching backwards in a lookbehind), so "longest
 * first" is "deepest first" in a trie of the strings read in the matching
 * direction: each trie node tries its children before accepting the
 * string that ends there.  That keeps the program and each attempt
 * proportional to the input read, not to the number of strings
 * (\p{RGI_Emoji} has about 3,600). */

typedef struct StrRef {
    const uint32_t *s;
    uint32_t n;
} StrRef;

static uint32_t str_at(const StrRef *r, uint32_t i, bool back) { return back ? r->s[r->n - 1 - i] : r->s[i]; }

static int cmp_str_dir(const StrRef *a, const StrRef *b, bool back)
{
    for (uint32_t i = 0; i < a->n && i < b->n; i++) {
        uint32_t x = str_at(a, i, back), y = str_at(b, i, back);
        if (x != y) return x < y ? -1 : 1;
    }
    return a->n < b->n ? -1 : a->n > b->n;
}
static int cmp_str_fwd(const void *a, const void *b) { return cmp_str_dir(a, b, false); }
static int cmp_str_back(const void *a, const void *b) { return cmp_str_dir(a, b, true); }

/* Alternative i of a SPLIT chain over k alternatives: call before its
 * code; *split_at is the open SPLIT to patch.  emit_alt_end after it. */
static void emit_alt_begin(Emitter *e, uint32_t i, uint32_t k, uint32_t *split_at)
{
    if (i + 1 < k) {
        *split_at = emit(e, RE_OP_SPLIT);
        emit(e, 0);
        emit(e, 0);
        patch(e, *split_at + 1, (int32_t)e->len);
    }
}
static void emit_alt_end(Emitter *e, uint32_t i, uint32_t k, uint32_t split_at, uint32_t *jumps)
{
    if (i + 1 < k) {
        jumps[i] = emit(e, RE_OP_JMP);
        emit(e, 0);
        patch(e, split_at + 2, (int32_t)e->len);
    }
}

static void emit_trie_switch(Parser *ps, Emitter *e, const Node *set, StrRef *r, uint32_t first, uint32_t hi,
                             uint32_t d, bool back, uint32_t k, const Node *cls, bool ends);

/* The trie below the common prefix of length d of r[lo, hi) (sorted in
 * matching order): one alternative per next character, then the string
 * that ends here, if any.  at_root adds the single characters (cls) and
 * the empty string after the strings. */
static void emit_trie(Parser *ps, Emitter *e, const Node *set, StrRef *r, uint32_t lo, uint32_t hi, uint32_t d,
                      bool back, const Node *cls, bool empty)
{
    uint32_t k = 0, first = lo;
    bool ends = false;
    while (first < hi && r[first].n == d) {   /* sorted: the string ending here comes first */
        ends = true;
        first++;
    }
    for (uint32_t i = first; i < hi; k++) {
        uint32_t c = str_at(&r[i], d, back);
        while (i < hi && str_at(&r[i], d, back) == c) i++;
    }
    uint32_t nalts = k + (ends || empty) + (cls != NULL);
    uint32_t *jumps = malloc((nalts ? nalts : 1) * sizeof *jumps);
    if (!jumps) {
        e->oom = true;
        return;
    }
    uint32_t alt = 0, split_at = 0;
    int32_t backbit = back ? RE_BACK : 0;
    if (k > 4) {   /* many children: dispatch on the next character (TRIE) */
        free(jumps);
        emit_trie_switch(ps, e, set, r, first, hi, d, back, k, cls, ends || empty);
        return;
    }
    for (uint32_t i = first; i < hi; alt++) {
        uint32_t c = str_at(&r[i], d, back), j = i;
        while (j < hi && str_at(&r[j], d, back) == c) j++;
        emit_alt_begin(e, alt, nalts, &split_at);
        Node ch = { .kind = N_CHAR, .a = (int32_t)c, .flags = set->flags };
        emit_char_op(ps, e, &ch, backbit);
        emit_trie(ps, e, set, r, i, j, d + 1, back, NULL, false);
        emit_alt_end(e, alt, nalts, split_at, jumps);
        i = j;
    }
    if (cls) {
        emit_alt_begin(e, alt, nalts, &split_at);
        emit_char_op(ps, e, (Node *)cls, backbit);
        emit_alt_end(e, alt, nalts, split_at, jumps);
        alt++;
    }
    if (ends || empty) {   /* the string ending here: nothing more to match */
        emit_alt_begin(e, alt, nalts, &split_at);
        emit_alt_end(e, alt, nalts, split_at, jumps);
        alt++;
    }
    for (uint32_t i = 0; i + 1 < nalts; i++) patch(e, jumps[i] + 1, (int32_t)e->len);
    free(jumps);
    if (nalts == 0) {   /* an empty set: never matches */
        emit(e, RE_OP_CLASS);
        emit(e, 0);
        emit(e, 0);
    }
}

/* emit_trie for a node with k > 4 children: TRIE, the children (each
 * ending in a jump past the rest), then the fallback alternatives. */
static void emit_trie_switch(Parser *ps, Emitter *e, const Node *set, StrRef *r, uint32_t first, uint32_t hi,
                             uint32_t d, bool back, uint32_t k, const Node *cls, bool ends)
{
    int32_t backbit = back ? RE_BACK : 0;
    uint32_t at = emit(e, RE_OP_TRIE | backbit);
    emit(e, (set->flags & RE_FLAG_I) != 0);
    emit(e, (int32_t)k);
    emit(e, 0);   /* fallback */
    for (uint32_t i = 0; i < 2 * k; i++) emit(e, 0);
    uint32_t *jumps = malloc(k * sizeof *jumps);
    if (!jumps) {
        e->oom = true;
        return;
    }
    uint32_t child = 0;
    for (uint32_t i = first; i < hi; child++) {   /* r is sorted: children in character order */
        uint32_t c = str_at(&r[i], d, back), j = i;
        while (j < hi && str_at(&r[j], d, back) == c) j++;
        patch(e, at + 4 + 2 * child, (int32_t)c);
        patch(e, at + 5 + 2 * child, (int32_t)e->len);
        Node ch = { .kind = N_CHAR, .a = (int32_t)c, .flags = set->flags };
        emit_char_op(ps, e, &ch, backbit);
        emit_trie(ps, e, set, r, i, j, d + 1, back, NULL, false);
        jumps[child] = emit(e, RE_OP_JMP);
        emit(e, 0);
        i = j;
    }
    patch(e, at + 3, (int32_t)e->len);
    uint32_t nalts = (cls != NULL) + ends, split_at = 0, fj[2] = { 0, 0 };
    if (cls) {
        emit_alt_begin(e, 0, nalts, &split_at);
        emit_char_op(ps, e, (Node *)cls, backbit);
        emit_alt_end(e, 0, nalts, split_at, fj);
    }
    if (nalts == 0) {   /* no fallback: fail */
        emit(e, RE_OP_CLASS);
        emit(e, 0);
        emit(e, 0);
    }
    if (nalts == 2) patch(e, fj[0] + 1, (int32_t)e->len);
    for (uint32_t i = 0; i < k; i++) patch(e, jumps[i] + 1, (int32_t)e->len);
    free(jumps);
}

static void emit_strset(Parser *ps, Emitter *e, const Node *n, bool back)
{
    StrRef *r = malloc((n->nstrs ? n->nstrs : 1) * sizeof *r);
    if (!r) {
        e->oom = true;
        return;
    }
    uint32_t m = 0;
    for (uint32_t i = 0; i < n->nstrs; i++)
        if (n->slens[i] > 0) r[m++] = (StrRef){ n->strs[i], n->slens[i] };   /* the empty one is n->a */
    qsort(r, m, sizeof *r, back ? cmp_str_back : cmp_str_fwd);
    emit_trie(ps, e, n, r, 0, m, 0, back, n->kids[0], n->a != 0);
    free(r);
}

static void emit_node(Parser *ps, Emitter *e, Node *n, bool back)
{
    int32_t backbit = back ? RE_BACK : 0;
    switch (n->kind) {
    case N_EMPTY: break;
    case N_CHAR:
    case N_ANY:
    case N_CLASS: emit_char_op(ps, e, n, backbit); break;
    case N_ASSERT: emit(e, n->a); break;
    case N_BACKREF:
    case N_NAMEDREF: {
        int32_t g = n->a;
        uint32_t count = n->kind == N_BACKREF ? 1 : find_name(ps, n->name, n->name_len, &g);
        if (count == 0) {
            fail(ps, "Invalid named capture referenced");
            break;
        }
        bool icase = (n->flags & RE_FLAG_I) != 0;
        if (count == 1) {
            emit(e, (icase ? RE_OP_BACKREFI : RE_OP_BACKREF) | backbit);
            emit(e, g);
            break;
        }
        /* a duplicated name: whichever of its groups participated (at most one can) */
        emit(e, RE_OP_BACKREFN | backbit);
        emit(e, icase);
        emit(e, (int32_t)count);
        for (uint32_t i = (uint32_t)g; i < ps->ncaps; i++)
            if (ps->names[i] && ps->name_lens[i] == n->name_len && !memcmp(ps->names[i], n->name, n->name_len * 2))
                emit(e, (int32_t)i);
        break;
    }
    case N_GROUP:
        if (n->a) {
            emit(e, RE_OP_SAVE);
            emit(e, 2 * n->a + (back ? 1 : 0));
        }
        emit_node(ps, e, n->kids[0], back);
        if (n->a) {
            emit(e, RE_OP_SAVE);
            emit(e, 2 * n->a + (back ? 0 : 1));
        }
        break;
    case N_LOOK: {
        bool behind = n->a == RE_LOOK_BEHIND || n->a == RE_LOOK_NBEHIND;
        emit(e, RE_OP_LOOK);
        emit(e, n->a);
        uint32_t endpos = emit(e, 0);
        emit(e, n->cap_lo);
        emit(e, n->cap_hi);
        emit_node(ps, e, n->kids[0], behind);
        emit(e, RE_OP_LOOK_END);
        patch(e, endpos, (int32_t)e->len);
        break;
    }
    case N_QUANT: emit_quant(ps, e, n, back); break;
    case N_STRSET: emit_strset(ps, e, n, back); break;
    case N_SEQ:
        if (back) {
            for (uint32_t i = n->nkids; i-- > 0;) emit_node(ps, e, n->kids[i], back);
        } else {
            for (uint32_t i = 0; i < n->nkids; i++) emit_node(ps, e, n->kids[i], back);
        }
        break;
    case N_ALT: {
        /* SPLIT L1 next; L1: alt; JMP end; next: SPLIT ... */
        uint32_t *jumps = malloc(n->nkids * sizeof *jumps);
        if (!jumps) {
            e->oom = true;
            break;
        }
        for (uint32_t i = 0; i < n->nkids; i++) {
            uint32_t split = 0;
            if (i + 1 < n->nkids) {
                split = emit(e, RE_OP_SPLIT);
                emit(e, 0);
                emit(e, 0);
                patch(e, split + 1, (int32_t)e->len);
            }
            emit_node(ps, e, n->kids[i], back);
            if (i + 1 < n->nkids) {
                jumps[i] = emit(e, RE_OP_JMP);
                emit(e, 0);
                patch(e, split + 2, (int32_t)e->len);
            }
        }
        for (uint32_t i = 0; i + 1 < n->nkids; i++) patch(e, jumps[i] + 1, (int32_t)e->len);
        free(jumps);
        break;
    }
    }
}

void re_emit_program(Parser *ps, Emitter *e, Node *root)
{
    emit(e, RE_OP_SAVE);
    emit(e, 0);
    emit_node(ps, e, root, false);
    emit(e, RE_OP_SAVE);
    emit(e, 1);
    emit(e, RE_OP_MATCH);
    if (e->oom && !ps->error) ps->error = "Regular expression too large";
}

/* ---- first units (re_exec skips start positions outside the set) ---------------- */

static void add_units(ReFirstSet *fs, uint32_t lo, uint32_t hi)
{
    if (hi > 255) fs->high = true;
    for (uint32_t u = lo; u <= hi && u < 256; u++) fs->units[u >> 5] |= 1u << (u & 31);
}

bool re_first_units(const Node *n, ReFirstSet *fs)
{
    bool icase = (n->flags & RE_FLAG_I) != 0;
    switch (n->kind) {
    case N_EMPTY:
    case N_ASSERT:
    case N_LOOK: return true;   /* zero-width: the match starts with what follows */
    case N_CHAR:
        if (icase) fs->all = true;
        else add_units(fs, (uint32_t)n->a, (uint32_t)n->a);   /* u: an astral char starts with a surrogate (high) */
        return false;
    case N_CLASS:
        if (icase) {
            fs->all = true;
        } else if (n->neg) {
            /* the complement of the ranges below 256; everything above may match */
            uint32_t next = 0;
            for (uint32_t i = 0; i < n->nranges && next < 256; i++) {
                if (n->ranges[2 * i] > next) add_units(fs, next, n->ranges[2 * i] - 1);
                next = n->ranges[2 * i + 1] + 1;
            }
            if (next < 256) add_units(fs, next, 255);
            fs->high = true;
        } else {
            for (uint32_t i = 0; i < n->nranges; i++) add_units(fs, n->ranges[2 * i], n->ranges[2 * i + 1]);
        }
        return false;
    case N_ANY:
    case N_STRSET:
        fs->all = true;
        return false;
    case N_BACKREF:
    case N_NAMEDREF:
        fs->all = true;
        return true;
    case N_GROUP: return re_first_units(n->kids[0], fs);
    case N_QUANT: {
        if (n->b == 0) return true;   /* {0}: the body never runs */
        bool empty = re_first_units(n->kids[0], fs);
        return empty || n->a == 0;
    }
    case N_SEQ:
        for (uint32_t i = 0; i < n->nkids; i++)
            if (!re_first_units(n->kids[i], fs)) return false;
        return true;
    case N_ALT: {
        bool empty = false;
        for (uint32_t i = 0; i < n->nkids; i++) empty |= re_first_units(n->kids[i], fs);
        return empty;
    }
    }
    return true;
}
