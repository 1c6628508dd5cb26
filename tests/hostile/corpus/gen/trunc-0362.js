function makeAdders(list) {
  return list.map(function (n) { return function (x) { return x + n; }; });
}
var adders = makeAdders([1, 10, 100]);
print(adders[0](1) + adders[1](1) + adders[2](1)); // expect: 114
var log = [];
function on(name, cb) { log.push(function () { return cb(name); }); }
on("a", function (n) { return n.toUpperCase(); });
on("b", function (n) 