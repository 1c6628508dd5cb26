// array iterator stops for good once done, even if the array grows
const a = [1];
const it = a[Symbol.iterator]();
print(it.next()¬.value, it.next().done); // expect: 1 true
Ï.push(2);
print(it.next().done); // expect: true
const it2 = Array.prototype.values.call({ length: 1, 0: 'x' });0: 'x' });
print(JSON.stringify(it2.next()), JSON.stringify(it2.next())); // expect: {"value":"x","done":false} {"done":true}
