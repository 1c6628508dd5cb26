/*
 * regexp_exec.c -- the backtracking matcher (prefix re_).
 *
 * One attempt runs the program from pc 0 at a start position.  Choice points
 * and undo records go onto an explicit, malloc'd backtrack stack of int32
 * words; each record ends with its kind, so popping reads the kind first:
 *   BT_BRANCH  pc pos           resume at pc with pos
 *   BT_CAP     slot old         restore a capture slot, keep popping
 *   BT_REG     r old            restore a loop register, keep popping
 *   BT_STAR    pc pos count     give back / take one more char of a STAR
 *   BT_LOOK    pc pos prev      lookaround marker (body failed when popped)
 *   BT_SNAP    caps... n        all capture slots as they were before a look
 * Lookarounds are atomic: on success the stack is cut back to the marker
 * (look_top chains the active markers).  A step counter bounds the work;
 * vm->interrupted is polled every 64K steps.  Nothing here allocates on the
 * GC heap, so raw pointers into the program and subject stay valid.
 */
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "object.h"
#include "regexp.h"
#include "regexp_ops.h"
#include "str.h"
#include "vm.h"

enum { BT_BRANCH = 1, BT_CAP, BT_REG, BT_STAR, BT_LOOK, BT_SNAP };

typedef struct Input {
    const uint8_t *l1;      /* Latin-1 data or NULL */
    const uint16_t *u16;    /* UTF-16 data or NULL */
    int64_t len;
    bool unicode;
} Input;

typedef struct Matcher {
    VM *vm;
    const int32_t *code;
    Input in;
    int32_t *caps;
    int32_t *regs;
    uint32_t ncaps2, nregs;
    int32_t *stack;         /* backtrack records (positions < 2^31) */
    int32_t *inline_stack;  /* re_exec's own buffer: stack starts there, malloc'd beyond */
    size_t sp, cap;
    uint64_t steps;
    bool error;             /* budget exceeded / interrupted / OOM */
    bool oom;
} Matcher;

/* ---- input -------------------------------------------------------------- */

static inline uint32_t unit_at(const Input *in, int64_t i) { return in->l1 ? in->l1[i] : in->u16[i]; }

/* Reads the character at pos going forward (back=false) or the one before
 * pos (back=true); returns its width in units, 0 at the edge. */
static inline int read_char(const Input *in, int64_t pos, bool back, uint32_t *c)
{
    if (!back) {
        if (pos >= in->len) return 0;
        uint32_t u = unit_at(in, pos);
        if (in->unicode && u >= 0xD800 && u <= 0xDBFF && pos + 1 < in->len) {
            uint32_t d = unit_at(in, pos + 1);
            if (d >= 0xDC00 && d <= 0xDFFF) {
                *c = 0x10000 + ((u - 0xD800) << 10) + (d - 0xDC00);
                return 2;
            }
        }
        *c = u;
        return 1;
    }
    if (pos <= 0) return 0;
    uint32_t u = unit_at(in, pos - 1);
    if (in->unicode && u >= 0xDC00 && u <= 0xDFFF && pos >= 2) {
        uint32_t h = unit_at(in, pos - 2);
        if (h >= 0xD800 && h <= 0xDBFF) {
            *c = 0x10000 + ((h - 0xD800) << 10) + (u - 0xDC00);
            return 2;
        }
    }
    *c = u;
    return 1;
}

static inline bool is_line_term(uint32_t c) { return c == 10 || c == 13 || c == 0x2028 || c == 0x2029; }
static inline bool is_word(uint32_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}
/* IsWordChar: with i and u (iu), also the characters that fold into [a-z] (U+017F, U+212A) */
static inline bool is_word_in(bool iu, uint32_t c)
{
    return is_word(c) || (iu && (c == 0x17F || c == 0x212A));
}
static inline uint32_t canon(const Input *in, uint32_t c)
{
    if (c < 128 && !in->unicode) return (c >= 'a' && c <= 'z') ? c - 32 : c;
    return re_canonicalize(c, in->unicode);
}

static bool in_class(const int32_t *op, uint32_t c)
{
    int32_t n = op[2];
    const int32_t *r = op + 3;
    int32_t lo = 0, hi = n;
    while (lo < hi) {
        int32_t mid = (lo + hi) / 2;
        if ((uint32_t)r[2 * mid + 1] < c) lo = mid + 1;
        else if ((uint32_t)r[2 * mid] > c) hi = mid;
        else return !op[1];
    }
    return op[1] != 0;
}

/* Matches the single-character op at `op` at pos; the new pos or -1. */
static inline int64_t match_one(const Input *in, const int32_t *op, int64_t pos)
{
    bool back = (op[0] & RE_BACK) != 0;
    uint32_t c;
    int w = read_char(in, pos, back, &c);
    if (!w) return -1;
    bool ok;
    switch (op[0] & ~RE_BACK) {
    case RE_OP_CHAR: ok = c == (uint32_t)op[1]; break;
    case RE_OP_CHARI: ok = c == (uint32_t)op[1] || canon(in, c) == (uint32_t)op[1]; break;
    case RE_OP_ANY: ok = !is_line_term(c); break;
    case RE_OP_ALL: ok = true; break;
    case RE_OP_CLASS: ok = in_class(op, c); break;
    case RE_OP_CLASSI: ok = in_class(op, canon(in, c)); break;
    default: ok = false; break;
    }
    if (!ok) return -1;
    return back ? pos - w : pos + w;
}

/* ---- backtrack stack ----------------------------------------------------- */

static __attribute__((noinline)) bool grow_stack(Matcher *m, size_t n)
{
    size_t nc = m->cap ? m->cap * 2 : 256;
    while (nc < m->sp + n) nc *= 2;
    if (nc > ((size_t)1 << 28)) {   /* 1 GiB of records: treat as runaway backtracking */
        m->error = true;
        return false;
    }
    int32_t *ns = m->stack == m->inline_stack ? malloc(nc * sizeof *ns) : realloc(m->stack, nc * sizeof *ns);
    if (!ns) {
        m->error = m->oom = true;
        return false;
    }
    if (m->stack == m->inline_stack) memcpy(ns, m->stack, m->sp * sizeof *ns);
    m->stack = ns;
    m->cap = nc;
    return true;
}

static inline bool reserve(Matcher *m, size_t n)
{
    return m->sp + n <= m->cap || grow_stack(m, n);
}

static inline bool push3(Matcher *m, int64_t a, int64_t b, int64_t kind)
{
    if (!reserve(m, 3)) return false;
    m->stack[m->sp++] = (int32_t)a;
    m->stack[m->sp++] = (int32_t)b;
    m->stack[m->sp++] = (int32_t)kind;
    return true;
}

static inline bool push4(Matcher *m, int64_t a, int64_t b, int64_t c, int64_t kind)
{
    if (!reserve(m, 4)) return false;
    m->stack[m->sp++] = (int32_t)a;
    m->stack[m->sp++] = (int32_t)b;
    m->stack[m->sp++] = (int32_t)c;
    m->stack[m->sp++] = (int32_t)kind;
    return true;
}

static inline bool set_cap(Matcher *m, int32_t slot, int32_t v)
{
    if (!push3(m, slot, m->caps[slot], BT_CAP)) return false;
    m->caps[slot] = v;
    return true;
}

static inline bool set_reg(Matcher *m, int32_t r, int32_t v)
{
    if (!push3(m, r, m->regs[r], BT_REG)) return false;
    m->regs[r] = v;
    return true;
}

/* ---- the machine -------------------------------------------------------- */

static bool backref(Matcher *m, int32_t op, int32_t g, int64_t *pos)
{
    int32_t s = m->caps[2 * g], e = m->caps[2 * g + 1];
    if (s < 0 || e < 0) return true;
    int64_t n = e - s;
    bool back = (op & RE_BACK) != 0;
    int64_t at = back ? *pos - n : *pos;
    if (at < 0 || at + n > m->in.len) return false;
    bool icase = (op & ~RE_BACK) == RE_OP_BACKREFI;
    if (icase && m->in.unicode) {   /* compare code points: folds above the BMP */
        for (int64_t i = 0; i < n;) {
            uint32_t a = 0, b = 0;
            int wa = read_char(&m->in, s + i, false, &a), wb = read_char(&m->in, at + i, false, &b);
            if (wa != wb || i + wa > n || (a != b && canon(&m->in, a) != canon(&m->in, b))) return false;
            i += wa;
        }
        *pos = back ? at : at + n;
        return true;
    }
    for (int64_t i = 0; i < n; i++) {
        uint32_t a = unit_at(&m->in, s + i), b = unit_at(&m->in, at + i);
        if (a != b && (!icase || canon(&m->in, a) != canon(&m->in, b))) return false;
    }
    *pos = back ? at : at + n;
    return true;
}

/* Runs one attempt at `start`.  1 match, 0 fail; m->error on budget/OOM. */
static int run(Matcher *m, int64_t start, int64_t *look_top_io)
{
    const int32_t *code = m->code;
    int64_t pos = start;
    uint32_t pc = 0;
    int64_t look_top = -1;
    m->sp = 0;
    for (;;) {
        if ((++m->steps & 0xFFFF) == 0) {
            if (m->vm->interrupted || m->steps > RE_STEP_BUDGET) {
                m->error = true;
                return 0;
            }
        }
        const int32_t *op = code + pc;
        int32_t opc = op[0];
        switch (opc & ~RE_BACK) {
        case RE_OP_CHAR:
        case RE_OP_CHARI:
        case RE_OP_ANY:
        case RE_OP_ALL: {
            int64_t np = match_one(&m->in, op, pos);
            if (np < 0) goto fail;
            pos = np;
            pc += (opc & ~RE_BACK) <= RE_OP_CHARI ? 2 : 1;
            continue;
        }
        case RE_OP_CLASS:
        case RE_OP_CLASSI: {
            int64_t np = match_one(&m->in, op, pos);
            if (np < 0) goto fail;
            pos = np;
            pc += 3 + 2 * (uint32_t)op[2];
            continue;
        }
        case RE_OP_BOL:
            if (pos != 0) goto fail;
            pc++;
            continue;
        case RE_OP_EOL:
            if (pos != m->in.len) goto fail;
            pc++;
            continue;
        case RE_OP_BOLM:
            if (pos != 0 && !is_line_term(unit_at(&m->in, pos - 1))) goto fail;
            pc++;
            continue;
        case RE_OP_EOLM:
            if (pos != m->in.len && !is_line_term(unit_at(&m->in, pos))) goto fail;
            pc++;
            continue;
        case RE_OP_WORDB:
        case RE_OP_NWORDB:
        case RE_OP_WORDBI:
        case RE_OP_NWORDBI: {
            /* the i + u forms are chosen by the compiler: a modifier group may set i locally */
            bool iu = (opc & ~RE_BACK) == RE_OP_WORDBI || (opc & ~RE_BACK) == RE_OP_NWORDBI;
            bool a = pos > 0 && is_word_in(iu, unit_at(&m->in, pos - 1));
            bool b = pos < m->in.len && is_word_in(iu, unit_at(&m->in, pos));
            bool want_boundary = (opc & ~RE_BACK) == RE_OP_WORDB || (opc & ~RE_BACK) == RE_OP_WORDBI;
            if ((a != b) != want_boundary) goto fail;
            pc++;
            continue;
        }
        case RE_OP_SPLIT:
            if (!push3(m, op[2], pos, BT_BRANCH)) return 0;
            pc = (uint32_t)op[1];
            continue;
        case RE_OP_JMP:
            pc = (uint32_t)op[1];
            continue;
        case RE_OP_SAVE:
            if (!set_cap(m, op[1], (int32_t)pos)) return 0;
            pc += 2;
            continue;
        case RE_OP_BACKREF:
        case RE_OP_BACKREFI:
            if (!backref(m, opc, op[1], &pos)) goto fail;
            pc += 2;
            continue;
        case RE_OP_BACKREFN: {
            /* the one group of the name that participated; none: matches empty */
            int32_t g = op[3];
            for (int32_t i = 0; i < op[2]; i++)
                if (m->caps[2 * op[3 + i]] >= 0 && m->caps[2 * op[3 + i] + 1] >= 0) g = op[3 + i];
            if (!backref(m, (op[1] ? RE_OP_BACKREFI : RE_OP_BACKREF) | (opc & RE_BACK), g, &pos)) goto fail;
            pc += 3 + (uint32_t)op[2];
            continue;
        }
        case RE_OP_LOOP_INIT:
            if (!set_reg(m, op[1], 0)) return 0;
            pc += 2;
            continue;
        case RE_OP_LOOP: {
            int32_t r = op[1], mn = op[2], mx = op[3], greedy = op[4];
            int32_t count = m->regs[r];
            uint32_t body = pc + 6, exit = (uint32_t)op[5];
            if (count < mn) {
                pc = body;
            } else if (mx >= 0 && count >= mx) {
                pc = exit;
            } else if (greedy) {
                if (!push3(m, exit, pos, BT_BRANCH)) return 0;
                pc = body;
            } else {
                if (!push3(m, body, pos, BT_BRANCH)) return 0;
                pc = exit;
            }
            continue;
        }
        case RE_OP_LOOP_BODY: {
            int32_t r = op[1];
            if (!set_reg(m, r + 1, (int32_t)pos)) return 0;
            for (int32_t g = op[2]; g < op[3]; g++) {
                if (m->caps[2 * g] >= 0 && !set_cap(m, 2 * g, -1)) return 0;
                if (m->caps[2 * g + 1] >= 0 && !set_cap(m, 2 * g + 1, -1)) return 0;
            }
            pc += 4;
            continue;
        }
        case RE_OP_LOOP_END: {
            int32_t r = op[1];
            if (m->regs[r] >= op[2] && pos == m->regs[r + 1]) goto fail;   /* empty iteration */
            if (!set_reg(m, r, m->regs[r] + 1)) return 0;
            pc = (uint32_t)op[3];
            continue;
        }
        case RE_OP_STAR: {
            int32_t mn = op[1], mx = op[2], greedy = op[3];
            const int32_t *atom = op + 5;
            int64_t count = 0;
            while (count < mn) {
                int64_t np = match_one(&m->in, atom, pos);
                if (np < 0) goto fail;
                pos = np;
                count++;
            }
            if (greedy) {
                int64_t limit = mx < 0 ? INT64_MAX : mx;
                while (count < limit) {
                    int64_t np = match_one(&m->in, atom, pos);
                    if (np < 0) break;
                    pos = np;
                    count++;
                }
                m->steps += (uint64_t)count;
                if (count > mn && !push4(m, pc, pos, count, BT_STAR)) return 0;
            } else if (mx < 0 || count < mx) {
                if (!push4(m, pc, pos, count, BT_STAR)) return 0;
            }
            pc += 5 + (uint32_t)op[4];
            continue;
        }
        case RE_OP_LOOK: {
            /* snapshot the captures below the marker (see the header comment) */
            if (!reserve(m, m->ncaps2 + 2)) return 0;
            for (uint32_t i = 0; i < m->ncaps2; i++) m->stack[m->sp++] = m->caps[i];
            m->stack[m->sp++] = (int32_t)m->ncaps2;
            m->stack[m->sp++] = BT_SNAP;
            int64_t here = (int64_t)m->sp;
            if (!push4(m, pc, pos, look_top, BT_LOOK)) return 0;
            look_top = here;
            pc += 5;
            continue;
        }
        case RE_OP_LOOK_END: {
            /* the body matched: cut its choice points */
            int32_t *mk = m->stack + look_top;
            uint32_t lpc = (uint32_t)mk[0];
            int64_t lpos = mk[1];
            int64_t prev = mk[2];
            m->sp = (size_t)look_top;
            look_top = prev;
            int32_t kind = code[lpc + 1];
            if (kind == RE_LOOK_NAHEAD || kind == RE_LOOK_NBEHIND) goto fail;
            pos = lpos;
            pc = (uint32_t)code[lpc + 2];
            continue;
        }
        case RE_OP_TRIE: {
            /* children have distinct first characters: at most one can go on, so
             * jump to it (the fallback, single characters or the string that ends
             * here, is its backtrack alternative); the child re-matches its char */
            uint32_t c;
            int32_t n = op[2], target = -1;
            if (read_char(&m->in, pos, (opc & RE_BACK) != 0, &c)) {
                if (op[1]) c = canon(&m->in, c);
                int32_t lo = 0, hi = n;
                while (lo < hi) {
                    int32_t mid = (lo + hi) / 2;
                    uint32_t k = (uint32_t)op[4 + 2 * mid];
                    if (k == c) {
                        target = op[5 + 2 * mid];
                        break;
                    }
                    if (k < c) lo = mid + 1;
                    else hi = mid;
                }
            }
            if (target < 0) {
                pc = (uint32_t)op[3];
                continue;
            }
            if (!push3(m, op[3], pos, BT_BRANCH)) return 0;
            pc = (uint32_t)target;
            continue;
        }
        case RE_OP_MATCH:
            *look_top_io = look_top;
            return 1;
        default:
            goto fail;
        }
    fail:
        /* pop records until a choice point resumes */
        for (;;) {
            if (m->sp == 0) return 0;
            int64_t kind = m->stack[--m->sp];
            if (kind == BT_BRANCH) {
                m->sp -= 2;
                pc = (uint32_t)m->stack[m->sp];
                pos = m->stack[m->sp + 1];
                break;
            }
            if (kind == BT_CAP) {
                m->sp -= 2;
                m->caps[m->stack[m->sp]] = (int32_t)m->stack[m->sp + 1];
                continue;
            }
            if (kind == BT_REG) {
                m->sp -= 2;
                m->regs[m->stack[m->sp]] = (int32_t)m->stack[m->sp + 1];
                continue;
            }
            if (kind == BT_SNAP) {
                int64_t n = m->stack[--m->sp];
                m->sp -= (size_t)n;
                for (int64_t i = 0; i < n; i++) m->caps[i] = (int32_t)m->stack[m->sp + (size_t)i];
                continue;
            }
            if (kind == BT_LOOK) {
                m->sp -= 3;
                uint32_t lpc = (uint32_t)m->stack[m->sp];
                int64_t lpos = m->stack[m->sp + 1];
                look_top = m->stack[m->sp + 2];
                int32_t lk = code[lpc + 1];
                if (lk == RE_LOOK_NAHEAD || lk == RE_LOOK_NBEHIND) {
                    /* body failed: a negative lookaround succeeds */
                    pos = lpos;
                    pc = (uint32_t)code[lpc + 2];
                    break;
                }
                continue;
            }
            /* BT_STAR */
            m->sp -= 3;
            uint32_t spc = (uint32_t)m->stack[m->sp];
            int64_t spos = m->stack[m->sp + 1];
            int64_t count = m->stack[m->sp + 2];
            const int32_t *sop = code + spc;
            const int32_t *atom = sop + 5;
            bool back = (atom[0] & RE_BACK) != 0;
            if (sop[3]) {
                /* greedy: give one char back (non-u: one unit per char) */
                count--;
                spos = back ? spos + 1 : spos - 1;
                if (count > sop[1] && !push4(m, spc, spos, count, BT_STAR)) return 0;
            } else {
                /* lazy: take one more */
                int64_t np = match_one(&m->in, atom, spos);
                if (np < 0) continue;
                spos = np;
                count++;
                if ((sop[2] < 0 || count < sop[2]) && !push4(m, spc, spos, count, BT_STAR)) return 0;
            }
            pos = spos;
            pc = spc + 5 + (uint32_t)sop[4];
            break;
        }
        if (++m->steps > RE_STEP_BUDGET) {
            m->error = true;
            return 0;
        }
    }
}

/* The literal fast path: the program is SAVE 0, CHAR c1 .. CHAR cn, SAVE 1, MATCH. */
static int64_t find_literal(const Input *in, const int32_t *code, uint32_t n, int64_t from, bool sticky)
{
    const int32_t *lit = code + 2;   /* CHAR c pairs */
    uint32_t c0 = (uint32_t)lit[1];
    for (int64_t i = from; i + n <= in->len; i++) {
        if (in->l1 && !sticky) {
            if (c0 > 255) return -1;
            const void *hit = memchr(in->l1 + i, (int)c0, (size_t)(in->len - n + 1 - i));
            if (!hit) return -1;
            i = (const uint8_t *)hit - in->l1;
        } else if (unit_at(in, i) != c0) {
            if (sticky) return -1;
            continue;
        }
        uint32_t k = 1;
        while (k < n && unit_at(in, i + k) == (uint32_t)lit[2 * k + 1]) k++;
        if (k == n) return i;
        if (sticky) return -1;
    }
    return -1;
}

/* Can a match start with the unit at pos (prog->scan_first)? */
static inline bool starts_match(const ReProgram *prog, const Input *in, int64_t pos)
{
    uint32_t u = unit_at(in, pos);
    return u > 255 ? prog->first_high : (prog->first_units[u >> 5] >> (u & 31)) & 1;
}

int re_exec(VM *vm, JSValue program, JSString *subject, uint32_t start, bool sticky, int32_t *caps)
{
    /* the global loops of replace/split/matchAll call this once per match:
     * poll the interrupt here too, not only every 64K steps of one match */
    if (vm->interrupted) {
        err_throw(vm, ERRMSG_INTERRUPTED, "regular expression");
        return -1;
    }
    const ReProgram *prog = re_program(program);
    Matcher m = { 0 };
    m.vm = vm;
    m.code = prog->code;
    m.in.len = subject->length;
    if (str_is_16bit(subject)) m.in.u16 = str_utf16(subject);
    else m.in.l1 = str_latin1(subject);
    m.in.unicode = (prog->flags & (RE_FLAG_U | RE_FLAG_V)) != 0;
    m.ncaps2 = prog->ncaps * 2;
    m.nregs = prog->nregs;
    m.caps = caps;
    if (start > subject->length) return 0;
    /* u: an index inside a surrogate pair means the character the pair forms */
    if (m.in.unicode && start > 0 && start < subject->length) {
        uint32_t lo = unit_at(&m.in, start), hi = unit_at(&m.in, start - 1);
        if (lo >= 0xDC00 && lo <= 0xDFFF && hi >= 0xD800 && hi <= 0xDBFF) start--;
    }

    if (prog->literal_len) {
        int64_t at = find_literal(&m.in, m.code, prog->literal_len, start, sticky);
        if (at < 0) return 0;
        caps[0] = (int32_t)at;
        caps[1] = (int32_t)(at + prog->literal_len);
        return 1;
    }
    if (prog->required_char >= 0) {
        /* no match can exist when the required unit does not occur from start on */
        uint32_t rc = (uint32_t)prog->required_char;
        bool found = false;
        if (m.in.l1) {
            found = rc < 256 && start < m.in.len && memchr(m.in.l1 + start, (int)rc, (size_t)(m.in.len - start));
        } else {
            for (int64_t i = start; i < m.in.len && !found; i++) found = m.in.u16[i] == rc;
        }
        if (!found) return 0;
    }
    /* small programs run on buffers of this frame: no malloc per exec (the
     * global loops of replace / split / match call this once per match) */
    int32_t regs_buf[32], stack_buf[1024];
    m.stack = m.inline_stack = stack_buf;
    m.cap = sizeof stack_buf / sizeof stack_buf[0];
    if (m.nregs <= 32) {
        m.regs = regs_buf;
        for (uint32_t i = 0; i < m.nregs; i++) regs_buf[i] = 0;   /* most programs have none or a few */
    } else {
        m.regs = calloc(m.nregs, sizeof *m.regs);
    }
    if (!m.regs) {
        err_throw(vm, ERRMSG_OUT_OF_MEMORY);
        return -1;
    }
    int result = 0;
    int32_t fc = prog->first_char;
    for (int64_t s = start; s <= m.in.len; s++) {
        if (prog->anchor && !sticky && s > 0) {
            /* ^ first: only position 0, or (m flag) a position after a line terminator */
            if (prog->anchor == 1) break;
            while (s <= m.in.len && !is_line_term(unit_at(&m.in, s - 1))) s++;
            if (s > m.in.len) break;
        }
        if (fc < 0 && prog->scan_first && !sticky) {
            /* skip to the next unit that can start a match (none at the end: never empty);
             * anchored: only test the line start found above */
            if (prog->anchor) {
                if (s >= m.in.len || !starts_match(prog, &m.in, s)) continue;
            } else {
                while (s < m.in.len && !starts_match(prog, &m.in, s)) s++;
                if (s >= m.in.len) break;
            }
        } else if (fc >= 0 && !sticky) {
            /* skip to the next possible first character */
            if (m.in.l1) {
                if (fc > 255) break;
                const void *hit = s < m.in.len ? memchr(m.in.l1 + s, fc, (size_t)(m.in.len - s)) : NULL;
                if (!hit) break;
                s = (const uint8_t *)hit - m.in.l1;
            } else {
                while (s < m.in.len && m.in.u16[s] != fc) s++;
                if (s >= m.in.len) break;
            }
        }
        for (uint32_t i = 0; i < m.ncaps2; i++) caps[i] = -1;
        int64_t lt;
        int r = run(&m, s, &lt);
        if (m.error) {
            if (m.oom) err_throw(vm, ERRMSG_OUT_OF_MEMORY);
            else if (vm->interrupted) err_throw(vm, ERRMSG_INTERRUPTED, "regular expression");
            else err_throw_type(vm, RangeError, "Maximum regular expression backtracking exceeded");
            result = -1;
            break;
        }
        if (r) {
            result = 1;
            break;
        }
        if (sticky) break;
        if (m.in.unicode && s < m.in.len) {
            uint32_t c;
            if (read_char(&m.in, s, false, &c) == 2) s++;
        }
    }
    if (m.regs != regs_buf) free(m.regs);
    if (m.stack != stack_buf) free(m.stack);
    return result;
}
