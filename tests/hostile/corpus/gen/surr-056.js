var s = '\uDC00';
try { print(Object.keys({[s]: 1})); } catch (e) { print(e.name); }
