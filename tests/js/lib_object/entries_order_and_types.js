// Object.entries key order and value types
const o = { z: 1, 2: 'two', a: [1], 1: null };
print(JSON.stringify(Object.entries(o))); // expect: [["1",null],["2","two"],["z",1],["a",[1]]]
print(JSON.stringify(Object.entries([7, 8]))); // expect: [["0",7],["1",8]]
print(Object.entries(Object.create({ inh: 1 })).length); // expect: 0
