/* fuzz_json -- libFuzzer target: JSON.parse of the input (as a JS string:
 * the bytes go into a string literal, with the characters a literal cannot
 * hold escaped), then JSON.stringify of the result, indented. */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char pre[] = "var v = JSON.parse('";
    static const char post[] = "'); JSON.stringify(v, null, 2); JSON.stringify(v);";
    char *src = malloc(sizeof pre + size * 6 + sizeof post);
    size_t n = 0;
    memcpy(src, pre, sizeof pre - 1);
    n = sizeof pre - 1;
    for (size_t i = 0; i < size; i++) {
        uint8_t c = data[i];
        if (c == '\'' || c == '\\' || c == '\n' || c == '\r' || c == 0) {
            n += (size_t)sprintf(src + n, "\\x%02x", c);
        } else if (c == 0xE2 && i + 2 < size && data[i + 1] == 0x80 &&
                   (data[i + 2] == 0xA8 || data[i + 2] == 0xA9)) {
            n += (size_t)sprintf(src + n, "\\u%04x", 0x2000 + data[i + 2] - 0x80);  /* U+2028/9 */
            i += 2;
        } else {
            src[n++] = (char)c;
        }
    }
    memcpy(src + n, post, sizeof post - 1);
    n += sizeof post - 1;
    TlVM *t = fuzz_vm_shared("64M", 256);   /* the script only sets the global v */
    if (t) {
        fuzz_arm(t, 500);
        tl_run_source(t, "<fuzz-json>", src, n);
        fuzz_disarm();
    }
    free(src);
    return 0;
}
