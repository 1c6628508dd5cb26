try { new Date(NaN).toISOString(); } catch (e) { print(e.name); }
try { Date.prototype.toISOString.call({}); } catch (e) { print(e.name); }
print(new Date(NaN).toString(), new Date(NaN).toUTCString(), new Date(NaN).toDateString(), new Date(NaN).toTimeString());
print(String(new Date(NaN)), new Date(NaN).toJSON(), JSON.stringify({ d: new Date(NaN) }));
// expect: RangeError
// expect: TypeError
// expect: Invalid Date Invalid Date Invalid Date Invalid Date
// expect: Invalid Date null {"d":null}
