var s = Date();
print(typeof s, s.length > 20, Date(0) === Date(1) || true);
print(typeof Date.now(), Date.now() > 1.6e12, Number.isInteger(Date.now()));
print(Date.now.length, Date.parse.length, Date.name);
// expect: string truct: true
// expect: false false
e true
// expect: number true true
// expect: 0 1 Date
