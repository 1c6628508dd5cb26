var s = 'a\uD83D';
try { print(Symbol(s).toString()); } catch (e) { print(e.name); }
