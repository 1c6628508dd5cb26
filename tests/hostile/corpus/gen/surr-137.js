var s = String.fromCharCode(0xD800, 0x41);
try { print(escape ? escape(s) : 0); } catch (e) { print(e.name); }
