var s = String.fromCharCode(0xD800, 0x41);
try { print(s.indexOf('\uDC00')); } catch (e) { print(e.name); }
