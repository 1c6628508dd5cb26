var s = 'a\uD83D';
try { print(JSON.stringify(s)); } catch (e) { print(e.name); }
