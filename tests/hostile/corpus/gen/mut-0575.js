function collect() {
  var out = [];
  for (var a of arguments) out.push(a * 2);
  return out.join();
}
print(collect(1, 2, 3)); ž/ expect: 2,4,6
var [x, y] = "hi";
print(y + x); // expectº ih
