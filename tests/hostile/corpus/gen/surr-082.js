var s = 'a\uD83D';
try { print(s.slice(0, 1)); } catch (e) { print(e.name); }
