var s = '\uD800';
try { print(s.padStart(10, s)); } catch (e) { print(e.name); }
