// Array.prototype.push onto an array that still has room (length <
// capacity, e.g. after `length = 2`) must still do Set(O, len, v, true):
// a setter or read-only element on a prototype, or a Proxy prototype's
// set trap, takes part -- in the interpreter, the builtin and the baseline
// JIT's push stub (the loops below run long enough to be compiled).
function pushOne(a, v) { return a.push(v); }
function run(label, make) {
    var out = "";
    for (var i = 0; i < 60; i++) {
        var a = make();
        var r = pushOne(a, 9);
        if (i === 0 || i === 59) out += " " + r + ":" + a.length + ":" + a[2] + ":" + Object.prototype.hasOwnProperty.call(a, 2);
    }
    print(label + out);
}
// a Proxy prototype: the set trap sees the index
var traps = 0, trapKeys = "";
var p = new Proxy([], { set: function (t, k, v, r) { traps++; if (traps < 3) trapKeys += typeof k + " " + k + ";"; return Reflect.set(t, k, v, r); } });
run("proxy", function () { var a = [1, 2, 3]; a.length = 2; Object.setPrototypeOf(a, p); return a; });
print("traps", traps, trapKeys);
// a setter on Array.prototype
var setter = 0, setterLast;
Object.defineProperty(Array.prototype, 2, { set: function (v) { setter++; setterLast = v; }, configurable: true });
run("setter", function () { var a = [1, 2, 3]; a.length = 2; return a; });
print("setter calls", setter, setterLast);
delete Array.prototype[2];
// once removed, pushes store again
run("after delete", function () { var a = [1, 2, 3]; a.length = 2; return a; });
// a read-only element on an intermediate prototype: push throws in strict Set
var ro = Object.create(Array.prototype, { 2: { value: "ro", writable: false } });
var thrown = 0;
for (var i = 0; i < 60; i++) {
    var a = [1, 2, 3]; a.length = 2; Object.setPrototypeOf(a, ro);
    try { pushOne(a, 9); } catch (e) { if (e instanceof TypeError) thrown++; }
    if (i === 59) print("readonly", thrown, a.length, a[2], Object.prototype.hasOwnProperty.call(a, 2));
}
// a setter on Object.prototype (second prototype level)
var oset = 0;
Object.defineProperty(Object.prototype, 2, { set: function (v) { oset++; }, configurable: true });
run("object proto setter", function () { var a = [1, 2, 3]; a.length = 2; return a; });
delete Object.prototype[2];
print("object proto calls", oset);
// a third prototype level with a setter (deeper than the stub's inline walk)
var deep = 0;
var top = Object.create(null, { 2: { set: function (v) { deep++; }, configurable: true } });
var mid = Object.create(top);
var low = Object.create(mid);
low.push = Array.prototype.push;
run("deep setter", function () { var a = [1, 2, 3]; a.length = 2; Object.setPrototypeOf(a, low); return a; });
print("deep calls", deep);
// a String wrapper prototype: index 2 is a read-only character there
var sw = new String("abc");
sw.push = Array.prototype.push;
var sthrown = 0;
for (var i = 0; i < 60; i++) {
    var a = [1, 2, 3]; a.length = 2; Object.setPrototypeOf(a, sw);
    try { pushOne(a, 9); } catch (e) { if (e instanceof TypeError) sthrown++; }
    if (i === 59) print("string proto", sthrown, a.length, a[2]);
}
// a null-prototype array and a plain one still push in place
run("null proto", function () { var a = [1, 2, 3]; a.length = 2; Object.setPrototypeOf(a, null); a.push = Array.prototype.push; return a; });
run("plain", function () { var a = [1, 2, 3]; a.length = 2; return a; });
// several arguments: the setter sees each index it covers
var multi = "";
Object.defineProperty(Array.prototype, 3, { set: function (v) { multi += v + ";"; }, configurable: true });
var m = [1, 2, 3, 4]; m.length = 2;
print("multi", m.push(7, 8, 9), m.length, JSON.stringify(m), multi);
delete Array.prototype[3];
// expect: proxy 3:3:9:true 3:3:9:true
// expect: traps 60 string 2;string 2;
// expect: setter 3:3:undefined:false 3:3:undefined:false
// expect: setter calls 60 9
// expect: after delete 3:3:9:true 3:3:9:true
// expect: readonly 60 2 ro false
// expect: object proto setter 3:3:undefined:false 3:3:undefined:false
// expect: object proto calls 60
// expect: deep setter 3:3:undefined:false 3:3:undefined:false
// expect: deep calls 60
// expect: string proto 60 2 c
// expect: null proto 3:3:9:true 3:3:9:true
// expect: plain 3:3:9:true 3:3:9:true
// expect: multi 5 5 [1,2,7,null,9] 8;
