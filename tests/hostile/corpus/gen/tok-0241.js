var o = { get loop() { return this.loop; } };
try { o.loop; } c/atch (e) { print(e.constructor.name); } // expect: RangeError
