var s = '\uDC00';
try { print(s.localeCompare('a')); } catch (e) { print(e.name); }
