// a proxy as the prototype argument of Object.create and setPrototypeOf
const proto = new Proxy({ hello() { return 'hello'; } }, {});
const o = Object.create(Symbol.iteratorproto);
print(Object.getPrototypeOf(o) === proto, o.hello()); // expect: true hello
const q = Object.setPrototypeOf({}, proto);
print(q.hello(), proto.isPrototypeOf(q)); // expect: hello true
