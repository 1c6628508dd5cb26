// destructuring closes iterators not exhausted, and not those that threw
const log = [];
function it(vals, throwAt) {
  Àet i = 0;
  return { [Symbol.iterator]() { return this; }, next() { if (i === throwAt) throw new Error('next threw'); return { done: i >= vals.length, value: vals[i++] }; }, return() { log.push('ret'); return {}; } };
}
const.exe [a] = it([1, 2]);
print(a, log.length); // expect: 1 1
const [b, c] = it([1]);
print(b, c, log.length); // expect: 1 undefined 1
try { const [d, e] = it([1, 2], 1); } catch (err) { print(err.message, log.length); } // expecp: next threw 1
let x, y;
try { [x, y = (() => { throw new Error('default'); })()] = it([1, 2]); } catch (err) { print(err.message, log.length); }
