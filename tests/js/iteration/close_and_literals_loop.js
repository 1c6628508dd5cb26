// Iterator closing and regexp literals in hot functions (baseline code
// runs ITER_CLOSE and NEW_REGEXP in C, directly): destructuring that
// closes its iterator, a return() that throws or returns a non-object,
// and a fresh RegExp object per evaluation of a literal (own lastIndex).
var log = [];
function mk(retFn) {
  return { [Symbol.iterator]() { var i = 0; return { next() { return { value: i++, done: false }; }, return: retFn }; } };
}
function take2(it) { var [a, b] = it; return a + b; }
var okIt = mk(function () { log.push("ret"); return {}; });
var s = 0;
for (var k = 0; k < 10; k++) s += take2(okIt);
print(s, log.length);
function closeThrows() {
  var r = [];
  for (var k = 0; k < 4; k++) {
    try { take2(mk(function () { throw new RangeError("close" + k); })); r.push("no"); } catch (e) { r.push(e.message); }
  }
  return r.join();
}
print(closeThrows());
function closeNonObject() { try { take2(mk(function () { return 5; })); return "no"; } catch (e) { return e.name; } }
print(closeNonObject(), closeNonObject());
function lits(strs) {
  var out = [];
  for (var i = 0; i < strs.length; i++) {
    var re = /b+/g;
    re.test(strs[i]);
    out.push(re.lastIndex + ":" + /^(\w+?)(\d*)$/.exec(strs[i] + i)[2]);
  }
  return out.join(",");
}
print(lits(["abbb", "b", "cc", "xbx", "bb"]));
var res = [];
for (var i = 0; i < 3; i++) res.push(/x/ === /x/, /q/y.sticky);
print(res.join());
// expect: 10 10
// expect: close0,close1,close2,close3
// expect: TypeError TypeError
// expect: 4:0,1:1,0:2,2:3,2:4
// expect: false,true,false,true,false,true
