var s = '\uD800';
try { print(s.search ? 1 : 0); } catch (e) { print(e.name); }
