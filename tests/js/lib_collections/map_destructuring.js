// Maps with destructuring, spread and Array.from
const m = new Map([['x', 1], ['y', 2]]);
const [[k1, v1], second] = m;
print(k1, v1, second.join()); // expect: x 1 y,2
print(JSON.stringify(Array.from(m)), JSON.stringify(Object.fromEntries(m))); // expect: [["x",1],["y",2]] {"x":1,"y":2}
print(JSON.stringify([...m].map(([k, v]) => k + v))); // expect: ["x1","y2"]
print(new Map(Object.entries({ a: 1 })).get('a')); // expect: 1
