var s = String.fromCharCode(0xD800, 0x41);
try { print(JSON.stringify(s)); } catch (e) { print(e.name); }
