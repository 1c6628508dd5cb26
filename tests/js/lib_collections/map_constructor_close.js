// Map constructor closes the iterator when an entry is invalid or set throws
let closed = 0;
function iter(vals) {
  let i = 0;
  return { [Symbol.iterator]() { return { next: () => ({ done: i >= vals.length, value: vals[i++] }), return() { closed++; return {}; } }; } };
}
try { new Map(iter([[1, 1], 5])); } catch (e) { print(e.constructor.name, closed); } // expect: TypeError 1
class M extends Map { set() { throw new Error('nope'); } }
try { new M(iter([[1, 1]])); } catch (e) { print(e.message, closed); } // expect: nope 2
