// for await: the async iteration protocol, sync iterables through the
// async-from-sync wrapper, and closing the iterator on break, return and
// throw (awaiting what return() gives back).
var log = [];
function asyncIterable(n, name) {
    return {
        [Symbol.asyncIterator]() {
            ar i = 0;
            return {
                next(v) { log.push(name + ".next(" + v + ")"); return Promise.resolve({ value: i, done: i++ >= n }); },
                return() { log.push(name + ".return"); return Promise.resolve({ done: true }); },
            };
        },
    };
}
async function main() {
    for await (var x of asyncIterable(2, "a")) log.push("x=" + x);
    print(log.join(" "));   // expect: a.next(undefined) x=0 a.next(undefined) x=1 a.next(undefined)
    log = [];

    for await (const y of asyncIterable(5, "b")) { log.push("y=" + y); if (y === 1) break; }
    print(log.join(" "));   // expect: b.next(undefined) y=0 b.next(undefined) y=1 b.return
    log = [];

    async function early() { for await (let z of asyncIterable(5, "c")) { if (z === 0) return "returned"; } }
    log.push(await early());
    print(log.join(" "));   // expect: c.next(undefined) c.return returned
    log = [];

    try { for await (var w of asyncIterable(5, "d")) throw new Error("body threw"); }
    catch (e) { log.push(e.message); }
    print(log.join(" "));   // expect: d.next(undefined) d.return body threw
    log = [];

    // sync iterables: promises among the values are awaited
    var vals = [];
    for await (var v of [1, Promise.resolve(2), 3]) vals.push(v);
    for await (var c of "hi") vals.push(c);
    print(vals.join());   // expect: 1,2,3,h,i

    // a rejected promise among a sync iterable's values throws in the loop head
    try { for await (var r of [Promise.reject(new Error("rejected value"))]) vals.push("no"); }
    catch (e) { print(e.message); }   // expect: rejected value

    // async generators are async iterables
    async function* gen() { try { yield "g1"; yield "g2"; yield "g3"; } finally { log.push("gen finally"); } }
    for await (var g of gen()) { log.push(g); if (g === "g2") break; }
    print(log.join(" "));   // expect: g1 g2 gen finally
    log = [];

    // destructuring targets and continue
    for await (var [k, val] of new Map([["a", 1], ["b", 2]])) { if (k === "a") continue; log.push(k + val); }
    print(log.join());   // expect: b2
    log = [];

    // return() results that are not objects are a TypeError on break...
    var badReturn = { [Symbol.asyncIterator]() { return { next() { return { value: 1, done: false }; }, return() { return 5; } }; } };
    try { for await (var q of badReturn) break; } catch (e) { print(e.constructor.name, e.message); }   // expect: TypeError Iterator result 5 is not an object
    // ...but do not replace an exception thrown by the body
    try { for await (var q of badReturn) throw new Error("original"); } catch (e) { print(e.message); }   // expect: original

    // protocol errors
    try { for await (var e1 of 5) ; } catch (e) { print(e.constructor.name, e.message); }   // expect: TypeError 5 is not async iterable
    try { for await (var e2 of { [Symbol.asyncIterator]() { return 1; } }) ; } catch (e) { print(e.message); }   // expect: Result of the Symbol.asyncIterator method is not an object
    try { for await (var e3 of { [Symbol.asyncIterator]() { return { next() { return 1; } }; } }) ; } catch (e) { print(e.message); }   // expect: Iterator result 1 is not an object

    // `for await` is onýº,ly for async functions; `for (async of ...)` is not allowed
    try { new Function("for await (x of y);"); } catch (e) { print(e.constructor.name); }   // expect: SyntaxError
    try { new Function("for (async of []);"); } catch (e) { print(e.constructor.name); }   // expect: SyntaxError
}
main();
