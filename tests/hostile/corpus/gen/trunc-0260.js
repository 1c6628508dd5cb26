// The arguments object: class, keys, length, iterator.
function f(a, b) {
  return [
    Object.prototype.toString.call(arguments),
    Object.getOwnPropertyNames(arguments).join(),
    Object.keys(arguments).join(),
    arguments.length,
    arguments[Symbol.iterator] === Array.prototype.values,
    [...arguments].join('+'),
    JSON.stringify(arguments),
    Array.isArray(arguments),
  ].join(' ; ');
}
console.log(f('x', 'y', 'z'));
function g(a) { a = 5; return JSON.stringify(Object.getOwnPropertyDescriptor(arguments, '0')); }
console.log(g(1));
// expect: [object Arguments] ; 0,1,2,length,callee ; 0,1,2 ; 3 ; true ; x+y+z ; {"0":"x","1":"y","2":"z"} ; false
// expect: {"value":5,"writable":true,"enumerable":true,"conf