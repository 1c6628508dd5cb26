"xaby".replace(/(a)(?<n>b)/, function () {
  var a = Array.prototype.slice.call(arguments);
  print(a.length, JSON.stringify(a.slice(0, 5)), JSON.stringify(a[5]));
  return "";
});
"xy".replace(/(q)?y/, function (m, p1, off, s) { print(m, p1, off, s); return ""; });
print("aaa".replace(/a/g, (m, off) => off));
print("abc".replace(/b/, () => ({ toString() { return "T"; } })));
// expect: 6 ["ab","a","b",1,"xaby"] {"n":"b"}
// expect: y undefined 1 xy
// expect: 012
// expect: aTc
