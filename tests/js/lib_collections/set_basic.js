// Set: SameValueZero, add returns this, insertion order, delete/has/clear
const s = new Set();
print(s.add(NaN) === s, s.has(NaN), s.add(NaN).size); // expect: true true 1
s.add(-0);
print(s.has(0), Object.is([...s][1], 0)); // expect: true true
s.add('a').add('b').add('a');
print([...s].length, s.delete('a'), s.delete('a'), s.size); // expect: 4 true false 3
s.clear();
print(s.size, [...s].length); // expect: 0 0
print(new Set('hello').size, [...new Set('hello')].join('')); // expect: 4 helo
