print(JSON.stringify({ a: 1, b: [1, 2] }, null, 2));
// expect: {
// expect:   "a": 1,
// expect:   "b": [
// expect:     1,
// expect:     2
// expect:   ]
// expect: }
print(JSON.stringify([1, { x: [] }], null, "--"));
// expect: [
// expect: --1,
// expect: --{
// expect: ----"x": []
// expect: --}
// expect: ]
print(JSON.stringify({}, null, 4)); // expect: {}
