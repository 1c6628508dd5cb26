var s = '\uD800';
try { print(s.localeCompare('a')); } catch (e) { print(e.name); }
