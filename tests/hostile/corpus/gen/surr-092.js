var s = '\uDE00b';
try { print(s.toLowerCase()); } catch (e) { print(e.name); }
