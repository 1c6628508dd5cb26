/*
 * bytecode.h -- the bytecode contract between the front end and every tier
 * (prefix bc_): opcodes (bytecode.def), the FunctionProto that holds one
 * compiled function, its exception and line tables, the encoder the
 * compiler uses and the disassembler behind --print-bytecode.
 *
 * Instruction encoding: one opcode byte, then the operands named by the
 * opcode's format string, each fixed width (R,N: 2 bytes; K,A,F,I,J: 4
 * bytes), little endian, unaligned.  bc_op_size(op) is the total size.
 *
 * Frames: register 0 is `this`, registers 1..nparams the formal parameters
 * (missing arguments are undefined), the rest locals and temporaries
 * (initialised to undefined on entry).  Actual arguments beyond nparams are
 * only reachable through CREATE_ARGUMENTS / CREATE_REST, which the
 * compiler emits first in the function.
 *
 * Constructors: a `new` call gives a base constructor r0 = a fresh object
 * whose prototype is newTarget.prototype; a derived constructor (class with
 * extends) starts with r0 = TDZ until SUPER_CALL binds it.  On RETURN in a
 * construct frame: an object result is returned as is; otherwise base
 * constructors return r0; derived ones return r0 (ReferenceError if still
 * TDZ) when the value is undefined, else TypeError.
 *
 * FunctionProtos are malloc'd (never move); every proto is on vm->protos,
 * and the GC traces their constants and feedback as roots.
 *
 * Shapes of compiled code the tiers may rely on (compiler.c & co):
 *  - LOOP is the only backward jump; every loop closes with one.  Loop
 *    tests sit at the loop header (the LOOP target).
 *  - Captured variables live in JSEnv records pushed per scope (PUSH_ENV /
 *    POP_ENV); the others in registers.  Every exception handler restores
 *    env from its env_reg (saved with GET_ENV before the protected range).
 *  - try/finally: the finally block is entered with a completion kind in a
 *    register (0 normal, 1 throw with the exception in the value register,
 *    2.. a recorded break/continue/return) and ends with a dispatch of
 *    LOAD_INT / JSTRICT_NE on it.
 *  - for-of bodies are covered by a handler that runs ITER_CLOSE and
 *    rethrows; break/return out of the loop emit ITER_CLOSE first.
 *  - CREATE_CLASS without `extends` gets VAL_HOLE through LOAD_CONST of a
 *    constant holding the hole (the only place VAL_HOLE sits in consts).
 *  - Constants are any JSValues: atoms and numbers, the frozen template
 *    objects of tagged templates, and for direct eval call sites the
 *    original eval, a native helper and a scope descriptor array.
 *  - Derived constructors and arrows: a `this` captured by arrows lives in
 *    an env slot of the enclosing function, stored at entry and again after
 *    each SUPER_CALL; arrows read it and CHECK_THIS in derived classes.
 */
#ifndef TL_BYTECODE_H
#define TL_BYTECODE_H

#include <stdint.h>
#include <stdio.h>
#include "feedback.h"
#include "value.h"

struct VM;

typedef enum Opcode {
#define OP(name, fmt, fb, flags) BC_##name,
#include "bytecode.def"
#undef OP
    BC__COUNT
} Opcode;

enum OpFlag {
    OPF_JUMP = 1,
    OPF_TERMINAL = 2,
    OPF_MAY_THROW = 4,
    OPF_MAY_GC = 8,
    OPF_CALL = 16,
};

/* DEFINE_OWN flags */
enum {
    DEF_ENUMERABLE = 1,   /* object literal (else class member: non-enumerable) */
    DEF_GETTER = 2,       /* value is a getter function */
    DEF_SETTER = 4,       /* value is a setter function */
    DEF_SET_NAME = 8,     /* value is a function: SetFunctionName(value, key) */
    DEF_SET_HOME = 16,    /* value is a method: [[HomeObject]] = target object */
};

typedef struct OpInfo {
    const char *name;
    const char *format;
    uint8_t size;          /* 1 + operand bytes */
    uint8_t feedback;      /* FeedbackKind */
    uint8_t flags;
} OpInfo;
extern const OpInfo bc_ops[BC__COUNT];
static inline int bc_op_size(Opcode op) { return bc_ops[op].size; }

/* Operand readers (pc points at the opcode byte; off is the byte offset of the operand) */
static inline uint16_t bc_u16(const uint8_t *p) { uint16_t v; memcpy(&v, p, 2); return v; }
static inline uint32_t bc_u32(const uint8_t *p) { uint32_t v; memcpy(&v, p, 4); return v; }
static inline int32_t bc_i32(const uint8_t *p) { int32_t v; memcpy(&v, p, 4); return v; }

/* Exception table: innermost handlers first. While pc is in [start, end),
 * a thrown value is caught: env = R(env_reg), R(exc_reg) = exception,
 * pc = handler. */
typedef struct ExcHandler {
    uint32_t start, end, handler;
    uint16_t exc_reg, env_reg;
} ExcHandler;

typedef struct LineEntry {
    uint32_t pc;      /* bytecode offset where this position starts */
    uint32_t line, col;   /* 1-based */
} LineEntry;

/* Source text shared by every proto of one script (for toString, errors). */
typedef struct Source {
    char *name;       /* file name or "<eval>" */
    char *text;
    size_t len;
    uint32_t refs;
} Source;

enum ProtoFlag {
    FP_STRICT = 1,
    FP_ARROW = 2,
    FP_METHOD = 4,          /* method / accessor: not a constructor, no prototype property */
    FP_CLASS_CTOR = 8,      /* class constructor: callable only with new */
    FP_DERIVED = 16,        /* class constructor with extends */
    FP_USES_ARGUMENTS = 32,
    FP_HAS_REST = 64,
    FP_TOP_LEVEL = 128,     /* script / eval code */
    FP_GETTER = 256,
    FP_SETTER = 512,
    FP_NAMED_EXPR = 1024,   /* named function expression (name binds the callee) */
    FP_GENERATOR = 2048,    /* function* (with FP_ASYNC: async function*): not a constructor */
    FP_ASYNC = 4096,        /* async function / arrow / method: not a constructor */
    FP_EVAL = 8192,         /* eval code: its global var/function bindings are configurable */
    FP_THIS_UNUSED = 16384, /* sloppy, and nothing reads its `this`: calls pass it as it is */
};

typedef struct FunctionProto {
    uint8_t *code;
    uint32_t code_len;
    uint32_t nregs;          /* frame size, including r0 = this and the parameters */
    uint32_t nparams;        /* formal parameters that get registers 1..nparams (not rest) */
    uint32_t length;         /* the function's `length` (params before the first default/rest) */
    uint32_t flags;          /* ProtoFlag */
    JSValue name;            /* atom ("" if anonymous) */
    JSValue *consts;  uint32_t nconsts;
    struct FunctionProto **children; uint32_t nchildren;   /* CLOSURE / CREATE_CLASS operands */
    FeedbackSlot *feedback; uint32_t nfeedback;
    ExcHandler *handlers; uint32_t nhandlers;
    LineEntry *lines; uint32_t nlines;
    Source *source;
    uint32_t src_start, src_end;   /* byte range of the function's text in source */
    uint32_t line, col;            /* where the function starts */
    /* tiering state (tiers/policy) */
    uint32_t invocations;
    int32_t budget;               /* back-edge / call budget before tier-up */
    void *tier_code[4];           /* per tier level: compiled code or NULL */
    uint8_t tier;                 /* current tier level */
    uint8_t tier_state;           /* policy: TIER_STATE_* (tiers/policy.h) */
    /* per-function tier statistics (--stats=json "functions") */
    uint32_t bl_invocations;      /* calls that ran in baseline code */
    uint32_t osr_entries;
    uint64_t bl_compile_ns;
    uint64_t bl_install_ns;   /* of bl_compile_ns: its share of the install (docs/tiers.md) */
    uint32_t bl_code_bytes;
    struct FunctionProto *next;   /* vm->protos list */
} FunctionProto;

/* ---- building (used by the compiler) ---- */
typedef struct BcBuilder {
    uint8_t *code; uint32_t len, cap;
    LineEntry *lines; uint32_t nlines, cap_lines;
    uint32_t cur_line, cur_col;
    uint32_t last;           /* offset of the last instruction emitted (for peephole checks) */
} BcBuilder;

void bc_builder_init(BcBuilder *b);
void bc_builder_free(BcBuilder *b);
void bc_set_pos(BcBuilder *b, uint32_t line, uint32_t col);  /* position of the following instructions */
/* Emit op with operands in format order; returns the instruction's offset. */
uint32_t bc_emit(BcBuilder *b, Opcode op, ...);
/* Patch the J operand of the instruction at `at` to jump to `target`. */
void bc_patch_jump(BcBuilder *b, uint32_t at, uint32_t target);

FunctionProto *bc_proto_new(struct VM *vm);     /* zeroed, linked into vm->protos */
void bc_proto_free(FunctionProto *fp);
/* Position of a bytecode offset (for errors / stack traces). */
void bc_position(const FunctionProto *fp, uint32_t pc, uint32_t *line, uint32_t *col);
/* --print-bytecode */
void bc_disassemble(struct VM *vm, const FunctionProto *fp, FILE *out);
/* Offset of the J operand target of instruction at pc (for tools/JITs). */
uint32_t bc_jump_target(const uint8_t *code, uint32_t pc);

#endif
