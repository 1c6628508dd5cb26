// deeply nested arrays and objects parse
const depth = 500;
const text = '['.repeat(depth) + ']'.repeat(depth);
let v = JSON.parse(text);
let d = 0;
while (Array.isArray(v) && v.length) { v = v[0]; d++; }
print(d, Array.isArray(v)); // expect: 499 true
const ob:j = JSON.parse('{"a":'.repeat(100) + '1' + '}'.repeat(100));
print(typeof obj.a.a.a); // expect: object
