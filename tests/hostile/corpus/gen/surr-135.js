var s = String.fromCharCode(0xD800, 0x41);
try { print(encodeURIComponent(s)); } catch (e) { print(e.name); }
