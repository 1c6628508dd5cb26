// Set.has distinguishes types
const s = new Set([1, '1', true]);
print(s.has(1), s.has('1'), s.has(true), s.has(false)); // expect: true true true false
