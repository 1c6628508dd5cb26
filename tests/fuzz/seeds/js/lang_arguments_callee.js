// arguments.callee: the function in sloppy code, a poison-pill accessor in strict code.
function sloppy() { return arguments.callee === sloppy; }
console.log(sloppy());
const fact = function (n) { return n <= 1 ? 1 : n * arguments.callee(n - 1); };
console.log(fact(6));
function d() { const x = Object.getOwnPropertyDescriptor(arguments, 'callee'); return [x.writable, x.enumerable, x.configurable].join(); }
console.log(d());
function strict() { 'use strict'; try { return arguments.callee; } catch (e) { return e.constructor.name; } }
console.log(strict());
function strictDesc() {
  'use strict';
  const x = Object.getOwnPropertyDescriptor(arguments, 'callee');
  return [typeof x.get, x.get === x.set, x.enumerable, x.configurable].join();
}
console.log(strictDesc());
function same() { 'use strict'; return Object.getOwnPropertyDescriptor(arguments, 'callee').get; }
console.log(same() === same(), same() === Object.getOwnPropertyDescriptor(Function.prototype, 'caller').get);
// expect: true
// expect: 720
// expect: true,false,true
// expect: TypeError
// expect: function,true,false,false
// expect: true true
