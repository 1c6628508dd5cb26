// a finished set iterator stays done even after adds
const s = new Set([1]);
const it = s[Symbol.iterator]();
print(it.next().value, it.next().done); // expect: 1 true
s.add(2);
print(it.next().done); // expect: true
