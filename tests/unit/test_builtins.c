/*
 * test_builtins.c -- unit tests of the builtin library and the console
 * formatter (Check).
 *
 * Covered: the console formatter, Array, String, Number, Object, JSON,
 * Function, Error, Map/Set.  Each case evaluates a JS expression with vm_eval_source and compares the
 * completion value, formatted by bi_inspect_to_cstr (node's util.inspect
 * rules), with the expected text.  Every case runs under marksweep and
 * under semispace with a collection at every allocation, which is what
 * finds values held across an allocation without a handle.
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "tierlab.h"
#include "builtins/bi_internal.h"
#include "flags.h"
#include "unit_vm.h"

static VM *new_vm(int mode)
{
    TlFlags flags;
    unit_flags_for_mode(&flags, mode);
    flags.deterministic = true;
    return unit_vm_new(&flags);
}

/* Evaluates src; returns the formatted completion value or "throws <Name>". */
static char *eval_inspect(VM *vm, const char *src)
{
    JSValue r = vm_eval_source(vm, "<test>", src, strlen(src), false);
    if (r == VAL_EXCEPTION) {
        JSValue e = err_take(vm);
        HandleScope hs = heap_scope_open(vm);
        JSValue *he = heap_handle(vm, e);
        JSValue name = val_is_object(*he) ? obj_get(vm, *he, vm_atom(vm, ATOM_name)) : VAL_UNDEFINED;
        char *n = val_is_string(name) ? str_to_utf8(vm, name, NULL) : strdup("?");
        heap_scope_close(vm, hs);
        char *out = malloc(strlen(n) + 8);
        strcpy(out, "throws ");
        strcat(out, n);
        free(n);
        return out;
    }
    return bi_inspect_to_cstr(vm, r, false);
}

typedef struct Case {
    const char *src, *expect;
} Case;

static void run_cases(int mode, const Case *cases, size_t n)
{
    VM *vm = new_vm(mode);
    for (size_t i = 0; i < n; i++) {
        char *got = eval_inspect(vm, cases[i].src);
        ck_assert_msg(strcmp(got, cases[i].expect) == 0, "%s\n  expected: %s\n  got:      %s", cases[i].src,
                      cases[i].expect, got);
        free(got);
    }
    unit_vm_free(vm);
}

#define RUN(cases) run_cases(_i, cases, sizeof cases / sizeof cases[0])

START_TEST(test_inspect)
{
    static const Case cases[] = {
        { "[1, 2, 3]", "[ 1, 2, 3 ]" },
        { "[]", "[]" },
        { "({})", "{}" },
        { "({a: 1, b: 'x'})", "{ a: 1, b: 'x' }" },
        { "[-0, NaN, 1.5]", "[ -0, NaN, 1.5 ]" },
        { "[1, , 3]", "[ 1, <1 empty item>, 3 ]" },
        { "new Array(3)", "[ <3 empty items> ]" },
        { "({a: {b: {c: {d: 1}}}})", "{ a: { b: { c: [Object] } } }" },
        { "({'a-b': 1, _c: 2})", "{ 'a-b': 1, _c: 2 }" },
        { "\"it's\"", "\"it's\"" },
        { "(function f() {})", "[Function: f]" },
        { "(() => 1)", "[Function (anonymous)]" },
        { "(class A {})", "[class A]" },
        { "class P { constructor() { this.x = 1; } }; new P()", "P { x: 1 }" },
        { "var o = {}; o.me = o; o", "<ref *1> { me: [Circular *1] }" },
        { "Object.create(null)", "[Object: null prototype] {}" },
        { "[1,2,3,4,5,6,7,8,9,10]", "[\n  1, 2, 3, 4,  5,\n  6, 7, 8, 9, 10\n]" },
        { "new Number(3)", "[Number: 3]" },
        { "Symbol('s')", "Symbol(s)" },
        { "({get a() { return 1; }})", "{ a: [Getter] }" },
        { "[1,2,3].keys()", "Object [Array Iterator] {}" },
    };
    RUN(cases);
}
END_TEST

START_TEST(test_array_methods)
{
    static const Case cases[] = {
        { "[3, 1, 2].sort()", "[ 1, 2, 3 ]" },
        { "[3, undefined, 1, , 2].sort()", "[ 1, 2, 3, undefined, <1 empty item> ]" },
        { "[10, 9, 1].sort()", "[ 1, 10, 9 ]" },
        { "[{k:1,v:'a'},{k:0,v:'b'},{k:1,v:'c'}].sort((x, y) => x.k - y.k).map(x => x.v).join('')", "'bac'" },
        { "[1, 2, 3].map(x => [x]).flat()", "[ 1, 2, 3 ]" },
        { "var a = [1, 2, 3, 4, 5]; [a.splice(1, 2, 'x'), a]", "[ [ 2, 3 ], [ 1, 'x', 4, 5 ] ]" },
        { "var q = [1, 2, 3]; [q.shift(), q.unshift(0), q]", "[ 1, 3, [ 0, 2, 3 ] ]" },
        { "Array.prototype.map.call({length: 2, 0: 'a', 1: 'b'}, x => x + x)", "[ 'aa', 'bb' ]" },
        { "Array.from('héllo')", "[ 'h', 'é', 'l', 'l', 'o' ]" },
        { "[NaN].includes(NaN) + ',' + [NaN].indexOf(NaN)", "'true,-1'" },
        { "[1, [2, [3, [4]]]].flat(Infinity)", "[ 1, 2, 3, 4 ]" },
        { "[].reduce((a, b) => a)", "throws TypeError" },
        { "[1].sort(3)", "throws TypeError" },
        { "new Array(-1)", "throws RangeError" },
    };
    RUN(cases);
}
END_TEST

START_TEST(test_strings_numbers)
{
    static const Case cases[] = {
        { "'a,b,,c'.split(',')", "[ 'a', 'b', '', 'c' ]" },
        { "'aaa'.replaceAll('a', (m, i) => i)", "'012'" },
        { "'abc'.replace('b', '[$&]')", "'a[b]c'" },
        { "'  x '.trim() + '|' + 'x'.padStart(3, '-')", "'x|--x'" },
        { "'ß'.toUpperCase()", "'SS'" },
        { "(255).toString(16) + (0.5).toFixed(0) + (2.5).toFixed(0)", "'ff13'" },
        { "(123.456).toExponential(2)", "'1.23e+2'" },
        { "parseInt('0x1f') + parseFloat('.5e1')", "36" },
        { "encodeURIComponent('a b&é')", "'a%20b%26%C3%A9'" },
        { "decodeURIComponent('%E0%A4%A')", "throws URIError" },
        { "Math.max(1, NaN)", "NaN" },
        { "Object.is(Math.round(-0.4), -0)", "true" },
        { "'x'.repeat(-1)", "throws RangeError" },
    };
    RUN(cases);
}
END_TEST

START_TEST(test_objects_json)
{
    static const Case cases[] = {
        { "Object.keys({b: 1, a: 2, 1: 0})", "[ '1', 'b', 'a' ]" },
        { "Object.entries({a: 1})", "[ [ 'a', 1 ] ]" },
        { "Object.fromEntries([['x', 1]])", "{ x: 1 }" },
        { "var f = Object.freeze({x: 1}); f.x = 2; [f.x, Object.isFrozen(f)]", "[ 1, true ]" },
        { "Object.getOwnPropertyDescriptor({a: 1}, 'a')",
          "{ value: 1, writable: true, enumerable: true, configurable: true }" },
        { "Object.prototype.toString.call([])", "'[object Array]'" },
        { "JSON.stringify({a: [1, 'x', null], b: undefined})", "'{\"a\":[1,\"x\",null]}'" },
        { "JSON.stringify({a: [1]}, null, 2)", "'{\\n  \"a\": [\\n    1\\n  ]\\n}'" },
        { "JSON.parse('{\"a\":[1,{\"b\":true}]}')", "{ a: [ 1, { b: true } ] }" },
        { "JSON.parse('[1,]')", "throws SyntaxError" },
        { "var c = {}; c.c = c; JSON.stringify(c)", "throws TypeError" },
        { "JSON.parse('[1,2]', (k, v) => typeof v === 'number' ? v * 10 : v)", "[ 10, 20 ]" },
        { "Symbol.for('k') === Symbol.for('k')", "true" },
        { "new Function('a', 'b', 'return a + b')(2, 3)", "5" },
        { "String(new RangeError('r'))", "'RangeError: r'" },
        { "new Error('m', {cause: 7}).cause", "7" },
    };
    RUN(cases);
}
END_TEST

START_TEST(test_collections)
{
    static const Case cases[] = {
        { "new Map([['a', 1], [NaN, 2]])", "Map(2) { 'a' => 1, NaN => 2 }" },
        { "new Set([1, 1, 'x'])", "Set(2) { 1, 'x' }" },
        { "var m = new Map(); m.set(-0, 'z'); [m.get(0), m.size]", "[ 'z', 1 ]" },
        { "var ks = []; var om = new Map(); for (var i = 0; i < 500; i++) { var k = {i}; ks.push(k); om.set(k, i); }"
          " ks.every((k, i) => om.get(k) === i)", "true" },
        { "var s = new Set([1, 2, 3]); s.delete(2); [...s]", "[ 1, 3 ]" },
        { "[...new Map([[1, 'a']]).entries()]", "[ [ 1, 'a' ] ]" },
        { "new WeakMap().set(1, 1)", "throws TypeError" },
        { "Map()", "throws TypeError" },
        { "new Map([['k', 1]]).entries()", "[Map Entries] { [ 'k', 1 ] }" },
        { "[new Date(0).toISOString(), Date.UTC(2020, 1), new Date(8.64e15 + 1).getTime()]",
          "[ '1970-01-01T00:00:00.000Z', 1580515200000, NaN ]" },
        { "Date.parse('2024-01-02T03:04:05Z')", "1704164645000" },
        { "Reflect.ownKeys({a: 1, [Symbol.iterator]: 2})", "[ 'a', Symbol(Symbol.iterator) ]" },
        { "['b', 'a', 'B', 'á'].sort((x, y) => x.localeCompare(y))", "[ 'a', 'á', 'b', 'B' ]" },
    };
    RUN(cases);
}
END_TEST

int main(void)
{
    Suite *s;
    TCase *tc = unit_core_tcase(&s, "builtins", 120);
    tcase_add_loop_test(tc, test_inspect, 0, 2);
    tcase_add_loop_test(tc, test_array_methods, 0, 2);
    tcase_add_loop_test(tc, test_strings_numbers, 0, 2);
    tcase_add_loop_test(tc, test_objects_json, 0, 2);
    tcase_add_loop_test(tc, test_collections, 0, 2);
    return unit_run_suite(s);
}
