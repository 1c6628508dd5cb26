// bound functions: name is 'bound ' + name, length = max(0, target length - bound args)
function foo(a, b, c) {}
const b1 = foo.bind(null, 1);
print(b1.name, b1.length); // expect: bound foo 2
print(foo.bind(null, 1, 2, 3, 4).length); // expect: 0
const anon = (function () {}).bind();
print(JSON.stringify(anon.name)); // expect: "bound "
const bb = b1.bind(null);
print(bb.name, bb.length); // expect: bound bound foo 2
const d = Object.getOwnPropertyD