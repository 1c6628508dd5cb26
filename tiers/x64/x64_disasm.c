/*
 * x64_disasm.c -- print JIT code for --print-code: one instruction per
 * line with its offset and bytes, through capstone when the build has it
 * (TL_HAVE_CAPSTONE), otherwise a hex dump that says capstone is missing.
 * Annotation lines from the caller's callback go before the instruction at
 * their offset, flush left; instructions are indented under them.
 */
#include "x64/x64.h"

#ifdef TL_HAVE_CAPSTONE
#include <capstone/capstone.h>
#endif

static const char *annotation(X64Annotate annotate, void *ctx, size_t offset)
{
    return annotate ? annotate(ctx, offset) : NULL;
}

/* "  0x0004  48 89 f8                 " -- the columns before the text. */
static void print_bytes(FILE *out, size_t offset, const uint8_t *b, size_t n)
{
    fprintf(out, "  0x%04zx  ", offset);
    for (size_t i = 0; i < n; i++) fprintf(out, "%02x ", b[i]);
    for (size_t i = n; i < 8; i++) fputs("   ", out);
}

#ifdef TL_HAVE_CAPSTONE

bool x64_disasm(FILE *out, const uint8_t *code, size_t len, uint64_t addr, X64Annotate annotate, void *ctx)
{
    csh cs;
    if (cs_open(CS_ARCH_X86, CS_MODE_64, &cs) != CS_ERR_OK) return false;
    cs_insn *insn = cs_malloc(cs);
    if (!insn) {
        cs_close(&cs);
        return false;
    }
    size_t offset = 0;
    while (offset < len) {
        const uint8_t *p = code + offset;
        size_t left = len - offset;
        uint64_t pc = addr + offset;
        const char *line = annotation(annotate, ctx, offset);
        if (line) fprintf(out, "%s\n", line);
        if (cs_disasm_iter(cs, &p, &left, &pc, insn)) {
            print_bytes(out, offset, insn->bytes, insn->size);
            fprintf(out, "%s %s\n", insn->mnemonic, insn->op_str);
            offset += insn->size;
        } else {
            /* Undecodable byte (e.g. data or a truncated instruction): show
             * it and resynchronise at the next byte. */
            print_bytes(out, offset, code + offset, 1);
            fprintf(out, "(bad)\n");
            offset++;
        }
    }
    cs_free(insn, 1);
    cs_close(&cs);
    return true;
}

#else

bool x64_disasm(FILE *out, const uint8_t *code, size_t len, uint64_t addr, X64Annotate annotate, void *ctx)
{
    fprintf(out, "(capstone is missing: hex dump of %zu bytes at 0x%llx)\n", len, (unsigned long long)addr);
    size_t start = 0;
    for (size_t off = 0; off <= len; off++) {
        const char *line = off < len ? annotation(annotate, ctx, off) : NULL;
        /* A line ends at 8 bytes, at the end, or before an annotation. */
        if (off > start && (off - start == 8 || off == len || line)) {
            print_bytes(out, start, code + start, off - start);
            fputc('\n', out);
            start = off;
        }
        if (line) fprintf(out, "%s\n", line);
    }
    return true;
}

#endif
