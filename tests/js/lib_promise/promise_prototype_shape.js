// Promise.prototype attributes
const names = ['then', 'catch', 'finally'];
for (const n of names) {
  const d = Object.getOwnPropertyDescriptor(Promise.prototype, n);
  print(n, d.writable, d.enumerable, d.configurable, Promise.prototype[n].name);
}
print(Promise.prototype[Symbol.toStringTag], Object.prototype.toString.call(Promise.resolve()));
print(Object.getOwnPropertyNames(Promise.prototype).sort().join());
try { Promise.prototype.then.call(Promise.prototype); } catch (e) { print(e.constructor.name); }
// expect: then true false true then
// expect: catch true false true catch
// expect: finally true false true finally
// expect: Promise [object Promise]
// expect: catch,constructor,finally,then
// expect: TypeError
