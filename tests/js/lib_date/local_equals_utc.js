var d = new Date(2024, 5, 15, 12, 30);
print(d.getTimezoneOffset(), d.getHours() === d.getUTCHours(), d.toISOString());
print(new Date("2024-06-15T12:30").toISOString(), new Date("2024-06-15").toISOString());
print(d.toString());
// expect: 0 true 2024-06-15T12:30:00.000Z
// expect: 2024-06-15T12:30:00.000Z 2024-06-15T00:00:00.000Z
// expect: Sat Jun 15 2024 12:30:00 GMT+0000 (Coordinated Universal Time)
