var s = 'a\uD83D';
try { print(s.charAt(0)); } catch (e) { print(e.name); }
