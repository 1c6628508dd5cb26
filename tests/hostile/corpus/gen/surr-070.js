var s = 'a\uD83D';
try { print(s.trim()); } catch (e) { print(e.name); }
