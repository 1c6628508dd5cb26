var s = 'a\uD83D';
try { print([...s].length); } catch (e) { print(e.name); }
