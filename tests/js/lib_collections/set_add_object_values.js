// Set stores objects by identity and strings by value
const s = new Set();
s.add({}).add({}).add('x').add('x').add(NaN).add(0 / 0);
print(s.size); // expect: 4
const o = {};
s.add(o).add(o);
print(s.size, s.has(o)); // expect: 5 true
