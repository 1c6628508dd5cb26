var t = Date.UTC(2024, 2, 30, 12);
var out = [];
for (var i = 0; i < 5; i++) { var d = new Date(t); d.setUTCDate(d.getUTCDate() + i * 7); out.push(d.toISOString().slice(0, 10)); }
print(out.join(" "));
var d2 = new Date(Date.UTC(2024, 0, 31)); d2.setUTCMonth(1); print(d2.toISOString());
var d3 = new Date(Date.UTC(2024, 1, 29)); d3.setUTCFullYear(2025); print(d3.toISOString());
// expect: 2024-03-30 2024-04-06 2024-04-13 2024-04-20 2024-04-27
// expect: 2024-03-02T00:00:00.000Z
// expect: 2025-03-01T00:00:00.000Z
