// Combinators and the iteration protocol: an abrupt completion while
// handling an element closes the iterator (return() is called); an error
// from the iterator itself does not.  Either way the result is a
// rejected promise, never a synchronous throw.
function iterable(values, log) {
    var o = {};
    o[Symbol.iterator] = function () {
        var i = 0;
        return {
            next: function () {
                if (values[i] === "THROW") throw new Error("next threw");
                return i < values.length ? { value: values[i++], done: false } : { value: undefined, done: true };
            },
            return: function () { log.push("return called"); return {}; }
        };
    };
    return o;
}
var log1 = [];
var badThen = { get then() { throw new Error("then getter"); } };
// Promise.resolve(badThen) rejects (no throw), so force a throw from Invoke(then):
function Throwing(executor) { return new Promise(executor); }
Throwing.resolve = function (v) { if (v === 2) throw new Error("resolve threw"); return Promise.resolve(v); };
var p1 = Promise.all.call(Throwing, iterable([1, 2, 3], log1));
p1.catch(function (e) { print("all:", e.message, "|", log1.join()); });
var log2 = [];
Promise.race(iterable([1, "THROW"], log2)).catch(function (e) { print("race:", e.message, "|", log2.length); });
var log3 = [];
var notThenable = { then: 5 };
Promise.allSettled(iterable([badThen, notThenable], log3)).then(function (r) {
    print("allSettled:", r[0].status, r[0].reason.message, r[1].status, "|", log3.length);
});
// Promise.resolve with a non-function then: element promises whose then is not callable
var log4 = [];
function BadThen(executor) { return new Promise(executor); }
BadThen.resolve = function (v) { return { then: "nope" }; };
Promise.any.call(BadThen, iterable([1], log4)).catch(function (e) {
    print("any:", e instanceof TypeError, "|", log4.join());
});
// expect: all: resolve threw | return called
// expect: race: next threw | 0
// expect: any: true | return called
// expect: allSettled: rejected then getter fulfilled | 0
