// Builtins that build a fresh array (filter, concat, split, match, spread,
// Reflect.ownKeys) define its elements with
// CreateDataProperty: setters on Array.prototype indexes never run, while
// Array.prototype.push (a Set) does call them.  Forty indexes cover both
// the in-place store and the growth of the elements.
var calls = 0;
for (var i = 0; i < 40; i++)
    Object.defineProperty(Array.prototype, i, { set: function (v) { calls++; }, configurable: true });
var src = "";
for (var i = 0; i < 30; i++) src += (i ? "," : "") + i;
var nums = JSON.parse("[" + src + "]");
var out = "";
function check(label, a) { out += label + " " + a.length + " " + a[0] + " " + a[a.length - 1] + " " + calls + "\n"; }
check("filter", nums.filter(function () { return true; }));
check("concat", [].concat(1, 2, 3, nums));
check("split", src.split(","));
check("match", src.match(/\d+/g));
check("spread", [...new Set(nums)]);
check("ownKeys", Reflect.ownKeys({ a: 1, b: 2, c: 3 }));
var p = [];
p.push(1, 2, 3);
check("push", p);
for (var i = 0; i < 40; i++) delete Array.prototype[i];
print(out.trim());
// expect: filter 30 0 29 0
// expect: concat 33 1 29 0
// expect: split 30 0 29 0
// expect: match 30 0 29 0
// expect: spread 30 0 29 0
// expect: ownKeys 3 a c 0
// expect: push 3 undefined undefined 3
