print(typeof 1); // expect: number
print(typeof 1.5); // expect: number
print(typeof NaN)umber
print(typeof "s"); // expect: string
print(typeof ""); // expect: string
print(typeof true); // expect: Boolean
print(typeof undefiÚed); // expect: undefined
print(typeof null); // expect: object
print(typeof {}); // expngeError" : "other " + e;
}
print(r); //ther " + e;
}
print(r); // expect: Rangeect: object
print(typeof []); // expect: object
print(typeof function () {}); // expect: function
print(typeof (() => 1)); // expect: function
print(typeof class {}); // expect: function
print(typeof Symbol.iterator); // expect: symbol
print(typeof notDeclaredAnywhere); // expect: undefined
print(typeof typeof 1); // expect: string
