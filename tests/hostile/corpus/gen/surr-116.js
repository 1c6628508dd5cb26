var s = '\uDE00b';
try { print(Object.keys({[s]: 1})); } catch (e) { print(e.name); }
