/*
 * bytecode.c -- the opcode table (from bytecode.def), the instruction
 * encoder the compiler uses (BcBuilder), FunctionProto lifetime, the line
 * table lookup and the disassembler behind --print-bytecode (prefix bc_).
 *
 * Encoding (bytecode.h): one opcode byte, then fixed-width little-endian
 * operands named by the format string: R,N = 2 bytes; K,A,F,I,J = 4 bytes.
 * Jump offsets are relative to the start of the jumping instruction.
 */
#include "bytecode.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "bigint.h"
#include "str.h"
#include "vm.h"

/* ---- the opcode table ---------------------------------------------------- */

/* Width of operand i of a format string, 0 past its end.  Evaluated at
 * compile time so bc_ops stays a constant table. */
#define OPW(f, i) (sizeof(f) > (i) + 1 ? (((f)[i] == 'R' || (f)[i] == 'N') ? 2 : 4) : 0)
#define OPSIZE(f) (1 + OPW(f, 0) + OPW(f, 1) + OPW(f, 2) + OPW(f, 3) + OPW(f, 4) + OPW(f, 5))

const OpInfo bc_ops[BC__COUNT] = {
#define OP(name, fmt, fb, flags) { #name, fmt, OPSIZE(fmt), fb, flags },
#include "bytecode.def"
#undef OP
};

static int operand_width(char c) { return (c == 'R' || c == 'N') ? 2 : 4; }

/* Byte offset (from the opcode byte) of the J operand of op, or -1. */
static int jump_operand_offset(Opcode op)
{
    int off = 1;
    for (const char *f = bc_ops[op].format; *f; f++) {
        if (*f == 'J') return off;
        off += operand_width(*f);
    }
    return -1;
}

uint32_t bc_jump_target(const uint8_t *code, uint32_t pc)
{
    int off = jump_operand_offset((Opcode)code[pc]);
    if (off < 0) return pc;
    return (uint32_t)((int64_t)pc + bc_i32(code + pc + off));
}

/* ---- the builder --------------------------------------------------------- */

void bc_builder_init(BcBuilder *b)
{
    memset(b, 0, sizeof *b);
}

void bc_builder_free(BcBuilder *b)
{
    free(b->code);
    free(b->lines);
    memset(b, 0, sizeof *b);
}

void bc_set_pos(BcBuilder *b, uint32_t line, uint32_t col)
{
    b->cur_line = line;
    b->cur_col = col;
}

static void reserve(BcBuilder *b, uint32_t n)
{
    if (b->len + n <= b->cap) return;
    uint32_t cap = b->cap ? b->cap * 2 : 256;
    while (cap < b->len + n) cap *= 2;
    uint8_t *p = realloc(b->code, cap);
    if (!p) abort();
    b->code = p;
    b->cap = cap;
}

/* Record the current position for the instruction about to be emitted,
 * unless it equals the last recorded one. */
static void note_line(BcBuilder *b)
{
    if (b->cur_line == 0) return;
    if (b->nlines) {
        LineEntry *last = &b->lines[b->nlines - 1];
        if (last->line == b->cur_line && last->col == b->cur_col) return;
        if (last->pc == b->len) {   /* nothing emitted at the old position */
            last->line = b->cur_line;
            last->col = b->cur_col;
            return;
        }
    }
    if (b->nlines == b->cap_lines) {
        uint32_t cap = b->cap_lines ? b->cap_lines * 2 : 32;
        LineEntry *p = realloc(b->lines, cap * sizeof *p);
        if (!p) abort();
        b->lines = p;
        b->cap_lines = cap;
    }
    b->lines[b->nlines++] = (LineEntry){ b->len, b->cur_line, b->cur_col };
}

uint32_t bc_emit(BcBuilder *b, Opcode op, ...)
{
    const OpInfo *info = &bc_ops[op];
    reserve(b, info->size);
    note_line(b);
    uint32_t at = b->len;
    uint8_t *p = b->code + at;
    *p++ = (uint8_t)op;
    va_list ap;
    va_start(ap, op);
    for (const char *f = info->format; *f; f++) {
        if (operand_width(*f) == 2) {
            uint16_t v = (uint16_t)va_arg(ap, int);
            memcpy(p, &v, 2);
            p += 2;
        } else {
            int32_t v = (int32_t)va_arg(ap, int);
            memcpy(p, &v, 4);
            p += 4;
        }
    }
    va_end(ap);
    b->len = at + info->size;
    b->last = at;
    return at;
}

void bc_patch_jump(BcBuilder *b, uint32_t at, uint32_t target)
{
    int off = jump_operand_offset((Opcode)b->code[at]);
    if (off < 0) return;
    int32_t rel = (int32_t)((int64_t)target - (int64_t)at);
    memcpy(b->code + at + off, &rel, 4);
}

/* ---- protos -------------------------------------------------------------- */

FunctionProto *bc_proto_new(struct VM *vm)
{
    FunctionProto *fp = calloc(1, sizeof *fp);
    if (!fp) abort();
    fp->name = VAL_UNDEFINED;
    fp->next = vm->protos;
    vm->protos = fp;
    return fp;
}

void bc_proto_free(FunctionProto *fp)
{
    if (!fp) return;
    free(fp->code);
    free(fp->consts);
    free(fp->children);
    free(fp->feedback);
    free(fp->handlers);
    free(fp->lines);
    if (fp->source && fp->source->refs > 0 && --fp->source->refs == 0) {
        free(fp->source->name);
        free(fp->source->text);
        free(fp->source);
    }
    free(fp);
}

void bc_position(const FunctionProto *fp, uint32_t pc, uint32_t *line, uint32_t *col)
{
    uint32_t l = fp->line, c = fp->col;
    /* binary search for the last entry with entry.pc <= pc */
    uint32_t lo = 0, hi = fp->nlines;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        if (fp->lines[mid].pc <= pc) lo = mid + 1;
        else hi = mid;
    }
    if (lo > 0) {
        l = fp->lines[lo - 1].line;
        c = fp->lines[lo - 1].col;
    }
    if (line) *line = l;
    if (col) *col = c;
}

/* ---- disassembler -------------------------------------------------------- */

static void print_string_value(struct VM *vm, JSValue v, FILE *out, int max)
{
    size_t n = 0;
    char *s = str_to_utf8(vm, v, &n);
    fputc('"', out);
    if (s) {
        for (size_t i = 0; i < n && (int)i < max; i++) {
            unsigned char ch = (unsigned char)s[i];
            if (ch == '\n') fputs("\\n", out);
            else if (ch == '"') fputs("\\\"", out);
            else if (ch == '\\') fputs("\\\\", out);
            else if (ch < 0x20) fprintf(out, "\\x%02x", ch);
            else fputc(ch, out);
        }
        if ((int)n > max) fputs("...", out);
        free(s);
    }
    fputc('"', out);
}

static void print_value(struct VM *vm, JSValue v, FILE *out)
{
    if (val_is_int(v)) fprintf(out, "%d", val_int(v));
    else if (val_is_double(v)) fprintf(out, "%.17g", val_double(v));
    else if (v == VAL_UNDEFINED) fputs("undefined", out);
    else if (v == VAL_NULL) fputs("null", out);
    else if (v == VAL_TRUE) fputs("true", out);
    else if (v == VAL_FALSE) fputs("false", out);
    else if (v == VAL_HOLE) fputs("<hole>", out);
    else if (v == VAL_UNINIT) fputs("<uninit>", out);
    else if (val_is_string(v)) print_string_value(vm, v, out, 60);
    else if (val_is_kind(v, CELL_OBJECT)) {
        JSObject *o = val_obj(v);
        fputs(o->cls == CLS_ARRAY ? "<array>" : o->cls == CLS_FUNCTION ? "<function>" : "<object>", out);
    } else if (val_is_kind(v, CELL_SYMBOL)) fputs("<symbol>", out);
    else if (val_is_bigint(v)) {
        char *s = bigint_to_cstr(v, 10);
        fprintf(out, "%sn", s ? s : "?");
        free(s);
    } else fputs("<cell>", out);
}

static void print_const(struct VM *vm, const FunctionProto *fp, uint32_t k, FILE *out)
{
    if (k >= fp->nconsts) {
        fprintf(out, "k%u<bad>", k);
        return;
    }
    fprintf(out, "k%u(", k);
    print_value(vm, fp->consts[k], out);
    fputc(')', out);
}

static const char *feedback_kind_name(int k)
{
    switch ((FeedbackKind)k) {
    case FB_NONE: return "none";
    case FB_PROP: return "prop";
    case FB_CALL: return "call";
    case FB_BINOP: return "binop";
    case FB_COMPARE: return "compare";
    }
    return "?";
}

/* Print one instruction at pc; returns its size. */
static int disassemble_one(struct VM *vm, const FunctionProto *fp, uint32_t pc, FILE *out)
{
    const uint8_t *p = fp->code + pc;
    Opcode op = (Opcode)*p;
    if (op >= BC__COUNT) {
        fprintf(out, "  %5u  <bad opcode %u>\n", pc, (unsigned)op);
        return 1;
    }
    const OpInfo *info = &bc_ops[op];
    fprintf(out, "  %5u  %-18s", pc, info->name);
    const uint8_t *q = p + 1;
    bool first = true;
    for (const char *f = info->format; *f; f++) {
        fputs(first ? " " : ", ", out);
        first = false;
        switch (*f) {
        case 'R': fprintf(out, "r%u", bc_u16(q)); break;
        case 'N': fprintf(out, "%u", bc_u16(q)); break;
        case 'K': print_const(vm, fp, bc_u32(q), out); break;
        case 'A': {
            uint32_t k = bc_u32(q);
            if (k < fp->nconsts && val_is_string(fp->consts[k])) {
                size_t n = 0;
                char *s = str_to_utf8(vm, fp->consts[k], &n);
                fprintf(out, "@%s", s ? s : "?");
                free(s);
            } else {
                print_const(vm, fp, k, out);
            }
            break;
        }
        case 'F': fprintf(out, "[f%u]", bc_u32(q)); break;
        case 'I': fprintf(out, "#%d", bc_i32(q)); break;
        case 'J': fprintf(out, "-> %u", (uint32_t)((int64_t)pc + bc_i32(q))); break;
        default: fputc('?', out); break;
        }
        q += operand_width(*f);
    }
    if (op == BC_CLOSURE || op == BC_CREATE_CLASS) {
        uint32_t n = bc_u16(p + 3);
        if (n < fp->nchildren && fp->children[n]) {
            fputs("    ; ", out);
            JSValue nm = fp->children[n]->name;
            if (val_is_string(nm) && str_length(nm) > 0) print_string_value(vm, nm, out, 40);
            else fputs("<anonymous>", out);
        }
    } else if (op == BC_THROW_ERROR) {
        static const char *const msg_names[] = {
#define ERR(id, type, fmt) #id,
#include "errors.def"
#undef ERR
        };
        unsigned m = bc_u16(p + 1);
        fprintf(out, "    ; %s", m < sizeof msg_names / sizeof msg_names[0] ? msg_names[m] : "?");
    }
    fputc('\n', out);
    return info->size;
}

void bc_disassemble(struct VM *vm, const FunctionProto *fp, FILE *out)
{
    fputs("== function ", out);
    if (val_is_string(fp->name) && str_length(fp->name) > 0) print_string_value(vm, fp->name, out, 60);
    else fputs((fp->flags & FP_TOP_LEVEL) ? "<script>" : "<anonymous>", out);
    fprintf(out, " (%s:%u:%u) params=%u length=%u regs=%u consts=%u feedback=%u flags=",
            fp->source && fp->source->name ? fp->source->name : "?", fp->line, fp->col,
            fp->nparams, fp->length, fp->nregs, fp->nconsts, fp->nfeedback);
    static const char *const flag_names[] = { "strict", "arrow", "method", "class-ctor", "derived",
                                              "arguments", "rest", "top-level", "getter", "setter",
                                              "named-expr" };
    bool any = false;
    for (unsigned i = 0; i < sizeof flag_names / sizeof flag_names[0]; i++) {
        if (fp->flags & (1u << i)) {
            fprintf(out, "%s%s", any ? "," : "", flag_names[i]);
            any = true;
        }
    }
    if (!any) fputc('-', out);
    fputc('\n', out);

    /* instructions, with a source position whenever it changes */
    uint32_t li = 0;
    for (uint32_t pc = 0; pc < fp->code_len;) {
        while (li < fp->nlines && fp->lines[li].pc <= pc) {
            if (fp->lines[li].pc == pc || li + 1 == fp->nlines || fp->lines[li + 1].pc > pc)
                fprintf(out, "         ; line %u:%u\n", fp->lines[li].line, fp->lines[li].col);
            li++;
        }
        pc += (uint32_t)disassemble_one(vm, fp, pc, out);
    }

    if (fp->nhandlers) {
        fputs("  handlers:\n", out);
        for (uint32_t i = 0; i < fp->nhandlers; i++) {
            const ExcHandler *h = &fp->handlers[i];
            fprintf(out, "    [%u, %u) -> %u  exc=r%u env=r%u\n", h->start, h->end, h->handler,
                    h->exc_reg, h->env_reg);
        }
    }
    if (fp->nconsts) {
        fputs("  constants:\n", out);
        for (uint32_t i = 0; i < fp->nconsts; i++) {
            fprintf(out, "    k%u = ", i);
            print_value(vm, fp->consts[i], out);
            fputc('\n', out);
        }
    }
    if (fp->nfeedback) {
        fputs("  feedback:", out);
        for (uint32_t i = 0; i < fp->nfeedback; i++)
            fprintf(out, " f%u:%s", i, feedback_kind_name(fp->feedback[i].kind));
        fputc('\n', out);
    }
    fputc('\n', out);
    for (uint32_t i = 0; i < fp->nchildren; i++)
        if (fp->children[i]) bc_disassemble(vm, fp->children[i], out);
}
