var s = 'a\uD83D';
try { print(s.concat(s).length); } catch (e) { print(e.name); }
