/*
 * lexer.h -- JavaScript source text -> tokens (prefix lex_).
 *
 * The lexer is mode-free: it does not know about strict mode.  Everything
 * that strict mode forbids (legacy octal numbers and escapes, strict
 * reserved words) is lexed and flagged on the token; the parser decides.
 * The two context-dependent tokens are rescanned on the parser's request:
 *   - a '/' or '/=' token where an expression may start -> lex_regexp
 *   - a '}' that closes a template substitution        -> lex_template_cont
 *
 * Positions: byte offsets into the source; line and column are 1-based,
 * columns count BYTES (not UTF-16 units) from the line start.  Line
 * terminators are LF, CR, CRLF, U+2028 and U+2029.
 *
 * Token payloads (identifier names, cooked strings, template raw strings,
 * regexp bodies) are allocated in the Arena given to lex_init and stay
 * valid as long as it.  No per-character allocation happens: each payload
 * is one arena allocation sized by its source length.
 *
 * Unicode identifiers: ASCII letters/digits/$/_ , \uXXXX and \u{...}
 * escapes, and non-ASCII ID_Start / ID_Continue code points (range tables
 * in lexer_unicode.inc, generated from Unicode data; ZWNJ/ZWJ continue).
 */
#ifndef TL_LEXER_H
#define TL_LEXER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "ast.h"

typedef enum TokType {
#define TOKEN(name, text) T_##name,
#define KEYWORD(name, text) T_##name,
#define PUNCT(name, text) T_##name,
#include "tokens.def"
#undef TOKEN
#undef KEYWORD
#undef PUNCT
    T__COUNT
} TokType;

/* Words that are identifiers to the lexer but matter to the parser. */
typedef enum ContextWord {
    CW_NONE, CW_LET, CW_STATIC, CW_YIELD, CW_AWAIT, CW_ASYNC, CW_GET, CW_SET,
    CW_OF, CW_TARGET, CW_EVAL, CW_ARGUMENTS, CW_CONSTRUCTOR, CW_PROTO,
    CW_PROTOTYPE, CW_IMPLEMENTS, CW_INTERFACE, CW_PACKAGE, CW_PRIVATE,
    CW_PROTECTED, CW_PUBLIC, CW_UNDEFINED
} ContextWord;

/* Invalid escapes in templates: legal in tagged templates only. */
typedef enum BadEscape { BAD_ESC_NONE, BAD_ESC_HEX, BAD_ESC_UNICODE, BAD_ESC_OCTAL } BadEscape;

typedef struct Token {
    TokType type;
    uint8_t cw;            /* ContextWord for T_NAME */
    bool nl_before;        /* a line terminator precedes this token */
    bool escaped;          /* NAME spelled with \u escapes; STRING with any escape */
    bool escaped_keyword;  /* a T_NAME that spells a reserved word with escapes: fine as a
                              property name, an error as an identifier (parser checks) */
    bool legacy_octal;     /* 017 / 08 numbers, \1..\7 \8 \9 string escapes */
    uint8_t bad_escape;    /* template: the first invalid escape (BadEscape; cooked is undefined) */
    uint32_t start, end;   /* byte range [start, end) */
    uint32_t line, col;    /* 1-based; col in bytes */
    double num;            /* T_NUMBER */
    const char *name;      /* T_NAME: UTF-8 (arena); keywords: their static text; T_BIGINT: digits */
    uint16_t *str;         /* STRING, template cooked, REGEXP body: UTF-16 (arena) */
    uint32_t len;
    uint16_t *raw;         /* template raw value (CR/CRLF normalised to LF) */
    uint32_t raw_len;
    char *flags;           /* REGEXP flags (arena, NUL-terminated) */
} Token;

typedef struct Lexer {
    const char *src;
    size_t len, pos;
    uint32_t line;
    size_t line_start;     /* byte offset of the current line's first byte */
    bool wtf8;             /* src is WTF-8 (a JS string's text): ED A0..BF xx is a lone surrogate */
    Arena *arena;
    /* the first lexical error (lex_* returned false) */
    char err[160];
    uint32_t err_line, err_col;
} Lexer;

void lex_init(Lexer *lx, Arena *arena, const char *src, size_t len);
/* Scan the next token into *t.  Returns false on a lexical error, with
 * lx->err and its position filled (t->type is then T_EOF). */
bool lex_next(Lexer *lx, Token *t);
/* Rescan *t (a '/' or '/=' token just returned) as a regular expression. */
bool lex_regexp(Lexer *lx, Token *t);
/* Rescan *t (a '}' token just returned) as a template middle or tail. */
bool lex_template_cont(Lexer *lx, Token *t);
/* Static text of a token type ("{", "if", "identifier", ...). */
const char *lex_token_text(TokType t);
/* Is the name a word reserved only in strict mode? */
bool lex_is_strict_reserved(ContextWord cw);

#endif
