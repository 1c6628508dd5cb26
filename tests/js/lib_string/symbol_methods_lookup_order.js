var log = [];
var pat = {};
for (var s of ["match", "replace", "search", "split", "matchAll"])
  Object.defineProperty(pat, Symbol[s], { get: (function (n) { return function () { log.push(n); return undefined; }; })(s) });
pat.toString = function () { log.push("toString"); return "x"; };
"axb".match(pat); "axb".replace(pat, "y"); "axb".search(pat); "axb".split(pat); "axb".replaceAll(pat, "q");
print(log.join(" "));
// expect: match toString replace toString search toString split toString match replace toString
