var s = String.fromCharCode(0xD800, 0x41);
try { print(s.repeat(3)); } catch (e) { print(e.name); }
