var sq = x => x * x;
print(sq(7)); // expect: 49
var add = (a, b) => a + b;
print(add(2, 3)); // expect: 5
var obj = () => ({ k: 1 });
print(obj().k); // expect: 1
var block = (n) => { var r = 1; for (var i = 2; i <= n; i++) r *= i; return r; };
print(block(5)); // expect: 120
var counter = {
  count: 0,
  inc: function () { [1, 2, 3].forEach(() => { this.count++; }); return this.count; }
};
print(counter.inc()); // expect: 3
var noArgs = () => typeof arguments;
function outer() { return (() => arguments[0])(); }
print(outer("outer-arg")); // expect: outer-arg
try {
  new sq(1);
} catch (e) {
  print(e instanceof TypeError); // expect: true
}
