/*
 * test_string.c -- strings, ropes, atoms and number conversion (str.c,
 * atom.c, numconv.c): flat/rope/flatten/substring/compare/hash, atoms
 * pointer-equal per content, property keys, shortest number output.
 * Runs on a real VM under the semispace plan with GC stress, so every
 * allocation moves everything.
 */
#include <check.h>
#include <math.h>
#include <stdlib.h>
#include "tierlab.h"
#include "atom.h"
#include "flags.h"
#include "numconv.h"
#include "runtime.h"
#include "str.h"
#include "vm.h"

static TlVM *tvm;
static VM *vm;

static void setup(void)
{
    TlFlags flags;
    flags_init(&flags);
    flags.gc = "semispace";
    tvm = tl_vm_new(&flags, 0, NULL);
    ck_assert_ptr_nonnull(tvm);
    vm = (VM *)tvm;
    vm->heap.stress_every = 1;   /* collect at every allocation from here on */
}

static void teardown(void)
{
    tl_vm_free(tvm);
    tvm = NULL;
    vm = NULL;
}

static JSValue S(const char *s) { return str_from_cstr(vm, s); }

/* Two-string operations that root the first operand while making the second
 * (every allocation may move it). */
static int cmp2(const char *a, const char *b)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *ha = heap_handle(vm, S(a));
    JSValue vb = S(b);
    int r = str_compare(vm, *ha, vb);
    heap_scope_close(vm, hs);
    return r;
}

static JSValue concat2(const char *a, const char *b)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *ha = heap_handle(vm, S(a));
    JSValue vb = S(b);
    JSValue r = str_concat(vm, *ha, vb);
    heap_scope_close(vm, hs);
    return r;
}

static int64_t index_of(JSValue *hay, const char *needle, uint32_t from)
{
    JSValue n = S(needle);
    return str_index_of(vm, *hay, n, from);
}

/* atom_to_key(v) is the atom of text */
static bool key_is_atom(JSValue key, const char *text)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *hk = heap_handle(vm, key);
    JSValue a = atom_from_cstr(vm, text);
    bool r = a == *hk;
    heap_scope_close(vm, hs);
    return r;
}

static bool eq_cstr(JSValue v, const char *s)
{
    char *u = str_to_utf8(vm, v, NULL);
    bool r = strcmp(u, s) == 0;
    free(u);
    return r;
}

/* ---- strings -------------------------------------------------------------- */

START_TEST(flat_basics)
{
    JSValue a = S("hello");
    ck_assert(val_is_kind(a, CELL_STRING));
    ck_assert_uint_eq(str_length(a), 5);
    ck_assert(!str_is_16bit((JSString *)val_cell(a)));
    JSValue w = S("snow \xe2\x98\x83");   /* U+2603 */
    ck_assert_uint_eq(str_length(w), 6);
    ck_assert(str_is_16bit((JSString *)val_cell(w)));
    ck_assert_uint_eq(str_unit((JSString *)val_cell(w), 5), 0x2603);
    JSValue pair = S("\xf0\x9f\x98\x80");          /* U+1F600: a surrogate pair */
    ck_assert_uint_eq(str_length(pair), 2);
    ck_assert_uint_eq(str_unit((JSString *)val_cell(pair), 0), 0xD83D);
    ck_assert(eq_cstr(pair, "\xf0\x9f\x98\x80"));
    uint16_t narrow[] = { 'a', 0xFF, 'b' };
    JSValue n = str_from_utf16(vm, narrow, 3);
    ck_assert(!str_is_16bit((JSString *)val_cell(n)));
    ck_assert(str_from_unit(vm, 'x') == str_from_unit(vm, 'x'));
}
END_TEST

START_TEST(ropes_and_flatten)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *acc = heap_handle(vm, S(""));
    for (int i = 0; i < 2000; i++) {
        JSValue piece = S(i % 2 ? "ab" : "cde");
        *acc = str_concat(vm, *acc, piece);
        ck_assert(*acc != VAL_EXCEPTION);
    }
    ck_assert_uint_eq(str_length(*acc), 1000 * 2 + 1000 * 3);
    ck_assert(val_is_kind(*acc, CELL_ROPE));
    JSString *f = str_flatten(vm, *acc);
    ck_assert_ptr_nonnull(f);
    ck_assert_uint_eq(f->length, 5000);
    ck_assert_uint_eq(str_unit(f, 0), 'c');
    ck_assert_uint_eq(str_unit(f, 3), 'a');
    ck_assert_uint_eq(str_unit(f, 4999), 'b');
    /* the flat string is cached in the rope */
    ck_assert_ptr_eq(str_flatten(vm, *acc), f);
    /* short concatenations copy */
    JSValue s = concat2("ab", "cd");
    ck_assert(val_is_kind(s, CELL_STRING));
    ck_assert(eq_cstr(s, "abcd"));
    heap_scope_close(vm, hs);
}
END_TEST

START_TEST(deep_rope)
{
    /* a million-deep rope must flatten and compare without recursion */
    HandleScope hs = heap_scope_open(vm);
    vm->heap.stress_every = 0;
    JSValue *acc = heap_handle(vm, S("0123456789012345678901234567890123456789"));
    JSValue *x = heap_handle(vm, S("x"));
    for (int i = 0; i < 1000000; i++) *acc = str_concat(vm, *acc, *x);
    JSValue *other = heap_handle(vm, S("0123456789012345678901234567890123456789"));
    for (int i = 0; i < 1000000; i++) *other = str_concat(vm, *other, *x);
    ck_assert(str_equals(vm, *acc, *other));
    ck_assert(rt_strict_equals(*acc, *other));
    JSString *f = str_flatten(vm, *acc);
    ck_assert_ptr_nonnull(f);
    ck_assert_uint_eq(f->length, 1000040);
    ck_assert_uint_eq(str_unit(f, 1000039), 'x');
    heap_scope_close(vm, hs);
}
END_TEST

START_TEST(substring_compare_hash)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *s = heap_handle(vm, S("hello, world"));
    JSValue sub = str_substring(vm, *s, 7, 12);
    ck_assert(eq_cstr(sub, "world"));
    ck_assert(str_substring(vm, *s, 0, 12) == *s);
    ck_assert_uint_eq(str_length(str_substring(vm, *s, 5, 5)), 0);
    ck_assert(cmp2("abc", "abd") < 0);
    ck_assert(cmp2("abc", "ab") > 0);
    ck_assert(cmp2("b", "abc") > 0);
    ck_assert(cmp2("same", "same") == 0);
    /* code-unit order: U+FF < U+100 */
    ck_assert(cmp2("\xc3\xbf", "\xc4\x80") < 0);
    /* equal contents in different encodings hash alike */
    uint16_t wide[] = { 'a', 'b', 0x100 };
    JSValue w = str_from_utf16(vm, wide, 2);      /* narrowed: "ab" */
    JSValue *hw = heap_handle(vm, w);
    JSValue wa = str_alloc_utf16(vm, 2);
    uint16_t *wu = (uint16_t *)(void *)((JSString *)val_cell(wa))->data;
    wu[0] = 'a';
    wu[1] = 'b';
    ck_assert(str_equals(vm, wa, *hw));
    ck_assert_uint_eq(str_hash((JSString *)val_cell(wa)), str_hash((JSString *)val_cell(*hw)));
    ck_assert_int_eq(index_of(s, "world", 0), 7);
    ck_assert_int_eq(index_of(s, "o", 5), 8);
    ck_assert_int_eq(index_of(s, "zz", 0), -1);
    heap_scope_close(vm, hs);
}
END_TEST

START_TEST(builder)
{
    StrBuilder b;
    sb_init(&b);
    sb_add_cstr(&b, "abc ");
    sb_add_string(vm, &b, S("def"));
    sb_add_unit(&b, 0x2603);
    JSValue r = sb_finish(vm, &b);
    ck_assert(eq_cstr(r, "abc def\xe2\x98\x83"));
}
END_TEST

/* ---- atoms ---------------------------------------------------------------- */

START_TEST(atoms_unique)
{
    HandleScope hs = heap_scope_open(vm);
    JSValue *a = heap_handle(vm, atom_from_cstr(vm, "someKey"));
    JSValue *b = heap_handle(vm, atom_intern(vm, concat2("some", "Key")));
    ck_assert(*a == *b);
    ck_assert(val_is_atom(*a));
    ck_assert(atom_from_cstr(vm, "length") == vm_atom(vm, ATOM_length));
    uint16_t u[] = { 'n', 'a', 'm', 'e' };
    ck_assert(atom_from_utf16(vm, u, 4) == vm_atom(vm, ATOM_name));
    /* survives collections (still referenced from a handle) */
    heap_collect(vm, GC_REASON_EXPLICIT);
    ck_assert(atom_from_cstr(vm, "someKey") == *a);
    heap_scope_close(vm, hs);
    /* unreferenced atoms may go away; interning again still works */
    heap_collect(vm, GC_REASON_EXPLICIT);
    JSValue c = atom_from_cstr(vm, "someKey");
    ck_assert(val_is_atom(c));
    ck_assert(eq_cstr(c, "someKey"));
}
END_TEST

START_TEST(property_keys)
{
    ck_assert(atom_to_key(vm, S("0")) == val_from_int(0));
    ck_assert(atom_to_key(vm, S("17")) == val_from_int(17));
    JSValue k01 = atom_to_key(vm, S("01"));
    ck_assert(val_is_atom(k01));
    JSValue kbig = atom_to_key(vm, S("4294967295"));
    ck_assert(val_is_atom(kbig));
    ck_assert(eq_cstr(kbig, "4294967295"));
    ck_assert(atom_to_key(vm, val_from_double(5.0)) == val_from_int(5));
    ck_assert(atom_to_key(vm, val_from_double(-0.0)) == val_from_int(0));
    ck_assert(key_is_atom(atom_to_key(vm, val_from_int(-1)), "-1"));
    ck_assert(key_is_atom(atom_to_key(vm, val_from_double(1.5)), "1.5"));
    ck_assert(atom_to_key(vm, VAL_TRUE) == vm_atom(vm, ATOM_true_));
    ck_assert(eq_cstr(atom_key_to_string(vm, val_from_int(42)), "42"));
}
END_TEST

/* ---- numbers --------------------------------------------------------------- */

START_TEST(number_to_string)
{
    static const struct { double d; const char *s; } cases[] = {
        { 0.1, "0.1" }, { 1e21, "1e+21" }, { 1e20, "100000000000000000000" }, { 1e-7, "1e-7" },
        { 123456789012345680000.0, "123456789012345680000" }, { 5e-324, "5e-324" },
        { 1.7976931348623157e308, "1.7976931348623157e+308" }, { -0.0, "0" }, { 0.000001, "0.000001" },
        { 0.30000000000000004, "0.30000000000000004" }, { -1.5e-10, "-1.5e-10" }, { 123.456, "123.456" },
        { 2147483648.0, "2147483648" }, { -2147483648.0, "-2147483648" }, { 1e100, "1e+100" },
    };
    char buf[NUM_BUF_SIZE];
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        num_to_cstr(cases[i].d, buf);
        ck_assert_str_eq(buf, cases[i].s);
    }
    num_to_cstr(NAN, buf);
    ck_assert_str_eq(buf, "NaN");
    num_to_cstr(-INFINITY, buf);
    ck_assert_str_eq(buf, "-Infinity");
    char *r = num_to_radix(255.5, 16);
    ck_assert_str_eq(r, "ff.8");
    free(r);
    r = num_to_fixed(1.005, 2);
    ck_assert_str_eq(r, "1.00");
    free(r);
    r = num_to_fixed(2.5, 0);
    ck_assert_str_eq(r, "3");
    free(r);
    r = num_to_precision(123.456, 4);
    ck_assert_str_eq(r, "123.5");
    free(r);
    r = num_to_exponential(123456, 2);
    ck_assert_str_eq(r, "1.23e+5");
    free(r);
}
END_TEST

START_TEST(string_to_number)
{
    ck_assert(rt_string_to_number(vm, S("  12  ")) == 12);
    ck_assert(rt_string_to_number(vm, S("0x1F")) == 31);
    ck_assert(rt_string_to_number(vm, S("")) == 0);
    ck_assert(rt_string_to_number(vm, S("-Infinity")) == -INFINITY);
    ck_assert(rt_string_to_number(vm, S("1e3")) == 1000);
    ck_assert(isnan(rt_string_to_number(vm, S("12px"))));
    ck_assert(isnan(rt_string_to_number(vm, S("0x"))));
    ck_assert(rt_string_to_number(vm, S("\xe2\x80\x83" "7\xc2\xa0")) == 7);   /* U+2003, NBSP */
}
END_TEST

int main(void)
{
    Suite *s = suite_create("string");
    TCase *tc = tcase_create("strings");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, flat_basics);
    tcase_add_test(tc, ropes_and_flatten);
    tcase_add_test(tc, deep_rope);
    tcase_add_test(tc, substring_compare_hash);
    tcase_add_test(tc, builder);
    tcase_add_test(tc, atoms_unique);
    tcase_add_test(tc, property_keys);
    tcase_add_test(tc, number_to_string);
    tcase_add_test(tc, string_to_number);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
