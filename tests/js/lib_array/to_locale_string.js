// Array.prototype.toLocaleString calls each element's toLocaleString
const o = { toLocaleString() { return 'L'; } };
print([o, o].toLocaleString()); // expect: L,L
print([null, undefined, o].toLocaleString()); // expect: ,,L
try { [{ toLocaleString: 1 }].toLocaleString(); } catch (e) { print(e.constructor.name); } // expect: TypeError
print(Array.prototype.toLocaleString.length); // expect: 0
