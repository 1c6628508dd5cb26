// Async generators: next / return / throw return promises, requests queue
// up while the body runs, yield awaits its operand, return() awaits too.
function show(r) { return JSON.stringify(r.value) + (r.done ? " done" : ""); }
var log = [];
function ticker(n) {
    var i = 0;
    function step() { log.push("t" + i); if (++i < n) Promise.resolve().then(step); }
    Promise.resolve().then(step);
}

async function* counter() {
    try {
        var sent = yield 1;
        log.push("sent " + sent);
        yield Promise.resolve(2);   // yield awaits a promise operand
        await null;
        yield 3;
        return "end";
    } finally {
        log.push("finally");
    }
}

// three requests queued at once are answered in order
ticker(12);
var it = counter();
var p1 = it.next("ignored"), p2 = it.next("a"), p3 = it.next(), p4 = it.next(), p5 = it.next();
print(p1 instanceof Promise, p1 !== p2);   // expect: true true
[p1, p2, p3, p4, p5].forEach(function (p, i) { p.then(function (r) { log.push("r" + (i + 1) + " " + show(r)); }); });
setTimeout(function () { print(log.join(" | ")); log = []; part2(); }, 0);
// expect: t0 | sent a | t1 | r1 1 | t2 | r2 2 | t3 | t4 | r3 3 | finally | t5 | r4 "end" done | r5 undefined done | t6 | t7 | t8 | t9 | t10 | t11

// return() while suspended: finally runs; return() before start: awaited value
function part2() {
    var g = counter();
    g.next().then(function (r) {
        log.push("first " + show(r));
        return g.return(Promise.resolve("early"));
    }).then(function (r) {
        log.push("return " + show(r));
        var g2 = counter();
        return g2.return(Promise.resolve("never started"));
    }).then(function (r) {
        log.push("return2 " + show(r));
        var g3 = counter();
        return g3.throw(new Error("before start")).catch(function (e) { log.push("throw " + e.message); return g3.next(); });
    }).then(function (r) {
        log.push("after throw " + show(r));
        print(log.join(" | "));
        log = [];
        part3();
    });
}
// expect: first 1 | finally | return "early" done | return2 "never started" done | throw before start | after throw undefined done

// throw() at a yield is catchable; an uncaught one rejects that request
async function* catcher() {
    for (;;) {
        try { yield "ready"; } catch (e) { log.push("caught " + e); }
    }
}
function part3() {
    var c = catcher();
    c.next();
    c.throw("E1").then(function (r) { log.push(show(r)); });
    var d = counter();
    d.next();
    d.throw(new Error("E2")).then(null, function (e) { log.push("rejected " + e.message); });
    d.next().then(function (r) { log.push("then " + show(r)); });
    setTimeout(function () { print(log.join(" | ")); log = []; part4(); }, 0);
}
// expect: caught E1 | finally | rejected E2 | then undefined done | "ready"

// yield* delegates to async and sync iterables; the return value arrives
async function* inner() { yield "i1"; yield "i2"; return "inner result"; }
async function* outer() {
    var r = yield* inner();
    yield r;
    yield* ["s1", Promise.resolve("s2")];
}
function part4() {
    (async function () {
        var out = [];
        for await (var v of outer()) out.push(v);
        print(out.join());
        part5();
    })();
}
// expect: i1,i2,inner result,s1,s2

// the intrinsics
function part5() {
    var AGF = Object.getPrototypeOf(counter);
    var AGP = Object.getPrototypeOf(counter.prototype);
    var AIP = Object.getPrototypeOf(AGP);
    print(AGF[Symbol.toStringTag], AGP[Symbol.toStringTag], Object.prototype.toString.call(counter()));
    print(AGF.prototype === AGP, AGP.constructor === AGF, Object.getOwnPropertyNames(AGP).join());
    print(typeof AIP[Symbol.asyncIterator], AIP[Symbol.asyncIterator].call(5));
    print(Object.getPrototypeOf(counter()) === counter.prototype, counter.hasOwnProperty("prototype"));
    var AsyncGeneratorFunction = AGF.constructor;
    var made = AsyncGeneratorFunction("x", "yield x * 2;");
    made(21).next().then(function (r) { print("made " + show(r)); });
    AGP.next.call({}).catch(function (e) { print(e.constructor.name, e.message); });
}
// expect: AsyncGeneratorFunction AsyncGenerator [object AsyncGenerator]
// expect: true true constructor,next,return,throw
// expect: function 5
// expect: true true
// expect: TypeError Method [AsyncGenerator].prototype.next called on incompatible receiver #<Object>
// expect: made 42
