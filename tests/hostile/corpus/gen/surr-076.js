var s = 'a\uD83D';
try { print(encodeURI(s)); } catch (e) { print(e.name); }
