/* fuzz_compile -- libFuzzer target: parse + compile to bytecode +
 * disassemble every proto into /dev/null.  Nothing runs. */
#include "fuzz_common.h"
#include "compiler.h"
#include "parser.h"

static FILE *devnull;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!devnull)
        devnull = fopen("/dev/null", "w");
    Arena arena = {0};
    ParseError perr;
    /* parse_program does not need NUL termination, the Source text does */
    Source *src = calloc(1, sizeof *src);
    src->name = strdup("<fuzz>");
    src->text = malloc(size + 1);
    memcpy(src->text, data, size);
    src->text[size] = '\0';
    src->len = size;
    src->refs = 1;
    Node *program = parse_program(&arena, src->text, size, 0, &perr);
    if (program) {
        TlVM *t = fuzz_vm_shared("64M", 128);
        if (t) {
            VM *vm = fuzz_vm(t);
            CompileError cerr;
            FunctionProto *old = vm->protos;
            FunctionProto *fp = comp_compile_program(vm, program, src, &cerr);
            /* every proto (nested ones too) is linked into vm->protos */
            if (fp)   /* this input's protos are the ones pushed onto vm->protos */
                for (FunctionProto *p = vm->protos; p && p != old; p = p->next)
                    bc_disassemble(vm, p, devnull);
        }
    }
    arena_free(&arena);
    if (--src->refs == 0) {
        free(src->name);
        free(src->text);
        free(src);
    }
    return 0;
}
