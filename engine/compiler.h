/*
 * compiler.h -- AST -> bytecode (prefix comp_).
 *
 * Pipeline: scope analysis (declarations, hoisting, which variables are
 * captured by inner functions or eval/with and so live in JSEnv records,
 * TDZ) -> code generation into a BcBuilder per function -> FunctionProto.
 * Uncaptured locals live in registers.
 */
#ifndef TL_COMPILER_H
#define TL_COMPILER_H

#include "ast.h"
#include "vm.h"

typedef struct CompileError {
    char message[256];
    uint32_t line, col;
} CompileError;

/* Compile a PROGRAM node into a top-level proto (FP_TOP_LEVEL).  Early
 * errors (e.g. redeclared let, bad break label) are reported as
 * SyntaxErrors through *err, returning NULL. */
FunctionProto *comp_compile_program(VM *vm, Node *program, Source *src, CompileError *err);

/* Indirect eval: run the string code as eval code in the global
 * environment (anything else is returned unchanged). */
JSValue comp_eval_indirect(VM *vm, JSValue code);

#endif
