/*
 * x64_disasm.c -- print JIT code for --print-code: one instruction per
 * line with its offset and bytes, through capstone when the build has it
 * (TL_HAVE_CAPSTONE) and the library loads (it is opened on first use,
 * engine/dynlib.h), otherwise a hex dump that says why capstone is
 * missing.  Annotation lines from the caller's callback go before the
 * instruction at their offset, flush left; instructions are indented under
 * them.
 */
#include "x64/x64.h"

#ifdef TL_HAVE_CAPSTONE
#include <capstone/capstone.h>

#include "dynlib.h"
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

/* Without capstone: the bytes, 8 to a line, and why. */
static bool hex_dump(FILE *out, const char *why, const uint8_t *code, size_t len, uint64_t addr,
                     X64Annotate annotate, void *ctx)
{
    fprintf(out, "(capstone is missing: %s; hex dump of %zu bytes at 0x%llx)\n", why, len,
            (unsigned long long)addr);
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

#ifdef TL_HAVE_CAPSTONE

#define CS_FUNCS(X) X(cs_open) X(cs_close) X(cs_malloc) X(cs_free) X(cs_disasm_iter)
static struct { CS_FUNCS(DYNLIB_FIELD) } cs;
static const char *const cs_names[] = { CS_FUNCS(DYNLIB_NAME) };
_Static_assert(sizeof cs == sizeof cs_names / sizeof *cs_names * sizeof(void *), "one pointer per name");
static DynLib cs_lib = DYNLIB_INIT(TL_CAPSTONE_SONAME, cs_names, cs);

bool x64_disasm(FILE *out, const uint8_t *code, size_t len, uint64_t addr, X64Annotate annotate, void *ctx)
{
    if (!dynlib_ready(&cs_lib)) return hex_dump(out, cs_lib.error, code, len, addr, annotate, ctx);
    csh handle;
    if (cs.cs_open(CS_ARCH_X86, CS_MODE_64, &handle) != CS_ERR_OK) return false;
    cs_insn *insn = cs.cs_malloc(handle);
    if (!insn) {
        cs.cs_close(&handle);
        return false;
    }
    size_t offset = 0;
    while (offset < len) {
        const uint8_t *p = code + offset;
        size_t left = len - offset;
        uint64_t pc = addr + offset;
        const char *line = annotation(annotate, ctx, offset);
        if (line) fprintf(out, "%s\n", line);
        if (cs.cs_disasm_iter(handle, &p, &left, &pc, insn)) {
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
    cs.cs_free(insn, 1);
    cs.cs_close(&handle);
    return true;
}

#else

bool x64_disasm(FILE *out, const uint8_t *code, size_t len, uint64_t addr, X64Annotate annotate, void *ctx)
{
    return hex_dump(out, "not built with it", code, len, addr, annotate, ctx);
}

#endif
