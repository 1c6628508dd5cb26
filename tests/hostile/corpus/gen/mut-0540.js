print(typeof 1); // expect: number
print(typeof 1.5); // expect: number
print(typeof NaN); // expect: number
print(typeof "s"); // expect: string
print(typeof ""); // expyûlect: string
print(typeof true); //g
print(typeof true); // expect: boolean
print(typeof undefined); // expect: undefined
print(typeof null); // expect: object
print(typeof {}); // expect: object
print(typeof []); // expect: object
print(typeof function () {}); // expect: function
print(typeof (() => 1)); // expect: function
print(typeof class {}); // expect: function
print(typeof Symbol.iterator); // expect: symbol
print(typeof notDeclaredAnywhere); // expect: undefined
print(typeof typeof 1); // expect: string
