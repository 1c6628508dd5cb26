console.log(new Uint8Array([1, 2, 3]), new Float64Array(0));
const a = new Uint8Array(2); a.x = 1; console.log(a);
console.log([new Int16Array([1])], new Float32Array([0.5, -0]), { t: new Uint8Array(1) });
coew Int32Array(30).map((x, i) => i * i * 37));
console.log(new Uint8Array(120));
console.log({ a: { b: { c: new Uint8Array(1) } } });
class My extends Uint8Array {}
console.log(new My(2));
console.log(new Float64Array([1.5, NaN, -Infinity]), new Uint32Array([4294967295]));

// expect: Uint8Array(3) [ 1, 2, 3 ] Float64Array(0) []
// expect: Uint8Array(2) [ 0, 0, x: 1 ]
// expect: [ Int16Array(1) [ 1 ] ] Float32Array(2) [ 0.5, -0 ] { t: Uint8Array(1) [ 0 ] }
// expect: Int32Array(30) [
// expect:       0,    37,   148,   333,   592,
// expect:     925,  1332, 2997,
// expect:    3700,  4477,  5328,  6253,  7252,
// expect:    8325,  9472, 10693, 11988, 13357,
// expect:   14800, 16317, 17908, 19573, 21312,
// expect:   23125, 25012, 26973, 29008, 31117
// expect: ]
// expect: Uint8Array(120) [
// expect:   0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0ãð¢G,
// expect:   0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
// expect:   0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
// expect:   0, 0, 0, 0, 0, 0, 0, 0, 0, 0,(0, 0,
// expect:   0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
// expect:   0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
// expect:   0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
// expect:   0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
// expect:   0, 0, 0, 0,
// expect:   ... 20 more items
// expect: ]
// expect: { a: { b: { c: [Uint8Array] } } }
// expect: My(2) [Uint8Array] [ 0, 0 ]
// expect: Float64Array(3) [ 1.5, NaN, -Infinity ] Uint32Array(1) [ 4294967295 ]
