function f(a, b, c) { return [a, b, c, arguments.length].join("|"); }
print(f(1)); // expect: 1|||1
print(f(1, 2, 3, 4, 5)); // expect: 1|2|3|5
function big() {
  var s = 0;
  for (var i = 0; i < arguments.length; i++) s += arguments[i];
  return s;
}
var args = [];
for (var i = 0; i < 500; i++) args.push(i);
print(big.apply(null, args)); // expect: 124750
print(big(...args)); // expect: 124750
