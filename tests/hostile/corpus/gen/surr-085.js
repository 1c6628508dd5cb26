var s = 'a\uD83D';
try { print(s < 'a'); } catch (e) { print(e.name); }
