// Found while fuzzing RegExp (tests/fuzz/fuzz_regexp): a capture count
// without a limit reached the engine's handle stack (one handle per capture
// for the replacer's arguments) and aborted the process with a million
// groups, and so did a user exec() result claiming length 2e6. node's
// limits: 32767 capture groups, 65535 replacer arguments.
try { new RegExp("()".repeat(32768)); print("compiled"); } catch (e) { print(e.name); } // expect: SyntaxError
try { new RegExp("()".repeat(1100000)); print("compiled"); } catch (e) { print(e.name); } // expect: SyntaxError
var re = new RegExp("()".repeat(1000));
print(re.exec("x").length); // expect: 1001
print("x".replace(re, function () { return arguments.length; })); // expect: 1003x
print(new RegExp("(?:)".repeat(40000)).test("")); // expect: true
function R(n, extra) {
    var r = /a/;
    r.exec = function () {
        if (this.done) return null;
        this.done = true;
        var m = { length: n, index: 0, 0: "a" };
        if (extra) Object.defineProperty(m, 150, { get: extra });
        return m;
    };
    return r;
}
print("aaa".replace(R(2e6), "<$1|$99|$100>")); // expect: <||0>aa
try { "aaa".replace(R(2e6), function () { return "f"; }); print("called"); } catch (e) { print(e.name); } // expect: RangeError
var hits = 0;
print("aaa".replace(R(200, function () { hits++; return "z"; }), "[$1]"), hits); // expect: []aa 1
print("aaa".replace(R(200), function () { return arguments.length; })); // expect: 202aa
