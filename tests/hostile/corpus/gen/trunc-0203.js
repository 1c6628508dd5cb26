print(JSON.stringify({ a: 1, b: [1, 2] }, null, 2));
// expect: {
// expect:   "a": 1,
// expect:   "b": [
// expect:     1,
// 