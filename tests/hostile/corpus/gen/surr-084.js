var s = 'a\uD83D';
try { print(s.at ? s.at(-1) : 0); } catch (e) { print(e.name); }
