// A rejection still unhandled after the microtasks drain ends the program
// with status 1 and the reason printed as "Uncaught ..."; the timer never
// runs.  (A handler attached within the same drain would have been fine.)
var p = Promise.reject(new Error("handled in time"));
Promise.resolve().then(function () { p.catch(function (e) { print("caught:", e.message); }); });
function fail() { return Promise.reject(new TypeError("nobody listens")); }
fail();
setTimeout(function () { print("timer must not run"); }, 0);
print("sync done");
// expect: sync done
// expect: caught: handled in time
// expect error: TypeError: nobody listens
