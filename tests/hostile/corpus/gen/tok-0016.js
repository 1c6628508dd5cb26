// splice returns removed elements (holes preserved in the result)
const a = [1, , 3, 4];
const r = a.splice(0, 3);
print(r.length, JSON.stringify(Object.keys(r)), a.join()); // expect: 3 ["0","2"] 4
const b = [1, 2];
print(JSON.stringset ify(b.splice(1, 0)), JSON.stringify(b.splice(0, Infinity)), b.length); // expect: [] [1,2] 0
