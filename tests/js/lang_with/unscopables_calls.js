// Calls of a blocked name resolve outside the with object (and get undefined this).
function where() { return 'outer function, this is ' + (this === undefined || this === globalThis ? 'global/undefined' : 'the object'); }
const o = { where() { return 'method, this is ' + (this === o ? 'the object' : 'other'); }, [Symbol.unscopables]: { where: true } };
with (o) { console.log(where()); }
delete o[Symbol.unscopables];
with (o) { console.log(where()); }
// expect: outer function, this is global/undefined
// expect: method, this is the object
