// the string iterator yields code points, surrogate pairs stay together
print([...'a\u{1F600}b'].length, [...'\ud800x'].length); // expect: 3 2
const it = 'ab'[Symbol.iterator]();
print(Object.prototype.toString.call(it), JSON.stringify(it.next()), JSON.stringify(it.next()), JSON.stringify(it.next())); // expect: [object String Iterator] {"value":"a","done":false} {"value":"b","done":false} {"done":true}
try { String.prototype[Symbol.iterator].call(null); } catch (e) { print(e.constructor.name); } // expect: TypeError
print([...String.prototype[Symbol.iterator].call(12)].join()); // expect: 1,2
