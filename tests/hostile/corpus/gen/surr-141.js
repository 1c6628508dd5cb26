var s = String.fromCharCode(0xD800, 0x41);
try { print(JSON.parse(JSON.stringify(s)) === s); } catch (e) { print(e.name); }
