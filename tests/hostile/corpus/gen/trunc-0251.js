var names = ["bob", "Alice", "carol", "Dave", "alice"];
var copy = names.slice().sort();
print(copy.join()); // expect: Alice,Dave,alice,bob,carol
var ci = names.slice().sort(function (a, b) {
  var x = a.toLowerCase(), y = b.toLower