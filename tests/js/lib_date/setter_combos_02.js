try { print((function () { var d = new Date(Date.UTC(2024, 6, 15, 8, 9, 10, 11)); d.setUTCMilliseconds(0); return d.toISOString() + " " + d.getUTCDay(); })()); } catch (e) { print(e.name); }
try { print((function () { var d = new Date(Date.UTC(2024, 6, 15, 8, 9, 10, 11)); d.setFullYear(1999, 11, 31); return d.toISOString() + " " + d.getUTCDay(); })()); } catch (e) { print(e.name); }
try { print((function () { var d = new Date(Date.UTC(2024, 6, 15, 8, 9, 10, 11)); d.setMonth(5, 15); return d.toISOString() + " " + d.getUTCDay(); })()); } catch (e) { print(e.name); }
try { print((function () { var d = new Date(Date.UTC(2024, 6, 15, 8, 9, 10, 11)); d.setHours(12, 30, 45, 500); return d.toISOString() + " " + d.getUTCDay(); })()); } catch (e) { print(e.name); }
try { print((function () { var d = new Date(Date.UTC(2024, 6, 15, 8, 9, 10, 11)); d.setMinutes(59, 59, 999); return d.toISOString() + " " + d.getUTCDay(); })()); } catch (e) { print(e.name); }
try { print((function () { var d = new Date(Date.UTC(2024, 6, 15, 8, 9, 10, 11)); d.setSeconds(0, 1); return d.toISOString() + " " + d.getUTCDay(); })()); } catch (e) { print(e.name); }
// expect: 2024-07-15T08:09:10.000Z 1
// expect: 1999-12-31T08:09:10.011Z 5
// expect: 2024-06-15T08:09:10.011Z 6
// expect: 2024-07-15T12:30:45.500Z 1
// expect: 2024-07-15T08:59:59.999Z 1
// expect: 2024-07-15T08:09:00.001Z 1
