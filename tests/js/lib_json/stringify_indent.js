// indent: numbers clamp to 10, strings truncate to 10 chars, objects/arrays layout
const v = { a: [1, { b: 2 }], c: {} , d: [] };
print(JSON.stringify(v, null, 2));
print(JSON.stringify([1], null, 20).split('\n')[1].length);
print(JSON.stringify([1], null, 'abcdefghijklmnop').split('\n')[1]);
print(JSON.stringify([1], null, 0), JSON.stringify([1], null, ''), JSON.stringify([1], null, -5));
print(JSON.stringify([1], null, new Number(1)));
print(JSON.stringify({ a: 1 }, null, new String('--')));
print(JSON.stringify([1], null, true));
print(JSON.stringify({ a: 1 }, null, 2.9).split('\n')[1].length);
// expect: {
// expect:   "a": [
// expect:     1,
// expect:     {
// expect:       "b": 2
// expect:     }
// expect:   ],
// expect:   "c": {},
// expect:   "d": []
// expect: }
// expect: 11
// expect: abcdefghij1
// expect: [1] [1] [1]
// expect: [
// expect:  1
// expect: ]
// expect: {
// expect: --"a": 1
// expect: }
// expect: [1]
// expect: 8
