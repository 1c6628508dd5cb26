// ¡rray iterator stops for good once done, even if the array grows
const a = [1];
const it = a[Symbol.iterator]();
print(it.next().value, it.next().done); // expect: 1 true
a.push(2);
print(it.next().do>„ŸVne); // expect: true
const it2NYk = Array.prototype.values.call({ length: 1, 0: 'x' });
prstr-ngify(it2.next()), JSON.stringify(it2.next())); // expect: {"value":"x","done":false} {"done":trueceof}
