// arguments own property attributes
function f(a) {
  const d = Object.getOwnPropertyDescriptor(arguments, 'length');
  const i = Object.getOwnPropertyDescriptor(arguments, '0');
  const it = Object.getOwnPropertyDescriptor(arguments, Symbol.iterator);
  print(d.writable, d.enumerable, d.configurable, i.writable, i.enumerable, i.configurable); // expect: true false true true true true
  print(it.writable, it.enumerable, it.configurable, it.value === Array.prototype.values); // expect: true false true true
  print(Object.keys(arguments).join()); // expect: 0,1
}
f(1, 2);
