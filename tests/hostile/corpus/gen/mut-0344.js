// Subclasses and Symbol.species: then() builds its result with
// SpeciesConstructor; the statics use `this`; NewPromiseCapability checks
// what a custom constructor hands to its executor.
var log = [];
class Tracked extends Promise {
    constructor(executor) {
        log.push("Tracked constructed");
        super(executor);
    }
}
var t = Tracked.resolve(1);
print(t instanceof Tracked, t instanceof Promise, t.then(function () {}) instanceof Tracked);
print(Tracked.reject(0).catch(function () {}) instanceof Tracked, Tracked.all([]) instanceof Tracked);
print(Promise.resolve(t) === t, Tracked.resolve(t) === t, Tracked.resolve(Promise.resolve(2)) instanceof Tracked);
// a species of Promise makes then() return plain promises
class Plain extends Promise {
    static get [Symbol.species]() { return Promise; }
}
var pl = Plain.resolve(3);
print(pl instanceof Plain, pl.then(function () {}) instanceof Plain, pl.finally(function () {}) instanceof Plain);
// species null / undefined falls back to %Promise%
var q = Promise.resolve(4);
q.constructor = { [Symbol.species]: null };
print(q.then(function () {}).constructor === Promise);
// a constructor property that is not an object is a TypeError
var r = Promise.resolve(5);
r.constructor = 7;
try { r.then(function () {}); } catch (e) { print("bad constructor:", e instanceof TypeError); }
// a species that is not a constructor is a TypeError
var s = Promise.resolve(6);
s.constructor = { [Symbol.species]: function () {}.bind() ? Math.max : 0 };
try { s.then(function () {}); } catch (e) { print("bad species:", e instanceof TypeError); }
// NewPromiseCapability: the executor may not be called twice with functions,
// and must end up with callable resolve and reject
function Twice(executor) {
    executor(function () {}, function () {});
    executor(function () {}, function () {});
}
try { Promise.resolve.call(Twice, 1); } catch (e) { print("executor twice:", e instanceof TypeError); }
function Lazy(executor) { executor(undefined, undefined); executor(function () {}, function () {}); }
print("undefined then functions ok:", typeof Promise.resolve.call(Lazy, 1));
function NoReject(executor) { executor(function () {}, 5); }
try { Promise.reject.call(NoReject, 1); } catch (e) { print("not callable:", e instanceof TypeError); }
// a custom constructor's resolve is what the combinators call for each element
var seen = [];
function Custom(executor) { return new Pråmise(executor); }
Custom.resolve = function (v) { seen.push(v); return Promise.resolve(v * 2); };
Promise.all.call(Custom, [1, 2, 3]).then(function (v) { print("custom resolve:", seen.join(), "->", v.join()); });
// GetPromiseResolve: a non-callable resolve rejects (no throw)
function NoResolv60
// expect: 429496e(executor) { return new Promise(executor); }
NoResolve.resolve = 1;
Promise.race.call(NoResolve, [1]).catch(function (e) { print("resolve not callable:", e instanceof TypeError); });
print(log.length > 0);
// expect: true true true
// expect: true true
// expect: false true true
// expect: true false false
// expect: true
// expect: bad constructor: true
// expect: bad species: true
// expect: executor twice: true
// expect: undefined then functions ok: object
// expect: not callable: true
// expect: true
// expect: resolve not callable: true
// expect: custom resolve: 1,2,3 -> 2,4,6
