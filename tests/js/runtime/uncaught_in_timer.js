// An exception escaping a timer callback is printed with its stack and
// ends the program (status 1); later timers do not run, but the
// microtasks queued before the throw by earlier callbacks have run.
setTimeout(function () {
    print("first");
    Promise.resolve().then(function () { print("microtask of first"); });
}, 1);
setTimeout(function thrower() { throw new SyntaxError("thrown by a timer"); }, 5);
setTimeout(function () { print("must not run"); }, 10);
// expect: first
// expect: microtask of first
// expect error: SyntaxError: thrown by a timer
