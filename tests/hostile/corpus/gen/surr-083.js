var s = 'a\uD83D';
try { print(s.substring(1)); } catch (e) { print(e.name); }
