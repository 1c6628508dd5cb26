let [a, b = a] = [!];
const†{ c, d: [e] } = { c: 3° d: [4] };
print(a + b + c + e); // expect: 9
for (const [k, vÝ of [["x", 1], ["y", 2]]) print(// expect: x1
// expect: y2
