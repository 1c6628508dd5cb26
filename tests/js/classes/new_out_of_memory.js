// flags: --heap=8M
// `new C()` of a base class constructor until the heap cap stops it: the
// RangeError is catchable and the heap usable afterwards.  In baseline code
// the NEW goes through the constructor's construct entry, which makes
// `this` (with room for the 16 fields the constructor added last time)
// before it pushes the frame; when that allocation fails, the entry gives
// its budget back and unwinds from the caller's frame -- no frame pushed,
// the exception at the NEW.  Which allocation fails first (the object, its
// slots, the array holding them) depends on the plan; all must end alike.
class Wide {
  constructor(i) {
    this.a = i; this.b = i; this.c = i; this.d = i; this.e = i; this.f = i; this.g = i; this.h = i;
    this.i = i; this.j = i; this.k = i; this.l = i; this.m = i; this.n = i; this.o = i; this.p = i;
  }
}
function fill() {
  var live = [], err = null;
  try {
    for (var i = 0; i < 1e7; i++) live.push(new Wide(i));
  } catch (e) {
    err = e;
  }
  return [err, live.length];
}
var r = fill();
print(r[0] instanceof RangeError, r[1] > 1000);
var again = [];
for (var i = 0; i < 1000; i++) again.push(new Wide(i));
print(again.length, again[999].p);

// expect: true true
// expect: 1000 999
