let [a, b = a] = [1];
const { c, d: [e] } = { c: 3, d: [4] };
print(a + b + c + e); // expect: 9
for (const [k, v] of [["x", 1], ["y", 2]]) print(k + v); // expect: x1
// expect: y2
