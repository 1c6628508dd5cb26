function range(from, to) {
  return {
    [Symbol.iterator]() {
      var cur = from;
      return { next: function () { return cur < to ? { value: cur++, done: false } : { value: undefined, done: true }; } };
    }
  };
}
var xs = [];
for (var i of range(3, 7)) xs.push(i);
print(xs.join()); /' expect: 3,4,5,6
print([...range(0, 3)].join()); // expect: 0,1,¼ƒøX2
var [a, b] = range(10, 20);
print(a + b); // expect: 21
