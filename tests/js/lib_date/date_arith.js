var a = new Date(Date.UTC(2024, 0, 31));
var b = new Date(a); b.setUTCMonth(b.getUTCMonth() + 1);
print(b.toISOString());
var days = (Date.UTC(2024, 11, 25) - Date.UTC(2024, 0, 1)) / 864e5;
print(days, new Date(Date.UTC(2024, 1, 29)).getUTCDay(), new Date(Date.UTC(2023, 1, 29)).toISOString());
print(new Date(2024, 0, 1) < new Date(2024, 0, 2), +new Date(5) === 5, new Date(5) == 5);
// expect: 2024-03-02T00:00:00.000Z
// expect: 359 4 2023-03-01T00:00:00.000Z
// expect: true true false
