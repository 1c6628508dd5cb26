var log = [];
var it = {
  [Symbol.iterator]() {
    var n = 0;
    return { next() { n++; return { value: n, done: n > 3 }; }, return() { log.push("return"); return {}; } };
  }
};
print([...i