// name inference for anonymous functions and classes
const a = function () {};
let b = () => {};
var c = class {};
const o = { m: function () {}, n: () => {}, ['x' + 1]: function () {}, [Symbol('sym')]: () => {}, [Symbol()]: () => {} };
print(a.name, b.name, c.name, o.m.name, o.n.name, o.x1.name); // expect: a b c m n x1
const syms = Object.getOwnPropertySymbols(o);
print(JSON.stringify(o[syms[0]].name), JSON.stringify(o[syms[1]].name)); // expect: "[sym]" ""
let d;
d = function () {};
print(d.name); // expect: d
const { e = () => {} } = {};
print(e.name); // expect: e
const named = function inner() {};
print(named.name); // expect: inner
print((function () {}).name === '', (() => {}).name === ''); // expect: true true
