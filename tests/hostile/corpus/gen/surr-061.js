var s = 'a\uD83D';
try { print(s.toUpperCase()); } catch (e) { print(e.name); }
