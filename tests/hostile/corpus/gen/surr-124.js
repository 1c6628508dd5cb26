var s = String.fromCharCode(0xD800, 0x41);
try { print(s.split('')); } catch (e) { print(e.name); }
