// finally: called without arguments, passes the value or reason through,
// a throw or a rejected promise from it replaces the outcome, a returned
// promise is waited for.
var log = [];
Promise.resolve(1).finally(function () { log.push("f1 args " + arguments.length); return 99; })
    .then(function (v) { log.push("value passes: " + v); });
Promise.reject(new Error("r")).finally(function () { log.push("f2"); })
    .catch(function (e) { log.push("reason passes: " + e.message); });
Promise.resolve(1).finally(function () { throw new Error("from finally"); })
    .catch(function (e) { log.push("throw replaces: " + e.message); });
Promise.reject("old").finally(function () { return Promise.reject("new"); })
    .catch(function (e) { log.push("rejection replaces: " + e); });
var t0 = Date.now();
var waited = Promise.resolve("v").finally(function () {
    return new Promise(function (r) { setTimeout(r, 20); });
}).then(function (v) { log.push("waited: " + v + " " + (Date.now() - t0 >= 15)); });
// a non-callable argument behaves like then(x, x)
Promise.resolve("keep").finally(123).then(function (v) { log.push("non-callable: " + v); });
// finally on a subclass builds the subclass (species)
class MyPromise extends Promise {}
var mp = MyPromise.resolve(5).finally(function () {});
log.push("species: " + (mp instanceof MyPromise));
waited.then(function () { print(log.join("\n")); });
// expect: species: true
// expect: f1 args 0
// expect: f2
// expect: throw replaces: from finally
// expect: non-callable: keep
// expect: value passes: 1
// expect: reason passes: r
// expect: rejection replaces: new
// expect: waited: v true
