var s = String.fromCharCode(0xD800, 0x41);
try { print(Object.keys({[s]: 1})); } catch (e) { print(e.name); }
