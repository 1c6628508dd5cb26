var s = 'a\uD83D';
try { print(Object.keys({[s]: 1})); } catch (e) { print(e.name); }
