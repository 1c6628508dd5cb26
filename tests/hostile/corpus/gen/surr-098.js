var s = '\uDE00b';
try { print(s.normalize ? 1 : 0); } catch (e) { print(e.name); }
