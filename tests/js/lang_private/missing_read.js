// Reading a private field from an object without it: TypeError.
class A { #x = 1; static read(o) { return o.#x; } }
for (const o of [{}, [], function () {}, 1, 'str', true, Symbol.iterator]) {
  try { A.read(o); console.log('no error'); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
try { A.read(null); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
try { A.read(undefined); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
// expect: TypeError: Cannot read private member #x from an object whose class did not declare it
// expect: TypeError: Cannot read private member #x from an object whose class did not declare it
// expect: TypeError: Cannot read private member #x from an object whose class did not declare it
// expect: TypeError: Cannot read private member #x from an object whose class did not declare it
// expect: TypeError: Cannot read private member #x from an object whose class did not declare it
// expect: TypeError: Cannot read private member #x from an object whose class did not declare it
// expect: TypeError: Cannot read private member #x from an object whose class did not declare it
// expect: TypeError: Cannot read properties of null (reading '#x')
// expect: TypeError: Cannot read properties of undefined (reading '#x')
