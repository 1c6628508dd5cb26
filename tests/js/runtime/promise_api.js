// The Promise constructor and its properties: lengths, names, attributes,
// the errors the specification names.
print(typeof Promise, Promise.length, Promise.name);
print(Promise.prototype.then.length, Promise.prototype.catch.length, Promise.prototype.finally.length);
print(Promise.all.length, Promise.allSettled.length, Promise.any.length, Promise.race.length,
      Promise.resolve.length, Promise.reject.length);
print(Promise.all.name, Promise.prototype.finally.name);
print(Object.prototype.toString.call(Promise.resolve()), Promise.prototype[Symbol.toStringTag]);
var d = Object.getOwnPropertyDescriptor(Promise, "prototype");
print(d.writable, d.enumerable, d.configurable);
d = Object.getOwnPropertyDescriptor(Promise.prototype, "then");
print(d.writable, d.enumerable, d.configurable);
var sp = Object.getOwnPropertyDescriptor(Promise, Symbol.species);
print(typeof sp.get, sp.set, sp.get.name, Promise[Symbol.species] === Promise);
print(Object.getPrototypeOf(Promise.prototype) === Object.prototype, Promise.prototype.constructor === Promise);
// (withResolvers and try are left out: node 20, which checks these expectations, lacks them)
print(Object.getOwnPropertyNames(Promise).filter(function (k) { return k !== "withResolvers" && k !== "try"; }).join(),
      Object.getOwnPropertyNames(Promise.prototype).join());
try { Promise(function () {}); } catch (e) { print(e instanceof TypeError, e.message); }
try { new Promise(1); } catch (e) { print(e instanceof TypeError, e.message); }
try { new Promise(); } catch (e) { print(e instanceof TypeError); }
try { Promise.prototype.then.call({}, function () {}); } catch (e) { print("then on non-promise:", e instanceof TypeError); }
try { Promise.resolve.call(1, 2); } catch (e) { print("resolve on primitive:", e instanceof TypeError); }
try { Promise.all.call({}, []); } catch (e) { print("all on non-constructor:", e instanceof TypeError); }
// the executor runs synchronously with two resolving functions
var fns;
var p = new Promise(function (res, rej) { fns = [res, rej]; print("executor", arguments.length, this === globalThis); });
print(fns[0].length, fns[1].length, JSON.stringify(fns[0].name), fns[0] !== fns[1], "prototype" in fns[0]);
print(fns[0]("v") === undefined, fns[1]("ignored") === undefined);
p.then(function (v) { print("resolved", v); });
// a throwing executor rejects, unless it resolved first
new Promise(function () { throw new RangeError("in executor"); }).catch(function (e) { print("executor threw:", e.name); });
new Promise(function (res) { res("kept"); throw new Error("late"); }).then(function (v) { print("resolve wins:", v); });
// Promise.resolve returns a promise of the same constructor unchanged
var q = Promise.resolve(1);
var rq = Promise.reject(q);
print(Promise.resolve(q) === q, rq !== q);
rq.catch(function () {});
Promise.reject(q).catch(function (r) { print("reject does not unwrap:", r === q); });
// then with non-callable handlers passes values and reasons through
Promise.resolve("through").then(null, 5).then(undefined).then(function (v) { print(v); });
Promise.reject("reason").then(function () {}, "x").catch(function (r) { print(r); });
// catch calls this.then (generic)
var calls = [];
var fake = { then: function (a, b) { calls.push(typeof a + "," + typeof b); return "ret"; } };
print(Promise.prototype.catch.call(fake, function () {}), calls.join());
// expect: function 1 Promise
// expect: 2 1 1
// expect: 1 1 1 1 1 1
// expect: all finally
// expect: [object Promise] Promise
// expect: false false false
// expect: true false true
// expect: function undefined get [Symbol.species] true
// expect: true true
// expect: length,name,prototype,all,allSettled,any,race,resolve,reject constructor,then,catch,finally
// expect: true Promise constructor cannot be invoked without 'new'
// expect: true Promise resolver 1 is not a function
// expect: true
// expect: then on non-promise: true
// expect: resolve on primitive: true
// expect: all on non-constructor: true
// expect: executor 2 true
// expect: 1 1 "" true false
// expect: true true
// expect: true true
// expect: ret undefined,function
// expect: resolved v
// expect: executor threw: RangeError
// expect: resolve wins: kept
// expect: reject does not unwrap: true
// expect: reason
// expect: through
