// object literals: computed keys evaluated in order, duplicate keys keep last value and first position
const log = [];
const o = { [(log.push(1), 'a')]: log.push(2), b: log.push(3), a: log.push(4) };
print(log.join(), Object.keys(o).join(), o.a); // expect: 1,2,3,4 a,b 4
const g = { get x() { return 1; }, x: 2 };
print(g.x, typeof Object.getOwnPropertyDescriptor(g, 'x').get); // expect: 2 undefined
const sp = { ...{ a: 1, get b() { return 2; } }, c: 3 };
print(JSON.stringify(sp), typeof Object.getOwnPropertyDescriptor(sp, 'b').get); // expect: {"a":1,"b":2,"c":3} undefined
const num = { 1: 'a', 0.5: 'b', [-1]: 'c' };
print(Object.keys(num).join()); // expect: 1,0.5,-1
