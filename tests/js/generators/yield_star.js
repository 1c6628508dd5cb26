// yield* delegation (ECMA-262 15.5.5): values, next arguments, return and
// throw are forwarded; the inner return value is the expression's value.
function show(r) { return JSON.stringify(r.value) + (r.done ? " done" : ""); }

function* inner() {
    var x = yield "i1";
    print("inner got " + x);
    var y = yield "i2";
    print("inner got " + y);
    return "inner result";
}
function* outer() {
    yield "o1";
    var r = yield* inner();
    print("yield* gave " + r);
    yield "o2";
}
var it = outer();
print(show(it.next("a")));   // expect: "o1"
print(show(it.next("b")));   // expect: "i1"
print(show(it.next("c")));   // expect: inner got c
                             // expect: "i2"
print(show(it.next("d")));
// expect: inner got d
// expect: yield* gave inner result
// expect: "o2"
print(show(it.next()));      // expect: undefined done

// over other iterables: arrays, strings, Sets, Maps, arguments
function* all() {
    yield* [1, 2];
    yield* "ab";
    yield* new Set([3]);
    yield* new Map([[4, 5]]);
    yield* (function () { return arguments; })(6, 7);
    yield* [];
}
print(JSON.stringify([...all()]));   // expect: [1,2,"a","b",3,[4,5],6,7]

// the inner result objects are passed through as they are
var result = { value: "v", done: false, extra: 1 };
var custom = { [Symbol.iterator]() { return { next() { return result; } }; } };
function* passes() { yield* custom; }
print(passes().next() === result);   // expect: true

// throw() forwarded to the inner iterator
function* catching() {
    try { yield 1; } catch (e) { print("inner caught " + e); yield "recovered"; }
}
function* wrap() { var r = yield* catching(); yield "after " + r; }
it = wrap();
it.next();
print(show(it.throw("E")));   // expect: inner caught E
                              // expect: "recovered"
print(show(it.next()));       // expect: "after undefined"

// return() forwarded: inner finally runs, the outer returns too
function* innerFin() { try { yield 1; } finally { print("inner finally"); } }
function* outerFin() { try { yield* innerFin(); } finally { print("outer finally"); } }
it = outerFin();
it.next();
print(show(it.return("R")));
// expect: inner finally
// expect: outer finally
// expect: "R" done

// an inner return() that does not finish keeps the delegation going; when
// the inner generator then finishes on a next(), yield* just has a value
function* stubborn() { try { yield 1; } finally { yield "not yet"; } }
function* outerStubborn() { var r = yield* stubborn(); print("yield* gave " + r); }
it = outerStubborn();
it.next();
print(show(it.return("R")));   // expect: "not yet"
print(show(it.next()));        // expect: yield* gave R
                               // expect: undefined done

// iterators without throw: the iterator is closed, then a TypeError
var log = [];
var noThrow = {
    [Symbol.iterator]() { return this; },
    next() { return { value: "x", done: false }; },
    return() { log.push("closed"); return {}; }
};
function* delegating() { yield* noThrow; }
it = delegating();
it.next();
try { it.throw(new Error("E")); } catch (e) { print(e.constructor.name, e.message, log.join()); }
// expect: TypeError The iterator does not provide a 'throw' method. closed

// iterators without return: return() completes the outer generator directly
var noReturn = { [Symbol.iterator]() { return { next() { return { value: 1, done: false }; } }; } };
function* d2() { try { yield* noReturn; } finally { print("outer cleanup"); } }
it = d2();
it.next();
print(show(it.return(9)));   // expect: outer cleanup
                             // expect: 9 done

// the protocol is checked: results must be objects
var bad = { [Symbol.iterator]() { return { next() { return 1; } }; } };
function* d3() { yield* bad; }
try { d3().next(); } catch (e) { print(e.constructor.name, e.message); }   // expect: TypeError Iterator result 1 is not an object
function* d4() { yield* 5; }
try { d4().next(); } catch (e) { print(e.constructor.name); }   // expect: TypeError

// a done result with a throw: the thrown-into iterator finished
var finisher = {
    [Symbol.iterator]() { return this; },
    next() { return { value: 1, done: false }; },
    throw(e) { return { value: "finished by " + e, done: true }; }
};
function* d5() { var r = yield* finisher; yield r; }
it = d5();
it.next();
print(show(it.throw("T")));   // expect: "finished by T"

// next() arguments reach the inner iterator (the first is undefined)
var seen = [];
var recorder = {
    [Symbol.iterator]() { return this; },
    next(v) { seen.push(v); return { value: seen.length, done: seen.length > 3 }; }
};
function* d6() { return yield* recorder; }
it = d6();
it.next("first"); it.next("second"); it.next("third");
print(show(it.next("fourth")), JSON.stringify(seen));   // expect: 4 done [null,"second","third","fourth"]

// recursive delegation: an in-order walk of a tree
function node(v, l, r) { return { v: v, l: l, r: r }; }
function* walk(t) { if (t) { yield* walk(t.l); yield t.v; yield* walk(t.r); } }
var tree = node(4, node(2, node(1), node(3)), node(6, node(5), node(7)));
print([...walk(tree)].join());   // expect: 1,2,3,4,5,6,7

// delegation does not recurse on the C stack: deep chains work (node manages a few thousand levels)
function* chain(n) { if (n > 0) return yield* chain(n - 1); yield "bottom"; return "up"; }
var deep = chain(1500);
print(show(deep.next()), show(deep.next()));   // expect: "bottom" "up" done
deep = chain(1500);
deep.next();
try { deep.throw(new Error("through 1500 frames")); } catch (e) { print(e.message); }   // expect: through 1500 frames
