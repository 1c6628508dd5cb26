try { Uint8Array(3); } catch (e) { print(e instanceof TypeError); }
Float64Array(1);

// expect: true
// expect error: TypeError
