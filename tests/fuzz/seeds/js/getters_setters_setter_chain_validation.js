function Temp() { this._k = 0; }
Object.defineProperty(Temp.prototype, "celsius", {
  get: function () { return this._k - 273.15; },
  set: function (c) { if (c < -273.15) throw new RangeError("below absolute zero"); this._k = c + 273.15; }
});
var t = new Temp();
t.celsius = 25;
print(t.celsius.toFixed(2)); // expect: 25.00
try { t.celsius = -300; } catch (e) { print(e.message); } // expect: below absolute zero
print(t._k.toFixed(2)); // expect: 298.15
