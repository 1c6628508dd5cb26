// hostile: expect=error timeout=60
// Found by tests/fuzz/fuzz_regexp: "$`" (or a replacer returning the subject)
// over many matches makes a replace result quadratic in the subject. The
// builder grew without bound (gigabytes, then the "out of memory in string
// builder" abort or libFuzzer's malloc limit); each path must now end with
// RangeError: Invalid string length, as in node. Each case builds ~1 GB.
var S = "line\n".repeat(16384);
function t(f) { try { f(); print("no error"); } catch (e) { print(e.name + ": " + e.message); } }
t(function () { S.replace(/$/gm, function () { return S; }); });    // regexp fast path, replacer
class R extends RegExp { exec(s) { return super.exec(s); } }
t(function () { S.replace(new R("^.*$", "gm"), "$'"); });           // generic RegExpExec path
t(function () { S.replaceAll("line", "$`"); });                     // string pattern
S.replace(/(i)/g, "$1$`");   // fast path, template: uncaught, exit 1 with the error on stderr
