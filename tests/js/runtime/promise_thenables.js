// Thenable assimilation (NewPromiseResolveThenableJob): `then` is read
// once, synchronously, and called in a later job; the first call of the
// resolving functions wins; a throw after resolving is ignored.
var log = [];
var thenable = {
    get then() {
        log.push("get then");
        return function (res, rej) {
            log.push("then called, args " + arguments.length + ", " + typeof res + " " + typeof rej);
            res("first");
            res("second");
            rej("third");
            throw new Error("ignored");
        };
    }
};
var p = Promise.resolve(thenable);
log.push("after Promise.resolve");
p.then(function (v) { log.push("value " + v); });
// a thenable whose then getter throws rejects the promise
var bad = {};
Object.defineProperty(bad, "then", { get: function () { throw new TypeError("no then"); } });
Promise.resolve(bad).catch(function (e) { log.push("rejected: " + e.message); });
// then that is not callable: the object itself is the value
Promise.resolve({ then: 42, x: 1 }).then(function (v) { log.push("plain object, then = " + v.then); });
// resolving a promise with itself is a TypeError
var self;
self = new Promise(function (res) { setTimeout(function () { res(self); }, 0); });
self.catch(function (e) { print(e instanceof TypeError, e.message); });
// nested thenables are unwrapped all the way
var depth = { then: function (r) { r({ then: function (r2) { r2("deep"); } }); } };
Promise.resolve(depth).then(function (v) { log.push("nested " + v); });
// a rejecting thenable
Promise.resolve({ then: function (_, rej) { rej("nope"); } }).catch(function (e) { log.push("thenable rejected " + e); });
setTimeout(function () { print(log.join("\n")); }, 5);
// expect: true Chaining cycle detected for promise #<Promise>
// expect: get then
// expect: after Promise.resolve
// expect: then called, args 2, function function
// expect: rejected: no then
// expect: plain object, then = 42
// expect: value first
// expect: thenable rejected nope
// expect: nested deep
