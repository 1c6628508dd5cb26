/*
 * lexer.c -- tokens from JavaScript source text (see lexer.h for the
 * contract: mode-free, flags instead of strict-mode errors, rescans for
 * regexps and template continuations on the parser's request).
 *
 * Sections: character classes, errors, white space and comments,
 * identifiers and keywords, numbers, escapes and strings, templates,
 * regular expressions, punctuators, the token loop.
 */
#include "lexer.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* Token texts                                                          */

static const char *const token_text[T__COUNT] = {
#define TOKEN(name, text) text,
#define KEYWORD(name, text) text,
#define PUNCT(name, text) text,
#include "tokens.def"
#undef TOKEN
#undef KEYWORD
#undef PUNCT
};

const char *lex_token_text(TokType t) { return t < T__COUNT ? token_text[t] : "?"; }

bool lex_is_strict_reserved(ContextWord cw)
{
    return cw == CW_LET || cw == CW_STATIC || cw == CW_YIELD || cw == CW_IMPLEMENTS ||
           cw == CW_INTERFACE || cw == CW_PACKAGE || cw == CW_PRIVATE || cw == CW_PROTECTED ||
           cw == CW_PUBLIC;
}

/* ------------------------------------------------------------------ */
/* Character classes                                                    */

/* Decode one UTF-8 sequence at s[pos] (pos < len).  Invalid input decodes
 * as U+FFFD, one per maximal ill-formed subpart (the WHATWG / Unicode
 * "substitution of maximal subparts" rule node's UTF-8 decoding uses), so
 * the lexer never stalls and `a\xFEb` is not an identifier.  Surrogates
 * encoded in 3 bytes (ED A0..BF xx) are ill-formed too (three U+FFFD),
 * except in WTF-8 source (lx->wtf8: the text of eval and Function, made by
 * str_to_wtf8), where they are the lone surrogates of the JS string and
 * decode as themselves, as node reads such a string. */
static uint32_t decode_utf8(const Lexer *lx, size_t pos, int *nbytes)
{
    const unsigned char *s = (const unsigned char *)lx->src + pos;
    size_t left = lx->len - pos;
    unsigned c = s[0];
    *nbytes = 1;
    if (c < 0x80) return c;
    int need;
    unsigned lo = 0x80, hi = 0xBF;   /* the range of the second byte */
    if (c >= 0xC2 && c < 0xE0) need = 1;
    else if (c >= 0xE0 && c < 0xF0) {
        need = 2;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED && !lx->wtf8) hi = 0x9F;   /* a surrogate code point is ill-formed, as for node */
    } else if (c >= 0xF0 && c < 0xF5) {
        need = 3;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else
        return 0xFFFD;   /* a continuation byte, C0, C1, F5..FF */
    uint32_t cp = c & (need == 1 ? 0x1F : need == 2 ? 0x0F : 0x07);
    for (int i = 1; i <= need; i++) {
        unsigned b = (size_t)i < left ? s[i] : 0;
        if ((size_t)i >= left || b < (i == 1 ? lo : 0x80) || b > (i == 1 ? hi : 0xBF)) {
            *nbytes = i;   /* the lead byte and the valid continuation bytes so far */
            return 0xFFFD;
        }
        cp = (cp << 6) | (b & 0x3F);
    }
    *nbytes = need + 1;
    return cp;
}

static bool is_ws(uint32_t c)
{
    return c == 0x09 || c == 0x0B || c == 0x0C || c == 0x20 || c == 0xA0 || c == 0xFEFF ||
           c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F || c == 0x3000;
}

#include "lexer_unicode.inc"

static bool in_ranges(const uint32_t (*r)[2], size_t n, uint32_t c)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c < r[mid][0]) hi = mid;
        else if (c > r[mid][1]) lo = mid + 1;
        else return true;
    }
    return false;
}

static bool is_id_start(uint32_t c)
{
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '$' || c == '_';
    return in_ranges(id_start_ranges, sizeof id_start_ranges / sizeof id_start_ranges[0], c);
}

static bool is_id_part(uint32_t c)
{
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '$' || c == '_' ||
               (c >= '0' && c <= '9');
    return c == 0x200C || c == 0x200D ||
           in_ranges(id_continue_ranges, sizeof id_continue_ranges / sizeof id_continue_ranges[0], c);
}

static int hex_val(int c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static inline int at(const Lexer *lx, size_t pos) { return pos < lx->len ? (unsigned char)lx->src[pos] : -1; }

/* Append code point cp to a UTF-16 buffer. */
static void put16(uint16_t *out, uint32_t *n, uint32_t cp)
{
    if (cp >= 0x10000) {
        cp -= 0x10000;
        out[(*n)++] = (uint16_t)(0xD800 + (cp >> 10));
        out[(*n)++] = (uint16_t)(0xDC00 + (cp & 0x3FF));
    } else {
        out[(*n)++] = (uint16_t)cp;
    }
}

/* Append code point cp as UTF-8 (WTF-8 for surrogates). */
static void put8(char *out, size_t *n, uint32_t cp)
{
    if (cp < 0x80) {
        out[(*n)++] = (char)cp;
    } else if (cp < 0x800) {
        out[(*n)++] = (char)(0xC0 | (cp >> 6));
        out[(*n)++] = (char)(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out[(*n)++] = (char)(0xE0 | (cp >> 12));
        out[(*n)++] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[(*n)++] = (char)(0x80 | (cp & 0x3F));
    } else {
        out[(*n)++] = (char)(0xF0 | (cp >> 18));
        out[(*n)++] = (char)(0x80 | ((cp >> 12) & 0x3F));
        out[(*n)++] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[(*n)++] = (char)(0x80 | (cp & 0x3F));
    }
}

/* ------------------------------------------------------------------ */
/* Errors                                                               */

static bool lex_error(Lexer *lx, size_t pos, const char *msg)
{
    if (!lx->err[0]) {
        snprintf(lx->err, sizeof lx->err, "%s", msg);
        lx->err_line = lx->line;
        lx->err_col = (uint32_t)(pos >= lx->line_start ? pos - lx->line_start + 1 : 1);
    }
    return false;
}

void lex_init(Lexer *lx, Arena *arena, const char *src, size_t len)
{
    memset(lx, 0, sizeof *lx);
    lx->src = src;
    lx->len = len;
    lx->line = 1;
    lx->arena = arena;
    /* a hashbang line is a comment */
    if (len >= 2 && src[0] == '#' && src[1] == '!') {
        while (lx->pos < len && src[lx->pos] != '\n' && src[lx->pos] != '\r') lx->pos++;
    }
}

/* Consume a line terminator at lx->pos (of nbytes) and start a new line. */
static void new_line(Lexer *lx, uint32_t c, int nbytes)
{
    lx->pos += (size_t)nbytes;
    if (c == '\r' && at(lx, lx->pos) == '\n') lx->pos++;
    lx->line++;
    lx->line_start = lx->pos;
}

/* ------------------------------------------------------------------ */
/* White space and comments                                             */

/* Skip white space and comments; *nl is set when a line terminator was
 * crossed.  Returns false on an unterminated block comment. */
static bool skip_space(Lexer *lx, bool *nl)
{
    for (;;) {
        int c = at(lx, lx->pos);
        if (c == ' ' || c == '\t' || c == 0x0B || c == 0x0C) { lx->pos++; continue; }
        if (c == '\n' || c == '\r') { *nl = true; new_line(lx, (uint32_t)c, 1); continue; }
        if (c == '/') {
            int d = at(lx, lx->pos + 1);
            if (d == '/') {
                lx->pos += 2;
                while (lx->pos < lx->len) {
                    int e = (unsigned char)lx->src[lx->pos];
                    if (e == '\n' || e == '\r') break;
                    if (e == 0xE2) {
                        int nb;
                        uint32_t cp = decode_utf8(lx, lx->pos, &nb);
                        if (cp == 0x2028 || cp == 0x2029) break;
                    }
                    lx->pos++;
                }
                continue;
            }
            if (d == '*') {
                size_t start = lx->pos, start_line_start = lx->line_start;
                uint32_t start_line = lx->line;
                lx->pos += 2;
                for (;;) {
                    if (lx->pos >= lx->len) {
                        lx->line = start_line;   /* report where the comment opened */
                        lx->line_start = start_line_start;
                        return lex_error(lx, start, "Invalid or unexpected token");
                    }
                    int e = (unsigned char)lx->src[lx->pos];
                    if (e == '*' && at(lx, lx->pos + 1) == '/') { lx->pos += 2; break; }
                    if (e == '\n' || e == '\r') { *nl = true; new_line(lx, (uint32_t)e, 1); continue; }
                    if (e >= 0x80) {
                        int nb;
                        uint32_t cp = decode_utf8(lx, lx->pos, &nb);
                        if (cp == 0x2028 || cp == 0x2029) { *nl = true; new_line(lx, cp, nb); continue; }
                        lx->pos += (size_t)nb;
                        continue;
                    }
                    lx->pos++;
                }
                continue;
            }
            return true;
        }
        if (c >= 0x80) {
            int nb;
            uint32_t cp = decode_utf8(lx, lx->pos, &nb);
            if (cp == 0x2028 || cp == 0x2029) { *nl = true; new_line(lx, cp, nb); continue; }
            if (is_ws(cp)) { lx->pos += (size_t)nb; continue; }
        }
        return true;
    }
}

/* ------------------------------------------------------------------ */
/* Identifiers and keywords                                             */

/* Classify a word: keyword token type or T_NAME plus a context word. */
static TokType classify_word(const char *s, size_t n, uint8_t *cw)
{
    *cw = CW_NONE;
#define IS(lit) (n == sizeof(lit) - 1 && memcmp(s, lit, n) == 0)
    switch (s[0]) {
    case 'a':
        if (IS("arguments")) *cw = CW_ARGUMENTS;
        else if (IS("async")) *cw = CW_ASYNC;
        else if (IS("await")) *cw = CW_AWAIT;
        break;
    case 'b': if (IS("break")) return T_BREAK; break;
    case 'c':
        if (IS("case")) return T_CASE;
        if (IS("catch")) return T_CATCH;
        if (IS("class")) return T_CLASS;
        if (IS("const")) return T_CONST;
        if (IS("continue")) return T_CONTINUE;
        if (IS("constructor")) *cw = CW_CONSTRUCTOR;
        break;
    case 'd':
        if (IS("do")) return T_DO;
        if (IS("delete")) return T_DELETE;
        if (IS("default")) return T_DEFAULT;
        if (IS("debugger")) return T_DEBUGGER;
        break;
    case 'e':
        if (IS("else")) return T_ELSE;
        if (IS("enum")) return T_ENUM;
        if (IS("export")) return T_EXPORT;
        if (IS("extends")) return T_EXTENDS;
        if (IS("eval")) *cw = CW_EVAL;
        break;
    case 'f':
        if (IS("for")) return T_FOR;
        if (IS("false")) return T_FALSE;
        if (IS("finally")) return T_FINALLY;
        if (IS("function")) return T_FUNCTION;
        break;
    case 'g': if (IS("get")) *cw = CW_GET; break;
    case 'i':
        if (IS("if")) return T_IF;
        if (IS("in")) return T_IN;
        if (IS("instanceof")) return T_INSTANCEOF;
        if (IS("import")) return T_IMPORT;
        if (IS("implements")) *cw = CW_IMPLEMENTS;
        else if (IS("interface")) *cw = CW_INTERFACE;
        break;
    case 'l': if (IS("let")) *cw = CW_LET; break;
    case 'n':
        if (IS("new")) return T_NEW;
        if (IS("null")) return T_NULL;
        break;
    case 'o': if (IS("of")) *cw = CW_OF; break;
    case 'p':
        if (IS("package")) *cw = CW_PACKAGE;
        else if (IS("private")) *cw = CW_PRIVATE;
        else if (IS("protected")) *cw = CW_PROTECTED;
        else if (IS("public")) *cw = CW_PUBLIC;
        else if (IS("prototype")) *cw = CW_PROTOTYPE;
        break;
    case 'r': if (IS("return")) return T_RETURN; break;
    case 's':
        if (IS("super")) return T_SUPER;
        if (IS("switch")) return T_SWITCH;
        if (IS("set")) *cw = CW_SET;
        else if (IS("static")) *cw = CW_STATIC;
        break;
    case 't':
        if (IS("this")) return T_THIS;
        if (IS("throw")) return T_THROW;
        if (IS("true")) return T_TRUE;
        if (IS("try")) return T_TRY;
        if (IS("typeof")) return T_TYPEOF;
        if (IS("target")) *cw = CW_TARGET;
        break;
    case 'u': if (IS("undefined")) *cw = CW_UNDEFINED; break;
    case 'v':
        if (IS("var")) return T_VAR;
        if (IS("void")) return T_VOID;
        break;
    case 'w':
        if (IS("while")) return T_WHILE;
        if (IS("with")) return T_WITH;
        break;
    case 'y': if (IS("yield")) *cw = CW_YIELD; break;
    case '_': if (IS("__proto__")) *cw = CW_PROTO; break;
    default: break;
    }
#undef IS
    return T_NAME;
}

/* Parse a \u escape at pos (pointing at the backslash).  Returns the code
 * point or -1; *end receives the position after it. */
static int32_t read_unicode_escape(const Lexer *lx, size_t pos, size_t *end)
{
    if (at(lx, pos) != '\\' || at(lx, pos + 1) != 'u') return -1;
    pos += 2;
    if (at(lx, pos) == '{') {
        uint32_t v = 0;
        size_t p = pos + 1;
        int digits = 0;
        while (hex_val(at(lx, p)) >= 0) {
            v = v * 16 + (uint32_t)hex_val(at(lx, p));
            if (v > 0x10FFFF) return -2;
            p++, digits++;
        }
        if (!digits || at(lx, p) != '}') return -1;
        *end = p + 1;
        return (int32_t)v;
    }
    uint32_t v = 0;
    for (int i = 0; i < 4; i++) {
        int h = hex_val(at(lx, pos + (size_t)i));
        if (h < 0) return -1;
        v = v * 16 + (uint32_t)h;
    }
    *end = pos + 4;
    return (int32_t)v;
}

static bool lex_word(Lexer *lx, Token *t)
{
    size_t start = lx->pos, p = start;
    bool escaped = false;
    /* pass 1: find the end, validating escapes */
    for (;;) {
        int c = at(lx, p);
        if (c < 0) break;
        if (c < 0x80) {
            if (c == '\\') {
                size_t e;
                int32_t cp = read_unicode_escape(lx, p, &e);
                if (cp < 0 || !(p == start ? is_id_start((uint32_t)cp) : is_id_part((uint32_t)cp)))
                    return lex_error(lx, p, cp == -2 ? "Undefined Unicode code-point" : "Invalid or unexpected token");
                escaped = true;
                p = e;
                continue;
            }
            if (!(p == start ? is_id_start((uint32_t)c) : is_id_part((uint32_t)c))) break;
            p++;
            continue;
        }
        int nb;
        uint32_t cp = decode_utf8(lx, p, &nb);
        if (!(p == start ? is_id_start(cp) : is_id_part(cp))) break;
        p += (size_t)nb;
    }
    size_t n = p - start;
    char *name = arena_alloc(lx->arena, n + 1);
    if (!name) return lex_error(lx, start, "out of memory");
    size_t len = 0;
    if (!escaped) {
        memcpy(name, lx->src + start, n);
        len = n;
    } else {
        size_t q = start;
        while (q < p) {
            if (lx->src[q] == '\\') {
                size_t e;
                int32_t cp = read_unicode_escape(lx, q, &e);
                put8(name, &len, (uint32_t)cp);
                q = e;
            } else {
                name[len++] = lx->src[q++];
            }
        }
    }
    name[len] = 0;
    lx->pos = p;
    uint8_t cw;
    TokType type = classify_word(name, len, &cw);
    if (type != T_NAME && escaped) {
        t->escaped_keyword = true;
        type = T_NAME;
    }
    t->type = type;
    t->cw = cw;
    t->escaped = escaped;
    t->name = type == T_NAME ? name : token_text[type];
    return true;
}

/* ------------------------------------------------------------------ */
/* Numbers                                                              */

/* What follows a numeric literal at lx->pos: `n` makes [start, pos) a
 * BigInt literal when the form allows one (integers without a leading 0,
 * or 0x / 0o / 0b); then an identifier character or digit is an error. */
static bool number_tail_ok(Lexer *lx, Token *t, size_t start, bool bigint_ok)
{
    int c = at(lx, lx->pos);
    t->type = T_NUMBER;
    if (c == 'n') {
        if (!bigint_ok) return lex_error(lx, lx->pos, "Invalid or unexpected token");
        /* the digits without separators, prefix kept (bigint_from_literal) */
        char *text = arena_alloc(lx->arena, lx->pos - start + 1);
        if (!text) return lex_error(lx, start, "out of memory");
        uint32_t k = 0;
        for (size_t q = start; q < lx->pos; q++)
            if (lx->src[q] != '_') text[k++] = lx->src[q];
        text[k] = 0;
        t->name = text;
        t->len = k;
        t->type = T_BIGINT;
        lx->pos++;
        c = at(lx, lx->pos);
    }
    if (c >= 0) {
        int nb;
        uint32_t cp = decode_utf8(lx, lx->pos, &nb);
        if (is_id_start(cp) || (c >= '0' && c <= '9') || c == '\\')
            return lex_error(lx, lx->pos, "Invalid or unexpected token");
    }
    return true;
}

/* Digits in the given base with numeric separators; returns the count of
 * digits read (0 = none) or -1 on a misplaced separator. */
static int scan_digits(Lexer *lx, int base, double *value, char *dec, size_t *dn, size_t dcap)
{
    int count = 0;
    bool last_sep = false;
    for (;;) {
        int c = at(lx, lx->pos);
        if (c == '_') {
            if (!count || last_sep) {
                lex_error(lx, lx->pos, last_sep ? "Only one underscore is allowed as numeric separator"
                                                : "Numeric separators are not allowed here");
                return -1;
            }
            last_sep = true;
            lx->pos++;
            continue;
        }
        int v = hex_val(c);
        if (v < 0 || v >= base) break;
        if (value) *value = *value * base + v;
        if (dec && *dn + 1 < dcap) dec[(*dn)++] = (char)c;
        count++;
        last_sep = false;
        lx->pos++;
    }
    if (last_sep) {
        lex_error(lx, lx->pos - 1, "Numeric separators are not allowed at the end of numeric literals");
        return -1;
    }
    return count;
}

static bool lex_number(Lexer *lx, Token *t)
{
    size_t start = lx->pos;
    int c0 = at(lx, start), c1 = at(lx, start + 1);
    t->num = 0;
    if (c0 == '0' && (c1 == 'x' || c1 == 'X' || c1 == 'o' || c1 == 'O' || c1 == 'b' || c1 == 'B')) {
        int base = (c1 == 'x' || c1 == 'X') ? 16 : (c1 == 'o' || c1 == 'O') ? 8 : 2;
        lx->pos += 2;
        double v = 0;
        if (scan_digits(lx, base, &v, NULL, NULL, 0) <= 0)
            return lex_error(lx, lx->pos, "Invalid or unexpected token");
        t->num = v;
        return number_tail_ok(lx, t, start, true);
    }
    if (c0 == '0' && c1 >= '0' && c1 <= '9') {
        /* legacy octal (017) or decimal with a leading zero (089) */
        size_t p = start + 1;
        bool octal = true;
        while (at(lx, p) >= '0' && at(lx, p) <= '9') {
            if (at(lx, p) >= '8') octal = false;
            p++;
        }
        t->legacy_octal = true;
        if (octal) {
            double v = 0;
            for (size_t q = start + 1; q < p; q++) v = v * 8 + (lx->src[q] - '0');
            t->num = v;
            lx->pos = p;
            return number_tail_ok(lx, t, start, false);
        }
        /* decimal: fall through to the general path (no separators) */
    }
    if (c0 == '0' && c1 == '_') return lex_error(lx, start + 1, "Numeric separator can not be used after leading 0.");
    /* digits are collected (without separators) for strtod; literals with
     * more than DIGIT_CAP digits take the slow path below */
    enum { DIGIT_CAP = 400 };
    char buf[DIGIT_CAP + 48];
    size_t n = 0;
    bool big = false;
    if (c0 != '.') {
        if (scan_digits(lx, 10, NULL, buf, &n, DIGIT_CAP) < 0)
            return lex_error(lx, lx->pos, "Numeric separators are not allowed here");
    }
    bool integer = !t->legacy_octal && c0 != '.';
    if (at(lx, lx->pos) == '.') {
        integer = false;
        lx->pos++;
        if (n + 1 < DIGIT_CAP) buf[n++] = '.';
        else big = true;
        if (at(lx, lx->pos) == '_') return lex_error(lx, lx->pos, "Numeric separators are not allowed here");
        if (scan_digits(lx, 10, NULL, buf, &n, DIGIT_CAP) < 0)
            return lex_error(lx, lx->pos, "Numeric separators are not allowed here");
    }
    if (n + 1 >= DIGIT_CAP) big = true;
    int e = at(lx, lx->pos);
    if (e == 'e' || e == 'E') {
        integer = false;
        buf[n++] = 'e';
        lx->pos++;
        int s = at(lx, lx->pos);
        if (s == '+' || s == '-') { buf[n++] = (char)s; lx->pos++; }
        char ebuf[32];
        size_t en = 0;
        int d = scan_digits(lx, 10, NULL, ebuf, &en, sizeof ebuf);
        if (d <= 0) return lex_error(lx, lx->pos, "Invalid or unexpected token");
        if (en + 1 >= sizeof ebuf) big = true;
        memcpy(buf + n, ebuf, en);
        n += en;
    }
    buf[n] = 0;
    if (big) {
        /* overlong literal: collect again without the cap */
        size_t cap = lx->pos - start + 1;
        char *tmp = arena_alloc(lx->arena, cap);
        if (!tmp) return lex_error(lx, start, "out of memory");
        size_t k = 0;
        for (size_t q = start; q < lx->pos; q++)
            if (lx->src[q] != '_') tmp[k++] = lx->src[q];
        tmp[k] = 0;
        t->num = strtod(tmp, NULL);
    } else {
        t->num = strtod(buf, NULL);
    }
    return number_tail_ok(lx, t, start, integer);
}

/* ------------------------------------------------------------------ */
/* Escapes and strings                                                  */

/* Decode the escape sequence after a backslash at lx->pos (pointing after
 * the backslash) into out.  For templates (tmpl) invalid escapes set
 * *bad instead of failing.  Returns false on an error in a string. */
static bool read_escape(Lexer *lx, uint16_t *out, uint32_t *n, bool tmpl, Token *t)
{
    size_t bs = lx->pos - 1;
    int c = at(lx, lx->pos);
    if (c < 0) return lex_error(lx, bs, "Invalid or unexpected token");
    switch (c) {
    case 'b': out[(*n)++] = 8; lx->pos++; return true;
    case 't': out[(*n)++] = 9; lx->pos++; return true;
    case 'n': out[(*n)++] = 10; lx->pos++; return true;
    case 'v': out[(*n)++] = 11; lx->pos++; return true;
    case 'f': out[(*n)++] = 12; lx->pos++; return true;
    case 'r': out[(*n)++] = 13; lx->pos++; return true;
    case '\r': case '\n':
        new_line(lx, (uint32_t)c, 1);
        return true;
    case 'x': {
        int h1 = hex_val(at(lx, lx->pos + 1)), h2 = hex_val(at(lx, lx->pos + 2));
        if (h1 < 0 || h2 < 0) {
            if (!tmpl) return lex_error(lx, bs, "Invalid hexadecimal escape sequence");
            if (!t->bad_escape) t->bad_escape = BAD_ESC_HEX;
            lx->pos++;
            return true;
        }
        out[(*n)++] = (uint16_t)(h1 * 16 + h2);
        lx->pos += 3;
        return true;
    }
    case 'u': {
        size_t e;
        int32_t cp = read_unicode_escape(lx, bs, &e);
        if (cp < 0) {
            if (!tmpl) return lex_error(lx, bs, cp == -2 ? "Undefined Unicode code-point" : "Invalid Unicode escape sequence");
            if (!t->bad_escape) t->bad_escape = BAD_ESC_UNICODE;
            lx->pos++;
            return true;
        }
        put16(out, n, (uint32_t)cp);
        lx->pos = e;
        return true;
    }
    default: break;
    }
    if (c >= '0' && c <= '9') {
        if (c == '0' && !(at(lx, lx->pos + 1) >= '0' && at(lx, lx->pos + 1) <= '9')) {
            out[(*n)++] = 0;
            lx->pos++;
            return true;
        }
        if (tmpl) {
            if (!t->bad_escape) t->bad_escape = BAD_ESC_OCTAL;
            lx->pos++;
            return true;
        }
        t->legacy_octal = true;
        if (c >= '8') { out[(*n)++] = (uint16_t)c; lx->pos++; return true; }
        int v = c - '0';
        lx->pos++;
        int maxd = c <= '3' ? 2 : 1;
        for (int i = 0; i < maxd && at(lx, lx->pos) >= '0' && at(lx, lx->pos) <= '7'; i++)
            v = v * 8 + (at(lx, lx->pos++) - '0');
        out[(*n)++] = (uint16_t)v;
        return true;
    }
    int nb;
    uint32_t cp = decode_utf8(lx, lx->pos, &nb);
    if (cp == 0x2028 || cp == 0x2029) { new_line(lx, cp, nb); return true; }
    put16(out, n, cp);
    lx->pos += (size_t)nb;
    return true;
}

static bool lex_string(Lexer *lx, Token *t)
{
    int q = at(lx, lx->pos);
    size_t start = lx->pos, p = start + 1;
    /* pass 1: find the closing quote */
    for (;;) {
        int c = at(lx, p);
        if (c < 0 || c == '\n' || c == '\r') return lex_error(lx, start, "Invalid or unexpected token");
        if (c == q) break;
        if (c == '\\') {
            p++;
            if (at(lx, p) == '\r' && at(lx, p + 1) == '\n') p++;
            if (at(lx, p) >= 0) p++;
            continue;
        }
        p++;
    }
    size_t end = p;
    uint16_t *out = arena_alloc(lx->arena, (end - start) * sizeof(uint16_t) + 2);
    if (!out) return lex_error(lx, start, "out of memory");
    uint32_t n = 0;
    lx->pos = start + 1;
    while (lx->pos < end) {
        int c = (unsigned char)lx->src[lx->pos];
        if (c == '\\') {
            t->escaped = true;
            lx->pos++;
            if (!read_escape(lx, out, &n, false, t)) return false;
        } else if (c < 0x80) {
            out[n++] = (uint16_t)c;
            lx->pos++;
        } else {
            int nb;
            uint32_t cp = decode_utf8(lx, lx->pos, &nb);
            put16(out, &n, cp);
            lx->pos += (size_t)nb;
        }
    }
    lx->pos = end + 1;
    t->type = T_STRING;
    t->str = out;
    t->len = n;
    return true;
}

/* ------------------------------------------------------------------ */
/* Templates                                                            */

/* Scan template characters starting at lx->pos (just after '`' or '}').
 * Fills cooked and raw values; the type says whether it ended with '`'
 * or with '${'. */
static bool lex_template_chars(Lexer *lx, Token *t, bool head)
{
    size_t start = lx->pos, p = start;
    for (;;) {
        int c = at(lx, p);
        if (c < 0) return lex_error(lx, t->start, "Unexpected end of input");   /* node's wording */
        if (c == '`') break;
        if (c == '$' && at(lx, p + 1) == '{') break;
        if (c == '\\') { p++; if (at(lx, p) >= 0) p++; continue; }
        p++;
    }
    size_t end = p;
    size_t cap = (end - start) + 1;
    uint16_t *cooked = arena_alloc(lx->arena, cap * sizeof(uint16_t));
    uint16_t *raw = arena_alloc(lx->arena, cap * sizeof(uint16_t));
    if (!cooked || !raw) return lex_error(lx, start, "out of memory");
    uint32_t cn = 0, rn = 0;
    while (lx->pos < end) {
        int c = (unsigned char)lx->src[lx->pos];
        size_t from = lx->pos;
        if (c == '\\') {
            lx->pos++;
            if (!read_escape(lx, cooked, &cn, true, t)) return false;
        } else if (c == '\r' || c == '\n') {
            cooked[cn++] = '\n';
            new_line(lx, (uint32_t)c, 1);
        } else if (c < 0x80) {
            cooked[cn++] = (uint16_t)c;
            lx->pos++;
        } else {
            int nb;
            uint32_t cp = decode_utf8(lx, lx->pos, &nb);
            put16(cooked, &cn, cp);
            if (cp == 0x2028 || cp == 0x2029) new_line(lx, cp, nb);
            else lx->pos += (size_t)nb;
        }
        /* raw: the source text of this piece with CR and CRLF as LF */
        for (size_t q = from; q < lx->pos;) {
            int r = (unsigned char)lx->src[q];
            if (r == '\r') {
                raw[rn++] = '\n';
                q += (q + 1 < lx->pos && lx->src[q + 1] == '\n') ? 2 : 1;
            } else if (r < 0x80) {
                raw[rn++] = (uint16_t)r;
                q++;
            } else {
                int nb;
                uint32_t cp = decode_utf8(lx, q, &nb);
                put16(raw, &rn, cp);
                q += (size_t)nb;
            }
        }
    }
    bool tail = at(lx, end) == '`';
    lx->pos = end + (tail ? 1 : 2);
    t->type = head ? (tail ? T_TEMPLATE : T_TEMPLATE_HEAD) : (tail ? T_TEMPLATE_TAIL : T_TEMPLATE_MIDDLE);
    t->str = cooked;
    t->len = cn;
    t->raw = raw;
    t->raw_len = rn;
    return true;
}

/* Restart scanning at the first byte of token t. */
static void rewind_to(Lexer *lx, Token *t)
{
    lx->pos = t->start;
    lx->line = t->line;
    lx->line_start = t->start - (t->col - 1);
}

bool lex_template_cont(Lexer *lx, Token *t)
{
    rewind_to(lx, t);
    lx->pos++; /* the '}' */
    t->bad_escape = BAD_ESC_NONE;
    bool ok = lex_template_chars(lx, t, false);
    t->end = (uint32_t)lx->pos;
    if (!ok) t->type = T_EOF;
    return ok;
}

/* ------------------------------------------------------------------ */
/* Regular expressions                                                  */

bool lex_regexp(Lexer *lx, Token *t)
{
    rewind_to(lx, t);
    size_t start = lx->pos + 1, p = start;
    bool in_class = false;
    for (;;) {
        int c = at(lx, p);
        if (c < 0 || c == '\n' || c == '\r')
            return lex_error(lx, t->start, "Invalid regular expression: missing /");
        if (c >= 0x80) {
            int nb;
            uint32_t cp = decode_utf8(lx, p, &nb);
            if (cp == 0x2028 || cp == 0x2029)
                return lex_error(lx, t->start, "Invalid regular expression: missing /");
            p += (size_t)nb;
            continue;
        }
        if (c == '\\') {
            p++;
            int d = at(lx, p);
            if (d < 0 || d == '\n' || d == '\r')
                return lex_error(lx, t->start, "Invalid regular expression: missing /");
            p++;        /* the escaped char cannot end the body or open/close a class */
            continue;
        }
        if (c == '[') in_class = true;
        else if (c == ']') in_class = false;
        else if (c == '/' && !in_class) break;
        p++;
    }
    size_t end = p;
    uint16_t *body = arena_alloc(lx->arena, (end - start + 1) * sizeof(uint16_t));
    if (!body) return lex_error(lx, start, "out of memory");
    uint32_t n = 0;
    for (size_t q = start; q < end;) {
        int nb;
        uint32_t cp = decode_utf8(lx, q, &nb);
        put16(body, &n, cp);
        q += (size_t)nb;
    }
    p = end + 1;
    size_t fstart = p;
    while (p < lx->len) {
        int nb;
        uint32_t cp = decode_utf8(lx, p, &nb);
        if (cp == '\\' || !is_id_part(cp)) {
            if (cp == '\\') return lex_error(lx, p, "Invalid regular expression flags");
            break;
        }
        p += (size_t)nb;
    }
    char *flags = arena_alloc(lx->arena, p - fstart + 1);
    if (!flags) return lex_error(lx, start, "out of memory");
    for (size_t q = fstart; q < p; q++) {
        char f = lx->src[q];
        if (!strchr("dgimsuyv", f) || memchr(flags, f, q - fstart))
            return lex_error(lx, t->start, "Invalid regular expression flags");
        flags[q - fstart] = f;
    }
    lx->pos = p;
    t->type = T_REGEXP;
    t->str = body;
    t->len = n;
    t->flags = flags;
    t->end = (uint32_t)p;
    return true;
}

/* ------------------------------------------------------------------ */
/* Punctuators                                                          */

static bool lex_punct(Lexer *lx, Token *t)
{
    size_t p = lx->pos;
    int c = at(lx, p), c1 = at(lx, p + 1), c2 = at(lx, p + 2), c3 = at(lx, p + 3);
    TokType ty;
    int n = 1;
    switch (c) {
    case '{': ty = T_LBRACE; break;
    case '}': ty = T_RBRACE; break;
    case '(': ty = T_LPAREN; break;
    case ')': ty = T_RPAREN; break;
    case '[': ty = T_LBRACKET; break;
    case ']': ty = T_RBRACKET; break;
    case ';': ty = T_SEMI; break;
    case ',': ty = T_COMMA; break;
    case ':': ty = T_COLON; break;
    case '~': ty = T_TILDE; break;
    case '.':
        if (c1 == '.' && c2 == '.') { ty = T_ELLIPSIS; n = 3; }
        else ty = T_DOT;
        break;
    case '?':
        if (c1 == '.' && !(c2 >= '0' && c2 <= '9')) { ty = T_QDOT; n = 2; }
        else if (c1 == '?') {
            if (c2 == '=') { ty = T_NULLISH_ASSIGN; n = 3; }
            else { ty = T_NULLISH; n = 2; }
        } else ty = T_QUESTION;
        break;
    case '<':
        if (c1 == '<') {
            if (c2 == '=') { ty = T_SHL_ASSIGN; n = 3; }
            else { ty = T_SHL; n = 2; }
        } else if (c1 == '=') { ty = T_LE; n = 2; }
        else ty = T_LT;
        break;
    case '>':
        if (c1 == '>') {
            if (c2 == '>') {
                if (c3 == '=') { ty = T_USHR_ASSIGN; n = 4; }
                else { ty = T_USHR; n = 3; }
            } else if (c2 == '=') { ty = T_SHR_ASSIGN; n = 3; }
            else { ty = T_SHR; n = 2; }
        } else if (c1 == '=') { ty = T_GE; n = 2; }
        else ty = T_GT;
        break;
    case '=':
        if (c1 == '=') {
            if (c2 == '=') { ty = T_SEQ; n = 3; }
            else { ty = T_EQ; n = 2; }
        } else if (c1 == '>') { ty = T_ARROW; n = 2; }
        else ty = T_ASSIGN;
        break;
    case '!':
        if (c1 == '=') {
            if (c2 == '=') { ty = T_SNE; n = 3; }
            else { ty = T_NE; n = 2; }
        } else ty = T_BANG;
        break;
    case '+':
        if (c1 == '+') { ty = T_INC; n = 2; }
        else if (c1 == '=') { ty = T_PLUS_ASSIGN; n = 2; }
        else ty = T_PLUS;
        break;
    case '-':
        if (c1 == '-') { ty = T_DEC; n = 2; }
        else if (c1 == '=') { ty = T_MINUS_ASSIGN; n = 2; }
        else ty = T_MINUS;
        break;
    case '*':
        if (c1 == '*') {
            if (c2 == '=') { ty = T_STARSTAR_ASSIGN; n = 3; }
            else { ty = T_STARSTAR; n = 2; }
        } else if (c1 == '=') { ty = T_STAR_ASSIGN; n = 2; }
        else ty = T_STAR;
        break;
    case '/':
        if (c1 == '=') { ty = T_SLASH_ASSIGN; n = 2; }
        else ty = T_SLASH;
        break;
    case '%':
        if (c1 == '=') { ty = T_PERCENT_ASSIGN; n = 2; }
        else ty = T_PERCENT;
        break;
    case '&':
        if (c1 == '&') {
            if (c2 == '=') { ty = T_AND_ASSIGN; n = 3; }
            else { ty = T_AND; n = 2; }
        } else if (c1 == '=') { ty = T_AMP_ASSIGN; n = 2; }
        else ty = T_AMP;
        break;
    case '|':
        if (c1 == '|') {
            if (c2 == '=') { ty = T_OR_ASSIGN; n = 3; }
            else { ty = T_OR; n = 2; }
        } else if (c1 == '=') { ty = T_PIPE_ASSIGN; n = 2; }
        else ty = T_PIPE;
        break;
    case '^':
        if (c1 == '=') { ty = T_CARET_ASSIGN; n = 2; }
        else ty = T_CARET;
        break;
    default:
        if (c == '#' && c1 >= 0 && (is_id_start((uint32_t)c1) || c1 == '\\' || c1 >= 0x80)) {
            /* #name: a private name; its text keeps the '#' (never a keyword) */
            lx->pos = p + 1;
            if (!lex_word(lx, t)) return false;
            if (lx->pos == p + 1) return lex_error(lx, p, "Invalid or unexpected token");
            const char *w = t->type == T_NAME ? t->name : token_text[t->type];
            size_t wl = strlen(w);
            char *name = arena_alloc(lx->arena, wl + 2);
            if (!name) return lex_error(lx, p, "out of memory");
            name[0] = '#';
            memcpy(name + 1, w, wl + 1);
            t->type = T_PRIVATE_NAME;
            t->cw = CW_NONE;
            t->escaped_keyword = false;
            t->name = name;
            return true;
        }
        return lex_error(lx, p, "Invalid or unexpected token");
    }
    lx->pos = p + (size_t)n;
    t->type = ty;
    t->name = token_text[ty];
    return true;
}

/* ------------------------------------------------------------------ */
/* The token loop                                                       */

bool lex_next(Lexer *lx, Token *t)
{
    bool nl = false;
    t->type = T_EOF;
    t->cw = CW_NONE;
    t->escaped = t->legacy_octal = t->escaped_keyword = false;
    t->bad_escape = BAD_ESC_NONE;
    t->name = NULL;
    t->str = t->raw = NULL;
    t->flags = NULL;
    t->len = t->raw_len = 0;
    if (!skip_space(lx, &nl)) {
        t->start = t->end = (uint32_t)lx->pos;
        t->line = lx->line;
        t->col = (uint32_t)(lx->pos - lx->line_start + 1);
        return false;
    }
    t->nl_before = nl;
    t->start = (uint32_t)lx->pos;
    t->line = lx->line;
    t->col = (uint32_t)(lx->pos - lx->line_start + 1);
    bool ok;
    int c = at(lx, lx->pos);
    if (c < 0) {
        t->type = T_EOF;
        t->name = token_text[T_EOF];
        ok = true;
    } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '$' || c == '_' || c == '\\') {
        ok = lex_word(lx, t);
    } else if ((c >= '0' && c <= '9') ||
               (c == '.' && at(lx, lx->pos + 1) >= '0' && at(lx, lx->pos + 1) <= '9')) {
        ok = lex_number(lx, t);
    } else if (c == '"' || c == '\'') {
        ok = lex_string(lx, t);
    } else if (c == '`') {
        lx->pos++;
        ok = lex_template_chars(lx, t, true);
    } else if (c >= 0x80) {
        int nb;
        uint32_t cp = decode_utf8(lx, lx->pos, &nb);
        if (is_id_start(cp)) ok = lex_word(lx, t);
        else ok = lex_error(lx, lx->pos, "Invalid or unexpected token");
    } else {
        ok = lex_punct(lx, t);
    }
    t->end = (uint32_t)lx->pos;
    if (!ok) t->type = T_EOF;
    return ok;
}
