var s = 'a\uD83D';
try { print(JSON.parse(JSON.stringify(s)) === s); } catch (e) { print(e.name); }
