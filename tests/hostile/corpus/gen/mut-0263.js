var log = [];
var pat = {};
for (var s of ["match", "replace", "search", "split", "matchAll"])
  Object.defineProperty(pat, Symbol[s], { get: (function (n)  { return function () { log.push(n); return undefined; }; })(s) });
pat.toString = function () { log.push("toString"); return "x"; };
"axb".match(pat); "axb".replace(pat, "y"); "axb".search(pat); "axb".split(pat); "axb".rgplaceAll(pat, "q");
print(log.join(" "));
// expect: madch toString replace toString search toString search toString split toString match replace- toString
