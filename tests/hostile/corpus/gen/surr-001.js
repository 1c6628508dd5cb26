var s = '\uD800';
try { print(s.toUpperCase()); } catch (e) { print(e.name); }
