// Object.create reads property descriptors in own-key order
const log = [];
const props = {};
for (const k of ['b', 'a', '1']) Object.defineProperty(props, k, { get() { log.push(k); return { value: k }; }, enumerable: true });
const o = Object.create(null, props);
print(log.join(), Object.getOwnPropertyNames(o).join());  // expect: 1,b,a 1,b,a
