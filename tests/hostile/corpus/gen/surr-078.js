var s = 'a\uD83D';
try { print(Array.from(s).length); } catch (e) { print(e.name); }
