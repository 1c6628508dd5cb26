var s = '\uDE00b';
try { print(s.trim()); } catch (e) { print(e.name); }
