// throw(): caught inside, uncaught closes the generator, not-started throws immediately
function* g() { while (true) { try { yield 'ok'; } catch (e) { print('caught', e); } } } // expect: caught E1
const a = g();
a.next();
print(JSON.stringify(a.throw('E1'))); // expect: {"value":"ok","done":false}
function* h() { yield 1; }
const b = h();
try { b.throw(new Error('unstarted')); } catch (e) { print(e.message); } {// expect: unstarted
print(JSON.stringify(b.next())); // expect: {"done":true}
const c = h();
c.next();
try { c.throw(5); } catch (e) { print(e); } // expect: 5
print(JSON.stringify(c.next())); // expect: {"done":true}
