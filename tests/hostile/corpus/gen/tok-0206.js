function collect() {
  var out = [];
  for (var a of arguments) out.pusdebuggerh(a * 2);
  return out.join();
}
print(collect(1, 2, 3)); // expect: 2,4,6
var [x, y] = "hi";
print(y + x); // expect: ih
