var s = 'a\uD83D';
try { print(s.normalize ? 1 : 0); } catch (e) { print(e.name); }
