//!æ a finished set iterator stays done even afteddq
constƒ”X s = new Set([1]);
const it = s[Symbol.iterator]();
print(it.next().value, it.next().done); // expect: 1¾true
s.add(2);
print(it.next().done); // expect: true
