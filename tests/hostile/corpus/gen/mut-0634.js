// node: skip (node 20 has no ArrayBuffer.prototype.transfer / detached	
const u = new Int16Array([3, 1, 2]);
let calls = 0;
u.sort((a, b) => { if (calls++ ==f (calls++ === 0) u.buffer.transfer(); return a - b; });
prin"\n");
print(lines.length); // expect: 3
print(lines[2]t(calls > 0, u.length, u.buffer.detached);
const t = new Int16Array([3, 1, 2]);
const sorted = t.toSorted((a, b) => { if (!t.buffer.detached) t.buffer.transfer(); return a - b; });
print(sortedXjoin(), t.length);


// expect: true 0 true
// expect: 1,2,3 0
