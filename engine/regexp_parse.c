/*
 * regexp_parse.c -- pattern text -> program (prefix re_).
 *
 * Pipeline: pre-scan (count capture groups, find group names, as Annex B and
 * \k need them before parsing) -> recursive-descent parse into a small AST in
 * a malloc'd arena -> emit int32 code (regexp_ops.h) into a CELL_BYTES cell.
 * Lookbehind bodies are emitted in backward direction (terms in reverse,
 * every consuming op flagged RE_BACK), which is how the matcher reads them
 * right to left.  Pattern modifiers (?ims-ims:...) are resolved while
 * parsing: every node records the flags in force where it stands, and the
 * emitter picks CHARI / ALL / BOLM / BACKREFI / WORDBI from those.  A
 * group name may repeat in different alternatives (MightBothParticipate is
 * checked on the path of (Disjunction, Alternative) pairs of each group);
 * \k<name> of such a name is BACKREFN over all its groups.
 * Syntax errors are SyntaxErrors with V8's wording:
 * "Invalid regular expression: /p/flags: <reason>".
 */
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "heap.h"
#include "object.h"
#include "regexp.h"
#include "regexp_ops.h"
#include "str.h"
#include "vm.h"

#include "regexp_unicode.inc"
#include "regexp_props.inc"

/* ---- case mapping --------------------------------------------------------- */

static uint32_t map_lookup(const uint16_t (*map)[2], size_t n, uint32_t c)
{
    if (c > 0xFFFF) return c;
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (map[mid][0] == c) return map[mid][1];
        if (map[mid][0] < c) lo = mid + 1;
        else hi = mid;
    }
    return c;
}

static uint32_t fold_supp(uint32_t c)
{
    size_t lo = 0, hi = sizeof fold_map_supp / sizeof fold_map_supp[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (fold_map_supp[mid][0] == c) return fold_map_supp[mid][1];
        if (fold_map_supp[mid][0] < c) lo = mid + 1;
        else hi = mid;
    }
    return c;
}

static uint32_t simple_upper(uint32_t c)
{
    if (c < 128) return (c >= 'a' && c <= 'z') ? c - 32 : c;
    return map_lookup(upper_map, sizeof upper_map / sizeof upper_map[0], c);
}

/* Canonicalize (ECMA-262 22.2.2.7.3): with u, simple case folding; else the
 * uppercase of c when it is a single unit, except that a non-ASCII char
 * never maps into ASCII. */
uint32_t re_canonicalize(uint32_t c, bool unicode)
{
    if (unicode) {   /* u mode: simple case folding */
        if (c < 128) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
        if (c > 0xFFFF) return fold_supp(c);
        return map_lookup(fold_map, sizeof fold_map / sizeof fold_map[0], c);
    }
    uint32_t u = simple_upper(c);
    if (!unicode && c >= 128 && u < 128) return c;
    return u;
}

/* ---- AST ------------------------------------------------------------------ */

typedef enum NodeKind {
    N_EMPTY, N_CHAR, N_ANY, N_CLASS, N_ASSERT, N_BACKREF, N_NAMEDREF,
    N_GROUP, N_LOOK, N_QUANT, N_SEQ, N_ALT,
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
    struct Node **kids;
    uint32_t nkids;
} Node;

typedef struct Parser {
    VM *vm;
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

static void *palloc(Parser *ps, size_t n)
{
    if (ps->nallocs == ps->cap_allocs) {
        size_t nc = ps->cap_allocs ? ps->cap_allocs * 2 : 64;
        void **na = realloc(ps->allocs, nc * sizeof *na);
        if (!na) return NULL;
        ps->allocs = na;
        ps->cap_allocs = nc;
    }
    void *m = calloc(1, n ? n : 1);
    if (m) ps->allocs[ps->nallocs++] = m;
    return m;
}

static Node *node(Parser *ps, NodeKind k)
{
    Node *n = palloc(ps, sizeof *n);
    if (!n) {
        ps->error = "Regular expression too large";
        return NULL;
    }
    n->kind = k;
    n->flags = ps->flags;
    return n;
}

static bool fail(Parser *ps, const char *msg)
{
    if (!ps->error) ps->error = msg;
    return false;
}

/* A growable list of nodes (children of SEQ/ALT). */
typedef struct NodeList {
    Node **v;
    uint32_t n, cap;
} NodeList;

static bool list_add(Parser *ps, NodeList *l, Node *x)
{
    if (l->n == l->cap) {
        uint32_t nc = l->cap ? l->cap * 2 : 4;
        Node **nv = palloc(ps, nc * sizeof *nv);
        if (!nv) return fail(ps, "Regular expression too large");
        if (l->n) memcpy(nv, l->v, l->n * sizeof *nv);
        l->v = nv;
        l->cap = nc;
    }
    l->v[l->n++] = x;
    return true;
}

/* ---- character sets ------------------------------------------------------- */

typedef struct CharSet {
    uint32_t *r;     /* pairs lo, hi */
    uint32_t n, cap; /* number of pairs */
} CharSet;

static void cs_add(CharSet *s, uint32_t lo, uint32_t hi)
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

static int cmp_pair(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

static void cs_normalize(CharSet *s)
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

static void cs_add_table(CharSet *s, const uint32_t (*t)[2], size_t n, bool negate)
{
    if (!negate) {
        for (size_t i = 0; i < n; i++) cs_add(s, t[i][0], t[i][1]);
        return;
    }
    uint32_t next = 0;
    for (size_t i = 0; i < n; i++) {
        if (t[i][0] > next) cs_add(s, next, t[i][0] - 1);
        next = t[i][1] + 1;
    }
    if (next <= 0x10FFFF) cs_add(s, next, 0x10FFFF);
}

static const uint32_t digit_ranges[][2] = { { '0', '9' } };
static const uint32_t word_ranges[][2] = { { '0', '9' }, { 'A', 'Z' }, { '_', '_' }, { 'a', 'z' } };
static const uint32_t space_ranges[][2] = {
    { 9, 13 }, { 0x20, 0x20 }, { 0xA0, 0xA0 }, { 0x1680, 0x1680 }, { 0x2000, 0x200A },
    { 0x2028, 0x2029 }, { 0x202F, 0x202F }, { 0x205F, 0x205F }, { 0x3000, 0x3000 }, { 0xFEFF, 0xFEFF },
};
#define TABLE(t) t, sizeof t / sizeof t[0]

/* \p{Name}, \p{Name=Value} (22.2.2.9): the entry of re_props, or -1. */
static int prop_find(int kind, const char *name)
{
    for (size_t i = 0; i < sizeof re_props / sizeof re_props[0]; i++)
        if (re_props[i].kind == kind && !strcmp(re_props[i].name, name)) return (int)i;
    return -1;
}

static int prop_lookup(const char *text)
{
    const char *eq = strchr(text, '=');
    if (!eq) {   /* a General_Category value, else a binary property */
        int i = prop_find(RE_PROP_GC, text);
        return i >= 0 ? i : prop_find(RE_PROP_BIN, text);
    }
    size_t n = (size_t)(eq - text);
    int kind;
    if ((n == 16 && !strncmp(text, "General_Category", n)) || (n == 2 && !strncmp(text, "gc", n))) kind = RE_PROP_GC;
    else if ((n == 6 && !strncmp(text, "Script", n)) || (n == 2 && !strncmp(text, "sc", n))) kind = RE_PROP_SC;
    else if ((n == 17 && !strncmp(text, "Script_Extensions", n)) || (n == 3 && !strncmp(text, "scx", n))) kind = RE_PROP_SCX;
    else return -1;
    return prop_find(kind, eq + 1);
}

/* ---- lexing helpers ------------------------------------------------------- */

static bool at_end(Parser *ps) { return ps->pos >= ps->len; }
static uint32_t peek(Parser *ps) { return ps->pos < ps->len ? ps->p[ps->pos] : 0xFFFFFFFFu; }
static uint32_t peek_at(Parser *ps, uint32_t k) { return ps->pos + k < ps->len ? ps->p[ps->pos + k] : 0xFFFFFFFFu; }

/* Next pattern character: a code point in u mode (surrogate pairs joined). */
static uint32_t next_char(Parser *ps)
{
    uint32_t c = ps->p[ps->pos++];
    if (ps->u && c >= 0xD800 && c <= 0xDBFF && ps->pos < ps->len) {
        uint32_t d = ps->p[ps->pos];
        if (d >= 0xDC00 && d <= 0xDFFF) {
            ps->pos++;
            return 0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00);
        }
    }
    return c;
}

static int hexval(uint32_t c)
{
    if (c >= '0' && c <= '9') return (int)(c - '0');
    if (c >= 'a' && c <= 'f') return (int)(c - 'a' + 10);
    if (c >= 'A' && c <= 'F') return (int)(c - 'A' + 10);
    return -1;
}

static bool is_syntax_char(uint32_t c)
{
    return c < 128 && c && strchr("^$\\.*+?()[]{}|/", (int)c);
}

/* Reads n hex digits at the cursor; -1 if they are not all there. */
static int64_t read_hex(Parser *ps, int n)
{
    int64_t v = 0;
    for (int i = 0; i < n; i++) {
        int h = hexval(peek_at(ps, (uint32_t)i));
        if (h < 0) return -1;
        v = v * 16 + h;
    }
    ps->pos += (uint32_t)n;
    return v;
}

/* After "\u": \uXXXX (joined with a following \uXXXX low surrogate in u
 * mode) or \u{...} in u mode.  -1: not a valid escape. */
static int64_t read_unicode_escape(Parser *ps)
{
    if (peek(ps) == '{' && ps->u) {
        uint32_t save = ps->pos++;
        int64_t v = 0;
        int digits = 0;
        while (hexval(peek(ps)) >= 0) {
            v = v * 16 + hexval(peek(ps));
            ps->pos++;
            digits++;
            if (v > 0x10FFFF) break;
        }
        if (!digits || peek(ps) != '}' || v > 0x10FFFF) {
            ps->pos = save;
            return -1;
        }
        ps->pos++;
        return v;
    }
    int64_t v = read_hex(ps, 4);
    if (v < 0) return -1;
    if (ps->u && v >= 0xD800 && v <= 0xDBFF && peek(ps) == '\\' && peek_at(ps, 1) == 'u') {
        uint32_t save = ps->pos;
        ps->pos += 2;
        int64_t w = read_hex(ps, 4);
        if (w >= 0xDC00 && w <= 0xDFFF) return 0x10000 + ((v - 0xD800) << 10) + (w - 0xDC00);
        ps->pos = save;
    }
    return v;
}

static bool is_id_start(uint32_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '$' || c == '_' || c >= 0x80;
}
static bool is_id_part(uint32_t c) { return is_id_start(c) || (c >= '0' && c <= '9') || c == 0x200C || c == 0x200D; }

/* GroupName after "<": reads up to '>' into the name store. */
static bool read_group_name(Parser *ps, const uint16_t **out, uint32_t *out_len)
{
    uint16_t *buf = palloc(ps, (ps->len + 1) * sizeof *buf);
    if (!buf) return fail(ps, "Regular expression too large");
    uint32_t n = 0;
    for (;;) {
        if (at_end(ps)) return fail(ps, "Invalid capture group name");
        uint32_t c = ps->p[ps->pos];
        if (c == '>') {
            ps->pos++;
            break;
        }
        bool saved_u = ps->u;
        ps->u = true;   /* names always join surrogate pairs */
        c = next_char(ps);
        if (c == '\\') {
            if (peek(ps) != 'u') {
                ps->u = saved_u;
                return fail(ps, "Invalid capture group name");
            }
            ps->pos++;
            int64_t v = read_unicode_escape(ps);
            if (v < 0 && peek(ps) == '{') {   /* \u{...} is allowed in names even without u */
                ps->pos++;
                v = 0;
                while (hexval(peek(ps)) >= 0 && v <= 0x10FFFF) v = v * 16 + hexval(ps->p[ps->pos++]);
                if (peek(ps) != '}' || v > 0x10FFFF) v = -1;
                else ps->pos++;
            }
            if (v < 0) {
                ps->u = saved_u;
                return fail(ps, "Invalid Unicode escape");
            }
            c = (uint32_t)v;
        }
        ps->u = saved_u;
        if (n == 0 ? !is_id_start(c) : !is_id_part(c)) return fail(ps, "Invalid capture group name");
        if (c > 0xFFFF) {
            buf[n++] = (uint16_t)(0xD800 + ((c - 0x10000) >> 10));
            buf[n++] = (uint16_t)(0xDC00 + ((c - 0x10000) & 0x3FF));
        } else {
            buf[n++] = (uint16_t)c;
        }
    }
    if (n == 0) return fail(ps, "Invalid capture group name");
    *out = buf;
    *out_len = n;
    return true;
}

/* Pre-scan: number of capturing groups and whether any is named. */
static void prescan(Parser *ps)
{
    bool in_class = false;
    uint32_t n = 0;
    bool named = false;
    for (uint32_t i = 0; i < ps->len; i++) {
        uint16_t c = ps->p[i];
        if (c == '\\') {
            i++;
        } else if (c == '[') {
            in_class = true;
        } else if (c == ']') {
            in_class = false;
        } else if (c == '(' && !in_class) {
            if (i + 1 < ps->len && ps->p[i + 1] == '?') {
                if (i + 2 < ps->len && ps->p[i + 2] == '<' && i + 3 < ps->len && ps->p[i + 3] != '=' &&
                    ps->p[i + 3] != '!') {
                    n++;
                    named = true;
                }
            } else {
                n++;
            }
        }
    }
    ps->total_caps = n;
    ps->named_mode = named || ps->u;
}

/* ---- class escapes ----------------------------------------------------------- */

/* \d \D \s \S \w \W \p{..} \P{..} after the backslash: added to s.
 * Returns 1 handled, 0 not a class escape, -1 error. */
static int class_escape(Parser *ps, uint32_t c, CharSet *s)
{
    bool ic_u = (ps->flags & RE_FLAG_I) && ps->u;
    switch (c) {
    case 'd': cs_add_table(s, TABLE(digit_ranges), false); return 1;
    case 'D': cs_add_table(s, TABLE(digit_ranges), true); return 1;
    case 's': cs_add_table(s, TABLE(space_ranges), false); return 1;
    case 'S': cs_add_table(s, TABLE(space_ranges), true); return 1;
    case 'w':
        cs_add_table(s, TABLE(word_ranges), false);
        if (ic_u) {
            cs_add(s, 0x17F, 0x17F);
            cs_add(s, 0x212A, 0x212A);
        }
        return 1;
    case 'W':
        if (ic_u) {
            static const uint32_t wu[][2] = { { '0', '9' }, { 'A', 'Z' }, { '_', '_' }, { 'a', 'z' },
                                              { 0x17F, 0x17F }, { 0x212A, 0x212A } };
            cs_add_table(s, TABLE(wu), true);
        } else {
            cs_add_table(s, TABLE(word_ranges), true);
        }
        return 1;
    case 'p':
    case 'P': {
        if (!ps->u) return 0;
        if (peek(ps) != '{') return fail(ps, "Invalid property name"), -1;
        ps->pos++;
        char name[64];
        size_t n = 0;
        while (!at_end(ps) && peek(ps) != '}') {
            uint32_t ch = ps->p[ps->pos++];
            if (ch >= 128 || n + 1 >= sizeof name) return fail(ps, "Invalid property name"), -1;
            name[n++] = (char)ch;
        }
        name[n] = 0;
        if (at_end(ps)) return fail(ps, "Invalid property name"), -1;
        ps->pos++;
        int k = prop_lookup(name);
        if (k >= 0) {
            cs_add_table(s, re_prop_pool + re_props[k].off, re_props[k].n, c == 'P');
            return 1;
        }
        return fail(ps, "Invalid property name"), -1;
    }
    default: return 0;
    }
}

/* A CharacterEscape after the backslash (not a class escape, not a
 * backreference).  in_class: inside [...] (\b is backspace, \- allowed).
 * Returns the character or -1 on error. */
static int64_t char_escape(Parser *ps, uint32_t c, bool in_class)
{
    switch (c) {
    case 't': return 9;
    case 'n': return 10;
    case 'v': return 11;
    case 'f': return 12;
    case 'r': return 13;
    case 'c': {
        uint32_t d = peek(ps);
        if ((d >= 'a' && d <= 'z') || (d >= 'A' && d <= 'Z')) {
            ps->pos++;
            return d % 32;
        }
        if (in_class && !ps->u && ((d >= '0' && d <= '9') || d == '_')) {
            ps->pos++;
            return d % 32;
        }
        if (ps->u) return fail(ps, "Invalid unicode escape"), -1;
        ps->pos--;   /* Annex B: "\c" is a literal backslash; 'c' is read next */
        return '\\';
    }
    case 'x': {
        int64_t v = read_hex(ps, 2);
        if (v >= 0) return v;
        if (ps->u) return fail(ps, "Invalid escape"), -1;
        return 'x';
    }
    case 'u': {
        int64_t v = read_unicode_escape(ps);
        if (v >= 0) return v;
        if (ps->u) return fail(ps, "Invalid Unicode escape"), -1;
        return 'u';
    }
    case '0':
        if (!(peek(ps) >= '0' && peek(ps) <= '9')) return 0;
        if (ps->u) return fail(ps, "Invalid decimal escape"), -1;
        /* Annex B legacy octal */
        /* fall through */
    case '1': case '2': case '3': case '4': case '5': case '6': case '7':
        if (ps->u) return fail(ps, in_class ? "Invalid class escape" : "Invalid escape"), -1;
        {
            uint32_t v = c - '0';
            if (peek(ps) >= '0' && peek(ps) <= '7') {
                v = v * 8 + (ps->p[ps->pos++] - '0');
                if (c <= '3' && peek(ps) >= '0' && peek(ps) <= '7') v = v * 8 + (ps->p[ps->pos++] - '0');
            }
            return v;
        }
    case '8': case '9':
        if (ps->u) return fail(ps, "Invalid escape"), -1;
        return c;
    case 'b':
        if (in_class) return 8;
        break;
    case '-':
        if (in_class) return '-';
        break;
    default: break;
    }
    if (ps->u) {
        if (is_syntax_char(c)) return c;
        return fail(ps, in_class ? "Invalid class escape" : "Invalid escape"), -1;
    }
    if (c == 'k' && ps->named_mode) return fail(ps, "Invalid named reference"), -1;
    return c;   /* identity escape */
}

/* ---- parser ----------------------------------------------------------------- */

static Node *parse_disjunction(Parser *ps);

static Node *make_class(Parser *ps, CharSet *s, bool neg)
{
    cs_normalize(s);
    Node *n = node(ps, N_CLASS);
    if (!n) return NULL;
    n->ranges = palloc(ps, (s->n ? s->n : 1) * 2 * sizeof(uint32_t));
    if (!n->ranges) return NULL;
    if (s->n) memcpy(n->ranges, s->r, s->n * 2 * sizeof(uint32_t));
    n->nranges = s->n;
    n->neg = neg;
    return n;
}

/* One ClassAtom: a character (>= 0) or a class escape added to s (-2). */
static int64_t class_atom(Parser *ps, CharSet *s)
{
    uint32_t c = next_char(ps);
    if (c != '\\') return c;
    if (at_end(ps)) return fail(ps, "\\ at end of pattern"), -1;
    c = next_char(ps);
    int r = class_escape(ps, c, s);
    if (r < 0) return -1;
    if (r > 0) return -2;
    return char_escape(ps, c, true);
}

static Node *parse_class(Parser *ps)
{
    CharSet s = { 0 };
    bool neg = false;
    if (peek(ps) == '^') {
        neg = true;
        ps->pos++;
    }
    for (;;) {
        if (at_end(ps)) {
            free(s.r);
            fail(ps, "Unterminated character class");
            return NULL;
        }
        if (peek(ps) == ']') {
            ps->pos++;
            break;
        }
        int64_t a = class_atom(ps, &s);
        if (a == -1) goto err;
        if (peek(ps) == '-' && peek_at(ps, 1) != ']' && peek_at(ps, 1) != 0xFFFFFFFFu) {
            ps->pos++;
            int64_t b = class_atom(ps, &s);
            if (b == -1) goto err;
            if (a == -2 || b == -2) {
                if (ps->u) {
                    fail(ps, "Invalid character class");
                    goto err;
                }
                /* Annex B: a class escape in a range makes '-' literal */
                if (a >= 0) cs_add(&s, (uint32_t)a, (uint32_t)a);
                if (b >= 0) cs_add(&s, (uint32_t)b, (uint32_t)b);
                cs_add(&s, '-', '-');
                continue;
            }
            if (a > b) {
                fail(ps, "Range out of order in character class");
                goto err;
            }
            cs_add(&s, (uint32_t)a, (uint32_t)b);
            continue;
        }
        if (a >= 0) cs_add(&s, (uint32_t)a, (uint32_t)a);
    }
    Node *n = make_class(ps, &s, neg);
    free(s.r);
    return n;
err:
    free(s.r);
    return NULL;
}

/* ---- v mode (unicodeSets): ClassSetExpression ------------------------------- */

/* A v-mode class: code points plus strings (of 0 or >= 2 code points). */
typedef struct VSet {
    CharSet cs;
    uint32_t **str;
    uint32_t *slen;
    uint32_t nstr, capstr;
} VSet;

static void vs_free(VSet *v) { free(v->cs.r); v->cs = (CharSet){ 0 }; }

static bool vs_has_str(const VSet *v, const uint32_t *s, uint32_t n)
{
    for (uint32_t i = 0; i < v->nstr; i++)
        if (v->slen[i] == n && (n == 0 || !memcmp(v->str[i], s, n * sizeof *s))) return true;
    return false;
}

static bool vs_add_str(Parser *ps, VSet *v, const uint32_t *s, uint32_t n)
{
    if (n == 1) {
        cs_add(&v->cs, s[0], s[0]);
        return true;
    }
    if (vs_has_str(v, s, n)) return true;
    if (v->nstr == v->capstr) {
        uint32_t nc = v->capstr ? v->capstr * 2 : 4;
        uint32_t **ns = palloc(ps, nc * sizeof *ns);
        uint32_t *nl = palloc(ps, nc * sizeof *nl);
        if (!ns || !nl) return fail(ps, "Regular expression too large");
        if (v->nstr) {
            memcpy(ns, v->str, v->nstr * sizeof *ns);
            memcpy(nl, v->slen, v->nstr * sizeof *nl);
        }
        v->str = ns;
        v->slen = nl;
        v->capstr = nc;
    }
    uint32_t *copy = palloc(ps, (n ? n : 1) * sizeof *copy);
    if (!copy) return fail(ps, "Regular expression too large");
    if (n) memcpy(copy, s, n * sizeof *s);
    v->str[v->nstr] = copy;
    v->slen[v->nstr++] = n;
    return true;
}

/* out = a intersected with b (both normalized) */
static void cs_intersect(const CharSet *a, const CharSet *b, CharSet *out)
{
    uint32_t i = 0, j = 0;
    while (i < a->n && j < b->n) {
        uint32_t lo = a->r[2 * i] > b->r[2 * j] ? a->r[2 * i] : b->r[2 * j];
        uint32_t hi = a->r[2 * i + 1] < b->r[2 * j + 1] ? a->r[2 * i + 1] : b->r[2 * j + 1];
        if (lo <= hi) cs_add(out, lo, hi);
        if (a->r[2 * i + 1] < b->r[2 * j + 1]) i++;
        else j++;
    }
}

/* The code points that are not their own simple case folding (i + v: not in AllCharacters). */
static void cs_noncanonical(CharSet *out)
{
    cs_add(out, 'A', 'Z');
    for (size_t i = 0; i < sizeof fold_map / sizeof fold_map[0]; i++)
        if (fold_map[i][0] >= 128 && fold_map[i][1] != fold_map[i][0]) cs_add(out, fold_map[i][0], fold_map[i][0]);
    for (size_t i = 0; i < sizeof fold_map_supp / sizeof fold_map_supp[0]; i++)
        cs_add(out, fold_map_supp[i][0], fold_map_supp[i][0]);
    cs_normalize(out);
}

static void cs_complement_plain(const CharSet *s, CharSet *out)
{
    uint32_t next = 0;
    for (uint32_t i = 0; i < s->n; i++) {
        if (s->r[2 * i] > next) cs_add(out, next, s->r[2 * i] - 1);
        next = s->r[2 * i + 1] + 1;
    }
    if (next <= 0x10FFFF) cs_add(out, next, 0x10FFFF);
}

/* CharacterComplement: every character (every canonical one with i) not in s. */
static void cs_complement(Parser *ps, const CharSet *s, CharSet *out)
{
    CharSet all = { 0 };
    cs_complement_plain(s, &all);
    if (!(ps->flags & RE_FLAG_I)) {
        *out = all;
        return;
    }
    CharSet nc = { 0 }, canon = { 0 };
    cs_noncanonical(&nc);
    cs_complement_plain(&nc, &canon);
    cs_intersect(&all, &canon, out);
    free(all.r);
    free(nc.r);
    free(canon.r);
}

/* MaybeSimpleCaseFolding (i flag): every code point replaced by its simple case
 * folding; strings folded char by char. */
static void vs_fold(Parser *ps, VSet *v)
{
    if (!(ps->flags & RE_FLAG_I)) return;
    cs_normalize(&v->cs);
    CharSet nc = { 0 }, canon = { 0 }, out = { 0 }, inside = { 0 };
    cs_noncanonical(&nc);
    cs_complement_plain(&nc, &canon);
    cs_intersect(&v->cs, &canon, &out);
    cs_intersect(&v->cs, &nc, &inside);
    for (uint32_t i = 0; i < inside.n; i++)
        for (uint32_t c = inside.r[2 * i]; c <= inside.r[2 * i + 1]; c++) {
            uint32_t f = re_canonicalize(c, true);
            cs_add(&out, f, f);
        }
    cs_normalize(&out);
    free(nc.r); free(canon.r); free(inside.r); free(v->cs.r);
    v->cs = out;
    for (uint32_t i = 0; i < v->nstr; i++)
        for (uint32_t k = 0; k < v->slen[i]; k++) v->str[i][k] = re_canonicalize(v->str[i][k], true);
}

static bool is_class_set_syntax(uint32_t c) { return c && strchr("()[]{}/-\\|", (int)c) != NULL && c < 128; }
static bool is_reserved_double(uint32_t c) { return c && c < 128 && strchr("&!#$%*+,.:;<=>?@^`~", (int)c) != NULL; }
static bool is_reserved_punct(uint32_t c) { return c && c < 128 && strchr("&-!#%,:;<=>@`~", (int)c) != NULL; }

/* ClassSetCharacter; -1 error. */
static int64_t class_set_char(Parser *ps)
{
    uint32_t c = peek(ps);
    if (c == '\\') {
        ps->pos++;
        if (at_end(ps)) return fail(ps, "\\ at end of pattern"), -1;
        uint32_t d = peek(ps);
        if (is_reserved_punct(d)) { ps->pos++; return d; }
        if (d == 'b') { ps->pos++; return 8; }
        ps->pos++;
        return char_escape(ps, d, true);
    }
    if (is_class_set_syntax(c)) return fail(ps, "Invalid set operation in character class"), -1;
    if (is_reserved_double(c) && peek_at(ps, 1) == c) return fail(ps, "Invalid set operation in character class"), -1;
    return next_char(ps);
}

static bool parse_class_set(Parser *ps, VSet *out, bool *neg);

/* ClassSetOperand into v: a nested class, \q{...}, a class escape or one character.
 * *single = the character when it is one (a possible range start), else -1. */
static bool class_set_operand(Parser *ps, VSet *v, int64_t *single)
{
    *single = -1;
    uint32_t c = peek(ps);
    if (c == '[') {
        ps->pos++;
        VSet inner = { 0 };
        bool neg = false;
        if (!parse_class_set(ps, &inner, &neg)) { vs_free(&inner); return false; }
        if (neg) {
            if (inner.nstr) { vs_free(&inner); return fail(ps, "Negated character class may contain strings"); }
            CharSet comp = { 0 };
            cs_complement(ps, &inner.cs, &comp);
            vs_free(&inner);
            inner.cs = comp;
        }
        for (uint32_t i = 0; i < inner.cs.n; i++) cs_add(&v->cs, inner.cs.r[2 * i], inner.cs.r[2 * i + 1]);
        for (uint32_t i = 0; i < inner.nstr; i++)
            if (!vs_add_str(ps, v, inner.str[i], inner.slen[i])) { vs_free(&inner); return false; }
        vs_free(&inner);
        return true;
    }
    if (c == '\\' && peek_at(ps, 1) == 'q') {
        ps->pos += 2;
        if (peek(ps) != '{') return fail(ps, "Invalid escape");
        ps->pos++;
        uint32_t buf[256], n = 0;
        for (;;) {
            if (at_end(ps)) return fail(ps, "Invalid escape");
            uint32_t d = peek(ps);
            if (d == '|' || d == '}') {
                ps->pos++;
                if (!vs_add_str(ps, v, buf, n)) return false;
                n = 0;
                if (d == '}') break;
                continue;
            }
            int64_t ch = class_set_char(ps);
            if (ch < 0) return false;
            if (n == sizeof buf / sizeof buf[0]) return fail(ps, "Regular expression too large");
            buf[n++] = (uint32_t)ch;
        }
        return true;
    }
    if (c == '\\') {
        uint32_t d = peek_at(ps, 1);
        if (d == 'd' || d == 'D' || d == 's' || d == 'S' || d == 'w' || d == 'W' || d == 'p' || d == 'P') {
            ps->pos += 2;
            return class_escape(ps, d, &v->cs) > 0;
        }
    }
    int64_t ch = class_set_char(ps);
    if (ch < 0) return false;
    cs_add(&v->cs, (uint32_t)ch, (uint32_t)ch);
    *single = ch;
    return true;
}

/* After '[': ClassSetExpression up to and including ']'. */
static bool parse_class_set(Parser *ps, VSet *out, bool *neg)
{
    if (++ps->depth > 200) return fail(ps, "Regular expression too large");
    *neg = false;
    if (peek(ps) == '^') { *neg = true; ps->pos++; }
    bool ok = false;
    if (peek(ps) == ']') { ps->pos++; ok = true; goto done; }
    int64_t single;
    VSet first = { 0 };
    if (!class_set_operand(ps, &first, &single)) { vs_free(&first); goto done; }
    uint32_t op = (peek(ps) == '&' && peek_at(ps, 1) == '&') ? '&' : (peek(ps) == '-' && peek_at(ps, 1) == '-') ? '-' : 0;
    if (op) {   /* ClassIntersection / ClassSubtraction */
        vs_fold(ps, &first);
        cs_normalize(&first.cs);
        while (peek(ps) == op && peek_at(ps, 1) == op) {
            ps->pos += 2;
            if (op == '&' && peek(ps) == '&') { vs_free(&first); fail(ps, "Invalid set operation in character class"); goto done; }
            VSet rhs = { 0 };
            if (!class_set_operand(ps, &rhs, &single)) { vs_free(&first); vs_free(&rhs); goto done; }
            vs_fold(ps, &rhs);
            cs_normalize(&rhs.cs);
            CharSet r = { 0 };
            if (op == '&') {
                cs_intersect(&first.cs, &rhs.cs, &r);
            } else {
                CharSet comp = { 0 };
                cs_complement_plain(&rhs.cs, &comp);
                cs_intersect(&first.cs, &comp, &r);
                free(comp.r);
            }
            VSet res = { 0 };
            res.cs = r;
            for (uint32_t i = 0; i < first.nstr; i++)
                if (vs_has_str(&rhs, first.str[i], first.slen[i]) == (op == '&') &&
                    !vs_add_str(ps, &res, first.str[i], first.slen[i])) { vs_free(&rhs); vs_free(&res); vs_free(&first); goto done; }
            vs_free(&rhs);
            vs_free(&first);
            first = res;
        }
        if (peek(ps) != ']') { vs_free(&first); fail(ps, "Invalid set operation in character class"); goto done; }
        ps->pos++;
        *out = first;
        ok = true;
        goto done;
    }
    /* ClassUnion: operands and ranges */
    *out = first;
    for (;;) {
        if (at_end(ps)) { fail(ps, "Unterminated character class"); goto done; }
        if (peek(ps) == ']') { ps->pos++; break; }
        if (single >= 0 && peek(ps) == '-' && peek_at(ps, 1) != '-') {
            ps->pos++;
            int64_t hi = class_set_char(ps);
            if (hi < 0) goto done;
            if (single > hi) { fail(ps, "Range out of order in character class"); goto done; }
            cs_add(&out->cs, (uint32_t)single, (uint32_t)hi);
            single = -1;
            continue;
        }
        if ((peek(ps) == '&' && peek_at(ps, 1) == '&') || (peek(ps) == '-' && peek_at(ps, 1) == '-')) {
            fail(ps, "Invalid set operation in character class");
            goto done;
        }
        if (!class_set_operand(ps, out, &single)) goto done;
    }
    vs_fold(ps, out);
    cs_normalize(&out->cs);
    ok = true;
done:
    ps->depth--;
    return ok;
}

/* A v-mode character class after '[': a CLASS node, or an ALT of the strings
 * (longest first) and the class when the set has strings. */
static Node *parse_class_v(Parser *ps)
{
    VSet v = { 0 };
    bool neg = false;
    if (!parse_class_set(ps, &v, &neg)) { vs_free(&v); return NULL; }
    if (neg && v.nstr) { vs_free(&v); fail(ps, "Negated character class may contain strings"); return NULL; }
    if (neg && (ps->flags & RE_FLAG_I)) {   /* complement over the canonical characters */
        CharSet comp = { 0 };
        cs_complement(ps, &v.cs, &comp);
        free(v.cs.r);
        v.cs = comp;
        neg = false;
    }
    Node *cls = make_class(ps, &v.cs, neg);
    free(v.cs.r);
    if (!cls || !v.nstr) return cls;
    NodeList alts = { 0 };
    uint32_t maxlen = 0;
    for (uint32_t i = 0; i < v.nstr; i++) if (v.slen[i] > maxlen) maxlen = v.slen[i];
    /* longest strings first, then the single characters, then the empty string */
    for (uint32_t len = maxlen; len >= 2; len--)
        for (uint32_t i = 0; i < v.nstr; i++) {
            if (v.slen[i] != len) continue;
            NodeList seq = { 0 };
            for (uint32_t k = 0; k < len; k++) {
                Node *ch = node(ps, N_CHAR);
                if (!ch || !list_add(ps, &seq, ch)) return NULL;
                ch->a = (int32_t)v.str[i][k];
            }
            Node *sq = node(ps, N_SEQ);
            if (!sq) return NULL;
            sq->kids = seq.v;
            sq->nkids = seq.n;
            if (!list_add(ps, &alts, sq)) return NULL;
        }
    if (cls->nranges && !list_add(ps, &alts, cls)) return NULL;
    if (vs_has_str(&v, NULL, 0)) {
        Node *e = node(ps, N_EMPTY);
        if (!e || !list_add(ps, &alts, e)) return NULL;
    }
    if (alts.n == 1) return alts.v[0];
    Node *alt = node(ps, N_ALT);
    if (!alt) return NULL;
    alt->kids = alts.v;
    alt->nkids = alts.n;
    return alt;
}

static bool read_int(Parser *ps, int64_t *out)
{
    if (!(peek(ps) >= '0' && peek(ps) <= '9')) return false;
    int64_t v = 0;
    while (peek(ps) >= '0' && peek(ps) <= '9') {
        v = v * 10 + (ps->p[ps->pos++] - '0');
        if (v > 0x7FFFFFFF) v = 0x7FFFFFFF;
    }
    *out = v;
    return true;
}

/* {n}, {n,}, {n,m} at the cursor ('{' not consumed).  false: not a
 * quantifier (cursor unchanged). */
static bool read_braces(Parser *ps, int64_t *mn, int64_t *mx)
{
    uint32_t save = ps->pos;
    ps->pos++;
    if (!read_int(ps, mn)) goto no;
    *mx = *mn;
    if (peek(ps) == ',') {
        ps->pos++;
        if (!read_int(ps, mx)) *mx = -1;
    }
    if (peek(ps) != '}') goto no;
    ps->pos++;
    return true;
no:
    ps->pos = save;
    return false;
}

static Node *parse_atom_escape(Parser *ps)
{
    if (at_end(ps)) return fail(ps, "\\ at end of pattern"), NULL;
    uint32_t c = next_char(ps);
    if (c == 'b' || c == 'B') {
        Node *n = node(ps, N_ASSERT);
        /* IsWordChar with i and u also takes U+017F and U+212A (they fold into [a-z]) */
        bool iu = (ps->flags & RE_FLAG_I) && ps->u;
        if (n) n->a = c == 'b' ? (iu ? RE_OP_WORDBI : RE_OP_WORDB) : (iu ? RE_OP_NWORDBI : RE_OP_NWORDB);
        return n;
    }
    if (c >= '1' && c <= '9') {
        uint32_t save = ps->pos;
        int64_t v = c - '0';
        while (peek(ps) >= '0' && peek(ps) <= '9') {
            v = v * 10 + (ps->p[ps->pos++] - '0');
            if (v > 100000) v = 100000;
        }
        if (v <= ps->total_caps) {
            Node *n = node(ps, N_BACKREF);
            if (n) n->a = (int32_t)v;
            return n;
        }
        if (ps->u) return fail(ps, "Invalid escape"), NULL;
        ps->pos = save;
    }
    if (c == 'k' && ps->named_mode) {
        if (peek(ps) != '<') return fail(ps, "Invalid named reference"), NULL;
        ps->pos++;
        Node *n = node(ps, N_NAMEDREF);
        if (!n || !read_group_name(ps, &n->name, &n->name_len)) return fail(ps, "Invalid named reference"), NULL;
        return n;
    }
    CharSet s = { 0 };
    int r = class_escape(ps, c, &s);
    if (r < 0) {
        free(s.r);
        return NULL;
    }
    if (r > 0) {
        Node *n = make_class(ps, &s, false);
        free(s.r);
        return n;
    }
    int64_t ch = char_escape(ps, c, false);
    if (ch < 0) return NULL;
    Node *n = node(ps, N_CHAR);
    if (n) n->a = (int32_t)ch;
    return n;
}

/* MightBothParticipate (22.2.1.1) of the earlier named group i and the
 * group being opened now: false when some Disjunction holds them in two
 * different Alternatives.  Paths run from the root Disjunction down, so
 * they agree up to the innermost Disjunction both are in. */
static bool might_both_participate(Parser *ps, uint32_t i)
{
    const uint32_t *a = ps->paths[i], *b = ps->disj_stack;
    uint32_t n = ps->path_lens[i] < ps->disj_depth ? ps->path_lens[i] : ps->disj_depth;
    for (uint32_t k = 0; k < n && a[2 * k] == b[2 * k]; k++)
        if (a[2 * k + 1] != b[2 * k + 1]) return false;
    return true;
}

/* After "(?" at i, m, s or '-': RegularExpressionModifiers [- Modifiers] ':'
 * (ES2025).  Early errors: a flag twice, one flag both added and removed,
 * nothing on either side of '-'.  Sets ps->flags for the group body
 * (*saved: the flags to restore after it). */
static bool parse_modifiers(Parser *ps, uint32_t *saved)
{
    uint32_t add = 0, remove = 0;
    bool minus = false;
    for (;;) {
        uint32_t c = peek(ps);
        uint32_t bit = c == 'i' ? RE_FLAG_I : c == 'm' ? RE_FLAG_M : c == 's' ? RE_FLAG_S : 0;
        if (bit) {
            uint32_t *side = minus ? &remove : &add;
            if (*side & bit) return fail(ps, "Repeated flag in flag group");
            *side |= bit;
        } else if (c == '-' && !minus) {
            minus = true;
        } else if (c == ':') {
            ps->pos++;
            break;
        } else {
            return fail(ps, "Invalid flag group");
        }
        ps->pos++;
    }
    if (minus && !add && !remove) return fail(ps, "Invalid flag group");
    if (add & remove) return fail(ps, "Repeated flag in flag group");
    *saved = ps->flags;
    ps->flags = (ps->flags | add) & ~remove;
    if (add & RE_FLAG_I) ps->mod_icase = true;
    return true;
}

/* Term: assertion or atom with optional quantifier. */
static Node *parse_term(Parser *ps)
{
    uint32_t c = peek(ps);
    Node *atom = NULL;
    int32_t caps_before = (int32_t)ps->ncaps;
    bool quantifiable = true;
    switch (c) {
    case '^':
    case '$':
        ps->pos++;
        atom = node(ps, N_ASSERT);
        if (atom) atom->a = c == '^' ? ((ps->flags & RE_FLAG_M) ? RE_OP_BOLM : RE_OP_BOL)
                                     : ((ps->flags & RE_FLAG_M) ? RE_OP_EOLM : RE_OP_EOL);
        return atom;
    case '.':
        ps->pos++;
        atom = node(ps, N_ANY);
        break;
    case '[':
        ps->pos++;
        atom = (ps->flags & RE_FLAG_V) ? parse_class_v(ps) : parse_class(ps);
        break;
    case '\\':
        ps->pos++;
        atom = parse_atom_escape(ps);
        if (atom && atom->kind == N_ASSERT) return atom;
        break;
    case '(': {
        ps->pos++;
        if (++ps->depth > 400) return fail(ps, "Regular expression too large"), NULL;
        int kind = -1;   /* -1 capture, 0 non-capture, else look kind + 1 */
        const uint16_t *name = NULL;
        uint32_t name_len = 0, saved_flags = ps->flags;
        bool modified = false;   /* (?ims-ims:...): flags changed for the body only */
        if (peek(ps) == '?') {
            ps->pos++;
            uint32_t d = peek(ps);
            if (d == ':') {
                ps->pos++;
                kind = 0;
            } else if (d == '=' || d == '!') {
                ps->pos++;
                kind = 1 + (d == '=' ? RE_LOOK_AHEAD : RE_LOOK_NAHEAD);
            } else if (d == '<' && (peek_at(ps, 1) == '=' || peek_at(ps, 1) == '!')) {
                kind = 1 + (peek_at(ps, 1) == '=' ? RE_LOOK_BEHIND : RE_LOOK_NBEHIND);
                ps->pos += 2;
            } else if (d == '<') {
                ps->pos++;
                if (!read_group_name(ps, &name, &name_len)) return NULL;
                for (uint32_t i = 1; i < ps->ncaps; i++)
                    if (ps->names[i] && ps->name_lens[i] == name_len &&
                        !memcmp(ps->names[i], name, name_len * 2) && might_both_participate(ps, i))
                        return fail(ps, "Duplicate capture group name"), NULL;
            } else if (d == 'i' || d == 'm' || d == 's' || d == '-') {
                if (!parse_modifiers(ps, &saved_flags)) return NULL;
                kind = 0;
                modified = true;
            } else {
                return fail(ps, "Invalid group"), NULL;
            }
        }
        int32_t index = 0;
        if (kind == -1) {
            /* node's limit: every capture becomes a replacer argument and a
             * handle (a million groups overflowed the handle stack) */
            if (ps->ncaps > 32767) return fail(ps, "Too many captures"), NULL;
            index = (int32_t)ps->ncaps++;
            ps->names[index] = name;
            ps->name_lens[index] = name_len;
            if (name) {
                ps->paths[index] = palloc(ps, (ps->disj_depth ? ps->disj_depth : 1) * 2 * sizeof(uint32_t));
                if (!ps->paths[index]) return fail(ps, "Regular expression too large"), NULL;
                memcpy(ps->paths[index], ps->disj_stack, ps->disj_depth * 2 * sizeof(uint32_t));
                ps->path_lens[index] = ps->disj_depth;
            }
        }
        Node *body = parse_disjunction(ps);
        if (modified) ps->flags = saved_flags;
        if (!body) return NULL;
        if (peek(ps) != ')') return fail(ps, "Unterminated group"), NULL;
        ps->pos++;
        ps->depth--;
        if (kind >= 1) {
            atom = node(ps, N_LOOK);
            if (!atom) return NULL;
            atom->a = kind - 1;
            atom->kids = palloc(ps, sizeof(Node *));
            if (!atom->kids) return NULL;
            atom->kids[0] = body;
            atom->nkids = 1;
            atom->cap_lo = caps_before;
            atom->cap_hi = (int32_t)ps->ncaps;
            /* Annex B: lookaheads are quantifiable without u; lookbehinds never */
            quantifiable = !ps->u && (atom->a == RE_LOOK_AHEAD || atom->a == RE_LOOK_NAHEAD);
        } else {
            atom = node(ps, N_GROUP);
            if (!atom) return NULL;
            atom->a = index;
            atom->kids = palloc(ps, sizeof(Node *));
            if (!atom->kids) return NULL;
            atom->kids[0] = body;
            atom->nkids = 1;
        }
        break;
    }
    case ')':
        return fail(ps, "Unmatched ')'"), NULL;
    case '*':
    case '+':
    case '?':
        return fail(ps, "Nothing to repeat"), NULL;
    case '{': {
        int64_t a, b;
        if (ps->u) return fail(ps, read_braces(ps, &a, &b) ? "Nothing to repeat" : "Lone quantifier brackets"), NULL;
        if (read_braces(ps, &a, &b)) return fail(ps, "Nothing to repeat"), NULL;
        ps->pos++;
        atom = node(ps, N_CHAR);
        if (atom) atom->a = '{';
        break;
    }
    case '}':
    case ']':
        if (ps->u) return fail(ps, "Lone quantifier brackets"), NULL;
        /* Annex B: a literal */
        /* fall through */
    default:
        atom = node(ps, N_CHAR);
        if (atom) atom->a = (int32_t)next_char(ps);
        break;
    }
    if (!atom) return NULL;
    /* quantifier */
    int64_t mn, mx;
    c = peek(ps);
    if (c == '*') { mn = 0; mx = -1; ps->pos++; }
    else if (c == '+') { mn = 1; mx = -1; ps->pos++; }
    else if (c == '?') { mn = 0; mx = 1; ps->pos++; }
    else if (c == '{' && read_braces(ps, &mn, &mx)) {
        if (mx >= 0 && mn > mx) return fail(ps, "numbers out of order in {} quantifier"), NULL;
    } else if (c == '{' && ps->u) {
        return fail(ps, "Incomplete quantifier"), NULL;
    } else {
        return atom;
    }
    if (!quantifiable) return fail(ps, "Invalid quantifier"), NULL;
    bool greedy = true;
    if (peek(ps) == '?') {
        ps->pos++;
        greedy = false;
    }
    Node *q = node(ps, N_QUANT);
    if (!q) return NULL;
    q->a = (int32_t)mn;
    q->b = (int32_t)mx;
    q->c = greedy;
    q->cap_lo = caps_before;
    q->cap_hi = (int32_t)ps->ncaps;
    q->kids = palloc(ps, sizeof(Node *));
    if (!q->kids) return NULL;
    q->kids[0] = atom;
    q->nkids = 1;
    return q;
}

static Node *parse_alternative(Parser *ps)
{
    NodeList l = { 0 };
    while (!at_end(ps) && peek(ps) != '|' && peek(ps) != ')') {
        Node *t = parse_term(ps);
        if (!t || !list_add(ps, &l, t)) return NULL;
    }
    if (l.n == 1) return l.v[0];
    Node *n = node(ps, l.n ? N_SEQ : N_EMPTY);
    if (!n) return NULL;
    n->kids = l.v;
    n->nkids = l.n;
    return n;
}

static Node *parse_disjunction(Parser *ps)
{
    NodeList l = { 0 };
    uint32_t *frame = ps->disj_stack + 2 * ps->disj_depth++;   /* (id, alternative) */
    frame[0] = ps->next_disj++;
    frame[1] = 0;
    for (;;) {
        Node *a = parse_alternative(ps);
        if (!a || !list_add(ps, &l, a)) return NULL;
        if (peek(ps) != '|') break;
        ps->pos++;
        frame[1]++;
    }
    ps->disj_depth--;
    if (l.n == 1) return l.v[0];
    Node *n = node(ps, N_ALT);
    if (!n) return NULL;
    n->kids = l.v;
    n->nkids = l.n;
    return n;
}

/* ---- code emission ------------------------------------------------------------- */

typedef struct Emitter {
    int32_t *code;
    uint32_t len, cap;
    bool oom;
} Emitter;

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

/* Adds canonical equivalents to a class for the i flag (see regexp.h). */
static void class_fold(Parser *ps, Node *n, CharSet *out)
{
    for (uint32_t i = 0; i < n->nranges; i++) cs_add(out, n->ranges[2 * i], n->ranges[2 * i + 1]);
    for (uint32_t i = 0; i < n->nranges; i++) {
        uint32_t lo = n->ranges[2 * i], hi = n->ranges[2 * i + 1];
        if (hi > 0xFFFF) hi = 0xFFFF;
        for (uint32_t c = lo; c <= hi && c <= 0xFFFF; c++) {
            uint32_t k = re_canonicalize(c, ps->u);
            if (k != c) cs_add(out, k, k);
        }
        if (ps->u && n->ranges[2 * i + 1] > 0xFFFF)   /* folds above the BMP (u mode only) */
            for (size_t j = 0; j < sizeof fold_map_supp / sizeof fold_map_supp[0]; j++)
                if (fold_map_supp[j][0] >= lo && fold_map_supp[j][0] <= n->ranges[2 * i + 1])
                    cs_add(out, fold_map_supp[j][1], fold_map_supp[j][1]);
    }
    cs_normalize(out);
}

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
            class_fold(ps, n, &s);
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
    case N_LOOK: case N_QUANT: case N_SEQ: case N_ALT:
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

/* ---- driver ------------------------------------------------------------------------ */

bool re_parse_flags(VM *vm, JSValue flags, uint32_t *out)
{
    JSString *f = str_flatten(vm, flags);
    if (!f) return false;
    uint32_t bits = 0;
    for (uint32_t i = 0; i < f->length; i++) {
        uint32_t b = 0;
        switch (str_unit(f, i)) {
        case 'g': b = RE_FLAG_G; break;
        case 'i': b = RE_FLAG_I; break;
        case 'm': b = RE_FLAG_M; break;
        case 's': b = RE_FLAG_S; break;
        case 'u': b = RE_FLAG_U; break;
        case 'y': b = RE_FLAG_Y; break;
        case 'd': b = RE_FLAG_D; break;
        case 'v': b = RE_FLAG_V; break;
        default: b = 0; break;
        }
        if (!b || (bits & b)) return false;
        bits |= b;
    }
    if ((bits & RE_FLAG_U) && (bits & RE_FLAG_V)) return false;
    *out = bits;
    return true;
}

const uint16_t *re_group_name(const ReProgram *p, uint32_t i, uint32_t *len)
{
    const uint8_t *base = (const uint8_t *)p + p->names_off;
    const uint32_t *offs = (const uint32_t *)(const void *)base;   /* ncaps pairs (offset, len) */
    *len = offs[2 * i + 1];
    return (const uint16_t *)(const void *)(base + offs[2 * i]);
}

static JSValue syntax_error(VM *vm, JSValue pattern, JSValue flags_text, const char *reason)
{
    char *p = str_to_utf8(vm, pattern, NULL);
    char *f = val_is_string(flags_text) ? str_to_utf8(vm, flags_text, NULL) : NULL;
    JSValue r = err_throw_type(vm, SyntaxError, "Invalid regular expression: /%s/%s: %s", p ? p : "", f ? f : "",
                               reason);
    free(p);
    free(f);
    return r;
}

/* Parse ps->p and emit the program into e; the root node or NULL (ps->error set). */
static Node *parse_and_emit(Parser *ps, Emitter *e)
{
    ps->ncaps = 1;
    ps->u = (ps->flags & (RE_FLAG_U | RE_FLAG_V)) != 0;   /* v: u's syntax and code points, plus class sets */
    prescan(ps);
    ps->names = calloc(ps->len + 2, sizeof *ps->names);      /* at most one group per unit */
    ps->name_lens = calloc(ps->len + 2, sizeof *ps->name_lens);
    ps->paths = palloc(ps, (ps->len + 2) * sizeof *ps->paths);
    ps->path_lens = palloc(ps, (ps->len + 2) * sizeof *ps->path_lens);
    ps->disj_stack = palloc(ps, (ps->len + 2) * 2 * sizeof *ps->disj_stack);   /* one Disjunction per '(' + root */
    bool ok = ps->names && ps->name_lens && ps->paths && ps->path_lens && ps->disj_stack;
    Node *root = ok ? parse_disjunction(ps) : NULL;
    if (!ok) ps->error = "Regular expression too large";
    if (root && !ps->error && !at_end(ps)) ps->error = peek(ps) == ')' ? "Unmatched ')'" : "Unexpected character";
    if (root && !ps->error) {
        emit(e, RE_OP_SAVE);
        emit(e, 0);
        emit_node(ps, e, root, false);
        emit(e, RE_OP_SAVE);
        emit(e, 1);
        emit(e, RE_OP_MATCH);
        if (e->oom) ps->error = "Regular expression too large";
    }
    if (!root && !ps->error) ps->error = "Regular expression too large";
    return ps->error ? NULL : root;
}

static void parser_free(Parser *ps, Emitter *e)
{
    for (size_t i = 0; i < ps->nallocs; i++) free(ps->allocs[i]);
    free(ps->allocs);
    free(ps->names);
    free(ps->name_lens);
    free(e->code);
}

const char *re_syntax_check(const uint16_t *pattern, uint32_t len, const char *flags)
{
    uint32_t bits = 0;
    for (const char *f = flags; *f; f++) {
        static const char all[] = "gimsuydv";
        static const uint32_t map[] = { RE_FLAG_G, RE_FLAG_I, RE_FLAG_M, RE_FLAG_S, RE_FLAG_U, RE_FLAG_Y, RE_FLAG_D, RE_FLAG_V };
        const char *at = *f ? strchr(all, *f) : NULL;
        if (!at || (bits & map[at - all])) return "Invalid regular expression flags";
        bits |= map[at - all];
    }
    if ((bits & RE_FLAG_U) && (bits & RE_FLAG_V)) return "Invalid regular expression flags";
    Parser ps = { 0 };
    Emitter e = { 0 };
    ps.p = pattern;
    ps.len = len;
    ps.flags = bits;
    parse_and_emit(&ps, &e);
    const char *err = ps.error;
    parser_free(&ps, &e);
    return err;
}

JSValue re_compile(VM *vm, JSValue pattern, uint32_t flags, JSValue flags_text)
{
    JSString *s = str_flatten(vm, pattern);
    if (!s) return VAL_EXCEPTION;
    Parser ps = { 0 };
    ps.vm = vm;
    ps.len = s->length;
    uint16_t *units = malloc((ps.len + 1) * sizeof *units);
    if (!units) return err_throw(vm, ERRMSG_OUT_OF_MEMORY);
    for (uint32_t i = 0; i < ps.len; i++) units[i] = str_unit(s, i);
    ps.p = units;
    ps.flags = flags;
    Emitter e = { 0 };
    Node *root = parse_and_emit(&ps, &e);
    JSValue result;
    if (ps.error || !root) {
        result = syntax_error(vm, pattern, flags_text, ps.error ? ps.error : "Regular expression too large");
        goto out;
    }
    /* literal fast path: a sequence of plain characters, no i flag */
    uint32_t lit = 0;
    int32_t first = -1, required = -1;
    if (!(flags & RE_FLAG_I) && !ps.mod_icase) {   /* a (?i:...) group matches other cases too */
        Node *r0 = root;
        if (r0->kind == N_CHAR && r0->a <= 0xFFFF) {
            lit = 1;
        } else if (r0->kind == N_SEQ) {
            lit = r0->nkids;
            for (uint32_t i = 0; i < r0->nkids; i++)
                if (r0->kids[i]->kind != N_CHAR || r0->kids[i]->a > 0xFFFF) lit = 0;
        }
        if (lit && (ps.ncaps != 1 || (flags & (RE_FLAG_U | RE_FLAG_V)))) lit = 0;   /* u: pairs are one char */
        Node *f = root;
        while (f && (f->kind == N_SEQ || (f->kind == N_GROUP))) f = f->nkids ? f->kids[0] : NULL;
        if (f && f->kind == N_CHAR && f->a <= 0xFFFF) first = f->a;
        else if (f && f->kind == N_QUANT && f->a >= 1 && f->kids[0]->kind == N_CHAR && f->kids[0]->a <= 0xFFFF)
            first = f->kids[0]->a;
        /* a character every match must contain: the last mandatory literal of the top sequence */
        if (root->kind == N_SEQ) {
            for (uint32_t i = root->nkids; i-- > 0 && required < 0;) {
                Node *k = root->kids[i];
                if (k->kind == N_QUANT && k->a >= 1) k = k->kids[0];
                if (k->kind == N_CHAR && k->a <= 0xFFFF && !(k->a >= 0xD800 && k->a <= 0xDFFF)) required = k->a;
            }
        }
        /* u: a surrogate may not be matched inside a pair, which the unit scan would do */
        if ((flags & (RE_FLAG_U | RE_FLAG_V)) && first >= 0xD800 && first <= 0xDFFF) first = -1;
    }
    /* layout: header, code, names table (ncaps x (offset, len)), name units */
    size_t code_bytes = (size_t)e.len * 4;
    size_t names_off = sizeof(ReProgram) + code_bytes;
    size_t table_bytes = (size_t)ps.ncaps * 8;
    size_t name_units = 0;
    bool has_names = false;
    for (uint32_t i = 1; i < ps.ncaps; i++) {
        name_units += ps.name_lens[i];
        if (ps.names[i]) has_names = true;
    }
    size_t total = names_off + table_bytes + name_units * 2;
    Bytes *b = (Bytes *)heap_alloc(vm, &vm->heap, CELL_BYTES, sizeof(Bytes) + total);
    if (!b) {
        result = VAL_EXCEPTION;
        goto out;
    }
    b->length = (uint32_t)total;
    b->pad = 0;
    ReProgram *prog = (ReProgram *)(void *)b->data;
    prog->flags = flags;
    prog->ncaps = ps.ncaps;
    prog->nregs = ps.nregs;
    prog->code_len = e.len;
    prog->names_off = (uint32_t)names_off;
    prog->has_names = has_names;
    prog->first_char = first;
    prog->literal_len = lit;
    prog->required_char = required;
    memcpy(prog->code, e.code, code_bytes);
    uint8_t *base = (uint8_t *)prog + names_off;
    uint32_t *offs = (uint32_t *)(void *)base;
    uint32_t at = (uint32_t)table_bytes;
    offs[0] = at;
    offs[1] = 0;
    for (uint32_t i = 1; i < ps.ncaps; i++) {
        offs[2 * i] = at;
        offs[2 * i + 1] = ps.names[i] ? ps.name_lens[i] : 0;
        if (ps.names[i]) {
            memcpy(base + at, ps.names[i], ps.name_lens[i] * 2);
            at += ps.name_lens[i] * 2;
        }
    }
    result = val_from_cell(&b->hdr);
out:
    parser_free(&ps, &e);
    free(units);
    return result;
}
