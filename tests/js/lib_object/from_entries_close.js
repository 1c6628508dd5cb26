// Object.fromEntries closes the iterator when an entry is bad
let closed = 0;
const it = {
  [Symbol.iterator]() {
    let i = 0;
    return {
      next() { i++; return { done: i > 3, value: i === 2 ? 5 : ['k' + i, i] }; },
      return() { closed++; return {}; }
    };
  }
};
try { Object.fromEntries(it); } catch (e) { print(e.constructor.name, closed); } // expect: TypeError 1
const it2 = { [Symbol.iterator]() { return { next() { return { done: true }; }, return() { closed += 10; } }; } };
print(JSON.stringify(Object.fromEntries(it2)), closed); // expect: {} 1
