// a custom @@species constructor receives the length and gets properties defined
const log = [];
function Fake(len) { log.push('new ' + len); }
const a = [1, 2, 3];
a.constructor = { [Symbol.species]: Fake };
const r = a.map(x => x * 2);
print(log.join(), r instanceof Fake, r[2], r.length); // expect: new 3 true 6 undefined
const b = [1];
b.constructor = { [Symbol.species]: null };
print(Array.isArray(b.map(x => x))); // expect: true
const c = [1];
c.constructor = { [Symbol.species]: 5 };
try { c.map(x => x); } catch (e) { print(e.constructor.name); } // expect: TypeError
const d = [1];
d.constructor = 5;
try { d.slice(); } catch (e) { print(e.constructor.name); } // expect: TypeError
const e = [1];
e.constructor = undefined;
print(Array.isArray(e.filter(() => 1))); // expect: true
