// The entry protocol shared by the Map / WeakMap constructors and
// Object.fromEntries (bi_entry_pair): a non-object entry is a TypeError, a
// throwing entry[0] / entry[1] getter propagates, and each closes the iterator.
function iter(items, log) {
  let i = 0;
  return { [Symbol.iterator]() { return { next() { return i < items.length ? { value: items[i++], done: false } : { done: true }; }, return() { log.push("return"); return {}; } }; } };
}
for (const make of [x => new Map(x), x => Object.fromEntries(x), x => new WeakMap(x)]) {
  for (const items of [[[{}, 1], 5], [[{}, 1], { get 0() { throw new Error("k"); } }], [[{}, 1], { 0: {}, get 1() { throw new Error("v"); } }]]) {
    const log = [];
    try { make(iter(items, log)); print("no error"); } catch (e) { print(e.constructor.name, e.message, log.join()); }
  }
  const m = make([[{}, 2], [{}, 3]]);
  print(m instanceof Map ? m.size : Object.keys(m).length);
}

// expect: TypeError Iterator value 5 is not an entry object return
// expect: Error k return
// expect: Error v return
// expect: 2
// expect: TypeError Iterator value 5 is not an entry object return
// expect: Error k return
// expect: Error v return
// expect: 1
// expect: TypeError Iterator value 5 is not an entry object return
// expect: Error k return
// expect: Error v return
// expect: 0
