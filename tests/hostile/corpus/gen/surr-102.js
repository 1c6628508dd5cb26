var s = '\uDE00b';
try { print(s.repeat(3)); } catch (e) { print(e.name); }
