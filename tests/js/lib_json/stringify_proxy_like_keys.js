// stringify of objects with numeric-like and symbol keys, and String exotic objects
print(JSON.stringify({ b: 1, 10: 2, 2: 3, '-1': 4, '01': 5 })); // expect: {"2":3,"10":2,"b":1,"-1":4,"01":5}
print(JSON.stringify(Object.assign(new String('ab'), { x: 1 }))); // expect: "ab"
const arrLike = Object.assign(Object.create(Array.prototype), { 0: 'a', length: 1 });
print(JSON.stringify(arrLike)); // expect: {"0":"a","length":1}
