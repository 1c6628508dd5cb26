// Array.from array-like path uses ToLength and preserves holes as undefined
const r = Array.from({ length: 3, 1: 'b' });
print(JSON.stringify(r), r.hasOwnProperty(0)); // expect: [null,"b",null] true
print(Array.from({ length: -1 }).length, Array.from({ length: '2' }).length); // expect: 0 2
print(Array.from({ length: 2.7 }).length); // expect: 2
