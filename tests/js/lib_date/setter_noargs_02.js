try { print((function () { var d = new Date(0); return [d.setUTCDate(), isNaN(d)].join(); })()); } catch (e) { print(e.name); }
try { print(Date.prototype.setUTCDate.length); } catch (e) { print(e.name); }
try { print((function () { var d = new Date(0); return [d.setUTCMonth(), isNaN(d)].join(); })()); } catch (e) { print(e.name); }
try { print(Date.prototype.setUTCMonth.length); } catch (e) { print(e.name); }
try { print((function () { var d = new Date(0); return [d.setUTCFullYear(), isNaN(d)].join(); })()); } catch (e) { print(e.name); }
try { print(Date.prototype.setUTCFullYear.length); } catch (e) { print(e.name); }
try { print((function () { var d = new Date(0); return [d.setTime(), isNaN(d)].join(); })()); } catch (e) { print(e.name); }
try { print(Date.prototype.setTime.length); } catch (e) { print(e.name); }
// expect: NaN,true
// expect: 1
// expect: NaN,true
// expect: 2
// expect: NaN,true
// expect: 3
// expect: NaN,true
// expect: 1
