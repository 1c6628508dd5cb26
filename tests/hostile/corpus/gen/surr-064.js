var s = 'a\uD83D';
try { print(s.split('')); } catch (e) { print(e.name); }
