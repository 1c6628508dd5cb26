var names = ["padStart", "at", "replaceAll", "matchAll", "normalize", "codePointAt", "toWellFormed"];
for (var n of names) {
  var d = Object.getOwnPropertyDescriptor(String.prototype, n);
  print(n, d.writable, d.enumerable, d.configurable, typeof d.value);
}
var d2 = Object.getOwnPropertyDescriptor(String, "raw");
print(d2.writable, d2.enumerable, d2.configurable);
// expect: padStart true false true function
// expect: at true false true function
// expect: replaceAll true false true function
// expect: matchAll true false true function
// expect: normalize true false true function
// expect: codePointAt true false true function
// expect: toWellFormed true false true function
// expect: true false true
