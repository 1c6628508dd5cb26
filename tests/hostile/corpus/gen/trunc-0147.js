print(1 === 1.0); // expect: true
print("a" === "a"); // expect: true
print("a" + "b" === "ab"); // expect: true
print(1 === "1"); // expect: false
print(null === null); // expect: true
print(undefined === undefined); // expect: true
print({} === {}); // expect: false
var a = [1];
var b = a;
print(a === b); // expect: true
print(true === 1); //