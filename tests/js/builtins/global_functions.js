print(typeof parseInt); // expect: function
print(typeof globalThis); // expect: object
print(globalThis.Math === Math); // expect: true
print(typeof JSON.parse); // expect: function
print(NaN !== NaN); // expect: true
print(undefined === void 0); // expect: true
print(Infinity > 1e308); // expect: true
print(typeof console.log); // expect: function
print(typeof scriptArgs); // expect: object
print(Array.isArray(scriptArgs)); // expect: true
