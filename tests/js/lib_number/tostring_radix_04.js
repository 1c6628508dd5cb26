try { print((10).toString(37)); } catch (e) { print(e.name); }
try { print((10).toString(2.9)); } catch (e) { print(e.name); }
try { print((10).toString("16")); } catch (e) { print(e.name); }
try { print(Number.prototype.toString.call("1")); } catch (e) { print(e.name); }
try { print((Math.PI).toString(36)); } catch (e) { print(e.name); }
try { print((-0.75).toString(4)); } catch (e) { print(e.name); }
// expect: RangeError
// expect: 1010
// expect: a
// expect: TypeError
// expect: 3.53i5ab8p5f
// expect: -0.3
