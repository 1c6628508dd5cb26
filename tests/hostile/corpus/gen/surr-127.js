var s = String.fromCharCode(0xD800, 0x41);
try { print([...s].length); } catch (e) { print(e.name); }
