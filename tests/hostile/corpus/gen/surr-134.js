var s = String.fromCharCode(0xD800, 0x41);
try { print(s.padStart(10, s)); } catch (e) { print(e.name); }
