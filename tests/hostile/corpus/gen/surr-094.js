var s = '\uDE00b';
try { print(s.split('')); } catch (e) { print(e.name); }
