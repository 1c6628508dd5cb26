// The generator state machine: suspendedStart, suspendedYield, executing,
// completed, and what next / return / throw do in each state.
function show(r) { return JSON.stringify(r.value) + (r.done ? " done" : ""); }

// return() and throw() before the first next(): the body never runs
var ran = false;
function* g() { ran = true; try { yield 1; } finally { print("finally ran"); } }
var it = g();
print(show(it.return(5)));   // expect: 5 done
print(ran);                  // expect: false
print(show(it.next()));      // expect: undefined done
it = g();
try { it.throw(new Error("early")); } catch (e) { print("thrown: " + e.message); }   // expect: thrown: early
print(ran, show(it.next()));   // expect: false undefined done

// completed: next gives done, return gives its argument, throw rethrows
it = g();
it.next();
print(show(it.return(7)));          // expect: finally ran
                                    // expect: 7 done
print(show(it.return(8)));          // expect: 8 done
try { it.throw("x"); } catch (e) { print("rethrown", e); }   // expect: rethrown x
print(show(it.next()));             // expect: undefined done

// executing: a generator may not resume itself
var self;
function* reentrant() {
    try { self.next(); } catch (e) { print(e instanceof TypeError, e.message); }
    try { self.return(1); } catch (e) { print("return:", e.message); }
    try { self.throw(1); } catch (e) { print("throw:", e.message); }
    yield "still fine";
}
self = reentrant();
print(show(self.next()));
// expect: true Generator is already running
// expect: return: Generator is already running
// expect: throw: Generator is already running
// expect: "still fine"

// an exception escaping the body completes the generator
function* failing() { yield 1; throw new RangeError("inside"); }
it = failing();
it.next();
try { it.next(); } catch (e) { print(e.name, e.message); }   // expect: RangeError inside
print(show(it.next()));   // expect: undefined done

// throw() at a yield is caught by the body
function* catcher() {
    while (true) {
        try { yield "waiting"; } catch (e) { print("caught " + e); }
    }
}
it = catcher();
it.next();
print(show(it.throw("A")));   // expect: caught A
                              // expect: "waiting"
print(show(it.throw("B")));   // expect: caught B
                              // expect: "waiting"
print(show(it.return("stop")));   // expect: "stop" done

// the methods check their receiver
var GP = Object.getPrototypeOf(g.prototype);
try { GP.next.call({}); } catch (e) { print(e.constructor.name, e.message); }
// expect: TypeError Method [Generator].prototype.next called on incompatible receiver #<Object>
try { GP.return.call(undefined, 1); } catch (e) { print(e.message); }
// expect: Method [Generator].prototype.return called on incompatible receiver undefined
try { GP.throw.call(1, 1); } catch (e) { print(e.message); }
// expect: Method [Generator].prototype.throw called on incompatible receiver 1
