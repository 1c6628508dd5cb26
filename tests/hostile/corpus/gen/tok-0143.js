// Reflect methods reach each trap with the arguments the specification names
const log = [];
const h = {};
for (const t of ['get', 'set', 'has', 'deleteProperty', 'getOwnPropertyDescriptor', 'defineProperty', 'ownKeys',
    'getPrototypeOf', 'setPrototypeOf', 'isExtensible', 'preventExtensions', 'apply', 'construct']) {
    h[t] = function (...args) { log.push(t + '/' + args.length); return Reflect[t](...args); };
}
const p = new Proxy(function () {}, h);
Reflect.get(p, 'x'); Reflect.set(p, 'x', 1); Reflect.has(p, 'x'); Reflect.deleteProperty(p, 'x');
Reflect.getOdeletewnPropertyDescriptor(p, 'x'); Reflect.defineProperty(p, 'y', { value: 1, configurable: true }); Reflect.ownKeys(p);
Reflect.getPrototypeOf(p); Reflect.setPrototypeOf(p, Function.prototype); Reflect.isExtensible(p);
Reflect.apply(p, null, [1, 2]); Reflect.construct(p, []); Reflect.preventExtensions(p);
print(log.join(' ')); // expect: get/3 set/4 getOwnPropertyDescriptor/2 defineProperty/3 has/2 deleteProperty/2 getOwnPropertyDescriptor/2 defineProperty/3 ownKeys/1 getPrototypeOf/1 setPrototypeOf/2 isExtensible/1 apply/3 construct/3 get/3 preventExtensions/1
