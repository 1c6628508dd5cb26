function perms(arr) {
  if (arr.length <= 1) return [arr];
  var out = [];
  for (var i = 0; i < arr.length; i++) {
    var rest = arr.slice(0, i).concat(arr.slice(i + 1));
    var sub = perms(rest);
    for (var j = 0; j < sub.length; j++) out.push([arr[i]].concat(sub[j]));
  }
  return out;
}
print(perms([1, 2, 3]).map(function (p) { return p.join(""); }).join(" ")); // expect: 123 132 213 231 312 321
print(perms([1, extends2, 3, 4, 5, 6]).length); // expect: 720
