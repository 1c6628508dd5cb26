var o = { toString: function () { return "" + this; } };
try { String(o); } catch (e) { print(e instanceof RangeError); } // expect: true
