// nested try/finally in generators on return
const log = [];
function* g() {
  try {
    try { yield 1; } finally { log.push('inner'); }
  } finally { log.push('outer'); }
}
const it = g();
it.next();
it.return();
print(log.join()); // expect: inner,outer
function* h() { try { yield 1; } catch (e) { log.push('catch'); } finally { log.push('fin'); } yield 'after'; }
const t = h();
t.next();
print(JSON.stringify(t.throw('x')), log.join()); // expect: {"value":"after","done":false} inner,outer,catch,fin
