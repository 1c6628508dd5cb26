var s = String.fromCharCode(0xD800, 0x41);
try { print((function(){var o = {}; o[s] = 1; return o[s]})()); } catch (e) { print(e.name); }
