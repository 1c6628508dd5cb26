var s = '\uDE00b';
try { print(s.toUpperCase()); } catch (e) { print(e.name); }
