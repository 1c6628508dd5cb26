// property lookup walks the prototype chain; shadowing and null-proto objects
const a = { x: 'a', y: 'a' };
const b = Object.create(a, { y: { value: 'b', enumerable: true } });
const c = Object.create(b);
print(c.x, c.y, c.z, 'x' in c, Object.hasOwn(c, 'x')); // expect: a b undefined true false
const n = Object.create(null);
n.k = 1;
print(String(Object.keys(n)), typeof n.toString, 'k' in n); // expect: k undefined true
