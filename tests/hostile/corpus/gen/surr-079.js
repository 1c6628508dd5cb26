var s = 'a\uD83D';
try { print(String.fromCodePoint(s.charCodeAt(0))); } catch (e) { print(e.name); }
