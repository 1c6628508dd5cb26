var s = 'a\uD83D';
try { print(s.search ? 1 : 0); } catch (e) { print(e.name); }
