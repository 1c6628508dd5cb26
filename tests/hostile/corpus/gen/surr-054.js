var s = '\uDC00';
try { print(s.at ? s.at(-1) : 0); } catch (e) { print(e.name); }
