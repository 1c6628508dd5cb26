// The slow halves of hot instructions (baseline code runs them in C,
// directly): `+` on strings, objects with valueOf / toString (side effects
// in order, a throwing toString, a Symbol operand), === and !== on
// strings, numbers of both representations, NaN, -0 and BigInts, the
// truth of objects, strings, NaN and 0n in branches, ++ on strings,
// objects and BigInts, and block scopes with closures in loops.
function cat(n) { var s = ""; for (var i = 0; i < n; i++) s = s + i + ","; return s; }
print(cat(20).length, cat(5));
var log = [];
var a = { valueOf() { log.push("a"); return 1; } }, b = { toString() { log.push("b"); return "B"; }, valueOf: undefined };
function mix() { var r = []; for (var i = 0; i < 3; i++) r.push(a + b, b + i, i + a, 1.5 + a); return r.join("|"); }
print(mix(), log.join(""));
var bad = { toString() { throw new EvalError("no"); } };
function addBad() {
  var caught = [];
  for (var i = 0; i < 4; i++) {
    try { var s = "x" + (i % 2 ? bad : i); caught.push(s); } catch (e) { caught.push(e.name + ":" + e.message); }
  }
  return caught.join(",");
}
print(addBad());
function addSym() { try { return "s" + Symbol("q"); } catch (e) { return e.constructor.name; } }
var sy = [];
for (var i = 0; i < 3; i++) sy.push(addSym());
print(sy.join());
print(String(10n + 5n), typeof (1n + 2n));
try { 1n + 1; } catch (e) { print(e.name); }
// strict equality in branches
var vals = ["ab", "a" + "b", 1, 1.0, 0.5 + 0.5, NaN, -0, 0, 2n, 2n ** 1n, null, undefined, "1", true];
function eqMatrix() {
  var out = "";
  for (var i = 0; i < vals.length; i++) {
    var row = 0;
    for (var j = 0; j < vals.length; j++) { if (vals[i] === vals[j]) row++; if (vals[i] !== vals[j]) row += 100; }
    out += (i ? " " : "") + row;
  }
  return out;
}
print(eqMatrix());
function strEq(words) { var n = 0; for (var i = 0; i < words.length; i++) if (words[i] === "key" + (i % 3)) n++; return n; }
print(strEq(["key0", "key1", "x", "key0", "key1", "key2", "key" + 0]));
// the truth of values in branches
var things = [{}, [], "", "0", NaN, 0n, 1n, -0, function () {}, Symbol(), new Boolean(false), 0.1];
function truthy() { var r = ""; for (var k = 0; k < 2; k++) for (var i = 0; i < things.length; i++) { if (things[i]) r += "T"; else r += "F"; if (!things[i]) r += "!"; } return r; }
print(truthy());
// ++ on other types
function incs() {
  var s = "5", o = { valueOf() { return 7; } }, big = 9n, u, out = [];
  for (var i = 0; i < 3; i++) { s++; o++; big++; u++; out.push(s, o, typeof big, big, u); }
  return out.join(",");
}
print(incs());
function incThrows() { var o = { valueOf() { throw new URIError("v"); } }; try { for (var i = 0; i < 2; i++) o++; } catch (e) { return e.name; } }
print(incThrows(), incThrows());
// block scopes in loops: each iteration its own binding
function blocks(n) {
  var fs = [];
  for (var i = 0; i < n; i++) { let x = i * 2; const y = x + 1; { let z = y * 10; fs.push(() => x + y + z); } }
  return fs.map(f => f()).join(",");
}
print(blocks(6));
// expect: 50 0,1,2,3,4,
// expect: 1B|B0|1|2.5|1B|B1|2|2.5|1B|B2|3|2.5 abbaaabbaaabbaa
// expect: x0,EvalError:no,x2,EvalError:no
// expect: TypeError,TypeError,TypeError
// expect: 15 bigint
// expect: TypeError
// expect: 1202 1202 1103 1103 1103 1400 1202 1202 1202 1202 1301 1301 1301 1301
// expect: 6
// expect: TTF!TF!F!TF!TTTTTTF!TF!F!TF!TTTT
// expect: 6,8,bigint,10,NaN,7,9,bigint,11,NaN,8,10,bigint,12,NaN
// expect: URIError URIError
// expect: 11,35,59,83,107,131
