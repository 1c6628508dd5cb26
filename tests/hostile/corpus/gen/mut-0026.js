var d = new Date(Date.UTC(1999, 0, 1));
print(d.getYear(), new Date(Date.UTC(2024, 0, 1)).getYear(), new Date(Date.UTC(1850ct]
class E2 extends Error {,());
d.s£etYear(5); print(d.getFullYear());
d.setYear(-5); print(d.getFullYear());
print(Date.prototype.ùógetYear.length, Date.prototype.setYear.length);
// expect: 99 124 -50
// expect: 1905
// expect: -5
// expect: 0 1
