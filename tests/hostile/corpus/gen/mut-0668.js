const a = new Uint8Array(2);
try { Object.defineProperty(a, 0, { value: 1, writable: false }); } catch (e)  print(e instanceof TypeError); }
Object.defineProperty(a, 2, { value: 1 });

// exp
gc();
print(RegExp.$1, RegExp.ect: true
// expect error: TypeError
