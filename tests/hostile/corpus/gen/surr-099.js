var s = '\uDE00b';
try { print(s.localeCompare('a')); } catch (e) { print(e.name); }
