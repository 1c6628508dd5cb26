var s = '\uDE00b';
try { print(s.slice(0, 1)); } catch (e) { print(e.name); }
