// return() and throw() delivered at a yield: finally blocks run, may yield
// again, may override the completion; catch blocks see thrown values.
function show(r) { return JSON.stringify(r.value) + (r.done ? " done" : ""); }

function* cleanup() {
    try {
        yield 1;
        yield 2;
    } finally {
        print("cleanup");
    }
    print("never");
}
var it = cleanup();
it.next();
print(show(it.return("R")));   // expect: cleanup
                               // expect: "R" done

// a finally that yields during return(): the return waits for it
function* slowCleanup() {
    try {
        yield "work";
    } finally {
        yield "cleanup 1";
        yield "cleanup 2";
    }
}
it = slowCleanup();
print(show(it.next()));          // expect: "work"
print(show(it.return("done")));  // expect: "cleanup 1"
print(show(it.next()));          // expect: "cleanup 2"
print(show(it.next()));          // expect: "done" done

// finally overriding the return value, and catch not catching a return
function* override() {
    try {
        yield 1;
    } catch (e) {
        print("not for returns");
    } finally {
        return "from finally";
    }
}
it = override();
it.next();
print(show(it.return("ignored")));   // expect: "from finally" done

// nested try blocks unwind from the inside out
function* nested() {
    try {
        try {
            yield "deep";
        } finally {
            print("inner finally");
        }
    } finally {
        print("outer finally");
    }
}
it = nested();
it.next();
print(show(it.return(0)));
// expect: inner finally
// expect: outer finally
// expect: 0 done

// throw() with catch and finally; the generator goes on after catching
function* handler() {
    var n = 0;
    for (;;) {
        try {
            yield n;
        } catch (e) {
            n += e;
        } finally {
            print("finally " + n);
        }
    }
}
it = handler();
it.next();
print(show(it.throw(5)));    // expect: finally 5
                             // expect: 5
print(show(it.throw(10)));   // expect: finally 15
                             // expect: 15
print(show(it.next()));      // expect: finally 15
                             // expect: 15

// a thrown value not caught: finally runs, then it propagates
function* rethrows() {
    try { yield 1; } finally { print("finally before rethrow"); }
}
it = rethrows();
it.next();
try { it.throw(new TypeError("T")); } catch (e) { print(e.name, e.message); }
// expect: finally before rethrow
// expect: TypeError T
print(show(it.next()));   // expect: undefined done

// return() inside for-of inside the generator closes the inner iterator
var closed = [];
function iterable(name) {
    var i = 0;
    return {
        [Symbol.iterator]() { return this; },
        next() { return { value: name + i++, done: false }; },
        return() { closed.push(name); return {}; }
    };
}
function* loops() {
    for (var a of iterable("outer")) {
        for (var b of iterable("inner")) {
            yield a + "/" + b;
        }
    }
}
it = loops();
print(show(it.next()));        // expect: "outer0/inner0"
print(show(it.return("x")));   // expect: "x" done
print(closed.join());          // expect: inner,outer

// throw() inside for-of closes the iterators too
closed = [];
it = loops();
it.next();
try { it.throw("boom"); } catch (e) { print("caught " + e, closed.join()); }   // expect: caught boom inner,outer

// return in a finally during a throw swallows the exception
function* swallow() { try { yield; } finally { return "swallowed"; } }
it = swallow();
it.next();
print(show(it.throw(new Error("lost"))));   // expect: "swallowed" done

// break/continue inside finally-protected loops across yields
function* labeled() {
    outer: for (var i = 0; i < 3; i++) {
        try {
            for (var j = 0; j < 3; j++) {
                if (j === 1) continue outer;
                if (i === 2) break outer;
                yield i + "" + j;
            }
        } finally {
            yield "f" + i;
        }
    }
    yield "after";
}
print([...labeled()].join(" "));   // expect: 00 f0 10 f1 f2 after
