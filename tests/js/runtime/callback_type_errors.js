// Callbacks must be functions (node's ERR_INVALID_ARG_TYPE TypeError),
// checked synchronously.
var fns = { setTimeout: setTimeout, setInterval: setInterval, setImmediate: setImmediate,
            queueMicrotask: queueMicrotask, nextTick: process.nextTick };
Object.keys(fns).forEach(function (name) {
    try {
        fns[name]("not a function", 1);
        print(name, "did not throw");
    } catch (e) {
        print(name, e instanceof TypeError, e.code, e.message.indexOf('The "callback" argument must be of type function') === 0);
    }
});
try { setTimeout(undefined); } catch (e) { print(e.message); }
try { setTimeout({}); } catch (e) { print(e.message); }
try { setTimeout(Symbol("s")); } catch (e) { print(e.code); }
// a delay that cannot be converted to a number throws
try { setTimeout(function () {}, Symbol("d")); } catch (e) { print("symbol delay:", e instanceof TypeError); }
print(setTimeout.length, setInterval.length, setImmediate.length, clearTimeout.length, queueMicrotask.length, process.nextTick.length);
// expect: setTimeout true ERR_INVALID_ARG_TYPE true
// expect: setInterval true ERR_INVALID_ARG_TYPE true
// expect: setImmediate true ERR_INVALID_ARG_TYPE true
// expect: queueMicrotask true ERR_INVALID_ARG_TYPE true
// expect: nextTick true ERR_INVALID_ARG_TYPE true
// expect: The "callback" argument must be of type function. Received undefined
// expect: The "callback" argument must be of type function. Received an instance of Object
// expect: ERR_INVALID_ARG_TYPE
// expect: symbol delay: true
// expect: 5 5 4 1 1 1
