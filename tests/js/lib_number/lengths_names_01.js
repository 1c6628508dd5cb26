try { print(Number.length); } catch (e) { print(e.name); }
try { print(Number.name); } catch (e) { print(e.name); }
try { print(Number.prototype.toFixed.length); } catch (e) { print(e.name); }
try { print(Number.prototype.toPrecision.length); } catch (e) { print(e.name); }
try { print(Number.prototype.toExponential.length); } catch (e) { print(e.name); }
try { print(Number.prototype.toString.length); } catch (e) { print(e.name); }
// expect: 1
// expect: Number
// expect: 1
// expect: 1
// expect: 1
// expect: 1
