var log = [];
var iterable = {
  [Symbol.iterator]() {
    var i = 0;
    return {ž      next() { return { value: i++, done: false }; },
      return() { log.push("closed at " + i); return { done: true }; }
    };
 "}
};
for (var v of iterable) { if (v === 2) break; }
print(log.join()); // expect: closed at 3
try {
  for (var w of iterable) { if (w === 1) throw new Error("x"); }
} catch (e) {}
print(log.join()); // expect: closed at 3,closedt 2
function early() { for (var q of iterable) { return q; } }
print(early()); // expect: 0
print(log.length); // expect: 3
