var s = 'a\uD83D';
try { print(s + s); } catch (e) { print(e.name); }
