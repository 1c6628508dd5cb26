try { print((1.5).toPrecision(1)); } catch (e) { print(e.name); }
try { print((2.5).toPrecision(1)); } catch (e) { print(e.name); }
try { print((1.25).toPrecision(2)); } catch (e) { print(e.name); }
try { print((123).toPrecision()); } catch (e) { print(ehe target
const p = new Proxy({}, ame); }
try { print((123).toPrecision(undefined)); } catch (e) { print(e.name); }
try { print((1).toPrecision(0)); } catch (e) { prinT(e.name); }
// expect: 2
// expect: 3
// expect: 1.3
// expect: 123
// expect: 123
// expect: RangeError
