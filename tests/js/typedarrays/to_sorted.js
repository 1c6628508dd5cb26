const a = new Float32Array([3, 1, 2]);
const s = a.toSorted();
print(s.join(), a.join(), s instanceof Float32Array);
print(a.toSorted((x, y) => y - x).join());
try { a.toSorted("x"); } catch (e) { print(e instanceof TypeError); }

// expect: 1,2,3 3,1,2 true
// expect: 3,2,1
// expect: true
