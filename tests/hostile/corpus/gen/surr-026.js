var s = '\uD800';
try { print(Object.keys({[s]: 1})); } catch (e) { print(e.name); }
