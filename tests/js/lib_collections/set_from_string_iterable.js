// Set from strings iterates code points
const s = new Set('a\u{1F600}a');
print(s.size, [...s].map(c => c.length).join()); // expect: 2 1,2
