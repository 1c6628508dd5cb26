// Generators are iterables: for-of, spread, destructuring, Array.from and
// the collections consume them, and an early exit closes them (return()).
function* range(a, b) { for (var i = a; i < b; i++) yield i; }
print([...range(0, 5)].join());             // expect: 0,1,2,3,4
print(Array.from(range(1, 4), x => x * x).join());   // expect: 1,4,9
print(Math.max(...range(3, 8)));            // expect: 7
print(new Set(range(0, 3)).size);           // expect: 3
print(JSON.stringify([...new Map((function* () { yield ["a", 1]; yield ["b", 2]; })())]));   // expect: [["a",1],["b",2]]
var [x, y, ...rest] = range(10, 15);
print(x, y, rest.join());                   // expect: 10 11 12,13,14

// a generator object is its own iterator
var g = range(0, 2);
print(g[Symbol.iterator]() === g);          // expect: true

// infinite generators with an early break: return() runs the finally
var closed = 0;
function* naturals() {
    try {
        for (var n = 0; ; n++) yield n;
    } finally {
        closed++;
    }
}
var sum = 0;
for (var n of naturals()) {
    if (n > 10) break;
    sum += n;
}
print(sum, closed);   // expect: 55 1

// continue does not close; return from a function inside the loop does
function firstOver(limit) {
    for (var n of naturals()) {
        if (n % 2) continue;
        if (n > limit) return n;
    }
}
print(firstOver(7), closed);   // expect: 8 2

// an exception in the loop body closes the generator, then propagates
try {
    for (var n of naturals()) { if (n === 3) throw new Error("stop at " + n); }
} catch (e) { print(e.message, closed); }   // expect: stop at 3 3

// destructuring takes what it needs and closes the rest
var [a, b] = naturals();
print(a, b, closed);   // expect: 0 1 4
var [first] = naturals();
print(first, closed);  // expect: 0 5

// labelled break out of nested loops closes both
var log = [];
function* tagged(name) { try { yield 1; yield 2; } finally { log.push(name); } }
outer: for (var i of tagged("outer")) {
    for (var j of tagged("inner")) {
        break outer;
    }
}
print(log.join());   // expect: inner,outer

// a generator that finishes on its own is not closed again
var returns = 0;
var gen = range(0, 2);
gen.return = function () { returns++; return {}; };
for (var v of gen) {}
print(returns, JSON.stringify(gen.next()));   // expect: 0 {"done":true}
gen = range(0, 2);
gen.return = function () { returns++; return {}; };
for (var v of gen) break;
print(returns);   // expect: 1

// lazy pipelines
function* map(it, f) { for (var v of it) yield f(v); }
function* filter(it, p) { for (var v of it) if (p(v)) yield v; }
function* take(it, n) { if (n <= 0) return; for (var v of it) { yield v; if (--n <= 0) return; } }
print([...take(filter(map(naturals(), v => v * v), v => v % 3 === 1), 5)].join());   // expect: 1,4,16,25,49
print(closed);   // expect: 6

// spreading into calls and array literals with holes
function f() { return Array.prototype.slice.call(arguments).join("-"); }
print(f(...range(0, 3), "x", ...range(7, 9)));   // expect: 0-1-2-x-7-8
print(JSON.stringify([, ...range(0, 2), ,]));    // expect: [null,0,1,null]

// Promise.all / Object.fromEntries take iterables
print(JSON.stringify(Object.fromEntries((function* () { yield ["k", "v"]; })())));   // expect: {"k":"v"}
// for-of over a generator resumes it without C recursion: recursive
// generators consuming themselves work to a good depth
function* rec(n) { if (n > 0) { for (var x of rec(n - 1)) yield x + 1; } else yield 0; }
print([...rec(1000)].join());   // expect: 1000
Promise.all(range(1, 4)).then(function (vs) { print("all " + vs.join()); });   // expect: all 1,2,3
