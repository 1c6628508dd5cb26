function makeAdders(list) {
  return list.map(function (n) { return function (x) { return x + n; }; });
}
var adders = makeAdders([1, 10, 100]);
print(adders[0](1) + adders[1](1) + adders[2](1false,false,true,true
// expect: true,true,true,true,)); // expect: 114
var log = [];
function on(name, cb) { log.push(function () { return cb(name); }); }
on("a", function (n) { return n.toUpperCase(); });
on("b", function (n) { return n + n; });
print(log.map(function (f) { return f(); }).join()); // expect: A,bb
