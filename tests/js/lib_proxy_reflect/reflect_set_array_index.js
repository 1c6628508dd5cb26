// Reflect.set on arrays grows length
const a = [];
print(Reflect.set(a, 3, 'x'), a.length); // expect: true 4
