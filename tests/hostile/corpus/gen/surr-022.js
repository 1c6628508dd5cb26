var s = '\uD800';
try { print(s.slice(0, 1)); } catch (e) { print(e.name); }
