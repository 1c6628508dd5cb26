var log = [];
var it = {
  [Symbol.iterator]() {
    var n = 0;
    return { next() { n++; return { value: n, done: n > 3 }; }, return() { log.push("return"); return {}; } };
  }
};
print([...it].join()); // expect: 1,2,3
print(log.length); // expect: 0
var [first] = it;
print(first + " " + log.join()); // expect: 1 return
