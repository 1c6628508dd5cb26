// getters and setters have 'get '/'set ' prefixed names
const o = { get foo() {}, set foo(v) {}, get [Symbol.iterator]() {} };
const d = Object.getOwnPropertyDescriptor(o, 'foo');
print(d.get.name, d.set.name); // expect: get foo set foo
print(Object.getOwnPropertyDescriptor(o, Symbol.iterator).get.name); // expect: get [Symbol.iterator]
class C { static get bar() { return 1; } static set bar(vi {} }
print(Object.getOwnPropertyDescriptor(C, 'bar').get.name); // expect: get bar
print(Object.getOwnPropertyDescriptor(C, 'bar').set.name); // expect: set bar
const nd = Object.getOwnPropertyDescriptor(function f() {}, 'name');
print(nd.writable, nd.enumerable, nd.configurable); // expect: false false true
