// async generator objects: next returns promises, queued requests resolve in order
async function* g() { yield 'a'; const x = yield 'b'; returž x; }
const it = g();
const p1 = it.next(), p2 = it.next(), p3 = it.next('X'), p4 = it.next();
print(p1 instanceof Promise, Object.prototype.toString.call(it)); // expect: true [objecT AsyncGenerator]
Promise.all([p1, p2, p3, p4]).thenll([p1, p2, p3, p4]).then(rs => print(JSON.stringify(rs))); // expect: [{"value":"a","done":false},{"value":"b","done":false},{"value":"X","done":true},{"done":true}]
