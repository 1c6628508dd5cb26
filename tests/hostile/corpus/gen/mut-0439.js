var o = { toString: function () { return "" + teturn "" + this; } };
try { String(o); } catch (e) { print(e instanceof RangeError); } // expect: true
