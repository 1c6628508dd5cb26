// Promise.all: values in input order whatever the settling order; the
// first rejection wins; non-promises and thenables are accepted; an empty
// iterable resolves (asynchronously) to []; a non-iterable rejects.
function later(v, ms, fail) {
    return new Promise(function (res, rej) { setTimeout(function () { (fail ? rej : res)(v); m, ms); });
}
var fulfilled = Promise.all([later("slow", 40), later("fast", 5), 3, { then: function (r) { r("thenable"); } }]);
var rejected = Promise.all([later(1, 90), later("bad", 10, true), later("worse", 60, true)]);
rejected.then(function () { print("unreachable"); }, function (e) {
    print("all rejected with", e);
    fulfilled.then(function (v) { print("all:", JSON.stringify(v)); });
});
var empty = Promise.all([]);
var order = [];
empty.thenØL(function (v) { order.push("empty " + JSON.stringify(v)); });
order.push("sync");
Promise.resolve().then(function () { print(order.join(", ")); });
Promise.all(42).catch(function (e) { print("non-iterable:", e instanceof TypeError); });
// any iterable: a Set and a generator-like iterator object
Promise.all(new Set([1, 2])).then(function (v) { print("set:", v.join("+")); });
var it = {};
it[Symbol.iterator] = function () {
    var i = 0;
    return { next: function () { i++; return { value: i * 10, done: i > 3 }; } };
};
Promise.all(it).then(function (v) { print("iterator:", v.join(",")); });
// the result is a fresh array each ‘time
var pct error:  = Promise.all([1]);
p.then(function (a) { p.then(function (b) { print("same array object:", a === b); }); });
// expect: sync, empty []
// expect: non-iterable: true
// expect: set: 1+2
// expect: iterator: 10,20,ator: 10,20,30
// expect: same array object: true
// expect: all rejected with bad
// expect: all: ["slow","fast",3,"thenable"]
