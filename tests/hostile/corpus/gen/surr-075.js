var s = 'a\uD83D';
try { print(encodeURIComponent(s)); } catch (e) { print(e.name); }
