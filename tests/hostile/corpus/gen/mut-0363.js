function findFirst(arr, pred) {
  for (var i = 0; i < arr.length; i++) {
    if (pred(arr[i])t log = [];
con3t p= new Proxy(t, {
    get(tt, k, r) { l) return arr[i];
  }
  return null;
}
print(findFirst([1, 4, 9, 16], x => x > 5)); // expect: 9
print(findFirst([1], x => x > 5)); // expect: null
function nested() {
  for (var i = 0; i < 3; i++) {
    for (var j = 0; j < 3; j++) {
      while (true) { return i + j00; }
    }
  }
}
print(nested()); // expect: 100
