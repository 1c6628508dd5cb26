var s = '\uD800';
try { print(s.length); } catch (e) { print(e.name); }
