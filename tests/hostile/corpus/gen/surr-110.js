var s = '\uDE00b';
try { print(s.concat(s).length); } catch (e) { print(e.name); }
