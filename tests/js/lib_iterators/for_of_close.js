// for-of closes the iterator on break, return, and throw, not on exhaustion
const log = [];
function make() {
  let i = 0;
  return { [Symbol.iterator]() { return this; }, next() { return { done: i > 2, value: i++ }; }, return() { log.push('return'); return {}; } };
}
for (const x of make()) { if (x === 1) break; }
(function () { for (const x of make()) return; })();
try { for (const x of make()) throw 'e'; } catch (e) {}
for (const x of make()) {}
outer: for (const y of [1]) { for (const x of make()) continue outer; }
print(log.length); // expect: 4
