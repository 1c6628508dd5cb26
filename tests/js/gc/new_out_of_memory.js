// flags: --heap=8M
// node: skip (--heap=8M is tierlab's heap cap; node has no such flag)
// `new C()` of a base class constructor until the heap cap stops it: the
// RangeError is catchable.  In baseline code the NEW goes through the
// constructor's construct entry, which makes `this` (with room for the 16
// fields the constructor added last time) before it pushes the frame;
// when that allocation fails, the entry gives its budget back and unwinds
// from the caller's frame -- no frame pushed, the exception at the NEW.
// Which allocation fails first (the object, its slots, the array holding
// them) depends on the plan; all must end alike.  Nothing is allocated
// after the throw but what print needs: under --gc=nogc nothing can be
// freed, and under gencopy the full heap may refuse even a small array.
class Wide {
  constructor(i) {
    this.a = i; this.b = i; this.c = i; this.d = i; this.e = i; this.f = i; this.g = i; this.h = i;
    this.i = i; this.j = i; this.k = i; this.l = i; this.m = i; this.n = i; this.o = i; this.p = i;
  }
}
var err = null, count = 0;
function fill() {
  var live = [];
  try {
    for (var i = 0; i < 1e7; i++) live.push(new Wide(i));
  } catch (e) {
    err = e;
    count = live.length;
    live = null;
  }
}
fill();
print(err instanceof RangeError, count > 1000);

// expect: true true
