/* fuzz_run -- libFuzzer target: run the input as a script in a fresh VM with
 * a 32 MB heap, a 100,000-slot stack and a 500 ms time limit (the
 * interpreter's interrupt flag; see fuzz_common.h). */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    TlVM *t = fuzz_vm_new("32M");
    if (!t)
        return 0;
    fuzz_arm(t, 500);
    tl_run_source(t, "<fuzz>", (const char *)data, size);
    fuzz_disarm();
    tl_vm_free(t);
    return 0;
}
