var s = 'a\uD83D';
try { print(s.padStart(10, s)); } catch (e) { print(e.name); }
