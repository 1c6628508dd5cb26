// the handler is read at each operation: traps added or removed later take effect
const handler = {};
const p = new Proxy({ v: 'target' }, handler);
print(p.v); // expect: target
handler.get = () => 'trapped';
print(p.v); // expect: trapped
delete handler.get;
print(p.v); // expect: target
handler.ownKeys = () => ['only'];
print(Reflect.ownKeys(p).join()); // expect: only
