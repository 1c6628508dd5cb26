var s = 'a\uD83D';
try { print(s.toLowerCase()); } catch (e) { print(e.name); }
