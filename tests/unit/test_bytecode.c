/*
 * test_bytecode.c -- unit tests of the bytecode layer and the compiler's
 * output shape (Check).
 *
 * Covered: the opcode table (sizes from formats), the encoder (operand
 * widths, little endian, negative immediates), jump patching and
 * bc_jump_target, the line table (bc_set_pos, dedup, bc_position lookups),
 * the disassembler (names, atoms, jump targets, handler table, nested
 * functions), and compiled code invariants: LOOP is the only backward
 * jump, fused compare-and-branch in loop tests, early errors.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tierlab.h"
#include "ast.h"
#include "bytecode.h"
#include "compiler.h"
#include "flags.h"
#include "parser.h"
#include "vm.h"

static VM *new_vm(void)
{
    TlFlags flags;
    flags_init(&flags);
    TlVM *t = tl_vm_new(&flags, 0, NULL);
    ck_assert_msg(t != NULL, "tl_vm_new failed");
    return (VM *)t;
}

static void free_vm(VM *vm) { tl_vm_free((TlVM *)vm); }

START_TEST(test_op_table)
{
    ck_assert_int_eq(bc_op_size(BC_NOP), 1);
    ck_assert_int_eq(bc_op_size(BC_MOV), 5);          /* RR */
    ck_assert_int_eq(bc_op_size(BC_LOAD_CONST), 7);   /* RK */
    ck_assert_int_eq(bc_op_size(BC_GET_PROP), 13);    /* RRAF */
    ck_assert_int_eq(bc_op_size(BC_JUMP), 5);         /* J */
    ck_assert_int_eq(bc_op_size(BC_JLT), 13);         /* RRJF */
    ck_assert_int_eq(bc_op_size(BC_LOAD_ENV_CHECK), 11); /* RNNA */
    ck_assert_str_eq(bc_ops[BC_ADD_IMM].name, "ADD_IMM");
    ck_assert(bc_ops[BC_LOOP].flags & OPF_JUMP);
    ck_assert(bc_ops[BC_RETURN].flags & OPF_TERMINAL);
    ck_assert_int_eq(bc_ops[BC_CALL].feedback, FB_CALL);
    for (int op = 0; op < BC__COUNT; op++) {
        int size = 1;
        for (const char *f = bc_ops[op].format; *f; f++) size += (*f == 'R' || *f == 'N') ? 2 : 4;
        ck_assert_int_eq(size, bc_op_size((Opcode)op));
    }
}
END_TEST

START_TEST(test_encoder)
{
    BcBuilder b;
    bc_builder_init(&b);
    uint32_t a = bc_emit(&b, BC_MOV, 3, 65535);
    uint32_t c = bc_emit(&b, BC_LOAD_INT, 7, -5);
    uint32_t d = bc_emit(&b, BC_GET_PROP, 1, 2, 0x12345678, 9);
    ck_assert_uint_eq(a, 0);
    ck_assert_uint_eq(c, 5);
    ck_assert_uint_eq(d, 12);
    ck_assert_uint_eq(b.len, 25);
    ck_assert_int_eq(b.code[0], BC_MOV);
    ck_assert_uint_eq(bc_u16(b.code + 1), 3);
    ck_assert_uint_eq(bc_u16(b.code + 3), 65535);
    ck_assert_uint_eq(b.code[3], 0xff);   /* little endian */
    ck_assert_int_eq(bc_i32(b.code + c + 3), -5);
    ck_assert_uint_eq(bc_u32(b.code + d + 5), 0x12345678u);
    ck_assert_uint_eq(b.code[d + 5], 0x78);
    ck_assert_uint_eq(bc_u32(b.code + d + 9), 9);
    /* many instructions: the buffer grows */
    for (int i = 0; i < 10000; i++) bc_emit(&b, BC_LOAD_UNDEF, i);
    ck_assert_uint_eq(b.len, 25 + 3 * 10000);
    ck_assert_uint_eq(bc_u16(b.code + 25 + 3 * 9999 + 1), 9999);
    bc_builder_free(&b);
}
END_TEST

START_TEST(test_patch_jump)
{
    BcBuilder b;
    bc_builder_init(&b);
    uint32_t j1 = bc_emit(&b, BC_JUMP_IF_FALSE, 4, 0);
    uint32_t j2 = bc_emit(&b, BC_JLT, 1, 2, 0, 0);
    bc_emit(&b, BC_NOP);
    uint32_t target = b.len;
    bc_emit(&b, BC_RETURN_UNDEF);
    bc_patch_jump(&b, j1, target);
    bc_patch_jump(&b, j2, target);
    uint32_t back = bc_emit(&b, BC_LOOP, 0);
    bc_patch_jump(&b, back, 0);
    ck_assert_uint_eq(bc_jump_target(b.code, j1), target);
    ck_assert_uint_eq(bc_jump_target(b.code, j2), target);
    ck_assert_int_eq(bc_i32(b.code + j1 + 3), (int32_t)(target - j1));   /* relative to the instruction */
    ck_assert_uint_eq(bc_jump_target(b.code, back), 0);
    ck_assert_int_eq(bc_i32(b.code + back + 1), -(int32_t)back);
    /* the other operands are untouched */
    ck_assert_uint_eq(bc_u16(b.code + j2 + 1), 1);
    ck_assert_uint_eq(bc_u16(b.code + j2 + 3), 2);
    bc_builder_free(&b);
}
END_TEST

START_TEST(test_line_table)
{
    VM *vm = new_vm();
    BcBuilder b;
    bc_builder_init(&b);
    bc_set_pos(&b, 1, 1);
    bc_emit(&b, BC_LOAD_UNDEF, 1);              /* pc 0 */
    bc_emit(&b, BC_LOAD_UNDEF, 2);              /* pc 3: same position, no entry */
    bc_set_pos(&b, 2, 5);
    bc_set_pos(&b, 3, 7);                       /* overrides 2:5 (nothing emitted there) */
    bc_emit(&b, BC_MOV, 1, 2);                  /* pc 6 */
    bc_set_pos(&b, 4, 1);
    bc_emit(&b, BC_RETURN, 1);                  /* pc 11 */
    ck_assert_uint_eq(b.nlines, 3);
    FunctionProto *fp = bc_proto_new(vm);
    fp->code = b.code;
    fp->code_len = b.len;
    fp->lines = b.lines;
    fp->nlines = b.nlines;
    fp->line = 1;
    fp->col = 1;
    b.code = NULL;
    b.lines = NULL;
    uint32_t line, col;
    bc_position(fp, 0, &line, &col);
    ck_assert_uint_eq(line, 1);
    bc_position(fp, 5, &line, &col);
    ck_assert_uint_eq(line, 1);
    bc_position(fp, 6, &line, &col);
    ck_assert_uint_eq(line, 3);
    ck_assert_uint_eq(col, 7);
    bc_position(fp, 10, &line, &col);
    ck_assert_uint_eq(line, 3);
    bc_position(fp, 11, &line, &col);
    ck_assert_uint_eq(line, 4);
    ck_assert_uint_eq(col, 1);
    bc_builder_free(&b);
    free_vm(vm);
}
END_TEST

/* Compile source; NULL with *err filled on a compile or parse error. */
static FunctionProto *compile(VM *vm, const char *src, CompileError *err)
{
    Arena arena;
    memset(&arena, 0, sizeof arena);
    ParseError perr;
    Node *prog = parse_program(&arena, src, strlen(src), 0, &perr);
    ck_assert_msg(prog != NULL, "parse error: %s", perr.message);
    Source *s = calloc(1, sizeof *s);
    s->name = strdup("test.js");
    s->text = strdup(src);
    s->len = strlen(src);
    s->refs = 1;
    FunctionProto *fp = comp_compile_program(vm, prog, s, err);
    arena_free(&arena);
    if (--s->refs == 0) {
        free(s->name);
        free(s->text);
        free(s);
    }
    return fp;
}

static char *disasm(VM *vm, FunctionProto *fp)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    bc_disassemble(vm, fp, f);
    fclose(f);
    return buf;
}

/* Every backward jump is a LOOP; every jump lands on an instruction. */
static void check_jumps(FunctionProto *fp)
{
    uint8_t *starts = calloc(fp->code_len + 1, 1);
    for (uint32_t pc = 0; pc < fp->code_len; pc += bc_op_size((Opcode)fp->code[pc])) starts[pc] = 1;
    starts[fp->code_len] = 1;
    for (uint32_t pc = 0; pc < fp->code_len; pc += bc_op_size((Opcode)fp->code[pc])) {
        Opcode op = (Opcode)fp->code[pc];
        if (!(bc_ops[op].flags & OPF_JUMP)) continue;
        uint32_t t = bc_jump_target(fp->code, pc);
        ck_assert_msg(t <= fp->code_len && starts[t], "jump at %u lands mid-instruction (%u)", pc, t);
        if (op == BC_LOOP) ck_assert_msg(t <= pc, "LOOP at %u jumps forward", pc);
        else ck_assert_msg(t > pc, "%s at %u jumps backward", bc_ops[op].name, pc);
    }
    free(starts);
    for (uint32_t i = 0; i < fp->nchildren; i++) check_jumps(fp->children[i]);
}

START_TEST(test_compiled_loops)
{
    VM *vm = new_vm();
    CompileError err;
    const char *src =
        "function f(a) {\n"
        "  let s = 0;\n"
        "  for (let i = 0; i < a.length; i++) { if (a[i] > 2) continue; s += a[i]; }\n"
        "  while (s > 100) s = s - 1;\n"
        "  do { s++; } while (s < 10);\n"
        "  outer: for (const x of a) { for (var k in x) { if (k) break outer; } }\n"
        "  try { s++; } finally { s--; }\n"
        "  return s;\n"
        "}\n";
    FunctionProto *fp = compile(vm, src, &err);
    ck_assert_msg(fp != NULL, "compile error: %s", err.message);
    check_jumps(fp);
    char *text = disasm(vm, fp);
    ck_assert_ptr_nonnull(strstr(text, "JNLT"));            /* fused loop test */
    ck_assert_ptr_nonnull(strstr(text, "LOOP"));
    ck_assert_ptr_nonnull(strstr(text, "FOR_OF_NEXT"));     /* for-of: FOR_OF_NEXT + FOR_OF_RESULT */
    ck_assert_ptr_nonnull(strstr(text, "ITER_CLOSE"));      /* break out of for-of */
    ck_assert_ptr_nonnull(strstr(text, "FOR_IN_NEXT"));
    ck_assert_ptr_nonnull(strstr(text, "INC"));
    ck_assert_ptr_nonnull(strstr(text, "handlers:"));
    ck_assert_ptr_nonnull(strstr(text, "== function \"f\""));  /* nested function listed */
    ck_assert_ptr_nonnull(strstr(text, "@length"));
    ck_assert_ptr_nonnull(strstr(text, "; line 3:"));
    free(text);
    /* the function's frame: r0 this, r1 a */
    ck_assert_uint_eq(fp->nchildren, 1);
    ck_assert_uint_eq(fp->children[0]->nparams, 1);
    ck_assert_uint_eq(fp->children[0]->length, 1);
    ck_assert(fp->flags & FP_TOP_LEVEL);
    free_vm(vm);
}
END_TEST

START_TEST(test_compiled_shapes)
{
    VM *vm = new_vm();
    CompileError err;
    FunctionProto *fp = compile(vm,
        "function g(x, y = 1, ...r) { return () => x + arguments.length; }\n"
        "class A extends Object { m() { return super.m; } }\n"
        "var t = `a${1}b`;\n", &err);
    ck_assert_msg(fp != NULL, "compile error: %s", err.message);
    check_jumps(fp);
    FunctionProto *g = fp->children[0];
    ck_assert_uint_eq(g->nparams, 2);
    ck_assert_uint_eq(g->length, 1);
    ck_assert(g->flags & FP_HAS_REST);
    ck_assert(g->flags & FP_USES_ARGUMENTS);
    ck_assert(g->children[0]->flags & FP_ARROW);
    char *text = disasm(vm, fp);
    ck_assert_ptr_nonnull(strstr(text, "PUSH_ENV"));        /* x is captured */
    ck_assert_ptr_nonnull(strstr(text, "CREATE_REST"));
    ck_assert_ptr_nonnull(strstr(text, "CREATE_CLASS"));
    ck_assert_ptr_nonnull(strstr(text, "TO_STRING"));
    ck_assert_ptr_nonnull(strstr(text, "DECLARE_VAR"));
    ck_assert_ptr_nonnull(strstr(text, "DECLARE_LEX"));
    free(text);
    free_vm(vm);
}
END_TEST

/* Count instructions with opcode op in fp (not its children). */
static int count_op(FunctionProto *fp, Opcode op)
{
    int n = 0;
    for (uint32_t pc = 0; pc < fp->code_len; pc += bc_op_size((Opcode)fp->code[pc]))
        if (fp->code[pc] == op) n++;
    return n;
}

/* Every operand F names a slot of the opcode's feedback kind. */
static void check_feedback(FunctionProto *fp)
{
    for (uint32_t pc = 0; pc < fp->code_len; pc += bc_op_size((Opcode)fp->code[pc])) {
        Opcode op = (Opcode)fp->code[pc];
        int off = 1;
        for (const char *f = bc_ops[op].format; *f; f++) {
            if (*f == 'F') {
                uint32_t slot = bc_u32(fp->code + pc + off);
                ck_assert_uint_lt(slot, fp->nfeedback);
                ck_assert_int_eq(fp->feedback[slot].kind, bc_ops[op].feedback);
            }
            off += (*f == 'R' || *f == 'N') ? 2 : 4;
        }
    }
    for (uint32_t i = 0; i < fp->nchildren; i++) check_feedback(fp->children[i]);
}

START_TEST(test_code_quality)
{
    VM *vm = new_vm();
    CompileError err;
    FunctionProto *fp = compile(vm,
        "function a() { let x = 1; let y = x + 1; return y; }\n"          /* no TDZ checks */
        "function b() { let s = 0; for (let i = 0; i < 9; i++) s += 2; return s; }\n"
        "function c() { var fs = []; for (let i = 0; i < 3; i++) fs.push(() => i); return fs; }\n"
        "function d() { return z; let z = 1; }\n"                         /* needs a check */
        "function e(o) { with (o) { return w; } }\n"
        "function f(p) { this.p = p; }\n", &err);
    ck_assert_msg(fp != NULL, "compile error: %s", err.message);
    check_feedback(fp);
    FunctionProto *fa = fp->children[0], *fb = fp->children[1], *fc = fp->children[2];
    FunctionProto *fd = fp->children[3], *fe = fp->children[4], *ff = fp->children[5];
    ck_assert_int_eq(count_op(fa, BC_CHECK_TDZ) + count_op(fa, BC_LOAD_UNINIT), 0);
    ck_assert_int_eq(count_op(fa, BC_ADD_IMM), 1);
    ck_assert_int_eq(count_op(fb, BC_INC), 1);            /* i++ in place */
    ck_assert_int_eq(count_op(fb, BC_ADD_IMM), 1);        /* s += 2 */
    ck_assert_int_eq(count_op(fb, BC_JNLT), 1);           /* fused loop test */
    ck_assert_int_eq(count_op(fb, BC_MOV), 0);
    ck_assert_int_eq(count_op(fc, BC_COPY_ENV), 1);       /* per-iteration binding */
    ck_assert_int_eq(count_op(fd, BC_LOAD_UNINIT), 1);
    ck_assert_int_eq(count_op(fd, BC_CHECK_TDZ), 1);
    ck_assert_int_eq(count_op(fe, BC_WITH_HAS), 1);       /* with: does o bind w (Symbol.unscopables) first */
    ck_assert_int_eq(count_op(ff, BC_SET_PROP), 1);
    ck_assert_int_eq(count_op(ff, BC_MOV), 0);            /* this.p = p without copies */
    free_vm(vm);
}
END_TEST

START_TEST(test_early_errors)
{
    VM *vm = new_vm();
    static const char *const bad[] = {
        "let a = 1; let a = 2;",
        "{ const b = 1; var b; }",
        "let let = 1;",
        "break;",
        "while (1) { continue nolabel; }",
        "function f() { super.x; }",
    };
    for (unsigned i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        CompileError err;
        Arena arena;
        memset(&arena, 0, sizeof arena);
        ParseError perr;
        Node *prog = parse_program(&arena, bad[i], strlen(bad[i]), 0, &perr);
        if (prog) {   /* the parser may report some of these itself */
            FunctionProto *fp = comp_compile_program(vm, prog, NULL, &err);
            ck_assert_msg(fp == NULL, "no error for: %s", bad[i]);
            ck_assert_uint_ge(err.line, 1);
            ck_assert(err.message[0] != 0);
        }
        arena_free(&arena);
    }
    free_vm(vm);
}
END_TEST

static Suite *bytecode_suite(void)
{
    Suite *s = suite_create("bytecode");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_op_table);
    tcase_add_test(tc, test_encoder);
    tcase_add_test(tc, test_patch_jump);
    tcase_add_test(tc, test_line_table);
    tcase_add_test(tc, test_compiled_loops);
    tcase_add_test(tc, test_compiled_shapes);
    tcase_add_test(tc, test_code_quality);
    tcase_add_test(tc, test_early_errors);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(bytecode_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
