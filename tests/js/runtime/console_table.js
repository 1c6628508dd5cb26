// console.table: node's box format for arrays of objects, arrays of arrays,
// mixed primitives (the Values column), objects of objects, a properties
// filter, Map and Set, wide characters; other values are just logged.
console.table([{ a: 1, b: 'x' }, { a: 2, c: true }]);
console.table([[1, 2], [3, 4, 5]]);
console.table([1, 'two', { a: 1 }]);
console.table({ r1: { c: 1 }, r2: { c: 2, d: [1, 2, 3, 4] } });
console.table([{ a: 1, b: 2 }, { b: 3 }], ['b']);
console.table([{ b: 1, 10: 'ten', 2: 'two', a: 0 }]);
console.table([]);
console.table(new Map([['k', 1], ['j', { x: 1 }]]));
console.table(new Set(['a', 'b']));
console.table([{ 'long key name': 'é漢字', n: { deep: { x: 1 } }, o: { a: 1, b: 2, c: 3 }, f: function named() {} }]);
console.table(5);
console.table('a string');
console.table(null);
console.table();
try { console.table([{ a: 1 }], 'a'); } catch (e) { console.log(e.name, e.code, e.message); }
// expect: ┌─────────┬───┬─────┬──────┐
// expect: │ (index) │ a │ b   │ c    │
// expect: ├─────────┼───┼─────┼──────┤
// expect: │ 0       │ 1 │ 'x' │      │
// expect: │ 1       │ 2 │     │ true │
// expect: └─────────┴───┴─────┴──────┘
// expect: ┌─────────┬───┬───┬───┐
// expect: │ (index) │ 0 │ 1 │ 2 │
// expect: ├─────────┼───┼───┼───┤
// expect: │ 0       │ 1 │ 2 │   │
// expect: │ 1       │ 3 │ 4 │ 5 │
// expect: └─────────┴───┴───┴───┘
// expect: ┌─────────┬───┬────────┐
// expect: │ (index) │ a │ Values │
// expect: ├─────────┼───┼────────┤
// expect: │ 0       │   │ 1      │
// expect: │ 1       │   │ 'two'  │
// expect: │ 2       │ 1 │        │
// expect: └─────────┴───┴────────┘
// expect: ┌─────────┬───┬──────────────────────────────┐
// expect: │ (index) │ c │ d                            │
// expect: ├─────────┼───┼──────────────────────────────┤
// expect: │ r1      │ 1 │                              │
// expect: │ r2      │ 2 │ [ 1, 2, 3, ... 1 more item ] │
// expect: └─────────┴───┴──────────────────────────────┘
// expect: ┌─────────┬───┐
// expect: │ (index) │ b │
// expect: ├─────────┼───┤
// expect: │ 0       │ 2 │
// expect: │ 1       │ 3 │
// expect: └─────────┴───┘
// expect: ┌─────────┬───────┬───────┬───┬───┐
// expect: │ (index) │ 2     │ 10    │ b │ a │
// expect: ├─────────┼───────┼───────┼───┼───┤
// expect: │ 0       │ 'two' │ 'ten' │ 1 │ 0 │
// expect: └─────────┴───────┴───────┴───┴───┘
// expect: ┌─────────┐
// expect: │ (index) │
// expect: ├─────────┤
// expect: └─────────┘
// expect: ┌───────────────────┬─────┬──────────┐
// expect: │ (iteration index) │ Key │ Values   │
// expect: ├───────────────────┼─────┼──────────┤
// expect: │ 0                 │ 'k' │ 1        │
// expect: │ 1                 │ 'j' │ { x: 1 } │
// expect: └───────────────────┴─────┴──────────┘
// expect: ┌───────────────────┬────────┐
// expect: │ (iteration index) │ Values │
// expect: ├───────────────────┼────────┤
// expect: │ 0                 │ 'a'    │
// expect: │ 1                 │ 'b'    │
// expect: └───────────────────┴────────┘
// expect: ┌─────────┬───────────────┬────────────────────┬──────────┬───────────────────┐
// expect: │ (index) │ long key name │ n                  │ o        │ f                 │
// expect: ├─────────┼───────────────┼────────────────────┼──────────┼───────────────────┤
// expect: │ 0       │ 'é漢字'       │ { deep: [Object] } │ [Object] │ [Function: named] │
// expect: └─────────┴───────────────┴────────────────────┴──────────┴───────────────────┘
// expect: 5
// expect: a string
// expect: null
// expect: undefined
// expect: TypeError ERR_INVALID_ARG_TYPE The "properties" argument must be an instance of Array. Received type string ('a')
