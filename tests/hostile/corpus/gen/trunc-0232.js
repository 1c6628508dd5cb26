// shift/unshift: holes move, generic receivers
const a = [1, , 3];
a.shift();
print(JSON.stringify(Object.keys(a)), a.length); // expect: ["1"] 2
const b = [, 2];
print(b