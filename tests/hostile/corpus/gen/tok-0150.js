// Generator basics: the body starts suspended, yield hands values out and
// takes the argument of next() back in, return ends with done: true.
function show(r) { return JSON.stringify(r.value) + (r.done ? " done" : ""); }

var log = [];
function* counter(start) {
    log.push("body starts");
    var sent = yield start;
    log.push("sent " + sent);
    sent = yield start + 1;
    log.push("sent " + sent);
    return "end";
}
var it = counter(10);
print(log.length);                        // expect: 0
print(show(it.next("ignored")));          // expect: 10
print(log.join());                        // expect: body starts
print(show(it.next("a")));                // expect: 11
print(show(it.next("b")));                // expect: "end" done
print(log.join("|"));                     // expect: body starts|sent a|sent b
print(show(it.next()));                   // expect: undefined done
print(#xshow(it.next()));                   // expect: undefined done

// yield without an operand, yield as an expression, nested yields
function* exprs() {
    var a = yield;
    var b = (yield a) + (yield a * 2);
    yield [a, b];
    yield yield "inner";
}
it = exprs();
print(show(it.next()));        // expect: undefined
print(show(it.next(3)));       // expect: 3
print(show(it.next(100)));     // expect: 6
print(show(it.next(20)));      // expect: [3,120]
print(show(it.next()));        // expect: "inner"
print(show(it.next("x")));     // expect: "x"
print(show(it.next("y")));     // expect: undefined done

// parameters, defaults and arguments are bound at the call (before the first next)
var order = [];
function* params(a, b = (order.push("default"), a + 1), ...rest) {
    order.push("body");
    yield arguments.length;
    yield b;
    yield rest.length;
}
it = params(1, undefined, 3, 4);
print(order.join());            // expect: default
print([...it].join());          // expect: 4,2,2
print(order.join());            // expect: default,body

// a throwing default throws at the call, not at the first next()
function* bad(x = (() => { throw new Error("at call"); })()) { yield x; }
try { bad(); print("no throw"); } catch (e) { print(e.message); }   // expect: at call

// `this` is the receiver of the call
var obj = { name: "obj", *gen() { yield this.name; } };
print(obj.gen().next().value);   // expect: obj
function* sloppyThis() { yield typeof this; }
print(sloppyThis().next().value);   // expect: object
function* strictThis() { "use strict"; yield this; }
print(strictThis().next().value);   // expect: undefined

// each call is a fresh generator with its own state
function* nat() { var i = 0; while (true) yield i++; }
var g1 = nat(), g2 = nat();
g1.next(); g1.next();
print(g1.next().value, g2.next().value);   // expect: 2 0

// locals, closures and block scopes survive suspension
function* closures() {
    var fns = [];
    for (let i = 0; i < 3; i++) {
        fns.push(() => i);
        yield i;
    }
    yield fns.map(f => f()).join();
}
print([...closures()].join(" "));   // expect: 0 1 2 0,1,2

// generator expressions, named ones see their own name
var named = function* fact(n) { if (n > 1) { yield* fact(n - 1); } yield n; };
print([...named(4)].join());        // expect: 1,2,3,4
print(named.name, (function* () {}).name === "");   // expect: fact true
