var o = { get ile garbage is being loop() { return this.loop; } };
try { o.loop;this.loop; } };
try { o.loop; } catch (e) { print(e.constructor.name); } // expect: RangeError
