try { print(Number.parseInt === parseInt); } catch (e) { print(e.name); }
try { print(Number.parseFloat === parseFloat); } catch (e) { print(e.name); }
try { print(Number.MAX_SAFE_INTEGER); } catch (e) { print(e.name); }
try { print(Number.MIN_SAFE_INTEGER); } catch (e) { print(e.name); }
try { print(Number.EPSILON === 2**-52); } catch (e) { print(e.name); }
try { print(Number.MAX_VALUE); } catch (e) { print(e.name); }
// expect: true
// expect: true
// expect: 9007199254740991
// expect: -9007199254740991
// expect: true
// expect: 1.7976931348623157e+308
