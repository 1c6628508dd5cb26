/*
 * test_x64.c -- the x86-64 assembler (tiers/x64): exact bytes for every
 * emitter (expected bytes worked out by hand from the Intel SDM encoding
 * rules and, when the build has capstone, cross-checked by disassembling
 * them), labels and fixups, W^X code memory (run code, inspect
 * /proc/self/maps, reuse after release) and the disassembly printer.
 */
#include <check.h>
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "x64/x64.h"

#ifdef TL_HAVE_CAPSTONE
#include <capstone/capstone.h>
#endif

/* ===================================================================== */
/* Helpers                                                                */
/* ===================================================================== */

static size_t parse_hex(const char *hex, uint8_t *out, size_t cap)
{
    size_t n = 0;
    while (*hex) {
        if (isspace((unsigned char)*hex)) {
            hex++;
            continue;
        }
        unsigned v;
        ck_assert_msg(sscanf(hex, "%2x", &v) == 1 && n < cap, "bad expectation '%s'", hex);
        out[n++] = (uint8_t)v;
        hex += 2;
    }
    return n;
}

static void to_hex(const uint8_t *b, size_t n, char *out, size_t cap)
{
    size_t k = 0;
    out[0] = 0;
    for (size_t i = 0; i < n && k + 4 < cap; i++) k += (size_t)snprintf(out + k, cap - k, "%s%02x", i ? " " : "", b[i]);
}

#ifdef TL_HAVE_CAPSTONE
/* Capstone's text for every instruction in code, joined with "; ".
 * Fails if capstone cannot decode all the bytes. */
static void disasm_text(const uint8_t *code, size_t len, char *out, size_t cap)
{
    out[0] = 0;
    csh cs;
    ck_assert(cs_open(CS_ARCH_X86, CS_MODE_64, &cs) == CS_ERR_OK);
    cs_insn *insn;
    size_t n = cs_disasm(cs, code, len, 0, 0, &insn);
    size_t used = 0, k = 0;
    for (size_t i = 0; i < n; i++) {
        k += (size_t)snprintf(out + k, cap - k, "%s%s%s%s", i ? "; " : "", insn[i].mnemonic,
                              insn[i].op_str[0] ? " " : "", insn[i].op_str);
        used += insn[i].size;
    }
    ck_assert_msg(used == len, "capstone decoded %zu of %zu bytes (%s)", used, len, out);
    if (n) cs_free(insn, n);
    cs_close(&cs);
}
#endif

/* Mismatches are printed and counted so one run shows all of a test's
 * failures; ENC_END asserts there were none. */
static int enc_failures;

static void check_enc(int line, X64Asm *a, const char *hex, const char *text, const char *stmt)
{
    uint8_t want[64];
    size_t n = parse_hex(hex, want, sizeof want);
    char got[256];
    to_hex(a->buf, a->len, got, sizeof got);
    if (a->oom || a->len != n || memcmp(a->buf, want, n) != 0) {
        fprintf(stderr, "line %d: %s\n  want %s\n  got  %s%s\n", line, stmt, hex, got, a->oom ? " (failed)" : "");
        enc_failures++;
    }
#ifdef TL_HAVE_CAPSTONE
    char dis[512];
    disasm_text(a->buf, a->len, dis, sizeof dis);
    if (strcmp(dis, text) != 0) {
        fprintf(stderr, "line %d: %s\n  capstone says '%s'\n  expected      '%s'\n", line, stmt, dis, text);
        enc_failures++;
    }
#else
    (void)text;
#endif
}

#define ENC_END() ck_assert_msg(enc_failures == 0, "%d encoding mismatches (see stderr)", enc_failures)

/* ENC(bytes, capstone text, statement using `a`) */
#define ENC(hex, text, ...)                                 \
    do {                                                    \
        X64Asm a_;                                          \
        x64_init(&a_);                                      \
        X64Asm *a = &a_;                                    \
        __VA_ARGS__;                                        \
        check_enc(__LINE__, a, hex, text, #__VA_ARGS__);    \
        x64_free(a);                                        \
    } while (0)

/* ===================================================================== */
/* Moves                                                                  */
/* ===================================================================== */

START_TEST(mov_reg_reg)
{
    ENC("48 89 f8", "mov rax, rdi", x64_mov_rr(a, X64_RAX, X64_RDI));
    ENC("49 89 c0", "mov r8, rax", x64_mov_rr(a, X64_R8, X64_RAX));
    ENC("4c 89 f8", "mov rax, r15", x64_mov_rr(a, X64_RAX, X64_R15));
    ENC("4d 89 ec", "mov r12, r13", x64_mov_rr(a, X64_R12, X64_R13));
    ENC("48 89 e5", "mov rbp, rsp", x64_mov_rr(a, X64_RBP, X64_RSP));
    ENC("89 c8", "mov eax, ecx", x64_mov32_rr(a, X64_RAX, X64_RCX));
    ENC("41 89 d1", "mov r9d, edx", x64_mov32_rr(a, X64_R9, X64_RDX));
    ENC("44 89 d6", "mov esi, r10d", x64_mov32_rr(a, X64_RSI, X64_R10));
    ENC("45 89 fe", "mov r14d, r15d", x64_mov32_rr(a, X64_R14, X64_R15));
    ENC_END();
}
END_TEST

START_TEST(mov_reg_imm)
{
    /* fits uint32: B8+r imm32, zero-extending */
    ENC("b8 00 00 00 00", "mov eax, 0", x64_mov_ri(a, X64_RAX, 0));
    ENC("b9 ff ff ff ff", "mov ecx, 0xffffffff", x64_mov_ri(a, X64_RCX, 0xFFFFFFFFu));
    ENC("41 ba 2a 00 00 00", "mov r10d, 0x2a", x64_mov_ri(a, X64_R10, 42));
    ENC("bf 00 00 00 80", "mov edi, 0x80000000", x64_mov_ri(a, X64_RDI, 0x80000000u));
    /* fits sign-extended int32: REX.W C7 /0 */
    ENC("48 c7 c0 ff ff ff ff", "mov rax, -1", x64_mov_ri(a, X64_RAX, UINT64_MAX));
    ENC("49 c7 c1 00 00 00 80", "mov r9, -0x80000000", x64_mov_ri(a, X64_R9, (uint64_t)(int64_t)INT32_MIN));
    ENC("48 c7 c4 f0 ff ff ff", "mov rsp, -0x10", x64_mov_ri(a, X64_RSP, (uint64_t)-16));
    /* otherwise movabs: REX.W B8+r imm64 */
    ENC("48 ba 9a 78 56 34 12 00 00 00", "movabs rdx, 0x123456789a", x64_mov_ri(a, X64_RDX, 0x123456789Aull));
    ENC("49 bf 00 00 00 00 01 00 00 00", "movabs r15, 0x100000000", x64_mov_ri(a, X64_R15, 0x100000000ull));
    ENC("48 b8 ff ff ff 7f ff ff ff ff", "movabs rax, 0xffffffff7fffffff",
        x64_mov_ri(a, X64_RAX, 0xFFFFFFFF7FFFFFFFull));
    ENC_END();
}
END_TEST

START_TEST(mov_load_store)
{
    /* displacement 0 / disp8 / disp32, and the special bases */
    ENC("48 8b 07", "mov rax, qword ptr [rdi]", x64_mov_rm(a, X64_RAX, X64_RDI, 0));
    ENC("48 8b 47 08", "mov rax, qword ptr [rdi + 8]", x64_mov_rm(a, X64_RAX, X64_RDI, 8));
    ENC("48 8b 4d f8", "mov rcx, qword ptr [rbp - 8]", x64_mov_rm(a, X64_RCX, X64_RBP, -8));
    ENC("48 8b 55 00", "mov rdx, qword ptr [rbp]", x64_mov_rm(a, X64_RDX, X64_RBP, 0));
    ENC("48 8b 04 24", "mov rax, qword ptr [rsp]", x64_mov_rm(a, X64_RAX, X64_RSP, 0));
    ENC("48 8b 44 24 10", "mov rax, qword ptr [rsp + 0x10]", x64_mov_rm(a, X64_RAX, X64_RSP, 16));
    ENC("4d 8b 04 24", "mov r8, qword ptr [r12]", x64_mov_rm(a, X64_R8, X64_R12, 0));
    ENC("4d 8b 4d 00", "mov r9, qword ptr [r13]", x64_mov_rm(a, X64_R9, X64_R13, 0));
    ENC("49 8b 9d 00 10 00 00", "mov rbx, qword ptr [r13 + 0x1000]", x64_mov_rm(a, X64_RBX, X64_R13, 0x1000));
    ENC("4d 8b be 7f ff ff ff", "mov r15, qword ptr [r14 - 0x81]", x64_mov_rm(a, X64_R15, X64_R14, -129));
    ENC("48 8b 40 7f", "mov rax, qword ptr [rax + 0x7f]", x64_mov_rm(a, X64_RAX, X64_RAX, 127));
    ENC("48 8b 80 80 00 00 00", "mov rax, qword ptr [rax + 0x80]", x64_mov_rm(a, X64_RAX, X64_RAX, 128));
    ENC("48 8b 40 80", "mov rax, qword ptr [rax - 0x80]", x64_mov_rm(a, X64_RAX, X64_RAX, -128));
    ENC("49 8b b4 24 78 56 34 12", "mov rsi, qword ptr [r12 + 0x12345678]",
        x64_mov_rm(a, X64_RSI, X64_R12, 0x12345678));
    ENC("48 8b 84 24 00 00 00 80", "mov rax, qword ptr [rsp - 0x80000000]", x64_mov_rm(a, X64_RAX, X64_RSP, INT32_MIN));

    ENC("48 89 47 08", "mov qword ptr [rdi + 8], rax", x64_mov_mr(a, X64_RDI, 8, X64_RAX));
    ENC("4c 89 5c 24 f8", "mov qword ptr [rsp - 8], r11", x64_mov_mr(a, X64_RSP, -8, X64_R11));
    ENC("4d 89 75 00", "mov qword ptr [r13], r14", x64_mov_mr(a, X64_R13, 0, X64_R14));
    ENC("48 89 8d 00 02 00 00", "mov qword ptr [rbp + 0x200], rcx", x64_mov_mr(a, X64_RBP, 0x200, X64_RCX));
    ENC("49 89 04 24", "mov qword ptr [r12], rax", x64_mov_mr(a, X64_R12, 0, X64_RAX));

    ENC("48 c7 07 ff ff ff ff", "mov qword ptr [rdi], -1", x64_mov_mi(a, X64_RDI, 0, -1));
    ENC("49 c7 44 24 08 07 00 00 00", "mov qword ptr [r12 + 8], 7", x64_mov_mi(a, X64_R12, 8, 7));
    ENC("48 c7 45 f0 78 56 34 12", "mov qword ptr [rbp - 0x10], 0x12345678",
        x64_mov_mi(a, X64_RBP, -16, 0x12345678));
    ENC("49 c7 85 00 01 00 00 00 00 00 00", "mov qword ptr [r13 + 0x100], 0", x64_mov_mi(a, X64_R13, 0x100, 0));
    ENC_END();
}
END_TEST

START_TEST(mov32_load_store)
{
    ENC("8b 47 04", "mov eax, dword ptr [rdi + 4]", x64_mov32_rm(a, X64_RAX, X64_RDI, 4));
    ENC("44 8b 14 24", "mov r10d, dword ptr [rsp]", x64_mov32_rm(a, X64_R10, X64_RSP, 0));
    ENC("41 8b 4d fc", "mov ecx, dword ptr [r13 - 4]", x64_mov32_rm(a, X64_RCX, X64_R13, -4));
    ENC("8b 55 00", "mov edx, dword ptr [rbp]", x64_mov32_rm(a, X64_RDX, X64_RBP, 0));
    ENC("45 8b 84 24 00 04 00 00", "mov r8d, dword ptr [r12 + 0x400]", x64_mov32_rm(a, X64_R8, X64_R12, 0x400));

    ENC("89 53 0c", "mov dword ptr [rbx + 0xc], edx", x64_mov32_mr(a, X64_RBX, 12, X64_RDX));
    ENC("45 89 04 24", "mov dword ptr [r12], r8d", x64_mov32_mr(a, X64_R12, 0, X64_R8));
    ENC("89 85 00 01 00 00", "mov dword ptr [rbp + 0x100], eax", x64_mov32_mr(a, X64_RBP, 0x100, X64_RAX));
    ENC("41 89 7d 00", "mov dword ptr [r13], edi", x64_mov32_mr(a, X64_R13, 0, X64_RDI));

    ENC("c7 00 05 00 00 00", "mov dword ptr [rax], 5", x64_mov32_mi(a, X64_RAX, 0, 5));
    ENC("41 c7 47 f8 fe ff ff ff", "mov dword ptr [r15 - 8], 0xfffffffe", x64_mov32_mi(a, X64_R15, -8, -2));
    ENC("c7 44 24 04 ff ff ff 7f", "mov dword ptr [rsp + 4], 0x7fffffff", x64_mov32_mi(a, X64_RSP, 4, INT32_MAX));
    ENC("c7 45 00 01 00 00 00", "mov dword ptr [rbp], 1", x64_mov32_mi(a, X64_RBP, 0, 1));
    ENC_END();
}
END_TEST

START_TEST(mov_extend)
{
    ENC("0f b6 07", "movzx eax, byte ptr [rdi]", x64_movzx8_rm(a, X64_RAX, X64_RDI, 0));
    ENC("44 0f b6 5d ff", "movzx r11d, byte ptr [rbp - 1]", x64_movzx8_rm(a, X64_R11, X64_RBP, -1));
    ENC("41 0f b6 74 24 03", "movzx esi, byte ptr [r12 + 3]", x64_movzx8_rm(a, X64_RSI, X64_R12, 3));
    ENC("0f b6 8c 24 00 01 00 00", "movzx ecx, byte ptr [rsp + 0x100]", x64_movzx8_rm(a, X64_RCX, X64_RSP, 256));

    ENC("0f b7 48 02", "movzx ecx, word ptr [rax + 2]", x64_movzx16_rm(a, X64_RCX, X64_RAX, 2));
    ENC("45 0f b7 4d 00", "movzx r9d, word ptr [r13]", x64_movzx16_rm(a, X64_R9, X64_R13, 0));
    ENC("0f b7 93 00 04 00 00", "movzx edx, word ptr [rbx + 0x400]", x64_movzx16_rm(a, X64_RDX, X64_RBX, 0x400));
    ENC("0f b7 04 24", "movzx eax, word ptr [rsp]", x64_movzx16_rm(a, X64_RAX, X64_RSP, 0));
    ENC("0f b7 c1", "movzx eax, cx", x64_movzx16_rr(a, X64_RAX, X64_RCX));
    ENC("44 0f b7 c9", "movzx r9d, cx", x64_movzx16_rr(a, X64_R9, X64_RCX));
    ENC("41 0f b7 d3", "movzx edx, r11w", x64_movzx16_rr(a, X64_RDX, X64_R11));
    ENC("45 0f b7 d8", "movzx r11d, r8w", x64_movzx16_rr(a, X64_R11, X64_R8));

    ENC("48 63 c1", "movsxd rax, ecx", x64_movsxd_rr(a, X64_RAX, X64_RCX));
    ENC("4c 63 c7", "movsxd r8, edi", x64_movsxd_rr(a, X64_R8, X64_RDI));
    ENC("49 63 d7", "movsxd rdx, r15d", x64_movsxd_rr(a, X64_RDX, X64_R15));
    ENC("4d 63 e5", "movsxd r12, r13d", x64_movsxd_rr(a, X64_R12, X64_R13));
    ENC_END();
}
END_TEST

START_TEST(mov_indexed)
{
    ENC("48 8b 04 f7", "mov rax, qword ptr [rdi + rsi*8]", x64_mov_rmi(a, X64_RAX, X64_RDI, X64_RSI, 8, 0));
    ENC("48 8b 4c 03 10", "mov rcx, qword ptr [rbx + rax + 0x10]", x64_mov_rmi(a, X64_RCX, X64_RBX, X64_RAX, 1, 16));
    ENC("4f 8b 44 a5 00", "mov r8, qword ptr [r13 + r12*4]", x64_mov_rmi(a, X64_R8, X64_R13, X64_R12, 4, 0));
    ENC("48 8b 84 4d 00 10 00 00", "mov rax, qword ptr [rbp + rcx*2 + 0x1000]",
        x64_mov_rmi(a, X64_RAX, X64_RBP, X64_RCX, 2, 0x1000));
    ENC("4a 8b 54 cc f8", "mov rdx, qword ptr [rsp + r9*8 - 8]", x64_mov_rmi(a, X64_RDX, X64_RSP, X64_R9, 8, -8));

    ENC("48 89 04 f7", "mov qword ptr [rdi + rsi*8], rax", x64_mov_mri(a, X64_RDI, X64_RSI, 8, 0, X64_RAX));
    ENC("4d 89 54 d4 18", "mov qword ptr [r12 + rdx*8 + 0x18], r10",
        x64_mov_mri(a, X64_R12, X64_RDX, 8, 24, X64_R10));
    ENC("4a 89 1c 38", "mov qword ptr [rax + r15], rbx", x64_mov_mri(a, X64_RAX, X64_R15, 1, 0, X64_RBX));
    ENC("48 89 4c 45 00", "mov qword ptr [rbp + rax*2], rcx", x64_mov_mri(a, X64_RBP, X64_RAX, 2, 0, X64_RCX));
    ENC_END();
}
END_TEST

START_TEST(mov_indexed_invalid)
{
    /* rsp cannot be an index and 3 is not a scale: the assembly is refused */
    X64Asm a;
    x64_init(&a);
    x64_mov_rmi(&a, X64_RAX, X64_RDI, X64_RSP, 8, 0);
    ck_assert(a.oom);
    ck_assert(!x64_finish(&a));
    x64_free(&a);
    x64_init(&a);
    x64_mov_mri(&a, X64_RDI, X64_RSI, 3, 0, X64_RAX);
    ck_assert(a.oom);
    x64_free(&a);
    /* r12 as index is fine (only the low bits 100 with REX.X clear mean "none") */
    ENC("4a 8b 04 e7", "mov rax, qword ptr [rdi + r12*8]", x64_mov_rmi(a, X64_RAX, X64_RDI, X64_R12, 8, 0));
    ENC_END();
}
END_TEST

START_TEST(lea)
{
    ENC("48 8d 44 24 08", "lea rax, [rsp + 8]", x64_lea(a, X64_RAX, X64_RSP, 8));
    ENC("4c 8d 9d 00 ff ff ff", "lea r11, [rbp - 0x100]", x64_lea(a, X64_R11, X64_RBP, -0x100));
    ENC("49 8d 7d 00", "lea rdi, [r13]", x64_lea(a, X64_RDI, X64_R13, 0));
    ENC("48 8d 70 01", "lea rsi, [rax + 1]", x64_lea(a, X64_RSI, X64_RAX, 1));
    ENC("4d 8d 04 24", "lea r8, [r12]", x64_lea(a, X64_R8, X64_R12, 0));
    ENC("49 8d 44 c8 10", "lea rax, [r8 + rcx*8 + 0x10]", x64_lea_rmi(a, X64_RAX, X64_R8, X64_RCX, 8, 16));
    ENC("4b 8d 4c 25 00", "lea rcx, [r13 + r12]", x64_lea_rmi(a, X64_RCX, X64_R13, X64_R12, 1, 0));
    ENC("48 8d 54 f4 f8", "lea rdx, [rsp + rsi*8 - 8]", x64_lea_rmi(a, X64_RDX, X64_RSP, X64_RSI, 8, -8));
    ENC_END();
}
END_TEST

/* ===================================================================== */
/* Arithmetic and logic                                                   */
/* ===================================================================== */

START_TEST(alu_reg_reg)
{
    ENC("48 01 c8", "add rax, rcx", x64_alu_rr(a, X64_ADD, X64_RAX, X64_RCX));
    ENC("48 09 c3", "or rbx, rax", x64_alu_rr(a, X64_OR, X64_RBX, X64_RAX));
    ENC("48 11 c3", "adc rbx, rax", x64_alu_rr(a, X64_ADC, X64_RBX, X64_RAX));
    ENC("48 19 c3", "sbb rbx, rax", x64_alu_rr(a, X64_SBB, X64_RBX, X64_RAX));
    ENC("48 21 c3", "and rbx, rax", x64_alu_rr(a, X64_AND, X64_RBX, X64_RAX));
    ENC("49 29 d0", "sub r8, rdx", x64_alu_rr(a, X64_SUB, X64_R8, X64_RDX));
    ENC("4c 31 f6", "xor rsi, r14", x64_alu_rr(a, X64_XOR, X64_RSI, X64_R14));
    ENC("4d 39 ec", "cmp r12, r13", x64_alu_rr(a, X64_CMP, X64_R12, X64_R13));

    ENC("01 c8", "add eax, ecx", x64_alu32_rr(a, X64_ADD, X64_RAX, X64_RCX));
    ENC("41 29 d0", "sub r8d, edx", x64_alu32_rr(a, X64_SUB, X64_R8, X64_RDX));
    ENC("44 39 f6", "cmp esi, r14d", x64_alu32_rr(a, X64_CMP, X64_RSI, X64_R14));
    ENC("45 31 ff", "xor r15d, r15d", x64_alu32_rr(a, X64_XOR, X64_R15, X64_R15));
    ENC("21 e5", "and ebp, esp", x64_alu32_rr(a, X64_AND, X64_RBP, X64_RSP));
    ENC_END();
}
END_TEST

START_TEST(alu_reg_imm)
{
    ENC("48 83 c0 01", "add rax, 1", x64_alu_ri(a, X64_ADD, X64_RAX, 1));
    ENC("48 83 ec 08", "sub rsp, 8", x64_alu_ri(a, X64_SUB, X64_RSP, 8));
    ENC("49 83 f9 ff", "cmp r9, -1", x64_alu_ri(a, X64_CMP, X64_R9, -1));
    ENC("48 83 e1 7f", "and rcx, 0x7f", x64_alu_ri(a, X64_AND, X64_RCX, 127));
    ENC("48 81 e1 80 00 00 00", "and rcx, 0x80", x64_alu_ri(a, X64_AND, X64_RCX, 128));
    ENC("48 83 f2 80", "xor rdx, 0xffffffffffffff80", x64_alu_ri(a, X64_XOR, X64_RDX, -128));
    ENC("49 81 cf 7f ff ff ff", "or r15, 0xffffffffffffff7f", x64_alu_ri(a, X64_OR, X64_R15, -129));
    ENC("48 81 d0 78 56 34 12", "adc rax, 0x12345678", x64_alu_ri(a, X64_ADC, X64_RAX, 0x12345678));
    ENC("48 83 df 02", "sbb rdi, 2", x64_alu_ri(a, X64_SBB, X64_RDI, 2));
    ENC("49 81 fc 00 00 00 80", "cmp r12, -0x80000000", x64_alu_ri(a, X64_CMP, X64_R12, INT32_MIN));

    ENC("83 c0 01", "add eax, 1", x64_alu32_ri(a, X64_ADD, X64_RAX, 1));
    ENC("41 81 fb 00 00 01 00", "cmp r11d, 0x10000", x64_alu32_ri(a, X64_CMP, X64_R11, 0x10000));
    ENC("83 e7 fe", "and edi, 0xfffffffe", x64_alu32_ri(a, X64_AND, X64_RDI, -2));
    ENC("41 83 ed 80", "sub r13d, -0x80", x64_alu32_ri(a, X64_SUB, X64_R13, -128));
    ENC("81 f4 ff 00 00 00", "xor esp, 0xff", x64_alu32_ri(a, X64_XOR, X64_RSP, 255));
    ENC_END();
}
END_TEST

START_TEST(alu_memory)
{
    ENC("48 03 47 08", "add rax, qword ptr [rdi + 8]", x64_alu_rm(a, X64_ADD, X64_RAX, X64_RDI, 8));
    ENC("4c 3b 14 24", "cmp r10, qword ptr [rsp]", x64_alu_rm(a, X64_CMP, X64_R10, X64_RSP, 0));
    ENC("49 2b 4d 80", "sub rcx, qword ptr [r13 - 0x80]", x64_alu_rm(a, X64_SUB, X64_RCX, X64_R13, -128));
    ENC("48 33 93 00 10 00 00", "xor rdx, qword ptr [rbx + 0x1000]", x64_alu_rm(a, X64_XOR, X64_RDX, X64_RBX, 0x1000));
    ENC("48 23 45 00", "and rax, qword ptr [rbp]", x64_alu_rm(a, X64_AND, X64_RAX, X64_RBP, 0));

    ENC("48 01 07", "add qword ptr [rdi], rax", x64_alu_mr(a, X64_ADD, X64_RDI, 0, X64_RAX));
    ENC("4d 09 4c 24 10", "or qword ptr [r12 + 0x10], r9", x64_alu_mr(a, X64_OR, X64_R12, 16, X64_R9));
    ENC("48 39 75 f8", "cmp qword ptr [rbp - 8], rsi", x64_alu_mr(a, X64_CMP, X64_RBP, -8, X64_RSI));
    ENC("4c 29 bf 00 01 00 00", "sub qword ptr [rdi + 0x100], r15", x64_alu_mr(a, X64_SUB, X64_RDI, 256, X64_R15));

    ENC("48 83 47 08 01", "add qword ptr [rdi + 8], 1", x64_alu_mi(a, X64_ADD, X64_RDI, 8, 1));
    ENC("49 81 3c 24 e8 03 00 00", "cmp qword ptr [r12], 0x3e8", x64_alu_mi(a, X64_CMP, X64_R12, 0, 1000));
    ENC("48 83 6d f0 ff", "sub qword ptr [rbp - 0x10], -1", x64_alu_mi(a, X64_SUB, X64_RBP, -16, -1));
    ENC("49 81 a5 00 02 00 00 ff 00 00 00", "and qword ptr [r13 + 0x200], 0xff",
        x64_alu_mi(a, X64_AND, X64_R13, 0x200, 0xFF));

    ENC("3b 48 2c", "cmp ecx, dword ptr [rax + 0x2c]", x64_alu32_rm(a, X64_CMP, X64_RCX, X64_RAX, 0x2c));
    ENC("41 3b 48 08", "cmp ecx, dword ptr [r8 + 8]", x64_alu32_rm(a, X64_CMP, X64_RCX, X64_R8, 8));
    ENC("45 03 1c 24", "add r11d, dword ptr [r12]", x64_alu32_rm(a, X64_ADD, X64_R11, X64_R12, 0));
    ENC("8b 9d 00 01 00 00", "mov ebx, dword ptr [rbp + 0x100]", x64_mov32_rm(a, X64_RBX, X64_RBP, 0x100));
    ENC("2b 45 00", "sub eax, dword ptr [rbp]", x64_alu32_rm(a, X64_SUB, X64_RAX, X64_RBP, 0));

    ENC("83 47 04 01", "add dword ptr [rdi + 4], 1", x64_alu32_mi(a, X64_ADD, X64_RDI, 4, 1));
    ENC("81 3c 24 2c 01 00 00", "cmp dword ptr [rsp], 0x12c", x64_alu32_mi(a, X64_CMP, X64_RSP, 0, 300));
    ENC("41 83 6d 00 fb", "sub dword ptr [r13], -5", x64_alu32_mi(a, X64_SUB, X64_R13, 0, -5));
    ENC("41 81 b7 00 00 01 00 00 00 00 80", "xor dword ptr [r15 + 0x10000], 0x80000000",
        x64_alu32_mi(a, X64_XOR, X64_R15, 0x10000, INT32_MIN));

    ENC("48 83 47 08 01", "add qword ptr [rdi + 8], 1", x64_add_m64_i(a, X64_RDI, 8, 1));
    ENC("49 81 04 24 e8 03 00 00", "add qword ptr [r12], 0x3e8", x64_add_m64_i(a, X64_R12, 0, 1000));
    ENC("48 83 45 f8 ff", "add qword ptr [rbp - 8], -1", x64_add_m64_i(a, X64_RBP, -8, -1));
    ENC("49 83 45 00 02", "add qword ptr [r13], 2", x64_add_m64_i(a, X64_R13, 0, 2));
    ENC_END();
}
END_TEST

START_TEST(byte_memory)
{
    ENC("80 0f 01", "or byte ptr [rdi], 1", x64_or8_mi(a, X64_RDI, 0, 1));
    ENC("41 80 4c 24 05 80", "or byte ptr [r12 + 5], 0x80", x64_or8_mi(a, X64_R12, 5, 0x80));
    ENC("80 4d ff ff", "or byte ptr [rbp - 1], 0xff", x64_or8_mi(a, X64_RBP, -1, 0xFF));
    ENC("80 b8 00 01 00 00 07", "cmp byte ptr [rax + 0x100], 7", x64_cmp8_mi(a, X64_RAX, 0x100, 7));
    ENC("41 80 7d 00 00", "cmp byte ptr [r13], 0", x64_cmp8_mi(a, X64_R13, 0, 0));
    ENC("80 7c 24 01 fe", "cmp byte ptr [rsp + 1], 0xfe", x64_cmp8_mi(a, X64_RSP, 1, 0xFE));
    ENC("f6 07 01", "test byte ptr [rdi], 1", x64_test8_mi(a, X64_RDI, 0, 1));
    ENC("41 f6 86 53 01 00 00 08", "test byte ptr [r14 + 0x153], 8", x64_test8_mi(a, X64_R14, 0x153, 8));
    ENC("41 f6 45 00 80", "test byte ptr [r13], 0x80", x64_test8_mi(a, X64_R13, 0, 0x80));
    ENC("99", "cdq", x64_cdq(a));
    ENC("f7 f9", "idiv ecx", x64_idiv32(a, X64_RCX));
    ENC("41 f7 fa", "idiv r10d", x64_idiv32(a, X64_R10));
    ENC_END();
}
END_TEST

START_TEST(mul_test_unary)
{
    ENC("0f af c1", "imul eax, ecx", x64_imul32_rr(a, X64_RAX, X64_RCX));
    ENC("44 0f af ca", "imul r9d, edx", x64_imul32_rr(a, X64_R9, X64_RDX));
    ENC("41 0f af f7", "imul esi, r15d", x64_imul32_rr(a, X64_RSI, X64_R15));

    ENC("48 85 c0", "test rax, rax", x64_test_rr(a, X64_RAX, X64_RAX));
    ENC("49 85 c8", "test r8, rcx", x64_test_rr(a, X64_R8, X64_RCX));
    ENC("4c 85 e2", "test rdx, r12", x64_test_rr(a, X64_RDX, X64_R12));
    ENC("85 d0", "test eax, edx", x64_test32_rr(a, X64_RAX, X64_RDX));
    ENC("45 85 da", "test r10d, r11d", x64_test32_rr(a, X64_R10, X64_R11));
    ENC("48 f7 c0 01 00 00 00", "test rax, 1", x64_test_ri(a, X64_RAX, 1));
    ENC("49 f7 c6 f8 ff ff ff", "test r14, -8", x64_test_ri(a, X64_R14, -8));
    ENC("48 f7 c7 ff 07 00 00", "test rdi, 0x7ff", x64_test_ri(a, X64_RDI, 0x7FF));

    ENC("f7 d8", "neg eax", x64_neg32(a, X64_RAX));
    ENC("41 f7 dd", "neg r13d", x64_neg32(a, X64_R13));
    ENC("f7 d1", "not ecx", x64_not32(a, X64_RCX));
    ENC("41 f7 d0", "not r8d", x64_not32(a, X64_R8));

    ENC("ff 07", "inc dword ptr [rdi]", x64_inc_m32(a, X64_RDI, 0));
    ENC("41 ff 44 24 04", "inc dword ptr [r12 + 4]", x64_inc_m32(a, X64_R12, 4));
    ENC("ff 85 00 10 00 00", "inc dword ptr [rbp + 0x1000]", x64_inc_m32(a, X64_RBP, 0x1000));
    ENC("ff 48 08", "dec dword ptr [rax + 8]", x64_dec_m32(a, X64_RAX, 8));
    ENC("41 ff 4d 00", "dec dword ptr [r13]", x64_dec_m32(a, X64_R13, 0));
    ENC("ff 4c 24 fc", "dec dword ptr [rsp - 4]", x64_dec_m32(a, X64_RSP, -4));
    ENC_END();
}
END_TEST

START_TEST(shifts)
{
    ENC("48 c1 e0 01", "shl rax, 1", x64_shift_ri(a, X64_SHL, X64_RAX, 1));
    ENC("49 c1 e9 20", "shr r9, 0x20", x64_shift_ri(a, X64_SHR, X64_R9, 32));
    ENC("48 c1 fa 3f", "sar rdx, 0x3f", x64_shift_ri(a, X64_SAR, X64_RDX, 63));
    ENC("c1 e1 03", "shl ecx, 3", x64_shift32_ri(a, X64_SHL, X64_RCX, 3));
    ENC("41 c1 fc 1f", "sar r12d, 0x1f", x64_shift32_ri(a, X64_SAR, X64_R12, 31));
    ENC("c1 ee 01", "shr esi, 1", x64_shift32_ri(a, X64_SHR, X64_RSI, 1));
    ENC("d3 e0", "shl eax, cl", x64_shift32_cl(a, X64_SHL, X64_RAX));
    ENC("41 d3 f8", "sar r8d, cl", x64_shift32_cl(a, X64_SAR, X64_R8));
    ENC("d3 ef", "shr edi, cl", x64_shift32_cl(a, X64_SHR, X64_RDI));
    ENC_END();
}
END_TEST

START_TEST(setcc)
{
    ENC("0f 94 c0", "sete al", x64_setcc(a, X64_CC_E, X64_RAX));
    ENC("0f 9c c1", "setl cl", x64_setcc(a, X64_CC_L, X64_RCX));
    ENC("0f 96 c3", "setbe bl", x64_setcc(a, X64_CC_BE, X64_RBX));
    /* spl/bpl/sil/dil need a REX prefix, else they would be ah/ch/dh/bh */
    ENC("40 0f 95 c4", "setne spl", x64_setcc(a, X64_CC_NE, X64_RSP));
    ENC("40 0f 97 c5", "seta bpl", x64_setcc(a, X64_CC_A, X64_RBP));
    ENC("40 0f 92 c6", "setb sil", x64_setcc(a, X64_CC_B, X64_RSI));
    ENC("40 0f 9f c7", "setg dil", x64_setcc(a, X64_CC_G, X64_RDI));
    ENC("41 0f 90 c0", "seto r8b", x64_setcc(a, X64_CC_O, X64_R8));
    ENC("41 0f 9a c7", "setp r15b", x64_setcc(a, X64_CC_P, X64_R15));
    ENC("41 0f 9d c4", "setge r12b", x64_setcc(a, X64_CC_GE, X64_R12));
    ENC_END();
}
END_TEST

START_TEST(sse2)
{
    ENC("66 48 0f 6e c0", "movq xmm0, rax", x64_movq_xr(a, X64_XMM0, X64_RAX));
    ENC("66 49 0f 6e f9", "movq xmm7, r9", x64_movq_xr(a, X64_XMM7, X64_R9));
    ENC("66 48 0f 7e c8", "movq rax, xmm1", x64_movq_rx(a, X64_RAX, X64_XMM1));
    ENC("66 49 0f 7e df", "movq r15, xmm3", x64_movq_rx(a, X64_R15, X64_XMM3));
    ENC("f2 0f 2a c0", "cvtsi2sd xmm0, eax", x64_cvtsi2sd32(a, X64_XMM0, X64_RAX));
    ENC("f2 41 0f 2a d2", "cvtsi2sd xmm2, r10d", x64_cvtsi2sd32(a, X64_XMM2, X64_R10));
    ENC("f2 0f 2c c1", "cvttsd2si eax, xmm1", x64_cvttsd2si32(a, X64_RAX, X64_XMM1));
    ENC("f2 44 0f 2c de", "cvttsd2si r11d, xmm6", x64_cvttsd2si32(a, X64_R11, X64_XMM6));
    ENC("f2 0f 58 c1", "addsd xmm0, xmm1", x64_addsd(a, X64_XMM0, X64_XMM1));
    ENC("f2 0f 5c d3", "subsd xmm2, xmm3", x64_subsd(a, X64_XMM2, X64_XMM3));
    ENC("f2 0f 59 e5", "mulsd xmm4, xmm5", x64_mulsd(a, X64_XMM4, X64_XMM5));
    ENC("f2 0f 5e f7", "divsd xmm6, xmm7", x64_divsd(a, X64_XMM6, X64_XMM7));
    ENC("f2 0f 58 ff", "addsd xmm7, xmm7", x64_addsd(a, X64_XMM7, X64_XMM7));
    ENC("66 0f 2e c1", "ucomisd xmm0, xmm1", x64_ucomisd(a, X64_XMM0, X64_XMM1));
    ENC("66 0f 2e fa", "ucomisd xmm7, xmm2", x64_ucomisd(a, X64_XMM7, X64_XMM2));
    ENC("66 0f 28 c8", "movapd xmm1, xmm0", x64_movapd(a, X64_XMM1, X64_XMM0));
    ENC_END();
}
END_TEST

/* ===================================================================== */
/* Control flow and labels                                                */
/* ===================================================================== */

START_TEST(control_regs)
{
    ENC("ff e0", "jmp rax", x64_jmp_r(a, X64_RAX));
    ENC("41 ff e3", "jmp r11", x64_jmp_r(a, X64_R11));
    ENC("ff d1", "call rcx", x64_call_r(a, X64_RCX));
    ENC("41 ff d3", "call r11", x64_call_r(a, X64_R11));
    ENC("ff d4", "call rsp", x64_call_r(a, X64_RSP));
    ENC("c3", "ret", x64_ret(a));
    ENC("55", "push rbp", x64_push(a, X64_RBP));
    ENC("41 54", "push r12", x64_push(a, X64_R12));
    ENC("5b", "pop rbx", x64_pop(a, X64_RBX));
    ENC("41 5f", "pop r15", x64_pop(a, X64_R15));
    ENC("49 bb bc 9a 78 56 34 12 00 00 41 ff d3", "movabs r11, 0x123456789abc; call r11",
        x64_call_abs(a, (const void *)(uintptr_t)0x123456789ABCull));
    ENC("41 bb 00 10 00 00 41 ff d3", "mov r11d, 0x1000; call r11", x64_call_abs(a, (const void *)(uintptr_t)0x1000));
    ENC_END();
}
END_TEST

static int32_t rel32_at(const X64Asm *a, size_t at)
{
    uint32_t v = 0;
    for (int i = 0; i < 4; i++) v |= (uint32_t)a->buf[at + i] << (8 * i);
    return (int32_t)v;
}

START_TEST(labels_forward_backward)
{
    X64Asm a;
    x64_init(&a);
    X64Label fwd = x64_label_new(&a), back = x64_label_new(&a);
    ck_assert(fwd >= 0 && back >= 0 && fwd != back);
    x64_bind(&a, back);                       /* offset 0 */
    x64_ret(&a);                              /* 0 */
    x64_jmp(&a, fwd);                         /* 1: E9 rel32 at 2 */
    x64_jcc(&a, X64_CC_NE, back);             /* 6: 0F 85 rel32 at 8 */
    x64_jcc(&a, X64_CC_L, fwd);               /* 12: 0F 8C rel32 at 14 */
    x64_ret(&a);                              /* 18 */
    ck_assert(!x64_label_bound(&a, fwd));
    ck_assert_int_eq(x64_label_offset(&a, fwd), -1);
    x64_bind(&a, fwd);                        /* 19 */
    x64_ret(&a);
    ck_assert(x64_label_bound(&a, fwd));
    ck_assert_int_eq(x64_label_offset(&a, fwd), 19);
    ck_assert_int_eq(x64_label_offset(&a, back), 0);
    ck_assert(x64_finish(&a));
    ck_assert_uint_eq(a.len, 20);
    ck_assert_uint_eq(a.buf[1], 0xE9);
    ck_assert_int_eq(rel32_at(&a, 2), 19 - 6);
    ck_assert_uint_eq(a.buf[6], 0x0F);
    ck_assert_uint_eq(a.buf[7], 0x85);
    ck_assert_int_eq(rel32_at(&a, 8), 0 - 12);
    ck_assert_uint_eq(a.buf[13], 0x8C);
    ck_assert_int_eq(rel32_at(&a, 14), 19 - 18);
#ifdef TL_HAVE_CAPSTONE
    char dis[512];
    disasm_text(a.buf, a.len, dis, sizeof dis);
    ck_assert_str_eq(dis, "ret; jmp 0x13; jne 0; jl 0x13; ret; ret");
#endif
    /* finish is idempotent */
    ck_assert(x64_finish(&a));
    ck_assert_int_eq(rel32_at(&a, 2), 13);
    x64_free(&a);
}
END_TEST

/* call rel32 to a label: backward (resolved at once) and forward (patched
 * at the bind), as the call entries call their function's body */
START_TEST(labels_call)
{
    X64Asm a;
    x64_init(&a);
    X64Label body = x64_label_new(&a), fwd = x64_label_new(&a);
    x64_bind(&a, body);                       /* 0 */
    x64_ret(&a);                              /* 0 */
    x64_call(&a, body);                       /* 1: E8 rel32 at 2 */
    x64_call(&a, fwd);                        /* 6: E8 rel32 at 7 */
    x64_ret(&a);                              /* 11 */
    x64_bind(&a, fwd);                        /* 12 */
    x64_ret(&a);
    ck_assert(x64_finish(&a));
    ck_assert_uint_eq(a.buf[1], 0xE8);
    ck_assert_int_eq(rel32_at(&a, 2), 0 - 6);
    ck_assert_uint_eq(a.buf[6], 0xE8);
    ck_assert_int_eq(rel32_at(&a, 7), 12 - 11);
#ifdef TL_HAVE_CAPSTONE
    char dis[256];
    disasm_text(a.buf, a.len, dis, sizeof dis);
    ck_assert_str_eq(dis, "ret; call 0; call 0xc; ret; ret");
#endif
    x64_free(&a);
    /* a call of a label never bound fails the finish */
    x64_init(&a);
    x64_call(&a, x64_label_new(&a));
    ck_assert(!x64_finish(&a));
    x64_free(&a);
}
END_TEST

START_TEST(labels_every_cond)
{
    X64Asm a;
    x64_init(&a);
    X64Label l = x64_label_new(&a);
    x64_bind(&a, l);
    for (int c = X64_CC_O; c <= X64_CC_G; c++) x64_jcc(&a, (X64Cond)c, l);
    ck_assert(x64_finish(&a));
    ck_assert_uint_eq(a.len, 16 * 6);
    for (int c = 0; c < 16; c++) {
        ck_assert_uint_eq(a.buf[c * 6], 0x0F);
        ck_assert_uint_eq(a.buf[c * 6 + 1], 0x80 + c);
        ck_assert_int_eq(rel32_at(&a, (size_t)c * 6 + 2), -(c * 6 + 6));
    }
#ifdef TL_HAVE_CAPSTONE
    char dis[1024];
    disasm_text(a.buf, 12, dis, sizeof dis);
    ck_assert_str_eq(dis, "jo 0; jno 0");
#endif
    ck_assert_int_eq(x64_cond_negate(X64_CC_E), X64_CC_NE);
    ck_assert_int_eq(x64_cond_negate(X64_CC_GE), X64_CC_L);
    ck_assert_int_eq(x64_cond_negate(X64_CC_A), X64_CC_BE);
    x64_free(&a);
}
END_TEST

START_TEST(labels_errors)
{
    X64Asm a;
    /* a used label that is never bound */
    x64_init(&a);
    X64Label l = x64_label_new(&a);
    x64_jmp(&a, l);
    ck_assert(!x64_finish(&a));
    x64_free(&a);
    /* an unbound label nobody jumps to is harmless */
    x64_init(&a);
    (void)x64_label_new(&a);
    x64_ret(&a);
    ck_assert(x64_finish(&a));
    x64_free(&a);
    /* binding twice is a caller bug x64_finish reports */
    x64_init(&a);
    l = x64_label_new(&a);
    x64_bind(&a, l);
    x64_ret(&a);
    x64_bind(&a, l);
    ck_assert(!x64_finish(&a));
    x64_free(&a);
    /* a label index that was never created */
    x64_init(&a);
    x64_jcc(&a, X64_CC_E, 7);
    ck_assert(!x64_finish(&a));
    ck_assert(!x64_label_bound(&a, 7));
    ck_assert(!x64_label_bound(&a, -1));
    x64_free(&a);
}
END_TEST

START_TEST(many_labels_and_growth)
{
    /* enough labels, fixups and bytes to force every table to grow */
    X64Asm a;
    x64_init(&a);
    enum { N = 3000 };
    X64Label ls[N];
    for (int i = 0; i < N; i++) ls[i] = x64_label_new(&a);
    for (int i = 0; i < N; i++) x64_jmp(&a, ls[N - 1 - i]);
    for (int i = 0; i < N; i++) {
        x64_bind(&a, ls[i]);
        x64_mov_ri(&a, X64_RAX, 0x123456789ull);
    }
    ck_assert(x64_finish(&a));
    ck_assert(!a.oom);
    size_t base = (size_t)N * 5;
    for (int i = 0; i < N; i++) {
        size_t at = (size_t)i * 5 + 1;
        int32_t target = (int32_t)(base + (size_t)(N - 1 - i) * 10);
        ck_assert_int_eq(rel32_at(&a, at), target - (int32_t)(at + 4));
    }
    x64_free(&a);
}
END_TEST

START_TEST(label_use_chains)
{
    /* many forward uses of a few labels, interleaved, across buffer growth:
     * each label's uses chain through their rel32 fields until its bind */
    X64Asm a;
    x64_init(&a);
    enum { K = 3, USES = 2000 };
    X64Label ls[K];
    for (int k = 0; k < K; k++) ls[k] = x64_label_new(&a);
    for (int i = 0; i < USES; i++) {
        x64_jcc(&a, X64_CC_NE, ls[i % K]);   /* 6 bytes each, field at +2 */
        if (i == USES / 2) x64_bind(&a, ls[1]);   /* half of label 1's uses before its bind */
    }
    ck_assert(!x64_finish(&a));   /* labels 0 and 2 still unbound */
    x64_bind(&a, ls[0]);
    size_t at0 = a.len;
    x64_ret(&a);
    ck_assert(!x64_finish(&a));
    x64_bind(&a, ls[2]);
    size_t at2 = a.len;
    x64_ret(&a);
    ck_assert(x64_finish(&a));
    size_t at1 = (size_t)(USES / 2 + 1) * 6;
    for (int i = 0; i < USES; i++) {
        size_t field = (size_t)i * 6 + 2;
        int k = i % K;
        size_t target = k == 0 ? at0 : k == 2 ? at2 : at1;
        ck_assert_int_eq(rel32_at(&a, field), (int32_t)target - (int32_t)(field + 4));
    }
    x64_free(&a);
}
END_TEST

START_TEST(label_bind_at)
{
    /* x64_bind_at: a label bound at an earlier offset patches the uses made
     * before (its chain) and resolves later ones at once */
    X64Asm a;
    x64_init(&a);
    X64Label l = x64_label_new(&a);
    x64_ret(&a);                      /* 0 */
    x64_ret(&a);                      /* 1: l goes here */
    x64_jmp(&a, l);                   /* 2: E9 rel32 at 3 */
    x64_jcc(&a, X64_CC_E, l);         /* 7: 0F 84 rel32 at 9 */
    ck_assert(!x64_finish(&a));
    x64_bind_at(&a, l, 1);
    ck_assert_int_eq(x64_label_offset(&a, l), 1);
    x64_jmp(&a, l);                   /* 13: rel32 at 14, resolved at once */
    ck_assert(x64_finish(&a));
    ck_assert_int_eq(rel32_at(&a, 3), 1 - 7);
    ck_assert_int_eq(rel32_at(&a, 9), 1 - 13);
    ck_assert_int_eq(rel32_at(&a, 14), 1 - 18);
    /* past the current offset, or bound already: poisons the assembly */
    X64Label m = x64_label_new(&a);
    x64_bind_at(&a, m, a.len + 1);
    ck_assert(!x64_finish(&a));
    x64_free(&a);
    x64_init(&a);
    l = x64_label_new(&a);
    x64_bind(&a, l);
    x64_ret(&a);
    x64_bind_at(&a, l, 0);
    ck_assert(!x64_finish(&a));
    x64_free(&a);
}
END_TEST

/* ===================================================================== */
/* Code memory                                                            */
/* ===================================================================== */

/* The permission string ("r-xp") of the mapping holding p, or "" if none. */
static void perms_of(const void *p, char out[8])
{
    FILE *f = fopen("/proc/self/maps", "r");
    ck_assert(f);
    char line[512];
    out[0] = 0;
    uintptr_t x = (uintptr_t)p;
    while (fgets(line, sizeof line, f)) {
        unsigned long lo, hi;
        char perms[8];
        if (sscanf(line, "%lx-%lx %7s", &lo, &hi, perms) == 3 && x >= lo && x < hi) {
            memcpy(out, perms, 8);
            break;
        }
    }
    fclose(f);
}

/* No mapping of the process is writable and executable at once. */
static void assert_no_wx(const char *when)
{
    FILE *f = fopen("/proc/self/maps", "r");
    ck_assert(f);
    char line[512];
    while (fgets(line, sizeof line, f)) {
        char perms[8];
        unsigned long lo, hi;
        if (sscanf(line, "%lx-%lx %7s", &lo, &hi, perms) != 3) continue;
        ck_assert_msg(!(perms[1] == 'w' && perms[2] == 'x'), "%s: W+X mapping: %s", when, line);
    }
    fclose(f);
}

/* p's mapping is read+execute and not writable: "r-xs" when cs writes
 * code through an alias (shared memory mapped twice), else "r-xp". */
static void assert_rx(const X64CodeSpace *cs, const void *p)
{
    char perms[8];
    perms_of(p, perms);
    ck_assert_str_eq(perms, x64_code_writes(cs) == X64_WRITES_ALIAS ? "r-xs" : "r-xp");
}

typedef int64_t (*Fn2)(int64_t, int64_t);

static Fn2 as_fn2(void *p)
{
    Fn2 f;
    memcpy(&f, &p, sizeof f);
    return f;
}

/* rax = rdi + rsi + k */
static void emit_add(X64Asm *a, int32_t k)
{
    x64_mov_rr(a, X64_RAX, X64_RDI);
    x64_alu_rr(a, X64_ADD, X64_RAX, X64_RSI);
    if (k) x64_alu_ri(a, X64_ADD, X64_RAX, k);
    x64_ret(a);
}

START_TEST(code_install_and_call)
{
    X64CodeSpace *cs = x64_code_space_new();
    ck_assert(cs);
    X64Asm a;
    x64_init(&a);
    emit_add(&a, 0);
    ck_assert(x64_finish(&a));
    void *code = x64_code_install(cs, &a);
    ck_assert(code);
    assert_no_wx("after install");
    assert_rx(cs, code);
    ck_assert_int_eq(memcmp(code, a.buf, a.len), 0);
    ck_assert_int_eq(as_fn2(code)(40, 2), 42);
    ck_assert_int_eq(as_fn2(code)(-5, 3), -2);
    ck_assert_uint_eq(x64_code_bytes(cs), a.len);
    x64_free(&a);
    x64_code_space_free(cs);
}
END_TEST

static const char *const write_names[] = {"alias", "proc-mem", "mprotect"};

/* A code space that writes code the way w names, or NULL when the kernel
 * here refuses it. */
static X64CodeSpace *space_writing(X64Writes w)
{
    X64CodeSpace *cs = x64_code_space_new();
    x64_code_set_writes(cs, w);
    if (x64_code_writes(cs) == w) return cs;
    x64_code_space_free(cs);
    return NULL;
}

/* a: rax = rdi + rsi + 1, b: + 2, both finished */
static void two_adds(X64Asm *a, X64Asm *b)
{
    x64_init(a);
    x64_init(b);
    emit_add(a, 1);
    emit_add(b, 2);
    ck_assert(x64_finish(a) && x64_finish(b));
}

/* Every way code reaches memory -- through a writable alias of the code's
 * pages, through /proc/self/mem (pages stay read+execute) and by flipping
 * the pages -- inside and outside a batch, with and without x64_finish's
 * int3 padding.  A way the kernel refuses here is skipped (the space says
 * what it uses instead), but the last always works. */
START_TEST(code_write_paths)
{
    for (X64Writes w = X64_WRITES_ALIAS; w <= X64_WRITES_MPROTECT; w++) {
        X64CodeSpace *cs = space_writing(w);
        if (!cs) {
            ck_assert(w != X64_WRITES_MPROTECT);
            fprintf(stderr, "code_write_paths: %s not available here\n", write_names[w]);
            continue;
        }
        ck_assert(x64_code_writes_cheap(cs) == (w != X64_WRITES_MPROTECT));
        X64Asm a, b;
        x64_init(&a);
        x64_init(&b);
        emit_add(&a, 5);                       /* 11 bytes: padded by x64_finish */
        ck_assert(x64_finish(&a));
        ck_assert_uint_eq(a.padded, a.len);
        for (size_t i = a.len; i < 16; i++) ck_assert_uint_eq(a.buf[i], 0xCC);
        emit_add(&b, 6);                       /* never finished: installed unpadded */
        void *fa = x64_code_install(cs, &a);
        void *fb = x64_code_install(cs, &b);
        ck_assert(fa && fb);
        assert_rx(cs, fa);
        assert_no_wx(write_names[w]);
        for (size_t i = b.len; i < 16; i++) ck_assert_uint_eq(((const uint8_t *)fb)[i], 0xCC);
        ck_assert_int_eq(as_fn2(fa)(1, 2), 8);
        ck_assert_int_eq(as_fn2(fb)(1, 2), 9);
        x64_code_begin(cs);
        void *fc = x64_code_install(cs, &a);
        void *fd = x64_code_install(cs, &b);
        x64_code_end(cs);
        assert_no_wx(write_names[w]);
        ck_assert_int_eq(as_fn2(fc)(10, 20), 35);
        ck_assert_int_eq(as_fn2(fd)(10, 20), 36);
        /* released code reads as int3 at its executable address */
        x64_code_release(cs, fc, a.len);
        for (size_t i = 0; i < 16; i++) ck_assert_uint_eq(((const uint8_t *)fc)[i], 0xCC);
        assert_rx(cs, fc);
        x64_free(&a);
        x64_free(&b);
        x64_code_space_free(cs);
    }
}
END_TEST

/* A forked child and its parent each keep their own code bytes, whichever
 * way they are written.  Child to parent: the inherited /proc/self/mem
 * descriptor names the parent's memory (the space reopens it in the
 * child), and an alias's views are shared mappings (the child gets a
 * private copy before it runs on).  Parent to child: the parent releases
 * a function the child still runs and installs other code in its place. */
START_TEST(code_write_after_fork)
{
    for (X64Writes w = X64_WRITES_ALIAS; w <= X64_WRITES_MPROTECT; w++) {
        X64CodeSpace *cs = space_writing(w);
        if (!cs) continue;
        X64Asm a, b;
        two_adds(&a, &b);
        uint8_t *f1 = x64_code_install(cs, &a);
        ck_assert(f1);
        int go[2];
        ck_assert(pipe(go) == 0);
        pid_t pid = fork();
        ck_assert(pid >= 0);
        if (pid == 0) {
            void *f2 = x64_code_install(cs, &b);   /* the next 16 bytes of the chunk */
            bool ok = f2 == f1 + 16 && as_fn2(f2)(1, 1) == 4;
            char c;
            ok &= read(go[0], &c, 1) == 1;          /* the parent has rewritten f1 */
            ok &= as_fn2(f1)(1, 1) == 3;
            _exit(ok ? 0 : 1);
        }
        int status = 0;
        /* f1 becomes b's code */
        x64_code_release(cs, f1, a.len);
        ck_assert_ptr_eq(x64_code_install(cs, &b), f1);
        ck_assert_int_eq(as_fn2(f1)(1, 1), 4);
        ck_assert(write(go[1], "g", 1) == 1);
        ck_assert(waitpid(pid, &status, 0) == pid);
        ck_assert_msg(WIFEXITED(status) && WEXITSTATUS(status) == 0, "%s: child saw its parent's code", write_names[w]);
        for (int i = 0; i < 16; i++) ck_assert_uint_eq(f1[16 + i], 0);   /* the parent's copy is untouched */
        void *f3 = x64_code_install(cs, &a);
        ck_assert_ptr_eq(f3, f1 + 16);
        ck_assert_int_eq(as_fn2(f3)(1, 1), 3);
        close(go[0]);
        close(go[1]);
        x64_free(&a);
        x64_free(&b);
        x64_code_space_free(cs);
    }
}
END_TEST

/* A loop through labels, run for real: rax = sum of 1..rdi. */
START_TEST(code_loop_runs)
{
    X64CodeSpace *cs = x64_code_space_new();
    X64Asm a;
    x64_init(&a);
    X64Label top = x64_label_new(&a), done = x64_label_new(&a);
    x64_alu32_rr(&a, X64_XOR, X64_RAX, X64_RAX);
    x64_bind(&a, top);
    x64_test_rr(&a, X64_RDI, X64_RDI);
    x64_jcc(&a, X64_CC_LE, done);
    x64_alu_rr(&a, X64_ADD, X64_RAX, X64_RDI);
    x64_alu_ri(&a, X64_SUB, X64_RDI, 1);
    x64_jmp(&a, top);
    x64_bind(&a, done);
    x64_ret(&a);
    ck_assert(x64_finish(&a));
    void *code = x64_code_install(cs, &a);
    ck_assert(code);
    ck_assert_int_eq(as_fn2(code)(100, 0), 5050);
    ck_assert_int_eq(as_fn2(code)(0, 0), 0);
    ck_assert_int_eq(as_fn2(code)(-3, 0), 0);
    x64_free(&a);
    x64_code_space_free(cs);
}
END_TEST

static int64_t helper_mul(int64_t x, int64_t y) { return x * y + 1; }

/* Loads, stores, call_abs and SSE through real execution. */
START_TEST(code_memory_and_calls_run)
{
    X64CodeSpace *cs = x64_code_space_new();
    X64Asm a;
    x64_init(&a);
    /* f(p, y): p[1] = helper_mul(p[0], y); return p[1] + p[2] (frame kept aligned) */
    x64_push(&a, X64_RBX);
    x64_mov_rr(&a, X64_RBX, X64_RDI);
    x64_mov_rm(&a, X64_RDI, X64_RBX, 0);
    x64_call_abs(&a, (const void *)helper_mul);
    x64_mov_mr(&a, X64_RBX, 8, X64_RAX);
    x64_alu_rm(&a, X64_ADD, X64_RAX, X64_RBX, 16);
    x64_pop(&a, X64_RBX);
    x64_ret(&a);
    ck_assert(x64_finish(&a));
    void *code = x64_code_install(cs, &a);
    ck_assert(code);
    int64_t data[3] = { 6, 0, 100 };
    ck_assert_int_eq(as_fn2(code)((int64_t)(intptr_t)data, 7), 43 + 100);
    ck_assert_int_eq(data[1], 43);
    x64_free(&a);

    /* g(x, y) = (int)(double(x) / double(y)) via SSE2 */
    x64_init(&a);
    x64_cvtsi2sd32(&a, X64_XMM0, X64_RDI);
    x64_cvtsi2sd32(&a, X64_XMM1, X64_RSI);
    x64_divsd(&a, X64_XMM0, X64_XMM1);
    x64_cvttsd2si32(&a, X64_RAX, X64_XMM0);
    x64_movsxd_rr(&a, X64_RAX, X64_RAX);
    x64_ret(&a);
    ck_assert(x64_finish(&a));
    code = x64_code_install(cs, &a);
    ck_assert(code);
    ck_assert_int_eq(as_fn2(code)(-22, 7), -3);
    x64_free(&a);
    x64_code_space_free(cs);
}
END_TEST

/* Calls and jumps to absolute addresses in reach of the whole install
 * window are 5-byte rel32s, fixed up at install: they run, from code
 * installed anywhere in the window; out of reach, they take r11. */
START_TEST(code_near_calls)
{
    X64CodeSpace *cs = x64_code_space_new();
    uintptr_t lo, hi;
    x64_code_window(cs, &lo, &hi);
    ck_assert_uint_gt(hi, lo);   /* a window was reserved */
    X64Asm a, b;
    x64_init(&a);
    x64_init(&b);
    a.near_lo = b.near_lo = lo;
    a.near_hi = b.near_hi = hi;
    /* b(x, y): jmp to helper_mul (a tail call) */
    x64_jmp_abs(&b, (const void *)helper_mul);
    ck_assert_uint_eq(b.len, 5);
    ck_assert_uint_eq(b.buf[0], 0xE9);
    ck_assert(x64_finish(&b));
    void *tail = x64_code_install(cs, &b);
    ck_assert(tail);
    /* a(x, y) = helper_mul(x, y) + b(that, 2): a rel32 call to the
     * helper, then one to b, whose rel32 jump tail-calls the helper */
    x64_push(&a, X64_RBX);                       /* keeps rsp 16-byte aligned at the calls */
    x64_call_abs(&a, (const void *)helper_mul);
    size_t after_call = a.len;
    x64_mov_rr(&a, X64_RBX, X64_RAX);
    ck_assert_uint_eq(after_call, 1 + 5);
    ck_assert_uint_eq(a.buf[1], 0xE8);
    ck_assert_uint_eq(a.nrelocs, 1);
    x64_mov_rr(&a, X64_RDI, X64_RBX);
    x64_mov_ri(&a, X64_RSI, 2);
    x64_call_abs(&a, tail);                      /* code in the window: in reach by construction */
    x64_alu_rr(&a, X64_ADD, X64_RAX, X64_RBX);
    x64_pop(&a, X64_RBX);
    x64_ret(&a);
    ck_assert(x64_finish(&a));
    void *code = x64_code_install(cs, &a);
    ck_assert(code);
    ck_assert_uint_ge((uintptr_t)code, lo);
    ck_assert_uint_lt((uintptr_t)code, hi);
    /* helper_mul(6, 7) = 43; helper_mul(43, 2) = 87; 43 + 87 */
    ck_assert_int_eq(as_fn2(code)(6, 7), 130);
    assert_no_wx("near calls");
    x64_free(&a);
    x64_free(&b);

    /* a window too far from the target: the call goes through r11 */
    x64_init(&a);
    a.near_lo = (uintptr_t)helper_mul + ((uintptr_t)1 << 32);
    a.near_hi = a.near_lo + 4096;
    x64_call_abs(&a, (const void *)helper_mul);
    ck_assert_uint_eq(a.nrelocs, 0);
    ck_assert_uint_ge(a.len, 6 + 3);             /* mov r11, imm; call r11 */
    x64_free(&a);
    /* and without a window (near_hi 0) too */
    x64_init(&a);
    x64_call_abs(&a, (const void *)helper_mul);
    ck_assert_uint_eq(a.nrelocs, 0);
    x64_free(&a);
    x64_code_space_free(cs);
}
END_TEST

/* A full window: chunks go anywhere, x64_code_window reports none (later
 * code calls through r11), and code emitted for the window that cannot
 * be placed in it is refused, never installed with a wrong displacement. */
START_TEST(code_window_full)
{
    X64CodeSpace *cs = x64_code_space_new_window(256 * 1024);   /* one chunk's room */
    uintptr_t lo, hi;
    x64_code_window(cs, &lo, &hi);
    ck_assert_uint_eq(hi - lo, 256 * 1024);
    X64Asm big, near;
    x64_init(&big);
    x64_init(&near);
    while (big.len < 200 * 1024) x64_mov_ri(&big, X64_RAX, 0x123456789ull);   /* filler */
    x64_ret(&big);
    ck_assert(x64_finish(&big));
    ck_assert(x64_code_install(cs, &big));            /* the window's one chunk */
    near.near_lo = lo;
    near.near_hi = hi;
    x64_push(&near, X64_RBX);
    x64_call_abs(&near, (const void *)helper_mul);    /* rel32, for the window */
    x64_pop(&near, X64_RBX);
    x64_ret(&near);
    ck_assert_uint_eq(near.nrelocs, 1);
    ck_assert(x64_finish(&near));
    uint8_t *outside = x64_code_install(cs, &big);    /* no room left in the window: a chunk elsewhere */
    ck_assert(outside);
    ck_assert((uintptr_t)outside < lo || (uintptr_t)outside >= hi);
    x64_code_window(cs, &lo, &hi);
    ck_assert_uint_eq(hi, 0);                         /* full: no window any more */
    /* `near` now lands after `outside`, in that chunk: installed only if
     * its call reaches helper_mul from there, and then it runs */
    void *placed = x64_code_install(cs, &near);
    int64_t dist = (int64_t)(uintptr_t)helper_mul - (int64_t)(uintptr_t)outside;
    bool reach = dist > INT32_MIN + (1 << 20) && dist < INT32_MAX - (1 << 20);
    if (reach) {
        ck_assert(placed);
        ck_assert_int_eq(as_fn2(placed)(6, 7), 43);
    } else {
        ck_assert_ptr_null(placed);
    }
    /* code emitted now calls through r11 and runs wherever it goes */
    X64Asm far;
    x64_init(&far);
    far.near_lo = lo;
    far.near_hi = hi;
    x64_push(&far, X64_RBX);
    x64_call_abs(&far, (const void *)helper_mul);
    x64_pop(&far, X64_RBX);
    x64_ret(&far);
    ck_assert_uint_eq(far.nrelocs, 0);
    ck_assert(x64_finish(&far));
    void *f = x64_code_install(cs, &far);
    ck_assert(f);
    ck_assert_int_eq(as_fn2(f)(6, 7), 43);
    assert_no_wx("window full");
    x64_free(&big);
    x64_free(&near);
    x64_free(&far);
    x64_code_space_free(cs);
}
END_TEST

/* A batch defers the copies of the ways that write through the kernel to
 * its end (an alias writes at once: nothing to defer). */
START_TEST(code_batch_is_never_wx)
{
    for (X64Writes w = X64_WRITES_PROC_MEM; w <= X64_WRITES_MPROTECT; w++) {
        X64CodeSpace *cs = space_writing(w);
        if (!cs) continue;
        X64Asm a, b;
        two_adds(&a, &b);
        x64_code_begin(cs);
        void *fa = x64_code_install(cs, &a);
        ck_assert(fa);
        assert_rx(cs, fa);                              /* bytes are copied at x64_code_end */
        assert_no_wx("inside batch");
        void *fb = x64_code_install(cs, &b);
        ck_assert(fb && fb != fa);
        assert_no_wx("inside batch, second install");
        x64_code_end(cs);
        assert_rx(cs, fa);
        assert_rx(cs, fb);
        assert_no_wx("after batch");
        ck_assert_int_eq(as_fn2(fa)(1, 2), 4);
        ck_assert_int_eq(as_fn2(fb)(1, 2), 5);
        /* nested batches copy only at the outermost end */
        x64_code_begin(cs);
        x64_code_begin(cs);
        void *fc = x64_code_install(cs, &a);
        x64_code_end(cs);
        ck_assert_int_ne(*(const uint8_t *)fc, a.buf[0]);   /* not yet copied */
        x64_code_end(cs);
        assert_rx(cs, fc);
        ck_assert_int_eq(as_fn2(fc)(10, 10), 21);
        x64_code_end(cs);                               /* unbalanced end: ignored */
        x64_free(&a);
        x64_free(&b);
        x64_code_space_free(cs);
    }
}
END_TEST

START_TEST(code_release_reuses)
{
    X64CodeSpace *cs = x64_code_space_new();
    X64Asm a, b;
    x64_init(&a);
    x64_init(&b);
    emit_add(&a, 1);
    emit_add(&b, 3);
    ck_assert(x64_finish(&a) && x64_finish(&b));
    void *f1 = x64_code_install(cs, &a);
    void *f2 = x64_code_install(cs, &a);
    ck_assert(f1 && f2 && f1 != f2);
    ck_assert_uint_eq((uintptr_t)f1 % 16, 0);
    ck_assert_uint_eq((uintptr_t)f2 % 16, 0);
    ck_assert_uint_eq(x64_code_bytes(cs), 2 * a.len);
    x64_code_release(cs, f1, a.len);
    ck_assert_uint_eq(x64_code_bytes(cs), a.len);
    assert_no_wx("after release");
    ck_assert_uint_eq(((uint8_t *)f1)[0], 0xCC);     /* released code traps */
    x64_code_release(cs, f1, a.len);                 /* double release: ignored */
    ck_assert_uint_eq(x64_code_bytes(cs), a.len);
    void *f3 = x64_code_install(cs, &b);
    ck_assert_ptr_eq(f3, f1);                        /* the freed space is reused */
    void *f4 = x64_code_install(cs, &b);
    ck_assert(f4 != f1 && f4 != f2);                 /* ...only once */
    ck_assert_int_eq(as_fn2(f2)(1, 1), 3);
    ck_assert_int_eq(as_fn2(f3)(1, 1), 5);
    ck_assert_int_eq(as_fn2(f4)(2, 2), 7);
    /* releasing two neighbours merges them: a bigger function fits there */
    x64_code_release(cs, f3, b.len);
    x64_code_release(cs, f2, a.len);
    X64Asm big;
    x64_init(&big);
    for (int i = 0; i < 5; i++) x64_alu_ri(&big, X64_ADD, X64_RDI, 1);   /* 20 bytes */
    x64_mov_rr(&big, X64_RAX, X64_RDI);
    x64_ret(&big);
    ck_assert(x64_finish(&big) && big.len > 16 && big.len <= 32);
    void *f5 = x64_code_install(cs, &big);
    ck_assert(f5 == f1 || f5 == f2);
    ck_assert_int_eq(as_fn2(f5)(10, 0), 15);
    /* pointers that are not ours are ignored */
    int local;
    x64_code_release(cs, &local, 4);
    x64_code_release(cs, NULL, 4);
    x64_code_release(cs, (uint8_t *)f4 + 1, 4);
    ck_assert_int_eq(as_fn2(f4)(2, 2), 7);
    x64_free(&a);
    x64_free(&b);
    x64_free(&big);
    x64_code_space_free(cs);
}
END_TEST

/* Resident kB of the process's mappings whose maps line contains `name`
 * and whose permissions are `perms`. */
static long rss_kb_of(const char *name, const char *perms)
{
    FILE *f = fopen("/proc/self/smaps", "r");
    ck_assert(f);
    char line[512];
    long kb = 0;
    bool in = false;
    while (fgets(line, sizeof line, f)) {
        unsigned long lo, hi;
        char p[8];
        long v;
        if (sscanf(line, "%lx-%lx %7s", &lo, &hi, p) == 3) in = strstr(line, name) && strcmp(p, perms) == 0;
        else if (in && sscanf(line, "Rss: %ld kB", &v) == 1) kb += v;
    }
    fclose(f);
    return kb;
}

/* An aliased page is resident in two mappings, and the process's resident
 * size (what tierlab-bench reports) would count it twice: the writable
 * view lets go of the pages the installs have moved past, 64 KiB at a
 * time, and they still run.  Both views show as /dev/zero, which perf
 * takes for anonymous memory (where --perf-map's names apply). */
START_TEST(code_alias_counts_once)
{
    X64CodeSpace *cs = x64_code_space_new();
    if (x64_code_writes(cs) != X64_WRITES_ALIAS) {
        x64_code_space_free(cs);
        return;
    }
    X64Asm a;
    x64_init(&a);
    for (int i = 0; i < 4000; i++) x64_alu_ri(&a, X64_ADD, X64_RDI, 1);   /* 16 KB */
    x64_mov_rr(&a, X64_RAX, X64_RDI);
    x64_ret(&a);
    ck_assert(x64_finish(&a));
    void *fs[12];
    for (int i = 0; i < 12; i++) ck_assert((fs[i] = x64_code_install(cs, &a)) != NULL);   /* 192 KB */
    for (int i = 0; i < 12; i++) ck_assert_int_eq(as_fn2(fs[i])(i, 0), 4000 + i);
    long rx = rss_kb_of("/dev/zero", "r-xs"), rw = rss_kb_of("/dev/zero", "rw-s");
    ck_assert_msg(rx >= 160 && rw <= 64 + 16 + 4, "resident: %ld kB read+exec, %ld kB read+write", rx, rw);
    /* a release writes through a dropped page again */
    x64_code_release(cs, fs[0], a.len);
    ck_assert_uint_eq(*(const uint8_t *)fs[0], 0xCC);
    ck_assert_int_eq(as_fn2(fs[1])(0, 0), 4000);
    x64_free(&a);
    x64_code_space_free(cs);
}
END_TEST

START_TEST(code_large_and_refused)
{
    X64CodeSpace *cs = x64_code_space_new();
    X64Asm a;
    x64_init(&a);
    /* more than one default chunk: 100,000 x 4-byte adds, then ret */
    for (int i = 0; i < 100000; i++) x64_alu_ri(&a, X64_ADD, X64_RDI, 1);
    x64_mov_rr(&a, X64_RAX, X64_RDI);
    x64_ret(&a);
    ck_assert(x64_finish(&a));
    void *code = x64_code_install(cs, &a);
    ck_assert(code);
    assert_no_wx("after a large install");
    ck_assert_int_eq(as_fn2(code)(5, 0), 100005);
    x64_free(&a);
    /* a failed assembly and an empty one are not installed */
    x64_init(&a);
    ck_assert_ptr_null(x64_code_install(cs, &a));
    x64_mov_rmi(&a, X64_RAX, X64_RAX, X64_RSP, 1, 0);
    ck_assert_ptr_null(x64_code_install(cs, &a));
    x64_free(&a);
    x64_code_space_free(cs);
    x64_code_space_free(NULL);
}
END_TEST

/* ===================================================================== */
/* Disassembly                                                            */
/* ===================================================================== */

static const char *annotate_demo(void *ctx, size_t offset)
{
    (void)ctx;
    if (offset == 0) return "; bc 0: Add r0, r1";
    if (offset == 3) return "; bc 1: Return";
    if (offset == 5) return "; never an instruction start";
    return NULL;
}

/* noinline: inlined, gcc 12's -Wdangling-pointer takes strstr results on
 * the returned text for pointers into this function's local TEXT variable
 * (whose address open_memstream holds) */
__attribute__((noinline)) static char *disasm_to_string(const X64Asm *a, bool (*fn)(FILE *, const uint8_t *, size_t, uint64_t, X64Annotate, void *))
{
    char *text = NULL;
    size_t size = 0;
    FILE *f = open_memstream(&text, &size);
    ck_assert(f);
    ck_assert(fn(f, a->buf, a->len, 0x1000, annotate_demo, NULL));
    fclose(f);
    return text;
}

START_TEST(disasm_listing)
{
    X64Asm a;
    x64_init(&a);
    x64_mov_rr(&a, X64_RAX, X64_RDI);            /* 0..2 */
    x64_alu_rr(&a, X64_ADD, X64_RAX, X64_RSI);   /* 3..5 */
    x64_ret(&a);                                 /* 6 */
    ck_assert(x64_finish(&a));
    char *text = disasm_to_string(&a, x64_disasm);
#ifdef TL_HAVE_CAPSTONE
    const char *ann0 = strstr(text, "; bc 0: Add r0, r1\n");
    const char *mov = strstr(text, "mov rax, rdi");
    const char *ann1 = strstr(text, "; bc 1: Return\n");
    const char *add = strstr(text, "add rax, rsi");
    const char *ret = strstr(text, "ret");
    ck_assert_msg(ann0 && mov && ann1 && add && ret, "listing:\n%s", text);
    ck_assert_msg(ann0 < mov && mov < ann1 && ann1 < add && add < ret, "order:\n%s", text);
    ck_assert_msg(!strstr(text, "never an instruction start"), "listing:\n%s", text);
    ck_assert_msg(strstr(text, "0x0003  48 01 f0"), "offsets and bytes:\n%s", text);
#else
    ck_assert_msg(strstr(text, "capstone is missing"), "listing:\n%s", text);
#endif
    free(text);
    /* bytes capstone cannot decode are shown, not fatal */
    X64Asm bad;
    x64_init(&bad);
    x64_ret(&bad);
    bad.buf[0] = 0x06;                           /* push es: invalid in 64-bit mode */
    x64_ret(&bad);
    text = disasm_to_string(&bad, x64_disasm);
#ifdef TL_HAVE_CAPSTONE
    ck_assert_msg(strstr(text, "(bad)") && strstr(text, "ret"), "listing:\n%s", text);
#endif
    free(text);
    x64_free(&bad);
    x64_free(&a);
}
END_TEST

/* The fallback printer, compiled here without capstone under another name. */
#define x64_disasm x64_disasm_hexdump
#undef TL_HAVE_CAPSTONE
#include "x64/x64_disasm.c"
#undef x64_disasm

START_TEST(disasm_hexdump_fallback)
{
    X64Asm a;
    x64_init(&a);
    x64_mov_rr(&a, X64_RAX, X64_RDI);
    x64_alu_rr(&a, X64_ADD, X64_RAX, X64_RSI);
    x64_ret(&a);
    char *text = disasm_to_string(&a, x64_disasm_hexdump);
    ck_assert_msg(strstr(text, "capstone is missing"), "dump:\n%s", text);
    const char *ann0 = strstr(text, "; bc 0: Add r0, r1\n");
    const char *b0 = strstr(text, "0x0000  48 89 f8");
    const char *ann1 = strstr(text, "; bc 1: Return\n");
    const char *b1 = strstr(text, "0x0003  48 01");
    ck_assert_msg(ann0 && b0 && ann1 && b1 && ann0 < b0 && b0 < ann1 && ann1 < b1, "dump:\n%s", text);
    ck_assert_msg(strstr(text, "f0 c3"), "dump:\n%s", text);
    free(text);
    x64_free(&a);
}
END_TEST

static Suite *x64_suite(void)
{
    Suite *s = suite_create("x64");
    TCase *enc = tcase_create("encode");
    tcase_add_test(enc, mov_reg_reg);
    tcase_add_test(enc, mov_reg_imm);
    tcase_add_test(enc, mov_load_store);
    tcase_add_test(enc, mov32_load_store);
    tcase_add_test(enc, mov_extend);
    tcase_add_test(enc, mov_indexed);
    tcase_add_test(enc, mov_indexed_invalid);
    tcase_add_test(enc, lea);
    tcase_add_test(enc, alu_reg_reg);
    tcase_add_test(enc, alu_reg_imm);
    tcase_add_test(enc, alu_memory);
    tcase_add_test(enc, byte_memory);
    tcase_add_test(enc, mul_test_unary);
    tcase_add_test(enc, shifts);
    tcase_add_test(enc, setcc);
    tcase_add_test(enc, sse2);
    tcase_add_test(enc, control_regs);
    suite_add_tcase(s, enc);

    TCase *lab = tcase_create("labels");
    tcase_add_test(lab, labels_forward_backward);
    tcase_add_test(lab, labels_call);
    tcase_add_test(lab, labels_every_cond);
    tcase_add_test(lab, labels_errors);
    tcase_add_test(lab, many_labels_and_growth);
    tcase_add_test(lab, label_use_chains);
    tcase_add_test(lab, label_bind_at);
    suite_add_tcase(s, lab);

    TCase *mem = tcase_create("code memory");
    tcase_add_test(mem, code_install_and_call);
    tcase_add_test(mem, code_write_paths);
    tcase_add_test(mem, code_write_after_fork);
    tcase_add_test(mem, code_loop_runs);
    tcase_add_test(mem, code_memory_and_calls_run);
    tcase_add_test(mem, code_batch_is_never_wx);
    tcase_add_test(mem, code_near_calls);
    tcase_add_test(mem, code_window_full);
    tcase_add_test(mem, code_release_reuses);
    tcase_add_test(mem, code_large_and_refused);
    tcase_add_test(mem, code_alias_counts_once);
    suite_add_tcase(s, mem);

    TCase *dis = tcase_create("disasm");
    tcase_add_test(dis, disasm_listing);
    tcase_add_test(dis, disasm_hexdump_fallback);
    suite_add_tcase(s, dis);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(x64_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
