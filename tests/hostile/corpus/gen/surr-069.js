var s = 'a\uD83D';
try { print(s.localeCompare('a')); } catch (e) { print(e.name); }
