var s = String.fromCharCode(0xD800, 0x41);
try { print(encodeURI(s)); } catch (e) { print(e.name); }
