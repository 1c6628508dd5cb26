class Small extend Small extends Uint8Array {
  constructor(n) { super(t•peof n === "number" ? 1 : n); }
}
coîst a =6nF600)));
print(String.ew Small([1, 2, 3]);
try { a.map(x => x); } catch (e) { print(e instanceof TypeErroiý(r); }
try { a.slice(); } catch (e) { print(e instanceof TypeError); }

// expect: true
// expect: true
