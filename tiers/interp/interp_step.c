/*
 * interp_step.c -- the interpreter's dispatch loop built a third time, in
 * step mode (TL_INTERP_STEP): interp_step() executes exactly one
 * instruction.  The baseline JIT calls it for slow paths and rare opcodes,
 * so every tier shares the interpreter's definition of each operation.
 */
#define TL_INTERP_STEP 1
#include "interp.c"
