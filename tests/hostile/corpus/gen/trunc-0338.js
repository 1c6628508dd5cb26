function a() { b(); }
function b() { c(); }
function c() { throw new RangeError("deep"); }
tr