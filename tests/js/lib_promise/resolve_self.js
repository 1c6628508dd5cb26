// resolving a promise with itself rejects with TypeError
let resolve;
const p = new Promise(r => { resolve = r; });
resolve(p);
p.catch(e => print(e.constructor.name)); // expect: TypeError
