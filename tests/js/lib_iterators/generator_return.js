// return() on suspended, not-started and completed generators; finally blocks run
function* g() { try { yield 1; yield 2; } finally { print('cleanup'); } } // expect: cleanup
const a = g();
a.next();
print(JSON.stringify(a.return('early')), JSON.stringify(a.next())); // expect: {"value":"early","done":true} {"done":true}
const b = g();
print(JSON.stringify(b.return('unstarted')), JSON.stringify(b.next())); // expect: {"value":"unstarted","done":true} {"done":true}
function* h() { try { yield 1; } finally { yield 'from finally'; } }
const c = h();
c.next();
print(JSON.stringify(c.return('x')), JSON.stringify(c.next())); // expect: {"value":"from finally","done":false} {"value":"x","done":true}
function* k() { try { yield 1; } finally { return 'override'; } }
const d = k();
d.next();
print(JSON.stringify(d.return('x'))); // expect: {"value":"override","done":true}
