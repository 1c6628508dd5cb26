print(typeof Symbol.iterator); // expect: symbol
print(typeof Array.prototype[Symbol.iterator]); // expect: functio