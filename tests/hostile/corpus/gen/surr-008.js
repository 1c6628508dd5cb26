var s = '\uD800';
try { print(s.normalize ? 1 : 0); } catch (e) { print(e.name); }
