try { print((function () { var d = new Date(0); return [d.setUTCHours(), isNaN(d)].join(); })()); } catch (e) { print(e.name); }
try { print(Date.prototype.setUTCHours.length); } catch (e) { print(e.name); }
try { print((function () { var d = new Date(0); return [d.setUTCMinutes(), isNaN(d)].join(); })()); } catch (e) { print(e.name); }
try { print(Date.prototype.setUTCMinutes.length); } catch (e) { print(e.name); }
try { print((function () { var d = new Date(0); return [d.setUTCSeconds(), isNaN(d)].join(); })()); } catch (e) { print(e.name); }
try { print(Date.prototype.setUTCSeconds.length); } catch (e) { print(e.name); }
try { print((function () { var d = new Date(0); return [d.setUTCMilliseconds(), isNaN(d)].join(); })()); } catch (e) { print(e.name); }
try { print(Date.prototype.setUTCMilliseconds.length); } catch (e) { print(e.name); }
// expect: NaN,true
// expect: 4
// expect: NaN,true
// expect: 3
// expect: NaN,true
// expect: 2
// expect: NaN,true
// expect: 1
