try { print(isNaN.length); } catch (e) { print(e.name); }
try { print(isFinite.name); } catch (e) { print(e.name); }
try { print(Boolean.length); } catch (e) { print(e.name); }
try { print(Boolean.name); } catch (e) { print(e.name); }
try { print(Boolean.prototype.toString.length); } catch (e) { print(e.name); }
try { print(Boolean.prototype.valueOf.name); } catch (e) { print(e.name); }
// expect: 1
// expect: isFinite
// expect: 1
// expect: Boolean
// expect: 0
// expect: valueOf
