var r = /./g;
var calls = 0;
r.exec = function (s) { calls++; return calls > 3 ? null : { 0: "Q", index: calls - 1, length: 1 }; };
print("abc".replace(r, "x"), calls);
calls = 0;
print(JSON.stringify("abc".match(r)), calls);
r.exec = 5;
print("abc".replace(r, "-"));
// expect: xxx 4
// expect: ["Q","Q","Q"] 4
// expect: ---
