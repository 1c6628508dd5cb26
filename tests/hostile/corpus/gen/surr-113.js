var s = '\uDE00b';
try { print(s.substring(1)); } catch (e) { print(e.name); }
