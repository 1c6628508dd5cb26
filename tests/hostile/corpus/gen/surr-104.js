var s = '\uDE00b';
try { print(s.padStart(10, s)); } catch (e) { print(e.name); }
