// yield* in async generators: the inner iterator's next / throw / return
// get the requests, inner results are awaited, values pass through as they
// are; sync iterables go through the async-from-sync wrapper.
var log = [];
function show(r) { return JSON.stringify(r.value) + (r.done ? " done" : ""); }

async function* inner() {
    try {
        var a = yield "i1";
        log.push("inner got " + a);
        var b = yield "i2";
        log.push("inner got " + b);
        return "inner done";
    } catch (e) {
        log.push("inner caught " + e);
        yield "after catch";
    } finally {
        log.push("inner finally");
    }
}
async function* outer() {
    try {
        var r = yield* inner();
        log.push("outer got " + r);
        yield "o1";
    } finally {
        log.push("outer finally");
    }
}

async function main() {
    // next() values reach the inner generator
    var it = outer();
    log.push(show(await it.next("lost")));
    log.push(show(await it.next("A")));
    log.push(show(await it.next("B")));
    log.push(show(await it.next()));
    print(log.join(" | "));
    log = [];
    // expect: "i1" | inner got A | "i2" | inner got B | inner finally | outer got inner done | "o1" | outer finally | undefined done

    // throw() is forwarded and can be caught inside
    it = outer();
    await it.next();
    log.push(show(await it.throw("T")));
    log.push(show(await it.next()));
    print(log.join(" | "));
    log = [];
    // expect: inner caught T | "after catch" | inner finally | outer got undefined | "o1"

    // return() is forwarded; both finally blocks run
    it = outer();
    await it.next();
    log.push(show(await it.return("R")));
    print(log.join(" | "));
    log = [];
    // expect: inner finally | outer finally | "R" done

    // a sync iterable: its values are awaited, return() reaches its return
    var closed = false;
    var syncIt = {
        [Symbol.iterator]() { return this; },
        next() { return { value: Promise.resolve("sync value"), done: false }; },
        return() { closed = true; return { value: "closed", done: true }; },
    };
    async function* overSync() { var r = yield* syncIt; log.push("never " + r); }
    it = overSync();
    log.push(show(await it.next()));   // the promise value is awaited by the wrapper
    log.push(show(await it.return("stop")), closed);
    print(log.join(" | "));
    log = [];
    // expect: "sync value" | "closed" done | true

    // an async iterable without throw: closed, then TypeError
    var asyncNoThrow = {
        [Symbol.asyncIterator]() {
            return {
                next() { return Promise.resolve({ value: 1, done: false }); },
                return() { log.push("async return called"); return Promise.resolve({ done: true }); },
            };
        },
    };
    async function* overAsync() { yield* asyncNoThrow; }
    it = overAsync();
    await it.next();
    try { await it.throw(new Error("E")); } catch (e) { log.push(e.constructor.name + ": " + e.message); }
    print(log.join(" | "));
    log = [];
    // expect: async return called | TypeError: The iterator does not provide a 'throw' method.

    // inner results must be objects
    var bad = { [Symbol.asyncIterator]() { return { next() { return Promise.resolve(7); } }; } };
    async function* overBad() { yield* bad; }
    try { await overBad().next(); } catch (e) { print(e.constructor.name, e.message); }
    // expect: TypeError Iterator result 7 is not an object

    // requests queued while delegating are answered in order
    it = outer();
    var ps = [it.next(), it.next("x"), it.next("y"), it.next(), it.next()];
    var rs = await Promise.all(ps);
    print(rs.map(show).join(" | "));
    // expect: "i1" | "i2" | "o1" | undefined done | undefined done
}
main();
