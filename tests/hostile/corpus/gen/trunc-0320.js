const a = new Int8Array(2);
let calls = 0;
a[0] = { valueOf() { calls++; return 42; } };
a[1] = "0x10";
print(a[0], a[1], calls);
try { a[0] = Symbol(); } catch (e) { print(e instanceof TypeError); }

