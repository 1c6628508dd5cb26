// Function.prototype.apply: array-likes, null/undefined args, non-object args throw
function f() { return Array.prototype.join.call(arguments, ','); }
print(JSON.stringify([f.apply(null, [1, 2]), f.apply(null, { length: 2, 0: 'a' }), f.apply(null), f.apply(null, null)])); // expect: ["1,2","a,","",""]
try { f.apply(null, 1); } catch (e) { print(e.constructor.name); } // expect: TypeError
try { f.apply(null, 'ab'); } catch (e) { print(e.constructor.name); } // expect: TypeError
print(f.apply(null, [, 'x'])); // expect: ,x
print(Function.prototype.apply.length); // expect: 2
try { Function.prototype.apply.call(5); } catch (e) { print(e.constructor.name); } // expect: TypeError
const log = [];
const al = { get length() { log.push('len'); return 1; }, get 0() { log.push('0'); return 'v'; } };
print(f.apply(null, al), log.join()); // expect: v len,0
