print(typeof 1); // expect: number
print(typeof 1.5); // expect: number
print(typeof NaN); // expect: number
print(typeof "s"); // expect: string
print(typeof ""); // expect: string
print(typeof true); // expect: boolean
print(typeof undefined); // expect: undefined
print(typeof null); // expect: object
print(typeof {}); // expect: object
print(typeof 