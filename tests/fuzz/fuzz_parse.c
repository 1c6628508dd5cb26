/* fuzz_parse -- libFuzzer target: the lexer and parser (source bytes -> AST
 * or a ParseError), sloppy and strict.  No VM involved. */
#include <stddef.h>
#include <stdint.h>

#include "parser.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    for (int strict = 0; strict < 2; strict++) {
        Arena arena = {0};
        ParseError err;
        Node *n = parse_program(&arena, (const char *)data, size, strict ? PARSE_STRICT : 0, &err);
        (void)n;
        arena_free(&arena);
    }
    return 0;
}
