var s = String.fromCharCode(0xD800, 0x41);
try { print(s.search ? 1 : 0); } catch (e) { print(e.name); }
