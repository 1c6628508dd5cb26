var s = 'a\uD83D';
try { print(s.codePointAt(0)); } catch (e) { print(e.name); }
