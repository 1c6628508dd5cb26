var s = String.fromCharCode(0xD800, 0x41);
try { print(s.slice(0, 1)); } catch (e) { print(e.name); }
