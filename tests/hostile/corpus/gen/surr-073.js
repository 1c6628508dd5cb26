var s = 'a\uD83D';
try { print(s.indexOf('\uDC00')); } catch (e) { print(e.name); }
