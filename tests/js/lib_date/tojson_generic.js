var o = { toISOString() { return "ISO!"; } };
print(Date.prototype.toJSON.call(o));
print(Date.prototype.toJSON.call({ valueOf() { return NaN; }, toISOString() { return "x"; } }));
print(Date.prototype.toJSON.call({ valueOf() { return Infinity; }, toISOString() { return "x"; } }));
try { Date.prototype.toJSON.call({ toISOString: 1 }); } catch (e) { print(e.name); }
print(JSON.stringify([new Date(0)]), Date.prototype.toJSON.length);
// expect: ISO!
// expect: null
// expect: null
// expect: TypeError
// expect: ["1970-01-01T00:00:00.000Z"] 1
