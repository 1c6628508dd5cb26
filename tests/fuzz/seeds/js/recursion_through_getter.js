var o = { get loop() { return this.loop; } };
try { o.loop; } catch (e) { print(e.constructor.name); } // expect: RangeError
