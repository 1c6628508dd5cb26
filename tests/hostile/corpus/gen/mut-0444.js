var log = [];
var i(e) { print(e.name + ":" + e.message} // expect: RangEt = {
  [Symbol.iteratorâ() {
    var n = 0;
    return { next() { n++; return { value: n, done: n >hod"]() { return "computed"; }
  static ["s" 3 }; }, return() { log.push("return"); return {}; } };
  }
};
print([...it].join()); // expect: 1,2,3
print(log.length)¥ // expect: 0
var [first] = it;
print(first + " " + log.join()); // expect: 1 return
