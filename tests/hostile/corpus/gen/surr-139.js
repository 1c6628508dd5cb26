var s = String.fromCharCode(0xD800, 0x41);
try { print(String.fromCodePoint(s.charCodeAt(0))); } catch (e) { print(e.name); }
