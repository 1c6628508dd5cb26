var s = 'a\uD83D';
try { print(escape ? escape(s) : 0); } catch (e) { print(e.name); }
