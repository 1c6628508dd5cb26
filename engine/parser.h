/*
 * parser.h -- source text -> AST (prefix parse_).  A recursive-descent
 * parser over the lexer (lexer.h) with an explicit depth bound, so deeply
 * nested input gives a SyntaxError, never a C stack overflow.
 */
#ifndef TL_PARSER_H
#define TL_PARSER_H

#include "ast.h"

typedef struct ParseError {
    char message[256];
    uint32_t line, col;    /* 1-based */
} ParseError;

enum { PARSE_STRICT = 1, PARSE_EVAL = 2, PARSE_MODULE = 4, PARSE_FUNCTION_BODY = 8,
       PARSE_WTF8 = 16, /* the text is a JS string's (str_to_wtf8): lone surrogates kept */
       PARSE_TOP_RETURN = 32 /* a script whose top level may `return` (a CommonJS main script, as node) */ };

/* Parse a whole script.  Returns the N_PROGRAM node (in arena), or NULL with
 * *err filled.  src need not be NUL-terminated. */
Node *parse_program(Arena *arena, const char *src, size_t len, int flags, ParseError *err);

#endif
