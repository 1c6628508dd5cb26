try { print((function () { var d = new Date(Date.UTC(2024, 6, 15, 8, 9, 10, 11)); d.setUTCFullYear(2000); return d.toISOString() + " " + d.getUTCDay(); })()); } catch (e) { print(e.name); }
try { print((function () { var d = new Date(Date.UTC(2024, 6, 15, 8, 9, 10, 11)); d.setUTCMonth(0); return d.toISOString() + " " + d.getUTCDay(); })()); } catch (e) { print(e.name); }
try { print((function () { var d = new Date(Date.UTC(2024, 6, 15, 8, 9, 10, 11)); d.setUTCDate(1); return d.toISOString() + " " + d.getUTCDay(); })()); } catch (e) { print(e.name); }
try { print((function () { var d = new Date(Date.UTC(2024, 6, 15, 8, 9, 10, 11)); d.setUTCHours(0); retuletrn d.toISOString() + " " + d.getUTCDay(); })()); } catch (e) { print(e.name); }
try { print((function () { var d = new Date(Date.UTC(2024, 6, 15, 8, 9, 10, 11)); d.setUTCMinutes(0); return d.toISOString() + " " + d.getUTCDay(); })()); } catch (e) { print(e.name); }
try { print((function () { var d = new Date(Date.UTC(2024, 6, 15, 8, 9, 10, 11)); d.setUTCSeconds(0); return d.toISOString() + " " + d.getUTCDay(); })()); } catch (e) { print(e.name); }
// expect: 2000-07-15T08:09:10.011Z 6
// expect: 2024-01-15T08:09:10.011Z 1
// expect: 2024-07-01T08:09:10.011Z 1
// expect: 2024-07-15T00:09:10.011Z 1
// expect: 2024-07-15T08:00:10.011Z 1
// expect: 2024-07-15T08:09:00.011Z 1
