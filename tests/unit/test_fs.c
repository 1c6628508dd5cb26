/*
 * test_fs.c -- the fs module's C side (Check): the string encodings
 * (fs_encoding.c) against node's results, a VM freed while fs requests are
 * still on the thread pool (their completions are cancelled: no JS runs,
 * nothing leaks under ASan), and tl_run_exit with process.exitCode and
 * 'exit' listeners.  The JS-visible behaviour is tested by
 * tests/js/runtime/fs_*.js and process_*.js.
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "tierlab.h"
#include "atom.h"
#include "builtins/fs.h"
#include "flags.h"
#include "object.h"
#include "str.h"
#include "vm.h"

static VM *new_vm(const char *plan, int64_t stress)
{
    TlFlags flags;
    flags_init(&flags);
    flags.gc = plan;
    flags.gc_stress = stress;
    TlVM *t = tl_vm_new(&flags, 0, NULL);
    ck_assert_msg(t != NULL, "tl_vm_new failed for plan %s", plan);
    return (VM *)t;
}

static void free_vm(VM *vm) { tl_vm_free((TlVM *)vm); }

static void run_js(VM *vm, const char *src)
{
    ck_assert_int_eq(tl_run_source((TlVM *)vm, "<test>", src, strlen(src)), 0);
}

/* The UTF-8 text of a decoded string (malloc'd). */
static char *decoded(VM *vm, const char *bytes, size_t n, FsEncoding enc)
{
    JSValue s = bi_fs_decode(vm, bytes, n, enc);
    ck_assert(s != VAL_EXCEPTION);
    return str_to_utf8(vm, s, NULL);
}

static void expect_decode(VM *vm, const char *bytes, size_t n, FsEncoding enc, const char *want)
{
    char *got = decoded(vm, bytes, n, enc);
    ck_assert_msg(strcmp(got, want) == 0, "decode(%d) = '%s', want '%s'", (int)enc, got, want);
    free(got);
}

static void expect_encode(VM *vm, const char *utf8, FsEncoding enc, const char *want, size_t want_len)
{
    JSValue s = str_from_utf8(vm, utf8, strlen(utf8));
    ck_assert(s != VAL_EXCEPTION);
    size_t n;
    char *got = bi_fs_encode(vm, s, enc, &n);
    ck_assert(got != NULL);
    ck_assert_msg(n == want_len && memcmp(got, want, n) == 0, "encode('%s', %d): %zu bytes, want %zu", utf8, (int)enc, n,
                  want_len);
    free(got);
}

START_TEST(encodings_like_node)
{
    VM *vm = new_vm("semispace", 0);
    /* UTF-8: one U+FFFD per maximal invalid subpart (WHATWG; node's decoder) */
    expect_decode(vm, "a\xff" "b", 3, FS_ENC_UTF8, "a\xef\xbf\xbd" "b");
    expect_decode(vm, "\xe2\x82", 2, FS_ENC_UTF8, "\xef\xbf\xbd");             /* truncated sequence: one */
    expect_decode(vm, "\xe0\x80\x80", 3, FS_ENC_UTF8, "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd");   /* overlong: three */
    expect_decode(vm, "\xed\xa0\x80", 3, FS_ENC_UTF8, "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd");   /* a surrogate: three */
    expect_decode(vm, "\xf0\x9f\x98\x80", 4, FS_ENC_UTF8, "\xf0\x9f\x98\x80");  /* U+1F600 survives */
    expect_decode(vm, "\xef\xbb\xbfx", 4, FS_ENC_UTF8, "\xef\xbb\xbfx");        /* the BOM stays, as in node */
    /* the byte encodings */
    expect_decode(vm, "\xff\x41", 2, FS_ENC_LATIN1, "\xc3\xbf" "A");
    expect_decode(vm, "\xff\x41", 2, FS_ENC_ASCII, "\x7f" "A");
    expect_decode(vm, "hello", 5, FS_ENC_HEX, "68656c6c6f");
    expect_decode(vm, "hello", 5, FS_ENC_BASE64, "aGVsbG8=");
    expect_decode(vm, "hi", 2, FS_ENC_BASE64, "aGk=");
    expect_decode(vm, "\xfb\xff", 2, FS_ENC_BASE64URL, "-_8");
    expect_decode(vm, "h\0i\0x", 5, FS_ENC_UTF16LE, "hi");                      /* the odd byte is dropped */
    /* encoding strings */
    expect_encode(vm, "h\xc3\xa9", FS_ENC_UTF8, "h\xc3\xa9", 3);
    expect_encode(vm, "h\xc3\xa9", FS_ENC_LATIN1, "h\xe9", 2);
    expect_encode(vm, "68656c6c6fzz00", FS_ENC_HEX, "hello", 5);               /* stops at the first non-hex pair */
    expect_encode(vm, "aGVs bG8", FS_ENC_BASE64, "hello", 5);                  /* other characters skipped */
    expect_encode(vm, "-_8", FS_ENC_BASE64, "\xfb\xff", 2);                    /* either alphabet */
    expect_encode(vm, "hi", FS_ENC_UTF16LE, "h\0i\0", 4);
    /* names */
    FsEncoding e;
    JSValue name = str_from_cstr(vm, "UTF-8");
    ck_assert(bi_fs_encoding(vm, name, &e) == 1 && e == FS_ENC_UTF8);
    name = str_from_cstr(vm, "Binary");
    ck_assert(bi_fs_encoding(vm, name, &e) == 1 && e == FS_ENC_LATIN1);
    name = str_from_cstr(vm, "utf9");
    ck_assert(bi_fs_encoding(vm, name, &e) == 0);
    free_vm(vm);
}
END_TEST

/* fs requests still on the pool when the VM goes: their completions are
 * cancelled (no callback runs), every request is freed. */
START_TEST(requests_cancelled_on_free)
{
    VM *vm = new_vm("semispace", 5);
    run_js(vm, "const fs = require('fs');"
               "for (let i = 0; i < 200; i++) {"
               "  fs.readFile(__filename === '[eval]' ? '/proc/self/status' : __filename, 'utf8', () => { throw new Error('ran'); });"
               "  fs.promises.stat('/').then(() => { throw new Error('ran'); });"
               "}");
    free_vm(vm);   /* loop_free waits for the pool; the done callbacks only free */
}
END_TEST

START_TEST(completions_run_under_gc_stress)
{
    VM *vm = new_vm("semispace", 3);
    run_js(vm, "globalThis.n = 0; const fs = require('fs');"
               "for (let i = 0; i < 300; i++) fs.stat('/', (e, st) => { if (!e && st.isDirectory()) n++; });"
               "fs.promises.readdir('/').then((names) => { globalThis.names = names.length; });");
    ck_assert_int_eq(tl_run_loop((TlVM *)vm), 0);
    JSValue k = atom_from_cstr(vm, "n");
    JSValue n = obj_get(vm, vm->global, k);
    ck_assert(val_is_number(n) && val_to_number(n) == 300);
    k = atom_from_cstr(vm, "names");
    n = obj_get(vm, vm->global, k);
    ck_assert(val_is_number(n) && val_to_number(n) > 0);
    free_vm(vm);
}
END_TEST

START_TEST(exit_status)
{
    VM *vm = new_vm("marksweep", 0);
    run_js(vm, "process.exitCode = 3; process.on('exit', (c) => { globalThis.seen = c; });");
    ck_assert_int_eq(tl_run_loop((TlVM *)vm), 0);
    ck_assert_int_eq(tl_run_exit((TlVM *)vm, 0), 3);
    JSValue seen = obj_get(vm, vm->global, atom_from_cstr(vm, "seen"));
    ck_assert(val_is_number(seen) && val_to_number(seen) == 3);
    /* 'exit' is emitted once: a second end keeps the code and runs nothing */
    run_js(vm, "globalThis.seen = 0;");
    ck_assert_int_eq(tl_run_exit((TlVM *)vm, 0), 3);
    seen = obj_get(vm, vm->global, atom_from_cstr(vm, "seen"));
    ck_assert(val_is_number(seen) && val_to_number(seen) == 0);
    free_vm(vm);

    /* an error status becomes exitCode; a listener may change it; a throwing listener gives 1 */
    vm = new_vm("marksweep", 0);
    run_js(vm, "process.on('exit', (c) => { process.exitCode = c + 10; });");
    ck_assert_int_eq(tl_run_exit((TlVM *)vm, 1), 11);
    free_vm(vm);
    vm = new_vm("marksweep", 0);
    run_js(vm, "process.on('exit', () => { throw new Error('in exit'); });");
    ck_assert_int_eq(tl_run_exit((TlVM *)vm, 0), 1);
    free_vm(vm);
}
END_TEST

static Suite *fs_suite(void)
{
    Suite *s = suite_create("fs");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, encodings_like_node);
    tcase_add_test(tc, requests_cancelled_on_free);
    tcase_add_test(tc, completions_run_under_gc_stress);
    tcase_add_test(tc, exit_status);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(fs_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
