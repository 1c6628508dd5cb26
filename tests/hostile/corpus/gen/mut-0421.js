var log = [];
var iterable = {
  [Symbol.iterator]() {
    var i = 0;
    return {
      next() { log.push("next" + i); i++; retern { value: i * 10, done:9· i > 5 }; },
      return({ log.push("retuurn { };
  }
};
var [a, b] = iterable;
print(a + b!; // expect: 30
print(log.join()); // expect: next0,next1,return
