/*
 * test_baseline.c -- unit tests of the baseline JIT and the tier policy (Check).
 *
 * Covered: eager compilation installs code and a native offset for every
 * instruction (--print-code annotates each at its inline code); results agree with the interpreter on int32 overflow, double
 * arithmetic, NaN, strict equality of every kind of value, property and
 * element ICs, exceptions thrown through baseline frames and caught in a
 * caller, deep recursion; the type feedback baseline code records (what
 * the interpreter would); the policy's size-normalized budget (a function
 * stays in the interpreter until it has spent it), OSR into a running
 * loop, --baseline-filter; and W^X: while baseline code runs, no mapping
 * of the process is writable and executable at once (/proc/self/maps).
 * VM tests run under marksweep and under semispace with a collection at
 * every allocation.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tierlab.h"
#include "baseline/baseline.h"
#include "error.h"
#include "flags.h"
#include "policy.h"
#include "function.h"
#include "str.h"
#include "tier.h"
#include "vm.h"
#include "unit_vm.h"

static VM *new_vm(int mode, const char *tiers, const char *eager, double scale)
{
    TlFlags flags;
    unit_flags_for_mode(&flags, mode);
    flags.tiers = tiers;
    flags.eager = eager;
    flags.tier_scale = scale;
    return unit_vm_new(&flags);
}

/* The script's completion value as a C string (caller frees). */
static char *eval_str(VM *vm, const char *src)
{
    JSValue r = unit_eval(vm, src);
    ck_assert(val_is_string(r));
    return str_to_utf8(vm, r, NULL);
}

/* Programs whose printed results must not depend on the tier. */
static const char *const programs[] = {
    "function add(a, b) { return a + b; } String([add(1, 2), add(2147483647, 1), add(-2147483648, -1), add(0.5, 0.25), add('a', 1)])",
    "function mul(a, b) { return a * b; } String([mul(3, 4), mul(65536, 65536), mul(0, -1), 1 / mul(0, -1), mul(1.5, 2), mul(NaN, 1)])",
    "function sub(a, b) { return a - b; } String([sub(1, 2), sub(-2147483648, 1), sub(Infinity, Infinity)])",
    "function bits(a, b) { return [a & b, a | b, a ^ b, a << b, a >> b, a >>> b, ~a]; } String(bits(-5, 3)) + ';' + String(bits(7, 33))",
    "function cmp(a, b) { return [a < b, a <= b, a > b, a >= b, a == b, a != b]; } String(cmp(1, 2)) + String(cmp('b', 'a')) + String(cmp(NaN, NaN))",
    "function se(a, b) { return a === b; } var o = {}; String([se(1, 1), se(1, 1.0), se(0, -0), se(NaN, NaN), se('ab', 'a' + 'b'), se(o, o), se(o, {}), se(null, undefined), se(true, true), se(1, '1')])",
    "function br(a, b) { if (a === b) return 'eq'; return 'ne'; } [br(NaN, NaN), br('x', 'x'), br(undefined, null), br(2, 2)].join()",
    "function P(x) { this.x = x; this.y = x * 2; } P.prototype.sum = function () { return this.x + this.y; }; var s = 0; for (var i = 0; i < 50; i++) s += new P(i).sum(); String(s)",
    "var a = []; for (var i = 0; i < 100; i++) a[i] = i * i; var t = 0; for (var j = 0; j < a.length; j++) t += a[j]; String(t) + ',' + a.length",
    "function thrower(n) { if (n === 0) throw new RangeError('deep'); return thrower(n - 1) + 1; } var m; try { thrower(200); } catch (e) { m = e.message; } m",
    "function f(n) { return n === 0 ? 0 : 1 + f(n - 1); } String(f(20000))",
    "var x = 10; function g() { x = x + 1; return x; } g(); g(); String(x)",
    "function clo() { var c = 0; return function () { return ++c; }; } var k = clo(); k(); k(); String(k())",
    "function neg(a) { return -a; } String([neg(5), 1 / neg(0), neg(-2147483648)])",
};

START_TEST(test_same_results)
{
    VM *ref = new_vm(0, "interp", "", 1.0);
    VM *vm = new_vm(_i, "interp,baseline", "baseline", 1.0);
    for (size_t i = 0; i < sizeof programs / sizeof programs[0]; i++) {
        char *want = eval_str(ref, programs[i]);
        char *got = eval_str(vm, programs[i]);
        ck_assert_msg(strcmp(want, got) == 0, "program %zu: interp '%s' baseline '%s'", i, want, got);
        free(want);
        free(got);
    }
    ck_assert_int_gt((int)vm->stats.v[STAT_functions_baseline], 10);
    unit_vm_free(ref);
    unit_vm_free(vm);
}
END_TEST

START_TEST(test_eager_installs_code)
{
    VM *vm = new_vm(0, "interp", "baseline", 1.0);
    /* --eager installs at the first call */
    unit_eval(vm, "function sq(x) { var y = x * x; return y; } sq(3);");
    FunctionProto *fp = unit_find_proto(vm, "sq");
    ck_assert_ptr_nonnull(fp);
    const BlCode *bc = fp->tier_code[TIER_BASELINE];
    ck_assert_ptr_nonnull(bc);
    ck_assert_uint_gt(bc->code_len, fp->code_len);
    /* every instruction start maps into the code, in increasing order */
    uint32_t last = 0;
    for (uint32_t pc = 0; pc < fp->code_len; pc += bc_ops[fp->code[pc]].size) {
        ck_assert_uint_ne(bc->native_off[pc], UINT32_MAX);
        ck_assert_uint_lt(bc->native_off[pc], bc->code_len);
        ck_assert_uint_ge(bc->native_off[pc], last);
        last = bc->native_off[pc];
    }
    ck_assert_uint_eq(fp->bl_code_bytes, bc->code_len);
    unit_vm_free(vm);
}
END_TEST

/* --print-code: an instruction that takes its operand from the register
 * cache (the MUL after LOAD_INT) has its entry in a cold pad after the
 * function; its annotation stands at its inline code, the pad has one
 * of its own, and so does its cold code (the double half), after the
 * body too. */
START_TEST(test_print_code_annotations)
{
    VM *vm = new_vm(0, "interp", "baseline", 1.0);
    vm->flags.print_code = true;
    fflush(stdout);
    FILE *tmp = tmpfile();
    ck_assert_ptr_nonnull(tmp);
    int saved = dup(1);
    dup2(fileno(tmp), 1);
    unit_eval(vm, "function twice(x) { return x * 2; } twice(3);");
    fflush(stdout);
    dup2(saved, 1);
    close(saved);
    FunctionProto *fp = unit_find_proto(vm, "twice");
    ck_assert_ptr_nonnull(fp);
    const BlCode *bc = fp->tier_code[TIER_BASELINE];
    ck_assert_ptr_nonnull(bc);
    ck_assert_ptr_nonnull(bc->code_off);
    uint32_t mul = UINT32_MAX;
    for (uint32_t pc = 0; pc < fp->code_len; pc += bc_ops[fp->code[pc]].size)
        if (fp->code[pc] == BC_MUL) mul = pc;
    ck_assert_uint_ne(mul, UINT32_MAX);
    ck_assert_uint_lt(bc->code_off[mul], bc->native_off[mul]);   /* the pad comes after the body */
    char text[1 << 16];
    rewind(tmp);
    size_t n = fread(text, 1, sizeof text - 1, tmp);
    text[n] = 0;
    fclose(tmp);
    char want[128];
    snprintf(want, sizeof want, "  ;; %04u MUL\n  0x%04x ", mul, bc->code_off[mul]);
    ck_assert_msg(strstr(text, want), "no '%s' in:\n%s", want, text);
    snprintf(want, sizeof want, "  ;; %04u MUL (entry pad: loads the cached register)\n  0x%04x ", mul,
             bc->native_off[mul]);
    ck_assert_msg(strstr(text, want), "no '%s' in:\n%s", want, text);
    ck_assert_ptr_nonnull(bc->cold_off);
    ck_assert_uint_ne(bc->cold_off[mul], UINT32_MAX);
    ck_assert_uint_gt(bc->cold_off[mul], bc->code_off[mul]);
    snprintf(want, sizeof want, "  ;; %04u MUL (cold: slow path, out-of-line halves)\n  0x%04x ", mul,
             bc->cold_off[mul]);
    ck_assert_msg(strstr(text, want), "no '%s' in:\n%s", want, text);
    unit_vm_free(vm);
}
END_TEST

/* The types seen by the first instruction `op` of fp (its feedback slot
 * is its last operand, a u32). */
static uint8_t types_at(const FunctionProto *fp, int op)
{
    for (uint32_t pc = 0; pc < fp->code_len; pc += bc_ops[fp->code[pc]].size)
        if (fp->code[pc] == op) return fp->feedback[bc_u32(fp->code + pc + bc_ops[op].size - 4)].types;
    ck_abort_msg("no %s in the function", bc_ops[op].name);
    return 0;
}

START_TEST(test_records_types)
{
    /* eager: the interpreter never runs f, so the types in its feedback
     * are what its baseline code recorded, as the interpreter would */
    VM *vm = new_vm(0, "interp", "baseline", 1.0);
    unit_eval(vm, "function f(a, b) { var s = a + b; if (a < b) s = s * 2; return s; } f(1, 2); f(3, 4);");
    FunctionProto *fp = unit_find_proto(vm, "f");
    ck_assert_ptr_nonnull(fp->tier_code[TIER_BASELINE]);
    ck_assert_uint_eq(fp->bl_invocations, fp->invocations);
    ck_assert_uint_eq(types_at(fp, BC_ADD), FB_TYPE_INT32);
    ck_assert_uint_eq(types_at(fp, BC_JNLT), FB_TYPE_INT32);
    unit_eval(vm, "f(0.5, 2);");
    ck_assert_uint_eq(types_at(fp, BC_ADD), FB_TYPE_INT32 | FB_TYPE_DOUBLE);
    ck_assert_uint_eq(types_at(fp, BC_JNLT), FB_TYPE_INT32 | FB_TYPE_DOUBLE);
    ck_assert_uint_eq(fp->bl_invocations, fp->invocations);
    unit_vm_free(vm);
}
END_TEST

START_TEST(test_budget_normalized_by_size)
{
    /* baseline-after=10: a function tiers up after spending 10x its own size */
    VM *vm = new_vm(0, "interp,baseline", "", 1.0);
    vm->flags.baseline_after = 10;
    unit_eval(vm, "function small(a) { return a + 1; } for (var i = 0; i < 5; i++) small(i);");
    FunctionProto *fp = unit_find_proto(vm, "small");
    ck_assert_ptr_nonnull(fp);
    ck_assert_ptr_null(fp->tier_code[TIER_BASELINE]);   /* 5 calls: budget not spent */
    unit_eval(vm, "for (var i = 0; i < 20; i++) small(i);");
    ck_assert_ptr_nonnull(fp->tier_code[TIER_BASELINE]);
    ck_assert_uint_gt(fp->bl_invocations, 0);
    unit_vm_free(vm);
}
END_TEST

START_TEST(test_batch)
{
    /* when installs flip pages (--jit-write=mprotect), tier-up compiles
     * into the pending batch; the function keeps running in the
     * interpreter until the batch is installed */
    VM *vm = new_vm(0, "interp,baseline", "", 1.0);
    vm->flags.baseline_after = 4;
    vm->flags.jit_write = "mprotect";
    unit_eval(vm, "function w(a) { return a * 2; } for (var i = 0; i < 6; i++) w(i);");
    FunctionProto *fp = unit_find_proto(vm, "w");
    ck_assert_ptr_null(fp->tier_code[TIER_BASELINE]);
    ck_assert_int_eq(fp->tier_state, TIER_STATE_PENDING);
    bl_flush(vm);
    ck_assert_ptr_nonnull(fp->tier_code[TIER_BASELINE]);
    ck_assert_int_eq(fp->tier_state, TIER_STATE_DONE);
    /* spending the waiting budget installs the batch without a flush call */
    unit_eval(vm, "function v(a) { return a + 2; } for (var i = 0; i < 30; i++) v(i);");
    ck_assert_ptr_nonnull(unit_find_proto(vm, "v")->tier_code[TIER_BASELINE]);
    unit_vm_free(vm);
}
END_TEST

START_TEST(test_install_at_once)
{
    /* writes through /proc/self/mem (where the kernel allows them) cost
     * too little to batch: a tier-up installs at once */
    VM *vm = new_vm(0, "interp,baseline", "", 1.0);
    vm->flags.baseline_after = 4;
    unit_eval(vm, "function w(a) { return a * 2; } for (var i = 0; i < 6; i++) w(i);");
    FunctionProto *fp = unit_find_proto(vm, "w");
    if (!bl_batching(vm)) {
        ck_assert_ptr_nonnull(fp->tier_code[TIER_BASELINE]);
        ck_assert_int_eq(fp->tier_state, TIER_STATE_DONE);
        ck_assert_uint_gt(fp->bl_compile_ns, 0);
        /* the install's share: a write into code memory takes time, and is
         * part of the compile time, never all of it (emission comes first) */
        ck_assert_uint_gt(fp->bl_install_ns, 0);
        ck_assert_uint_lt(fp->bl_install_ns, fp->bl_compile_ns);
        ck_assert_uint_ge(vm->stats.v[STAT_baseline_install_ns], fp->bl_install_ns);   /* and the others compiled */
    } else {
        ck_assert_int_eq(fp->tier_state, TIER_STATE_PENDING);
    }
    unit_vm_free(vm);
}
END_TEST

START_TEST(test_osr)
{
    VM *vm = new_vm(_i, "interp,baseline", "", 0.01);
    JSValue r = unit_eval(vm, "function loop() { var s = 0; for (var i = 0; i < 100000; i++) s += i; return s; } loop()");
    ck_assert(val_is_number(r));
    ck_assert(val_to_number(r) == 4999950000.0);
    FunctionProto *fp = unit_find_proto(vm, "loop");
    ck_assert_ptr_nonnull(fp->tier_code[TIER_BASELINE]);
    ck_assert_uint_eq(fp->osr_entries, 1);   /* entered baseline code mid-loop, once */
    ck_assert_uint_eq(fp->bl_invocations, 0);  /* ... never through a call */
    ck_assert_uint_ge(vm->stats.v[STAT_osr_entries], 1);
    unit_vm_free(vm);

    vm = new_vm(0, "interp,baseline", "", 0.01);
    vm->flags.osr = false;
    unit_eval(vm, "function loop2() { var s = 0; for (var i = 0; i < 100000; i++) s += i; return s; } loop2()");
    ck_assert_uint_eq(unit_find_proto(vm, "loop2")->osr_entries, 0);
    unit_vm_free(vm);
}
END_TEST

START_TEST(test_filter)
{
    VM *vm = new_vm(0, "interp,baseline", "baseline", 1.0);
    vm->flags.baseline_filter = "hot";
    unit_eval(vm, "function hotOne() { return 1; } function cold() { return 2; } hotOne() + cold();");
    ck_assert_ptr_nonnull(unit_find_proto(vm, "hotOne")->tier_code[TIER_BASELINE]);
    ck_assert_ptr_null(unit_find_proto(vm, "cold")->tier_code[TIER_BASELINE]);
    unit_vm_free(vm);
}
END_TEST

/* Native called from baseline code: scans /proc/self/maps for a mapping
 * that is writable and executable.  Returns the number found. */
static JSValue count_wx(VM *vm, JSValue *args, int argc, JSValue nt)
{
    (void)vm, (void)args, (void)argc, (void)nt;
    FILE *f = fopen("/proc/self/maps", "r");
    if (!f) return val_from_int(-1);
    char line[512];
    int n = 0;
    while (fgets(line, sizeof line, f)) {
        char perms[8] = "";
        if (sscanf(line, "%*s %7s", perms) == 1 && perms[1] == 'w' && perms[2] == 'x') n++;
    }
    fclose(f);
    return val_from_int(n);
}

START_TEST(test_wx)
{
    VM *vm = new_vm(0, "interp,baseline", "baseline", 1.0);
    JSValue fn = fn_new_native(vm, "countWX", count_wx, 0, 0);
    obj_set(vm, vm->global, atom_from_cstr(vm, "countWX"), fn, vm->global);
    JSValue r = unit_eval(vm, "function a() { return countWX(); } function b() { return a() + countWX(); } "
                         "var t = 0; for (var i = 0; i < 200; i++) t += b(); t");
    ck_assert(val_is_int(r));
    ck_assert_int_eq(val_int(r), 0);
    ck_assert_ptr_nonnull(unit_find_proto(vm, "a")->tier_code[TIER_BASELINE]);
    ck_assert_ptr_nonnull(unit_find_proto(vm, "b")->tier_code[TIER_BASELINE]);
    unit_vm_free(vm);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("baseline");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 60);
    tcase_add_loop_test(tc, test_same_results, 0, 2);
    tcase_add_test(tc, test_eager_installs_code);
    tcase_add_test(tc, test_print_code_annotations);
    tcase_add_test(tc, test_records_types);
    tcase_add_test(tc, test_budget_normalized_by_size);
    tcase_add_test(tc, test_batch);
    tcase_add_test(tc, test_install_at_once);
    tcase_add_loop_test(tc, test_osr, 0, 2);
    tcase_add_test(tc, test_filter);
    tcase_add_test(tc, test_wx);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
