var s = String.fromCharCode(0xD800, 0x41);
try { print(Symbol(s).toString()); } catch (e) { print(e.name); }
