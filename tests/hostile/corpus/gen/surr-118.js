var s = '\uDE00b';
try { print(s.search ? 1 : 0); } catch (e) { print(e.name); }
