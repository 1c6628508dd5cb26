const a = new Uint8Array(2);
a.set("12");
print(a.join());
a.set(5);
print(a.join());
try { a.set(null); } catch (e) { print(e instanceof TypeError); }

// expect: 1,2
// expect: 1,2
// expect: true
