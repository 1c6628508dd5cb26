// node: skip (node 20 has no Promise.try; expectations from ECMA-262 27.2.4.8, reviewed by hand)
const log = [];
const p1 = Promise.try(function (a, b) { "use strict"; log.push("call " + a + b + " " + (this === undefined) + " " + arguments.length); return a + b; }, 1, 2);
log.push("after");
print(log.join("|"), p1 instanceof Promise);
p1.then((v) => print("fulfilled", v));
Promise.try(() => { throw new RangeError("boom"); }).catch((e) => print("rejected", e.name, e.message));
Promise.try(42).catch((e) => print("not callable", e instanceof TypeError));
// adopting a promise takes two more jobs than a thenable that resolves at once
Promise.try(() => Promise.resolve("inner")).then((v) => print("adopted", v));
Promise.try(() => ({ then(r) { r("thenable"); } })).then((v) => print("thenable", v));
Promise.try(() => {}).then((v) => print("noargs", v));
const d = Object.getOwnPropertyDescriptor(Promise, "try");
print(Promise.try.length, Promise.try.name, d.writable, d.enumerable, d.configurable, "prototype" in Promise.try);
try { new Promise.try(() => 1); } catch (e) { print("new:", e.constructor.name); }

// expect: call 12 true 2|after true
// expect: 1 try true false true false
// expect: new: TypeError
// expect: fulfilled 3
// expect: rejected RangeError boom
// expect: not callable true
// expect: noargs undefined
// expect: thenable thenable
// expect: adopted inner
