var s = '\uD800';
try { print(s.toLowerCase()); } catch (e) { print(e.name); }
