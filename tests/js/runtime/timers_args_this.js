// Extra arguments reach the callback; `this` is the Timeout / Immediate.
var t, iv;
var im = setImmediate(function (a, b) {
    print("immediate", a, b, this === im);
    t = setTimeout(function (a, b, c) {
        print("timeout", a, b, c, this === t);
    }, 5, "x", 2, [3]);
    setTimeout(function () { print("no args", arguments.length); }, 10);
    var n = 0;
    iv = setInterval(function (step) {
        n += step;
        print("interval", n, this === iv);
        if (n >= 6) clearInterval(iv);
    }, 15, 2);
}, "y", null);
// expect: immediate y null true
// expect: timeout x 2 [ 3 ] true
// expect: no args 0
// expect: interval 2 true
// expect: interval 4 true
// expect: interval 6 true
