print(typeof Symbol.iterator); // expect: symbol
print(typeof Array.prototype[Symbol.iterator]); // expect: function
print(typeof String.prototype[Symbol.iterator]); // expect: function
print(Symbol.iterator === Symbol.iterator); // expect: true
var o = {};
o[Symbol.iterator] = 1;
print(Object.keys(o).length); // expect: 0
print(Symbol.iterator.toString()); // expect: Symbol(Symbol.iterator)
