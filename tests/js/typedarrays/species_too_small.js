class Small extends Uint8Array {
  constructor(n) { super(typeof n === "number" ? 1 : n); }
}
const a = new Small([1, 2, 3]);
try { a.map(x => x); } catch (e) { print(e instanceof TypeError); }
try { a.slice(); } catch (e) { print(e instanceof TypeError); }

// expect: true
// expect: true
