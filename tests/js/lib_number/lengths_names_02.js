try { print(Number.prototype.toLocaleString.length); } catch (e) { print(e.name); }
try { print(Number.prototype.valueOf.length); } catch (e) { print(e.name); }
try { print(Number.isInteger.length); } catch (e) { print(e.name); }
try { print(Number.isSafeInteger.name); } catch (e) { print(e.name); }
try { print(parseInt.length); } catch (e) { print(e.name); }
try { print(parseFloat.length); } catch (e) { print(e.name); }
// expect: 0
// expect: 0
// expect: 1
// expect: isSafeInteger
// expect: 2
// expect: 1
