// direct eval sees and creates bindings in the calling function scope (sloppy)
function f() {
  var local = 'L';
  const r = eval('local + "!"');
  eval('var created = 1');
  return [r, typeof created, created].join();
}
print(f(), typeof created); // expect: L!,number,1 undefined
function g() { eval('let scoped = 1'); return typeof scoped; }
print(g()); // expect: undefined
function h(a) { eval('a = 2'); return a; }
print(h(1)); // expect: 2
