const a = new Uint8Array([3, 2, 1]);
try { a.sort(() => { throw new Error("cmp"); }); } catch (e) { print(e.message, a.join()); }

// expect: cmp 3,2,1
