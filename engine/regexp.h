/*
 * regexp.h -- ECMAScript regular expressions (prefix re_): a compiler from
 * pattern text to a compact program (regexp_parse.c parses into the AST of
 * regexp_ast.h, regexp_emit.c emits the code) and a backtracking matcher
 * over that program (regexp_exec.c).  The RegExp objects and
 * methods built on top live in builtins/regexp.c.
 *
 * Invariants:
 *  - A compiled program is a CELL_BYTES cell (struct Bytes) whose data starts
 *    with a ReProgram header followed by int32 code and the group names, so
 *    the GC traces nothing new and may move it freely.
 *  - The matcher never allocates on the GC heap: raw pointers into the
 *    program and the (flat) subject string stay valid during re_exec.
 *  - Backtracking uses an explicit malloc'd stack (never C recursion) and a
 *    step budget; exceeding it (or vm->interrupted) is a RangeError.
 *  - Case-insensitive matching (re_canonicalize) covers the whole BMP from
 *    Unicode 14 tables (regexp_unicode.inc): the simple uppercase mapping
 *    without u, simple case folding with u.  Astral characters never fold.
 */
#ifndef TL_REGEXP_H
#define TL_REGEXP_H

#include <stdbool.h>
#include <stdint.h>
#include "value.h"

struct VM;
struct JSString;

enum ReFlag {
    RE_FLAG_G = 1, RE_FLAG_I = 2, RE_FLAG_M = 4, RE_FLAG_S = 8,
    RE_FLAG_U = 16, RE_FLAG_Y = 32, RE_FLAG_D = 64, RE_FLAG_V = 128,
};

#define RE_STEP_BUDGET 100000000u

typedef struct ReProgram {
    uint32_t flags;        /* ReFlag */
    uint32_t ncaps;        /* capture groups including group 0 */
    uint32_t nregs;        /* loop registers */
    uint32_t code_len;     /* int32 words of code */
    uint32_t names_off;    /* byte offset (from the header) of the names area */
    uint32_t has_names;    /* any named group */
    int32_t first_char;    /* every match starts with this unit, or -1 */
    uint32_t literal_len;  /* > 0: the whole pattern is this literal (no flags i/u) */
    int32_t required_char; /* a unit every match contains (subject scanned once), or -1 */
    uint32_t anchor;       /* every match starts at 1: position 0 (a leading ^ without m),
                              2: a line start (a leading ^ with m); 0: anywhere */
    uint32_t scan_first;   /* 1: a match starts with a unit of first_units / first_high (never empty) */
    uint32_t first_high;   /* ... which may be any unit >= 256 */
    uint32_t first_units[8]; /* bit u: unit u < 256 may start a match */
    int32_t code[];
} ReProgram;

/* Parse a flags string into ReFlag bits; false if invalid/duplicated. */
bool re_parse_flags(struct VM *vm, JSValue flags, uint32_t *out);
/* Compile pattern (a string) with flag bits; returns the Bytes cell or
 * VAL_EXCEPTION with a SyntaxError pending.  flags_text is for messages. */
JSValue re_compile(struct VM *vm, JSValue pattern, uint32_t flags, JSValue flags_text);
static inline const ReProgram *re_program(JSValue bytes_cell)  /* data of struct Bytes (object.h), 16 bytes in */
{
    return (const ReProgram *)(const void *)((const uint8_t *)val_cell(bytes_cell) + 16);
}
/* Early-error check for regexp literals (no VM needed, nothing allocated on
 * the GC heap): NULL when pattern/flags are valid, else the reason text of
 * the SyntaxError ("Invalid regular expression: /p/f: <reason>"; for bad
 * flags the reason is "Invalid regular expression flags"). */
const char *re_syntax_check(const uint16_t *pattern, uint32_t len, const char *flags);
/* Name of capture group i (1-based) as UTF-16 units; *len = 0 when unnamed. */
const uint16_t *re_group_name(const ReProgram *p, uint32_t i, uint32_t *len);

/* Match at or after `start` (only at `start` when sticky).  caps receives
 * 2*ncaps code-unit offsets (-1 = unmatched).  Returns 1 match, 0 none,
 * -1 exception (step budget / interrupt). */
int re_exec(struct VM *vm, JSValue program, struct JSString *subject, uint32_t start, bool sticky, int32_t *caps);

/* Simple case mapping used by the i flag. */
uint32_t re_canonicalize(uint32_t c, bool unicode);

#endif
