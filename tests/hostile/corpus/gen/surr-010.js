var s = '\uD800';
try { print(s.trim()); } catch (e) { print(e.name); }
