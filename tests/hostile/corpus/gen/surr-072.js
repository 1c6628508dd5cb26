var s = 'a\uD83D';
try { print(s.repeat(3)); } catch (e) { print(e.name); }
