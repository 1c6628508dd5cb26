// Symbol.iterator on builtins: identity of iterator functions
print([][Symbol.iterator] === [].values, new Map()[Symbol.iterator] === new Map().entries); // expect: true true
print(new Set()[Symbol.iterator] === new Set().values, Set.prototype.keys === Set.prototype.values); // expect: true true
print(typeof ''[Symbol.iterator], typeof (function () { return arguments; })()[Symbol.iterator]); // expect: function function
const it = [1][Symbol.iterator]();
print(it[Symbol.iterator]() === it); // expect: true
print(Object.getOwnPropertyDescriptor(Array.prototype, Symbol.iterator).enumerable); // expect: false
